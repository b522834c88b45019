"""``briefing extract`` on the real-page corpus: the figures of FIDELITY.md ("Extraction"), as
floors, per split and, on dev, per language.

The pages are read from ../shared/corpus (or $BRIEFING_CORPUS) and never copied here. Dev is
what the rules were developed on; the holdout was scored once, when the work was finished, in
aggregate only, and no rule was changed after it: its floor is that figure, so a change that
loses recall on copy it was not written on fails too.
"""

from __future__ import annotations

import pytest

from tests import fidelity_extract, realpages

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(realpages.corpus_dir() is None, reason=realpages.SKIP_REASON)]

#: split -> (right key, total key) -> floor, as measured (FIDELITY.md).
FLOORS = {
    # 2 December 2026: the vague amounts a page gives no number for became figures in the
    # labels (tests/corpus/README.md): recall 90.7 -> 89.7 %, precision 88.8 -> 92.8 %
    "dev": {("fig-found", "figures"): 0.89, ("fig-right", "proposed"): 0.92,
            ("q-found", "quotes"): 0.83, ("speaker-right", "speakers"): 0.85,
            # the measure of every found figure judged by extract's own measure since the
            # eighteenth stop (content/measured.py; it had judged seven groups, 97 %)
            ("q-right", "q-proposed"): 0.95, ("measure-right", "measure-judged"): 0.91,
            ("group-pure", "group-pairs"): 0.98},
    # scored once, 1 December 2026, when the round-2 rules were final (FIDELITY.md). Figure
    # precision (73 % -> 69 %) and quote precision (92 % -> 89 %) fell on the holdout while
    # recall rose: the floors follow the measured figures, they are not what was hoped for.
    # Quote recall 84.3 % -> 83.1 % once cleaning round 2 was merged (one quote's paragraph now
    # read differently; not looked into on the holdout). Round 3 (speakers by the verb's
    # subject, dialogue dashes), scored once: quote recall 85.5 %, right speaker 74.6 %, grouped
    # with its measure 91.5 %; figures unchanged.
    # The measure, judged on every found figure since the eighteenth stop, scored once: 88.9 %.
    "holdout": {("fig-found", "figures"): 0.67, ("fig-right", "proposed"): 0.69,
                ("q-found", "quotes"): 0.85, ("speaker-right", "speakers"): 0.74,
                ("q-right", "q-proposed"): 0.89, ("group-pure", "group-pairs"): 0.91,
                ("measure-right", "measure-judged"): 0.88},
}
#: Dev figure recall per language with more than ten labelled figures: no language left out.
DEV_LANGUAGE_FLOORS = {"de": 0.95, "en": 0.88, "es": 0.95, "fr": 0.85, "it": 0.95}


_SCORES: dict[str, fidelity_extract.Score] = {}


def scored(split: str) -> fidelity_extract.Score:
    """The split's score, worked out once per run (extract over every page of the split)."""
    if split not in _SCORES:
        _SCORES[split] = fidelity_extract.score_extract(realpages.load_all(split=split))
    return _SCORES[split]


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_extract_finds_the_labelled_figures_and_quotes(split):
    score = scored(split)
    low = {}
    for (right, total), floor in FLOORS[split].items():
        rate = score.rate(right, total)
        if rate is None or rate < floor:
            low[f"{right}/{total}"] = (rate, floor)
    assert low == {}, low


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_nothing_is_proposed_from_page_furniture(split):
    """A page stamp, a caption or a related headline never becomes a figure, quote or event."""
    score = scored(split)
    assert score.total("from-furniture") == 0, (
        [n for n in score.notes if "furniture" in n] if split == "dev" else "holdout: aggregate")


def test_every_dev_language_gets_its_figures():
    score = scored("dev")
    low = {lang: score.rate("fig-found", "figures", lang) for lang in DEV_LANGUAGE_FLOORS
           if (score.rate("fig-found", "figures", lang) or 0) < DEV_LANGUAGE_FLOORS[lang]}
    assert low == {}

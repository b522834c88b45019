"""`briefing extract`: the draft's recall and precision against what an analyst would list by
hand (tests/extract_gold.py), on the example briefing and on the three real scraped pages in
../shared/seeds; the draft passes the real `briefing check`; curated facts are not proposed
again; and the rules behind it (numbers, attributions, speakers, dates, spellings).

Run `pytest tests/extract/test_extract.py -q` to see the figures: they are printed even when pytest
captures output.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from generator.cli import run_extract
from generator.content.load import load
from generator.content.model import Content
from generator.content.problems import Problems, Severity
from generator.content.schema import ID_PATTERN
from generator.extract.dates import dates_in
from generator.extract.draft import (
    DraftLocationError,
    candidates_by_article,
    extract,
    write_draft,
)
from generator.extract.evidence import MAX_WORDS, evidence
from generator.extract.figures import figures_in
from generator.extract.model import (
    Candidate,
    DateCandidate,
    Draft,
    FigureCandidate,
    QuoteCandidate,
)
from generator.extract.sheet.yaml_writer import draft_yaml
from generator.extract.speakers.attribution import attribution
from generator.site.pipeline import run_check
from generator.text.matching import SearchableText
from generator.text.sentences import Sentence, sentences
from tests import extract_gold as gold
from tests.conftest import REPO, copy_example, run_briefing

# Floors: what the extractor achieves today, asserted so that a change that loses recall or
# precision fails. The goal of the issue is recall >= 90 % overall.
FLOORS = {
    "example": {"recall": 0.95, "precision": 0.9, "category_recall": 0.9,
                "category_precision": 0.8},
    "seeds": {"recall": 0.95, "precision": 0.9, "category_recall": 0.9,
              "category_precision": 0.8},
    "held-out": {"recall": 0.9, "precision": 0.9},
}
#: Grouping on the held-out batches (pairs of gold reports put in one record, and pairs put
#: together that are one gold item), as measured when they were first asserted (they used to be
#: printed only): a change that groups worse fails.
GROUP_FLOORS = {"batch 1": {"recall": 0.6, "precision": 0.75},
                "batch 2": {"recall": 0.28, "precision": 1.0}}


def seeds_dir() -> Path:
    override = os.environ.get("BRIEFING_SEEDS")
    return Path(override) if override else REPO.parent / "shared" / "seeds"


SEEDS = seeds_dir()
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"{SEEDS} not present: the real scraped pages are only available "
    "in the development workplace (set BRIEFING_SEEDS to point at them)")


def load_content(root: Path) -> Content:
    problems = Problems(root)
    content = load(root, problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return content


def build_seed_content(root: Path) -> Path:
    """A content folder holding the seed pages as articles, with outlet and publication date."""
    (root / "articles").mkdir(parents=True)
    (root / "briefing.yaml").write_text("title: Seed pages\n", encoding="utf-8")
    outlets = "".join(f"  - id: {outlet}\n    name: {outlet}\n"
                      for outlet, _published in gold.SEED_META.values())
    (root / "outlets.yaml").write_text("outlets:\n" + outlets, encoding="utf-8")
    for stem, (outlet, published) in gold.SEED_META.items():
        shutil.copy(SEEDS / f"{stem}.txt", root / "articles" / f"{stem}.txt")
        (root / "articles" / f"{stem}.yaml").write_text(
            f"outlet: {outlet}\npublished: {published}\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def example_content() -> Content:
    return load_content(REPO / "content")


@pytest.fixture(scope="module")
def seed_content(tmp_path_factory: pytest.TempPathFactory) -> Content:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} not present")
    return load_content(build_seed_content(tmp_path_factory.mktemp("seeds") / "content"))


# ---------------------------------------------------------------------------- scoring


@dataclass
class Score:
    found: int  # gold items the draft has
    gold: int
    correct: int  # draft items that are in the gold list
    proposed: int
    detail: int = 0  # matched items whose attribution / speaker / resolved date is right
    missed: tuple = ()
    extra: tuple = ()

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0

    def line(self, name: str, detail: str) -> str:
        return (f"{name:8} recall {self.found:2}/{self.gold:<2} {self.recall:6.1%}   precision "
                f"{self.correct:2}/{self.proposed:<2} {self.precision:6.1%}   {detail} "
                f"{self.detail}/{self.found}")


def _match(golds: list, cands: list, ok) -> dict[int, Candidate]:
    used: set[int] = set()
    out: dict[int, Candidate] = {}
    for i, g in enumerate(golds):
        for j, c in enumerate(cands):
            if j not in used and ok(g, c):
                used.add(j)
                out[i] = c
                break
    return out


def _nth(content: Content, c: DateCandidate) -> int:
    text = content.articles[c.article].text.casefold()
    return text[:c.expression_start].count(c.expression.casefold())


def _fig_ok(g: gold.GoldFigure, c: FigureCandidate) -> bool:
    return (c.article == g.article and abs(c.low - g.value) < 1e-9 and c.group == g.noun
            and c.approx == g.approx)


def _by_ok(g: gold.GoldFigure, c: FigureCandidate) -> bool:
    said = f"{c.attributed_to} {c.attributed_id}".casefold()
    return g.by in said if g.by else not c.attributed_to


def score(content: Content, draft: Draft, figures, quotes, dates, names, acceptable, groups
          ) -> dict[str, Score]:
    cands = draft.candidates()
    figs = [c for c in cands if isinstance(c, FigureCandidate)]
    quots = [c for c in cands if isinstance(c, QuoteCandidate)]
    dats = [c for c in cands if isinstance(c, DateCandidate)]
    out: dict[str, Score] = {}

    m = _match(figures, figs, _fig_ok)
    out["figures"] = Score(len(m), len(figures), len(m), len(figs),
                           sum(_by_ok(figures[i], c) for i, c in m.items()),
                           tuple(g for i, g in enumerate(figures) if i not in m),
                           tuple(c.summary for c in figs if c not in m.values()))
    fm = m

    def quote_ok(g: gold.GoldQuote, c: QuoteCandidate) -> bool:
        return c.article == g.article and g.words.casefold() in c.text.casefold()

    m = _match(quotes, quots, quote_ok)
    out["quotes"] = Score(
        len(m), len(quotes), len(m), len(quots),
        sum(quotes[i].speaker in f"{c.speaker} {c.speaker_id}".casefold()
            for i, c in m.items()),
        tuple(g for i, g in enumerate(quotes) if i not in m),
        tuple(c.summary for c in quots if c not in m.values()))
    qm = m

    def date_ok(g: gold.GoldDate, c: DateCandidate) -> bool:
        said, want = c.expression.casefold(), g.expression.casefold()
        same = said == want or (g.iso is None and said.startswith(want))
        return c.article == g.article and same and _nth(content, c) == g.nth

    m = _match(dates, dats, date_ok)
    out["dates"] = Score(
        len(m), len(dates), len(m), len(dats),
        sum((c.date.iso() == dates[i].iso) if dates[i].iso else not c.resolved
            for i, c in m.items()),
        tuple(g for i, g in enumerate(dates) if i not in m),
        tuple(f"{c.article}: {c.expression}" for c in dats if c not in m.values()))

    proposed = [set(n.spellings) for n in draft.names if not n.singleton]
    found = [g for g in names if any(len(p & g) >= 2 for p in proposed)]
    good = [p for p in proposed if any(p <= g for g in names + acceptable)]
    complete = sum(any(g <= p for p in proposed) for g in found if len(g) >= 2)
    out["names"] = Score(len(found), len(names), len(good), len(proposed), complete,
                         tuple(g for g in names if g not in found),
                         tuple(p for p in proposed if p not in good))

    # grouping: pairs of matched gold items that are / are put in one record
    for kind, golds, matched in (("figures", figures, fm), ("quotes", quotes, qm)):
        keys = set(groups[kind])
        gold_pairs = draft_pairs = both = 0
        items = sorted(matched.items())
        for n, (i, ci) in enumerate(items):
            for j, cj in items[n + 1:]:
                same_gold = golds[i].key == golds[j].key and golds[i].key in keys
                same_draft = ci.draft_id == cj.draft_id
                gold_pairs += same_gold
                draft_pairs += same_draft
                both += same_gold and same_draft
        out[f"{kind} groups"] = Score(both, gold_pairs, both, draft_pairs)
    return out


def report(name: str, scores: dict[str, Score], capsys: pytest.CaptureFixture) -> None:
    details = {"figures": "attribution right", "quotes": "speaker right",
               "dates": "resolved right", "names": "complete clusters"}
    lines = [f"\n{name}: the draft against the gold list (tests/extract_gold.py)"]
    for kind in ("figures", "quotes", "dates", "names"):
        lines.append("  " + scores[kind].line(kind, details[kind]))
    total = overall(scores)
    lines.append(f"  overall  recall {total.found}/{total.gold} {total.recall:.1%}   "
                 f"precision {total.correct}/{total.proposed} {total.precision:.1%}")
    for kind in ("figures groups", "quotes groups"):
        s = scores[kind]
        lines.append(f"  {kind}: pairs of reports put together {s.found}/{s.gold} "
                     f"(recall {s.recall:.0%}), of {s.proposed} pairs proposed "
                     f"(precision {s.precision:.0%})")
    for kind in ("figures", "quotes", "dates", "names"):
        if scores[kind].missed:
            lines.append(f"  missed {kind}: {scores[kind].missed}")
        if scores[kind].extra:
            lines.append(f"  extra {kind}: {scores[kind].extra}")
    with capsys.disabled():
        print("\n".join(lines))


def overall(scores: dict[str, Score]) -> Score:
    parts = [scores[k] for k in ("figures", "quotes", "dates", "names")]
    return Score(sum(p.found for p in parts), sum(p.gold for p in parts),
                 sum(p.correct for p in parts), sum(p.proposed for p in parts))


def assert_floors(scores: dict[str, Score], floors: dict[str, float]) -> None:
    total = overall(scores)
    assert total.recall >= floors["recall"], total
    assert total.precision >= floors["precision"], total
    for kind in ("figures", "quotes", "dates", "names"):
        s = scores[kind]
        assert s.recall >= floors["category_recall"], (kind, s.missed)
        assert s.precision >= floors["category_precision"], (kind, s.extra)
    assert scores["figures"].detail >= 0.8 * scores["figures"].found
    assert scores["quotes"].detail >= 0.9 * scores["quotes"].found
    assert scores["dates"].detail == scores["dates"].found
    for kind in ("figures groups", "quotes groups"):
        assert scores[kind].recall >= 0.8 and scores[kind].precision >= 0.8, (kind, scores[kind])


def test_example_recall_and_precision(example_content, capsys):
    # measured on everything the articles hold, curated or not
    draft = extract(example_content, skip_curated=False)
    scores = score(example_content, draft, gold.EXAMPLE_FIGURES, gold.EXAMPLE_QUOTES,
                   gold.EXAMPLE_DATES, gold.EXAMPLE_NAMES, gold.EXAMPLE_NAMES_ACCEPTABLE,
                   gold.EXAMPLE_GROUPS)
    report("example briefing (content/)", scores, capsys)
    assert_floors(scores, FLOORS["example"])


@pytest.mark.slow
@needs_seeds
def test_seed_recall_and_precision(seed_content, capsys):
    draft = extract(seed_content, skip_curated=False)
    scores = score(seed_content, draft, gold.SEED_FIGURES, gold.SEED_QUOTES, gold.SEED_DATES,
                   gold.SEED_NAMES, gold.SEED_NAMES_ACCEPTABLE, gold.SEED_GROUPS)
    report("seed pages (../shared/seeds)", scores, capsys)
    assert_floors(scores, FLOORS["seeds"])


HELD_OUT = {
    # The first run of each batch, before any rule was adjusted on it, is the honest measure of
    # the rules on unseen copy: batch 1 recall 84.8 % (28/33), precision 93.3 % (28/30);
    # batch 2 recall 73.1 % (19/26), precision 90.5 % (19/21). The misses were general gaps
    # ("two dozen", "the death toll rose to 21", "up from 2,000", "since Friday", "handed over
    # a dozen", "thought to number about 120", "four were killed", detainees ~ prisoners,
    # Arsal ~ Ersal); the rules now cover them, so both batches are regression tests too.
    "batch 1": ("HELD_OUT_ARTICLES", "HELD_OUT_FIGURES", "HELD_OUT_QUOTES", "HELD_OUT_DATES",
                "HELD_OUT_NAMES", "HELD_OUT_NAMES_ACCEPTABLE", "HELD_OUT_GROUPS"),
    "batch 2": ("HELD_OUT_2_ARTICLES", "HELD_OUT_2_FIGURES", "HELD_OUT_2_QUOTES",
                "HELD_OUT_2_DATES", "HELD_OUT_2_NAMES", "HELD_OUT_2_NAMES_ACCEPTABLE",
                "HELD_OUT_2_GROUPS"),
}


@pytest.mark.parametrize("batch", sorted(HELD_OUT))
def test_held_out_recall_and_precision(batch, tmp_path, capsys):
    """Articles written for the test (extract_gold.HELD_OUT_*) after the rules were first
    developed. Each batch was held out for its first run (figures in extract_gold.py); the
    rules were adjusted on it afterwards, so these floors now guard against regressions."""
    articles, *lists = (getattr(gold, name) for name in HELD_OUT[batch])
    project = copy_example(tmp_path / "h")
    content_dir = project / "content"
    for path in [*(content_dir / "articles").iterdir(), *(content_dir / "facts").iterdir()]:
        path.unlink()
    for stem, (outlet, published, text) in articles.items():
        (content_dir / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (content_dir / "articles" / f"{stem}.yaml").write_text(
            f"outlet: {outlet}\npublished: {published}\n", encoding="utf-8")
    content = load_content(content_dir)
    draft = extract(content)
    scores = score(content, draft, *lists)
    report(f"held-out articles, {batch} (tests/extract_gold.py)", scores, capsys)
    total = overall(scores)
    assert total.recall >= FLOORS["held-out"]["recall"], total
    assert total.precision >= FLOORS["held-out"]["precision"], total
    groups = scores["figures groups"]
    assert groups.recall >= GROUP_FLOORS[batch]["recall"], groups
    assert groups.precision >= GROUP_FLOORS[batch]["precision"], groups
    _check_draft(content_dir, draft)


@needs_seeds
def test_gold_for_seeds_names_items_by_short_values_only():
    """The seeds' sentences belong to their outlets: the gold list keeps only short keys."""
    for item in [*gold.SEED_QUOTES, *gold.SEED_DATES]:
        text = getattr(item, "words", None) or item.expression
        assert len(text.split()) <= 3, text


# ---------------------------------------------------------------------------- the real check


def _check_draft(project_content: Path, draft: Draft) -> None:
    facts = project_content / "facts"
    for path in facts.glob("*.yaml"):
        if path.name != "entities.yaml":
            path.unlink()
    (facts / "extracted.yaml").write_text(draft_yaml(draft), encoding="utf-8")
    checked, problems = run_check(project_content)
    errors = [p.format() for p in problems.errors]
    assert not errors, "\n".join(errors)
    assert checked is not None
    # every record of the draft was loaded and every report's evidence located
    content = checked.content
    assert set(content.figures) == {f.id for f in draft.figures}
    assert set(content.quotes) == {q.id for q in draft.quotes}
    assert set(content.events) == {e.id for e in draft.events}
    reports = sum(len(p.reports) for p in [*draft.figures, *draft.quotes, *draft.events])
    assert len(checked.citations) == reports
    hints = [p for p in problems.items if "date_text" in p.message and "cannot resolve" in
             p.message]
    assert not hints  # placeholders carry an explicit date


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_draft_passes_check_on_the_example(tmp_path):
    """The draft replaces the fact sheets (entities kept) and `briefing check` finds no error."""
    project = copy_example(tmp_path / "a")
    draft = extract(load_content(project / "content"))  # curated facts skipped
    assert draft.figures and draft.events
    _check_draft(project / "content", draft)

    project = copy_example(tmp_path / "b")
    draft = extract(load_content(project / "content"), skip_curated=False)  # everything
    assert len(draft.quotes) >= 2 and len(draft.figures) >= 4
    _check_draft(project / "content", draft)


@needs_seeds
@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_draft_passes_check_on_the_seeds(tmp_path):
    root = build_seed_content(tmp_path / "content")
    (root / "facts").mkdir()
    draft = extract(load_content(root))
    assert draft.quotes and draft.figures and draft.events and draft.names
    _check_draft(root, draft)


def test_empty_draft_is_still_a_valid_fact_sheet(tmp_path):
    project = copy_example(tmp_path / "b")
    draft = Draft([], [], [], [], [])
    text = draft_yaml(draft)
    (project / "content" / "facts" / "extracted.yaml").write_text(text, encoding="utf-8")
    _checked, problems = run_check(project / "content")
    assert not problems.errors, [p.format() for p in problems.errors]


# ---------------------------------------------------------------------------- curated facts


def _spans(content: Content) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for records, keys in ((content.figures, ("quote",)), (content.quotes, ("text", "quote")),
                          (content.events, ("quote",))):
        for record in records.values():
            for r in record.reports:
                text = SearchableText(content.articles[r.article].text)
                for key in keys:
                    span = text.find(getattr(r, key)) if getattr(r, key) else None
                    if span:
                        out.setdefault(r.article, []).append((span.start, span.end))
    return out


def test_curated_facts_are_not_proposed_again(example_content):
    draft = extract(example_content)
    spans = _spans(example_content)
    for c in draft.candidates():
        if c.kind == "quote":
            assert not any(a < c.end and c.start < b for a, b in spans.get(c.article, [])), c
        if c.kind == "date":
            assert not any(a <= c.expression_start < b for a, b in spans.get(c.article, [])), c
        if c.kind == "figure":
            for figure in example_content.figures.values():
                for r in figure.reports:
                    assert not (r.article == c.article and r.low == c.low and
                                SearchableText(example_content.articles[c.article].text)
                                .find(r.quote).start <= c.number_start), (c, figure.id)
    # every listed spelling is known: no name cluster is proposed on the example
    assert not [n for n in draft.names if not n.singleton]
    # four quotation reports are curated (the copy's "… east." Dillon said is one of them)
    assert draft.skipped["figure"] >= 8 and draft.skipped["quote"] == 4
    assert draft.skipped["date"] >= 10
    # what the fact sheets do not hold yet is still proposed
    summaries = {c.summary.split(" — ")[0] for c in draft.candidates()}
    assert {"hundreds of IS fighters", "a few hundred worn-out militants"} <= summaries
    expressions = {(c.article, c.expression) for c in draft.candidates() if c.kind == "date"}
    assert {("levant-wire-convoy", "this year"), ("levant-wire-convoy", "Wednesday’s"),
            ("gulf-daily-relocation", "in 2014"),
            ("gulf-daily-relocation", "earlier in the week")} <= expressions
    # and a hint points at the curated record it may belong to
    fighters = next(f for f in draft.figures if f.unit == "fighters")
    assert any("convoy-fighters" in why for why in fighters.why)


# ---------------------------------------------------------------------------- evidence, ids


def _all_drafts(example_content) -> list[tuple[Content, Draft]]:
    return [(example_content, extract(example_content)),
            (example_content, extract(example_content, skip_curated=False))]


@pytest.mark.slow
def test_every_candidate_has_exact_short_evidence(example_content):
    for content, draft in _all_drafts(example_content):
        for c in draft.candidates():
            article = content.articles[c.article]
            assert article.text[c.start:c.end] == c.evidence, c
            assert SearchableText(article.text).find(c.evidence) is not None
            assert c.evidence == c.evidence.strip() and c.evidence
            if c.kind != "quote":
                assert len(c.evidence.split()) <= MAX_WORDS, c.evidence
            elif c.attribution:
                assert len(c.attribution.split()) <= MAX_WORDS
                assert c.attribution in article.text
            assert c.confidence in {"high", "medium", "low"}


@pytest.mark.slow
def test_ids_are_valid_unique_and_new(example_content):
    for content, draft in _all_drafts(example_content):
        existing = {*content.events, *content.figures, *content.quotes}
        ids = [p.id for p in [*draft.figures, *draft.quotes, *draft.events]]
        ids += [n.id for n in draft.names if not n.existing]
        assert len(ids) == len(set(ids))
        for record_id in ids:
            assert re.fullmatch(ID_PATTERN, record_id), record_id
            assert record_id not in existing
        for c in draft.candidates():
            assert c.draft_id


def test_candidates_by_article(example_content):
    draft = extract(example_content, skip_curated=False)
    by_article = candidates_by_article(draft)
    assert list(by_article) == draft.articles
    assert sum(len(v) for v in by_article.values()) == len(draft.candidates())
    for article_id, items in by_article.items():
        assert all(c.article == article_id for c in items)
        assert [c.start for c in items] == sorted(c.start for c in items)
    kinds = Counter(c.kind for c in by_article["gulf-daily-relocation"])
    assert kinds["figure"] >= 3 and kinds["quote"] >= 1 and kinds["date"] >= 5


def test_only_the_articles_asked_for(example_content):
    draft = extract(example_content, ["levant-wire-convoy"], skip_curated=False)
    assert draft.articles == ["levant-wire-convoy"]
    assert {c.article for c in draft.candidates()} == {"levant-wire-convoy"}
    with pytest.raises(KeyError, match="no-such-article"):
        extract(example_content, ["no-such-article"])


def test_yaml_comments_explain_grouping_and_confidence(example_content):
    text = draft_yaml(extract(example_content, skip_curated=False))
    assert "NOT YET REVIEWED" in text
    assert re.search(r"# grouped: counted nouns fighter, militant are one group", text)
    assert re.search(r"# grouped: \S+ and \S+ share \d+ content words", text)
    assert "# high confidence" in text and "# low confidence" in text
    assert "PLACEHOLDER DATE" in text


# ---------------------------------------------------------------------------- the rules


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said tens of thousands of fighters remain.", [(20000, "at-least", "fighter")]),
    ("Hundreds of militants left.", [(200, "at-least", "fighter")]),
    ("A few hundred gunmen stayed.", [(200, "at-least", "fighter")]),
    ("Forty-two soldiers died.", [(42, None, "soldier")]),
    ("Between 300 and 400 civilians fled.", [((300, 400), None, "civilian")]),
    ("Some 20,000 troops moved north.", [(20000, "about", "soldier")]),
    ("Nearly 1.5 million people were displaced.", [(1500000, "nearly", "evacuee")]),
        ("Four others are presumed dead.", [(4, None, "presumed dead")]),  # beside_toll.py
        ("A further 10,100 are reported missing.", [(10100, None, "missing")]),
        ("Two people were rescued from the water.", [(2, None, "rescued")]),
    ("At least 12 buses arrived.", [(12, "at-least", "bus")]),
    ("Up to 30 vehicles were hit.", [(30, "up-to", "vehicle")]),
    ("Dozens of women and children were on board.", [(24, "at-least", "civilian")]),
    ("The six-year war goes on.", []),
    ("It happened three years ago.", []),
    ("They were seized in 2014.", []),
    ("One of them was hit on 29 August.", []),
    ("The 310-strong column left.", []),
])
def test_numbers_and_counted_nouns(text, expected):
    found = [(f.value, f.approx, f.group) for f in figures_in(_sentence(text))]
    assert found == expected


def test_evidence_leaves_out_a_dateline_with_its_country() -> None:
    text = ("PORT SAREL, Veloria (AP) — Officials said the number of fans who died at the harbour "
            "ground rose to 61 overnight, many of them pressed against a locked gate while guards "
            "looked on, in the worst disaster the league has known.")
    at = text.index("61")
    a, b = evidence(_sentence(text), at, at + 2)
    assert text[a:b].startswith("Officials said")


@pytest.mark.parametrize(("text", "who"), [
    ("The buses carry 308 militants, according to Hezbollah.", "Hezbollah"),
    ("More than 40 were killed, a militia commander said at the time.", "a militia commander"),
    ("The jets hit the road, said Col. Ryan Dillon, the coalition's spokesman.",
     "Col. Ryan Dillon"),
    ("Press reports say 300 fighters boarded.", "Press reports"),
    ("Hadi Al Amiri, who heads the Badr Organisation, said that talks save lives.",
     "Hadi Al Amiri"),
    ("In Lebanon, the army on Wednesday formally declared an end to its offensive.", "the army"),
    ("Hundreds of fighters are stuck in the desert. (Levant Wire)", "Levant Wire"),
    ("The convoy stopped near the border.", None),
    # the subject after ", said" may open in lower case when it names someone
    ("Nine of the dead were children, said provincial health chief Maren Holt.",
     "provincial health chief Maren Holt"),
    ("Nine of the dead were children, police said on Sunday.", "police"),
    ("The toll rose to 40, said on Sunday the Veloria health office.", None),
])
def test_attribution(text, who):
    found = attribution(_sentence(text))
    assert (found.who if found else None) == who


def test_quotes_speakers_and_pronouns(tmp_path):
    """Written for this test: a speaker after, before, in the same paragraph, and "he"."""
    project = copy_example(tmp_path / "q")
    articles = project / "content" / "articles"
    (articles / "test-quotes.txt").write_text(
        "Quotes test\n\n"
        "Army spokesman Col. Jane Roe said the bridge was down. “We cut the road,” Roe said.\n\n"
        "“Nobody crosses now,” he added. “The river is too deep.”\n\n"
        "Minister Ali Haddad also criticized the move as “a grave mistake.”\n\n"
        "The flag read “Welcome Home” on Monday.\n\n"
        "“It was the right call,” the statement continued.\n",
        encoding="utf-8")
    (articles / "test-quotes.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30T12:00:00+03:00\n", encoding="utf-8")
    content = load_content(project / "content")
    draft = extract(content, ["test-quotes"], skip_curated=False)
    quotes = {c.text: c for c in draft.candidates() if c.kind == "quote"}
    assert set(quotes) == {"We cut the road", "Nobody crosses now", "The river is too deep",
                           "a grave mistake", "It was the right call"}
    assert quotes["We cut the road"].speaker == "Jane Roe"  # the name the article gave first
    assert quotes["We cut the road"].speaker_written == "Roe"
    assert quotes["Nobody crosses now"].speaker == "Jane Roe"
    assert quotes["Nobody crosses now"].speaker_written == "he"
    assert quotes["The river is too deep"].speaker == "Jane Roe"
    assert quotes["a grave mistake"].speaker.endswith("Ali Haddad")
    assert quotes["a grave mistake"].partial
    assert quotes["It was the right call"].speaker == "Ali Haddad"
    dates = {c.expression: c for c in draft.candidates() if c.kind == "date"}
    assert dates["on Monday"].date.iso() == "2017-08-28"


def test_sentences_keep_abbreviations_and_offsets(example_content):
    article = example_content.articles["gulf-daily-relocation"]
    for s in sentences(article):
        assert article.text[s.start:s.end] == s.text
    assert any("said Col. Ryan Dillon, the coalition's spokesman." in s.text
               for s in sentences(article))


@pytest.mark.slow
def test_name_clusters_and_listed_spellings(example_content):
    draft = extract(example_content, skip_curated=False)
    clusters = {frozenset(n.spellings): n for n in draft.names if not n.singleton}
    humaymah = clusters[frozenset({"Humaymah", "Humeima"})]
    assert humaymah.list == "places" and humaymah.kind == "place"
    dillon = clusters[frozenset({"Ryan Dillon", "Dillon"})]
    assert dillon.name == "Ryan Dillon" and dillon.kind == "person"
    # with the entities listed, nothing is new; drop one variant and it is proposed again
    assert not [n for n in extract(example_content).names if not n.singleton]


def test_new_spelling_of_a_listed_name_is_proposed_as_a_variant(tmp_path):
    project = copy_example(tmp_path / "v")
    entities = project / "content" / "facts" / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace(
        "variants: [Humeima]", "variants: []"), encoding="utf-8")
    draft = extract(load_content(project / "content"))
    extend = [n for n in draft.names if n.existing == "humaymah"]
    assert extend and extend[0].new_spellings == ["Humeima"]
    text = draft_yaml(draft)
    assert "place 'humaymah': add Humeima" in text
    _check_draft(project / "content", draft)


@pytest.mark.slow
def test_problem_severity_of_placeholders_is_not_an_error(tmp_path):
    project = copy_example(tmp_path / "p")
    draft = extract(load_content(project / "content"), skip_curated=False)
    placeholders = [e for e in draft.events if e.placeholder]
    assert placeholders
    for e in placeholders:
        assert e.date.approximate
        assert any("PLACEHOLDER" in why for why in e.why)
    # `briefing check` accepts the placeholders: at most a hint or a warning, never an error
    _check_draft(project / "content", draft)
    _, problems = run_check(project / "content")
    placeholder_ids = {e.id for e in placeholders}
    about_them = [p for p in problems.items if any(i in p.message for i in placeholder_ids)]
    assert all(p.severity is not Severity.ERROR for p in about_them)


# ---------------------------------------------------------------------------- the command


@pytest.mark.slow
def test_run_writes_to_stdout_or_a_file_never_into_facts(tmp_path):
    import io

    project = copy_example(tmp_path / "c")
    content_dir = project / "content"
    out, err = io.StringIO(), io.StringIO()
    assert run_extract(content_dir, stdout=out, stderr=err) == 0
    assert out.getvalue().startswith("# Candidate facts proposed by `briefing extract`")
    assert "already in the fact sheets" in err.getvalue()

    draft_path = content_dir / "drafts" / "extracted.yaml"
    err = io.StringIO()
    assert run_extract(content_dir, ["gulf-daily-relocation"], str(draft_path),
                       include_curated=True, stderr=err) == 0
    assert "articles: gulf-daily-relocation" in draft_path.read_text(encoding="utf-8").lower()
    # content/drafts is not read as facts: the check sees the same records as before
    checked, problems = run_check(content_dir)
    assert not problems.errors and checked is not None
    assert len(checked.content.figures) == 4 and len(checked.content.fact_files) == 4

    for bad in (content_dir / "facts" / "draft.yaml", content_dir / "facts"):
        err = io.StringIO()
        assert run_extract(content_dir, output=str(bad), stderr=err) == 2
        assert "not a fact sheet" in err.getvalue()
    assert not (content_dir / "facts" / "draft.yaml").exists()
    with pytest.raises(DraftLocationError):
        write_draft("{}\n", content_dir / "facts" / "x" / "y.yaml", content_dir)

    err = io.StringIO()
    assert run_extract(content_dir, ["nope"], stderr=err) == 2
    assert "unknown article" in err.getvalue()
    assert run_extract(tmp_path / "missing", stderr=io.StringIO()) == 2


@pytest.mark.slow
def test_the_briefing_extract_command(tmp_path):
    """The console command, as a user runs it: a draft file that `briefing check` accepts once
    moved into content/facts/, and a usage error (exit 2) for a draft aimed at content/facts/."""
    project = copy_example(tmp_path / "e")
    proc = run_briefing(project, "extract", "gulf-daily-relocation", "--all",
                        "-o", "content/drafts/gulf.yaml")
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"\d+ candidate\(s\) in 1 article\(s\) to content/drafts/gulf.yaml",
                     proc.stderr)
    draft = (project / "content/drafts/gulf.yaml").read_text(encoding="utf-8")
    assert "article: gulf-daily-relocation" in draft and "article: levant" not in draft

    proc = run_briefing(project, "extract", "-o", "content/facts/draft.yaml")
    assert proc.returncode == 2 and "not a fact sheet" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (project / "content/facts/draft.yaml").exists()
    proc = run_briefing(project, "extract", "no-such-article")
    assert proc.returncode == 2 and "unknown article(s): no-such-article" in proc.stderr

    # Curated facts skipped, the draft can replace the fact sheets' figures, quotes and events.
    proc = run_briefing(project, "extract")
    assert proc.returncode == 0 and proc.stdout.startswith("# Candidate facts proposed")
    facts = project / "content/facts"
    for name in ("figures.yaml", "quotes.yaml", "events.yaml"):
        (facts / name).unlink()
    (facts / "extracted.yaml").write_text(proc.stdout, encoding="utf-8")
    proc = run_briefing(project, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _review_rows(site: Path) -> dict[str, list[list[str]]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / "candidates/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    out: dict[str, list[list[str]]] = {}
    for heading in soup.select("article h2"):
        table = heading.find_next("table")
        out[heading["id"]] = [[td.get_text(" ", strip=True) for td in tr.find_all("td")]
                              for tr in table.select("tbody tr")]
    return out


@pytest.mark.slow
def test_the_review_page_is_off_by_default_and_lists_candidates_per_article(tmp_path):
    project = copy_example(tmp_path / "f")
    assert run_briefing(project, "build", "--no-pdf").returncode == 0
    assert not (project / "site/candidates").exists()
    assert "Candidates not yet reviewed" not in (project / "site/index.html").read_text("utf-8")

    meta = project / "content/briefing.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "candidates_page: true\n", "utf-8")
    proc = run_briefing(project, "build", "--no-pdf")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = _review_rows(project / "site")
    by_article = candidates_by_article(extract(load_content(project / "content")))
    expected = {f"article-{a}": items for a, items in by_article.items() if items}
    assert set(rows) == set(expected)
    for anchor, items in expected.items():
        assert len(rows[anchor]) == len(items)
        for row, cand in zip(rows[anchor], items, strict=True):
            kind = f"figure: {cand.measure}" if cand.kind == "figure" else cand.kind
            assert row[0] == kind and row[3] == cand.confidence
            assert row[2].strip("“”") == " ".join(cand.evidence.split())
    overview = (project / "site/index.html").read_text(encoding="utf-8")
    assert 'href="candidates/"' in overview and "Candidates not yet reviewed" in overview


@pytest.mark.parametrize(("text", "expected"), [
    ("USA Today reported that the bridge fell on Tuesday.", ["on Tuesday"]),
    ("Last Modified: March 27, 2024 at 10:02 a.m.", []),
    ("Posted at 6:15 AM, Mar 26, 2024", []),
    ("The Baltimore Sun (Est. May 19, 1883) said the port closed.", []),
    ("Mis à jour le 27 mars 2024", []),
    ("Today the port is closed.", ["Today"]),
    # a dateline set on a line of its own above the lede: where and when the copy was filed
    ("Verlo, Wednesday", []),
    ("Port Sarel, Veloria, 26 March", []),
    ("Verlo, Wednesday.", []),
    ("On Wednesday the port reopened.", ["On Wednesday"]),
])
def test_page_stamps_are_never_events(text, expected):
    """When a page was posted or changed, when its outlet was founded, and names holding a date
    word ("USA Today") are not events of the story."""
    found = dates_in(Sentence(0, len(text), text, 0), date(2024, 3, 27), "en")
    assert [d.expression for d in found] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Mindestens 100 Tote und mehr als 4.000 Verletzte.", "de", [(100, "dead"), (4000, "wounded")]),
    ("Al menos 10.000 personas siguen desaparecidas.", "es", [(10000, "missing")]),
    ("Le bilan s'élève à 135 morts.", "fr", [(135, "dead")]),
    ("Deux barrages ont cédé.", "fr", [(2, "dam")]),
    ("La ville compte 100.000 habitants.", "fr", []),
    ("Il sisma è stato avvertito a 900 chilometri a est.", "it", []),
    ("The blast was felt in Cyprus, 240 km away.", "en", []),
    ("Circa 2.750 tonnellate di nitrato di ammonio.", "it", [(2750, "metric_ton")]),
])
def test_figures_in_every_language(text, lang, expected):
    found = [(f.value, f.group) for f in figures_in(_sentence(text), lang)]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The blast tore through the port, killing 30 and wounding 400.",
     [(30, "dead"), (400, "wounded")]),
    ("The storm killed 3 and hurt 12.", [(3, "dead"), (12, "wounded")]),
])
def test_a_number_after_a_verb_of_wounding_counts_the_wounded(text, expected):
    """"wounding" was looked up as "woun" (its lemma with a final "d" cut off), so the number
    after it fell to the toll named before: 400 wounded read as 400 dead."""
    assert [(f.value, f.group) for f in figures_in(_sentence(text), "en")] == expected

@pytest.mark.parametrize(("text", "expected"), [
    ("Some 14 residents were kept in hospital overnight, 9 in a serious condition.",
     [(14, "wounded"), (9, "wounded")]),
    ("Eleven people were taken to hospital after the blast.", [(11, "wounded")]),
    ("Twenty residents remain in intensive care.", [(20, "wounded")]),
    ("Doctors in hospital said 12 people died.", [(12, "dead")]),
])
def test_people_in_hospital_are_the_injured(text, expected):
    """English said who was hurt only with a word of injury, while the other languages also
    count who is in hospital, was taken there, or is in a bad state (trial 26: people "in hospital"
    were drafted as "Number of people")."""
    assert [(f.value, f.group) for f in figures_in(_sentence(text), "en")] == expected

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Nel crollo sono morti anche tre operai di Verlo.", "it", [(3, "dead")]),
    ("En el derrumbe murieron también dos niños.", "es", [(2, "dead")]),
    ("The blast killed even three firefighters.", "en", [(3, "dead")]),
    ("Morreram também duas crianças.", "pt", [(2, "dead")]),
])
def test_an_adverb_of_focus_between_the_verb_and_the_count(text, lang, expected):
    """"also", "even" between the verb and the number hid the verb: "sono morti anche tre
    operai" was drafted as "Number of people" (trial 26)."""
    assert [(f.value, f.group) for f in figures_in(_sentence(text), lang)] == expected




@pytest.mark.parametrize(("text", "expected"), [
    ("It was felt far away, including Delhi.The army spokesman said 53 were hurt.",
     ["It was felt far away, including Delhi.", "The army spokesman said 53 were hurt."]),
    ('Brig. Gen. Samir said "the ship is free" on Monday. Nothing else.',
     ['Brig. Gen. Samir said "the ship is free" on Monday.', "Nothing else."]),
    ("Der Kapitän sagte ca. 20 Min. später: »Wir sind frei.« Dann fuhr er los.",
     ["Der Kapitän sagte ca. 20 Min. später: »Wir sind frei.«", "Dann fuhr er los."]),
])
def test_sentences_split_glued_copy_and_keep_titles(text, expected):
    """Sentences the scraper glued together are two; "Brig." and German "ca."/"Min." end none."""
    assert [s.text for s in sentences(_Paragraphs(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le maire est arrivé tard. « Nous avons tout perdu », a-t-il dit.",
     ["Le maire est arrivé tard.", "« Nous avons tout perdu », a-t-il dit."]),
    ("Il a répondu : « Non. » Puis il est reparti.",
     ["Il a répondu : « Non. »", "Puis il est reparti."]),
    ("Er kam spät. »Wir haben alles verloren«, sagte er.",
     ["Er kam spät.", "»Wir haben alles verloren«, sagte er."]),
    ("Il a répondu : « Non. »", ["Il a répondu : « Non. »"]),
])
def test_sentences_open_and_close_on_spaced_guillemets(text, expected):
    """French spaces its guillemets: a quotation after a full stop opened no sentence, so it
    was read as the end of the sentence before it and lost its speaker ("a-t-il dit")."""
    assert [s.text for s in sentences(_Paragraphs(text))] == expected


@dataclass
class _Block:
    text: str


class _Paragraphs:
    def __init__(self, text: str) -> None:
        self.paragraphs = (_Block(text),)

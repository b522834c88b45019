"""Which pairs the translation test aligns (issue 15, round sptrans of 7 December 2026): the
pairs in two languages that share enough marks, found through an index of the marks
(:func:`generator.analyse.translations.candidates`) instead of every pair of a briefing, so that
thousands of articles in several languages cost time near-linear in their number. All texts,
names and figures are invented.
"""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations
from types import SimpleNamespace

import generator.analyse.translations as translations_module
from generator.analyse.translations import MIN_MARKS, candidates, translations
from generator.content.cache import NO_CACHE
from generator.text.shingles import COMMON
from tests.analyse.test_translations import COACH_EN, COACH_ES, COACH_ES_OWN


def _brute(every: dict[int, Counter[str]], languages: list[str]) -> list[tuple[int, int]]:
    """Every pair compared, as the test did before the index."""
    return [(i, j) for i, j in combinations(sorted(every), 2)
            if languages[i] != languages[j]
            and sum((every[i] & every[j]).values()) >= MIN_MARKS]


def test_the_index_finds_the_pairs_every_comparison_finds() -> None:
    """Below the stock-mark bound (a briefing of fewer articles than a stock mark needs), the
    index and the comparison of every pair give the same pairs, a mark twice in both texts
    counting twice, pairs in one language left out."""
    rng = random.Random(15)
    vocabulary = [f"m{k}" for k in range(40)]
    for _trial in range(20):
        every = {i: Counter(rng.choices(vocabulary, k=rng.randint(0, 25))) for i in range(30)}
        languages = [rng.choice(["en", "fr", "de"]) for _ in range(30)]
        assert candidates(every, languages) == _brute(every, languages)


def test_stock_marks_make_no_candidate() -> None:
    """A mark carried by more articles than a six-word run may be to count as a copy (the
    event's place, its year) does not count towards a candidate: seventy reports of one event
    in two languages, each naming the same eight stock marks, are no candidates for one
    another (without the bound, every pair of them was aligned); two of them that share eight
    marks of their own besides are."""
    stock = Counter({f"stock{k}": 1 for k in range(MIN_MARKS)})
    n = COMMON + 10
    every = {i: stock + Counter({f"own{i}": 1}) for i in range(n)}
    languages = ["en" if i % 2 else "fr" for i in range(n)]
    assert _brute(every, languages)  # the comparison of every pair would align them all
    assert candidates(every, languages) == []
    shared = Counter({f"story{k}": 1 for k in range(MIN_MARKS)})
    every[3] += shared
    every[4] += shared
    assert candidates(every, languages) == [(3, 4)]


def _article(n: int, text: str, language: str) -> SimpleNamespace:
    return SimpleNamespace(id=f"a{n}", text=text.partition("\n\n")[2].strip(),
                           language=language)


def _other_event(n: int) -> str:
    """A short report of another invented event, numbers and names its own."""
    return (f"Headline {n}\n\nThe festival in Orvanto{n} drew {1000 + n} visitors on Friday, "
            f"organiser Pella Quint{n} said.\n\nStalls from Marsea{n} sold out by noon.\n\n"
            f"Quint{n} said {200 + n} volunteers had helped.")


def test_only_pairs_sharing_marks_are_aligned(monkeypatch) -> None:
    """A coach crash told in English, its Spanish translation and a Spanish paper's own report,
    among forty reports of other events in both languages: the translation is found, the
    neighbour is not, and only the pairs sharing enough marks are aligned (before the index,
    each of the several hundred pairs in two languages was)."""
    articles = [_article(0, COACH_EN, "en"), _article(1, COACH_ES, "es"),
                _article(2, COACH_ES_OWN, "es")]
    articles += [_article(3 + k, _other_event(k), "en" if k % 2 else "es") for k in range(40)]
    calls = []
    real = translations_module.aligned

    def counted(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(translations_module, "aligned", counted)
    found = translations(articles, NO_CACHE)
    assert (0, 1) in found
    assert (0, 2) not in found
    assert len(calls) <= 3


def test_the_site_counts_a_story_and_its_translation_as_one_source(example) -> None:
    """Where the site counts sources, a figure reported by a story, its translation and an
    independent report in the translation's language is two independent sources in three
    outlets (three without the translation test), in the analysis and on the translating
    outlet's page, where its report is marked a copy."""
    from generator.analyse.analysis import analyse
    from generator.site.pipeline import generate, run_check
    from tests.analyse.test_translations import three_reports

    three_reports(example, "en-es")
    figures = example / "content" / "facts" / "figures.yaml"
    figures.write_text(figures.read_text(encoding="utf-8") + """
  - id: coach-dead
    label: Dead in the coach crash
    unit: people
    reports:
      - article: story
        value: 23
        quote: "killing 23 people"
      - article: translation
        value: 23
        quote: "la muerte de 23 personas"
      - article: neighbour
        value: 23
        quote: "23 muertos"
""", encoding="utf-8")
    checked, problems = run_check(example / "content")
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    dead = next(f for f in analyse(checked).figures if f.figure.id == "coach-dead")
    assert dead.independence.text == "2 independent sources, 3 outlets"
    page = generate(example / "content").rendered.pages["outlets/desert-digest.md"]
    line = next(x for x in page.splitlines() if "#figure-coach-dead" in x)
    assert "as a copy" in line and line.endswith("2 independent sources, 3 outlets")

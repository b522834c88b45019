"""An outlet whose copy states the missing or the injured with an inflected word of its own
language ("desaparecieron", "feriti") is not shown silent (trial 4: a wire copy stating the
missing was listed as silent on them). The table's beginnings of words are read only in an
article of their language. Invented pages."""

from __future__ import annotations

from pathlib import Path

from generator.analyse.analysis import analyse
from generator.site.pipeline import run_check
from tests.conftest import small_briefing

PAGES = {  # article: (language, text)
    "wire-en": ("en", "After the Orvane landslide 40 people are missing, officials said."),
    "diario-es": ("es", "Tras el alud de Orvane, 38 personas desaparecieron y otras 12 "
                        "resultaron heridas."),
    "giornale-it": ("it", "Dopo la frana di Orvane mancano 38 persone: i dispersi sono 38."),
    "post-en": ("en", "Near Orvane police dispersed 30 onlookers from the slope."),
}


def _stances(root: Path) -> dict:
    facts = ("figures:\n  - id: missing\n    label: Missing\n    unit: missing\n"
             "    kind: running\n    reports:\n      - article: wire-en\n        value: 40\n"
             '        quote: "40 people are missing"\n')
    content = small_briefing(
        root, {stem: stem.title() for stem in PAGES}, facts,
        {stem: (f"Orvane\n\n{text}\n",
                f"outlet: {stem}\npublished: 2031-03-02\nlanguage: {language}\n")
         for stem, (language, text) in PAGES.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return analyse(checked).figures[0].stances


def test_an_inflected_word_of_the_articles_language_states_the_missing(tmp_path: Path) -> None:
    stances = _stances(tmp_path)
    # was "silent": "desaparec" and "dispers" matched only a word spelt exactly so
    assert stances["diario-es"].state == "mentions"
    assert stances["diario-es"].mention.written == "38"
    assert stances["giornale-it"].state == "mentions"


def test_another_languages_beginning_of_a_word_is_not_read(tmp_path: Path) -> None:
    # "dispersed" begins with an Italian word for the missing; an English page does not say it
    assert _stances(tmp_path)["post-en"].state == "silent"

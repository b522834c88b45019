"""Trial 10: an analyst on an airliner crash, where the people on board, the passengers, the
crew, the dead and the survivors are different counts side by side. Invented pages of the
shapes the trial met: "150 passengers and 8 crew on board", "158 passengers and crew", a
French crew phrase typed with another apostrophe than the fact sheet's, the airline's and the
regulator's one count of those aboard, a statement quoted in two languages, and two reports of
one day, neither timed, closing a running count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.render.charts.specs_running import progression_spec
from generator.text.relative_dates import UnresolvableDate, resolve
from tests.conftest import checked_pages

ABOARD = (
    "figures:\n"
    "  - id: aboard\n    label: People on board\n    unit: people\n"
    "    terms: [on board, à bord]\n    reports:\n"
    "      - article: wing-d\n        value: 158\n        quote: \"158 people on board\"\n"
    "  - id: passengers\n    label: Passengers\n    unit: passengers\n"
    "    terms: [passengers, passagers]\n    reports:\n"
    "      - article: wing-d\n        value: 150\n        quote: \"150 passengers\"\n"
    "  - id: crew\n    label: Crew\n    unit: crew\n"
    "    terms: [crew, membres d’équipage]\n    reports:\n"
    "      - article: wing-d\n        value: 8\n        quote: \"8 crew\"\n")
PAGES = {
    "wing-a": ("en", "The Corvina 900 carried 150 passengers and 8 crew members on board when it "
                     "left Varno."),
    "wing-b": ("en", "A Corvina 900 with 158 passengers and crew on board came down near Varno."),
    "wing-c": ("fr", "Le jet transportait 158 passagers et membres d'équipage à bord, dit-on."),
    "wing-e": ("fr", "Le vol comptait aussi 8 membres d'équipage, selon la compagnie."),
    "wing-d": ("en", "There were 158 people on board: 150 passengers and 8 crew."),
}


def _checked(tmp_path: Path, facts: str, pages: dict[str, tuple[str, str]],
             published: dict[str, str] | None = None):
    return checked_pages(tmp_path, facts, pages, "Air news", published)


def _stated(checked, figure: str) -> dict[str, list[str]]:
    return {a: [m.written for m in ms]
            for a, ms in checked.mentions.get(("figure", figure), {}).items() if a != "wing-d"}


def test_a_number_another_figure_counts_does_not_state_this_one(tmp_path: Path):
    checked = _checked(tmp_path, ABOARD, PAGES)
    # "150 passengers and 8 crew members on board": neither number is the people on board
    assert "wing-a" not in _stated(checked, "aboard")
    assert _stated(checked, "passengers").get("wing-a") == ["150"]
    assert _stated(checked, "crew").get("wing-a") == ["8"]
    # "158 passengers and crew" counts both together: all on board, neither group alone, and
    # the model number before it ("Corvina 900") counts neither
    assert _stated(checked, "aboard").get("wing-b") == ["158"]
    assert "wing-b" not in _stated(checked, "passengers")
    assert "wing-b" not in _stated(checked, "crew")
    assert _stated(checked, "aboard").get("wing-c") == ["158"]
    assert "wing-c" not in _stated(checked, "crew")
    assert "wing-c" not in _stated(checked, "passengers")


def test_a_phrase_is_found_whichever_apostrophe_the_page_types(tmp_path: Path):
    checked = _checked(tmp_path, ABOARD, PAGES)
    assert _stated(checked, "crew").get("wing-e") == ["8"]  # "d'équipage" for "d’équipage"


COUNTERS = ("actors:\n  - id: airline\n    name: Corvina Air\n    variants: [airline]\n"
            "  - id: regulator\n    name: Varno aviation regulator\n    variants: [regulator]\n"
            "figures:\n  - id: aboard\n    label: People on board\n    unit: people\n"
            "    reports:\n")
COUNTED = {
    "post-a": ("en", "The airline said 158 people were on board."),
    "post-b": ("en", "There were 158 people on board the jet."),
    "post-c": ("en", "The regulator said REGULATOR people were on board."),
}


def _aboard(tmp_path: Path, regulator: int):
    pages = dict(COUNTED, **{"post-c": ("en", COUNTED["post-c"][1].replace(
        "REGULATOR", str(regulator)))})
    facts = COUNTERS + "".join(
        f"      - article: {a}\n        value: {v}\n" + (f"        attributed_to: {who}\n"
                                                        if who else "")
        + f'        quote: "{q}"\n' for a, v, who, q in (
            ("post-a", 158, "airline", "The airline said 158 people were on board."),
            ("post-b", 158, "", "There were 158 people on board the jet."),
            ("post-c", regulator, "regulator",
             f"The regulator said {regulator} people were on board.")))
    analysis = analyse(_checked(tmp_path, facts, pages))
    return analysis, analysis.figures[0]


def test_a_count_one_outlet_credits_and_another_credits_no_one_is_no_attribution_dispute(
        tmp_path: Path):
    analysis, fa = _aboard(tmp_path, 158)
    # the airline's 158, the regulator's 158 and an outlet's 158 with no source named
    assert not fa.attribution_differs
    assert not [d for d in analysis.discrepancies if d.kind == "attribution"]


def test_two_counters_with_different_counts_are_still_attributed_differently(tmp_path: Path):
    analysis, fa = _aboard(tmp_path / "two", 160)
    assert fa.attribution_differs
    assert [d for d in analysis.discrepancies if d.kind == "attribution"]


def test_a_statement_quoted_in_two_languages_is_no_rewording(tmp_path: Path):
    pages = {"news-en": ("en", "The minister said the loss was beyond any words we have."),
             "news-es": ("es", "El ministro dijo que la pérdida no tiene palabras posibles."),
             "news-en2": ("en", "The minister called the loss beyond all our words.")}
    facts = ("actors:\n  - id: minister\n    name: Varno minister\n    kind: person\n"
             "quotes:\n  - id: loss\n    label: The minister on the loss\n"
             "    speaker: minister\n    reports:\n"
             "      - article: news-en\n        text: \"the loss was beyond any words we have\"\n"
             "      - article: news-es\n        text: \"la pérdida no tiene palabras posibles\"\n")
    analysis = analyse(_checked(tmp_path, facts, {k: pages[k] for k in ("news-en", "news-es")}))
    assert not analysis.quotes[0].wording_differs
    assert not [d for d in analysis.discrepancies if d.kind == "wording"]
    facts += "      - article: news-en2\n        text: \"the loss beyond all our words\"\n"
    analysis = analyse(_checked(tmp_path / "three", facts, pages))
    assert analysis.quotes[0].wording_differs  # two English renderings do differ


def test_one_days_untimed_reports_closing_a_running_count_are_all_its_latest(tmp_path: Path):
    pages = {"daily-a": ("en", "At least 26 people were killed on the ground in Varno."),
             "daily-b": ("en", "The crash killed 35 people on the ground in Varno."),
             "daily-c": ("en", "The crash killed 2 people on the ground in Varno.")}
    facts = ("figures:\n  - id: ground\n    label: Deaths on the ground\n    unit: dead\n"
             "    kind: running\n    reports:\n"
             "      - article: daily-a\n        value: 26\n        approx: at-least\n"
             "        quote: \"At least 26 people were killed\"\n"
             "      - article: daily-b\n        value: 35\n        quote: \"killed 35 people\"\n"
             "      - article: daily-c\n        value: 2\n        quote: \"killed 2 people\"\n")
    checked = _checked(tmp_path, facts, pages, {"daily-a": "2031-05-01",
                                                "daily-b": "2031-05-02", "daily-c": "2031-05-02"})
    fa = analyse(checked).figures[0]
    # sorted by name, 2 came last and was shown as the latest: a fall from 26 to 2
    assert fa.latest_text == "2–35" and fa.range_text == "at least 26 to 2–35"
    assert fa.latest_outlets == "Daily-B, Daily-C"
    spec = progression_spec(fa, lambda _outlet: ["#000000"])
    assert "to 2–35" in spec.alt and "latest 2–35 (Daily-B, Daily-C" in spec.alt


@pytest.mark.slow
def test_a_weekday_of_another_language_before_a_calendar_date_is_resolved():
    published = date(2031, 5, 2)  # a Friday
    for wording in ("ce jeudi 1er mai 2031", "el jueves 1 de mayo", "am Donnerstag (1. Mai)"):
        assert resolve(wording, published).date.first == date(2031, 5, 1), wording
    with pytest.raises(UnresolvableDate, match="was a Thursday, not a Friday"):
        resolve("ce vendredi 1er mai 2031", published)


def test_another_figures_phrase_holding_this_figures_word_does_not_hide_it(tmp_path: Path):
    # all deaths found by "lives", the dead on board by "lost their lives": both are stated
    facts = ("figures:\n"
             "  - id: deaths\n    label: Deaths\n    unit: dead\n    kind: running\n"
             "    terms: [lives, killed]\n    reports:\n"
             "      - article: toll-b\n        value: 64\n        quote: \"64 people killed\"\n"
             "  - id: aboard-dead\n    label: Dead on board\n    unit: dead\n"
             "    terms: [lost their lives]\n    reports:\n"
             "      - article: toll-b\n        value: 60\n"
             "        quote: \"60 of them lost their lives\"\n")
    pages = {"toll-a": ("en", "In all, 60 people lost their lives in the Varno crash."),
             "toll-b": ("en", "The crash left 64 people killed; 60 of them lost their lives "
                              "on board.")}
    checked = _checked(tmp_path, facts, pages)
    stated = {f: [m.written for m in checked.mentions.get(("figure", f), {}).get("toll-a", [])]
              for f in ("deaths", "aboard-dead")}
    assert stated == {"deaths": ["60"], "aboard-dead": ["60"]}


def test_a_count_of_another_figures_people_who_died_still_states_the_dead(tmp_path: Path):
    """Review 4: a number before another figure's people ("passengers") was no count of this
    figure, so "12 passengers died" and "killed 12 passengers" stopped stating the dead; the
    outcome in its clause or just before it makes the passengers dead ones."""
    facts = ("figures:\n"
             "  - id: dead\n    label: Dead\n    unit: dead\n"
             "    terms: [dead, died, killed]\n    reports:\n"
             "      - article: p-z\n        value: 12\n        quote: \"12 dead\"\n"
             "  - id: passengers\n    label: Passengers\n    unit: passengers\n"
             "    terms: [passengers]\n    reports:\n"
             "      - article: p-z\n        value: 150\n        quote: \"150 passengers\"\n")
    pages = {"p-a": ("en", "Officials said 12 passengers died in the crash near Varno."),
             "p-b": ("en", "The crash near Varno killed 12 passengers, officials said."),
             "p-c": ("en", "The jet carried 150 passengers, and the crash left 12 dead."),
             "p-z": ("en", "There were 150 passengers; 12 dead.")}
    checked = _checked(tmp_path, facts, pages)
    assert _stated(checked, "dead") == {"p-a": ["12"], "p-b": ["12"], "p-c": ["12"],
                                        "p-z": ["12"]}


@pytest.mark.parametrize("wording", ["vendredi 1er mai 2031", "Freitag, 1. Mai 2031",
                                     "vendredi 1er mai"])
def test_a_weekday_that_dateparser_reads_past_is_still_checked_against_its_date(wording):
    """Review 4: "ce vendredi 1er mai" was refused (1 May 2031 a Thursday), but the same
    words without the demonstrative were read by dateparser whole, the weekday unchecked."""
    with pytest.raises(UnresolvableDate, match="was a Thursday, not a Friday"):
        resolve(wording, date(2031, 5, 6))


@pytest.mark.parametrize("wording", ["viernes 1 de mayo", "sábado, 2 de mayo de 2031"])
def test_a_spanish_weekday_without_its_article_is_checked_against_its_date(wording):
    """A Spanish weekday before a date needs no article; without one, dateparser read the date
    and dropped the weekday unchecked (1 May 2031 is a Thursday, 2 May a Friday)."""
    with pytest.raises(UnresolvableDate, match=r"not a (Friday|Saturday)"):
        resolve(wording, date(2031, 5, 6))
    assert resolve("jueves 1 de mayo", date(2031, 5, 6)).date.first == date(2031, 5, 1)


def test_a_refused_weekday_quotes_the_words_as_the_article_wrote_them():
    with pytest.raises(UnresolvableDate, match="cannot resolve 'Ce Vendredi 1er Mai 2031'"):
        resolve("Ce Vendredi 1er Mai 2031", date(2031, 5, 6))

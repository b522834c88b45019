"""Trial 10: an analyst on an airliner crash, where the people on board, the passengers, the
crew, the dead and the survivors are different counts side by side. Invented pages of the
shapes the trial met: "150 passengers and 8 crew on board", "158 passengers and crew", a
French crew phrase typed with another apostrophe than the fact sheet's, the airline's and the
regulator's one count of those aboard, a statement quoted in two languages, and two reports of
one day, neither timed, closing a running count."""

from __future__ import annotations

from pathlib import Path

from conftest import small_briefing

from generator.site.pipeline import run_check

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
    "wing-c": ("fr", "À bord se trouvaient 158 passagers et membres d'équipage, dit la compagnie."),
    "wing-e": ("fr", "Le vol comptait aussi 8 membres d'équipage, selon la compagnie."),
    "wing-d": ("en", "There were 158 people on board: 150 passengers and 8 crew."),
}


def _checked(tmp_path: Path, facts: str, pages: dict[str, tuple[str, str]],
             published: dict[str, str] | None = None):
    content = small_briefing(tmp_path, {s: s.title() for s in pages}, facts, {
        s: (f"Air news\n\n{text}\n", f"outlet: {s}\npublished: "
            f"{(published or {}).get(s, '2031-05-01')}\nlanguage: {lang}\n")
        for s, (lang, text) in pages.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return checked


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

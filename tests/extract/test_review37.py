"""Review of the rules merged at stop 37: near shapes they got wrong, each beside the shape the
rule reads, which it still reads. Every sentence is invented (other places, names, numbers)."""

from __future__ import annotations

from generator.extract.figures import figures_in
from generator.extract.model import FigureCandidate, FigureProposal
from generator.extract.sheet.verified import checked
from generator.text.sentences import Sentence
from tests.conservation import read, rules, story


def _figures(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.low, f.head) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# -- abstain.set_off: a bare number between commas --

def test_a_rise_between_commas_is_still_a_count() -> None:
    text = "Six walkers died on Sunday and, by Monday, another 3, the rangers said."
    assert (3.0, "more dead") in _figures(text)


def test_a_place_s_share_between_commas_is_still_a_count() -> None:
    text = "The gale killed 27 people, in the east 19, and 8 on the coast."
    assert [v for v, _ in _figures(text)] == [27.0, 19.0, 8.0]


def test_an_age_between_commas_is_still_no_count() -> None:
    text = "Two sailors drowned off Tarn, and their skipper, now 58, was rescued."
    assert [v for v, _ in _figures(text)] == [2.0]


# -- verified: a group's unit taken from one report --

def _candidate(article: str, quote: str, value: float) -> FigureCandidate:
    return FigureCandidate(article=article, evidence=quote, start=0, end=len(quote), summary="",
                           confidence="high", value=value, approx=None, number=str(value),
                           noun="", head="", group="", attributed_to="")


def test_a_bare_number_keeps_the_group_s_unit_beside_a_report_in_another() -> None:
    # "40" was read in millimetres: one report in centimetres makes no 40 cm of rain
    proposal = FigureProposal(id="rain", label="Rain", unit="mm", reports=[
        _candidate("a", "Some 6 cm of rain fell on Dorn overnight.", 6),
        _candidate("b", "Rain totals reached 40 in the hills.", 40)])
    kept, left_out = checked([proposal], {})
    assert left_out == []
    assert kept[0].unit == "mm"
    assert [c.report_unit for c in kept[0].reports] == ["cm", ""]


def test_every_report_in_another_unit_still_moves_the_group() -> None:
    proposal = FigureProposal(id="road", label="Road", unit="km", reports=[
        _candidate("a", "The closed road runs 14 miles along the shore.", 14),
        _candidate("b", "Crews cleared 9 miles of it by noon.", 9)])
    kept, _ = checked([proposal], {})
    assert kept[0].unit == "mile"
    assert [c.report_unit for c in kept[0].reports] == ["", ""]


# -- address.mark_page_request: a short line to the reader about the page --

EN = ["Barn fire at Eastmere farm kills nine cows",
      "Nine cows died when a barn burned down near Eastmere late on Tuesday, the county fire "
      "service said.",
      "Crews from two stations fought the blaze for three hours before it was out.",
      "The farmer, who escaped unhurt, said the cause was still unclear."]


def test_someone_else_s_newsletter_in_the_story_is_story() -> None:
    line = "Please sign up for the district council's storm newsletter to get alerts by text."
    c = read("\n\n".join(EN[:2] + [line] + EN[2:]) + "\n", language="en")
    assert story(c) == [EN[1], line] + EN[2:]


def test_the_page_s_own_newsletter_pitch_is_still_removed() -> None:
    line = "Please sign up for our morning newsletter to get the news by email."
    c = read("\n\n".join(EN[:2] + [line] + EN[2:]) + "\n", language="en")
    assert rules(c).get(line) == "page-request"
    assert story(c) == EN[1:]

"""Off-event round on fresh pages of wildfires, dam failures and eruptions (branch foff).

Two shapes the round met, each written here with invented pages in several languages:

- a briefing whose sources mostly credit one news agency ("told AFP", "(AFP)", "à l'AFP") took
  the agency for the event's name, and judged its own pages by whether they wrote it;
- a page about the next year's fire in the same region, naming the region's city but not the
  event's town, and recalling the event only as "last year" ("im vergangenen Jahr", "l'an
  dernier"): with no date of its own, nothing pointed away from the event.

Every name, place and number below is invented.
"""

from __future__ import annotations

from pathlib import Path

from conftest import loaded_pages

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages

# --- an agency is no name of the event ----------------------------------------------------

DAM = [
    ("en-a", "en", "2031-07-24", "A dam under construction burst in the province of Keldun, "
     "flooding six villages, officials told AFP. Hundreds of people are missing in Keldun."),
    ("de-a", "de", "2031-07-24", "In der Provinz Keldun ist ein Staudamm gebrochen. Hunderte "
     "Menschen werden vermisst, wie die Behörden der Nachrichtenagentur AFP sagten."),
    ("fr-a", "fr", "2031-07-25", "Un barrage s'est effondré dans la province de Keldun, a "
     "indiqué un responsable à l'AFP. Des centaines de personnes sont portées disparues."),
    ("es-a", "es", "2031-07-25", "La rotura de una presa en la provincia de Keldun dejó "
     "cientos de desaparecidos. Los rescatistas buscan a los vecinos de Keldun."),
]
#: The same kind of event a year before, elsewhere: flagged whatever the core holds.
DAM_NEAR = ("en-old", "en", "2030-07-02", "A dam burst in the district of Sorrana, flooding "
            "seven villages near Sorrana and killing 18 people, officials told AFP.")


def test_an_agency_most_sources_credit_is_not_the_events_name(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Keldun dam", [*DAM, DAM_NEAR])
    event, _sigs = signatures(content)
    assert event.core_text == "Keldun", event.core_text
    verdicts = {v.article: v for v in judge_pages(content)}
    # the near miss keeps its verdict; the event is shown to the analyst by its place alone
    assert sorted(a for a, v in verdicts.items() if v.sure) == ["en-old"], \
        {a: v.text for a, v in verdicts.items()}
    assert "Afp" not in verdicts["en-old"].judged_by and "Afp" not in verdicts["en-old"].text


def test_a_page_that_credits_no_agency_names_the_event_all_the_same(tmp_path: Path) -> None:
    """The Spanish report writes Keldun and no agency: it names the event (before, it named
    only part of a core that held the agency)."""
    content = loaded_pages(tmp_path, "The Keldun dam", [*DAM, DAM_NEAR])
    _event, sigs = signatures(content)
    assert sigs["es-a"].names_event is True
    assert sigs["en-old"].names_event is False

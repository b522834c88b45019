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

import pytest

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

# --- an agency is no name of the event ----------------------------------------------------

DAM = [
    ("en-a", "en", "2031-07-24", "A dam under construction burst in the province of Keldun, "
     "flooding six villages, officials told AFP. Hundreds of people are missing in Keldun."),
    ("de-a", "de", "2031-07-24", "In der Provinz Keldun ist ein Staudamm gebrochen. Hunderte "
     "Menschen werden vermisst, wie die Behörden der Nachrichtenagentur AFP sagten."),
    ("fr-a", "fr", "2031-07-25", "Rupture d'un ouvrage en chantier dans la province de "
     "Keldun : on compte des centaines de disparus, a indiqué un responsable à l'AFP."),
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


# --- "last year" near the event's city, from a page not naming its town --------------------

FIRE = [
    ("de-a", "de", "2031-07-24", "Bei einem Waldbrand in Velmar sind 96 Menschen ums Leben "
     "gekommen. Der Badeort liegt an der Küste."),
    ("fr-a", "fr", "2031-07-24", "L'incendie de Velmar a fait 96 morts. Les habitants de "
     "Velmar ont fui vers la mer."),
    ("en-a", "en", "2031-07-25", "A wildfire swept through the seaside town of Velmar east of "
     "Dravos, killing 96 people. Residents of Velmar fled to the beach."),
    ("es-a", "es", "", "El incendio de Velmar dejó 96 muertos. Los vecinos de Velmar huyeron "
     "hacia el mar."),
]
#: (The city is written by one report only, as a region's capital may be: the town is the event.)
#: The next year's fires north of the same city, undated, recalling the event as last year's.
NEXT_YEAR = {
    "de": ("de-next", "de", "", "Nach wochenlanger Trockenheit brennt es erneut nördlich von "
           "Dravos, teilte die Feuerwehr mit. Im vergangenen Jahr waren bei Bränden nahe Dravos "
           "mehr als 90 Menschen ums Leben gekommen."),
    "fr": ("fr-next", "fr", "", "De nouveaux feux menacent le nord de Dravos, selon les "
           "pompiers. L'an dernier, des incendies près de Dravos avaient fait plus de 90 morts."),
    "en": ("en-next", "en", "", "New blazes broke out north of Dravos, firefighters said. "
           "Last year, fires near Dravos killed more than 90 people."),
}


def _judged(root: Path, pages: list) -> dict:
    return {v.article: v for v in judge_pages(loaded_pages(root, "The Velmar fire", pages))}


#: A report of the event naming Velmar that recalls last year's smaller fire near Dravos: it
#: names the event, and the recall says nothing of it.
OWN_RECALLING = ("en-own", "en", "2031-07-25", "The fire in Velmar killed 96 people. Last year, "
                 "fires near Dravos killed 12 people.")


@pytest.mark.parametrize("language", sorted(NEXT_YEAR))
def test_a_page_recalling_last_years_deaths_near_the_events_city_is_flagged(
        tmp_path: Path, language: str) -> None:
    page = NEXT_YEAR[language]
    verdicts = _judged(tmp_path, [*FIRE, page, OWN_RECALLING])
    assert sorted(a for a, v in verdicts.items() if v.sure) == [page[0]], \
        {a: v.text for a, v in verdicts.items()}
    assert "time past" in verdicts[page[0]].text  # told by the recall


@pytest.mark.parametrize("neighbour", [
    # "last year" beside another place's fire
    ("en-other", "en", "", "Fires east of Dravos killed 96 people, officials said. Last year, a "
     "fire in Corredo killed 60."),
    # ... or beside the country's name only, which any report writes
    ("en-country", "en", "", "Crews from Dravos fought the flames through the night. Last "
     "year, fires in Portugal killed 60 people."),
    # the next year's page without its recall: as before, no flag
    ("en-plain", "en", "", "New blazes broke out north of Dravos, firefighters said. Fires "
     "near Dravos killed more than 90 people."),
], ids=lambda p: p[0])
def test_only_the_recall_near_the_events_city_tells(tmp_path: Path, neighbour: tuple) -> None:
    """Beside the next year's German page (flagged by its recall), pages not naming Velmar
    whose "last year" is not the event's places are judged on their names as before."""
    verdicts = _judged(tmp_path, [*FIRE, NEXT_YEAR["de"], neighbour])
    assert verdicts["de-next"].sure and "time past" in verdicts["de-next"].text
    assert "time past" not in (verdicts[neighbour[0]].text if neighbour[0] in verdicts else "")
    if neighbour[0] == "en-plain":
        assert "en-plain" not in verdicts or not verdicts["en-plain"].sure


def test_a_german_noun_after_a_contracted_article_is_no_name() -> None:
    """"ums Leben", "fürs Erste", "übers Wochenende": the preposition holds the article, as
    "im" and "zum" do, so the noun after it is no name that pages share."""
    from generator.text.german_names import names_in

    texts = ["Dabei sind zwei Menschen in Velmar ums Leben gekommen.",
             "Bei dem Feuer nahe Dravos kamen drei Menschen ums Leben, fürs Erste ist es aus."]
    found = names_in(texts, set())
    assert "leben" not in found and "erste" not in found
    assert {"velmar", "dravos"} <= found

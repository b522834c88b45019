"""Near misses that recall the event by its year (issue 15, round 12).

The same city's next collapse is reported with the event's names (its city, the bridge it
recalls) and often with no date of its own; what sets it apart is how it writes the event's
time: as a year looked back on ("in August 2031", "nel 2031", "the 2031 disaster"), where a
report of the event's own days writes the day or nothing. Invented text in the shape of a
motorway bridge's collapse and a smaller bridge falling in the same region later; the pages
that must stay unflagged are the event's own, one of them writing its full date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from generator.text.written_dates import years_without_day
from tests.conftest import loaded_pages

GIVEN = "The Corvella bridge collapse\ndate: 2031-08-14\nplace: Corvella"
#: Reports of the event, published in its days, naming the city and the bridge.
EVENT = [
    ("wire-en", "en", "2031-08-14", "Bridge collapses in Corvella\n\nA section of the Aldren "
     "viaduct in Corvella gave way on Tuesday, killing 30 drivers, the Teravan interior "
     "minister Ilo Mardes said."),
    ("daily-en", "en", "2031-08-15", "Corvella toll rises\n\nRescuers at the Aldren viaduct in "
     "Corvella found more bodies, and Ilo Mardes said the toll would rise."),
    ("paper-en", "en", "2031-08-15", "Corvella mourns\n\nCorvella declared two days of mourning "
     "for the dead of the Aldren viaduct, the Teravan interior minister Ilo Mardes said."),
    ("radio-en", "en", "2031-08-16", "Search ends in Corvella\n\nThe search at the Aldren viaduct "
     "in Corvella ended on 16 August 2031 when the last drivers were found, Ilo Mardes said."),
]
#: A later collapse in the same region: no date of its own, names of its own, the event's
#: city and bridge recalled with the year only.
LATER = ("site-en", "en", "", "Another bridge falls\n\nA bridge over the river Oscan near "
         "Pellino collapsed in the Marven hills, and two van drivers from Tassona were hurt, "
         "the Marven civil guard chief Rena Voss said. In August 2031, 30 drivers had died when "
         "the Aldren viaduct collapsed in Corvella.")


def _verdicts(root: Path, title: str, pages: list) -> dict[str, bool]:
    return {v.article: v.sure for v in judge_pages(loaded_pages(root, title, pages))}


@pytest.mark.parametrize("title", ["The Corvella bridge collapse", GIVEN])
def test_a_page_recalling_the_events_year_is_flagged(tmp_path: Path, title: str) -> None:
    verdicts = _verdicts(tmp_path, title, [*EVENT, LATER])
    assert verdicts.get("site-en") is True
    assert not {stem for stem, sure in verdicts.items() if sure} - {"site-en"}


def test_the_same_page_published_in_the_events_days_recalls_nothing(tmp_path: Path) -> None:
    dated = (LATER[0], LATER[1], "2031-08-15", LATER[3])
    found = judge_pages(loaded_pages(tmp_path, GIVEN, [*EVENT, dated]))
    assert not [v for v in found if "time past" in v.text]


def test_an_undated_report_writing_the_events_full_date_is_not_flagged(tmp_path: Path) -> None:
    own = ("blog-en", "en", "", "Corvella counts its dead\n\nThe Aldren viaduct in Corvella "
           "gave way on 14 August 2031, and Ilo Mardes of the Teravan interior ministry said "
           "the search for drivers would go on.")
    assert "blog-en" not in _verdicts(tmp_path, GIVEN, [*EVENT, own])


@pytest.mark.parametrize(("text", "language", "years"), [
    ("In August 2031, 30 drivers had died", "en", [2031]),
    ("un precedente era accaduto nel 2031, con", "it", [2031]),
    ("en noviembre de 2031 dejó ocho muertos", "es", [2031]),
    ("revives memories of the 2031 disaster", "en", [2031]),
    ("gave way on 14 August 2031", "en", []),
    ("the floods of July 14 and 15, 2031 killed", "en", []),
    ("qui avait fait 43 morts le 14 août 2031", "fr", []),
    ("am 14. August 2031", "de", []),
    (" date 2031-08 A bridge", "en", []),
    ("2031年8月14日", "zh", []),
    ("opened in 1967, renovated on 3 May 2031", "en", [1967]),
])
def test_years_written_without_their_day(text: str, language: str, years: list[int]) -> None:
    assert [y for _at, y in years_without_day(text, language)] == years


def test_a_look_back_with_the_events_names_is_a_question(tmp_path: Path) -> None:
    """An anniversary piece of the event itself recalls its year too; its names are the event's:
    the analyst is asked, nothing is kept out."""
    back = ("mag-en", "en", "", "Corvella remembers\n\nIn August 2031 the Aldren viaduct gave "
            "way in Corvella, and Ilo Mardes of the Teravan interior ministry spoke again at the "
            "Aldren viaduct about the drivers who died.")
    assert _verdicts(tmp_path, GIVEN, [*EVENT, back]).get("mag-en") is False


def test_an_earlier_month_of_the_events_year_is_no_recall(tmp_path: Path) -> None:
    """A report of the event may write of an earlier month of its year: the bridge's last
    inspection, months before it fell, is the event's own story."""
    own = ("local-en", "en", "", "What the inspectors saw\n\nThe Aldren viaduct in Corvella was "
           "inspected in March 2031 by the engineer Tomas Rell of the Veltran roads office, who "
           "found no cracks, said Lia Moren of the Halvor institute.")
    found = judge_pages(loaded_pages(tmp_path, GIVEN, [*EVENT, own]))
    assert not [v for v in found if v.article == "local-en"]


#: Reports of the event that write its year as the span up to now, the event counted in it,
#: as a plan's target or as the frame of a ranking (review 8): no look back. The first English
#: row names no city, so it was flagged as sure before.
TO_DATE = [
    ("en", "Bridge falls\n\nA motorway bridge gave way on Tuesday, the deadliest collapse so far "
     "in 2031 in the region, rescuers said, as cranes lifted the cars from the river."),
    ("en", "Corvella counts its dead\n\nThe Aldren viaduct in Corvella gave way on Tuesday, the "
     "fourth collapse since the start of 2031, and Ilo Mardes of the Teravan interior ministry "
     "said the search for drivers would go on."),
    ("es", "Cae el viaducto\n\nEl viaducto Aldren de Corvella se derrumbó el martes, el peor "
     "accidente en lo que va de 2031, dijo el ministro Ilo Mardes, y la búsqueda sigue."),
    ("it", "Crolla il viadotto\n\nIl viadotto Aldren a Corvella è crollato martedì, il quarto "
     "crollo dall'inizio del 2031, ha detto il ministro Ilo Mardes, e le ricerche continuano."),
    ("de", "Brücke eingestürzt\n\nDas Aldren-Viadukt in Corvella ist am Dienstag eingestürzt, "
     "der vierte Einsturz seit Anfang 2031, sagte Minister Ilo Mardes, die Suche geht weiter."),
    # the year as a target, a plan's (the words of generator.text.recalled)
    ("en", "Corvella counts its dead\n\nThe Aldren viaduct in Corvella gave way on Tuesday, and "
     "Ilo Mardes of the Teravan interior ministry said a temporary bridge would open by the end "
     "of 2031."),
    ("it", "Crolla il viadotto\n\nIl viadotto Aldren a Corvella è crollato martedì, e il "
     "ministro Ilo Mardes ha detto che un ponte provvisorio sarà pronto entro il 2031."),
    # the year as the frame of a ranking (the English row names no city: sure before)
    ("en", "Bridge falls\n\nA motorway bridge gave way on Tuesday, the deadliest collapse of "
     "2031 in the region, rescuers said, as cranes lifted the cars from the river."),
    ("it", "Crolla il viadotto\n\nIl viadotto Aldren a Corvella è crollato martedì: è il crollo "
     "più grave del 2031, ha detto il ministro Ilo Mardes, e le ricerche continuano."),
    ("es", "Cae el viaducto\n\nEl viaducto Aldren de Corvella se derrumbó el martes, el peor "
     "accidente de 2031, dijo el ministro Ilo Mardes, y la búsqueda sigue."),
    ("fr", "Le viaduc s'effondre\n\nLe viaduc Aldren de Corvella s'est effondré mardi, "
     "l'accident le plus meurtrier de 2031, a dit le ministre Ilo Mardes."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), TO_DATE)
def test_a_report_counting_its_year_so_far_recalls_nothing(tmp_path: Path, language: str,
                                                           text: str) -> None:
    own = ("blog", language, "", text)
    found = judge_pages(loaded_pages(tmp_path, GIVEN, [*EVENT, own]))
    assert not [v for v in found if v.article == "blog"]


def test_most_of_those_killed_in_the_year_is_still_a_recall(tmp_path: Path) -> None:
    # "most of" is no superlative: the later collapse recalling the event's dead is flagged
    # (fails on the ranking rule's first form, which read "most of" as one)
    later = (LATER[0], LATER[1], LATER[2], LATER[3].replace(
        "In August 2031, 30 drivers had died when the Aldren viaduct collapsed in Corvella.",
        "Most of the drivers killed in 2031 on the Aldren viaduct in Corvella were local."))
    assert later[3] != LATER[3]
    assert _verdicts(tmp_path, GIVEN, [*EVENT, later]).get("site-en") is True

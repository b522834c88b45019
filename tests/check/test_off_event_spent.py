"""Pages of the spent sealed sets flagged as another event's though they report the event.

A page alone in its language, as an independent source, writes the event's names in its own
words: the town by its exonym, the region and the country as its language spells them, so
almost none of its many names are those of the pages naming the event. Where the event's
names are two (the storm and the town it struck), such a page naming one of them had been
flagged on its names alone, unless it named most of them. It now is not when it is dated near
the days of the pages naming the event (too few dated to make its days) and no other
independent source names that one without the other: a storm's other country is reported by
pages naming the storm and not the town, and a stray page of it, undated, says nothing for
itself (the neighbours below, which stay flagged). A story carried
by two sites of one language is one source there: alone in it too. Every place, storm and
person below is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: One of them dated: too few to make the event's days; the day of the pages naming it.
D2, D3, D4 = "2031-03-02", "", ""
LATER = "2031-03-14"
#: Reports of the event naming the storm (Kelda) and the town it struck (Marvik).
OWN = [
    ("en-a", "en", D2, "The storm Kelda flooded Marvik on Sunday night. Rescuers in Marvik "
     "searched the harbour as Kelda moved east toward Dunby."),
    ("en-b", "en", D3, "Families in Marvik counted their losses after Kelda tore through the "
     "port. Mayor Tove Arnes said the harbour wall gave way."),
    ("en-c", "en", D3, "Engineers inspected the harbour wall of Marvik after Kelda, officials "
     "said. Arnes ordered an inquiry into the warnings."),
    ("en-d", "en", D3, "Ferries to Marvik stayed in port on Monday while Kelda weakened. The "
     "coast guard in Dunby said four boats sank."),
    ("en-e", "en", D4, "Schools in Marvik will stay shut until Kelda's floods recede, Arnes "
     "told reporters by the harbour."),
]
#: The event's report alone in its language, ten days on: the storm named, the town by its own
#: exonym, and the country, region, officials and services in that language's words.
LONE = {
    "fr": ("fr-a", "fr", LATER, "La tempête Kelda a inondé Aubelle dans la nuit de dimanche. "
           "Selon la Protection Civile et la Préfecture de Norlande, la Gendarmerie et les "
           "Pompiers de Vestrie cherchent les disparus. Le Ministère de l'Intérieur a ouvert "
           "une cellule de crise à Brévaux, et la Croix-Rouge accueille les familles."),
    "es": ("es-a", "es", LATER, "La tormenta Kelda inundó Albela en la noche del domingo. Según "
           "Protección Civil y la Prefectura de Norlandia, la Guardia Civil y los Bomberos de "
           "Vestria buscan a los desaparecidos. El Ministerio del Interior abrió un gabinete "
           "de crisis en Brevalo, y la Cruz Roja acoge a las familias."),
    "it": ("it-a", "it", LATER, "La tempesta Kelda ha allagato Albella nella notte di domenica. "
           "Secondo la Protezione Civile e la Prefettura di Norlandia, i Carabinieri e i Vigili "
           "del Fuoco di Vestria cercano i dispersi. Il Ministero dell'Interno ha aperto "
           "un'unità di crisi a Brevalle, e la Croce Rossa accoglie le famiglie."),
}
#: The neighbour: the same storm in its other country, reported by two pages naming the storm
#: and not the town: the storm's name is then another event's too.
OTHER_COUNTRY = [
    ("en-x", "en", "", "Kelda flooded the valley of Oskary on Tuesday, where rivers burst their "
     "banks. Governor Pell Hanran closed the roads to Tirna."),
    ("en-y", "en", "", "In Oskary, Kelda cut power to Tirna and Helvo. Hanran asked the army "
     "for help as the rivers rose."),
]


@pytest.mark.parametrize("language", sorted(LONE))
def test_a_lone_report_naming_the_storm_and_the_town_by_its_exonym_is_not_flagged(
        tmp_path: Path, language: str) -> None:
    verdicts = judge_pages(loaded_pages(tmp_path, "The storm Kelda", [*OWN, LONE[language]]))
    assert not [v.article for v in verdicts if v.sure], [v.text for v in verdicts]


@pytest.mark.parametrize("language", sorted(LONE))
def test_the_same_page_when_other_sources_name_the_storm_alone_is_still_flagged(
        tmp_path: Path, language: str) -> None:
    verdicts = judge_pages(loaded_pages(tmp_path, "The storm Kelda",
                                        [*OWN, *OTHER_COUNTRY, LONE[language]]))
    assert LONE[language][0] in {v.article for v in verdicts if v.sure}, \
        [v.text for v in verdicts]


@pytest.mark.parametrize("language", sorted(LONE))
def test_one_story_on_two_sites_of_one_language_is_alone_in_it(
        tmp_path: Path, language: str) -> None:
    stem, lang, published, text = LONE[language]
    copy = (stem[:3] + "copy", lang, published, text)
    verdicts = judge_pages(loaded_pages(tmp_path, "The storm Kelda",
                                        [*OWN, LONE[language], copy]))
    assert not [v.article for v in verdicts if v.sure], [v.text for v in verdicts]


@pytest.mark.parametrize("language", sorted(LONE))
def test_the_same_page_undated_is_still_flagged(tmp_path: Path, language: str) -> None:
    stem, lang, _published, text = LONE[language]
    undated = (stem, lang, "", text)
    verdicts = judge_pages(loaded_pages(tmp_path, "The storm Kelda", [*OWN, undated]))
    assert stem in {v.article for v in verdicts if v.sure}, [v.text for v in verdicts]

"""A story and its translation are one source; an independent report of the same event in the
other language is not (issue 15: :mod:`generator.analyse.translations`).

Each case is one event in three articles: an outlet's story, its translation into another
language sentence by sentence, and a third outlet's own report of the event in the
translation's language, with the same toll, the same place, the same official and the same
figures (the neighbour a translation rule must keep apart). All names, places and figures are
invented.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.analyse.analysis import analyse
from generator.analyse.copies import Copies
from generator.analyse.translations import aligned, signature
from generator.site.paths import article_page
from generator.site.pipeline import generate, run_check
from tests.analyse.test_copies import add_article

#: A coach crash, in English; its Spanish translation; a Spanish paper's own report.
COACH_EN = """Coach plunges into ravine near Castelmoro, 23 dead

CASTELMORO — A coach carrying 41 pilgrims plunged into a ravine near Castelmoro on Sunday, \
killing 23 people and injuring 17, regional governor Elsa Marvani said.

The coach, run by Trental Lines, left the road on a bend about 6 kilometres north of the town.

Rescuers from Brevona and Castelmoro worked for 9 hours to reach the wreck, which lay 60 metres \
below the road.

Marvani said 12 of the injured were in a critical condition at the hospital in Brevona.

Trental Lines said the coach was bought in 2016 and had passed its last inspection in March.
"""
COACH_ES = """Un autocar cae por un barranco cerca de Castelmoro: 23 muertos

CASTELMORO — Un autocar que transportaba a 41 peregrinos cayó el domingo por un barranco cerca \
de Castelmoro, causando la muerte de 23 personas e hiriendo a 17, informó la gobernadora \
regional Elsa Marvani.

El autocar, de la empresa Trental Lines, se salió de la carretera en una curva a unos 6 \
kilómetros de la ciudad, hacia el norte.

Los rescatistas de Brevona y Castelmoro trabajaron durante 9 horas para llegar a los restos, que \
se encontraban 60 metros por debajo de la carretera.

Marvani dijo que 12 de los heridos se encontraban en estado crítico en el hospital de Brevona.

Trental Lines indicó que el autocar fue comprado en 2016 y había pasado su última inspección en \
marzo.
"""
COACH_ES_OWN = """Luto en Castelmoro tras el accidente del autocar de peregrinos

El hospital de Brevona atendía el lunes a 12 heridos graves, un día después de que un autocar \
de Trental Lines cayera por un barranco cerca de Castelmoro.

La gobernadora Elsa Marvani elevó el balance a 23 muertos y 17 heridos entre los 41 ocupantes \
del vehículo, que se precipitó 60 metros.

Nuestro enviado habló con vecinos que bajaron al barranco con cuerdas antes de que llegaran los \
equipos de emergencia.

La empresa no ha explicado por qué el conductor tomó esa carretera. Los equipos de Castelmoro \
trabajaron durante 9 horas.
"""

#: A flood, in French; its English translation; an English site's own report, which gives the
#: same figures in the same order in sentences cut its own way.
FLOOD_FR = """Crue de la Vésonne : 7 morts à Saint-Aubrel

SAINT-AUBREL — La crue de la Vésonne a fait 7 morts et 3 disparus entre lundi soir et mardi matin \
à Saint-Aubrel, a annoncé le préfet Armand Delcroix.

La rivière est montée de 4,2 mètres en moins de 6 heures, selon Vigicrues, et 1 300 habitants \
ont été évacués.

Les pompiers du Valmont et de la Sorbière ont mené 240 sauvetages, dont 35 par hélicoptère.

Delcroix a indiqué que 18 communes avaient demandé la reconnaissance de l'état de catastrophe \
naturelle.

La dernière crue comparable remonte à 1958, quand la Vésonne avait emporté le pont de Lirac.
"""
FLOOD_EN = """Vesonne flood: 7 dead in Saint-Aubrel

SAINT-AUBREL — The flooding of the Vesonne killed 7 people and left 3 missing overnight from \
Monday to Tuesday in Saint-Aubrel, prefect Armand Delcroix announced.

The river rose 4.2 metres in less than 6 hours, according to Vigicrues, and 1,300 residents \
were evacuated.

Firefighters from Valmont and Sorbière carried out 240 rescues, 35 of them by helicopter.

Delcroix said 18 municipalities had applied for recognition of a natural disaster.

The last comparable flood dates back to 1958, when the Vesonne swept away the bridge at Lirac.
"""
FLOOD_EN_OWN = """Seven dead as the Vesonne floods Saint-Aubrel

The Vesonne burst its banks overnight, and by Tuesday morning prefect Armand Delcroix was \
counting 7 dead and 3 missing in Saint-Aubrel, where the water climbed 4.2 metres in under 6 \
hours and 1,300 people had to leave their homes.

"We have never seen it come up so fast," said Marie Tellin, who runs a bakery by the old quay.

Crews from Valmont and Sorbière, who made 240 rescues including 35 from the air, were still \
searching the lower town that afternoon, and Delcroix said 18 towns would seek disaster status.

Older residents compared it with 1958.
"""

#: A warehouse fire, in German; its Italian translation; an Italian paper's own report.
FIRE_DE = """Großbrand in Lagerhalle in Oberhalden: 4 Tote

OBERHALDEN — Bei einem Großbrand in einer Lagerhalle der Firma Kessmann sind am Donnerstag in \
Oberhalden 4 Menschen ums Leben gekommen, 11 wurden verletzt, wie die Polizei Weidenau mitteilte.

Das Feuer brach gegen Mittag in der 8000 Quadratmeter großen Halle aus und war noch 30 \
Kilometer entfernt zu sehen.

Rund 150 Einsatzkräfte aus Oberhalden und Brückstedt kämpften 14 Stunden gegen die Flammen.

Polizeisprecher Jonas Fellberg sagte, 2 der Verletzten schwebten in Lebensgefahr.

Die Halle war erst 2019 errichtet worden; Kessmann beziffert den Schaden auf 25 Millionen Euro.
"""
FIRE_IT = """Maxi incendio in un capannone a Oberhalden: 4 morti

OBERHALDEN — Un vasto incendio in un capannone della ditta Kessmann ha causato giovedì a \
Oberhalden la morte di 4 persone e il ferimento di altre 11, come ha comunicato la polizia di \
Weidenau.

Il fuoco è divampato verso mezzogiorno nel capannone di 8000 metri quadrati ed era visibile a 30 \
chilometri di distanza.

Circa 150 soccorritori di Oberhalden e Brückstedt hanno combattuto le fiamme per 14 ore.

Il portavoce della polizia Jonas Fellberg ha detto che 2 dei feriti sono in pericolo di vita.

Il capannone era stato costruito solo nel 2019; Kessmann stima i danni in 25 milioni di euro.
"""
FIRE_IT_OWN = """Oberhalden, fiamme nel deposito Kessmann

"Due feriti sono in pericolo di vita", ha detto giovedì sera Jonas Fellberg, portavoce della \
polizia di Weidenau, che ha confermato 4 morti e 11 feriti.

Dalla nostra corrispondente: a Brückstedt il fumo ha costretto le scuole a chiudere e le strade \
sono rimaste bloccate fino a sera.

Il capannone, costruito nel 2019, si estendeva su 8000 metri quadrati; circa 150 soccorritori \
hanno lavorato 14 ore e i danni superano i 25 milioni di euro.
"""

CASES = {
    "en-es": ((COACH_EN, "en"), (COACH_ES, "es"), (COACH_ES_OWN, "es")),
    "fr-en": ((FLOOD_FR, "fr"), (FLOOD_EN, "en"), (FLOOD_EN_OWN, "en")),
    "de-it": ((FIRE_DE, "de"), (FIRE_IT, "it"), (FIRE_IT_OWN, "it")),
}


def three_reports(example: Path, case: str) -> Copies:
    """The story (first published), its translation and the neighbour, each its own outlet's."""
    for (text, language), stem, outlet, hour in zip(
            CASES[case], ("story", "translation", "neighbour"),
            ("levant-wire", "desert-digest", "frontline-journal"), (8, 11, 14), strict=True):
        add_article(example, stem, text, f"2031-05-02T{hour:02d}:00:00+00:00", outlet=outlet,
                    language=language)
    checked, problems = run_check(example / "content")
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return analyse(checked).copies


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_a_translation_is_one_source_with_its_story_and_the_neighbour_is_not(
    example: Path, case: str
) -> None:
    copies = three_reports(example, case)
    family = copies.family_of.get("translation")
    assert family is not None and family is copies.family_of.get("story")
    assert family.member("translation").translation
    assert not family.member("story").translation
    assert family.member("translation").share > 0.5  # its sentences render the story's
    assert copies.independent(["story", "translation"]) == 1
    # the same toll, place, official and figures, in the report's own order and sentences
    assert "neighbour" not in family.articles
    assert copies.independent(["story", "neighbour"]) == 2
    assert copies.independent(["translation", "neighbour"]) == 2


def _article(text: str, language: str) -> SimpleNamespace:
    """What :func:`signature` reads of an article: its story text (no headline), its language."""
    return SimpleNamespace(text=text.partition("\n\n")[2].strip(), language=language)


def test_the_same_marks_out_of_order_are_no_translation() -> None:
    """An alignment in order, not a bag: the translation's sentences shuffled carry every
    number and name of the story, and follow it at one sentence only (the middle one)."""
    story = signature(_article(FLOOD_FR, "fr"))
    headline, _, body = FLOOD_EN.partition("\n\n")
    paragraphs = body.strip().split("\n\n")
    shuffled = "\n\n".join([headline, *reversed(paragraphs)])
    assert aligned(story, signature(_article(FLOOD_EN, "en"))) is not None
    assert aligned(story, signature(_article(shuffled, "en"))) is None


@pytest.mark.slow
def test_the_built_site_shows_the_translation_in_the_family(example: Path) -> None:
    three_reports(example, "fr-en")
    pages = generate(example / "content").rendered.pages
    assert 'A translation: ' in pages[article_page("translation")]
    assert "A translation" not in pages[article_page("neighbour")]
    assert "A copy: " in pages[article_page("story")]
    assert "(a translation)" in pages["outlets/index.md"]


#: A storm in English, three sentences with figures and three without; its French translation;
#: and a French page that gives the same three figured sentences in the same places but writes
#: its own sentences between them, cut its own way (the lengths do not follow).
STORM_EN = """Storm Ilvana hits Marrow Bay

Storm Ilvana brought winds of 142 kilometres an hour to Marrow Bay on Friday, cutting power to \
38,000 homes, the utility Nordgrid said. Fishing boats stayed in port all day. In Marrow Bay \
itself, 14 people were taken to hospital with injuries from falling trees and roofs, mayor Odile \
Franck said. The schools of the district will stay closed until the roads are cleared. Nordgrid \
said 9,500 homes were still without power on Saturday evening, most of them around Kessock. \
Forecasters expect calmer weather from Monday onwards.
"""
STORM_FR = """La tempête Ilvana frappe Marrow Bay

La tempête Ilvana a apporté vendredi des vents de 142 kilomètres par heure à Marrow Bay, privant \
38 000 foyers d'électricité, a indiqué le fournisseur Nordgrid. Les bateaux de pêche sont restés \
au port toute la journée. À Marrow Bay même, 14 personnes ont été hospitalisées, blessées par des \
chutes d'arbres et de toitures, a déclaré la maire Odile Franck. Les écoles du district resteront \
fermées jusqu'au dégagement des routes. Nordgrid a indiqué que 9 500 foyers étaient encore privés \
de courant samedi soir, la plupart autour de Kessock. Les prévisionnistes attendent un temps plus \
calme à partir de lundi.
"""
STORM_FR_OWN = """La tempête Ilvana frappe Marrow Bay

La tempête Ilvana a apporté vendredi des vents de 142 kilomètres par heure à Marrow Bay, privant \
38 000 foyers d'électricité, a indiqué le fournisseur Nordgrid. Quelle nuit ! À Marrow Bay même, \
14 personnes ont été hospitalisées, blessées par des chutes d'arbres et de toitures, a déclaré la \
maire Odile Franck. Sur le port, notre envoyé a vu les pêcheurs passer la matinée à vérifier les \
amarres de leurs bateaux, à écoper les cales et à compter les casiers emportés par la houle de la \
nuit. Nordgrid a indiqué que 9 500 foyers étaient encore privés de courant samedi soir, la plupart \
autour de Kessock. Le reste ? Attendre.
"""


def test_a_translation_keeps_the_lengths_of_sentences_without_figures() -> None:
    """Figures in the same sentences are not enough: a translator renders every sentence, and
    the sentences with no number or name keep their lengths too."""
    story = signature(_article(STORM_EN, "en"))
    assert aligned(story, signature(_article(STORM_FR, "fr"))) is not None
    assert aligned(story, signature(_article(STORM_FR_OWN, "fr"))) is None


def _with_sentence_added(text: str, after: int, sentence: str) -> str:
    """``text`` with ``sentence`` added as a paragraph of its own after paragraph ``after``
    of its story (the headline not counted)."""
    headline, _, body = text.partition("\n\n")
    paragraphs = body.strip().split("\n\n")
    return "\n\n".join([headline, *paragraphs[:after], sentence, *paragraphs[after:]])


def test_a_translation_that_adds_a_sentence_midway_still_follows_its_story() -> None:
    """A translator's page adds a sentence of its own after the second paragraph: its rest
    follows the story one sentence on (trial 38: an Italian and a Portuguese rendering of one
    agency story were two sources). The shuffled page still follows at one sentence only."""
    story = signature(_article(COACH_EN, "en"))
    added = _with_sentence_added(
        COACH_ES, 2, "La carretera de montaña había sido reparada el otoño pasado por la "
                     "diputación.")
    assert aligned(story, signature(_article(added, "es"))) is not None
    assert aligned(story, signature(_article(COACH_ES_OWN, "es"))) is None

"""A wire story in another language (issue 15): what Briefing counts.

Copy families are found by shared six-word runs, which a translation does not share with its
source. Issue 15's round 6 measured eight language-independent fingerprints (numbers, dates and
names in order, weighted by rarity, aligned sentence by sentence, cognate skeletons, sentence
lengths) and found none that kept apart the independent reports of one event, which share its
toll, its place and its day (FIDELITY.md, "Copies"). Round sptrans wired in a stricter one: the
marks (numbers, folded names) aligned along one diagonal of the sentence grid, most sentences
of the overlap following the other text's at like length (:mod:`generator.analyse.translations`,
more cases in ``tests/analyse/test_translations.py``). These invented cases hold both halves: an
independent report in another language stays its own source, and a translation is one source
with its story.
All names, places and figures below are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.site.pipeline import run_check
from tests.analyse.test_copies import add_article

#: A wire story: a ferry lost on an invented lake, its toll, its place, its day.
STORY = """Ferry sinks on Lake Orvenne, fourteen dead

PORT ALVARO — A passenger ferry capsized on Lake Orvenne on Tuesday, killing 14 people and \
leaving 9 missing, the regional rescue service said.

The Santa Ilde was carrying 63 passengers and 5 crew when it overturned about 2.5 kilometres \
from the pier at Port Alvaro, according to harbour master Teodor Vasquel.

Divers recovered the bodies of 11 passengers by nightfall. Three more were found in the reeds \
along the eastern shore.

"The wind came from nowhere," Vasquel told reporters, adding that the ferry had been inspected \
in 2021.
"""

#: The same story as a Spanish outlet runs it: every sentence translated, in the same order.
TRANSLATION = """Naufraga un ferri en el lago Orvenne, catorce muertos

PORT ALVARO — Un ferri de pasajeros volcó el martes en el lago Orvenne, causando la muerte de \
14 personas y dejando 9 desaparecidos, informó el servicio regional de rescate.

El Santa Ilde transportaba a 63 pasajeros y 5 tripulantes cuando volcó a unos 2,5 kilómetros \
del muelle de Port Alvaro, según el capitán del puerto Teodor Vasquel.

Los buzos recuperaron los cuerpos de 11 pasajeros al caer la noche. Otros tres fueron hallados \
entre los juncos de la orilla oriental.

"El viento salió de la nada", dijo Vasquel a los periodistas, y añadió que el ferri había sido \
inspeccionado en 2021.
"""

#: A French outlet's own report of the same sinking: the same toll, place, day and harbour
#: master, in its own order and words, with its own reporting.
INDEPENDENT = """Naufrage meurtrier sur le lac Orvenne

Le bilan du naufrage du Santa Ilde s'élevait mercredi à 14 morts et 9 disparus, selon la \
préfecture, au lendemain du chavirage survenu mardi au large de Port Alvaro.

Notre correspondante a rencontré des familles sur le quai, où une cellule d'accueil a été \
ouverte dans le gymnase municipal.

Le capitaine du port, Teodor Vasquel, a indiqué que le bateau transportait 68 personnes. Une \
enquête a été confiée à la gendarmerie fluviale, qui entendra l'équipage jeudi.
"""


@pytest.fixture
def three_reports(example: Path):
    add_article(example, "wire-ferry", STORY, "2021-06-01T10:00:00+00:00",
                outlet="levant-wire", language="en")
    add_article(example, "spanish-ferry", TRANSLATION, "2021-06-01T12:00:00+00:00",
                outlet="desert-digest", language="es")
    add_article(example, "french-ferry", INDEPENDENT, "2021-06-02T08:00:00+00:00",
                outlet="frontline-journal", language="fr")
    checked, problems = run_check(example / "content")
    assert not problems.errors, [p.format() for p in problems.errors]
    return analyse(checked).copies


def test_an_independent_report_in_another_language_is_its_own_source(three_reports) -> None:
    """Sharing the toll, the place, the day and a named official is what every report of one
    event does: the French report is not a copy of the wire story, nor of its translation."""
    copies = three_reports
    assert "french-ferry" not in copies.family_of
    assert copies.origin("french-ferry") == "outlet:frontline-journal"
    assert copies.independent(["wire-ferry", "french-ferry"]) == 2
    assert copies.independent(["spanish-ferry", "french-ferry"]) == 2


def test_a_translated_wire_story_is_one_source_with_it(three_reports) -> None:
    """Its sentences render the story's one by one, in order (:mod:`.translations`; the strict
    xfail of round 6, turned on by the rule that finds it)."""
    copies = three_reports
    assert copies.independent(["wire-ferry", "spanish-ferry"]) == 1
    assert copies.family_of["spanish-ferry"].member("spanish-ferry").translation


@pytest.mark.slow
@pytest.mark.parametrize(("url", "one_source"), [
    ("https://desert.example/mundo/ap/naufraga-un-ferri", True),
    ("https://desert.example/internacional/associated-press/2021/06/01/ferri", True),
    # the article's own name is no section: a story *about* the agency credits nothing
    ("https://desert.example/mundo/ap-naufragio-ferri", False),
    ("https://desert.example/mundo/naufraga-un-ferri", False),
])
def test_a_translation_filed_under_the_agency_is_the_agency_story(
    example: Path, url: str, one_source: bool
) -> None:
    """A site that files a translated wire story under the agency's section of its address
    says whose story it is, though no credit survives the translation: one source with the
    agency's own copy, however little text they share. (The translation's first two
    paragraphs only: too little to follow the story sentence by sentence, so that only the
    address can tell.)"""
    add_article(example, "wire-ferry", STORY.replace("PORT ALVARO —", "PORT ALVARO (AP) —"),
                "2021-06-01T10:00:00+00:00", language="en")
    opening = "\n\n".join(TRANSLATION.replace("PORT ALVARO — ", "").split("\n\n")[:3])
    add_article(example, "spanish-ferry", opening + "\n",
                "2021-06-01T12:00:00+00:00", outlet="desert-digest", language="es", url=url)
    checked, problems = run_check(example / "content")
    assert not problems.errors, [p.format() for p in problems.errors]
    copies = analyse(checked).copies
    assert copies.origin("wire-ferry") == "agency:AP"
    assert (copies.independent(["wire-ferry", "spanish-ferry"]) == 1) is one_source

"""A behavioural checklist of what befell the counted people, outranking their noun (issue #16,
round chk52b).

On a sealed set of unseen events ``briefing extract`` read the right value but the wrong
measure, or missed the figure, where the counted noun names one category (survivors, victims,
families, villages) and the verb says what befell them. One invented sentence (names, places
and numbers made up) per shape and language of the press (en, fr, de, es, it, pt), each with a
neighbour that must keep its reading, in the format of :mod:`test_figure_checklist` (chk50f):

1. admitted to or treated in hospital outranks the noun (injured), even after "another";
2. "another N" with no noun and a raising verb ("were confirmed to have died", "seraient
   morts", "sollen gestorben sein") counts the dead;
3. the verb says the people were affected ("500 familles ont été touchées"), and places the
   event struck are the object of a verb of destruction ("swept away two villages").

A case still misread is kept with ``xfail(strict=True)`` and the gap named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_figure_checklist import Other, checklist_params, drafted_figures, holds

#: (language, shape, page text, the (value, measure) pairs expected, or Other(value, measure))
CASES = [
    # ------------------------------------------------ 1. admitted to / treated in hospital
    ("en", "another-admitted", "Floodwater killed 37 people in Marrow Creek. Another 85 victims "
     "were admitted for treatment at clinics and hospitals.", [(37, "dead"), (85, "injured")]),
    ("en", "survivors-treated", "Some 63 survivors are being treated in local hospitals.",
     [(63, "injured")]),
    ("fr", "survivants-admis", "Quelque 63 survivants sont actuellement admis dans plusieurs "
     "hôpitaux de la région.", [(63, "injured")]),
    ("fr", "rescapes-soignes", "Les 63 rescapés sont soignés à l'hôpital de Valmont.",
     [(63, "injured")]),
    ("es", "atrapadas-trasladadas", "Unas 35 personas atrapadas en el lodo fueron trasladadas a "
     "los hospitales de la zona.", [(35, "injured")]),
    ("es", "supervivientes-ingresados", "Los 63 supervivientes están ingresados en varios "
     "hospitales.", [(63, "injured")]),
    ("de", "ueberlebende-behandelt", "63 Überlebende werden in Krankenhäusern der Region "
     "behandelt.", [(63, "injured")]),
    ("it", "sopravvissuti-ricoverati", "I 63 sopravvissuti sono ricoverati in diversi ospedali "
     "della zona.", [(63, "injured")]),
    ("pt", "sobreviventes-internados", "Os 63 sobreviventes foram internados no hospital da "
     "cidade.", [(63, "injured")]),
    # neighbours: pulled from the rubble, trapped with no hospital verb, victims buried
    ("en", "survivors-pulled", "Some 63 survivors were pulled from the rubble overnight.",
     [(63, "rescued")]),
    # (the trapped measure the missing since the fortieth stop: tests/corpus/README.md)
    ("es", "atrapadas-only", "Unas 35 personas quedaron atrapadas en el lodo.",
     [(35, "missing")]),
    ("en", "trapped-only", "About 35 people trapped in the mud waited for help.",
     [(35, "missing")]),
    ("en", "victims-buried", "Some 85 victims were buried on Saturday.", [(85, "dead")]),
    ("fr", "survivants-extraits", "Quelque 63 survivants ont été extraits des décombres.",
     [(63, "rescued")]),
    # admitted to a school, not a hospital
    ("fr", "eleves-admis-lycee", "Les 30 élèves admis dans le nouveau lycée ont repris les "
     "cours.", [Other(30, "injured")]),
    ("en", "students-admitted-school", "The 30 students admitted to the new school resumed "
     "classes.", [Other(30, "injured")]),
    # ------------------------------------------------ 2. "another N" and a raising verb
    ("en", "another-confirmed-died", "The toll rose to 71 on Monday. Another 28 were confirmed "
     "to have died, the governor added.", [(71, "dead"), (28, "dead")]),
    ("en", "feared-drowned", "At least 16 are feared to have drowned in the river.",
     [(16, "dead")]),
    ("en", "believed-killed", "Some 23 are believed to have been killed in the blast.",
     [(23, "dead")]),
    ("es", "se-cree-murieron", "Se cree que otros 28 murieron en la avalancha.",
     [(28, "dead")]),
    ("fr", "autres-seraient-morts", "Selon la préfecture, 28 autres seraient morts dans la "
     "coulée.", [(28, "dead")]),
    ("de", "weitere-sollen-gestorben", "Weitere 28 sollen in der Lawine gestorben sein.",
     [(28, "dead")]),
    ("it", "altri-sarebbero-morti", "Altri 28 sarebbero morti nella frana.", [(28, "dead")]),
    ("pt", "outros-terao-morrido", "Outros 28 terão morrido no deslizamento.", [(28, "dead")]),
    # neighbours: survived is no death; "confirmed dead" stays read
    ("en", "another-confirmed-survived", "Another 28 were confirmed to have survived, the "
     "governor added.", [Other(28, "dead")]),
    ("en", "confirmed-dead", "At least 28 were confirmed dead by the coroner.", [(28, "dead")]),
    # ------------------------------------------------ 3. affected by the verb; places struck
    ("fr", "familles-touchees", "Environ 450 familles ont été touchées par la crue.",
     [(450, "affected")]),
    ("en", "families-affected", "Some 450 families were affected by the flood.",
     [(450, "affected")]),
    ("de", "familien-betroffen", "Rund 450 Familien sind von dem Hochwasser betroffen.",
     [(450, "affected")]),
    ("es", "familias-afectadas", "Unas 450 familias se vieron afectadas por la crecida.",
     [(450, "affected")]),
    ("it", "famiglie-colpite", "Circa 450 famiglie colpite dalla piena.", [(450, "affected")]),
    ("pt", "familias-atingidas", "Cerca de 450 famílias foram atingidas pela cheia.",
     [(450, "affected")]),
    ("en", "swept-villages", "The torrent swept away three villages on the slope.",
     [(3, "affected")]),
    ("fr", "balaye-villages", "Le torrent a balayé trois villages de la vallée.",
     [(3, "affected")]),
    ("es", "arraso-aldeas", "La riada arrasó tres aldeas del valle.", [(3, "affected")]),
    # the same in the passive, the participle after the count (an aside page's shape)
    ("en", "villages-washed-away", "Some 700 villages have been swept away across "
     "the province.", [(700, "affected")]),
    ("fr", "villages-balayes", "Trois villages ont été balayés par le torrent.",
     [(3, "affected")]),
    ("es", "aldeas-arrasadas", "Dos aldeas fueron arrasadas por la riada.", [(2, "affected")]),
    ("it", "frazioni-travolte", "Tre frazioni sono state travolte dalla frana.",
     [(3, "affected")]),
    ("de", "doerfer-zerstoert", "Drei Dörfer wurden von der Flut zerstört.", [(3, "affected")]),
    ("pt", "aldeias-arrasadas", "Duas aldeias foram arrasadas pela enxurrada.",
     [(2, "affected")]),
    # neighbours: villages that lie below, families who live there
    ("en", "villages-lie", "The three villages lie below the reservoir.",
     [Other(3, "affected")]),
    ("fr", "villages-envoient", "Les trois villages voisins ont envoyé des pompiers.",
     [Other(3, "affected")]),
    ("en", "families-live", "Some 450 families live in the valley.", [Other(450, "affected")]),
    # homes destroyed stay a count (the corpus labels' "count"); roads are no places lived in
    ("en", "destroyed-houses", "The torrent destroyed 300 houses.", [Other(300, "affected")]),
    ("de", "zerstoerte-haeuser", "Die Flut zerstörte 300 Häuser.", [Other(300, "affected")]),
    ("fr", "familles-vivent", "Environ 450 familles vivent dans la vallée.",
     [Other(450, "affected")]),
]

#: The cases still misread, and why.
_MARKED: dict[tuple[str, str], str] = {}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), list(checklist_params(CASES, _MARKED)))
def test_what_befell_the_counted(tmp_path: Path, lang: str, text: str, expected) -> None:
    found = drafted_figures(tmp_path, lang, text, "Flood in the valley")
    assert all(holds(want, found) for want in expected), found

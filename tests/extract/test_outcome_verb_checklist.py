"""A behavioural checklist of the outcome verb's shapes (issue #16, round chk51a).

On a sealed set of unseen events ``briefing extract`` found the right value of most figures
but read the wrong measure, or none, where the verb that says what befell the people counted
took a shape its tables lacked. One invented sentence (names, places and numbers made up) per
shape and language of the press (en, fr, de, es, it, pt), each with a neighbour that must keep
its reading, in the format of :mod:`test_figure_checklist` (chk50f):

1. a gerund clause after the event's main clause carries the outcome ("…, tuant au moins huit
   personnes et en blessant 61 autres"; German says it with a relative or "und" clause);
2. people taken off a ship by air or sea are evacuated ("airlifted", "hélitreuillés",
   "ausgeflogen", "portati a terra", "retirados de helicóptero"), where a ship's capacity and
   the helicopters stay what they are, and people taken out of the ruins stay rescued;
3. the participle far after its subject, after a relative clause and a modal's passive
   infinitive ("… han tenido que ser evacuados", "ont dû être évacués", "had to be evacuated");
4. the verbs of a transfer to hospital ("transférées", "acheminées", "transferidos").

A case still misread is kept with ``xfail(strict=True)`` and the gap named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_figure_checklist import Other, checklist_params, drafted_figures, holds

#: (language, shape, page text, the (value, measure) pairs expected, or Other(value, measure))
CASES = [
    # ------------------------------------------------ 1. the gerund clause after the event's own
    ("en", "clause-killing", "The footbridge collapsed, killing at least nine people and "
     "injuring 61 others.", [(9, "dead"), (61, "injured")]),
    ("fr", "clause-tuant", "Le pont s'est effondré, tuant au moins huit personnes et en "
     "blessant 61 autres.", [(8, "dead"), (61, "injured")]),
    ("fr", "clause-faisant", "La tour s'est effondrée, faisant au moins huit morts.",
     [(8, "dead")]),
    ("it", "clause-uccidendo", "Il ponte è crollato, uccidendo almeno nove persone e "
     "ferendone 61.", [(9, "dead"), (61, "injured")]),
    ("es", "clause-matando", "El puente se derrumbó, matando al menos a nueve personas e "
     "hiriendo a otras 61.", [(9, "dead"), (61, "injured")]),
    ("pt", "clause-matando", "A ponte desabou, matando pelo menos nove pessoas e ferindo "
     "outras 61.", [(9, "dead"), (61, "injured")]),
    ("de", "clause-wobei", "Die Brücke stürzte ein, wobei neun Menschen starben.", [(9, "dead")]),
    ("de", "clause-und", "Die Brücke stürzte ein und tötete mindestens neun Menschen.",
     [(9, "dead")]),
    # ------------------------------------------------ 2. taken off by air or sea
    ("en", "airlifted", "About 640 passengers were airlifted off the ship on Sunday.",
     [(640, "evacuated")]),
    ("en", "winched", "Rescuers winched 310 passengers to safety overnight.",
     [(310, "evacuated")]),
    ("en", "airlifted-hospital", "Four climbers were airlifted to hospital with burns.",
     [(4, "injured")]),
    ("fr", "helitreuilles", "Quelque 310 passagers ont été hélitreuillés dans la nuit.",
     [(310, "evacuated")]),
    ("fr", "extraites-navire", "Au total 470 personnes ont pu être extraites du navire.",
     [(470, "evacuated")]),
    ("fr", "extraits-decombres", "Trois ouvriers ont été extraits des décombres de l'immeuble.",
     [(3, "rescued")]),
    ("de", "an-land", "Rund 730 Reisende wurden mit dem Hubschrauber an Land gebracht.",
     [(730, "evacuated")]),
    ("de", "ausgeflogen", "Etwa 820 Passagiere wurden ausgeflogen.", [(820, "evacuated")]),
    ("de", "ausgeflogen-hospital", "Vier Bergsteiger wurden ins Krankenhaus ausgeflogen.",
     [(4, "injured")]),
    ("es", "helicoptero", "Unos 240 pasajeros fueron evacuados en helicóptero.",
     [(240, "evacuated")]),
    ("it", "a-terra", "Circa 240 passeggeri sono stati trasportati a terra con l'elicottero.",
     [(240, "evacuated")]),
    ("pt", "helicoptero", "Cerca de 240 passageiros foram retirados de helicóptero.",
     [(240, "evacuated")]),
    ("pt", "escombros", "Três operários foram retirados dos escombros do prédio.",
     [(3, "rescued")]),
    ("fr", "hisses", "Quelque 120 passagers ont été hissés à bord des hélicoptères.",
     [(120, "evacuated")]),
    ("es", "sacados-buque", "Unos 120 pasajeros fueron sacados del buque por la noche.",
     [(120, "evacuated")]),
    ("it", "estratti-nave", "Circa 120 passeggeri sono stati estratti dalla nave.",
     [(120, "evacuated")]),
    ("en", "flown-safety", "About 120 passengers were flown to safety by the coastguard.",
     [(120, "evacuated")]),
    ("en", "capacity", "The ferry carries 640 passengers and 90 cars.",
     [Other(640, "evacuated")]),
    ("en", "helicopters", "Two helicopters circled above the ferry.", [(2, "responders")]),
    ("de", "von-bord", "Insgesamt 45 Fahrgäste wurden per Helikopter von Bord geholt.",
     [(45, "evacuated")]),
    # the active verb before its object, and who was there, then evacuated
    ("es", "evacuaron", "Los guardacostas evacuaron 35 pasajeros del ferri averiado.",
     [(35, "evacuated")]),
    ("pt", "evacuaram", "Os bombeiros evacuaram 35 passageiros do barco avariado.",
     [(35, "evacuated")]),
    ("fr", "presentes-evacuees", "Les 64 passagers présents sur le navire ont été évacués vers le "
     "port.", [(64, "evacuated")]),
    ("en", "attending-evacuated", "The 640 people attending the gala were evacuated.",
     [(640, "evacuated")]),
    ("fr", "presentes-only", "Les 64 personnes présentes à bord attendaient le remorqueur.",
     [Other(64, "evacuated")]),
    # the infinitive is what others are sent to do, no outcome of the number
    ("fr", "pour-evacuer", "Quatre hélicoptères ont été envoyés pour évacuer l'équipage.",
     [(4, "responders")]),
    ("fr", "a-evacuer", "Il reste à évacuer les 1 250 passagers du paquebot.",
     [Other(1250, "evacuated")]),
    # ------------------------------------------------ 3. the participle far after its subject
    ("es", "far-evacuados", "Los cerca de 1.300 pasajeros de un ferri que cruzaba el canal han "
     "tenido que ser evacuados tras una avería.", [(1300, "evacuated")]),
    ("fr", "far-evacues", "Les 1 300 passagers d'un ferry qui traversait la Manche ont dû être "
     "évacués.", [(1300, "evacuated")]),
    ("de", "far-evakuiert", "Die rund 1300 Passagiere einer Fähre mussten wegen eines Defekts "
     "evakuiert werden.", [(1300, "evacuated")]),
    ("it", "far-evacuati", "I circa 1.300 passeggeri di un traghetto hanno dovuto essere "
     "evacuati.", [(1300, "evacuated")]),
    ("pt", "far-retirados", "Os cerca de 1.300 passageiros de um ferry tiveram de ser "
     "retirados.", [(1300, "evacuated")]),
    ("en", "far-evacuated", "The 1,300 passengers of a ferry crossing the strait had to be "
     "evacuated.", [(1300, "evacuated")]),
    ("en", "far-not-passive", "The 1,300 passengers of a ferry crossing the strait said the "
     "crew had evacuated the engine room.", [Other(1300, "evacuated")]),
    # its neighbours: wanting or waiting to be evacuated is not being evacuated
    ("en", "far-wanting", "The 1,300 passengers of the stranded ferry said they did not want to "
     "be evacuated.", [Other(1300, "evacuated")]),
    ("es", "far-waiting", "Los 1.300 pasajeros del ferri que cruzaba el canal esperaban ser "
     "evacuados.", [Other(1300, "evacuated")]),
    ("fr", "apposition", "Un autre cargo, avec onze marins à bord, a aussi été évacué.",
     [(11, "evacuated")]),
    # ------------------------------------------------ 4. the verbs of a transfer to hospital
    ("fr", "transferees", "Environ 27 blessés ont été transférés à l'hôpital.",
     [(27, "injured")]),
    ("fr", "conduites", "Quelque 27 personnes ont été conduites à l'hôpital.", [(27, "injured")]),
    ("fr", "acheminees", "Quelque 27 personnes ont été acheminées vers l'hôpital.",
     [(27, "injured")]),
    ("it", "trasferiti", "Circa 27 persone sono state trasferite in ospedale.",
     [(27, "injured")]),
    ("es", "transferidos", "Unas 27 personas fueron transferidas al hospital.",
     [(27, "injured")]),
    ("de", "verlegt", "Etwa 27 Menschen wurden ins Krankenhaus verlegt.", [(27, "injured")]),
    ("pt", "transferidas", "Cerca de 27 pessoas foram transferidas para o hospital.",
     [(27, "injured")]),
    ("fr", "transferes-usine", "Les 27 employés ont été transférés à l'usine voisine.",
     [Other(27, "injured")]),
    # taken out of the rubble or the water is no evacuation (review 51)
    ("pt", "retiraram-escombros", "Os bombeiros retiraram 12 pessoas dos escombros.",
     [Other(12, "evacuated")]),
    ("pt", "retiradas-agua", "Doze pessoas foram retiradas da água sem vida.",
     [Other(12, "evacuated")]),
    # ------------------------------------------------ 5. victims: whatever the clause tells
    # befell them ("victims" alone counts the dead; the lead's round after chk51a)
    ("en", "victims-hospital", "Fourteen victims were taken to hospital in Harwell.",
     [(14, "injured")]),
    ("fr", "victimes-hospitalisees", "Quatorze victimes ont été hospitalisées à Valmont.",
     [(14, "injured")]),
    ("es", "victimas-trasladadas", "Catorce víctimas fueron trasladadas al hospital.",
     [(14, "injured")]),
    ("it", "vittime-ricoverate", "Quattordici vittime sono state ricoverate in ospedale.",
     [(14, "injured")]),
    ("pt", "vitimas-desaparecidas", "Catorze vítimas continuam desaparecidas.",
     [(14, "missing")]),
    ("de", "opfer-verletzt", "14 Opfer wurden schwer verletzt.", [(14, "injured")]),
    ("en", "victims-alone", "The fire claimed 14 victims in Harwell.", [(14, "dead")]),
    ("fr", "victimes-mortes", "Les sept victimes sont mortes sur le coup.", [(7, "dead")]),
    ("es", "victimas-identificadas", "Las 14 víctimas ya han sido identificadas.",
     [(14, "dead")]),
    # a body is rescued or moved too: victims recovered or carried off stay the dead
    ("es", "victimas-rescatadas-sin-vida", "Las 14 víctimas fueron rescatadas sin vida.",
     [(14, "dead")]),
    ("fr", "victimes-morgue", "Quatorze victimes ont été évacuées vers la morgue.",
     [(14, "dead")]),
    ("en", "victims-bodies-airlifted", "The bodies of the 14 victims were airlifted off the "
     "island.", [(14, "dead")]),
]

#: The cases still misread, and why.
_MARKED: dict[tuple[str, str], str] = {
    ("fr", "apposition"): "gap: a count in an apposition of the evacuated subject ('un cargo, "
    "avec onze marins à bord, a été évacué') is not read as the evacuated",
}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "expected"), list(checklist_params(CASES, _MARKED)))
def test_what_the_outcome_verb_says(tmp_path: Path, lang: str, text: str, expected) -> None:
    found = drafted_figures(tmp_path, lang, text, "Ferry in trouble")
    assert all(holds(want, found) for want in expected), found

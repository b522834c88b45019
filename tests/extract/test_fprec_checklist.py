"""Figure precision and measure on fresh flood and storm pages (round fprec, issue #16): five
shapes that made a number the wrong figure or gave it the wrong measure, each checked in at
least four languages beside a neighbour one or two words away whose number is the figure and
stays as it was. Invented sentences (an invented town, Varnholm; invented counts).

* Rescuers counted before a relative clause whose verb of outcome takes an object pronoun ("19
  pompiers qui l'ont secouru") did the rescuing: responders, not the rescued
  (:func:`generator.text.casualty.outcomes.outcome_after`).
* People searched for, in the passive ("activement recherchées", "ricercate", "buscadas",
  "weiterhin gesucht", "being sought"), are the missing (the counted table,
  :mod:`generator.text.counted_words`); the active "ont recherché les victimes" keeps its
  searchers.
* A place's population told by the verb of living there ("home to 90,000 people", "où vivent",
  "dove vivono", "leben") is no count of the event (:mod:`generator.extract.context.habits`).
* What the group is deemed after a comma ("11 persone, da ieri considerate disperse", "now
  considered missing", "die als vermisst gelten") is its outcome
  (:func:`generator.text.casualty.outcomes.outcome_after`).
* A vague length ("hundreds of yards past the levee") is no figure, and yards are a length,
  placed like metres (:func:`generator.extract.amounts.measures.distance`).
"""

from __future__ import annotations

import re

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- the people counted did the outcome to someone else: rescuers, not the rescued ----------

@pytest.mark.parametrize("text, lang, group, neighbour, neighbour_group", [
    ("Grâce aux 19 pompiers qui l'ont secouru, le randonneur a été hospitalisé.", "fr",
     "responder", "Les 19 randonneurs qui ont été secourus ont été hospitalisés.", "rescued"),
    ("Les 12 sauveteurs qui les ont évacués sont rentrés à la caserne.", "fr", "responder",
     "Les 12 habitants qui ont été évacués sont rentrés à la maison.", "evacuee"),
    ("Thanks to the 28 firefighters who rescued him, the hiker reached hospital.", "en",
     "responder", "The 28 hikers who were rescued reached hospital.", "rescued"),
    ("Gracias a los 28 bomberos que lo rescataron, el excursionista fue hospitalizado.", "es",
     "responder", "Los 28 excursionistas que fueron rescatados fueron hospitalizados.",
     "rescued"),
    ("Grazie ai 28 vigili del fuoco che lo hanno salvato, l'escursionista è in ospedale.", "it",
     "responder", "Le 28 persone che sono state salvate sono in ospedale.", "rescued"),
    ("Os 28 bombeiros que o resgataram foram homenageados em Varnholm.", "pt", "responder",
     "As 28 pessoas que a polícia resgatou foram levadas para Varnholm.", "rescued"),
])
def test_rescuers_of_a_relative_clause_are_not_the_rescued(text, lang, group, neighbour,
                                                           neighbour_group):
    assert _figures(text, lang) == [(int(re.search(r"\d+", text).group()), group)]
    assert _figures(neighbour, lang) == [(int(re.search(r"\d+", neighbour).group()),
                                          neighbour_group)]


# ---- people searched for, in the passive, are the missing ------------------------------------

@pytest.mark.parametrize("text, lang, neighbour, neighbour_group", [
    ("Au soir, deux randonneurs étaient encore activement recherchés.", "fr",
     "Deux pompiers ont activement recherché les victimes.", "responder"),
    ("Deux randonneuses activement recherchées", "fr",
     "Deux randonneuses activement secourues", "rescued"),
    ("Due persone sono ancora ricercate dai soccorritori.", "it",
     "Due soccorritori hanno ricercato le vittime per ore.", "responder"),
    ("Dos personas siguen siendo buscadas por los rescatistas.", "es",
     "Dos bomberos han buscado a las víctimas.", "responder"),
    ("Zwei Menschen werden weiterhin gesucht.", "de",
     "Zwei Helfer haben weiterhin Schutz gesucht.", "responder"),
    ("Two people are still being sought by rescuers.", "en",
     "Two people were still being rescued by boat.", "rescued"),
    ("Duas pessoas continuam a ser procuradas.", "pt",
     "Dois bombeiros procuraram as vítimas.", "responder"),
])
def test_people_searched_for_are_the_missing(text, lang, neighbour, neighbour_group):
    assert _figures(text, lang) == [(2, "missing")]
    assert _figures(neighbour, lang) == [(2, neighbour_group)]


# ---- a place's population, by the verb of living there, is no count of the event ------------

@pytest.mark.parametrize("text, lang, neighbour, neighbour_group", [
    ("The worst damage was in the valley town of Varnholm, home to 90,000 people.", "en",
     "The worst damage was in Varnholm, where 90,000 people died.", "dead"),
    ("The worst damage was in Varnholm, where 90,000 people live.", "en",
     "In Varnholm 90,000 people live without power.", "affected"),
    # living where the event struck: an affected count
    ("The agency estimated that 90,000 people live in the province.", "en",
     "The agency estimated that 90,000 people live in areas affected by the flooding.",
     "affected"),
    ("Dans la vallée, où vivent 90 000 personnes, l'eau monte.", "fr",
     "Dans la vallée, où vivent 90 000 personnes touchées par la crue, l'eau monte.",
     "affected"),
    ("Varnholm, in dessen Umland schätzungsweise bis zu 90.000 Menschen leben, ist Sperrzone.",
     "de", "Varnholm, in dessen Umland schätzungsweise bis zu 90.000 Menschen starben, ist "
     "Sperrzone.", "dead"),
    ("In Varnholm leben 90.000 Menschen.", "de", "In Varnholm starben 90.000 Menschen.", "dead"),
    ("Le pire a frappé Varnholm, où vivent 90 000 personnes.", "fr",
     "Le pire a frappé Varnholm, où périrent 90 000 personnes.", "dead"),
    ("Lo peor ocurrió en Varnholm, donde viven 90.000 personas.", "es",
     "Lo peor ocurrió en Varnholm, donde murieron 90.000 personas.", "dead"),
    ("Il peggio a Varnholm, dove vivono 90.000 persone.", "it",
     "Il peggio a Varnholm, dove sono morte 90.000 persone.", "dead"),
    # still living there, or living without power: the survivors, the cut off
    ("A Varnholm vivono 90.000 persone.", "it",
     "A Varnholm vivono ancora 90.000 persone senza corrente.", "affected"),
    ("O pior foi em Varnholm, onde vivem 90 mil pessoas.", "pt",
     "O pior foi em Varnholm, onde morreram 90 mil pessoas.", "dead"),
])
def test_a_population_by_its_verb_of_living_is_no_count(text, lang, neighbour,
                                                          neighbour_group):
    assert _figures(text, lang) == []
    assert _figures(neighbour, lang) == [(90000, neighbour_group)]



# ---- a vague length places nothing the pages compare; yards are a length ---------------------

@pytest.mark.parametrize("text, lang, neighbour, neighbour_lang, kept", [
    ("The swollen creek ran hundreds of yards past the levee.", "en",
     "The swollen creek ran 300 yards past the levee.", "en", (300, "yard")),
    ("The flood reached dozens of miles inland.", "en",
     "The flood reached 40 miles inland.", "en", (40, "mile")),
    ("Debris was scattered over hundreds of metres.", "en",
     "Debris was scattered over 300 metres.", "en", (300, "m")),
    ("Trümmer flogen Hunderte Meter weit.", "de",
     "Trümmer flogen 300 Meter weit.", "de", (300, "m")),
    ("Das Wasser breitete sich Hunderte Meter weit aus.", "de",
     "L'eau s'est étendue sur 300 mètres.", "fr", (300, "m")),
    ("Debris flew hundreds of yards from the bridge.", "en",
     "El agua se extendió 300 metros.", "es", (300, "m")),
    ("The wave carried cars hundreds of yards inland.", "en",
     "L'acqua si è estesa per 300 metri.", "it", (300, "m")),
    # yards, like metres, place the fire; a length of the thing it burned stays
    ("The fire stopped 300 yards from the school.", "en",
     "The fire burned 300 yards of the school's fence.", "en", (300, "yard")),
])
def test_a_vague_length_is_no_figure(text, lang, neighbour, neighbour_lang, kept):
    assert _figures(text, lang) == []
    assert _figures(neighbour, neighbour_lang) == [kept]


# ---- what the group is deemed, after a comma, is its outcome ---------------------------------

@pytest.mark.parametrize("text, lang, neighbour", [
    ("I soccorsi cercano 11 persone, da ieri considerate disperse.", "it",
     "I soccorsi cercano 11 persone, da ieri avvistate in quota."),
    ("Rescuers are looking for 11 people, now considered missing.", "en",
     "Rescuers are looking for 11 people, now considered safe."),
    ("Les secours cherchent 11 personnes, désormais considérées comme disparues.", "fr",
     "Les secours cherchent 11 personnes, désormais abritées comme sinistrées."),
    ("Los rescatistas buscan a 11 personas, dadas por desaparecidas.", "es",
     "Los rescatistas buscan a 11 personas, vistas por última vez."),
    ("Die Retter suchen 11 Menschen, die als vermisst gelten.", "de",
     "Die Retter suchen 11 Menschen, die als Helfer gelten."),
    ("Os socorristas procuram 11 pessoas, consideradas desaparecidas.", "pt",
     "Os socorristas procuram 11 pessoas, vistas pela última vez."),
])
def test_what_the_group_is_deemed_after_a_comma_is_its_outcome(text, lang, neighbour):
    assert _figures(text, lang) == [(11, "missing")]
    assert _figures(neighbour, lang) == [(11, "person")]

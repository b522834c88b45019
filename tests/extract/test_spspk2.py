"""Who said what: the shapes the spent sets s31, s33 and s34 misread (issue 16; round spspk2).

Each shape is written with invented sentences (other names, places and numbers), beside a near
shape whose reading must stay:

1. the channel an inverted verb's words were told, "told <agency> by phone", "testified to
   <agency> a farmer", is not the speaker: the role and name before the verb speak, or the
   described person after the channel;
2. a described subject with a relative clause holding asides between commas before its verb
   speaks, and a head of state as a role refers back to the person named with a head of
   state's title (in the six languages), and "the statement" then stands for that person;
3. a partial quotation after a verb of expressing ("expressed “…”", "expresaron «…»") is a
   quotation of the subject, and two people named as one subject give it to the first.

Same table format as :mod:`test_speaker_checklist`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_speaker_checklist import holds_speaker, speaker_params

_FARM = "Mayor Ellen Harlow said the dam had held through the night.\n\n"
_DEPOT = ("The blasts hit the fuel depot of Marova, according to a first report given by "
          "President Ana Kovac.\n\n")

#: (language, shape, page text, the quotation's first words, the speaker expected)
CASES = [
    # ------------------------------------------ 1. the channel is not the speaker
    ("en", "told-agency-by-phone", _FARM + "“We saw the water rise and we ran up to the hill "
     "with the goats,” one farmer, Piet Rovers, told Radio Vale by phone.",
     "We saw the water", "Piet Rovers"),
    ("en", "told-agency", _FARM + "“We saw the water rise and we ran up to the hill with the "
     "goats,” one farmer, Piet Rovers, told Radio Vale.", "We saw the water", "Piet Rovers"),
    # its neighbour: a role with "a" kept its reading already
    ("en", "told-agency-a-role", _FARM + "“We saw the water rise and we ran up to the hill "
     "with the goats,” a farmer, Piet Rovers, told Radio Vale by phone.",
     "We saw the water", "Piet Rovers"),
    ("en", "testified-to-agency", _FARM + "“The bridge went first and then the road, and no one "
     "came for two days,” testified to Radio Vale a farmer from the upper valley.",
     "The bridge went", "a farmer from the upper valley"),
    # its neighbour: the inverted verb and the described person with nothing between
    ("en", "said-described", _FARM + "“The bridge went first and then the road, and no one came "
     "for two days,” said a farmer from the upper valley.",
     "The bridge went", "a farmer from the upper valley"),
    ("en", "said-name", _FARM + "“The bridge went first and then the road, and no one came for "
     "two days,” said Mayor Tom Brenner.", "The bridge went", "Tom Brenner"),
    # ------------------------------------------ 2. a described subject, a head of state
    ("en", "head-of-state-who", _DEPOT + "In a broadcast on state radio, the head of "
     "state who, now 61, is the longest serving leader of the region, said the blasts were “an "
     "accident caused by careless storage of fuel and shells” at the depot.",
     "an accident caused", "Ana Kovac"),
    ("en", "statement-continued", _DEPOT + "In a broadcast on state radio, the head of "
     "state who, now 61, is the longest serving leader of the region, said the blasts were “an "
     "accident caused by careless storage of fuel and shells” at the depot.\n\n“The blast "
     "damaged almost every building in the town”, the statement continued.",
     "The blast damaged", "Ana Kovac"),
    # its neighbour: the president named as the subject
    ("en", "president-said", _DEPOT + "In a broadcast on state radio, President Ana Kovac "
     "said the blasts were “an accident caused by careless storage of fuel and shells” at the "
     "depot.", "an accident caused", "Ana Kovac"),
    ("en", "head-of-state-said", _DEPOT + "Mayor Paul Vidal spoke of a terrible night.\n\n“We "
     "will rebuild every house in the district,” the head of state said.",
     "We will rebuild", "Ana Kovac"),
    ("fr", "head-of-state-said", "Les explosions ont frappé le dépôt de Marova, selon un premier "
     "bilan du président Ana Kovac.\n\nLe maire Paul Vidal a parlé d'une nuit terrible.\n\n"
     "« Nous reconstruirons chaque maison du quartier », a déclaré le chef de l'État.",
     "Nous reconstruirons", "Ana Kovac"),
    ("it", "head-of-state-said", "Le esplosioni hanno colpito il deposito di Marova, secondo un "
     "primo bilancio della presidente Ana Kovac.\n\nIl sindaco Paolo Vidi ha parlato di una "
     "notte terribile.\n\n«Ricostruiremo ogni casa del quartiere», ha detto il capo dello Stato.",
     "Ricostruiremo ogni", "Ana Kovac"),
    ("de", "head-of-state-said", "Die Explosionen trafen das Depot von Marova, so ein erster "
     "Bericht von Präsidentin Ana Kovac.\n\nBürgermeister Paul Vidal sprach von einer "
     "schrecklichen Nacht.\n\n„Wir werden jedes Haus im Viertel wieder aufbauen“, sagte das "
     "Staatsoberhaupt.", "Wir werden jedes", "Ana Kovac"),
    # its neighbour: a role no head of state bears stays the mayor's
    ("en", "mayor-said", _DEPOT + "Mayor Paul Vidal spoke of a terrible night.\n\n“We will "
     "rebuild every house in the district,” the mayor said.", "We will rebuild", "Paul Vidal"),
    # ------------------------------------------ 3. a verb of expressing, two subjects
    ("en", "expressed-two", "The river rose overnight in Korva.\n\nRegional Governor Alma Reyes "
     "and Mayor Tom Brenner expressed their “deep sorrow,” offering help to the families.",
     "deep sorrow", "Alma Reyes"),
    ("es", "expressed-two", "El río creció durante la noche en Korva.\n\nLa gobernadora de la "
     "región, Alma Reyes, y el alcalde, Tomás Brenner, expresaron su “profundo pesar”.",
     "profundo pesar", "Alma Reyes"),
    ("pt", "expressed-two", "O rio subiu durante a noite em Korva. A governadora da região, Alma "
     "Reyes, e o prefeito Tomás Brenner expressaram “profunda tristeza”.",
     "profunda tristeza", "Alma Reyes"),
    ("en", "assessed-after-statement", _DEPOT + "In a broadcast on state radio, President "
     "Ana Kovac said the blasts were “an accident caused by careless storage of fuel and "
     "shells” at the depot.\n\n“The blast damaged almost every building in the town”, the "
     "statement continued. The health office assessed the injured, earlier on "
     "Monday, at “at least 200 people”.", "at least 200", "The health office"),
    # its neighbours: one subject, a plain speech verb; a name of a body holding "and"; two
    # people named in the sentence before the quotation, the one credited after it speaks
    ("de", "two-then-one", "Zu den Toten zählt der Sänger Paul Berg. Kanzlerin Ana Ruiz und "
     "Minister Tom Vidal zeigten sich erschüttert. „Das ganze Land weint heute“, schrieb Vidal.",
     "Das ganze Land", "Vidal"),
    ("es", "said-one", "El río creció durante la noche en Korva.\n\nEl alcalde Tomás Brenner "
     "dijo que la crecida fue “un desastre para todo el valle”.",
     "un desastre", "Tomás Brenner"),
    ("en", "body-with-and", "The river rose overnight in Korva.\n\n“We are all in this "
     "together and we will stay,” the Mountain and Cave Rescue Service said.",
     "We are all", "the Mountain and Cave Rescue Service"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "opening", "who"), list(speaker_params(CASES, {})))
def test_the_speaker_of_each_shape(tmp_path: Path, lang: str, text: str, opening: str,
                                   who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)

"""Numbers that are no toll though a word of harm or a counted noun stands beside them, and the
shapes next to them that stay figures (figures round 21: fresh chemical-plant, gas, avalanche,
dam and ferry pages, and review 9's near shapes). Invented sentences.

- People the event spared: "the remaining five miners were not hurt", "zwei blieben unverletzt",
  "tres trabajadores no resultaron heridos": no toll; a negation of another clause does not
  spare the count before it ("three were injured and two were not hurt").
- What a vessel could hold, in the past tense or restricted ("ne pouvait accueillir que 90
  personnes", "could only carry 90", "podía transportar 200"): its size, as "can carry" was.
- An outcome that is a verb's object ("nine paramedics treated the injured"): the paramedics
  are not the injured; "twelve of the injured" stays a part of them.
- A part of a counted group identified ("ten of the 64 victims have been identified"): the ten
  are identifications, the 64 the toll.
- Millimetres and inches that are no rain of the event: a calibre ("155 mm shells"), a normal
  ("the June average is 80 mm"), a rate ("20 mm an hour"), a forecast ("100 mm are expected")
  or a sentence with no rain, snow or water in it (French "pouces" are thumbs too).
- Small English counts of things the event closed, kept burning or swept away ("six schools
  were closed", "four wildfires are still burning", "swept away five bridges") are figures,
  as "two bridges were destroyed" was; "the two trains collided" stays a description.
- German: "für drei Bergsteiger kam jede Hilfe zu spät" counts the dead, "vier Wanderer konnten
  sich selbst befreien" the rescued, "drei Helikopter" the emergency services' vehicles.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The remaining five miners at Varno were not hurt, the mayor said.", "en", []),
    ("Two passengers escaped unhurt and 40 were injured near Varno.", "en", [(40, "wounded")]),
    ("Trois ouvriers de Varno n'ont pas été blessés.", "fr", []),
    ("Los otros tres trabajadores de Varno no resultaron heridos.", "es", []),
    ("Zwei Skifahrer aus Varno blieben unverletzt.", "de", []),
])
def test_people_the_event_spared_are_no_toll(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the nearest right shapes: the harm is theirs, or the negation is another clause's
    ("Three were injured and two were not hurt in Varno.", "en", [(3, "wounded")]),
    ("Six workers were injured, not killed, at Varno.", "en", [(6, "wounded")]),
    ("Trois ouvriers de Varno ont été blessés.", "fr", [(3, "wounded")]),
    ("Zwei Skifahrer aus Varno wurden verletzt.", "de", [(2, "wounded")]),
])
def test_a_harm_of_their_own_stays_a_toll(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le bac de Varno ne pouvait accueillir que 90 personnes.", "fr", []),
    ("The Varno ferry could only carry 90 passengers.", "en", []),
    ("El barco de Varno podía transportar 200 pasajeros.", "es", []),
    ("Le ferry de Varno transportait 206 passagers.", "fr", [(206, "person")]),
    ("The Varno ferry carried 130 passengers.", "en", [(130, "passenger")]),
])
def test_what_a_vessel_could_hold_is_its_size_not_who_was_aboard(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nine paramedics treated the injured at the Varno school.", []),
    ("Twelve of the injured at Varno are children.", [(12, "wounded")]),
    ("Four firefighters were injured at Varno.", [(4, "wounded")]),
])
def test_an_outcome_that_is_a_verbs_object_is_not_what_the_number_counts(text, expected):
    assert _found(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ten of the 64 victims of Varno have been identified.", "en",
     [(10, "identified"), (64, "dead")]),
    ("Dix des 64 victimes de Varno ont été identifiées.", "fr",
     [(10, "identified"), (64, "dead")]),
    ("Diez de las 64 víctimas de Varno han sido identificadas.", "es",
     [(10, "identified"), (64, "dead")]),
    # nearest right shapes: the whole identified, or a part with no identification
    ("All 64 victims of Varno have been identified.", "en", [(64, "identified")]),
    ("Forty of the 57 victims lived near the Varno mill.", "en", [(40, "dead"), (57, "dead")]),
    # "identified as" names who they were: the count stays a toll, whole and part
    ("Two victims of Varno were identified as tourists.", "en", [(2, "dead")]),
    ("Two of the 40 victims of Varno were identified as tourists.", "en",
     [(2, "dead"), (40, "dead")]),
])
def test_a_part_identified_is_counted_apart_from_the_toll_it_is_part_of(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The howitzer fired 155 mm shells at Varno.", "en", []),
    ("The June average in Varno is 80 mm of rain.", "en", []),
    ("Rain fell at 20 mm an hour in Varno.", "en", []),
    ("Up to 100 mm of rain are expected in Varno.", "en", []),
    ("Bis zu 100 mm Regen werden in Varno erwartet.", "de", []),
    ("Il a perdu deux pouces dans l'accident de Varno.", "fr", []),
    # the event's own rain and snow stay figures
    ("Over 180 mm of rain fell on Varno in a day.", "en", [(180, "millimeter")]),
    ("180 mm fell on Varno in a day.", "en", [(180, "millimeter")]),
    ("In Varno fielen 318 mm Regen.", "de", [(318, "millimeter")]),
    ("La neige atteignait 30 pouces à Varno.", "fr", [(30, "inch")]),
    ("Cayeron 240 milímetros de agua en Varno.", "es", [(240, "millimeter")]),
])
def test_millimetres_and_inches_that_are_no_rain_of_the_event(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Six schools were closed in Varno.", [(6, "school")]),
    ("Four wildfires are still burning near Varno.", [(4, "wildfire")]),
    ("The flood swept away five bridges near Varno.", [(5, "bridge")]),
    ("Police closed three roads into Varno.", [(3, "road")]),
    # nearest right shapes: things that only describe the event
    ("The two trains collided near Varno.", []),
    ("The closest two villages to Varno were spared.", []),
    ("Two carriages are still standing on the Varno track.", []),
])
def test_small_counts_of_things_the_event_closed_burned_or_swept_away(text, expected):
    assert _found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Für drei Bergsteiger aus Varno kam jede Hilfe zu spät.", [(3, "dead")]),
    ("Vier Wanderer aus Varno konnten sich selbst befreien.", [(4, "rescued")]),
    ("Drei Helikopter waren in Varno im Einsatz.", [(3, "helikopter")]),
    ("Zwei Männer aus Varno halfen bei der Suche.", [(2, "person")]),
])
def test_german_words_for_the_dead_the_freed_and_helicopters(text, expected):
    assert _found(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    # German writes the group of a part in the genitive, "der" ("Zwölf der 40 Passagiere")
    ("Zehn der 64 Opfer von Varno wurden identifiziert.", [(10, "identified"), (64, "dead")]),
    ("Zwölf der 40 Passagiere aus Varno wurden verletzt.", [(12, "wounded"), (40, "wounded")]),
    # a verb before the part says what befell it (German puts the verb second)
    ("Am Montag starben drei der 12 Verletzten von Varno.", [(3, "dead"), (12, "wounded")]),
    # nearest right shape: "der" before a count that is no part of another
    ("Die Zahl der 40 Toten von Varno stieg.", [(40, "dead")]),
])
def test_a_german_part_of_a_counted_group(text, expected):
    assert _found(text, "de") == expected

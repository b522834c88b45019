"""Review 9's leftovers on counts of people (figures round 22): a count that does something to
the injured or the dead is not them; "N of the M <people> …" says what befell the N, not the
M (identified, named, injured, or none of them); "some of the 64" is no "about 64"; German
"kostete N Menschen das Leben" counts the dead. Each case failed before its change; beside it,
the nearest shape that must stay as it was. Invented sentences (an invented town, Kelmora)."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.quantities import quantities
from generator.text.sentences import Sentence, sentence_spans


def _found(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize("text, outcome", [
    ("Neun Sanitäter versorgten die Verletzten in Kelmora.", "wounded"),
    ("Zwölf Sanitäter versorgten die Verletzten in Kelmora.", "wounded"),
    ("Zwölf Feuerwehrleute bargen die Toten aus dem Fluss bei Kelmora.", "dead"),
])
def test_people_who_do_something_to_the_injured_or_the_dead_are_not_them(text, outcome):
    assert all(group != outcome for _value, group in _found(text, "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Neun Sanitäter wurden in Kelmora verletzt.", "de", (9, "wounded")),
    ("Zwölf Menschen die verletzt wurden kamen ins Krankenhaus von Kelmora.", "de",
     (12, "wounded")),
    ("Neun sind unter den Toten von Kelmora.", "de", (9, "dead")),
    ("Nine were the injured taken to the Kelmora school.", "en", (9, "wounded")),
    ("Nine of the injured were treated at the Kelmora school.", "en", (9, "wounded")),
])
def test_people_who_are_the_injured_or_among_the_dead_stay_them(text, lang, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("None of the 40 passengers were injured in Kelmora.", "en"),
    ("No one among the 40 passengers was hurt in Kelmora.", "en"),
    ("Aucun des 40 passagers n'a été blessé à Kelmora.", "fr"),
    ("Ninguno de los 40 pasajeros resultó herido en Kelmora.", "es"),
    ("Nessuno dei 40 passeggeri è rimasto ferito a Kelmora.", "it"),
    ("Keiner der 40 Passagiere wurde in Kelmora verletzt.", "de"),
    ("Nenhum dos 40 passageiros ficou ferido em Kelmora.", "pt"),
])
def test_none_of_a_group_hurt_is_no_toll_of_the_group(text, lang):
    assert (40, "wounded") not in _found(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Four of the 40 passengers were injured in Kelmora.", "en", (4, "wounded")),
    ("All 40 passengers were injured in Kelmora.", "en", (40, "wounded")),
    ("All of the 40 passengers were injured in Kelmora.", "en", (40, "wounded")),
    ("Alle 40 Passagiere wurden in Kelmora verletzt.", "de", (40, "wounded")),
    ("Zwölf der 40 Passagiere aus Kelmora wurden verletzt.", "de", (12, "wounded")),
    ("Am Montag starben drei der 12 Verletzten von Kelmora.", "de", (3, "dead")),
])
def test_a_part_hurt_and_a_whole_group_hurt_keep_their_toll(text, lang, expected):
    assert expected in _found(text, lang)


def test_the_whole_a_part_is_taken_from_is_not_the_parts_outcome():
    found = _found("Four of the 40 passengers were injured in Kelmora.")
    assert (40, "wounded") not in found


@pytest.mark.parametrize("text, lang", [
    ("Ten of the 64 victims have been identified in Kelmora.", "en"),
    ("Police have identified ten of the 64 victims of Kelmora.", "en"),
    ("Ten of the 64 victims of Kelmora have been named.", "en"),
    ("Dix des 64 victimes de Kelmora ont été identifiées.", "fr"),
    ("Diez de las 64 víctimas de Kelmora han sido identificadas.", "es"),
    ("Zehn der 64 Opfer von Kelmora wurden identifiziert.", "de"),
    ("Dieci delle 64 vittime di Kelmora sono state identificate.", "it"),
    ("Dez das 64 vítimas de Kelmora foram identificadas.", "pt"),
])
def test_a_part_identified_is_identifications_and_the_whole_the_dead(text, lang):
    found = _found(text, lang)
    assert (10, "identified") in found and (64, "dead") in found
    assert (10, "dead") not in found and (64, "identified") not in found


@pytest.mark.parametrize("text, expected, not_expected", [
    ("All 64 victims of Kelmora have been identified.", (64, "identified"), None),
    ("Ten of the 64 victims of Kelmora were children.", (64, "dead"), (10, "identified")),
    ("Ten of the 64 victims of Kelmora were identified as tourists.", (64, "dead"),
     (10, "identified")),
    ("Ten of the 64 victims of Kelmora were named as tourists.", (64, "dead"),
     (10, "identified")),
])
def test_all_identified_and_a_part_described_keep_their_reading(text, expected, not_expected):
    found = _found(text)
    assert expected in found and not_expected not in found


def test_some_of_the_whole_is_not_about_the_whole():
    text = "Some of the 64 victims of Kelmora have been identified."
    assert [q.approx for q in quantities(text, "en")] == ["exact"]
    assert (64, "dead") in _found(text)


@pytest.mark.parametrize("text, approx", [
    ("Some 64 victims of Kelmora have been identified.", "about"),
    ("Upwards of 300 people were evacuated from Kelmora.", "more-than"),
    ("A maximum of 300 people may enter the Kelmora hall.", "up-to"),
])
def test_a_qualifier_before_the_number_still_qualifies_it(text, approx):
    assert [q.approx for q in quantities(text, "en")] == [approx]


@pytest.mark.parametrize("text, value", [
    ("Das Unglück von Kelmora kostete mindestens 12 Menschen das Leben.", 12),
    ("Der Sturm kostete bislang zwölf Arbeitern in Kelmora das Leben.", 12),
    ("Der Brand von Kelmora hat 12 Menschen das Leben gekostet.", 12),
    ("Zwölf Menschen verloren in Kelmora ihr Leben.", 12),
])
def test_a_german_life_taken_counts_the_dead(text, value):
    assert (value, "dead") in _found(text, "de")


@pytest.mark.parametrize("text, lang", [
    ("Das kostete 12 Menschen in Kelmora ihre Wohnung.", "de"),
    ("Zwölf Menschen verloren in Kelmora ihr Zuhause.", "de"),
    ("Dodici persone hanno perso le abitazioni a Kelmora.", "it"),
])
def test_homes_or_work_lost_are_no_lives(text, lang):
    assert all(group != "dead" for _value, group in _found(text, lang))

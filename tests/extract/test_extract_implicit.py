"""A number whose noun is left out, read by what befell those it counts (:mod:`generator.extract.
implicit`), and the outcomes of a hospital stay, on sentences written for these tests (none is a
real article's): the shapes the rule reads, beside the near shapes it must leave alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.extract.counts import implicit
from generator.extract.counts.implicit import implicit_outcome
from generator.extract.singular import singular_figures
from generator.text.counted_words import COUNTED
from generator.text.sentences import Sentence
from tests.probes import figures as _figures
from tests.probes import strings_written


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a number opening its clause, a partitive, then the outcome
    ("Nadie sufrió lesiones serias, y 12 de ellos recibieron el alta por la tarde.", "es",
     [(12, "discharged")]),
    ("Del grupo, 6 seguían graves y 4 obtuvieron el martes el alta.", "es",
     [(6, "wounded"), (4, "discharged")]),
    ("Delle persone soccorse, due sono state ricoverate a Pisa.", "it", [(2, "wounded")]),
    ("Três pessoas seguem internadas e 9 já receberam alta.", "pt",
     [(3, "wounded"), (9, "discharged")]),
    # who is taken to hospital is injured
    ("Zwei Feuerwehrleute kamen ins Krankenhaus.", "de", [(2, "wounded")]),
    ("Quatre pompiers ont été hospitalisés.", "fr", [(4, "wounded")]),
    ("Four were killed in the blast.", "en", [(4, "dead")]),  # English keeps its own shapes
    # taken to hospital, with the verb (figures round 15's misses), and a death after it
    ("Trois ont été transportés à l'hôpital de Varno.", "fr", [(3, "wounded")]),
    ("Cinco han sido trasladados al hospital comarcal.", "es", [(5, "wounded")]),
    ("Tre sono stati trasportati in ospedale.", "it", [(3, "wounded")]),
    ("Três foram levados ao hospital da cidade.", "pt", [(3, "wounded")]),
    ("Five were rushed to a nearby hospital.", "en", [(5, "wounded")]),
    ("Tre persone trasportate in ospedale sono morte.", "it", [(3, "dead")]),
    ("Trois médecins à l'hôpital de Varno ont témoigné.", "fr", []),
    ("Two were taken to the police station.", "en", []),
    # fire vehicles the lemmatiser does not know as plurals
    ("Drei Löschzüge waren im Einsatz.", "de", [(3, "löschzug")]),
    # near shapes: a whole word is no beginning of another ("el altar"), a number after an
    # article or a preposition is not its clause's subject, and a noun after the number is
    # what it counts
    ("Doce fieles rezaban ante el altar.", "es", [(12, "person")]),  # people, no outcome
    ("Llegaron a las 8 y fueron dados de alta los demás.", "es", []),
    ("Tres casas quedaron en estado grave.", "es", [(3, "building")]),
])
def test_a_number_read_by_what_befell_them(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_middle_dot_ends_a_deck_item():
    # "una joven" is the one who died; the outcome after the dot is another item's
    text = "La víctima es una joven de 30 años · Tres de los heridos siguen ingresados"
    assert [(f.value, f.group) for f in singular_figures(Sentence(0, len(text), text, 0), "es")
            ] == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "en" is a preposition in Spanish and French, so an outcome after it is still the
    # number's; in Dutch it is "and", which starts another clause
    ("Del total, cinco siguen en la UCI.", "es", [(5, "wounded")]),
    ("Doce personas permanecen en cuidados intensivos.", "es", [(12, "wounded")]),
    ("Drie mensen zaten in de auto en twee raakten gewond.", "nl", [(3, "person"), (2, "wounded")]),
])
def test_en_ends_a_clause_only_in_dutch(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a death named after the hospital outranks it (Dutch and German put the verb last)
    ("Twee mensen zijn in het ziekenhuis overleden.", "nl", [(2, "dead")]),
    ("Zwei Menschen sind auf dem Weg ins Krankenhaus gestorben.", "de", [(2, "dead")]),
    ("Dos personas murieron en la UCI del hospital comarcal.", "es", [(2, "dead")]),
    # the hospital alone is still the injured
    ("Drie mensen liggen in het ziekenhuis.", "nl", [(3, "wounded")]),
    ("Vier Menschen kamen ins Krankenhaus.", "de", [(4, "wounded")]),
])
def test_a_death_in_hospital_is_a_death(text, lang, expected):
    """Review of extraction round 10: "in het ziekenhuis overleden" was read as two injured,
    the hospital phrase standing before the verb."""
    assert _figures(text, lang) == expected


def test_how_badly_hurt_reads_past_a_spanish_en():
    """Dutch "en" ("and") ends a clause; Spanish "en" ("in") does not: "heridos en estado
    grave" are seriously hurt (review of extraction round 10)."""
    from generator.extract.counts.counted import severity

    assert severity(" heridos en estado grave", "es") == "serious"
    assert severity(" blessés en état grave", "fr") == "serious"
    assert severity(" gewonden en twee doden, zwaar", "nl") is None


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the outcome noun, with its article, is the subject of a copula or a verb of rising before
    # the number (extraction round 13: a shape of Italian and Portuguese toll sentences)
    ("Le vittime sono state 7 secondo la prefettura.", "it", [(7, "dead")]),
    ("I feriti sono saliti a 9 durante la notte.", "it", [(9, "wounded")]),
    ("I dispersi restano 4, dice il sindaco.", "it", [(4, "missing")]),
    ("Os mortos são 13, segundo a Defesa Civil.", "pt", [(13, "dead")]),
    ("Os feridos subiram para 11 durante a noite.", "pt", [(11, "wounded")]),
    ("Los heridos ascienden a 18 según el hospital.", "es", [(18, "wounded")]),
    # near shapes: a subject that names no outcome, a verb of what befell them (the noun after
    # the number counts it), a noun right after the number, no article on the subject
    ("Le case sono 13 nel quartiere del porto.", "it", []),
    ("As escolas são 13 na cidade.", "pt", []),
    ("Le strade, arrivate a 13 in tutto, sono chiuse.", "it", []),
    ("Os mortos foram levados para 3 cemitérios.", "pt", []),
    ("I feriti sono a 13 chilometri dal paese.", "it", [(13, "km")]),
])
def test_an_outcome_noun_before_its_number(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the hospital's words for the injured, the noun left out (round 15 of the figures)
    ("Two were in critical condition and five were in stable condition.",
     [(2, "wounded"), (5, "wounded")]),
    ("Eleven had injuries that were not life-threatening.", [(11, "wounded")]),
    ("Six remained in serious condition on Sunday.", [(6, "wounded")]),
    ("The nine undergoing treatment were named by the hospital.", [(9, "wounded")]),
    ("Nine were believed to be in intensive care late on Friday.", [(9, "wounded")]),
    # near shapes: a place, a vehicle, a condition of a thing
    ("Two were in the car when it overturned.", []),
    ("Three were in poor condition after the storm, the inspectors said of the bridges.", []),
])
def test_english_hospital_words_count_the_injured(text, expected):
    assert _figures(text, "en") == expected


@pytest.mark.parametrize("phrase", [p for p in COUNTED["wounded"]["en"]
                                    if p.split()[0] in ("in", "to", "into")])
def test_every_english_hospital_phrase_of_the_table_is_read_with_the_noun_left_out(phrase):
    """The English phrases of the injured ("in hospital", "in serious condition", "to a nearby
    hospital") are written once, in :mod:`generator.text.counted_words`; the reader of a number
    whose noun is left out builds its pattern from them, so that no phrase of the table is
    missing from it (it had its own copy, which lacked "in hospital" and "in intensive care")."""
    lead = " were said to be " if phrase.startswith("in ") else " were rushed "
    found = implicit_outcome("Officials said", f"{lead}{phrase} overnight.", "en", 0)
    assert found is not None and found[1] == "wounded"


def test_the_pattern_of_a_number_left_without_its_noun_writes_no_hospital_phrase_again():
    """The pattern's strings name none of the table's hospital words: a phrase written there again
    ("in\\s+(?:critical|serious)\\s+condition", as it was) would be a second copy of the table."""
    written = strings_written(Path(implicit.__file__), "_IMPLICIT")
    words = {w for p in COUNTED["wounded"]["en"] if p.split()[0] in ("in", "to", "into")
             for w in p.split()} - {"in", "to", "into", "a", "the"}
    assert sorted(w for w in words if re.search(rf"(?<![^\W\d_]){w}", written)) == []

"""The review of the twenty-seventh stop's merged rounds: near shapes of each new rule, on
invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

import pytest


def _signed(text: str, language: str) -> list[float]:
    from generator.text.quantities import quantities

    return [q.value for q in quantities(text, language)]


# --- a dash aside is no minus sign (spfig), but a list of compounds' first halves, each glued
# to its hyphen and a comma between them, closes no aside: the temperature stays below zero

@pytest.mark.parametrize(("text", "language", "value"), [
    ("Die Werte sanken auf -14 Grad in Nord-, West- und Mittelhessen.", "de", -14.0),
    ("Il termometro è sceso a -6 gradi nelle valli nord-, centro- e sud-occidentali.", "it",
     -6.0),
    ("Readings fell to -18 degrees on north-, east- and west-facing slopes.", "en", -18.0),
])
def test_a_list_of_compound_halves_closes_no_dash_aside(text, language, value):
    assert value in _signed(text, language)


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Un microbús con 31 viajeros -27 turistas y cuatro guías- cayó al río.", "es", 27.0),
    ("Die Werte sanken auf -14 Grad in Nord- und Mittelhessen.", "de", -14.0),
])
def test_a_list_of_compound_halves_closes_no_dash_aside_neighbours(text, language, value):
    assert value in _signed(text, language)


# --- a pronoun of another language ends no name (lead27), but not one that is a syllable of
# Korean given names too

def _names(text: str, language: str = "en") -> list[str]:
    from generator.text.name_runs import names_in, run_core

    return [c for r in names_in(text, language) if (c := run_core(r))]


@pytest.mark.parametrize("name", ["Pak Song Il", "Ri Chol Il"])
def test_a_pronoun_that_is_a_name_too_stays_in_the_name(name):
    assert _names(f"The envoy met {name} in the capital on Tuesday.") == [name]


def test_a_pronoun_that_is_a_name_too_stays_in_the_name_neighbour():
    assert _names("The envoy met Tomas Brandt Er sagte nichts.", "de")[:1] == ["Tomas Brandt"]


# --- a standfirst glued after the title the address spells (spfur), but not a title in title
# case going on past an address that cut it short: its end stays in the headline

_LEDE = ("Hundreds of families left the low streets of the town on Monday night as the water "
         "rose, the county's emergency office said.")
_URL = "https://www.moorland-post.example/news/river-floods-streets-of-tarrow"


def test_a_title_in_title_case_past_the_address_is_no_standfirst():
    from tests.conservation import read, story

    title = ("River Floods Streets of Tarrow As Hundreds Leave Their Homes Before Dawn Rescue "
             "Boats Arrive")
    c = read(f"{title}\n\n{_LEDE}\n", url=_URL, language="en")
    assert c.headline == title
    assert story(c) == [_LEDE]


def test_a_title_in_title_case_past_the_address_is_no_standfirst_neighbour():
    from tests.conservation import read, story

    after = "The county closed four roads and opened two shelters in the school halls overnight."
    c = read(f"River floods streets of Tarrow {after}\n\n{_LEDE}\n", url=_URL, language="en")
    assert c.headline == "River floods streets of Tarrow"
    assert story(c) == [after, _LEDE]


# --- a verb of going past the number is a qualifier (lead27: "could exceed 100"), but denied
# it bounds the number from above, as a denied "more than" does

@pytest.mark.parametrize(("text", "language"), [
    ("Engineers said the loss would not exceed 300 homes.", "en"),
    ("La mairie estime que les dégâts ne devraient pas dépasser 300 maisons.", "fr"),
    ("El ayuntamiento cree que los daños no van a superar las 300 casas.", "es"),
    ("Il comune spera che i danni non possano superare le 300 case.", "it"),
    ("A prefeitura diz que os danos não devem ultrapassar 300 casas.", "pt"),
    ("Die Gemeinde sagt, es seien nicht mehr als 300 Häuser beschädigt.", "de"),
])
def test_a_denied_bound_from_below_bounds_from_above(text, language):
    from generator.text.quantities import read

    assert [(q.value, q.approx) for q in read(text, language)] == [(300, "up-to")]


@pytest.mark.parametrize(("text", "language"), [
    ("Engineers said the loss could exceed 300 homes.", "en"),
    ("Engineers, not the mayor, said more than 300 homes were hit.", "en"),
    ("La mairie estime que les dégâts pourraient dépasser 300 maisons.", "fr"),
])
def test_a_denied_bound_from_below_bounds_from_above_neighbours(text, language):
    from generator.text.quantities import read

    assert [(q.value, q.approx) for q in read(text, language)] == [(300, "more-than")]


# --- the main verb after a restrictive relative clause says what befell the group (lead27),
# in a perfect's passive too: the auxiliary, "been", the participle

@pytest.mark.parametrize(("text", "language"), [
    ("The 40 tourists who stayed on the island near the dam have been evacuated.", "en"),
    ("Las 40 familias que vivían junto al cauce del arroyo han sido evacuadas.", "es"),
])
def test_the_main_verb_after_a_relative_clause_in_a_perfect_passive(text, language):
    from generator.extract.figures import figures_in
    from generator.text.sentences import Sentence

    assert [(f.value, f.head) for f in figures_in(Sentence(0, len(text), text, 0), language)] \
        == [(40, "evacuee")]


def test_the_main_verb_after_a_relative_clause_in_a_perfect_passive_neighbour():
    from generator.extract.figures import figures_in
    from generator.text.sentences import Sentence

    text = "Las 40 familias que vivían junto al cauce del arroyo han vuelto a sus casas."
    assert [f.head for f in figures_in(Sentence(0, len(text), text, 0), "es")] != ["evacuee"]


# --- a part opened with no comma right after the group's noun (spfig: "neuf morts dont deux
# enfants"), but not "dont" after another noun, a relative pronoun there

def _heads(text: str, language: str) -> list[tuple[float, str]]:
    from generator.extract.figures import figures_in
    from generator.text.sentences import Sentence

    return [(f.value, f.head) for f in figures_in(Sentence(0, len(text), text, 0), language)]


@pytest.mark.parametrize(("text", "language"), [
    ("La crue a fait trois morts dans la vallée dont 250 pompiers ont été mobilisés.", "fr"),
    ("La piena ha fatto tre morti nella valle di cui 250 vigili del fuoco sono stati inviati.",
     "it"),
])
def test_a_relative_dont_after_another_noun_opens_no_part(text, language):
    assert (250, "dead") not in _heads(text, language)


def test_a_relative_dont_after_another_noun_opens_no_part_neighbour():
    assert _heads("La crue a fait onze morts dont quatre enfants.", "fr") == [(11, "dead"),
                                                                              (4, "dead")]

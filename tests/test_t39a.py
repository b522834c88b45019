"""Trial 39's findings on a jailbreak (t39a): the people of a prison and what befell them, a
prison's population and capacity, hostages, lives claimed, holidays as dates, shares of the
vote. Every sentence is invented (other places, names and numbers than the trial's pages); each
test sets the shape the rule reads beside its near miss, whose reading must stay."""

from __future__ import annotations

import pytest

from tests.probes import figures

# --- 1. inmates who died are the dead, guards who were hurt the injured


@pytest.mark.parametrize(("text", "lang"), [
    ("Nineteen convicts died when the cell block at Oriel burned.", "en"),
    ("41 detainees were killed in the uprising at Oriel.", "en"),
    ("Fallecieron 19 presos en la revuelta del penal de Oriel.", "es"),
    ("Sono morti 19 carcerati nell'incendio del penitenziario di Oriel.", "it"),
    ("Morreram 19 presos no motim da penitenciária de Oriel.", "pt"),
    ("Bei der Meuterei in Oriel starben 19 Häftlinge.", "de"),
])
def test_prisoners_who_died_are_the_dead(text, lang):
    value = 41 if "41" in text else 19
    assert (value, "dead") in figures(text, lang), figures(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Seven guards were injured as the convicts rushed the yard at Oriel.", "en"),
    ("Seven guards were hurt when the convicts rushed the yard at Oriel.", "en"),
])
def test_guards_who_were_hurt_are_the_injured(text, lang):
    # the neighbour that stays: the Spanish guards who were hurt, read right already
    assert (7, "wounded") in figures("Siete guardias resultaron heridos en el penal de Oriel.", "es")
    assert (7, "wounded") in figures(text, lang), figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "value"), [
    # the near misses: a count of inmates or guards with nothing befalling them stays theirs
    ("Some 300 guards were deployed around the penitentiary at Oriel.", "en", 300),
    ("The penitentiary at Oriel holds 640 convicts.", "en", 640),
])
def test_inmates_and_guards_with_no_outcome_stay_a_count_of_them(text, lang, value):
    found = dict(figures(text, lang))
    assert value in found and found[value] not in ("dead", "wounded"), found

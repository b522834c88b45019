"""Misreadings review 20b found in trial 22's extract mends, in invented sentences of the same
shapes: each test failed before its mend."""

from __future__ import annotations

import pytest

from generator.extract.counts.counted import severity
from generator.extract.speakers.attribution import attribution
from generator.extract.speakers.people import people
from tests.probes import figures, sentence


def source(text: str, near: str, lang: str) -> str | None:
    found = attribution(sentence(text), text.index(near), lang)
    return found.who if found else None


# 1. After an office word only an adjective of origin or rank, never a verb.

@pytest.mark.parametrize("lang, text, quote", [
    ("fr", "Accident\n\nLe maire Paul Vernet s'est rendu sur place. Le maire remercie Air "
           "Varnia pour son aide. « Nous sommes unis », a-t-il ajouté.\n", "Nous sommes unis"),
    ("es", "Accidente\n\nEl alcalde Luis Varo visitó el lugar. El alcalde agradeció Cruz "
           "Dorada por su ayuda. «Estamos unidos», dijo.\n", "Estamos unidos"),
])
def test_a_verb_after_an_office_does_not_name_the_next_speaker(tmp_path, lang, text, quote):
    from tests.conftest import quote_speakers
    speakers = quote_speakers(tmp_path, text, lang=lang)
    assert speakers.get(quote) not in ("Air Varnia", "Cruz Dorada")


@pytest.mark.parametrize("text, place", [
    ("Le maire visitait Notre Varne hier soir.", "Notre Varne"),
    ("El alcalde visitó Villa Orvia ayer.", "Villa Orvia"),
    ("Il sindaco ringrazia Croce Varnia per il lavoro.", "Croce Varnia"),
])
def test_a_name_after_an_office_and_a_verb_is_no_person(text, place):
    assert place not in [name for _, name in people(text)]


# 2. An "according to" word names the source before a subject announcing the count.

def test_according_to_wins_over_an_announcing_subject_fr():
    text = "Le maire confirme 12 morts, selon la préfecture."
    assert source(text, near="12", lang="fr") == "la préfecture"


@pytest.mark.parametrize("text", [
    "Le bilan confirme 12 morts dans la nuit.",
    "L'accident annonce 12 morts de plus.",
    "La ville dénombre 12 000 habitants.",
])
def test_a_subject_that_is_no_source_does_not_announce_fr(text):
    assert source(text, near="12", lang="fr") is None


# 3. German mortal danger denied, or brought on others, is no critical injury.

@pytest.mark.parametrize("text, after", [
    ("Zwei Fahrgäste wurden nicht lebensgefährlich verletzt.", "Fahrgäste"),
    ("Zwei Fahrgäste schweben nicht mehr in Lebensgefahr.", "Fahrgäste"),
    ("Für zwei Fahrgäste besteht keine Lebensgefahr.", "Fahrgäste"),
    ("Zwei Fahrgäste wurden verletzt, aber ohne Lebensgefahr.", "Fahrgäste"),
    ("Zwei Fahrgäste sind außerhalb von Lebensgefahr.", "Fahrgäste"),
])
def test_denied_mortal_danger_is_not_critical_de(text, after):
    assert severity(text.split(after, 1)[1], "de") != "critical"


@pytest.mark.parametrize("text", [
    "Die 50 Fahrgäste waren nicht in Lebensgefahr.",
    "12 Feuerwehrleute begaben sich in Lebensgefahr.",
    "Der Fahrer brachte 40 Fahrgäste in Lebensgefahr.",
    "200 Menschen wurden in Lebensgefahr gebracht.",
])
def test_mortal_danger_denied_or_brought_counts_no_wounded_de(text):
    assert ("wounded" not in [group for _, group in figures(text, "de")])


# 4. Spanish "lesiones" counts the people who suffer them, not the injuries or the offences.

@pytest.mark.parametrize("text", [
    "Los médicos detectaron 3 lesiones en la columna.",
    "El acusado suma 3 delitos de lesiones.",
    "Tiene 4 condenas por lesiones.",
    "La policía recibió 200 denuncias por lesiones.",
    "Los 40 pasajeros no sufrieron lesiones.",
    "Los 40 pasajeros salieron sin lesiones.",
])
def test_injuries_counted_are_no_wounded_es(text):
    assert "wounded" not in [group for _, group in figures(text, "es")]


# 5. ", wie X mitteilte" after a comparison names no source.

@pytest.mark.parametrize("text", [
    "Es starben 12 Menschen, doppelt so viele, wie die Polizei am Morgen mitteilte.",
    "Es waren 12 Tote, nicht 15, wie Medien zuvor berichteten.",
])
def test_a_compared_count_is_not_credited_de(text):
    assert source(text, near="12", lang="de") is None


def test_a_closing_as_said_clause_still_credits_de():
    assert source("12 Menschen starben, wie die Polizei am Abend mitteilte.", near="12",
                  lang="de") \
        == "Polizei"


# 6. "…, six badly" counts injured people only after the injured with nothing counted between.

@pytest.mark.parametrize("text", [
    "Four people were injured in the blast, which damaged 12 homes, six badly.",
    "27 people were hurt, and 40 buildings damaged, six badly.",
    "27 people were hurt, 2019 badly.",
])
def test_how_badly_after_other_counts_is_no_wounded_en(text):
    wounded = [value for value, group in figures(text, "en") if group == "wounded"]
    assert 6 not in wounded and 2019 not in wounded


def test_how_badly_after_the_injured_still_counts_en():
    assert (6, "wounded") in figures("27 people were hurt, six badly.", "en")


# 7. A life a disaster could have cost is no death.

@pytest.mark.parametrize("text", [
    "El derrumbe podría haber costado la vida a 40 personas.",
    "El fuego habría costado la vida a 40 personas de no ser por los bomberos.",
])
def test_a_counterfactual_cost_of_lives_is_no_death_es(text):
    assert (40, "dead") not in figures(text, "es")

"""Extract round 28 (issue #16): what a figure measures when its words are not the group's
noun. A number whose only word is how badly people are hurt counts the injured; a rise of the
dead measures the dead; helicopters, ambulances and rescue teams measure the responders (the
corpus labels' convention). Found on s15 once it was used up as a sealed set; all text
invented."""

from __future__ import annotations

import pytest

from generator.content.measured import measure_of
from generator.extract.figures import figures_in
from tests.probes import sentence


def _measures(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.group, measure_of(f.group, f.noun, lang))
            for f in figures_in(sentence(text), lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il bilancio è di almeno tre morti e 45 feriti, di cui 12 gravi."),
    ("fr", "Le bilan est d'au moins trois morts et 45 blessés, dont 12 graves."),
    ("es", "El balance es de al menos tres muertos y 45 heridos, de los cuales 12 graves."),
])
def test_a_number_whose_only_word_is_how_badly_they_are_hurt_counts_the_injured(lang, text):
    assert (12, "wounded", "injured") in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text", "value", "group"), [
    # (a member named by a people's noun, "45 feriti, di cui 12 bambini", is among the injured
    # since chk50f, as the labels count a member with a category: test_figure_checklist.py)
    ("it", "Il bilancio è di tre morti e 45 feriti, di cui 12 veicoli danneggiati.", 12,
     "veicolo"),
    ("fr", "L'enquête a relevé 12 graves négligences sur le chantier.", 12, "négligence"),
])
def test_a_member_named_by_a_noun_keeps_its_noun(lang, text, value, group):
    found = {(v, g) for v, g, _ in _measures(text, lang)}
    assert (value, "wounded") not in found


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "Vier weitere Arbeiter kamen ums Leben.", 4),
    ("en", "Rescuers recovered three more bodies on Tuesday.", 3),
])
def test_a_rise_of_the_dead_measures_the_dead(lang, text, value):
    assert (value, "more dead", "dead") in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "Cuatro helicópteros y seis ambulancias llegaron al muelle.", 4),
    ("es", "Cuatro helicópteros y seis ambulancias llegaron al muelle.", 6),
    ("en", "A dozen firefighting teams were sent to the port, with four helicopters.", 12),
    ("en", "A dozen firefighting teams were sent to the port, with four helicopters.", 4),
    ("fr", "Six hélicoptères ont été mobilisés au-dessus du port.", 6),
    ("de", "Drei Hubschrauber landeten am Hafen.", 3),
])
def test_the_means_sent_to_the_rescue_measure_the_responders(lang, text, value):
    assert any(v == value and m == "responders" for v, _, m in _measures(text, lang))


@pytest.mark.parametrize(("lang", "text", "value", "measure"), [
    ("en", "Twelve teams played in the tournament last spring.", 12, "count"),
    ("en", "Six boats waited outside the harbour.", 6, "vessels"),
    ("fr", "Vingt camions attendaient devant le port.", 20, "count"),
    ("en", "Fifteen trucks arrived to hand out water in the town.", 15, "count"),
    ("en", "Fifteen fire trucks arrived at the port.", 15, "responders"),
])
def test_other_teams_and_vehicles_keep_their_measure(lang, text, value, measure):
    assert any(v == value and m == measure for v, _, m in _measures(text, lang))


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Five workers suffered serious injuries in the blast.", 5),
    ("fr", "Cinq ouvriers ont subi de graves blessures.", 5),
    ("it", "Cinque operai hanno riportato gravi ustioni.", 5),
    ("de", "Fünf Arbeiter erlitten teils schwere Verletzungen.", 5),
    ("de", "Zwölf Menschen erlitten Rauchvergiftungen.", 12),
    ("pt", "Cinco pessoas se feriram na explosão do depósito.", 5),
])
def test_people_who_suffered_injuries_are_the_injured(lang, text, value):
    assert (value, "wounded", "injured") in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Five medics treated injuries at the scene.", 5),
    ("en", "None of the five workers suffered injuries.", 5),
    ("de", "Fünf Sanitäter versorgten die Verletzungen der Arbeiter.", 5),
])
def test_injuries_treated_or_denied_are_no_count_of_the_injured(lang, text, value):
    assert (value, "wounded", "injured") not in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "La mairie compte désormais douze personnes concernées.", 12),
    ("en", "Some 40 people were affected by the gas.", 40),
    ("de", "Rund 40 Menschen waren betroffen.", 40),
    ("es", "Unas 40 personas resultaron afectadas por el gas.", 40),
    ("it", "Circa 40 persone sono state coinvolte nella fuga di gas.", 40),
    ("pt", "Cerca de 40 pessoas foram afetadas pelo gás.", 40),
])
def test_people_the_event_reached_are_the_affected(lang, text, value):
    assert (value, "affected", "affected") in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three workers could not be found on Tuesday."),
    ("it", "Altre tre persone invece non si trovano ancora."),
    ("fr", "Trois ouvriers restent introuvables."),
    ("es", "Tres trabajadores siguen sin aparecer."),
    ("de", "Drei Arbeiter werden noch gesucht."),
])
def test_people_who_cannot_be_found_are_the_missing(lang, text):
    assert (3, "missing", "missing") in _measures(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three workers were found alive on Tuesday."),
    ("it", "Tre persone si trovano ancora in ospedale."),
])
def test_people_found_are_not_the_missing(lang, text):
    assert (3, "missing", "missing") not in _measures(text, lang)

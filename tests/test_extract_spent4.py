"""Figures on the spent sealed sets, fourth round (issue 16, branch spfig4): the shapes of the
set s28 (avalanches, ferry fires) whose figures extract missed or misread. Invented sentences
of the same shapes in several languages, each with a neighbour the rule must leave alone. (An
avalanche's speed as a figure is held back on spfig4-held: ffig5 labels an ice avalanche's
speed no figure, spent28 a snow avalanche's a figure.)"""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the group a clause opens on may name its place: its parts are still the group's (spent28)
    ("Among the dead in Varn were five locals and 21 tourists.", "en", [(5, "dead"), (21, "dead")]),
    ("Unter den Toten von Varn befanden sich fünf Einheimische und 21 Urlauber.", "de",
     [(5, "dead"), (21, "dead")]),
    ("Parmi les morts de Varn figurent cinq habitants et 21 touristes.", "fr",
     [(5, "dead"), (21, "dead")]),
    ("Tra i morti di Varn ci sono cinque residenti e 21 turisti.", "it",
     [(5, "dead"), (21, "dead")]),
    # neighbours: a placed group of no outcome passes none to its parts (a plain count)
    ("Among the guests in Varn were 21 tourists.", "en", [(21, "tourist")]),
    ("Unter den Gästen von Varn befanden sich 21 Urlauber.", "de", [(21, "urlauber")]),
])
def test_a_placed_group_passes_its_outcome_to_its_parts(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a land's islands that nothing befalls describe it, the background of a page on a ferry
    # (spent28, four sites)
    ("Varnesia, an archipelago of more than 9,000 islands, relies on ferries.", "en", []),
    ("Varnesia, compuesta por más de 9.000 islas, depende del mar.", "es", []),
    ("La Varnésie, pays aux plus de 9000 îles, dépend de la mer.", "fr", []),
    ("Zwischen den rund 9.000 Inseln Varnesiens kommt es immer wieder zu Unglücken.", "de", []),
    ("La Varnesia, arcipelago di oltre 9.000 isole, dipende dal mare.", "it", []),
    # neighbours: islands the event struck or cut off keep their count
    ("The storm flooded 12 islands.", "en", [(12, "island")]),
    ("12 islands were cut off by the storm.", "en", [(12, "island")]),
    ("Das Hochwasser überflutete 12 Inseln.", "de", [(12, "insel")]),
    ("La tempête a ravagé 12 îles.", "fr", [(12, "île")]),
    ("La mareggiata ha isolato 12 isole.", "it", [(12, "isola")]),
])
def test_a_lands_islands_are_no_figure(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a sentence set weeks before now that tells of an incident recalls an earlier one
    # (spent28, two sites): its toll is not the event's
    ("Vor einigen Wochen ist bei Varn eine Fähre gesunken, wobei 14 Menschen ertranken.", "de",
     []),
    ("In der vorigen Woche überlebten 12 Fischer das Kentern eines Kutters bei Varn.", "de", []),
    ("Only two weeks ago a ferry capsized off Varn, killing 14 people.", "en", []),
    ("Il y a quelques semaines, un ferry a coulé au large de Varn, faisant 14 morts.", "fr", []),
    ("Hace unas semanas, un ferry se hundió frente a Varn y murieron 14 personas.", "es", []),
    ("Qualche settimana fa un traghetto è affondato al largo di Varn: 14 persone sono morte.",
     "it", []),
    # neighbours: weeks ago with no incident told, and days ago, are the event's own time
    ("Vor zwei Wochen kamen 300 Helfer nach Varn.", "de", [(300, "responder")]),
    ("Two weeks ago 300 volunteers arrived in Varn.", "en", [(300, "volunteer")]),
    ("La semaine dernière, 300 bénévoles sont arrivés.", "fr", [(300, "bénévole")]),
    ("Three days ago a ferry sank off Varn, killing 14 people.", "en", [(14, "dead")]),
])
def test_an_incident_weeks_ago_is_another(text, lang, expected):
    assert _figures(text, lang) == expected

"""Figures on the spent sealed sets, fourth round (issue 16, branch spfig4): the shapes of the
set s28 (avalanches, ferry fires) whose figures extract missed or misread. Invented sentences
of the same shapes in several languages, each with a neighbour the rule must leave alone. (Held back
on spfig4-held: an avalanche's speed as a figure, which ffig5 labels no figure for an ice
avalanche and spent28 a figure for a snow one; a group that names its place, "Among the dead in
Varn were…", which moved one site.)"""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


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


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a place that became a death trap for the people counted: the dead (spent24, two sites)
    ("Warum wird eine Bar zur Todesfalle für rund 30 Menschen?", "de", [(30, "dead")]),
    ("The bar became a death trap for about 30 people.", "en", [(30, "dead")]),
    ("Le bar est devenu un piège mortel pour 30 personnes.", "fr", [(30, "dead")]),
    ("El bar se convirtió en una trampa mortal para 30 personas.", "es", [(30, "dead")]),
    ("Il locale è diventato una trappola mortale per 30 persone.", "it", [(30, "dead")]),
    # neighbours: a trap with no death in it counts the people only
    ("The bar was a trap for 30 people.", "en", [(30, "person")]),
    ("Die Bar war eine Falle für 30 Menschen.", "de", [(30, "person")]),
])
def test_a_death_trap_counts_the_dead(text, lang, expected):
    assert _figures(text, lang) == expected

"""Measures of counted people on the spent sets s37–s38 and the pool spfig3 (issue 16, round
spfig3): counts read as people of no outcome where the sentence says they are missing or were
there when the event struck, each beside a near shape whose reading stays. Invented sentences
(invented places Velmora, Tarvos, Brenholm; other numbers).

* People buried whose fate is not yet known are the missing (``counted_words.BURIED``): "feared
  buried", "pourraient avoir été ensevelies", "könnten … verschüttet worden sein"; buried with no
  doubt said are the trapped, whom the event caught (``status_words.STATUS``: "enseveli",
  "buried under"); a funeral's "buried" and buried houses stay what they were.
* German says the fate of the missing is unclear with "Schicksal" as with "Verbleib"
  (:func:`generator.extract.counts.people_counted.whereabouts`).
* People whose own verb of being is followed by "at the time" ("au moment de son éruption")
  were there when it struck (:mod:`generator.extract.counts.present_there`): the people the
  event put at risk; a gathering, a hospital, another subject's verb stay as they were.
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- buried, fate unknown: the missing ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("Some 140 people are feared buried after the landslide hit Velmora.", "en",
     [(140, "missing")]),
    ("As many as 30 people may have been buried under the mud in Tarvos.", "en",
     [(30, "missing")]),
    ("Près de 90 personnes pourraient avoir été ensevelies par la coulée de boue à Velmora.", "fr",
     [(90, "missing")]),
    ("Bei der Mure in Tarvos könnten mehr als 110 Menschen verschüttet worden sein.", "de",
     [(110, "missing")]),
    ("Zwölf Menschen sind in Brenholm noch verschüttet.", "de", [(12, "missing")]),
])
def test_people_buried_whose_fate_is_unknown_are_the_missing(text, lang, want):
    """Fails without ``BURIED`` in the missing's words: these read as people of no outcome
    ("person") or as the trapped, a count of the affected, where outlets give them as missing."""
    assert _figures(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    # buried with no doubt said, an outcome of some of them after: the people the event caught
    ("Drei Bergsteiger wurden in Tarvos verschüttet, zwei konnten lebend geborgen werden.", "de",
     [(3, "trapped"), (2, "rescued")]),
    ("Douze randonneurs ont été ensevelis sous la neige près de Velmora.", "fr",
     [(12, "trapped")]),
    ("More than 80 people were buried by the mudslide in Brenholm.", "en", [(80, "trapped")]),
    # a funeral's burial, and the houses a slide buried
    ("Twelve victims were buried on Sunday in Velmora.", "en", [(12, "dead")]),
    ("La coulée de boue a enseveli 62 maisons à Tarvos.", "fr", [(62, "building")]),
])
def test_burial_with_no_doubt_is_the_trapped_and_a_funeral_stays(text, lang, want):
    """The near shapes: the second and third fail without "enseveli" and "buried by" among the
    trapped's words (they read as people of no outcome); the others keep their reading."""
    assert _figures(text, lang) == want


@pytest.mark.parametrize("text, want", [
    ("The three children were buried by their families on Friday in Velmora.", []),
    ("Four victims were buried by their relatives in the cemetery of Velmora.", [(4, "dead")]),
    # the near shapes: what fell, after an article or by its name, still buries the trapped
    ("Three hikers were buried by a landslide near Velmora.", [(3, "trapped")]),
    ("Three hikers were buried by falling rocks near Velmora.", [(3, "trapped")]),
])
def test_buried_by_their_families_is_a_funeral_not_the_trapped(text, want):
    """The first fails while any "buried by" read the trapped (their families bury the dead);
    the others are the near shapes: the dead so buried stay the dead, what fell still buries."""
    assert [f for f in _figures(text, "en") if f[1] == "trapped" or f[1] == "dead"] == want


# ---- German "Schicksal": the missing ------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Am Abend war das Schicksal von zwei Dutzend Menschen in Velmora noch ungeklärt.",
     [(24, "missing")]),
    ("Das Schicksal von 18 Menschen ist weiter unklar.", [(18, "missing")]),
    # the near shapes: a fate cleared up, a fate that moves a country
    ("Das Schicksal von 18 Menschen ist inzwischen geklärt.", [(18, "accounted")]),
    ("Das Schicksal der 18 Menschen bewegt ganz Tarvos.", [(18, "person")]),
])
def test_a_fate_unclear_in_german_is_the_missing(text, want):
    """The first three fail without "Schicksal" beside "Verbleib" (they read as people)."""
    assert _figures(text, "de") == want


# ---- there at the time --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("About 40 people, residents as well as hikers, are believed to have been nearby at the "
     "time.", "en"),
    ("About 40 people were on the crater rim at the time of the blast.", "en"),
    ("Une quarantaine de touristes se trouvaient mardi près du cratère au moment de "
     "l'explosion.", "fr"),
    ("Unos 40 turistas se encontraban junto al cráter en el momento de la erupción.", "es"),
])
def test_people_there_at_the_time_are_the_affected(text, lang):
    """Fails without ``present_there._then`` and ``present_then``: the first reads as people of
    no outcome, the French and Spanish as "present", a count of no measure."""
    assert [g for _, g in _figures(text, lang)] == ["there"]


@pytest.mark.parametrize("text, lang, want", [
    ("Une centaine de personnes se sont rassemblées lundi au moment de la messe.", "fr",
     "present"),
    ("Une centaine de personnes se trouvaient à l'hôpital au moment du drame.", "fr", "present"),
    ("The island, which about 90 people cleaned on Monday, was busy at the time.", "en",
     "person"),
    ("About 50 people were evacuated at the time.", "en", "evacuee"),
])
def test_a_gathering_a_hospital_or_another_verb_is_not_there(text, lang, want):
    """The near shapes: no verb of being of the count's own, a hospital, an outcome read first."""
    assert [g for _, g in _figures(text, lang)] == [want]


# ---- a yearly rate: no count of the event --------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Quelque 9 000 touristes visitent chaque année l'île, qui entre souvent en éruption.", "fr"),
    ("Chaque année, quelque 9 000 touristes visitent l'île de Velmora.", "fr"),
    ("Some 9,000 tourists visit Velmora island every year.", "en"),
    ("Unos 9.000 turistas visitan cada año la isla de Velmora.", "es"),
    ("Rund 9.000 Touristen besuchen jedes Jahr die Insel Velmora.", "de"),
])
def test_a_count_given_as_a_yearly_rate_is_no_figure(text, lang):
    """Fails without ``habits._yearly``: each proposes the yearly visitors as people."""
    assert _figures(text, lang) == []


@pytest.mark.parametrize("text, lang, want", [
    ("Thirty people remain homeless a year after the flood in Tarvos.", "en", [(30, "evacuee")]),
    ("Five people were killed on the island, which draws 9,000 visitors a year.", "en",
     [(5, "dead")]),
])
def test_a_year_after_and_the_events_toll_stay(text, lang, want):
    """The near shapes: "a year after" is no rate; the toll beside a yearly rate stays."""
    assert _figures(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("The island draws 9,000 visitors every year, and 12 people died there on Monday.", "en",
     [(12, "dead")]),
    ("About 9,000 visitors come every year and 12 people died there on Monday.", "en",
     [(12, "dead")]),
    ("9 000 touristes visitent chaque année l'île, et 12 personnes sont mortes lundi.", "fr",
     [(12, "dead")]),
    ("Twelve people died at a yearly festival in Tarvos.", "en", [(12, "dead")]),
    ("Zwölf Menschen starben beim jährlichen Stadtfest in Velmora.", "de", [(12, "dead")]),
])
def test_the_events_toll_in_another_clause_than_the_rate_or_a_yearly_thing_stays(
        text, lang, want):
    """Fail while the rate reached across a comma or "and" into the next clause, or a word
    beginning with the rate's ("yearly", "jährlichen"), took the event's toll for a habit."""
    assert _figures(text, lang) == want


# ---- a place's height restated in brackets before "above sea level" ------------------------------

def test_a_height_above_sea_level_restated_in_brackets_is_no_figure():
    """Fails without ``place_height._after_restated``: the altitude is proposed as a length."""
    text = ("Velmora lies in the Tarvos range at around 2,100m (6,900ft) above sea level, and "
            "five people died there.")
    assert _figures(text, "en") == [(5, "dead")]


@pytest.mark.parametrize("text, want", [
    ("The plane crashed at 1,700 metres (5,600 ft) above sea level, killing five.",
     [(1700, "m"), (5, "dead")]),
    ("The slide ran 700 metres (2,300 ft) down the slope.", [(700, "m")]),
])
def test_a_height_where_it_happened_or_a_slides_run_stays(text, want):
    """The near shapes: where the event happened, and a length with no sea level after."""
    assert _figures(text, "en") == want

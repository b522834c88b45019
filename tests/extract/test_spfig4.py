"""Figures on the six spent sealed sets s30–s35 (issue 16, round spfig4): what befell people
counted when the words of their outcome stand in another clause or another idiom, each beside a
near shape whose reading stays. Invented sentences (invented places Velmora, Harrowgate, Tarnowo;
other numbers).

* Lives lost, in every language (:mod:`generator.extract.counts.lives`,
  :mod:`generator.extract.counts.people_counted`): a verb of losing before a count of lives, German
  and
  Dutch verbs of taking or losing after it; German and Dutch "lost N people their life" with the
  verb first; the German nominative "the death of"; "did not survive" in seven languages; Dutch
  "om het leven gekomen" after a verb-last auxiliary. Lives saved and homes lost stay no toll.
* People named by their age ("adults", "teenagers") are people, whose outcome the clause names
  (:data:`generator.text.counted_words.PEOPLE`).
* "Among the dead" opening its clause after a source's comma or "that"
  (:mod:`generator.extract.counts.elided`).
* The first count of a list of people takes the outcome named after the next item
  (:mod:`generator.extract.counts.people_counted`), not a second clause's outcome.
* A share of a body, how far burns reach, is no figure
(:mod:`generator.extract.context.background`).
"""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


# ---- lives lost ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Wir haben bei dem Einsturz in Velmora leider 17 Menschenleben verloren.", "de"),
    ("Nel crollo di Velmora abbiamo perso 17 vite, ha detto il sindaco.", "it"),
    ("De instorting in Velmora, die 17 levens eiste, schokte de provincie.", "nl"),
    ("Lors de l'effondrement, nous avons perdu 17 vies.", "fr"),
    ("Bei dem Einsturz in Velmora verloren 17 Menschen ihr Leben.", "de"),
    ("Bij de instorting in Velmora verloren 17 mensen het leven.", "nl"),
    ("Der Tod von 17 Menschen hat in Velmora Trauer ausgelöst.", "de"),
    ("In Velmora zijn 17 mijnwerkers om het leven gekomen.", "nl"),
    ("Minstens 17 mijnwerkers zijn om het leven gekomen in Velmora.", "nl"),
])
def test_lives_lost_are_the_dead(text: str, lang: str) -> None:
    assert _figures(text, lang) == [(17, "dead")]


@pytest.mark.parametrize("text, lang", [
    ("Die Bergwacht hat in Velmora 17 Menschenleben gerettet.", "de"),
    ("I soccorritori di Velmora hanno salvato 17 vite.", "it"),
    ("De reddingsdienst in Velmora heeft 17 levens gered.", "nl"),
    ("Bei dem Hochwasser in Velmora verloren 17 Menschen ihr Zuhause.", "de"),
    ("Bij de overstroming verloren 17 mensen hun huis.", "nl"),
])
def test_lives_saved_and_homes_lost_are_no_toll(text: str, lang: str) -> None:
    assert all(group != "dead" for _, group in _figures(text, lang))


def test_a_dutch_purpose_clause_still_ends_the_clause() -> None:
    text = "Minstens 17 mijnwerkers zijn naar Tarnowo gebracht om daar te worden verzorgd."
    assert all(group != "dead" for _, group in _figures(text, "nl"))


@pytest.mark.parametrize("text, lang", [
    ("At least 17 climbers did not survive the avalanche near Harrowgate.", "en"),
    ("Au moins 17 alpinistes n'ont pas survécu à l'avalanche.", "fr"),
    ("Al menos 17 alpinistas no sobrevivieron a la avalancha.", "es"),
    ("Almeno 17 alpinisti non sono sopravvissuti alla valanga.", "it"),
    ("Pelo menos 17 alpinistas não sobreviveram à avalanche.", "pt"),
    ("In Velmora haben 17 Bergsteiger die Lawine nicht überlebt.", "de"),
    ("Minstens 17 klimmers hebben de lawine niet overleefd.", "nl"),
])
def test_those_who_did_not_survive_are_the_dead(text: str, lang: str) -> None:
    assert _figures(text, lang) == [(17, "dead")]


@pytest.mark.parametrize("text, lang", [
    ("At least 17 climbers survived the avalanche near Harrowgate.", "en"),
    ("In Velmora haben 17 Bergsteiger die Lawine überlebt.", "de"),
])
def test_those_who_survived_stay_survivors(text: str, lang: str) -> None:
    assert all(group != "dead" for _, group in _figures(text, lang))


# ---- people named by their age -------------------------------------------------------------------

def test_adults_are_people_whose_outcome_is_named() -> None:
    assert _figures("Nine adults were killed when the roof fell in Harrowgate.", "en") == [
        (9, "dead")]
    assert _figures("Police said nine teenagers were hurt in Harrowgate.", "en") == [
        (9, "wounded")]


def test_adults_with_no_outcome_stay_a_count() -> None:
    assert all(group not in ("dead", "wounded") for _, group in _figures(
        "Police said nine adults were waiting at the Harrowgate depot.", "en"))


# ---- "among the dead" after a source -------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("According to the coroner, among the dead were nine tourists.", "en"),
    ("The coroner said that among the dead were nine tourists.", "en"),
    ("Secondo il prefetto di Velmora, tra i morti ci sono nove turisti.", "it"),
    ("El alcalde dijo que entre los muertos hay nueve turistas.", "es"),
])
def test_among_the_dead_after_a_source(text: str, lang: str) -> None:
    assert _figures(text, lang) == [(9, "dead")]


@pytest.mark.parametrize("text, want", [
    ("Volunteers searched among the dead for nine hours in Harrowgate.", []),
    ("The mayor, among the first to arrive, said nine people were hurt.", [(9, "wounded")]),
])
def test_among_that_opens_no_group_counted(text: str, want: list) -> None:
    assert _figures(text, "en") == want


# ---- a list of counts sharing one outcome --------------------------------------------------------

@pytest.mark.parametrize("text, lang, outcome", [
    ("Three drivers and 14 hikers were killed near Harrowgate.", "en", "dead"),
    ("14 excursionistas y tres guías murieron cerca de Velmora.", "es", "dead"),
    ("Bij de lawine zijn 14 wandelaars en drie gidsen omgekomen.", "nl", "dead"),
    ("14 randonneurs et trois guides sont morts près de Velmora.", "fr", "dead"),
    ("Nine hikers and a guide were rescued from the ridge.", "en", "rescued"),
])
def test_the_first_count_of_a_list_takes_the_lists_outcome(text: str, lang: str, outcome: str
                                                           ) -> None:
    figures = _figures(text, lang)
    assert figures and all(group == outcome for _, group in figures), figures


@pytest.mark.parametrize("text, lang", [
    ("Two drivers, a nurse and three porters died when the bridge at Harrowgate fell.", "en"),
    ("Zwei Touristen, ein Pfarrer und drei Schüler starben bei dem Brand in Tarnowo.", "de"),
])
def test_the_first_count_takes_the_outcome_past_a_comma_list(text: str, lang: str) -> None:
    assert _figures(text, lang)[0] == (2, "dead")


def test_a_comma_aside_names_no_outcome_of_the_list() -> None:
    assert _figures("The blast in Harrowgate injured 40 people, a nurse said.", "en") == [
        (40, "wounded")]
    # French "a" (has) is no article; a part "of whom" names its own outcome
    assert all(group == "person" for _, group in _figures(
        "Velmora, un bourg de 9 000 personnes, a été privé d'eau.", "fr"))
    assert (40, "dead") not in _figures(
        "40 persone, due delle quali sono morte, sono state ricoverate a Velmora.", "it")


@pytest.mark.parametrize("text, want", [
    ("Police evacuated 300 hikers and 14 were injured near Harrowgate.",
     [(300, "evacuee"), (14, "wounded")]),
    ("The avalanche killed 14 hikers and injured 30 others.", [(14, "dead"), (30, "wounded")]),
])
def test_a_second_clause_keeps_its_own_outcome(text: str, want: list) -> None:
    assert _figures(text, "en") == want


# ---- a share of a body ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Nine miners were treated for burns, some over 60 percent of their bodies.", "en"),
    ("Nueve mineros sufrieron quemaduras en más del 60% del cuerpo.", "es"),
    ("Neuf mineurs ont été brûlés sur 60 % du corps.", "fr"),
    ("Neun Bergleute erlitten Verbrennungen an 60 Prozent des Körpers.", "de"),
])
def test_a_share_of_a_body_is_no_figure(text: str, lang: str) -> None:
    assert all(value != 60 for value, _ in _figures(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("About 60 percent of Harrowgate was flooded.", "en"),
    ("El 60% de Velmora quedó destruido.", "es"),
])
def test_a_share_of_what_the_event_struck_stays(text: str, lang: str) -> None:
    assert (60, "percent") in _figures(text, lang)

"""A denied outcome counts no one: "the 40 passengers were not injured" is no count of the
injured, in any language the corpus has (the twelfth stop; invented sentences)."""

from __future__ import annotations

import pytest

from tests.probes import figures

DENIED = [
    ("en", "The 40 passengers on the second coach were not injured, the police said.", 40),
    ("en", "Officials said 30 workers were not hurt in the blast.", 30),
    ("en", "The 18 pupils on the upper deck weren't injured.", 18),
    ("en", "The 14 guests have not been hurt, the owner said.", 14),
    ("de", "Die 45 Fahrgäste im zweiten Wagen wurden nicht verletzt, teilte die Polizei mit.", 45),
    ("de", "Die 45 Fahrgäste wurden bei dem Unfall nicht verletzt.", 45),
    ("de", "Die 45 Fahrgäste sind nicht verletzt worden.", 45),
    ("fr", "Les 30 autres passagers n'ont pas été blessés, selon la préfecture.", 30),
    ("fr", "Les 30 passagers ne sont pas blessés.", 30),
    ("es", "Los 25 pasajeros del segundo vagón no resultaron heridos, informó la policía.", 25),
    ("es", "Los 25 pasajeros no han resultado heridos.", 25),
    ("it", "I 40 passeggeri non sono rimasti feriti, ha detto la polizia.", 40),
    ("it", "I 40 passeggeri non hanno riportato ferite.", 40),
    ("pt", "Os 30 passageiros não ficaram feridos.", 30),
    ("nl", "De 30 passagiers raakten niet gewond.", 30),
]


@pytest.mark.parametrize(("lang", "text", "value"), DENIED)
def test_a_denied_outcome_counts_no_one(lang: str, text: str, value: int) -> None:
    assert (value, "wounded") not in figures(text, lang)


KEPT = [
    # the severity is denied, not the hurt: they are still injured
    ("en", "The 12 passengers were not seriously injured.", 12, "wounded"),
    ("de", "Die 12 Fahrgäste wurden nicht schwer verletzt.", 12, "wounded"),
    # a negation of another verb in the clause leaves the outcome
    ("en", "The 12 miners who could not escape died in the tunnel.", 12, "dead"),
    ("es", "Los 12 mineros que no pudieron salir murieron en el túnel.", 12, "dead"),
    # a negation that is the outcome's own word ("nie żyje": is dead)
    ("pl", "12 osób nie żyje po wybuchu.", 12, "dead"),
    # no negation at all
    ("de", "Die 45 Fahrgäste wurden verletzt.", 45, "wounded"),
]


@pytest.mark.parametrize(("lang", "text", "value", "group"), KEPT)
def test_an_outcome_not_denied_still_counts(lang: str, text: str, value: int,
                                           group: str) -> None:
    assert (value, group) in figures(text, lang)


@pytest.mark.parametrize(("lang", "text", "value", "group"), [
    # severity denied by a negation of any corpus language, not only German's
    ("en", "The 12 passengers were not critically injured.", 12, "wounded"),
    ("fr", "Les 12 passagers ne sont pas grièvement blessés.", 12, "wounded"),
])
def test_a_denied_severity_leaves_the_hurt_without_a_level(lang: str, text: str, value: int,
                                                          group: str) -> None:
    from generator.extract.counts.counted import severity
    assert (value, group) in figures(text, lang)
    assert severity(text.split(str(value), 1)[1], lang) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The 12 climbers weren't found alive."),
    ("es", "Los 12 mineros sin vida no fueron hallados vivos."),
    ("it", "I 12 escursionisti non sono stati trovati vivi."),
])
def test_survivors_denied_in_any_language_are_no_survivors(lang: str, text: str) -> None:
    from generator.extract.counts.people_counted import said_alive
    assert not said_alive(text.split("12", 1)[1], lang)


def test_one_list_of_modals_serves_forecasts_and_lives_not_taken() -> None:
    """The modals are one list (text/future.MODALS): the Portuguese conditional "poderia" is a
    forecast's modal as "poderá" was, and a life it "could have cost" is no death."""
    from generator.text.future import may_come
    assert may_come("A temperatura poderia atingir ", " graus na sexta-feira")
    assert (40, "dead") not in figures(
        "O incêndio poderia ter custado a vida a 40 pessoas.", "pt")


@pytest.mark.parametrize(("lang", "text", "value", "group"), [
    # review 21: a denial turned round by a time it did happen, or by what it was instead
    ("en", "The 12 miners were not rescued until Monday morning.", 12, "rescued"),
    ("es", "12 personas no fueron rescatadas hasta la noche.", 12, "rescued"),
    ("en", "The 12 workers were not killed by the blast itself but by the fire.", 12, "dead"),
    ("es", "12 personas no murieron en el acto, sino en el hospital.", 12, "dead"),
    ("it", "12 persone non sono morte sul colpo ma in ospedale.", 12, "dead"),
])
def test_a_denial_turned_round_keeps_the_outcome(lang: str, text: str, value: int,
                                                 group: str) -> None:
    assert (value, group) in figures(text, lang)


def test_a_french_date_in_may_is_no_negation_before_one_person() -> None:
    """Review 21: "mai" is French May, not Italian "never", on a French page."""
    from generator.extract.singular import singular_figures
    from tests.probes import sentence
    text = "Le 3 mai un ouvrier est mort dans l'explosion de l'usine."
    assert (1, "dead") in [(f.value, f.group) for f in singular_figures(sentence(text), "fr")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A fire broke out, bringing to 40 the number of people killed in industrial "
           "accidents in the region since 2010, the ministry said."),
    ("fr", "L'incendie porte à 12 le nombre de morts depuis le début de l'année."),
    ("es", "El accidente eleva a 12 la cifra de muertos en accidentes industriales este año."),
])
def test_a_total_over_a_period_is_not_the_events_toll(lang: str, text: str) -> None:
    """Review 21: trial 23's rising toll read only when it is the event's."""
    assert not [g for v, g in figures(text, lang) if g == "dead"]


def test_a_rising_toll_since_the_event_is_still_its_toll() -> None:
    assert (12, "dead") in figures(
        "The fire spread, bringing to 12 the number of people killed since the blast.", "en")


@pytest.mark.parametrize("text", [
    "Les secours craignent qu'un ouvrier soit mort sous les décombres.",
    "Il est possible qu'une femme ait été blessée.",
])
def test_a_french_subjunctive_after_que_states_no_casualty(text: str) -> None:
    from generator.extract.singular import singular_figures
    from tests.probes import sentence
    assert singular_figures(sentence(text), "fr") == []

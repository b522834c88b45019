"""Extract round 24 (4 December 2026): the counts of an air crash, read on fresh pages about an
airliner that came down with passengers of several countries on board. Every sentence here is
invented (places, airlines and people too); each test fails without its round's change."""

from __future__ import annotations

import pytest

from tests.conftest import draft_of_pages
from tests.probes import figures


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a list of nationalities: the first item ran on into the second, the small ones were lost
    ("en", "The Sorvane Air jet carried 40 Chileans, six Peruvian nationals, three Norwegian "
           "citizens and 12 Italians.", [40, 6, 3, 12]),
    ("fr", "Parmi eux se trouvaient 40 Chiliens, six ressortissants péruviens et trois citoyens "
           "belges.", [40, 6, 3]),
    ("es", "A bordo viajaban 40 ciudadanos chilenos, seis noruegos y tres ciudadanos belgas.",
     [40, 6, 3]),
    ("it", "Sul volo c'erano 40 cittadini del Cile, 6 norvegesi e 3 del Belgio.", [40, 6, 3]),
    ("de", "Unter den Insassen sollen 40 aus Chile kommen, 6 aus Norwegen und 3 aus Belgien.",
     [40, 6, 3]),
])
def test_people_counted_by_their_country_are_nationals(lang, text, want):
    assert figures(text, lang) == [(v, "national") for v in want]


@pytest.mark.parametrize(("text", "want"), [
    # a route is not where people are from; a country's things are no people
    ("The jet flew 67 people from Portugal to Peru, among them 12 Chileans.",
     [(67, "person"), (12, "national")]),
    ("Among the 40 Chileans on board were the owners of 12 Italian restaurants.",
     [(40, "national"), (12, "restaurant")]),
])
def test_only_people_are_counted_by_their_country(text, want):
    assert figures(text) == want


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "80 passagers et 6 membres d'équipage se trouvaient dans l'appareil de Sorvane Air."),
    ("es", "A bordo iban 80 pasajeros y seis miembros de la tripulación."),
    ("it", "L'aereo trasportava 80 passeggeri e 6 membri dell'equipaggio."),
    ("de", "An Bord waren 80 Passagiere und sechs Besatzungsmitglieder."),
    ("pt", "O avião levava 80 passageiros e seis tripulantes."),
])
def test_passengers_and_crew_are_counted_as_in_english(lang, text):
    assert figures(text, lang) == [(80, "passenger"), (6, "crew")]


def test_killed_passengers_are_still_the_dead():
    assert figures("L'accident a tué 12 passagers et 6 membres d'équipage.", "fr") == [
        (12, "dead"), (6, "crew")]


def test_one_countrys_count_joins_across_languages_and_stays_apart_from_anothers(tmp_path):
    draft = draft_of_pages(tmp_path, {
        "orvale-en": ("en", "The Sorvane Air jet that crashed near Orvale on Tuesday carried "
                            "40 Chileans and 30 Cubans, the airline said.\n"),
        "orvale-fr": ("fr", "L'avion de Sorvane Air qui s'est écrasé mardi près d'Orvale "
                            "transportait 40 ressortissants chiliens et 30 citoyens cubains, "
                            "selon la compagnie.\n"),
    })
    labels = {p.label: sorted(r.article for r in p.reports) for p in draft.figures}
    assert labels["Number of nationals of Chile (40)"] == ["orvale-en", "orvale-fr"]
    assert labels["Number of nationals of Cuba (30)"] == ["orvale-en", "orvale-fr"]


@pytest.mark.parametrize(("lang", "text", "want"), [
    # those who lived through it, by a noun or a verb: a group of their own, as in English
    ("de", "Nach Angaben der Behörden von Orvale starben 12 Menschen, 30 überlebten.",
     [(12, "dead"), (30, "survivor")]),
    ("es", "El ministerio de Varno dijo que 25 personas sobrevivieron al choque.",
     [(25, "survivor")]),
    ("it", "Secondo la prefettura di Varno 31 persone sono sopravvissute.", [(31, "survivor")]),
    ("fr", "Les secours de Varno ont recensé 32 survivants.", [(32, "survivor")]),
    ("en", "The coastguard said 28 people survived the ditching.", [(28, "survivor")]),
    ("pt", "Só 3 pessoas sobreviveram à queda em Varno.", [(3, "survivor")]),
])
def test_survivors_are_one_group_in_every_language(lang, text, want):
    assert figures(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a count of people the words beside it put on board, or the aircraft carried
    ("en", "A Sorvane Air flight with 80 people on board came down near Orvale.",
     [(80, "on board")]),
    ("fr", "Un appareil de Sorvane Air avec 80 personnes à son bord a atterri en urgence à Varno.",
     [(80, "on board")]),
    ("es", "Según la aerolínea, a bordo iban 80 personas.", [(80, "on board")]),
    ("de", "Insgesamt sollen 80 Menschen an Bord gewesen sein.", [(80, "on board")]),
    ("it", "Il velivolo trasportava 80 persone.", [(80, "on board")]),
    ("en", "A jet carrying 80 people came down near Orvale.", [(80, "on board")]),
    # what befell them still comes first
    ("en", "Of the 80 people on board, 12 were killed.", [(80, "on board"), (12, "dead")]),
])
def test_people_on_board_are_counted_as_such(lang, text, want):
    assert figures(text, lang) == want


@pytest.mark.parametrize(("lang", "text"), [
    # a flight's code glued by a dash to its number names the flight: no count of the dead
    ("fr", "Au moins 40 personnes sont mortes à bord du vol X7-4821."),
    ("de", "Mindestens 40 Menschen starben im Flug X7-4821."),
])
def test_a_flight_code_with_its_number_is_no_count(lang, text):
    assert figures(text, lang) == [(40, "dead")]

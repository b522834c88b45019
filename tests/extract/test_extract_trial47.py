"""Shapes a new user's briefing on a cruise ship's grounding misread (trial 47, FIDELITY.md),
each with the near shape that must stay as it was. Invented sentences, ships and places.

- a live page's entry stamps with a comma or a point ("00,50 –") were read as counts;
- "…, while a search continued through the cabins for 15 people" credited the count to "a
  search";
- a toll's word before the people on board ("le bilan est lourd, sur les 4.200 personnes à
  bord") made them the dead;
- the peoples whose word shares no stem with their country's name in CLDR (Americans,
  Britons, the Dutch, "US nationals") were of no country, and joined another country's count;
- a country's people among the dead and among the missing were one figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.figures import figures_in
from generator.extract.speakers.attribution import speech_verbs
from generator.text.countries import country_of_people
from generator.text.nationals import nation_of
from generator.text.quantities.reader import quantities
from generator.text.sentences import Sentence, sentence_spans
from tests.conftest import draft_of_pages
from tests.extract.test_extract_shapes import _quotes


def _found(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize(("text", "lang", "left"), [
    ("00,50 – Alle 11 di oggi è in programma l'udienza del comandante.", "it", []),
    ("22,13 – Secondo la capitaneria i dispersi sarebbero 29.", "it", [29.0]),
    ("14.05 - Rescuers found 3 more bodies in the hull.", "en", [3.0]),
    ("09.40 — Les secours ont évacué 200 passagers.", "fr", [200.0]),
])
def test_a_live_page_s_entry_stamp_is_no_count(text, lang, left) -> None:
    """Fails without LIVE_STAMP_RE: the stamp was read as 0.5, 22.13, 14.05, 9.4."""
    assert [q.value for q in quantities(text, lang)] == left


@pytest.mark.parametrize(("text", "lang", "value"), [
    # the near shapes: a decimal or a range that opens no line, or has no dash after it
    ("Il carico era di 22,13 tonnellate.", "it", 22.13),
    ("The ship listed 14.05 degrees.", "en", 14.05),
])
def test_a_decimal_inside_a_sentence_stays_a_number(text, lang, value) -> None:
    assert value in [q.value for q in quantities(text, lang)]


@pytest.mark.parametrize("text", [
    "Three survivors were pulled from the wreck, while a search continued through the cabins "
    "for 15 people still missing.",
    "Two bodies were found, as the search continued on the lower decks.",
])
def test_a_clause_opened_by_a_conjunction_is_no_speaker_of_continued(text) -> None:
    """Fails without the conjunction guard in _AFTER_A_CLAUSE: "continued" spoke."""
    assert not [m for m in speech_verbs(text) if m.group().startswith("conti")]


def test_continued_after_a_quotation_still_speaks() -> None:
    """The near shape: "“…,” the mayor continued" is a speech verb."""
    text = "“We will not stop,” the mayor continued, “until everyone is found.”"
    assert [m for m in speech_verbs(text) if m.group().startswith("conti")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le bilan est lourd, sur les 4.200 personnes à bord (3.216 passagers et 1.013 marins), "
     "cinq sont morts.", "fr"),
    ("Il bilancio è pesante: delle 4.200 persone a bordo, cinque sono morte.", "it"),
])
def test_the_people_on_board_are_not_the_toll_s_dead(text, lang) -> None:
    """Fails without the ``aboard`` guard on the toll in people_outcome: 4,200 dead."""
    found = _found(text, lang)
    assert (4200, "on board") in found and (4200, "dead") not in found
    assert (5, "dead") in found


def test_a_toll_of_people_with_no_board_stays_the_dead() -> None:
    """The near shape: the toll's words count the people when nothing puts them aboard."""
    assert (12, "dead") in _found("Le bilan s'élève à 12 personnes.", "fr")


@pytest.mark.parametrize(("word", "lang", "code"), [
    ("Americans", "en", "US"), ("Britons", "en", "GB"), ("Dutch", "en", "NL"),
    ("américains", "fr", "US"), ("britanniques", "fr", "GB"), ("Amerikaner", "de", "US"),
    ("Briten", "de", "GB"), ("estadounidenses", "es", "US"), ("británicos", "es", "GB"),
    ("statunitensi", "it", "US"), ("olandesi", "it", "NL"),
])
def test_peoples_apart_from_their_country_s_name(word, lang, code) -> None:
    """Fails without _PEOPLE_APART: None."""
    assert country_of_people(word, lang) == code


@pytest.mark.parametrize(("noun", "code"), [
    ("US nationals", "US"), ("UK citizens", "GB"), ("German nationals", "DE"),
    ("foreign nationals", None),
])
def test_a_country_s_initials_name_its_nationals(noun, code) -> None:
    assert nation_of(noun, "en") == code


PAGES = {
    "ship-a": ("en", "Grounding off Varla\n\nTwo French tourists drowned when the Corvessa ran "
                     "aground off Varla. A German official said at least 10 German nationals "
                     "were still missing and two US nationals were also yet to be found.\n"),
    "ship-b": ("en", "Search off Varla\n\nOfficials said 12 Germans, four French and two "
                     "Americans were still unaccounted for after the Corvessa grounding.\n"),
}


def test_a_country_s_dead_and_its_missing_are_two_figures(tmp_path: Path) -> None:
    """Fails without the measure in the grouping key (the French dead and missing were one
    figure) and without the peoples apart (the US missing joined France's)."""
    draft = draft_of_pages(tmp_path / "ship", PAGES, published="2031-03-27T12:00:00+01:00")
    groups = {(p.label.split(" (")[0], p.measure): sorted(r.value for r in p.reports)
              for p in draft.figures if p.unit == "nationals"}
    assert groups[("Number of nationals of France", "dead")] == [2]
    assert groups[("Number of nationals of France", "missing")] == [4]
    assert groups[("Number of nationals of United States", "missing")] == [2, 2]


def test_a_second_of_time_is_no_according_to(tmp_path) -> None:
    """Fails without the counting words in ``_ordinal``: "di pausa" was the speaker."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "La telefonata riprende. “Parlo con il comandante?”, chiede l'ufficiale Dario Neri. "
        "Dopo qualche secondo di pausa. “Sì, sono io”.\n"), "it")
    assert quotes["Sì, sono io"] != "di pausa"


def test_according_to_whom_credits_the_one_named_before(tmp_path) -> None:
    """Fails without ``_ACCORDING_WHOM``: "cui la roccia", "el cual la roca" were speakers."""
    it = _quotes(tmp_path, (
        "Prova\n\n"
        "Si aggrava la posizione del comandante Aldo Ferri, secondo cui la roccia “non era "
        "segnalata” sulle carte.\n"), "it")
    assert it["non era segnalata"] == "Aldo Ferri"
    es = _quotes(tmp_path, (
        "Prueba\n\n"
        "Empeora la situación del capitán Aldo Ferri, según el cual la roca «no estaba "
        "señalizada» en las cartas.\n"), "es")
    assert es["no estaba señalizada"] == "Aldo Ferri"


def test_according_to_a_name_still_credits_it(tmp_path) -> None:
    """The near shapes: "Secondo il sindaco X, «…»" and an ordinal after an article."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Secondo il sindaco Piero Lodi, «la nave era troppo vicina alla costa».\n\n"
        "Nella casa al secondo piano: «Abbiamo sentito un boato», ha detto Anna Riva.\n"), "it")
    assert quotes["la nave era troppo vicina alla costa"].endswith("Piero Lodi")
    assert quotes["Abbiamo sentito un boato"] == "Anna Riva"


def test_a_live_stamp_opens_no_clause_before_an_inverted_verb(tmp_path) -> None:
    """Fails without ``_STAMP``: no speaker after "20,57 – Spiega l'Ansa:"."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "20,57 – Spiega l'Ansa: “Cinquecento passeggeri erano tedeschi”.\n\n"
        "21,10 – Racconta il sindaco Piero Lodi: “Abbiamo aperto la palestra”.\n"), "it")
    assert quotes["Cinquecento passeggeri erano tedeschi"] == "l'Ansa"
    assert quotes["Abbiamo aperto la palestra"].endswith("Piero Lodi")


def test_a_subject_with_a_relative_that_is_not_its_last_noun(tmp_path) -> None:
    """Fails without "that" in _UNNAMED_WHO: "the vessel" was read as a title and resolved to
    the mayor named before."""
    quotes = _quotes(tmp_path, (
        "Test\n\n"
        "Mayor Aldo Ferri warned that the stricken vessel was an “ecological time-bomb”.\n\n"
        "The head of the company that owns the vessel said it hit a rock after an "
        "“inexplicable” error.\n\n"
        "A woman who lives near the port said she heard “a terrible noise” at night.\n"), "en")
    assert quotes["inexplicable"] not in ("Aldo Ferri", "Mayor Aldo Ferri", "the vessel")
    assert quotes["a terrible noise"] == "A woman"


def test_according_to_a_surname_with_its_particle_credits_it(tmp_path) -> None:
    """Fails without the case of ``_OF`` in ``_ordinal`` (rev41): "secondo De Luca", "secondo Di
    Maio", "segundo Dos Santos" were read as the noun "second of" and the quotation had no
    speaker; "qualche secondo di pausa" stays the noun (the test above)."""
    it = _quotes(tmp_path, (
        "Prova\n\n"
        "Secondo De Luca, «la nave era troppo vicina alla costa».\n\n"
        "Secondo Di Maio «il porto era chiuso».\n"), "it")
    assert it["la nave era troppo vicina alla costa"] == "De Luca"
    assert it["il porto era chiuso"] == "Di Maio"
    pt = _quotes(tmp_path / "pt", (
        "Teste\n\n"
        "Segundo Dos Santos, «o navio estava perto demais da costa».\n"), "pt")
    assert pt["o navio estava perto demais da costa"] == "Dos Santos"


def test_according_to_after_a_count_credits_its_source(tmp_path) -> None:
    """Fails with any numeral or a plural word counting "secondo" (rev41): "I morti sono 12
    secondo la prefettura, «…»" took "12 secondo" for twelve seconds, "pochi secondo" for a few
    seconds, and the quotation had no speaker."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "I morti sono 12 secondo la prefettura, «ma il bilancio è provvisorio».\n\n"
        "I superstiti sono pochi secondo i medici, «e molti sono gravi».\n"), "it")
    assert quotes["ma il bilancio è provvisorio"] == "la prefettura"
    assert quotes["e molti sono gravi"] == "i medici"


def test_a_range_opening_a_line_is_no_live_stamp() -> None:
    """Review 41: "22,50 – 23,10 metri" lost its first end to the stamp reader."""
    assert 22.5 in [q.value for q in quantities("22,50 – 23,10 metri di acqua nel canale.", "it")]


@pytest.mark.parametrize("noun", ["Latin Americans", "South Americans"])
def test_a_region_s_people_are_no_country_s(noun) -> None:
    """Review 41: "Latin Americans" were read as nationals of the United States."""
    assert nation_of(noun, "en") is None

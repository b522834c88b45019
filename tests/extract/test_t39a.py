"""Trial 39's findings on a jailbreak (t39a): the people of a prison and what befell them, a
prison's population and capacity, hostages, lives claimed, holidays as dates, shares of the
vote. Every sentence is invented (other places, names and numbers than the trial's pages); each
test sets the shape the rule reads beside its near miss, whose reading must stay."""

from __future__ import annotations

import pytest

from tests.probes import figures

# --- 1. inmates who died are the dead, guards who were hurt the injured


@pytest.mark.slow
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
    spanish = "Siete guardias resultaron heridos en el penal de Oriel."
    assert (7, "wounded") in figures(spanish, "es")
    assert (7, "wounded") in figures(text, lang), figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "value"), [
    # the near misses: a count of inmates or guards with nothing befalling them stays theirs
    ("Some 300 guards were deployed around the penitentiary at Oriel.", "en", 300),
    ("The penitentiary at Oriel holds 640 convicts.", "en", 640),
])
def test_inmates_and_guards_with_no_outcome_stay_a_count_of_them(text, lang, value):
    found = dict(figures(text, lang))
    assert value in found and found[value] not in ("dead", "wounded"), found


# --- 2. the recaptured are a count of their own, never the escape they undo


def _group_of(value: float, text: str, lang: str) -> str | None:
    return next((g for v, g in figures(text, lang) if v == value), None)


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Some 410 convicts fled the penitentiary at Oriel, and 37 of them have since been "
     "recaptured.", "en", 37),
    ("Some 410 convicts escaped from Oriel; 37 of those have now been caught again.", "en", 37),
    ("Police managed to recapture 37 of the convicts who got away.", "en", 37),
    ("Hasta el martes, 37 presos habían sido recapturados en Oriel.", "es", 37),
    ("Até terça-feira, 37 presos tinham sido recapturados em Oriel.", "pt", 37),
    ("D'après la gendarmerie, 37 évadés ont été repris près d'Oriel.", "fr", 37),
    ("Bis Dienstag wurden etwa 37 der geflüchteten Gefangenen wieder gefasst.", "de", 37),
])
def test_the_recaptured_are_their_own_count(text, lang, value):
    assert _group_of(value, text, lang) == "recaptured", figures(text, lang)


def test_the_escape_beside_a_recapture_keeps_its_reading():
    # the neighbour that stays: the escape itself, and people pulled out of a fire, who "escaped"
    text = "Some 410 convicts escaped from Oriel; 37 of those have now been caught again."
    assert _group_of(410, text, "en") == "escaped", figures(text, "en")
    assert (12, "escaped") in figures("Twelve guests escaped as the hotel at Oriel burned.")
    # "of those" before a participle that names them is no pronoun of a part: the injured
    assert _group_of(6, "Of the 30 hurt, 6 of those injured are in a critical condition.",
                     "en") == "wounded"


def test_escapees_captured_are_arrested_not_the_inmates():
    text = "Fugiram 410 presos da penitenciária de Oriel, tendo a polícia capturado 37."
    assert _group_of(37, text, "pt") == "arrested", figures(text, "pt")


# --- 4. a prison's population before the breakout is no count of the escaped


@pytest.mark.parametrize("text", [
    "Vor der Revolte waren im Zuchthaus von Oriel rund 1.900 Menschen inhaftiert.",
    "Bis zum Ausbruch saßen im Zuchthaus von Oriel knapp 1.900 Gefangene ein.",
])
def test_whom_a_prison_held_is_its_population(text):
    assert not any(v == 1900 for v, _g in figures(text, "de")), figures(text, "de")


def test_people_jailed_after_the_riot_stay_a_count():
    # the near miss: "wurden … inhaftiert" are people put in jail by the event's police
    assert any(v == 23 for v, _g in figures("Nach der Revolte wurden 23 Menschen inhaftiert.",
                                             "de"))


def test_the_population_is_not_grouped_with_the_escaped(tmp_path):
    from tests.conftest import draft_of_pages
    draft = draft_of_pages(tmp_path / "p", {
        "flight-a": ("de", "https://a.example.org/x\nFlucht aus Oriel\n\nAus dem Zuchthaus von "
                           "Oriel sind 640 Insassen geflohen, sagte die Ministerin.\n"),
        "flight-b": ("de", "https://b.example.org/y\nMassenflucht in Oriel\n\nAus dem Zuchthaus "
                           "von Oriel flohen mindestens 640 Insassen. Vor der Revolte waren dort "
                           "rund 1.100 Menschen inhaftiert.\n"),
    }, published="2033-03-09T12:00:00+01:00")
    groups = [sorted((r.article, r.value) for r in f.reports) for f in draft.figures]
    assert any({("flight-a", 640), ("flight-b", 640)} <= set(g) for g in groups), groups
    assert not any(("flight-b", 1100) in g for g in groups), groups


# --- 6. what a prison was built for is no count of its inmates


@pytest.mark.parametrize(("text", "lang", "held", "built_for"), [
    ("The penitentiary at Oriel held 3,300 convicts, though its capacity is 1,250.", "en",
     3300, 1250),
    ("The penitentiary at Oriel was designed for 1,250 convicts but held 3,300 convicts.", "en",
     3300, 1250),
    ("Le pénitencier d'Oriel, prévu pour 1 250 détenus, en comptait 3 300 détenus.", "fr",
     3300, 1250),
    ("Das Zuchthaus von Oriel ist für 1.250 Gefangene ausgelegt.", "de", None, 1250),
])
def test_a_prisons_capacity_is_left_out(text, lang, held, built_for):
    found = [v for v, _g in figures(text, lang)]
    assert built_for not in found, figures(text, lang)
    assert held is None or held in found, figures(text, lang)


def test_a_bus_that_carried_more_than_its_capacity_keeps_its_count():
    # the neighbour that stays: the people on board beside a capacity
    found = [v for v, _g in figures("The bus had room for 40 people but carried 58 people.")]
    assert 58 in found and 40 not in found, found


# --- 7. hostages are a group of their own, not the inmates


def test_hostages_are_not_the_inmates(tmp_path):
    from tests.conftest import draft_of_pages
    draft = draft_of_pages(tmp_path / "p", {
        "taken": ("en", "https://a.example.org/x\nSiege at Oriel\n\nThe convicts seized 11 "
                        "hostages as the siege at Oriel began.\n"),
        "fled": ("en", "https://b.example.org/y\nBreakout at Oriel\n\nBy nightfall 13 inmates "
                       "had broken out of the penitentiary at Oriel.\n"),
        "held": ("en", "https://c.example.org/z\nOriel siege\n\nThe convicts at Oriel still "
                       "hold 12 hostages, the minister said.\n"),
    }, published="2033-03-09T12:00:00+01:00")
    groups = [sorted((r.article, r.value) for r in f.reports) for f in draft.figures]
    assert not any(("taken", 11) in g and ("fled", 13) in g for g in groups), groups
    # the neighbour that stays: two counts of hostages are one figure
    assert any({("taken", 11), ("held", 12)} <= set(g) for g in groups), groups


# --- 9. German lives claimed are the dead


@pytest.mark.parametrize("text", [
    "Die Krawalle in Oriel forderten bereits 58 Menschenleben.",
    "Der Aufstand im Zuchthaus kostete mindestens 58 Menschenleben.",
])
def test_german_lives_claimed_are_the_dead(text):
    assert (58, "dead") in figures(text, "de"), figures(text, "de")


def test_german_lives_saved_are_not_the_dead():
    # the near miss: lives the firefighters saved are no toll
    found = figures("Die Feuerwehr von Oriel rettete 58 Menschenleben.", "de")
    assert not any(g == "dead" for _v, g in found), found


# --- 3. a recapture is no mention of the escape figure


def _mentions(tmp_path, label: str, value: int, quote: str) -> dict:
    from tests.conftest import checked_pages
    facts = (f'figures:\n  - id: fig\n    label: "{label}"\n    unit: "Häftlinge"\n'
             f'    reports:\n      - article: cited-de\n        value: {value}\n'
             f'        quote: "{quote}"\n')
    checked = checked_pages(tmp_path / "p", facts, {
        "cited-de": ("de", "Am Dienstag sind 640 Häftlinge aus dem Zuchthaus von Oriel "
                           "geflohen. Bis Freitag wurden 12 Häftlinge wieder eingefangen."),
        "later-de": ("de", "Aus dem Zuchthaus von Oriel flohen am Dienstag 640 Häftlinge."),
        "caught-de": ("de", "Aus dem Zuchthaus von Oriel sind viele Häftlinge geflohen. Bis "
                            "Freitag hatten die Wärter etwa 37 der geflohenen Häftlinge wieder "
                            "eingefangen."),
    }, "Flucht aus Oriel")
    return {a: [m.written for m in ms]
            for a, ms in checked.mentions.get(("figure", "fig"), {}).items()}


def test_a_recapture_is_no_mention_of_the_escape(tmp_path):
    mentioned = _mentions(tmp_path, "Convicts escaped from Oriel", 640,
                          "640 Häftlinge aus dem Zuchthaus von Oriel geflohen")
    assert "caught-de" not in mentioned, mentioned
    # the neighbour that stays: another page's escape count is a mention
    assert mentioned.get("later-de") == ["640"], mentioned


def test_a_recapture_is_a_mention_of_the_recaptured(tmp_path):
    mentioned = _mentions(tmp_path, "Convicts recaptured", 12,
                          "12 Häftlinge wieder eingefangen")
    assert mentioned.get("caught-de") == ["etwa 37"], mentioned


# --- 11. a fixed holiday is a date, and "Day after …" of it no placeholder


def _dates(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    from datetime import date

    from generator.extract.dates import dates_in
    from generator.text.sentences import Sentence
    return [(m.expression, m.date.start.first.isoformat(), m.kind)
            for m in dates_in(Sentence(0, len(text), text, 0), date(2034, 1, 3), lang)]


@pytest.mark.parametrize(("text", "lang", "expression", "day"), [
    ("Some 410 convicts fled Oriel on Christmas Day after a siege, the minister said.", "en",
     "Christmas Day", "2033-12-25"),
    ("Am Weihnachtstag flohen 410 Gefangene aus dem Zuchthaus von Oriel.", "de",
     "Weihnachtstag", "2033-12-25"),
    ("Le jour de Noël, 410 détenus ont fui le pénitencier d'Oriel.", "fr", "jour de Noël",
     "2033-12-25"),
    ("El día de Navidad huyeron 410 presos del penal de Oriel.", "es", "día de Navidad",
     "2033-12-25"),
    ("On New Year's Eve the siege at Oriel ended.", "en", "New Year's Eve", "2033-12-31"),
])
def test_a_fixed_holiday_is_a_date(text, lang, expression, day):
    found = _dates(text, lang)
    assert (expression, day, "holiday") in found, found
    assert not any(e.startswith("Day after") for e, _d, _k in found), found


def test_days_after_an_event_stay_a_placeholder():
    # the near miss: days counted from another event, no holiday in them
    found = _dates("Two days after the siege, the convicts at Oriel were moved.")
    assert [k for _e, _d, k in found] == ["relative to an event"], found


def test_a_holiday_dates_the_drafted_event(tmp_path):
    from tests.conftest import draft_of_pages
    draft = draft_of_pages(tmp_path / "p", {"xmas-en": (
        "en", "https://a.example.org/x\nBreakout at Oriel\n\nSome 410 convicts broke out of "
              "the penitentiary at Oriel on Christmas Day after a siege, the minister said.\n")},
        published="2033-12-27T12:00:00+01:00")
    dates = [(r.expression, r.date.start.first.isoformat()) for e in draft.events
             for r in e.reports]
    assert ("Christmas Day", "2033-12-25") in dates, dates


# --- 10. a share of the vote is no figure of the event


@pytest.mark.parametrize(("text", "lang"), [
    ("The mayor of Oriel was re-elected with 58 percent of the vote.", "en"),
    ("Die Bürgermeisterin von Oriel erhielt 58 Prozent der abgegebenen Stimmen.", "de"),
    ("La maire d'Oriel a été réélue avec 58 % des suffrages.", "fr"),
    ("O prefeito de Oriel foi reeleito com 58 % dos votos.", "pt"),
])
def test_a_share_of_the_vote_is_left_out(text, lang):
    assert not any(v == 58 for v, _g in figures(text, lang)), figures(text, lang)


def test_a_share_of_the_event_stays():
    # the near miss: a share of what the event reached is a figure
    found = figures("The blaze near Oriel is 58 percent contained, the fire service said.")
    assert (58, "percent") in found, found


# --- 12. the speaker ends before "and" and the verb of the next clause


def test_the_speaker_ends_before_und_and_a_verb(tmp_path):
    from tests.conftest import quote_speakers
    text = ("https://a.example.org/x\nMeuterei in Oriel\n\nDie Gefangenen besetzten den Hof des "
            "Zuchthauses von Oriel. „Wir haben die Lage im Griff“, sagte Brandt und ergänzte, "
            "die Verhandlungen liefen noch.\n")
    speakers = quote_speakers(tmp_path / "p", text, "de")
    assert speakers.get("Wir haben die Lage im Griff") == "Brandt", speakers


def test_two_names_joined_by_und_stay_the_speakers():
    from generator.extract.speakers.speaker_phrase import tidy
    # the near misses: two people, and a body named with its article after "und"
    assert tidy("Lisa und Tom Brandt") == "Lisa und Tom Brandt"
    assert tidy("ein Sprecher der Wache und der Feuerwehr") == \
        "ein Sprecher der Wache und der Feuerwehr"


# --- 15. an agency's dateline with a full stop before its bracket opens the first sentence


def test_a_dateline_with_a_full_stop_stays_in_the_first_sentence():
    from generator.text.sentences import sentence_spans
    text = "ORIEL, Lusitania. (Reuters) — Some 410 convicts fled the penitentiary. Nine died."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans[0].startswith("ORIEL, Lusitania. (Reuters) — Some 410"), spans
    # the near miss: a sentence of the story before an agency's bracket is no dateline
    text = "Some 410 convicts fled the penitentiary at Oriel. (Reuters) — Nine died."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans[0] == "Some 410 convicts fled the penitentiary at Oriel.", spans


def test_the_evidence_leaves_the_dateline_out(tmp_path):
    from tests.conftest import draft_of_pages
    draft = draft_of_pages(tmp_path / "p", {"wire": (
        "en", "https://a.example.org/x\nBreakout at Oriel\n\nORIEL, Lusitania. (Reuters) — "
              "Some 410 convicts broke out of the penitentiary at Oriel on Tuesday, the "
              "minister said.\n")}, published="2033-03-09T12:00:00+01:00")
    evidence = [r.evidence for f in draft.figures for r in f.reports]
    assert evidence and all(e.startswith("Some 410") for e in evidence), evidence


# --- 19. a headline read off an address keeps French elided words


def test_an_address_headline_keeps_french_elided_words():
    from generator.content.headline_address import url_headline
    url = "https://b.example.org/region/oriel-410-detenus-s-enfuient-d-un-centre-de-detention/77"
    assert url_headline(url) == "Oriel 410 detenus s'enfuient d'un centre de detention"
    story = "Oriel : 410 détenus s'enfuient d'un centre de détention, selon la préfecture."
    assert url_headline(url, story) == "Oriel 410 détenus s'enfuient d'un centre de détention"


def test_an_english_slug_keeps_its_lone_s_out():
    from generator.content.headline_address import url_headline
    # the near miss: an English possessive's lone "s" before a vowel is no elision
    url = "https://b.example.org/news/the-warden-s-office-at-oriel-penitentiary-burns"
    assert url_headline(url) == "The warden office at oriel penitentiary burns"

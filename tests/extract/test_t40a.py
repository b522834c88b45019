"""Trial 40's findings mended on branch t40a, each beside the neighbouring shape whose reading
stays. Every sentence is invented (other places, names and numbers than the trial's pages)."""

from __future__ import annotations

import pytest

from generator.check.values import said_in_words
from generator.text.names import strip_titles
from generator.text.quantities import read
from tests.conftest import briefing_here, draft_of_pages, quote_speakers
from tests.probes import figures, source


def _one_checks(quote: str, lang: str = "en") -> bool:
    return said_in_words(quote, 1.0, lang, read(quote, lang))


# --- finding 11: extract drafts "a 41-year-old paramedic" among the dead as one dead, and
# check must take the draft as it is (the age is no number of people)

def test_a_drafted_one_of_the_dead_passes_check(tmp_path):
    draft = draft_of_pages(tmp_path, {"orm": (
        "en", "Blaze at Ormond Tower\n\nAt least 23 people died in the blaze at Ormond Tower. "
              "Among the dead was a 52-year-old nurse, who was found near the lifts.\n")})
    ones = [r for f in draft.figures for r in f.reports if r.value == 1]
    assert ones, [(r.value, r.evidence) for f in draft.figures for r in f.reports]
    facts = "figures:\n" + "".join(
        f"  - id: probe-{i}\n    label: Probe\n    unit: dead\n    reports:\n"
        f"      - article: orm\n        value: 1\n        quote: \"{r.evidence}\"\n"
        for i, r in enumerate(ones))
    (tmp_path / "content" / "facts" / "probe.yaml").write_text(facts, encoding="utf-8")
    done = briefing_here(tmp_path, "check")
    assert "is not what the quote says" not in done.stderr, done.stderr


def test_an_age_is_no_number_between_the_article_and_its_person():
    assert _one_checks("Among the dead was a 52-year-old nurse, who was found near the lifts.")
    assert _one_checks("Six more died in hospital, including a 29-year-old firefighter.")
    assert _one_checks("Une infirmière de 52 ans est morte dans la nuit.", "fr")
    # the neighbours that stay refused: a number said by the person, an age after a comma
    assert not _one_checks("A 52-year-old nurse said 4 died.")
    assert not _one_checks("The nurse, 52, had worked in the tower for 9 years.")


# --- finding 1: a toll in a clause recalling an earlier disaster by its year ("depuis 1962,
# lorsqu'…") is that disaster's, in French (the elided "lorsqu'") and Polish ("gdy") too

def _values(root, text: str, lang: str = "en") -> list[tuple[float, str]]:
    draft = draft_of_pages(root, {"tower": (lang, text)}, published="2031-03-27T12:00:00+01:00")
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Incendie à Norvale\n\nLe bilan fait état d'au moins 41 morts. Aucun sinistre n'avait "
           "coûté autant de vies à Norvale depuis 1962, lorsqu'une explosion de gaz avait tué 88 "
           "personnes.\n"),
    ("pl", "Pożar w Norvale\n\nZginęło co najmniej 41 osób. To najtragiczniejszy pożar od 1962 "
           "roku, gdy w wybuchu zginęło 88 osób.\n"),
])
def test_an_earlier_disasters_toll_recalled_by_its_year_is_not_this_fires(tmp_path, lang, text):
    found = _values(tmp_path / "recalled", text, lang)
    assert (41, "dead") in found, found
    assert not [v for v in found if v[0] == 88], found
    # the neighbour that stays: this fire's toll measured against the year, no clause after it
    found = _values(tmp_path / "own", "Incendie à Norvale\n\nLe bilan fait état d'au moins 41 "
                    "morts, le plus lourd depuis 1962.\n", "fr")
    assert (41, "dead") in found, found


# --- finding 2: the rest of the dead not yet identified are a part of the toll, not the toll

@pytest.mark.parametrize(("text", "lang"), [
    ("The coroner added that the remaining 17 bodies from the wreck are yet to be "
     "identified.", "en"),
    ("Según la fiscalía, los 17 cuerpos restantes aún no han sido identificados.", "es"),
    ("Die übrigen 17 Leichen sind laut Polizei noch nicht identifiziert.", "de"),
])
def test_the_remaining_bodies_not_yet_identified_are_no_toll(text, lang):
    found = figures(text, lang)
    assert (17, "dead") not in found, found
    assert (17, "unidentified") in found, found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the neighbours that stay the toll: no remainder, or a remainder with no identification
    ("The explosion killed 33 people who have not yet been identified.", "en", (33, "dead")),
    ("The remaining 17 bodies were pulled from the rubble on Friday.", "en", (17, "dead")),
])
def test_a_toll_not_yet_identified_stays_the_toll(text, lang, expected):
    assert expected in figures(text, lang)


# --- finding 5: a second clause's people confirmed among the dead are not the first clause's
# missing

def test_people_confirmed_among_the_dead_are_not_missing():
    found = figures("The missing include at least 14 Bolivian welders, and three Maltese "
                    "porters were confirmed among the dead.")
    assert (14, "missing") in found, found
    assert (3, "missing") not in found, found
    assert (3, "dead") in found, found
    # the neighbour that stays: the second count joined to the missing by "and" alone
    found = figures("Among the missing are 14 Bolivian welders and three Maltese porters.")
    assert (14, "missing") in found and (3, "missing") in found, found


# --- finding 4: people receiving hospital treatment are the injured; people "mancanti
# all'appello" (the adjective) and "feared missing" are the missing

def test_people_receiving_hospital_treatment_are_the_injured():
    found = figures("Officials say 26 residents are receiving hospital treatment, 4 of them in "
                    "critical condition.")
    assert (26, "wounded") in found, found
    # the neighbour that stays: people receiving something else are people
    assert (26, "person") in figures("The shelter says 26 people are receiving hot meals there.")


@pytest.mark.parametrize(("text", "lang"), [
    ("The council had said 230 people were feared missing.", "en"),
    ("In precedenza il comune aveva segnalato che 230 persone risultavano mancanti "
     "all'appello.", "it"),
])
def test_people_feared_missing_or_not_answering_the_roll_are_missing(text, lang):
    assert (230, "missing") in figures(text, lang), figures(text, lang)
    assert (230, "person") in figures("Secondo il sindaco, 230 persone risultavano residenti "
                                      "nel palazzo.", "it")


# --- finding 3: firefighters among the injured, at work in the rescue, are injured, not rescued

def test_firefighters_among_the_injured_at_work_are_not_rescued():
    found = figures("Il prefetto ha confermato almeno 27 vittime, mentre i feriti sono 58, tra "
                    "cui cinque vigili del fuoco impegnati nei lavori di soccorso.", "it")
    assert (58, "wounded") in found, found
    assert (5, "rescued") not in found and (5, "wounded") in found, found
    # the neighbours that stay: the rescued, and people whose work is the rescue
    assert (5, "rescued") in figures("Cinque persone sono state soccorse.", "it")
    assert (90, "responder") in figures("90 people took part in the rescue overnight.")


# --- finding 6: fire engines are labelled by the trucks, not by the firefighters they belong
# to. (The trial's test wanted them out of the "responders" measure; the corpus labels and
# content/measured.py count emergency vehicles as responders by design, so the measure stays:
# the label was the misreading.)

def test_fire_engines_are_labelled_as_trucks_not_firefighters(tmp_path):
    draft = draft_of_pages(tmp_path, {"orm": (
        "es", "Incendio en Ormond\n\nEl alcalde dijo que acudieron 45 camiones de "
              "bomberos con 260 bomberos a Ormond.\n")},
        published="2031-03-27T12:00:00+01:00")
    labels = {r.value: f.label for f in draft.figures for r in f.reports}
    assert labels[45].startswith("Number of camiones"), labels
    # the neighbour that stays: the firefighters themselves are the responders
    assert labels[260].startswith("Number of responders"), labels


# --- finding 7: an alarm's level, in words or digits, is no count of the noun before it

@pytest.mark.parametrize("level", ["cinco", "5"])
def test_an_alarm_level_is_no_count(tmp_path, level):
    found = _values(tmp_path, "Incendio en Ormond\n\nLa policía cerró una amplia zona, afectando a "
                    f"más de 22 líneas de tranvía. Ormond no vivía un fuego de nivel {level}, la "
                    "categoría más alta, desde hacía 9 años.\n", "es")
    # the neighbour that stays: the count in the sentence before
    assert (22, "count") in found, found
    assert not [v for v in found if v[0] == 5], found


def test_a_level_is_read_as_a_name_a_count_after_it_stays():
    kinds = [(q.value, q.kind) for q in read("The water level rose five metres in Ormond.", "en")]
    assert (5, "quantity") in kinds, kinds
    kinds = [(q.value, q.kind) for q in read("Fue declarado un fuego de nivel cinco.", "es")]
    assert (5, "id") in kinds, kinds


# --- finding 14: "alleged" qualifying a noun names no source

def test_alleged_names_no_source():
    text = ("Police are holding 7 people, 6 of them men, aged 25 to "
            "61, for alleged fraud in connection with the collapse.")
    assert source(text, "7") != "for"
    # the neighbour that stays: "alleged" as the verb of its subject
    assert source("Prosecutors alleged that 7 people had taken bribes.", "7") == "Prosecutors"


# --- finding 9: a deputy keeps his office, or the speaker is the bare name; never the office
# of the director he deputises for

def test_a_deputy_speaker_is_not_given_the_directors_office(tmp_path):
    speakers = quote_speakers(tmp_path, (
        "Smoke at Ormond\n\nDeputy Port Services Director Nils Horvat told reporters that 35 "
        "people had been reached since dawn.\n\n“The corridors are still far too hot for our "
        "teams,” he said.\n\n“We will keep going through the night,” Horvat added.\n"))
    assert speakers, speakers
    assert all(s.startswith("Deputy") or "Director" not in s for s in speakers.values()), \
        speakers
    # the neighbour that stays: a title before the name alone is dropped as before
    assert strip_titles("Prime Minister Nils Horvat") == "Nils Horvat"
    assert strip_titles("Port Services Director Nils Horvat") == "Nils Horvat"


# --- finding 13: another country's dollars, named after "dollars", are no US dollars

@pytest.mark.parametrize(("text", "lang"), [
    ("Le gouvernement a créé un fonds de 40 millions de dollars hongkongais pour les familles.",
     "fr"),
    ("El gobierno creó un fondo de 40 millones de dólares de Hong Kong para las familias.", "es"),
    ("Il governo ha stanziato 40 milioni di dollari canadesi per le famiglie.", "it"),
])
def test_another_countrys_dollars_are_not_us_dollars(text, lang):
    units = [q.unit for q in read(text, lang) if q.value == 40_000_000]
    assert units and "usd" not in units, units
    # the neighbours that stay US dollars: dollars alone, or named American
    for plain in ("Le gouvernement a créé un fonds de 40 millions de dollars.",
                  "Le gouvernement a créé un fonds de 40 millions de dollars américains."):
        assert [q.unit for q in read(plain, "fr") if q.value == 40_000_000] == ["usd"]


# --- finding 12: a number that counts towers is no mention of a count of floors

def test_one_tower_is_no_mention_of_a_floors_figure(tmp_path):
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing

    facts = ("figures:\n  - id: floors\n    label: Floors of each block\n    unit: floors\n"
             "    reports:\n      - article: a\n        value: 28\n"
             "        quote: \"which have 28 floors\"\n")
    content = small_briefing(tmp_path, {"a": "A", "b": "B", "c": "C"}, facts, {
        "a": ("Smoke at Ormond\n\nCrews could not reach the top of the blocks, which have 28 "
              "floors.\n", "outlet: a\npublished: 2031-05-01\nlanguage: en\n"),
        "b": ("Smoke at Ormond\n\nCrews found a woman alive on the stairs of the 12th floor of "
              "one tower.\n", "outlet: b\npublished: 2031-05-01\nlanguage: en\n"),
        # the neighbour that stays a mention: another outlet's count of the floors
        "c": ("Smoke at Ormond\n\nThe blocks of the estate have 27 floors each.\n",
              "outlet: c\npublished: 2031-05-01\nlanguage: en\n")})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors
    stated = [p.format() for p in problems.items if "stated but not cited" in p.format()]
    assert len(stated) == 1 and "'27'" in stated[0] and "'one'" not in stated[0], stated


# --- finding 10: a site's prompt to become a paying member is furniture

@pytest.mark.parametrize("prompt", [
    "💡 You’ve read 4 stories this month. Support the Ormond Ledger – unlock 5 perks by joining "
    "as a £7/month+ member. No promotions are shown to members.",
    "Support the Ormond Ledger and unlock 5 benefits by becoming a member today.",
])
def test_a_membership_prompt_is_not_story(prompt):
    from tests.conservation import page, story
    from tests.conservation import read as read_page

    lede = ("The toll from the blaze at Ormond Tower rose to 23 on Friday, the district coroner "
            "said.")
    # the neighbour that stays story: members of a club named in the news
    member = ("Residents who had joined the tenants' association as members said 5 alarms had "
              "failed this month.")
    cleaned = read_page(page("Blaze at Ormond Tower", prompt, lede, member))
    assert lede in story(cleaned) and member in story(cleaned), story(cleaned)
    assert prompt not in story(cleaned), story(cleaned)

"""Trial 45: deadly protests met by police (protesters shot dead outside a parliament, a curfew,
rights groups, ministers, paramedics and protesters quoted with tolls that rise over a week),
read by a new user in five languages. The trial's focus is who said what. Each test states the
right reading of an invented sentence (other places, names and numbers than the pages) that
the tool misreads on main; every one of them fails there. The neighbours that must stay are
asserted inside the tests."""

from __future__ import annotations

import pytest

from tests.conftest import draft_of_pages, quote_speakers


def _speakers(root, text: str, lang: str = "en") -> dict[str, str]:
    return quote_speakers(root, f"Unrest in Tarvia\n\n{text}\n", lang)


def _who(speakers: dict[str, str], start: str) -> str:
    hits = [s for t, s in speakers.items() if t.startswith(start)]
    assert len(hits) == 1, speakers
    return hits[0]


def _values(root, text: str, lang: str = "en") -> list[tuple[float, str]]:
    draft = draft_of_pages(root, {"riot": (lang, f"Unrest in Tarvia\n\n{text}\n")})
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


# --- 1. the head of a body is no person named by the body's name (trial 45: "El jefe de la
# <body> … de <country> dice que" made the association a person whose "surname" was the
# country; every later bare mention of the country was read as that person, and two quotations
# of a rights defender named after it went to the medical association)

def test_a_body_after_the_title_of_its_head_is_no_person(tmp_path):
    text = ("La jefa del Colegio Sanitario de Tarvia dice que 8 personas han muerto.\n\n"
            "Lucas Ferrano, de la Comisión de Derechos Civiles de Tarvia, ha señalado que los "
            "agentes de Tarvia actúan por orden del Gobierno.\n\n"
            "\"Cuando el ministro habla de infiltrados, solo busca desviar la mirada\", dijo.")
    # the neighbour that stays: a person named after the title of a place
    kept = _speakers(tmp_path / "n", "El alcalde de Tarvia, Pedro Gil, dice que 8 personas han "
                     "muerto.\n\n\"No habrá más cortes de luz\", dijo.", "es")
    assert _who(kept, "No habrá") == "Pedro Gil", kept
    assert _who(_speakers(tmp_path / "p", text, "es"), "Cuando el ministro") == "Lucas Ferrano"


# --- 2. a person "of the … League" speaks, not the league (trial 45's shape in English: "he
# said" after "X, of the <country> Civil Rights League, pointed out" went to the league)

def test_a_person_of_a_league_is_the_one_who_speaks(tmp_path):
    text = ("The head of the Tarvia Nurses Union says 8 people have died.\n\n"
            "Luke Ferran, of the Tarvia Civil Rights League, pointed out that the officers act "
            "on government orders.\n\n"
            "\"When the minister talks of infiltrators, he only wants to look away,\" he said.")
    kept = _speakers(tmp_path / "n", "\"We will file a complaint today,\" the Tarvia Civil "
                     "Rights League said.")
    assert _who(kept, "We will file") == "the Tarvia Civil Rights League", kept
    assert _who(_speakers(tmp_path / "p", text), "When the minister") == "Luke Ferran"


# --- 3. "X said that reports indicated “…”": the words are X's report, not "reports" (trial
# 45, near miss: an embassy's words were given to "reports", twice, "It said" included)

def test_a_body_that_said_reports_indicated_is_the_speaker(tmp_path):
    kept = _speakers(tmp_path / "n", "The British Consulate said the situation was \"very "
                     "tense.\"")
    assert _who(kept, "very tense") == "The British Consulate", kept
    found = _speakers(tmp_path / "p", "The British Consulate said Monday that reports indicated "
                      "\"dozens or perhaps hundreds\" were hurt. It said the situation was \"very "
                      "tense.\"")
    assert {s.lower() for s in found.values()} == {"the british consulate"}, found


def test_a_body_in_a_place_is_no_place(tmp_path):
    # trial 45, near miss: "The <country> Embassy in <capital> said" gave the capital (and,
    # once the reports were passed over, a longer name holding the capital)
    kept = _speakers(tmp_path / "n", "Hospital officials in Tarvia said the wards were \"full "
                     "to the doors.\"")
    assert _who(kept, "full to") == "Hospital officials", kept
    found = _speakers(tmp_path / "p", "The British Consulate in Tarvia said the situation was "
                      "\"very tense.\"")
    assert _who(found, "very tense") == "The British Consulate", found


# --- 4. a Spanish speaker after "continuó" between the halves of a quotation (trial 45:
# "“…”, continuó <name>, “…”" proposed both halves with no speaker)

def test_a_spanish_speaker_after_continuo(tmp_path):
    kept = _speakers(tmp_path / "n", "“Pero desde el primer día”, dijo Ferrano, “los estudiantes "
                     "pedían calma”.", "es")
    assert _who(kept, "Pero desde") == "Ferrano", kept
    found = _speakers(tmp_path / "p", "“Pero desde el primer día”, continuó Ferrano, “los "
                      "estudiantes pedían calma”.", "es")
    assert _who(found, "Pero desde") == "Ferrano", found


# --- 5. "X praised the crews, saying, “…”": X speaks (trial 45: "<president> defended the
# police, saying, “…”" was proposed without a speaker)

def test_the_subject_of_a_verb_then_saying_speaks(tmp_path):
    kept = _speakers(tmp_path / "n", "Anna Brol said, “They have worked without rest.”")
    assert _who(kept, "They have worked") == "Anna Brol", kept
    found = _speakers(tmp_path / "p", "City mayor Anna Brol praised the fire crews, saying, "
                      "“They have worked without rest. We owe them everything.”")
    assert _who(found, "They have worked") == "Anna Brol", found


# --- 6. "“…,” X asserted." (trial 45: a lawyer's third quotation, closed by "<name> asserted",
# was proposed without a speaker)

def test_asserted_names_the_speaker(tmp_path):
    found = _speakers(tmp_path / "p", "\"The prosecutor should release the files now,\" Anna "
                      "Brol asserted.")
    assert _who(found, "The prosecutor") == "Anna Brol", found


# --- 7. a paragraph that is one quotation goes on with the speaker of the paragraph before
# (trial 45: the rights commission's second paragraph of words was proposed without a speaker)

def test_a_paragraph_of_quotation_goes_on_with_the_speaker_before(tmp_path):
    kept = _speakers(tmp_path / "n", "\"Our lawyers have visited every station,\" the Tarvia "
                     "Bar Council said.\n\n\"We demand a judge for each detainee,\" Ana Vidal "
                     "said.")
    assert _who(kept, "We demand") == "Ana Vidal", kept
    found = _speakers(tmp_path / "p", "\"Our lawyers have visited every station,\" the Tarvia "
                      "Bar Council said.\n\n\"We demand that each detainee see a judge within a "
                      "day.\"")
    assert _who(found, "We demand") == "the Tarvia Bar Council", found


# --- 8. the crowd that chants or shouts the words speaks them (trial 45: "Les manifestants
# criaient : « … »" was proposed without a speaker)

@pytest.mark.parametrize(("lang", "text", "who"), [
    ("fr", "Les étudiants scandaient : \"Nous voulons des bourses\".", "Les étudiants"),
    ("fr", "\"Nous voulons des bourses\", criaient les étudiants.", "les étudiants"),
])
def test_chanting_protesters_are_the_speakers(tmp_path, lang, text, who):
    found = _speakers(tmp_path / lang, text, lang)
    assert list(found.values()) == [who], found


# --- 9. "the rights watchdog", "the state-funded body": the body the page named before (trial
# 45: the same statement drafted under two descriptions became "Sources name different
# speakers" in the overview's key findings)

@pytest.mark.parametrize("text", [
    "A total of 27 people have died in Tarvia, according to the Tarvia Civil Liberties Board."
    "\n\nThe rights watchdog reported, “We counted twenty-seven deaths in the region.”",
    "The Tarvia Civil Liberties Board has found that 27 people died in the unrest.\n\n"
    "\"We counted twenty-seven deaths in nine towns,\" the state-funded body said.",
])
def test_a_body_described_by_its_noun_is_the_body_named_before(tmp_path, text):
    # the neighbour that stays: with no body named before, the description as written
    kept = _speakers(tmp_path / "n", "\"We counted twenty-seven deaths,\" the state-funded "
                     "body said.")
    assert list(kept.values()) == ["the state-funded body"], kept
    found = _speakers(tmp_path / "p", text)
    assert list(found.values()) == ["the Tarvia Civil Liberties Board"], found


# --- 10. a number word with its digits in brackets is one figure (trial 45: "Cinq (5) morts"
# and a count of the dead and of the injured written as words with digits in brackets gave no
# figure at all)

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Huit (8) morts et une vingtaine de blessés, bilan des heurts de lundi.",
     [(8, "dead"), (20, "injured")]),
    ("en", "The board said that forty-two (42) people were killed and two hundred (200) "
           "injured in the region.", [(42, "dead"), (200, "injured")]),
    # the words read in pieces ("hundred-ten" glued by a hyphen): the digits say the value, and
    # they are no second toll of the dead
    ("en", "The board said that forty-two (42) people were killed and two hundred-ten (210) "
           "injured in the region.", [(42, "dead"), (210, "injured")]),
])
def test_a_number_word_with_its_digits_in_brackets_is_one_figure(tmp_path, lang, text, expected):
    kept = _values(tmp_path / "n", "The board said that forty-two people were killed.")
    assert kept == [(42, "dead")], kept
    assert sorted(_values(tmp_path / lang, text, lang)) == sorted(expected)

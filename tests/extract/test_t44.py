"""Trial 44's mends: a mass abduction of schoolchildren by gunmen, read in five languages.
Each test states the right reading of an invented sentence (other places, names and numbers than
the pages) beside a neighbour whose reading must stay."""

from __future__ import annotations

import pytest

from tests.conftest import draft_of_pages, quote_speakers
from tests.probes import figures

# --- 1. "he said" after a sentence whose speaker is a person described without a name
# ("…, a regional police spokesman said in a statement. “…,” he said."): the spokesman, not a
# body or a place named before (trial 44: an army spokesman's words went to an armed group named
# a paragraph before, and the index page listed it as two outlets naming different speakers)

@pytest.mark.parametrize(("before", "who"), [
    ("", "a regional police"),
    ("Dozens of pumps were sent by Rotor Group in 2019.\n\n", "a regional police"),
    # a body named in the same paragraph, and a nationality before the role
    ("Dozens of pumps were sent in 2019, when Rotor Group engineers left the valley. ",
     "a Ruritanian police"),
])
def test_he_is_the_described_speaker_of_the_sentence_before(tmp_path, before, who):
    text = ("Flood at Tarvo\n\n" + before + "The 41 miners were brought out near Halden, more "
            f"than 60 miles from the pit, {who} spokesman said in a statement. "
            "\"Teams will keep digging until every worker is reached,\" he said.\n")
    got = quote_speakers(tmp_path, text)
    assert "spokesman" in got["Teams will keep digging until every worker is reached"], got


def test_a_named_speaker_before_she_said_stays(tmp_path):
    text = ("Flood at Tarvo\n\nThe 41 miners were brought out near Halden, Anna Berg said in a "
            "statement. \"Teams will keep digging until every worker is reached,\" she said.\n")
    got = quote_speakers(tmp_path, text)
    assert got["Teams will keep digging until every worker is reached"] == "Anna Berg", got


# --- 2. "He said …" opening a paragraph after a sentence whose subject is a person and whose
# last name stands in a clause of time with an apposition ("Mr X spoke to reporters when the
# premier, Y, toured …"): X, the subject, not Y (trial 44: a teacher's words given to the
# governor who was visiting)

def test_he_is_the_subject_not_the_name_in_a_when_clause(tmp_path):
    text = ("Flood at Tarvo\n\nMr Petrov addressed reporters when the provincial premier, Daniel "
            "Hoxha, toured the pit.\n\nHe said the water rose within minutes and cut off the "
            "lower shaft.\n\n\"We ran towards the lift because nobody knew another way and the\"\n")
    got = quote_speakers(tmp_path, text)
    assert "Petrov" in got["We ran towards the lift because nobody knew another way and the"], got


def test_she_after_a_visit_stays_the_visited(tmp_path):
    text = ("Flood at Tarvo\n\nLuis Mora visited Ana Ruiz at the shelter. \"We lost everything in "
            "one night,\" she said.\n")
    assert quote_speakers(tmp_path, text) == {"We lost everything in one night": "Ana Ruiz"}


# --- 3. a quotation with no verb right after a sentence reporting someone's words ("X ha
# riferito che …. “…”. “…”, ha assicurato Y."): X's, not the next quotation's speaker (trial 44:
# a teacher's count of the missing given to the governor in two Italian outlets, and check then
# warned that the figure's attribution was not in the outlet's words)

def test_a_quotation_after_reported_speech_is_the_reporters(tmp_path):
    text = ("Alluvione a Tarvo\n\nMarta Colli, una delle infermiere del presidio di Borgo Alto, ha "
            "riferito che il reparto è stato evacuato in fretta mentre l'acqua saliva. \"Abbiamo "
            "contato i pazienti uno per uno: ne mancano 14 al primo piano\". \"Nessuno sarà "
            "dimenticato\", ha assicurato il prefetto di Tarvo, Paolo Renzi.\n")
    got = quote_speakers(tmp_path, text, "it")
    assert got["Nessuno sarà dimenticato"] == "Paolo Renzi", got
    assert got["Abbiamo contato i pazienti uno per uno: ne mancano 14 al primo piano"] == \
        "Marta Colli", got


# (the neighbour after "…, said X." with no reported clause, whose quotation keeps the next
# quotation's speaker: tests/extract/test_extract_round27.py, x27)
def test_two_quotations_after_narration_stay_the_credited_speakers(tmp_path):
    text = ("Alluvione a Tarvo\n\nIl reparto è stato evacuato in fretta mentre l'acqua saliva. "
            "\"Abbiamo contato i pazienti uno per uno\". \"Nessuno sarà dimenticato\", ha "
            "assicurato il prefetto di Tarvo, Paolo Renzi.\n")
    got = quote_speakers(tmp_path, text, "it")
    assert set(got.values()) == {"Paolo Renzi"}, got


# --- 4. whom the words were told, after a described speaker in French (a teacher after the
# verb, then "aux" and the officials told): the teacher speaks, the officials heard (trial 44)

@pytest.mark.parametrize(("verb_and_subject", "speaker"), [
    ("a précisé un secouriste aux journalistes", "un secouriste"),
    ("a déclaré le maire aux habitants", "le maire"),
])
def test_whom_told_after_a_french_described_speaker_is_not_the_speaker(tmp_path,
                                                                         verb_and_subject,
                                                                         speaker):
    text = ("Crue à Tarvo\n\n\"Au village de Bresse, 41 habitants sont portés disparus\", "
            f"{verb_and_subject}.\n")
    got = quote_speakers(tmp_path, text, "fr")
    assert got == {"Au village de Bresse, 41 habitants sont portés disparus": speaker}, got


def test_a_french_office_with_aux_stays_whole(tmp_path):
    text = ("Crue à Tarvo\n\n\"Au village de Bresse, 41 habitants sont portés disparus\", a "
            "déclaré le ministre délégué aux Transports, Jean Roy.\n")
    got = quote_speakers(tmp_path, text, "fr")
    assert got == {"Au village de Bresse, 41 habitants sont portés disparus": "Jean Roy"}, got


def test_a_french_speaker_with_his_town_stays_whole(tmp_path):
    text = ("Crue à Tarvo\n\n\"Au village de Bresse, 41 habitants sont portés disparus\", a "
            "déclaré le maire de Bresse.\n")
    got = quote_speakers(tmp_path, text, "fr")
    assert got == {"Au village de Bresse, 41 habitants sont portés disparus":
                   "le maire de Bresse"}, got


# --- 5. Spanish "reveló" is a speech verb (trial 44: a teacher's count after "reveló X" had no
# speaker)

@pytest.mark.parametrize("verb", ["reveló", "dijo"])
def test_revealed_in_spanish_names_the_speaker(tmp_path, verb):
    text = ("Inundación en Tarvo\n\n“En el primer piso faltan 14 pacientes y otros 9 ya "
            f"volvieron”, {verb} Marta Colli.\n")
    got = quote_speakers(tmp_path, text, "es")
    assert got == {"En el primer piso faltan 14 pacientes y otros 9 ya volvieron":
                   "Marta Colli"}, got


# --- 6. children freed or released by captors are a count of the freed (a running tally, like
# the rescued), not a bare count of pupils (trial 44: "137 … were released", "were freed")

@pytest.mark.xfail(strict=True, reason="'freed', 'released' as the rescued also took a prisoner "
                   "swap's released prisoners (tests/test_extract held-out batch 2): not mended")
@pytest.mark.parametrize("text", [
    "At least 90 pupils were freed on Sunday.",
    "At least 90 pupils were released on Sunday.",
])
def test_pupils_freed_are_rescued(text):
    assert figures(text) == [(90, "rescued")]


def test_pupils_rescued_are_rescued():
    # a school's people are people an outcome turns into a measure (trial 44)
    assert figures("At least 90 pupils were rescued on Sunday.") == [(90, "rescued")]


def test_released_from_hospital_stays_discharged():
    assert figures("At least 90 patients were released from hospital on Sunday.") == \
        [(90, "discharged")]


# --- 7. a German year is no count of the noun after it ("deren Schicksal 2019 weltweit
# Aufmerksamkeit erregte" was "Number of Aufmerksamkeit (2,014)")

@pytest.mark.xfail(strict=True, reason="not mended in trial 44 (time): the number reader")
def test_a_german_year_is_no_count_of_attention():
    got = figures("Wie jene 90 Schülerinnen aus Varno, deren Schicksal 2019 weltweit "
                  "Aufmerksamkeit erregte.", "de")
    assert all(value != 2019 for value, _group in got), got


# --- 8. the number of children taken is one figure across languages (trial 44: the abducted
# were split into eight records by noun and language: students, Schüler, studenti, estudiantes,
# people in Nigeria …, and a count of another abduction joined one of them)

@pytest.mark.xfail(strict=True, reason="a measure of the abducted is a redesign of "
                   "content/measured.py, not mended in trial 44")
def test_the_abducted_in_two_languages_are_one_figure(tmp_path):
    draft = draft_of_pages(tmp_path, {
        "b": ("en", "Raid at Varno\n\nGunmen kidnapped 140 pupils from a school in Varno on "
                    "Monday.\n"),
        "c": ("de", "Überfall in Varno\n\nBewaffnete haben in Varno 140 Schüler entführt.\n")})
    together = [f for f in draft.figures if {r.article for r in f.reports} == {"b", "c"}]
    assert together, [(f.label, [r.article for r in f.reports]) for f in draft.figures]

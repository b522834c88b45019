"""Trial 46 (a knife attack at a town festival): who said what, and the victims' list, on
invented sentences; each beside a neighbouring shape whose reading must stay."""

from __future__ import annotations

import pytest

from generator.extract.speakers.people import people_index
from tests.conftest import draft_of_pages, quote_speakers

URL = "https://x.example.org/a\n"
HEAD = {
    "en": "Flood at Kelby\n\nA river burst its banks in Kelby on Monday.\n\n",
    "de": "Flut in Kelby\n\nIn Kelby ist am Montag ein Fluss über die Ufer getreten.\n\n",
    "es": "Inundación en Kelby\n\nUn río se desbordó el lunes en Kelby.\n\n",
    "it": "Alluvione a Kelby\n\nUn fiume è esondato lunedì a Kelby.\n\n",
    "fr": "Crue à Kelby\n\nUne rivière a débordé lundi à Kelby.\n\n",
}


def _speakers(tmp_path, lang: str, body: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "p", URL + HEAD[lang] + body, lang)


# --- Q-A: a weekday time phrase is never the speaker; the group that claimed speaks

def test_a_time_phrase_is_no_speaker_of_a_claim(tmp_path):
    got = _speakers(tmp_path, "en", (
        "Earlier Tuesday, coastguards rescued nine sailors off the pier.\n\n"
        "The Harbour Front movement claimed the sabotage late Tuesday, calling the saboteur "
        "“a hero” who struck “a fleet of traitors in Kelby.”\n"))
    assert all("Tuesday" not in s for s in got.values()), got
    assert "Harbour Front" in got["a hero"], got


def test_a_named_speaker_after_a_time_phrase_stays(tmp_path):
    got = _speakers(tmp_path, "en", (
        "Earlier Tuesday, harbour master Ian Moss said the sea was “far too rough to sail”.\n"))
    assert got["far too rough to sail"] == "Ian Moss", got


# --- Q-B: a pronoun subject before a colon, or after the verb in German

def test_he_wrote_is_the_person_named_before(tmp_path):
    got = _speakers(tmp_path, "en", (
        "Prime Minister Tomas Reed sent his sympathy in a post on his account.\n\n"
        "He wrote: “Our whole nation stands beside the people of Kelby.”\n"))
    assert got["Our whole nation stands beside the people of Kelby"] == "Tomas Reed", got


def test_a_name_before_wrote_stays(tmp_path):
    got = _speakers(tmp_path, "en", (
        "Tomas Reed wrote: “Our whole nation stands beside the people of Kelby.”\n"))
    assert got["Our whole nation stands beside the people of Kelby"] == "Tomas Reed", got


@pytest.mark.parametrize("opener", ["Weiter schreibt sie", "Zum Schluss schreibt sie"])
def test_a_german_pronoun_after_the_verb_is_the_speaker(tmp_path, opener):
    got = _speakers(tmp_path, "de", (
        "Inzwischen hat sich die Landrätin, Marta Ohm, geäußert. "
        f"{opener}: \"Ich danke allen Helfern für ihren Einsatz in dieser Nacht.\"\n"))
    assert got["Ich danke allen Helfern für ihren Einsatz in dieser Nacht"] == "Marta Ohm", got


# --- Q-C: a Spanish speech verb without a subject is the last person named, not a noun

def test_a_bare_spanish_verb_after_a_quotation_is_the_last_person(tmp_path):
    got = _speakers(tmp_path, "es", (
        "El alcalde Juan Soto visitó el barrio por la tarde. “No puedo decir nada sobre las "
        "causas todavía” y no está claro cuándo bajará el río, dijo también.\n"))
    assert got["No puedo decir nada sobre las causas todavía"] == "Juan Soto", got


def test_a_bare_spanish_verb_after_a_clause_of_the_writer(tmp_path):
    got = _speakers(tmp_path, "es", (
        "“Nuestros equipos hacen todo lo posible para rescatar a los vecinos”, afirmó la "
        "ministra Ana Gil en un comunicado.\n\n"
        "“Nuestros bomberos no descansarán hasta encontrar a todos” y evaluar los daños, "
        "añadió.\n"))
    assert got["Nuestros bomberos no descansarán hasta encontrar a todos"] == "Ana Gil", got


def test_a_spanish_explico_alone_is_the_person_named_before(tmp_path):
    got = _speakers(tmp_path, "es", (
        "Una vecina llamada Rosa Pinto le dijo a una radio local que oyó un ruido enorme.\n\n"
        "“Y luego el agua entró por la ventana de la cocina”, explicó.\n"))
    assert got["Y luego el agua entró por la ventana de la cocina"] == "Rosa Pinto", got


def test_a_clitic_before_a_verb_of_no_speech_makes_no_speaker():
    # the clitic is skipped only before a speech verb: "le regaló" says nothing
    assert people_index("Rosa Pinto le regaló flores a su madre.")[1] == []
    assert people_index("Rosa Pinto le dijo a su madre que volvería.")[1] == [
        (0, "Rosa Pinto")]


def test_a_spanish_speaker_named_after_the_verb_stays(tmp_path):
    got = _speakers(tmp_path, "es", (
        "“No puedo decir nada sobre las causas”, dijo el alcalde Juan Soto.\n"))
    assert "Juan Soto" in got["No puedo decir nada sobre las causas"], got


# --- Q-D: the speaker in an incise inside the quotation, not the agency that carried it

def test_an_italian_incise_names_the_speaker_not_the_agency(tmp_path):
    got = _speakers(tmp_path, "it", (
        "“Per ora non abbiamo dati sui dispersi – ha detto un portavoce dei vigili del fuoco – "
        "Non c’è nemmeno una stima dei danni”, ha riferito l’agenzia Ansa.\n"))
    assert "portavoce" in got["Per ora non abbiamo dati sui dispersi"], got


def test_an_italian_quotation_without_incise_keeps_its_speaker(tmp_path):
    got = _speakers(tmp_path, "it", (
        "“Per ora non abbiamo dati sui dispersi”, ha detto il sindaco Aldo Neri.\n"))
    assert "Aldo Neri" in got["Per ora non abbiamo dati sui dispersi"], got


# --- Q-E: a Spanish post on a network is speech

def test_a_spanish_tweet_that_is_speech(tmp_path):
    got = _speakers(tmp_path, "es", (
        "El presidente Tomás Rey tuiteó este lunes que los daños deben ser “reparados cuanto "
        "antes”.\n"))
    assert got.get("reparados cuanto antes") == "Tomás Rey", got


def test_a_spanish_tweet_without_a_quotation_proposes_none(tmp_path):
    assert _speakers(tmp_path, "es", "El presidente Tomás Rey tuiteó una foto del río.\n") == {}


# --- Q-F: a participle lead-in after a clause

def test_an_english_participle_lead_in_names_the_speaker(tmp_path):
    got = _speakers(tmp_path, "en", (
        "Kelby Mayor Ann Vale voiced her grief, stating, “My town is broken tonight and we "
        "will rebuild it.”\n"))
    assert got["My town is broken tonight and we will rebuild it"].endswith("Ann Vale"), got


# --- F-B: "fatally shot" counts the dead (F-A, the members of a toll named one by one,
# is by design: tests/corpus/README.md, "What is a figure")

def _figures(tmp_path, sentence: str) -> list[tuple[float, str]]:
    draft = draft_of_pages(tmp_path, {"p": ("en", f"Shooting at Marlo fair\n\n{sentence}\n")})
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


def test_fatally_shot_counts_the_dead(tmp_path):
    assert _figures(tmp_path, "The gunman fatally shot four people at the Marlo fair.") == [
        (4, "dead")]


def test_shot_without_fatally_is_no_toll_of_the_dead(tmp_path):
    assert (4, "dead") not in _figures(tmp_path, "The gunman shot at four people at the fair.")

"""Extract round 25 (issue #16): mechanisms, not shapes. Who a verb without a subject or a
pronoun stands for when a place is named in passing, whom the words were said to, unnamed
people with a relative clause, altitudes, a count's first report. All text invented."""

from __future__ import annotations

import pytest

from tests.conftest import draft_of_pages, quote_speakers
from tests.probes import FERRY_HEADS, figures

_HEADS = FERRY_HEADS


def _speakers(tmp_path, lang: str, body: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", _HEADS[lang] + body + "\n", lang)


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("es", "Pablo Ferrer, camarero, vio el barco desde Puerto Viejo. \"Se volcó en segundos\", "
           "relató.", "Se volcó en segundos", "Pablo Ferrer"),
    ("it", "Paolo Ferri, cameriere, lavorava all'Hotel Miramare quando ha visto la nave. \"Si è "
           "rovesciata in pochi secondi\", racconta.", "Si è rovesciata in pochi secondi",
     "Paolo Ferri"),
    ("de", "Paul Ferner, Kellner, kam gerade aus dem Hotel Miramar, als er die Fähre sah. \"Sie "
           "kippte in Sekunden um\", erzählt er.", "Sie kippte in Sekunden um", "Paul Ferner"),
])
def test_a_place_named_in_passing_is_no_one_a_verb_may_stand_for(tmp_path, lang, body, quote,
                                                                  who):
    assert _speakers(tmp_path, lang, body)[quote] == who


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("en", "The witness told reporters: \"It rolled over in seconds.\"",
     "It rolled over in seconds", "The witness"),
    ("en", "A deckhand told the BBC: \"We had no time to launch the boats.\"",
     "We had no time to launch the boats", "A deckhand"),
    ("fr", "\"Le bateau s'est retourné en quelques secondes\", a expliqué par téléphone à l'ATS un "
           "passager.", "Le bateau s'est retourné en quelques secondes", "un passager"),
    ("fr", "\"Nous n'avons rien pu faire\", a déclaré à l'AFP un pêcheur du port.",
     "Nous n'avons rien pu faire", "un pêcheur du port"),
    ("de", "\"Das Schiff kippte in Sekunden um\", sagte ein Augenzeuge der Nachrichtenagentur "
           "Varnpress.", "Das Schiff kippte in Sekunden um", "ein Augenzeuge"),
    ("it", "\"La nave si è rovesciata in pochi secondi\", ha raccontato un testimone all'Ansa.",
     "La nave si è rovesciata in pochi secondi", "un testimone"),
])
def test_whom_the_words_were_said_to_is_not_who_said_them(tmp_path, lang, body, quote, who):
    assert _speakers(tmp_path, lang, body)[quote] == who


@pytest.mark.parametrize(("body", "quote", "who"), [
    ("Mayor Ana Grech visited the port. Those who survived and reached the shore said: \"The "
     "water came in within a minute.\"", "The water came in within a minute", "Those who survived"),
    ("Mayor Ana Grech visited the port. Fishermen who saw the ferry and called the coastguard "
     "said: \"It rolled over in seconds.\"", "It rolled over in seconds", "Fishermen"),
    ("Mayor Ana Grech visited the port. Many who were pulled out by divers said: \"It rolled over "
     "in seconds.\"", "It rolled over in seconds", "Many who were pulled out"),
])
def test_a_group_with_a_relative_clause_is_the_speaker_not_a_noun_inside_it(tmp_path, body,
                                                                            quote, who):
    assert _speakers(tmp_path, "en", body)[quote] == who


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The airliner was flying at 31,000 feet when it vanished from radar."),
    ("en", "The jet climbed to 24,000ft before the crew turned back."),
    ("es", "El avión volaba a 9.500 metros de altitud cuando perdió el contacto."),
    ("fr", "L'appareil volait à 11 000 pieds d'altitude."),
    ("de", "Die Maschine flog in 8000 Metern Höhe."),
    ("it", "L'aereo volava a 10.500 piedi di quota."),
])
def test_an_altitude_is_its_own_group_not_a_count_of_feet(lang, text):
    assert [group for _value, group in figures(text, lang)] == ["altitude"]


def test_an_altitude_is_labelled_as_one_and_a_size_stays_a_length(tmp_path):
    draft = draft_of_pages(tmp_path / "a", {"p": ("es", _HEADS["es"] + "El avión volaba a "
                                                  "10.000 pies de altura cuando cayó sobre el "
                                                  "edificio, que tiene 40 metros de altura.\n")})
    assert sorted(f.label for f in draft.figures) == ["Altitude, feet (10,000)", "Metres (40)"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coastguard initially said 25 people survived."),
    ("es", "Las autoridades informaron inicialmente de 25 supervivientes."),
    ("de", "Zunächst war von 12 Toten die Rede."),
    ("it", "Le autorità avevano inizialmente parlato di 12 morti."),
])
def test_a_first_report_is_no_current_count_whichever_side_of_its_verb_the_adverb(lang, text):
    assert figures(text, lang) == []


def test_first_as_an_ordinal_and_an_adverb_alone_stay_counts_beside_a_first_report():
    assert figures("The first 12 bodies were brought ashore.") == [(12, "dead")]
    assert figures("Divers initially rescued 25 people.") == [(25, "rescued")]
    assert figures("Police initially said 20 people died.") == []
    assert [v for v, _g in figures("Inicialmente, 25 personas fueron rescatadas del agua.",
                                   "es")] == [25]


@pytest.mark.parametrize(("lang", "body", "quote", "who"), [
    ("es", "El alcalde Luis Mora dijo que el barco era viejo. \"El barco se volcó en segundos\", "
           "relató la testigo. \"Nadie pudo hacer nada\", añadió.", "Nadie pudo hacer nada",
     "la testigo"),
    ("en", "Mayor Ana Grech said the ferry was old. \"It rolled over in seconds,\" the witness "
           "said. \"Nobody could do anything,\" she added.", "Nobody could do anything",
     "the witness"),
    ("fr", "Le maire Paul Vidal a dit que le bateau était vieux. « Le bateau s'est retourné en "
           "quelques secondes », raconte une rescapée. « Personne n'a rien pu faire », "
           "ajoute-t-elle.", "Personne n'a rien pu faire", "une rescapée"),
])
def test_a_witness_described_without_a_name_goes_on_speaking(tmp_path, lang, body, quote, who):
    assert _speakers(tmp_path, lang, body)[quote] == who


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At least 45 people, many of them tourists on a day trip, died when the footbridge "
           "gave way."),
    ("en", "At least 45 people, most of them tourists, were killed in the collapse."),
    ("es", "Al menos 45 personas, muchas de ellas niños, murieron en el derrumbe."),
])
def test_an_aside_opened_by_a_quantifier_leaves_the_groups_outcome_to_be_read(lang, text):
    assert figures(text, lang) == [(45, "dead")]


def test_a_german_ordinal_after_an_article_ends_no_sentence(tmp_path):
    draft = draft_of_pages(tmp_path / "o", {"p": ("de", "Brücke eingestürzt\n\nIn Varnstadt ist "
                                                  "am Sonntag eine Brücke eingestürzt. Die 120 "
                                                  "Meter lange Brücke stammt aus dem 18. "
                                                  "Jahrhundert und war zuletzt gesperrt.\n")})
    assert [c.value for c in draft.candidates() if c.kind == "figure"] == [120]


def test_the_deceased_are_the_dead():
    assert figures("Officials published a list of 37 deceased on Tuesday.") == [(37, "dead")]


def test_a_german_article_before_a_noun_of_amount_counts_no_one(tmp_path):
    draft = draft_of_pages(tmp_path / "m", {"p": ("de", "Brücke eingestürzt\n\nIn Varnstadt "
                                                  "wurden am Sonntag Dutzende Menschen verletzt. "
                                                  "Ein Arzt sagte, er habe eine Schar Kinder "
                                                  "ins Krankenhaus gebracht. Eine Frau starb.\n")})
    assert sorted((c.value, c.group) for c in draft.candidates() if c.kind == "figure") == [
        (1, "dead"), (24, "wounded")]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Unas 80 personas colaboraron toda la noche en el rescate."),
    ("en", "About 150 people took part in the rescue."),
    ("de", "Rund 300 Menschen beteiligten sich an der Suche."),
    ("fr", "Environ 150 personnes ont participé aux recherches."),
])
def test_people_counted_by_their_searching_are_responders(lang, text):
    assert [group for _v, group in figures(text, lang)] == ["responder"]

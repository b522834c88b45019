"""Misreadings a new user found on coverage of a bus that fell from an overpass (trial 22), in
invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from generator.extract.counts.counted import severity
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize("text, after", [
    ("Sieben Fahrgäste schwebten am Abend noch in Lebensgefahr.", "Fahrgäste"),
    ("Nach Angaben der Klinik schweben 7 Menschen in akuter Lebensgefahr.", "Menschen"),
])
def test_people_in_mortal_danger_are_the_critically_injured_de(text, after):
    assert _figures(text, "de") == [(7, "wounded")]
    assert severity(text.split(after)[1], "de") == "critical"


def test_the_injured_out_of_mortal_danger_are_not_critical_de():
    text = "Sieben Verletzte sind inzwischen außer Lebensgefahr."
    assert _figures(text, "de") == [(7, "wounded")]
    assert severity(" sind inzwischen außer Lebensgefahr.", "de") is None


@pytest.mark.parametrize("text", [
    "El incendio les ha costado la vida a 33 personas en Orvia.",
    "La riada ha cobrado la vida de 33 personas en Orvia.",
])
def test_a_perfect_of_taking_lives_counts_the_dead_es(text):
    assert _figures(text, "es") == [(33, "dead")]


@pytest.mark.parametrize("text", [
    "Unas 27 personas quedaron con lesiones leves.",
    "Unas 27 personas sufrieron lesiones en el choque.",
])
def test_people_with_injuries_are_the_injured_es(text):
    assert _figures(text, "es") == [(27, "wounded")]


@pytest.mark.parametrize("text, level", [
    ("At least 27 people were hurt, six seriously, police said.", "serious"),
    ("Some 27 passengers were injured, six critically.", "critical"),
])
def test_a_number_with_only_how_badly_after_a_count_of_injured_is_injured_en(text, level):
    assert (6, "wounded") in _figures(text)
    assert severity(text[text.index("six") + 3:], "en") == level


def test_a_number_with_an_adverb_after_no_injured_is_no_injured_en():
    assert (6, "wounded") not in _figures("At least 27 people were evacuated, six seriously "
                                          "worried about their homes.")


def test_an_adverb_before_the_verb_is_no_speaker(tmp_path):
    from tests.conftest import quote_speakers
    speakers = quote_speakers(tmp_path, (
        "Coach crash\n\nMayor Ana Velt of Corvel said in a post that the town was “in shock” "
        "and that she had already declared a “day of silence” for the families.\n"))
    assert speakers.get("day of silence", "").endswith("Ana Velt")


def test_a_pronoun_after_a_quotation_is_not_a_name_inside_it_fr(tmp_path):
    from tests.conftest import quote_speakers
    speakers = quote_speakers(tmp_path, (
        "Accident\n\nLe préfet de la région Marc Dunel a déclaré : « une nuit terrible ».\n\n"
        "La Première ministre norvégienne Clara Sorel s'est rendue sur place dans la nuit. "
        "« J'ai appelé le préfet Marc Dunel ce soir », a-t-elle ajouté.\n"),
        lang="fr")
    assert speakers.get("J'ai appelé le préfet Marc Dunel ce soir") == "Clara Sorel"


def test_a_justified_statement_has_its_speaker_fr(tmp_path):
    from tests.conftest import quote_speakers
    speakers = quote_speakers(tmp_path, (
        "Accident\n\n« Le car ne pouvait plus freiner », a justifié le ministre des Transports, "
        "Paul Verdan, devant la presse.\n"),
        lang="fr")
    assert speakers.get("Le car ne pouvait plus freiner", "").endswith("Paul Verdan")


@pytest.mark.parametrize("close", ["✕ Close", "× Close", "✕ Fermer", "✖ Schließen"])
def test_a_dialogs_close_button_glued_before_the_headline_is_cut(close):
    from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story
    c = read(page(f"{close} {TITLE}", LEDE, BODY))
    assert c.headline == TITLE
    assert rules(c).get(close) == "close-button", rules(c)
    assert story(c) == [LEDE, BODY]


def test_a_times_sign_in_a_story_line_is_kept():
    from tests.conservation import BODY, LEDE, TITLE, page, read, story
    line = "× 3 zoom lenses were found in the wreck, the police said on Monday."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


@pytest.mark.parametrize("url", [
    "https://www.example-zeitung.de/panorama/bus-faellt-von-rampe-in-orvia-12-tote_aid-12345678",
    "https://www.example-zeitung.de/panorama/bus-faellt-von-rampe-in-orvia-12-tote_id-12345678",
])
def test_an_id_marked_off_by_another_mark_is_no_word_of_the_headline(url):
    from generator.content.headline_address import url_headline
    assert url_headline(url) == "Bus faellt von rampe in orvia 12 tote"


def test_a_slug_word_after_an_underscore_without_an_id_stays():
    from generator.content.headline_address import url_headline
    url = "https://www.example.org/news/bus-falls-from-ramp-in-orvia_twelve-dead"
    assert url_headline(url).endswith("dead")


@pytest.mark.parametrize("text, who", [
    ("In Orvia starben am Abend 12 Menschen, wie Innenminister Karl Brenn im Radio "
     "bestätigte.", "Innenminister Karl Brenn"),
    ("In Orvia starben 12 Menschen, wie die Polizei am Abend mitteilte.", "Polizei"),
])
def test_a_german_as_clause_with_a_speech_verb_names_the_source(text, who):
    from generator.extract.speakers.attribution import attribution
    found = attribution(Sentence(0, len(text), text, 0), text.index("12"), "de")
    assert found is not None and found.who == who


def test_a_german_as_clause_without_a_speech_verb_names_none():
    from generator.extract.speakers.attribution import attribution
    text = "In Orvia starben 12 Menschen, wie die Polizei befürchtet hatte."
    assert attribution(Sentence(0, len(text), text, 0), text.index("12"), "de") is None


@pytest.mark.parametrize("text, who", [
    ("La gendarmerie annonce 12 morts et 9 blessés dans la soirée.", "La gendarmerie"),
    ("Le ministère de la Santé a annoncé 12 morts dans la soirée.", "Le ministère de la Santé"),
])
def test_a_french_subject_announcing_the_toll_is_its_source(text, who):
    from generator.extract.speakers.attribution import attribution
    found = attribution(Sentence(0, len(text), text, 0), text.index("12"), "fr")
    assert found is not None and found.who == who


def test_a_french_announcement_of_something_else_names_no_source_for_a_later_count():
    from generator.extract.speakers.attribution import attribution
    text = "Le maire annonce la fermeture des écoles, où 12 classes étaient ouvertes."
    assert attribution(Sentence(0, len(text), text, 0), text.index("12"), "fr") is None


@pytest.mark.parametrize("text, quote", [
    ("Crash\n\nTransport Minister Ana Velt spoke late on Monday. “We are still counting the "
     "injured,” the minister points out on the evening bulletin.\n",
     "We are still counting the injured"),
    ("Crash\n\nLate at night Transport Minister Ana Velt explains that “the cause is not clear "
     "yet” and asks for patience.\n", "the cause is not clear yet"),
    ("Crash\n\nTransport Minister Ana Velt warns that “the ramp will stay shut for weeks” after "
     "the crash.\n", "the ramp will stay shut for weeks"),
])
def test_a_speech_verb_in_the_present_tense_names_the_speaker_en(tmp_path, text, quote):
    from tests.conftest import quote_speakers
    assert quote_speakers(tmp_path, text).get(quote, "").endswith("Ana Velt")

"""Figures a new user found misread on coverage of an explosion in a coal mine (trial 24), in
invented sentences of the same shapes: a German toll whose verb stands at the end of a long
clause, and a count located by a measure after it ("five more at 200 metres")."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize("text, lang", [
    ("Mindestens 31 Menschen sind bei einem schweren Brand in einem Stollen im Süden des "
     "Landes ums Leben gekommen.", "de"),
    ("Mindestens 31 Arbeiter wurden bei dem Unglück in der alten Grube am Rand der kleinen "
     "Stadt getötet.", "de"),
    ("Mindestens 31 Kumpel konnten von den Helfern nach vielen Stunden im Stollen lebend "
     "geborgen werden.", "de"),
    ("Minstens 31 mensen zijn bij een zware brand in een oude mijn in het zuiden van het land "
     "omgekomen.", "nl"),
])
def test_a_verb_last_toll_is_read_at_the_clause_end(text, lang):
    assert (31, "rescued" if "geborgen" in text else "dead") in _figures(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("31 Menschen sind bei dem Brand in dem Stollen im Süden des Landes am Abend gewesen.", "de"),
    ("Mindestens 31 Menschen waren in der Grube, als zwei Arbeiter starben.", "de"),
])
def test_a_verb_last_clause_without_an_outcome_counts_none(text, lang):
    assert (31, "dead") not in _figures(text, lang)


@pytest.mark.parametrize("text, lang, others", [
    ("30 Kumpel seien 400 Meter unter Tage, weitere sechs in 450 Meter Tiefe eingeschlossen.",
     "de", 6),
    ("Había 80 obreros en el túnel, unos 30 trabajaban a la cota de 400 metros y otros 6 en la de "
     "450 metros.", "es", 6),
    ("Some 30 crew were 400 metres down, and another 6 at 450 metres.", "en", 6),
])
def test_a_count_located_by_a_measure_is_no_measure(text, lang, others):
    figs = _figures(text, lang)
    assert (others, "m") not in figs, figs


def test_a_measure_left_out_without_a_measure_after_it_stays_a_measure():
    """The guard: "and 2 on Tuesday" still reads the metres it leaves out."""
    assert (2, "m") in _figures("The river rose 3 metres on Monday and 2 on Tuesday.", "en")


def test_who_told_a_broadcaster_is_the_source_not_the_broadcaster():
    """"The port's manager, Ilse Varga, told Radio Nord that …": the name between commas
    speaks; the words after "told" are the listener and the story, never a speaker."""
    from generator.extract.speakers.attribution import attribution
    from generator.text.sentences import Sentence
    text = "The port's manager, Ilse Varga, told Radio Nord that 30 crew were aboard the ship."
    found = attribution(Sentence(0, len(text), text, 0))
    assert found is not None and found.who == "Ilse Varga"


_HEAD = "Fire in the Varn pit\n\nAt least 12 miners died in the Varn pit on Sunday.\n\n"
_QUOTE = "They were all my brothers down there and every one had plans"


@pytest.mark.parametrize(("tail", "who"), [
    ("the driller of 20 years said after climbing out.", "the driller of 20 years"),
    ("said the foreman of 30 years.", "the foreman of 30 years"),
])
def test_a_speaker_of_so_many_years_is_the_person_not_the_years(tmp_path, tail, who):
    from tests.conftest import quote_speakers
    quotes = quote_speakers(tmp_path / "q", f"{_HEAD}\"{_QUOTE},\" {tail}\n", "en")
    assert quotes[_QUOTE] == who


@pytest.mark.parametrize(("tail", "who"), [
    ("confirmó el titular de Trabajo, Andrés Polo, en una rueda de prensa.", "Andrés Polo"),
    ("confirmó el ministro Andrés Polo.", "Andrés Polo"),
])
def test_a_spanish_speaker_who_confirms(tmp_path, tail, who):
    """"…”, confirmó X": the verb of a minister giving a count is a speech verb, as its plural
    "confirmaron" already was."""
    from tests.conftest import quote_speakers
    head = "Incendio en la mina de Varn\n\nAl menos 12 mineros murieron el domingo en Varn.\n\n"
    said = "Hemos contado los 12 fallecidos y sacamos con vida a otros 30"
    quotes = quote_speakers(tmp_path / "q", f"{head}“{said}”, {tail}\n", "es")
    assert quotes[said] == who


@pytest.mark.parametrize(("sentence", "found"), [
    ("Ein Grubenarbeiter wird noch vermisst.", True),
    ("Ein Arbeiter wird noch vermisst.", True),
    ("Ein Vergleich wird noch vermisst.", False),
    # a person's word inside the compound, but not its head: a song, not a worker
    ("Ein Arbeiterlied wird noch vermisst.", False),
    ("Ein Bergmannsdenkmal wird noch vermisst.", False),
])
def test_a_german_compound_naming_one_person_by_its_last_part(tmp_path, sentence, found):
    """German puts the head of a compound last: a "Grubenarbeiter" is one worker (trial 24: one
    miner missing was not read)."""
    from tests.conftest import draft_of_pages
    head = "Feuer in der Grube Varn\n\nMindestens 12 Arbeiter starben am Sonntag in Varn.\n\n"
    draft = draft_of_pages(tmp_path / "d", {"p": ("de", f"{head}{sentence}\n")})
    figs = [(c.value, c.group) for c in draft.candidates() if c.kind == "figure"]
    assert ((1, "missing") in figs) is found, figs


@pytest.mark.parametrize(("lang", "head", "tail", "who"), [
    ("fr", "Au moins 12 mineurs sont morts dimanche à Varn.",
     "a raconté à l'agence de presse Varnpress une ouvrière, sortie sans aide.", "une ouvrière"),
    ("es", "Al menos 12 mineros murieron el domingo en Varn.",
     "contó a la agencia de noticias Varnpress un soldador.", "un soldador"),
])
def test_a_news_agency_told_stands_between_the_verb_and_its_subject(
        tmp_path, lang, head, tail, who):
    """"«…», a raconté à l'agence de presse X une ouvrière": the agency heard it, as a channel
    named with its kind does (trial 24: no speaker)."""
    from tests.conftest import quote_speakers
    said = "Nous n'avons rien vu à cause de la poussière au fond de la galerie"
    page = f"Varn\n\n{head}\n\n\"{said}\", {tail}\n"
    assert quote_speakers(tmp_path / "q", page, lang)[said] == who

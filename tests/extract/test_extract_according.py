"""A figure's source named by an "according to" word outside English (trial 9: "selon la CGT",
"según el Ministerio del Interior" were proposed with "the sentence names no source").
Invented sentences; where the name's end cannot be told, nothing is proposed (a blank costs the
analyst less than a wrong source)."""

from __future__ import annotations

import pytest

from generator.extract.speakers.attribution import attribution
from generator.text.sentences import Sentence


def _who(text: str, lang: str) -> str | None:
    found = attribution(Sentence(0, len(text), text, 0), lang=lang)
    return found.who if found else None


@pytest.mark.parametrize("lang, text, who", [
    ("fr", "Selon la préfecture, 20 000 personnes ont marché vers la gare.", "la préfecture"),
    ("fr", "Ils étaient 80 000 selon le syndicat des cheminots.", "le syndicat des cheminots"),
    ("es", "Según la Delegación del Gobierno, 4.000 personas marcharon.",
     "la Delegación del Gobierno"),
    ("pt", "Segundo a Defesa Civil, 12 pessoas morreram na enxurrada.", "a Defesa Civil"),
    ("de", "Laut Feuerwehr waren 300 Helfer im Einsatz.", "Feuerwehr"),
    ("de", "Nach Angaben der Bergwacht starben drei Wanderer.", "Bergwacht"),
    ("de", "Der Polizei zufolge kamen 5000 Menschen.", "Der Polizei"),
    ("pl", "Według straży pożarnej, 14 osób zostało rannych.", "straży pożarnej"),
])
def test_an_according_word_names_the_figures_source(lang, text, who):
    assert _who(text, lang) == who


@pytest.mark.parametrize("lang, text", [
    # the name runs into the clause with no punctuation: where it ends is not known
    ("it", "Secondo i sindacati erano in 100 mila in piazza."),
    ("nl", "Volgens de politie waren er 300 mensen op de been."),
    # no "according to" word at all
    ("fr", "La préfecture a compté 20 000 personnes."),
])
def test_no_source_when_its_end_cannot_be_told(lang, text):
    assert _who(text, lang) is None

"""Figures of fire coverage that unseen pages wrote and extract read wrong (issue 16, figures
round 16: building fires in six languages); invented sentences of the same shapes, with the near
shapes each rule must leave alone."""

from __future__ import annotations

from types import SimpleNamespace

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentences


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentences(SimpleNamespace(paragraphs=[SimpleNamespace(text=text)]))]


def test_a_german_day_of_the_month_ends_no_sentence():
    text = ("Bei dem Brand wurden 32 Menschen verletzt. Das Feuer brach am Dienstag, dem 21. "
            "Januar, im Restaurant aus. Die Zahl der Toten stieg auf 66. Feuerwehrleute suchten "
            "weiter.")
    assert _sentences(text) == [
        "Bei dem Brand wurden 32 Menschen verletzt.",
        "Das Feuer brach am Dienstag, dem 21. Januar, im Restaurant aus.",
        "Die Zahl der Toten stieg auf 66.", "Feuerwehrleute suchten weiter."]
    # the day is a date, not a bare count that takes the injured of the sentence before
    second = _sentences(text)[1]
    assert not figures_in(Sentence(0, len(second), second, 0), "de")

"""A sentence that opens on a month with no day and no year may tell the event's own toll: a
follow-up or an anniversary page writes "In June the fire killed 64 people" of the very fire the
briefing is about. Figures round 20 dropped every number of such a sentence as looking back;
review 9 showed it lost the event's own toll in six languages, and the rule was taken out: a
month alone does not tell whether it is the event's month (the page's date and the event's days
would; FIDELITY.md, review 9). Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans


def _found(text: str, lang: str) -> list[float]:
    return [f.value for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)]


@pytest.mark.parametrize("text, lang", [
    ("In June the fire at Varno killed 64 people.", "en"),
    ("En juin, l'incendie de Varno a fait 64 morts.", "fr"),
    ("En junio, el incendio de Varno dejó 64 muertos.", "es"),
    ("Im Juni starben bei dem Brand in Varno 64 Menschen.", "de"),
    ("A giugno l'incendio di Varno ha causato 64 morti.", "it"),
    ("Em junho, o incêndio de Varno matou 64 pessoas.", "pt"),
])
def test_the_event_s_own_toll_after_a_month_alone_is_kept(text, lang):
    assert 64 in _found(text, lang)

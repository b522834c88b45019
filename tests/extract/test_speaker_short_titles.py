"""A speaker named with a short title of the police or the armed forces ("Insp. Michel Forget",
"Det. Sgt. Anna Kowal", "Supt. Tom Reyes"): trial 48 found a police inspector's words with no
speaker, the title's full stop read as the end of a sentence. One list of short titles
(:data:`generator.text.lexicon.PERSON_TITLE_ABBREVIATIONS`) serves the sentence splitter, the
name readers and :func:`generator.text.names.strip_titles`. Invented text."""

from __future__ import annotations

import pytest

from generator.text.names import strip_titles
from generator.text.sentences import sentence_spans
from tests.conftest import quote_speakers

PAGE = """\
Search goes on in Kelmford

About sixty people are now missing after the blast, police said on Wednesday.

“The number changes and calls are still coming in,” provincial police Insp. Marc Delorme \
told a news conference.

“We are very hopeful,” Det. Sgt. Anna Kowal said.

“We will go on until the last one is found,” Supt. Tom Reyes said.
"""


def test_a_speaker_with_a_short_title_is_found(tmp_path):
    """Fails without the titles: the three quotations had no speaker."""
    speakers = quote_speakers(tmp_path, PAGE)
    assert strip_titles(speakers["The number changes and calls are still coming in"]) \
        == "Marc Delorme"
    assert strip_titles(speakers["We are very hopeful"]) == "Anna Kowal"
    assert strip_titles(speakers["We will go on until the last one is found"]) == "Tom Reyes"


@pytest.mark.parametrize(("text", "count"), [
    ("Insp. Marc Delorme spoke first. Then the mayor spoke.", 2),
    # lower case "det." ends a Danish or Norwegian sentence: no abbreviation there
    ("Jeg ved det. Han kom i går.", 2),
    ("Det. Sgt. Anna Kowal spoke. Nobody else did.", 2),
])
def test_a_short_title_ends_no_sentence(text, count):
    assert len(sentence_spans(text)) == count

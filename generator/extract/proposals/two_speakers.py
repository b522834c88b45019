"""Two quotations of different outlets that :func:`~generator.extract.quotes.same_statement`
would join, kept apart when two named speakers said them and they share only the topic's words.
Split from :mod:`generator.extract.proposals.grouping` when it reached its size cap (trial 38)."""

from __future__ import annotations

import re

from generator.extract.model import QuoteCandidate
from generator.extract.quotes import content_sequence
from generator.text.lexicon import FUNCTION_WORDS, GENERIC_SPEAKERS, PRONOUN_SUBJECTS

#: Two named speakers who share no word are one statement's only when their renderings share a
#: run of this many content words: a ministry's "a risk of a vast ecological disaster on the
#: coast" and a charity's "the vast ecological disaster now reaching the coast" share the
#: topic's words and a phrase of three, and are two warnings (trial 38).
_OWN_PHRASE = 4


def _speaker_words(speaker: str) -> set[str]:
    """The words of a speaker's name, lower case: three letters or more, or an acronym ("US")."""
    return ({w.lower() for w in re.findall(r"[^\W\d_]{3,}|\b[A-Z]{2}\b", speaker)}
            - FUNCTION_WORDS)


#: A written text speaks for whoever issued it, whatever the outlet calls it ("the Coalition's
#: press release", "a US military statement": one statement of the seeds).
_WRITTEN = re.compile(r"\b(?:statement|release|communiqu[eé]|bulletin|post|tweet|letter|note)s?\b",
                      re.I)


def _other_speakers(a: QuoteCandidate, b: QuoteCandidate) -> bool:
    """Whether the two quotations are given to two different named speakers: their entities
    differ, or, with none, their names share no word. A pronoun, a written text or an unknown
    speaker may stand for anyone."""
    if a.speaker_id and b.speaker_id:
        return a.speaker_id != b.speaker_id
    names = [x.speaker.strip().lower() for x in (a, b)]
    if not all(names) or any(n in GENERIC_SPEAKERS or n in PRONOUN_SUBJECTS
                             or _WRITTEN.search(n) for n in names):
        return False
    wa, wb = _speaker_words(a.speaker), _speaker_words(b.speaker)
    return bool(wa and wb) and not wa & wb


def _longest_run(a: str, b: str) -> int:
    """The longest run of content words the two renderings share, in order."""
    sa, sb = content_sequence(a), content_sequence(b)
    best = 0
    for i in range(len(sa)):
        for j in range(len(sb)):
            k = 0
            while i + k < len(sa) and j + k < len(sb) and sa[i + k] == sb[j + k]:
                k += 1
            best = max(best, k)
    return best


def two_speakers_apart(a: QuoteCandidate, b: QuoteCandidate) -> bool:
    """Whether two quotations that read as one statement are two, said by two speakers
    (:func:`_other_speakers`) and sharing no run of :data:`_OWN_PHRASE` content words."""
    return _other_speakers(a, b) and _longest_run(a.text, b.text) < _OWN_PHRASE

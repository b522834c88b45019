""""The same source" speaks for the source named before it: "…, indique la même source", "según
la misma fuente", "ha aggiunto la stessa fonte", "the same source said". Wire copy names a source
once (a police statement, a ministry) and then refers back to it; left as written, the draft
credited quotations to "la même source" (the lead's read of the spent set s37, one site; the
phrase is a fixed one of agency French, Spanish, Italian and Portuguese). The source is the
speaker of the quotation before it, else the source the last sentence before it credits."""

from __future__ import annotations

import regex

from generator.extract.speakers.attribution import attribution
from generator.text.sentences import Sentence, sentence_spans

#: The phrase in the languages whose wire copy uses it, with or without its article.
SAME_SOURCE = regex.compile(
    r"(?i)^(?:(?:the\s+)?same\s+sources?|(?:la\s+)?m[êe]me\s+source|(?:la\s+)?misma\s+fuente"
    r"|(?:la\s+)?stessa\s+fonte|(?:a\s+)?mesma\s+fonte|(?:die\s+)?(?:gleiche|selbe)\s+quelle"
    r"|dieselbe\s+quelle)$")


def same_source_referent(text: str, at: int, resolved: str, history: list[tuple[int, str]],
                         lang: str) -> str | None:
    """Who "the same source" (``resolved``, the speaker read for a quotation at ``at``) is:
    the speaker of the last quotation before it, else the source credited by the last sentence
    before it that credits one; None when ``resolved`` is not that phrase or nothing is found."""
    if not SAME_SOURCE.match(resolved.strip()):
        return None
    for _, name in reversed(history):
        if name and not SAME_SOURCE.match(name.strip()):
            return name
    for start, end in reversed(sentence_spans(text[:at])):
        found = attribution(Sentence(start, end, text[start:end], 0), lang=lang)
        if found and found.who and not SAME_SOURCE.match(found.who.strip()):
            return found.who
    return None

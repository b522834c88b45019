"""A quotation that makes a crosshead, said by whom the paragraph under it names.

Copy sets a speaker's words as a heading between paragraphs ("'Unacceptable risks'", "Danger
‘for years to come’", "„Es war wie ein Sturm“") and names the speaker in the paragraph below,
where the words are said or reported: "Under the minister's plan there are 'unacceptable risks
for the city'", "…, the Red Cross warned.", "„Ich habe so etwas nie gesehen“, sagt X". The
heading itself has no verb and no speaker; a short one (fewer words than a statement read
without a speaker needs) was dropped, a longer one had no speaker (round spspk2: four headings
on three sites of the working pages, in Dutch, English and German).

A heading is a short paragraph with no full stop that holds a quotation; its speaker is the
speaker of the first quotation of the next paragraph that has one, else (English) the source
its first sentence credits. A heading whose paragraph below names nobody stays unattributed.
"""

from __future__ import annotations

from generator.extract.speakers.attribution import attribution
from generator.text.sentences import Sentence
from generator.text.speech_words import QUOTE_CHARS

HEADING = "a quotation set as a heading, said in the paragraph below"
#: At most this many words make a heading rather than a sentence of the story.
_HEADING_WORDS = 8


def heading(ptext: str) -> bool:
    """Whether a paragraph is a heading: a few words, ending on no full stop, question, colon or
    comma (the quotation's closing mark aside)."""
    bare = ptext.strip().rstrip(QUOTE_CHARS + "'’ ")
    return 0 < len(bare.split()) <= _HEADING_WORDS and not bare.endswith(
        (".", "!", "?", "…", ":", ",", ";"))


def heading_speaker(below: list, sents: list[Sentence], para_start: int, para_end: int,
                    lang: str, words: str, far: int = 0) -> tuple[str, str]:
    """(speaker as named, who it is) for a heading's quotation (``words``), from the paragraph
    below it (``below``: its quotations as read; ``sents``: the article's sentences, that
    paragraph running over [para_start, para_end)). A source credited without quotation marks
    must repeat the heading's words, or the heading may be another's. Past the paragraph right
    below (``far``), only a quotation that repeats the heading's words gives its speaker."""
    for q in below:
        if q.resolved and (not far or _repeats(q.text, words)):
            return q.speaker, q.resolved
    if below or lang != "en" or far:
        return "", ""
    first = next((s for s in sents if para_start <= s.start < para_end), None)
    if first is None or words.casefold() not in first.text.casefold():
        return "", ""
    found = attribution(first, lang=lang)
    if found is None or found.who.lower() in ("he", "she", "they", "it", "we", "i"):
        return "", ""
    return found.who, found.who


def _repeats(text: str, words: str) -> bool:
    """Whether a quotation's words hold a heading's words (case and marks aside)."""
    bare = words.strip(QUOTE_CHARS + "'’‘ ").casefold()
    return bool(bare) and bare in text.casefold()


def from_below(waiting: list, below: list, found: list, sents: list[Sentence], start: int,
               end: int, lang: str, far: int = 0) -> bool:
    """Give a heading's quotations (``waiting``) the speaker the paragraph under it names, or
    (``far`` paragraphs further down) the speaker of a quotation repeating the heading's words
    (a crosshead that lifts a phrase from a quotation further down: round spspk3, two sets);
    a short one, dropped for want of a speaker, joins ``found`` before that paragraph's
    quotations. Whether it found the speaker."""
    who, resolved = heading_speaker(below, sents, start, end, lang, waiting[0].text, far)
    if not resolved:
        return False
    at = next((i for i, x in enumerate(found) if any(x is y for y in below)), len(found))
    for q in waiting:
        q.speaker, q.resolved, q.how, q.confidence = who, resolved, HEADING, "medium"
        q.why = [w for w in q.why if "no speaker found" not in w] + [
            "a heading: the paragraph under it names its speaker"]
        if not any(q is x for x in found):
            found.insert(at, q)
            at += 1
    return True

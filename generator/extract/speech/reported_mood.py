"""A German quotation inside reported speech, said by the source the reported speech goes back to.

German copy reports a source's words in the subjunctive of reported speech (Konjunktiv I: "sei",
"habe", "werde", "könne") for sentences after the one that names the source, and quotes a few of
them inside that speech: "Zuvor hatte ein Polizeisprecher noch gesagt, dass …. Weitere
Einzelheiten werde man nicht nennen, weil dies „zum Nachteil der Geiseln“ sein könnte.", "Der
Sender berichtete, es handele sich um drei Angestellte. Sie seien „sichtbar aufgeregt“ gewesen.",
"Nach Friedrichs Worten war die Leitung geprüft worden. Das Gerät sei nicht weitergekommen.
„…“". The quotation's own sentence names no one; the mood says whose words run on, and a German
reader takes the source of the sentences before (spspk7: four sites of two events, the pool's
working pages and pool spfig2's; short ones had been dropped for want of a speaker).

The quotation's sentence must itself be in that mood (outside its marks), or the quotation must
open its sentence right after one that is. The source is the nearest before it, at most
:data:`_BACK` sentences back in its paragraph or the one before: "laut X", "nach Angaben X",
"…, berichtete X" (the attribution readers), "nach X' Worten", or a speech verb's subject
("X sagte, …", "Zuvor hatte X gesagt"). A sentence in the indicative with no source is narration
and is passed over; a sentence that holds a quotation of its own ends the search (its speaker is
its own rules' business).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import regex

from generator.extract.speakers.attribution import attribution
from generator.extract.speakers.subjects import as_subject, np_after
from generator.text.masking import mask_quotes
from generator.text.sentences import Sentence, sentence_at
from generator.text.speech_words import QUOTE_CHARS, speech_pattern

REPORTED_MOOD = "inside reported speech: the source named before"
#: How many sentences back the source may stand.
_BACK = 3
#: Konjunktiv I of the verbs reported speech runs on (third person), which the indicative
#: never writes so: "er sei", "sie seien", "man habe", "es gebe", "man werde", "es handele sich".
_SUBJUNCTIVE = re.compile(
    r"(?<!\w)(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|gehe|liege|stehe|"
    r"komme|handele|handle|befinde|bestehe|fehle|wisse|lasse|brauche)(?!\w)")
#: "nach X' Worten", "nach Friedrichs Worten", "nach den Worten des Sprechers".
_WORDS_OF = regex.compile(
    r"(?<!\w)(?i:nach)\s+(?:(?:den\s+)?Worten\s+(?:von\s+)?(?P<after>(?:des|der|dem)?\s*"
    r"[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})|(?P<before>\p{Lu}[\p{L}-]+?)(?:s|')?\s+Worten)")
#: A subject opening the sentence right before its speech verb ("Die Polizei teilte mit").
_HEAD = regex.compile(r"\s*(?P<who>(?i:der|die|das|ein|eine)\s+(?:\p{Ll}[\p{L}-]*\s+)?"
                      r"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})\s*$")
#: The first part of a German main clause, then its finite verb or auxiliary: the subject
#: stands after it ("Zuvor hatte ein Sprecher …", "Am Abend sagte die Polizei …").
_INVERTED = re.compile(r"^\s*\S+(?:\s+\S+){0,3}?\s+(?P<verb>hatte|hat|hatten|haben|\w+te)\s+")


def _words_of(masked: str) -> str:
    m = _WORDS_OF.search(masked)
    if m is None:
        return ""
    return (m["before"] or m["after"]).strip()


def _verb_subject(masked: str) -> str:
    """The subject of the sentence's speech verb: before it when it opens the sentence ("Die
    Polizei teilte mit, …"), after the verb or its auxiliary when an adverbial opens it."""
    verbs = speech_pattern("de")
    said = re.search(rf"(?<!\w)(?:{verbs})(?!\w)", masked) if verbs else None
    if said is None:
        return ""
    head = _HEAD.match(masked[:said.start()])
    if head is not None:
        return head["who"]
    inverted = _INVERTED.match(masked)
    if inverted is not None and inverted.end() <= said.end() + 1:
        who = as_subject(np_after(masked[inverted.end():]), "de")
        if who.split()[:1] and (who.split()[0].lower() in ("der", "die", "das", "ein", "eine")
                                or len(who.split()) > 1):
            return who
    return ""


def source_of(sentence: Sentence) -> str:
    """Who a German sentence says its content comes from; "" when it names no one."""
    masked = mask_quotes(sentence.text)
    found = attribution(sentence, lang="de")
    if found is not None and found.who.strip():
        return found.who.strip()
    return _words_of(masked) or _verb_subject(masked)


def _subjunctive(sentence: Sentence) -> bool:
    return bool(_SUBJUNCTIVE.search(mask_quotes(sentence.text)))


def reported_speaker(text: str, sents: list[Sentence], starts: list[int], at: int,
                     lang: str) -> str:
    """The source a German quotation starting at ``at`` reports, when its sentence (or the one
    before, which the quotation follows as a sentence of its own) is reported speech; ""
    otherwise (see the module docstring)."""
    if lang != "de":
        return ""
    own = sentence_at(sents, at, starts)
    if own is None:
        return ""
    opens = not text[own.start:at].strip(QUOTE_CHARS + " \u00a0")
    i = bisect_right(starts, own.start) - 1
    if i < 0 or sents[i] is not own:
        return ""
    if not _subjunctive(own) and not (opens and i > 0 and _subjunctive(sents[i - 1])
                                      and sents[i - 1].paragraph == own.paragraph):
        return ""
    for prev in reversed(sents[max(0, i - _BACK):i]):
        if prev.paragraph < own.paragraph - 1:
            break
        if any(c in QUOTE_CHARS for c in prev.text.replace("'", "").replace("’", "")):
            break
        if who := source_of(prev):
            return who
    return ""

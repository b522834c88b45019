"""Who "the rights watchdog", "the state-funded body" or "the commission" is when it speaks: the
public body the page named before.

Copy names a commission, a board or a league once, in full ("according to the Tarvia Civil
Liberties Board"), then lets it speak by a description ("the rights watchdog said", "said the
state-funded body"). Left as written, two outlets quoting the same
statement name two different speakers, and the overview reports a discrepancy between them that
is none (trial 45). A firm's description is read by :mod:`generator.extract.speakers.firms`; a
person's
role ("the commission's chairman") is no body: its noun is not the head.

A description as written costs the analyst less than a wrong body, so only a body named within
:data:`REACH` characters before the quotation is taken, and only an English description (the
nouns of the other languages are left to a later round).
"""

from __future__ import annotations

import regex

from generator.text.masking import mask_quotes

#: How far back a body's name is looked for (a few paragraphs of copy).
REACH = 2000
#: A description of a body: "the", up to three lower-case words ("rights", "state-funded"), and
#: the noun of a body as its head.
_DESCRIPTION = regex.compile(
    r"(?i:the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:body|watchdog|commission|board|council|committee|"
    r"authority|league|association|society|panel)")
#: A body's name: capitalised words (an "of", "on" or "for" between them) around the noun of a
#: body ("Tarvia Civil Liberties Board", "National Commission on Human Rights").
_WORD = r"\p{Lu}[\p{L}’'-]*"
_NOUN = (r"(?:Commission|Board|Council|Committee|Authority|League|Association|Society|Panel|"
         r"Watchdog|Federation|Foundation|Institute|Ombudsman)")
_NAME = regex.compile(
    rf"(?P<art>\b[Tt]he\s+)?(?P<name>(?:{_WORD}\s+){{0,4}}{_NOUN}"
    rf"(?:\s+(?:of|on|for)(?:\s+(?:the\s+)?{_WORD}){{1,4}})?)")


def body_referent(text: str, at: int, speaker: str) -> str | None:
    """The body a description speaking at ``at`` stands for: the last body's name written before
    ``at`` within :data:`REACH`; None when the speaker is no body's description or no body was
    named."""
    if _DESCRIPTION.fullmatch(speaker.strip()) is None:
        return None
    start = max(0, at - REACH)
    window = mask_quotes(text[start:at])
    last = None
    for m in _NAME.finditer(window):
        last = m
    if last is None:
        return None
    return f"the {last['name']}" if last["art"] else last["name"]

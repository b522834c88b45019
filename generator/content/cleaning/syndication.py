"""The line an aggregator prints over a story it republishes: the paper it comes from and that
paper's city, "The Harbour Times (Port Sarn)", between the date stamp and the headline (trial
20). It is the story's ``via``, and it is no headline.

Told by its place as much as by its shape, because a name with a word in brackets is common
in a story ("Mayor Jane Roe (Valmont)", a list of candidates and their parties) and in titles
("Ferry Sinks (Video)"): only the first line left under a removed date stamp is taken, when no
line of that shape follows it and prose does not; the brackets must hold a place's name, not a
wire's ("Jane Roe (Reuters)" is a byline), nor a label of the page's media or its updates.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from generator.content.blocks import Block
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Verdict, Verdicts
from generator.text import furniture_words as F

_WORD = r"\p{Lu}[\p{L}&'’.-]*"
#: One to five capitalised words, then one to three of a place in brackets ("(Port Sarn)"):
#: a place's name has lower-case letters ("(SWA)" is an organisation's initials).
#: A city's name may hold lower-case joining words ("Dar es Salaam", "Port of Sarn") and its
#: country after a comma ("Sarn, Orunland").
_PLACE_WORD = r"\p{Lu}[\p{L}'’.-]*"
_PLACE = (rf"\p{{Lu}}\p{{Ll}}[\p{{L}}'’.-]*"
          rf"(?:[\s-]+(?:\p{{Ll}}{{1,3}}[\s-]+)?{_PLACE_WORD}){{0,3}}")
_SHAPE = regex.compile(rf"^\s*(?:{_WORD}\s+){{0,4}}{_WORD}\s*"
                       rf"\(\s*(?P<place>{_PLACE})(?:,\s*{_PLACE})?\s*\)\s*$")
#: What brackets after a title or a name hold that is no place: a wire, a medium, an update,
#: and a live page's or a video's label ("(Live)", "(Watch)"), which stand alone there.
_NOT_A_PLACE = frozenset(
    [a.casefold() for a in F.AGENCIES]
    + [w.casefold() for words in F.MEDIA_NOUN.values() for w in words]
    + [w.casefold() for words in F.UPDATE_LABEL.values() for w in words]
    + ["live", "watch"])


def source_line(text: str) -> bool:
    """The shape of an aggregator's source line, whatever its place on the page."""
    m = _SHAPE.match(text)
    return m is not None and not any(
        w in _NOT_A_PLACE for w in m.group("place").casefold().split())


def mark_source_line(blocks: Sequence[Block], verdicts: Verdicts, language: str) -> None:
    free = [i for i, v in enumerate(verdicts) if v is None]
    if len(free) < 2:
        return
    i, after = free[0], free[1]
    stamped = any(v is not None and v.kind == "date-stamp" for v in verdicts[:i])
    if (stamped and source_line(blocks[i].text) and not source_line(blocks[after].text)
            and not is_prose(blocks[after].text, language)):
        verdicts[i] = Verdict("credit", "source-line",
                              "the outlet a republished story comes from, with its city",
                              values={"via": blocks[i].text.strip()})

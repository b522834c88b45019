"""When ``briefing extract`` reads a number but proposes no figure on it: a policy on the shape
of the proposal, not a reading of its words (issue 16: precision on pages no rule has seen).

Each criterion was kept because, over the seven development sets (the corpus's dev pages and the
spent sets s30–s35), it removed only wrong proposals, in three or more events, in no set a right
one (a leave-one-set-out check, thirty-seventh stop). The number stays in the story; it is just
not proposed as a figure.

- **A bare number set off as an apposition.** A number with no noun of its own (so that
  :mod:`.elided` would lend it the noun of a figure before it) that closes a parenthesis opened by
  a comma one to three words before it, and is itself followed by a comma or a closing
  parenthesis: "the mayor, now 61, said", "a second girl, also 17, died", "children, aged 6 to
  12, were". Such a number describes the person or group named before the comma (an age, a rank,
  a tenure); it counts nothing, and the noun lent to it is the count's, not its own. A number
  right after the comma ("by Friday, 40, a rise") is not one: it may be the count itself; nor is
  one after a word of a rise ("on Tuesday, another 4, police said": a count of more, as
  :mod:`.increment` reads it) or after a place ("in the north 21, and 9 in the south": a part
  of the count, place by place; review 37).
"""

from __future__ import annotations

import re

from generator.extract.counts.increment import MORE_BEFORE
from generator.text.quantities.model import Quantity

#: A comma or an opening parenthesis, then one to three words (no comma, no bracket between).
_OPENED = re.compile(r"[,(]\s*(?:[^\s,()]+\s+){1,3}$")
#: What closes the apposition right after the number.
_CLOSED = re.compile(r"\s*[,)]")
#: A place opening the words after the comma ("in the north", "im Süden", "en Alba"): the number
#: after it is that place's share of a count, not an apposition.
_PLACE = re.compile(r"[,(]\s*(?:in|im|en|dans|nel|nella|em|na|w)\s", re.I)


def set_off(q: Quantity, text: str) -> bool:
    """Whether the number ``q`` of ``text`` (its sentence) is a bare apposition: opened by a
    comma or parenthesis a few words before it, closed by one right after it (the module's
    docstring). Called by :func:`.elided.elided` for a number that found no noun of its own and
    no outcome right before it ("killing 14, injuring 60, police said" stays a count)."""
    opened = _OPENED.search(text, 0, q.start)
    return bool(opened and _CLOSED.match(text, q.end) and not _PLACE.match(opened.group())
                and not MORE_BEFORE.search(text, 0, q.start))

""""Half" as a degree, not a share: "a block of silos was half destroyed", "apartment blocks
now half submerged in the mud", "a half-built tower". The quantity reader reads the word as 50 %
(the labels mark it so); here it measures how far one thing was struck, not a part of what the
event struck, so no figure is proposed. Found on two dev pages of the corpus, about two events
(a port explosion and a flood: figures round spfig2, issue 16). "Half of the houses", "half the
village", "half the children" stay shares, figures of the event, and so does a fire "half
contained" (a share of its edge, as "40 % contained" is).
"""

from __future__ import annotations

import re

#: Right after "half": a participle or an adjective of state (a space or a hyphen between), not
#: "of", an article or a noun ("women", "men", "children" end like participles).
_DEGREE_AFTER = re.compile(
    r"[ \t-]+(?!(?:wo)?men\b|children\b|oxen\b|contained\b|controlled\b)"
    r"(?:[^\W\d_]+(?:ed|en)|burnt|built|sunk|buried|gone|full|empty|dead|done|finished)\b", re.I)


def half_a_degree(q, text: str) -> bool:
    """Whether the share ``q`` of ``text`` is "half" before a participle: a degree."""
    return text[q.start:q.end].lower() == "half" and bool(_DEGREE_AFTER.match(text, q.end))

"""The rule table: every kind's rules in the order they are tried, compiled once.

Order matters where two rules can recognise one block (the first wins, and its kind and name
are what the removed block records): date stamps come first ("Published · 3 hours ago" is not a
commenter), bylines last but for a stamp's label with its time on a line of other words.
"""

from __future__ import annotations

from generator.content.cleaning.rules import (
    bylines,
    chrome,
    comments,
    credits,
    goes_on,
    links,
    notices,
    posts,
    stamps,
    wire_captions,
)
from generator.content.cleaning.rules.base import Rule, RuleTable

# (a note that the story goes on past an ad is read before the notices: the paywall's "continúa
# leyendo …" took "Continúa leyendo después de la publicidad" for a wall, the copy for cut)
RULES: tuple[Rule, ...] = (*stamps.RULES, *comments.RULES, *goes_on.RULES, *notices.RULES,
                           *links.RULES, *chrome.RULES, *credits.RULES, *wire_captions.RULES,
                           *posts.RULES, *bylines.RULES, *stamps.LATE_RULES)
TABLE = RuleTable(RULES)

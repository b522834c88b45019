"""People not accounted for are the missing: "officials say they haven't been able to account
for six others", "inquiries about 73 people who hadn't been accounted for". English says so by
the negated verb of accounting, before the number or in a relative clause after its noun, where
"still unaccounted for" (an outcome word of its own) was read already. The corpus dev page of a
bridge collapse and the spent set s40's page of a campground flood (two events, two sites) read
these as people whom nothing befell. Kept apart from :func:`.people_counted.whereabouts`, which
reads the fate or the whereabouts of people said to be unknown, and asks here when it finds
none.
"""

from __future__ import annotations

import re

#: A negated verb of accounting right before the number ("haven't been able to account for",
#: "could not account for the"); not with "do" ("the budget did not account for the 40
#: firefighters sent", "the figure does not account for …": left out of a sum, rev42).
_NOT_ACCOUNT_FOR = re.compile(
    r"\b(?:(?:have|has|had|could)\s*(?:not|n['’]t)\s+(?:yet\s+)?"
    r"(?:been\s+able\s+to\s+)?|(?:were|was|are|is|been)\s+unable\s+to\s+)account\s+for"
    r"(?:\s+(?:the|another|an?\s+other))?\s+$", re.I)
#: The same in a relative clause right after the noun ("who hadn't been accounted for", "who have
#: not yet been accounted for").
_NOT_ACCOUNTED = re.compile(
    r"^\s*,?\s*(?:who|that)\s+(?:have|has|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?been\s+"
    r"accounted\s+for\b", re.I)


def unaccounted(before: str, rest: str, lang: str) -> str | None:
    """"missing" for people the text says are not accounted for, else None."""
    if lang != "en":
        return None
    return "missing" if _NOT_ACCOUNT_FOR.search(before[-80:]) or _NOT_ACCOUNTED.match(rest) \
        else None

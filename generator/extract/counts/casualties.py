""""Casualties" on a page that says nobody died: the injured, not the dead.

English "casualties" are the killed and the wounded together, and the noun groups count them
with the dead, as war and disaster copy mostly means them ("5,000 casualties" of a flood, the
corpus's label). A page that says in so many words that there were no deaths ("no fatalities",
"nobody was killed") and counts no dead means the hurt: "60 casualties, 130 vehicles involved"
over a pile-up with no fatalities (trial 36) was drafted as 60 dead.
"""

from __future__ import annotations

import re

from generator.text.number_words import NOBODY

#: English "nobody" (the one table, :data:`~generator.text.number_words.NOBODY`).
_NOBODY = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                   for w in sorted(NOBODY["en"], key=len, reverse=True))
#: What a page writes when nobody died: "no fatalities", "no reports of fatalities", "no
#: deaths", "nobody/no one was killed", "none died", "no one has died".
_NO_DEATHS = re.compile(
    r"\bno\s+(?:reports?\s+of\s+|reported\s+|known\s+|confirmed\s+)?(?:fatalities|deaths)\b"
    rf"|\b(?:{_NOBODY})\s+(?:(?:was|were|has\s+been|had\s+been|has|have|had)"
    r"\s+)?(?:killed|died)\b", re.I)
#: The lemma the figure reader gives "casualties", and the group of the hurt it becomes.
CASUALTY = "casualty"
HURT = "wounded"


def casualties_hurt(hits: list, text: str, lang: str) -> None:
    """Re-count as the injured every count of "casualties" in ``hits`` (the article's figures,
    changed in place) when the article's ``text`` says nobody died and no other figure counts
    the dead."""
    if lang != "en" or not any(h.head == CASUALTY for h in hits):
        return
    if any(h.group == "dead" and h.head != CASUALTY for h in hits) or not _NO_DEATHS.search(text):
        return
    for h in hits:
        if h.head == CASUALTY:
            h.head = HURT
            h.why.append("“casualties” on a page that says nobody died: the injured")

"""Two names a writer tells apart are two names, however alike they are spelt.

Spelling hints (``briefing check``) and name clusters (``briefing extract``) join names spelt
alike ("Humeima", "Humaymah"). A writer who warns that one is not to be confused with the other
("not to be confused with the peak of that name in the south", "à ne pas confondre avec",
"nicht zu verwechseln mit", "no debe confundirse con", "da non confondere con", "não confundir
com"; trial 29: two volcanoes of near names offered as one name's spellings) says they are two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "Not to be confused with", in the corpus languages: a negation and a verb of confusing.
_CONFUSED = re.compile(
    r"(?i:not\s+to\s+be\s+confused\s+with|(?:should|must)\s+not\s+be\s+confused\s+with"
    r"|(?:ne\s+(?:doit|faut|pas)|à\s+ne\s+pas)\s+(?:pas\s+)?(?:être\s+)?confondre?\w*\s+avec"
    r"|ne\s+doit\s+pas\s+être\s+confondue?s?\s+avec"
    r"|nicht\s+(?:zu\s+)?verwechseln|nicht\s+verwechselt\s+werden"
    r"|no\s+(?:debe|hay\s+que)\s+confundir(?:se|lo|la)?\s+con|no\s+confundir\s+con"
    r"|(?:da\s+)?non\s+(?:va\s+|deve\s+essere\s+)?confonder[ea]?\w*\s+con"
    r"|não\s+(?:deve\s+ser\s+)?confundi\w*\s+com|niet\s+te\s+verwarren\s+met)")
#: How far apart, in characters, the two names and the phrase may stand.
_REACH = 200


def told_apart(texts: Iterable[str], a: str, b: str) -> bool:
    """Whether one of ``texts`` warns that ``a`` is not to be confused with ``b`` (or the
    reverse): the phrase within :data:`_REACH` characters after one name and before the other."""
    for text in texts:
        for m in _CONFUSED.finditer(text):
            before = text[max(0, m.start() - _REACH):m.start()]
            after = text[m.end():m.end() + _REACH]
            if (a in before and b in after) or (b in before and a in after):
                return True
    return False

"""Two names a writer tells apart are two names, however alike they are spelt.

Spelling hints (``briefing check``) and name clusters (``briefing extract``) join names spelt
alike ("Humeima", "Humaymah"). A writer who warns that one is not to be confused with the other
("not to be confused with the peak of that name in the south", "à ne pas confondre avec",
"nicht zu verwechseln mit", "no debe confundirse con", "da non confondere con", "não confundir
com"; trial 29: two volcanoes of near names offered as one name's spellings) says they are two.
So does a language that writes two names sharing a word and differing by words that are no
spellings of each other (:func:`other_by_a_word`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from generator.text.names import latin, skeleton

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


#: Below this likeness the words two names do not share are two names ("Ian" and "Fiona").
DISTINCT_RATIO = 70.0


def other_by_a_word(a: str, b: str) -> bool:
    """Whether two names written by one language share a word and differ by words that are no
    spellings of each other (neither alike nor of the same consonants): "Hurricane Ian" and
    "Hurricane Fiona", "Lee County" and "Lake County", "North Carolina" and "South Carolina"
    (trial 31: offered as one name, three storms made one actor). The same name in two
    languages ("Lake"/"Lago Maggiore") is not asked; a spelling inside the word they do not
    share ("Abu Kamal", "Abu Kemal"; "Kalo Bay", "Kelewe Bay") stays one."""
    wa, wb = latin(a).split(), latin(b).split()
    shared = set(wa) & set(wb)
    if len(wa) < 2 or len(wb) < 2 or not shared:
        return False
    ra = " ".join(w for w in wa if w not in shared)
    rb = " ".join(w for w in wb if w not in shared)
    return bool(ra and rb) and fuzz.ratio(ra, rb) < DISTINCT_RATIO and skeleton(ra) != skeleton(rb)

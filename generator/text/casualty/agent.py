"""One person who does the harm is not its victim: "Un homme a tué 12 personnes", "Ein Mann
hat drei Menschen getötet", "A man stabbed three people to death".

:mod:`.singular` reads "a man", "un homme", "ein Mann" as a count of one and looks for what
befell them in the words after (:func:`.outcomes.outcome_after`). When the verb of harm takes a
count of people as its object, that outcome is the object's, and the one person is its agent:
the attacker was drafted as one more dead in French, Italian and German coverage of an attack
(sealed set s14, unsealed at the seventeenth stop). The object stands right after the verb
("a tué 12", "ha ucciso tre", "killed three", "poignardé à mort trois"), or before a participle
that closes the clause ("hat drei Menschen getötet").
"""

from __future__ import annotations

import re

from generator.text.casualty.outcomes import WORD, words_clause_end
from generator.text.counted_words import OUTCOMES, counted_prefix
from generator.text.quantities import quantities

#: At most this many words between the verb of harm and its object ("stabbed to death three",
#: "a poignardé à mort trois").
_OBJECT_WORDS = 3


def harms_others(rest: str, lang: str) -> bool:
    """Is the outcome in ``rest`` (the words after one person) that of a count of people its
    verb takes as object, rather than the person's own?"""
    clause = re.split(words_clause_end(lang), rest[:300], maxsplit=1)[0]
    counts = [q for q in quantities(clause, lang) if q.unit is None]
    if not counts:
        return False
    for tok in WORD.finditer(clause):
        found = counted_prefix(clause[tok.start():], lang, OUTCOMES)
        if not found:
            continue
        end = tok.start() + len(found[0])
        first = counts[0]
        if first.start < tok.start():
            return True  # the participle closes the clause after its object
        between = clause[end:first.start]
        return len(WORD.findall(between)) <= _OBJECT_WORDS
    return False

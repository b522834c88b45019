"""A note that the story goes on past something put into it: "Article continues below", "El
artículo continúa abajo", "(continua dopo la foto)", "Dalsza część artykułu pod reklamą".

Sites word these notes their own way, so a list of whole phrases (:data:`~generator.text.
furniture_words.AFTER_AD`, read by the advertisement rule) always lacks the next one: s37 and
s38 each had a wording none held. The note's grammar is small and the same in every language:
the story's noun (which may be left out), a verb of going on, where, and at most what was put
in (an advertisement, a picture, a video). Nothing else may stand on the line, so a story
sentence about a search that "continues after dark" is no note.
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import Rule, ci
from generator.content.cleaning.rules.patterns import EDGE, alternation
from generator.text import furniture_words as F


def _note(nouns: tuple[str, ...], verbs: tuple[str, ...], where: tuple[str, ...]) -> str:
    """One language's note: the noun and the verb, or the verb alone; a language whose note
    needs no verb ("Dalsza część artykułu pod …") lists the empty verb and keeps its noun."""
    noun, verb = alternation(list(nouns)), alternation([v for v in verbs if v])
    head = rf"{noun}\s+(?:{verb}\s+)?" if "" in verbs else rf"(?:{noun}\s+)?{verb}\s+"
    return head + alternation(list(where))


_NOTE = "|".join(f"(?:{_note(*words)})" for words in F.GOES_ON.values())
_PUT_IN = alternation(sorted(set(F.PUT_IN)))
#: The note's words (RE2, folded text, case left to the caller): read on a line of its own
#: here, and in brackets after a paragraph's last sentence (:mod:`..read_more`).
NOTE = rf"(?:{_NOTE})(?:\s+(?:[\pL'’]+\s+){{0,2}}{_PUT_IN})?"

RULES: tuple[Rule, ...] = (
    Rule("story-goes-on", "advertisement",
         "a note that the story goes on past an advertisement, a picture or a video",
         ci(rf"^{EDGE}{NOTE}{EDGE}$"),
         max_words=8),
)

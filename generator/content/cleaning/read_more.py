"""A pointer to the rest of the story glued after a paragraph's last sentence.

Teasers and blog excerpts end their last paragraph with the link to the rest, on the same line:
"… said the fire chief. Read More", "… were pulled out by passers-by. (Continua…)", "… walked
away unhurt. (All the details on the next page…)". Read whole, the block is a story paragraph
with the outlet's button in it; cut off, the button is the page's truncation notice and the
copy is known to be an excerpt (round 24 on fresh pages: a blog's "Read More" and a pager's
bracketed notices, in English and Italian). An aggregator closes the copied paragraph the same
way with its source ("🔗 Read on site.example © site.example - <title>"): a credit.
"""

from __future__ import annotations

from generator.content.blocks import ends_sentence
from generator.content.cleaning.rules.base import Verdict, compile_re2
from generator.content.cleaning.rules.patterns import alternation
from generator.text import furniture_words as F
from generator.text.languages import fold

_READ_MORE = alternation([p for ps in F.READ_MORE.values() for p in ps])
#: "Read More", "Continue reading →" after the last sentence, nothing after it but an arrow or
#: an ellipsis.
_BARE = compile_re2(rf"(?i)\s(?:{_READ_MORE})\s*(?:\.\.\.|[…»›>→]+)?\s*$")
#: "(Continua…)", "[Read more]", "(… nella pagina successiva…)": a bracket holding the word for
#: more, or the pager's words for the next page, closing the line.
_BRACKETED = compile_re2(
    rf"(?i)\s[(\[]\s*(?:(?:{_READ_MORE}|{alternation(F.CONTINUED)})\s*(?:\.\.\.|…)?"
    rf"|[^()\[\]]{{0,80}}\b(?:{alternation(F.NEXT_PAGE)})\b[^()\[\]]{{0,20}})\s*[)\]]\s*$")
#: "🔗 Leggi su Site.it © Site.it - <title>": an aggregator's pointer to its source, with the
#: source's title after it, closing the copied paragraph.
_READ_ON = compile_re2(
    r"(?i)\s(?:🔗\s*)?(?:read|leggi|lire|leer|lesen|ler|lees)\s+(?:it\s+)?(?:on|at|su|sur|en|auf"
    r"|em|no|na|op)\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}(?:\s*©.{0,200})?\s*$")
#: At most this many characters at the line's end are looked at.
TAIL = 300


def read_more_tail(text: str) -> tuple[int, Verdict] | None:
    """Where a read-more pointer after the paragraph's last sentence starts, and what it is."""
    at = max(0, len(text) - TAIL)
    folded = fold(text[at:])  # (the same length as the text: offsets carry over)
    m = _READ_ON.search(folded)
    if m is not None and ends_sentence(text[:at + m.start()]):
        return at + m.start(), Verdict("credit", "read-on-tail", "an aggregator's pointer to "
                                       "its source after the last sentence")
    m = _BRACKETED.search(folded) or _BARE.search(folded)
    if m is None or not ends_sentence(text[:at + m.start()]):
        return None
    return at + m.start(), Verdict("truncation-notice", "read-more-tail",
                                   "a link to the rest of the story after the last sentence")

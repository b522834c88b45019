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

from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import Verdict, compile_re2, words
from generator.content.cleaning.rules.goes_on import NOTE
from generator.content.cleaning.rules.patterns import READ_MORE, alternation
from generator.content.cleaning.rules.table import RULES
from generator.text import furniture_words as F
from generator.text.languages import fold
from generator.text.sentences import sentence_spans

#: "Read More", "Continue reading →" after the last sentence, nothing after it but an arrow or
#: an ellipsis.
_BARE = compile_re2(rf"(?i)\s(?:{READ_MORE})\s*(?:\.\.\.|[…»›>→]+)?\s*$")
#: "(Continua…)", "[Read more]", "(… nella pagina successiva…)": a bracket holding the word for
#: more, or the pager's words for the next page, closing the line.
_BRACKETED = compile_re2(
    rf"(?i)\s[(\[]\s*(?:(?:{READ_MORE}|{alternation(F.CONTINUED)})\s*(?:\.\.\.|…)?"
    rf"|[^()\[\]]{{0,80}}\b(?:{alternation(F.NEXT_PAGE)})\b[^()\[\]]{{0,20}})\s*[)\]]\s*$")
#: "… the fire chief said. (Continued after the photo)": a note that the story goes on past a
#: picture, in brackets after the last sentence (s37); nothing of the story's own.
_GOES_ON = compile_re2(rf"(?i)\s[(\[]\s*{NOTE}\s*[)\]]\s*$")
#: "🔗 Leggi su Site.it © Site.it - <title>": an aggregator's pointer to its source, with the
#: source's title after it, closing the copied paragraph.
_READ_ON = compile_re2(
    r"(?i)\s(?:🔗\s*)?(?:read|leggi|lire|leer|lesen|ler|lees)\s+(?:it\s+)?(?:on|at|su|sur|en|auf"
    r"|em|no|na|op)\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}(?:\s*©.{0,200})?\s*$")
#: At most this many characters at the line's end are looked at.
TAIL = 300
#: The rule of a line sending the reader to the outlet's own coverage ("You can follow the
#: latest in our live blog."), read on a paragraph's last sentence too (round 27).
_OWN_COVERAGE = next(r for r in RULES if r.name == "own-coverage")
_OWN_COVERAGE_RE = compile_re2(_OWN_COVERAGE.pattern)
#: What the rule needs somewhere in the tail: the outlet's page or the formal "Sie hier" (a
#: quick test before the tail's sentences are found).
_OWN_COVERAGE_HINT = compile_re2(
    rf"(?i)(?:{alternation([p for ps in F.OWN_COVERAGE_PAGE.values() for p in ps])}"
    r"|\bsie\s+hier\b)")


def own_coverage_tail(text: str) -> tuple[int, Verdict] | None:
    """The paragraph's last sentence, after one or more of the story's, when it sends the reader
    to the outlet's own coverage ("… in Passau. You can follow the latest in our live blog."):
    the page's pointer glued to the paragraph, as the rule table reads it on a line alone."""
    if _OWN_COVERAGE_HINT.search(fold(text[-TAIL:])) is None:
        return None
    spans = sentence_spans(text[-TAIL:])
    if len(spans) < 2:
        return None
    at = len(text) - len(text[-TAIL:]) + spans[-1][0]
    last = text[at:]
    if words(last) > _OWN_COVERAGE.max_words or not ends_sentence(text[:at].rstrip()) \
            or _OWN_COVERAGE_RE.search(fold(last)) is None:
        return None
    return at, Verdict("related-links", "own-coverage-tail", "a pointer to the outlet's own "
                       "coverage after the paragraph's last sentence")


def read_more_tail(text: str) -> tuple[int, Verdict] | None:
    """Where a read-more pointer after the paragraph's last sentence starts, and what it is."""
    at = max(0, len(text) - TAIL)
    folded = fold(text[at:])  # (the same length as the text: offsets carry over)
    m = _READ_ON.search(folded)
    if m is not None and ends_sentence(text[:at + m.start()]):
        return at + m.start(), Verdict("credit", "read-on-tail", "an aggregator's pointer to "
                                       "its source after the last sentence")
    m = _GOES_ON.search(folded)
    if m is not None and ends_sentence(text[:at + m.start()]):
        return at + m.start(), Verdict("advertisement", "story-goes-on-tail", "a note that the "
                                       "story goes on past a picture, after the last sentence")
    m = _BRACKETED.search(folded) or _BARE.search(folded)
    if m is None or not ends_sentence(text[:at + m.start()]):
        return None
    return at + m.start(), Verdict("truncation-notice", "read-more-tail",
                                   "a link to the rest of the story after the last sentence")


#: The rule of a related-links heading the copy's end cut ("Relate", "Lesen Sie au"): trial 27
#: took such a fragment for an agency's name and named a copy family after it.
CUT_HEADING = "cut-heading"
_RELATED_HEADINGS = tuple(sorted({fold(h).lower() for hs in F.RELATED.values() for h in hs}))


def cut_heading(text: str) -> bool:
    """Whether a page's last line is the start of a "Related"/"Lesen Sie auch" heading, cut
    inside its words by the page's end: a proper prefix of one, of four letters or more."""
    low = fold(text.strip()).lower()
    return len(low) >= 4 and any(h.startswith(low) and h != low for h in _RELATED_HEADINGS)


def mark_cut_heading(blocks: Sequence[Block], verdicts: list[Verdict | None],
                     after: list[int]) -> None:
    """Removes the page's last block from ``after`` (the story's blocks after its last prose)
    and marks it, when it is a heading the page's end cut (:func:`cut_heading`)."""
    if after and after[-1] == len(blocks) - 1 and cut_heading(blocks[after[-1]].text):
        verdicts[after.pop()] = Verdict("related-links", CUT_HEADING, "a heading over links to "
                                        "other stories, cut off where the copy ends (no "
                                        "source's name)")

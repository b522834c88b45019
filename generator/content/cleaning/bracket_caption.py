"""A picture's caption of one sentence closed by its credit in brackets, inside the story.

A caption printed between two paragraphs reads like the story: a sentence about the event
("Firemen search the rubble of the school on Monday"). What gives it away is its end: the
credit of the picture in brackets, an agency ("[AFP]", "(Reuters)") or the site's own name
as its address spells it ("(ExampleNews)" on examplenews.com). A paragraph of the story may end
on such a credit too, but then it is the story's last paragraph (the wire's sign-off, which
:mod:`generator.content.cleaning.notes` cuts off alone) or a paragraph of several sentences; a
block of one sentence ending on the credit with the story going on after it is a caption.

When the pieces pass has already cut the credit off as a note of its own on the same line, the
sentence before it is read the same way: one sentence, the credit right after it, story after.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import ABBREVIATION, Block
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Page, Verdict, compile_re2, words
from generator.content.cleaning.rules.patterns import AGENCY, alternation
from generator.text.agencies import WITH_AGENCY
from generator.text.languages import fold

RULE = "bracket-credited-caption"
WHY = ("one sentence between paragraphs of the story ending on a picture's credit in brackets "
       "(an agency or the site's own name)")
#: A caption is a sentence: at least this many words before its credit, at most that many.
MIN_WORDS, MAX_WORDS = 5, 45

_WITH = alternation([w for ws in WITH_AGENCY.values() for w in ws])
#: The credit in round or square brackets closing the block, maybe with "via" or "with" before
#: the agency ("(Name via AP)", "(mit dpa)"), or one word that may be the site's name.
_TAIL = compile_re2(
    r"(?i)[(\[]\s*(?:(?:[\pL.'’-]+\s+){0,3}via\s+|(?:" + _WITH + r")\s+)?(?P<who>"
    + AGENCY + r"|[\pL]{3,30})\s*[)\]]\s*$")
_AGENCY = compile_re2(rf"(?i)(?:{AGENCY})")
#: A sentence ends inside the text: a stop and a capital after it (abbreviations taken out).
_INNER_END = compile_re2(r"[.!?…][\"'”’»)]*\s+[\"'“‘«(]?\p{Lu}")


def _credit(who: str, page: Page) -> bool:
    """An agency by the table, or the site's own name as its host spells it."""
    if _AGENCY.fullmatch(who):
        return True
    return fold(who).lower() in page.host_words


def _one_sentence(text: str) -> bool:
    text = ABBREVIATION.sub("", text).strip()
    return MIN_WORDS <= words(text) <= MAX_WORDS and _INNER_END.search(text) is None


def _story_after(blocks: Sequence[Block], verdicts: list[Verdict | None], start: int,
                 head: int | None, language: str) -> bool:
    """The next block the cleaner keeps is a paragraph of prose: the story goes on."""
    for j in range(start, len(blocks)):
        if verdicts[j] is None and j != head:
            return is_prose(blocks[j].text, language)
    return False


def mark_bracket_credited_caption(blocks: Sequence[Block], verdicts: list[Verdict | None],
                                  head: int | None, page: Page) -> None:
    """One sentence closed by a picture's credit in brackets, the story going on after it: a
    caption (see the module's docstring). Two such sentences next to each other in the story
    are no captions but a live page's entries, each credited to its wire ("Crews reach the
    valley (Reuters)" over "The road is closed again (AFP)": review 36); a caption stands
    alone between paragraphs."""
    credited = {i: after for i in range(len(blocks))
                if (after := _credited_at(blocks, verdicts, head, page, i)) is not None}
    story = [i for i in range(len(blocks)) if verdicts[i] is None and i != head]
    rank = {i: n for n, i in enumerate(story)}
    for i, after in credited.items():
        n = rank[i]
        neighbours = story[max(n - 1, 0):n] + story[n + 1:n + 2]
        if not credited.keys() & set(neighbours) \
                and _story_after(blocks, verdicts, after, head, page.language):
            verdicts[i] = Verdict("caption", RULE, WHY)


def _credited_at(blocks: Sequence[Block], verdicts: list[Verdict | None], head: int | None,
                 page: Page, i: int) -> int | None:
    """Where what follows block ``i`` begins, when the block is one sentence closed by a
    picture's credit (the credit on the block, or cut off as a note right after it)."""
    if verdicts[i] is not None or i == head:
        return None
    text = blocks[i].text.strip()
    m = _TAIL.search(text)
    after = i + 1
    if m is not None:
        before, who = text[:m.start()], m.group("who")
    elif (after < len(blocks) and blocks[after].line == blocks[i].line
          and (v := verdicts[after]) is not None and v.rule == "bracketed-note"):
        m = _TAIL.search(blocks[after].text.strip())  # the credit cut off as a note
        if m is None or m.start() > 0:
            return None
        before, who, after = text, m.group("who"), after + 1
    else:
        return None
    return after if _credit(who, page) and _one_sentence(before) else None

"""Whether the copy is only part of the article (an excerpt), and why.

An analyst must know that a page stops before the outlet's article does: an outlet silent on a
figure in an excerpt may have printed it further on (:mod:`generator.analyse.coverage` calls
such a page "excerpt", not "silent"). The signs are a truncation notice or paywall the cleaner
removed, a feed footer or teaser cut off, and the last paragraph's end: "…", a quotation opened
and never closed, or no sentence's end at all. The copy's own sign-offs say it is whole though
its last line has no full stop: the writer's initials, a credit in brackets, or the source's
name on its own line right under it, and the last item of a list the story announced.
(Parted from :mod:`generator.content.cleaner` to keep that module under the size limit.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.embeds import heads_an_embed
from generator.content.cleaning.features import CUT_TEASER, SIGN_OFF
from generator.content.cleaning.read_more import CUT_HEADING
from generator.content.cleaning.shallow import ends_announced_list
from generator.content.cleaning.summary_box import SUMMARY_CUT


class Removed(Protocol):
    """What this module reads of a removed block (:class:`generator.content.cleaner.Removed`)."""

    kind: str
    rule: str
    why: str
    start: int


_ELLIPSIS = re.compile(r"(?:…|\.\.\.)[\s\"'”’»)\]]*$")  # also "[…]", "…»"
#: A quotation opened and never closed: an opening mark after a space ends the text ("… le pire.
#: «", "… he said: “"); closing marks follow a word without a space (French "»" aside).
_OPENS_QUOTE = re.compile(r"\s[«„‚“]\s*$")


#: A credit in brackets after the last full stop ("… opened two shelters. (kro)", "… (Name;
#: traduction Name)"): the writer's or translator's sign-off glued to the copy, which is whole
#: when the sentence before it ends (trial 23). Not a bracket saying the story goes on ("(Continued
#: on page 3)", "(Fortsetzung auf Seite 3)", "(Más información en breve)": review 21), nor one
#: with a number: the copy stops there.
_BRACKET_CREDIT = re.compile(
    r"(?<=[.!?»”\"])\s*\((?![^()]*\b(?:continu|fortsetz|suite|sigue|segue|weiter|below|more|"
    r"más|plus|page|seite|página|pagina)\w*)[^().!?\d]{1,80}\)\s*$", re.I)


#: Stops that end no sentence, though ends_sentence takes them for one: a quotation closed on a
#: comma (its attribution comes after it: "… were involved," ) and a lower-case letter's
#: abbreviation ("… shortly after 7 p."): s38, two agency copies cut there.
_FALSE_END = re.compile(r",\s*[\"'”’»]\s*$|(?<![\w.])(?P<letter>[^\W\d_])\.\s*$")


def _false_end(text: str) -> bool:
    """Whether ``text`` ends on a :data:`_FALSE_END`: the letter lower case in any script (a
    capital's name, "block Б." or "sector Β.", ends a sentence in Cyrillic and Greek too)."""
    m = _FALSE_END.search(text)
    return m is not None and (m.group("letter") is None or m.group("letter").islower())


#: The rules of a note that the story goes on past a picture or an ad (:mod:`.rules.goes_on`):
#: after the story's last paragraph, it says the copy stopped before the story did (s37).
GOES_ON = frozenset({"story-goes-on", "story-goes-on-tail"})


def _opens_quote(text: str) -> bool:
    return bool(_OPENS_QUOTE.search(text)) or (
        text.rstrip().endswith(' "') and text.count('"') % 2 == 1)


#: The rules of a line that signs the copy off under its last paragraph: the writer's initials
#: anywhere below it, or the source's or the wire's bare name as the first line under it ("G1.",
#: "dpa").
SIGNED_BELOW = frozenset({SIGN_OFF})
SIGNED_UNDER = frozenset({SIGN_OFF, "trailing-credit", "agency-credit", "agency-prefix"})


def signed_off(last: Block, removed: Sequence[Removed]) -> bool:
    """A sign-off follows the last paragraph: the copy reached the article's end, whatever its
    last stop (a blog's paragraph that lost its full stop over "G1.", fdev4; a page cut by the
    scraper keeps nothing under the cut but the site's furniture)."""
    after = [r for r in removed if r.start >= last.end]
    return any(r.rule in SIGNED_BELOW for r in after) or bool(
        after and min(after, key=lambda r: r.start).rule in SIGNED_UNDER)


def excerpt_reasons(paragraphs: Sequence[Block], removed: Sequence[Removed]) -> list[str]:
    """Why the copy is only part of the article: a truncation notice or paywall, a last
    paragraph that ends with "…", or one that stops in the middle of a sentence or a word."""
    reasons = []
    for r in removed:
        cut_footer = r.rule in ("feed-footer", CUT_TEASER, SUMMARY_CUT, CUT_HEADING)  # (cut off)
        if (r.kind in ("truncation-notice", "paywall") or cut_footer) and r.why not in reasons:
            reasons.append(r.why)
    if paragraphs and any(r.rule in GOES_ON and r.start >= paragraphs[-1].end for r in removed):
        reasons.append("a note says the story goes on, and none follows it")
    if paragraphs:
        last = paragraphs[-1].text
        if _ELLIPSIS.search(last):
            reasons.insert(0, 'last paragraph ends with "…"')
        elif _opens_quote(last):
            reasons.insert(0, "the text stops as a quotation opens")
        elif (_false_end(last) or not ends_sentence(_BRACKET_CREDIT.sub("", last))) \
                and not signed_off(paragraphs[-1], removed) and not heads_an_embed(
                    [r.kind for r in removed if r.start >= paragraphs[-1].end]) \
                and not ends_announced_list([p.text for p in paragraphs[-12:]]):
            # (the last item of a list the story announced has no full stop: the copy is whole)
            tail = " ".join(last.split()[-3:])
            reasons.insert(0, f'the text stops mid-sentence ("…{tail}")')
    return reasons

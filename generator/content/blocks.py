"""Scraped text as blocks (paragraphs) that know where in the source they come from.

Every block carries its 1-based line and its character span in the source text (after CRLF and
CR line ends became LF), so that whatever the cleaner does with a block — keep it, cut a crawl
date off its start, call it furniture — every character can be traced back: story, headline and
removed pieces, sorted by position, give back the source (:mod:`.conservation`).

Splitting is linear in the length of the text: each line is looked at once, and hard-wrapped
lines are joined through a list, never by growing a string.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from generator.text.languages import DANGLING

#: Characters that close a sentence, and what may follow them at the end of a line.
SENTENCE_END = frozenset(".!?…:;。！？؟۔।॥")
CLOSERS = frozenset("\"'”’»«)]›‹」』“")
#: Quotation marks that close a quotation in some language ("…", »…«, „…“).
QUOTE_CLOSERS = frozenset("\"”’»«“")
#: A line cut short with an ellipsis ("Power cut leaves millions in the…"), the spaces before
#: it included: where the match starts the words stop (a teaser, a cut title, a cut copy).
ELLIPSIS_END = re.compile(r"\s*(?:\.\.\.|…)\s*$")
#: A line ending on a dangling word is joined to the next only when it is this long: a wrapped
#: line of prose, not a short label ("News and").
MIN_DANGLING_WORDS = 6


@dataclass(frozen=True)
class Block:
    """One paragraph (or a piece of one) and where it is: 1-based line, and ``start``/``end``
    offsets in the source text (``source[start:end]`` is what the block was read from)."""

    text: str
    line: int
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)


def normalise_newlines(text: str) -> str:
    """CRLF and CR as LF: the text every offset of a block refers to."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _wholly_bracketed(line: str) -> bool:
    """One bracketed group from the first character to the last: "(Editor's note: …)", not a
    headline between a kicker and a tag ("[Kicker] Title … (update)")."""
    if line[0] not in "([" or line[-1] not in ")]":
        return False
    depth = 0
    for i, c in enumerate(line):
        depth += c in "(["
        depth -= c in ")]"
        if depth == 0:
            return i == len(line) - 1
    return False


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends like a sentence: final punctuation (in any script), possibly
    followed by closing quotes or brackets, or a closing quote on its own; a paragraph wholly in
    brackets ("(Editor's note: …)") is complete too."""
    line = line.rstrip()
    if not line:
        return False
    if line[-1] in QUOTE_CLOSERS or _wholly_bracketed(line):
        return True
    i = len(line)
    while i and line[i - 1] in CLOSERS:
        i -= 1
    return bool(i) and line[i - 1] in SENTENCE_END


#: A capitalised abbreviation or initials ("U.S.", "Col.", "p.m."): its stop ends no sentence.
ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+|[ap]\.m)\.")


def sentence_count(text: str) -> int:
    """Rough sentence count that does not split at initials and abbreviations ("U.S.", "Col."):
    enough to tell a paragraph of several sentences from a one-sentence standfirst."""
    return len(re.findall(r"[.!?…]+[\"'”’)]*(?:\s+|$)", ABBREVIATION.sub("", text))) or 1


def _is_hard_wrapped(line: str, next_line: str) -> bool:
    """True when ``next_line`` continues ``line`` (the source was wrapped at a fixed width).

    Only the unambiguous cases are joined: the line does not end a sentence and the next one
    starts in lower case, or the line (of some length) ends on an article, preposition or
    conjunction (:data:`~generator.text.languages.DANGLING`), which no title or label ends on.
    Any other line without final punctuation followed by a capitalised line is a headline, a
    label or a new paragraph, so it stays separate. No prose wraps after a web address alone on
    its line: a page saved with its own address on line 1 and the store's date or the lede
    right under it in lower case (" date 2023-11 The …") was read as one wrapped paragraph, the
    address and the date kept as story (trial 13).
    """
    if ends_sentence(line) or title_cased(line) or web_address(line):
        return False
    last = line.rsplit(None, 1)[-1]
    return next_line[:1].islower() or (
        len(line.split()) >= MIN_DANGLING_WORDS and last in DANGLING)


#: A web address alone on its line (in angle or round brackets or not), group ``url`` the
#: address: the cleaner's rule "bare-address" and the hard-wrap join read it the same way.
WEB_ADDRESS = r"^\s*[<(\[]?(?P<url>(?:https?://|www\.)[^\s<>()\[\]]+)[>)\]]?\s*$"
_WEB_ADDRESS = re.compile(WEB_ADDRESS, re.I)


def web_address(line: str) -> str | None:
    """The address on a line that holds nothing else, or None."""
    m = _WEB_ADDRESS.match(line)
    return m.group("url") if m else None


def title_cased(line: str) -> bool:
    """A line whose every word of four letters or more is capitalised, four of them at least: a
    headline in title case ("Death Toll Rises To 130, Seventeen Bodies Unnamed"), which a lede
    opening in lower case under it must not be glued to, nor read as a standfirst glued after
    a title (:func:`~generator.content.cleaning.glued.kicker_title`). Wrapped prose has
    lower-case words on every line."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) >= 4]
    return len(long_words) >= 4 and all(w[:1].isupper() for w in long_words)


def split_blocks(text: str) -> list[Block]:
    """Split text into paragraphs: blank lines separate them, and so does a single newline.

    Within a run of non-blank lines each line starts a new paragraph unless it is clearly a
    hard-wrapped continuation of the previous one (see :func:`_is_hard_wrapped`), in which case
    the two are joined with a space. CRLF and CR line ends are treated as LF, so line numbers are
    those an editor shows. Leading and trailing white space of a paragraph is stripped.
    """
    text = normalise_newlines(text)
    blocks: list[Block] = []
    parts: list[str] = []
    start = end = line_no = 0
    offset = 0

    def flush() -> None:
        if parts:
            blocks.append(Block(" ".join(parts), line_no, start, end))
            parts.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if line:
            lead = len(raw) - len(raw.lstrip())
            first, last = offset + lead, offset + lead + len(line)
            if parts and _is_hard_wrapped(parts[-1], line):
                parts.append(line)
                end = last
            else:
                flush()
                parts.append(line)
                start, end, line_no = first, last, number
        else:
            flush()
        offset += len(raw) + 1
    flush()
    return blocks


class LineIndex:
    """Offsets in a text to 1-based line numbers, by bisection over the line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        at = text.find("\n")
        while at != -1:
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def _source_offset(block: Block, k: int, source: str) -> int:
    """Where in ``source`` the character ``block.text[k]`` was read from.

    A block read from one line is a slice of the source. A joined hard-wrapped block differs from
    its source only in white space, so the k-th character is found by counting the characters
    that are not white space.
    """
    if block.end - block.start == len(block.text):
        return block.start + k
    wanted = sum(1 for c in block.text[:k] if not c.isspace())
    at = block.start
    while at < block.end and (wanted or source[at].isspace()):
        if not source[at].isspace():
            wanted -= 1
        at += 1
    return at


def piece(block: Block, start: int, end: int, source: str, index: LineIndex) -> Block:
    """The part ``block.text[start:end]`` of a block, stripped, with its own line and span."""
    raw = block.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    if not text:
        return Block("", block.line, block.start, block.start)
    s = _source_offset(block, start + lead, source)
    e = _source_offset(block, start + lead + len(text) - 1, source) + 1
    return Block(text, index.line(s), s, e)

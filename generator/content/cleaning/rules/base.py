"""What a rule is, what it decides (:class:`Verdict`), the table that runs the rules, and the small
predicates the rules and the passes share.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import re2

from generator.content.blocks import Block, ends_sentence
from generator.text.languages import fold

#: Kinds of furniture. The first group are the corpus' labels (tests/corpus/README.md); the
#: second are finer kinds the rules have always used.
KINDS = (
    "navigation", "title-bar", "date-stamp", "byline", "caption", "credit", "embed",
    "related-links", "share-links", "newsletter", "advertisement", "paywall",
    "truncation-notice", "comments", "tag-list", "reaction-prompt", "counter", "template",
    "consent-banner", "copyright", "author-bio", "repeated-headline", "separator",
    "comment-form", "category-list", "link-list", "attribution", "repeated", "page-chrome",
    "markup", "reader-address",
)


# --------------------------------------------------------------------------------------------
# Small predicates shared by the rules and the passes
# --------------------------------------------------------------------------------------------

#: A word of letters only (no digit, no underscore): the cleaner's passes count and compare
#: these.
LETTER_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4096)
def words(text: str) -> int:
    """How many words: a separator standing alone ("|", "–", "•") is none, so a stamp of two
    dates with their times ("Publicado 21 Dic 2031 – 03:40 PM EST | Actualizado …", trial 28)
    is as long as the English one that glues its bar.

    Cached: the passes ask it of the same block dozens of times, which made a page of one
    block of 15,000 hard-wrapped lines pass the watchdog's limit on a loaded machine (CI)."""
    return sum(1 for token in text.split() if token.strip(_SEPARATORS))


#: Marks that stand between the parts of a line, no word of it.
_SEPARATORS = "|¦•·–—-/>»›~"


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


#: French typography sets a space before closing quotes ("… reconstruire. »").
_SENTENCE_TAIL = re.compile(r"[.,;:][\s\"'”’»)\]]*$")


#: A clause reporting someone's words, in the languages of the pages: a line that has one is
#: story, not the newsroom's notice or a writer's bio ("Dieser Artikel … wurde nie geändert,
#: sagte die Ministerin").
REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|dijo|afirmó|según|a\s+dit|selon"
                      r"|sagte|sagt|laut|ha\s+detto|secondo|disse|segundo|zei|volgens)\b", re.I)


#: A block of figures is short: a figure and its unit or label.
MAX_FIGURE_WORDS = 4


def is_figure(text: str) -> bool:
    """A block of figures, not words: more digits than letters (or no letters at all), a few
    tokens at most ("5 451.59 PTS", "+0.09 %", "19.1 C", "-"). No headline or title is one."""
    if not text.strip() or words(text) > MAX_FIGURE_WORDS:
        return False
    letters = sum(1 for c in text if c.isalpha())
    digits = sum(1 for c in text if c.isdigit())
    return letters == 0 or digits > letters


def is_label(text: str) -> bool:
    """A link label or menu entry: one to four words, with no sentence punctuation at the end."""
    return (1 <= words(text) <= 4 and not ends_sentence(text)
            and not text.rstrip().endswith(",") and has_letters(text))


def is_title(text: str) -> bool:
    """A linked article title: short, and not a sentence that ends with a full stop or comma."""
    return 1 <= words(text) <= 16 and not _SENTENCE_TAIL.search(text) and has_letters(text)


def list_items_ok(items: str) -> bool:
    """The items after "Tags:" or "Filed under" form a list of short labels, not a sentence.

    Empty lists ("Tags: , , ,") count: CMS templates print the separators even with no tags.
    """
    parts = [p.strip() for p in re.split(r"[,|•·;/#]+", items) if p.strip()]
    tail = items.rstrip()
    sentence = tail[-1:] in ".!?" and tail[-4:-1].isalnum() and len(tail) >= 4
    return all(words(p) <= 5 for p in parts) and not sentence


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """What a rule may know about the page besides its blocks; ``memo`` keeps what a check
    worked out once for the whole page (so that no check rescans the page for every block)."""

    language: str = "en"
    site_words: frozenset[str] = frozenset()  # words of the site's name, from its address
    host_words: frozenset[str] = frozenset()  # the same from the host's name alone
    slug: tuple[str, ...] = ()  # words of the address' slug (its title, most often)
    listing: bool = False  # the address is a site's tag, topic or category page
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


Check = Callable[[Sequence[Block], int, "re2._Match", Page, "RuleTable"], bool]


@dataclass(frozen=True)
class Rule:
    """One kind of page furniture, recognised in a single block.

    ``pattern`` (RE2) is searched in the folded block text (most patterns are anchored at both
    ends so they describe the whole block); ``max_words`` keeps the rule away from long story
    paragraphs; ``check`` is an optional extra test that may look at the neighbouring blocks.
    ``starts_comments`` marks the start of a reader-comments section (everything after it is
    furniture); ``claims`` lets a header take the blocks after it: ``"labels"`` (short label
    lines, e.g. the tags under "Tags"), ``"titles"`` (article titles under "Related posts"),
    ``"block"`` (the one paragraph after "About the author") or ``"buttons"`` (the mood buttons
    under "How are you feeling after reading this?"). ``yields`` names the metadata a named group
    gives: ``author``, ``via``, ``date``.
    """

    name: str
    kind: str
    why: str
    pattern: str
    max_words: int = 12
    check: Check | None = None
    starts_comments: bool = False
    claims: str | None = None
    yields: tuple[str, ...] = ()

    @cached_property
    def regex(self) -> re2._Regexp:
        return compile_re2(self.pattern)


def ci(pattern: str) -> str:
    return "(?i)" + pattern


#: RE2 keeps at most this much memory per pattern for its DFA (the default, 8 MB, is too little
#: for the patterns that carry every language's month names; RE2 would fall back to a slower
#: engine and say so on standard error). 64 MB was outgrown by the caption-tail rule, whose
#: picture words span every language: a caption ending on "© AP" needed 72 (fresh pages,
#: twenty-third stop). A cap, not an allocation: states are built as a text needs them.
#: tests/cleaning/test_cleaning_engine_quiet.py runs every rule under five eighths of it, to warn
#: before the patterns outgrow it again.
MAX_MEM = 128 << 20
#: The same for the one set that holds every rule: its program is the sum of theirs, and it
#: compiled within 64 MB by less than 4 MB (seventeenth stop), so that one more rule written
#: with a class of every script's capitals failed to compile for some hash seeds (the order of
#: the words in an alternation built from a set changes its size). A cap, not an allocation.
SET_MAX_MEM = 128 << 20


@functools.cache
def groups(regex: re2._Regexp) -> dict[str, int]:
    """A pattern's named groups (the RE2 wrapper rebuilds this map on every call)."""
    return dict(regex.groupindex)


def group(m: re2._Match, name: str) -> str | None:
    """A named group of a match, or None when the pattern has no such group or it is unset."""
    index = groups(m.re).get(name)
    if index is None:
        return None
    start, end = m.span(index)
    return m.string[start:end] if start >= 0 else None


def group_text(m: re2._Match, name: str, text: str) -> str | None:
    """The named group of a match made on folded text, read from the original ``text``."""
    index = groups(m.re).get(name)
    if index is None:
        return None
    start, end = m.span(index)
    return text[start:end] if start >= 0 else None


def compile_re2(pattern: str) -> re2._Regexp:
    options = re2.Options()
    options.max_mem = MAX_MEM
    return re2.compile(pattern, options)



@dataclass
class Verdict:
    """What a pass decided about one block: its kind, the rule's name and reason, and the match
    (for the metadata it yields). ``bio``: the block is the author's bio (not only its heading)."""

    kind: str
    rule: str
    why: str
    match: re2._Match | None = field(default=None, repr=False)
    source: Rule | None = field(default=None, repr=False)
    bio: bool = False
    values: dict[str, str] = field(default_factory=dict)


#: Every pass's verdicts, one a block (None: not judged yet), the one type they all pass along.
Verdicts = list[Verdict | None]


class RuleTable:
    """The rules compiled once: one ``re2.Set`` that says which rules can match a block, and each
    rule's own regular expression for its groups and checks."""

    #: No rule looks at a block longer than this (the longest ``max_words`` is 150 words).
    MAX_CHARS = 3000

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.max_words = max(rule.max_words for rule in self.rules)
        options = re2.Options()
        options.max_mem = SET_MAX_MEM
        self.set = re2.Set.SearchSet(options)
        for rule in self.rules:
            self.set.Add(rule.pattern)
        self.set.Compile()

    def matches(self, blocks: Sequence[Block], i: int, page: Page, *, skip: str = "",
                folded: str | None = None) -> Verdict | None:
        """The first rule (in table order) that recognises block ``i``, or None."""
        raw = blocks[i].text
        if len(raw) > self.MAX_CHARS:
            return None
        n = words(raw)
        if n > self.max_words:
            return None
        text = folded if folded is not None else fold(raw)
        for index in sorted(self.set.Match(text) or ()):
            rule = self.rules[index]
            if rule.name == skip or n > rule.max_words:
                continue
            m = rule.regex.search(text)
            if m is None or (rule.check is not None and not rule.check(blocks, i, m, page, self)):
                continue
            return Verdict(rule.kind, rule.name, rule.why, m, rule)
        return None



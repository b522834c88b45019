"""A page's title bar: the title beside the outlet's name ("The title - Valley Times").

A template prints the title in the browser's bar with the site's name, and a scraper saves that
bar as a line above the heading, or in an archive's or a mirror's copy where the address no
longer names the outlet. These helpers find the title in such a bar and tell a bar cut short
("The title… | Outlet") from the first copy of the title; :mod:`.headline` chooses the
headline with them and :mod:`.echoes` removes the bar once the headline is known. (Parted from
:mod:`.headline` to keep each module under the size the architecture test allows.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import ELLIPSIS_END, ends_sentence
from generator.content.cleaning.rules.base import words
from generator.content.headline_address import TOKEN, is_site_name, nearly_equal, plain
from generator.text.agencies import agency

#: A title bar's separator between the title and the outlet (not a colon: "Floods: 40 dead").
_BAR_ONLY = re.compile(r"\s+[|–—-]+\s+|\s*\|\s*")
#: The outlet's side of a title bar: one to five words, capitalised but for a joining word.
_OUTLET_WORDS = 5
_JOINING = frozenset({"of", "the", "de", "du", "la", "le", "des", "del", "der", "di", "und",
                      "and", "y", "e", "&"})




def same_title(title: str, other: str) -> bool:
    """``title`` (one side of a title bar) is the title ``other``: nearly equal, or cut short
    with an ellipsis after at least four of its words (round 25: "The title… | Outlet" over "The
    title in full", which had made the full title a shortened echo of the bar)."""
    if nearly_equal(title, other):
        return True
    cut = ELLIPSIS_END.sub("", title)
    if cut == title or words(cut) < 4:
        return False
    head, tail = (" ".join(TOKEN.findall(plain(x))) for x in (cut, other))
    return len(tail) > len(head) and tail.startswith(head)


def _named_outlet(text: str) -> bool:
    """A name of capitalised words, not a wire's: "Title - Agency" is an aggregator's title
    ending on its source (round 21), which stays where it stands."""
    tokens = text.split()
    return 1 <= len(tokens) <= _OUTLET_WORDS and tokens[0][:1].isupper() and all(
        (t[:1].isupper() or t.lower() in _JOINING) and not any(c.isdigit() for c in t)
        for t in tokens) and not ends_sentence(text) and agency(text) is None


def bar_title(text: str, titles: Sequence[str]) -> str | None:
    """The title of a title bar whose outlet the address does not name (an archive's or a
    mirror's copy of the page: "The title - Valley Times" over "The title"): one side of a
    separator is one of ``titles`` again, the other a capitalised name (round 24 on fresh
    pages; :func:`without_site_name` finds the bar when
    the address names the outlet)."""
    if len(text) > 400:
        return None
    for m in _BAR_ONLY.finditer(text):
        left, right = text[:m.start()].strip(), text[m.end():].strip()
        for title, outlet in ((left, right), (right, left)):
            if words(title) >= 3 and _named_outlet(outlet) and any(
                    same_title(title, t) for t in titles):
                return title
    return None


def cut_bar(text: str, title: str) -> bool:
    """``text`` is a title bar holding ``title`` cut short with an ellipsis ("The title… |
    Outlet"): the bar, not the first copy of the title, whatever the address says."""
    if len(text) > 400:
        return False
    for m in _BAR_ONLY.finditer(text):
        left, right = text[:m.start()].strip(), text[m.end():].strip()
        for cut, outlet in ((left, right), (right, left)):
            if ELLIPSIS_END.search(cut) and _named_outlet(outlet) and same_title(cut, title):
                return True
    return False


_BAR = re.compile(r"\s+[|–—-]+\s+|\s*\|\s*|:\s+")


def without_site_name(text: str, site: frozenset[str]) -> str | None:
    """The title of a title bar ("Outlet Name - The title", "The title | Outlet"): the text on
    the other side of a separator from the site's name, or None when neither side is it."""
    if not site or len(text) > 400:
        return None
    for m in _BAR.finditer(text):
        left, right = text[:m.start()].strip(), text[m.end():].strip()
        if is_site_name(left, site) and words(right) >= 2:
            return right
        if is_site_name(right, site) and words(left) >= 2:
            return left
    return None

"""Copy families: articles that carry the same text (one agency's story in several outlets, one
outlet's story republished), the passages they share, and whose copy it is.

Two articles are copies when they share at least :data:`MIN_SHARED` six-word runs and these make
up at least :data:`MIN_CONTAINMENT` of the shorter one (:mod:`generator.text.shingles`); a
family is a connected group of copies. Containment, not overall likeness, because a family is
often partial: one outlet prints the first five paragraphs of the wire story, another adds two of
its own. Words inside quotation marks are set apart: two outlets quoting one statement share its
words without copying each other, so an overlap made only of quotations needs two of them; and
words one page quotes that the other prints as its own (a press release, a statement) are that
page citing the other, and count for no copy at all. The
thresholds were set on the corpus's development pages and scored on pages they were not set on
(FIDELITY.md, "Copies").

Each article's shared passages are located (character spans of ``Article.text``) so that its
page can show what is shared and what is the outlet's own. The originating agency is named
from what the members credit (:mod:`generator.text.agencies`); a family no member credits is
"same copy".

Counting: an article's *origin* is its family if it has one, else its outlet. Reports from one
origin are one independent source, however many outlets carried them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from generator.analyse.translations import translations
from generator.content.model import Article, Content
from generator.content.schema import Outlet
from generator.content.shingled import shingles
from generator.text.agencies import agency, bracket_datelines, credited, told
from generator.text.characters import isolate_bidi
from generator.text.shingles import ShingleIndex, connected

#: Six-word runs two copies share at the least, and the share of the shorter text they cover.
MIN_SHARED = 6
MIN_CONTAINMENT = 0.08
#: Shared runs outside quotation marks below which the overlap is "only quotations".
NARRATION = 3


@dataclass(frozen=True)
class Member:
    """One article of a family: how much of it is shared and where."""

    article: str
    shared: tuple[tuple[int, int], ...]  # character spans of Article.text shared with the family
    share: float  # the part of its words that is shared, 0..1
    credit: str = ""  # the agency this article credits, if any
    credit_how: str = ""  # "via", "dateline", "credit line", …
    names_family: bool = True  # whether its credit says whose copy the whole family is
    #: a translation of the family's copy (:mod:`.translations`): the member's kind; its
    #: ``shared`` spans are then the sentences that render the copy's
    translation: bool = False


@dataclass(frozen=True)
class CopyFamily:
    id: str  # "family-1", … in order of first publication
    members: tuple[Member, ...]  # oldest first
    wire: str  # the agency the members credit, or "" when none does

    @property
    def label(self) -> str:
        """What a reader calls it: "AP copy", or "same copy" when no member names a source."""
        # the wire's name comes from an article or an outlet: its bidi controls stay inside it
        return f"{isolate_bidi(self.wire)} copy" if self.wire else "same copy"

    @property
    def articles(self) -> list[str]:
        return [m.article for m in self.members]

    def member(self, article_id: str) -> Member | None:
        return next((m for m in self.members if m.article == article_id), None)


@dataclass
class Copies:
    families: list[CopyFamily] = field(default_factory=list)
    family_of: dict[str, CopyFamily] = field(default_factory=dict)  # article id -> its family
    outlet_of: dict[str, str] = field(default_factory=dict)  # article id -> outlet id
    #: article id -> the agency whose story it declares itself to be (:data:`AGENCY_STORY`)
    agency_of: dict[str, str] = field(default_factory=dict)

    def origin(self, article_id: str) -> str:
        """What one independent source is: an agency's story (a family of its copies, or a page
        that declares itself its story), else the copy family, else the article's outlet.

        Versions of one wire story that outlets edited apart share too little text to be one
        family, yet "BALTIMORE (AP) —" on both says whose reporting they are: two outlets
        running the AP are one source, the AP, not two confirmations."""
        family = self.family_of.get(article_id)
        wire = agency(family.wire) if family is not None and family.wire else None
        wire = wire or self.agency_of.get(article_id)
        if wire:
            return "agency:" + wire
        if family is not None:
            return family.id
        return "outlet:" + (self.outlet_of.get(article_id) or article_id)

    def independent(self, article_ids: Iterable[str]) -> int:
        """How many independent sources these articles are."""
        return len({self.origin(a) for a in article_ids})

    def outlets(self, article_ids: Iterable[str]) -> int:
        return len({self.outlet_of.get(a) or a for a in article_ids})


def _words_in(spans: Iterable[tuple[int, int]], text: str) -> int:
    return sum(len(text[a:b].split()) for a, b in spans)


def find_copies(content: Content) -> Copies:
    """The copy families of the content's articles."""
    articles = list(content.articles.values())
    copies = Copies(outlet_of={a.id: a.outlet or "" for a in articles})
    # The headline is compared too (a copy keeps it more often than not); spans are reported in
    # Article.text, after the headline and the blank line joining them.
    # (made once per build: the off-event test shingles the same texts, :mod:`.shingled`)
    texts = [shingles(a, content.cache) for a in articles]
    index = ShingleIndex(texts)

    def joined(pairs):
        for (i, j), overlap in sorted(pairs.items()):
            # a report quoting a press release's sentence and restating two of its figures
            # shares them with the release, which it cites and does not copy: what one page
            # quotes and the other prints as its own is left out of the measure (fcopy5: a
            # broadcaster's story and the tourism board's release it quoted were one family,
            # and by it the broadcaster's copies and the board's other releases too)
            if overlap.uncited < MIN_CONTAINMENT:
                continue
            # Two outlets quoting one statement share its words without copying each other:
            # when what they share is all inside quotation marks, it takes two quotations.
            if overlap.narration < NARRATION and len(index.shared_with(i, {j})) < 2:
                continue
            yield i, j

    pairs = list(joined(index.overlaps(MIN_SHARED)))
    linked = {frozenset(pair) for pair in pairs}
    # one story in two languages: one member renders the other sentence by sentence
    translated = translations(articles, content.cache)
    pairs += [pair for pair in translated if frozenset(pair) not in linked]
    followed: dict[int, list[tuple[int, int]]] = {}
    for (i, j), (spans_i, spans_j) in translated.items():
        followed.setdefault(i, []).extend(spans_i)
        followed.setdefault(j, []).extend(spans_j)
    groups: dict[int, list[int]] = {}
    for i, group in enumerate(connected(len(articles), pairs)):
        groups.setdefault(group, []).append(i)
    credited_as = [_credit(a, content) for a in articles]  # read once, used twice
    for article, (credit, how) in zip(articles, credited_as, strict=True):
        if how in AGENCY_STORY and agency(credit):
            copies.agency_of[article.id] = agency(credit)
    found = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _order(articles[i]))
        copy_language = _copy_language([articles[i] for i in members])
        found.append([_member(articles[i], i, set(members), index,
                              _family_credit(credited_as[i], i, members, linked),
                              followed.get(i, []), articles[i].language != copy_language)
                      for i in members])
    found.sort(key=lambda ms: _order(content.articles[ms[0].article]))
    for n, members in enumerate(found, 1):
        wire = _family_wire(members) or _own_voice(members, content)
        family = CopyFamily(f"family-{n}", tuple(members), wire)
        copies.families.append(family)
        for m in members:
            copies.family_of[m.article] = family
    return copies


def _family_wire(members: list[Member]) -> str:
    """Whose copy the family is, from every member's credit: a wire outlet's own story first;
    else the agency most members credit; else the outlet most members' ``via`` names. An agency
    outvotes an outlet however many members name the outlet: two aggregators' copies "via" a
    paper whose page is datelined "(AFP)" are AFP's story, which the paper ran."""
    wires = [m.credit for m in members if m.credit_how == "a wire's own story"]
    if wires:
        return wires[0]
    credits = Counter(m.credit for m in members if m.credit and m.names_family)
    agencies = Counter({name: k for name, k in credits.items() if agency(name)})
    votes = agencies or credits
    return min(votes, key=lambda w: (-votes[w], w)) if votes else ""


def _own_voice(members: list[Member], content: Content) -> str:
    """Whose copy a family no member credits is, from the text the copies share: an agency's
    reporters write their own interviews "told AFP" ("a indiqué à l'AFP", "dijo a EFE"), and
    where two copies carry that sentence they carry the agency's copy (a trial: a pair saying
    "told AFP" three times was "same copy"). One page writing it is no credit (an outlet's own
    story cites an agency's interview the same way: :data:`AGENCY_STORY` leaves it out). A name
    outside the table of agencies ("told CNN") names the family only where the shared text
    also opens on it as a dateline, "(CNN) —": the network's own copy run by its affiliates.
    Two names, or none, and the family stays "same copy": a name is never guessed."""
    listeners: Counter[str] = Counter()
    datelines: Counter[str] = Counter()
    for m in members:
        article = content.articles[m.article]

        def inside(found: list[tuple[int, str]], spans=m.shared) -> set[str]:
            return {agency(name) or name for at, name in found
                    if any(a <= at < b for a, b in spans)}

        listeners.update(inside(told(article.text, article.language)))
        datelines.update(inside(bracket_datelines(article.text)))
    names = {n for n, k in listeners.items() if k >= 2 and (agency(n) or datelines[n] >= 2)}
    return names.pop() if len(names) == 1 else ""


#: How a page can say it is an agency's story: its ``via``, an agency dateline, a credit line
#: ("Source: Agency", "— Agency", "(agency/red)", "Agencias X/Y", "(with Agency)"), the
#: agency's copyright, the AP's own wording, a wire outlet's own article, the agency's section
#: of the site's address. A page written "with" an agency's material is named for it too: its
#: facts are the agency's, and two outlets rewriting one wire story are not two confirmations.
#: A page that only *cites* an agency ("according to Reuters") or credits its picture to one
#: (a caption's credit, never read: :func:`_credit`) is its outlet's own.
AGENCY_STORY = frozenset({"via", "dateline", "credit line", "copyright", "own copy",
                          "a wire's own story", "site section", "byline"})


def _order(article: Article) -> tuple:
    published = article.published
    return (published.isoformat() if published is not None else "~", article.id)


def _copy_language(members: list[Article]) -> str:
    """The language of a family's copy: the one most members are in, the oldest member's in a
    tie (members are oldest first). A member in another language is its translation."""
    counts = Counter(a.language or "" for a in members)
    return max(counts, key=lambda lang: counts[lang])  # the first of the most, by age


def _member(article: Article, i: int, family: set[int], index: ShingleIndex,
            credit: tuple[str, str, bool], rendered: list[tuple[int, int]],
            other_language: bool) -> Member:
    """A member with the passages it shares: its six-word runs, and the sentences that render
    another member's or that another member renders (``rendered``: a translation and its
    original are members by them). A member rendering another in a language other than the
    copy's is a translation."""
    skip = len(article.headline) + 2
    spans = []
    text = article.text
    runs = [(max(a - skip, 0), b - skip) for a, b in index.shared_with(i, family - {i})]
    for a, b in sorted(runs + rendered):
        if b <= a:
            continue
        # out to the white space around it: the quote marks and brackets at a word's edge go
        # with the word, and a passage never starts or ends inside "<script>" or "(AP)"
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(b, spans[-1][1]))
        else:
            spans.append((a, b))
    words = len(text.split()) or 1
    return Member(article.id, tuple(spans), min(_words_in(spans, article.text) / words, 1.0),
                  *credit, translation=bool(rendered) and other_language)


def _family_credit(credit: tuple[str, str], i: int, members: list[int],
                   linked: set[frozenset[int]]) -> tuple[str, str, bool]:
    """A member's credit, and whether it names the family. An agency's credit does; a ``via``
    naming an outlet ("The Kelda Courier (Varno)" on an aggregator) says only that this page
    is that outlet's story: it names the family when the page shares text with every other
    member. Trial 20: an aggregator's copy of a paper's early story, the paper's later page
    that merged an uncredited wire text into it, and another paper's copy of that wire were one
    family by the chain, and the family was called the first paper's copy."""
    text, how = credit
    if how != "via" or agency(text) or all(frozenset((i, j)) in linked
                                            for j in members if j != i):
        return text, how, True
    return text, how, False


def _credit(article: Article, content: Content) -> tuple[str, str]:
    """Whose copy this article says it is: a wire outlet's own article is its wire's; else an
    agency credited in its via, dateline or credit lines; else a ``via`` naming another
    outlet ("Levant Wire"). A via naming the article's own outlet is no credit."""
    outlet = content.outlets.get(article.outlet or "")
    if outlet is not None and outlet.kind.value == "wire":
        return outlet.name, "a wire's own story"
    # (a caption's credit is its picture's: "… in Verlo, May 2, 2031. — Agency" over a story
    # the page wrote itself names the photographer's agency, not the story's)
    found = credited(article.via, article.dateline,
                     [article.headline, *(r.text for r in article.removed if r.kind != "caption")],
                     article.text, article.url)
    if found:
        return found
    via = article.via.strip()
    if via and not credits_itself(article, content.outlets.get(article.outlet or "")):
        return via, "via"
    return "", ""


#: A web address's ending, left off a credit that names a site ("EXAMPLENEWS.COM").
_WEB_ENDING = re.compile(r"(?:\.(?:com|net|org|co|id|[a-z]{2}))+$")
_NOT_LETTERS = re.compile(r"[\W_]+")


def _letters(name: str) -> str:
    return _NOT_LETTERS.sub("", _WEB_ENDING.sub("", name.strip().casefold().removeprefix("www.")))


def credits_itself(article: Article, outlet: Outlet | None) -> bool:
    """Whether the article's ``via`` names its own outlet: its id, its name, or its site, in any
    case and spacing ("TRIBUNEXAMPLE.COM -" before the lede of Tribun Example's own story)."""
    via = _letters(article.via)
    own = {article.outlet or "", outlet.name if outlet else "",
           *(urlsplit(u).hostname or "" for u in (article.url, outlet.url if outlet else ""))}
    return bool(via) and via in {_letters(o) for o in own if o}

"""The rule table: every kind of page furniture a single block can be recognised by.

A scraper hands us everything that was on the page as text: cookie banners, share bars, related
links, tag lists, comment forms and reader comments, captions and photo credits, embedded posts,
wire credits, bylines and date stamps, template leftovers. Each :class:`Rule` below recognises
one kind in one block (a paragraph or a line), in any of the languages of
:mod:`generator.text.furniture_words`; the passes that look at position, repetition and shape
live beside this table (:mod:`.cleaning_passes`, :mod:`.cleaning_pieces`,
:mod:`.cleaning_headline`), and :mod:`.cleaner` runs them all.

Two principles keep the rules from eating story text:

* a rule is anchored to the whole block and limited to a few words (``max_words``), or keys on a
  phrase only furniture uses ("This website uses cookies", "Save my name, email, and website");
  a long sentence that mentions cookies or sharing in passing is story;
* rules that claim the blocks after a header, or the rest of the page (reader comments), stop
  at the first block that does not fit, and only start once the story has.

**Linear time.** Article text is untrusted, so every pattern is compiled by RE2 (google-re2),
an engine that runs in time linear in the text whatever the pattern: no input can make a rule
backtrack. All patterns are matched together first through one ``re2.Set`` (one pass over the
block tells which rules can match), then only the matching rule is run for its groups.
Patterns are matched on :func:`generator.text.languages.fold`-ed text (digits of every script as
ASCII, every space as " "), since RE2's ``\\d``, ``\\s`` and ``\\b`` are ASCII.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import re2

from generator.content.blocks import ABBREVIATION, WEB_ADDRESS, Block, ends_sentence
from generator.text import furniture_words as F
from generator.text.languages import calendar_words, fold
from generator.text.names import NAME_PARTICLES

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
# Pattern pieces (RE2 syntax)
# --------------------------------------------------------------------------------------------

def alternation(phrases: Sequence[str]) -> str:
    """Phrases as one RE2 alternation, longest first; a space matches any run of spaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", " ").replace(" ", r"\s+")
                            for p in ordered) + ")"


#: Punctuation, symbols and spaces around a label ("» Share «", "— Advertisement —").
EDGE = r"[\s\p{P}\p{S}]*"
#: Characters of a word in any script (letters, combining marks, digits).
LETTERS = r"\pL\pM"
WORD = rf"[{LETTERS}\pN]"
#: One capitalised word of a name, in any cased script ("Jane", "Öztürk", "O'Neil", "J.").
NAME_WORD = rf"\p{{Lu}}[{LETTERS}’'.-]*"
PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + ")"
#: A person's name of two to four words; of one to four (a byline may give only a surname).
NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,3}}"
NAME_OR_SURNAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{0,3}}"

_MONTHS, _WEEKDAYS = calendar_words()
MONTH = alternation(_MONTHS) + r"\.?"
WEEKDAY = alternation(_WEEKDAYS) + r"\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
#: Arabic pages close a year with its era ("2024 م", "1445 هـ"), as English ones may with "AD".
_YEAR = r"(?:\d{4}|'\d{2})(?:\s?(?:م|هـ)(?:\s|$))?"
#: A calendar date as pages print it, in the languages of the calendar table: "Aug. 30, 2017",
#: "30 août 2017", "4. August 2020", "4 de agosto de 2020", "2023-11-04", "04.08.20",
#: "2023년 11월 4일", "2020年8月4日", "Fri Dec 1 2023"; a right-to-left page may set the weekday's
#: comma apart from it ("الأربعاء ,12 مارس").
DATE = (rf"(?:(?:{WEEKDAY})(?:\s*,\s*|\s+))?"
        rf"(?:{MONTH}\s+{_DAY},?\s+{_YEAR}"
        rf"|{_DAY}\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?{_YEAR}"
        rf"|{MONTH}\s+{_YEAR}"
        r"|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
        r"|\d{4}\s*[년年]\s*\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]?"
        r"|\d{4}/\d{1,2}/\d{1,2})")
TIME = (r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
        r"(?:\s*\(?(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|IST|NPT|KST|[A-Z]{2,4})(?:[+-]\d{1,2})?\)?)?"
        r"|\d{1,2}\s*[ap]\.?\s?m\.?)")
_AGO_PARTS = []
for _before, _units, _after in F.AGO.values():
    _AGO_PARTS.append((rf"{alternation([_before])}\s*" if _before else "")
                      + rf"(?:\d+|an?|one|une?|ein(?:e|er)?)\s*{alternation(_units)}"
                      + (rf"\s*{alternation([_after])}" if _after else ""))
#: "3 hours ago", "vor 7 Stunden", "il y a 2 jours", "हप्ता अघि"...
AGO = "(?:" + "|".join(_AGO_PARTS) + ")"
#: "Published", "Veröffentlicht am", "입력"...
DATE_LABEL = alternation([p for ps in F.DATE_LABEL.values() for p in ps])
AGENCY = alternation(F.AGENCIES)
_AGENCY_WORDS = frozenset(w for a in F.AGENCIES for w in a.split())
#: The one word before a writer's name in each language ("by", "par", "von", "di", "por"...).
_BY_WORD = alternation([p for ps in F.BY.values() for p in ps if " " not in p])
_AND = r"(?:and|und|et|y|e|i|en)"
#: A date line: a label, a date or a relative time, a time, and a short trailer ("| By X").
#: The second line of a two-line stamp opens with "and" ("and last updated 2019-11-01 …"); a
#: time may come before the date ("Posted at 4:02 PM, Nov 01, 2019"), and a live ticker's time
#: may carry its "Uhr" and an arrow or a colon ("Update 21.40 Uhr:", "21:15 Uhr >"); the update's
#: stamp may follow the first one, after a comma or with no separator ("Published 3 May Updated
#: 4 May"), but then with its own date or time (or alone): a ticker's time before a label and a
#: sentence ("12:40 Update: the bridge has reopened", "10.45 Uhr stand das Wasser …", "4 March,
#: updated guidance tells …") is an entry of the story.
#: The stamp may open with one word and a spaced dash, a section's or agency's name
#: ("Operations - On 25 October 2019", "AFP - …"), and the date with its article or the
#: writer's word ("On 25 October 2019", "(Of Monday 5 February 2024)" on an Italian page):
#: the date still closes the line, so a sentence ("Tuesday - 4 March, the bridge …") stays.
_ON = r"(?:on|at|le|am|el|il|em|op|dne|w|à)"
_STAMP_SECTION = r"\p{L}{2,20}\s+[–—-]\s+"
DATE_LINE = (rf"^{EDGE}(?:{_STAMP_SECTION})?(?:(?:{_AND}\s+)?{DATE_LABEL}\s*{_ON}?"
             rf"\s*[:·|•–—-]?\s*)?(?:(?:{_ON}|{_BY_WORD})\s+)?"
             rf"(?P<when>{DATE}(?:,?\s*(?:at|à|um|a\s+las|alle|ore|às|o)?\s*{TIME})?"
             rf"(?:\s*[|,•·–—-]?\s*{TIME})?|{TIME}(?:\s*uhr)?(?:,?\s*{DATE})?|{AGO})"
             rf"(?:\s*(?:[|•·–—-]|\b{_BY_WORD}\b|(?:,\s*|\s+){DATE_LABEL}\s*{_ON}?\s*[:·|•–—-]?\s*"
             rf"(?:{DATE}|{TIME}|{AGO})).{{0,40}}|,\s*{DATE_LABEL})?[\s:>»›)\]]*$")
#: A date stamp or byline whose values the scraper lost: only its labels, the little words after
#: them and the separators are left ("Posted Updated", "Par , publié le | modifié le",
#: "[Actualisé] -", "di"). A story line always says something besides its labels.
_STAMP_WORD = (rf"(?:{DATE_LABEL}|{alternation([p for ps in F.BY.values() for p in ps])})"
               r"(?:\s+(?:on|at|le|am|um|el|il|em|op|à|a))?")
EMPTY_STAMP = rf"^{EDGE}{_STAMP_WORD}(?:[\s\p{{P}}\p{{S}}]+{_STAMP_WORD})*{EDGE}$"


# --------------------------------------------------------------------------------------------
# Small predicates shared by the rules and the passes
# --------------------------------------------------------------------------------------------

def words(text: str) -> int:
    return len(text.split())


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


#: French typography sets a space before closing quotes ("… reconstruire. »").
_SENTENCE_TAIL = re.compile(r"[.,;:][\s\"'”’»)\]]*$")


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
    slug: tuple[str, ...] = ()  # words of the address' slug (its title, most often)
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


Check = Callable[[Sequence[Block], int, "re2._Match", Page], bool]


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


def _ci(pattern: str) -> str:
    return "(?i)" + pattern


#: RE2 keeps at most this much memory per pattern for its DFA (the default, 8 MB, is too little
#: for the patterns that carry every language's month names; RE2 would fall back to a slower
#: engine and say so on standard error).
MAX_MEM = 64 << 20


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


# Checks ------------------------------------------------------------------------------------

_TIMESTAMP = compile_re2(_ci(rf"^{EDGE}(?:(?:on|at|posted|published)\s+)?"
                              rf"(?:{DATE}(?:,?\s*(?:at\s+)?{TIME})?|{TIME}|{AGO})\s*$"))
_SAYS_WORDS = (r"(?:says|said|wrote|writes|commented|replied|dice|dit|sagt|schreibt|escribió"
               r"|napisał)")
SAYS = _ci(r"^(?P<bullet>[•·*▪◦‣>–-]\s*)?(?P<who>[^\s:•][^:]{0,50}?)\s+"
           rf"{_SAYS_WORDS}\s*:(?P<when>\s*\S.{{0,40}})?$")
_SAYS_RX = compile_re2(SAYS)


def _says_is_comment(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """A "name says:" line is a reader comment's header, not a story line introducing a quote.

    Story text may say "The minister says:" before a quotation, so the line must look like a
    comment system's: a bullet in front, a user name (lower case, digits, underscores), a date or
    time on the line or right after it, or another such line nearby.
    """
    who, when = group(m, "who") or "", group(m, "when") or ""
    if group(m, "bullet") or any(c.isdigit() for c in when):
        return True
    if re.search(r"[\d_@]", who) or who[:1].islower():
        return True
    if i + 1 < len(blocks) and _TIMESTAMP.search(blocks[i + 1].text):
        return True
    nearby = [*blocks[max(0, i - 20):i], *blocks[i + 1:i + 21]]
    return any(words(b.text) <= 8 and _SAYS_RX.search(b.text) for b in nearby)


def _byline_trailer_ok(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """What follows the name in a byline is an outlet, role or date, not the rest of a sentence.

    Stops "By Wednesday evening, the convoy had stopped." from being read as a byline.
    """
    trailer = ABBREVIATION.sub("", group(m, "trailer") or "")
    return not re.search(r"\w[.!?]", trailer) and not re.search(r"(?:\b[a-z]+\s+){4}", trailer)


_DATE_LINE_RX = compile_re2(_ci(DATE_LINE))


def is_date_line(text: str) -> bool:
    return words(text) <= 16 and bool(_DATE_LINE_RX.search(text))


_NAME_LINE = compile_re2(rf"^{NAME}$")


def _under_a_name(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """A role ("Senior Reporter") is a byline's when the line above is a person's name."""
    return i > 0 and bool(_NAME_LINE.search(blocks[i - 1].text.strip()))


def _date_follows(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """A bare name is a byline when the publication date is the next line (Substack, Medium).

    A short Title Case headline may also sit above a date, so the page must already have had a
    block that is not furniture (the headline) before the name.
    """
    if i + 1 >= len(blocks) or not (is_date_line(blocks[i + 1].text)
                                    or _ROLE_LINE.search(fold(blocks[i + 1].text))):
        return False
    if "first-story" not in page.memo:
        page.memo["first-story"] = next(
            (j for j in range(len(blocks))
             if not TABLE.matches(blocks, j, page, skip="name-above-date")), len(blocks))
    return page.memo["first-story"] < i


def _items_ok(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    return list_items_ok(group(m, "items") or "")


def _has_letters(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    return bool(re.search(r"[^\W\d_]{2,}", m.string[m.start():m.end()]))


def _not_prose(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """For rules on words a story may also use on a line of its own ("More on this"): the block
    must not end like a sentence."""
    return not ends_sentence(blocks[i].text) or blocks[i].text.rstrip().endswith(":")


#: Words that may join the names in a credit ("Reporting by Jane Roe and John Doe; Editing by
#: …", "Le Journal de la Vallée", "Agência Brasil e Governo RS").
_CREDIT_JOINERS = frozenset((
    "and", "&", "et", "und", "y", "e", "i", "en", "von", "van", "der", "den", "de", "du",
    "des", "la", "le", "les", "di", "del", "della", "da", "do", "dos", "das", "of", "the",
    "by", "in", "from", "with", "additional", "reporting", "writing", "editing", "edited",
    "compiled", "produced", "translated", "translation", "fact-checked", "mit", "material",
    "sowie", "avec", "con", "com", "staff", "writer", "writers", "reporter", "reporters",
    "correspondent", "correspondents"))


def names_only(text: str) -> bool:
    """A credit names people, outlets or agencies: every word is capitalised, a number, a web
    address, an agency or a joining word. A sentence that happens to start like a credit ("Mit
    Material von Anwohnern bauten die Helfer …") has lower-case words of its own."""
    for token in re.findall(r"[^\s,;:()\[\]/|]+", text):
        word = token.strip(".'’\"“”-–—*")
        if not word or not word[:1].isalpha() or word[:1].isupper() or "." in word:
            continue
        if word.lower() in _CREDIT_JOINERS or word.lower() in _AGENCY_WORDS:
            continue
        return False
    return True


def _via_short(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """The source named is an outlet (a few words, or names), not the rest of a sentence."""
    via = group(m, "via") or ""
    return words(via) <= 3 or (words(via) <= 8 and names_only(via))


def _gallery_counter(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """"3 of 12" counts pictures: never more than there are ("9 of 4" is not a gallery)."""
    n, of = (m.group("n"), m.group("m")) if m.group("n") else (m.group("n2"), m.group("m2"))
    return 1 <= int(n) <= int(of)


def _credit_names(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    return names_only(blocks[i].text)


def _contributors(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """Those who contributed are names, outlets or agencies ("The Associated Press", "Jane Roe
    in Paris"); "Heavy rain contributed to the flooding." names no one."""
    return names_only(group(m, "who") or group(m, "names") or "")


def _structure_follows(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """A heading that other pages use as a crosshead ("Reactions", "Discussion") opens reader
    comments only when comment structure follows: a commenter line, a relative time, a form."""
    for j in range(i + 1, min(len(blocks), i + 4)):
        text = blocks[j].text
        if _TIMESTAMP.search(text) or (words(text) <= 12 and _SAYS_RX.search(text)):
            return True
        hit = TABLE.matches(blocks, j, page)
        if hit is not None and hit.kind in ("comments", "comment-form"):
            return True
    return False


_NAVIGATION_WORD = alternation([p for ps in F.NAVIGATION.values() for p in ps])


def _breadcrumb(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """A breadcrumb's steps are short: "Accueil | Actualités | <the page's title>" (only the
    last step, the page itself, may be long), and none ends a sentence before the last."""
    steps = [s.strip() for s in re.split(r">>?|»|›|\||/|::|→", blocks[i].text) if s.strip()]
    return len(steps) >= 2 and all(words(s) <= 4 and not ends_sentence(s) for s in steps[:-1])


_DOMAIN_END = re.compile(r"(?<=\w)\.(?:[a-z]{2,3}|info|news|online)$", re.I)


def _site_breadcrumb(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """The first step is the site's name (its domain ending aside) and the rest is a trail."""
    site = _DOMAIN_END.sub("", (group_text(m, "site", blocks[i].text) or "").strip()).lower()
    words_of_site = re.findall(r"[^\W_]+", site)
    return (bool(words_of_site) and ("".join(words_of_site) in page.site_words
                                     or all(w in page.site_words for w in words_of_site))
            and _breadcrumb(blocks, i, m, page))


def _pipe_row(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """Every item between the bars is a label (at most four words, five in a row of three or
    more; no sentence): a footer menu ("About | Advertising | Contact"), a tool bar ("| 31
    views | Add to favourites")."""
    items = [s.strip() for s in blocks[i].text.split("|") if s.strip()]
    longest = 5 if len(items) >= 3 else 4  # "| AFP | 765 | Aucun vote sur cette news"
    return len(items) >= 2 and all(words(s) <= longest and not ends_sentence(s) for s in items)


def _dash_bar(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """"Outlet - - Section -": a title bar ends with a dash and holds a second separator (a
    story line does not end on a dash; a crosshead set between dashes starts with one)."""
    text = blocks[i].text.strip()
    return len(re.findall(r"\s[-–—](?=\s|$)", text)) >= 2


#: What may stand before the agency in a credit line: "Le Monde avec", "(Avec", "Redazione".
_WITH_AGENCY = (r"(?:(?-i:\p{Lu})[\pL.'’-]*(?:\s+(?-i:\p{Lu})[\pL.'’-]*){0,3}\s+)?"
                r"(?:avec|with|mit|con|com|met|z|según|selon|laut|con\s+información\s+de"
                r"|com\s+informações\s+d[aeo]s?|mit\s+material\s+von)\s+"
                r"|(?:redazione|rédaction|redaktion|redacción|redação|redakcja|redactie|staff)\s+")
#: Picture agencies and photo libraries credited under a picture.
_PICTURE_AGENCY = (rf"(?:{AGENCY}|getty(?:\s+images)?|epa(?:-efe)?|shutterstock|imago(?:\s+images)?"
                   r"|picture(?:\s+|-)alliance|keystone|alamy|sipa|abaca|maxppp|hans\s+lucas"
                   r"|ansa\s+foto|lapresse)")


_BY_START = compile_re2(rf"(?i)^\W*{_BY_WORD}\s")


def _not_a_byline(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """"Par Jean Dupont avec AFP" is a byline (it names the writer); "Le Monde avec AFP" a
    credit."""
    return not _BY_START.search(blocks[i].text)


#: One picture file name or more on a line, or a theme's cropped copy with its size.
FILE_NAMES = (r"^\s*(?:[^\s/\\]{1,120}\.(?:jpe?g|png|gif|webp|avif|heic)(?:\s+|$))+$"
              r"|^\s*cropped[\s-][^.!?]{1,80}?\d{2,4}x\d{2,4}\s*$")
_FILE_NAMES_RX = compile_re2(_ci(FILE_NAMES))


#: A caption short enough to need no other sign of its shape.
CAPTION_WORDS = 12


def _under_a_file_name(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """The line right under a picture's file name is its caption; a list of names is not, nor
    the page's last block when the copy stops inside it (that is where the excerpt was cut).
    It has a caption's shape: short, or with no full stop closing it, or with its credit
    ("Foto: …", "(AP)"); a paragraph of prose with more story under it is the lede or a body
    paragraph the picture stands above, credit ("CITY (AP) —") or not."""
    if i == 0 or blocks[i].line != blocks[i - 1].line + 1 or (
            i == len(blocks) - 1 and not ends_sentence(blocks[i].text)):
        return False  # (the caption is printed on the very next line, no blank line between)
    if _FILE_NAMES_RX.search(fold(blocks[i - 1].text)) is None \
            or _FILE_NAMES_RX.search(fold(blocks[i].text)) is not None:
        return False
    text = blocks[i].text
    n = words(text)
    if n <= CAPTION_WORDS:
        return True
    prose = n >= 25 or ends_sentence(text)
    if prose and any(words(b.text) >= 8 and ends_sentence(b.text) for b in blocks[i + 1:i + 4]):
        return False
    return not ends_sentence(text) or _CAPTION_CREDIT_RX.search(fold(text)) is not None


def _ends_the_text(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """Nothing of the story's length follows (an ellipsis mid-story is a scene break)."""
    return all(words(b.text) < 8 for b in blocks[i + 1:i + 30])


def _pointer_in_place(blocks: Sequence[Block], i: int, m, page: Page) -> bool:
    """A pointer to the page's video under a title or a paragraph, not the page's first line
    ("Watch the moment the bridge falls in new footage" may be the headline); and not a line
    ending with a colon that closes the text: the copy may have been cut under it (the pointer
    pass judges such lines by their neighbours)."""
    if not any(words(b.text) >= MIN_TITLE_ABOVE_POINTER for b in blocks[max(0, i - 12):i]):
        return False
    return not (blocks[i].text.rstrip().endswith(":") and _ends_the_text(blocks, i, m, page))


#: A line of this many words above a pointer to the video: a title or a paragraph, so the
#: pointer is no headline.
MIN_TITLE_ABOVE_POINTER = 6


# The table --------------------------------------------------------------------------------

_SHARE = alternation([p for ps in F.SHARE.values() for p in ps])
_SHARE_ITEM = rf"(?:{_SHARE}|\d[\d.,]*k?)"
_READ_MORE = alternation([p for ps in F.READ_MORE.values() for p in ps])
_MEDIA = alternation([p for ps in F.MEDIA_CONTROLS.values() for p in ps])
_CHROME = alternation([p for ps in F.CHROME.values() for p in ps])
_MEDIA_INVITE = alternation([p for ps in F.MEDIA_INVITE.values() for p in ps])
_MEDIA_NOUN = alternation([p for ps in F.MEDIA_NOUN.values() for p in ps])
_LABEL_PAGE = "(?:" + "|".join(
    rf"{alternation([opening])}\s.{{1,120}}?[.:]\s*{alternation([link])}"
    for opening, link in F.LABEL_PAGE.values()) + ")"
_RELATED = alternation([p for ps in F.RELATED.values() for p in ps])
#: The "read also" headings of two words or more: a title glued after one with no colon is
#: still a link ("Leggi anche Storm warning for five regions"); a one-word heading
#: ("Related", "Trending") may open a sentence.
_RELATED_PHRASE = alternation([p for ps in F.RELATED.values() for p in ps if " " in p])
_POINTER = alternation([p for ps in F.POINTER.values() for p in ps])
_COMMENTS = alternation([p for table in (F.COMMENTS_SURE, F.COMMENTS)
                         for ps in table.values() for p in ps])
_SOURCE = alternation([p for ps in F.SOURCE_LABEL.values() for p in ps])
_PICTURE = alternation([p for ps in F.PICTURE_LABEL.values() for p in ps])
_REACTION = alternation([p for ps in F.REACTION_PROMPT.values() for p in ps])
_COUNTER = alternation([p for ps in F.COUNTER_WORDS.values() for p in ps])
_RIGHTS = alternation([p for ps in F.RIGHTS_RESERVED.values() for p in ps])
#: The word "credit" as a caption's label: capitalised or in capitals ("… after the flood Credit:
#: Jane Roe/Valley Wire"); in lower case it is a noun of the story ("Tax credits: Northfield
#: families first" is a crosshead, review 7). "Photo credit" is a picture label of its own.
_CREDIT_LABEL = "(?-i:Credits?|CREDITS?|Crédits?|CRÉDITS?|Créditos?|CRÉDITOS?)"
_BY = alternation([p for ps in F.BY.values() for p in ps])
_STRONG_COMMENTS = alternation([p for ps in F.COMMENTS_SURE.values() for p in ps])
_COUNT_WORDS = (r"(?:comments?|responses?|replies|thoughts?|reactions?|commentaires?|"
                r"kommentare?|comentarios?|commenti|comentários|komentarz[ey]?|reacties|"
                r"komentář[eů]?|تعليقات?|प्रतिक्रिया|댓글|개의\s+댓글)")
#: "No comment" on a line of its own is a quotation; "No comments" (plural) is the count.
_NUMBER_WORD = r"(?:\d[\d,.]*k?|one|two|three|four|five|six|seven|eight|nine|ten)"

#: One field of a page's metadata printed inline, in a run of them ("vor 7 Stunden",
#: "Quelle: DPA", "Länge: 00:53s", "Veröffentlicht:", "< > Embed"); see cleaning_pieces.
_SEP = r"[\s|•·–—-]*"
INLINE_FIELD = (
    rf"{_SEP}(?:(?P<ago>(?i:{AGO}))"
    rf"|(?P<source>(?i:{_SOURCE})\s*[:：]\s*[\pL\pN][\pL\pN.&-]*(?:\s\p{{Lu}}[\pL\pN.&-]*)?)"
    rf"|(?P<counter>(?i:{_COUNTER})\s*[:：]\s*[\d:.,]+\s*(?i:s|sec|min|h)?)"
    rf"|(?P<published>(?i:{DATE_LABEL})\s*[:：](?:\s*(?i:{DATE})(?:,?\s*(?i:{TIME}))?)?)"
    rf"|(?P<share><\s*>\s*(?i:embed)|(?i:embed|share|teilen|partager|compartir)\b))")

#: A picture's credit in its caption: "Photo: …", "Foto: …", "(AP)", "©".
_CAPTION_CREDIT_RX = compile_re2(_ci(
    rf"(?:^|[\s(\[|•·–—-])(?:{_PICTURE}|credits?|crédits?|créditos?)\s*[:：]"
    rf"|\(\s*(?:{AGENCY})(?:\s*/\s*[^()]{{1,40}})?\s*\)|©"))

#: A live ticker's mark between plus signs: a date, with or without its year ("17. Juli",
#: "Mon, 3 May", "17.07."), a clock time with an optional "Uhr" ("18:30 Uhr", "9 Uhr"), or both.
_TICKER_TIME = rf"(?:{TIME}(?:\s*uhr)?|\d{{1,2}}\s*uhr)"
_TICKER_WHEN = (rf"(?:(?:{DATE}|(?:{WEEKDAY},?\s+)?(?:{_DAY}\s+{MONTH}|{MONTH}\s+{_DAY}"
                r"|\d{1,2}\.\d{1,2}\.))"
                rf"(?:\s*[,|/·–-]?\s*{_TICKER_TIME})?|{_TICKER_TIME})")

RULES: tuple[Rule, ...] = (
    # ---- date stamps first: "Published · 3 hours ago" is not a commenter
    Rule("date-line", "date-stamp", "publication date line", _ci(DATE_LINE), max_words=16,
         yields=("date",)),
    Rule("empty-stamp", "date-stamp", "a date stamp or byline left without its values",
         _ci(EMPTY_STAMP), max_words=8),
    # a live ticker's entry mark between plus signs ("+++ 17. Juli +++", "+++ 18:30 Uhr +++"):
    # only a date or a clock time; a figure between them is a breaking line ("+++ 12 Tote +++")
    Rule("ticker-mark", "date-stamp", "a live ticker's date or time between plus signs",
         _ci(rf"^\s*\+{{2,}}\s*{_TICKER_WHEN}\s*\+{{2,}}\s*$"), max_words=6),
    # ---- comment form
    # a weekday and its day without the year, alone on a line ("Wednesday, January 15",
    # "mercredi 15 janvier"): the page's date, not its title; gives no date (no year)
    Rule("weekday-date", "date-stamp", "a weekday and its date on a line of its own",
         _ci(rf"^{EDGE}{WEEKDAY},?\s+(?:{MONTH}\s+{_DAY}|{_DAY}\s+(?:de\s+)?{MONTH}){EDGE}$"),
         max_words=5),
    Rule("leave-a-reply", "comment-form", "comment form heading",
         _ci(r"^(?:leave|post|add|write|submit)\s+(?:a|your|new)?\s*"
             r"(?:reply|comment|response)\b.{0,20}$"),
         max_words=8, starts_comments=True),
    Rule("comment-form-notice", "comment-form", "comment form notice",
         _ci(r"^(?:your\s+email\s+(?:address\s+)?will\s+(?:not|never)\s+be\s+"
             r"(?:published|shared|displayed)"
             r"|required\s+fields\s+are\s+marked"
             r"|you\s+must\s+be\s+(?:logged\s+in|registered)\s+to\s+(?:post|leave)\s+a\s+comment"
             r"|save\s+my\s+name,?\s+e-?mail"
             r"|notify\s+me\s+of\s+(?:follow-?up\s+comments|new\s+(?:comments|posts|replies))"
             r"|this\s+site\s+uses\s+akismet|logged\s+in\s+as\b"
             r"|(?:log\s*in|sign\s*in)\s+(?:or\s+(?:register|sign\s*up)\s+)?to\s+"
             r"(?:post|leave|add|write)\s+(?:a\s+)?comments?"
             r"|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée"
             r"|ihre\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht"
             r"|tu\s+dirección\s+de\s+correo\s+electrónico\s+no\s+será\s+publicada"
             r"|il\s+tuo\s+indirizzo\s+email\s+non\s+sarà\s+pubblicato"
             r"|o\s+seu\s+endereço\s+de\s+e-?mail\s+não\s+será\s+publicado"
             r"|twój\s+adres\s+e-?mail\s+nie\s+zostanie\s+opublikowany"
             r"|je\s+e-?mailadres\s+wordt\s+niet\s+gepubliceerd)"),
         max_words=80, starts_comments=True),
    Rule("comment-form-field", "comment-form", "comment form field or button",
         _ci(r"^(?:(?:name|e-?mail(?:\s+address)?|comment|message|website|nom|kommentar|nombre"
             r"|comentario|commento|nome|imię)\s*\*"
             r"|website|cancel\s+reply|log\s+in\s+to\s+reply|(?:post|submit)\s+comment"
             r"|(?:envoyer|laisser)\s+(?:le|un)\s+commentaire|kommentar\s+abschicken"
             r"|publicar\s+comentario|invia\s+commento)\s*:?$"),
         max_words=4),
    # ---- reader comments: these open the comments section (rest of the page is furniture)
    Rule("comment-count", "comments", "reader-comments count line",
         _ci(rf"^{EDGE}{_NUMBER_WORD}\s+{_COUNT_WORDS}(?:\s+(?:on|to|sur|zu|en|su)\s+[“\"'‘«].*)?"
             rf"\s*:?$|^{EDGE}{_COUNT_WORDS}\s*[(\[]?\s*\d+\s*[)\]]?\s*:?$"),
         max_words=30, starts_comments=True),
    Rule("comments-heading", "comments", "reader-comments heading",
         _ci(rf"^{EDGE}(?:(?:latest|top|all|\d+)\s+)?{_STRONG_COMMENTS}{EDGE}"
             r"(?:\(\d+\)|\d+)?\s*:?$"
             r"|^(?:show|view|load|hide|see|read|open)\s+(?:all\s+)?(?:\d+\s+)?comments?\b.{0,20}$"
             r"|^sort\s+by\s+(?:best|newest|oldest|top)\b.{0,20}$"),
         max_words=8, starts_comments=True),
    Rule("comments-heading-weak", "comments", "reader-comments heading (comments follow)",
         _ci(rf"^{EDGE}{_COMMENTS}{EDGE}(?:\(\d+\)|\d+)?\s*:?$"),
         max_words=8, starts_comments=True, check=_structure_follows),
    Rule("commenter-says", "comments", "reader comment header (\"name says:\")",
         SAYS, max_words=12, check=_says_is_comment, starts_comments=True),
    Rule("commenter-time", "comments", "reader comment header (name and how long ago)",
         _ci(rf"^(?P<who>[^\s].{{0,40}}?)\s*[·•|,–—-]\s*{AGO}$"),
         max_words=10, starts_comments=True),
    Rule("comment-meta", "comments", "reader comment votes, time or reply button",
         _ci(r"^\d+\s+(?:points?|likes?|votes?|upvotes?)\b.{0,40}$"
             r"|^(?:↳\s*)?(?:reply|report(?:\s+comment)?|flag(?:\s+as\s+inappropriate)?"
             r"|répondre|antworten|responder|rispondi|odpowiedz|beantwoorden|odpovědět|답글)"
             r"(?:\s*[↓•·|]\s*(?:share|reply|report)?)*\s*[↓›]?$"),
         max_words=10),
    # ---- consent banners
    Rule("cookie-banner", "consent-banner", "cookie consent banner",
         _ci(r"\b(?:this|our)\s+(?:web\s?)?site\s+(?:uses|stores|is\s+using|use|places|sets)\s+"
             r"(?:\w+\s+){0,2}cookies\b"
             r"|^(?:we|this\s+site)\s+(?:use|uses|are\s+using)\s+cookies\b"
             r"|^we\s+(?:value|care\s+about|respect)\s+your\s+privacy\b"
             r"|^we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b.{0,300}"
             r"\b(?:cookies|device|personal\s+data|consent)\b"
             r"|^by\s+(?:continuing\s+to\s+(?:use|browse)|using|clicking)\b.{0,200}"
             r"\b(?:cookies?|privacy\s+policy)\b"
             # "by continuing to browse …, you accept cookies" in the corpus' other languages
             r"|^(?:en\s+poursuivant|si\s+contin[uú]as?|continuando|al\s+continuar|proseguendo"
             r"|continuando\s+a|wenn\s+sie\s+(?:weiter|fortfahren)|kontynuuj[aą]c"
             r"|door\s+verder\s+te)\b.{0,200}\bcookie"
             r"|(?:diese|unsere)\s+(?:website|webseite|seite|internetseite)\s+"
             r"(?:verwendet|nutzt|benutzt)\s+cookies"
             r"|wir\s+(?:verwenden|nutzen)\s+cookies"
             r"|ce\s+site\s+(?:web\s+)?utilise\s+des\s+cookies|nous\s+utilisons\s+des\s+cookies"
             r"|este\s+(?:sitio|site|portal)\s+(?:web\s+)?utiliza\s+cookies|utilizamos\s+cookies"
             r"|questo\s+sito\s+(?:web\s+)?utilizza\s+(?:i\s+)?cookie|utilizziamo\s+(?:i\s+)?cookie"
             r"|(?:ta|nasza)\s+strona\s+(?:internetowa\s+)?(?:używa|wykorzystuje)\s+(?:plików\s+)?cookie"
             r"|deze\s+(?:web)?site\s+(?:gebruikt|maakt\s+gebruik\s+van)\s+cookies"
             r"|(?:tento|tyto)\s+(?:web|stránky)\s+(?:používá|používají)\s+(?:soubory\s+)?cookies"
             r"|ملفات\s+تعريف\s+الارتباط|कुकीज|쿠키"),
         max_words=150),
    # A notice in place of an embed: short, or it is a paragraph about cookies, not a notice.
    Rule("cookie-blocked", "consent-banner", "an embed blocked until cookies are accepted",
         _ci(r"\b(?:content|video|vidéo|inhalt|contenido|contenuto|conteúdo)\b.{0,40}"
             r"\b(?:blocked|bloqué|blockiert|bloqueado|bloccato)\b.{0,80}\bcookies?\b"
             r"|\b(?:not|pas|nicht|no|non|não)\s+(?:\w+\s+){0,2}"
             r"(?:accepted|accepté|akzeptiert|aceptado|accettato|aceito)\s+(?:\w+\s+){0,2}"
             r"cookies?\b"),
         max_words=40),
    Rule("consent-button", "consent-banner", "cookie consent button",
         _ci(r"^(?:(?:accept|reject|decline|allow|deny|refuse)(?:\s+(?:all|necessary|essential|"
             r"selected|optional))?(?:\s+cookies)?|i\s+(?:agree|accept)|got\s+it!?"
             r"|manage\s+(?:cookies|options|preferences|settings|consent|my\s+preferences)"
             r"|(?:cookie|privacy|consent)\s+(?:settings|preferences|options|notice)"
             r"|customi[sz]e\s+(?:settings|cookies)|do\s+not\s+sell\s+my\s+(?:personal\s+)?info"
             r"(?:rmation)?|your\s+privacy\s+choices"
             r"|alle\s+(?:akzeptieren|ablehnen)|akzeptieren|tout\s+accepter|tout\s+refuser"
             r"|j'accepte|accepter|aceptar(?:\s+todo)?|rechazar(?:\s+todo)?|accetta(?:\s+tutti)?"
             r"|rifiuta(?:\s+tutti)?|aceitar(?:\s+todos)?|akceptuję|zgadzam\s+się|accepteren"
             r"|alles\s+accepteren|přijmout\s+vše|souhlasím|أوافق|قبول|동의)$"),
         max_words=6),
    # ---- paywalls first: "Subscribe to continue reading" is a wall, not a newsletter
    Rule("paywall", "paywall", "subscription wall",
         _ci(r"^(?:subscribe|sign\s+in|log\s+in|register)\s+to\s+(?:continue\s+)?read(?:ing)?\b"
             r"|^(?:this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?"
             r"(?:for|to)\s+(?:subscribers|members)"
             r"|(?:article|contenu)\s+réservé\s+aux\s+abonnés|réservé\s+aux\s+abonnés"
             r"|(?:dieser\s+artikel\s+ist\s+)?(?:nur\s+)?für\s+abonnenten"
             r"|(?:contenido|artículo)\s+(?:exclusivo\s+)?para\s+suscriptores"
             r"|(?:contenuto\s+)?riservato\s+agli\s+abbonati|esclusiva\s+per\s+gli\s+abbonati"
             r"|(?:conteúdo\s+)?exclusivo\s+para\s+assinantes"
             r"|(?:artykuł\s+)?(?:dostępny\s+)?(?:tylko\s+)?dla\s+subskrybentów"
             r"|(?:alleen\s+)?voor\s+abonnees|pouze\s+pro\s+předplatitele"
             r"|il\s+vous\s+reste\s+\d+\s*%\s+de\s+(?:cet\s+)?article|pour\s+lire\s+la\s+suite"
             r"|(?:jetzt\s+)?weiterlesen\s+mit|lesen\s+sie\s+jetzt\s+weiter"
             r"|der\s+(?:vollständige\s+)?artikel\s+ist\s+nur\s+für"
             r"|per\s+continuare\s+a\s+leggere|continúa\s+leyendo|para\s+seguir\s+leyendo"
             r"|(?:este\s+)?conteúdo\s+é\s+exclusivo|pozostało\s+\d+\s*%"
             r"|already\s+a\s+(?:subscriber|member)|déjà\s+abonné|bereits\s+abonnent"
             r"|sei\s+già\s+abbonato|ya\s+eres\s+suscriptor|já\s+é\s+assinante)(?:\s|$|\W).{0,120}$"),
         max_words=30),
    # a feature or a box the page keeps for its subscribers ("Commenting is exclusive to
    # subscribers", "The rest is reserved for our subscribers"): the subscriber noun after
    # "exclusive", "reserved" or "only", closing a short line: a story's subscribers are
    # someone's ("… only for subscribers of the power company"). "Only" opens the line or
    # follows "is" ("This feature is only for subscribers"): after another verb it tells what
    # happened ("The warning was sent only to subscribers."). A prompt, not a wall: the
    # article is not known to be cut (the paywall rule's phrases say so).
    Rule("subscribers-only", "newsletter", "a box or feature kept for subscribers",
         _ci(r"(?:(?:^|\s)(?:exclusiv[aeo]s?|exclusif|esclusiv[aeo]|riservat[aeio]|reservad[ao]s?"
             r"|réservée?s?|reserved)"
             r"|(?:^|\s(?:is|are|es|son|est|sont|è|sono|é|são|ist|sind|jest|są|zijn)\s)\s*"
             r"(?:only|s[oó]lo|somente|apenas|nur|tylko|alleen|uniquement|exclusivement"
             r"|exclusivamente|esclusivamente))\s+(?:[^\s\d]+\s+){0,2}"
             r"(?:suscriptor(?:es)?|subscribers?|abonnée?s?|abbonati|assinantes?|abonnenten"
             r"|subskrybentów|abonnees)\s*[.!…]*\s*$"),
         max_words=12),
    # ---- newsletter sign-up and paywall prompts
    Rule("newsletter-pitch", "newsletter", "newsletter sign-up",
         _ci(r"^(?:sign\s*up|subscribe|join|get|receive|never\s+miss|ontvang|erhalten\s+sie"
             r"|recevez|recibe|ricevi|receba|otrzymuj)\b.{0,160}"
             r"\b(?:newsletters?|nieuwsbrief|inbox|mailing\s+list|e-?mail\s+(?:updates|alerts|list))\b"
             # the invitation closing a pitch that opens on what is sent ("For the day's alerts
             # in your inbox sign up to our free emails"): the page's last words are the emails
             r"|\bsign\s*up\s+(?:to|for)\s+our\b.{0,60}\b(?:e-?mails|newsletters?)\W*$"
             r"|^thanks?\s+(?:you\s+)?for\s+reading\b.{0,200}\bsubscribe"
             r"|\bsubscribe\s+(?:for\s+free|now|today)\s+to\s+(?:receive|get|support)\b"
             r"|^(?:join|follow|subscribe\s+to|iscriviti\s+al|segui|rejoignez|abonnez-vous\s+à"
             r"|suivez|folgen\s+sie|abonniere|únete\s+a|síguenos\s+en|siga|entre\s+no"
             r"|dołącz\s+do|obserwuj)\s.{0,60}\b(?:whatsapp|telegram|google\s+news)\b.{0,80}$"
             # the same in Cyrillic and Arabic ("Підписуйтесь на наш телеграм-канал", "لمتابعة
             # … على فيسبوك"), whose letters RE2's \b does not see
             r"|^(?:не\s+забудьте\s+)?(?:підписуйтеся|підписуйтесь|підпишіться|підписатися"
             r"|підписатись|подписывайтесь|подпишитесь|подписаться|приєднуйтеся|приєднуйтесь"
             r"|присоединяйтесь|слідкуйте|следите|لمتابعة|تابعوا|تابعنا|اشترك|انضموا|انضم)\s.{0,60}"
             r"(?:telegram|телеграм|viber|вайбер|whatsapp|youtube|ютуб|facebook|фейсбук|تلغرام"
             r"|تيليجرام|واتساب|فيسبوك|يوتيوب|تيك\s?توك|تويتر|انستغرام).{0,80}$"
             r"|^(?:abonnez-vous|inscrivez-vous|abonnieren\s+sie|melden\s+sie\s+sich|suscríbete"
             r"|suscribete|iscriviti|assine|inscreva-se|zapisz\s+się|subskrybuj|abonneer|"
             r"přihlaste\s+se|schrijf\s+je\s+in|meld\s+je\s+aan|اشترك|सदस्यता|구독)"
             r"(?:\s|$).{0,160}(?:newsletter|nieuwsbrief|lettre|boletín|"
             r"newsletter|e-?mail|courriel|correo|posta|inbox)"),
         max_words=35),
    Rule("newsletter-button", "newsletter", "newsletter or subscription prompt",
         _ci(r"^(?:subscribe|sign\s*up|newsletter|register|s'abonner|abonnieren|suscribirse"
             r"|suscríbete|iscriviti|assine|subskrybuj|abonneren|odebírat|اشترك|구독하기)"
             r"(?:\s+(?:now|here|today|for\s+free|free|maintenant|jetzt|ahora|ora|agora))?[!.]?$"
             r"|^enter\s+your\s+e-?mail\b.{0,60}$"
             r"|^(?:newsletter|nieuwsbrief)\s+(?:abonnieren|bestellen|abonneren|anmelden)[!.]?$"
             r"|^(?:already\s+a\s+subscriber|not\s+a\s+subscriber"
             r"|become\s+a\s+(?:member|subscriber)"
             r"|thank\s+you\s+for\s+subscribing|subscribe\s+to\b)\b.{0,80}$"),
         max_words=14),
    # ---- advertisements
    Rule("advertisement", "advertisement", "advertisement marker",
         _ci(rf"^{EDGE}(?:advertisement|advertising|advert|ads?|anzeige|werbung|publicité"
             r"|skip\s+(?:advertisement|ad)|supported\s+by"
             r"|publicidad|pubblicità|publicidade|reklama|advertentie|إعلان|विज्ञापन|광고"
             r"|anuncio|anúncio|annuncio|annonce|reclame|inzerce"
             r"|sponsored(?:\s+(?:content|links?|stories|by\b.{0,40}))?"
             r"|promoted(?:\s+(?:content|stories|links))?"
             r"|paid\s+(?:content|post|partner\s+content)"
             r"|(?:story\s+)?continues\s+below(?:\s+advertisement)?"
             r"|continue\s+reading\s+(?:the\s+main\s+story\s+)?below"
             r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?"
             rf"|ads?\s+by\s+\w+){EDGE}$"),
         max_words=8),
    # ---- excerpt / truncation notices
    Rule("read-full-article", "truncation-notice", '"Read the full article" link',
         _ci(r"^(?:read|view|see|get)\s+(?:the\s+)?(?:full|whole|entire|complete|original|"
             r"rest\s+of\s+(?:the|this))\s+(?:article|story|post|report|piece|text|interview|"
             r"analysis|column)\b.{0,60}$"
             r"|^(?:this\s+(?:is\s+an?|article\s+is\s+an?)\s+(?:excerpt|extract)"
             r"|the\s+full\s+(?:article|story)\s+(?:is\s+)?(?:available|continues))\b.{0,120}$"),
         max_words=25),
    Rule("read-story-elsewhere", "truncation-notice", "a pointer to the whole story elsewhere",
         _ci(rf"^{EDGE}{alternation(F.READ_VERB)}\s+(?:{alternation(F.READ_WHOLE)}\s*)?"
             rf"{alternation(F.STORY_NOUN)}(?:\s+{alternation(F.READ_COMPLETE)})?"
             rf"(?:\s+{alternation(F.READ_WHERE)}\b.{{0,40}})?{EDGE}$"),
         max_words=10),
    Rule("continue-reading", "truncation-notice", '"Continue reading" link',
         _ci(rf"^{EDGE}{_READ_MORE}(?:\s+(?:the\s+)?(?:article|story|post))?"
             r"(?:\s+(?:at|on|from|sur|auf|en|su|em|na|op)\s+.{1,40})?"
             rf"{EDGE}$"),
         max_words=10),
    # ---- share bars and social links
    Rule("share-buttons", "share-links", "share buttons",
         _ci(rf"^{EDGE}{_SHARE_ITEM}(?:[\s|•·,/:()&<>+-]+{_SHARE_ITEM})*[\s|•·,/:()&<>+-]*$"),
         max_words=14, check=_has_letters),
    Rule("share-prompt", "share-links", "share link",
         _ci(r"^(?:share|tweet|post|e-?mail|send|pin|print)\s+(?:this|the|on|via|to|with|it)\b"
             r"[^.!?]{0,60}$|^click\s+to\s+(?:share|e-?mail|print|tweet)\b.{0,80}$"
             r"|^(?:partager|teilen|compartir|condividi|compartilhar|udostępnij|delen|sdílet)"
             r"\s+(?:sur|auf|en|su|no|na|op|via|this|cet|dieses|este|esta|questo)\b.{0,60}$"),
         max_words=12),
    Rule("follow-us", "share-links", "social media follow link",
         _ci(r"^(?:follow\s+(?:us|me|him|her|them|@\S+)\s+on\b[^.]{0,60}\.?"
             r"|follow\s+(?:(?-i:\p{Lu})\S*\s+){1,3}on\s+(?:x|twitter|facebook|instagram|linkedin"
             r"|threads|bluesky|mastodon|tiktok)\b[^.]{0,40}\.?"
             r"|(?:suivez-nous|folgen\s+sie\s+uns|folge\s+uns|síguenos|seguinos|seguici"
             r"|siga-nos|segue-nos|obserwuj\s+nas|śledź\s+nas"
             r"|volg\s+ons|sledujte\s+nás|تابعونا)\b[^.]{0,60}\.?)$"),
         max_words=12),
    # ---- related / recommended links
    Rule("related-header", "related-links", "related-stories heading",
         _ci(rf"^{EDGE}{_RELATED}(?:\s+{WORD}+){{0,3}}{EDGE}$"),
         max_words=8, claims="titles", check=_not_prose),
    Rule("related-link", "related-links", "link to another article",
         _ci(rf"^{EDGE}(?:{_RELATED}|read\s+more|more|(?:previous|next)(?:\s+(?:post|article|story))?"
             r")\s*[:»›|–—>-]\s*\S.{0,160}$"
             # "Read: <title>", "ZOBACZ: <title>": the bare pointer needs its colon and a title
             # that starts with a capital or a digit, and no quotation mark before it (a quoted
             # "See: …" is someone speaking)
             rf"|^[^\w\"“„«'‘’]*(?:{_POINTER})\s*[:：]\s*(?-i:[\p{{Lu}}\pN]).{{0,160}}$"
             # a heading of two words or more and the title glued after it without a colon: a
             # capital next, no quotation in it and no full stop, question or quotation mark at
             # the end (round 17): "Also on Monday, the mayor said: “…”" is story; nor a
             # sentence's end inside it, nor a colon, semicolon, comma or ellipsis at its end,
             # which no title ends on (review 7: "Zum Thema Flut sagte er:" opens a list)
             rf"|^[^\w\"“„«'‘’]*{_RELATED_PHRASE}\s+(?-i:[\p{{Lu}}\pN])"
             rf"(?:[^\"“”„«».!?]|[.!?][^\s\"“”„«»]){{0,160}}[^.!?:;,…\"“”«»’'\s]\s*$"),
         max_words=25),
    # ---- reader reaction prompts
    Rule("reaction-prompt", "reaction-prompt", "reader reaction prompt",
         _ci(rf"^{EDGE}{_REACTION}\s*[?？]?{EDGE}$"), max_words=14, claims="buttons"),
    # ---- counters
    Rule("counter", "counter", "view counter or reading time",
         _ci(rf"^{EDGE}(?:\d[\d,. ]*k?\s*(?:{_COUNTER}|min\.?)|{_COUNTER}\s*:?\s*[\d:.,]+\s*"
             rf"(?:s|sec|min\.?|mins|minutes?|minuten|minuti|minutos|minut[ay]?|minuut|h|m)?"
             rf"|lu\s+[\d\s.,]+\s+fois|listen\s*[·•|:-]?\s*\d{{1,2}}:\d{{2}}(?:\s*min)?){EDGE}$"),
         max_words=8),
    # ---- navigation
    Rule("media-control", "navigation", "a picture's, video's or gallery's button",
         _ci(rf"^{EDGE}(?:{_MEDIA}|(?:image|photo|picture|bild|foto|immagine|imagen|imagem)\s+"
             rf"\d{{1,3}}\s*(?:of|von|sur|de|di|z|van|/)\s*\d{{1,3}}){EDGE}$"),
         max_words=8),
    # "Veja os vídeos:", "Clique abaixo e assista ao vídeo do resgate": a line that opens with a
    # verb of watching or clicking and names the page's video or pictures, with no full stop
    Rule("media-pointer", "embed", "a line sending the reader to the page's video or pictures",
         _ci(rf"^{EDGE}{_MEDIA_INVITE}\s(?:[^.!?]{{0,80}}[^\pL])?{_MEDIA_NOUN}"
             r"(?:[^\pL][^.!?]{0,80})?$"),
         max_words=12, check=_pointer_in_place),
    # a video player's box as text: its length, then the clip's title ("Duration 0:34 min Fire
    # at the depot"); a story line never opens with a clip's length
    Rule("player-length", "embed", "a video player's length and title",
         _ci(r"^\s*(?:duration|length|dauer|länge|durée|duración|durata|duração|duur)\s*:?\s*"
             r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|s)?\s+\S.{0,120}$"),
         max_words=20),
    Rule("back-to-top", "link-list", "back-to-top link",
         # (the button's own name before it, and "of the page" in the page's language after
         # it: "Bouton retour en haut de la page")
         _ci(r"^(?:[↑⬆▲^]\s*)?(?:(?:button|bouton|botón|botão|pulsante|knop)\s+)?"
             r"(?:(?:back|go|return|scroll|jump|skip)\s+(?:to\s+)?(?:the\s+)?"
             r"top|on\s+top|top|nach\s+oben|retour\s+en\s+haut|volver\s+arriba|torna\s+su"
             r"|voltar\s+ao\s+topo|terug\s+naar\s+boven)(?:\s+(?:of\s+(?:the\s+)?page|de\s+la\s+page"
             r"|de\s+la\s+página|della\s+pagina|da\s+página|der\s+seite|van\s+de\s+pagina))?"
             r"\s*[↑⬆▲^]?$"),
         max_words=8),
    Rule("navigation", "link-list", "navigation link",
         _ci(rf"^{EDGE}{_CHROME}{EDGE}$"
             r"|^(?:(?:skip|jump)\s+to\s+(?:(?:the\s+)?main\s+)?(?:content|navigation|menu|search)"
             r"|toggle\s+navigation|main\s+menu|menu|search|home|watch\s+now|watch\s+live"
             r"|listen\s+now|listen|startseite|accueil|inicio|portada|home\s+page"
             r"|log\s*in|sign\s*in|login|register|my\s+account|se\s+connecter|anmelden"
             r"|iniciar\s+sesión|accedi|entrar|zaloguj\s+się|inloggen|přihlásit\s+se"
             r"|(?:open|read)\s+in\s+(?:the\s+)?app|(?:download|get)\s+the\s+app|app\s+öffnen"
             r"|in\s+der\s+app\s+lesen|ouvrir\s+dans\s+l['’]application|abrir\s+en\s+la\s+app"
             r"|apri\s+nell['’]app"
             r"|listen\s+to\s+(?:this\s+)?(?:article|story)|écouter\s+(?:cet\s+)?article"
             r"|artikel\s+(?:anhören|vorlesen)|escuchar\s+(?:este\s+)?artículo"
             r"|ascolta\s+(?:l['’])?articolo|ouvir\s+(?:este\s+)?artigo"
             r"|posłuchaj\s+artykułu|beluister\s+dit\s+artikel)$"),
         max_words=5),
    # ---- a web address alone on its line: no story sentence is only an address. The first
    # line of a saved page is often the page's own (a scraper's or a reader's habit): it gives
    # the article's url when the metadata has none (content/cleaner.py)
    Rule("bare-address", "link-list", "a web address on a line of its own",
         _ci(WEB_ADDRESS), max_words=1,
         yields=("url",)),
    # ---- title bars ("Valley News |", "Title | Outlet")
    Rule("title-bar", "title-bar", "a page title bar", r"^[^|]{1,80}\|\s*$", max_words=12),
    Rule("title-bar-dash", "title-bar", "a page title bar (outlet and section, ending with a dash)",
         r"^[\pL\pN][^.!?:;|]{0,80}\s[-–—]\s*$", max_words=8, check=_dash_bar),
    # "You are here: News > World": a breadcrumb that says it is one, in the templates' words
    Rule("you-are-here", "navigation", "breadcrumb trail (\"you are here: …\")",
         _ci(rf"^{EDGE}(?:you\s+are\s+(?:here|in)|vous\s+[êe]tes\s+ici|sie\s+sind\s+hier|"
             r"usted\s+est[áa]\s+aqu[íi]|est[áa]s\s+aqu[íi]|sei\s+qui|voc[êe]\s+est[áa]\s+aqui|"
             r"jeste[śs]\s+tutaj|u\s+bent\s+hier|nach[áa]z[íi]te\s+se)\s*:\s*\S.{0,300}$"),
         max_words=40),
    Rule("breadcrumb", "navigation", "breadcrumb trail (home > section > page)",
         _ci(rf"^{EDGE}{_NAVIGATION_WORD}\s*(?:>>?|»|›|\||/|::|→)\s*\S.{{0,240}}$"),
         max_words=30, check=_breadcrumb),
    # "Valley.com > News > <the title>": the trail starts at the site itself
    Rule("site-breadcrumb", "navigation", "breadcrumb trail from the site's name",
         r"^\s*(?P<site>[\pL\pN][\pL\pN.-]{0,40}?)\s*(?:>>?|»|›|→)\s*\S.{0,240}$",
         max_words=30, check=_site_breadcrumb),
    Rule("pipe-row", "link-list", "a row of short links or labels between bars",
         r"^\s*\|?[^|]{1,60}(?:\|[^|]{0,60}){2,}\|?\s*$|^\s*\|[^|]{1,60}\|[^|]{1,60}\|?\s*$",
         max_words=30, check=_pipe_row),
    # ---- template leftovers
    Rule("template", "template", "template placeholder",
         r"^(?:\s*(?:\{\{[^}]{0,200}\}\}|\{%[^%]{0,200}%\}|!\[[^\]]{0,200}\]\([^)]{0,500}\)"
         r"|\[/?[a-z_]+[^\]]{0,200}\]|<[^>]{0,300}>|undefined|null|NaN))+\s*$",
         max_words=60),
    # a picture saved as its file's name ("TREE-DOWN.jpg", an agency's number, hashes), or a
    # theme's cropped copy of one ("cropped Name 300x300"); the line under it is its caption
    Rule("file-name", "embed", "a picture's file name on a line of its own",
         _ci(FILE_NAMES), max_words=8),
    Rule("file-name-caption", "caption", "the caption under a picture's file name",
         r"\S", max_words=35, check=_under_a_file_name),
    # the AP's slug over its top pictures ("APTOPIX Country Topic"), printed with the photo
    Rule("ap-photo-slug", "caption", "the AP's slug of a top picture (APTOPIX …)",
         r"^\s*APTOPIX\b[^.!?]{0,120}$", max_words=12),
    # a gallery's label: a word with the picture's number glued on ("Floods3"), no title
    Rule("gallery-label", "caption", "a gallery label (a word and the picture's number)",
         r"^\s*\p{Lu}\p{Ll}{2,}\d{1,2}\s*$", max_words=1),
    # "![](…) Fans gathered outside the stadium": a picture (a Markdown image) and its caption, no
    # sentence; a paragraph of prose after a picture stays story, picture and all
    Rule("image-caption", "caption", "a picture and its caption",
         r"^\s*!\[[^\]]{0,200}\]\([^)]{0,500}\)\s*[\pL\pN\p{Pi}\p{Ps}][^.!?…]{0,250}$",
         max_words=30),
    Rule("ellipsis-mark", "truncation-notice", "an ellipsis closing the text (the copy is cut)",
         r"^\s*[\[(]?\s*(?:…|\.\.\.)\s*[\])]?\s*$", max_words=2, check=_ends_the_text),
    # ---- separators
    Rule("separator", "separator", "a line of punctuation only",
         r"^[\s\p{P}\p{S}]+$", max_words=20),
    # ---- tags and categories
    Rule("tag-list", "tag-list", "tag list",
         _ci(r"^(?:(?:tags?|keywords|topics|hashtags|schlagwörter|schlagworte|stichwörter"
             r"|étiquettes|mots-clés|mots\s+clés|etiquetas|temas|argomenti|etichette|tagi|tematy"
             r"|trefwoorden|štítky|témata|الكلمات\s+المفتاحية|وسوم|ट्याग|태그|키워드)\s*(?::|$)"
             r"|tagged(?:\s+(?:with|in|as|under))?\s*:?)\s*(?P<items>.*)$"),
         max_words=40, check=_items_ok, claims="labels"),
    Rule("archive-label", "navigation", "the heading of a tag's archive page (\"Tag Archiv: X\")",
         # one term after a tag word and a colon or bar: the page lists every post under it
         _ci(r"^(?:tag|schlagwort|stichwort|tópicos?|etiqueta|étiquette)"
             r"(?:[\s-]*archiv(?:e|es|o)?)?\s*[:|]\s*[^.!?:|]{1,60}$"),
         max_words=6),
    Rule("label-page", "navigation", "a blog's notice over the posts of one label",
         _ci(rf"^{EDGE}{_LABEL_PAGE}{EDGE}$"), max_words=30),
    Rule("category-list", "category-list", "category list",
         # (a blog's archive page of one category or tag says so over the posts: "Category
         # Archives: Storms", "Archives de catégorie : Orages", "Archivo de la categoría: …")
         _ci(r"^(?:(?:(?:category|tag)\s+archives?|archiv(?:es?|o)\s+(?:de\s+(?:la\s+)?)?"
             r"(?:catégorie|categoría|categoria|étiquette|etiqueta)|archivio\s+della\s+categoria"
             r"|arquivos?\s+da\s+categoria|kategorie-archiv"
             r"|categor(?:y|ies)|sections?|catégories?|kategorien?|rubriken?|rubrik"
             r"|categorías?|sección|categorie|categoria|kategorie|kategoria|rubriek|rubrika"
             r"|التصنيف|القسم|श्रेणी|분류)\s*(?::|$)|(?:filed|posted|listed|published)\s+"
             r"(?:in|under)\s*:?)\s*(?P<items>.*)$"),
         max_words=40, check=_items_ok, claims="labels"),
    # ---- attribution ("republished from") and wire credits
    Rule("attribution", "attribution", "source attribution",
         _ci(rf"^[\s*†]*(?:{_SOURCE}\s*[:：]"
             r"|(?:this\s+(?:article|story|post|piece)\s+)?(?:was\s+)?(?:first|originally)\s+"
             r"(?:published|appeared)\s+(?:at|in|on|by)"
             r"|the\s+post\s+.{1,200}?\s+(?:first\s+)?appeared\s+(?:first\s+)?on"
             r"|cet\s+article\s+(?:est\s+paru|a\s+été\s+publié|a\s+d['’]abord\s+été\s+publié)"
             r"(?:\s+initialement|\s+d['’]abord|\s+à\s+l['’]origine)?\s+(?:dans|sur|par)"
             r"|dieser\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+(?:zuerst\s+|ursprünglich\s+)?"
             r"(?:erschienen\s+)?(?:bei|in|auf|im)"
             r"|questo\s+articolo\s+è\s+(?:stato\s+)?(?:pubblicato|apparso)\s+(?:originariamente\s+"
             r"|per\s+la\s+prima\s+volta\s+)?(?:su|in|da|sul)"
             r"|este\s+(?:artículo|artigo)\s+(?:fue|ha\s+sido|foi)\s+(?:publicado|originalmente\s+"
             r"publicado)\s+(?:originalmente\s+)?(?:en|por|em|no|na|pelo|pela)"
             r"|ten\s+artykuł\s+(?:ukazał\s+się|został\s+opublikowany)\s+(?:pierwotnie\s+)?(?:w|na)"
             r"|dit\s+artikel\s+verscheen\s+(?:eerder\s+|eerst\s+)?(?:in|op|bij)"
             r"|(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?(?:from|by)"
             r"|syndicated\s+from)\s*(?P<via>\S.{0,80}?)\s*[.…]?$"),
         max_words=40, check=_via_short, yields=("via",)),
    Rule("agency-credit", "credit", "news agency credit",
         # (also "Site 24 - Agency:", the site's name and a dash before it, a colon after it)
         _ci(rf"^[\s(\[—–/-]*(?:{_WITH_AGENCY}|[\pL\d]+(?:\s+[\pL\d]+){{0,2}}\s+[-–—]\s+)?"
             rf"(?:[\pL]{{1,4}}(?:\s*[/,]\s*[\pL]{{1,4}})*\s*/\s*)?"
             rf"(?P<via>{AGENCY}(?:\s*[/,&+]\s*{AGENCY}|\s+and\s+{AGENCY})*)"
             r"[\s)\]—–./:-]*$"),
         max_words=8, yields=("via",), check=_not_a_byline),
    Rule("bracketed-credit", "credit", "credit in brackets",
         r"^\s*\[[^\]]{1,80}\]\s*$", max_words=8),
    Rule("menafn-credit", "credit", "syndication credit",
         _ci(r"^\s*\(\s*MENAFN\s*[-–—]\s*(?P<via>[^)]{1,60})\)\s*$"), max_words=10,
         yields=("via",)),
    # ---- captions and photo credits
    Rule("picture-label", "caption", "photo or image caption",
         _ci(rf"^{EDGE}{_PICTURE}\s*(?:[:：|/]|\s[-–—])\s*\S.{{0,300}}$"
             r"|^fot\.\s*\S.{0,120}$"
             # "Photos Agency.nl/Jane Roe People on boats …": the label, then a credit (a
             # domain or an agency in capitals) with a slash, then the caption
             rf"|^{EDGE}(?:{_PICTURE})\s+(?:[^\s/]{{1,40}}\.(?-i:[a-z]{{2,4}})|(?-i:\p{{Lu}}{{2,10}}))"
             r"/\s*(?-i:\p{Lu})\S.{0,300}$"
             r"|^(?:image|media|video)\s+(?:source|caption|credit|copyright)\s*,?\s*\S.{0,300}$"),
         max_words=45),
    Rule("picture-word", "caption", "a picture's label on its own line",
         _ci(rf"^{EDGE}{_PICTURE}{EDGE}$"), max_words=4),
    Rule("picture-credit", "caption", "caption ending with its photo credit",
         # "(Name/AP)": capitalised words on both sides of the slash, no digit and no handle
         # ("(240 km/h)", "(via Twitter / @handle)" end sentences of the story)
         _ci(r"\((?:[^()/\d@]{0,60}(?-i:\p{Lu})[^()/\d@]{0,60}/\s*[^()/\d@]{0,40}"
             r"(?-i:\p{Lu})[^()\d@]{0,40}|(?:ap|afp|reuters|epa|dpa|aap|anp|efe|getty)"
             r"\s+(?:photo|images?|foto|bild)[^()]{0,60}|(?:photo|foto|image|picture|credit|"
             r"file\s+photo|picture\s+credit)\s*[:：]?[^()]{1,120})\)\s*\.?$"),
         max_words=100),  # (agency captions run long: "CITY - MARCH 26: … (Photo by … via AFP)")
    Rule("courtesy", "caption", "picture credit (courtesy of, photo by)",
         _ci(r"\b(?:(?:video|photo|image|picture|footage)s?\s+(?:courtesy\s+of|by|via|credit)"
             r"|courtesy\s+of\s+@|photo\s+credit|crédit\s+photo|bildquelle)\b"),
         max_words=40),
    Rule("copyright-caption", "caption", "photo with its copyright credit",
         _ci(rf"^\s*(?:[?©]{{1,3}}|\(c\))\s*(?:{AGENCY}|\p{{Lu}}[\pL.]+(?:\s\p{{Lu}}[\pL.]+){{0,2}})"
             r"\s*(?:[?©/|–—-]{1,3})\s*\S"),
         max_words=60),
    Rule("picture-credit-tail", "caption", "caption ending with its photographer or agency",
         _ci(rf"(?:^|[\s/|–—-])(?:{_PICTURE}|{_CREDIT_LABEL})\s*[:：]\s*(?-i:\p{{Lu}})"
             r"[^.!?:]{1,80}$"
             # "… by the flames. /A. G.": the photographer's initials after a slash
             r"|\s/\s?(?-i:\p{Lu}\.\s?){1,3}$"
             # (the copyright sign glued to the caption without a separator: "… © Name")
             r"|\s(?:[-–—|/]\s*)?©\s*[^.!?]{1,80}$"
             r"|\s/\s+[^/.!?]{2,60}/[^/.!?]{2,60}/\s*$"
             # "… yesterday.Picture AGENCY": the label and an agency without a colon, glued on
             # or on a line of its own; "…, picture fot. Name Surname": the abbreviation (which
             # is never a sentence's last word) before the photographer
             rf"|(?:^|[\s.,(|–—-])(?:{_PICTURE})\s+{_PICTURE_AGENCY}\s*\)?$"
             r"|[\s,]fot\.\s*\pL(?:[^.!?:]|\.\pL){1,60}$"
             rf"|[,(/|–—-]\s*(?:{_PICTURE})\s*\)?\s*\.?$"
             # "…, fot. PAP/Name Surname": the label without its colon, then a credit with a
             # slash (agency and photographer)
             rf"|,\s*(?:{_PICTURE})\.?\s+\pL[^.!?:,/]{{0,40}}/\s*(?-i:\p{{Lu}})"
             r"[^.!?:,/]{1,40}$"
             # "…, en una imagen de archivo/AGENCY": the label, a slash, then the credit in
             # capitals ("AP Photo/Jane Roe" is the agency-and-photographer rule's)
             rf"|(?:^|[\s,(|–—-])(?:{_PICTURE})\.?\s*/\s*(?-i:\p{{Lu}}{{2,10}})\s*$"
             # "<caption> / Fire Brigade of the District /": a credit closed by a slash, which
             # no sentence, title or crosshead ends with
             r"|\s/\s+(?-i:\p{Lu})[^/.!?:;]{1,80}\s/\s*$"),
         max_words=60),
    Rule("photo-agency-credit", "caption", "a picture's credit (agency and photographer)",
         _ci(rf"^[\s(\[]*(?:(?:\S+\s+){{0,3}}via\s+getty\s+images|getty\s+images"
             rf"|{_PICTURE_AGENCY}(?:\s+(?:photo|images?|foto|bild|pool))?\s*(?:/|\||via)\s*"
             r"[^.!?/]{1,50}(?:/[^.!?/]{1,50}){0,2}"
             r"|(?-i:\p{Lu})[\pL.'’-]+(?:\s+(?-i:\p{Lu})[\pL.'’-]+){0,3}\s*/\s*"
             rf"{_PICTURE_AGENCY}(?:\s*/\s*[\pL .'’-]{{1,40}})?"
             rf"|(?:archives?|archivo|archivio|archiv|arquivo)\s+{_PICTURE_AGENCY}"
             rf"|{_PICTURE_AGENCY}\s*/?\s*(?:photo|foto|archives?|archivo|archivio|archiv))"
             r"[\s)\]]*$"),
         max_words=10),
    Rule("gallery-caption", "caption", "picture of a gallery (\"2 of 4\" and its caption)",
         _ci(r"^\s*(?:(?:photo|foto|bild|image|imagen|immagine|imagem|zdjęcie)\s+"
             r"(?P<n>\d{1,3})\s*(?:of|de|von|sur|di|z|van|ze|/)\s*(?P<m>\d{1,3})"
             r"|(?P<n2>\d{1,3})\s+(?:of|de|von|sur|di|z|van|ze)\s+(?P<m2>\d{1,3}))"
             r"\s+(?-i:[\p{Lu}\pN«\"“„(]).*[^.!?…]\s*$"),
         max_words=90, check=_gallery_counter),
    # ---- embedded posts
    Rule("embed-attribution", "embed", "embedded post: author and date",
         _ci(rf"^[—–-]\s*(?P<who>[^()@]{{1,80}}?)\s*\(@[A-Za-z0-9_]{{1,30}}\)"
             rf"(?:\s*(?:{DATE}|\S.{{0,40}}))?\s*$"),
         max_words=20),
    Rule("embed-link", "embed", "embedded post (a pic.twitter.com or t.co link)",
         _ci(r"pic\.twitter\.com/|\bt\.co/[A-Za-z0-9]|instagram\.com/p/"
             r"|^a\s+post\s+shared\s+by\b|^view\s+this\s+post\s+on\s+instagram"),
         max_words=90),
    # ---- copyright
    Rule("copyright", "copyright", "copyright notice",
         _ci(rf"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{{4}}|:))|{_RIGHTS}"),
         max_words=35),
    # ---- bylines and date lines
    Rule("byline", "byline", "byline",
         # (a byline printed as a list item: "- Por Name | AFP"; its date may carry the page's
         # machine timestamps glued on: "… 03:45 IST2024-07-22T03:43:50+5:30")
         rf"^(?:[-–—•·*]\s+)?(?i:{_BY})\s*:?\s+"
         rf"(?P<author>{NAME_OR_SURNAME}(?:\s+(?:and|&|et|und|y|e|i|en)\s+{NAME_OR_SURNAME})*)"
         r"(?P<trailer>\s*(?:[,|•·–—-]|\s(?i:on|for|in|at|le|am|el|il|avec|with|mit|con|com)\s)"
         r".{0,140})?$",
         max_words=20, check=_byline_trailer_ok, yields=("author",)),
    Rule("name-reporter", "byline", "byline: a Korean name with the word for reporter after it",
         # ("홍길동 기자", maybe with the writer's e-mail address): Korean writes the title
         # after the name, so the "By Name" rule above cannot see it
         r"^\p{Hangul}{2,4}\s?(?:기자|특파원|선임기자|객원기자)(?:\s+[\w.+-]+@[\w.-]+)?\s*$",
         max_words=4),
    Rule("submitted-by", "byline", "byline with a user name",
         _ci(rf"^(?:submitted|posted|published|written)\s+by\s+(?:(?P<author>{NAME})|\S+)"
             r"\s+(?:on|at)\s+[^.!?]{0,40}\d[^.!?]{0,30}$"),
         max_words=16, yields=("author",)),
    Rule("newsroom-byline", "byline", "byline naming the newsroom, not a writer",
         # Only names may follow the newsroom ("Redazione ANSA", "Staff Reporter", "Web Desk
         # NNN"), besides the word of its web edition, and no full stop may end it: "Staff were
         # evacuated." is a sentence.
         rf"^(?i:(?:{_BY_WORD}\s+)?(?:la|le|l'|l’|unserer|der|die|onze|de|nuestra|la|a|da|our"
         r"|the)?\s*(?:rédaction|redaktion|redazione|redacción|redação|redakcja|redactie"
         r"|redakce|newsroom|news\s+desk|web\s+desk|online-redaktion|web\s+team"
         r"|staff(?:\s+(?:reporter|writer|correspondent|report)s?)?$)"
         # the newsroom of the site's web edition ("Redazione web", "La rédaction numérique")
         r"(?:\s+(?:web|online|digital|digitale|numérique|internet))?)"
         r"(?:\s+(?:[\p{Lu}\pN][\pL\pN'’&-]*|[\p{Lu}]\.)){0,3}$",
         max_words=6),
    Rule("author-role", "byline", "the author's role under the name",
         _ci(r"^(?:senior\s+|chief\s+|staff\s+|special\s+|foreign\s+|political\s+|deputy\s+"
             r"|associate\s+|contributing\s+)?(?:reporter|correspondent|writer|editor|journalist"
             r"|columnist|contributor|rédacteur|rédactrice|journaliste|envoyé\s+spécial"
             r"|envoyée\s+spéciale|korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?"
             r"|periodista|corresponsal|redactor(?:a)?|giornalista|inviat[oa]|corrispondente"
             r"|jornalista|repórter|correspondente|dziennikarz|dziennikarka|reporterka"
             r"|verslaggever|correspondent|redacteur|novinář|novinářka|redaktor(?:ka)?)$"),
         max_words=4, check=_under_a_name),
    Rule("author-contact", "byline", "the author's e-mail address",
         r"^(?:[^\s@]+\s+){0,4}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", max_words=6),
    Rule("name-above-date", "byline", "author name above the date or the role",
         rf"^(?P<author>{NAME})$", max_words=4, check=_date_follows, yields=("author",)),
    Rule("wire-credit", "byline", "wire-service reporting credit",
         _ci(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced"
             r"|translated|translation|fact-checked)\s+by\b.{0,200}\)?$"
             r"|^\(?\s*mit\s+material\s+von\b.{0,80}\)?$"),
         max_words=40, check=_credit_names),
    # "The Associated Press contributed to this report.", "Contributing: Name, Outlet"
    Rule("contributed", "credit", "who contributed to the report",
         _ci(r"^\(?\s*(?P<who>\S.{0,120}?)\s+(?:also\s+)?contributed(?:\s+reporting"
             r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))?"
             r"|\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))\s*\.?\s*\)?$"
             r"|^contributing\s*:\s*(?P<names>\S.{0,160})$"),
         max_words=30, check=_contributors),
    # "This story has been updated.", "This article is more than 4 years old"
    Rule("age-notice", "date-stamp", "a notice of the article's age or update",
         _ci(r"^this\s+(?:story|article|post|report)\s+(?:has\s+been|was)\s+(?:updated|corrected)"
             r"\b[^.!?]{0,100}\.?$"
             r"|^this\s+(?:story|article|post)\s+is\s+more\s+than\s+\S+\s+(?:years?|months?|days?)"
             r"\s+old\.?$"),
         max_words=20),
    Rule("byline-date", "byline", "byline with a date",
         rf"^(?P<author>{NAME_OR_SURNAME})\s*[,|•·–—-]?\s*(?i:{DATE})"
         rf"(?:,?\s*(?i:at|à|um|alle|ore|a\s+las|às|o)?\s*(?i:{TIME})(?:\s*(?i:uhr))?)?\s*$",
         max_words=12, yields=("author",)),
    # ---- author bio header
    Rule("about-the-author", "author-bio", "author bio heading",
         _ci(r"^(?:about\s+the\s+(?:author|writer|contributor)s?|author\s+bio(?:graphy)?"
             r"|the\s+author|à\s+propos\s+de\s+l'auteur|über\s+den\s+autor|sobre\s+el\s+autor"
             r"|l'autore|sobre\s+o\s+autor|o\s+autorze|over\s+de\s+auteur)\s*:?$"),
         max_words=5, claims="block"),
)


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


class RuleTable:
    """The rules compiled once: one ``re2.Set`` that says which rules can match a block, and each
    rule's own regular expression for its groups and checks."""

    #: No rule looks at a block longer than this (the longest ``max_words`` is 150 words).
    MAX_CHARS = 3000

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.max_words = max(rule.max_words for rule in self.rules)
        options = re2.Options()
        options.max_mem = MAX_MEM
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
            if m is None or (rule.check is not None and not rule.check(blocks, i, m, page)):
                continue
            return Verdict(rule.kind, rule.name, rule.why, m, rule)
        return None


TABLE = RuleTable(RULES)
_ROLE_LINE = next(rule.regex for rule in RULES if rule.name == "author-role")

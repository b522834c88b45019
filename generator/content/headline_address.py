"""A headline from the page's address, and how much of the address a line carries.

Most news addresses carry the headline's words (``/6-workers-missing-in-…-presumed-dead``): a
line that shares them is the title even below a kicker or a caption, and a page whose title was
not saved gets one made from them (:mod:`.cleaning.headline` decides which). An address has
lost case, accents and spaces, and carries ids, sections and file endings; this module reads
the words back out of it.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from generator.content.blocks import ends_sentence
from generator.text import hosts
from generator.text.counted_words import OUTCOMES, counted_group
from generator.text.furniture_words import LISTING_PATH
from generator.text.languages import stop_words
from generator.text.names import in_latin_letters

MAX_URL = 2000  # no address is longer; a longer one is read no further
_ID = re.compile(r"^(?:\d+|[0-9a-f]{6,}|[a-z]?\d+[a-z\d]*|html?|php|aspx?|amp|index|story"
                 r"|article|news|video|amp\d*|live|rcna\d+|ar|[a-z]|[a-z]{2,4}\d{5,})$")
#: Words of one letter in titles ("a-cinco-suben-…", "bus-cae-y-deja-…", "a-blast-at-…"): kept
#: before the slug's last word; any other lone letter is a site's marker (trial 23).
_ONE_LETTER_WORDS = frozenset("aeiouy")
TOKEN = re.compile(r"[^\W_]+")
#: A UUID in an address ("…-in-the-town.1b2c3d4e-0f1e-4a5b-8c9d-0123456789ab.html"): an id whose
#: all-digit or all-letter groups would otherwise pass for words.
_UUID = re.compile(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: A full stop between two words of a path segment parts a site's section from the slug
#: ("inhalt.the-slug-words.html"); one between digits ("6.5-magnitude") does not.
_DOTTED = re.compile(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})")
#: German umlauts as an address spells them ("beruehmte").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def plain(word: str) -> str:
    """A word in lower case without its accents (as addresses spell it)."""
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c))


def nearly_equal(a: str, b: str) -> bool:
    """The same headline, give or take case, punctuation and a word ("nearly" in FORMAT.md)."""
    if max(len(a), len(b)) > 1000:  # no headline is that long (and the ratio is quadratic)
        return a.strip() == b.strip()
    na, nb = (" ".join(TOKEN.findall(plain(x))) for x in (a, b))
    return bool(na) and (na == nb or fuzz.ratio(na, nb) >= 90)


def url_words(url: str) -> list[str]:
    """The words of the address' slug: the path segment with the most words, ids dropped.

    ``/news/2024/03/27/6-presumed-dead-after-baltimores-bridge-collapse/`` ->
    ``["6", "presumed", "dead", "after", "baltimores", "bridge", "collapse"]``.
    """
    try:
        path = urllib.parse.unquote(urllib.parse.urlsplit(url[:MAX_URL]).path)
    except ValueError:
        return []
    best: list[str] = []
    parts = (part for segment in path.split("/")
             for dotted in _DOTTED.split(_UUID.sub("", segment)) for part in dotted.split(","))
    for segment in parts:
        page = re.search(r"\.\w{2,5}$", segment) is not None
        segment = re.sub(r"\.\w{2,5}$", "", segment)
        tokens = _elided(_slug_tokens(segment))
        found = [t for i, t in enumerate(tokens) if not _ID.match(t.lower())
                 or (t.isdigit() and len(t) <= 5)
                 or (t.lower() in _ONE_LETTER_WORDS and i < len(tokens) - 1)]
        while found and (_ID.match(found[-1].lower()) and not (
                found[-1].isdigit() and 2 <= len(found[-1]) <= 4
                and not (page and _page_number(found)))):
            found.pop()  # trailing ids ("…-2", "…-a-36059c18"), not "…-rises-to-40"
        if len([t for t in found if not t.isdigit()]) > len(
                [t for t in best if not t.isdigit()]):
            best = found
    return best if sum(1 for t in best if not t.isdigit()) >= 3 else []


#: The languages whose words for the dead, the hurt, the missing… may stand before a page's number.
_SLUG_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


def _page_number(found: list[str]) -> bool:
    """Whether the number ending a page's file name is the page's number: it follows a word for
    what a toll counts ("…-tote-100.html"), where a title's count comes before such a word or
    after a verb ("…-rises-to-40", "…-killing-41"; trial 30: a broadcaster's page number read
    as "100" dead in the headline)."""
    before = found[-2].lower() + " " if len(found) >= 2 else ""
    return any(counted_group(before, lang, OUTCOMES) for lang in _SLUG_LANGUAGES)


def listing_address(url: str) -> bool:
    """Whether the address is a site's listing page: a path segment that names a tag, a topic or
    a category (``furniture_words.LISTING_PATH``: "/tag/incendios/22"). Such a page prints other
    articles' titles and teasers; it may also print one whole post under its tag (a blog's tag
    page), so the address alone removes nothing (:func:`.cleaning.runs.mark_listing_page`)."""
    try:
        path = urllib.parse.unquote(urllib.parse.urlsplit(url[:MAX_URL]).path)
    except ValueError:
        return False
    return any(plain(segment) in LISTING_PATH for segment in path.split("/"))


#: The labels a site writes before an article's number in its address ("_aid-12345678",
#: "_id-…", "_art-…"): the site's, never a word of the title.
_ID_LABELS = frozenset({"aid", "id", "art", "artikel", "article", "a", "story", "news", "n",
                        "p", "post", "doc", "cid", "nid", "sid", "ar", "arid", "item"})


#: French and Italian elided words, the apostrophe lost in the slug ("s-evadent-d-une-maison"),
#: and the words that mark a slug as French or Italian: only there is a lone "d" or "s" before
#: a vowel elided ("an-officer-s-arrest" is English; trial 39 read "evadent une").
_ELIDING = frozenset({"d", "l", "s", "n", "j", "m", "t", "c", "qu"})
_ROMANCE = frozenset({"de", "la", "le", "les", "du", "des", "une", "un", "et", "au", "aux",
                      "il", "di", "del", "della", "dei", "che", "per"})


def _elided(tokens: list[str]) -> list[str]:
    """The slug's tokens with each elided word glued to the next by its apostrophe ("d'une")."""
    if not _ROMANCE & {t.lower() for t in tokens}:
        return tokens
    out: list[str] = []
    for t in tokens:
        if out and out[-1].lower() in _ELIDING and t[:1].lower() in "aeiouyhàâéèêëîïôûù":
            out[-1] = f"{out[-1]}'{t}"
        else:
            out.append(t)
    return out


def _slug_tokens(segment: str) -> list[str]:
    """The words of one part of a path segment. A word joined at either end by another mark
    than the one joining the slug's words ("…-in-verlo-_ref", "start_seite" before a
    comma) is the site's marker, not the title's."""
    pieces = re.split(r"([-_+.\s]+)", segment.strip("-_+. "))
    words, marks = pieces[::2], pieces[1::2]
    if len(marks) >= 3:
        usual = max(set(marks), key=marks.count)
        while marks and marks[-1] != usual and marks.count(usual) >= 2:
            words, marks = words[:-1], marks[:-1]
        while marks and marks[0] != usual and marks.count(usual) >= 2:
            words, marks = words[1:], marks[1:]
        # an id marked off by another mark, its label before it ("…-12-tote_aid-12345678",
        # trial 22): the label is the site's, not the title's; a title's last word there
        # ("…-in_selm-12345678", "…-kills_12-12345678") stays (review 20b)
        if (len(marks) >= 4 and marks[-2] != usual and re.fullmatch(r"\d{5,}", words[-1])
                and words[-2].lower() in _ID_LABELS):
            words, marks = words[:-2], marks[:-2]
    return [t for t in words if t]


#: A number in a story, its digits grouped or not ("10,000", "10 000", "10000").
_DIGITS = re.compile(r"\d+")
_GROUPING = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")


def url_headline(url: str, story: str = "") -> str | None:
    """A headline made of the address' words ("Six workers presumed dead after…"), or None.

    An address has lost case and accents: each word the story writes is given back as the story
    writes it mid-sentence ("ostral esta" -> "Ostral está"), so the analyst reads the names."""
    found = url_words(url)
    written = set(_DIGITS.findall(_GROUPING.sub("", story[:200_000])))
    if found and found[0].isdigit() and len(found[0]) >= 3 and found[0] not in written:
        # a number opening the slug that the story never writes is the site's article id
        # ("/news/80412-ferry-sinks-…", "/haber/118-keine-lehre-…": trial 34), not a figure of
        # the title ("/6-presumed-dead-…"; a count of a hundred or more is written in figures)
        found = found[1:]
    if found and found[-1].isdigit() and len(found[-1]) >= 3 and found[-1] not in written \
            and not re.fullmatch(r"(?:19|20)\d\d", found[-1]):
        found = found[:-1]  # the same closing it ("…-black-sea-coast-4708": trial 38); a year
        # stays ("…-floods-2023")
    if found and len(found[-1]) == 1 and found[-1].isalpha() and not re.search(
            rf"(?<!\w){re.escape(found[-1])}(?!\w)", story[:200_000], re.I):
        # a slug cut inside its last word ("…-schussattentat-bleibt-p": trial 34)
        found = found[:-1]
    if len(found) < 3:
        return None
    forms = _story_forms(story)
    text = " ".join("'".join(forms.get(plain(p)) or _compound(p, forms) for p in t.split("'"))
                    for t in found)  # "s'evadent": each part as the story writes it
    return text[:1].upper() + text[1:]


#: The shortest first part and last word of a compound read back from the address.
MIN_COMPOUND_PART = 3


def _compound(token: str, forms: dict[str, str]) -> str:
    """An address' compound whose last word the page writes with an accent or umlaut
    ("flussueberschwemmung", the page writing "Überschwemmung") spelled as the page would: the
    address lost the letters, and the page has them (round 23). Only accents are given back: a
    tail the page writes as the address does says nothing of the compound's own spelling."""
    for cut in range(MIN_COMPOUND_PART, len(token) - MIN_COMPOUND_PART + 1):
        tail = forms.get(token[cut:])
        if tail is not None and plain(tail) != tail.lower():
            return (token[:1].upper() if tail[:1].isupper() else token[:1]) + token[1:cut] + (
                tail.lower())
    return token


def _story_forms(story: str) -> dict[str, str]:
    """Address spelling -> the story's spelling, from words not at a sentence's start (the most
    frequent form; a word seen only at a start keeps its letters in lower case)."""
    counts: dict[str, dict[str, int]] = {}
    for m in TOKEN.finditer(story[:200_000]):
        word = m.group(0)
        if word.isdigit():
            continue
        before = story[max(0, m.start() - 8):m.start()].rstrip(" \t\u00a0\"'“”«»‘’(")
        opening = not before or before[-1] in "\n.!?:-–—"  # a dateline's dash opens too
        form = word.lower() if opening else word
        for key in {plain(word), plain(word.lower().translate(_UMLAUTS))}:
            seen = counts.setdefault(key, {})
            seen[form] = seen.get(form, 0) + (0.001 if opening else 1)  # a start votes last
    return {key: max(seen, key=lambda f: (seen[f], f == f.lower()))
            for key, seen in counts.items()}


def host_words(url: str) -> frozenset[str]:
    """Words of the host's name alone ("cbsnews.com/miami/…" -> cbsnews): a folder may name a
    local edition after its city ("/miami/"), which the site's stories print as their dateline
    ("MIAMI — …"), not as the outlet's name."""
    labels = hosts.host(url[:MAX_URL]).split(".")[:-1]
    return frozenset(w for label in labels for w in re.split(r"[-_]", label) if w)


def site_words(url: str) -> frozenset[str]:
    """Words of the site's name: the host's labels and the short path segments before the slug
    ("pressreader.com/uae/gulf-news/…" -> pressreader, uae, gulf, news)."""
    try:
        parts = urllib.parse.urlsplit(url[:MAX_URL])
    except ValueError:
        return frozenset()
    labels = hosts.host(url[:MAX_URL]).split(".")[:-1]
    found = {w for label in labels for w in re.split(r"[-_]", label) if w}
    slug = {plain(t) for t in url_words(url)}
    for segment in urllib.parse.unquote(parts.path).split("/")[:3]:
        tokens = [t for t in re.split(r"[-_]", segment) if t]
        if slug and {plain(t) for t in tokens} <= slug:
            continue  # a short slug ("/bilan-des-inondations/") is the title, not the site
        if 1 <= len(tokens) <= 3:
            found.update(plain(t) for t in tokens if not t.isdigit())
    return frozenset(found)


def _stem(word: str) -> str:
    return plain(word)[:5]


def slug_share(text: str, slug: Sequence[str], language: str) -> float:
    """The share of the address' content words that ``text`` has (compared on their first five
    letters, so "libyan" meets "libya")."""
    shared, content = slug_words_shared(text, slug, language)
    return shared / content if content else 0.0


def slug_words_shared(text: str, slug: Sequence[str], language: str) -> tuple[int, int]:
    """How many of the address' content words ``text`` has, and how many there are."""
    stops = stop_words(language) | stop_words("en")
    content = {_stem(w) for w in slug if plain(w) not in stops}
    if not content:
        return 0, 0
    # an address spells a title in Greek or Cyrillic in Latin letters ("fortigo-ploio-…"):
    # the line is compared in Latin letters too
    text = f"{text} {in_latin_letters(text) or ''}"
    have = {_stem(t) for t in TOKEN.findall(text)}
    return len(content & have), len(content)


#: How far down the page (in blocks no rule removed) a title the address cuts short is looked
#: for, and how many content words the address must give for that.
TITLE_CUT_BY_ADDRESS_WITHIN = 12
MIN_CUT_SLUG_WORDS = 4


def title_cut_by_address(lines: Sequence[tuple[int, str]], slug: Sequence[str], language: str,
                         shaped: Callable[[str, str], bool]) -> int | None:
    """The first of the page's first lines (index, text) that is ``shaped`` as a title and holds
    every content word of the address (four or more): the address is that title cut short
    (``/grenfell-tower-fire-death-toll-13195268`` of "Grenfell Tower fire: Death toll rises to
    30, police confirm", trial 40). The headline's chooser takes it when a notice above it ended
    the page's head ("Oops. Our website is unavailable …"), rather than the address' words with
    the title left in the story; a title bar naming the site is none (round 27)."""
    for i, text in lines[:TITLE_CUT_BY_ADDRESS_WITHIN]:
        shared, content = slug_words_shared(text, slug, language) if slug else (0, 0)
        if content >= MIN_CUT_SLUG_WORDS and shared == content and shaped(text, language):
            return i
    return None


def spells_slug(text: str, slug: Sequence[str], language: str) -> bool:
    """A line longer than a headline's usual words is the page's title when the address spells
    it out: nine tenths of the address' content words (eight or more), with few words more than
    the address has, and no sentence's end. (s19: a 21-word title, too long for its shape, was
    taken from the address instead and its own line removed as the headline printed again.)"""
    shared, content = slug_words_shared(text, slug, language)
    return (content >= 8 and shared >= 0.9 * content and len(TOKEN.findall(text)) <= len(slug) + 2
            and not ends_sentence(text))


#: The end of a site's name written as its domain: "VailDaily.com", "Goniec.pl", "RD.nl".
DOMAIN_END = re.compile(r"(?<=\w)\.(?:[a-z]{2,3}|info|news|online)$", re.I)


def is_site_name(text: str, site: frozenset[str]) -> bool:
    """The site's name: every word is a word of the address' host or first folders, or the words
    run together are ("Valley News" at valleynews.example), its domain ending aside
    ("ValleyNews.com"), or the host spells it by initials: all but the last word's ("Coast Press
    Agency" at cpagency.example) or, for three words or more, every word's ("cpa.example")."""
    tokens = [plain(t) for t in TOKEN.findall(DOMAIN_END.sub("", text.strip()))]
    if not tokens or len(tokens) > 4:
        return False
    if all(t in site for t in tokens) or "".join(tokens) in site:
        return True
    initials = "".join(t[0] for t in tokens[:-1])
    return (len(tokens) >= 2 and len(tokens[-1]) >= 4 and initials + tokens[-1] in site) or \
        (len(tokens) >= 3 and initials + tokens[-1][0] in site)

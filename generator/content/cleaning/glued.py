"""A section's or the site's name, or a labelled stamp, glued to the title on its line (issue 13,
round 8; the stamp round 22).

Some pages print the title and a label on one line: the section before it ("World Storms cross
the valley") or the section or site after it ("… the valley Panorama", "… the valley XYZ").
The line is then no headline the labels accept, and the label is kept as part of it. The
address names the title: when the rest of the line is the address' slug word for word, the
extra word is the label, and it is cut off as a piece of its own (three sites of the fresh
working pages of rounds 4 to 7; none on dev).
"""

from __future__ import annotations

import re

from generator.content.blocks import Block, LineIndex, ends_sentence, piece, title_cased
from generator.content.cleaning.glued_caption import glued_dateline
from generator.content.cleaning.rules.base import Page, Verdict, compile_re2
from generator.content.cleaning.rules.patterns import DATE, DATE_LABEL, MONTH, TIME, YEAR
from generator.content.headline_address import is_site_name, plain
from generator.text import furniture_words as F
from generator.text.languages import stop_words

_WORD = re.compile(r"[^\W_]+")
#: A stamp's label, date and time glued after the title ("… the valley Updated: <date> <time>",
#: "… im Tal Stand: <date> <time> Uhr"): the time makes it a stamp, not a sentence's date.
_GLUED_STAMP = compile_re2(rf"(?i)\s(?:{DATE_LABEL})\s*:\s*(?:{DATE}),?\s*{TIME}(?:\s*uhr)?\s*$")
#: ... after a title, not after another stamp ("<date> <time> Updated: <date> <time>" is one line
#: of two stamps, a date line as a whole).
_STAMP_BEFORE = compile_re2(rf"(?i)(?:{DATE}|{TIME})(?:\s*uhr)?\s*[|,·•–—-]?\s*$")
#: A full date glued to the title's last letter, no space between ("… poisoning suspected12
#: March 2031", "… mistænkes19. november 2024": trial 33): the page's date printed after the
#: title on the same line, not a word of it. A sentence ending on a date has a space before it.
_GLUED_DATE = compile_re2(rf"(?i)\pL(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+"
                          rf"(?:de\s+)?{MONTH},?\s+(?:de\s+)?{YEAR}))\s*$")
#: A title glued to a section's name is among the page's first lines.
MAX_GLUED_LINE = 8
#: A comma or a semicolon: a title glued to its stamp has none.
_CLAUSE_MARK = re.compile(r"[,;]\s")
#: A title that is the address' slug word for word has at least this many words.
MIN_SLUG_WORDS = 4
#: A number opening the slug that the title does not write is the article's id from this long.
MIN_ID_DIGITS = 5
#: A kicker printed again as the title's first words is at most this long.
MAX_KICKER_WORDS = 4


def _key(word: str) -> str:
    """A word as an address spells it ("Überschwemmungen" and "ueberschwemmungen" alike)."""
    word = plain(word.replace("ß", "ss"))
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _noise(key: str) -> bool:
    """A token an address adds or drops: an id ("id51502721", "a1d6085b") or a single letter."""
    return len(key) == 1 or (any(c.isdigit() for c in key) and any(c.isalpha() for c in key))


def _is_slug(keys: list[str], slug: list[str]) -> bool:
    """The words are the slug's, in order, ids and single letters aside."""
    a = [k for k in keys if len(k) > 1]
    b = [k for k in slug if not _noise(k)]
    if b and len(b[0]) >= MIN_ID_DIGITS and b[0].isdigit() and b[0] not in a:
        b = b[1:]  # the article's number opening the slug ("/item/51234-the-title-words")
    return len(b) >= MIN_SLUG_WORDS and a == b


def _tab(word: str, page: Page) -> bool:
    """A site's tab label ("Featured", "Video"; ``furniture_words.NAVIGATION``) glued after the
    title (round 23): no word of a title that the address spells in full without it."""
    return word[:1].isupper() and word.lower() in F.NAVIGATION.get(page.language, ())


def _glued_to_slug(text: str, page: Page) -> tuple[int, int] | None:
    """A section or site name glued to the title on its line, when the rest of the line is the
    address' slug word for word (round 8: three sites): one capitalised word that is no stop
    word before it ("World Storms cross the valley"), or one or two after it that are the
    site's name or an acronym ("… the valley Panorama", "… the valley XYZ"). A word after the
    title that is neither may be the end of a title the slug cut short; a word in brackets or
    glued by an apostrophe is the title's own. Returns the span of the title."""
    if not page.slug or ends_sentence(text):
        return None
    slug = [_key(w) for w in _WORD.findall(" ".join(page.slug))]
    found = list(_WORD.finditer(text))
    keys = [_key(m.group()) for m in found]
    if len(found) < 2:
        return None
    first, second = found[0], found[1]
    if (text[first.end():second.start()].isspace() and len(first.group()) >= 3
            and first.group()[:1].isupper() and _is_slug(keys[1:], slug)
            and first.group().lower() not in stop_words(page.language)):
        return second.start(), len(text)
    for k in range(2, MAX_KICKER_WORDS + 1):
        # a kicker of a few words printed twice, the title opening with it again ("Blast at the
        # Plant Blast at the Plant: two hurt"): the first printing is the kicker
        if (len(found) > 2 * k and keys[:k] == keys[k:2 * k] and first.group()[:1].isupper()
                and not text[found[k - 1].end():found[k].start()].strip()
                and _is_slug(keys[k:], slug)):
            return found[k].start(), len(text)
    for k in (1, 2):
        if len(found) <= k + 1:
            break
        extra, last = found[-k:], found[-k - 1]
        glue = text[last.end():extra[0].start()]
        if (glue.isspace() and not text[extra[-1].end():].strip()
                and _is_slug(keys[:-k], slug) and all(
                    _key(m.group()) in page.site_words or _tab(m.group(), page)
                    or (m.group().isupper() and len(m.group()) >= 2) for m in extra)):
            return 0, last.end()
    return None


#: A title the address spells glued after a kicker carries at least this share of the slug's
#: words (an address may add tags after the title's words: "…-vier-tote-bahn-unfaelle").
MIN_KICKER_TITLE_SHARE = 0.6
#: A story glued after the title opens a paragraph of at least this many words.
MIN_GLUED_STORY_WORDS = 8
#: What may close a title after its last word: a question or exclamation mark, a quotation mark.
_TITLE_CLOSERS = "?!»”\"’)"


def _content_keys(page: Page) -> list[str]:
    """The slug's words as :func:`_key` spells them, without ids (single letters kept: they are
    an elision's or a preposition's, "d-un", "a", which the title writes too)."""
    keys = [_key(w) for w in _WORD.findall(" ".join(page.slug))]
    return [k for k in keys if (len(k) == 1 or not _noise(k))
            and not (k.isdigit() and len(k) >= MIN_ID_DIGITS)]


def _spelt_run(keys: list[str], content: list[str]) -> tuple[int, int]:
    """How many words of ``keys`` spell the slug's first words run together (elisions and
    hyphens written apart or glued alike: "d’un" is "dun", "Garmisch-Partenkirchen" one slug
    word or two), and how many slug words they spell: (0, 0) when they do not."""
    bounds, joined = {}, ""
    for m, word in enumerate(content, 1):
        joined += word
        bounds[len(joined)] = m
    best, acc = (0, 0), ""
    for e, key in enumerate(keys, 1):
        acc += key
        if not joined.startswith(acc):
            break
        if len(acc) in bounds:
            best = (e, bounds[len(acc)])
    return best


#: The separator that ends a kicker glued before the title: a spaced dash. (Not a colon: a
#: title is written "Place: what happened" and its address may leave the place out.)
_KICKER_END = re.compile(r"\s[–—-]\s*$")


def kicker_title(text: str, page: Page) -> tuple[int, int, bool] | None:
    """The title the address spells at the head of the page's first line, after a kicker of one
    to four words closed by a spaced dash, or before the standfirst glued after it
    (spent22 and fdev4: "<Kicker> – <the slug's words> <the standfirst>", "<the slug's words>
    <the standfirst>"). The title spells the slug's first words run together (most of them: an
    address may add tags after them); what follows is the story only when the title spells the
    whole slug and the rest opens a paragraph (a capital, eight words or more, not in title
    case), so a title the slug cut short never loses its end ("<the slug's words> As Thousands
    Flee Their Homes": a title in title case goes on). A kicker glued with a bare space is left
    alone: fdev4's labels count it as the title's first words; nor is the site's name before a
    dash (a title bar, ``title-bar-headline``). Returns the title's span and whether a story
    follows it."""
    content = _content_keys(page)
    found = list(_WORD.finditer(text))
    if len(content) < MIN_SLUG_WORDS or len(found) < MIN_SLUG_WORDS + 1:
        return None
    for k in range(MAX_KICKER_WORDS + 1):
        kicker = text[:found[k].start()]
        if k and (not kicker[:1].isupper() or not _KICKER_END.search(kicker)
                  or ends_sentence(kicker.rstrip(" –—-:|")) or "," in kicker
                  or is_site_name(kicker.rstrip(" –—-"), page.site_words)  # a title bar
                  or _spelt_run([_key(m.group()) for m in found[:k]], content)[0]):
            continue
        used, spelt = _spelt_run([_key(m.group()) for m in found[k:]], content)
        if spelt < max(MIN_SLUG_WORDS, MIN_KICKER_TITLE_SHARE * len(content)):
            continue
        end = found[k + used - 1].end()
        while end < len(text) and text[end] in _TITLE_CLOSERS:
            end += 1
        rest = text[end:]
        if not rest.strip():
            return (found[k].start(), end, False) if k else None
        if (spelt == len(content) and rest[:1].isspace() and rest.lstrip()[:1].isupper()
                and len(_WORD.findall(rest)) >= MIN_GLUED_STORY_WORDS and not title_cased(rest)):
            return found[k].start(), end, True
        return None
    return None


def cut_glued(block: Block, source: str, index: LineIndex, page: Page,
              top: bool = True) -> list[tuple[Block, Verdict | None]]:
    """The block, or its pieces when a scraper lost the line break between furniture and the
    words it stood beside: a stamp after the title, a dateline before the first sentence, a
    section or site name around the title. Each piece keeps its place in the page (conservation),
    and only the furniture pieces get a verdict, so that the title or the sentence stays whole.

    The stamp is cut only from a block at the top of the page (``top``) whose words before it
    have no comma: a sentence may end on a date and time ("Die Behörden nannten als Datum: …",
    "…, Stand: …"; review 22)."""
    stamp = _GLUED_STAMP.search(block.text)
    if stamp is not None and stamp.start() > 0 and top and not _STAMP_BEFORE.search(
            block.text[:stamp.start()]) and not _CLAUSE_MARK.search(block.text[:stamp.start()]):
        verdict = Verdict("date-stamp", "glued-stamp", "a stamp's label, date and time glued "
                          "after the title", values={"date": block.text[stamp.start():]
                                                     .split(":", 1)[1].strip()})
        return [*cut_glued(piece(block, 0, stamp.start(), source, index), source, index, page),
                (piece(block, stamp.start(), len(block.text), source, index), verdict)]
    glued = _GLUED_DATE.search(block.text) if top else None
    if glued is not None:
        at = glued.start(1)  # (re2 numbers its groups only)
        verdict = Verdict("date-stamp", "glued-date", "a date glued to the title's last letter",
                          values={"date": block.text[at:].strip()})
        return [*cut_glued(piece(block, 0, at, source, index), source, index, page),
                (piece(block, at, len(block.text), source, index), verdict)]
    dateline = glued_dateline(block.text, page, source)
    if dateline is not None:
        end, verdict = dateline
        return [(piece(block, 0, end, source, index), verdict),
                (piece(block, end, len(block.text), source, index), None)]
    span = _glued_to_slug(block.text, page)
    verdict = Verdict("navigation", "glued-section", "a section or site name glued to the title")
    if span is None and top and (kicked := kicker_title(block.text, page)) is not None:
        start, end, story = kicked
        out = [(piece(block, 0, start, source, index),
                Verdict("navigation", "glued-kicker", "a kicker glued before the title the "
                        "address spells"))] if start else []
        out.append((piece(block, start, end, source, index), None))
        if story:
            out.append((piece(block, end, len(block.text), source, index), None))
        return [(b, v) for b, v in out if b.text]
    if span is None:
        return [(block, None)]
    start, end = span
    out = [(piece(block, 0, start, source, index), verdict)] if start else []
    out.append((piece(block, start, end, source, index), None))
    if end < len(block.text):
        out.append((piece(block, end, len(block.text), source, index), verdict))
    return [(b, v) for b, v in out if b.text]

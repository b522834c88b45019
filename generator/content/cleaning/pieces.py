"""Furniture that shares a line with the story: cut it off, keep both pieces.

Scrapers glue things to the first or last line of the text: a crawl or store date
(``" date 2023-11-04 The death toll…"``, ``"• Fri Dec 1 2023"``), a date stamp ending a title bar
(``"Saturday November 4, 2023, 08:18:21 PM | …"``), an outlet's credit (``"XALIMANEWS- Une double
explosion…"``, ``"(MENAFN- Gulf Times) The…"``, ``"(AFP) - …"``) or a credit after the last
sentence (``"… until Thursday evening. [Reuters/AP/Kathimerini]"``, ``"… he said. —PTI"``). Each
is cut off the block as a piece of its own, with its rule, so that the rest of the line is read
as what it is (headline or story) and nothing is lost.

A crawl date is never the publication date: it is when a robot saved the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, LineIndex, ends_sentence, piece
from generator.content.cleaning.glued import MAX_GLUED_LINE, cut_glued
from generator.content.cleaning.glued_caption import glued_caption, glued_credit
from generator.content.cleaning.notes import (
    CAPTION_TAIL_WORDS,
    HEAD,
    full_sentence_before,
    note_after,
    signature_tail,
)
from generator.content.cleaning.read_more import own_coverage_tail, read_more_tail
from generator.content.cleaning.rules.base import (
    Page,
    Verdict,
    compile_re2,
    group,
    group_text,
    words,
)
from generator.content.cleaning.rules.patterns import (
    AGENCY,
    DATE,
    DATE_LABEL,
    INLINE_FIELD,
    NAME,
    OUTLET_WORDS,
    TIME,
    WEEKDAY,
    alternation,
)
from generator.content.cleaning.wrapped import part_wrapped
from generator.text import furniture_words as F
from generator.text.languages import fold, written_in_other

_CRAWL_DATE = compile_re2(rf"(?i)^\s*date\s+\d{{4}}(?:-\d{{1,2}}){{0,2}}(?:\s+(?:{DATE}))*")
#: The crawl date alone, without the publication dates printed after it.
_CRAWL_DATE_ALONE = compile_re2(r"(?i)^\s*date\s+\d{4}(?:-\d{1,2}){0,2}")
#: A full stop and a sentence after the dates: the last date is a sentence of the story's
#: ("Tuesday, 23 February 1999. One of the saddest days …", an anniversary piece's opening;
#: spent28), not the page's publication date.
_SENTENCE_AFTER = compile_re2(r"^\.\s+\pL")
_BULLET_DATE = compile_re2(rf"(?i)^\s*[•·]\s*(?:{WEEKDAY},?\s+)?(?:{DATE})(?:,?\s*{TIME})?"
                           r"\s*[|•·–—-]?")
_PIPED_STAMP = compile_re2(rf"(?i)^\s*(?:{WEEKDAY},?\s+)?(?:{DATE})(?:,?\s*{TIME})?\s*\|")
#: A live ticker's entry time before its text ("21:15 Uhr > Text", "Update 21.40 Uhr: Text",
#: "Montag, 9.00 Uhr: Text", with its weekday; "Ore 15:01, Text", the Italian hour word before
#: it: fdev4 fresh pages).
_TICKER_TIME = compile_re2(rf"(?i)^\s*(?:(?:{WEEKDAY},?\s+)?(?:{DATE_LABEL}\s+)?{TIME}\s*uhr"
                           rf"\s*[>:›»]|ore\s+{TIME}\s*[,:–-])\s*")
#: A date and time glued to the lede's first word with no space ("4.11.2023, 18:43 UhrThe
#: …", "Nov 4, 2023 6:43 PMThe …"): a stamp the scraper ran into the text.
_GLUED_STAMP = compile_re2(rf"(?i)^\s*(?:{DATE})\s*,?\s*{TIME}(?:\s*uhr)?(?-i:\p{{Lu}}\p{{Ll}})")
_MENAFN = compile_re2(r"(?i)^\s*\(\s*MENAFN\s*[-–—]\s*(?P<via>[^)]{1,60})\)")
_AGENCY_PREFIX = compile_re2(rf"(?i)^\s*\(\s*(?P<via>{AGENCY})\s*\)\s*[-–—:]?")
#: A Korean dateline and byline in brackets before the lede: "[Place=Outlet]", "[Outlet Name
#: 기자]" ("reporter"), the first maybe followed by "Name 기자" and "="
#: ("[서울=통신] 홍길동 기자 = …"); round brackets on a Korean page ("(부산=통신) 홍길동 기자 |
#: <stamp>", pool38 news1-tv).
_BRACKET_BYLINE = compile_re2(r"^\s*(?:\[(?P<via>[^\[\]=]{1,20}=[^\[\]=]{1,30}|[^\[\]]{1,40}"
                              r"(?:기자|특파원))\]|\((?P<round>[^()=]{1,20}=[^()=]{1,30}|[^()]{1,40}"
                              r"(?:기자|특파원))\))\s*(?:\p{Hangul}{2,4}\s?(?:기자|특파원)(?:\s*=)?\s+)?")
#: A Markdown image opening a paragraph of prose ("![](…) The toll rose …"): the picture is
#: the page's markup, the prose after it story.
_IMAGE_PREFIX = compile_re2(r"^\s*!\[[^\]]{0,200}\]\([^)]{0,500}\)\s*")
#: A Japanese picture caption and its credit glued before the lede: "<caption>。<X>提供=<agency>
#: <lede>" or "<caption>。AFP=時事 <lede>" (credits are written "source=distributor").
_JA_CAPTION_CREDIT = compile_re2(r"^\s*[^。\s]{4,80}。\s*[^\s。、=＝]{1,20}[=＝][^\s。、=＝]{1,12}"
                                 r"[ \x{3000}]+")
_AGENCY_NAME = compile_re2(rf"(?i)^(?:{AGENCY})$")
_OUTLET_PREFIX = compile_re2(r"^\s*(?P<via>\p{Lu}[\p{Lu}\pN.&]{2,30})\s*[-–—]+")
_BRACKET_SUFFIX = compile_re2(r"\s\[(?P<via>[^\[\]]{1,40}(?:/[^\[\]]{1,40})+)\]\s*$")
_DASH_AGENCY_SUFFIX = compile_re2(rf"(?i)\s[—–-]\s*(?P<via>{AGENCY})\s*$")
_SEPARATOR_SUFFIX = compile_re2(r"\s[|•·]+\s*$")
#: A wire's signature after the last sentence: agency, slash, initials ("… Ufer. agency/abc").
_WIRE_SIGNATURE_SUFFIX = compile_re2(rf"(?i)\s(?P<via>{AGENCY})\s?/\s?(?-i:\p{{Ll}}{{2,4}})\s*$")
#: After the last sentence, an outlet and a bar, then capitalised names ("… reprise. TV1 |
#: Reportage J. Roe, A. Doe."): a report's credit.
_BAR_CREDIT_SUFFIX = compile_re2(r"\s(?P<via>\p{Lu}[\pL\pN&.'’-]{1,30}"
                                 r"(?:\s\p{Lu}[\pL\pN&.'’-]{1,30}){0,2})\s*\|\s*[^|!?]{1,100}$")
#: A picture's credit glued after the last sentence: "… sind. Foto: Jane Roe // Radio X" (a
#: label of a picture, a colon, a capitalised name, no sentence end).
#: The writer's name glued after the standfirst's last sentence ("… eine erste Bilanz gezogen.
#: Von Jo Roe", "… in the north. By Jo Roe"): the byline word capitalised, then a name of two
#: to four capitalised words and nothing after it (fdev4 fresh pages).
_BYLINE_SUFFIX = compile_re2(
    r"[.!?…][\"'”’»)]*\s+(?P<by>(?i:" + alternation(F.all_phrases(F.BY)) + r"))\s*:?\s+"
    rf"{NAME}\s*$")


#: A web address after the paragraph's last sentence ("… wat te doen? https://…"); after a
#: colon it is the address a label gives ("Donations: https://…"), read whole elsewhere.
_ADDRESS_TAIL = re.compile(r"[.!?…][\"'”’»)]*\s+(https?://\S+)\s*$")


def _address_tail(text: str) -> tuple[int, Verdict] | None:
    """A web address closing a paragraph after its last sentence is a link to elsewhere, cut off
    as a piece of its own (fdev4 fresh pages): the story's words stay, and a text that ends on
    an address is not read as cut mid-sentence."""
    m = _ADDRESS_TAIL.search(text[-400:]) if "http" in text[-400:] else None
    if m is None:
        return None
    at = len(text) - len(text[-400:]) + m.start(1)
    return at, Verdict("link-list", "address-tail",
                       "a web address after the paragraph's last sentence")


def _byline_tail(text: str) -> tuple[int, Verdict] | None:
    """A byline after the paragraph's last full sentence, cut off as a piece of its own."""
    at = max(0, len(text) - HEAD)
    m = _BYLINE_SUFFIX.search(text, at) if text.rstrip()[-1:].isalpha() else None
    if m is None or not text[m.start(1)].isupper():  # (group 1: the byline word)
        return None
    return m.start(1), Verdict("byline", "byline-tail",
                                  "the writer's name after the paragraph's last sentence")


_PICTURE_SUFFIX = compile_re2(r"(?i)\s(?:" + alternation(
    [p for ps in F.PICTURE_LABEL.values() for p in ps]) + r")\s*[:：]\s*(?-i:\p{Lu})[^.!?:]{1,80}$")
#: A picture's credit after a copyright sign: a source and its photographer set apart by a bar
#: or a slash ("© epd | Jane Roe", "© picture alliance/dpa"), up to three fields after the first
#: ("© Uncredited/Agency/AP", "© picture alliance/dpa/Jane Roe": spfur14), no year. A story's
#: own copyright line names its year or its owner alone ("© 2024 The Outlet", "© dpa-infocom").
_PICTURE_COPYRIGHT = compile_re2(r"^\s*[©ⓒ]\s*[^\d|/]{2,40}(?:\s?[|/]\s?\pL[^\d|/]{1,40}){1,3}$"
                                 # "© Outlet - Jo Roe": the photographer after a dash (fdev4)
                                 r"|^\s*[©ⓒ]\s*\pL[^\d|/]{1,40}?\s[-–—]\s\p{Lu}[^\d|/–—]{1,40}$")
MIN_CAPITALISED_SHARE = 0.6
_FIELD = compile_re2(INLINE_FIELD)
_DASHES = frozenset("-–—")
_GLUED = frozenset("-–—|•·")
#: A run of inline metadata fields is cut out only when it has this many fields.
MIN_FIELDS = 3
_FIELD_KINDS = {
    "ago": ("date-stamp", "inline-time", "how long ago the page was published"),
    "source": ("credit", "inline-source", "source credit"),
    "counter": ("counter", "inline-counter", "length or reading time"),
    "published": ("date-stamp", "inline-date", "publication date label"),
    "share": ("share-links", "inline-share", "share or embed button"),
}



def _outlet_like(token: str, page: Page) -> bool:
    """The capitals before the dash name the outlet: a word of the host's name (not of a
    folder: "/miami/" is a local edition, and "MIAMI — …" its story's dateline, fdev2)."""
    low = token.lower().strip(".")
    if any(word in token for word in OUTLET_WORDS):
        return True
    return any(len(w) >= 5 and (low.startswith(w[:5]) or w.startswith(low[:5]))
               for w in page.host_words)


#: A dialog's close button, its sign and its word, glued before the headline by the scraper
#: ("✕ Close Barge sinks off Selm …", trial 22): the sign alone may be a times sign in a line
#: of story.
_CLOSE_BUTTON = re.compile(r"[✕×✖]\s*(?:Close|Fermer|Schließen|Cerrar|Chiudi|Fechar|Sluiten)"
                           r"\s+(?=\S)")


def _prefix(text: str, page: Page, top: bool = True) -> tuple[int, Verdict] | None:
    """Where a furniture prefix of ``text`` ends, and what it is. Each pattern is only run on a
    block that starts the way its furniture starts (most blocks start like none). A dialog's
    close button is looked for only in the ``top`` blocks, where the scraper glues it (review
    20b: "× Close to 300 people …" further down is a line of story)."""
    head = text[:120].lstrip()
    first = head[:1]
    if not first or (first.islower() and head[:4].lower() != "date"):
        return None
    m = _CLOSE_BUTTON.match(head) if top and first in "✕×✖" else None
    if m:
        return text.find(m.group(0)) + m.end(), Verdict(
            "navigation", "close-button", "a dialog's close button before the text")
    folded = fold(text[:HEAD])  # every prefix is shorter: no need to read the whole block
    m = _CRAWL_DATE.search(folded) if head[:4].lower() == "date" else None
    if m and _SENTENCE_AFTER.search(folded[m.end():]):
        m = _CRAWL_DATE_ALONE.search(folded)  # (the dates are the story's first sentence)
    if m:
        return m.end(), Verdict("date-stamp", "crawl-date", "date the page was saved (not the "
                                "publication date)")
    if first in "•·":
        m = _BULLET_DATE.search(folded)
    elif "|" in head:
        m = _PIPED_STAMP.search(folded)
    else:
        m = _TICKER_TIME.search(folded)
    if m:
        return m.end(), Verdict("date-stamp", "date-prefix", "date stamp before the text")
    m = _GLUED_STAMP.search(folded) if first.isdigit() or first.isupper() else None
    if m:  # (the stamp ends where the lede's capital starts, two letters before the match's end)
        return m.end() - 2, Verdict("date-stamp", "glued-stamp", "a date stamp glued to the text")
    if page.language == "ja":
        m = _JA_CAPTION_CREDIT.search(text[:HEAD])
        if m and text[m.end():].strip():  # (the picture's credit: no credit of the text)
            return m.end(), Verdict("caption", "caption-credit-prefix", "a picture's caption and "
                                    "its credit before the text")
    if first == "!":
        m = _IMAGE_PREFIX.search(text[:HEAD + 300])
        rest = text[m.end():] if m else ""
        # prose after it (a sentence ends in it); a caption alone is the image-caption rule's
        if m and any(f"{mark} " in rest or rest.rstrip().endswith(mark) for mark in ".!?…。"):
            return m.end(), Verdict("template", "image-prefix", "a picture's markup before it")
    if first == "[" or (first == "(" and page.language == "ko"):
        m = _BRACKET_BYLINE.search(text[:HEAD])  # (not folded: that splits Hangul syllables)
        if m and text[m.end():].strip():
            inside = group_text(m, "via", text) or group_text(m, "round", text) or ""
            # "[Place=Agency]" credits the news agency after "="; "[Place=Outlet]" and
            # "[Name 기자]" are the outlet's own
            after = inside.split("=", 1)[1].strip() if "=" in inside else ""
            values = {"via": after} if after and _AGENCY_NAME.search(after) else {}
            return m.end(), Verdict("byline", "bracket-byline", "dateline and byline in brackets",
                                    values=values)
    if first == "(":
        m = _MENAFN.search(folded)
        if m:
            return m.end(), Verdict("credit", "menafn-credit", "syndication credit",
                                    values={"via": (group_text(m, "via", text) or "").strip()})
        m = _AGENCY_PREFIX.search(folded)
        if m:
            return m.end(), Verdict("credit", "agency-prefix", "news agency credit",
                                    values={"via": (group_text(m, "via", text) or "").strip()})
    found = glued_caption(text) if first.isupper() else None
    if found is not None:
        return found
    if not (first.isupper() and not _DASHES.isdisjoint(head[:45])):
        return None
    m = _OUTLET_PREFIX.search(folded)
    if m and _outlet_like(group(m, "via") or "", page):
        rest = text[m.end():].lstrip()
        if rest[:1].isupper():
            return m.end(), Verdict("credit", "outlet-prefix", "the outlet's name before the text",
                                    values={"via": group(m, "via") or ""})
    return None


#: How much a page may glue after the copyright sign that ends a story (the credit, then its
#: keywords and a list of other headlines run together, as a scraper flattened them).
MAX_COPYRIGHT_TAIL = 600


def _copyright_tail(text: str) -> tuple[int, Verdict] | None:
    """A copyright sign after the story's last full sentence ("… said. ⓒ Agency …"): the sign
    and everything the page glued after it are the page's, not the story's."""
    at = max(text.rfind(" ©"), text.rfind(" ⓒ"))
    if at <= 0 or len(text) - at > MAX_COPYRIGHT_TAIL or not ends_sentence(text[:at]):
        return None
    if text[at:].count("©") + text[at:].count("ⓒ") != 1:
        return None
    if _PICTURE_COPYRIGHT.search(text[at:]) and words(text[:at]) <= CAPTION_TAIL_WORDS:
        return 0, Verdict("caption", "credited-caption", "a picture's caption ending with its "
                          "credit (a copyright sign, then a source and its photographer)")
    return at, Verdict("credit", "copyright-tail", "a copyright sign after the last sentence, "
                       "and what the page glued after it")


def _suffix(text: str) -> tuple[int, Verdict] | None:
    """Where a credit after the last sentence of ``text`` starts, and what it is (only looked for
    when the text ends the way such a credit ends)."""
    found = _copyright_tail(text) or read_more_tail(text) or glued_credit(text) \
        or own_coverage_tail(text) or _byline_tail(text) or _address_tail(text) \
        or signature_tail(text)
    if found is not None:
        return found
    tail = text[-60:].rstrip()
    at = max(0, len(text) - HEAD)  # every suffix is shorter than HEAD
    m = _PICTURE_SUFFIX.search(text, at) if ":" in text[-100:] else None
    if m and words(text) > CAPTION_TAIL_WORDS and full_sentence_before(text[:m.start()]):
        # (a shorter paragraph is a caption with its credit: removed whole by the rule table)
        return m.start(), Verdict("caption", "picture-credit-suffix",
                                  "a picture's credit glued after the paragraph's last sentence")
    bracket, dash = tail.endswith("]"), not _DASHES.isdisjoint(tail[-40:])
    bar = "|" in text[-120:-1]
    if ")" in tail[-25:]:
        found = note_after(text)
        if found is not None:
            return found
    m = _WIRE_SIGNATURE_SUFFIX.search(text, at) if "/" in tail[-12:] else None
    if m and ends_sentence(text[:m.start()]):
        return m.start(), Verdict("credit", "wire-signature", "an agency's signature after "
                                  "the last sentence", values={"via": group(m, "via") or ""})
    if not (bracket or dash or bar or tail[-1:] in "|•·"):
        return None
    folded = fold(text[at:])
    for rx, name, why, gate in (
            (_BRACKET_SUFFIX, "bracketed-credit", "sources credited in brackets", bracket),
            (_DASH_AGENCY_SUFFIX, "agency-credit", "news agency credit", dash)):
        m = rx.search(folded) if gate else None
        if m and ends_sentence(text[:at + m.start()]):
            return at + m.start(), Verdict(
                "credit", name, why, values={"via": (group_text(m, "via", text[at:]) or "")
                                             .strip()})
    m = _BAR_CREDIT_SUFFIX.search(folded) if bar else None
    if m and full_sentence_before(text[:at + m.start()]) and _capitalised(
            text[at + m.start():].split("|", 1)[-1]):
        return at + m.start(), Verdict("credit", "bar-credit", "a report's credit after the "
                                       "last sentence (outlet, bar, names)",
                                       values={"via": group_text(m, "via", text[at:]) or ""})
    m = _SEPARATOR_SUFFIX.search(folded)
    if m and words(text[:at + m.start()]) > 12:  # a short line ending with "|" is a title bar
        return at + m.start(), Verdict("separator", "separator", "a separator after the text")
    return None


def _capitalised(text: str) -> bool:
    tokens = [t for t in text.replace("|", " ").split() if any(c.isalpha() for c in t)]
    return bool(tokens) and sum(t[:1].isupper() for t in tokens) >= (
        MIN_CAPITALISED_SHARE * len(tokens))


def _field_run(text: str) -> list[tuple[int, int, Verdict]] | None:
    """A run of inline metadata fields in ``text`` ("… vor 7 Stunden < > Embed Quelle: DPA -
    Länge: 00:53s - Veröffentlicht: …"): the span and verdict of each field, or None."""
    folded = fold(text)
    run: list[tuple[int, int, Verdict]] = []
    best: list[tuple[int, int, Verdict]] = []
    for m in _FIELD.finditer(folded):
        if run and folded[run[-1][1]:m.start()].strip(" |•·–—-"):
            best = run if len(run) > len(best) else best
            run = []
        name = next(k for k in _FIELD_KINDS if group_text(m, k, text) is not None)
        kind, rule, why = _FIELD_KINDS[name]
        values = {"via": group_text(m, "source", text).split(":", 1)[-1].split("：")[-1]
                  .strip()} if name == "source" else {}
        start = m.start()
        while start < m.end() and start and folded[start] in _GLUED and \
                not folded[start - 1].isspace():
            start += 1  # a dash glued to the word before is that word's ("Al-"), not a separator
        run.append((start, m.end(), Verdict(kind, rule, why, values=values)))
    best = run if len(run) > len(best) else best
    return best if len(best) >= MIN_FIELDS else None


def cut(blocks: Sequence[Block], source: str, index: LineIndex,
        page: Page) -> list[tuple[Block, Verdict | None]]:
    """Every block, with furniture at its start or end cut off as pieces of their own.

    A prefix is looked for again on what is left ("date 2023-11-04 Outlet | …"); what remains
    of a block is returned with no verdict, for the other passes to judge.
    """
    out: list[tuple[Block, Verdict | None]] = []
    for number, block in enumerate(part_wrapped(blocks, source, index, page)):
        fields = _field_run(block.text) if number < 3 else None
        if fields:
            at = 0
            for start, end, verdict in fields:
                if block.text[at:start].strip():
                    out.append((piece(block, at, start, source, index), None))
                out.append((piece(block, start, end, source, index), verdict))
                at = end
            if not block.text[at:].strip():
                continue
            block = piece(block, at, len(block.text), source, index)
        rest = block
        for _ in range(3):
            found = _prefix(rest.text, page, top=number < 3)
            if found is None or found[0] <= 0:
                break
            end, verdict = found
            head = piece(rest, 0, end, source, index)
            if head.text:
                out.append((head, verdict))
            rest = piece(rest, end, len(rest.text), source, index)
            if not rest.text:
                break
        if not rest.text:
            continue
        tail = None
        found = _suffix(rest.text)
        if found is not None:
            start, verdict = found
            if verdict.kind == "caption" and written_in_other(rest.text[:start], page.language):
                start = 0  # a caption kept in the agency's language: the whole block is it
            tail = (piece(rest, start, len(rest.text), source, index), verdict)
            if not start:
                out.append(tail)
                continue
            rest = piece(rest, 0, start, source, index)
        out.extend(cut_glued(rest, source, index, page, top=number < 3) if number < MAX_GLUED_LINE
                   else [(rest, None)])
        if tail is not None and tail[0].text:
            out.append(tail)
    return out

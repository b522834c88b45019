"""A note in brackets glued after a paragraph's last sentence: the page's stamp or credit, or a
picture's caption ending with its credit (:func:`note_after`); and a desk's signature glued
there (:func:`signature_tail`). Both are cut off by :mod:`generator.content.cleaning.pieces`.
"""

from __future__ import annotations

import re

from generator.content.blocks import ends_sentence
from generator.content.cleaning.rules.base import Verdict, compile_re2, group, words
from generator.content.cleaning.rules.patterns import (
    AGENCY,
    DATE,
    OUTLET_WORDS,
    PICTURE_AGENCY,
    WITH_AGENCY_WORD,
    alternation,
)
from generator.content.cleaning.rules.table import RULES
from generator.text import furniture_words as F
from generator.text.languages import fold

#: Prefixes and suffixes are looked for in this many characters at a block's ends.
HEAD = 400
#: Up to this length the rule table removes a block ending with a picture's credit whole.
CAPTION_TAIL_WORDS = next(r.max_words for r in RULES if r.name == "picture-credit-tail")
_PICTURE_CREDIT = compile_re2(next(r.pattern for r in RULES if r.name == "picture-credit"))
#: A caption ending with its picture's credit is a caption as a whole up to this length (the
#: rule table's "picture-credit"); only a longer paragraph is story with a credit glued on.
MAX_CREDITED_CAPTION = 100
MIN_WORDS_BEFORE_CREDIT = 12
#: A note is a few words; a picture's credit with its slashes may name a library, two
#: photographers and an agency ("(picture alliance / Agency / Jo Doe / Agency)", round 27).
MAX_NOTE_WORDS = 8
MAX_PICTURE_NOTE_WORDS = 14
#: An agency credited in a note, maybe for its material: "(dpa)", "(with AFP)", "(mit dpa)".
_AGENCY_NOTE = compile_re2(rf"(?i)^(?:{WITH_AGENCY_WORD}\s+)?(?P<via>{AGENCY})$")
#: A note in brackets that ends the paragraph, with at most a clock or a date after it
#: ("… the fire. (Tuesday 4 November 2023)", "… (Ed/ Desk) 10:15 04-11-23").
_NOTE_SUFFIX = compile_re2(r"\s?\((?P<note>[^()]{2,80})\)[\s\d:./-]{0,20}$")
_NOTE_DATE = compile_re2(rf"(?i)(?:{DATE})")
#: A credit's slash between two words ("Ed/ Desk", "AP/Name") or a web address.
_NOTE_CREDIT = compile_re2(r"(?i)\pL\s?/\s?\pL|www\.|://|\pL{3,}\.(?:com|org|net|info)\b")
#: A sign-off in brackets: the writer's initials in capitals or the source's one capitalised name
#: ("(KME)", "(Novum)"; spent25 and fur7, two sites), which the agency table need not know, in
#: capitals too ("(NEWSWIRE)": spfur6, an agency's own name after its last sentence).
_SIGN_OFF_NOTE = compile_re2(r"^(?:\p{Lu}{2,12}|\p{Lu}\p{Ll}{2,11})$")
#: A desk's signature in brackets: the writer's initials, a slash, the agency's, in lower case
#: ("(abc/sda)"); no note of a story's is written so, and it may close a paragraph of one short
#: sentence (spfur6: a last paragraph of twelve words kept it in the story).
_DESK_NOTE = compile_re2(r"^\p{Ll}{2,4}\s?/\s?\p{Ll}{2,4}$")
MIN_WORDS_BEFORE_DESK = 6
#: A dash between the last sentence and the sign-off ("… the harbour. - (NEWSWIRE)"): the
#: sign-off's, cut off with it (spfur6).
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
#: A photographer's or a paper's picture handed on by an agency ("(Jo Roe/The Valley Courier via
#: AP)"): AP's way of crediting a member's photo, on a caption (trial 35: the bracket was cut
#: off as a sign-off and the caption kept as story).
_VIA_PICTURE_AGENCY = compile_re2(rf"(?i)\bvia\s+(?:{PICTURE_AGENCY})$")
#: The fewest words of a caption before its photographer's credit.
MIN_CAPTION_WORDS = 3
#: A photographer's name across a slash before the agency ("(Jo Venti/Associated Press)"): a
#: picture's credit, as a story's wire credit names no person there (s40, read after its score:
#: an AP caption of two sentences kept as story, its credit alone removed; corpus dev's
#: "(Name/Getty Images)" was read as a picture's by its library's name).
_PHOTOGRAPHER_NOTE = compile_re2(r"^\p{Lu}[\pL.'’-]+(?:\s+\p{Lu}[\pL.'’-]+){1,3}\s*/\s*(?i:"
                                 + PICTURE_AGENCY + r")$")
_NOTE_PICTURE = compile_re2(r"(?i)\b" + alternation(
    [p for ps in F.PICTURE_LABEL.values() for p in ps]) + r"\b")

def note_after(text: str) -> tuple[int, Verdict] | None:
    """A note in brackets glued after the paragraph's last sentence that is the page's stamp or
    credit: no sentence of its own, but a date, a slashed credit or a web address. A note that
    follows no full stop ("… at 3 a.m. (0100 GMT)", "donate online (www.…)") is the story's,
    unless it names a picture ("(Photo www.…)"): a caption's credit."""
    at = max(0, len(text) - HEAD)
    m = _NOTE_SUFFIX.search(text[at:])
    if m is None:
        return None
    note = m.group("note").strip()
    if not note or note[-1] in ".!?…":
        return None
    # (a photographer's credit closing words of its own: alone on its line it is left to the
    # rule table's credits, "(Site/afp)" to the site's sign-off)
    picture = bool(_NOTE_PICTURE.search(fold(note)) or _VIA_PICTURE_AGENCY.search(note)
                   or (_PHOTOGRAPHER_NOTE.search(note.strip()) is not None
                       and note.rsplit("/", 1)[-1].strip()[:1].isupper()
                       and words(text[:at + m.start()]) >= MIN_CAPTION_WORDS))
    if words(note) > MAX_NOTE_WORDS and not (
            picture and words(note) <= MAX_PICTURE_NOTE_WORDS and _NOTE_CREDIT.search(note)
            and _PICTURE_CREDIT.search(fold(text)) is None):
        return None  # (a long credit the rule table's "picture-credit" reads is left to it)
    if picture and _NOTE_CREDIT.search(note) and words(text[:at + m.start()]) <= \
            CAPTION_TAIL_WORDS:  # "(picture alliance / Jane Roe / Agency)", a credit's slashes
        return 0, Verdict("caption", "credited-caption",
                          "a picture's caption ending with its credit in brackets")
    if picture and words(text) <= MAX_CREDITED_CAPTION:
        return None  # a caption with its credit: removed whole by the rule table
    dated = bool(_NOTE_DATE.search(fold(note)))
    credit = bool(_NOTE_CREDIT.search(note))  # a date in figures has slashes, but no letters
    agency = _AGENCY_NOTE.search(note.strip())  # "… the whole street. (dpa)", "(mit dpa)"
    signed = _SIGN_OFF_NOTE.search(note) is not None
    if not (dated or credit or agency or signed):
        return None
    start = at + m.start()
    near = max(0, start - 8)  # (the dash and its spaces, right before the bracket)
    dash = _DASH_BEFORE.search(text[near:start])
    if dash is not None and not picture and (signed or agency or credit):
        start = near + dash.start()  # "… the harbour. - (NEWSWIRE)": the dash is the sign-off's
    before = text[:start]
    desk = _DESK_NOTE.search(note) is not None and ends_sentence(before) and words(
        before) >= MIN_WORDS_BEFORE_DESK
    if not (picture or desk or full_sentence_before(before)):
        return None
    if agency:
        return start, Verdict("credit", "bracketed-note",
                                       "a news agency credited in brackets after the last "
                                       "sentence", values={"via": group(agency, "via") or ""})
    if picture:
        return start, Verdict("caption", "bracketed-note",
                                       "a picture's credit in brackets after the story")
    if signed and not (dated or credit):
        return start, Verdict("credit", "bracketed-note",
                                       "a sign-off in brackets after the last sentence (the "
                                       "writer's initials or the source's name)")
    # the date the page prints stays its date, as every other removed date-stamp's does, a
    # credit's too, in the note or after it ("(Desk/ City, 4 November 2023)", "(Desk/ City)
    # 10:15 04.11.2023"): the off-event test dates a page by it, and without it a page is dated
    # by the latest date it writes, which may be one it recalls
    when = " ".join(p for p in (note, text[at + m.end(1) + 1:].strip()) if p)
    values = {"date": when} if _NOTE_DATE.search(fold(when)) else {}
    if dated and not credit:
        return start, Verdict("date-stamp", "bracketed-note",
                                       "a date in brackets after the paragraph's last sentence",
                                       values=values)
    return start, Verdict("credit", "bracketed-note",
                                   "a credit in brackets after the paragraph's last sentence",
                                   values=values)


def full_sentence_before(text: str) -> bool:
    """A paragraph of a few sentences ends before the credit (not a label's colon: "Tagged:
    Transport | Weather" is a tag line)."""
    return words(text) > MIN_WORDS_BEFORE_CREDIT and text.rstrip().rstrip("\"'”’»)]")[-1:] in (
        ".!?…")


#: A signature after the paragraph's last sentence: a desk's or wire's name in capitals after a
#: slash ("… a communiqué. /WIRE"), or an e-mail address with the sender's name in brackets
#: ("… rebuild. —desk@wire.example (Web Desk)", a feed's author field), which no sentence of a
#: story is (spent27: two sites, each page flagged as cut on the signature). Or a news agency's
#: name alone, from the table of agencies, written all in lower case or all in capitals ("…
#: the families. dpa"), or one word joined from a name and a word of the trade with its full
#: stop ("… it reports. ValleyPress."): spent s34 and pool36, two sites (the joined form was
#: held on spfur6-held until the second); a capitalised word there ("… said. Ana") is the first
#: word of a sentence the scraper cut, and stays. The words of the trade are the lexicon's
#: (:data:`generator.text.lexicon.OUTLET_WORDS`, capitalised as a joined name writes them).
_TRADE_WORD = "|".join(sorted((w.capitalize() for w in OUTLET_WORDS), key=len, reverse=True))
_SIGNATURE_TAIL = re.compile(r"[.!?…][\"'”’»)]*\s+(?P<sig>[—–-]?\s*(?:/\s?(?P<caps>[^\W\d_]{2,16})"
                             r"|[\w.+/-]+@[\w-]+(?:\.[\w-]+)+"
                             rf"|(?i:(?P<wire>{AGENCY}))"
                             rf"|[A-Z][a-z]{{2,}}(?:{_TRADE_WORD})\.?)"
                             r"(?:\s*\([^()]{1,40}\))?)\s*$")


def signature_tail(text: str) -> tuple[int, Verdict] | None:
    """Where a signature glued after the paragraph's last sentence starts (see
    :data:`_SIGNATURE_TAIL`)."""
    m = _SIGNATURE_TAIL.search(text[-200:])
    if m is None or (m.group("caps") is not None and not m.group("caps").isupper()):
        return None
    wire = m.group("wire")
    if wire is not None and not (wire.islower() or wire.isupper()):
        return None
    return len(text) - len(text[-200:]) + m.start("sig"), Verdict(
        "credit", "signature-tail", "a desk's signature after the last sentence (a name in "
        "capitals after a slash, an e-mail address, or an agency's name)",
        values={"via": wire} if wire else {})

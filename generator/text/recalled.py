"""The words a page writes only to recall an earlier event, not to report its own.

Reports of a disaster name an earlier one to measure it: "the deadliest since the floods of
1931", "years after the tower fire of 2009". Those names say nothing about
which event the page reports; counted with the rest, a briefing whose pages all recall the same
earlier disaster seems to be about it. Such a sentence is told by its years: every year it
writes is :data:`RECALL_GAP` years or more before the latest year the page writes or is dated.
The headline is never a recollection.
"""

from __future__ import annotations

import re

import regex

from generator.text.sentences import Paragraphed, sentences

#: A year ("2004", "1957"), not part of a longer number.
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")
#: A sentence whose years are all this many years or more before the page's latest is one that
#: recalls another event (a permit that ran out the year before is still the page's own story).
RECALL_GAP = 2


def _years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


#: A year written as a target, a plan's or a forecast's ("by 2027", "hasta 2030", "entro il
#: 2026", "até 2028", "d'ici 2030", "bis 2027", "do 2030 roku", "tegen 2030").
_TARGET_BEFORE = re.compile(
    r"\b(?:by|until|till|through|hasta|para|entro|fino\s+al|até|bis|jusqu['’]en|d['’]ici|"
    r"do|tegen|tot)\s+(?:(?:the\s+)?end\s+of\s+|(?:el|il|o|l['’]|finales\s+de|fine)\s*)?$",
    re.I)


def dates_page(text: str, start: int, year: int, dated: int | None) -> bool:
    """Whether the ``year`` written at ``start`` of ``text`` can tell how late a page is: not a
    year after the page's date ``dated``, nor one set as a target ("a levee finished by 2027"),
    which would put the event's own year in the past."""
    return not (dated and year > dated) and not _TARGET_BEFORE.search(
        text, max(0, start - 30), start)


#: The words that make a year the span up to now ("so far in 2018", "since the start of 2018",
#: "en lo que va de 2018", "dall'inizio del 2018", "2018 so far"): a report counting the year
#: its event belongs to, not looking back on it.
_TO_DATE_BEFORE = re.compile(
    r"(?i)(?:\b(?:so|thus)\s+far\s+(?:in|this\s+year,?)|\bsince\s+the\s+(?:start|beginning)\s+of"
    r"|\bto\s+date\s+in|\bbisher\s+(?:im\s+Jahr|in)|\bseit\s+(?:Beginn|Anfang)(?:\s+des\s+Jahres)?"
    r"|\bdepuis\s+le\s+d[ée]but\s+(?:de\s+l'ann[ée]e\s+)?de|\bjusqu'ici\s+en"
    r"|\ben\s+lo\s+que\s+(?:va|llevamos)\s+de(?:l)?|\bdesde\s+(?:el\s+)?(?:inicio|principio|comienzo)"
    r"s?\s+de(?:l)?|\bhasta\s+ahora\s+en|\bdall'inizio\s+del|\bfinora\s+nel|\bda\s+inizio"
    r"|\bdesde\s+o\s+(?:início|inicio|começo|comeco)\s+de|\baté\s+agora\s+em"
    r"|\bsinds\s+(?:het\s+)?begin(?:\s+van)?|\btot\s+nu\s+toe\s+in)\s+(?:the\s+year\s+)?$")
_TO_DATE_AFTER = re.compile(r"(?i)^\s+(?:so\s+far|to\s+date|bisher|finora|hasta\s+ahora)\b")


#: A year written as the frame a thing is ranked in ("the deadliest collapse of 2018", "the
#: worst in 2018", "il crollo più grave del 2018", "el peor accidente de 2018", "le plus
#: meurtrier de 2018"): a report of the year's own events ranks them so.
_RANKED_IN_BEFORE = re.compile(
    r"(?:\b(?:\w+iest|\w*[b-df-hj-np-tv-z]est|most\s+(?!of\b)\w+|worst|best)\b(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:of|in)"
    r"|\b(?:più|plus|más|mais|peggiore|pire|peor|pior)\b[^\d,;:.!?]{0,40}?\s+"
    r"(?:del|dell['’]anno|de\s+l['’]ann[ée]e|de|di|do))\s+$", re.I)


def year_of_now(text: str, at: int) -> bool:
    """Whether the year at ``at`` is written as the span up to now ("so far in 2018"), as a
    target ("by the end of 2018", "entro il 2018") or as the frame of a ranking ("the deadliest
    of 2018"): the time of the page's own days, not one it looks back on."""
    return bool(_TO_DATE_BEFORE.search(text, max(0, at - 40), at)
                or _TO_DATE_AFTER.match(text[at + 4:at + 24])
                or _TARGET_BEFORE.search(text, max(0, at - 30), at)
                or _RANKED_IN_BEFORE.search(text, max(0, at - 70), at))


def present_text(article: Paragraphed, headline: str, dated: int | None = None) -> str:
    """The headline and every sentence of the story that does not only recall an earlier year.
    ``dated`` is the year the page appeared, when known."""
    parts = sentences(article)
    latest = max([*(int(m.group(1)) for t in (headline, *(s.text for s in parts))
                    for m in _YEAR.finditer(t) if dates_page(t, m.start(), int(m.group(1)), dated)),
                  *([dated] if dated else [])], default=None)
    if latest is None:
        return headline + "\n" + "\n".join(s.text for s in parts)
    return headline + "\n" + "\n".join(
        s.text for s in parts if not recalls(_years(s.text), latest))


def recalls(years: list[int], latest: int | None) -> bool:
    """Whether a sentence writing ``years`` only recalls an earlier event, on a page whose
    latest year is ``latest``: it writes years, and all are RECALL_GAP or more before."""
    return bool(years) and latest is not None and max(years) <= latest - RECALL_GAP


_WORD = re.compile(r"\b[^\W\d_]\w*(?:['’-]\w+)*")
#: A lower-case elided article or preposition glued to a capitalised word ("d'Émilie",
#: "l’Italie", "dell'Emilia", "all'Aquila"): the word after it is the name.
_ELIDED_BEFORE_NAME = regex.compile(r"^\p{Ll}{1,5}['’](?=\p{Lu})")


def written_words(text: str) -> list[str]:
    """The words of ``text`` as written, a name freed of the elided article glued to it: French
    and Italian write "la région d'Émilie-Romagne", "rue d’Aubagne", "dell'Emilia" as one word
    whose first letter is lower case, which hid the name inside from every reader of names."""
    # (only a word with an apostrophe can open with one: the others are not run through it)
    return [_ELIDED_BEFORE_NAME.sub("", w, count=1) if "'" in w or "’" in w else w
            for w in _WORD.findall(text)]


def reported_names(names: set[str], present: str, least: int) -> set[str]:
    """The names (case-folded; a country's of several words, each of its words) less those
    the present text never writes, unless fewer than ``least`` would be left: a page looking
    back at a disaster is about what it recalls."""
    written = {w.casefold() for w in written_words(present)}
    kept = {n for n in names if written.issuperset(n.split())}
    return kept if len(kept) >= least else names

"""The dateline that opens a wire story's first paragraph: where it was filed, and by whom.

"BEIRUT (Reuters) - …", "Port Sarel, Veloria (AP) — …", "Athens, Sep 8 (EFE).- …", "VERLO, May 8
(Site.com): …", "WASHINGTON — …", "SEOUL | …", "Vessby — …", and the German agencies' shape with
the country in brackets and no dash, "Verlo (Veloria) (AFP) Nach dem Einsturz …". Four readers
used to hold a pattern each (the cleaner's metadata, the evidence clauses of extract, the filing
date that is no event, the titles of proposed events); each knew some of these shapes, so a page
could give its agency to one reader and its dateline to another's title. This is the one reader.

A bracket with no dash after it is a dateline only when it names a known agency
(:func:`generator.text.agencies.agency`): "Verlo (Veloria) (AFP) Nach …" is one, "Verlo (Veloria)
is …" is the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.text.agencies import agency
from generator.text.event_kinds import kinds_in
from generator.text.furniture_words import LIVE_LABEL, NAVIGATION
from generator.text.languages import calendar_words

__all__ = ["Dateline", "opening_date", "read_dateline"]

#: (a German city's abbreviated river or region after it: "Frankfurt a.M.", "Freiburg i.Br.",
#: "Halle a.d.S."; trial 41: "Frankfurt a.M., Peschawar (epd)." credited no agency)
_CITY = (r"[A-Z][A-Za-z.'’-]*(?:\s[a-z]\.\s?(?:[a-zA-Z]{1,2}\.){1,2})?"
         r"(?:[ -][A-Z][A-Za-z.'’-]*){0,3}")
#: The country after the city's comma, whose name may hold "of" ("Democratic Republic of X").
_COUNTRY = r"[A-Z][A-Za-z.'’-]*(?:[ -](?:of\s)?[A-Z][A-Za-z.'’-]*){0,3}"
_CAPS_CITY = r"[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+){0,3}"
_MON_DAY = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Za-z][a-z]{2,8}\.?)"
            r"(?:,?\s+(?:19|20)\d\d)?")
#: Words that open a sentence and are capitalised like a city ("In Verlo (AFP) …" is no dateline).
_NOT_CITY = frozenset({"The", "A", "An", "In", "On", "At", "As", "For", "After", "Before", "When",
                       "While", "But", "And", "This", "That", "Der", "Die", "Das", "Le", "La",
                       "Les", "El", "Il", "Lo", "Los", "Las"})

_WITH_SOURCE = re.compile(
    rf"(?P<city>{_CITY}(?:,\s*{_COUNTRY})?)"
    r"(?:\s*\((?P<country>[A-Z][^()\d\n]{1,30})\)(?=\s*\())?"
    rf"(?:,?\s*(?P<day>{_MON_DAY}))?"  # (no comma before it: "VIGO 12 Mar. (EUROPA PRESS) -")
    r"\s*\((?P<source>[A-Za-z][\w .&/'’-]{0,30}?)\)"
    r"(?P<sep>\s*[.]?[-–—:]+)?\s*")
_CAPS = re.compile(
    rf"(?P<city>{_CAPS_CITY}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    rf"(?:,\s*(?P<day>{_MON_DAY}))?"
    r"(?P<sep>\s*[–—|]+|\s+-+\s)\s*")
#: A city in title case, a dash set with spaces, then a sentence opening with a capital
#: ("Vessby — Die Regierung …", trial 26: a German regional paper's dateline read as story
#: words only). A subject in apposition goes on in lower case ("Vessby — a town of …").
_TITLE = re.compile(rf"(?P<city>{_CITY}(?:,\s*{_COUNTRY})?)(?P<sep>\s+[–—]\s+)(?=[A-ZÀ-Þ])")


@dataclass(frozen=True)
class Dateline:
    city: str
    source: str | None  # the bracket after the city, as written ("AFP", "dpa/AFP", "Site.com")
    agency: str | None  # the known agency it names, canonical ("AP"), or None
    end: int  # where the story's own words begin


def _agency(source: str | None) -> str | None:
    for part in re.split(r"[/,;&]|\band\b", source or ""):
        found = agency(part)
        if found:
            return found
    return None


def read_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline opening ``text`` at ``start``, or None. Only the first 160 characters are
    read: a dateline is short."""
    head = text[:start + 160]
    m = _WITH_SOURCE.match(head, start)
    if m and m.group("city").split()[0] not in _NOT_CITY:
        found = _agency(m.group("source"))
        if m.group("sep") or found:
            return Dateline(m.group("city").strip(), m.group("source").strip(), found, m.end())
    m = _CAPS.match(head, start)
    if m and m.group("city").split()[0] not in _NOT_CITY and _agency(m.group("city")) is None:
        return Dateline(m.group("city").strip(), None, None, m.end())
    m = _TITLE.match(head, start)
    if m and m.group("city").split()[0] not in _NOT_CITY and _agency(m.group("city")) is None \
            and not _title_label(m.group("city").split(",")[0].strip()):
        return Dateline(m.group("city").strip(), None, None, m.end())
    return None


#: The languages whose words of an event's kind are looked for in a title-case "city".
_KIND_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


@cache
def _labels() -> frozenset[str]:
    """The page's labels (navigation, live coverage) and the names of days and months, lower
    case, in every language the tables hold."""
    months, weekdays = calendar_words()
    return frozenset({*months, *weekdays, *(w for table in (NAVIGATION, LIVE_LABEL)
                                            for ws in table.values() for w in ws)})


def _title_label(city: str) -> bool:
    """Whether a title-case "city" before a spaced dash is a label, a day or an event: a kicker
    ("Live — The latest …", "Video — …"), a day ("Sunday — The river …") or the storm itself
    ("Hurricane Ada — The storm …") opens a line in title case as a dateline does, and is no
    place the copy was filed from (review 25: each was read as the dateline's city). Capitals
    alone do not tell them apart; the words do."""
    low = city.lower()
    return low in _labels() or low.split()[0] in _labels() or any(
        kinds_in(city, lang) for lang in _KIND_LANGUAGES)


#: A full date with no city opening a paragraph, set off by a dash as a dateline is ("26 de
#: junio de 2017.- Al menos …", "12 May 2023 – Rescuers …", "May 12, 2023 - …"): the day the
#: page was filed, its year no earlier event's (spent s32: an undated page's whole lede read as
#: recalled from another year).
_DATE_OPENING = re.compile(
    r"\s*(?:(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,12})\.?|"
    r"(?P<month2>[^\W\d_]{3,12})\.?\s+\d{1,2},?)\s+(?:de[l]?\s+)?(?:19|20)\d\d"
    r"(?P<sep>\s*\.-|\.?\s+[-–—]+\s)\s*")


def opening_date(text: str) -> Dateline | None:
    """The date alone opening ``text`` as a dateline (:data:`_DATE_OPENING`), a month's name of
    any calendar language; its city and source are empty."""
    m = _DATE_OPENING.match(text)
    if not m or (m.group("month") or m.group("month2")).lower() not in _months():
        return None
    return Dateline("", None, None, m.end())


@cache
def _months() -> frozenset[str]:
    return frozenset(calendar_words()[0])


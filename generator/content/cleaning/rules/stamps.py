"""Date stamps: a publication date line, a stamp left without its values, a live ticker's mark,
a weekday and its date on a line of their own. They come first in the table: "Published · 3
hours ago" is not a commenter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
    group_text,
)
from generator.content.cleaning.rules.patterns import (
    DATE,
    DATE_LABEL,
    DATE_LINE,
    DAY,
    EDGE,
    EMPTY_STAMP,
    MONTH,
    ON,
    TIME,
    WEEKDAY,
)
from generator.text import furniture_words as F

#: A live ticker's mark between plus signs: a date, with or without its year ("17. Juli",
#: "Mon, 3 May", "17.07."), a clock time with an optional "Uhr" ("18:30 Uhr", "9 Uhr"), or both.
_TICKER_TIME = rf"(?:{TIME}(?:\s*uhr)?|\d{{1,2}}\s*uhr)"


_TICKER_WHEN = (rf"(?:(?:{DATE}|(?:{WEEKDAY},?\s+)?(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY}"
                r"|\d{1,2}\.\d{1,2}\.))"
                rf"(?:\s*[,|/·–-]?\s*{_TICKER_TIME})?|{_TICKER_TIME})")


#: A stamp's label with its clock time inside a short line, the hour word after the time too
#: ("ACTUALIZACIÓN A LAS 12:35 HORAS", "… 09:46 | Updated 10:49h. Compartir …"): the label right
#: before the time (its date between them at most), opening the line or a field after a bar (a
#: sentence's "…, Stand: 14.05.2031 09:15 Uhr" or "das Datum: 14.05.2025" stays: review 21).
_LABELLED_TIME = (rf"(?:^|[|•·]\s*){EDGE}(?P<label>{DATE_LABEL})\s*{ON}?\s*[:·|•–—-]?\s*"
                  rf"(?:{DATE}\s*[,|·–—-]?\s*(?:{ON}\s+)?)?{TIME}"
                  r"(?:\s*(?:uhr|horas?|hrs?|h)\b)?")


def _set_as_a_stamp(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The label is set as a stamp's, with a capital ("Updated", "ACTUALIZACIÓN"), and the line
    ends no sentence: a story's "the toll was updated at 14:30" or "Updated at 14:30, the toll
    stood at 40." stays (spfur16: no story line nor headline of the labelled sets has a date
    label and a clock time in it)."""
    text = blocks[i].text
    label = group_text(m, "label", text) or ""
    return (label[:1].isupper() and not ends_sentence(text)
            and not _entry_after(text, m.end()))


#: What a live page writes after its entry's stamp is story: the entry's title after a dash or
#: a colon ("Update 14:30 – Toll rises to five", "Mise à jour 14h30 : le bilan s'alourdit"),
#: a button's word aside ("Updated 10:49 – Share"), or the sentence the label opens, its full
#: stop lost ("Updated at 16:00 the council opened a centre"). Buttons and bylines after a
#: full stop or a bar ("Updated 10:49h. Share Copy link", "| By …") leave it a stamp (rev41).
_AFTER_DASH = re.compile(r"\s*[–—:-]\s*([^\W\d_][\w'’]*)\W+\w", re.UNICODE)
_SHARE_WORDS = frozenset(p for ps in F.SHARE.values() for p in ps if " " not in p)
#: A sentence the label opens runs on in lower case for this many words at least.
MIN_RUN_ON_WORDS = 4


def _entry_after(text: str, end: int) -> bool:
    """The stamp's line goes on with an entry's title or a sentence (``_AFTER_DASH``)."""
    m = _AFTER_DASH.match(text, end)
    if m:
        return m.group(1).lower() not in _SHARE_WORDS
    rest = text[end:].split()
    return len(rest) >= MIN_RUN_ON_WORDS and rest[0][:1].islower()


RULES: tuple[Rule, ...] = (
    # ---- date stamps first: "Published · 3 hours ago" is not a commenter
    Rule("date-line", "date-stamp", "publication date line", ci(DATE_LINE), max_words=16,
         yields=("date",)),
    Rule("empty-stamp", "date-stamp", "a date stamp or byline left without its values",
         ci(EMPTY_STAMP), max_words=8),
    # a live ticker's entry mark between plus signs ("+++ 17. Juli +++", "+++ 18:30 Uhr +++"):
    # only a date or a clock time; a figure between them is a breaking line ("+++ 12 Tote +++")
    Rule("ticker-mark", "date-stamp", "a live ticker's date or time between plus signs",
         ci(rf"^\s*\+{{2,}}\s*{_TICKER_WHEN}\s*\+{{2,}}\s*$"), max_words=6),
    # a weekday and its day without the year, alone on a line ("Wednesday, January 15",
    # "mercredi 15 janvier"): the page's date, not its title; gives no date (no year)
    Rule("weekday-date", "date-stamp", "a weekday and its date on a line of its own",
         ci(rf"^{EDGE}{WEEKDAY},?\s+(?:{MONTH}\s+{DAY}|{DAY}\s+(?:de\s+)?{MONTH}){EDGE}$"),
         max_words=5),
    # a live page's entry mark, a weekday and a clock time alone on a line ("Dienstag, 8.34
    # Uhr:", "Tuesday, 8:34 a.m."): the time of the entry under it (fdev4 fresh pages)
    Rule("weekday-time", "date-stamp", "a weekday and a clock time on a line of their own",
         ci(rf"^{EDGE}{WEEKDAY},?\s+{_TICKER_TIME}\s*:?{EDGE}$"), max_words=5),
)

#: Tried after every other rule (``table.py``): a stamp's label and its clock time in a short
#: line that ends no sentence, whatever else the line holds (a name, share buttons): the page's
#: stamp, never its title (spfur16: two sites, Spanish and English). A byline the byline rules
#: read ("By Jane Roe | Updated: … 03:45") stays theirs, its author read.
LATE_RULES: tuple[Rule, ...] = (
    Rule("labelled-time", "date-stamp", "a stamp's label and its clock time in a short line",
         ci(_LABELLED_TIME), max_words=20, check=_set_as_a_stamp),
)

"""The first pass: clock times and dates, so that their digits are never read as amounts."""

from __future__ import annotations

import re

from generator.text import number_words as W
from generator.text.quantities.languages import SPACE
from generator.text.quantities.model import DATE, TIME, YEAR, Quantity
from generator.text.quantities.scanner import (
    BARE_HOUR_RE,
    BRACKET_DAY_RE,
    CLOCK_WORD_RE,
    DOT_TIME_RE,
    ISO_DATE_RE,
    TIME_RE,
    ZULU_RE,
    Scanner,
    next_text,
    prev_word,
)


class CalendarPass(Scanner):
    def times(self) -> None:
        f = self.folded
        for m in TIME_RE.finditer(f):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("h") is not None and m.group("sep") == ":":
                # "3:1" ratios and "10:30" scores are rare in news copy; a colon is a time.
                pass
            h = m.group("h") or m.group("h2") or m.group("h3")
            self.add(Quantity(m.start(), m.end(), TIME, float(h), span=(m.start(), m.end())))
        for m in ZULU_RE.finditer(f):
            if self.free(m.start(), m.end()):
                self.add(Quantity(m.start(), m.end(), TIME, float(f[m.start():m.start() + 2]),
                                  span=(m.start(), m.end())))
        for m in CLOCK_WORD_RE.finditer(f):
            if self.free(m.start(), m.end()):
                self.add(Quantity(m.start(), m.end(), TIME, float(re.match(r"\d+", m.group(0))
                                                                       .group(0)),
                                  span=(m.start(), m.end())))
        for m in DOT_TIME_RE.finditer(f):
            if not self.free(m.start(), m.end()):
                continue
            before = prev_word(f, m.start())
            after = next_text(f, m.end(), 14).lstrip(SPACE)
            if before in W.TIME_BEFORE or any(after.startswith(w) for w in W.TIME_AFTER):
                self.add(Quantity(m.start(), m.end(), TIME, float(m.group("h")),
                                  span=(m.start(), m.end())))

        for m in BARE_HOUR_RE.finditer(f):
            before = f[max(0, m.start() - 14):m.start()].rstrip(SPACE)
            if self.free(m.start(), m.end("h")) and any(
                    re.search(r"(?:^|[^\w'’])" + re.escape(w) + "$", before)
                    for w in W.BARE_HOUR_BEFORE):
                self.add(Quantity(m.start(), m.end("h"), TIME, float(m.group("h")),
                                  span=(m.start(), m.end("h"))))

    def dates(self) -> None:
        f = self.folded
        for m in ISO_DATE_RE.finditer(f):
            if self.free(m.start(), m.end()):
                self.add(Quantity(m.start(), m.end(), DATE, None, span=(m.start(), m.end())))
        # a day and month in brackets after a weekday or a place: "Kamis (6/11)", "(2/3)"
        for m in BRACKET_DAY_RE.finditer(f):
            if (self.free(m.start(1), m.end(2)) and 1 <= int(m.group(1)) <= 31
                    and 1 <= int(m.group(2)) <= 12):
                self.add(Quantity(m.start(1), m.end(2), DATE, None, span=(m.start(1), m.end(2))))
        # a day number beside a month name: "30 August", "August 30", "15. April",
        # "15 de abril", "30 آب"
        for m in self.lang.months.finditer(f):
            a, b = m.start(), m.end()
            if (a and f[a - 1].isalpha()) or (b < len(f) and f[b].isalpha() and
                                               f[b] != "."):
                continue
            before = f[max(0, a - 12):a]
            bm = re.search(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?[\s\u00a0]*(?:de\s+|of\s+"
                           r"|ال)?$", before)
            if bm:
                s = a - len(before) + bm.start(1)
                e = s + len(bm.group(1))
                if self.free(s, e) and 1 <= int(bm.group(1)) <= 31:
                    self.add(Quantity(s, e, DATE, float(bm.group(1)), span=(s, e)))
                    self.first_day(s)
            after = f[b:b + 12]
            am = re.match(r"\.?[\s\u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?![\d])(?!\s*(?:[-–]|to)\s*\d)",
                          after)
            if am and 1 <= int(am.group(1)) <= 31:
                s = b + am.start(1)
                e = s + len(am.group(1))
                if self.free(s, e) and not re.match(r"[,.]\d", f[e:e + 2]):
                    self.add(Quantity(s, e, DATE, float(am.group(1)), span=(s, e)))
            # a year after the month ("August 2020", "15 avril 2019", "4 de agosto de 2020")
            ym = re.match(r"\.?[\s\u00a0]*(?:\d{1,2}(?:st|nd|rd|th)?,?[\s\u00a0]*)?(?:de\s+|,\s*)?"
                          r"(\d{4})(?!\d)", after + f[b + 12:b + 20])
            if ym:
                s = b + ym.start(1)
                e = s + 4
                if self.free(s, e) and 1000 <= int(ym.group(1)) <= 2100:
                    self.add(Quantity(s, e, YEAR, float(ym.group(1)), span=(s, e)))

    def first_day(self, at: int) -> None:
        """The first day of a span of days before a month ("dans la nuit du 14 au 15 mars",
        "del 3 al 5 de mayo", "10-11 August", "am 3. und 4. Mai"): a date, like the day
        the month stands beside, not an amount."""
        m = re.search(r"(?<![\d.,])(\d{1,2})\.?[\s\u00a0]*(?:[-–/]|au|al|to|and|et|y|e|i|a|bis|und"
                      r"|do|až|tot|en|ao|fino\s+al)[\s\u00a0]*$", self.folded[max(0, at - 16):at])
        if m is None:
            return
        s = at - len(self.folded[max(0, at - 16):at]) + m.start(1)
        e = s + len(m.group(1))
        if self.free(s, e) and 1 <= int(m.group(1)) <= 31:
            self.add(Quantity(s, e, DATE, float(m.group(1)), span=(s, e)))

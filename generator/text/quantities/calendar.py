"""The first pass: clock times and dates, so that their digits are never read as amounts."""

from __future__ import annotations

import re

from generator.text import number_words as W
from generator.text.clock_times import LIVE_STAMP_RE
from generator.text.counted_words import TOLLS
from generator.text.quantities.languages import SPACE, alternation
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
from generator.text.quantities.word_values import text2num_cached

#: Units after "at 18.30" that keep it a time of day ("at 18.30 hours").
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


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
        for m in LIVE_STAMP_RE.finditer(f):
            if self.free(m.start("h"), m.end()):
                self.add(Quantity(m.start("h"), m.end(), TIME, float(m.group("h")),
                                  span=(m.start("h"), m.end())))
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
            timed = any(after.startswith(w) for w in W.TIME_AFTER)
            # "at 12.34 feet": a unit after it makes the word before ("at", "à") no clock's
            unit = None if timed else self.unit_after(m.end())
            elided = f[max(0, m.start() - 2):m.start()] in W.ELIDED_HOUR_BEFORE
            hour_word = before in W.TIME_BEFORE or before in W.DOT_HOUR_BEFORE or elided
            if timed or (hour_word and (unit is None or unit[0] in _CLOCK_UNITS)):
                self.add(Quantity(m.start(), m.end(), TIME, float(m.group("h")),
                                  span=(m.start(), m.end())))
        for m in HOUR_RE.finditer(f):
            if self.free(m.start(), m.end()):
                self.bare_hour(m.start(), m.end())
        self.hours_of_day()
        self.word_clocks()

    def hours_of_day(self) -> None:
        """An hour written as a count of hours with the part of the day after it, in digits or
        in words (W.HOUR_OF_DAY: "в три часа ночи", "около 11 часов утра"), is a clock time; a
        count of hours alone stays a duration ("пожар тушили три часа")."""
        code = self.lang.code
        words = (self.lang.words | W.HOUR_WORDS.get(code, {})
                 | W.ORDINAL_WORDS.get(code, {}) if code in ("pl", "cs") else
                 self.lang.words | W.HOUR_WORDS.get(code, {}))
        for table, hour_optional in ((W.HOUR_OF_DAY, False), (W.PART_OF_DAY, True)):
            if code not in table:
                continue
            hours, parts = table[code]
            hour = rf"(?:[{SPACE}]+(?:{alternation(hours)}))" + ("{0,2}" if hour_optional else "")
            for m in re.finditer(rf"(?<!\w)(?P<n>\d{{1,2}}|[^\W\d_]+)(?P<h>{hour})[{SPACE}]+"
                                 rf"(?:{alternation(parts)})(?!\w)", self.folded):
                n = m.group("n")
                value = float(n) if n.isdigit() else words.get(n)
                if value is None and not n.isdigit():
                    value = self.word_hour(n)
                before, always = W.PART_OF_DAY_BEFORE.get(code, ((), False))
                if _to_part_of_day(parts, self.folded, m.end()) or (
                        hour_optional and before and (always or not m.group("h"))
                        and not re.search(rf"(?:^|[^\w.])(?:{alternation(before)})[{SPACE}]+$",
                                          self.folded[max(0, m.start() - 16):m.start()])) or (
                        _BY_A_CHANGE.search(self.folded, max(0, m.start() - 60), m.start())
                        or (code == "en" and _AT_A_TOLL.search(self.folded, max(0, m.start() - 60),
                                                              m.start()))):
                    continue
                if value is not None and 1 <= value <= 24 and self.free(m.start("n"), m.end()):
                    self.add(Quantity(m.start("n"), m.end(), TIME, float(value),
                                      span=(m.start("n"), m.end())))

    def word_clocks(self) -> None:
        """An hour written in words, where the words around it make it the clock's (see
        W.CLOCK_WORDS): "um drei Uhr" was read as 3 of something, and the "un" of "alle quattro
        e un quarto" as one."""
        f = self.folded
        words = self.lang.words
        for m in _PAST_THE_HOUR_RE.finditer(f) if self.lang.code == "en" else ():
            n = m.group("n")
            value = float(n) if n.isdigit() else words.get(n) or self.word_hour(n)
            if value is not None and 1 <= value <= 12 and self.free(m.start(), m.end()):
                self.add(Quantity(m.start(), m.end(), TIME, float(value),
                                  span=(m.start(), m.end())))
        for m in WORD_CLOCK_RE.finditer(f):
            prep = self.hour_word(m.group("prep"))
            if prep is None and m.group("clock") is None:
                continue  # every other word of the text: no number read for it
            n = m.group("n")
            value = words.get(n)
            if value is None:
                value = self.word_hour(n)
            if value is None or not 1 <= value <= 24 or not self.free(m.start("n"), m.end()):
                continue
            if m.group("hours") is not None and OF_AFTER_RE.match(f, m.end()):
                continue  # "à quatre heures de route": a duration
            if prep is not None and not (m.group("clock") or m.group("hours") or m.group("frac")):
                if not W.HOUR_BEFORE.get(prep):
                    continue
                after = re.match(r"[\s\u00a0]*([^\W\d_]+)", f[m.end():m.end() + 24])
                word = after.group(1) if after else ""
                if word and (word not in self.lang.stopwords or word in W.COUNT_NOUNS
                             or PARTITIVE_RE.match(f, m.end())):
                    continue  # "alle quattro vittime", "a las cuatro de las víctimas"
            self.add(Quantity(m.start("n"), m.end(), TIME, float(value),
                              span=(m.start("n"), m.end())))

    def hour_word(self, word: str | None) -> str | None:
        """A word before an hour, if it is one in the page's language (W.HOUR_BEFORE_NOT_IN:
        German "alle drei" is all three)."""
        if word is None:
            return None
        word = re.sub(r"\s+", " ", word)
        return None if self.lang.code in W.HOUR_BEFORE_NOT_IN.get(word, ()) else word

    def word_hour(self, word: str) -> float | None:
        """An hour in the words text2num knows ("cinq", "dos"), for languages the table leaves
        to it; an article ("un", "une") is no hour."""
        if word in W.ARTICLES.get(self.lang.code, ()):
            return None
        return text2num_cached(word, self.lang.code)

    def bare_hour(self, s: int, e: int) -> None:
        """An hour written without minutes is a clock time after a time preposition and
        before the word for hours ("peu avant 6 heures", "v 10 hodin"; not "après 6 heures de
        lutte", "um 10 Stunden"), or after a word of the hour (W.HOUR_BEFORE) and before the
        clause's end or a part of the day ("poco dopo le 18.", "a las 21 de la noche"), or
        after a preposition of the hour and before a function word ("alle 9 i soccorritori",
        "a las 8 de la mañana"; not "alle 21 persone", "le 18 vittime")."""
        f = self.folded
        window = f[max(0, s - 14):s]
        unit = self.unit_after(e)
        end = e
        found = HOUR_BEFORE_RE.search(window)
        hour_word = self.hour_word(found.group("w")) if found else None
        zone = _ZONE_BRACKET.search(f, max(0, s - 24), s)  # "22 hora local (16 de Chile)"
        if unit and unit[0] == "hour":
            word = f[e:unit[1]].strip(SPACE)
            # "(20 hora chilena)": after a count above one, the singular is the clock's hour
            singular = word == "hora" and int(f[s:e]) >= 2
            if (word in ("hours", "hour", "stunden") or OF_AFTER_RE.match(f, unit[1])
                    or not (singular or zone or TIME_BEFORE_RE.search(window))):
                return
            end = unit[1]
        elif zone:
            pass
        elif hour_word is None:
            return
        elif not BARE_HOUR_RE.match(f, s) and hour_word not in W.CLOCK_BEFORE:
            if unit or self.scale_at(e, False) or not W.HOUR_BEFORE[hour_word]:
                return
            after = re.match(r"[\s\u00a0]*([^\W\d_]+)", f[e:e + 24])
            word = after.group(1) if after else ""
            if word and (word not in self.lang.stopwords or word in W.COUNT_NOUNS
                         or PARTITIVE_RE.match(f, e)):
                return  # "a las 4 de las víctimas": some of them
        self.add(Quantity(s, end, TIME, float(f[s:e]), span=(s, end)))

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
            bm = re.search(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?[\s\u00a0]*"
                           r"(?:de\s+|of\s+|ال)?$", before)
            if bm:
                s = a - len(before) + bm.start(1)
                e = s + len(bm.group(1))
                if self.free(s, e) and 1 <= int(bm.group(1)) <= 31:
                    self.add(Quantity(s, e, DATE, float(bm.group(1)), span=(s, e)))
                    self.first_day(s)
            after = f[b:b + 12]
            counts = self.day_span_after(b)  # "May 3 to 5 people": May 3, and 5 people
            am = re.match(r"\.?[\s\u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?![\d])"
                          + ("" if counts else r"(?!\s*(?:[-–]|to)\s*\d)"), after)
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
        self.weekday_days()

    def weekday_days(self) -> None:
        """A day number after a weekday name is a date even with no month beside it
        ("giovedì 9 sono al lavoro", "du samedi 3 au dimanche 4", "domingo (14)"), and so is one in
        brackets after "today" ("hoje (12)"). The weekday name is taken too, so that
        "segunda-feira" is not read as an ordinal. A bare number followed by anything but
        punctuation or a function word counts something ("Sunday 5 firefighters", "domingo 5
        pessoas"): it stays an amount. After a comma the day needs punctuation after it
        ("quarta-feira, 14, o", "sábado, 21."), or its month after a dot ("segunda-feira, 17.09,"),
        since a count may open the next clause ("on Monday, 12 of them"). The word for "day"
        takes only a bare number straight after it (W.DAY_WORD)."""
        f = self.folded
        for m in self.lang.weekdays.finditer(f):
            dm = WEEKDAY_DAY_RE.match(f, m.end())
            if dm is None or (dm.group("bare") and m.group("w") is None) or (
                    m.group("w") == W.DAY_WORD.get(self.lang.code)
                    and (dm.group("comma") or not dm.group("bare"))):
                continue
            name = "day" if dm.group("day") else "dm" if dm.group("dm") else "bare"
            s, e = dm.span(name)
            day = int(f[s:e])
            if not (self.free(s, e) and 1 <= day <= 31):
                continue
            if name == "dm":  # a month after a dot has its two digits ("17.09", not "12.5")
                mo = dm.group("mo")
                if (not 1 <= int(mo) <= 12 or (f[e] == "." and len(mo) < 2)
                        or self.unit_after(dm.end())):
                    continue
                e = dm.end()
            elif dm.group("comma") and not re.match(r"[,.;)](?!\d)|$", f[e:e + 2]):
                continue
            if dm.group("bare") and PARTITIVE_RE.match(f, e):
                continue  # "on Sunday 31 of them were killed": a part of a group, counted
            if dm.group("bare"):
                after = re.match(r"[\s\u00a0]*([^\W\d_]+|%)", f[e:e + 24])
                word = after.group(1) if after else ""
                if word and (word not in self.lang.stopwords or word in W.COUNT_NOUNS
                             or self.unit_after(e) or self.scale_at(e, False)):
                    continue
            self.add(Quantity(s, e, DATE, float(day), span=(s, e)))
            if self.free(m.start(), m.end()):
                self.take(m.start(), m.end())


    def day_span_after(self, b: int) -> bool:
        """Two days after a month ("May 3-5", "May 3 to 5", "between May 3 and 5,"): both are
        dates, not a range of amounts, unless what follows the second counts something ("May 3
        and 5 people"), as after a weekday's day (:meth:`weekday_days`). True when the second
        counts: the first is then the month's day alone."""
        f = self.folded
        m = DAY_SPAN_RE.match(f, b)
        if m is None or not 1 <= int(m.group("d1")) < int(m.group("d2")) <= 31:
            return False
        after = re.match(r"[\s\u00a0]*([^\W\d_]+|%)", f[m.end():m.end() + 24])
        word = after.group(1) if after else ""
        if word and (word not in self.lang.stopwords or word in W.COUNT_NOUNS
                     or self.unit_after(m.end("d2")) or self.scale_at(m.end("d2"), False)):
            return True
        if word and m.group("joiner")[0].isalpha() and word not in W.DAY_SPAN_FOLLOWERS:
            return True  # "on May 2 and 3 more were found": the word also joins two counts
        for name in ("d1", "d2"):
            if self.free(m.start(name), m.end(name)):
                self.add(Quantity(m.start(name), m.end(name), DATE, float(m.group(name)),
                                  span=(m.start(name), m.end(name))))
        return False

    def first_day(self, at: int) -> None:
        """The first day of a span of days before a month ("dans la nuit du 14 au 15 mars",
        "del 3 al 5 de mayo", "10-11 August", "am 3. und 4. Mai", "entre le 3 et le 5 mai"): a
        date, like the day the month stands beside, not an amount. An article before the second
        day needs one before the first ("le 3 et le 5 mai"): "erano 3 e il 5 maggio" joins a
        count to a date."""
        window = self.folded[max(0, at - 20):at]
        m = re.search(r"(?<![\d.,])(\d{1,2})\.?[\s\u00a0]*(?:[-–/]|au|al|to|and|et|y|e|i|a|bis|und"
                      r"|do|až|tot|en|ao|fino\s+al)[\s\u00a0]*(?P<art>(?:le|el|il|lo|o|dem|den)"
                      r"[\s\u00a0]+)?$", window)
        if m is None:
            return
        s = at - len(window) + m.start(1)
        if m.group("art") and not _DAY_ARTICLE_BEFORE.search(self.folded, max(0, s - 8), s):
            return
        e = s + len(m.group(1))
        if self.free(s, e) and 1 <= int(m.group(1)) <= 31:
            self.add(Quantity(s, e, DATE, float(m.group(1)), span=(s, e)))


#: "By" after a verb of change: the amount of the change ("the toll rose by 6 in the evening").
_BY_A_CHANGE = re.compile(r"\b" + W.CHANGE_VERBS + r"(?:\s+\w+)?\s+by\s+$", re.I)


#: "At" after a toll, or right after a verb that states one: the toll's number ("the toll stood
#: at 14 in the morning", "police put the toll at 14 in the evening", review 19), not the clock;
#: "reached 41 degrees at four in the afternoon", "the blast was at 9 in the morning" keep it.
#: Tolls that count the dead only: "a number of people were moved at 9 in the morning".
_TOLL_WORDS = "|".join(sorted((w for w, group in TOLLS["en"].items() if group), key=len,
                              reverse=True))
_AT_A_TOLL = re.compile(
    r"(?:\b(?:" + _TOLL_WORDS + r")\b[^,;:.!?\d]{0,40}"
    r"|\b(?:stood|stands|put|puts|remained|remains)\s+(?:it\s+|still\s+|now\s+)?)"
    r"at\s+$", re.I)


def _to_part_of_day(parts: tuple[str, ...], f: str, at: int) -> bool:
    """A word for "to" then another part of the day after a part of the day ("dix heures du
    matin au soir", "de la mañana a la noche"): a span from morning to night, no clock time. A
    part of the day is known by its head word's first five letters ("soir", "wiecz" for
    "wieczorem" and "wieczora"), an article or "'s" before it; an hour after the "to" is the
    span's other end ("od szóstej rano do dziesiątej wieczorem": both clock times)."""
    heads = {re.findall(r"[^\W\d_]+", part)[-1][:5] for part in parts}
    return re.match(rf"[{SPACE}]*(?:{alternation(W.PART_OF_DAY_TO)})[{SPACE}]+"
                    rf"(?:[^\W\d_]{{1,3}}[{SPACE}]+|['’]s[{SPACE}]+)?"
                    rf"(?:ال)?(?:{alternation(heads)})", f[at:at + 40]) is not None


#: An hour without minutes, and the words around it that make it one (:meth:`bare_hour`; the
#: scanner's BARE_HOUR_RE holds the clause ends and parts of the day that may follow it).
HOUR_RE = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-4])(?!\d|[.,:]\d)")
TIME_BEFORE_RE = re.compile(rf"(?:^|[^\w])(?:{alternation(W.TIME_BEFORE)})[{SPACE}]+$")
HOUR_BEFORE_RE = re.compile(rf"(?:^|[^\w'’])(?P<w>{alternation(W.HOUR_BEFORE)})[{SPACE}]+$")
OF_AFTER_RE = re.compile(r"[\s\u00a0]*(?:de|d['’]|di|of|van|von)(?![^\W\d_])")

#: A bracket after a time zone's word: the same time in another zone follows ("a las 22 hora
#: local (16 de Chile)", "à 21 heures locales (19 h GMT)").
_ZONE_BRACKET = re.compile(r"(?<![^\W\d_])(?:local|locales|locale|locali|gmt|utc|ortszeit|"
                           r"local[\s\u00a0]+time)[\s\u00a0]*\([\s\u00a0]*$")

#: An article before a day number ("le 3", "il 3", "dem 3.").
_DAY_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:le|el|il|lo|o|dem|den)[\s\u00a0]+$")

PARTITIVE_RE = re.compile(rf"[{SPACE}]+(?:{alternation(W.PARTITIVE_AFTER)})(?![^\W\d_])")
#: "Of the" and another number after a number (a qualifier of a word or two between): the
#: number counts a part of that number's group ("im Kreis Olden 14 der 33 Opfer", "Olden 14
#: of the 33 dead"), whatever a capitalised name before it ("Kreis Olden 14") suggests.
OF_A_NUMBER_RE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+the|der|von[ \u00a0]+den|des|"
                            r"de[ \u00a0]+l[oa]s|d[oa]s|de[il]|degli|delle|van[ \u00a0]+de)"
                            r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,2}\d")

#: Two days after a month, joined by a dash or a word for "to" or "and" ("May 3-5").
DAY_SPAN_RE = re.compile(r"\.?[\s\u00a0]+(?P<d1>\d{1,2})(?:st|nd|rd|th)?[\s\u00a0]*"
                         r"(?P<joiner>[-–]|to|through|until|till|and)[\s\u00a0]*(?P<d2>\d{1,2})"
                         r"(?:st|nd|rd|th)?(?![\d]|[.,:]\d)")

#: An hour in words with what makes it the clock's (:meth:`CalendarPass.word_clocks`).
WORD_CLOCK_RE = re.compile(
    rf"(?:(?:^|(?<=[^\w'’]))(?P<prep>{alternation(W.WORD_HOUR_BEFORE)})[{SPACE}]+)?"
    rf"(?<![\w'’])(?P<n>[^\W\d_]+)"
    rf"(?:[{SPACE}]+(?P<clock>{alternation(W.CLOCK_WORDS)})(?!\w)"
    rf"|(?<=\w)(?=[{SPACE}]+(?:{alternation(W.WORD_HOURS)})(?!\w))"
    rf"(?P<hours>[{SPACE}]+(?:{alternation(W.WORD_HOURS)}))"
    rf"|(?P<frac>[{SPACE}]+(?:{alternation(W.CLOCK_FRACTION_JOINERS)})[{SPACE}]+"
    rf"(?:un[{SPACE}]+)?(?:{alternation(W.CLOCK_FRACTIONS)}))(?!\w)|(?!\w))")

#: An English hour with its minutes in words before it: "half past four", "a quarter to six",
#: "twenty past 9" (the "half" had been read as 50 % and the hour as a count; issue #16). Only
#: a quarter goes "to" the hour: "five to six people" is a range.
_PAST_THE_HOUR_RE = re.compile(
    r"(?<![\w'’])(?:(?:half|(?:a\s+)?quarter|twenty(?:[-\s]five)?|ten|five)\s+past|"
    r"(?:a\s+)?quarter\s+to)\s+"
    r"(?P<n>\d{1,2}|[^\W\d_]+)(?![\w'’])")

#: A day number after a weekday name, with a comma or not: in brackets ("domingo (14)"), with
#: its month ("segunda-feira, 17.09") or bare ("giovedì 9"), not the whole number of a decimal, a
#: thousands group or a time.
WEEKDAY_DAY_RE = re.compile(r"(?P<comma>,)?[\s\u00a0]{0,2}(?:\((?P<day>\d{1,2})\)"
                            r"|(?P<dm>\d{1,2})[./](?P<mo>\d{1,2})(?!\d|[.,]\d)"
                            r"|(?P<bare>\d{1,2})(?!\d|[.,:]\d))")

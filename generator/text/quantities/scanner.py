"""What every pass of the reader looks at: the text, what is already read, and the words
around a number (its scale, unit, qualifier, and whether the next number closes a range)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from generator.text import number_words as W
from generator.text.counted_words import PEOPLE, counted_group, is_person
from generator.text.event_kinds import event_words
from generator.text.negation import DENIED_BOUND, denies_bound
from generator.text.quantities.digits import Digits
from generator.text.quantities.heat import about_heat, degree_after
from generator.text.quantities.languages import SPACE, Language, alternation
from generator.text.quantities.model import Quantity

# --------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------

TIME_RE = re.compile(
    r"(?<![\d.,:])(?P<h2>1[0-2]|0?[1-9])(?::(?P<m2>[0-5]\d))?\s?(?P<ap>[ap]\.\s?m\.|[ap]m\b)"
    r"|(?<![\d.,:])(?P<h>[01]?\d|2[0-3])(?P<sep>[:h]|\s?h\s?)(?P<m>[0-5]\d)(?![\d])"
    r"|(?<![\d.,:])(?P<h3>[01]?\d|2[0-3])\s?h(?![^\W\d_])")
ZULU_RE = re.compile(r"(?<![\d.,:])(?:[01]\d|2[0-3])[0-5]\d\s?(?:gmt|utc|z)(?![^\W\d_])")
CLOCK_WORD_RE = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?(?:uhr|godz\.?)"
                         r"(?![^\W\d_])")
DOT_TIME_RE = re.compile(r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])[.](?P<m>[0-5]\d)(?![\d]|[.,]\d)")
#: A bare hour and what may follow one: the end of a sentence or clause, "e mezza", "circa",
#: "locali", "local", or a part of the day ("de la tarde", "di ieri", "da manhã").
BARE_HOUR_RE = re.compile(
    r"(?<![\d.,:])(?P<h>[01]?\d|2[0-4])(?![\d])(?=\s*(?:[.,;:)]|$)|\s+(?:e\s+mezz[ao]|y\s+media"
    r"|e\s+meia|circa|local(?:es|i)?|en\s+punto|in\s+punto|(?:di|del|de\s+la|de|da|do)\s+(?:ieri|oggi"
    r"|sera|pomeriggio|mattina|notte|ayer|hoy|tarde|ma[nñ]ana|noche|ontem|hoje|manh[aã]|noite)"
    r")(?![^\W\d_]))")
ISO_DATE_RE = re.compile(r"(?<!\d)(?P<y>1[89]\d\d|20\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)"
                       r"|(?<![\d.])(?P<d2>[0-3]?\d)[./](?P<mo2>[01]?\d)[./](?P<y2>\d{4}|\d{2})"
                       r"(?![\d])")
BRACKET_DAY_RE = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
_NUMBER_SIGN = re.compile(r"(?<![\w.,])(?:" + "|".join(map(re.escape, W.NUMBER_SIGNS
                                                             + W.MARKER_BEFORE))
                          + r")[\s\u00a0]?$")
#: A quotation mark opening on the number after its qualifier ("almeno “22 km”": trial 38).
_OPENED = re.compile(r"[“„«\"‘‚][ \u00a0\u202f]?$")
#: The word before a number, with an airline's code in capitals between ("vol AI 171").
_BEFORE_NAMED = re.compile(r"(?<![\w.])(?P<w>[^\W\d_]+)(?:[\s\u00a0]+(?P<code>[A-Z0-9]{2,3}))?"
                           r"[\s\u00a0]$")
#: A qualifier after the counted noun, per language (W.QUALIFIERS_AFTER_NOUN): "40 morts au
#: moins".
NOUN_QUALIFIER_RE = {code: re.compile(r"[ ]+[^\s\d]{2,20}[ ]+"
                                      rf"(?P<q>{alternation(quals)})(?!\w)")
                     for code, quals in W.QUALIFIERS_AFTER_NOUN.items()}
ORDINAL_RE = re.compile(r"(?P<n>\d{1,4})(?P<suf>st|nd|rd|th|er|re|ère|ème|eme|e|è|º|ª|°|o|a)"
                      r"(?![^\W\d_])")


def prev_word(folded: str, at: int) -> str:
    """The word just before ``at`` (bounded look back)."""
    window = folded[max(0, at - 24):at].rstrip(SPACE + "(")
    m = re.search(r"([^\W\d_]+(?:['’][^\W\d_]+)?\.?)$", window)
    return m.group(1) if m else ""


def next_text(folded: str, at: int, n: int = 24) -> str:
    return folded[at:at + n]


SCALE_ABBREVIATIONS = frozenset({"tys", "mln", "mld", "mio", "mrd", "md", "mds", "tis", "bn",
                                  "mn", "bi", "mi", "mil"})



#: Unit words that are one only glued to their number ("2.4in" is inches; "5 in the
#: morning", "10 in Berlin" are other words).
GLUED_ONLY = frozenset({"in"})
#: Languages whose pages write rupees as "Rs" before the amount (review 16: in Portuguese,
#: "no RS 181 mortos" is Rio Grande do Sul's toll, not 181 rupees).
_RUPEE_LANGUAGES = frozenset({"en", "hi", "ne", "bn", "ur", "mr", "ta", "te", "gu", "pa", "si"})




#: A lower-case letter with a capital right after it: two words run together.
_GLUED = re.compile(r"[^\W\d_](?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")


@dataclass
class Scanner:
    text: str
    folded: str
    lang: Language
    taken: bytearray
    out: list[Quantity]

    def free(self, a: int, b: int) -> bool:
        return not any(self.taken[a:b])

    def take(self, a: int, b: int) -> None:
        self.taken[a:b] = b"\x01" * (b - a)

    def add(self, q: Quantity) -> None:
        # the whole reading is taken, its unit and qualifiers too: "40 per cento" is 40 percent,
        # and its "cento" is no second number (a hundred)
        self.out.append(q)
        self.take(min(q.start, q.span[0]), q.written_end)

    def scale_at(self, at: int, currency: bool) -> tuple[float, int] | None:
        f = self.folded
        m = self.lang.scale_after.match(f, at)
        if m:
            word = re.sub(r"\s+", " ", m.group("s"))
            end = m.end()
            # an abbreviation takes its full stop when the sentence goes on ("300 tys. osób"),
            # or when a unit follows it, whatever its case ("420 Mio. Euro": German nouns are
            # capitalised, so a capital after the stop is no new sentence there); a capitalised
            # span of time is the next sentence's start ("300 Mio. Tage später")
            unit = self.unit_after(end + 1) if f[end:end + 1] == "." else None
            if (word in SCALE_ABBREVIATIONS and f[end:end + 1] == "."
                    and ((re.match(r"\.[ \u00a0]?(?:[^\W\d_]|[$€£])", self.text[end:end + 3])
                          and not self.text[end + 1:end + 3].strip()[:1].isupper())
                         or (unit is not None and unit[0] not in W.TIME_SPANS))):
                end += 1
            return self.lang.scales.get(word, 0), end
        if self.million_m(at):
            return 1e6, at + 1
        if currency or re.match(r"[ \u00a0]?[mbk][ \u00a0]?[$€£]", f[at:at + 5]):
            # "$6m", "€5bn", "$3k"; the sign after the letter, as French writes "3 M€"
            m = re.match(r"\s?(m|b|k)(?![^\W\d_])", f[at:at + 3])
            if m:
                return {"m": 1e6, "b": 1e9, "k": 1e3}[m.group(1)], at + m.end()
        return None

    def million_m(self, at: int) -> bool:
        """English short "m" glued to a number is a million, not metres, when an amount or a
        count follows it ("a reported 70m litres", "3m tonnes", "70m people"); "70m high",
        "a 70m wave" stay metres (s19: "70m litres" had been 70 metres of water)."""
        f = self.folded
        if self.lang.code != "en" or not re.match(r"m[ \u00a0]", f[at:at + 2]):
            return False
        unit = self.unit_after(at + 2)
        if unit is not None:
            return unit[0] in W.MILLION_M_UNITS
        after = re.match(r"[ \u00a0]([^\W\d_]+)", f[at + 1:at + 30])
        word = after.group(1) if after else ""
        return word in W.MILLION_M_NOUNS or word.removesuffix("s") in PEOPLE

    def dozens_after(self, at: int) -> int | None:

        """The end of a word for dozens straight after a number ("3 dozen", "12 docenas"), whose
        count of dozens is the number times twelve."""
        m = re.match(r"[ \u00a0]{1,2}([^\W\d_]+)", self.folded[at:at + 16])
        if m and m.group(1) in W.DOZENS.get(self.lang.code, ()):
            return at + m.end()
        return None

    @cached_property
    def heat(self) -> bool:
        return about_heat(self.folded)

    def unit_after(self, at: int) -> tuple[str, int] | None:
        m = self.lang.unit_after.match(self.folded, at)
        if not m:  # "39.9C", "42 degrés": only in a sentence about heat
            return degree_after(self.folded, at, self.lang.code) if self.heat else None
        word = re.sub(r"\s+", " ", m.group("u"))
        unit = self.lang.unit_of.get(word)  # not "dollars hongkongais" (W.OTHER_DOLLARS)
        if unit is None or (unit == "usd" and W.OTHER_DOLLARS.match(self.folded, m.end())):
            return None
        if len(word) == 1 and m.group(0).startswith((" ", "\u00a0")) and word not in "m%t€":
            return None
        if word in GLUED_ONLY and m.start("u") != at:
            return None  # "12cm (4.7in)" is inches; "3 in the morning" is no amount of them
        return unit, m.end()

    def unit_before(self, at: int) -> tuple[str, int] | None:
        f = self.folded
        window = f[max(0, at - 14):at]
        m = re.search(r"(?:^|[^\w$€£₹])(?P<c>us\s?\$|u\.s\.\s?\$|\$|€|£|₹|usd|eur|gbp|inr"
                      r"|rs\.?)[\s\u00a0]?$", window)
        if m:
            c = m.group("c").replace(" ", "")
            if c.startswith("rs") and self.lang.code not in _RUPEE_LANGUAGES:
                return None  # "no RS 181 mortos": a Brazilian state, not rupees
            unit = {"$": "usd", "us$": "usd", "u.s.$": "usd", "usd": "usd", "€": "eur",
                    "eur": "eur", "£": "gbp", "gbp": "gbp", "₹": "inr", "inr": "inr",
                    "rs": "inr", "rs.": "inr"}[c]
            return unit, at - len(window) + m.start("c")
        m = re.search(r"(?:^|[^\w])(?P<c>magnitude|magnitud|magnitudo|stärke|richter|mw|m)"
                      r"(?:[\s\u00a0]?[-:]?[\s\u00a0]?)$", window)
        if m and (m.group("c") != "m" or window.endswith("m")):
            return "magnitude", at - len(window) + m.start("c")
        return None

    COUNTER_RE = re.compile(rf"[{W.COUNTERS}][ ]?(?P<q>{alternation(W.QUALIFIERS_AFTER_COUNTER)})")
    AFTER_RE = re.compile(rf"[{SPACE}]+(?P<q>{alternation(W.QUALIFIERS_AFTER)})(?![^\W\d_])")

    def approx_around(self, qual: tuple[str, int] | None, start: int,
                       end: int) -> tuple[str, int]:
        """The qualifier of a number: written before it, or after it ("one or more")."""
        m = self.AFTER_RE.match(self.folded, end)
        if m:
            return W.QUALIFIERS_AFTER[re.sub(r"\s+", " ", m.group("q"))], m.end()
        if self.lang.code in ("ko", "ja", "zh"):
            m = self.COUNTER_RE.match(self.folded, end)
            if m:
                return W.QUALIFIERS_AFTER_COUNTER[m.group("q")], m.end()
        if self.lang.code in NOUN_QUALIFIER_RE:  # "40 morts au moins"
            m = NOUN_QUALIFIER_RE[self.lang.code].match(self.folded, end)
            if m:
                return W.QUALIFIERS_AFTER_NOUN[self.lang.code][m.group("q")], m.end()
        return (qual[0] if qual else "exact"), end

    def is_year(self, a: int, b: int) -> bool:
        """A four-digit number is a year in a year's context: after "in", "since", a month or a
        possessive; before punctuation; or before a function word that is not a counted noun
        ("2015 für eine Reihe", "in 2014 the"), whereas "2750 Tonnen" and "3000 Verletzte" count.
        """
        f = self.folded
        prev = prev_word(f, a)
        # the word after an elision is the one before the year ("qu'en 1979", "jusqu'en 2011",
        # "dall'anno": trial 29 read a recalled eruption's year as its dead)
        bare = re.split(r"['’]", prev)[-1]
        if (prev in W.YEAR_BEFORE or bare in W.YEAR_BEFORE or prev.endswith(("'s", "’s"))
                or self.lang.months.search(f[max(0, a - 14):a] + "\x00")):
            return True
        m = re.match(r"[\s\u00a0]*(?:([^\W\d_]+)|(.|$))", f[b:b + 30])
        if m is None or m.group(2) is not None:
            return True
        word = m.group(1)
        if f[b:b + 1].strip() != "" and word:
            return True  # "2014Chinese": glued sentences
        if self.lang.code == "en" and prev in ("a", "an") and self.unit_after(b) is None:
            return True  # "in a 2009 crash": one thing of that year, no count after "a"
        if self.lang.code == "en" and (found := event_words(f[b:b + 40])) \
                and not f[b:b + found[0][0]].strip():  # "a crippling 1962 blizzard that": the
            after = re.match(r"[^\W\d_]*\s*([^\W\d_]*)", f[b + found[0][1] - 1:b + 60])
            # event of that year (trial 35); not "2000 crash victims", a noun after it
            return not after or not after.group(1) or after.group(1) in self.lang.stopwords
        return (word in self.lang.stopwords and word not in W.COUNT_NOUNS) or (
            word in W.YEAR_AFTER) or self.year_before_verb(a, b)

    def year_before_verb(self, a: int, b: int) -> bool:
        """German puts the finite verb second: a clause that opens on a year goes on with its
        verb, in lower case, and the count comes after it ("1987 ertranken dort über 300
        Menschen", "2011 sanken 40 Boote"), whereas a count's noun is capitalised ("1500
        Tote") and a count that opens its clause has no second number there ("1800 starben,
        300 wurden verletzt")."""
        if self.lang.code != "de" or self.text[:a].rstrip()[-1:] not in ("", ".", "!", "?",
                                                                         ";", ":"):
            return False
        m = re.match(r"[ \u00a0]+[a-zäöüß]+\b([^,;.!?]*)", self.text[b:b + 120])
        return bool(m) and any(c.isdigit() for c in m.group(1))

    def number_sign_before(self, at: int) -> bool:
        """Is a word or sign for "number" (W.NUMBER_SIGNS: "nº 3", "número cuatro", "№ 12") or a
        road's kilometre (W.MARKER_BEFORE: "km 412") just before ``at``? The numeral after it
        names a thing."""
        m = _NUMBER_SIGN.search(self.folded, max(0, at - 12), at)
        # "he said no. Two engineers …": a sign's dot before a capital is a sentence's end
        return bool(m) and not (m.group().rstrip().endswith(".") and self.text[at:at + 1].isupper()
                                and not self.text[at:at + 1].isdigit())

    def named_by_number(self, at: int, end: int) -> bool:
        """Is a noun that a number names (W.NAMED_BY_NUMBER: "flight 171", "vol AI 171", an
        airline's code in capitals between) or an aircraft maker (W.MODEL_MAKERS: "Boeing 787")
        just before the number at ``at``, which ends at ``end``?"""
        m = _BEFORE_NAMED.search(self.text, max(0, at - 30), at)
        if m is None:
            return False
        named = W.NAMED_BY_NUMBER.get(self.lang.code, frozenset())
        # the code may be the noun itself ("der ICE 1234": a train's class names it)
        noun = next((w for w in (m.group("w").lower(), (m.group("code") or "").lower())
                     if w in W.MODEL_MAKERS or w in named), None)
        if noun is None:
            return False
        if noun in W.TRAIN_ADJECTIVES and \
                sum(c.isdigit() for c in self.text[at:end]) < W.TRAIN_NUMBER_DIGITS:
            return False  # "regionale 12 squadre": an adjective before a count
        # "after the flight 12 passengers were treated", "the flight 12 crew members", "lost
        # the flight 40 minutes after take-off": a person, a counted group or a unit after it
        # is an amount
        if self.unit_after(end) is not None:
            return False
        after = re.match(r"[\d.,\s\u00a0-]*([^\W\d_]+)", self.folded[at:at + 40])
        word = after.group(1) if after else ""
        if noun in W.RANK_NOUNS.get(self.lang.code, ()):  # "der Kategorie 4 tötete": a verb after
            return not (word.removesuffix("s") in PEOPLE or is_person(word, self.lang.code))
        return not (word in W.COUNT_NOUNS or word.removesuffix("s") in PEOPLE
                    or is_person(word, self.lang.code) or is_person(word[:-1], self.lang.code)
                    or counted_group(word + " ", self.lang.code))

    def qualifier_before(self, at: int) -> tuple[str, int] | None:
        window = self._unglued(max(0, at - 30), at)
        if (opened := _OPENED.search(window)) is not None:  # 'almeno “22 chilometri”' (trial 38)
            window = window[:opened.start()] + " " * (len(window) - opened.start())
        m = self.lang.qualifier.search(window)
        if not m:
            return None
        q = re.sub(r"\s+", " ", m.group("q"))
        approx = self.lang.qualifiers.get(q)
        if approx is None or (re.search(r"\bof\b", window[m.end("q"):]) and not q.endswith("of")):
            return None  # "some of the 64 victims": a part of the 64, not about 64
        if q == "over" and W.SPANNING_OVER.search(window[:m.start("q")]):
            return None  # "extending over 49 km": the extent itself, not more than it
        if approx in DENIED_BOUND and denies_bound(window[:m.start("q")], self.lang.code):
            approx = DENIED_BOUND[approx]  # "did not exceed 12": 12 at most
        if approx == "up-to" and W.CHANGED_TO.search(self.folded, max(0, at - 70),
                                                   at - len(window) + m.start("q")):
            return None  # "fue elevada hasta 95", "è salito fino a 40": the new value itself
        return approx, at - len(window) + m.start("q")

    def _unglued(self, a: int, b: int) -> str:
        """The folded text from ``a`` to ``b``, a lower-case letter glued to a capital after it
        read as a word's end: a dateline run into its sentence ("LisbonAt least 41") keeps the
        qualifier that opens the sentence, and a word's inside ("handsome") stays one word."""
        window = self.folded[a:b]
        if len(self.text) != len(self.folded):
            return window
        chars = list(window)
        for m in _GLUED.finditer(self.text, a, b):
            chars[m.start() - a] = " "
        return "".join(chars)

    def one_who_speaks(self, tokens, i: int) -> bool:
        """English "one" in a clause a verb of saying ends with no punctuation or "and" before
        it, or before a speaker set off by a comma (W.ONE_SPEAKER, W.SAID): "one person who
        lives nearby said", "one witness, a shopkeeper, recalled" are a voice, not a count; "one
        man died, police said" stays one. A witness is counted too ("one witness died"), and so
        is whoever a passive verb of saying is about ("one child was described as critical")."""
        def gap(j: int) -> str:
            return self.folded[tokens[j - 1][1]:tokens[j][0]].strip(SPACE)

        if i + 1 < len(tokens) and self.is_number_word(tokens[i + 1][2]):
            return False  # "one hundred people told police": a number of its own
        for j in range(i + 1, min(i + 9, len(tokens))):
            if gap(j) or tokens[j][2] in ("and", "but", "or"):
                return False
            if tokens[j][2] in W.SAID:
                return tokens[j - 1][2] not in W.PASSIVE
            if j == i + 1 and tokens[j][2] in W.ONE_SPEAKER and j + 1 < len(tokens) \
                    and gap(j + 1)[:1] in (",", "(", "–", "—"):
                return True
        return False

    RANGE_WORD_RE = re.compile(
        r"[\s\u00a0]*(?:[-–—]|to|à|a|au|bis|do|til|tot|al|fino\s+a|até|až|or|ou|o|oder|lub"
        r"|nebo|of|أو|إلى)[\s\u00a0]*(?:(?:us\s?)?[$€£][\s\u00a0]?)?")
    # (an article may follow "between" and repeat after "and": "entre los 35 y 40 años", "entre
    # os 20 e 30", "tra i 20 e i 30 anni", "entre los 20 y los 30")
    _RANGE_ARTICLE = r"(?:(?:los|las|os|as|les|i|le|gli|den)[\s\u00a0]+)?"
    # (Arabic glues its "and" to the number after it: "بين 30 و40")
    RANGE_AND_RE = re.compile(r"[\s\u00a0]+(?:(?:and|et|und|y|e|i|en|a)[\s\u00a0]+|و[\s\u00a0]*)"
                            + _RANGE_ARTICLE + r"(?:(?:us\s?)?[$€£][\s\u00a0]?)?")
    BETWEEN_RE = re.compile(r"(?:between|entre|zwischen|tra|fra|między|mezi|tussen|بين)"
                          r"[\s\u00a0]+" + _RANGE_ARTICLE +
                          r"(?:(?:us\s?)?[$€£][\s\u00a0]?)?$")
    # the ages of a group with no "between": "im Alter von 25 und 27 Jahren", "de 8 y 12 años"
    AGED_RE = re.compile(r"(?<![^\W\d_])(?:von|de|di|da|aged)[\s\u00a0]+$")

    def range_with(self, span_start: int, end: int, value: float, scaled: float | None,
               nxt: Digits, unit: str | None):
        """(low, scaled, high, end) when the next number closes a range with this one.

        "between X and Y" is a range whatever the values; "X to Y", "X-Y", "X or Y" only when Y
        is larger (a dash between a toll and a smaller number is not a range: "157 - 105 in one
        district"). A scale word on the high end alone applies to both ("$3-5bn")."""
        f = self.folded
        gap = f[end:nxt.start]
        if len(gap) > 12:
            return None
        window = f[max(0, span_start - 18):span_start]
        if W.CHANGED_FROM_OR_BY.search(f, max(0, span_start - 50), span_start):
            return None  # "rose from 8 to 20", "rose by 8 to 20": two counts, not a range
        between = self.BETWEEN_RE.search(window)
        aged = (between is None and unit is None and self.AGED_RE.search(window) is not None
                and (self.unit_after(nxt.end) or ("",))[0] == "year")
        joined = self.RANGE_AND_RE.fullmatch(gap) if between or aged else None
        if joined is None:
            joined = self.RANGE_WORD_RE.fullmatch(gap)
            if joined is None or (gap.strip(" \u00a0") in ("-", "–", "—") and gap.startswith(" ")
                                  and gap.endswith(" ") and gap.strip() != "–"):
                return None
            if re.search(r"(?<![^\W\d_])of(?![^\W\d_])", gap) and self.lang.code != "nl":
                return None  # Dutch "5 of 6" is five or six; "2 of 10 victims" is two of ten
        hi, hi_end = nxt.value, nxt.end
        hi_scale = self.scale_at(nxt.end, unit in ("usd", "eur", "gbp"))
        if hi_scale and hi_scale[0]:
            hi, hi_end = hi * hi_scale[0], hi_scale[1]
            if scaled is None:
                scaled, value = value, value * hi_scale[0]
        elif scaled is None and value == int(value) and 2 <= value < 10 and hi >= 1000:
            # "de 2 à 3000", "2 bis 3.000": a single digit before a round thousands drops the
            # zeros both ends share (2,000 to 3,000), when it is below the high end's first digit
            place = 10 ** (len(str(int(hi))) - 1)
            if hi % place == 0 and value < hi // place:
                scaled, value = value, value * place
        if not between and hi <= value:
            return None
        return value, scaled, hi, hi_end

"""The second pass: numbers written in digits, with their scale, unit, qualifier and range."""

from __future__ import annotations

import re

from generator.text import number_words as W
from generator.text.lexicon import FUNCTION_WORDS, HEADLINE_COUNT_VERBS
from generator.text.quantities.calendar import OF_A_NUMBER_RE, PARTITIVE_RE
from generator.text.quantities.digits import Digits, parse_core, phone_number
from generator.text.quantities.heat import TEMPERATURE_UNITS, minus_before
from generator.text.quantities.languages import CORE, NO_SPACES, SPACE
from generator.text.quantities.model import ID, ORDINAL, QUANTITY, YEAR, Quantity
from generator.text.quantities.scanner import ORDINAL_RE, Scanner, prev_word
from generator.text.quantities.vessel_names import closes_a_vessel_name

#: The largest number a score or a tally ("3-2") is read with.
SCORE_MAX = 30


#: What follows an emergency number: "911 call", "999 calls", "112 operator".
_EMERGENCY = re.compile(r"[ \u00a0-](?:call(s)?|callers?|dispatch(?:ers?)?|operators?|"
                        r"(?:call )?(?:centre|center)s?)\b")
#: Emergency services' numbers, which a singular article or a service's word before them, or a
#: region's name after the European one, make the service's name: "según el 112", "le 112",
#: "il 118", "Emergencias 112", "Notruf 112", "112 Castilla" (a count takes a plural article:
#: "los 112 muertos").
_EMERGENCY_NUMBERS = frozenset({112, 911, 999, 118, 110, 144, 190, 192, 193})
_SERVICE_BEFORE = re.compile(
    r"(?:\b(?:el|le|il|lo|al|del|au|du|dal|dello|allo|ao)|\bl['’]|\b(?:emergencias?"
    r"|urgencias|urgences|emergenze|emerg[eê]ncias?|notruf(?:nummer)?|leitstelle|n[uú]mero"
    r"|numéro|nummer|servicio|service|servizio|centrale|sos))[ \u00a0]+$")
#: Languages that write a people's name in lower case ("112 palestinos", "112 ucraini"): only
#: there is a capitalised word after "112" a region's, not the counted people's ("killed 112
#: Palestinians", "112 Palestiniens", "112 Palestijnen", German nouns: the review of stop 28).
_PEOPLES_LOWER = frozenset({"es", "it", "pt"})
_NAMED_AFTER = re.compile(r"[ \u00a0]+(?:[A-ZÀ-Ý][\w’'-]+)(?:[ \u00a0]|[,.;:)]|$)")
#: A house number's "bis" or "ter" (not "bis 20": German ranges read on).
_BIS = re.compile(r"[ \u00a0]?(?:bis|ter)\b(?![ \u00a0]*\d)")
#: A house number before its street: French "au 17 rue …", "12, avenue …"; English "221 Baker
#: Street" when the clause goes on after the street (not "200 Main Street residents").
_HOUSE_FR = re.compile(r",?[ \u00a0]+(?:rue|avenue|boulevard|bd|impasse|allée|chemin|quai"
                       r"|place)[ \u00a0]+(?:d[eu']|de[ \u00a0]+la|des|[A-ZÉ])")
_HOUSE_EN = re.compile(r"[ \u00a0]+(?P<name>(?:[A-Z][\w'’-]+[ \u00a0]+){1,3})(?:Street|St\."
                       r"|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Boulevard|Blvd\.)(?:[,.;)]"
                       r"|[ \u00a0]+(?:in|on|at|near|where|and|was|is|had|has)\b|$)")
#: A train's number before its name, or in brackets after it (W.TRAIN_NAMES).
_TRAINS = "|".join(W.TRAIN_NAMES)
_TRAIN_AFTER = re.compile(rf"[ \u00a0]+(?P<name>(?:[A-Z][\w-]*[ \u00a0]+){{1,4}})(?:{_TRAINS})\b"
                          r"(?![ \u00a0]+[A-Z])")
_TRAIN_BEFORE = re.compile(rf"(?:{_TRAINS})[ \u00a0]*\($")
#: A number after a numbered item and a conjunction: "nr 20 i 21", "nos. 4 and 5", "n° 3 et 4".
_SECOND_OF_LIST = re.compile(r"(?:\bnr\.?|\bnos?\.|n[º°])[ \u00a0]?\d+[ \u00a0]+"
                             r"(?:i|and|et|y|e|und|a|oraz)[ \u00a0]+$")
#: A dash opening an aside, written as a hyphen glued to its first number and closed by one
#: glued to its last word ("un autocar con 52 viajeros -48 escolares y cuatro maestros-
#: volcó"): the number is no negative one (spent23: passengers counted as a negative number).
#: Not a hyphen that leaves a compound's second half to the next word ("Rettungs- und
#: Bergungsarbeiten"; Dutch "en" is "and": "land- en tuinbouw"; elsewhere "en" opens a place:
#: "- en la autopista"); nor one of a list of such halves, a comma after it and the next half
#: glued to its own hyphen ("Nord-, Ost- und Mitteldeutschland", "valli nord-, centro- e …").
_DASH_ASIDE = {lang: re.compile(r"[^.!?\n\-]{0,160}?[^\W\d_]-(?=,(?![ \u00a0]*[^\W\d_]+-[ \u00a0,])"
                                r"|[.;:!?)]|$|[ \u00a0]+"
                                rf"(?!(?:und|oder|bzw|sowie|and|or|et|ou|y|o|e|of{more})\b))")
               for lang, more in (("nl", "|en"), ("*", ""))}
#: A code of letters and digits, with a letter, glued by a dash before a number: "J2-8243".
_CODE_DASH = re.compile(r"(?<![\w-])(?=[^\W_]*[^\W\d_])[^\W_]{2,4}-$")
#: The whole word glued before a number (a proclitic is one, not the end of a longer word).
_GLUED_WORD = re.compile(r"(?:^|(?<=[^\w]))([^\W\d_]{1,5})$")
#: The stems of the Russian and Ukrainian words for "year" in the cases an ordinal year takes.
_YEAR_STEMS = ("год", "рок", "рік")
#: German articles and their contractions with a preposition: a number between one of them and
#: a full stop is an ordinal ("das 650. Jubiläum", "am 3. Tag"), however large; after "seit"
#: or "bis" only a small one is ("bis 150. Die Polizei…" ends a sentence).
_DE_ARTICLES_BEFORE_ORDINAL = frozenset({
    "im", "am", "der", "des", "die", "das", "dem", "den", "zum", "vom", "beim", "zur", "ins"})
#: A Roman numeral in capitals, with a French ordinal ending or none ("XVIe", "XXI").
_ROMAN = re.compile(r"(?<![\w.])(?P<r>[IVXLC]{1,7})(?P<suf>e|er|ème|è)?(?!\w)")
_ROMAN_DIGITS = (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9),
                 ("V", 5), ("IV", 4), ("I", 1))


def roman(value: int) -> str:
    out = ""
    for letters, worth in _ROMAN_DIGITS:
        while value >= worth:
            out, value = out + letters, value - worth
    return out


#: Each Roman numeral up to 100 and its value ("XIIX" and "IIII" are none).
_ROMANS = {roman(v): v for v in range(1, 101)}
#: "mil " before a number, with no number before it ("mil 400", not "6 mil 300").
_BARE_THOUSAND = re.compile(r"(?<![\w\d])mil\s$")


class NumeralsPass(Scanner):
    def digits(self) -> None:
        self.romans()
        f = self.folded
        cores: list[Digits] = []
        for m in CORE.finditer(f):
            plus = m.start() > 0 and f[m.start() - 1] == "+" and (
                m.start() < 2 or f[m.start() - 2] in SPACE + "(\n")
            if phone_number(m.group(0), plus) and self.free(m.start(), m.end()):
                s = m.start() - plus  # a telephone number: the whole run is one id
                self.add(Quantity(s, m.end(), ID, float(re.sub(r"\D", "", m.group(0))),
                                  span=(s, m.end())))
                continue
            for d in parse_core(m.group(0), m.start(), self.lang):
                if self.free(d.start, d.end):
                    cores.append(d)
        i = 0
        while i < len(cores):
            d = cores[i]
            if not self.free(d.start, d.end):  # in the unit of the reading before ("1000 m2")
                i += 1
                continue
            consumed = self.number(d, cores[i + 1] if i + 1 < len(cores) else None)
            i += 1 + consumed

    def romans(self) -> None:
        """A Roman numeral is an ordinal beside a word for "century" ("siglo XVI", "w XXI wieku")
        or with the French ordinal ending ("le XVIe arrondissement"). Elsewhere it names a king, a
        boat or a road and is left alone; only capitals, and two letters or more before an
        ending. A numeral spelt as one of the language's little words is that word, beside
        "century" too ("Le siècle dernier", "I secoli", "this century I have seen"). Czech puts a
        stop after it ("XX. století")."""
        for m in _ROMAN.finditer(self.text):
            value = _ROMANS.get(m.group("r"))
            if value is None or not self.free(m.start(), m.end()) \
                    or m.group(0).lower() in self.lang.stopwords:
                continue
            after = re.match(r"\.?[\s\u00a0]*([^\W\d_]+)", self.folded[m.end():m.end() + 24])
            beside = {prev_word(self.folded, m.start()), after.group(1) if after else ""}
            if (m.group("suf") and len(m.group("r")) > 1) or beside & W.CENTURY_WORDS:
                self.add(Quantity(m.start(), m.end(), ORDINAL, float(value),
                                  span=(m.start(), m.end())))

    def proclitic_before(self, at: int) -> bool:
        """Is the word glued before ``at`` one of the language's proclitics (W.PROCLITICS)?"""
        m = _GLUED_WORD.search(self.folded, max(0, at - 8), at)
        return bool(m) and m.group(1).rstrip("\u0640") in W.PROCLITICS.get(self.lang.code, ())

    def number(self, d: Digits, nxt: Digits | None) -> int:
        """Classify one run of digits; returns how many following runs it consumed (ranges,
        "1 सय 57")."""
        f = self.folded
        a, b = d.start, d.end
        before_char = f[a - 1] if a else ""
        after = f[b:b + 6]
        # glued letters before: ids ("covid-19", "a380") or magnitudes ("m6.4"), but not a
        # proclitic that the language glues to any word ("و45": and 45)
        glued = (before_char.isalpha() and self.lang.code not in NO_SPACES
                 and not self.proclitic_before(a))
        if before_char == "-" and a >= 2 and _CODE_DASH.search(f, max(0, a - 8), a):
            self.add(Quantity(a, b, ID, d.value, span=(a, b)))  # "J2-8243": a flight's code
            return 0
        if glued or (before_char == "-" and a >= 2 and f[a - 2].isalpha()):
            word = prev_word(f, a if before_char.isalpha() else a - 1)
            m_word = re.search(r"([^\W\d_]+)-?$", f[max(0, a - 12):a])
            w = m_word.group(1) if m_word else ""
            if w in ("m", "mw", "magnitude", "magnitud", "magnitudo"):
                self.add(Quantity(a, b, QUANTITY, d.value, unit="magnitude",
                                  decimals=d.decimals, span=(a - len(w) - (before_char == "-"),
                                                             b)))
                return 0
            if not (before_char == "," or word == ""):
                self.add(Quantity(a, b, ID, d.value, span=(a, b)))
                return 0
        if (nxt is not None and f[b:nxt.start] == ":" and b - a <= 2 and nxt.end - nxt.start <= 2
                and not d.decimals and not nxt.decimals):
            # two small numbers joined by a colon that the clock reader left: a match's result
            # or a ratio ("nach dem 2:3", "la défaite 1:4"), which counts nothing
            self.add(Quantity(a, nxt.end, ID, d.value, span=(a, nxt.end)))
            return 1
        if (nxt is not None and f[b:nxt.start] in ("x", "×") and b - a == 1
                and nxt.end - nxt.start == 1 and not f[nxt.end:nxt.end + 1].isalnum()
                and self.unit_after(nxt.end) is None):
            # "un 4x4", "a 6x6 truck": a vehicle's drive, no count; a unit makes it a size
            self.add(Quantity(a, nxt.end, ID, d.value, span=(a, nxt.end)))
            return 1
        if (before_char and before_char in "#№") or self.number_sign_before(a):
            self.add(Quantity(a, b, ID, d.value, span=(a, b)))
            return 0
        if self.names_something(a, b) or self.is_code(a, b, d) or (
                self.qualifier_before(a) is None
                and closes_a_vessel_name(self.text, a, b, self.lang.code)):  # "„Borkum 518“"
            self.add(Quantity(a, b, ID, d.value, span=(a, b)))
            return 0
        if self.named_by_number(a, b):  # "flight 171", "Boeing 787-8": the version after a dash too
            if nxt is not None and f[b:nxt.start] == "-":
                self.add(Quantity(a, nxt.end, ID, d.value, span=(a, nxt.end)))
                return 1
            self.add(Quantity(a, b, ID, d.value, span=(a, b)))
            return 0
        # ordinals: "12th", "1er", "2º"; German "12." before a word that is not a month
        m = ORDINAL_RE.match(f, a)
        if m and m.end() >= b and not d.grouped and d.decimals == 0 and m.end() > b:
            self.add(Quantity(a, m.end(), ORDINAL, d.value, span=(a, m.end())))
            return 0
        # Russian and Ukrainian ordinals in digits ("2-й степени", "на 5-м этаже"), the year
        # when a year word follows ("в 1987-м году", "1980-х годов")
        ending = re.match(r"-([^\W\d_]{1,3})(?![^\W\d_])", f[b:b + 5])
        endings = W.ORDINAL_ENDINGS.get(self.lang.code, frozenset())
        if ending and endings and d.decimals == 0 and not d.grouped:
            e2 = b + ending.end()
            word = re.match(r"[\s\u00a0]+([^\W\d_]+)", f[e2:e2 + 24])
            year = word is not None and (word.group(1) in W.YEAR_AFTER
                                         or word.group(1).startswith(_YEAR_STEMS))
            if year and 1000 <= d.value <= 2100 and (ending.group(1) in endings
                                                     or ending.group(1) in W.DECADE_ENDINGS):
                self.add(Quantity(a, b, YEAR, d.value, span=(a, e2)))
                return 0
            if ending.group(1) in endings or (year and ending.group(1) in W.DECADE_ENDINGS):
                # ("в 90-х годах": a decade, no amount)
                self.add(Quantity(a, e2, ORDINAL, d.value, span=(a, e2)))
                return 0
        before_word = prev_word(f, a)
        if (self.lang.code == "de" and after[:1] == "." and re.match(r"\.\s[^\W\d_]", after)
                and d.decimals == 0 and not d.grouped
                and (before_word in _DE_ARTICLES_BEFORE_ORDINAL
                     or (d.value < 100 and before_word in ("seit", "bis")))):
            self.add(Quantity(a, b + 1, ORDINAL, d.value, span=(a, b + 1)))
            return 0
        # Czech, Polish and German write ordinals with a full stop: "12. pěšího pluku", "3.
        # pułku", "die 12. große Welle" (a word in lower case after it: no sentence ends there)
        if (self.lang.code in ("cs", "pl", "de") and re.match(r"\. [^\W\d_]", self.text[b:b + 3])
                and self.text[b + 2].islower() and d.decimals == 0 and not d.grouped):
            self.add(Quantity(a, b + 1, ORDINAL, d.value, span=(a, b + 1)))
            return 0
        # list numbering at the start of a line: "1. ", "2) "
        # (a bounded look back: searching a long line for its start costs time with every number)
        before = f[max(0, a - 64):a]
        at_line_start = not before.rsplit("\n", 1)[-1].strip() and ("\n" in before or a <= 64)
        if at_line_start and re.match(r"[.)]\s", after) and d.value < 100:
            self.add(Quantity(a, b + 1, ID, d.value, span=(a, b + 1)))
            return 0
        # a score or a tally ("lost 3-2", "a 5-3 vote"): a dash glued to a whole number no
        # larger, both small, no unit after; no amount of anything (a range rises: "5-10")
        if (nxt is not None and f[b:nxt.start] in ("-", "–") and d.decimals == nxt.decimals == 0
                and not d.grouped and nxt.value <= d.value <= SCORE_MAX
                and not f[nxt.end:nxt.end + 1].isalnum() and self.unit_after(nxt.end) is None
                and self.unit_before(a) is None):
            self.add(Quantity(a, nxt.end, ID, d.value, span=(a, nxt.end)))
            return 1
        value, decimals, end, consumed = d.value, d.decimals, b, 0
        currency = self.unit_before(a)
        unit = currency[0] if currency else None
        span_start = currency[1] if currency else a
        # "mil 400" (es, pt): a thousand written as a word, then the rest in figures is 1,400
        bare = _BARE_THOUSAND.search(f, max(0, a - 5), a) if self.lang.code in ("es", "pt") \
            and not currency and not d.grouped and d.value < 1000 and not d.decimals else None
        prior = re.search(r"(\S+)\s+$", f[max(0, bare.start() - 20):bare.start()]) if bare \
            else None
        if prior and (prior.group(1)[-1:].isdigit() or self.is_number_word(prior.group(1))):
            bare = None  # "6 mil 300", "dos mil": the scale of the number before it
        if bare and self.free(bare.start(), a):
            value, span_start = 1000 + d.value, bare.start()
            a = bare.start()
        sign = ""
        if (before_char and before_char in "-+" and (a < 2 or f[a - 2] in SPACE + "(\n")
                and currency is None and not (before_char == "-" and _DASH_ASIDE[
                    "nl" if self.lang.code == "nl" else "*"].match(f, b))):
            sign = before_char
            span_start = a - 1
        scaled = None
        scale = self.scale_at(end, unit in W.CURRENCIES)
        if scale and scale[0]:
            scaled = value
            value *= scale[0]
            end = scale[1]
            # "1 सय 57", "২ হাজার ৫০০", "1만 2천", "6 mil 300": a smaller number after the
            # scale adds to it
            if nxt is not None and (self.lang.code in ("ne", "hi", "bn", "ko", "zh", "ja") or (
                    self.lang.code in ("es", "pt") and scale[0] == 1000)):
                gap = f[end:nxt.start]
                tail = self.scale_at(nxt.end, False)
                if gap.strip() == "" and len(gap) <= 1 and nxt.value < scale[0] and not (
                        tail and self.lang.code in ("es", "pt")):
                    add = nxt.value * (tail[0] if tail else 1)
                    value += add
                    end = tail[1] if tail else nxt.end
                    consumed = 1
        elif not decimals and unit is None and (dozens := self.dozens_after(end)) is not None:
            value, end = value * 12, dozens  # "3 dozen", "3 Dutzend"
        # ranges: "410 to 589", "5-10", "between 5 and 10", "$3-5bn", "18,000-20,000"
        high = None
        if nxt is not None and not consumed:
            rng = self.range_with(span_start, end, value, scaled, nxt, unit)
            if rng is not None:
                value, scaled, high, end = rng
                consumed = 1
                # two years: both from 1800, or older when a year's context follows the second
                # ("entre 1163 et 1345, l'édifice", not "entre 1200 et 1500 personnes")
                if (not d.grouped and not nxt.grouped and scaled is None and unit is None
                        and 1000 <= d.value <= 2100 and 1000 <= nxt.value <= 2100
                        and not d.decimals and not nxt.decimals
                        and ((d.value >= 1800 and nxt.value >= 1800)
                             or (b - a == nxt.end - nxt.start == 4
                                 and self.is_year(nxt.start, nxt.end)))):
                    self.add(Quantity(a, end, YEAR, d.value, high=high, span=(a, end)))
                    return 1
        after_unit = self.unit_after(end)
        span_end = end
        if after_unit and unit is None:
            unit, span_end = after_unit
        elif after_unit and unit in W.CURRENCIES and after_unit[0] == unit:
            span_end = after_unit[1]
        if unit == "magnitude" and after_unit and after_unit[0] != "magnitude":
            unit = after_unit[0]
        # years: four digits, no unit, no qualifier, in a year's context
        qual = self.qualifier_before(span_start)
        if (unit is None and not d.grouped and decimals == 0 and high is None and scaled is None
                and 1000 <= value <= 2100 and b - a == 4 and qual is None and not sign
                and self.is_year(a, b)):
            self.add(Quantity(a, b, YEAR, value, span=(a, b)))
            return consumed
        minus = minus_before(f, span_start) if unit in TEMPERATURE_UNITS and not sign else None
        if minus is not None:
            sign, span_start = "-", minus  # "minus 12 degrees", "moins 8 °C"
        if sign == "-":
            value = -value
        approx, span_end = self.approx_around(qual, span_start, span_end)
        full = (qual[1] if qual else span_start, span_end)
        self.add(Quantity(a, end, QUANTITY, value, high=high, unit=unit, approx=approx,
                          decimals=decimals, span=full, scaled=scaled))
        return consumed

    def is_code(self, a: int, b: int, d: Digits) -> bool:
        """A number that is a code, not an amount: an emergency number before a call ("a 911
        call", "the 112 operator"), a house number with "bis" or "ter" (fr, it, es, pt: "au 17
        bis"; German "bis" is a range) or before its street ("au 17 rue", "221 Baker Street,"),
        a train's number beside its name, the second of two numbers after "no."/"nr" ("nr 20 i
        21")."""
        f = self.folded
        if a and self.text[a - 1] in "@#":
            return True  # "@112Castilla", "#Riada2031": part of a handle's or a hashtag's name
        if d.decimals or d.grouped:
            return False
        if len(self.text[a:b].strip()) >= 2 and not self.text[a:b].strip("0 "):
            return True  # "000", the tail of a thousand split by a tag list ("1 , 000 , dead"):
            # no count of nothing is written with two zeros (trial 32: "0 dead")
        call = _EMERGENCY.match(f, b)
        if call and (int(d.value) in (911, 999) or (int(d.value) == 112 and not call.group(1))):
            return True  # ("112 calls" may count calls; "911 calls" never does)
        if int(d.value) in _EMERGENCY_NUMBERS and self.unit_after(b) is None and (
                _SERVICE_BEFORE.search(f, max(0, a - 24), a)
                or (int(d.value) == 112 and self.lang.code in _PEOPLES_LOWER
                    and _NAMED_AFTER.match(self.text, b))):
            return True  # "según el 112", "Emergencias 112", "il 118", "112 Castilla" (trial 30:
            # an emergency service's number read as the dead)
        if self.lang.code in ("fr", "it", "es", "pt") and _BIS.match(f, b):
            return True
        if (b - a >= 5 and self.name_after(_TRAIN_AFTER, b)) or (b - a >= 3 and (
                self.text[b:b + 1] == ")" and _TRAIN_BEFORE.search(self.text, max(0, a - 24), a))):
            return True  # "the 12841 Coromandel Express", "the Howrah Mail (12839)"
        if (self.lang.code == "fr" and _HOUSE_FR.match(self.text, b)) or (
                self.lang.code == "en" and self.name_after(_HOUSE_EN, b)):
            return True
        return bool(_SECOND_OF_LIST.search(f, max(0, a - 16), a))

    def name_after(self, pattern: re.Pattern[str], b: int) -> bool:
        """A name after a number that it numbers (a train's, a street's): capitalised words
        that are no English function word ("As", "From": the names are English-style) or
        counted noun, then the train's or the street's word ("42 High St.,"). A
        headline in title case capitalises a count's words too ("20000 Stranded As Express
        Trains Halt", "200 Evacuated From Ocean Drive"): those are no name."""
        m = pattern.match(self.text, b)
        return m is not None and not any(
            w.lower() in FUNCTION_WORDS or w.lower() in W.COUNT_NOUNS
            for w in m.group("name").split())

    def names_something(self, a: int, b: int) -> bool:
        """A number that names a thing, not an amount: right after a capitalised noun inside a
        sentence and followed by no counted noun ("auf der Autobahn 7 in Hessen", "the
        crash on Route 66 at dawn", "la Ligne 4 à Paris"). The noun's capital and the function
        word (or punctuation) after the number tell it apart from a count after a name or a
        day, which a counted noun follows ("am Montag 12 Menschen", "in Derna 5,000 people").
        A headline in title case capitalises its verb too: after "Kills" or "Strands" and
        before a capitalised word ("Fire Kills 3 In Mill Blaze") the number is a count."""
        window = self.text[max(0, a - 40):a]
        m = re.search(r"[^\W\d_][,;]? ([A-ZÀ-ÖØ-Þ][^\W\d_]*)[ \u00a0]$", window)
        if m is None or self.qualifier_before(a) is not None or self.unit_before(a) is not None \
                or self.unit_after(b) is not None:
            return False  # a unit after it ("der Zug 300 Meter weiter": German's stop list
            # holds "Meter") makes it an amount
        if self.lang.months.search(self.folded[a - len(m.group(1)) - 1:a] + "\x00"):
            return False
        if PARTITIVE_RE.match(self.folded, b) or OF_A_NUMBER_RE.match(self.folded, b):
            return False  # "on Sunday 31 of them were killed", "Kreis Olden 14 der 33 Opfer"
        if m.group(1).lower() in HEADLINE_COUNT_VERBS:
            return False
        nxt = re.match(r"[\s\u00a0]*(?:([^\W\d_]+)|([.,;:)]|$))", self.folded[b:b + 30])
        if nxt is None:
            return False
        if nxt.group(2) is not None:
            return True
        word = nxt.group(1)
        return word in self.lang.stopwords and word not in W.COUNT_NOUNS

"""The third pass: numbers written in words, vague amounts, ordinals, fractions."""

from __future__ import annotations

from generator.text import number_words as W
from generator.text.quantities import halves as H
from generator.text.quantities.languages import SPACE, WORD
from generator.text.quantities.model import ID, ORDINAL, QUANTITY, VAGUE, Quantity
from generator.text.quantities.scanner import Scanner
from generator.text.quantities.word_values import (
    HAN_COUNT,
    combine,
    fused_duration,
    han_number,
    joins_tens,
    larger_scale,
    lower_case_eight,
    nine_before_plural,
    noun_after_article,
    noun_homonym,
    one_at_a_time,
    plural_scale,
    text2num_cached,
)


class WordsPass(Scanner):
    def words(self) -> None:
        if self.lang.code in ("zh", "ja"):
            for m in HAN_COUNT.finditer(self.folded):
                if self.free(m.start(), m.end()):
                    self.add(Quantity(m.start(), m.end(), QUANTITY, han_number(m.group(0)),
                                      span=(m.start(), m.end())))
        f = self.folded
        lang = self.lang
        tokens = [self.unelided(m.start(), m.end(), m.group(0)) for m in WORD.finditer(f)]
        ordinals = W.ORDINAL_WORDS.get(lang.code, {})
        approx_nouns = W.APPROX_NOUNS.get(lang.code, {})
        i = 0
        while i < len(tokens):
            s, e, w = tokens[i]
            if not self.free(s, e):
                i += 1
                continue
            nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
            fraction = W.FRACTIONS.get(lang.code, {}).get(w)
            prev = tokens[i - 1][2] if i else ""
            if lang.code == "ar" and w.startswith("ال") and w[2:] in lang.vague:
                w = w[2:]  # "الآلاف": the thousands
            part = H.share_of_a(tokens, i, lang, self.word_value)  # "half a mile", "a quarter
            if part is not None:  # of a million": a share of the scale (or unit) after "a"
                s, k, share = tokens[part[0]][0], part[1], part[2]
                scale = lang.scales.get(tokens[k][2])
                unit = None if scale or share != 0.5 else self.unit_after(tokens[k - 1][1])
                if scale or unit:
                    e2 = tokens[k][1] if scale else unit[1]
                    qual = self.qualifier_before(s)  # "more than half a million"
                    approx, span_end = self.approx_around(qual, s, e2)
                    self.add(Quantity(s, e2, QUANTITY, share * (scale or 1), approx=approx,
                                      unit=unit[0] if unit else None,
                                      span=(qual[1] if qual else s, span_end)))
                    i = k + 1
                    continue
            share = W.FRACTION_PLURALS.get(lang.code, {}).get(nxt)
            numerator = self.word_value([w]) if share and self.is_number_word(w) else None
            if numerator in range(2, 10) and i + 2 < len(tokens) \
                    and tokens[i + 2][2] in W.FRACTION_OF:
                e2 = tokens[i + 1][1]  # "two thirds of the town": one share, 66.7 %
                qual = self.qualifier_before(s)  # "almost two thirds of"
                approx, span_end = self.approx_around(qual, s, e2)
                self.add(Quantity(s, e2, QUANTITY, numerator * share, unit="percent",
                                  approx=approx, span=(qual[1] if qual else s, span_end)))
                i += 2
                continue
            # "полкилометра", "an hour and a half", "two-and-a-half"
            held = H.with_unit(tokens, i, f, lang) or H.hyphened(
                tokens, i, lang, lambda h: self.is_number_word(h) and self.word_value([h]))
            if held is not None:
                s, end, value, unit = held
                after = None if unit else self.unit_after(end)  # "two-and-a-half miles"
                qual = self.qualifier_before(s)
                approx, span_end = self.approx_around(qual, s, after[1] if after else end)
                self.add(Quantity(s, end, QUANTITY, value, unit=unit or (after and after[0]),
                                  approx=approx, span=(qual[1] if qual else s, span_end)))
                while i < len(tokens) and tokens[i][0] < end:
                    i += 1
                continue
            half = H.before_scale(tokens, i, f, lang)  # "eine halbe Million", "pół miliona"
            if half is not None:
                n, value, about = half
                end = tokens[i + n - 1][1]
                if prev in W.ARTICLES.get(lang.code, ()) and not f[tokens[i - 1][1]:s].strip():
                    s = tokens[i - 1][0]  # "eine halbe Million": the article is its "one"
                qual, unit = self.qualifier_before(s), self.unit_after(end)
                approx, span_end = self.approx_around(qual, s, unit[1] if unit else end)
                self.add(Quantity(s, end, QUANTITY, value, approx="about" if about else approx,
                                  unit=unit[0] if unit else None,
                                  span=(qual[1] if qual else s, span_end)))
                i += n
                continue
            # a fraction is "a third of", "la moitié de", "half"; "a third day" is an ordinal;
            # "a quarter of an hour", "las tres y cuarto" are no share (no figure)
            if fraction is not None and H.part_of_a_span(tokens, i, lang):
                self.take(tokens[i - 1][0] if prev in W.ARTICLES.get(lang.code, ()) else s, e)
                i += 1
                continue
            if fraction is not None and (nxt in W.FRACTION_OF or lang.code == "ar" or (
                    w in ("half", "halb") and nxt not in W.NOT_A_HALF_BEFORE
                    and prev not in W.NOT_A_HALF_AFTER)):
                s2 = tokens[i - 1][0] if prev in ("a", "one", "une", "un", "una", "um", "uma",
                                                  "ein", "eine") else s
                qual = self.qualifier_before(s2)  # "almost a third of"
                approx, span_end = self.approx_around(qual, s2, e)
                self.add(Quantity(s2, e, QUANTITY, fraction, unit="percent", approx=approx,
                                  span=(qual[1] if qual else s2, span_end)))
                i += 1
                continue
            multiple = W.MULTIPLES.get(lang.code, {}).get(w)
            if multiple is not None and nxt and nxt not in lang.stopwords:
                self.add(Quantity(s, e, QUANTITY, multiple, span=(s, e)))
                i += 1
                continue
            after = W.ORDINAL_AFTER.get(lang.code, {}).get(prev, {})
            if w in after and not f[tokens[i - 1][1]:s].strip(SPACE):  # "a doua zi"
                self.add(Quantity(s, e, ORDINAL, float(after[w]), span=(s, e)))
                i += 1
                continue
            head = w.split("-")[0]
            if (w in ordinals or ("-" in w and head in ordinals)) and \
                    nxt not in W.NOT_ORDINAL_BEFORE and prev not in W.ONE_EACH:  # "other"
                e2 = e if w in ordinals else s + len(head)
                self.add(Quantity(s, e2, ORDINAL, float(ordinals[w if w in ordinals else head]),
                                  span=(s, e2)))
                i += 1
                continue
            # "several hundred", "kilka tysięcy", "mehrere Dutzend": vague
            if w in W.SEVERAL and (nxt in lang.vague or nxt in lang.scales
                                   or nxt in approx_nouns or plural_scale(nxt, lang)):
                end = tokens[i + 1][1]
                base = (lang.scales.get(nxt) or approx_nouns.get(nxt)
                        or lang.scales.get(nxt[:-1])
                        or (lang.vague[nxt] / 2 if nxt in lang.vague else None))
                floor = W.SEVERAL_FLOOR.get(w, 2) * base if base else None
                if (w, prev) in (("few", "a"), ("paar", "ein"), ("paar", "een")):  # "a few hundred"
                    s = tokens[i - 1][0]
                larger = larger_scale(tokens, i + 2, base, lang, f)  # "… hundred thousand"
                factor, end, taken = larger if larger and floor else (1, end, 0)
                self.add(Quantity(s, end, VAGUE, None, floor=floor and floor * factor,
                                  span=(s, end)))
                i += 2 + taken
                continue
            # "une centaine", "un centenar", "a dozen", "otra veintena": about a value
            if (w in W.ARTICLES.get(lang.code, ()) or w in W.ANOTHER.get(lang.code, ())) \
                    and nxt in approx_nouns:
                end = tokens[i + 1][1]
                value = approx_nouns[nxt]
                unit = self.unit_after(end)  # "una trentina di metri": about 30 metres
                # a qualifier before the article is the reading's ("plus d'une centaine", "más
                # de un centenar", "oltre un centinaio", "mehr als ein Dutzend")
                qual = self.qualifier_before(s)
                approx, span_end = self.approx_around(qual, s, unit[1] if unit else end) \
                    if qual else ("exact" if value == 12 else "about", unit[1] if unit else end)
                self.add(Quantity(s, end, QUANTITY, value, unit=unit[0] if unit else None,
                                  approx=approx, span=(qual[1] if qual else s, span_end)))
                i += 2
                continue
            # "более сотни человек": the singular after a qualifier is one hundred, not hundreds
            scale_noun = W.SCALE_NOUNS.get(lang.code, {}).get(w)
            qual = self.qualifier_before(s) if scale_noun else None
            if qual is not None:
                approx, span_end = self.approx_around(qual, s, e)
                self.add(Quantity(s, e, QUANTITY, scale_noun, approx=approx,
                                  span=(qual[1], span_end)))
                i += 1
                continue
            # a scale word said twice is its vague plural ("হাজার হাজার মানুষ", "सौ सौ"):
            # thousands, hundreds; a repeated cardinal is "each" (number_words)
            if lang.code in W.DISTRIBUTIVE_REPEAT and w in lang.scales and nxt == w and \
                    f[e:tokens[i + 1][0]] == " ":
                end = tokens[i + 1][1]
                self.add(Quantity(s, end, VAGUE, None, floor=2 * lang.scales[w], span=(s, end)))
                i += 2
                continue
            # vague amounts: "dozens", "tens of thousands", "des milliers", "десятки тысяч"
            if w in lang.vague:
                floor = lang.vague[w]
                end = e
                j = i + 1
                bare = W.VAGUE_UNIT_BARE.get(lang.code, {})
                if (j + 1 < len(tokens) and tokens[j][2] in ("of", "de", "di", "d")
                        and tokens[j + 1][2] in lang.vague):
                    floor = W.VAGUE_UNIT.get(w, floor) * lang.vague[tokens[j + 1][2]]
                    end = tokens[j + 1][1]
                    j += 2
                elif w in bare and j < len(tokens) and tokens[j][2] in lang.vague and \
                        not f[e:tokens[j][0]].strip(SPACE):  # "Hunderte, Tausende": two
                    floor = bare[w] * lang.vague[tokens[j][2]]
                    end = tokens[j][1]
                    j += 1
                self.add(Quantity(s, end, VAGUE, None, floor=floor, span=(s, end)))
                i = j
                continue
            # an Arabic dual: one word that is two of what it names ("شخصان", "يومين")
            dual = w[1:] if w[:1] in "وفبل" and w[1:] in W.DUALS.get(lang.code, ()) else w
            if dual in W.DUALS.get(lang.code, ()):  # "وعربتين": "and" glued to the dual
                self.add(Quantity(s, e, QUANTITY, 2.0, unit=W.DUALS[lang.code][dual],
                                  span=(s, e)))
                i += 1
                continue
            if prev in W.NONE_BEFORE.get(lang.code, ()) and self.is_number_word(w) \
                    and not f[tokens[i - 1][1]:s].strip(SPACE):
                i += 1  # "ни один": not one; "he said no. Two people died" stays two
                continue
            if (w in W.ONE_OF and (nxt in W.AFTER_ONE or prev in W.ONE_OF)) or (
                    w == "one" and self.one_who_speaks(tokens, i)):  # "one witness said"
                i += 1  # "one of the", "l'une des", "jeden z", "с одной стороны": not a count
                continue
            if one_at_a_time([w] if "-" not in w else w.split("-"), tokens, i):
                i += 1 if "-" in w else 3  # "one by one", "un par un", "one-by-one"
                continue
            parsed = self.number_words(tokens, i)
            if parsed is not None and (self.number_sign_before(s) or (  # "pozo número cuatro"
                    prev in W.RANK_NOUNS.get(lang.code, ()) and i  # "de nivel cinco"
                    and not f[tokens[i - 1][1]:s].strip(SPACE))):
                end = tokens[i + parsed[0] - 1][1]
                self.add(Quantity(s, end, ID, parsed[1], span=(s, end)))
                i += parsed[0]
                continue
            if parsed is None and w in W.ARTICLES.get(lang.code, ()) and \
                    self.one_in_a_list(tokens, i):
                self.add(Quantity(s, e, QUANTITY, 1.0, span=(s, e)))
                i += 1
                continue
            fused = fused_duration(w, lang, self.word_value) if parsed is None else None
            if fused is not None:  # "zwölftägigen": twelve days
                self.add(Quantity(s, e, QUANTITY, fused[0], unit=fused[1], span=(s, e)))
                i += 1
                continue
            if parsed is None:
                # "three-day", "six-year-old": the number word before a hyphen
                head = w.split("-")[0]
                if "-" in w and head and self.is_number_word(head):
                    value = self.word_value([head])
                    if value is not None:
                        end = s + len(head)
                        unit = self.unit_after(end)
                        self.add(Quantity(s, end, QUANTITY, value,
                                          unit=unit[0] if unit else None,
                                          span=(s, unit[1] if unit else end)))
                i += 1
                continue
            n, value = parsed
            start, end = s, tokens[i + n - 1][1]
            halved = H.and_a_half(tokens, i + n, end, value, f, lang)  # "un million et demi"
            if halved is not None and (halved[2] or self.unit_after(halved[0]) is not None):
                end, value = halved[0], halved[1]
                while i + n < len(tokens) and tokens[i + n][0] < end:
                    n += 1
            high = None
            # "two dozen", "tres docenas": a count of dozens (text2num knows no dozens)
            k = i + n
            if k < len(tokens) and tokens[k][2] in W.DOZENS.get(lang.code, ()) and \
                    not f[end:tokens[k][0]].strip(SPACE):
                value *= 12
                end = tokens[k][1]
                n += 1
            # "two or three months", "five to six"
            k = i + n
            if k + 1 < len(tokens) and tokens[k][2] in W.WORD_RANGE and \
                    (tokens[k][2] != "of" or lang.code == "nl") and \
                    len(f[end:tokens[k + 1][0]]) <= 6 and \
                    not W.CHANGED_FROM_OR_BY.search(f, max(0, start - 50), start):
                other = self.number_words(tokens, k + 1)
                if other is not None and other[1] > value:
                    high = other[1]
                    end = tokens[k + other[0]][1]
                    n = k + other[0] + 1 - i
            qual = self.qualifier_before(start)
            unit = self.unit_after(end)
            approx, span_end = self.approx_around(qual, start, unit[1] if unit else end)
            span = (qual[1] if qual else start, span_end)
            self.add(Quantity(start, end, QUANTITY, value, high=high,
                              unit=unit[0] if unit else None, approx=approx, span=span))
            i += n

    def one_in_a_list(self, tokens, i: int) -> bool:
        """An article is the number one in a list of counts joined by "and": after a count
        ("dont trois graves et une femme", "mit zwei Streifen und einem Rettungswagen")
        or before one ("un mort et douze blessés"). Elsewhere it is an article ("le cargo,
        un vraquier", "en un galpón", "un camion et un bus": two articles make no count);
        English "a" is never the numeral."""
        f = self.folded
        s = tokens[i][0]
        joiners = W.LIST_JOINERS.get(self.lang.code, ())
        if i + 2 < len(tokens) and tokens[i + 2][2] in W.OF:  # "une partie du hangar"
            return False
        if i + 3 < len(tokens) and tokens[i + 2][2] in joiners and \
                not self.is_number_word(tokens[i + 1][2]) and \
                f[tokens[i][1]:tokens[i + 1][0]].strip(SPACE) == "" and \
                f[tokens[i + 1][1]:tokens[i + 2][0]].strip(SPACE) == "":
            after = f[tokens[i + 2][1]:tokens[i + 2][1] + 3].lstrip(SPACE)
            # a count after "and", not a second article ("een goederentrein en een trein")
            if after[:1].isdigit() or (f[tokens[i + 2][1]:tokens[i + 3][0]].strip(SPACE) == ""
                                       and self.is_number_word(tokens[i + 3][2])
                                       and tokens[i + 3][2] not in W.ARTICLES[self.lang.code]):
                return True
        if not i or tokens[i - 1][2] not in joiners or f[tokens[i - 1][1]:s].strip(SPACE):
            return False
        back = tokens[max(0, i - 8)][0]
        cut = max(f[back:s].rfind(c) for c in ".;:!?«»()")
        if cut >= 0:
            back += cut + 1
        return any(q.kind == QUANTITY and q.value is not None and back <= q.start < s
                   for q in self.out)

    def unelided(self, s: int, e: int, w: str) -> tuple[int, int, str]:
        """A word token, with an elided word glued before an article taken off (W.ELIDED)."""
        for elided in W.ELIDED.get(self.lang.code, ()):
            if w.startswith(elided) and w[len(elided):] in W.ARTICLES[self.lang.code]:
                return s + len(elided), e, w[len(elided):]
        return s, e, w

    def word_value(self, words: list[str]) -> float | None:
        lang = self.lang
        if lang.code in W.TEXT2NUM:
            return text2num_cached(" ".join(words), lang.code)
        return combine([lang.words.get(w) for w in words])

    def is_number_word(self, w: str) -> bool:
        lang = self.lang
        if lang.code in W.TEXT2NUM:
            if w in W.NOT_NUMBERS.get(lang.code, ()):
                return False
            return text2num_cached(w, lang.code) is not None
        if lang.code == "ar" and w.startswith("و") and w[1:] in lang.words:
            return True
        # nine that is also "new" only before a plural (nine_before_plural)
        return w in lang.words and w not in W.NINE_OR_NEW.get(lang.code, ((),))[0]

    def number_words(self, tokens, i: int) -> tuple[int, float] | None:
        lang = self.lang
        words: list[str] = []
        joined: list[str] = []  # the words with their joiners, as text2num reads "vinte e três"
        best: tuple[int, float] | None = None
        j = i
        articles = W.ARTICLES.get(lang.code, frozenset())
        if i and noun_after_article(tokens, i, self.folded, lang):
            return None  # "un set de": the noun after an article, not seven
        while j < len(tokens) and j - i < 8:
            s, e, w = tokens[j]
            if lang.code in W.DISTRIBUTIVE_REPEAT:  # "चार चार लाख", "चार-चार": four lakh each
                if j > i and w == tokens[j - 1][2] and self.folded[tokens[j - 1][1]:s] == " ":
                    if best is not None:  # "पांच पांच लोग": five each, read once
                        best = (j - i + 1, best[1])
                    j += 1
                    continue
                w = w.partition("-")[0] if w.partition("-")[0] == w.partition("-")[2] else w
            if j > i:
                gap = self.folded[tokens[j - 1][1]:s]
                if gap.strip(SPACE) or len(gap) > 2:
                    break
            if not self.free(s, e):
                break
            if j > i and (w in W.JOINERS or joins_tens(tokens, j, words, lang)):
                joined.append(w)
                j += 1
                continue
            bare = w[1:] if lang.code == "ar" and w.startswith("و") and j > i else w
            bare = W.RESPELT.get(lang.code, {}).get(bare, bare)
            if j == i and w in articles:
                bare = W.ONE.get(lang.code, w)
            elif j == i + 1 and noun_after_article(tokens, j, self.folded, lang):
                break  # "un set de": an article and a noun, not one and seven
            # (a scale word inside a run is a number word though text2num reads none alone:
            # "tre milioni", "un milione")
            if j == i and noun_homonym(w, self.folded[e:e + 40], lang.code):
                break  # "venti gelidi": winds, not twenty
            if not (self.is_number_word(bare) or lower_case_eight(self.text, s, w, lang.code)
                    or nine_before_plural(self.folded, s, e, w, lang)
                    or (j > i and (bare in lang.scales or joined[-1] in W.JOINERS_OF.get(
                        lang.code, ())))) \
                    and not (j == i and w in articles):
                break
            words.append(bare)
            joined.append(bare)
            value = self.word_value(words)
            if value is None and len(joined) > len(words) and lang.code in W.TEXT2NUM:
                value = text2num_cached(" ".join(joined), lang.code)
            if value is not None and not (len(words) == 1 and w in articles):
                best = (j - i + 1, value)
            j += 1
        if best is None:
            return None
        n, value = best
        # an article alone is not a number; "one" alone is rarely a figure but is a number
        first = tokens[i][2]
        if n == 1 and first in articles and first not in ("one",):
            return None
        return best

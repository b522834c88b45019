"""A number a toll names before it: "le bilan s'élève à 135", "the tally could climb to 20,000",
"die Anzahl der Toten ist auf über 100 gestiegen". Split from :mod:`.outcomes` (what befell a
group, named after it) when that module reached its size cap; the toll's own counted word decides
the group."""

from __future__ import annotations

import re

from generator.text.articles import definite
from generator.text.casualty.outcomes import WORD
from generator.text.counted_words import OUTCOMES, TOLLS, counted_group
from generator.text.languages import UNSPACED
from generator.text.lexicon import AND_WORDS, CAUSE_OR_TIME_OPENERS

#: How far before a number a toll may be named, within its clause: a long place between them
#: is common ("the death toll from the collapse of a hotel in … has risen to 14").
_TOLL_REACH = 200


#: Languages that glue endings and particles onto a word ("사망자는", "sayısı'na"): there a
#: toll's word may take them; in a language without spaces it has no word boundary at all.
_SUFFIXED = frozenset({"ko", "tr"})


#: A clause of cause or time after a comma: a number in it is not what the toll counts.
_BECAUSE = re.compile(rf",\s*(?:{CAUSE_OR_TIME_OPENERS})\b"
                      # an Arabic comma, then "and" glued to the next clause's verb (not "وفق",
                      # according to): "…، ودمرت مئات المنازل" counts houses, not the dead
                      r"|،\s*و(?!فق)", re.I)


#: A comma and a conjunction: where a toll's clause ends and another begins.
_COMMA_AND = re.compile(rf",\s+(?:{'|'.join(AND_WORDS)})\s+", re.I)


def _after_comma_and(window: str) -> str:
    """The clause ", and" opens before the number, when the number opens it ("unknown, and 212
    firefighters", "and at least 212"): a clause of its own. Where more words stand between,
    the ", and" may close a list inside the toll's own clause ("the death toll in Tesmar, Vargo,
    and Ostrel has risen to 14", "en Tesmar, Vargo, y Ostrel asciende a 14": review 26), and the
    window stays whole."""
    parts = _COMMA_AND.split(window)
    tail = parts[-1].split()
    if len(parts) > 1 and len(tail) <= 2 and not any(w[:1].isupper() for w in tail):
        return parts[-1]
    return window


def _toll_pattern(word: str, lang: str) -> str:
    """A toll's word as a whole word, or with the endings its language glues on."""
    if lang in UNSPACED:
        return re.escape(word)
    return rf"(?<!\w){re.escape(word)}" + ("" if lang in _SUFFIXED else r"(?!\w)")


#: A number joined by "and" to a noun with its article ("the gales that struck the province and
#: three others", "la région et quatre autres"): it counts more of that noun, not the toll's
#: (trial 28: four states read as four dead).
_CONJUNCT_OF_A_NOUN = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(sorted(map(re.escape, (a for a in definite() if a[-1].isalpha())),
                                      key=len, reverse=True))
    + r")\s+|[ld]['’]\s*)[^\W\d_]+\s+(?:" + "|".join(AND_WORDS) + r")\s*$", re.I)


_LABEL_COLON = re.compile(r"(?<=[^\W\d_])\s*:(?=\s*(?:[^\W\d_]+\s+){0,2}$)")


def toll_before(before: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """A number a toll names before it: "le bilan s'élève à 135", "the tally could climb to
    20,000", "la cifra de muertos se sitúa en 2.400". The toll's own counted word decides the
    group ("número de desaparecidos": missing); a bare toll ("bilan", "death toll") counts the
    dead."""
    # a full stop or colon between digits is a time or a decimal ("pukul 18.30", "10:30"),
    # not the end of the clause
    # nor the colon of a toll given as a label's value ("the number of injured: about 30")
    near = _LABEL_COLON.sub(" ", before[-_TOLL_REACH:])
    window = re.split(r"[;!?()\[\]。！？；，、]|(?<!\d)[.:]|[.:](?!\d)", near)[-1]
    # ", and" opens a clause of its own: "the toll is unknown, and 212 firefighters …" (trial 27)
    window = _after_comma_and(window)
    best = None
    for word, default in TOLLS.get(lang, {}).items():
        for m in re.finditer(_toll_pattern(word, lang), window, re.I):
            # the last toll named, and of two ending together the longer ("मरने वालों की संख्या",
            # the number of those who died, not its last word "संख्या", the number)
            if best is None or (m.end(), len(m.group(0))) > (best[0].end(), len(best[0].group(0))):
                best = (m, default)
    if best is None or _BECAUSE.search(window, best[0].end()) or \
            _CONJUNCT_OF_A_NOUN.search(window, best[0].end()):
        return None  # "the toll will rise, as up to 900 are trapped": the number is another's
    m, default = best
    group = default
    for tok in WORD.finditer(window, m.end()):
        found = counted_group(window[tok.start():], lang, OUTCOMES)
        if found:
            group = found
            break
    if group is None:
        # "la cifra de personas embarcadas … 95": what the word names, when no outcome does
        for tok in WORD.finditer(window, m.end()):
            found = counted_group(window[tok.start():], lang)
            if found:
                return tok.group(0), found, end
        # "von acht Toten die Rede, dann wurde die Zahl auf fünf korrigiert": a bare count
        # counts the last outcome its clause named before it (spent27: a corrected toll)
        group = next((g for t in reversed(list(WORD.finditer(window, 0, m.start())))
                      if (g := counted_group(window[t.start():m.start()], lang, OUTCOMES))), None)
    return (m.group(0), group, end) if group else None


#: After a denied outcome, the words that turn the denial round (review 21): a time it did

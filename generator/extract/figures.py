"""Figures for ``briefing extract``: a number, the noun it counts, and who says so.

Numbers
-------
Digits ("308", "1.5 million") and number words ("seven", "two thousand") are read with the
qualifier before them:

=================================================  ==============
"more than", "over", "just over"                    ``more-than``
"at least", "no fewer than"                         ``at-least``
"about", "approximately", "around", "some", …       ``about``
"nearly", "almost", "près de", "casi", "fast"       ``nearly``
"up to", "as many as", "at most", "no more than"    ``up-to``
"fewer than", "less than"                           ``fewer-than``
"between 300 and 400", "300-400", "300 to 400"      a range ``[300, 400]``
=================================================  ==============

Vague plurals are read as a **lower bound, the smallest value the words allow**, marked
``at-least`` so that ``briefing check`` compares them as open intervals: "dozens of" 24+, "scores
of" 40+, "hundreds of" 200+, "a few hundred" 200+, "several hundred" 300+, "thousands of" 2,000+,
"tens of thousands" 20,000+, "hundreds of thousands" 200,000+, for the analyst to narrow.

Not figures: 1, durations, dates, ordinals, "310-strong", a number with no noun or unit after it.

The counted noun is the first plural noun after the number ("40 Iraqi militiamen", "300 Islamic
State fighters and their families", "tens of thousands of fighters"), lemmatised with ``simplemma``.

Grouping across outlets
-----------------------
Two candidates are one figure when (1) their nouns are in the same group of :data:`NOUN_GROUPS`
(fighter ~ militant ~ jihadist ~ gunman; civilian ~ relative ~ family ~ woman ~ child; …; other
nouns only with themselves) and (2) every lower bound in the group is within a factor
:data:`MAGNITUDE` (2) of every other: 308, 310, "about 300" and "hundreds" (200+) are one figure;
"thousands" (2,000+) and "tens of thousands" (20,000+) are two others; "three Hezbollah fighters"
and "two Hezbollah fighters" a fourth. (3) Two reports from one article are one figure only if both
can hold ("hundreds of fighters" and "310 fighters"; not "15 people" and "9 people"). A candidate
joins the group whose middle value is closest to its own.

A number whose noun comes first is read too: "the death toll rose to 21" counts the dead, "the
number of evacuees reached 600" evacuees, "the militants, thought to number about 120" militants,
"up from 2,000" what the number before it counts, and "four were killed" the dead; "over" after its
verb ("handed over a dozen") is no qualifier."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.check.values import APPROX_OF
from generator.content.figure_value import Reported
from generator.extract.amounts.measures import (
    DAMAGED_AFTER,
    DAMAGED_BEFORE,
    DURATIONS,
    UNIT_NOUNS,
    dimension,
    lasted_for,
    measured_unit,
    past_scale_word,
    speed,
    thing_age,
)
from generator.extract.amounts.reach import REACHED
from generator.extract.context.background import not_a_count
from generator.extract.counts.beside_toll import beside_toll
from generator.extract.counts.breakdown import fate_of
from generator.extract.counts.counted import (
    SMALL_COUNT,
    counted_in,
    not_counted_here,
    own_or_toll,
    plural_after,
)
from generator.extract.counts.elided import counts_a_part, elided, part_of, whole_of_a_part
from generator.extract.counts.identified import identified_head
from generator.extract.counts.implicit import implicit_outcome, subject_before
from generator.extract.counts.inverted import inverted_subject
from generator.extract.counts.nationals import nationals
from generator.extract.counts.people_counted import done_to_thing
from generator.text import number_words as W
from generator.text.casualty.ages import age
from generator.text.casualty.outcome_verbs import outcome_before
from generator.text.casualty.outcomes import outcome_after
from generator.text.casualty.tolls import toll_before
from generator.text.counted_words import EMERGENCY_VEHICLES, OUTCOMES, PEOPLE, counted_group
from generator.text.lexicon import NOUN_GROUPS, NOUN_PHRASE_BREAKS, lemma
from generator.text.numbers import number
from generator.text.one_person import is_person
from generator.text.plural_nouns import IRREGULAR_EN, UNITS_EN
from generator.text.quantities import QUANTITY, VAGUE, quantities
from generator.text.sentences import Sentence

NOUN_GROUP = {noun: key for key, nouns in NOUN_GROUPS.items() for noun in nouns}
MAGNITUDE = 2.0

#: A death toll named right before its number ("the death toll stood at"; not "a toll of 30 houses")
_TOLL_RIGHT_BEFORE = re.compile(r"\b(?:death|casualty|fatality|human)\s+tolls?\s+(?:of|at|to|stood"
                                rf"\s+at|reached|hit|is|was|(?:{W.RISE_VERBS})\s+to)\s*$", re.I)
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
               "time", "night", "weekend"}


@dataclass
class Figure(Reported):
    """One number in one sentence, with what it counts and who says so."""

    value: float | tuple[float, float]
    approx: str | None
    written: str  # the number as written, with its qualifier: "more than 40"
    noun: str  # the noun phrase as written: "Iraqi militiamen"
    head: str  # the counted noun's lemma: "militiaman"
    start: int  # article offsets of the number + noun
    end: int
    confidence: str
    why: list[str] = field(default_factory=list)
    vague: bool = False  # "thousands of people": a lower bound, not a number the outlet gave
    befell: str = ""  # what befell a country's people counted apart ("deux Danois": dead)

    @property
    def group(self) -> str:
        return NOUN_GROUP.get(self.head, self.head)


def plural_head(token: str) -> str | None:
    """The lemma of ``token`` if it is a plural noun or a unit, else None."""
    low = token.lower().strip("’'")
    if low in UNITS_EN:
        return UNITS_EN[low]
    if low in IRREGULAR_EN:
        return IRREGULAR_EN[low]
    if len(low) < 4 or (low.endswith(("ss", "us", "is", "ous")) and not low.endswith("men")):
        return None
    if not low.endswith(("s", "men")):
        return None
    found = lemma(low)
    if found == low or found in {"be", "have", "do"}:
        return None
    return found


_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|%|,|\S")


def _counted(text: str, offset: int, further: bool = True) -> tuple[str, str, int] | None:
    """(noun phrase, head lemma, end offset) of what the number at the start of ``text`` counts;
    ``further``: "N more" may stand before the noun (not after a vague plural: "dozens more")."""
    m = re.match(r"\s+(?:(?:out\s+)?of\s+(?:(?:the|those|these|them|its|their)\s+)?)?", text)
    at = m.end() if m else 0
    tokens = [(t.start() + at, t.end() + at, t.group(0)) for t in _TOKEN.finditer(text[at:])]
    # "10 more ambulances", "four more bodies": a further count of them (not "5 more than");
    more = len(tokens) > 1 and tokens[1][2].lower() != "than" and (  # "four other provinces"
        tokens[0][2].lower() == "other" or (further and tokens[0][2].lower() == "more"))
    taken: list[tuple[int, int, str]] = tokens[:1] if more else []
    capital_head = None
    for start, end, tok in tokens[len(taken):8]:
        if tok == ",":
            # "310 tired, broken, militants": commas between modifiers only
            if taken:
                continue
            break
        low = tok.lower()
        if low.endswith(("’s", "'s")) or (tok.isdigit() and taken and (
                taken[-1][2].isdigit() or taken[-1][2].lower().endswith(("’s", "'s")))) or (
                tok.isdigit() and not taken and at and text[:at].strip()):
            # "forty of the 57 victims": the group the part is of
            taken.append((start, end, tok))  # "12 of the boat’s 90 passengers": a possessive
            continue
        acronym = tok.isupper() and len(tok) > 1  # "IS fighters" is not "is"
        # two modifiers joined before the noun ("640 domestic and international flights"), not
        # a plural noun as one ("12 safety and operations managers": which is counted is unsure)
        nxt = low in ("and", "or") and re.match(r"\s+([a-z][\w-]*)\s+[a-z]", text[end:])
        pair = nxt and taken and not any(map(plural_head, (taken[-1][2], nxt[1])))
        if not re.match(r"[A-Za-z%]", tok) or (low in NOUN_PHRASE_BREAKS and not (acronym or pair)):
            break
        taken.append((start, end, tok))
        lemma = plural_head(tok)
        if lemma is None:
            continue
        if lemma in _TIME_UNITS:
            return None
        if tok[:1].isupper() and not tok.isupper():
            capital_head = capital_head or (start, end, lemma)
            continue
        first = taken[0][0]
        return text[first:end], W.dollars_of(lemma, text[first:start]), offset + end
    if capital_head is not None:
        first = taken[0][0]
        return text[first:capital_head[1]], capital_head[2], offset + capital_head[1]
    return None


_SUBJECT_NUMBER = re.compile(
    r"\b(?:number|numbering|numbered|total|totalling|totaling|totalled|totaled)\s*$", re.I)
_TOLL = re.compile(r"\b(?P<noun>death\s+toll|casualty\s+toll|toll|number\s+of\s+(?P<of>[a-z]+))"
                   rf"\b[^.;:]{{0,60}}?\b(?:{W.RISE_VERBS}|reached|stood|stands|hit|"
                   r"is|was|has\s+reached|at|to|of)(?:\s+(?:to|at))?\s*$", re.I)
_ELLIPSIS = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s*$", re.I)


def _counted_before(before: str, earlier: list[Figure], end: int) -> tuple[str, str, int] | None:
    """What a number counts when the noun comes before it: "the death toll rose to 21",
    "the number of evacuees reached 600", or an earlier figure's "up from 2,000"."""
    m = _TOLL.search(before)
    if m:
        if m.group("of"):
            head = plural_head(m.group("of"))
            if head is None:
                return None
            return m.group("of"), head, end
        return re.sub(r"\s+", " ", m.group("noun")), "death", end
    if _ELLIPSIS.search(before) and earlier:
        return earlier[-1].noun, earlier[-1].head, end
    m = _SUBJECT_NUMBER.search(before)  # "the militants, thought to number about 120"
    if m:
        for word in reversed(re.findall(r"[A-Za-z][\w’'-]*", before[max(0, m.start() - 60):
                                                                      m.start()])):
            head = plural_head(word)
            if head and head not in _TIME_UNITS:
                return word, head, end
    return None


def _small_description(counted: tuple[str, str, int], before: str, after: str, low: float,
                       q, offset: int) -> bool:
    """An English count under :data:`SMALL_COUNT` of a thing no table names, with nothing
    befalling it after ("between two trains", "the two trains", "one of the two carriages"):
    the things of the story described, not a figure of the event (figures round 20). The
    emergency services' vehicles and the table's things are counted from one up, people always
    (those killed or hurt too), and things the event destroyed, flooded or reached."""
    noun, head, end = counted
    word = noun.rsplit(None, 1)[-1].lower() if noun.split() else ""
    if q.kind != QUANTITY or q.unit or low >= SMALL_COUNT or head in NOUN_GROUP \
            or head in UNITS_EN.values() or head in PEOPLE or is_person(head, "en") \
            or word in EMERGENCY_VEHICLES["en"] or counted_group(word + " ", "en") is not None:
        return False
    rest = after[max(0, end - offset - q.end):]
    return outcome_after(rest, "en") is None and not DAMAGED_AFTER.match(rest) \
        and not DAMAGED_BEFORE.search(before) and not done_to_thing(noun, before, "en")


#: A number joined by a hyphen to the word after it makes a compound adjective, in every
#: language: an age, a length of service, a size ("15-letnim", "30-jährigen", "310-strong"); not
#: the Hungarian collective ending, a group of people ("12-en megsérültek": twelve were hurt).
_COMPOUND = {"*": re.compile(r"-[^\W\d_]"), "hu": re.compile(r"-(?!(?:an|en)\b)[^\W\d_]")}


def figures_in(sentence: Sentence, lang: str = "en", earlier: list[Figure] | None = None
               ) -> list[Figure]:
    """Every counted number in one sentence, read by the one quantity reader; ``earlier`` are
    the figures of the sentence before (a number may leave their noun out: :mod:`.elided`)."""
    out: list[Figure] = []
    text = sentence.text
    for q in quantities(text, lang):
        old = thing_age(q, text, lang, sentence.start) or lasted_for(q, text, sentence.start)
        if old is None and (q.unit in DURATIONS or age(q, text)):
            continue  # "a two-week deadly wildfire", "Maria Rossi, di 54,": a time, an age
        if _COMPOUND.get(lang, _COMPOUND["*"]).match(text, q.end) and not q.unit:
            continue  # "z 15-letnim stażem", "ihrem 30-jährigen Sohn", "310-strong": an adjective
        start = q.written_start  # with its qualifier: "more than 40"
        before = text[:start]
        after = text[q.end:]
        if q.kind == VAGUE:
            if q.floor is None:
                continue
            value: float | tuple[float, float] = q.floor
            approx: str | None = "at-least"
            kind = "vague"
        else:
            if q.value is None:
                continue
            value = (q.value, q.high) if q.high is not None else q.value
            approx = APPROX_OF.get(q.approx)
            kind = "digits" if any(c.isdigit() for c in text[q.start:q.end]) else "words"
        low = value[0] if isinstance(value, tuple) else value
        if low == 1 and kind != "vague":
            continue
        whole = whole_of_a_part(before, lang)  # "ten of the 64 victims": what follows is the ten's
        counted = old or part_of(q, after, before, lang, (earlier or []) + out, sentence.start) \
            or (None if q.unit else nationals(after, lang, sentence.start + q.end))  # a share
        # a unit glued by a hyphen ("a 200-meter radius"), a scale ("degrees C"), an area, a speed
        if counted is None and lang == "en" and not (q.unit and (  # ("140mph winds"): no noun
                (after[:1] in "-‐‑" and after[:1]) or q.unit.startswith(("degree_", "square_"))
                or speed(q) or q.unit == "percent")):  # "half of the victims", "12 square miles"
            # "150 injured, police say": the outcome itself is what is counted
            first = re.match(r"\s+([a-z]+)", after)
            outcome = first and counted_group(first.group(1), lang, OUTCOMES)
            if outcome:
                counted = (first.group(1), outcome, sentence.start + q.end + first.end())
            else:
                counted = _counted(after, sentence.start + q.end, q.kind != VAGUE)
                if counted and counted[1] not in NOUN_GROUP and _TOLL_RIGHT_BEFORE.search(
                        before) and (toll := toll_before(before, lang, sentence.start + q.end)):
                    counted = toll  # "death toll of 40 marks the …": a word no table names: a verb
                if counted and _small_description(counted, before, after, low, q, sentence.start):
                    continue  # the story's things described, by a noun of their own
        if counted is None:
            counted = measured_unit(q, text, sentence.start + q.end)
        if counted is None and lang != "en" and not (q.unit and q.unit in UNIT_NOUNS):
            skip = past_scale_word(q, text, lang)  # "20 milhões de itens": the noun after "de"
            counted = plural_after(after[skip:], lang, sentence.start + q.end + skip, low,
                                   outcome=not whole, before=before)
        if counted is None:
            counted = counted_in(after, lang, sentence.start + q.end, outcome=not whole)
        if counted is None and q.kind == QUANTITY and not q.unit:  # "dodici sono i mezzi"
            counted = inverted_subject(after, lang, sentence.start + q.end, low)
        if counted is None:
            counted = own_or_toll(before, after, lang, sentence.start + q.end)
        if counted is None:
            counted = _counted_before(before, out, sentence.start + q.end)
        if counted is None:
            counted = implicit_outcome(before, after, lang, sentence.start + q.end, q.value)
        if counted is None:
            counted = subject_before(before, after, lang, sentence.start + q.end)
        if counted is None and q.kind == QUANTITY and not q.unit:
            done = outcome_before(before, lang, after=after)  # "and injuring about 4,000"
            if done:
                counted = (done, done, sentence.start + q.written_end)
        if counted is None:
            counted = elided(q, text, before, lang, (earlier or []) + out, sentence.start)
        if counted is None:
            continue
        rest = after[max(0, counted[2] - sentence.start - q.end):]
        own = "" if whole else rest  # "killed 135", "7 seals died": what befell them
        counted, befell = fate_of(counted, before, own, after, lang, (earlier or []) + out,
                                  sentence.start)  # what befell them; a nationality's count
        noun, head, end = counted
        head = dimension(q, head, text, lang)  # "heard within 50 km", "flying at 30,000 feet"
        reached = head == REACHED  # grouped as distances or altitudes, not lengths of things
        if NOUN_GROUP.get(head, head) in ("dead", "person"):  # "diez han sido identificados"
            head = identified_head(head, before, "" if whole else after, rest, counts_a_part(after))
        head = beside_toll(head, own if whole or counts_a_part(after) else after, before, lang)
        if head in _TIME_UNITS or not_a_count(q, head, text, end - sentence.start, lang) \
                or not_counted_here(head, before, lang, rest, after):
            continue
        why = []
        if kind == "vague":
            confidence = "low"
            why.append(f"vague plural read as a lower bound ({number(low)}+)")
        elif kind == "words":
            confidence = "medium"
            why.append("number written in words")
        else:
            confidence = "high"
        if reached:
            why.append("a distance the event reached (heard, felt or did damage within it)")
        if head not in NOUN_GROUP and head not in OUTCOMES:  # "trapped": a kind of the table
            confidence = "medium" if confidence == "high" else "low"
            why.append(f"'{head}' is not in the noun table")
        value_out: float | tuple[float, float] = (
            (_int(value[0]), _int(value[1])) if isinstance(value, tuple) else _int(value))
        written = text[start:q.end]
        gap = after.find(noun)
        if gap > 0 and after[:gap].strip().lower() in ("of", "of the"):  # "hundreds of"
            written += after[:gap].rstrip()
        out.append(Figure(value_out, approx, re.sub(r"\s+", " ", written), noun, head,
                          sentence.start + start, end, confidence, why, kind == "vague",
                          befell))
    return out


def _int(x: float) -> float:
    return int(x) if float(x).is_integer() else x


def same_figure(a: list[Figure], b: Figure, same_article: list[Figure] | None = None) -> bool:
    """May ``b`` join the group ``a``? Same noun group, lower bounds within MAGNITUDE, and
    values that can both hold when ``same_article`` (the group's reports from ``b``'s article)
    is not empty: one article giving 15 and 9 speaks of two quantities, one giving "hundreds"
    and 310 of one."""
    if any(x.group != b.group for x in a):
        return False
    lows = [x.low for x in a] + [b.low]
    if not within_magnitude(min(lows), max(lows)):
        return False
    value = b.figure_value
    return all(x.figure_value.can_both_hold(value) for x in same_article or [])


def within_magnitude(smallest: float, largest: float) -> bool:
    """Whether lower bounds from ``smallest`` to ``largest`` may count one thing (the MAGNITUDE
    rule of :func:`same_figure`, kept apart so the grouping can apply it to a group's summary)."""
    return smallest > 0 and largest / smallest <= MAGNITUDE


def magnitude_gap(a: list[Figure], b: Figure) -> float:
    """How far ``b`` is from the group's middle value, as a ratio (1 = the same)."""
    lows = sorted(x.low for x in a)
    middle = lows[len(lows) // 2]
    return max(middle, b.low) / max(min(middle, b.low), 1e-9)


def figure_group(unit: str, label: str) -> str:
    """The noun group a curated figure counts: its unit's, else the first counted noun of its
    label ("people", "Civilians and relatives …" -> civilian)."""
    for text in (unit, label):
        for word in re.findall(r"[A-Za-z]+", text):
            group = NOUN_GROUP.get(lemma(word.lower()))
            if group and group != "person":
                return group
    return NOUN_GROUP.get(lemma(unit.lower()), lemma(unit.lower())) if unit else ""

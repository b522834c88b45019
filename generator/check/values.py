"""Is a figure report's value what its quote says? Read with the one quantity reader.

A quote found in its article proves nothing if the analyst typed 380 for the "308" it contains.
The quote is read by :func:`generator.text.quantities.read`, the reader ``briefing extract`` and
the analysis use, and the report's value must be one of the quantities it states, exactly to the
decimals written (value 6 is not what "6.5" says; 5.6 is what "5.6-magnitude" says), in the
report's unit ("10 km (6 miles)" states 10 km and 6 miles):

* either end of a range counts ("410 to 589" states 410 and 589); a range report ([410, 589])
  needs a range in the quote, not two numbers of it ("157 - 105 in one district" is no range);
* a scaled number stands for its full value and for the number before the scale word ("1.5
  million" is 1,500,000, and 1.5 with unit million);
* a vague amount ("dozens", "hundreds of") stands for any value from the least its words allow
  (24, 200) up to fifty times that: the analyst narrows it;
* times, dates, years, ordinals and ids are not quantities: value 2014 for "in 2014" is refused
  with what the reader took it for;
* one and none are often written without a numeral, which the reader does not take for a number
  (an article is one only sometimes): value 1 is what "the sole survivor" or "a woman died"
  says (the latter read by extract's own reader of one casualty, which lives in
  ``generator/text/casualty``), and 0 what "no survivors" says (:func:`said_in_words`).

Tokens, never substrings: "1,881" does not contain 881 and "157 - 105" is two numbers.
"""

from __future__ import annotations

import math
import re

from generator.content.problems import Problems, Severity
from generator.content.schema import Figure, FigureReport
from generator.content.units import COUNT, NAMES, Unit, unit, unit_name
from generator.text.casualty.one import one_casualties
from generator.text.counted_words import counted_group, is_person
from generator.text.number_words import NOBODY, NONE_WORDS, SOLE, SURVIVOR
from generator.text.numbers import number
from generator.text.quantities import QUANTITY, VAGUE, Quantity, read

#: A vague amount allows values from its floor up to this many times it ("dozens" 24–1,200).
VAGUE_REACH = 50
#: What the reader calls the numbers that are not amounts, as a message names them.
NOT_AMOUNTS = {"time": "a time of day", "date": "a date", "year": "a year",
               "ordinal": "an ordinal", "id": "a number in a name or a list"}
#: The reader's qualifiers as the format's ``approx`` keys (one each: "nearly 300" is nearly).
APPROX_OF = {"exact": None, "about": "about", "nearly": "nearly", "more-than": "more-than",
             "at-least": "at-least", "up-to": "up-to", "fewer-than": "fewer-than"}


def same(a: float | None, b: float) -> bool:
    """Equal as written: 5.6 is 5.6 and 5.60, not 5.63 or 6 (float noise forgiven)."""
    return a is not None and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)


def states(q: Quantity, v: float) -> bool:
    """Whether the quantity ``q`` states the value ``v``."""
    if q.kind == VAGUE:
        return q.floor is not None and q.floor <= v <= q.floor * VAGUE_REACH
    return same(q.value, v) or same(q.high, v) or same(q.scaled, v)


def unit_fits(q: Quantity, report_unit: Unit | None) -> bool:
    """A number with a unit states a value in that unit only; a bare number in any."""
    if q.unit is None or report_unit is None or report_unit.kind == COUNT:
        return True
    own = unit(q.unit)
    return own is None or own.same(report_unit)


_WORD = re.compile(r"[^\W\d][\w’'-]*|\d[\d.,]*")


def said_in_words(quote: str, value: float, lang: str, found: list[Quantity]) -> bool:
    """Whether the quote says 1 or 0 without a numeral: a word of no other before a person or a
    survivor ("the only victim", "the sole survivor"; not "only later", "a single blast"), one
    casualty written with an article ("a woman died", "the blast killed a driver", "un mort":
    :func:`~generator.text.casualty.one.one_casualties`, the reader ``briefing extract`` drafts
    such a figure with, so that check accepts what extract drafts and refuses "a man said"), a
    word of none before what it counts ("no survivors", "aucun blessé"; not "no fewer than",
    "No. 3") or a pronoun of none ("nobody", "personne n'a")."""
    if value not in (0, 1):
        return False
    if value == 1 and one_casualties(quote, lang):
        return True
    tokens = [(m.group().lower(), m.start()) for m in _WORD.finditer(quote)]
    # a number the reader found is "#", as a numeral is a digit: neither is a word of one
    words = [w if w[:1].isdigit() or not any(q.start <= at < q.end for q in found) else "#"
             for w, at in tokens] + ["", ""]
    nobody = NOBODY.get(lang, frozenset())
    for i, word in enumerate(words[:-2]):
        after = words[i + 1]
        if value == 0 and (word in nobody or f"{word} {after}" in nobody) and (
                word != "personne" or after == "ne" or after.startswith(("n'", "n’"))):
            return True
        if _numeral(after) or _numeral(word):
            continue
        if value == 0 and word in NONE_WORDS.get(lang, ()) and _counts(after, lang):
            return True
        if value == 1 and word in SOLE.get(lang, ()) and _counts(after, lang):
            return True
    return False


def _numeral(word: str) -> bool:
    return word[:1].isdigit() or word == "#"


def _counts(word: str, lang: str) -> bool:
    """Whether the word names who a count counts: a person, a survivor, the dead or hurt."""
    return bool(word) and (is_person(word, lang) or word.startswith(SURVIVOR.get(lang, ()))
                           or counted_group(word + " ", lang) is not None)


def _written(quote: str, q: Quantity) -> str:
    return quote[q.span[0]:q.span[1]] if q.span != (0, 0) else quote[q.start:q.end]


def check_value(report: FigureReport, figure: Figure, lang: str, problems: Problems) -> None:
    """Report what is wrong with one report's value against its quote (see the module)."""
    found = read(report.quote, lang)
    amounts = [q for q in found if q.kind in (QUANTITY, VAGUE)]
    report_unit = unit(report.unit) or unit(figure.unit)
    wanted = report.value if isinstance(report.value, tuple) else (report.value,)
    path, line, col = report.at("value")
    shown = (f"[{number(wanted[0])}, {number(wanted[1])}]" if len(wanted) == 2
             else number(wanted[0]))
    if not isinstance(report.value, tuple) and not any(
            states(q, float(report.value)) for q in amounts) \
            and said_in_words(report.quote, float(report.value), lang, found):
        return
    if not amounts:
        others = [q for q in found if any(same(q.value, float(v)) for v in wanted)]
        if others:
            q = others[0]
            problems.add(path, line, col, f"value {shown}: the quote's "
                         f"{_written(report.quote, q)!r} is {NOT_AMOUNTS.get(q.kind, q.kind)}, "
                         "not an amount", "quote the words that state the figure")
            return
        problems.add(path, line, col, f"value {shown}: the quote gives no number",
                     "quote the words that state the figure", Severity.WARNING)
        return
    fitting = [q for q in amounts if unit_fits(q, report_unit)]
    if isinstance(report.value, tuple):
        low, high = (float(v) for v in report.value)
        matched = next((q for q in fitting if (same(q.value, low) and same(q.high, high))
                        or (q.kind == VAGUE and states(q, low) and states(q, high))), None)
        ok = matched is not None
    else:
        # "at least 20 dead and 20 injured": of the numbers that state the value, the one worded
        # as the report is (exact, at least…) is the one it quotes
        stating = [q for q in fitting if states(q, float(report.value))]
        matched = next((q for q in stating if APPROX_OF.get(q.approx) == report.approx),
                       stating[0] if stating else None)
        ok = matched is not None
    if ok:
        _approx_hint(report, matched, problems)
        return
    in_other_unit = [q for q in amounts if q not in fitting
                     and any(states(q, float(v)) for v in wanted)]
    if in_other_unit:
        q = in_other_unit[0]
        own, named = unit(q.unit), NAMES.get(q.unit) or unit_name(q.unit) or q.unit
        offset = " (a scale with an offset)" if own is not None and own.temperature else ""
        problems.add(path, line, col,
                     f"value {shown} is {_written(report.quote, q)!r} in the quote, not "
                     f"{shown} {report_unit.written if report_unit else ''}".rstrip(),
                     f"add `unit: {q.unit}` to the report (it is converted for the comparison)"
                     if own is None or report_unit is None or own.convertible(report_unit) else
                     f"{named} cannot be converted to {report_unit.written}{offset}: cite the "
                     f"page's value in the figure's unit, or make a figure in {named}")
        return
    written = ", ".join(repr(_written(report.quote, q)) for q in amounts)
    problems.add(path, line, col, f"value {shown} is not what the quote says ({written})",
                 "copy the value from the quote, or quote the passage that gives it")


def _approx_hint(report: FigureReport, q: Quantity | None, problems: Problems) -> None:
    """The quote qualifies the number ("more than 40") and the report does not, or the other
    way round: a hint, since the analyst may have narrowed it on purpose."""
    if q is None or q.kind == VAGUE or isinstance(report.value, tuple):
        return
    said = APPROX_OF.get(q.approx)
    if said is not None and report.approx is None:
        path, line, col = report.at("value")
        problems.add(path, line, col, f"the quote says {_written(report.quote, q)!r} and the "
                     "report gives an exact value", f"add `approx: {said}`", Severity.HINT)


def check_unit(figure: Figure, report: FigureReport, problems: Problems) -> None:
    """A report's unit must compare with its figure's."""
    own, target = unit(report.unit), figure.comparison_unit
    if own is None or target is None or own.convertible(target):
        return
    path, line, col = report.at("unit")
    problems.add(path, line, col, f"unit {report.unit!r} cannot be compared with the figure's "
                 f"unit {target.written!r}",
                 "give the figure and its reports units of one kind (km and miles; people and "
                 "fighters), or make two figures")

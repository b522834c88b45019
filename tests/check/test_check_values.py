"""`briefing check` on figure values, driven by the quantity reader's table of phrasings.

For every phrasing of tests/text/test_quantities.py, a report quoting it is accepted with each value
the phrasing states (in its unit; both ends of a range; the floor of a vague amount) and refused
with values it does not state: one more, the value rounded to a whole number when decimals were
written ("6.5" is not 6), ten times it, and the numbers of times, dates, years and ids.
"""

from __future__ import annotations

import pytest

from generator.check.values import check_unit, check_value
from generator.content.problems import Problems, Severity
from generator.content.schema import Figure
from generator.text.quantities import read
from tests.text.test_quantities import TABLE

Q, V = "quantity", "vague"


def problems_of(quote: str, value, unit: str = "", lang: str = "en", approx=None,
                figure_unit: str = "") -> list:
    report = {"article": "a", "quote": quote, "value": value}
    if unit:
        report["unit"] = unit
    if approx:
        report["approx"] = approx
    figure = Figure.model_validate({"id": "f", "label": "A figure", "unit": figure_unit,
                                    "reports": [report]})
    problems = Problems()
    check_value(figure.reports[0], figure, lang, problems)
    check_unit(figure, figure.reports[0], problems)
    return [p for p in problems.items if p.severity is not Severity.HINT]


def _as_value(x: float):
    return int(x) if float(x).is_integer() else x


def _stated(lang: str, phrase: str) -> set[float]:
    out = set()
    for q in read(phrase, lang):
        out |= {v for v in (q.value, q.high, q.scaled) if v is not None}
    return out


ACCEPT, REJECT = [], []
for lang, phrase, expected in TABLE:
    stated = _stated(lang, phrase)
    amounts = [e for e in expected if e[0] in (Q, V)]
    for kind, _written, value, *rest in expected:
        unit = rest[0] if rest else None
        if kind == V:
            floor = next(q.floor for q in read(phrase, lang) if q.kind == V)
            ACCEPT.append((lang, phrase, _as_value(floor), unit))
            REJECT.append((lang, phrase, _as_value(floor / 2), unit))
            continue
        if kind != Q:
            # a time, a date, a year, an id: not an amount, unless the phrase also states it
            number = read(phrase, lang)[expected.index((kind, _written, value, *rest))].value
            if number is not None and number not in {e[2] for e in amounts}:
                REJECT.append((lang, phrase, _as_value(number), None))
            continue
        if isinstance(value, tuple):
            low, high = value
            ACCEPT.append((lang, phrase, [_as_value(low), _as_value(high)], unit))
            ACCEPT.append((lang, phrase, _as_value(low), unit))
            ACCEPT.append((lang, phrase, _as_value(high), unit))
            REJECT.append((lang, phrase, [_as_value(low), _as_value(high + 1)], unit))
            continue
        ACCEPT.append((lang, phrase, _as_value(value), unit))
        scaled = next((q.scaled for q in read(phrase, lang) if q.scaled is not None
                       and q.value == pytest.approx(value)), None)
        if scaled is not None:  # "1.2 million" also stands for 1.2 (unit: million)
            ACCEPT.append((lang, phrase, _as_value(scaled), unit))
        wrong = {value + 1, value * 10}
        if not float(value).is_integer():
            wrong |= {round(value), int(value)}
        for w in sorted(wrong - stated):
            REJECT.append((lang, phrase, _as_value(w), unit))


def _id(row) -> str:
    return f"{row[0]}:{row[1][:24]}={row[2]}"


@pytest.mark.parametrize(("lang", "phrase", "value", "unit"), ACCEPT, ids=map(_id, ACCEPT))
def test_check_accepts_what_the_quote_states(lang, phrase, value, unit):
    assert problems_of(phrase, value, unit or "", lang) == []


@pytest.mark.parametrize(("lang", "phrase", "value", "unit"), REJECT, ids=map(_id, REJECT))
def test_check_rejects_what_the_quote_does_not_state(lang, phrase, value, unit):
    found = problems_of(phrase, value, unit or "", lang)
    assert found, f"{phrase!r} accepted value {value}"
    assert found[0].severity is Severity.ERROR, found[0].format()


def test_the_tables_are_large():
    assert len(ACCEPT) >= 150 and len(REJECT) >= 250


# --- the cases of the issue, spelt out ------------------------------------------------------

def test_a_decimal_magnitude_is_what_it_says():
    assert problems_of("a 5.6-magnitude earthquake", 5.6, "magnitude") == []
    wrong = problems_of("a 5.6-magnitude earthquake", 5, "magnitude")
    assert "value 5 is not what the quote says ('5.6-magnitude')" in wrong[0].message
    assert problems_of("Stärke 6,5", 6, "magnitude", "de")
    assert problems_of("Stärke 6,5", 6.5, "magnitude", "de") == []


def test_a_correct_end_of_a_range_is_accepted():
    assert problems_of("the toll rose between 410 and 589", 589) == []
    assert problems_of("the toll rose between 410 and 589", [410, 589]) == []


def test_a_count_that_changed_is_no_range():
    """"Rose from 410 to 589" states the count now (589) and before (410): no range of one
    count, which a sheet writing [410, 589] would show (issue 16, the thirty-second stop)."""
    assert problems_of("the toll rose from 410 to 589", 589) == []
    wrong = problems_of("the toll rose from 410 to 589", [410, 589])
    assert "value [410, 589] is not what the quote says ('410', '589')" in wrong[0].message


def test_a_time_or_a_year_is_not_a_quantity():
    message = problems_of("the quake struck at 11:46 on Friday", 11)[0].message
    assert "'11:46' is a time of day" in message
    assert problems_of("In 2014 the cargo arrived", 2014)


def test_tokens_never_substrings():
    assert problems_of("rescuers,1,881 of them volunteers", 881)
    assert problems_of("rescuers,1,881 of them volunteers", 1881) == []
    assert problems_of("157 - 105 in one district and 52 in the other", 105) == []
    assert problems_of("157 - 105 in one district and 52 in the other", [105, 157])


def test_a_scaled_number_stands_for_both_readings():
    assert problems_of("1.5 million people fled", 1_500_000) == []
    assert problems_of("1.5 million people fled", 1.5) == []
    assert problems_of("1.5 million people fled", 15)


def test_units_are_read_with_the_number():
    quote = "a depth of 10 km (6 miles)"
    assert problems_of(quote, 10, figure_unit="km") == []
    assert problems_of(quote, 6, "miles", figure_unit="km") == []
    wrong = problems_of(quote, 6, figure_unit="km")
    assert "'6 miles' in the quote" in wrong[0].message and "unit: mile" in wrong[0].hint
    incomparable = problems_of("winds of 185 km/h", 185, "km/h", figure_unit="people")
    assert "cannot be compared" in incomparable[0].message


def test_vague_amounts_allow_what_their_words_allow():
    assert problems_of("dozens of people were hurt", 24, approx="at-least") == []
    assert problems_of("dozens of people were hurt", 60, approx="about") == []
    assert problems_of("dozens of people were hurt", 5)


def test_a_quote_without_a_number_is_a_warning():
    (only,) = problems_of("the toll rose again", 12)
    assert only.severity is Severity.WARNING and "gives no number" in only.message


def _hints(quote: str, value, approx=None, lang: str = "en") -> list[str]:
    report = {"article": "a", "quote": quote, "value": value}
    if approx:
        report["approx"] = approx
    figure = Figure.model_validate({"id": "f", "label": "A figure", "reports": [report]})
    problems = Problems()
    check_value(figure.reports[0], figure, lang, problems)
    return [p.message for p in problems.items if p.severity is Severity.HINT]


def test_the_number_worded_as_the_report_is_the_one_it_quotes():
    # the same value twice, once qualified: an exact report quotes the exact one
    quote = "Almeno 12 persone sono morte e altre 12 sono rimaste ferite nel crollo."
    assert _hints(quote, 12, lang="it") == []
    assert _hints(quote, 12, approx="at-least", lang="it") == []
    assert _hints("at least 12 were killed and 12 were hurt", 12) == []
    # with one number only, the hint stays
    assert _hints("at least 12 were killed", 12) != []


@pytest.mark.parametrize("lang, quote, value", [
    ("en", "The sole survivor, a man of 40, walked from the wreck.", 1),
    ("en", "Its only victim was a hiker from Varno.", 1),
    ("en", "A woman died when the roof fell.", 1),
    ("fr", "Le seul rescapé, âgé de 40 ans, est sorti seul de la carcasse.", 1),
    ("de", "Der einzige Überlebende saß am Notausgang.", 1),
    ("es", "Una mujer murió en el derrumbe.", 1),
    ("en", "There were no survivors among the 158 on board.", 0),
    ("fr", "Aucun blessé n'est à déplorer.", 0),
    ("de", "Es gab keine Toten.", 0),
])
def test_one_and_none_written_without_a_numeral_state_their_value(lang, quote, value):
    """Trial 10: "the sole survivor, a man of 40" was refused for value 1 ("not what the quote
    says ('40')"), and "no survivors" gave "the quote gives no number" for 0."""
    assert problems_of(quote, value, lang=lang) == []


@pytest.mark.parametrize("lang, quote, value", [
    ("en", "Only 3 survived the fall of the roof.", 1),   # "only" before a number
    ("en", "Only three survived the fall of the roof.", 1),
    ("en", "A spokesman said 3 people died.", 1),         # an article before no person counted
    ("en", "The sole survivor, a man of 40, walked from the wreck.", 2),  # one is not two
    ("en", "Three people died when the roof fell.", 0),   # no word of none
    ("de", "Der einzige Überlebende saß am Notausgang.", 0),
])
def test_one_and_none_in_words_leave_other_values_refused(lang, quote, value):
    assert problems_of(quote, value, lang=lang) != []


@pytest.mark.parametrize("lang, quote, value", [
    ("en", "A manager said 3 people died.", 1),        # "man" begins "manager"
    ("en", "A woman said 3 people died.", 1),          # the person speaks, the count is 3
    ("en", "Only later did officials confirm 3 deaths.", 1),  # "only" before no person
    ("en", "A single blast killed 4 people.", 1),
    ("en", "Victims were taken to No. 3 hospital; 5 died.", 0),  # "No." of a name
    ("en", "No fewer than 5 people died.", 0),         # "no" of a qualifier
    ("en", "There is no doubt that 5 people died.", 0),
    ("fr", "Une personne est morte.", 0),              # "personne" is one person here
    ("de", "Keine Angaben: 5 Tote.", 0),
    ("es", "Solo tres personas murieron.", 1),
])
def test_words_of_one_and_none_state_it_only_of_what_they_count(lang, quote, value):
    """Review 4: the words of one and none were taken anywhere in the quote, so a report of 1
    or 0 was accepted from "a manager said 3 died", "only later" or "No. 3"."""
    assert problems_of(quote, value, lang=lang) != []


@pytest.mark.parametrize("lang, quote, value", [
    ("en", "Nobody was hurt when the shed fell.", 0),
    ("en", "No one died in the blaze.", 0),
    ("fr", "Personne n'a été blessé dans la chute.", 0),
    ("es", "Nadie murió en el derrumbe.", 0),
    ("en", "The lone survivor was pulled from the hull.", 1),
    ("en", "An elderly man was killed when the wall fell.", 1),
])
def test_pronouns_of_none_and_a_person_who_suffers_state_their_value(lang, quote, value):
    assert problems_of(quote, value, lang=lang) == []

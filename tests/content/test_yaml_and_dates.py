"""The building blocks: position-keeping YAML, the date grammar, evidence matching."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.content.problems import Problems
from generator.content.yamlsource import parse_yaml
from generator.text.dates import parse_fuzzy_date, parse_published
from generator.text.matching import SearchableText


def parse(text: str) -> tuple[object, list[str]]:
    problems = Problems()
    doc = parse_yaml(text, Path("f.yaml"), problems)
    return (doc.data if doc else None), [p.format() for p in problems.items]


def test_every_duplicate_key_is_reported_with_its_line() -> None:
    data, problems = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")
    assert problems == [
        "f.yaml:4:3: error: duplicate key 'c' (first on line 3) (hint: YAML would silently keep "
        "only the last value; merge the two entries)",
        "f.yaml:5:1: error: duplicate key 'a' (first on line 1) (hint: YAML would silently keep "
        "only the last value; merge the two entries)",
    ]
    assert data == {"a": 1, "b": {"c": 1}}


def test_tags_are_refused_and_dates_stay_text() -> None:
    data, problems = parse("x: !!python/object/apply:os.system ['true']\nd: 2017-08-30\n")
    assert data["d"] == "2017-08-30"
    assert len(problems) == 1 and "not allowed" in problems[0]


@pytest.mark.slow
def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    # refused, not expanded; the hang guard (generous, for a loaded machine) is
    # test_hostile's, and the speed is measured in bench/adversarial.py, not here
    data, problems = parse("\n".join(lines) + "\n")
    assert data is None and "alias/anchor bomb" in problems[0]


def test_syntax_error_names_the_line() -> None:
    _, problems = parse("a: 1\nb: [1, 2\nc: 3\n")
    assert problems[0].startswith("f.yaml:3:") and "YAML syntax error" in problems[0]


@pytest.mark.parametrize(("text", "shown", "precision"), [
    ("2017-08-30", "30 Aug 2017", "day"),
    ("2017-08", "Aug 2017", "month"),
    (2017, "2017", "year"),
    ("~2017-08-30", "c. 30 Aug 2017", "approximate day"),
    ("2017-08-26/2017-08-27", "26 Aug 2017 – 27 Aug 2017", "day range"),
])
def test_date_grammar(text: object, shown: str, precision: str) -> None:
    value = parse_fuzzy_date(text)
    assert value.display() == shown and value.precision_label() == precision


@pytest.mark.parametrize("text", ["2017-02-29", "2017-13", "30/08/2017", "2017-08-27/2017-08-26"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_fuzzy_date(text)


def test_publication_date_needs_a_time_zone() -> None:
    assert parse_published("2017-08-30T21:10:00+03:00").utcoffset().total_seconds() == 3 * 3600
    assert parse_published("2017-08-30") == date(2017, 8, 30)
    assert parse_published("2017-08-30T21:10:00", "Asia/Beirut").tzinfo is not None
    with pytest.raises(ValueError, match="no time zone"):
        parse_published("2017-08-30T21:10:00")


def test_evidence_matches_across_typography_and_maps_back() -> None:
    text = SearchableText("He said: “We did   crater the road” — then left…\n\nNext.")
    span = text.find('said: "We did crater the road" - then left...')
    assert span is not None
    assert text.text[span.start:span.end] == "said: “We did   crater the road” — then left…"
    assert text.find("We cratered the road") is None
    closest = text.closest("We did crater a road")
    assert closest is not None and "crater the road" in closest.text


def test_an_unclosed_quote_is_reported_where_it_opened(tmp_path: Path) -> None:
    """The parser runs out at the end of the file; the line to fix is the one with the quote."""
    text = ("figures:\n  - id: dead\n    label: \"People killed\n    unit: people\n"
            "  - id: hurt\n    label: Injured\n")
    problems = Problems(tmp_path)
    assert parse_yaml(text, tmp_path / "f.yaml", problems) is None
    (problem,) = problems.items
    assert (problem.line, problem.col) == (3, 12)
    assert problem.message.startswith("YAML syntax error: a quoted string opened here is never "
                                      "closed (the file ran out at line 7)"), problem.message


@pytest.mark.parametrize("mark", ['"', "'"])
def test_a_quote_closed_only_by_a_later_quote_is_reported_where_it_opened(
    tmp_path: Path, mark: str
) -> None:
    """The next quote down closes the string, so the parser stops lines later, on a line the
    analyst did not touch; the message points at the open quote and says where it closed."""
    text = (f"figures:\n  - id: dead\n    label: {mark}People killed\n    unit: people\n"
            f"  - id: hurt\n    label: {mark}Injured{mark}\n    unit: people\n")
    problems = Problems(tmp_path)
    assert parse_yaml(text, tmp_path / "f.yaml", problems) is None
    (problem,) = problems.items
    assert (problem.line, problem.col) == (3, 12)
    assert "a quoted string opened here is closed only at line 6" in problem.message
    assert problem.hint == "close the quote on this line"


def test_a_quoted_string_over_several_lines_is_no_runaway_quote(tmp_path: Path) -> None:
    """A long quoted label folded over lines is valid YAML; an error after it is no quote's."""
    text = ('figures:\n  - id: dead\n    label: "People killed\n      in the blast"\n'
            "  - id: hurt\n    label: Injured\n   unit: people\n")
    problems = Problems(tmp_path)
    assert parse_yaml(text, tmp_path / "f.yaml", problems) is None
    (problem,) = problems.items
    assert "quoted string" not in problem.message
    assert problem.line == 7

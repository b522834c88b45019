"""Evidence quotes stand on word and number boundaries; folding never makes a number (issue 19, 4).

The red team's reproductions: ``value: 308`` with quote "308 militants" passed against "1,308
militants"; "5 million" against "1.5 million"; 130 against "2130 fighters"; "10³" matched "103";
"1½" folded to "11⁄2". Wrong figures were reported as verified.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.text.matching import SearchableText, normalised, occurrences
from tests.conftest import briefing_here


@pytest.mark.parametrize("text, quote", [
    ("The buses carry 1,308 militants.", "308 militants"),
    ("They count 1.5 million people.", "5 million"),
    ("There were 2130 fighters.", "130"),
    ("There were 2130 fighters.", "213"),
    ("About 10³ cases.", "103"),
    ("About 10³ cases.", "10"),
    ("A 1½ hour drive.", "11⁄2"),
    ("A 1½ hour drive.", "1"),
    ("Some 1\u202f308 hommes.", "308 hommes"),
    ("Some 1\u00a0308 hommes.", "308 hommes"),
    ("It cost 308.50 dollars.", "308"),
    ("The militants came.", "militant"),
    ("The militants came.", "he militants"),
    ("他们说三百零八名", "三百"),
])
def test_a_quote_inside_a_longer_word_or_number_is_not_found(text: str, quote: str) -> None:
    assert SearchableText(text).find(quote) is None


@pytest.mark.parametrize("text, quote", [
    ("The buses carry 308 militants.", "308 militants"),
    ("The buses carry 1,308 militants.", "1,308 militants"),
    ("In 2017 308 militants left.", "308 militants"),
    ("308, 310 and 5 were given.", "308"),
    ("It grew by 3.5.", "3.5"),
    ("About 10³ cases.", "10³"),
    ("A 1½ hour drive.", "1½"),
    ("They said: “we go.”", '"we go."'),
    ("“Daesh threatens the whole world,” he said.", "Daesh threatens the whole world"),
    ("Full\uff11\uff12 width", "Full\uff11\uff12"),  # ＦＵＬＬ width digits are digits
    ("他们说三百零八名", "说三百零八名"),
    ("Thaiภาษาไทยดี", "ภาษา"),
    ("a 'quoted' word", "'quoted'"),
])
def test_a_quote_on_its_boundaries_is_found(text: str, quote: str) -> None:
    span = SearchableText(text).find(quote)
    assert span is not None, (text, quote)
    assert normalised(text[span.start:span.end]) == normalised(quote)


def test_a_later_occurrence_on_boundaries_is_found_after_near_misses() -> None:
    text = "1,308 militants, 2,308 militants and then 308 militants left."
    span = SearchableText(text).find("308 militants")
    assert span is not None and text[span.start - 5:span.start] == "then "
    # more near misses than str.find is asked about: the linear pass takes over
    text = "1,308 militants " * 200 + "and 308 militants"
    span = SearchableText(text).find("308 militants")
    assert span is not None and span.start == len(text) - len("308 militants")


def test_occurrences_finds_overlapping_matches() -> None:
    assert list(occurrences("aaaa", "aa")) == [0, 1, 2]
    assert list(occurrences("abababa", "aba", 1)) == [2, 4]
    assert list(occurrences("abc", "d")) == []


def test_superscripts_and_fractions_are_not_folded_into_digits() -> None:
    assert normalised("10³") == "10³"
    assert normalised("1½") == "1½"
    assert normalised("①") == "①"
    assert normalised("ﬁve “quotes” – dash…") == 'five "quotes" - dash...'


def test_the_closest_passage_of_a_long_quote_is_found() -> None:
    words = " ".join(f"w{i}" for i in range(20_000))  # about 130 kB
    text = SearchableText(words)
    quote = " ".join(f"w{i}" for i in range(5_000, 6_500)).replace("w5100", "x5100")
    closest = text.closest(quote)
    assert closest is not None and closest.score > 90
    assert closest.text.startswith("w5000 w5001")


FIGURES = """\
figures:
  - id: convoy-fighters
    label: Fighters in the convoy
    unit: fighters
    reports:
      - article: boundary-test
        value: {value}
        quote: "{quote}"
"""


@pytest.mark.parametrize("value, quote, sentence", [
    (308, "308 militants", "The buses carry 1,308 militants and their families."),
    (5_000_000, "5 million", "The agency says 1.5 million people fled."),
    (130, "130", "Officials counted 2130 fighters at the border."),
    (103, "103", "The agency counted 10³ cases of cholera."),
])
def test_check_refuses_a_figure_quoted_from_inside_a_longer_number(
        example: Path, value: int, quote: str, sentence: str) -> None:
    content = example / "content"
    (content / "articles/boundary-test.txt").write_text(
        f"Boundary test\n\n{sentence}\n", encoding="utf-8")
    (content / "articles/boundary-test.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30T21:10:00+03:00\n", encoding="utf-8")
    (content / "facts/figures.yaml").write_text(
        textwrap.dedent(FIGURES).format(value=value, quote=quote), encoding="utf-8")
    proc = briefing_here(example, "check")
    assert proc.returncode == 1, proc.stderr
    assert "content/facts/figures.yaml:8:9: error: quote not found in article " \
           "'boundary-test'" in proc.stdout + proc.stderr, proc.stderr

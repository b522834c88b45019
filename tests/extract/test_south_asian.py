"""Tolls in Nepali, Hindi and Bengali copy (issue 16 named Nepali pages that gave no candidate
at all; trial 5 found a Bengali page shown "cut before it could say" although it gave the
toll): counters of people, outcomes, qualifiers and scales, and sentences ended by the danda.
Sentences written for these tests; names and places invented."""

from __future__ import annotations

import pytest

from generator.text.quantities import read
from generator.text.sentences import _splits
from tests.extract.test_extract_shapes import _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("लेम्बारामा कम्तीमा ३० जनाको मृत्यु भएको छ", "ne", [(30, "dead")]),
    ("१२० जना घाइते भएका छन्", "ne", [(120, "wounded")]),
    ("लेम्बारा में कम से कम 30 लोगों की मौत हो गई", "hi", [(30, "dead")]),
    ("15 लोग लापता हैं", "hi", [(15, "missing")]),
    ("লেম্বারায় অন্তত ৩০ জন নিহত হয়েছেন", "bn", [(30, "dead")]),
    ("১২০ জন আহত এবং ১৫ জন নিখোঁজ রয়েছেন", "bn", [(120, "wounded"), (15, "missing")]),
])
def test_tolls_in_nepali_hindi_and_bengali(text: str, lang: str, expected: list) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "written", "value", "approx"), [
    ("कम्तीमा ३० जनाको", "ne", "३०", 30, "at-least"),
    ("कम से कम 30 लोगों", "hi", "30", 30, "at-least"),
    ("অন্তত ৩০ জন", "bn", "৩০", 30, "at-least"),
    ("প্রায় ১২০ জন", "bn", "১২০", 120, "about"),
    ("২ হাজার মানুষ", "bn", "২ হাজার", 2000, "exact"),
    ("5 लाख लोग", "hi", "5 लाख", 500000, "exact"),
])
def test_qualifiers_and_scales(text: str, lang: str, written: str, value: float,
                               approx: str) -> None:
    (q,) = read(text, lang)
    assert (text[q.start:q.end], q.value, q.approx) == (written, value, approx)


def test_the_danda_ends_a_sentence() -> None:
    text = "भवन भत्कियो। १५ जना बेपत्ता छन्। অন্তত ৩০ জন নিহত। ১২০ জন আহত।"
    assert [text[c:c + 2] for c in _splits(text)] == ["१५", "অন", "১২"]


def test_an_outlet_stating_the_toll_in_bengali_or_hindi_is_not_silent(tmp_path) -> None:
    """A word with a vowel sign is one word: `re` cut "নিহত" in three, so no stem matched and a
    Bengali page giving the toll was shown silent (or "cut before it could say")."""
    from tests.conftest import toll_stances

    stances = toll_stances(tmp_path, {
        "wire-en": ("en", "Floods killed 30 people in Lembara, police said."),
        "daily-bn": ("bn", "লেম্বারায় অন্তত ৩০ জন নিহত হয়েছেন বলে পুলিশ জানিয়েছে।"),
        "daily-hi": ("hi", "लेम्बारा में कम से कम 30 लोगों की मौत हो गई।"),
        "daily-ne": ("ne", "लेम्बारामा कम्तीमा ३० जनाको मृत्यु भएको छ।")}, "Lembara", 30)
    for stem in ("daily-bn", "daily-hi", "daily-ne"):
        assert stances[stem].state == "mentions", (stem, stances[stem].state)

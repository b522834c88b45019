"""Languages and encodings of articles: detection, the metadata's word, stop words, decoding.

The sentences are the project's own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.files import decode_bytes
from generator.content.load import load
from generator.content.problems import Problems
from generator.text.languages import (
    date_languages,
    detect,
    fold,
    normalise,
    stop_word_share,
    stop_words,
)

SENTENCES = {
    "en": "Rescue teams reached the last village cut off by the floods on Sunday morning.",
    "de": "Die Rettungskräfte erreichten am Sonntagmorgen das letzte von der Flut "
          "abgeschnittene Dorf.",
    "fr": "Les secouristes ont atteint dimanche matin le dernier village coupé par les crues.",
    "es": "Los equipos de rescate llegaron el domingo por la mañana a la última aldea aislada.",
    "pl": "Ratownicy dotarli w niedzielę rano do ostatniej wioski odciętej przez powódź.",
    "ne": "उद्धार टोली आइतबार बिहान बाढीले अलपत्र परेको अन्तिम गाउँमा पुग्यो।",
    "ko": "구조대는 일요일 아침 홍수로 고립된 마지막 마을에 도착했다.",
    "ar": "وصلت فرق الإنقاذ صباح الأحد إلى آخر قرية عزلتها الفيضانات.",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_detects_the_language_of_a_paragraph(code: str) -> None:
    assert detect(SENTENCES[code]) == code


def test_too_little_text_is_not_guessed() -> None:
    assert detect("Floods") is None and detect("12 345 !!") is None


def test_codes_are_normalised() -> None:
    assert [normalise(c) for c in ("en-GB", " PT_br ", "", None)] == ["en", "pt", "", ""]


def test_stop_words_come_from_justext_in_many_languages() -> None:
    assert {"the", "of"} <= stop_words("en") and {"und", "der"} <= stop_words("de")
    assert "र" in stop_words("ne") and stop_words("zz") == frozenset()
    prose = stop_word_share(SENTENCES["en"], "en")
    label = stop_word_share("Francis Scott Key Bridge Baltimore", "en")
    assert prose is not None and label is not None and prose > label
    assert stop_word_share("東京で火事", "ja") is None


def test_fold_keeps_every_offset() -> None:
    text = "२०८० साल ٣٤ 12\u00a0km\u2028x"
    assert fold(text) == "2080 साल 34 12 km x" and len(fold(text)) == len(text)


def test_dates_are_read_in_the_articles_language_and_english() -> None:
    assert date_languages("ne") == ("ne", "en") and date_languages("zz") == ("en",)


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

ARABIC = "قال مسؤولون إن فرق الإنقاذ وصلت إلى القرية صباح الأحد.\n\n" + SENTENCES["ar"]


@pytest.mark.parametrize("text,encoding,name", [
    (ARABIC, "cp1256", "Windows-1256"),
    ("Самолёты доставили помощь в пострадавшие деревни в воскресенье утром.", "cp1251",
     "Windows-1251"),
    (SENTENCES["pl"], "cp1250", "Windows-1250"),
    (SENTENCES["fr"], "cp1252", "Windows-1252"),
    (SENTENCES["de"], "cp1252", "Windows-1252"),
    (SENTENCES["ko"] + " " + SENTENCES["ko"], "euc-kr", "EUC-KR (Windows)"),
])
def test_legacy_encodings_are_decoded_as_what_they_are(text: str, encoding: str,
                                                       name: str) -> None:
    decoded, note = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert note == f"not UTF-8; decoded as {name}"


def test_a_declared_charset_is_used() -> None:
    page = ('<html><head><meta charset="windows-1256"></head><body><p>' + SENTENCES["ar"]
            + "</p></body></html>")
    decoded, note = decode_bytes(page.encode("cp1256"))
    assert decoded == page and note.endswith("as the page declares")


def test_a_windows_1256_arabic_article_reads_as_arabic(example: Path) -> None:
    articles = example / "content" / "articles"
    (articles / "arabic-page.txt").write_bytes(ARABIC.encode("cp1256"))
    (articles / "arabic-page.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30T21:10:00+03:00\n", encoding="utf-8")
    content = load(example / "content", Problems(example / "content"))
    article = content.articles["arabic-page"]
    assert article.language == "ar" and article.language_origin == "detected"
    assert article.text == "قال مسؤولون إن فرق الإنقاذ وصلت إلى القرية صباح الأحد.\n\n" + \
        SENTENCES["ar"] or article.headline.startswith("قال")
    assert article.encoding_note == "not UTF-8; decoded as Windows-1256"


# --------------------------------------------------------------------------------------------
# The language of an article
# --------------------------------------------------------------------------------------------

def _article(example: Path, text: str, meta: str = "") -> tuple[object, list[str]]:
    articles = example / "content" / "articles"
    (articles / "lang-test.txt").write_text(text, encoding="utf-8")
    (articles / "lang-test.yaml").write_text(
        "outlet: levant-wire\npublished: 2017-08-30T21:10:00+03:00\n" + meta, encoding="utf-8")
    problems = Problems(example / "content")
    content = load(example / "content", problems)
    return content.articles["lang-test"], [p.format() for p in problems.items]


def test_the_language_is_detected_or_taken_from_the_metadata(example: Path) -> None:
    text = "Hochwasser im Tal\n\n" + SENTENCES["de"] + "\n"
    article, _problems = _article(example, text)
    assert (article.language, article.language_origin) == ("de", "detected")
    article, _problems = _article(example, text, "language: fr\n")
    assert (article.language, article.language_origin) == ("fr", "metadata")


def test_a_language_that_is_no_code_is_reported_and_detected_instead(example: Path) -> None:
    article, problems = _article(example, SENTENCES["de"] + "\n", 'language: "de\\" onclick"\n')
    assert article.language == "de" and article.language_origin == "detected"
    assert any("lang-test.yaml:3:" in p and "is not a language code" in p for p in problems)

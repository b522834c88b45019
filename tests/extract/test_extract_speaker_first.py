"""Speakers named before the quotation, the speech verb after it: Turkish ("Vali X, “…” dedi."),
Korean ("관계자는 “…”이라며 “…”고 말했다") and Japanese ("Xは「…」と振り返った"). Sentences written
for these tests (none is a real article's), in the shapes news copy uses, with the near shapes
each rule leaves alone."""

from __future__ import annotations

import pytest

from generator.extract.speakers.quoted_text import statement_length
from generator.extract.speakers.subjects import speaker_first
from tests.extract.test_extract_shapes import _quotes


def _named(before: str, after: str, lang: str) -> str:
    """The speaker named before the quotation ("" when none is, even if a verb follows)."""
    who, how = speaker_first(before, after, lang)
    return "" if how.endswith("(subject unnamed)") else who


@pytest.mark.parametrize(("before", "after", "who"), [
    # the name closed by a comma, after a participle clause or an office
    ("Belediye Başkanı Kemal Aydın, ", " dedi.", "Belediye Başkanı Kemal Aydın"),
    ("Olay yerinde incelemelerde bulunan Vali Selim Kara, ", " şeklinde konuştu.",
     "Vali Selim Kara"),
    ("Bakan Murat Şen de, ", " açıklamalarını yaptı.", "Bakan Murat Şen"),
    ("Esnaf Ayşe Demir ise suyun gece yükseldiğini söyleyerek, ", " diye konuştu.",
     "Esnaf Ayşe Demir"),
    ("Köyde yaşayan Ali Yılmaz, ", " ifadelerini kullandı.", "Ali Yılmaz"),
    # a colon before the quotation: the verb stands before it
    ("Vali Kemal Aydın, olay yerinde şu ifadeleri kullandı: ", " Yangın söndürüldü.",
     "Vali Kemal Aydın"),
    # near shapes: a place with its case ending is nobody; an opening adverb is nobody; no
    # speech verb after the quotation
    ("İzmir’de yaşayan vatandaşlar, ", " dedi.", ""),
    ("Ayrıca, ", " dedi.", ""),
    ("Belediye Başkanı Kemal Aydın, ", " başlıklı bir rapor yayımladı.", ""),
])
def test_turkish_speaker_before_the_quotation(before, after, who):
    assert _named(before, "”" + after, "tr") == who


@pytest.mark.parametrize(("before", "after", "who"), [
    # "saying … and": the first quotation is the subject's, and so is the second
    ("소방서 관계자는 ", "이라며 “불은 꺼졌다”고 말했다.", "소방서 관계자"),
    ("소방서 관계자는 “창고에서 불이 시작됐다”이라며 ", "고 말했다.", "소방서 관계자"),
    # "said" as "했다", "진술했다" (told the police)
    ("경찰 관계자는 ", "라고 했다.", "경찰 관계자"),
    ("운전기사 박씨는 ", "고 진술했다.", "운전기사 박씨"),
    # a day or where it was said between the subject and the quotation
    ("김 시장은 8일 ", "고 밝혔다.", "김 시장"),
    ("운전기사 박씨는 경찰 조사에서 ", "고 진술했다.", "운전기사 박씨"),
    # near shapes: no speech after the quotation
    ("김 시장은 ", "는 현수막을 보고 웃었다.", ""),
    ("김 시장은 8일 ", "라는 글을 올린 뒤 떠났다.", ""),
])
def test_korean_speaker_before_the_quotation(before, after, who):
    assert _named(before, "”" + after, "ko") == who


@pytest.mark.parametrize(("before", "after", "who"), [
    ("消防団長の佐藤さんは、", "と振り返った。", "消防団長の佐藤さん"),
    ("住民の男性は", "と堂々と話した。", "住民の男性"),
    ("町長が、", "と付け加えた。", "町長"),
    # near shapes: "が" of a clause further back is not the speaker's; no speech verb after
    ("雨が強まるのに気づき", "と怒鳴った。", ""),
    ("田中さんは", "と書かれた紙を見た。", ""),
])
def test_japanese_speaker_before_the_quotation(before, after, who):
    assert _named(before, "」" + after, "ja") == who


def test_a_speech_verb_after_a_quotation_with_nobody_before_is_the_person_named_last():
    """Japanese, Korean and Turkish leave out a subject the sentence before named."""
    assert speaker_first("", "」と付け加えた。", "ja")[1].endswith("(subject unnamed)")
    assert speaker_first("", "” dedi.", "tr")[1].endswith("(subject unnamed)")
    assert speaker_first("", "” başlıklı rapor.", "tr") == ("", "")


@pytest.mark.parametrize(("text", "length"), [
    ("早く逃げてほしい", 2),  # a clause: a statement
    ("避難所の開設", 1),  # a term
    ("警戒区域", 1),
    ("We need boats now", 4),  # spaced scripts: as before
])
def test_statement_length_in_scripts_without_spaces(text, length):
    assert statement_length(text) == length


def test_turkish_korean_japanese_speakers_in_the_draft(tmp_path):
    quotes = _quotes(tmp_path, (
        "Sel haberi\n\n"
        "Olay yerine gelen Vali Selim Kara, “Suyun seviyesi gece boyunca hızla yükseldi” dedi.\n\n"
        "Kara, mahallede kimsenin yaralanmadığını belirtti. “Ekiplerimiz sabaha kadar çalıştı” "
        "dedi.\n"), "tr")
    assert quotes["Suyun seviyesi gece boyunca hızla yükseldi"] == "Vali Selim Kara"
    assert quotes["Ekiplerimiz sabaha kadar çalıştı"] == "Vali Selim Kara"
    quotes = _quotes(tmp_path / "ko", (
        "버스 사고\n\n"
        "경찰 관계자는 “사고 원인을 확인하는 중”이라며 “영상을 들여다보며 조사할 계획”이라고 "
        "했다.\n"), "ko")
    assert quotes["사고 원인을 확인하는 중"] == "경찰 관계자"
    assert quotes["영상을 들여다보며 조사할 계획"] == "경찰 관계자"
    quotes = _quotes(tmp_path / "ja", (
        "大雨\n\n"
        "町内会長の佐藤さんは「早く逃げるよう声をかけた」と話した。"
        "「昔の経験が生きた」と振り返った。町は「警戒区域」の見直しを急ぐ。\n"), "ja")
    assert quotes["早く逃げるよう声をかけた"] == "町内会長の佐藤さん"
    assert quotes["昔の経験が生きた"] == "町内会長の佐藤さん"
    assert "警戒区域" not in quotes  # a quoted term, not a statement

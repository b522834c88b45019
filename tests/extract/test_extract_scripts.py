"""``briefing extract`` in scripts other than Latin, and in Turkish: sentences written for these
tests (none is a real article's) in the shapes news copy uses there: a counter glued to the
number ("12명이", "12人の"), the outcome in the characters after it, a toll named before the
number with a particle glued on, and sentences that start on a letter with no case."""

from __future__ import annotations

import pytest

from generator.extract.speakers.attribution import attribution
from generator.extract.speakers.subjects import speaker_first
from generator.text.sentences import Sentence, _sentences_of
from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Korean: the counter "명" with a particle, then the outcome; a toll with its particle
    ("열차에는 40명이 타고 있었고 그중 12명이 사망했다.", "ko", [(40, "person"), (12, "dead")]),
    ("부상자는 모두 7명으로 집계됐다.", "ko", [(7, "wounded")]),
    ("다리 위에서 3명이 구조됐다.", "ko", [(3, "rescued")]),
    # all but N died: the N are not the dead; an age in brackets after a name is no count
    ("공장 직원 30명 중 3명을 제외하고 모두 다쳤다.", "ko", [(30, "person"), (3, "person")]),
    ("운전기사 박모(52)씨가 다쳤다.", "ko", []),
    # Japanese and Chinese: the counter right after the number, the outcome in a few characters
    ("列車の乗客60人のうち12人の死亡が確認された。", "ja", [(60, "person"), (12, "dead")]),
    ("工場の火災で9名が負傷した。", "ja", [(9, "wounded")]),
    ("大桥坍塌造成14人遇难，另有5人受伤。", "zh", [(14, "dead"), (5, "wounded")]),
    ("车上共有30名乘客。", "zh", [(30, "person")]),
    # a toll named in another clause is not what a later number counts
    ("死者は12人。乗客は60人で、そのうち地元の人が50人だった。", "ja",
     [(12, "dead"), (60, "person"), (50, "person")]),
    # Cyrillic: a counted noun, then the outcome; a toll before the number
    ("При пожаре на складе погибли 11 человек.", "ru", [(11, "dead")]),
    ("Не менее 8 человек получили ранения и ранены.", "ru", [(8, "wounded")]),
    ("Влада підтвердила загибель 16 осіб.", "uk", [(16, "dead")]),
    ("Потвърдена е смъртта на 9 души.", "bg", [(9, "dead")]),
    # Arabic: "met their death" after the people counted
    ("لقي 12 شخصا مصرعهم في الحريق.", "ar", [(12, "dead")]),
    ("لقي 9 أشخاص حتفهم في الانهيار.", "ar", [(9, "dead")]),
    # Turkish: the noun with its case ending, the toll with its possessive
    ("Yangında 6 kişinin cesedine ulaşıldı.", "tr", [(6, "dead")]),
    ("Can kaybı sayısı 21'e yükseldi.", "tr", [(21, "dead")]),
    ("Otobüste 35 yolcu vardı.", "tr", [(35, "person")]),
])
def test_counted_in_other_scripts(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "pieces"), [
    ("Пожар начался ночью. Из-за ветра он рос.", ["Пожар начался ночью.", "Из-за ветра он рос."]),
    ("불이 났다. 소방서는 출동했다.", ["불이 났다.", "소방서는 출동했다."]),
    ("اندلع الحريق. وقال المسؤول إنه انطفأ.", ["اندلع الحريق.", "وقال المسؤول إنه انطفأ."]),
    ("火事が起きた。消防が出動した。", ["火事が起きた。", "消防が出動した。"]),
    ("他说：“我们到了。”然后离开。", ["他说：“我们到了。”", "然后离开。"]),
    # unchanged: a lower-case word after an abbreviation, in Cyrillic as in Latin script
    ("Он живёт на ул. ленина давно.", ["Он живёт на ул. ленина давно."]),
    ("Col. Rowe said so.", ["Col. Rowe said so."]),
])
def test_sentences_in_other_scripts(text, pieces):
    assert [text[a:b] for a, b in _sentences_of(text)] == pieces


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("소방본부에 따르면 이번 화재로 7명이 숨졌다.", "ko", "소방본부"),
    ("19일 경찰과 소방당국에 따르면 12명이 다쳤다.", "ko", "경찰과 소방당국"),
    ("県警によると、7人が死亡した。", "ja", "県警"),
    ("По данным МЧС, погибли 7 человек.", "ru", "МЧС"),
    ("Според пожарната служба, загинали са 7 души.", "bg", "пожарната служба"),
    ("Според мен това е 7 пъти повече.", "bg", ""),  # no source closed by a comma
    ("据当地消防部门通报，7人遇难。", "zh", "当地消防部门"),
    ("Valiliğe göre 7 kişi hayatını kaybetti.", "tr", "Valiliğe"),
    ("Пожар на складе унес жизни 7 человек.", "ru", ""),  # names no source
])
def test_a_source_named_by_according_to_in_other_languages(text, lang, who):
    found = attribution(Sentence(0, len(text), text, 0), lang=lang)
    assert (found.who if found else "") == who


@pytest.mark.parametrize(("before", "after", "lang", "who"), [
    ("県の田中知事は、", "と述べた。", "ja", "県の田中知事"),
    ("同社の山本社長は会見で、", "と語った。", "ja", "同社の山本社長"),
    ("소방서 관계자는 ", "라고 말했다.", "ko", "소방서 관계자"),
    ("김 시장은 ", "고 밝혔다.", "ko", "김 시장"),
    ("当地消防官员表示：", "。", "zh", "当地消防官员"),
    ("県の田中知事は、", "という看板があった。", "ja", ""),  # no speech verb after it
])
def test_speakers_before_the_quotation_in_japanese_korean_chinese(before, after, lang, who):
    assert speaker_first(before, "」" + after if lang == "ja" else "”" + after, lang)[0] == who


def test_a_japanese_quotation_gets_its_speaker_in_the_draft(tmp_path):
    from tests.extract.test_extract_shapes import _quotes

    quotes = _quotes(tmp_path, ("倉庫火災\n\n県の田中知事は、「原因を徹底的に調べるため、"
                                "現場を詳しく見る」と述べた。消防によると、火は三時間後に消えた。\n"),
                     "ja")
    assert quotes["原因を徹底的に調べるため、現場を詳しく見る"] == "県の田中知事"

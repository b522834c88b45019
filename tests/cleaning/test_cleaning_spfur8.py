"""Shapes of pool38 (fresh pages the rules were never written on): a Korean wire's dateline and
byline in round brackets, the way the bracket-byline rule reads them in square ones. All
sentences are invented."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

KO_TITLE = "항구 물류창고 화재로 밤새 진화 작업"
KO_LEDE = ("강변항의 한 물류창고에서 3일 밤 불이 나 소방관 60여 명이 출동했으며 인명 피해는 "
           "없었다고 소방당국이 밝혔다.")
KO_BODY = "소방당국은 창고에 쌓인 포장재에서 불이 시작된 것으로 보고 원인을 조사하고 있다."


def test_a_round_bracket_dateline_and_byline_with_its_sending_stamp_under_the_headline():
    line = "(강변=한빛통신) 김하늘 기자 | 2031-03-04 21:05 송고"
    c = read(page(KO_TITLE, line, KO_LEDE, KO_BODY), language="ko")
    assert c.headline == KO_TITLE and story(c) == [KO_LEDE, KO_BODY]
    assert rules(c)["(강변=한빛통신) 김하늘 기자"] == "bracket-byline"


@pytest.mark.parametrize(("prefix", "via"), [
    ("(강변=한빛통신) 김하늘 기자 = ", ""),  # an outlet's own dateline: no credit
    ("(서울=뉴시스) 김하늘 기자 = ", "뉴시스"),  # a news agency's dateline credits it
    ("[강변(남구)=한빛통신] 김하늘 기자 = ", ""),  # square ones may still hold round ones
])
def test_a_bracketed_dateline_before_the_lede_is_cut_off_it(prefix, via):
    c = read(page(KO_TITLE, prefix + KO_LEDE, KO_BODY), language="ko")
    assert story(c) == [KO_LEDE, KO_BODY]
    assert rules(c) == {prefix.strip(): "bracket-byline"} and (c.via or "") == via


@pytest.mark.parametrize(("text", "language"), [
    # a Korean paragraph opening on a bracket with no dateline in it
    ("(사진 참고) 강변항의 창고 화재는 세 시간 만에 꺼졌고 주민 대피는 없었다고 구청이 밝혔다.",
     "ko"),
    # round brackets with "=" on a page in another language: no Korean dateline
    ("(Score=2) The harbour board said the fire was out within three hours and no one had "
     "to leave their homes.", "en"),
])
def test_near_shapes_stay_story(text, language):
    c = read(page(KO_TITLE if language == "ko" else "Warehouse fire at the harbour",
                  text, KO_BODY if language == "ko" else
                  "The board said the cause of the fire was still being looked into."),
             language=language)
    assert text in story(c)

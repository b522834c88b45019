"""The cleaner on pages in scripts other than Latin, and in Turkish (invented snippets in the
shapes of real pages): a section name in a caseless script over the headline, a headline
between a bracketed kicker and a bracketed tag, and the furniture words of languages the
tables had none of."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

KO_TITLE = "[강변 화재] 물류창고 불로 7명 사망… 올해 최악(종합)"
KO_LEDE = ("19일 오전 강변 물류창고에서 불이 나 직원 7명이 숨지고 3명이 다쳤다고 소방당국이 "
           "밝혔다. 불은 세 시간 만에 꺼졌다.")
KO_BODY = "소방당국은 창고 안에 쌓인 포장재가 불을 키운 것으로 보고 원인을 조사하고 있다."
ZH_LEDE = ("当地时间19日上午，河畔一座仓库发生火灾，造成7人死亡、3人受伤。消防部门表示，"
           "大火在三小时后被扑灭，起火原因正在调查中。")
ZH_BODY = "当地政府已派出工作组前往现场，协助处理善后事宜。"


def test_a_headline_between_a_bracketed_kicker_and_tag_is_the_headline():
    c = read(page(KO_TITLE, KO_LEDE, KO_BODY), language="ko")
    assert c.headline == KO_TITLE and story(c) == [KO_LEDE, KO_BODY]


def test_a_caseless_section_name_over_the_headline_is_not_the_headline():
    c = read(page("지역소식", KO_TITLE, KO_LEDE, KO_BODY), language="ko")
    assert c.headline == KO_TITLE and story(c) == [KO_LEDE, KO_BODY]
    assert "지역소식" in rules(c)


@pytest.mark.parametrize("line", ["来源:河畔晚报", "相关新闻", "版权所有"])
def test_chinese_furniture_words(line):
    c = read(page(ZH_LEDE, ZH_BODY, line), language="zh")
    assert story(c) == [ZH_LEDE, ZH_BODY] and line in rules(c)


@pytest.mark.parametrize("line", ["Читайте также", "Kaynak: Haber Ajansı", "関連記事"])
def test_related_and_source_lines_in_other_languages(line):
    c = read(page(KO_TITLE, KO_LEDE, KO_BODY, line), language="ko")
    assert story(c) == [KO_LEDE, KO_BODY] and line in rules(c)


@pytest.mark.parametrize(("prefix", "via"), [
    ("[강변=한빛통신] 홍길동 기자 = ", ""),  # an outlet's own dateline: no credit
    ("[서울=뉴시스] 홍길동 기자 = ", "뉴시스"),  # a news agency's dateline credits it
    ("[강변일보 홍길동기자] ", ""),
])
def test_a_korean_dateline_and_byline_in_brackets_before_the_lede(prefix, via):
    c = read(page(KO_TITLE, prefix + KO_LEDE, KO_BODY), language="ko")
    assert c.headline == KO_TITLE and story(c) == [KO_LEDE, KO_BODY]
    assert rules(c) == {prefix.strip(): "bracket-byline"} and (c.via or "") == via


def test_a_korean_byline_line_and_a_caption_printed_twice_under_the_headline():
    caption = "19일 오전 강변 물류창고 화재 현장에서 소방대원들이 잔불을 정리하고 있다. [ⓒ한빛통신]"
    c = read(page(KO_TITLE, "홍길동 기자", caption, caption, KO_LEDE, KO_BODY), language="ko")
    assert c.headline == KO_TITLE and story(c) == [KO_LEDE, KO_BODY]
    assert rules(c)["홍길동 기자"] == "name-reporter"


def test_a_korean_sentence_ending_with_reporter_is_story():
    line = "이 소식을 처음 전한 사람은 현장에 있던 기자"
    c = read(page(KO_TITLE, KO_LEDE, line + ".", KO_BODY), language="ko")
    assert story(c) == [KO_LEDE, line + ".", KO_BODY]


def test_a_copyright_sign_after_the_last_sentence_and_what_is_glued_after_it():
    glued = " ⓒ 한빛통신 그래픽 관련 키워드 강변 화재 관련 기사 다른 사고 소식…두 번째 소식"
    c = read(page(KO_TITLE, KO_LEDE + glued, KO_BODY), language="ko")
    assert story(c) == [KO_LEDE, KO_BODY] and rules(c) == {glued.strip(): "copyright-tail"}


def test_a_copyright_sign_inside_a_sentence_is_story():
    line = "소방당국은 ⓒ 표시가 붙은 사진을 공개했다고 밝혔다."
    c = read(page(KO_TITLE, KO_LEDE, line, KO_BODY), language="ko")
    assert story(c) == [KO_LEDE, line, KO_BODY]


def test_a_markdown_image_opening_a_paragraph_of_prose_is_cut_off():
    body = "Пожар на складе потушили утром. По данным МЧС, пострадавших нет"
    c = read(page("Пожар на складе в Товике", "![]() " + body, KO_BODY), language="ru")
    assert story(c) == [body, KO_BODY] and rules(c) == {"![]()": "image-prefix"}


JA_TITLE = "倉庫火災で7人死亡"
JA_LEDE = "消防によると、川沿いの倉庫で火災があり、7人が死亡した。火は三時間後に消えた。"
JA_BODY = "警察が出火の原因を調べている。"


@pytest.mark.parametrize("prefix", ["川沿いの倉庫で消火にあたる消防隊員。市提供=時事 ",
                                    "焼け落ちた倉庫の屋根。AFP=時事 "])
def test_a_japanese_caption_and_its_credit_glued_before_the_lede(prefix):
    c = read(page(JA_TITLE, prefix + JA_LEDE, JA_BODY), language="ja")
    assert story(c) == [JA_LEDE, JA_BODY] and rules(c) == {prefix.strip(): "caption-credit-prefix"}
    assert not c.via  # the picture's credit, not the text's


def test_a_japanese_lede_with_an_equals_sign_later_stays_story():
    line = "消防によると、7人が死亡した。気温は摂氏=30度だった。"
    c = read(page(JA_TITLE, line, JA_BODY), language="ja")
    assert story(c) == [line, JA_BODY]

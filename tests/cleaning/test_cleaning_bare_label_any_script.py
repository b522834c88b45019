"""Prose of two sentences closed by a bare picture label ("… (FOTO).") is story in every cased
script: the next sentence's capital is read by its own case, so a sentence opening on "Ż", "Ł"
or a Cyrillic capital counts (credits._NEXT_SENTENCE listed Latin-1 capitals only, and the
rev39 review lost such paragraphs whole as captions). Fails without the case check; a caption
of one sentence closed by the label stays removed. Invented text."""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

PL = ["Pożar magazynu w Tarnviku",
      "Trzech pracowników zginęło we wtorek w pożarze magazynu w Tarnviku, poinformowała straż.",
      "Ogień pojawił się w szopie krótko po szóstej rano."]
RU = ["Пожар на складе в Тарнвике",
      "Три человека погибли во вторник при пожаре на складе в Тарнвике, сообщили спасатели.",
      "Огонь потушили к утру, пострадавших доставили в больницу."]


@pytest.mark.parametrize("page,line,lang", [
    (PL, "Pożar wybuchł we wtorek rano. Żołnierze pomagali strażakom przez całą noc (FOTO).",
     "pl"),
    (RU, "Пожар начался во вторник утром. Спасатели работали всю ночь (ФОТО).", "ru"),
])
def test_prose_in_any_script_closed_by_a_bare_label_is_story(page, line, lang):
    c = read("\n\n".join(page[:2] + [line] + page[2:]) + "\n", language=lang)
    assert line in story(c)


def test_a_caption_of_one_sentence_closed_by_the_label_is_still_removed():
    caption = "Спасатели у склада в Тарнвике во вторник (ФОТО)"
    c = read("\n\n".join(RU[:2] + [caption] + RU[2:]) + "\n", language="ru")
    assert rules(c).get(caption) == "picture-credit-tail"

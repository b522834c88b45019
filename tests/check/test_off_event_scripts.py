"""A briefing whose coverage is mostly in other scripts (invented text in the shape of real
coverage): a few Latin-script pages, several Cyrillic ones that write the town in their own
script and the airline in Latin script, pages in scripts without case. Only the page about
another crash is about another event."""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

PAGES = [
    ("latin-one", "en", "2031-05-04", "A Zarkon Air jet from Pelmar overran the runway at Tovik "
     "on Sunday and hit a wall, killing 61 people. Officials at Tovik said the Boeing had "
     "landed without its wheels down. Rescuers from Pelmar flew in."),
    ("latin-two", "tr", "2031-05-04", "Pelmar'dan kalkan Zarkon Air uçağı Tovik havalimanında "
     "pistten çıktı ve 61 kişi öldü. Boeing tipi uçak duvara çarptı. Tovik valisi açıklama "
     "yaptı."),
    ("cyr-one", "ru", "2031-05-04", "Самолет Zarkon Air разбился в аэропорту Товик. Погибли 61 "
     "человек. Борт Boeing летел из Пелмара. Власти Товика начали расследование."),
    ("cyr-two", "uk", "2031-05-04", "Літак Zarkon Air розбився в аеропорту Товік. Загинула 61 "
     "особа. Boeing летів з Пелмара, повідомили у Товіку. Тривають роботи."),
    ("cyr-three", "bg", "2031-05-04", "Самолет на Zarkon Air катастрофира на летище Товик. "
     "Загинали са 61 души. Боингът е летял от Пелмар. Властите в Товик разследват."),
    ("cyr-four", "ru", "2031-05-05", "В Товике объявлен траур после крушения Boeing Zarkon Air. "
     "Число погибших 61. Рейс выполнялся из Пелмара. Товик закрыл аэропорт."),
    ("hangul-one", "ko", "2031-05-04", "토비크 공항에서 여객기가 활주로를 벗어나 61명이 숨졌다. "
     "여객기는 펠마르에서 출발했다."),
    ("other-crash", "en", "2031-04-20", "A Quenda Airways turboprop crashed near Harwick on "
     "Thursday, killing 9. Investigators from Dorvan said the Fokker lost power after takeoff "
     "from Lisset. Quenda Airways grounded its fleet at Harwick."),
]


def _content(root: Path):
    return loaded_pages(root, "The Tovik crash", PAGES)


def test_pages_in_another_script_are_not_flagged_for_their_own_spellings(tmp_path: Path) -> None:
    verdicts = {v.article: v for v in judge_pages(_content(tmp_path))}
    sure = sorted(a for a, v in verdicts.items() if v.sure)
    assert sure == ["other-crash"], {a: v.text for a, v in verdicts.items()}

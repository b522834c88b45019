"""The event's days when no dated page is known to name it (issue 15, round 9).

A briefing mostly in Chinese, Japanese, Korean or Arabic has few Latin-script pages; the names
most of those use are the only core, and the pages in the other scripts, whose names are not
read, are never known to name it. When the Latin-script pages carry no date, no dated page was
known to be about the event and the event had no days at all: a near miss in one of those
scripts, dated years before, was not even unsure. The days of the pages that appeared on a
known day (their own date or their address's, not one they write) now stand for the event's,
loosely (a page inside them is not thereby about it), as they already did when too few pages
naming it were dated. Invented text in the shape of a residential-fire briefing.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: A fire in a tower of Velmor: three undated English reports, three dated Chinese ones.
EVENT = [
    ("wire-en", "en", "", "Fire sweeps Velmor tower\n\nA fire swept the Korsa Court tower in "
     "Velmor on Sunday, and fire chief Dana Ilves said twelve residents died."),
    ("daily-en", "en", "", "Velmor mourns tower victims\n\nResidents of Korsa Court in Velmor "
     "laid flowers as Ilves said the search of the tower was over."),
    ("site-en", "en", "", "Inquiry into Velmor fire\n\nThe city of Velmor opened an inquiry into "
     "the Korsa Court fire, Ilves told reporters outside the tower."),
    ("paper-zh", "zh", "2031-03-05", "维尔莫市一栋住宅楼周日发生火灾，造成十二人死亡，消防部门"
     "正在调查起火原因。"),
    ("news-zh", "zh", "2031-03-06", "维尔莫市住宅楼火灾的遇难者家属聚集在楼下，市政府宣布成立"
     "调查组。"),
    ("portal-zh", "zh", "2031-03-07", "维尔莫市火灾后，居民们在附近学校过夜，消防部门表示搜救"
     "已经结束。"),
]
#: A fire in a tower of another city, in Chinese, dated years before.
OTHER = "塔兰市一栋高楼发生大火，造成多人死亡，当地政府下令全面检查高层建筑的消防设施。"


def _content(root: Path, day: str) -> object:
    return loaded_pages(root, "The Velmor fire", [*EVENT, ("other-zh", "zh", day, OTHER)])


def test_a_page_in_another_script_years_before_the_known_days_is_flagged(
        tmp_path: Path) -> None:
    content = _content(tmp_path, "2019-05-10")
    event, _sigs = signatures(content)
    assert event.window is not None and str(event.window[0]) == "2031-03-05"
    verdicts = {v.article: v for v in judge_pages(content)}
    assert verdicts["other-zh"].sure, verdicts["other-zh"].text
    assert "days before the event" in verdicts["other-zh"].text
    assert not any(stem in verdicts for stem, *_ in EVENT)


def test_the_same_page_in_the_known_days_is_not(tmp_path: Path) -> None:
    verdicts = {v.article: v for v in judge_pages(_content(tmp_path, "2031-03-06"))}
    assert "other-zh" not in verdicts
    assert not any(stem in verdicts for stem, *_ in EVENT)


#: Reports in Chinese that write the day they were updated, and one dated by its address.
WRITING = [
    *EVENT[:3],
    ("paper-zh", "zh", "", "更新时间:2031-03-05 18:16 维尔莫市一栋住宅楼周日发生火灾，造成十二人"
     "死亡。"),
    ("news-zh", "zh", "", "更新时间:2031-03-06 09:02 维尔莫市住宅楼火灾的遇难者家属聚集在楼下。"),
    ("portal-zh", "zh", "", "更新时间:2031-03-06 11:40 维尔莫市火灾后，居民们在附近学校过夜。"),
    ("site-zh", "zh", "2031-03-07", "维尔莫市火灾后，消防部门表示搜救已经结束。"),
    ("old-a", "zh", "2019-05-10", OTHER),
    ("old-b", "zh", "2019-05-11", "塔兰市高楼大火后，当地政府下令全面检查高层建筑的消防设施。"),
]


def test_two_near_misses_dated_years_before_are_no_event_s_days_when_reports_write_theirs(
        tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The Velmor fire", WRITING)
    event, _sigs = signatures(content)
    assert event.window is None or str(event.window[0]) >= "2031-03-01", event.window
    verdicts = {v.article: v for v in judge_pages(content)}
    own = {stem for stem, *_ in WRITING if not stem.startswith("old")}
    assert not own & set(verdicts), {a: v.text for a, v in verdicts.items()}

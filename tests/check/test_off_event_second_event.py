"""Short pages about a second event: each names only its city, too few names to judge alone, but
together they are another event's reports (issue 15, round 4; invented text in the shape of
short agency items on a crush at a parade in another country, beside a stadium crush)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from generator.content.load import load
from generator.content.problems import Problems

#: The briefing's event: a crush at the stadium in Lembara, Veloria (five independent reports).
EVENT = [
    ("wire-one", "Crush at Lembara stadium kills 40\n\nLEMBARA, Veloria — At least 40 people "
     "died in a crush at the stadium in Lembara on Saturday after guards fired smoke canisters "
     "at fans of Gelbor United, officials in Veloria said on Sunday."),
    ("daily-two", "Veloria mourns after stadium crush\n\nThe toll from the crush at the stadium "
     "in Lembara rose to 44, the health office of Veloria said. Fans of Gelbor United ran for "
     "the gates when smoke filled the stands."),
    ("paper-three", "Questions over guards after Lembara crush\n\nGuards in Veloria face "
     "questions after 44 fans died at the stadium in Lembara. Gelbor United said its supporters "
     "had been trapped behind locked gates."),
    ("site-four", "Veloria suspends league after Lembara deaths\n\nThe league in Veloria halted "
     "every match after the crush at the stadium in Lembara, where 44 fans of Gelbor United "
     "died."),
    ("radio-five", "Gelbor United fans bury their dead\n\nFamilies in Lembara buried 12 of the 44 "
     "fans of Gelbor United who died in the stadium crush, as Veloria held a day of mourning."),
]
#: Short German items on a crush in a tunnel at a parade in Korvitz: each names only the city.
PARADE = [
    ("ticker-a", "Gedränge im Tunnel\n\nBei der Parade in Korvitz ist am Samstag eine Panik im "
     "Tunnel ausgebrochen. Die Polizei meldet 23 Tote und viele Verletzte."),
    ("ticker-b", "Trauer nach der Parade\n\nNach der Panik in Korvitz liegen noch 65 Verletzte "
     "im Krankenhaus. Viele warten auf Nachricht von Angehörigen."),
    ("ticker-c", "Viele Tote bei Parade\n\nIn Korvitz sind bei einer Panik im Tunnel vor dem "
     "Eingang 21 Menschen gestorben, viele weitere wurden verletzt."),
]
#: Short German items on the briefing's own event that do not name the town, only the club.
CLUB = [
    ("kurz-x", "Trauer um Fans\n\nDie Fans von Gelbor trauern um ihre Toten. Viele Familien "
     "warten noch auf Nachricht aus dem Krankenhaus."),
    ("kurz-y", "Tore waren verschlossen\n\nDie Anhänger von Gelbor standen vor verschlossenen "
     "Toren, als der Rauch kam. Viele wurden verletzt."),
]


def _project(root: Path, extra: list[tuple[str, str]]) -> Path:
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    (content / "briefing.yaml").write_text("title: The Lembara crush\n", encoding="utf-8")
    pages = [(*p, "en") for p in EVENT] + [(*p, "de") for p in extra]
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {stem}\n    name: {stem.title()}\n" for stem, *_ in pages), encoding="utf-8")
    for stem, text, language in pages:
        (content / "articles" / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        (content / "articles" / f"{stem}.yaml").write_text(
            f"outlet: {stem}\nlanguage: {language}\n", encoding="utf-8")
    return content


def _verdicts(root: Path, extra: list[tuple[str, str]]) -> dict[str, bool]:
    """Each page judged, and whether the verdict is sure (a ``check`` warning). The pages carry
    no publication date, as saved pages often do not: names are all there is to judge by."""
    content_dir = _project(root, extra)
    problems = Problems(content_dir)
    content = load(content_dir, problems)
    assert not problems.errors
    return {v.article: v.sure for v in judge_pages(content)}


@pytest.mark.slow
def test_short_pages_naming_only_another_city_are_flagged_together(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path, PARADE)
    assert {stem: verdicts.get(stem) for stem, _ in PARADE} == dict.fromkeys(
        (stem for stem, _ in PARADE), True)
    assert not any(verdicts.get(stem) for stem, _ in EVENT)


def test_one_such_page_alone_is_only_a_question(tmp_path: Path) -> None:
    """Nothing else names its city: one short page is too little to call another event."""
    verdicts = _verdicts(tmp_path, PARADE[:1])
    assert verdicts.get("ticker-a") is not True


def test_short_pages_naming_what_the_events_reports_name_are_not_flagged(
        tmp_path: Path) -> None:
    """They name no town, but the club every report of the event names: the event's pages."""
    verdicts = _verdicts(tmp_path, CLUB)
    assert not any(verdicts.get(stem) for stem, _ in CLUB)


#: Short items in another script on the briefing's own event: they spell the town their way.
OWN_SCRIPT = [
    ("brief-alpha", "Πένθος στη Λεμπάρα\n\nΣτη Λεμπάρα θρηνούν 44 οπαδούς μετά το ποδοδοσφαιρικό "
     "δυστύχημα στο γήπεδο."),
    ("brief-beta", "Κηδείες στη Λεμπάρα\n\nΟι οικογένειες στη Λεμπάρα έθαψαν 12 οπαδούς."),
    ("brief-gamma", "Ερωτήματα για τη Λεμπάρα\n\nΟι φύλακες στη Λεμπάρα δίνουν εξηγήσεις."),
]


def test_short_pages_in_another_script_are_not_a_second_event(tmp_path: Path) -> None:
    """With the place given in Latin script, pages in Greek script do not name it as written,
    and share their own spelling of it: that is no other event's name."""
    content = _project(tmp_path, [])
    (content / "briefing.yaml").write_text("title: The Lembara crush\nplace: [Lembara]\n",
                                           encoding="utf-8")
    outlets = (content / "outlets.yaml").read_text(encoding="utf-8")
    (content / "outlets.yaml").write_text(outlets + "".join(
        f"  - id: {stem}\n    name: {stem.title()}\n" for stem, _ in OWN_SCRIPT),
        encoding="utf-8")
    for stem, text in OWN_SCRIPT:
        (content / "articles" / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        (content / "articles" / f"{stem}.yaml").write_text(
            f"outlet: {stem}\nlanguage: el\n", encoding="utf-8")
    problems = Problems(content)
    verdicts = {v.article: v.sure for v in judge_pages(load(content, problems))}
    assert not problems.errors
    assert not any(verdicts.get(stem) for stem, _ in OWN_SCRIPT)

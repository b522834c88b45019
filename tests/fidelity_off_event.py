"""Off-event pages flagged by ``check``, scored against the hand labels.

A page is about another event when its label says so (``near_miss_of``, ``event``). Two
scorers. :func:`score_off_event` is the issue's measure: each main event with the pages of its
near-miss folder (Derna with the Storm Daniel pages from Greece; Notre-Dame with the Nantes
pages). The corpus has few near-miss pages, so :func:`score_cross` makes more from dev pages: each
event folder in turn is the briefing, and the pages of every other folder are slipped into it a
few at a time. Every such page is about another event, every page of the folder about this one:
the false flags are counted on every folder, which is how a rule written on one folder's failures
is seen to hurt another.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import yaml

from generator.check.off_event import judge_pages
from generator.content.model import Article, Content
from tests.fidelity import Score, _events, corpus_briefing, page_ids
from tests.realpages import Page

#: What an analyst would write in briefing.yaml for each main event: its date and its place as
#: the corpus's languages spell it (facts of the events, not words of the pages).
EVENT_META = {
    "beirut-port-explosion-2020": ("2020-08-04", ["Beirut", "Beyrouth", "Beirute", "Bejrut",
                                                  "بيروت"]),
    "derna-libya-floods-2023": ("2023-09-10/2023-09-11", ["Derna", "Darna", "درنة"]),
    "suez-ever-given-2021": ("2021-03-23", ["Suez", "Ever Given", "السويس"]),
    "baltimore-key-bridge-2024": ("2024-03-26", ["Baltimore"]),
    "notre-dame-fire-2019": ("2019-04-15", ["Paris", "Parigi", "París", "Paryż", "Paříž",
                                            "Parijs", "باريس"]),
}


#: The near-miss folders' own event, for when they are the briefing (cross scoring only).
NEAR_MISS_META = {
    "greece-storm-daniel-floods-2023": ("2023-09-04/2023-09-07",
                                        ["Thessaly", "Thessalie", "Tessaglia", "Volos"]),
}


def read_event_meta(path: Path) -> None:
    """Take a fresh labelled set's events from its ``events.yaml`` (bench/fidelity.py --labels),
    so that its off-event pages are scored with the date and place given, as the corpus's are.
    The set's events replace the corpus's: the two are never scored together."""
    if not path.is_file():
        return
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    EVENT_META.clear()
    NEAR_MISS_META.clear()
    for slug, meta in data.items():
        places = meta.get("place") or []
        EVENT_META[slug] = (str(meta["date"]), [places] if isinstance(places, str) else places)


def meta_text(event: str) -> str:
    """briefing.yaml's lines for an event's date and place, or nothing when none is known."""
    day, places = EVENT_META.get(event) or NEAR_MISS_META.get(event) or (None, [])
    return f"date: {day}\nplace: {json.dumps(places, ensure_ascii=False)}\n" if day else ""


def score_off_event(pages: Iterable[Page]) -> Score:
    """Pages about another event flagged by ``check``, per main event.

    Each main event makes one briefing-like set: its pages plus the pages of its near-miss folder
    (Derna with the Storm Daniel pages from Greece; Notre-Dame with the Nantes pages). A page is
    *off-event* when its label says it reports another event (``near_miss_of``, or ``event``
    other than the folder's). Each set is scored twice: as the pages come (no date, no place),
    and with briefing.yaml giving the event's date and place (``given-``). A flag on a page about
    the event is a false flag. Main events without near-miss pages still count their false
    flags."""
    score = Score()
    by_event = _events(pages)
    for main in sorted(by_event):
        group = list(by_event[main])
        if any(p.near_miss_of for p in group):
            continue  # a near-miss folder is scored with its main event
        group += [p for ps in by_event.values() for p in ps if p.near_miss_of == main]
        ids = page_ids(group)
        off = {aid for aid, p in ids.items() if p.near_miss_of or p.about != p.event}
        given = meta_text(main)
        for prefix, meta in (("", ""), ("given-", given)):
            with tempfile.TemporaryDirectory() as tmp:
                content = corpus_briefing(group, Path(tmp), meta)
            judged = {o.article: o for o in judge_pages(content)}
            flagged = {k: o for k, o in judged.items() if o.sure}
            for aid in sorted(ids):
                if aid in judged and aid not in flagged:  # unsure: told, not flagged
                    score.add(main, prefix + ("unsure" if aid in off else "own-unsure"))
            for aid in sorted(ids):
                if not prefix:
                    score.add(main, "pages")
                    score.add(main, "off-event", aid in off)
                if aid in flagged and aid in off:
                    score.add(main, prefix + "flagged")
                elif aid in flagged:
                    score.add(main, prefix + "false-flags")
                    score.notes.append(f"false flag {prefix}{main}: {aid}: {flagged[aid].text}")
                elif aid in off:
                    score.notes.append(f"missed {prefix}{main}: {aid}")
    return score


#: How many pages of another folder are slipped into a briefing at once: a few, as an analyst's
#: stray saves would be, never so many that they become the briefing's majority (fewer than the
#: folder's own pages: on a two-page folder three slipped pages were the majority, and the
#: folder's own pages were counted as false flags; fcopy5).
SLIP = 3


def score_cross(pages: Iterable[Page]) -> Score:
    """Each event folder as the briefing, with every other folder's pages slipped in, SLIP
    at a time. Per briefing folder: the slipped pages flagged (``slipped``/``flagged``; those
    called unsure: ``slipped-unsure``) and the folder's own pages flagged (``own``/
    ``false-flags``, counted over every run), as the pages come and with the date and place
    given (``given-``). Pages labelled as about another event than their folder are left out
    (their folder is not what they report)."""
    score = Score()
    events = _events(pages)
    by_event = {e: [p for p in ps if p.about == p.event and not p.near_miss_of]
                for e, ps in events.items()}
    by_event.update({e: [p for p in ps if p.near_miss_of] for e, ps in events.items()
                     if any(p.near_miss_of for p in ps)})
    loaded: dict[tuple[str, str], Content] = {}
    for event, group in sorted(by_event.items()):
        for prefix, meta in (("", ""), ("given-", meta_text(event))):
            with tempfile.TemporaryDirectory() as tmp:
                loaded[(event, prefix)] = corpus_briefing(group, Path(tmp), meta)
    articles = {}
    for (event, prefix), content in loaded.items():
        if not prefix:
            for aid, page in page_ids(by_event[event]).items():
                articles[(event, page.stem)] = content.articles[aid]
    for main, group in sorted(by_event.items()):
        own_ids = page_ids(group)
        for other, others in sorted(by_event.items()):
            if other == main:
                continue
            # fewer than the folder's own pages, so the slipped never make the majority (a
            # one-page folder takes no slips: one and one are two events, neither the briefing's)
            slip = min(SLIP, len(group) - 1)
            if slip < 1:
                continue
            for start in range(0, len(others), slip):
                slipped = others[start:start + slip]
                for prefix in ("", "given-"):
                    base = loaded[(main, prefix)]
                    merged = dict(base.articles)
                    extra = {}
                    for page in slipped:
                        art = articles[(other, page.stem)]
                        key = f"x-{other.split('-')[0]}-{page.stem}"
                        extra[key] = art
                    for key, art in extra.items():
                        merged[key] = _renamed(art, key)
                    content = Content(root=base.root, meta=base.meta, outlets=base.outlets,
                                      articles=merged)
                    judged = {o.article: o for o in judge_pages(content)}
                    flagged = {k: o for k, o in judged.items() if o.sure}
                    for key in extra:
                        score.add(main, prefix + "slipped-unsure",
                                  key in judged and key not in flagged)
                        score.add(main, prefix + "slipped")
                        score.add(main, prefix + "flagged", key in flagged)
                        if key not in flagged:
                            score.notes.append(f"missed {prefix}{main}: {key}")
                    for aid in own_ids:
                        score.add(main, prefix + "own")
                        score.add(main, prefix + "own-unsure", aid in judged and aid not in flagged)
                        if aid in flagged:
                            score.add(main, prefix + "false-flags")
                            score.notes.append(f"false flag {prefix}{main} (+{other}): {aid}: "
                                               f"{flagged[aid].text}")
    return score


def _renamed(article: Article, key: str) -> Article:
    """The article under another id (two folders may share a file name)."""
    return replace(article, id=key)

"""An article's signature and the briefing's event: the evidence :mod:`.off_event` weighs.

Filled by :mod:`.event_signature` (names, words) and :mod:`.signature_dates` (dates); kept in
a module of its own so that both can use it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Signature:
    """What one article says about its event; ``None`` where it says nothing."""

    article: str
    names: set[str]
    latin: bool  # mostly Latin script: can be judged on Latin-script names
    names_event: bool | None = None
    names_shared: float | None = None  # share of its names that articles naming the event use
    rare: list[str] = field(default_factory=list)  # its names no article naming the event uses
    when: date | None = None
    #: "dated": published or address; "published": the analyst's; "address": the address's
    #: year, month and day folders; "printed": the date-stamp on the page; "month": its
    #: address's month; "writes": the latest date in its text (which may be one it recalls)
    when_how: str = "dated"
    days_off: int | None = None  # days before (< 0) or after (> 0) the event's days; 0 inside
    likeness: float | None = None  # to the articles naming the event in its language
    weight: float = 1.0  # 1 / the size of its copy group
    #: no other article of the briefing is in its language: the names of institutions it
    #: writes in its own words ("Cruz Roja", "Oficina de Coordinación") no other page shares
    alone: bool = False
    core_share: float = 0.0  # the share of the event's names (its core) it names
    #: independent weight of the other articles naming the same part of the core, and not
    #: the rest of it (only of an article naming part of it)
    part_elsewhere: float = 0.0
    #: independent weight of the other articles, not naming the event, that use its names
    names_elsewhere: float = 0.0
    recalls: str = ""  # where it writes the event's year as past (:mod:`.recalled_year`)
    lede_recall: str = ""  # the story's first sentence, when it is where it recalls the year
    #: ... and that sentence names the event's place: how a follow-up opens (a trial, a funeral)
    opens_on_event: bool = False
    #: of the core's names it writes only the country's (:mod:`.event_signature`)
    country_only: bool = False


@dataclass
class EventOfBriefing:
    """The briefing's event as most independent sources report it."""

    core: list[set[str]]  # each: one name and its spellings; an article names all
    core_text: str
    window: tuple[date, date] | None
    given_place: bool
    given_date: bool
    #: without ``window``, the first and last dates of the pages naming the event (FAR_OFF)
    named_days: tuple[date, date] | None = None

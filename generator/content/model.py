"""The typed content model that the load stage produces and later stages only read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from generator.content.cache import NO_CACHE, BuildCache
from generator.content.cleaning import Block, Removed
from generator.content.schema import Briefing as BriefingMeta
from generator.content.schema import Entity, Era, Event, Evidence, Figure, Outlet, Quote


@dataclass(frozen=True)
class Article:
    """One article as read from its file: cleaned story text plus curated metadata."""

    id: str
    path: Path
    rel_path: str
    format: str  # "txt", "md" or "html"
    headline: str
    paragraphs: tuple[Block, ...]
    removed: tuple[Removed, ...]
    outlet: str | None
    published: datetime | date | None
    url: str = ""
    author: str = ""
    author_bio: str = ""
    via: str = ""
    dateline: str = ""
    retrieved: str = ""
    #: The article's language as its metadata says (``language:``, default "en"). Read and kept,
    #: but no rule uses it yet: every lexicon rule is English (generator/text/lexicon.py); the
    #: cleaning issue will choose the lexicon from it.
    language: str = "en"
    excerpt: bool = False
    excerpt_reason: str = ""
    #: Why the analyst keeps this file out of the briefing (``exclude:``); "" when it is in.
    exclude: str = ""
    meta_path: str = ""  # where the curated metadata lives (sidecar or the file itself)
    encoding_note: str = ""
    #: (file, line, col) of each curated metadata key, for messages about them
    where: dict[str, tuple[str, int, int]] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        """The cleaned story text: paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass
class Content:
    """Everything in a content folder, loaded and schema-valid (references not yet checked)."""

    root: Path
    meta: BriefingMeta
    outlets: dict[str, Outlet] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    #: articles kept in the folder but out of the briefing (``exclude:`` with a reason)
    excluded: dict[str, Article] = field(default_factory=dict)
    eras: dict[str, Era] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    quotes: dict[str, Quote] = field(default_factory=dict)
    actors: dict[str, Entity] = field(default_factory=dict)
    places: dict[str, Entity] = field(default_factory=dict)
    terms: dict[str, Entity] = field(default_factory=dict)
    fact_files: list[Path] = field(default_factory=list)
    #: ids of records that failed validation, by kind ("outlets", "articles", "actors", …):
    #: their own errors are reported, so a reference to one is not reported again as unknown
    invalid_ids: dict[str, set[str]] = field(default_factory=dict)
    #: the evidence of records that failed validation (a bad date, a missing label): still
    #: checked against its articles, so that one run of `briefing check` reports everything
    orphan_evidence: list[Evidence] = field(default_factory=list)
    #: per-article work kept between rebuilds (mkdocs serve); NO_CACHE for one-off builds
    cache: BuildCache = field(default=NO_CACHE, repr=False, compare=False)

    def entities(self) -> list[tuple[str, Entity]]:
        """Actors, places and terms with their kind, in that order."""
        return (
            [("actor", e) for e in self.actors.values()]
            + [("place", e) for e in self.places.values()]
            + [("term", e) for e in self.terms.values()]
        )

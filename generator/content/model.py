"""The typed content model that the load stage produces and later stages only read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from generator.content.blocks import Block
from generator.content.cache import NO_CACHE, BuildCache
from generator.content.cleaner import Removed
from generator.content.cleaning.headline import ORIGINS
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
    #: Where the headline came from: a key of ``generator.content.cleaning.headline.ORIGINS``
    #: ("page", "sidecar", "markdown-heading", "html-title", "url", "file-name").
    headline_origin: str = "page"
    #: The headline's line in the source when it is a line of the article, else None.
    headline_block: Block | None = None
    #: A publication date printed on the page ("Published: 30 August 2017"), as written. Never a
    #: crawl date, and never used as ``published``: it is shown so the analyst can check.
    page_date: str = ""
    #: When a live page was last changed (``updated:`` in the metadata): its relative days ("as
    #: of Monday") may be the update's, and are read from both (FORMAT.md).
    updated: datetime | date | None = None
    #: An update's date printed on the page ("Updated: Dec. 14, 2021"), as written: shown, and
    #: offered as a hint for ``updated:``; never used as a date itself.
    page_updated: str = ""
    #: The article's language (ISO 639-1): ``language:`` in the metadata, else detected in the
    #: text (``language_origin`` says which: "metadata", "detected" or "default"). The cleaner,
    #: the date rules and the quantity reader read it.
    language: str = "en"
    language_origin: str = "default"
    #: True when the copy is only part of the article (it stops mid-sentence, ends with "…" or
    #: "Read more", or sits behind a paywall): the outlet may have said more than this copy
    #: holds, so a comparison must not call it silent ("cut before it could say").
    excerpt: bool = False
    excerpt_reason: str = ""
    #: Why the analyst keeps this file out of the briefing (``exclude:``); "" when it is in.
    exclude: str = ""
    #: Lines the analyst put back in the story (``keep:``) that the cleaner had removed or taken
    #: for the headline: shown on the article's page, so the correction is on record.
    kept: tuple[int, ...] = ()
    meta_path: str = ""  # where the curated metadata lives (sidecar or the file itself)
    encoding_note: str = ""
    #: (file, line, col) of each curated metadata key, for messages about them
    where: dict[str, tuple[str, int, int]] = field(default_factory=dict, compare=False)
    #: The name of this reading in the on-disk store (:mod:`generator.content.store`): a digest
    #: of the article's bytes, its sidecar's and the code; "" when the build keeps no store.
    digest: str = field(default="", compare=False, repr=False)

    @property
    def headline_origin_says(self) -> str:
        """Where the headline came from, in words ("words of the article's address…")."""
        return ORIGINS.get(self.headline_origin, self.headline_origin)

    @property
    def written(self) -> str:
        """The headline (when the outlet wrote it) and the story: what the outlet's words are.
        A headline made from the address or the file name is lower-case slug words, which
        would make every name in it look like a common word."""
        if self.headline_origin in ("url", "file-name"):
            return self.text
        return self.headline + "\n" + self.text

    @cached_property
    def text(self) -> str:
        """The cleaned story text: paragraphs separated by blank lines (joined once: extract and
        check slice it thousands of times)."""
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

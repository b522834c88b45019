"""Articles from their files and metadata: read, grouped by outlet, cleaned, typed.

Three steps, because cleaning one article needs to know two things beyond its file:

1. **read** each file and its metadata (sidecar ``<id>.yaml``, Markdown front matter): the
   sidecar's ``headline:``, ``url:`` and ``language:`` steer the cleaner;
2. **group** the articles by outlet (the ``outlet:`` id, else the address' host) and find the
   lines an outlet prints on several of its articles (a slogan, a credit, a footer): above or
   below the story they are furniture in every one of them (inside the story they are the
   outlet's own). A line that reads like a sentence must recur on three articles, since two
   copies of one story (an update) share their sentences; and copies of one story count as
   one article, since they share its crossheads and a cut copy's last words too;
3. **clean** each article in its language: ``language:`` when the metadata gives it, else the
   language detected in the text (:func:`generator.text.languages.detect`), else English.

Steps 1 and 3 are cached per file (``mkdocs serve`` re-reads only what changed) and, when the
build keeps a store (:mod:`generator.content.store`), on disk by the digest of the bytes they
read, so the next build's process re-reads only what changed too.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content import workers
from generator.content.blocks import ends_sentence
from generator.content.cache import BuildCache, file_key
from generator.content.carriable import carriable_article
from generator.content.cleaning.passes import normal_line
from generator.content.model import Article
from generator.content.problems import Problem, Problems, Severity
from generator.content.readers import Source, clean_source, keep_lines, read_source
from generator.content.schema import ArticleMeta
from generator.content.store import digest, paused_collection
from generator.content.validation import validate
from generator.content.watchdog import TookTooLong, limit_for_file, watchdog
from generator.content.workers import in_workers
from generator.content.yamlsource import YamlDoc, read_yaml
from generator.text import hosts
from generator.text.dates import local_date, parse_published
from generator.text.languages import detect, normalise

_CODE = re.compile(r"[a-z]{2,3}")
#: Lines longer than this are never compared across articles (story paragraphs).
MAX_REPEATED_WORDS = 30


_TOO_SLOW = ("Briefing reads this file too slowly: please report it; remove it from "
             "content/articles/ to build meanwhile")


@dataclass
class _Read:
    """Step 1: one article file and its metadata."""

    source: Source | None
    merged: dict[str, Any] = field(default_factory=dict)
    where: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _read(path: Path, sidecar: Path | None, problems: Problems) -> _Read:
    found = Problems(problems.root)
    try:
        with watchdog(limit_for_file(path), "reading the article"):
            source = read_source(path, found)
    except TookTooLong as exc:  # one article never hangs check, build or serve
        found.add(path, 0, 0, str(exc), _TOO_SLOW)
        return _Read(None, problems=found.items)
    metas: list[tuple[ArticleMeta, YamlDoc]] = []
    unread: dict[str, tuple[str, int, int]] = {}
    docs = (source.front_matter if source else None,
            read_yaml(sidecar, found) if sidecar else None)
    for doc in docs:
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            found.add(doc.path, *doc.pos(()), "article metadata must be a mapping of keys")
            continue
        meta = validate(ArticleMeta, doc.data, doc, (), found)
        if meta is not None:
            metas.append((meta, doc))
        else:  # its errors are reported; the keys it does write are not "missing" too
            unread.update({k: (str(doc.path), *doc.pos((k,))) for k in doc.data
                           if isinstance(k, str)})
    merged: dict[str, Any] = {}
    where: dict[str, tuple[str, int, int]] = {}
    for meta, _doc in metas:  # front matter first, the sidecar overrides it
        for key in meta.model_fields_set:
            merged[key] = getattr(meta, key)
            where[key] = meta.at(key)
    for key, at in unread.items():
        where.setdefault(key, at)
    return _Read(source, merged, where, found.items)


def _group(read: _Read) -> str:
    """Which outlet an article belongs to, for lines repeated across articles."""
    if read.merged.get("outlet"):
        return f"outlet:{read.merged['outlet']}"
    url = read.merged.get("url") or (read.source.html_meta.get("url", "") if read.source else "")
    site = hosts.host(url)
    return f"host:{site}" if site else ""


def repeated_lines(sources: list[Source]) -> list[frozenset[str]]:
    """For each of one outlet's articles, its lines that the outlet prints on other articles
    too: on two articles for a label or a credit, on three for a line that reads like a
    sentence (two copies of one story, an update, share their sentences). Copies of one story
    (see :func:`_copy_pairs`) count as one article: what they share is the story's (its
    crossheads, the words a cut copy stops on), not the outlet's template."""
    # (a short sentence counts as one, its full stop says so: two reports of one outlet may
    # end the same way, "The search goes on.")
    per_article = [{normal_line(b.text): ends_sentence(b.text) and len(b.text.split()) >= 2
                    for b in s.blocks if len(b.text.split()) <= MAX_REPEATED_WORDS}
                   for s in sources]
    copies = _copy_pairs(sources)
    holders: dict[str, list[int]] = defaultdict(list)
    for i, lines in enumerate(per_article):
        for line in lines:
            if line:
                holders[line].append(i)
    counts = Counter()
    for line, found in holders.items():
        distinct: list[int] = []
        for i in found:
            if not any((j, i) in copies for j in distinct):
                distinct.append(i)
        counts[line] = len(distinct)
    return [frozenset(line for line, sentence in lines.items()
                      if counts[line] >= (3 if sentence else 2)) for lines in per_article]


def _sentence(text: str) -> bool:
    return ends_sentence(text) and len(text.split()) >= 6


#: Two articles are copies of one story when they share at least this many sentences ...
MIN_SHARED_SENTENCES = 3
#: ... and more than this share of the shorter one's sentences (a footer of a few sentences
#: printed under every article is a small part of each story).
MIN_SHARED_SHARE = 0.5


def _copy_pairs(sources: list[Source]) -> set[tuple[int, int]]:
    """The pairs (i, j), i < j, of one outlet's articles that are copies of one story: the same
    page twice, or a story and its update, most of whose sentences are the same."""
    sentences = [{normal_line(b.text) for b in s.blocks if _sentence(b.text)} for s in sources]
    pairs = set()
    for i in range(len(sources)):
        for j in range(i + 1, len(sources)):
            shared = len(sentences[i] & sentences[j])
            shorter = min(len(sentences[i]), len(sentences[j]))
            if shared >= MIN_SHARED_SENTENCES and shared > MIN_SHARED_SHARE * shorter:
                pairs.add((i, j))
    return pairs


def _language(read: _Read, problems: Problems) -> tuple[str, str]:
    """The article's language and where it came from: metadata, detected, or the default."""
    raw = read.merged.get("language")
    given = normalise(raw)
    if given and _CODE.fullmatch(given):
        return given, "metadata"
    if raw:
        problems.add(*read.where["language"], f"language: {raw!r} is not a language code",
                     "an ISO 639-1 code such as en, ne, ko; or leave it out to detect it")
    found = detect(read.source.body) if read.source is not None else None
    return (found, "detected") if found else ("en", "default")


def _meta_value(*candidates: Any) -> str:
    for value in candidates:
        if value:
            return str(value)
    return ""


def _article(path: Path, meta_path: Path, read: _Read, repeated: frozenset[str],
             problems: Problems) -> Article | None:
    """Step 3: clean one article and type it."""
    source, merged, where = read.source, read.merged, read.where
    if source is None:
        return None
    language, language_origin = _language(read, problems)
    html = source.html_meta
    cleaned = clean_source(source, language=language, url=merged.get("url", ""),
                           headline=merged.get("headline", ""), repeated=repeated)
    cleaned, kept, unused = keep_lines(cleaned, merged.get("keep", []),
                                 merged.get("url") or html.get("url", ""))
    if unused:
        problems.add(*where["keep"], f"keep: line{'s' if len(unused) > 1 else ''} "
                     f"{', '.join(map(str, unused))} of {problems.rel(path)} "
                     f"{'are' if len(unused) > 1 else 'is'} not a removed block or the headline",
                     f"`briefing show {problems.rel(path)}` lists the removed blocks with their "
                     "lines; remove the line from `keep:`", Severity.WARNING)
    published = None
    if merged.get("published"):
        try:
            published = parse_published(merged["published"], merged.get("timezone"))
        except ValueError as exc:
            problems.add(*where["published"], f"published: {exc}")
    elif html.get("date"):
        try:
            published = parse_published(html["date"], merged.get("timezone"))
        except ValueError:
            published = None
    updated = None
    if merged.get("updated"):  # a live page's update: its relative days may be the update's
        try:
            updated = parse_published(merged["updated"], merged.get("timezone"))
        except ValueError as exc:
            problems.add(*where["updated"], f"updated: {exc}")
        if updated is not None and published is not None \
                and local_date(updated) < local_date(published):
            problems.add(*where["updated"], "updated: the page's update is before its "
                         "publication, so it is not used", "check both against the page",
                         Severity.WARNING)
            updated = None
    origin = cleaned.headline_origin if cleaned.headline else "file-name"
    return Article(
        id=path.stem,
        path=path,
        rel_path=problems.rel(path),
        format=source.format,
        headline=cleaned.headline or path.stem,
        headline_origin=origin,
        headline_block=cleaned.headline_block,
        paragraphs=cleaned.paragraphs,
        removed=cleaned.removed,
        outlet=merged.get("outlet"),
        published=published,
        url=_meta_value(merged.get("url"), html.get("url") or cleaned.url),
        author=_meta_value(merged.get("author"), cleaned.author),
        author_bio=cleaned.author_bio or "",
        via=_meta_value(merged.get("via"), cleaned.via),
        dateline=cleaned.dateline or "",
        page_date=cleaned.date or "",
        updated=updated,
        page_updated=cleaned.updated or "",
        retrieved=_meta_value(merged.get("retrieved")),
        language=language,
        language_origin=language_origin,
        exclude=merged.get("exclude", ""),
        kept=kept,
        excerpt=cleaned.excerpt,
        excerpt_reason=cleaned.excerpt_reason or "",
        meta_path=problems.rel(meta_path),
        encoding_note=source.encoding_note,
        where={k: (problems.rel(v[0]), v[1], v[2]) for k, v in where.items()},
    )


def _bytes_digest(root: Path, path: Path, sidecar: Path | None) -> str:
    """What steps 1 and 3 read of the disk: the paths (messages name them) and the bytes."""
    return digest("article-files", str(root), str(path), path.read_bytes(),
                  str(sidecar) if sidecar else None, sidecar.read_bytes() if sidecar else None)


def _finished(value: tuple | _Read) -> bool:
    """Whether a reading may be stored: one the watchdog cut short may finish next time."""
    found = value.problems if isinstance(value, _Read) else value[1]
    return not any(p.hint == _TOO_SLOW for p in found)


@dataclass
class _Job:
    """Step 3 for one article, as a worker process receives it."""

    path: Path
    sidecar: Path | None
    read: _Read
    lines: frozenset[str]
    root: Path
    name: str  # its digest in the store, "" without one


def clean(job: _Job) -> tuple[Article | None, list[Problem]]:
    """Step 3: clean and type one article, under the watchdog; the problems it found."""
    found = Problems(job.root)
    try:
        with watchdog(limit_for_file(job.path), "cleaning the article"):
            article = _article(job.path, job.sidecar or job.path, job.read, job.lines, found)
    except TookTooLong as exc:  # one article never hangs check, build or serve
        found.add(job.path, 0, 0, str(exc), _TOO_SLOW)
        return None, found.items
    if article is not None:  # every text field safe to carry to a page
        article = dataclasses.replace(carriable_article(article, found), digest=job.name)
    return article, found.items


def _article_digest(file_digest: str, lines: frozenset[str]) -> str:
    return digest("article", file_digest, *sorted(lines))


def _unread(files: list[tuple[str, Path, Path | None]], reads: dict[str, _Read],
            repeated: dict[str, frozenset[str]], cache: BuildCache, root: Path,
            file_digest: Callable[[str, Path, Path | None], str]) -> dict[str, _Job]:
    """Step 3 for the articles neither this process nor the store has read."""
    jobs: dict[str, _Job] = {}
    for stem, path, sidecar in files:
        lines = repeated.get(stem, frozenset())
        if cache.has_file(f"article:{path}", (file_key(path, sidecar), lines)):
            continue
        name = ""
        if cache.store is not None:
            name = _article_digest(file_digest(stem, path, sidecar), lines)
            if cache.store.has(name, ("article", "")):
                continue
        jobs[stem] = _Job(path, sidecar, reads[stem], lines, root, name)
    return jobs


def load_articles(files: list[tuple[str, Path, Path | None]], problems: Problems,
                  cache: BuildCache) -> dict[str, Article]:
    """Articles from (id, article file, sidecar or None) triples, in the order given; when
    :data:`~generator.content.workers.POOL_FROM` or more must be cleaned, worker processes
    clean them."""
    with paused_collection():
        return _load_articles(files, problems, cache)


def _load_articles(files: list[tuple[str, Path, Path | None]], problems: Problems,
                   cache: BuildCache) -> dict[str, Article]:
    reads: dict[str, _Read] = {}
    digests: dict[str, str] = {}

    def file_digest(stem: str, path: Path, sidecar: Path | None) -> str:
        if stem not in digests:
            digests[stem] = _bytes_digest(problems.root, path, sidecar)
        return digests[stem]

    for stem, path, sidecar in files:
        read = cache.by_files(
            f"article-read:{path}", file_key(path, sidecar),
            lambda stem=stem, path=path, sidecar=sidecar: cache.stored(
                "read", lambda: file_digest(stem, path, sidecar),
                lambda: _read(path, sidecar, problems), keep=_finished))
        reads[stem] = read
    groups: dict[str, list[str]] = defaultdict(list)
    for stem, read in reads.items():
        if read.source is not None and _group(read):
            groups[_group(read)].append(stem)
    repeated: dict[str, frozenset[str]] = {}
    for group, stems in groups.items():
        if len(stems) >= 2:
            # the same readings (the very objects) give the same lines: kept under serve
            key = tuple((s, id(reads[s])) for s in stems)
            found = cache.by_files(f"repeated-lines:{group}", key, lambda stems=stems: (
                repeated_lines([reads[s].source for s in stems]),  # type: ignore[misc]
                [reads[s] for s in stems]))[0]  # the readings held: their ids stay theirs
            repeated.update(zip(stems, found, strict=True))
    cleaned: dict[str, tuple] = {}
    if cache.parallel:
        jobs = _unread(files, reads, repeated, cache, problems.root, file_digest)
        if len(jobs) >= workers.POOL_FROM:
            cleaned = dict(zip(jobs, in_workers(clean, list(jobs.values()), workers.POOL_FROM),
                               strict=True))
    articles: dict[str, Article] = {}
    for stem, path, sidecar in files:
        read = reads[stem]
        problems.items.extend(read.problems)
        lines = repeated.get(stem, frozenset())

        def stored(stem=stem, path=path, sidecar=sidecar, lines=lines, read=read) -> tuple:
            def compute(name: str = "") -> tuple:
                if stem in cleaned:
                    return cleaned.pop(stem)
                return clean(_Job(path, sidecar, read, lines, problems.root, name))

            if cache.store is None:
                return compute()
            name = _article_digest(file_digest(stem, path, sidecar), lines)
            return cache.stored("article", lambda: name, lambda: compute(name), keep=_finished)

        article, found = cache.by_files(f"article:{path}", (file_key(path, sidecar), lines),
                                        stored)
        problems.items.extend(found)
        if article is not None:
            articles[stem] = article
    return articles


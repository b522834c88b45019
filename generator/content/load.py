"""Stage 1, load: a content folder -> :class:`generator.content.model.Content`.

Reads every file, validates it against the schema and collects *all* problems; references
between records (article ids, outlet ids, evidence quotes) are the check stage's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.content.articles import load_articles
from generator.content.cache import NO_CACHE, BuildCache
from generator.content.links import forget_hard_links, hard_linked_out
from generator.content.model import Content
from generator.content.problems import Problems
from generator.content.readers import ARTICLE_SUFFIXES
from generator.content.schema import (
    ID_PATTERN,
    RESERVED_IDS,
    Entity,
    Era,
    Event,
    Evidence,
    FactSheet,
    Figure,
    Outlet,
    OutletsFile,
    Quote,
    Record,
)
from generator.content.schema import Briefing as BriefingMeta
from generator.content.validation import validate
from generator.content.yamlsource import YamlDoc, read_yaml

_YAML = (".yaml", ".yml")
_FACT_KINDS: dict[str, type[Record]] = {
    "eras": Era, "events": Event, "figures": Figure, "quotes": Quote,
    "actors": Entity, "places": Entity, "terms": Entity,
}


def inside(path: Path, root: Path) -> bool:
    """True if ``path`` (after following links) stays inside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return False
    return True


_LINK_HINT = "copy the file into content/ instead of linking to it"


def _refuse_link(path: Path, problems: Problems) -> None:
    """Report a link out of the content folder (or one that loops) against a path that resolves.

    Problems resolve paths for display, which a looping link cannot do: name it in the message
    and report it against its folder instead.
    """
    try:
        path.resolve()
    except (OSError, RuntimeError):
        problems.add(path.parent, 0, 0, f"{path.name}: a link that cannot be followed "
                     "(a loop?); refused", _LINK_HINT)
        return
    problems.add(path, 0, 0, "links to a file outside the content folder; refused", _LINK_HINT)


def _linked_out(path: Path, root: Path, problems: Problems) -> bool:
    """True (and reported) if ``path`` is a link (symbolic or hard) that leads outside ``root``,
    or loops."""
    if (not path.is_symlink() or inside(path, root)) and not hard_linked_out(path, root):
        return False
    _refuse_link(path, problems)
    return True


def _safe(path: Path, folder_ok: bool, root: Path) -> bool:
    """Only links need resolving once their folder is known to be inside the content root."""
    if folder_ok and not path.is_symlink():
        return not hard_linked_out(path, root)
    return inside(path, root) and not hard_linked_out(path, root)


def _files(folder: Path, root: Path, problems: Problems) -> list[Path]:
    try:
        if not folder.is_dir():
            return []
        names = sorted(folder.iterdir())
    except OSError as exc:
        problems.add(folder, 0, 0, f"cannot read the folder: {exc.strerror}",
                     "check its permissions")
        return []
    out = []
    folder_ok = inside(folder, root)
    for path in names:
        if path.name.startswith("."):
            continue
        if not _safe(path, folder_ok, root):
            _refuse_link(path, problems)
            continue
        if path.is_file():
            out.append(path)
    return out


def _load_meta(root: Path, problems: Problems) -> BriefingMeta:
    path = root / "briefing.yaml"
    fallback = BriefingMeta(title=root.resolve().name)
    if _linked_out(path, root, problems):
        return fallback
    if not path.exists():
        problems.add(path, 0, 0, "missing briefing.yaml",
                     "create it with at least `title: …` (see `briefing new`)")
        return fallback
    doc = read_yaml(path, problems)
    if doc is None:
        return fallback
    return validate(BriefingMeta, doc.data, doc, (), problems) or fallback


def load_meta(root: Path) -> tuple[BriefingMeta, Problems]:
    """Only ``briefing.yaml``, read and validated as :func:`load` reads it: what a command needs
    before the whole content is loaded (``briefing serve`` choosing its engine)."""
    problems = Problems(root)
    return _load_meta(root, problems), problems


def _load_outlets(root: Path, content: Content, problems: Problems) -> None:
    path = root / "outlets.yaml"
    if _linked_out(path, root, problems):
        return
    if not path.exists():
        problems.add(path, 0, 0, "missing outlets.yaml", "list the outlets your articles come from")
        return
    doc = read_yaml(path, problems)
    if doc is None:
        return
    data = doc.data if isinstance(doc.data, dict) else {}
    if not isinstance(doc.data, dict):
        problems.add(path, 1, 1, "outlets.yaml must be a mapping with an `outlets:` list")
        return
    shell = validate(OutletsFile, {k: [] if k == "outlets" else v for k, v in data.items()},
                     doc, (), problems)
    if shell is None:
        return
    items = data.get("outlets") or []
    if not isinstance(items, list):
        problems.add(path, *doc.pos(("outlets",)), "`outlets` must be a list")
        return
    for i, item in enumerate(items):
        outlet = validate(Outlet, item, doc, ("outlets", i), problems)
        if outlet is None:
            _invalid(content, "outlets", item)
            continue
        if outlet.id in RESERVED_IDS:
            problems.add(path, *doc.pos(("outlets", i, "id")),
                         f"outlet id {outlet.id!r} is reserved: it is "
                         f"{RESERVED_IDS[outlet.id]}", f"use another id, e.g. {outlet.id}-1")
            continue
        if outlet.id in content.outlets:
            first = content.outlets[outlet.id].at("id")
            problems.add(path, *doc.pos(("outlets", i, "id")),
                         f"duplicate outlet id {outlet.id!r} (first at line {first[1]})")
            continue
        content.outlets[outlet.id] = outlet


#: progress(what, done, total): how the CLI shows long runs; the library itself stays silent.
Progress = Callable[[str, int, int], None]


def _load_articles(
    root: Path, content: Content, problems: Problems, cache: BuildCache,
    progress: Progress | None = None,
) -> None:
    folder = root / "articles"
    if not folder.is_dir():
        problems.add(folder, 0, 0, "no articles folder",
                     "put the scraped articles in content/articles/")
        return
    files = _files(folder, root, problems)
    by_stem: dict[str, list[Path]] = {}
    sidecars: dict[str, Path] = {}
    for path in files:
        suffix = path.suffix.lower()
        if suffix in _YAML:
            if path.stem in sidecars:  # a-b.yaml beside a-b.yml: one would be ignored
                problems.add(path, 0, 0, f"two metadata files for article {path.stem!r}: "
                             f"{sidecars[path.stem].name} and {path.name}",
                             "keep one of them (merge the keys you need)")
                continue
            sidecars[path.stem] = path
        elif suffix in ARTICLE_SUFFIXES:
            by_stem.setdefault(path.stem, []).append(path)
        else:
            problems.add(path, 0, 0, f"unknown article file type {suffix!r}; ignored",
                         "articles are .txt, .md or .html; metadata goes in .yaml")
    for stem, sidecar in sidecars.items():
        if stem not in by_stem:
            problems.add(sidecar, 0, 0, f"metadata for an article {stem!r} that does not exist",
                         "name it like the article file, e.g. my-article.txt + my-article.yaml; "
                         "if you removed the article, remove this file too")
    articles: list[tuple[str, Path, Path | None]] = []
    for done, (stem, paths) in enumerate(sorted(by_stem.items()), 1):
        if progress is not None:
            progress("reading articles", done, len(by_stem))
        if len(paths) > 1:
            names = ", ".join(p.name for p in paths)
            problems.add(paths[0], 0, 0, f"several article files share the id {stem!r}: {names}",
                         "keep one file per article")
            content.invalid_ids.setdefault("articles", set()).add(stem)
            continue
        if not re.fullmatch(ID_PATTERN.strip("^$"), stem):  # `$` would allow a final "\n"
            problems.add(paths[0], 0, 0, f"article file name {stem!r} is not a valid id",
                         "rename it with lower-case letters, digits and '-', "
                         "e.g. outlet-2017-08-30.txt")
            continue
        if stem in RESERVED_IDS:
            problems.add(paths[0], 0, 0, f"article id {stem!r} is reserved: it is "
                         f"{RESERVED_IDS[stem]}",
                         f"rename the file (and its metadata), e.g. {stem}-1{paths[0].suffix}")
            continue
        articles.append((stem, paths[0], sidecars.get(stem)))
    for stem, article in load_articles(articles, problems, cache).items():
        # `exclude:` keeps the file (shown as left out, and why) but out of the briefing
        (content.excluded if article.exclude else content.articles)[stem] = article
    for stem, _path, _sidecar in articles:
        if stem not in content.articles and stem not in content.excluded:  # unreadable
            content.invalid_ids.setdefault("articles", set()).add(stem)


def _load_facts(root: Path, content: Content, problems: Problems) -> None:
    folder = root / "facts"
    first_seen: dict[tuple[str, str], tuple[str, int]] = {}
    for path in _files(folder, root, problems):
        if path.suffix.lower() not in _YAML:
            problems.add(path, 0, 0, "not a YAML fact sheet; ignored", "fact sheets end in .yaml")
            continue
        content.fact_files.append(path)
        doc = read_yaml(path, problems)
        if doc is None:
            continue
        if not isinstance(doc.data, dict):
            problems.add(path, 1, 1, "a fact sheet is a mapping of record lists",
                         "start with e.g. `events:` or `figures:`")
            continue
        # Check the top-level keys once, then each record on its own so that one bad record
        # does not hide the problems (or the valid records) around it.
        if validate(FactSheet, {k: [] for k in doc.data}, doc, (), problems) is None:
            pass
        for kind, model in _FACT_KINDS.items():
            items = doc.data.get(kind)
            if items is None:
                continue
            if not isinstance(items, list):
                problems.add(path, *doc.pos((kind,)), f"`{kind}` must be a list of records",
                             "start each record with `- id: …`")
                continue
            target: dict[str, Any] = getattr(content, kind)
            for i, item in enumerate(items):
                record = validate(model, item, doc, (kind, i), problems)
                if record is None:
                    _invalid(content, kind, item)
                    _salvage_evidence(content, kind, item, doc, (kind, i))
                    continue
                key = (kind, record.id)
                if key in first_seen:
                    fpath, fline = first_seen[key]
                    problems.add(path, *doc.pos((kind, i, "id")),
                                 f"duplicate {kind[:-1]} id {record.id!r} "
                                 f"(first in {fpath}:{fline})",
                                 "ids must be unique; rename one or merge the two records")
                    continue
                first_seen[key] = (problems.rel(path), doc.pos((kind, i, "id"))[0])
                target[record.id] = record


def _invalid(content: Content, kind: str, item: Any) -> None:
    """Remember the id of a record that failed validation (its errors are reported)."""
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        content.invalid_ids.setdefault(kind, set()).add(item["id"])


def _salvage_evidence(content: Content, kind: str, item: Any, doc: YamlDoc, loc: tuple) -> None:
    """The reports of a record that failed validation, reduced to article and quote, so that
    ``check`` still finds an unknown article or a quote not in its article in the same run.
    Reports that are themselves invalid are left out (their errors are already reported)."""
    reports = item.get("reports") if isinstance(item, dict) else None
    if not isinstance(reports, list):
        return
    words = "text" if kind == "quotes" else "quote"
    for j, report in enumerate(reports):
        if not isinstance(report, dict):
            continue
        cited = {"article": report.get("article"), "quote": report.get(words)}
        evidence = validate(Evidence, cited, doc, loc + ("reports", j), Problems())
        if evidence is not None:
            content.orphan_evidence.append(evidence)


def load(
    root: Path, problems: Problems, cache: BuildCache = NO_CACHE, progress: Progress | None = None
) -> Content:
    """Read the content folder at ``root``. Never raises for bad content: see ``problems``."""
    forget_hard_links()
    content = Content(root=root, meta=_load_meta(root, problems), cache=cache)
    _load_outlets(root, content, problems)
    _load_articles(root, content, problems, cache, progress)
    _load_facts(root, content, problems)
    cache.forget_unused([*content.articles.values(), *content.excluded.values()])
    return content

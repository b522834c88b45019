"""Read hand-written YAML into plain data *with the position of every node*.

Why not ``yaml.safe_load``: PyYAML silently keeps the last of two duplicate keys (curated data
lost without a word) and forgets where anything stood, so errors could not name a line. ruamel.yaml
is the maintained YAML 1.2 library with a position-keeping composer; we use only its *composer*
(text -> node graph, nothing constructed, so no tag can run code) and build plain dicts, lists and
scalars ourselves. That lets us report every duplicate key in a file, keep dates as the text the
analyst wrote (our own date grammar parses them later), refuse explicit tags and bound alias
expansion ("billion laughs").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.problems import Problems

#: A path into the data: keys and list indices from the root.
Loc = tuple[str | int, ...]

#: Alias expansion beyond this many nodes is refused (a 10-line file must not become gigabytes).
MAX_NODES = 200_000

_BOOL_TRUE = {"true", "yes", "on"}
_STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {
    _STR_TAG,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass
class YamlDoc:
    """Plain data of one YAML document plus where each value and key stood (1-based)."""

    path: Path
    data: Any
    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    line_offset: int = 0

    def pos(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """Position of ``loc``, or of its nearest ancestor that has one."""
        loc = tuple(loc)
        while True:
            if key and loc in self.keys:
                line, col = self.keys[loc]
                return line + self.line_offset, col
            if loc in self.values:
                line, col = self.values[loc]
                return line + self.line_offset, col
            if not loc:
                return 1 + self.line_offset, 1
            loc = loc[:-1]


class _TooBig(Exception):
    pass


def _scalar(node: ScalarNode) -> Any:
    value = node.value
    tag = node.tag
    if node.style is not None and node.style != "":
        return value  # quoted or block scalars are always text
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return value.lower() in _BOOL_TRUE
    if tag.endswith(":int"):
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag.endswith(":float"):
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value  # strings and timestamps stay text: dates have our own grammar


class _Builder:
    def __init__(self, doc: YamlDoc, problems: Problems) -> None:
        self.doc = doc
        self.problems = problems
        self.count = 0

    def build(self, node: Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig
        self.doc.values.setdefault(loc, (node.start_mark.line + 1, node.start_mark.column + 1))
        tag = node.tag or ""
        if tag and tag not in _ALLOWED_TAGS:
            line, col = node.start_mark.line + 1, node.start_mark.column + 1
            self.problems.add(
                self.doc.path, line + self.doc.line_offset, col,
                f"YAML tag {tag!r} is not allowed",
                "fact sheets hold plain text, numbers, lists and mappings; remove the tag",
            )
            return None
        if isinstance(node, ScalarNode):
            return _scalar(node)
        if isinstance(node, SequenceNode):
            return [self.build(item, loc + (i,)) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            out: dict[str, Any] = {}
            first_seen: dict[str, int] = {}
            for knode, vnode in node.value:
                if knode.tag == "tag:yaml.org,2002:merge":
                    self.problems.add(
                        self.doc.path, knode.start_mark.line + 1 + self.doc.line_offset,
                        knode.start_mark.column + 1, "merge keys (<<) are not supported",
                        "write the keys out",
                    )
                    continue
                if not isinstance(knode, ScalarNode):
                    self.problems.add(
                        self.doc.path, knode.start_mark.line + 1 + self.doc.line_offset,
                        knode.start_mark.column + 1, "a mapping key must be plain text",
                    )
                    continue
                key = str(knode.value)
                kline = knode.start_mark.line + 1
                if key in first_seen:
                    first = first_seen[key] + self.doc.line_offset
                    self.problems.add(
                        self.doc.path, kline + self.doc.line_offset, knode.start_mark.column + 1,
                        f"duplicate key {key!r} (first on line {first})",
                        "YAML would silently keep only the last value; merge the two entries",
                    )
                    continue
                first_seen[key] = kline
                self.doc.keys[loc + (key,)] = (kline, knode.start_mark.column + 1)
                out[key] = self.build(vnode, loc + (key,))
            return out
        return None


@functools.cache
def _yaml() -> YAML:
    """One parser for the process: building a YAML() looks up plug-ins on disk every time."""
    return YAML(typ="safe")


def parse_yaml(
    text: str, path: Path, problems: Problems, *, line_offset: int = 0
) -> YamlDoc | None:
    """Parse one YAML document. Problems go to ``problems``; returns None if unreadable."""
    doc = YamlDoc(path=path, data=None, line_offset=line_offset)
    # typ="safe" composes with libyaml (ruamel.yaml.clib) when installed, 3x faster than the
    # pure-Python scanner and with the same node positions; pure Python is the fallback.
    yaml = _yaml()
    try:
        node = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        what = " ".join(s for s in (exc.context, exc.problem) if s)
        problems.add(path, line, col, f"YAML syntax error: {what}",
                     "check indentation, colons and quotes around this line")
        return None
    except YAMLError as exc:  # pragma: no cover - ruamel raises marked errors for text input
        problems.add(path, 1 + line_offset, 1, f"YAML error: {exc}")
        return None
    if node is None:
        doc.data = {}
        return doc
    try:
        doc.data = _Builder(doc, problems).build(node, ())
    except _TooBig:
        problems.add(path, 1 + line_offset, 1,
                     f"YAML expands to more than {MAX_NODES:,} values (alias/anchor bomb?)",
                     "remove the anchors and aliases (&name / *name)")
        return None
    return doc


def read_yaml(path: Path, problems: Problems) -> YamlDoc | None:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(path, 1, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                     "save the file as UTF-8")
        return None
    except OSError as exc:
        problems.add(path, 0, 0, f"cannot read: {exc.strerror}")
        return None
    return parse_yaml(text, path, problems)

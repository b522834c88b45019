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

import copy
import functools
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent
from ruamel.yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from generator.content.problems import Problems, report_replaced
from generator.content.yaml_errors import position, reader_error, syntax_error
from generator.text.characters import carriable, visible_replacement

#: A path into the data: keys and list indices from the root.
Loc = tuple[str | int, ...]

#: Alias expansion beyond this many nodes is refused (a 10-line file must not become gigabytes).
MAX_NODES = 200_000

#: YAML files larger than this are refused unread: parsing costs about 0.5 s and 30 MB of memory
#: per MB of YAML, and a fact sheet of 5 MB would hold some 15,000 events.
MAX_YAML_BYTES = 5 * 1024 * 1024

#: The text of a document with its aliases expanded (every string counted each time an alias
#: repeats it, in UTF-8 bytes) is refused beyond this. Without aliases a document's strings are
#: never longer than its file; with them, one 100 kB string aliased 2,000 times made a 122 kB fact
#: sheet take 382 s, 3 GB of memory and a 200 MB page, far below the node cap.
MAX_EXPANDED_BYTES = MAX_YAML_BYTES

#: Collections nested deeper than this are refused before they are composed. Fact sheets nest
#: five levels; libyaml's composer recurses in C and crashes the process (no exception) at some
#: tens of thousands of levels, which a 60 kB line of brackets reaches.
MAX_DEPTH = 100

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
    def __init__(self, what: str = "values") -> None:
        self.what = what


def _utf8_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


class _Recursive(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


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
        self.size = 0  # UTF-8 bytes of every string built, aliases expanded
        self.aliased = False  # some collection was reached twice: an alias expanded it
        self._seen: set[int] = set()
        self._open: set[int] = set()  # the collections being built (ancestors of the node)
        self._warned: set[int] = set()  # scalars already reported for replaced characters
        self._strings: set[int] = set()  # scalars built so far

    def text(self, node: ScalarNode, value: str) -> str:
        """A string from the document, counted against the budget, with the characters no page
        can carry replaced (a double-quoted "\\uffff" escape gets past the YAML reader)."""
        self.size += _utf8_len(value)
        if id(node) in self._strings:
            self.aliased = True  # a scalar reached twice: an alias repeated it
        self._strings.add(id(node))
        if self.size > MAX_EXPANDED_BYTES:
            raise _TooBig("bytes")
        clean, found = carriable(value)
        if visible_replacement(found) and id(node) not in self._warned:
            assert found is not None
            self._warned.add(id(node))
            mark = node.start_mark
            report_replaced(self.problems, self.doc.path, mark.line + 1 + self.doc.line_offset,
                            mark.column + 1, found, "this value")
        return clean

    def build(self, node: Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig
        if not isinstance(node, CollectionNode):
            return self._build(node, loc)
        key = id(node)
        if key in self._open:
            raise _Recursive(node)  # `&a [*a]`: an alias inside its own anchor
        self.aliased = self.aliased or key in self._seen
        self._seen.add(key)
        self._open.add(key)
        try:
            return self._build(node, loc)
        finally:
            self._open.discard(key)

    def _build(self, node: Node, loc: Loc) -> Any:
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
            value = _scalar(node)
            return self.text(node, value) if isinstance(value, str) else value
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
                key = self.text(knode, str(knode.value))
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


@functools.cache
def _event_yaml() -> YAML:
    """A second parser for :func:`_too_deep`, so its event stream never shares state with
    :func:`_yaml`'s composer."""
    return YAML(typ="safe")


def _too_deep(text: str) -> bool:
    """True if collections in ``text`` nest deeper than :data:`MAX_DEPTH`.

    Every collection starts with an indicator of its own (``[``, ``{``, a block entry's ``-``, a
    key's ``:`` or ``?``), so text with few of them is shallow and is not parsed twice; otherwise
    the event stream (libyaml's parser keeps its own stack, it does not recurse) is walked until
    the nesting is known to be too deep. Syntax errors are left for the composer to report.
    """
    if sum(text.count(c) for c in "[{-:?") <= MAX_DEPTH:
        return False
    depth = 0
    events = _event_yaml().parse(text)
    try:
        for event in events:
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return True
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    except YAMLError:
        return False
    finally:
        events.close()
    return False


#: Documents parsed without a problem, by (text, path, line offset), the most recent last: one
#: process reads the same fact sheets and sidecars again and again (``mkdocs serve`` at every
#: rebuild, the tests at every page they draft beside the example), and parsing is most of a
#: read. A hit is handed out as a copy (a caller editing its data never changes another's);
#: only small documents are kept, and few (at most 128 of 256 kB), to bound the memory.
_PARSED: OrderedDict[tuple[str, str, int], YamlDoc] = OrderedDict()
_PARSED_MAX, _PARSED_MAX_CHARS, _PARSED_LOCK = 128, 256 * 1024, threading.Lock()


def _copied(doc: YamlDoc, path: Path) -> YamlDoc:
    return YamlDoc(path=path, data=copy.deepcopy(doc.data), values=dict(doc.values),
                   keys=dict(doc.keys), line_offset=doc.line_offset)


def parse_yaml(
    text: str, path: Path, problems: Problems, *, line_offset: int = 0
) -> YamlDoc | None:
    """Parse one YAML document. Problems go to ``problems``; returns None if unreadable. The
    same text at the same path, read before without a problem, is not parsed again
    (:data:`_PARSED`)."""
    key = (text, str(path), line_offset)
    small = len(text) <= _PARSED_MAX_CHARS
    with _PARSED_LOCK:
        hit = _PARSED.get(key) if small else None
        if hit is not None:
            _PARSED.move_to_end(key)
    if hit is not None:
        return _copied(hit, path)
    before = len(problems.items)
    doc = _parse(text, path, problems, line_offset)
    if doc is not None and small and len(problems.items) == before:
        with _PARSED_LOCK:
            _PARSED[key] = _copied(doc, path)
            if len(_PARSED) > _PARSED_MAX:
                _PARSED.popitem(last=False)
    return doc


def _parse(text: str, path: Path, problems: Problems, line_offset: int) -> YamlDoc | None:
    doc = YamlDoc(path=path, data=None, line_offset=line_offset)
    if len(text) > MAX_YAML_BYTES:
        problems.add(path, 1 + line_offset, 1,
                     f"YAML of {len(text):,} characters is too large "
                     f"(the limit is {MAX_YAML_BYTES // 1024 // 1024} MB)",
                     "split it into several files in content/facts/")
        return None
    text, found = carriable(text)
    if visible_replacement(found):
        assert found is not None
        line, col = position(text, found.offset)
        report_replaced(problems, path, line + line_offset, col, found)
    try:
        too_deep = _too_deep(text)
    except RecursionError:  # pragma: no cover - the event parser does not recurse
        too_deep = True
    if too_deep:
        problems.add(path, 1 + line_offset, 1,
                     f"YAML nested more than {MAX_DEPTH} levels deep",
                     "fact sheets are lists of records; look for runaway brackets or dashes")
        return None
    # typ="safe" composes with libyaml (ruamel.yaml.clib) when installed, 3x faster than the
    # pure-Python scanner and with the same node positions; pure Python is the fallback.
    yaml = _yaml()
    try:
        node = yaml.compose(text)
    except MarkedYAMLError as exc:
        line, col, what = syntax_error(exc, line_offset, text)
        problems.add(path, line, col, f"YAML syntax error: {what}",
                     "close the quote on this line" if what.startswith("a quoted string")
                     else "check indentation, colons and quotes around this line")
        return None
    except ReaderError as exc:  # a control character, NUL, lone surrogate...
        line, col, message = reader_error(exc, text, line_offset)
        problems.add(path, line, col, message,
                     "remove it; fact sheets are plain UTF-8 text")
        return None
    except YAMLError as exc:  # pragma: no cover - ruamel raises marked errors for text input
        problems.add(path, 1 + line_offset, 1, "YAML error: " + " ".join(str(exc).split()))
        return None
    except UnicodeError:  # lone surrogates: the C parser cannot encode them as UTF-8
        problems.add(path, 1 + line_offset, 1, "text that is not valid Unicode (a lone "
                     "surrogate)", "save the file as UTF-8")
        return None
    except RecursionError:  # pragma: no cover - refused above as too deep
        problems.add(path, 1 + line_offset, 1, f"YAML nested more than {MAX_DEPTH} levels deep")
        return None
    if node is None:
        doc.data = {}
        return doc
    builder = _Builder(doc, problems)
    try:
        doc.data = builder.build(node, ())
    except _TooBig as exc:
        if exc.what == "bytes":
            problems.add(path, 1 + line_offset, 1,
                         f"YAML expands to more than {MAX_EXPANDED_BYTES // 1024 // 1024} MB "
                         "of text" + (" through aliases (an alias bomb?)" if builder.aliased
                                      else ""),
                         "remove the anchors and aliases (&name / *name)" if builder.aliased
                         else "split it into several files in content/facts/")
        elif builder.aliased:
            problems.add(path, 1 + line_offset, 1,
                         f"YAML expands to more than {MAX_NODES:,} values through aliases "
                         "(an alias/anchor bomb?)",
                         "remove the anchors and aliases (&name / *name)")
        else:
            problems.add(path, 1 + line_offset, 1,
                         f"YAML holds more than {MAX_NODES:,} values",
                         "split it into several files in content/facts/")
        return None
    except _Recursive as exc:
        mark = exc.node.start_mark
        problems.add(path, mark.line + 1 + line_offset, mark.column + 1,
                     "an alias refers to the collection that contains it (a recursive "
                     "structure)", "remove the anchors and aliases (&name / *name)")
        return None
    return doc


def read_yaml(path: Path, problems: Problems) -> YamlDoc | None:
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            problems.add(path, 0, 0, f"is {size / 1e6:.1f} MB; YAML files over "
                         f"{MAX_YAML_BYTES // 1024 // 1024} MB are refused",
                         "split it into several files in content/facts/")
            return None
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(path, 1, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                     "save the file as UTF-8")
        return None
    except OSError as exc:
        problems.add(path, 0, 0, f"cannot read: {exc.strerror}")
        return None
    return parse_yaml(text, path, problems)

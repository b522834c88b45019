"""Validate YAML data against the schema and report errors at the line the analyst wrote them."""

from __future__ import annotations

import copy
import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.content.problems import Problems
from generator.content.schema import Record
from generator.content.yamlsource import Loc, YamlDoc

M = TypeVar("M", bound=Record)

_ID_HINT = "ids are lower-case letters, digits, '-' and '_', e.g. convoy-fighters"


def _fields(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed at ``loc`` inside ``model``, for did-you-mean hints."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _message(err: dict, model: type[BaseModel]) -> tuple[str, str, bool]:
    """(message, hint, points_at_key) for one pydantic error."""
    loc = tuple(err["loc"])
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    kind = err["type"]
    if kind == "extra_forbidden":
        allowed = _fields(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"unknown key {loc[-1]!r}", hint + "allowed keys: " + ", ".join(allowed), True
    if kind == "missing":
        return f"missing required key {field!r}", "", False
    if kind == "string_pattern_mismatch":
        return f"{field}: {err['input']!r} is not a valid id", _ID_HINT, False
    if kind == "too_short" and field == "reports":
        return "needs at least one report", "add a report naming an article and a quote", False
    msg = err["msg"].removeprefix("Value error, ")
    if kind.endswith("_type") or kind.endswith("_parsing"):
        got = err.get("input")
        # an id of digits ("outlet: 163") is read by YAML as a number
        hint = (f'write it in quotes: {field}: "{got}"'
                if kind == "string_type" and isinstance(got, int | float) else "")
        return f"{field}: {msg} (got {type(got).__name__})", hint, False
    return f"{field}: {msg}" if field else msg, "", False


def _clean_loc(loc: tuple, data: Any) -> Loc:
    """Drop pydantic's union branch names ("int", "tuple[...]") from an error location.

    The location is walked through ``data`` alongside, so a key the analyst wrote is kept even
    when it looks like a branch name (a key "[" or "int" used to be dropped, and the location
    of an unknown key became empty: IndexError)."""
    out: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        if in_dict or (isinstance(node, list) and isinstance(part, int)
                       and 0 <= part < len(node)):
            node = node[part]
        elif isinstance(part, str) and ("[" in part or part in {"int", "float", "str"}):
            continue
        else:
            node = None
        out.append(part)
    return tuple(out)


def _attach(obj: Any, doc: YamlDoc, loc: Loc) -> None:
    """Give every record its file and the position of each of its keys."""
    if isinstance(obj, Record):
        obj._path = str(doc.path)
        positions = {"": doc.pos(loc)}
        for name in type(obj).model_fields:
            if loc + (name,) in doc.keys:
                positions[name] = doc.pos(loc + (name,), key=True)
        obj._positions = positions
        for name in type(obj).model_fields:
            _attach(getattr(obj, name), doc, loc + (name,))
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            _attach(item, doc, loc + (i,))


def validate(
    model: type[M], data: Any, doc: YamlDoc, loc: Loc, problems: Problems
) -> M | None:
    """Validate ``data`` (found at ``loc`` in ``doc``) as ``model``; report errors, return None."""
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        seen: set[tuple] = set()
        unknown: list[Loc] = []
        for err in exc.errors():
            eloc = _clean_loc(tuple(err["loc"]), data)
            if err["type"] == "extra_forbidden":
                unknown.append(eloc)
            message, hint, at_key = _message({**err, "loc": eloc}, model)
            line, col = doc.pos(loc + eloc, key=at_key)
            if (line, message) in seen:
                continue
            seen.add((line, message))
            problems.add(doc.path, line, col, message, hint)
        # The errors are reported; if unknown keys were the only trouble, keep the record so
        # that the later checks (evidence, references) still report everything else about it.
        if not unknown or len(unknown) != len(exc.errors()):
            return None
        try:
            obj = model.model_validate(_without(data, unknown))
        except ValidationError:
            return None
    _attach(obj, doc, loc)
    return obj


def _without(data: Any, locs: list[Loc]) -> Any:
    data = copy.deepcopy(data)
    for loc in locs:
        parent = data
        for part in loc[:-1]:
            parent = parent[part]
        parent.pop(loc[-1], None)
    return data

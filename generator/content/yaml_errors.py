"""Where a YAML file goes wrong, said so that the analyst can fix it from the message alone.

Why a module of its own: the parser reports where it *stopped*, which is often lines below the
mistake (an unclosed quote is closed by the next quote down); these helpers turn its marks into
the line to edit and a sentence about it. The reader (`yamlsource`) stays about reading.
"""

from __future__ import annotations

import functools
import re

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError


@functools.cache
def _scanner() -> YAML:
    """A parser of its own: scanning after an error must share no state with the composer."""
    return YAML(typ="safe")


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, breaking lines where YAML does."""
    line_start = max(text.rfind(c, 0, offset) for c in "\n\r\x85\u2028\u2029") + 1
    line = 1 + sum(1 for _ in _BREAK.finditer(text, 0, line_start))
    return line, offset - line_start + 1


_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def reader_error(exc: ReaderError, text: str, line_offset: int) -> tuple[int, int, str]:
    """Line, column and a one-line message for a character YAML does not allow."""
    pos = exc.position if isinstance(exc.position, int) and exc.position >= 0 else 0
    if exc.encoding != "unicode":  # libyaml counts UTF-8 bytes, the pure reader characters
        pos = len(text.encode("utf-8", "surrogatepass")[:pos].decode("utf-8", "ignore"))
    pos = min(pos, len(text))
    line = text.count("\n", 0, pos) + 1 + line_offset
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    char = exc.character
    what = f"character U+{char:04X}" if isinstance(char, int) else f"character {char!r}"
    return line, col, f"{what} is not allowed in YAML ({exc.reason})"


#: A line inside a quoted string that has the shape of YAML structure: a key and its colon, or
#: a list entry's dash. Real prose rarely starts a line so; an unclosed quote swallows them.
_STRUCTURE_LINE = re.compile(r"\s*(?:-\s|[A-Za-z_][\w-]*:(?:\s|$))")


def _swallowing_quote(text: str, before_line: int) -> tuple[int, int, int] | None:
    """The last quoted string opened before ``before_line`` (0-based) that runs over lines shaped
    like YAML keys or list entries: (start line, start column, end line), 0-based.

    Why: a quote left open is closed by the next quote further down, so the parser stops lines
    later at text that makes no sense there, and points at a line the analyst did not touch.
    The token stream up to the error still holds the runaway string, with where it began.
    """
    found = None
    try:
        for token in _scanner().scan(text):
            start, end = token.start_mark, token.end_mark
            if start.line > before_line:
                break
            if getattr(token, "style", None) not in ('"', "'") or end.line == start.line:
                continue
            inner = text[start.index:end.index].splitlines()[1:]
            if any(_STRUCTURE_LINE.match(line) for line in inner):
                found = (start.line, start.column, end.line)
    except YAMLError:
        pass
    return found


def syntax_error(
    exc: MarkedYAMLError, line_offset: int, text: str = ""
) -> tuple[int, int, str]:
    """Where to point, and what to say: an unclosed quote at the line where it opened (where it
    ran out is said); other errors where the parser stopped, saying where that part began."""
    problem, context = exc.problem_mark, exc.context_mark
    what = " ".join(s for s in (exc.context, exc.problem) if s)
    runaway = _swallowing_quote(text, problem.line) if problem and text else None
    if runaway and "quoted scalar" not in (exc.context or ""):
        line, column, closed = runaway
        return (line + 1 + line_offset, column + 1,
                f"a quoted string opened here is closed only at line {closed + 1 + line_offset}"
                f", over lines that look like YAML keys (the parser then stopped at line "
                f"{problem.line + 1 + line_offset}: {what})")
    if problem and context and context.line != problem.line:
        if "quoted scalar" in (exc.context or ""):
            what = (f"a quoted string opened here is never closed (the file ran out at line "
                    f"{problem.line + 1 + line_offset}): {what}")
            problem = context
        else:
            what += f" (in what began at line {context.line + 1 + line_offset})"
    mark = problem or context
    return (mark.line + 1 if mark else 1) + line_offset, (mark.column + 1 if mark else 1), what

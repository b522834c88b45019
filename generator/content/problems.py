"""Content problems: what the analyst must fix, with file, line and a hint.

Every stage reports bad input as :class:`Problem` values instead of raising, so that one run of
``briefing check`` lists *all* problems at once. Only when a stage cannot go on does it raise
:class:`ContentError`, which carries the problems collected so far; the CLI and the MkDocs plugin
turn that into plain lines and an exit code, never a traceback.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from generator.text.characters import Replaced


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int = 0
    col: int = 0
    message: str = field(default="", compare=False)
    hint: str = field(default="", compare=False)
    severity: Severity = field(default=Severity.ERROR, compare=False)

    def format(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        text = f"{where}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class Problems:
    """An ordered collection of problems, relative to one content folder for display."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        self.items: list[Problem] = []
        # Paths are shown relative to the folder holding content/ ("content/facts/x.yaml").
        self._base = os.path.abspath(root.parent) if root is not None else None

    def rel(self, path: Path | str) -> str:
        """Display form of ``path``; string work only, no file-system calls (it runs per file)."""
        text = str(path)
        if self._base is not None:
            absolute = os.path.abspath(text)
            if absolute.startswith(self._base + os.sep):
                return absolute[len(self._base) + 1:]
        return text

    def add(
        self,
        path: Path | str,
        line: int,
        col: int,
        message: str,
        hint: str = "",
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.items.append(Problem(self.rel(path), line, col, message, hint, severity))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    def __bool__(self) -> bool:
        return bool(self.errors)

    def sorted(self) -> list[Problem]:
        return sorted(self.items)


class ContentError(Exception):
    """Raised when content problems stop the pipeline; never shown as a traceback."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(f"{len(errors)} content error(s)")

    def report(self) -> str:
        lines = [p.format() for p in sorted(self.problems)]
        n = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        lines.append(f"{n} error(s) found; fix them and run `briefing check` again.")
        return "\n".join(lines)


_CHAR_HINT = "delete it from the file: pages, YAML and the PDF cannot carry it"


def report_replaced(problems: Problems, path: Path | str, line: int, col: int,
                    found: Replaced, where: str = "") -> None:
    """The one warning for characters :func:`carriable` replaced, at their position."""
    more = f" ({found.count} such characters)" if found.count > 1 else ""
    problems.add(path, line, col,
                 f"character {found.describe()}{' in ' + where if where else ''} cannot be "
                 f"published; replaced by U+FFFD{more}", _CHAR_HINT, Severity.WARNING)

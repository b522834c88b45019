"""What the ``briefing`` command says, and where: results on stdout; errors, warnings, hints,
notes and progress on stderr, so that ``briefing check > report.txt`` or a pipe gets the results
and a person at a terminal sees everything.

Verbosity: ``-q`` keeps errors only (and the results); the default adds warnings, hints and
notes; ``-v`` adds how long each stage took. The progress display (tqdm) covers the whole build,
stage by stage (load, check, analyse, pages, charts, PDF, site engine) with a bar for reading
the articles; it shows only on an interactive terminal, never in CI or when stderr is piped.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

from generator.content.problems import Problem, Severity
from generator.site.pipeline import STAGES

QUIET, NORMAL, VERBOSE = 0, 1, 2


class Terminal:
    def __init__(self, verbosity: int = NORMAL, stdout: TextIO | None = None,
                 stderr: TextIO | None = None) -> None:
        self.verbosity = verbosity
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.interactive = (verbosity > QUIET and self.stderr.isatty()
                            and not os.environ.get("CI"))
        self._overall: Any = None
        self._bars: dict[str, Any] = {}
        self._stage: tuple[str, float] | None = None

    # --- messages ---------------------------------------------------------------------------

    def result(self, text: str) -> None:
        print(text, file=self.stdout)

    def error(self, text: str) -> None:
        self._clear()
        print(text, file=self.stderr)

    def note(self, text: str) -> None:
        """Warnings and notes that are not problems in the content (quiet hides them)."""
        if self.verbosity > QUIET:
            self._clear()
            print(text, file=self.stderr)

    def detail(self, text: str) -> None:
        if self.verbosity >= VERBOSE:
            self._clear()
            print(text, file=self.stderr)

    def problems(self, problems: list[Problem]) -> None:
        """Content problems, sorted, one line each: errors always, the rest unless quiet."""
        for problem in sorted(problems):
            if problem.severity is Severity.ERROR:
                self.error(problem.format())
            else:
                self.note(problem.format())

    # --- progress -----------------------------------------------------------------------------

    def __call__(self, what: str, done: int, total: int) -> None:
        """The pipeline's progress callback: a stage starts, or ``done`` of ``total`` items."""
        if what in STAGES:
            self.stage(what)
            return
        if not self.interactive or total < 50:
            return
        from tqdm import tqdm  # only on a terminal: no import cost in CI or pipes

        bar = self._bars.get(what)
        if bar is None:
            bar = self._bars[what] = tqdm(total=total, desc=f"  {what}", unit="",
                                          leave=False, position=1, file=self.stderr)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
            del self._bars[what]

    def stage(self, name: str) -> None:
        now = time.monotonic()
        if self._stage is not None:
            last, began = self._stage
            self.detail(f"{last}: {now - began:.2f} s")
        self._stage = (name, now)
        if not self.interactive:
            return
        from tqdm import tqdm

        if self._overall is None:
            self._overall = tqdm(total=len(STAGES), unit="stage", leave=False, position=0,
                                 file=self.stderr, bar_format="{desc} {bar} {n}/{total}")
        self._overall.set_description_str(f"building: {name}")
        self._overall.update(STAGES.index(name) - self._overall.n)

    def done(self) -> None:
        """The run is over: close the display (and time the last stage)."""
        if self._stage is not None:
            last, began = self._stage
            self._stage = None
            self.detail(f"{last}: {time.monotonic() - began:.2f} s")
        self._clear()

    def _clear(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
        if self._overall is not None:
            self._overall.close()
            self._overall = None

"""Live preview that survives mistakes: the last good site, with the content's errors on every page.

While an analyst edits, the content is often broken for a moment (a half-typed date, a quote not
yet pasted). A preview that stops, or a browser request that waits for a build that never comes,
leaves them stuck. :class:`LivePreview` keeps the last pages that built and, while the content
has errors, hands them on with a banner at the top of every page listing each problem as
``path:line:col: error: message (hint: …)``; the next good build replaces them, banner gone.

The banner is written *into the pages* (plain HTML in the Markdown), not injected by a plugin or
a script, so any engine that builds the docs tree shows it: the MkDocs plugin under
``mkdocs serve`` today, a Zensical watcher or a plain ``briefing build --docs-only`` loop later.
Messages quote article text (closest passages), so every line is HTML-escaped.
"""

from __future__ import annotations

import html
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from generator.content.problems import ContentError, Problem, Severity
from generator.site.pages import Rendered
from generator.site.paths import OVERVIEW
from generator.site.pipeline import Result

#: The banner's look when the project's stylesheet does not style ``.bf-problems`` (a briefing
#: made before it existed): fixed at the foot of the window, above the page, readable in both
#: colour schemes. ``docs/assets/briefing.css`` refines it.
_STYLE = ("position:fixed;left:0;right:0;bottom:0;z-index:100;max-height:45vh;overflow:auto;"
          "margin:0;padding:.6rem 1rem;background:#fff4f2;color:#3b0b06;"
          "border-top:3px solid #b3261e;font:14px/1.45 system-ui,sans-serif")
MAX_SHOWN = 50


@dataclass
class PreviewState:
    """What to serve now: pages (the last good ones, or an error page), and the problems."""

    rendered: Rendered
    problems: list[Problem] = field(default_factory=list)
    ok: bool = True
    warnings: list[Problem] = field(default_factory=list)
    #: a bug in Briefing, not in the content: the traceback, for the terminal
    crash: str = ""


def banner(problems: list[Problem], last_good: datetime | None) -> str:
    """The errors as an HTML block for the top of a Markdown page (escaped, no blank lines)."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    shown = sorted(errors)[:MAX_SHOWN]
    when = (f"these pages are the last good build ({last_good:%H:%M:%S})" if last_good
            else "nothing has built yet")
    items = "".join(f"<li><code>{html.escape(p.format())}</code></li>" for p in shown)
    more = (f"<li>… and {len(errors) - len(shown)} more (run <code>briefing check</code>)</li>"
            if len(errors) > len(shown) else "")
    return (
        f'<div class="bf-problems" role="alert" style="{_STYLE}">'
        f"<details open><summary><strong>{len(errors)} error(s) in the content</strong>: "
        f"{when}. Fix them and save; this page reloads by itself.</summary>"
        f'<ul style="margin:.3rem 0 0 1.2rem;padding:0">{items}{more}</ul></details></div>\n'
    )


def with_banner(markdown: str, block: str) -> str:
    """``markdown`` with ``block`` first, after its front matter (which must stay first)."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            head, body = markdown[:end + 5], markdown[end + 5:]
            return f"{head}\n{block}\n{body}"
    return f"{block}\n{markdown}"


def error_site(block: str) -> Rendered:
    """The site to serve when the content has errors and nothing has built yet."""
    page = ("---\ntitle: The content has errors\n---\n\n" + block
            + "\n# The content has errors\n\nThe briefing could not be built yet. The problems "
            "are listed at the foot of this page (and in the terminal); fix them and save, "
            "and the briefing appears here.\n")
    return Rendered(pages={OVERVIEW: page}, nav=[{"Errors": OVERVIEW}])


class LivePreview:
    """Runs the pipeline on every rebuild and remembers the last result that built."""

    def __init__(self) -> None:
        self.last_good: Result | None = None
        self.good_at: datetime | None = None

    def update(self, run: Callable[[], Result]) -> PreviewState:
        try:
            result = run()
        except ContentError as exc:
            return self._failed(exc.problems)
        except Exception as exc:  # a bug must not leave the browser waiting for a build either
            problem = Problem("briefing", 0, 0, f"internal error: {type(exc).__name__}: {exc}",
                              "the terminal shows the traceback; please report it")
            state = self._failed([problem])
            state.crash = traceback.format_exc()
            return state
        self.last_good, self.good_at = result, datetime.now()
        return PreviewState(result.rendered, warnings=result.warnings)

    def _failed(self, problems: list[Problem]) -> PreviewState:
        block = banner(problems, self.good_at)
        if self.last_good is None:
            return PreviewState(error_site(block), problems, ok=False)
        good = self.last_good.rendered
        pages = {path: with_banner(text, block) for path, text in good.pages.items()}
        return PreviewState(Rendered(pages=pages, nav=good.nav, files=good.files,
                                     title=good.title), problems, ok=False)

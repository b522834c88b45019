"""Numbers as Briefing writes them back: :func:`number` is the one way a number is shown, on pages,
in charts, in messages and in drafts: 308, 1,200, 277.2, with float noise such as
341.00000000000006 rounded away.

Numbers are *read* by the one quantity reader, :mod:`generator.text.quantities`.
"""

from __future__ import annotations


def number(x: float) -> str:
    """308 -> "308", 277.2 -> "277.2", 1200 -> "1,200" (float noise rounded away)."""
    x = round(float(x), 6)
    if x.is_integer():
        return f"{int(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")

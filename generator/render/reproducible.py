"""``SOURCE_DATE_EPOCH``: the one clock of a reproducible build, read and checked in one place.

The PDF's "generated" date, and MkDocs' own build date, come from it when it is set. MkDocs
reads it with ``int()`` and stops with a traceback on anything else, so Briefing checks it first
and says in one line what is wrong (``SOURCE_DATE_EPOCH=abc``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime


def source_date_epoch(env: Mapping[str, str] | None = None) -> int | None:
    """The value of ``SOURCE_DATE_EPOCH`` in whole seconds, None when unset or empty.
    Raise ValueError, with a message for the user, when it is not such a number."""
    env = os.environ if env is None else env
    text = env.get("SOURCE_DATE_EPOCH", "").strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise ValueError(f"SOURCE_DATE_EPOCH={text[:40]!r} is not a time: it must be a whole "
                         "number of seconds since 1970-01-01 UTC (e.g. $(git log -1 --format=%ct))")
    seconds = int(text)
    try:
        datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        raise ValueError(f"SOURCE_DATE_EPOCH={text[:40]!r} is beyond the dates a build can "
                         "carry") from None
    return seconds

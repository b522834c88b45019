"""How many independent sources a set of reports is, beside how many outlets (issue 15): one
agency's story in five outlets is one source, told on every page where reports are counted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from generator.analyse.copies import CopyFamily


class Source(Protocol):
    """What a report's source tells of its independence (:class:`.model.Source`)."""

    @property
    def origin(self) -> str: ...

    @property
    def outlet_id(self) -> str: ...

    family: CopyFamily | None


@dataclass(frozen=True)
class Independence:
    """How many independent sources a set of reports is, beside how many outlets."""

    sources: int
    outlets: int
    reports: int
    families: tuple[CopyFamily, ...] = ()  # families with more than one report here

    @property
    def text(self) -> str:
        """ "5 independent sources, 14 outlets"; "1 source" alone when they are the same."""
        s = f"{self.sources} independent source{'s' if self.sources != 1 else ''}"
        if self.outlets == self.sources:
            return s
        return s + f", {self.outlets} outlet{'s' if self.outlets != 1 else ''}"

    @property
    def one_copy(self) -> bool:
        """Several reports, all one copy: not agreement between sources."""
        return self.sources == 1 and self.reports > 1 and bool(self.families)


def independence(sources: Sequence[Source]) -> Independence:
    origins: dict[str, list[Source]] = {}
    for src in sources:
        origins.setdefault(src.origin, []).append(src)
    families = tuple(dict.fromkeys(s[0].family for s in origins.values()
                                   if s[0].family is not None and len(s) > 1))
    return Independence(len(origins), len({s.outlet_id for s in sources}), len(sources),
                        families)

"""A page about another event states that event's figures: it is neither "not yet cited"
on the briefing's figures nor its outlet "silent" on them (trial 4: a page about a ferry
sinking four years later was listed as stating the toll). Invented page added to a copy of the
example."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.site.pipeline import run_check
from tests.check.test_off_event_dates import EARLIER_CONVOY

#: The earlier convoy, a year before the event, with a count of its own fighters.
PAGE = EARLIER_CONVOY.format(stamp="") + "\nAbout 250 fighters were on the buses, he said.\n"


@pytest.mark.slow
def test_an_off_event_page_states_nothing_of_the_briefings_figures(example: Path) -> None:
    (example / "content" / "outlets.yaml").write_text(
        (example / "content" / "outlets.yaml").read_text(encoding="utf-8")
        + "  - id: steppe-herald\n    name: Steppe Herald\n    kind: daily\n",
        encoding="utf-8")
    src = example / "content" / "articles"
    (src / "earlier-convoy.txt").write_text(PAGE, encoding="utf-8")
    (src / "earlier-convoy.yaml").write_text(
        "outlet: steppe-herald\npublished: 2016-08-23T09:00:00+03:00\n", encoding="utf-8")
    checked, problems = run_check(example / "content")
    assert checked is not None and "earlier-convoy" in checked.off_event
    # was: "figure 'convoy-fighters' is stated but not cited: article 'earlier-convoy' …"
    assert not [p for p in problems.sorted()
                if "stated but not cited" in p.message and "earlier-convoy" in p.message]
    fighters = next(f for f in analyse(checked).figures if f.figure.id == "convoy-fighters")
    assert "steppe-herald" not in fighters.stances

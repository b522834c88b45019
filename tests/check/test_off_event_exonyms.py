"""Trial 26: a page alone in its language, writing the event's city as its language does
("Genova" beside "Genoa"), and naming the wires whose copy it carries, was shown as "unsure
whether it is about this event" on its names alone: the city's spelling was compared as
written, and the agencies counted as names of another event. Invented pages of that shape."""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from generator.content.load import load
from generator.content.problems import Problems
from tests.conftest import small_briefing

EVENT = {
    "wire": ("en", "Viaduct falls in Valmora\n\nA motorway viaduct fell onto the rail yards of "
                   "Valmora in a storm, killing at least twenty drivers, the mayor Ana Brill "
                   "said, as Tomas Ree of the road company promised an inquiry."),
    "daily": ("en", "Valmora viaduct toll rises\n\nThe toll of the viaduct collapse in Valmora "
                    "rose to thirty-nine, Ana Brill said, and Tomas Ree visited the survivors."),
    "paper": ("en", "Valmora families wait for news\n\nFamilies of the drivers waited at a "
                    "church in Valmora, as Ana Brill said the search would take days."),
    "radio": ("en", "Inquiry into Valmora collapse\n\nTomas Ree ordered checks on every viaduct "
                    "after the collapse in Valmora, which Ana Brill called a disgrace."),
}
#: The Italian page: the city as Italian writes it, the people the English pages name, and
#: the wires it quotes.
ITALIAN = ("it", "Crolla il viadotto a Valmoria\n\nIl viadotto è crollato sui binari di Valmoria "
                 "durante un temporale: almeno trentanove morti, secondo l'ANSA. L'AFP parla di "
                 "decine di auto cadute nel vuoto, e Reuters di un'inchiesta. Il prefetto Carlo "
                 "Denti e la sindaca Ana Brill hanno chiuso la zona.")


def test_a_page_writing_the_city_as_its_language_does_is_not_in_doubt(tmp_path: Path):
    rows = EVENT | {"giornale": ITALIAN}
    content = small_briefing(
        tmp_path, {s: s.title() for s in rows}, "figures: []\n",
        {s: (text + "\n", f"outlet: {s}\nlanguage: {lang}\npublished: 2031-08-15\n")
         for s, (lang, text) in rows.items()}, title="Viaduct collapse")
    problems = Problems(content)
    loaded = load(content, problems)
    assert not problems.errors
    assert {v.article for v in judge_pages(loaded)} == set()

"""The same city's other fires, with the event's date and place given (issue 15, round 14).

When briefing.yaml gives the event's place as its city, a page about the city's tower fire of
eight years before names the city too, and so counted among the articles naming the event: two
such pages vouched for each other's names (the other tower, its estate, its borough) and
neither was flagged. A page that appeared long before or after the given days names the city
for its own event: it vouches for no names (`signature_dates.appeared_away`). And a page whose
latest full date is years before the event, almost none of whose many names are the event's,
is the earlier fire told in its own names and days, however alike its words
(`off_event._verdict`). Invented text in the shape of fresh pages of a tower fire.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from generator.content.load import load
from generator.content.problems import Problems
from tests.conftest import small_briefing

GIVEN = "The Castell Tower fire\ndate: 2031-06-14\nplace: Velmora"
EVENT = {
    "wire": "Castell Tower fire kills twelve in Velmora\n\nA fire tore through Castell Tower in "
            "west Velmora overnight and killed at least twelve residents, the fire chief Ana "
            "Brill said, while the mayor Tomas Ree promised an inquiry.",
    "daily": "Velmora tower fire toll rises\n\nThe toll of the Castell Tower fire in Velmora "
             "rose to seventeen, Ana Brill said, and Tomas Ree visited the survivors.",
    "paper": "Castell Tower survivors wait for news\n\nFamilies of Castell Tower residents in "
             "Velmora waited at a church for news, as Ana Brill said the search would take "
             "weeks.",
    "radio": "Inquiry into Velmora fire\n\nTomas Ree ordered an inquiry into the Castell Tower "
             "fire in Velmora after Ana Brill said the cladding had spread the flames.",
}
#: The city's earlier tower fire, reported on its day: the page's address dates it.
EARLIER = "Fire in Velmora tower block\n\nSix residents of Orlan House in Pexton, Velmora, " \
          "died when a fire spread through the block on Friday, Dario Kest of the fire " \
          "service said; the neighbour Mira Sol watched the flames."
#: A piece on that fire's block years on, undated, whose latest full date is the fire's day.
RENOVATION = "Orlan House to be rebuilt\n\nOrlan House in Pexton, Velmora, where the fire of " \
             "July 3, 2023 killed six, will be rebuilt, said Hedda Marsk of Southfold council. " \
             "Ivo Rand and Lise Rand, Jana Tull and Bram Okoro were among those who died in " \
             "the blaze, and the neighbour Mira Sol and the firefighter Dario Kest were there."


def _judged(root: Path, pages: dict[str, tuple[str, str]]) -> dict:
    """The verdicts on the event's pages and ``pages`` (stem -> (address, text))."""
    rows = {s: (t, "") for s, t in EVENT.items()} | pages
    content = small_briefing(
        root, {s: s.title() for s in rows}, "figures: []\n",
        {s: (text + "\n", f"outlet: {s}\nlanguage: en\n" + (f"url: {url}\n" if url else ""))
         for s, (text, url) in rows.items()}, title=GIVEN)
    problems = Problems(content)
    loaded = load(content, problems)
    assert not problems.errors
    return {v.article: v for v in judge_pages(loaded)}


def test_the_earlier_fire_dated_by_its_address_is_flagged_beside_its_follow_up(
        tmp_path: Path) -> None:
    judged = _judged(tmp_path, {
        "site": (EARLIER, "https://site.example/2023/07/04/velmora-tower-fire"),
        "local": (RENOVATION, "")})
    assert judged["site"].sure


def test_the_follow_up_years_before_with_names_of_its_own_is_flagged(tmp_path: Path) -> None:
    judged = _judged(tmp_path, {
        "site": (EARLIER, "https://site.example/2023/07/04/velmora-tower-fire"),
        "local": (RENOVATION, "")})
    assert judged["local"].sure


def test_the_event_s_own_pages_are_not_flagged(tmp_path: Path) -> None:
    judged = _judged(tmp_path, {
        "site": (EARLIER, "https://site.example/2023/07/04/velmora-tower-fire"),
        "local": (RENOVATION, "")})
    assert not set(EVENT) & set(judged)


def test_a_report_recalling_the_earlier_fire_stays_the_event_s(tmp_path: Path) -> None:
    recalling = "Castell Tower fire revives Orlan House fears\n\nThe Castell Tower fire in " \
                "Velmora, where Ana Brill counted seventeen dead, came eight years after the " \
                "Orlan House fire of July 3, 2023, Tomas Ree said."
    judged = _judged(tmp_path, {"local": (recalling, "")})
    assert "local" not in judged or not judged["local"].sure

"""An outlet is silent only if nothing it printed states the record: not its story, not its
headline, and not a block the cleaner removed (a lede taken for a caption, a toll in a teaser).

The cleaner is measured, not perfect (FIDELITY.md); these tests make "silent" hold whatever it
removed. Readers' comments are not the outlet's words: a toll stated only there leaves the outlet
silent. Built on the cyclone fixture (fictional, written by the project), with one outlet's
article edited in each test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.analyse.model import Analysis, FigureAnalysis
from generator.render.print.document import render_pdf_html
from generator.site.pipeline import generate, run_check

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
#: Sarel Shipping Weekly's article, which says nothing of the toll in its story.
ARTICLE = "content/articles/shipping-weekly-port.txt"
STORY = """
Port Sarel will reopen to shipping on Monday once its channels have been surveyed, the port
authority said on Sunday.

Twelve vessels rode out the storm at the outer anchorage and three container cranes were damaged
at the north terminal.
"""
COMMENTS = """
3 comments

Jane D. · 2 hours ago
My cousin in Kelby says 200 people died there and nobody is counting.
"""
RELATED = """
Related coverage

Hessa death toll climbs to 90 in the delta

Kelby shelters run out of drinking water
"""


def briefing(tmp_path: Path, text: str) -> Path:
    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    (project / ARTICLE).write_text(text, encoding="utf-8")
    return project / "content"


def deaths(content: Path) -> tuple[FigureAnalysis, Analysis, dict[str, str]]:
    result = generate(content)
    figure = next(f for f in result.analysis.figures if f.figure.id == "deaths")
    return figure, result.analysis, result.rendered.pages


def test_a_toll_in_the_headline_is_not_silence(tmp_path):
    content = briefing(tmp_path, "Port Sarel to reopen after Hessa toll reaches 150 dead\n"
                       + STORY)
    figure, _, pages = deaths(content)
    stance = figure.stances["shipping-weekly"]
    assert stance.state == "mentions"
    assert (stance.mention.written, stance.mention.where) == ("150", "headline")
    assert stance.mention.place == "in its headline"
    section = pages["comparison/index.md"].split("{#figure-deaths}")[1].split("{#figure-")[0]
    assert "[“150”](../articles/shipping-weekly-port.md), in its headline)" in section
    assert not [line for line in section.splitlines()
                if line.startswith("Silent (") and "Sarel Shipping Weekly" in line]


def test_a_toll_in_a_removed_block_is_not_silence_and_says_where(tmp_path):
    content = briefing(tmp_path, "Port Sarel to reopen on Monday after Hessa\n" + STORY
                       + RELATED)
    figure, analysis, pages = deaths(content)
    stance = figure.stances["shipping-weekly"]
    assert stance.state == "mentions" and stance.mention.written == "90"
    assert stance.mention.where == "related-links"
    place = stance.mention.place
    assert place == "only in text the cleaner removed as related links, line 11"
    outlet = next(s for s in analysis.outlets if s.outlet.id == "shipping-weekly")
    assert [c.id for c in outlet.mentions] == ["deaths"]
    page = pages["outlets/shipping-weekly.md"].split("{#mentions}")[1]
    assert f"[“90”](../articles/shipping-weekly-port.md), {place}" in page
    _checked, problems = run_check(content)
    hint = next(p.format() for p in problems.items if "shipping-weekly-port" in p.format()
                and "stated but not cited" in p.format())
    assert f"states '90' {place}" in hint
    assert "add `keep: [its line]`" not in hint and "`keep: [its line]` in the article's" in hint


def test_the_story_is_preferred_to_the_rest_of_the_page(tmp_path):
    content = briefing(tmp_path, "Hessa toll reaches 150 dead\n" + STORY
                       + "\nThe storm killed 140 people along the coast, officials said.\n")
    figure, _, _ = deaths(content)
    mention = figure.stances["shipping-weekly"].mention
    assert (mention.written, mention.where, mention.place) == ("140", "", "")


@pytest.mark.parametrize("headline_origin", ["url"])
def test_a_headline_made_from_the_address_is_not_the_outlets(tmp_path, headline_origin):
    """A page with no headline line gets one from its address: slug words, not the outlet's."""
    content = briefing(tmp_path, STORY.lstrip("\n"))
    sidecar = content / "articles" / "shipping-weekly-port.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "port-sarel-reopen/", "hessa-toll-reaches-150-dead/"), encoding="utf-8")
    figure, analysis, _ = deaths(content)
    article = analysis.content.articles["shipping-weekly-port"]
    assert article.headline_origin == headline_origin
    assert figure.stances["shipping-weekly"].state == "silent"


def test_readers_comments_are_not_the_outlets_words(tmp_path):
    content = briefing(tmp_path, "Port Sarel to reopen on Monday after Hessa\n" + STORY
                       + COMMENTS)
    figure, _, _ = deaths(content)
    assert figure.stances["shipping-weekly"].state == "silent"


def test_the_print_briefing_says_where_too(tmp_path):
    content = briefing(tmp_path, "Port Sarel to reopen on Monday after Hessa\n" + STORY
                       + RELATED)
    _, analysis, _ = deaths(content)
    html = render_pdf_html(analysis)
    place = "only in text the cleaner removed as related links, line 11"
    assert f"Sarel Shipping Weekly (“90”, {place})" in html
    assert f"— “90”, {place}</li>" in html


def test_the_amount_shown_is_the_one_next_to_the_figures_words(tmp_path):
    """A sentence with two counts: the mention shows the one its term stands by."""
    content = briefing(tmp_path, "Port Sarel to reopen on Monday after Hessa\n" + STORY
                       + "\nSeventeen of them were children, and by Sunday the death toll had "
                       "reached 125, officials said.\n")
    figure, _, _ = deaths(content)
    assert figure.stances["shipping-weekly"].mention.written == "125"


def test_a_hint_on_story_mentions_says_nothing_of_keep(tmp_path):
    content = briefing(tmp_path, "Port Sarel to reopen on Monday after Hessa\n" + STORY
                       + "\nThe storm killed 140 people along the coast, officials said.\n")
    _checked, problems = run_check(content)
    hint = next(p.format() for p in problems.items if "stated but not cited" in p.format())
    assert "keep:" not in hint

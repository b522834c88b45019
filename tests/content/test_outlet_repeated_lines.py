"""Lines an outlet prints on several of its articles (a slogan, a footer) are its template
outside the story; but two copies of one story from the outlet (the same page saved twice, a
story and its update) share the story's own lines too: its crossheads and the words a cut copy
stops on. Those stay story. Invented pages of one invented outlet."""

from __future__ import annotations

from pathlib import Path

from generator.content.load import load
from generator.content.problems import Problems
from tests.conftest import small_briefing

STORY = ("The toll from the crush in Lembara rose to 41 on Sunday, the hospital said.\n\n"
         "Rescuers searched the stands of the old stadium through the night with dogs.\n\n"
         "The mayor of Lembara declared three days of mourning in the whole district.\n\n"
         "Police closed the roads around the stadium and asked people to stay away.\n\n")
OTHER = ("A new bridge over the Veloria river opened on Monday after four years of work.\n\n"
         "The bridge carries two lanes and a cycle path across the wide valley floor.\n\n"
         "Engineers said it would carry twice the traffic of the old ferry crossing.\n\n")
FOOTER = "Lembara Daily, your news every day"
CROSSHEAD = "Shelters for the families"
CUT = "The city opened the"


def _articles(tmp_path: Path, pages: dict[str, str]) -> dict:
    content = small_briefing(tmp_path, {"lembara-daily": "Lembara Daily"}, "figures: []\n",
                             {stem: (text, "outlet: lembara-daily\nlanguage: en\n")
                              for stem, text in pages.items()})
    problems = Problems(content)
    loaded = load(content, problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return loaded.articles


def _story(article) -> list[str]:
    return [b.text for b in article.paragraphs]


def test_a_copy_saved_twice_keeps_its_crosshead_and_last_words_not_the_footer(
        tmp_path: Path) -> None:
    page = f"Crush toll rises\n\n{STORY}{CROSSHEAD}\n\n{CUT}\n\n{FOOTER}\n"
    articles = _articles(tmp_path, {"crush": page, "crush-again": page,
                                    "bridge": f"Bridge opens\n\n{OTHER}{FOOTER}\n"})
    for stem in ("crush", "crush-again"):
        assert _story(articles[stem])[-2:] == [CROSSHEAD, CUT], articles[stem].removed
    for stem in ("crush", "crush-again", "bridge"):  # on two different stories: the outlet's
        assert [r.kind for r in articles[stem].removed if r.text == FOOTER] == ["repeated"]


SECOND = ("A second stand of the old stadium in Lembara was closed on Monday, the district "
          "said.\n\nEngineers checked the steel beams under the seats of the north stand for "
          "cracks.\n\n")


def test_two_stories_ending_on_the_same_short_sentence_keep_it(tmp_path: Path) -> None:
    # review 8: a sentence of two to five words with its full stop, closing two different
    # stories of the outlet, was taken for the outlet's template (two articles were enough
    # for it, as for a label)
    for last in ("The search goes on.", "Investigations continue."):
        articles = _articles(tmp_path / last[:5], {
            "crush": f"Crush toll rises\n\n{STORY}{last}\n",
            "stand": f"Second stand closed\n\n{SECOND}{last}\n"})
        for stem in ("crush", "stand"):
            assert _story(articles[stem])[-1] == last, articles[stem].removed


def test_a_short_sentence_on_three_stories_is_the_outlets(tmp_path: Path) -> None:
    # guard row (passed before the fix): on three different stories it is the template's
    last = "Thanks for reading."
    articles = _articles(tmp_path, {
        "crush": f"Crush toll rises\n\n{STORY}{last}\n",
        "stand": f"Second stand closed\n\n{SECOND}{last}\n",
        "bridge": f"Bridge opens\n\n{OTHER}{last}\n"})
    for stem in ("crush", "stand", "bridge"):
        assert [r.kind for r in articles[stem].removed if r.text == last] == ["repeated"]

"""Lines without a function word at the story's margins (issue 13, round 8), in invented
snippets: the page's closing lines below the story, and a figure or a name alone between the
headline and the lede.

On the fresh working pages of rounds 4 to 8 every such line the two passes take is furniture
(on seven sites) and no story line of dev or of any fresh set is taken (FIDELITY.md,
"Cleaning", round 8). Each furniture case fails without its pass; the story shapes nearest to
them (a crosshead over a cut paragraph, a paragraph cut after its first words or in a word, a
quotation cut after its first letters, a lone word under the headline, a kicker with a
function word, a line inside the story) stay story.
"""

from __future__ import annotations

import pytest

from generator.content.cleaning.shallow import bare_head_line, bare_tail_line, name_alone
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# Invented pages in German and Italian: the stop words are the page's language's.
DE = ("Hochwasser im Tal: Keller unter Wasser",
      "Nach dem Starkregen am Sonntag standen im ganzen Tal die Keller unter Wasser, und die "
      "Feuerwehr war mit mehr als hundert Kräften im Einsatz.",
      "Am Montag gingen die Pegel wieder zurück, wie die Stadt mitteilte.")
IT = ("Frana sulla strada del passo, evacuate tre famiglie",
      "Una frana si è staccata nella notte dal costone sopra la strada del passo e i vigili del "
      "fuoco hanno fatto evacuare tre famiglie per precauzione.",
      "La strada resterà chiusa fino a quando i tecnici non avranno finito le verifiche.")


@pytest.mark.parametrize(("parts", "tail", "language"), [
    # (the initials of a writer and an agency, "A.Roe--XY", are a sign-off since trial 38:
    # tests/extract/test_trial38b.py)
    # a share button's label (an English stop word, not an Italian one)
    (IT, ["Social"], "it"),
    # a source's address
    ((TITLE, LEDE, BODY), ["source — http://www.example.org/news.aspx?id=12345"], "en"),
    # a row of channel names cut inside a word ("Valley-")
    ((TITLE, LEDE, BODY), ["Crime & Courts News Channel Valley-"], "en"),
    # a picture count under a "Label: Title" link, which stopped the older tail pass
    ((TITLE, LEDE, BODY), ["Storm: Rain floods the cellars of the fire station", "5 Pictures"],
     "en"),
])
def test_lines_without_a_function_word_closing_the_page_are_furniture(parts, tail, language):
    c = read(page(*parts, *tail), language=language)
    assert story(c) == list(parts[1:]), rules(c)
    assert rules(c).get(tail[-1]) == "bare-tail", rules(c)


@pytest.mark.parametrize(("parts", "line", "language"), [
    ((TITLE, LEDE, BODY), "Rating: 4.5 (12 votes)", "en"),
    ((TITLE, LEDE, BODY), "Jane Roe", "en"),
    ((TITLE, LEDE, BODY), "Maria Rossi", "en"),
    (IT, "45 Visite", "it"),
])
def test_a_figure_or_a_name_alone_under_the_headline_is_furniture(parts, line, language):
    c = read(page(parts[0], line, *parts[1:]), language=language)
    assert c.headline == parts[0]
    assert rules(c).get(line) == "bare-head", rules(c)
    assert story(c) == list(parts[1:])


@pytest.mark.parametrize("tail", [
    # a crosshead over a paragraph cut before its first full stop: the walk stops at the
    # paragraph and never reaches the crosshead
    ["Deaths", "With only 36 cases on record the count is surely far too low and the"],
    # a paragraph cut after its first words, or inside a word
    ["The Red"], ["Firefighters batt"], ["V"],
    # a quotation cut after its first letters, or as it opens
    ["‘D"], ["Mayor Roe Said: „"], ["Mayor Roe Said „"], ["Mayor Roe Said -"],
    # a short line with a function word
    ["Reactions in the capital"],
    # a sentence
    ["Photo: Twitter."],
])
def test_story_shapes_at_the_page_end_stay_story(tail):
    c = read(page(TITLE, LEDE, BODY, *tail))
    assert story(c)[:2] == [LEDE, BODY]
    assert not any(r.rule == "bare-tail" for r in c.removed), rules(c)


@pytest.mark.parametrize("line", [
    "Chaos",  # a lone word: a crosshead as often as a section label
    "Chaos, mud, water",  # a list, not a name
    "Chaos in the valley",  # a kicker written with a function word
    "Floods in the valley: what we know",
])
def test_story_shapes_under_the_headline_stay_story(line):
    c = read(page(TITLE, line, LEDE, BODY))
    assert not any(r.rule == "bare-head" for r in c.removed), rules(c)


@pytest.mark.parametrize("last", [
    "Valley culture minister Jane Roe",  # no function word: the bare tail took it
    "Regional culture minister Jane Roe-Doyle",  # five words, capitals: the title tail took it
])
def test_the_page_cut_after_a_sentences_subject_keeps_it(last):
    # the copy stops before the verb: the last line is the story's, and the copy is cut
    c = read(page(TITLE, LEDE, BODY, last))
    assert story(c) == [LEDE, BODY, last], rules(c)
    assert c.excerpt


def test_a_line_inside_the_story_is_never_judged():
    c = read(page(*IT[:2], "Maria Rossi", "Social", IT[2]), language="it")
    assert story(c) == [IT[1], "Maria Rossi", "Social", IT[2]], rules(c)


def test_the_shapes():
    assert name_alone("Jane Roe") and not name_alone("Jane") and not name_alone("Font size")
    assert bare_tail_line("Social", "it") and not bare_tail_line("Social", "en")
    assert not bare_tail_line("The Red", "en")
    assert not bare_tail_line("Firefighters batt", "en")
    assert bare_head_line("18h05", "en") and not bare_head_line("Chaos", "en")


@pytest.mark.parametrize("line", ["Vai al contenuto", "Pesquisar este blog",
                                  "Wyszukaj w serwisie"])
def test_a_skip_link_or_a_search_box_above_the_headline_is_navigation(line):
    """The skip link and the search box of common blog themes, in the languages the working
    pages of rounds 5 to 8 showed them in (three sites)."""
    c = read(page(line, TITLE, LEDE, BODY),
             url="https://news.example.org/2024/floods-kill-40-in-the-valley")
    # (the skip link and the blog's search box are the page's chrome wherever they stand:
    # the navigation rule takes them first, table CHROME)
    assert rules(c).get(line) in ("section-name", "navigation"), rules(c)
    assert c.headline == TITLE and story(c) == [LEDE, BODY]


def test_a_paragraph_cut_after_a_longer_first_function_word_is_the_story_cut():
    """"Around 7" after the story is the start of a paragraph cut there, not a credit: the copy
    is flagged as cut and keeps the words (a stop word of four letters or more opens it)."""
    c = read(page(TITLE, LEDE, BODY, "Around 7"))
    assert story(c) == [LEDE, BODY, "Around 7"], rules(c)
    assert c.excerpt
    c = read(page(TITLE, LEDE, BODY, "Jane Roe"))
    assert story(c) == [LEDE, BODY], rules(c)


# --- date stamps without a year, and a stamp ending on an abbreviation (round 8) ------------

@pytest.mark.parametrize("line", ["Mardi 3 Octobre à 18:05", "vor 12 Min.",
                                  "+++ 4. Juli +++"])
def test_a_stamp_without_a_year_above_the_story_is_a_date_stamp(line):
    c = read(page(line, TITLE, LEDE, BODY),
             url="https://news.example.org/2024/floods-kill-40-in-the-valley")
    # (a ticker's day between plus signs is taken by the rule for ticker marks first)
    assert rules(c).get(line) in ("glued-date", "ticker-mark"), rules(c)
    assert c.headline == TITLE and story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", ["It rained on 17 July.", "The river rose again on 17 July"])
def test_a_sentence_with_a_day_and_month_after_the_story_stays_story(line):
    c = read(page(TITLE, LEDE, BODY, line))
    assert line in story(c), rules(c)


def test_a_title_with_a_day_and_month_stays_the_headline():
    title = "Storm of 17 July kills five in the valley"
    c = read(page(title, LEDE, BODY))
    assert c.headline == title


@pytest.mark.parametrize("label", ["Veloria", "Lembara, Veloria"])
def test_a_place_label_over_the_lede_of_a_page_without_its_title_is_navigation(label):
    # the page's title was not saved: its only line above the lede is the place or section
    # it is filed under; the headline comes from the address
    url = "https://news.example/world/mill-roof-falls-in-at-verlo-forty-workers-inside"
    c = read(page(label, LEDE, BODY), url=url)
    assert c.headline_origin == "url" and story(c) == [LEDE, BODY]
    assert rules(c) == {label: "place-label"}

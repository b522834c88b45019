"""Furniture at the margins of the story, by its shape (issue 13, round 4): widget labels ending
with a colon, date lines with words glued on, "Label: Title" links, read-more links cut with
"…", slash credits, markup lines; and two story shapes other passes took for furniture (a drop
capital on its own line, a quotation cut after its first letters).

Every snippet is invented by the project, in the shapes real pages print; each furniture case
has a story counterpart of the same shape that must stay story.
"""

from __future__ import annotations

import pytest

from generator.content.cleaning.margins import (
    glued_date,
    is_markup,
    is_signed_post,
    slash_credit,
)
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

LEDE_IT = ("Il bilancio delle vittime del maltempo nella valle è salito a quaranta, secondo la "
           "prefettura, mentre i soccorritori cercano ancora i dispersi lungo il fiume.")
BODY_IT = ("Le squadre di soccorso hanno raggiunto in barca l'ultimo paese isolato domenica "
           "mattina, e l'esercito ha aperto due rifugi nella scuola del distretto.")
LEDE_PT = ("O número de mortos pelas cheias no vale subiu para 40 neste sábado, segundo a "
           "secretaria regional de saúde, enquanto as equipes procuravam os desaparecidos.")


# --- widget labels at the end of the page ----------------------------------------------------

@pytest.mark.parametrize("tail", [
    ["No comments:"],
    ["Short link:"],
    ["Nessun commento:", "Posta un commento"],
    ["Tags:", "Lascia una risposta"],
    ["Related News :"],
])
def test_a_widget_label_ending_with_a_colon_after_the_story_is_furniture(tail):
    c = read(page(TITLE, LEDE, BODY, *tail))
    assert story(c) == [LEDE, BODY] and not c.excerpt
    assert all(t in rules(c) for t in tail)  # (some by the rule table, the rest by shape)


@pytest.mark.parametrize("tail", [
    ["The mayor then listed the damage in each of the three villages:"],  # a long line
    ["What we know:", "Forty people died in the floods on Saturday night."],  # a sentence under it
    ["Next steps:", "The council has promised a full inquiry into the warnings"],  # long line under
])
def test_a_story_line_ending_with_a_colon_is_not_a_widget_label(tail):
    c = read(page(TITLE, LEDE, BODY, *tail))
    assert "widget-label" not in rules(c).values()
    assert tail[0] in story(c)


def test_a_label_with_a_colon_inside_the_story_is_story():
    c = read(page(TITLE, LEDE, "Next steps:", BODY))
    assert "Next steps:" in story(c)


# --- date lines with words glued on ----------------------------------------------------------

@pytest.mark.parametrize("line,glued", [
    ("26 ottobre 2011 11:030 commentiDi:", True),
    ("world3 days ago", True),
    ("Last update 26 May 2011 at 13,05", True),
    ("Floods of June 2010", True),  # by its words; its place decides (see below)
    ("The flood of 3 May 2010 killed 20 people.", False),
    ("Rescuers worked through the night of 3 May 2010 in the valley", False),
    ("Forty dead", False),
])
def test_a_glued_date_is_a_date_and_three_words_at_most(line, glued):
    assert glued_date(line) is glued


@pytest.mark.parametrize("line", ["26 ottobre 2011 11:030 commentiDi:", "news2 hours ago"])
def test_a_glued_date_line_above_the_story_is_a_date_stamp(line):
    c = read(page(line, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY] and line in rules(c)


def test_a_glued_date_line_after_the_story_is_a_date_stamp():
    line = "Ultimo aggiornamento 26 ottobre 2011 ore 13,05"
    c = read(page(TITLE, LEDE_IT, BODY_IT, line))
    assert story(c) == [LEDE_IT, BODY_IT] and rules(c)[line] == "glued-date"
    assert not c.excerpt


def test_a_title_with_a_date_in_it_above_the_story_is_not_a_date_stamp():
    kicker = "Floods of June 2010"
    c = read(page(kicker, TITLE, LEDE, BODY))
    assert rules(c).get(kicker) != "glued-date"


def test_a_dated_crosshead_inside_the_story_is_story():
    cross = "Night of 4 May 2025"
    c = read(page(TITLE, LEDE, cross, BODY))
    assert cross in story(c)


# --- "Label: Title" links after the story ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Articolo correlato: Nubifragio in Liguria, cinque morti e otto dispersi",
    "Related article: Storm leaves thousands without power in the north",
])
def test_a_title_under_its_label_after_the_story_is_a_related_link(line):
    c = read(page(TITLE, LEDE, BODY, line, "Tags:"))
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "label-title"


@pytest.mark.parametrize("line", [
    'He added: "We will rebuild the school',  # a quotation, cut
    "The mayor said: Rescue teams are still searching",  # opens with a function word
    "Officials said: Rescue teams continue",  # ends the page on a lower-case word: the story cut
    "Update: Flights resume.",  # a sentence
])
def test_a_story_line_with_a_colon_after_the_story_is_story(line):
    c = read(page(TITLE, LEDE, BODY, line))
    assert "label-title" not in rules(c).values()


def test_a_label_and_title_inside_the_story_is_story():
    line = "Related article: Storm leaves thousands without power in the north"
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- read-more links -------------------------------------------------------------------------

def test_a_short_line_cut_with_an_ellipsis_after_a_whole_paragraph_is_a_read_more_link():
    c = read(page(TITLE, LEDE_PT, "Ver notícia completa..."))
    assert story(c) == [LEDE_PT] and rules(c)["Ver notícia completa..."] == "read-more"
    assert c.excerpt  # the rest of the article is elsewhere


@pytest.mark.parametrize("parts", [
    [LEDE, "And then the water came..."],  # five words: a line of the story
    [LEDE, "Rescue teams reached the...", BODY],  # not the last line
    ["The water rose in the night and the rescue teams", "Then they..."],  # after a cut paragraph
])
def test_an_ellipsis_line_of_the_story_is_story(parts):
    c = read(page(TITLE, *parts))
    assert "read-more" not in rules(c).values()


# --- slash credits ---------------------------------------------------------------------------

@pytest.mark.parametrize("line,credit", [
    ("Listener / Hot Line RMF FM", True),
    ("Hot Line /RMF FM", True),
    ("Jan Kowalski/PAP", True),
    ("Kyiv / Moscow", False),  # no organisation in capitals
    ("Opole / NATO summit", False),  # ends on a lower-case word
    ("Rescuers / Police said AFP.", False),  # a sentence
    ("Rain / wind warnings from IMGW", False),  # a lower-case word
])
def test_a_slash_credit_is_capitalised_names_ending_on_an_organisation(line, credit):
    assert slash_credit(line) is credit


def test_a_slash_credit_between_paragraphs_is_a_caption():
    c = read(page(TITLE, LEDE, "Listener / Hot Line RMF FM", BODY))
    assert story(c) == [LEDE, BODY] and rules(c)["Listener / Hot Line RMF FM"] == "slash-credit"


# --- markup lines ----------------------------------------------------------------------------

@pytest.mark.parametrize("line,markup", [
    ("<![CDATA[", True), ("]]>", True), ("{{}}", True),
    ("[1]", False), ("(AFP)", False), ("<3", False), ("[Update]", False),
])
def test_a_markup_line_is_three_markup_characters_and_no_word(line, markup):
    assert is_markup(line) is markup


def test_a_markup_line_is_template_furniture():
    c = read(page(TITLE, "<![CDATA[", LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)["<![CDATA["] == "markup-line"


# --- embedded posts signed with a handle -----------------------------------------------------

@pytest.mark.parametrize("text,post", [
    ("At #ValleyBeach a swimmer was pulled from the water this afternoon. We wish the family "
     "strength. @ValleyRescue", True),
    ("null Rescue under way at #NorthPier. @ValleyRescue", True),
    ("The police asked witnesses to write to @ValleyPolice with what they saw.", False),  # no tag
    ("Residents shared pictures under #ValleyFlood all night.", False),  # no handle at the end
    ("Posts under #ValleyFlood came from @Jane and @John before the storm", False),
])
def test_a_signed_post_has_hashtags_and_a_handle_after_its_last_sentence(text, post):
    assert is_signed_post(text) is post


def test_a_signed_post_between_paragraphs_is_an_embed():
    post = "At #ValleyBeach a swimmer was pulled from the water. @ValleyRescue"
    c = read(page(TITLE, LEDE, post, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[post] == "signed-post"


# --- captions ending with a credit without its colon ----------------------------------------

@pytest.mark.parametrize("caption", ["Lądek Zdrój miesiąc po powodzi, fot. PAP/Jan Kowalski",
                                     "Rescuers at the dam, Foto dpa/Jane Roe"])
def test_a_caption_ending_with_a_picture_label_and_a_slashed_credit_is_a_caption(caption):
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY] and caption in rules(c)


@pytest.mark.parametrize("line", ["The flood reached the town, photo shows.",
                                  "They walked to the dam, image of the river/Lake beyond.",
                                  "The council met on Monday, Photo Club members said/wrote."])
def test_a_sentence_with_a_picture_word_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


@pytest.mark.parametrize("caption", [
    "Foto’s Valley.nl/Jan de Vries Gewonden op boten bij de sluis. De hulp is onderweg.",
    "Photos ValleyPhoto.com/Jane Roe Rescuers on the dam at night",
    "Foto ANP/Jan de Vries Reddingswerkers bij de dijk",
])
def test_a_caption_opening_with_its_label_and_a_slashed_credit_is_a_caption(caption):
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "picture-label"


@pytest.mark.parametrize("line", ["Photo agencies/newsrooms reported that the dam held.",
                                  "Photo Agencies/Newsrooms reported that the dam held.",
                                  "Photos from the dam show the water rising."])
def test_a_sentence_opening_with_a_picture_word_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


@pytest.mark.parametrize("label", ["ANUNCIO", "Annonce", "Annuncio"])
def test_an_advertisement_label_in_more_languages_is_an_advertisement(label):
    c = read(page(TITLE, LEDE, label, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[label] == "advertisement"


# --- summary boxes after the story ----------------------------------------------------------

POINT = ("- The death toll from the floods in the valley rose to 40 on Saturday, the regional "
         "health office said.")
POINT_2 = "- Rescue teams reached the last cut-off village by boat on Sunday morning."


@pytest.mark.parametrize("points", [[POINT], [POINT, POINT_2]])
def test_a_summary_in_points_of_the_storys_own_words_after_it_is_furniture(points):
    c = read(page(TITLE, LEDE, BODY, "In brief", *points))
    assert story(c) == [LEDE, BODY] and not c.excerpt
    assert {rules(c).get(t) for t in ["In brief", *points]} == {"summary-box"}


def test_a_text_that_stops_inside_a_summary_box_is_cut():
    cut_point = "- The death toll from the floods in the valley rose to 40 on Saturday, the re"
    c = read(page(TITLE, LEDE, BODY, "In brief", cut_point))
    assert story(c) == [LEDE, BODY] and c.excerpt


@pytest.mark.parametrize("parts", [
    # points that tell something new: the story's own list
    ["What happens next", "- The council will vote on a new flood wall in March next year.",
     "- Insurers have opened a hotline for owners of flooded homes."],
    # a list without a heading
    [POINT, POINT_2],
    # short points (figures)
    ["In numbers", "- 40 dead", "- 3 missing"],
])
def test_a_list_at_the_end_of_the_story_that_is_no_summary_box_is_story(parts):
    c = read(page(TITLE, LEDE, BODY, *parts))
    assert not any(rules(c).get(p, "").startswith("summary-box") for p in parts)


# --- story shapes other passes took --------------------------------------------------------

def test_a_drop_capital_over_its_paragraph_is_story_even_under_a_menu():
    rest = ("storm hit the coast of the valley on Saturday night, and the regional health "
            "office said forty people had died in the floods that followed.")
    c = read(page(TITLE, "A", rest, BODY))
    assert c.headline == TITLE and story(c) == ["A", rest, BODY]
    c = read(page(TITLE, "news", "sport", "A", rest, BODY))
    assert story(c)[-3:] == ["A", rest, BODY]
    assert rules(c) == {"news": "label-run", "sport": "label-run"}  # the menu is still a menu


def test_a_single_letter_that_is_no_drop_capital_is_judged_as_before():
    c = read(page("news", "sport", "B", TITLE, LEDE, BODY))
    assert "B" in rules(c)  # over a headline, not a paragraph of prose


@pytest.mark.parametrize("last", ["‘D", "“We", "„Die"])
def test_a_quotation_cut_after_its_first_letters_is_not_a_credit(last):
    c = read(page(TITLE, LEDE, BODY, last))
    assert last in story(c) and c.excerpt


def test_a_name_after_the_story_is_still_a_credit():
    c = read(page(TITLE, LEDE, BODY, "Valley Herald"))
    assert rules(c).get("Valley Herald") == "trailing-credit"


# --- a report's credit after the last sentence --------------------------------------------------

@pytest.mark.parametrize("credit", ["TV1 | Reportage J. Roe, A. Doe.",
                                    "Valley News | Jane Roe and John Doe"])
def test_an_outlet_a_bar_and_names_after_the_last_sentence_are_a_credit(credit):
    c = read(page(TITLE, f"{LEDE} {credit}", BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[credit] == "bar-credit"


@pytest.mark.parametrize("text", [
    "The vote was 12 | 3 in favour, the council said, and the motion | passed easily.",
    f"{LEDE} Read | the rest of the story below here.",  # lower-case words after the bar
    f"{LEDE} The mayor said the flood was the worst in memory | she was in tears.",
])
def test_a_bar_inside_the_storys_sentences_is_story(text):
    c = read(page(TITLE, text, BODY))
    assert "bar-credit" not in rules(c).values() and text in story(c)


def test_a_label_with_a_bar_after_its_colon_is_no_report_credit():
    c = read(page(TITLE, LEDE, BODY, "Tagged: Transport | Weather"))
    assert "bar-credit" not in rules(c).values()


# --- the last line: a writer's initials, a paragraph cut after one letter ----------------------

@pytest.mark.parametrize("initials", ["E.M", "J.-P.R", "M.K"])
def test_the_writers_initials_after_the_story_sign_it_and_name_no_source(initials):
    c = read(page(TITLE, LEDE, BODY, initials))
    assert story(c) == [LEDE, BODY] and rules(c)[initials] == "trailing-initials"
    assert c.via is None and not c.excerpt


@pytest.mark.parametrize("credit", ["PTI", "Reuters", "Valley Herald"])
def test_a_name_after_the_story_is_still_its_credit(credit):
    c = read(page(TITLE, LEDE, BODY, credit))
    assert [r.kind for r in c.removed] == ["credit"] and c.via == credit


def test_a_paragraph_cut_after_its_first_letter_is_story_and_cut():
    c = read(page(TITLE, LEDE, BODY, "V"))
    assert story(c) == [LEDE, BODY, "V"] and c.via is None and c.excerpt


# --- a picture's slug, label and caption; a breadcrumb that says it is one ----------------------

@pytest.mark.parametrize(("line", "rule"), [
    ("APTOPIX Valley Floods", "ap-photo-slug"),
    ("Floods3", "gallery-label"),
    ("![]() Rescuers carry a boat through the flooded square", "image-caption"),
    ("![](https://img.example/1.jpg) Rescuers at the dam", "image-caption"),
    ("You are in: World: Europe | ||||||||||||||||", "you-are-here"),
    ("Vous êtes ici : Accueil > Monde > Europe", "you-are-here"),
    ("Sie sind hier: Startseite / Panorama", "you-are-here"),
])
def test_picture_slugs_labels_captions_and_you_are_here_trails_are_furniture(line, rule):
    c = read(page(line, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY] and rules(c)[line] == rule


@pytest.mark.parametrize("line", [
    "![]() Rescuers carried a boat through the flooded square on Sunday. Two people were saved.",
    "You are in danger if you stay, the mayor told residents on the river bank on Sunday.",
    "APTOPIX is the agency's tag for its best pictures of the day, a spokesman explained.",
])
def test_story_lines_of_the_same_openings_stay_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    # (a picture's markup opening the prose is cut off as the page's: the prose stays story)
    prose = line.removeprefix("![]() ")
    assert prose in story(c)

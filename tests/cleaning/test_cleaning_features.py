"""Furniture found by its shape and place, not its words (issue 13, round 3): figure widgets
above the headline and lists of other articles (title, opening cut off with "…").

Every snippet is invented by the project, in the shapes real pages print; each furniture case
has a story counterpart of the same shape that must stay story.
"""

from __future__ import annotations

import pytest

from generator.content.cleaning.rules.base import is_figure
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

LEDE_ES = ("El número de muertos por las inundaciones en el valle subió a 40 el sábado, según "
           "la oficina regional de salud, mientras los rescatistas buscaban a los desaparecidos.")
BODY_ES = ("Los equipos de rescate llegaron en bote a la última aldea aislada el domingo por la "
           "mañana, y el ejército abrió dos refugios en la escuela del distrito.")


# --- figure widgets --------------------------------------------------------------------------

@pytest.mark.parametrize("text,figure", [
    ("5 120.40 PTS", True), ("+0.35 %", True), ("-", True), ("1.092", True), ("21.4 C", True),
    ("DAX PTS", False), ("Floods", False), ("40 dead", False),
    ("The river rose by 2 metres.", False), ("12 345 678 910 1112", False),
])
def test_a_figure_is_more_digits_than_letters_in_a_few_tokens(text, figure):
    assert is_figure(text) is figure


def test_a_ticker_above_the_headline_is_a_widget():
    ticker = ["5 120.40 PTS", "+0.35 %", "DAX PTS", "15 210.77", "-0.12 %"]
    c = read(page(*ticker, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert set(rules(c)) == set(ticker)
    assert {rules(c)[t] for t in ticker if t != "DAX PTS"} == {"figure-widget"}


def test_a_weather_widget_above_the_headline_is_a_widget():
    c = read(page("21.4 C", TITLE, LEDE_ES, BODY_ES))
    assert story(c) == [LEDE_ES, BODY_ES] and rules(c) == {"21.4 C": "figure-widget"}


def test_a_capitalised_label_is_a_widget_only_between_two_figures():
    c = read(page("CITY DESK", "24.1 C", TITLE, LEDE, BODY))
    assert rules(c).get("CITY DESK") != "figure-widget"
    assert rules(c)["24.1 C"] == "figure-widget"


def test_a_figure_inside_the_story_is_story():
    c = read(page(TITLE, LEDE, "40", BODY))
    assert "40" in story(c) and "figure-widget" not in rules(c).values()


# --- lists of other articles -----------------------------------------------------------------

TEASERS_EN = [
    "Elsewhere in the valley",
    "Bridge reopens after repairs",
    "The old bridge over the river reopened to traffic on Monday after three months of...",
    "School year starts late in the district",
    "Pupils in the district will return to class two weeks later than planned, the...",
]
TEASERS_ES = [
    "Alcalde anuncia nuevo plan de tránsito",
    "Ciudad del Valle.- El alcalde presentó este lunes un plan para reducir el tráfico en...",
    "Sube el precio del pan en los mercados",
    "Ciudad del Valle.- Los panaderos del mercado central anunciaron un alza de precios...",
]


def test_a_list_of_other_articles_after_the_story_is_related_links():
    c = read(page(TITLE, LEDE, BODY, *TEASERS_EN))
    assert story(c) == [LEDE, BODY]
    assert rules(c) == {t: "teaser-list" for t in TEASERS_EN}
    assert not c.excerpt


def test_a_list_of_other_articles_between_the_headline_and_the_story_is_related_links():
    c = read(page(TITLE, *TEASERS_ES, LEDE_ES, BODY_ES))
    assert c.headline == TITLE and story(c) == [LEDE_ES, BODY_ES]
    assert rules(c) == {t: "teaser-list" for t in TEASERS_ES}


def test_teasers_ending_with_their_section_and_a_dash_are_related_links():
    teasers = ["Two hurt as ferry hits pier",
               "A ferry struck the pier in the harbour on Friday, injuring two "
               "passengers World News -",
               "Storm closes mountain pass",
               "Snow and wind closed the pass for a second day Europe -"]
    c = read(page(TITLE, LEDE, BODY, *teasers))
    assert story(c) == [LEDE, BODY] and set(rules(c).values()) == {"teaser-list"}


def test_a_page_cut_in_its_list_of_other_articles_is_flagged_as_cut():
    teasers = TEASERS_EN[1:4] + ["Pupils in the district will return to class two we"]
    c = read(page(TITLE, LEDE, BODY, *teasers))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[teasers[-1]] == "teaser-list-cut"
    assert c.excerpt and "list of other articles" in c.excerpt_reason


def test_one_paragraph_ending_in_an_ellipsis_is_story():
    waiting = "Families gathered at the school and waited for news..."
    c = read(page(TITLE, LEDE, "The long night", waiting, BODY))
    assert story(c) == [LEDE, "The long night", waiting, BODY]


def test_crossheads_and_trailing_paragraphs_between_the_story_are_story():
    parts = [LEDE, "Monday", "The river rose by two metres in the night and kept rising...",
             "Tuesday", "The dike at the mill gave way before dawn, and then...", BODY]
    c = read(page(TITLE, *parts))
    assert story(c) == parts


def test_a_hard_wrapped_paragraph_ending_in_an_ellipsis_is_story():
    parts = ["Streets full of mud, buses in the creeks, cars", "piled on one another...",
             "Houses destroyed and no power", "in whole districts and a toll that only grows..."]
    c = read(page(TITLE, LEDE, *parts))
    assert "teaser-list" not in rules(c).values()


# --- a picture's text printed twice; a paragraph's opening printed again ---------------------

CAPTION = "Firefighters stack sandbags in the square. The water kept rising all night."
CAPTION_DE = "Feuerwehrleute stapeln Sandsäcke am Marktplatz. Das Wasser stieg die ganze Nacht."


@pytest.mark.parametrize("credit", ["Foto: picture alliance/dpa | Jana Novak",
                                    "Photo: Valley Herald / John Roe",
                                    # the photographer's initials close it with a full stop
                                    "VH/J.R."])
def test_a_caption_printed_bare_then_with_its_credit_is_the_caption(credit):
    for text in (CAPTION, CAPTION_DE):
        c = read(page(TITLE, text, f"{text} {credit}", LEDE, BODY))
        assert story(c) == [LEDE, BODY]
        assert set(rules(c)) == {text, f"{text} {credit}"}
        assert {r.kind for r in c.removed} == {"caption"}


def test_a_caption_on_both_sides_of_its_credit_line_is_the_caption():
    c = read(page(TITLE, CAPTION_DE, "Foto: Imago / Jana Novak", CAPTION_DE, LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert set(rules(c).values()) == {"caption-twins", "picture-label"}


def test_a_story_paragraph_printed_twice_or_with_one_more_sentence_is_story():
    more = LEDE + " Two more villages were evacuated."
    c = read(page(TITLE, LEDE, more, BODY))
    assert story(c) == [LEDE, more, BODY]
    c = read(page(TITLE, LEDE, LEDE, BODY))
    assert story(c) == [LEDE, LEDE, BODY]
    c = read(page(TITLE, LEDE, "Tensions rose", LEDE, BODY))  # no credit between the two
    assert "caption-twins" not in rules(c).values()


def test_the_opening_of_a_paragraph_printed_again_with_an_ellipsis_is_furniture():
    summary = " ".join(LEDE.split()[:12]) + " ..."
    c = read(page(TITLE, LEDE, BODY, summary))  # below the paragraph (above it: the standfirst)
    assert story(c) == [LEDE, BODY] and rules(c) == {summary: "teaser-echo"}


def test_a_paragraph_ending_with_an_ellipsis_that_no_paragraph_goes_on_from_is_story():
    trailing = "Families gathered at the school and waited for news of the missing..."
    c = read(page(TITLE, LEDE, trailing, BODY))
    assert story(c) == [LEDE, trailing, BODY]


# --- bylines printed as list items, or with the page's machine timestamps glued on -----------

@pytest.mark.parametrize("line,author", [
    ("- Por Lucía Ferrer | EFE", "Lucía Ferrer"),
    ("• By Jane Roe, Valley Herald", "Jane Roe"),
    ("By Jane Roe | Updated: July 2, 2024 03:45 IST2024-07-02T03:43:50+5:302024-07-02T03:45:07"
     "+5:30", "Jane Roe"),
])
def test_a_byline_as_a_list_item_or_with_glued_timestamps_is_a_byline(line, author):
    c = read(page(TITLE, line, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and c.author == author


@pytest.mark.parametrize("line", [
    "– Por Dios, gritó la mujer desde el techo de su casa cuando llegó el agua.",
    "- By Monday, the water had reached the second floor of the school, officials said.",
])
def test_a_dialogue_or_list_item_starting_like_a_byline_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a copy cut as a quotation opens --------------------------------------------------------

@pytest.mark.parametrize("last", [
    "Les secours ont cherché toute la nuit. Mais tout laissait craindre le pire. « ",
    "Der Bürgermeister sagte am Abend: „",
    'The mayor spoke to reporters at the school. "',
])
def test_a_copy_that_stops_as_a_quotation_opens_is_cut(last):
    c = read(page(TITLE, LEDE, BODY, last))
    assert c.excerpt and "quotation opens" in c.excerpt_reason


@pytest.mark.parametrize("last", [
    "« Nous reconstruirons », a promis le maire.",
    "Der Bürgermeister sagte: „Wir bauen alles wieder auf.“",
    'The mayor said: "We will rebuild."',
    "Le maire a promis : « Nous reconstruirons. »",
])
def test_a_copy_that_ends_with_a_closed_quotation_is_whole(last):
    c = read(page(TITLE, LEDE, BODY, last))
    assert not c.excerpt


# --- code, placeholders, arrow links, the writer's initials ------------------------------------

SCRIPT = ('(window.adQueue = window.adQueue || []).push( q => { q.init({ slot: "top", '
          'lang: "en", size: [300, 250] }); });')
PLACEHOLDER = ("Your browser (${ browser.name + ' ' + browser.version }) is out of date. Update it "
               "to read the valley's news safely and quickly on every page of this site.")


@pytest.mark.parametrize("line", [SCRIPT, "Hello {{ user.name }}, welcome back"])
def test_code_and_unfilled_placeholders_are_template(line):
    c = read(page(line, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]
    assert rules(c) == {line: "code"}


@pytest.mark.parametrize("line", [
    "Investigators said the defaced page showed <script>alert('owned')</script> to every "
    "visitor for two hours on Tuesday.",
    "The leaked template greeted readers with {{ user.name }} instead of their names, the "
    "paper's editor said.",
])
def test_a_sentence_that_quotes_code_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


def test_a_placeholder_in_a_sentence_is_not_read_as_code():
    # a sentence of prose by its shape, so no rule of code takes it; by its meaning (the
    # reader's browser, "this site") it is the page's word to its reader (spfur11)
    c = read(page(TITLE, LEDE, PLACEHOLDER, BODY))
    assert rules(c).get(PLACEHOLDER) == "page-request"


@pytest.mark.parametrize("line", [
    "The pumps (two of them) ran all night; the water (brown, cold) kept rising [sic].",
    "The budget was set at €2m (£1.7m) for the repairs, officials said.",
])
def test_brackets_in_a_story_sentence_are_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


def test_code_above_the_headline_does_not_hide_the_headline():
    ticker = ["1 234.5 PTS", "-", "+0.4 %", "2 345.6 PTS", "-", "-0.2 %", "3 456.7", "-",
              "+1.1 %", "DAX PTS", "4 567.8", "-", "+0.3 %", "1.092"]
    c = read(page(SCRIPT, *ticker, TITLE, LEDE, BODY))
    assert c.headline == TITLE and story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", ["->> Body of the last missing man found downstream",
                                  ">> Bridge reopens after repairs", "→ Read: how the dike broke"])
def test_a_title_marked_with_an_arrow_is_a_link(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY] and rules(c) == {line: "arrow-link"}


@pytest.mark.parametrize("line", ["> The water came in the night, she wrote.",
                                  "»Wir haben alles verloren«, sagte die Frau",
                                  "- The second dike held"])
def test_a_quotation_or_list_item_is_not_an_arrow_link(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert "arrow-link" not in rules(c).values()


@pytest.mark.parametrize("initials", ["(t.p.)", "(red)", "(gm/ab)", "lqr/tmb", "jf / mt / ra"])
def test_the_writers_initials_after_the_story_sign_it_off(initials):
    c = read(page(TITLE, LEDE, BODY, "Story being updated", initials))
    assert rules(c)[initials] == "writer-initials"
    assert not c.excerpt  # signed off: the copy is whole


def test_initials_inside_the_story_are_no_sign_off():
    c = read(page(TITLE, LEDE, "(AP)", BODY))
    assert "writer-initials" not in rules(c).values()


@pytest.mark.parametrize("line", ["red", "Home/Sports/World", "Photos/Video"])
def test_one_bare_word_or_a_longer_pair_after_the_story_is_no_sign_off(line):
    c = read(page(TITLE, LEDE, BODY, line))
    assert rules(c).get(line) != "writer-initials"


# --- consent banners and tool bars in other languages ---------------------------------------

@pytest.mark.parametrize("banner", [
    "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour "
    "mesurer l'audience.  En savoir plus  J'accepte",
    "Si continúas navegando, aceptas el uso de cookies para analizar el tráfico. Aceptar",
    "Proseguendo la navigazione acconsenti all'uso dei cookie. Accetto",
])
def test_a_continuing_means_consent_banner_is_a_consent_banner(banner):
    c = read(page(banner, TITLE, LEDE, BODY))
    assert c.headline == TITLE and rules(c) == {banner: "cookie-banner"}


def test_a_tool_bar_of_three_cells_may_have_a_cell_of_five_words():
    bar = "| AFP | 812 | Aucun vote sur cet article"
    c = read(page(TITLE, bar, LEDE, BODY))
    assert story(c) == [LEDE, BODY] and rules(c) == {bar: "pipe-row"}


# --- notes in brackets, bulleted titles and figures after the story, a summary printed twice ----

@pytest.mark.parametrize("note", ["(Video: the dike breaking at dawn)",
                                  "(Con información de EFE y AP)", "[Aerial view of the dike]",
                                  "(sda-ats)"])
def test_a_note_in_brackets_on_its_own_line_is_furniture(note):
    c = read(page(TITLE, LEDE, note, BODY))
    assert story(c) == [LEDE, BODY] and note in rules(c)


@pytest.mark.parametrize("line", ["(The names of the victims have been changed.)",
                                  "(Reporting continues below, where the mayor spoke to the "
                                  "families who had gathered at the town hall on Sunday night "
                                  "and asked for help)"])
def test_a_sentence_or_long_aside_in_brackets_is_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


RELATED_BULLETS = ["- How the Valley Dike Was Built and Why It Broke",
                   "- Five Things to Know About Flood Insurance",
                   "- Column: What the Storm Season Means for Your Town"]


def test_bulleted_titles_after_the_story_are_links():
    c = read(page(TITLE, LEDE, BODY, *RELATED_BULLETS))
    assert story(c) == [LEDE, BODY]
    assert rules(c) == {t: "bullet-titles" for t in RELATED_BULLETS}


@pytest.mark.parametrize("items", [
    ["- 20 dead", "- 100 injured", "- 3 missing"],
    ["- The dike broke at the mill.", "- The water reached the square.",
     "- The army opened two shelters."],
])
def test_the_storys_own_bullet_list_is_story(items):
    c = read(page(TITLE, LEDE, BODY, *items))
    assert "bullet-titles" not in rules(c).values()


def test_bulleted_titles_between_paragraphs_are_story():
    c = read(page(TITLE, LEDE, *RELATED_BULLETS, BODY))
    assert "bullet-titles" not in rules(c).values()


def test_figures_after_the_story_are_a_widget():
    c = read(page(TITLE, LEDE, BODY, "1", "2", "3", "4", "5"))
    assert story(c) == [LEDE, BODY] and not c.excerpt
    assert set(rules(c).values()) == {"figure-widget"}


def test_one_figure_after_the_story_is_left_alone():
    c = read(page(TITLE, LEDE, BODY, "2024"))
    assert "figure-widget" not in rules(c).values()


def test_a_summary_printed_above_its_paragraph_with_furniture_between_is_furniture():
    c = read(page(TITLE, LEDE, "EFE", "Mundo / 02/05/2018 06:39", LEDE, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[LEDE] == "summary-twice"


def test_a_paragraph_printed_twice_around_story_or_side_by_side_is_story():
    c = read(page(TITLE, LEDE, BODY, LEDE))
    assert story(c) == [LEDE, BODY, LEDE]
    c = read(page(TITLE, LEDE, LEDE, BODY))
    assert story(c) == [LEDE, LEDE, BODY]


@pytest.mark.parametrize("prompt", ["Dejar un comentario", "Postar um comentário"])
def test_a_comment_prompt_after_the_story_is_not_a_cut(prompt):
    c = read(page(TITLE, LEDE_ES, BODY_ES, prompt))
    assert story(c) == [LEDE_ES, BODY_ES] and not c.excerpt


# --- a word framed as a slot label; a heading over the furniture after the story --------------

@pytest.mark.parametrize("label", ["-Anuncio-", "— Advertisement —", "*** Anzeige ***",
                                   "| Pubblicità |"])
def test_one_word_framed_by_dashes_or_stars_is_a_slot_label(label):
    c = read(page(TITLE, LEDE, label, BODY))
    assert story(c) == [LEDE, BODY] and label in rules(c)


@pytest.mark.parametrize("line", ["«Non.»", "(Applause)", "-- Jane"])
def test_a_quoted_word_or_a_framed_phrase_is_no_slot_label(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert "framed-label" not in rules(c).values()


def test_a_heading_with_only_furniture_under_it_after_the_story_is_furniture():
    c = read(page(TITLE, LEDE_ES, BODY_ES, "Ranking de la semana", "1", "2", "3"))
    assert story(c) == [LEDE_ES, BODY_ES] and not c.excerpt
    assert rules(c)["Ranking de la semana"] == "furniture-heading"


def test_a_short_last_line_with_nothing_after_it_is_left_to_the_story():
    c = read(page(TITLE, LEDE_ES, BODY_ES, "Lo que se sabe"))
    assert "furniture-heading" not in rules(c).values()


def test_a_crosshead_with_story_after_it_is_story():
    c = read(page(TITLE, LEDE_ES, "Lo que se sabe", BODY_ES, "1", "2"))
    assert "Lo que se sabe" in story(c)


# --- English template lines: who contributed, the age of the story, BBC picture labels --------

@pytest.mark.parametrize("line,rule", [
    ("The Associated Press contributed to this report.", "contributed"),
    ("Jane Roe in Paris and John Doe in London contributed reporting.", "contributed"),
    ("(Valley Herald staff writer Jane Roe contributed to this story.)", "contributed"),
    ("Contributing: Jane Roe, Valley Herald", "contributed"),
    ("This story has been updated to correct the death toll.", "age-notice"),
    ("This article is more than 4 years old", "age-notice"),
    ("Image caption Rescuers on the dike at dawn", "picture-label"),
    ("Image copyright Valley Herald", "picture-label"),
    ("Media playback is unsupported on your device", "media-control"),
])
def test_english_template_lines_are_furniture(line, rule):
    c = read(page(TITLE, LEDE, BODY, line))
    assert story(c) == [LEDE, BODY] and rules(c) == {line: rule}


@pytest.mark.parametrize("line", [
    "Heavy rain contributed to the flooding in the valley, the weather office said.",
    "Volunteers contributed.",
    "Poor maintenance contributed to the collapse of the dike, the report found.",
    "This story has been told many times in the valley, and it is not over yet.",
])
def test_story_sentences_about_contributions_and_stories_are_story(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


@pytest.mark.parametrize("line,language", [
    ("Toute reproduction interdite", "fr"), ("Ajouter à mes favoris", "fr"),
    ("Mehr aus dem Ressort", "de"), ("Más información", "es"),
])
def test_template_lines_of_other_languages_are_furniture(line, language):
    lede, body = (LEDE_ES, BODY_ES) if language == "es" else (LEDE, BODY)
    c = read(page(TITLE, lede, body, line), language=language)
    assert story(c) == [lede, body] and line in rules(c)



# --- round 3b: teasers without titles, labels in capitals, a caption after its credit ---------

TEASERS_IT = ["Era ricoverato all'ospedale del capoluogo da due settimane, per...",
              "È accaduto nel Cremonese; le forze dell'ordine stanno...",
              "Un uomo di 57 anni ha improvvisamente perso..."]


def test_openings_cut_with_an_ellipsis_after_the_story_are_teasers():
    c = read(page(TITLE, LEDE, BODY, *TEASERS_IT))
    assert story(c) == [LEDE, BODY] and set(rules(c).values()) == {"trailing-teasers"}
    assert not c.excerpt


def test_one_paragraph_cut_with_an_ellipsis_at_the_end_is_the_story_cut():
    c = read(page(TITLE, LEDE, BODY, TEASERS_IT[0]))
    assert TEASERS_IT[0] in story(c) and c.excerpt


@pytest.mark.parametrize("label", ["BFM CLIMAT", "VALLEY NEWS TODAY"])
def test_a_label_in_capitals_above_the_headline_is_navigation(label):
    url = "https://www.valleynews.example/2023/11/04/floods-kill-40-in-the-valley/"
    c = read(page(label, TITLE, LEDE, BODY), url=url)
    assert c.headline == TITLE and rules(c)[label] == "capitals-label"


def test_a_headline_in_capitals_is_still_the_headline():
    c = read(page("FLOODS KILL 40", LEDE, BODY))
    assert c.headline == "FLOODS KILL 40"


def test_the_last_line_after_a_picture_credit_is_its_caption():
    caption = "A tree torn down by the wind in the school yard of the valley"
    c = read(page(TITLE, LEDE, BODY, "© Valley Herald/Jane Roe", caption))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "caption-after-credit"
    assert not c.excerpt


def test_a_cut_paragraph_after_a_caption_that_ends_on_its_credit_is_story():
    # the caption carries its credit ("… in 1997. Photo: Name"): the picture is done, and the
    # page's last paragraph, cut mid-sentence, is the story's
    credited = "A flooded street of Dunmore in 1997. Photo: Valley Archive"
    last = ("The example of the upstream town made the valley council prepare for the flood. "
            "Its mayor asked the residents to store drinking water, and the services began to")
    c = read(page(TITLE, LEDE, BODY, credited, last))
    assert story(c) == [LEDE, BODY, last] and credited in rules(c)


def test_a_story_line_after_a_credit_with_story_after_it_is_story():
    cross = "Rescue teams at work"
    c = read(page(TITLE, LEDE, "© Valley Herald/Jane Roe", cross, BODY))
    assert cross in story(c)


def test_a_newsletter_pitch_in_dutch_is_a_newsletter():
    line = "Ontvang onze wekelijkse nieuwsbrief om op de hoogte te blijven."
    c = read(page(TITLE, LEDE, BODY, line), language="nl")
    assert rules(c)[line] == "newsletter-pitch"


# --- the site's name written as its domain ------------------------------------------------------

URL_COM = "https://www.valleynews.com/news/floods-kill-40-in-the-valley/"


@pytest.mark.parametrize("bar", ["Floods kill 40 in the valley | ValleyNews.com",
                                 "ValleyNews.com > World > Floods kill 40 in the valley"])
def test_a_title_bar_or_trail_with_the_sites_domain_is_not_the_headline(bar):
    c = read(page(bar, TITLE, LEDE, BODY), url=URL_COM)
    assert c.headline == TITLE and story(c) == [LEDE, BODY] and bar in rules(c)


def test_a_trail_that_does_not_start_at_the_site_is_left_to_the_other_rules():
    line = "Lisbon > Madrid > Paris: the flood moved north in three days"
    c = read(page(TITLE, LEDE, line, BODY), url=URL_COM)
    assert "site-breadcrumb" not in rules(c).values()


# --- the site's name spelt by its host's initials ------------------------------------------------

@pytest.mark.parametrize(("banner", "url"), [
    ("COAST Press Agency", "https://en.cpagency.example/27431/"),       # initials + last word
    ("Coast Press Agency", "https://www.cpa.example/news/27431/"),      # every word's initial
])
def test_the_outlets_name_spelt_by_its_hosts_initials_is_not_the_headline(banner, url):
    c = read(page(banner, TITLE, LEDE, BODY), url=url)
    assert c.headline == TITLE and story(c) == [LEDE, BODY] and banner in rules(c)


@pytest.mark.parametrize(("title", "url"), [
    ("Flood Kills Hundreds", "https://www.fk.example/news/27431/"),      # two words: no acronym
    ("Coast Floods Again", "https://www.cpagency.example/news/27431/"),  # initials + other word
])
def test_a_headline_whose_initials_do_not_spell_the_host_is_the_headline(title, url):
    c = read(page(title, LEDE, BODY), url=url)
    assert c.headline == title

"""The cleaner on the shapes real pages have (issue 13), in invented snippets in several languages.

Every snippet is written by the project in the shape the issue describes (a crawl date glued to
the lede, a wire credit, a byline with a date, an embedded post, a reaction prompt…); no text of
a real page is copied. Each test also checks conservation: nothing is lost.
"""

from __future__ import annotations

import pytest

from generator.content.cleaner import CleanedText
from tests.conservation import page, read, story

LEDE = ("The death toll from the floods in the valley rose to 40 on Saturday, the regional "
        "health office said, as rescuers searched the river banks for the missing.")
BODY = ("Rescue teams reached the last cut-off village by boat on Sunday morning, and the army "
        "opened two shelters in the district school.")
MORE = "Officials said the water level had begun to fall but warned that more rain was expected."
URL = "https://www.valleynews.example/2023/11/04/death-toll-from-valley-floods-rises-to-40/"


def kinds(c: CleanedText) -> dict[str, str]:
    return {r.text: r.kind for r in c.removed}


# ---------------------------------------------------------------------------------------------
# The lede is never lost
# ---------------------------------------------------------------------------------------------

def test_a_page_without_a_headline_line_keeps_its_lede_and_takes_the_headline_from_the_url():
    c = read(page(LEDE, BODY), url=URL)
    assert story(c) == [LEDE, BODY]
    assert c.headline == "Death toll from valley floods rises to 40"
    assert c.headline_origin == "url" and c.headline_block is None


def test_a_headline_from_the_address_gets_its_case_and_accents_back_from_the_story():
    lede = ("A ponte de Ostral caiu esta tarde, e o presidente Tomás Velado pediu calma aos "
            "moradores, disse a câmara.")
    body = "Há feridos graves. Velado visitou o local à noite."
    url = ("https://www.noticias.example/pais/tomas-velado-pede-calma-aos-moradores-de-ostral-"
           "apos-queda-da-ponte/4411")
    c = read(page(lede, body), url=url)
    assert story(c) == [lede, body]
    assert c.headline == ("Tomás Velado pede calma aos moradores de Ostral apos queda da "
                          "ponte")  # "apos": a word the story does not write
    assert c.headline_origin == "url"


def test_a_uuid_and_a_dotted_section_are_no_words_of_the_headline():
    lede = ("Bei dem Unfall einer Bergbahn in Korvel sind nach Angaben der Polizei zwei Menschen "
            "verletzt worden.")
    url = ("https://www.zeitung.example/inhalt.bergbahn-unfall-in-korvel-zwei-verletzte."
           "3f0a9c21-5521-4803-9e7b-4d2c1a0b9e8f.html")
    c = read(page(lede, BODY), url=url)
    assert c.headline == "Bergbahn Unfall in Korvel zwei verletzte"
    url = ("https://www.bote.example/inhalt.bergbahn-in-korvel-entgleist-zwei-verletzte."
           "7c1e22b9-face-4d0e-a1b2-c3d4e5f60718.html")
    assert read(page(lede, BODY), url=url).headline == "Bergbahn in Korvel entgleist zwei verletzte"


def test_without_a_url_a_page_without_a_headline_has_none():
    c = read(page(LEDE, BODY))
    assert story(c) == [LEDE, BODY] and c.headline is None and c.headline_origin is None


def test_a_sidecar_headline_leaves_the_first_line_in_the_story():
    c = read(page(LEDE, BODY), headline="Floods kill 40 in the valley")
    assert story(c) == [LEDE, BODY]
    assert c.headline == "Floods kill 40 in the valley" and c.headline_origin == "sidecar"


def test_a_sidecar_headline_that_is_the_first_line_takes_it():
    c = read(page("Floods kill 40 in the valley", LEDE), headline="Floods Kill 40 in the Valley")
    assert story(c) == [LEDE] and c.headline_block is not None and c.headline_origin == "page"


def test_a_crawl_date_glued_to_the_lede_is_cut_off_and_never_a_publication_date():
    c = read(page(" date 2023-11-04 " + LEDE, BODY), url=URL)
    assert story(c) == [LEDE, BODY]
    assert kinds(c) == {"date 2023-11-04": "date-stamp"}
    assert c.removed[0].rule == "crawl-date" and c.date is None and c.removed[0].yields == ()


def test_a_bullet_date_above_the_headline_is_a_date_stamp():
    c = read(page("• Fri Dec 1 2023", "Floods kill 40 in the valley", LEDE))
    assert c.headline == "Floods kill 40 in the valley" and story(c) == [LEDE]
    assert kinds(c) == {"• Fri Dec 1 2023": "date-stamp"}


def test_a_kicker_above_the_headline_stays_story_when_the_address_names_the_headline():
    c = read(page("Floods in the valley", "Death toll from valley floods rises to 40", LEDE),
             url=URL)
    assert c.headline == "Death toll from valley floods rises to 40"
    assert story(c) == ["Floods in the valley", LEDE]


def test_a_caption_above_the_headline_is_removed():
    caption = "Rescuers carry a child across the flooded main street of the village on Friday."
    c = read(page(caption, "Death toll from valley floods rises to 40", LEDE, BODY), url=URL)
    assert c.headline == "Death toll from valley floods rises to 40"
    assert kinds(c) == {caption: "caption"} and story(c) == [LEDE, BODY]


def test_a_crosshead_opening_a_live_page_is_not_its_headline():
    c = read(page("What we know", "- " + LEDE, "- " + BODY), url=URL)
    assert story(c)[0] == "What we know" and c.headline_origin == "url"


@pytest.mark.parametrize("summary,language", [
    ("Two people were hurt. The fire was put out during the night", "en"),
    ("Três moradores ficaram feridos. O incêndio foi apagado de madrugada", "pt"),
])
def test_a_summary_of_sentences_that_shares_no_word_with_the_address_is_not_the_headline(
        summary, language):
    # the page lost its title: the standfirst at its top is the story's, and the address
    # (which names none of its words) gives the headline
    c = read(page(summary, LEDE, BODY), url=URL, language=language)
    assert story(c) == [summary, LEDE, BODY] and c.headline_origin == "url"


@pytest.mark.parametrize("crosshead,language", [
    ("Rescue in the valley goes on", "en"),
    ("Rettung im Tal geht weiter", "de"),
])
def test_no_line_under_a_standfirst_that_lost_its_title_is_the_headline(crosshead, language):
    # the lead's review of cleaning round 18 (its sealed pages lost one German story sentence
    # to this rule, found by scoring its commits one by one, aggregates only): the standfirst
    # refused, the next line that looked like a title and shared a word of the address (a
    # crosshead) was taken as the headline; a title is never printed under the standfirst
    summary = "Zwei Menschen wurden verletzt. Das Feuer war in der Nacht gelöscht" \
        if language == "de" else "Two people were hurt. The fire was put out during the night"
    c = read(page(summary, crosshead, LEDE, BODY), url=URL, language=language)
    assert story(c) == [summary, crosshead, LEDE, BODY] and c.headline_origin == "url"


def test_a_title_over_a_standfirst_without_its_stop_and_prose_is_the_headline():
    # the address has no words (a number): the title is known by the story under it, a
    # standfirst too long for a title printed without its final stop, then prose
    title = "Bus overturns near Valdemora, five dead and 17 hurt"
    standfirst = ("For reasons still unknown the driver lost control and the coach rolled over "
                  "on a straight stretch of the valley road before dawn")
    c = read(page(title, standfirst, LEDE, BODY),
              url="https://www.valleynews.example/2005/01/02/1104657418_850215.html")
    assert c.headline == title and c.headline_origin == "page"
    assert story(c) == [standfirst, LEDE, BODY]


@pytest.mark.parametrize("label", ["Valley", "Valley, Lembara"])
def test_a_place_naming_one_word_of_a_longer_address_is_not_the_headline(label):
    # a place or a section over the lede: it names one word of the address, no title does so
    c = read(page(label, LEDE, BODY), url=URL)
    assert c.headline == "Death toll from valley floods rises to 40"
    assert c.headline_origin == "url" and story(c)[-2:] == [LEDE, BODY]


def test_the_title_over_a_standfirst_of_sentences_that_shares_more_of_the_address_wins():
    # the standfirst repeats the address' words more closely than the title: still the title
    title = "Death toll from the floods in the valley rises"
    standfirst = "Valley floods: death toll rises to 40. Rescuers still search"
    c = read(page(title, "4 November 2023, 10:15", standfirst, LEDE, BODY), url=URL)
    assert c.headline == title and c.headline_origin == "page"
    assert story(c) == [standfirst, LEDE, BODY]


def test_the_title_between_a_teaser_of_the_lede_and_the_lede_is_the_headline():
    # the page prints the opening of the story above the title and the story under it
    teaser = LEDE + " " + MORE
    title = "Death toll from valley floods rises to 40, shelters open"
    c = read(page(teaser, title, LEDE, BODY), url=URL)
    assert c.headline == title and c.headline_origin == "page"
    assert story(c)[-2:] == [LEDE, BODY]


def test_the_site_name_above_the_headline_is_a_title_bar():
    c = read(page("Valley News", "Floods kill 40 in the valley", LEDE), url=URL)
    assert c.headline == "Floods kill 40 in the valley" and kinds(c) == {"Valley News": "title-bar"}


@pytest.mark.parametrize("bar", ["Valley News |", "Saturday November 4, 2023, 08:18:21 PM |"])
def test_page_title_bars_are_removed(bar):
    c = read(page(bar, "Floods kill 40 in the valley", LEDE))
    assert c.headline == "Floods kill 40 in the valley" and story(c) == [LEDE]
    assert set(kinds(c)) == {bar} or set(kinds(c)) == {bar.rstrip(" |"), "|"}


# ---------------------------------------------------------------------------------------------
# Furniture inside and after the story
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("Photo: Valley Rescue Service", "caption"),
    ("Foto: dpa", "caption"),
    ("A boat crosses the flooded square (Jane Roe/Valley News)", "caption"),
    ("The rescue in the morning. Video courtesy of @valleyrescue via X.", "caption"),
    ("{{#rendered}}", "template"),
    ("![]() ![]() ![]()", "template"),
    ("1,234 views", "counter"),
    ("१२३४ पटक पढिएको", "counter"),
    ("How are you feeling after reading this ?", "reaction-prompt"),
    ("यो खबर पढेर तपाईंलाई कस्तो महसुस भयो ?", "reaction-prompt"),
    ("—PTI", "credit"),
    ("IANS", "credit"),
    ("Associated Press", "credit"),
    ("Lesen Sie auch:", "related-links"),
    ("관련기사", "related-links"),
    ("Continua a leggere", "truncation-notice"),
    ("Partager sur Facebook", "share-links"),
    ("Print Friendly, PDF & Email", "share-links"),
    ("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "consent-banner"),
    ("Anzeige", "advertisement"),
    ("Tous droits réservés", "copyright"),
    ("Schlagwörter: Hochwasser, Tal", "tag-list"),
])
def test_furniture_lines_in_any_language(line, kind):
    c = read(page("Floods kill 40 in the valley", LEDE, line, BODY))
    assert kinds(c) == {line: kind}, kinds(c)
    assert story(c) == [LEDE, BODY]


def test_a_more_must_reads_list_is_related_links():
    c = read(page("Floods kill 40 in the valley", LEDE, BODY, "More Must-Reads",
                  "Bridge reopens after two years", "Council approves the new budget"))
    assert story(c) == [LEDE, BODY]
    assert set(kinds(c).values()) == {"related-links"}


def test_an_embedded_post_and_its_attribution_line_are_removed():
    post = "The river is higher than I have ever seen it #valleyflood pic.twitter.com/AbC123"
    c = read(page("Floods kill 40 in the valley", LEDE, post,
                  "— Jane Roe (@janeroe) November 4, 2023", BODY))
    assert story(c) == [LEDE, BODY]
    assert set(kinds(c).values()) == {"embed"}


def test_wire_credits_become_via():
    for credit, via in [("—PTI", "PTI"), ("(MENAFN- Gulf Times)", "Gulf Times"),
                        ("Associated Press", "Associated Press"), ("Quelle: dpa", "dpa")]:
        c = read(page("Floods kill 40 in the valley", LEDE, BODY, credit))
        assert story(c) == [LEDE, BODY] and c.via == via, (credit, c.via)


def test_a_syndication_prefix_on_the_lede_is_cut_off_and_becomes_via():
    c = read(page("Floods kill 40 in the valley", "(MENAFN- Gulf Times) " + LEDE))
    assert story(c) == [LEDE] and c.via == "Gulf Times"


def test_a_credit_after_the_last_sentence_is_cut_off():
    c = read(page("Floods kill 40 in the valley", LEDE, MORE + " [Reuters/AP]"))
    assert story(c) == [LEDE, MORE] and kinds(c) == {"[Reuters/AP]": "credit"}


def test_first_appeared_on_becomes_via():
    line = "The post Floods kill 40 in the valley first appeared on Valley News."
    c = read(page("Floods kill 40 in the valley", LEDE, line))
    assert story(c) == [LEDE] and c.via == "Valley News"


def test_a_byline_with_a_date_gives_the_author():
    c = read(page("Floods kill 40 in the valley", "Staff Reporter Nov 04, 2023", LEDE))
    assert c.author == "Staff Reporter" and story(c) == [LEDE]
    assert kinds(c) == {"Staff Reporter Nov 04, 2023": "byline"}


@pytest.mark.parametrize("line", ["Von Anna Berger", "Par Claire Martin", "Por Ana López"])
def test_bylines_in_other_languages(line):
    c = read(page("Floods kill 40 in the valley", line, LEDE))
    assert c.author == line.split(" ", 1)[1] and story(c) == [LEDE]


def test_inline_page_metadata_is_cut_out_of_the_headline_line():
    line = ("Hochwasser im Tal: 40 Tote vor 7 Stunden < > Embed Quelle: dpa - Länge: 00:53s - "
            "Veröffentlicht: " + "Im Tal sind nach dem Hochwasser 40 Menschen gestorben, wie die "
            "Behörden am Samstag mitteilten.")
    c = read(line + "\n", url="https://example.de/video/hochwasser-im-tal-40-tote.htm",
             language="de")
    assert c.headline == "Hochwasser im Tal: 40 Tote"
    assert story(c) == ["Im Tal sind nach dem Hochwasser 40 Menschen gestorben, wie die Behörden "
                        "am Samstag mitteilten."]
    assert c.via == "dpa" and len(c.removed) == 5


def test_short_title_like_lines_after_the_story_are_furniture_but_a_cut_fragment_is_story():
    c = read(page("Floods kill 40 in the valley", LEDE, BODY, "Valley Weather Rescue"))
    assert story(c) == [LEDE, BODY] and kinds(c) == {"Valley Weather Rescue": "tag-list"}
    c = read(page("Floods kill 40 in the valley", LEDE, BODY, "With the help of"))
    assert story(c) == [LEDE, BODY, "With the help of"] and c.excerpt


def test_crossheads_inside_the_story_stay():
    c = read(page("Floods kill 40 in the valley", LEDE, "Shelters open", BODY, "What comes next",
                  MORE))
    assert story(c) == [LEDE, "Shelters open", BODY, "What comes next", MORE]


def test_an_image_text_printed_twice_is_a_caption():
    alt = "Rescue boat on the flooded main street"
    c = read(page("Floods kill 40 in the valley", alt, alt, LEDE))
    assert story(c) == [LEDE] and kinds(c) == {alt: "caption"} and len(c.removed) == 2


def test_a_story_sentence_printed_twice_stays():
    c = read(page("Floods kill 40 in the valley", LEDE, MORE, MORE))
    assert story(c) == [LEDE, MORE, MORE]


def test_lines_an_outlet_repeats_are_furniture_only_outside_the_story():
    repeated = frozenset({"valley news your news every day", "shelters open"})
    c = read(page("Floods kill 40 in the valley", LEDE, "Shelters open", BODY,
                  "Valley News your news every day"), repeated=repeated)
    assert story(c) == [LEDE, "Shelters open", BODY]
    assert kinds(c) == {"Valley News your news every day": "repeated"}


# ---------------------------------------------------------------------------------------------
# Reader comments by their structure (issue 19)
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Have your say", "What readers say", "Reader reactions",
                                     "Disqus Comments", "Kommentare", "Commentaires (3)", "댓글"])
def test_comment_sections_by_heading(heading):
    c = read(page("Floods kill 40 in the valley", LEDE, BODY, heading,
                  "Jane D. · 2 hours ago", "My cousin lives there, stay safe everyone."))
    assert story(c) == [LEDE, BODY]
    assert set(kinds(c).values()) == {"comments"}


@pytest.mark.parametrize("heading", ["Conversation", "Reactions", "Discussion"])
def test_a_weak_comment_heading_needs_comment_structure_after_it(heading):
    c = read(page("Floods kill 40 in the valley", LEDE, heading, BODY, MORE))
    assert story(c) == [LEDE, heading, BODY, MORE]
    c = read(page("Floods kill 40 in the valley", LEDE, BODY, heading, "Jane D. · 2 hours ago",
                  "Stay safe everyone."))
    assert story(c) == [LEDE, BODY] and set(kinds(c).values()) == {"comments"}


@pytest.mark.parametrize("stamp", ["Jane D. · 2 hours ago", "Piotr K. · 3 godziny temu",
                                   "Anna B. · vor 5 Minuten", "Marie L. · il y a 2 jours"])
def test_commenter_lines_with_a_relative_time_start_the_comments(stamp):
    c = read(page("Floods kill 40 in the valley", LEDE, BODY, stamp, "Terrible news."))
    assert story(c) == [LEDE, BODY] and set(kinds(c).values()) == {"comments"}


# ---------------------------------------------------------------------------------------------
# Excerpts
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("last,reason", [
    ("Rescue teams reached the last cut-off village by boat on Sunday and the telecommunica",
     "mid-sentence"),
    ("Rescue teams reached the last cut-off village by boat on Sunday and", "mid-sentence"),
    ("Rescue teams reached the last cut-off village…", "…"),
])
def test_copy_cut_mid_word_or_sentence_is_an_excerpt(last, reason):
    c = read(page("Floods kill 40 in the valley", LEDE, last))
    assert c.excerpt and reason in c.excerpt_reason
    assert story(c) == [LEDE, last]


@pytest.mark.parametrize("last", [MORE, "“We will rebuild,” the mayor said.",
                                  "»Wir bauen wieder auf«", "(Editor's note: updated on Sunday)",
                                  "काठमाडौंमा बिहीबार राति भारी वर्षा भयो।"])
def test_complete_copy_is_not_an_excerpt(last):
    assert not read(page("Floods kill 40 in the valley", LEDE, last)).excerpt


def test_a_paywall_makes_an_excerpt():
    c = read(page("Floods kill 40 in the valley", LEDE, "Réservé aux abonnés"))
    assert c.excerpt and kinds(c) == {"Réservé aux abonnés": "paywall"}

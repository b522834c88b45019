"""Furniture left in the story of used-up sealed and fresh pages (cleaning round 23, issue 13),
in invented pages of the same shapes; beside each mend, the nearest story shape stays story.
Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

# --- a cut last paragraph after a picture's credit is story, not the picture's caption ---------


@pytest.mark.parametrize("credit", ["(Image: Reuters)", "© Valley Herald/Jane Roe"])
def test_a_cut_last_paragraph_of_whole_sentences_after_a_credit_is_story(credit):
    last = ("Pictures showed the damage along the river with boats left on the roads. Repair "
            "work is going on across the valley and more than 800 volunteers h")
    c = read(page(TITLE, LEDE, BODY, credit, last))
    assert last in story(c) and c.excerpt


def test_a_caption_of_one_phrase_after_its_credit_still_goes():
    caption = "Boats left on the roads of the valley town after the water fell"
    c = read(page(TITLE, LEDE, BODY, "(Image: Reuters)", caption))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "caption-after-credit"


# --- a dateline glued to the lede's first word --------------------------------------------------

GLUED_REST = ("At least 41 people died and 90 were hurt when the river broke its banks in "
              "the night, the regional office said.")
#: The same page in German and in Spanish: a headline, the lede after its glued dateline, a body.
PAGES = {
    "de": ("Hochwasser im Tal: 41 Tote",
           "Die Zahl der Toten im Tal ist auf 41 gestiegen, teilte das Amt am Abend mit.",
           "Die Helfer suchten bis in die Nacht am Ufer der Kelm nach weiteren Vermissten, und "
           "die Schulen blieben am Montag geschlossen."),
    "es": ("Las inundaciones dejan 41 muertos en el valle",
           "Al menos 41 personas murieron en la crecida del río durante la noche, dijo el "
           "gobierno regional.",
           "Los equipos de rescate llegaron en barca al último pueblo aislado el domingo por la "
           "mañana, y el ejército abrió dos albergues en la escuela."),
}


@pytest.mark.parametrize("city", ["Dunmore", "Port Sarel"])
def test_a_dateline_glued_to_the_ledes_first_word_is_cut_off(city):
    c = read(page(TITLE, city + GLUED_REST, BODY))
    assert story(c) == [GLUED_REST, BODY]
    assert rules(c)[city] == "glued-dateline" and c.dateline == city


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_glued_dateline_is_cut_off_in_other_languages(language):
    title, rest, body = PAGES[language]
    c = read(page(title, "Verlo" + rest, body), language=language)
    assert story(c) == [rest, body] and c.dateline == "Verlo"


@pytest.mark.parametrize("lede", [
    # a name with a capital inside it opening the lede
    "McArthur said at least 41 people died when the river broke its banks in the night.",
    "DeSantis said at least 41 people died when the river broke its banks in the night.",
    "MacLean Fire Service said 41 people died when the river broke its banks overnight.",
    # a sentence opening with a place name, spaced as it should be
    "Dunmore At least was the town's motto before the river broke its banks in the night.",
    "Dunmore is where at least 41 people died when the river broke its banks in the night.",
])
def test_a_lede_opening_with_a_name_or_a_place_stays_whole(lede):
    c = read(page(TITLE, lede, BODY))
    assert story(c) == [lede, BODY] and not c.dateline


def test_a_name_with_a_stop_word_inside_it_that_comes_back_stays_whole():
    lede = "LinkedIn said at least 41 of its staff in the valley were cut off by the water."
    body = "LinkedIn opened its office in the school hall until the roads are clear again."
    c = read(page(TITLE, lede, body))
    assert story(c) == [lede, body] and not c.dateline


def test_a_glued_word_without_a_paragraph_after_it_is_not_a_dateline():
    line = "HomeAbout us"
    c = read(page(TITLE, LEDE, line, BODY))
    assert "glued-dateline" not in rules(c).values()


# --- a headline read from the address, given back the page's spelling -------------------------

DE_STORY = ("In der Nacht kam es im Tal zu einem schweren Unglück. Die Überschwemmung erreichte "
            "am Morgen auch die Altstadt von Verlo, sagte der Bürgermeister.")


def test_a_compound_of_the_address_takes_back_the_umlaut_its_last_word_has_on_the_page():
    from generator.content.headline_address import url_headline
    url = "https://www.example.de/panorama/hochwasser-tal-flussueberschwemmung-1.5675532"
    assert url_headline(url, DE_STORY) == "Hochwasser Tal Flussüberschwemmung"


@pytest.mark.parametrize("slug, word", [
    # a compound whose tail the page writes without an accent is left as the address has it
    ("hochwasser-tal-stadtfeuerwehr", "stadtfeuerwehr"),
    # a compound whose tail the page never writes is not guessed
    ("hochwasser-tal-deichbruecke", "deichbruecke"),
])
def test_an_address_word_the_page_does_not_spell_stays_as_the_address_writes_it(slug, word):
    from generator.content.headline_address import url_headline
    story_words = "Die Feuerwehr kam am Morgen mit einem neuen Boot in das Tal."
    assert word in url_headline(f"https://www.example.de/panorama/{slug}", story_words).split()


# --- an embedded post's text above its picture link and sign-off --------------------------------

SIGN_OFF = "pic.twitter.com/AbC123xYz — Dale Rowe (@dalerowe_77) May 4, 2025"


def test_the_post_text_above_a_line_of_its_picture_link_and_sign_off_is_the_post():
    post = "Boat rescue on the main road of the valley this morning #floods #valley"
    c = read(page(TITLE, LEDE, post, SIGN_OFF, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[post] == "embed-text"


def test_a_story_paragraph_above_a_whole_post_on_one_line_stays():
    whole = "Boat rescue on the main road #floods " + SIGN_OFF
    c = read(page(TITLE, LEDE, BODY, whole))
    assert story(c) == [LEDE, BODY] and rules(c)[whole] == "embed-link"


def test_a_story_paragraph_above_a_post_of_a_picture_alone_stays():
    c = read(page(TITLE, LEDE, BODY, SIGN_OFF))
    assert story(c) == [LEDE, BODY] and rules(c)[SIGN_OFF] == "embed-link"


def test_a_short_story_line_without_a_full_stop_above_a_picture_post_stays():
    line = "Rescue teams at work on the main road of the valley"
    c = read(page(TITLE, LEDE, line, SIGN_OFF, BODY))
    assert line in story(c)


# --- a word processor's form marker left between paragraphs -------------------------------------

@pytest.mark.parametrize("marker", ["Bottom of Form", "Top of Form", "أسفل النموذج",
                                    "Formularende", "Bas du formulaire"])
def test_a_form_marker_between_story_paragraphs_is_chrome(marker):
    c = read(page(TITLE, LEDE, marker, BODY))
    assert story(c) == [LEDE, BODY] and marker in rules(c)


def test_a_story_line_naming_a_form_stays():
    line = "The bottom of the form asks for the name of the missing relative."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c)


# --- a tab's label glued after the title --------------------------------------------------------

GLUED_URL = "https://news.example.org/index.php/more/item/51234-storms-cross-the-valley-again"


def test_a_navigation_label_glued_after_the_title_is_cut_off():
    title = "Storms cross the valley again"
    c = read(page(title + " Featured", LEDE, BODY), url=GLUED_URL)
    assert c.headline == title and rules(c).get("Featured") == "glued-section"
    assert story(c) == [LEDE, BODY]


@pytest.mark.parametrize("line", ["Storms cross the valley again Tonight",
                                  "Storms cross the valley again Twice"])
def test_a_word_after_the_title_that_is_no_label_stays_with_it(line):
    c = read(page(line, LEDE, BODY), url=GLUED_URL)
    assert c.headline == line


# --- a section's name after the story is no source of it ---------------------------------------

SECTION_URL = "https://www.example.com/world/valleytalk/storms-cross-the-valley/2025/05/04/id/12/"


def test_a_section_named_in_the_address_after_the_story_is_not_its_source():
    c = read(page(TITLE, LEDE, BODY, "ValleyTalk"), url=SECTION_URL)
    assert story(c) == [LEDE, BODY] and "ValleyTalk" in rules(c) and c.via is None


def test_an_agency_after_the_story_is_still_its_source():
    c = read(page(TITLE, LEDE, BODY, "Reuters"), url=SECTION_URL)
    assert story(c) == [LEDE, BODY] and c.via == "Reuters"


# --- a section's name of two words under the headline --------------------------------------------

def test_a_two_word_section_name_between_the_headline_and_the_lede_goes():
    c = read(page(TITLE, "World News", LEDE, BODY))
    assert story(c) == [LEDE, BODY] and "World News" in rules(c)


def test_a_lede_opening_with_the_section_words_stays():
    lede = "World News Corp said on Sunday that 40 people died in the valley floods overnight."
    c = read(page(TITLE, lede, BODY))
    assert story(c) == [lede, BODY]


# --- a dateline whose country's name has "of" in it ---------------------------------------------

def test_a_dateline_with_a_country_of_several_words_is_read():
    from generator.text.datelines import read_dateline
    opening = "PORTVILLE, Democratic Republic of Calderia (Reuters) -The terminal closed."
    found = read_dateline(opening)
    assert found is not None and found.agency == "Reuters"
    assert found.city == "PORTVILLE, Democratic Republic of Calderia"
    assert opening[found.end:].startswith("The terminal")


def test_a_name_with_of_before_a_bracket_is_still_no_dateline():
    from generator.text.datelines import read_dateline
    assert read_dateline("Friends of Verlo (FoV) – which runs the shelter – opened a hall.") is None

"""Furniture other than captions on the five spent sets (spfur10, issue 13): each shape a rule
removes was seen on two sites of two sets; each test sets it beside a near shape that must stay
story. All sentences are invented (other places, names and numbers than any stored page)."""

from __future__ import annotations

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

FR_TITLE = "Crue soudaine dans la vallée de la Sorne"
FR_BODY = ("Les pompiers ont évacué une quarantaine d'habitants pendant la nuit, a précisé la "
           "préfecture, et deux routes restent fermées.")


# ---- a cut copy of the lede under the headline is the standfirst (s33: a rule cost story)

def test_the_ledes_opening_cut_with_an_ellipsis_under_the_headline_is_the_standfirst():
    summary = " ".join(LEDE.split()[:12]) + " ..."
    c = read(page(TITLE, summary, "Posted: March 3, 2031 8:15 AM", LEDE, BODY))
    assert summary in story(c) and LEDE in story(c), rules(c)


def test_the_ledes_opening_cut_with_an_ellipsis_below_the_story_stays_furniture():
    summary = " ".join(LEDE.split()[:12]) + " ..."
    c = read(page(TITLE, LEDE, BODY, summary))
    assert story(c) == [LEDE, BODY] and rules(c) == {summary: "teaser-echo"}


# ---- an agency's name after the page's last sentence (s34, pool36: two sites)

def test_an_agency_in_lower_case_after_the_last_sentence_is_a_credit():
    last = ("Die Bergwacht suchte am Abend noch nach einem vermissten Kletterer aus Lindau, "
            "teilte die Polizei mit.")
    c = read(page("Unwetter am Hochgrat", "Ein Blitz hat am Samstag drei Wanderer am Hochgrat "
                  "verletzt, einer von ihnen schwer, wie die Polizei mitteilte.", last + " dpa"),
             language="de")
    assert rules(c).get("dpa") == "signature-tail"
    assert story(c)[-1] == last


def test_an_agencys_joined_name_after_the_last_sentence_is_a_credit():
    last = "A review of every levee on the river will begin next month, the county said."
    c = read(page(TITLE, LEDE, last + " RiverPress."))
    assert rules(c).get("RiverPress.") == "signature-tail"
    assert story(c)[-1] == last


def test_a_capitalised_first_word_of_a_cut_sentence_stays_story():
    last = "The county opened two shelters in the school gyms on Sunday. Ana"
    c = read(page(TITLE, LEDE, last))
    assert last in story(c), rules(c)


# ---- the site's name with its article and its web edition's word where a writer's stands
# (spent s30; the rule's shape was seen on two sites before: s31 and pool36)

COURIER = "https://www.valleycourier.example/news/floods-kill-40"


def test_the_sites_name_with_its_edition_word_under_the_headline_is_a_byline():
    c = read(page(COURIER, TITLE, "The Valley Courier Online", LEDE, BODY))
    assert rules(c).get("The Valley Courier Online") == "site-as-writer"
    assert story(c) == [LEDE, BODY]


def test_a_crosshead_naming_the_site_with_its_article_but_no_edition_word_stays_story():
    crosshead = "The Valley Courier"  # the words of a story's crosshead as well as a name
    c = read(page(COURIER, TITLE, LEDE, crosshead, BODY))
    assert crosshead in story(c), rules(c)


# ---- the lone buttons of a comment area and of a share or follow bar (spent s30 and s34, with
# pool37's French buttons held on spfur7-held: two sites each)

FR_LEDE = ("Un orage a blessé six randonneurs samedi après-midi sur les crêtes du Jura, au-dessus "
           "de Saint-Cergue, a indiqué la police cantonale.")


def test_a_comment_forms_button_for_a_new_comment_closes_the_story():
    c = read(page(FR_TITLE, FR_LEDE, FR_BODY, "Publier un nouveau commentaire", "Contribuer"),
             language="fr")
    assert story(c) == [FR_LEDE, FR_BODY]
    assert set(rules(c)) >= {"Publier un nouveau commentaire", "Contribuer"}


def test_a_sentence_about_a_comment_stays_story():
    line = ("Le maire a refusé de publier un nouveau commentaire sur l'orage avant la fin de "
            "l'enquête, a-t-il dit.")
    c = read(page(FR_TITLE, FR_LEDE, line, FR_BODY), language="fr")
    assert line in story(c), rules(c)


def test_a_bars_lone_buttons_are_share_links():
    c = read(page(TITLE, "Click to follow", LEDE, BODY))
    assert rules(c).get("Click to follow") == "share-buttons" and story(c) == [LEDE, BODY]
    c = read(page(FR_TITLE, FR_LEDE, FR_BODY, "Réutiliser ce contenu"), language="fr")
    assert rules(c).get("Réutiliser ce contenu") == "share-buttons"


def test_a_sentence_asking_to_follow_stays_story():
    line = "Click to follow the river levels, the county told residents in a text message."
    c = read(page(TITLE, LEDE, line, BODY))
    assert line in story(c), rules(c)


# ---- a page cut in a word of the furniture after the story (spent s34, pool36)

def _cut_page(parts: list[str], tail: str, size: int = 1000) -> str:
    """The page of ``parts`` and ``tail``, cut inside a word of the tail at ``size`` bytes after
    its address line, as a scraper cuts a page (the tail is shifted by a few spaces until the
    cut falls between two letters)."""
    address = "https://www.valleycourier.example/news/floods-kill-40\n"
    for shift in range(12):
        body = "\n\n".join(parts + [" " * shift + tail])
        data = body.encode()
        assert len(data) > size
        if chr(data[size - 1]).isalpha() and chr(data[size]).isalpha():
            return address + data[:size].decode()
    raise AssertionError("no cut between two letters")


def test_a_page_cut_in_a_word_of_its_comment_form_is_an_excerpt():
    form = ("We invite you to share your view here and to sign with your full name, which makes "
            "the discussion more open and more useful to every reader of the site. ") * 8
    c = read(_cut_page([TITLE, LEDE, BODY, "Comments"], form))
    assert c.excerpt, [r.rule for r in c.removed]


def test_a_whole_page_ending_on_furniture_is_no_excerpt():
    body = "\n\n".join([TITLE, LEDE, BODY, "Comments", "Be the first to comment"])
    c = read("https://www.valleycourier.example/news/floods-kill-40\n" + body + "\n")
    assert not c.excerpt


# ---- a section's label in lower case or in capitals glued before the title by a spaced colon
# or a bullet (spent s30 and s33)

def test_a_lower_case_label_before_a_spaced_colon_is_cut_off_the_title():
    title = "Sturm deckt Turnhalle ab"
    lede = ("Ein Sturm hat am Dienstag das Dach einer Turnhalle in Wangen abgedeckt, verletzt "
            "wurde nach Angaben der Feuerwehr niemand.")
    c = read(page("kurz gemeldet : " + title, lede), language="de")
    assert c.headline == title and rules(c).get("kurz gemeldet :") == "section-prefix"


def test_a_label_in_capitals_glued_by_a_bullet_is_cut_off_the_teaser():
    teaser = ("Trois ingénieurs examineront mardi le câble du téléphérique de Verbier avant sa "
              "réouverture prévue en juin.")
    c = read(page(FR_TITLE, "MONTAGNE•" + teaser, FR_BODY), language="fr")
    assert rules(c).get("MONTAGNE•") == "section-prefix" and teaser in story(c)


def test_a_capitalised_place_before_a_colon_stays_the_titles():
    title = "Suisse : six randonneurs blessés par la foudre dans le Jura"
    c = read(page(title, FR_LEDE, FR_BODY), language="fr")
    assert c.headline == title, rules(c)

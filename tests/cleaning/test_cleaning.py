"""Unit tests for generator.content.cleaning on small invented snippets (invented names)."""

from __future__ import annotations

import dataclasses

import pytest

from generator.content.cleaner import (
    KINDS,
    Block,
    CleanedText,
    clean_blocks,
    clean_text,
    split_blocks,
)

HEADLINE = "Harbour authority closes the old ferry terminal after storm damage"
P1 = ("The harbour authority closed the old ferry terminal on Tuesday after a storm tore away part "
      "of its roof, a spokeswoman said.")
P2 = ("Engineers will inspect the pier this week, and the authority expects ferries to use the new "
      "terminal until repairs are finished.")
P3 = "Local traders said the closure would hurt business during the busy summer months."


def page(*parts: str) -> str:
    """Join paragraphs with blank lines, as most scraped pages are laid out."""
    return "\n\n".join(parts) + "\n"


def story_texts(c: CleanedText) -> list[str]:
    return [b.text for b in c.paragraphs]


def removed_kinds(c: CleanedText) -> dict[str, str]:
    return {r.text: r.kind for r in c.removed}


def assert_nothing_lost(text: str, c: CleanedText) -> None:
    """Every non-blank source line is in the headline, a story paragraph or a removed block."""
    pieces = [c.headline or ""] + story_texts(c) + [r.text for r in c.removed]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            assert any(line.strip() in p for p in pieces), line
    assert all(r.kind in KINDS for r in c.removed)
    lines = [r.line for r in c.removed]
    assert lines == sorted(lines)


# ---------------------------------------------------------------------------------------------
# split_blocks
# ---------------------------------------------------------------------------------------------

def test_blank_lines_separate_paragraphs_and_give_line_numbers():
    blocks = split_blocks("Title here\n\nFirst paragraph.\n\n\nSecond paragraph.\n")
    assert blocks == [Block("Title here", 1), Block("First paragraph.", 3),
                      Block("Second paragraph.", 6)]


def test_single_newline_separates_paragraphs():
    blocks = split_blocks("The council met on Monday.\n“We will rebuild,” the mayor said.\n")
    assert [b.text for b in blocks] == ["The council met on Monday.",
                                        "“We will rebuild,” the mayor said."]
    assert [b.line for b in blocks] == [1, 2]


def test_hard_wrapped_lines_are_joined():
    text = "The ferry service will resume\nnext week, the operator said, once\ninspections end.\n"
    blocks = split_blocks(text)
    assert blocks == [Block("The ferry service will resume next week, the operator said, once "
                            "inspections end.", 1)]


def test_headline_followed_by_capitalised_line_is_not_joined():
    blocks = split_blocks("Ferry terminal closes\nThe harbour authority acted on Tuesday.\n")
    assert len(blocks) == 2


def test_line_ending_a_sentence_is_not_joined_even_before_lower_case():
    blocks = split_blocks("He left.\nthen the lights went out.\n")
    assert len(blocks) == 2


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_are_normalised(newline):
    text = newline.join(["Title here", "", "First paragraph.", "Second line.", "", "End."])
    blocks = split_blocks(text)
    assert blocks == [Block("Title here", 1), Block("First paragraph.", 3),
                      Block("Second line.", 4), Block("End.", 6)]
    assert all("\r" not in b.text for b in blocks)


def test_whitespace_only_lines_are_blank_and_edges_are_stripped():
    blocks = split_blocks("   Indented  title \n \t \n  body  text here.  \n")
    assert blocks == [Block("Indented  title", 1), Block("body  text here.", 3)]


def test_empty_text():
    assert split_blocks("") == []
    c = clean_text("")
    assert c.headline is None and c.paragraphs == () and c.removed == () and not c.excerpt


# ---------------------------------------------------------------------------------------------
# headline and plain story
# ---------------------------------------------------------------------------------------------

def test_plain_story_keeps_everything():
    text = page(HEADLINE, P1, P2, P3)
    c = clean_text(text)
    assert c.headline == HEADLINE and c.headline_line == 1
    assert story_texts(c) == [P1, P2, P3]
    assert c.removed == ()
    assert (c.author, c.via, c.dateline, c.excerpt, c.excerpt_reason) == (
        None, None, None, False, None)


def test_short_story_paragraphs_are_kept():
    text = page(HEADLINE, P1, "Nobody was hurt.", "He declined to comment.", P2)
    c = clean_text(text)
    assert story_texts(c) == [P1, "Nobody was hurt.", "He declined to comment.", P2]


def test_find_headline_false_keeps_first_block_as_story():
    c = clean_blocks(split_blocks(page(P1, P2)), find_headline=False)
    assert c.headline is None and story_texts(c) == [P1, P2]


def test_long_first_block_is_not_a_headline():
    c = clean_text(page(P1 + " " + P2, P3))
    assert c.headline is None
    assert len(c.paragraphs) == 2


def test_result_is_frozen():
    c = clean_text(page(HEADLINE, P1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.headline = "x"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# consent banners
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("banner", [
    "This site uses cookies to give you a better experience. By browsing on you agree to this.",
    "We use cookies and similar tools to measure how our pages are read.",
    "We value your privacy. We and our partners use technologies to personalise what you see.",
    "Accept all",
    "Manage preferences",
])
def test_consent_banner_is_removed(banner):
    text = page(banner, HEADLINE, P1, P2)
    c = clean_text(text)
    assert removed_kinds(c) == {banner: "consent-banner"}
    assert c.headline == HEADLINE and story_texts(c) == [P1, P2]


def test_story_mentioning_cookies_in_passing_is_kept():
    sentence = ("The bakery sold cookies to the stranded passengers, and the regulator said "
                "websites must ask before storing cookies on a visitor's computer.")
    c = clean_text(page(HEADLINE, P1, sentence))
    assert story_texts(c) == [P1, sentence]


# ---------------------------------------------------------------------------------------------
# comment forms and reader comments
# ---------------------------------------------------------------------------------------------

def test_comment_form_is_removed():
    form = ["Leave a comment", "Your email will not be published. Fields marked * are required.",
            "Comment *", "Name *", "Email *", "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment"]
    text = page(HEADLINE, P1, P2, *form)
    c = clean_text(text)
    assert story_texts(c) == [P1, P2]
    assert set(removed_kinds(c).values()) == {"comment-form"}
    assert_nothing_lost(text, c)


def test_reader_comments_section_runs_to_the_end():
    comments = ["3 Comments", "• harbourfan says:", "About time they fixed it.",
                "• m_okafor says:",
                "The new terminal is much further from the bus station, which nobody mentions."]
    text = page(HEADLINE, P1, P2, *comments)
    c = clean_text(text)
    assert story_texts(c) == [P1, P2]
    assert set(removed_kinds(c).values()) == {"comments"}
    assert_nothing_lost(text, c)


@pytest.mark.parametrize("count", ["Comments (4)", "14 thoughts on “Ferry terminal closes”",
                                   "2 Responses", "No Comments", "Join the discussion"])
def test_comment_count_lines(count):
    text = page(HEADLINE, P1, count, "What a shame, I loved that old building.")
    c = clean_text(text)
    assert story_texts(c) == [P1]
    assert set(removed_kinds(c).values()) == {"comments"}


def test_comment_header_with_timestamp_starts_comments():
    text = page(HEADLINE, P1, "Pat Lee says:", "August 31, 2017 at 3:21 pm",
                "I took that ferry every day for years.")
    c = clean_text(text)
    assert story_texts(c) == [P1]
    assert {r.kind for r in c.removed} == {"comments"}


def test_comment_count_under_headline_does_not_swallow_the_story():
    text = page(HEADLINE, "5 Comments", P1, P2)
    c = clean_text(text)
    assert story_texts(c) == [P1, P2]
    assert removed_kinds(c) == {"5 Comments": "comments"}


def test_story_line_introducing_a_quote_is_not_a_comment():
    intro = "The harbour master says:"
    quote = "“We had no choice but to close the building before the next storm arrives.”"
    c = clean_text(page(HEADLINE, P1, intro, quote, P2))
    assert story_texts(c) == [P1, intro, quote, P2]


def test_categories_after_comments_are_a_category_list():
    text = page(HEADLINE, P1, "1 Comment", "• dockworker says:", "Good riddance to that roof!",
                "Transport", "Weather", "Coastal towns", "Harbours")
    c = clean_text(text)
    kinds = removed_kinds(c)
    assert kinds["Good riddance to that roof!"] == "comments"
    assert [kinds[t] for t in ("Transport", "Weather", "Coastal towns", "Harbours")] == [
        "category-list"] * 4


# ---------------------------------------------------------------------------------------------
# share bars, related links, navigation
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bar", [
    "Share this:", "Share This Story", "Facebook Twitter Email Print", "Share on Facebook",
    "WhatsApp", "Tweet", "Click to share on Reddit", "Follow us on Instagram",
])
def test_share_links_are_removed(bar):
    c = clean_text(page(HEADLINE, P1, bar, P2))
    assert removed_kinds(c) == {bar: "share-links"}
    assert story_texts(c) == [P1, P2]


def test_story_mentioning_sharing_is_kept():
    sentence = "Residents were asked to share photographs of the damage with the harbour authority."
    c = clean_text(page(HEADLINE, P1, sentence))
    assert story_texts(c) == [P1, sentence]


def test_related_header_claims_the_titles_after_it():
    text = page(HEADLINE, P1, P2, "You may also like", "Storm season starts early on the coast",
                "Why the ferry fleet is getting older", "Back to top")
    c = clean_text(text)
    assert story_texts(c) == [P1, P2]
    kinds = removed_kinds(c)
    assert kinds["You may also like"] == "related-links"
    assert kinds["Storm season starts early on the coast"] == "related-links"
    assert kinds["Why the ferry fleet is getting older"] == "related-links"
    assert kinds["Back to top"] == "link-list"


def test_related_header_does_not_claim_a_story_paragraph():
    c = clean_text(page(HEADLINE, P1, "Related posts", P2))
    assert story_texts(c) == [P1, P2]


@pytest.mark.parametrize("line", ["Read more: Ferry fares to rise in autumn", "Most read",
                                  "Related articles", "More from Coastline Courier"])
def test_related_links(line):
    c = clean_text(page(HEADLINE, P1, line, P2))
    assert removed_kinds(c) == {line: "related-links"}


@pytest.mark.parametrize("line", ["On Top", "Back to top", "Top", "↑ Back to top"])
def test_back_to_top(line):
    c = clean_text(page(HEADLINE, P1, line))
    assert removed_kinds(c) == {line: "link-list"}


def test_menu_before_headline_is_a_link_list():
    text = page("Home", "News", "Coast", "Opinion", HEADLINE, P1, P2)
    c = clean_text(text)
    assert c.headline == HEADLINE and c.headline_line == 9
    assert set(removed_kinds(c).values()) == {"link-list"}
    assert story_texts(c) == [P1, P2]


def test_short_label_run_at_the_end_is_a_category_list():
    c = clean_text(page(HEADLINE, P1, P2, "Transport", "Coastal towns", "Weather"))
    assert story_texts(c) == [P1, P2]
    assert set(removed_kinds(c).values()) == {"category-list"}


def test_footer_links_are_a_link_list():
    c = clean_text(page(HEADLINE, P1, "About us", "Contact", "Privacy Policy"))
    assert set(removed_kinds(c).values()) == {"link-list"}


def test_two_short_lines_are_not_a_run():
    c = clean_text(page(HEADLINE, P1, "The repairs", P2, "What comes next", P3))
    assert story_texts(c) == [P1, "The repairs", P2, "What comes next", P3]


# ---------------------------------------------------------------------------------------------
# tags and categories
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("Tags: , , , ,", "tag-list"),
    ("Tags: ferries, storms, harbour", "tag-list"),
    ("Tagged: Transport | Weather", "tag-list"),
    ("Topics: Coast", "tag-list"),
    ("Filed under: Transport, Coastal towns", "category-list"),
    ("Posted in Transport", "category-list"),
    ("Categories: News", "category-list"),
])
def test_tag_and_category_lines(line, kind):
    c = clean_text(page(HEADLINE, P1, line))
    assert removed_kinds(c) == {line: kind}


@pytest.mark.parametrize("archive", ["Category Archives: Storms / Coast",
                                     "Archives de catégorie : Tempêtes",
                                     "Archivo de la categoría: Temporales"])
def test_a_blogs_archive_heading_over_a_post_is_not_its_headline(archive):
    # the archive page of one category prints its name over the post; the post's title follows
    c = clean_text(page(archive, HEADLINE, P1))
    assert c.headline == HEADLINE and story_texts(c) == [P1]
    assert removed_kinds(c) == {archive: "category-list"}


def test_tags_header_claims_following_labels():
    c = clean_text(page(HEADLINE, P1, "Tags", "ferries", "storms"))
    assert removed_kinds(c) == {"Tags": "tag-list", "ferries": "tag-list", "storms": "tag-list"}


def test_sentence_starting_like_a_category_line_is_kept():
    sentence = "Posted in the port for twenty years, the captain said he had never seen such waves."
    c = clean_text(page(HEADLINE, P1, sentence))
    assert story_texts(c) == [P1, sentence]


# ---------------------------------------------------------------------------------------------
# author bios, bylines, attribution
# ---------------------------------------------------------------------------------------------

def test_author_bio_at_the_end():
    bio = "Nadia Okafor is a senior correspondent for the Coastline Courier."
    c = clean_text(page(HEADLINE, P1, P2, bio, "Tags: , ,"))
    assert story_texts(c) == [P1, P2]
    assert c.author == "Nadia Okafor" and c.author_bio == bio
    assert removed_kinds(c)[bio] == "author-bio"


def test_bio_with_particle_and_contributor_wording():
    bio = "Karim al Rashid is an independent researcher and contributor to Northgate Review."
    c = clean_text(page(HEADLINE, P1, P2, bio))
    assert c.author == "Karim al Rashid"


def test_about_the_author_header_claims_the_next_block():
    bio = "Lena Ortiz writes about shipping and ports for the Coastline Courier."
    c = clean_text(page(HEADLINE, P1, "About the author", bio))
    assert removed_kinds(c) == {"About the author": "author-bio", bio: "author-bio"}
    assert c.author == "Lena Ortiz" and c.author_bio == bio


@pytest.mark.parametrize("paragraph", [
    "Omar Haddad is the mayor of the town and has promised to rebuild the terminal.",
    "Maria Stone is a reporter who said she saw the roof collapse from her window.",
])
def test_story_paragraph_about_a_person_is_not_a_bio(paragraph):
    c = clean_text(page(HEADLINE, P1, paragraph))
    assert story_texts(c) == [P1, paragraph] and c.author is None


def test_bio_like_paragraph_early_in_the_story_is_kept():
    early = "Nadia Okafor is a correspondent for the Coastline Courier."
    c = clean_text(page(HEADLINE, early, P1, P2, P3))
    assert early in story_texts(c) and c.author is None


@pytest.mark.parametrize("line,author", [
    ("By Jane Roe", "Jane Roe"),
    ("By Jane Roe, Coastline Courier", "Jane Roe"),
    ("By JANE ROE | Aug. 30, 2017", "JANE ROE"),
    ("Written by Sam Adeyemi and Li Wei", "Sam Adeyemi and Li Wei"),
])
def test_byline(line, author):
    c = clean_text(page(HEADLINE, line, P1))
    assert removed_kinds(c) == {line: "byline"}
    assert c.author == author and c.headline == HEADLINE


def test_sentence_starting_with_by_is_not_a_byline():
    sentence = "By Wednesday evening, the last ferry had left the old terminal."
    c = clean_text(page(HEADLINE, P1, sentence))
    assert story_texts(c) == [P1, sentence] and c.author is None


@pytest.mark.parametrize("line", ["August 30, 2017", "Published: 30 August 2017 14:05 GMT",
                                  "Updated on 2017-08-30"])
def test_date_lines(line):
    c = clean_text(page(HEADLINE, line, P1))
    assert removed_kinds(c) == {line: "date-stamp"}
    if line.startswith("Updated"):  # an update's date is no publication date (live pages)
        assert (c.date, c.updated) == (None, "2017-08-30")
    else:
        assert c.date == line.split(": ")[-1]


@pytest.mark.parametrize("line,via", [
    ("Source: coastlinecourier", "coastlinecourier"),
    ("Via: Northgate Wire", "Northgate Wire"),
    ("This article was originally published in the Northgate Review.", "the Northgate Review"),
])
def test_attribution(line, via):
    c = clean_text(page(HEADLINE, P1, line))
    assert removed_kinds(c) == {line: "attribution"}
    assert c.via == via


def test_sentence_mentioning_a_source_is_kept():
    sentence = "A source at the harbour authority said the roof had been weak for years."
    c = clean_text(page(HEADLINE, P1, sentence))
    assert story_texts(c) == [P1, sentence] and c.via is None


# ---------------------------------------------------------------------------------------------
# datelines
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening,city,agency", [
    ("PORTVILLE (Northgate Wire) – The harbour authority closed the terminal on Tuesday.",
     "PORTVILLE", "Northgate Wire"),
    ("Portville, Aug 29 (NWA) - The harbour authority closed the terminal on Tuesday.",
     "Portville", "NWA"),
    ("SAN MARCO, Calderia — The harbour authority closed the terminal on Tuesday.",
     "SAN MARCO, Calderia", None),
])
def test_wire_dateline(opening, city, agency):
    c = clean_text(page(HEADLINE, opening, P2))
    assert c.dateline == city and c.via == agency
    assert story_texts(c)[0] == opening  # the paragraph itself is unchanged


def test_no_dateline_in_an_ordinary_opening():
    opening = "The Harbour Authority (HA) – which runs both terminals – closed one on Tuesday."
    c = clean_text(page(HEADLINE, opening))
    assert c.dateline is None and c.via is None


def test_attribution_wins_over_dateline_agency():
    opening = "PORTVILLE (Northgate Wire) – The harbour authority closed the terminal on Tuesday."
    c = clean_text(page(HEADLINE, opening, "Source: coastlinecourier"))
    assert c.via == "coastlinecourier" and c.dateline == "PORTVILLE"


# ---------------------------------------------------------------------------------------------
# excerpts and truncation
# ---------------------------------------------------------------------------------------------

def test_truncated_last_paragraph_marks_an_excerpt():
    cut = "Engineers said they did not yet know whether the pier, which was built in…"
    c = clean_text(page(HEADLINE, P1, cut))
    assert story_texts(c) == [P1, cut]
    assert c.excerpt and c.excerpt_reason == 'last paragraph ends with "…"'


def test_three_dots_also_mark_an_excerpt():
    c = clean_text(page(HEADLINE, P1, "The operator added that the ferries..."))
    assert c.excerpt


@pytest.mark.parametrize("notice", ["Read the full story from the source…",
                                    "Read the full story at Coastline Courier", "Continue reading",
                                    "Read more…", "Continue reading on Northgate Review →"])
def test_truncation_notice(notice):
    c = clean_text(page(HEADLINE, P1, notice))
    assert removed_kinds(c) == {notice: "truncation-notice"}
    assert story_texts(c) == [P1]
    assert c.excerpt and c.excerpt_reason


def test_quotation_ending_with_ellipsis_inside_quotes_is_not_an_excerpt():
    c = clean_text(page(HEADLINE, P1, "“We will see what happens...” he said."))
    assert not c.excerpt


# ---------------------------------------------------------------------------------------------
# newsletters, ads, copyright
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("Sign up for our newsletter to get the morning briefing in your inbox.", "newsletter"),
    ("Subscribe", "newsletter"),
    ("Enter your email address", "newsletter"),
    ("Advertisement", "advertisement"),
    ("- Advertisement -", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("© 2017 Coastline Media Ltd. All rights reserved.", "copyright"),
    ("Copyright 2017 Northgate Wire", "copyright"),
])
def test_newsletter_ads_copyright(line, kind):
    c = clean_text(page(HEADLINE, P1, line, P2))
    assert removed_kinds(c) == {line: kind}
    assert story_texts(c) == [P1, P2]


def test_story_mentioning_subscribers_and_copyright_is_kept():
    a = "The ferry company urged its subscribers to sign up for text alerts about sailings."
    b = "Copyright lawyers for the architect have objected to the demolition plans."
    c = clean_text(page(HEADLINE, P1, a, b))
    assert story_texts(c) == [P1, a, b]


# ---------------------------------------------------------------------------------------------
# a whole invented page: nothing is lost
# ---------------------------------------------------------------------------------------------

FULL_PAGE = """We value your privacy. We and our partners use cookies to store information.
Accept all

Home
Coast
Transport

Harbour authority closes the old ferry terminal after storm damage

By Nadia Okafor
August 29, 2017

PORTVILLE (Northgate Wire) – The harbour authority closed the old ferry terminal on Tuesday
after a storm tore away part of its roof, a spokeswoman said.

Advertisement

Engineers will inspect the pier this week.
“We had no choice,” the harbour master said.

Share this:
Facebook
Twitter

Related posts

Storm season starts early on the coast

Tags: ferries, storms

Source: coastlinecourier

4 Comments

• dockworker says:

Good riddance to that roof!

Post a comment

Your email will never be published or shared.

© 2017 Coastline Media
"""


def test_full_invented_page():
    c = clean_text(FULL_PAGE)
    assert_nothing_lost(FULL_PAGE, c)
    assert c.headline == "Harbour authority closes the old ferry terminal after storm damage"
    assert c.headline_line == 8
    assert [b.line for b in c.paragraphs] == [13, 18, 19]
    assert c.paragraphs[0].text.endswith("tore away part of its roof, a spokeswoman said.")
    assert (c.author, c.via, c.dateline, c.excerpt) == (
        "Nadia Okafor", "coastlinecourier", "PORTVILLE", False)
    kinds = {r.line: r.kind for r in c.removed}
    assert kinds == {
        1: "consent-banner", 2: "consent-banner", 4: "link-list", 5: "link-list", 6: "link-list",
        10: "byline", 11: "date-stamp", 16: "advertisement", 21: "share-links", 22: "share-links",
        23: "share-links", 25: "related-links", 27: "related-links", 29: "tag-list",
        31: "attribution", 33: "comments", 35: "comments", 37: "comments", 39: "comment-form",
        41: "comment-form", 43: "copyright",
    }
    assert all(r.rule for r in c.removed)


def test_full_invented_page_with_crlf_gives_the_same_result():
    assert clean_text(FULL_PAGE.replace("\n", "\r\n")) == clean_text(FULL_PAGE)


def test_bio_with_handle_in_brackets():
    bio = "Tomas Berg (@tberg) is a freelance reporter based in Portville."
    c = clean_text(page(HEADLINE, P1, P2, bio))
    assert c.author == "Tomas Berg" and story_texts(c) == [P1, P2]


def test_medium_style_action_bar_after_the_story():
    text = page(HEADLINE, P1, P2, "Follow", "Like 1.2K", "Share")
    c = clean_text(text)
    assert story_texts(c) == [P1, P2]
    assert set(removed_kinds(c).values()) == {"share-links"}


def test_byline_with_outlet_is_not_taken_as_a_second_author():
    c = clean_text(page(HEADLINE, "By Jane Roe and Li Wei, Northgate Wire", P1))
    assert c.author == "Jane Roe and Li Wei"


SUBSTACK_LIKE = """The quiet end of the ferry network

Why the coast lost its boats

Nadia Okafor
Aug 30, 2017

Subscribe

When the last ferry left Portville on Tuesday, nobody waved from the pier at all.

The authority says a new terminal will open by spring, though nobody believes it.

Thanks for reading The Coastal Letter! Subscribe for free to receive new posts.

12 Likes
3 Comments
"""


def test_newsletter_style_page():
    c = clean_text(SUBSTACK_LIKE)
    assert_nothing_lost(SUBSTACK_LIKE, c)
    assert c.headline_line == 1 and c.author == "Nadia Okafor"
    assert [b.line for b in c.paragraphs] == [3, 10, 12]
    kinds = {r.line: r.kind for r in c.removed}
    assert kinds[5] == "byline" and kinds[6] == "date-stamp"
    assert kinds[8] == kinds[14] == "newsletter"
    assert kinds[17] == "comments"


def test_short_title_case_headline_above_a_date_is_still_the_headline():
    c = clean_text(page("Ferry Terminal Closes", "August 30, 2017", P1))
    assert c.headline == "Ferry Terminal Closes" and c.author is None


def test_drupal_style_byline_and_comment_prompt():
    text = page(HEADLINE, "Submitted by admin on Wed, 30/08/2017 - 14:05", P1,
                "Log in or register to post comments", "Printer-friendly version")
    c = clean_text(text)
    assert story_texts(c) == [P1] and c.author is None
    assert list(removed_kinds(c).values()) == ["byline", "comment-form", "share-links"]

"""Captions that carry their picture's credit, and a reported appeal, in invented pages (the
fdev pages of the seventeenth stop, FIDELITY.md): a caption ending with "© source | name" or
with "(picture credit / names)" goes whole, not only its credit; a picture library's caption
("PLACE, ST – MONTH DAY: …") goes; a story's own copyright line and an agency's credit after
the story's last sentence still leave the sentence in the story; an appeal the story reports
("…, the authorities appealed") stays; a line of wires side by side is a credit; a follow pitch
set after arrows is a pitch. Every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("caption", [
    "Destroyed houses along the river after the flood. © epd | Jane Roe",
    "Mud and debris in the village square in mid-July. © picture alliance/Jane Roe",
    "Zerstörte Häuser am Fluss nach der Flut. © Unbekannt | Unbekannt",
    "Auch Kinder waren bei der Kundgebung. Dort hatten Erzieher demonstriert. "
    "(picture alliance / Jane Roe / John Doe)",
    "Volunteers carry sandbags to the levee on Friday. (Photo: Jane Roe / Valley Times)",
])
def test_a_caption_with_its_credit_goes_whole(caption):
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[caption] == "credited-caption"


@pytest.mark.parametrize("caption", [
    "• EASTVALE, CA – NOVEMBER 10: Crews comb the burned hillside above Eastvale, Calif., "
    "at dawn. (Jane Roe/Valley News Group)",
    "EASTVALE, GERMANY – MARCH 3, 2024: A rescue worker walks past a damaged car.",
])
def test_a_picture_librarys_caption_goes(caption):
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY]
    assert "library-caption" in {rules(c).get(caption), *rules(c).values()}


@pytest.mark.parametrize(("last", "tail"), [
    ("The investigation continues, the prosecutor said.", " © 2024 The Valley Times"),
    ("The investigation continues, the prosecutor said.", " © dpa-infocom"),
])
def test_a_storys_own_copyright_line_leaves_its_sentence(last, tail):
    c = read(page(TITLE, LEDE, BODY, last + tail))
    assert story(c) == [LEDE, BODY, last]


def test_a_dateline_is_no_picture_librarys_caption():
    lede = "PARADISE, Calif. (AP) — Firefighters searched the burned town on Saturday for victims."
    c = read(page(TITLE, lede, BODY))
    assert story(c) == [lede, BODY]


def test_an_appeal_the_story_reports_stays_at_its_end():
    appeal = ("Do osób, które chcą opuścić dom: proszę wywiesić białą flagę w oknie - apelowały "
              "po południu władze gminy.")
    lede = ("Woda w rzece podniosła się w nocy o ponad metr, a strażacy ewakuowali mieszkańców "
            "kilku ulic w centrum miasta.")
    body = ("Rano poziom wody zaczął opadać, jednak służby ostrzegają przed kolejną falą, która "
            "ma dotrzeć do miasta w ciągu doby.")
    c = read(page("Powódź w mieście", lede, body, appeal), language="pl")
    assert story(c) == [lede, body, appeal]


@pytest.mark.parametrize("line", ["Keystone-SDA ATS", "dpa AFP", "Reuters AP"])
def test_a_line_of_wires_side_by_side_is_a_credit(line):
    c = read(page(TITLE, LEDE, line, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[line] == "agency-credit"


def test_a_photo_librarys_name_after_a_captions_last_sentence_ends_the_caption():
    caption = "Two people died and more than 60 were hurt when the car hit the crowd. KEYSTONE"
    c = read(page(TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[caption] == "wire-name-tail"


def test_a_wires_name_after_the_storys_last_sentence_leaves_the_sentence():
    # a wire writes text: its name after a sentence credits the story, not a picture
    last = "The investigation continues, the prosecutor said. AFP"
    c = read(page(TITLE, LEDE, BODY, last))
    assert "The investigation continues, the prosecutor said." in " ".join(story(c))


@pytest.mark.parametrize("pitch", [
    '>> Siga o canal do "Jornal do Vale" no WhatsApp para ler tudo antes dos outros.',
    "» Follow Valley News on WhatsApp for the latest updates",
])
def test_a_follow_pitch_after_arrows_is_a_newsletter_pitch(pitch):
    c = read(page(TITLE, LEDE, pitch, BODY))
    assert story(c) == [LEDE, BODY] and rules(c)[pitch] == "newsletter-pitch"


def test_a_short_title_printed_twice_under_the_address_is_the_headline():
    # the page's own address on its first line is no entry of a menu: with it, the title's two
    # copies made a "menu" of three and the headline went to the caption under them
    text = page("https://news.example/valley/flood-in-the-valley-120.html", "Flood in the valley",
                "Flood in the valley", "water runs beside and through the houses", LEDE, BODY)
    c = read(text)
    assert c.headline == "Flood in the valley" and c.headline_origin == "page"

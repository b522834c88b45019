"""A picture's caption inside the story that ends on its credit in brackets (spcap, issue 13):
one sentence between paragraphs of the story, closed by an agency in round or square brackets
or by the site's own name as its address spells it, is a caption; the story's last paragraph
with the wire's sign-off, a paragraph of several sentences with a credit, and a sentence
closed by a name in brackets that is neither an agency nor the site stay story. Every page is
invented; every case is conserved (tests.conservation)."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

RULE = "bracket-credited-caption"
LAST = "The regional council will meet on Tuesday to discuss the cost of the repairs."


@pytest.mark.parametrize(("caption", "lang"), [
    ("Volunteers fill sandbags outside the school in Corvath on Sunday [AFP]", "en"),
    ("Volunteers fill sandbags outside the school in Corvath on Sunday. (Reuters)", "en"),
    ("Helfer tragen Sandsäcke zum Deich bei Mühlbrand am Sonntag. (dpa)", "de"),
    ("Voluntarios llenan sacos de arena junto a la escuela de Valdeoro el domingo (EFE)", "es"),
])
def test_one_sentence_closed_by_an_agency_between_paragraphs_is_a_caption(caption, lang):
    c = read(page(TITLE, LEDE, caption, BODY, LAST), language=lang)
    assert story(c) == [LEDE, BODY, LAST]
    assert {r.kind for r in c.removed if r.text in caption} == {"caption"}


def test_the_sites_own_name_in_brackets_closes_a_caption():
    caption = "Villagers wait for the ferry at the harbour of Tollersby on Monday. (KestrelPost)"
    c = read(page("https://www.kestrelpost.com/world/floods-kill-40", TITLE, LEDE, caption, BODY))
    assert story(c) == [LEDE, BODY]
    assert rules(c)[caption] == RULE


def test_a_name_in_brackets_that_is_no_credit_leaves_the_sentence_in_the_story():
    near = "Villagers wait for the ferry at the harbour of Tollersby on Monday (Harbour Board)"
    c = read(page("https://www.kestrelpost.com/world/floods-kill-40", TITLE, LEDE, near, BODY))
    assert story(c) == [LEDE, near, BODY]


def test_a_caption_whose_credit_was_cut_off_as_a_note_goes_whole():
    # the caption opens the page and its first sentence is printed again as the lede
    caption = "Four people died in the floods in Corvath overnight, police said. (Reuters)"
    lede = ("Four people died in the floods in Corvath overnight, police said. Two of them were "
            "swept away as they crossed the old bridge on foot.")
    c = read(page(TITLE, caption, lede, BODY))
    assert story(c) == [lede, BODY]
    assert RULE in rules(c).values()
    removed = "".join(r.text for r in c.removed)
    assert "police said." in removed and "(Reuters)" in removed  # no word lost


def test_the_wires_sign_off_after_the_last_paragraph_leaves_its_sentence():
    last = "Four people died in the floods in Corvath overnight, police said. (Reuters)"
    c = read(page(TITLE, LEDE, BODY, last))
    assert story(c)[:2] == [LEDE, BODY]
    assert story(c)[-1].startswith("Four people died")
    assert RULE not in rules(c).values()


@pytest.mark.parametrize("near", [
    "Four people died in Corvath overnight, police said. Two were swept away on the old "
    "bridge. (AP)",
    "Die Feuerwehr pumpte die Keller in Mühlbrand leer. Am Abend sank der Pegel wieder. (dpa)",
])
def test_a_paragraph_of_several_sentences_with_a_credit_stays_story(near):
    c = read(page(TITLE, LEDE, near, BODY))
    kept = " ".join(story(c))
    assert near.split(". ")[0] in kept and near.split(". ")[1].split(" (")[0] in kept
    assert RULE not in rules(c).values()

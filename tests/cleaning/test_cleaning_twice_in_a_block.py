"""A picture's text and its caption run together in one block, the same words twice with a
space between the copies or none, one copy perhaps with its credit after it (spfur13: four
sites on two events; ``mark_doubles`` and the caption twins see only two blocks). The block is
a caption (rule ``caption-twice-in-a-line``); without the rule each stays in the story. A story
sentence printed twice in one block, a sentence that only opens with its own first words
again, and a copy followed by a sentence of the story all stay. Invented pages."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

EN = ["Fire guts the Kelvar battery plant",
      "A fire tore through the Kelvar battery plant on Monday, killing nine workers, the "
      "regional fire service said.",
      "Investigators said the blaze began on the second floor, where cells were packed."]
FR = ["Incendie meurtrier dans l'usine de Kelvar",
      "Un incendie a ravagé lundi l'usine de batteries de Kelvar, faisant neuf morts, selon les "
      "pompiers de la région.",
      "Les enquêteurs estiment que le feu a pris au deuxième étage, où les piles étaient "
      "emballées."]
DE = ["Brand in Batteriefabrik in Kelvar",
      "Bei einem Brand in der Batteriefabrik von Kelvar sind am Montag neun Arbeiter ums Leben "
      "gekommen, wie die Feuerwehr mitteilte.",
      "Nach Angaben der Ermittler brach das Feuer im zweiten Stock aus, wo Zellen verpackt wurden."]

EN_CAPTION = "Firefighters and police inspect the burnt plant in Kelvar on Tuesday morning."
#: 28 words and no full stop: longer than the 25 words ``mark_doubles`` takes from two blocks
EN_LONG = ("Plant manager Oren Tally says a possible cause of the blaze may have been a faulty "
           "charger left on overnight in the packing hall on the second floor of the building")
FR_LONG = ("Le directeur de l'usine, Oren Tally, affirme qu'une cause possible de l'incendie "
           "pourrait être un chargeur défectueux laissé branché toute la nuit au deuxième étage")
DE_CAPTION = "Einsatzkräfte vor der ausgebrannten Fabrikhalle in Kelvar am Dienstag"


@pytest.mark.parametrize("parts, caption, language", [
    (EN, f"{EN_CAPTION} (Kestrel) {EN_CAPTION} (Kestrel)", "en"),  # each copy with its source
    (EN, f"{EN_CAPTION} (Kestrel) {EN_CAPTION}", "en"),  # one copy with its source
    (EN, EN_LONG + EN_LONG, "en"),  # glued, no space between the copies
    (FR, FR_LONG + " " + FR_LONG, "fr"),
    (DE, f"{DE_CAPTION} {DE_CAPTION}", "de"),
])
def test_one_text_twice_in_a_block_is_a_caption(parts, caption, language):
    c = read(page(parts[0], caption, *parts[1:]), language=language)
    # (a source in brackets closing the block is cut off first, as a note of its own)
    assert "caption-twice-in-a-line" in rules(c).values()
    assert story(c) == parts[1:]


@pytest.mark.parametrize("block", [
    EN[1] + " " + EN[1],  # a story sentence printed twice: it ends like a sentence
    # a sentence that opens with its own first words again
    "Workers at the plant said workers at the plant had asked for better exits for years.",
    # a copy, then a sentence of the story after the second copy
    f"{EN_CAPTION} {EN_CAPTION} The company said it would pay for the funerals of all nine.",
])
def test_near_shapes_stay(block):
    c = read(page(EN[0], EN[1], block, EN[2]), language="en")
    assert block in story(c)

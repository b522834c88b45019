"""A caption closed by a photo library's name after a slash ("… / Shutterstock", "… / Getty
Images") is a caption: a library credits pictures only (the lead's read of the spent set s37;
the slash rule had taken only capitals or an editor's abbreviation as a credit). Fails without
the rule; a crosshead of two places and a story sentence with a slash stay. Invented text."""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

PL = ["Pożar pensjonatu w Tesmarze",
      "W nocy z wtorku na środę w pensjonacie w Tesmarze wybuchł pożar, poinformowała straż "
      "pożarna. Dwie osoby trafiły do szpitala.",
      "Policja ustala przyczyny pożaru, a prokuratura wszczęła śledztwo w tej sprawie."]


@pytest.mark.parametrize("caption", [
    "Na zdjęciu pensjonat w Tesmarze, zdj. ilustracyjne / Shutterstock",
    "Strażacy przed budynkiem w centrum Tesmaru / Getty Images",
])
def test_a_caption_credited_to_a_photo_library_is_removed(caption):
    c = read("\n\n".join(PL[:2] + [caption] + PL[2:]) + "\n", language="pl")
    assert rules(c).get(caption) == "slash-credited-caption"
    assert story(c) == PL[1:]


@pytest.mark.parametrize("line", [
    "Tesmar / Kelmora",
    "Ruch na drodze między Tesmarem a Kelmorą odbywa się wahadłowo / objazdem przez Varn.",
])
def test_two_places_and_a_sentence_with_a_slash_stay(line):
    c = read("\n\n".join(PL[:2] + [line] + PL[2:]) + "\n", language="pl")
    assert line in story(c)

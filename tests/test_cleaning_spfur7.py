"""Shapes of pool37 (fresh pages the rules were never written on): a caption closed by its
photographer and agency across a slash and the library that sold the picture. All sentences are
invented."""

from __future__ import annotations

from tests.conservation import read, rules, story

DE = ["Lagerhalle in Lindau abgebrannt",
      "In einer Lagerhalle am Hafen von Lindau ist in der Nacht zum Montag ein Feuer "
      "ausgebrochen, verletzt wurde niemand, wie die Polizei mitteilte.",
      "Die Feuerwehr war mit rund sechzig Kräften im Einsatz und konnte ein Übergreifen der "
      "Flammen auf die benachbarten Werkstätten verhindern."]


def test_a_long_caption_closed_by_photographer_agency_and_library():
    caption = ("Feuerwehrleute löschen am 3. März 2025 die Reste der Lagerhalle am Hafen von "
               "Lindau. Das Feuer war kurz nach Mitternacht im Dachstuhl ausgebrochen und griff "
               "schnell auf das Lager mit Holzpaletten über. Die Polizei schätzt den Schaden auf "
               "eine halbe Million Euro. JANA ROSSBACH/AFP via Getty Images")
    last = ("Die Ursache des Brandes ist noch unklar, die Kriminalpolizei hat Ermittlungen "
            "aufgenommen.")
    c = read("\n\n".join(DE[:2] + [caption, DE[2], last]) + "\n")
    assert rules(c).get(caption) == "picture-credit-tail"
    assert story(c) == [DE[1], DE[2], last]


def test_a_sentence_naming_an_agency_via_a_library_keeps_its_full_stop():
    last = ("Die Bilder des Brandes verbreitete die Feuerwehr später über ihre Kanäle, darunter "
            "ein Video von JANA ROSSBACH/AFP via Getty Images.")
    c = read("\n\n".join(DE + [last]) + "\n")
    assert story(c)[-1] == last

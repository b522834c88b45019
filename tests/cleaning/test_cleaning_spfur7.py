"""Shapes of pool37 (fresh pages the rules were never written on): a caption closed by its
photographer and agency across a slash and the library that sold the picture. All sentences are
invented."""

from __future__ import annotations

import pytest

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


FR = ["Un entrepôt brûle sur le port de Lorient",
      "Un entrepôt a brûlé dans la zone portuaire de Lorient lundi soir, sans faire de "
      "blessés, selon la préfecture du département.",
      "Le feu a pris vers minuit dans un hangar de filets de pêche. Une quarantaine de pompiers "
      "ont été mobilisés jusqu'au petit matin, a indiqué leur porte-parole."]


def test_the_swiss_agency_with_its_full_name_on_a_line_is_its_credit():
    line = "ATS Agence télégraphique suisse"
    c = read("\n\n".join(FR[:2] + [line] + FR[2:]) + "\n")
    assert rules(c).get(line) == "agency-credit"
    assert c.via.startswith("ATS")
    assert story(c) == FR[1:]


EN = ["Storm floods the valley road at Mirefield",
      "Heavy rain closed the valley road at Mirefield on Sunday and two families left their "
      "homes, the county's emergency office said.",
      "The river rose almost two metres in three hours before it crested, the office said, and "
      "crews cleared mud from the bridge overnight."]


def test_also_see_before_another_storys_title_is_a_related_link():
    link = "ALSO SEE: Harbour board names a new chair after a year of talks"
    c = read("\n\n".join(EN[:2] + [link] + EN[2:]) + "\n")
    assert rules(c).get(link) == "related-link"
    assert story(c) == EN[1:]


#: The near shapes the three rules above must not catch: a story's last sentence that names an
#: agency "via" a picture library, names the Swiss agency in full, or opens on "Also see".
@pytest.mark.parametrize("page, last", [
    (DE, "Die Bilder des Brandes verbreitete die Feuerwehr später über ihre Kanäle, darunter "
         "ein Video von JANA ROSSBACH/AFP via Getty Images."),
    (FR, "Le port avait déjà connu un incendie en 2019, avait rapporté l'Agence télégraphique "
         "suisse dans une dépêche reprise par plusieurs journaux."),
    (EN, "Also see the bridge at Coldwater, the mayor said: it was closed for the night after "
         "the water reached its deck."),
])
def test_a_story_sentence_of_the_same_shape_stays_whole(page, last):
    c = read("\n\n".join(page + [last]) + "\n")
    assert story(c)[-1] == last

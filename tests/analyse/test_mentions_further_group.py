"""A number that counts a further group ("14 autres", "altre 20", "13 weitere") does not state
the figure named just before it: a trial page gave the dead and then "N others" injured, and the
injured count was shown as the outlet's statement of the toll. Invented pages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import toll_stances

PAGES = {  # article: (language, text)
    "wire-en": ("en", "The collapse of the Orvane footbridge killed 11 people, officials said."),
    "journal-fr": ("fr", "Onze personnes ont trouvé la mort et 14 autres ont été blessées dans "
                         "l'effondrement de la passerelle d'Orvane."),
    "giornale-it": ("it", "Almeno 9 persone sono morte e altre 14 sono rimaste ferite nel crollo "
                          "della passerella di Orvane."),
    "zeitung-de": ("de", "Beim Einsturz der Brücke von Orvane starben neun Menschen, 14 weitere "
                         "wurden verletzt."),
    "post-en": ("en", "The Orvane footbridge gave way on Sunday; 9 died and 3 others died later "
                      "in hospital."),
}


def test_a_further_group_after_the_dead_is_not_the_toll(tmp_path: Path) -> None:
    found = toll_stances(tmp_path, PAGES, "Orvane", 11)
    stances = found
    written = {o: s.mention.written for o, s in stances.items() if s.state == "mentions"}
    assert written["journal-fr"].lower() == "onze"
    assert written["giornale-it"].lower() == "almeno 9" or written["giornale-it"] == "9"
    assert written["zeitung-de"].lower() == "neun"
    # a further group the term follows still states it
    assert written["post-en"] in ("9", "3")

"""When no name is used by most sources, which one stands for the event (issue 15, round 5).

No name reaches :data:`CORE_SHARE` when a briefing's reports are in a language whose names are
hard to read (German compounds: "…tunnel", "…-Tunnel") and a few reports of another event share
their city. The one name most sources use then stood for the event, even when only two of seven
use it: the near miss's city, and every report of the event was "about another event". Invented
text in the shape of tunnel-fire coverage; the same-shape briefing whose fallback name more
sources use is still judged.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: Reports of a fire in a road tunnel, each naming it its own way; no name is shared by three.
EVENT = [
    ("wire-one", "Lorry fire in mountain tunnel kills nine\n\nNine people died when two "
     "lorries collided and burned inside the Varnatal road tunnel, police in Osterbrunn said."),
    ("daily-two", "Tunnel blaze toll rises\n\nRescuers from Hallmoos brought out more victims of "
     "the lorry fire, and engineer Petra Lindqvist said the roof had partly fallen in."),
    ("paper-three", "Drunk driver blamed for tunnel inferno\n\nProsecutors in Zellbrück said the "
     "driver who caused the lorry fire had been drinking, according to chief inspector Aurel "
     "Stanek."),
    ("site-four", "Tunnel to stay shut for months\n\nThe operator Alptrans closed the tunnel "
     "after the lorry fire and said repairs would last until the spring."),
    ("radio-five", "Villages mourn tunnel victims\n\nBells rang in Kessling and Unterau for the "
     "victims of the lorry fire, mayor Jonas Weibel told listeners."),
]
#: Two short reports of an older fire in another tunnel, sharing its town.
OLDER = [
    ("old-one", "Lorvane remembers its tunnel fire\n\nLorvane marked twenty years since the fire "
     "in its tunnel that killed 41 drivers, as Marcel Dufay laid a wreath."),
    ("old-two", "Lorvane tunnel fire trial opens\n\nThe trial over the fire in the Lorvane tunnel "
     "opened in Chambel before judge Anne Roussel, where families of the 41 dead waited."),
]
#: The same briefing where four of its seven sources name the tunnel's valley (not the 60 % a
#: name needs to be expected of every report).
VALLEY = [(stem, text.replace("the lorry fire", "the lorry fire in the Varnatal", 1)
           if stem != "site-four" else text) for stem, text in EVENT]


def _content(root: Path, pages: list[tuple[str, str]]) -> object:
    return loaded_pages(root, "The tunnel fire", pages)


def test_a_name_two_of_seven_sources_use_does_not_stand_for_the_event(tmp_path: Path) -> None:
    content = _content(tmp_path, EVENT + OLDER)
    assert signatures(content) is None  # no event most sources report: nothing is judged
    assert not [v for v in judge_pages(content) if v.sure]


def test_a_name_four_of_seven_sources_use_still_stands_for_the_event(tmp_path: Path) -> None:
    content = _content(tmp_path, VALLEY + OLDER)
    event, _sigs = signatures(content)
    assert event.core_text == "Varnatal"
    flagged = {v.article for v in judge_pages(content) if v.sure}
    assert flagged == {"old-one", "old-two"}


#: Seven reports of a storm: four name the town it struck (Tassora, short of the 60 % every
#: report is expected to name), four name the country, each in its own language's spelling.
COUNTRY_SPELT = [
    ("wire-en", "en", "", "Storm hits Tassora\n\nThe storm struck Tassora in Belvany, mayor "
     "Ilde Corvo said."),
    ("journal-fr", "fr", "", "Tempête à Tassora\n\nLa tempête a frappé Tassora, en Belvanie, "
     "selon le maire Paul Ardent."),
    ("giornale-it", "it", "", "Tempesta a Tassora\n\nLa tempesta ha colpito Tassora, in "
     "Belvania, ha detto il sindaco Nino Galli."),
    ("jornal-pt", "pt", "", "Tempestade em Tassora\n\nA tempestade atingiu Tassora, na "
     "Belvânia, disse o prefeito Rui Matos."),
    ("daily-en", "en", "", "Roofs torn off\n\nWinds tore roofs off in Lembro and Castrovo, "
     "officer Remo Falco said."),
    ("paper-en", "en", "", "Power cut\n\nThe utility Electra Nord cut power in Sanvito and "
     "Ortigo, engineer Dina Morra said."),
    ("radio-en", "en", "", "Schools shut\n\nSchools in Varenna and Montelo stayed shut, head "
     "teacher Ugo Serra said."),
]


def test_a_spelling_only_one_page_writes_does_not_stand_for_the_event(tmp_path: Path) -> None:
    # the four spellings of the country pooled weigh as much as the town, and one of them
    # ("Belvania", written by one page) came first: no core at all was taken; the town is
    # the name most sources use that more than one page writes
    content = _content(tmp_path, COUNTRY_SPELT)
    event, _sigs = signatures(content)
    assert event.core_text == "Tassora"

"""A place given in ``briefing.yaml`` is found in the briefing's other spellings of it, but only
of that place: under the loose likeness of the core names, the given place "Iran" took in "Iraq",
"Irak" and "Ireland", and a page about another country counted as naming the event. Towns and
people below are invented; the countries are CLDR's names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.event_signature import signatures
from generator.check.signature_names import given_variants
from generator.content.load import load
from generator.content.problems import Problems
from tests.conftest import loaded_pages


@pytest.mark.parametrize(("given", "names", "languages", "kept"), [
    ("iran", {"iraq", "irak", "ireland", "irans", "iranu"}, {"en", "de", "pl"},
     {"iran", "irans", "iranu"}),
    ("austria", {"australia", "austrii", "austrią"}, {"en", "pl"},
     {"austria", "austrii", "austrią"}),
    ("niger", {"nigeria", "nigerii", "nigerze"}, {"en", "pl"}, {"niger", "nigerze"}),
    # the near shape: a place given in one language's spelling takes the others'
    ("peloponnese", {"péloponnèse", "peloponneso", "peloponeso", "peloponnes", "portakis"},
     {"en", "fr", "it", "es", "de"},
     {"peloponnese", "péloponnèse", "peloponneso", "peloponeso", "peloponnes"}),
    ("morvania", {"morvanie", "morvanija", "marvello", "genova"}, {"en"},
     {"morvania", "morvanie", "morvanija"}),
    # the first letters compared without accents too
    ("évros", {"evros", "ermoupoli"}, {"en", "fr"}, {"évros", "evros"}),
    # a place that is no country takes no country, however alike
    ("genoa", {"geneva", "genoa's"}, {"en"}, {"genoa", "genoa's"}),
])
def test_a_given_place_takes_its_own_spellings_only(given, names, languages, kept) -> None:
    assert given_variants(given, {name: {"en"} for name in names}, languages) == kept


def test_a_given_place_takes_its_case_forms_in_a_language_that_inflects_names() -> None:
    # Polish writes the invented town Dorelovo "Dorelowie" (in it); an English page's
    # "Dorelwick" is another town
    names = {"dorelowie": {"pl"}, "dorelowa": {"pl"}, "dorelwick": {"en"}, "dorelwickiem": {"pl"}}
    assert given_variants("dorelovo", names, {"en", "pl"}) == {"dorelovo", "dorelowie",
                                                                  "dorelowa"}


IRAN = [
    ("en-a", "en", "2031-08-09", "An earthquake shook Varesh in Iran on Saturday. Governor "
     "Darian Kosh said 40 homes in Varesh had fallen."),
    ("en-b", "en", "2031-08-10", "Rescuers in Varesh reached the last village, Kosh said, as "
     "Iran sent army tents."),
    ("en-c", "en", "2031-08-10", "Schools in Varesh stayed shut after the quake, and Kosh "
     "thanked volunteers from all over Iran."),
    # another country's news, in the event's days
    ("en-iraq", "en", "2031-08-10", "Floods in Tamerak in Iraq cut the road to Halbur, and "
     "engineer Saman Reddo said Iraq would rebuild the bridge."),
]


def test_a_page_about_another_country_does_not_name_the_given_place(tmp_path: Path) -> None:
    loaded_pages(tmp_path, "The Varesh earthquake", IRAN)
    root = tmp_path / "content"
    (root / "briefing.yaml").write_text("title: The Varesh earthquake\nplace: [Iran]\n"
                                        "date: 2031-08-09\n", encoding="utf-8")
    event, sigs = signatures(load(root, Problems(root)))
    assert "iraq" not in event.core[0]
    assert {aid for aid, sig in sigs.items() if not sig.names_event} == {"en-iraq"}

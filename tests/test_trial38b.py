"""Trial 38 (an oil spill read by a new user), the people, dates, speakers and cleaning mends:
each test is an invented sentence (other places, names and numbers than the pages) that main
misread, beside the near miss whose reading must stay."""

from __future__ import annotations

import pytest

from generator.extract.singular import singular_figures
from tests.probes import sentence

# --- finding 4: one dead sailor, crew member, Matrose, marin, tripulante is a toll of one


@pytest.mark.parametrize(("lang", "text", "noun"), [
    ("en", "One crew member drowned after the ferry Selka listed near Ormond.", "crew member"),
    ("en", "A sailor was killed when a mooring line snapped at Ormond.", "sailor"),
    ("de", "Ein Matrose kam ums Leben, neun weitere wurden vor Lindau geborgen.", "Matrose"),
    ("de", "Ein Besatzungsmitglied starb beim Untergang des Kutters.", "Besatzungsmitglied"),
    ("fr", "Un marin est mort dans la nuit au large de Lorvel.", "marin"),
    ("es", "Un tripulante murió cuando el pesquero volcó frente a Brea.", "tripulante"),
    ("pt", "Um tripulante morreu quando o rebocador afundou perto de Serra.", "tripulante"),
    ("it", "Un marinaio è morto nel naufragio del peschereccio a Lerca.", "marinaio"),
    ("nl", "Een matroos kwam om het leven bij Harwen.", "matroos"),
])
def test_one_crew_member_dead_is_a_toll_of_one(lang, text, noun):
    found = [(f.value, f.noun, f.group) for f in singular_figures(sentence(text), lang)]
    assert found == [(1, noun, "dead")], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A crew member told reporters the ferry Selka listed near Ormond."),
    ("en", "A sailor rescued two swimmers off Ormond on Sunday."),
    ("fr", "Un marin a sauvé deux baigneurs au large de Lorvel."),
    ("es", "Un tripulante relató que el pesquero volcó frente a Brea."),
    ("de", "Ein Matrose berichtete, der Kutter sei vor Lindau gekentert."),
])
def test_a_crew_member_who_speaks_or_rescues_is_no_toll(lang, text):
    assert singular_figures(sentence(text), lang) == []

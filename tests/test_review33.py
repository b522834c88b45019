"""Review of stop 33's merged rules: near shapes they got wrong, with invented sentences, each
beside the shape the rule reads, which it still reads."""

from __future__ import annotations

import pytest

# --- beside the toll: "and" joining two clauses names no one beside the count ("the fire
# spread to Lisbon and 14 people died" is the toll); nor does an English plural ("the
# hostages and 2 officers"), nor a clause's verb read as the second word ("the hall collapsed")


@pytest.mark.parametrize(("text", "lang"), [
    ("The blaze reached Pellham on Friday and 14 people died.", "en"),
    ("The barge sank near the quay and 14 passengers drowned.", "en"),
    ("Floods cut off the valley and 14 people died.", "en"),
    ("The old hall collapsed and 14 people died.", "en"),
    ("The hostages and 2 police officers died in Pellham.", "en"),
    ("La riada arrasó Montelar y 14 personas murieron.", "es"),
    ("Der Sturm traf die Küste und 14 Menschen starben.", "de"),
    ("La crue a atteint le village et 14 personnes sont mortes.", "fr"),
])
def test_and_joining_two_clauses_leaves_the_toll(text, lang):
    from tests.probes import figures

    assert figures(text, lang) == [(14 if "14" in text else 2, "dead")], figures(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The ferryman and 6 passengers drowned off Kessby on Sunday.", "en"),
    ("Rescuers said the ferryman and 6 passengers drowned off Kessby.", "en"),
    ("After the storm, the ferryman and 6 passengers drowned off Kessby.", "en"),
    ("Die Polizei sagte, der Fährmann und 6 Fahrgäste seien ertrunken.", "de"),
    ("Le passeur et 6 passagers se sont noyés près de Kessby.", "fr"),
])
def test_one_named_opening_the_clause_beside_a_count_is_still_read(text, lang):
    from tests.probes import figures

    assert figures(text, lang) == [(6, "dead beside named")], figures(text, lang)

"""Trial 43's mends (a hostage-taking in a café, read in five languages: a lone gunman, a
standoff of sixteen hours, hostages who escaped, a police assault, two hostages and the gunman
dead), on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

import pytest

from tests.probes import figures

# --- 6. a German toll after its verb, a phrase and "insgesamt" is the dead (trial 43: a toll
# of three after the verb, a phrase and "insgesamt" was a count of people,
# and a front-page "Sources disagree" between it and three people who escaped)

def test_a_german_toll_after_a_phrase_and_insgesamt_is_the_dead():
    assert figures("Laut Polizei starben bei dem Überfall vier Menschen.", "de") == [(4, "dead")]
    assert figures("Laut Polizei starben insgesamt vier Menschen.", "de") == [(4, "dead")]
    assert figures("Laut Polizei starben bei dem Überfall insgesamt vier Menschen.", "de") == [
        (4, "dead")]



# --- 5. hostages are one group in every language (trial 43: Geiseln, rehenes, otages were each
# a figure of their own, and Italian "ostaggi" was read as nothing)

@pytest.mark.parametrize(("text", "lang"), [
    ("Der Räuber hielt 14 Geiseln in der Bank fest.", "de"),
    ("El atracador retuvo a 14 rehenes en el banco.", "es"),
    ("Le braqueur retenait 14 otages dans la banque.", "fr"),
    ("Il rapinatore ha liberato 14 ostaggi nella banca.", "it"),
])
def test_hostages_are_one_group_in_every_language(text, lang):
    assert figures("The robber held 14 hostages in the bank.") == [(14, "hostage")]
    # the taking of hostages is no count of them
    assert "hostage" not in [g for _v, g in figures("Die Geiselnahme dauerte 14 Stunden.", "de")]
    assert figures(text, lang) == [(14, "hostage")]


# --- 3. hostages among the dead are dead, not a count of hostages (trial 43: the gunman
# killed along with hostages, and a toll with hostages in a dash aside,
# became "Number of hostages (2)", where 17 had been held)

@pytest.mark.parametrize(("text", "expected"), [
    ("Officers confirmed the robber was killed, along with two hostages.", [(2, "dead")]),
    ("FIVE people are dead – including three hostages – after the raid.",
     [(5, "dead"), (3, "dead")]),
    ("THREE people died – including two hostages – after the raid at Velmora.",
     [(3, "dead"), (2, "dead")]),
    ("Five people died, including three young children.", [(5, "dead"), (3, "dead")]),
])
def test_hostages_among_the_dead_are_dead(text, expected):
    assert figures("The robber held 14 hostages in the bank.") == [(14, "hostage")]
    assert figures("Five people died, including three hostages.") == [(5, "dead"), (3, "dead")]
    assert figures("The robber held 14 hostages, along with two dogs.") == [(14, "hostage")]
    assert figures(text) == expected

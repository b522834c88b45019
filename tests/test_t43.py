"""Trial 43's mends (a hostage-taking in a café, read in five languages: a lone gunman, a
standoff of sixteen hours, hostages who escaped, a police assault, two hostages and the gunman
dead), on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

from tests.probes import figures

# --- 6. a German toll after its verb, a phrase and "insgesamt" is the dead (trial 43: a toll
# of three after the verb, a phrase and "insgesamt" was a count of people,
# and a front-page "Sources disagree" between it and three people who escaped)

def test_a_german_toll_after_a_phrase_and_insgesamt_is_the_dead():
    assert figures("Laut Polizei starben bei dem Überfall vier Menschen.", "de") == [(4, "dead")]
    assert figures("Laut Polizei starben insgesamt vier Menschen.", "de") == [(4, "dead")]
    assert figures("Laut Polizei starben bei dem Überfall insgesamt vier Menschen.", "de") == [
        (4, "dead")]


"""The day's ordinal stop before a month (trial 12: "am Samstag, 3. Mai, im Hafen") ends no
sentence only before a month as the languages that write the day so spell it: whole, and in
their case (German capitalised, Danish, Czech or Polish in lower case). Review 7 found the rule
reading every language's month names, shortened forms included: an English sentence opening
with "May" or "March", or a German one with "Sie" (a Polish "sie" is August shortened), after
a sentence ending on a count was glued to it, and its figure's sentence with it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.text.sentences import sentences


def _split(text: str) -> list[str]:
    block = SimpleNamespace(text=text)
    return [s.text for s in sentences(SimpleNamespace(paragraphs=[block], text=text))]


@pytest.mark.parametrize(("first", "second"), [
    ("The death toll in Millbrook rose to 12.", "May the families find comfort, the bishop said."),
    ("The crew of the ferry numbered 14.", "March organisers in Eastbrook cancelled the parade."),
    ("Die Zahl der Verletzten stieg auf 27.", "Sie wurden in drei Kliniken gebracht."),
    ("The toll in the valley rose to 9.", "Jan Novák, the mayor, spoke on Monday."),
])
def test_a_count_ending_a_sentence_before_a_word_spelt_like_a_month_ends_it(first, second):
    assert _split(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("text", [
    # guard rows, passing before the change too: the day's stop of each language stays inside
    "Der Brand brach am Samstag, 3. Mai, im Hafen von Tarnwick aus.",
    "Branden startede den 3. maj i havnen i Tarnvik.",
    "Požár vypukl 3. května v přístavu Tarnvik.",
])
def test_a_days_ordinal_stop_in_its_language_still_ends_no_sentence(text):
    assert _split(text) == [text]

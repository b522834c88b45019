"""Quotations and who speaks, on the shapes round spspk5's fresh pool missed (issue #16).

Each case is an invented page (names, places and numbers made up) in the shape of a miss on the
pool's working pages, beside the near shapes that must keep their reading. The speaker is
checked with :func:`test_speaker_checklist.holds_speaker`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_speaker_checklist import holds_speaker

# ------------------------------------------- a credit, then the channel the words came through

#: "“…,” the consul said, according to the agency X" and "“…,” the statement said, X
#: reported": the credit right after the quotation names the speaker; the channel after its
#: comma only says how the words came. Two sites of the pool (a bus crash's and a road
#: collision's, an English agency's copy each) gave the quotation to the channel. Without the
#: mend in ``extract/speech/said_after.py`` (a run-on clause that holds a speech verb is the
#: credit, not the writer's words going on) each case reads the agency.
CREDIT_THEN_CHANNEL = [
    ("en", "The consul in Brackwell, Ilona Varsi, met the survivors at the hospital.\n\n"
     "“Some of them broke the windows and got out,” the consul said, according to the "
     "Kestrel news agency.", "Some of them", "Ilona Varsi"),
    ("en", "The prosecutor's office of the Varn region, led by Tomas Ekberg, issued a "
     "statement on Tuesday.\n\n\"Four cars collided on the coast road near Dunmere,\" "
     "the prosecutor said, Kestrel Press reported.", "Four cars", "Tomas Ekberg"),
    ("en", "Mayor Ellen Harlow spoke to reporters at the town hall in Brackwell.\n\n“We have "
     "lost three neighbours tonight,” the mayor told reporters, according to Radio Vale.",
     "We have lost", "Ellen Harlow"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"), CREDIT_THEN_CHANNEL)
def test_a_credit_before_a_channel_names_the_speaker(tmp_path: Path, lang: str, text: str,
                                                     opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


#: Neighbours kept: the writer's words that go on from a quotation before its credit (a clause
#: with no speech verb) still take the credit after the comma, and a quotation whose only
#: credit is the channel is the channel's.
RUN_ON_KEPT = [
    ("en", "“We have no motive yet” for the fire, said Tobin Varga, the police chief in "
     "Dunmere.", "We have no motive", "Tobin Varga"),
    ("en", "'The water rose in minutes' along the river, according to Ana Ruiz, a farmer in "
     "Brackwell.", "The water rose", "Ana Ruiz"),
    ("en", "The toll in Brackwell was “beyond anything we feared”, Kestrel Press reported.",
     "beyond anything", "Kestrel Press"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"), RUN_ON_KEPT)
def test_the_writers_words_before_a_credit_still_run_on(tmp_path: Path, lang: str, text: str,
                                                        opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)

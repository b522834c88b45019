"""Review 38 of spspk5's mend in ``extract/speech/said_after.py``: a run-on clause after a
quotation that holds a speech verb is the quotation's credit ("“…,” the consul said, according
to X") only when no subordinating word opens it. "“…” as neighbours told reporters, said Ana
Ruiz" is the writer's clause going on, and the credit after its comma names the speaker: these
cases read the subordinate clause's subject ("neighbours") without the guard. spspk5's own
cases (tests/extract/test_speakers_spspk5.py) keep their reading. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_speaker_checklist import holds_speaker

LEAD = "Mayor Ellen Harlow and the farmer Ana Ruiz walked along the river in Dunmere.\n\n"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("“We saw the water rising” as neighbours told reporters, said Ana Ruiz, a farmer.",
     "We saw the water", "Ana Ruiz"),
    ("“The road was gone by noon” while officials said little, Ana Ruiz recalled.",
     "The road was gone", "Ana Ruiz"),
    ("“Nobody warned us” after the police told residents, said Ellen Harlow.",
     "Nobody warned us", "Ellen Harlow"),
])
def test_a_subordinate_clause_with_a_speech_verb_runs_on_to_the_credit(
        tmp_path: Path, text: str, opening: str, who: str) -> None:
    holds_speaker(tmp_path, "en", LEAD + text, opening, who)

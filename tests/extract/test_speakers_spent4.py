"""Quotations and who speaks, on the shapes the spent sealed sets missed (issue #16, round
spspk4).

Each case is an invented page (names, places and numbers made up) in the shape of a miss on the
spent sets' working pages, in three languages or more, beside a neighbour that must keep its
reading. The speaker is checked with :func:`test_speaker_checklist.holds_speaker`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.extract.test_speaker_checklist import holds_speaker

# ------------------------------------------------- a name with its particles between the marks

#: A newspaper's or a body's name in quotation marks, a particle between its capitalised words
#: ("le «Giornale della Valle»"), is a name, not a statement (spent22: proposed with the
#: credit's article as its speaker).
NAMED_IN_MARKS = [
    ("fr", "La crue a été provoquée par l'orage de la nuit, selon le «Giornale della Valle». "
     "La rivière a débordé à Dole."),
    ("es", "La crecida la causó la tormenta de la noche, según el diario «Voz de la Sierra». "
     "El río se desbordó en Lugo."),
    ("de", "Die Flut kam nach dem nächtlichen Gewitter, berichtete die «Stimme von Tal». "
     "Der Fluss trat in Hof über die Ufer."),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_IN_MARKS)
def test_a_name_with_particles_is_no_quotation(tmp_path: Path, lang: str, text: str) -> None:
    quotes = quote_speakers(tmp_path / "q", "Flood in the valley\n\n" + text + "\n", lang)
    assert not quotes, quotes


def test_a_statement_with_a_particle_stays_a_quotation(tmp_path: Path) -> None:
    """Neighbour: words in the marks that are a statement, lower case among them, stay one."""
    holds_speaker(tmp_path, "fr", "« La rivière a débordé de la digue cette nuit », a déclaré le "
                  "maire Paul Vidal.", "La rivière", "Paul Vidal")

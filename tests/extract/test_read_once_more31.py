"""Read once more at the thirty-first stop: the verbless credit's own list of auxiliaries is now
the copulas' table, which holds the past of "be" and "have" the list had left out. Invented
sentences: a clause after an office and its complement, each beside the credit still read."""

from __future__ import annotations

import pytest

from generator.extract.speech.verbless_credit import verbless_speaker


@pytest.mark.parametrize(("lang", "narration", "credit", "who"), [
    ("it", ", il sindaco di Kelbach era già sul posto.", ", il sindaco di Kelbach.",
     "il sindaco di Kelbach"),
    ("fr", ", le maire de Norvik était déjà sur place.", ", le maire de Norvik.",
     "le maire de Norvik"),
    ("es", ", el alcalde de Tarvik era el primero en llegar.",
     ", el alcalde de Tarvik, Luis Vidal.", "Luis Vidal"),
    ("pt", ", o presidente da Câmara de Ostra tinha chegado cedo.",
     ", o presidente da Câmara de Ostra.", "o presidente da Câmara de Ostra"),
    ("de", ", der Bürgermeister von Kelbach hatte zuvor gewarnt.",
     ", der Bürgermeister von Kelbach.", "der Bürgermeister von Kelbach"),
    ("it", ", il prefetto di Norvik fu avvisato alle tre.", ", il prefetto di Norvik.",
     "il prefetto di Norvik"),
])
def test_a_past_auxiliary_after_an_office_opens_a_clause(lang, narration, credit, who):
    assert verbless_speaker(narration, lang) == ("", "")
    assert who in verbless_speaker(credit, lang)[0]

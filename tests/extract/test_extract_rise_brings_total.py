"""A count of the dead followed by the total it brings is a rise, not the toll: "Four bodies
were found …, bringing the toll to five", "huit nouveaux corps ont été récupérés, faisant passer
le bilan à 13", "quatre morts ont été retrouvés …, portant ainsi à cinq le nombre de victimes"
(trial 48: on three outlets each rise was grouped with the toll, a second, smaller "toll" of
the same day). Invented sentences; each fails without ``_BRINGS_TOTAL`` (the rise read as
"dead"), beside near shapes that stay the toll."""

from __future__ import annotations

import pytest

from tests.probes import figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Four bodies were found near the tracks on Sunday, bringing the death toll to five.", "en",
     [(4, "more dead"), (5, "dead")]),
    ("La police annonce que huit nouveaux corps ont été récupérés, faisant passer le bilan "
     "provisoire à 13 victimes.", "fr", [(8, "more dead"), (13, "dead")]),
    ("Quatre morts ont été retrouvés près de la gare de Valmont, portant ainsi à cinq le nombre "
     "de victimes.", "fr", [(4, "more dead"), (5, "dead")]),
    ("Se hallaron tres cuerpos entre los escombros, elevando a nueve el número de muertos.", "es",
     [(3, "more dead"), (9, "dead")]),
    ("Cinq autres corps ont été retrouvés mercredi, portant le total à 20.", "fr",
     [(5, "more dead"), (20, "dead")]),
])
def test_a_count_that_brings_a_total_is_a_rise(text, lang, expected):
    assert sorted(figures(text, lang)) == sorted(expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the toll alone, a clause on after its comma that brings nothing
    ("Five people died near the tracks on Sunday, police said.", "en", [(5, "dead")]),
    # a count of the dead in a sentence of its own, the total in the next
    ("Four bodies were found near the tracks.", "en", [(4, "dead")]),
])
def test_a_count_that_brings_no_total_stays_the_toll(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Five people died in the crash on Sunday, raising fears about the safety of the line.", "en",
     [(5, "dead")]),
    ("Three people were killed in the blast, bringing traffic in Kelmford to a standstill.", "en",
     [(3, "dead")]),
    ("Cinq personnes sont mortes dans l'incendie, faisant passer la ville en deuil.", "fr",
     [(5, "dead")]),
    ("Sei persone sono morte nel crollo, portando il paese di Valmonte nel lutto.", "it",
     [(6, "dead")]),
])
def test_a_clause_that_brings_no_total_leaves_the_toll(text, lang, expected):
    """rev42: a clause after the count that opens with "raising", "bringing", "faisant passer",
    "portando" but names no total reached is no rise; the count is the toll (read as "more
    dead" before: the verb alone was enough)."""
    assert figures(text, lang) == expected

"""``briefing extract`` on Catalan and Romanian copy (issues 13 and 16): the dead, the injured,
the missing, the evacuated and the services sent, counted in words or digits
(:mod:`generator.text.counted_words`), and the speaker of a quotation by its verb in the tenses
news copy writes them, Catalan's perfect ("ha explicat") and periphrastic past ("va dir"),
Romanian's perfect ("a declarat", "au spus") with and without its diacritics, and "segons",
"potrivit", "conform" (:mod:`generator.text.speech_verbs`, :mod:`generator.text.speech_words`).
Before these tables no Catalan or Romanian figure was proposed and no speaker was read; each
case fails without them. Sentences, places and people invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.probes import figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Tres persones han mort en l'incendi d'un pis de Vilaclara.", "ca", [(3, "dead")]),
    ("El foc va causar tres morts i cinc ferits lleus al barri de Santa Eulàlia.", "ca",
     [(3, "dead"), (5, "wounded")]),
    ("L'explosió ha deixat 19 ferits i dos desapareguts a la fàbrica de Vilaclara.", "ca",
     [(19, "wounded"), (2, "missing")]),
    ("Els Bombers hi han enviat 11 dotacions i el SEM set ambulàncies.", "ca",
     [(11, "dotacions"), (7, "ambulàncies")]),
    ("Almenys quaranta veïns han estat desallotjats de l'edifici.", "ca", [(40, "evacuee")]),
    # an article's casualty is no number here (extract/singular.py proposes it apart)
    ("Un mort en una explosió a la fàbrica de Vilaclara.", "ca", []),
    ("Două persoane au murit, iar alte 9 au fost rănite în urma exploziei.", "ro",
     [(2, "dead"), (9, "wounded")]),
    ("Patru persoane şi-au pierdut viaţa în accidentul de la Valea Lungă.", "ro", [(4, "dead")]),
    ("Doi morti si trei raniti in accidentul de la Valea Lungă.", "ro",
     [(2, "dead"), (3, "wounded")]),
    ("Cel puțin 20 de locatari au fost evacuați din bloc.", "ro", [(20, "evacuee")]),
    ("La fața locului au intervenit cinci ambulanțe și două autospeciale.", "ro",
     [(5, "ambulanțe"), (2, "autospeciale")]),
    # "victime" counts the dead and the injured together: people, not the dead, unless the
    # words after them say what befell them (trapped in a car, dead)
    ("Un mort şi zece răniţi, în total 11 victime.", "ro", [(10, "wounded"), (11, "person")]),
    # (pinned in the crashed car: a group of its own since the fortieth stop, which measures
    # the affected where the trapped measure the missing)
    ("Accidentul a fost anunţat cu trei victime încarcerate la Valea Lungă.", "ro",
     [(3, "pinned")]),
    ("Două victime au murit pe loc.", "ro", [(2, "dead")]),
    # taken into hospital is the injured; "internațională" (international) begins as
    # "internați" does and says nothing of them (read wounded while the table held beginnings)
    ("Trei persoane au fost internați la spitalul din Valea Lungă.", "ro", [(3, "wounded")]),
    ("Cinci persoane din echipa internațională au ajuns la Valea Lungă.", "ro", [(5, "person")]),
    ("Cinci persoane din echipa internationala au ajuns la Valea Lunga.", "ro", [(5, "person")]),
])
def test_catalan_and_romanian_counts(text, lang, expected):
    assert figures(text, lang) == expected


def test_catalan_speakers(tmp_path: Path):
    """The periphrastic past, the perfect and the pluperfect after the quotation, "segons" with
    its verb before the name (not the speaker "Segons"), "com" (as) before the name."""
    quotes = quote_speakers(tmp_path / "q", (
        "Incendi a Vilaclara\n\n"
        "Segons ha explicat el cap de guàrdia, Pere Vidal, els bombers han vist que \"la "
        "instal·lació estava punxada\".\n\n"
        "«Hauria explotat una caldera», va dir Jordi Puig.\n\n"
        "«És el tercer accident en dos anys», ha afegit Anna Ferrer.\n\n"
        "Com va explicar Marta Soler, «el foc es va estendre en minuts».\n\n"
        "«Ja havíem avisat de la fuita», havia dit Lluís Roca.\n"), "ca")
    assert quotes["la instal·lació estava punxada"] == "Pere Vidal"
    assert quotes["Hauria explotat una caldera"] == "Jordi Puig"
    assert quotes["És el tercer accident en dos anys"] == "Anna Ferrer"
    assert quotes["el foc es va estendre en minuts"] == "Marta Soler"
    assert quotes["Ja havíem avisat de la fuita"] == "Lluís Roca"


def test_romanian_speakers(tmp_path: Path):
    """"a spus", "a declarat" and "a afirmat" after the quotation (with the cedilla, the comma
    below or none), and "potrivit" before the name."""
    quotes = quote_speakers(tmp_path / "q", (
        "Explozie la Valea Lungă\n\n"
        "\"Este vorba despre o explozie de gaze\", a spus Mihai Ionescu.\n\n"
        "„Din cele 11 victime, una a decedat”, a afirmat Dan Popa, purtătorul de cuvânt.\n\n"
        "\"O persoana a fost transportata la spital\", a declarat Ovidiu Marin.\n\n"
        "Potrivit lui Ion Radu, „situaţia este în dinamică”.\n"), "ro")
    assert quotes["Este vorba despre o explozie de gaze"] == "Mihai Ionescu"
    assert quotes["Din cele 11 victime, una a decedat"] == "Dan Popa"
    assert quotes["O persoana a fost transportata la spital"] == "Ovidiu Marin"
    assert quotes["situaţia este în dinamică"] == "Ion Radu"


def test_catalan_plural_verbs_are_derived(tmp_path: Path):
    """The plural perfect and periphrastic past of every Catalan speech verb ("han lamentat",
    "van denunciar"), derived from its participle and infinitive where the table had listed a
    few by hand (the review of splang): before, neither of these quotations had a speaker."""
    quotes = quote_speakers(tmp_path / "q", (
        "Incendi a Vilaclara\n\n«El foc va arribar de cop», han lamentat els Bombers de "
        "Vilaclara.\n\n«No hi havia sortida», van denunciar els Mossos.\n"), "ca")
    assert quotes["El foc va arribar de cop"] == "els Bombers de Vilaclara"
    assert quotes["No hi havia sortida"] == "els Mossos"

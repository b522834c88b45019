"""An object pronoun between a subject and its speech verb ("Ruiz le ha recordado que", "il
sindaco gli ha spiegato che") is no part of the subject (quotes round 15, issue 16). Sentences
written for these tests, none a real article's; each test fails without the rule
(`extract/speakers/attribution.subject_before`, `text/lexicon.CLITICS`) and holds near shapes."""

from __future__ import annotations

from generator.extract.speakers.noun_phrases import subject_before
from tests.extract.test_extract_shapes import _quotes


def test_an_object_pronoun_before_the_verb_leaves_the_subject(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "El diputado Luis Ferrán pidió explicaciones por el retraso de las obras.\n\n"
        "Navarro, en su réplica, le ha recordado que «el puente estará listo en marzo» y ha "
        "pedido calma a los vecinos.\n"), "es")
    assert es["el puente estará listo en marzo"] == "Navarro"
    it = _quotes(tmp_path / "it", (
        "Test\n\n"
        "Il sindaco Paolo Neri gli ha spiegato che \"la scuola riaprirà lunedì mattina\".\n"),
        "it")
    assert it["la scuola riaprirà lunedì mattina"] == "Paolo Neri"


def test_capitals_and_a_pronoun_alone_stay():
    assert subject_before("fans in LA ") == "LA"  # (police in LA: "police", trial 19)
    assert subject_before("le ") == "le"
    assert subject_before("Le ministre ") == "Le ministre"

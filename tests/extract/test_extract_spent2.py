"""What a figure measures on the spent sealed sets, second round (issue 16, branch spfig2): the
pages of the sets s22–s25 whose figures extract found under no measure or the wrong one.
Invented sentences of the same shapes in several languages, each with a neighbour the rule must
leave alone."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # an adverb of the total or of the time between the verb of dying and the people it counts
    # (spent24, two sites): the verb still says what befell them
    ("Bei dem Brand in Grauholm starben insgesamt 14 Menschen.", "de", [(14, "dead")]),
    ("W pożarze zginęło wtedy 23 osób, a ponad 50 zostało rannych.", "pl",
     [(23, "dead"), (50, "wounded")]),
    ("En el incendio de Villamar murieron en total 14 personas.", "es", [(14, "dead")]),
    ("Nel rogo di Borgo Alto sono morte ieri 14 persone.", "it", [(14, "dead")]),
    ("Dans l'incendie de Castelmar sont morts au total 14 passagers.", "fr", [(14, "dead")]),
    # neighbours: the same adverbs after a verb that names no outcome
    ("Im Saal von Grauholm waren insgesamt 14 Menschen.", "de", [(14, "person")]),
    ("A Villamar llegaron ayer en total 14 personas.", "es", [(14, "person")]),
])
def test_an_adverb_of_the_total_or_the_time_after_the_verb(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # people said to be among the dead or the injured (spent24, two sites): what befell them,
    # read past a long participle phrase too
    ("Rangers think two to three hikers were among the dead.", "en", [((2, 3), "dead")]),
    ("At least four children being carried by medics to a field tent near the lake were among the "
     "injured.", "en", [(4, "wounded")]),
    ("Deux touristes figurent parmi les morts.", "fr", [(2, "dead")]),
    ("Dos turistas están entre los muertos.", "es", [(2, "dead")]),
    ("Due turisti sono tra i feriti.", "it", [(2, "wounded")]),
    # neighbours: people who did something among them are not of them
    ("Twelve rescuers searched among the dead.", "en", [(12, "responder")]),
    ("Douze secouristes cherchent parmi les morts.", "fr", [(12, "responder")]),
])
def test_people_among_the_dead_are_of_the_dead(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the fate or the whereabouts of people said to be unknown (spent25 knack, ffig5 fakt): the
    # missing, in every language as German's "Verbleib … unklar" already was; of people left
    # out after another group too ("the eight others")
    ("Los 12 osób jest nieznany.", "pl", [(12, "missing")]),
    ("Het lot van zes mensen is nog onduidelijk.", "nl", [(6, "missing")]),
    ("Negen van hen raakten gewond; het lot van de vijf anderen blijft onbekend.", "nl",
     [(9, "wounded"), (5, "missing")]),
    ("The fate of six hikers is still unknown.", "en", [(6, "missing")]),
    ("Seize d'entre eux sont blessés, le sort des huit autres reste inconnu.", "fr",
     [(16, "wounded"), (8, "missing")]),
    ("El paradero de seis personas es desconocido.", "es", [(6, "missing")]),
    ("La sorte di sei persone è ancora ignota.", "it", [(6, "missing")]),
    # neighbours: a fate said to be something else; German whereabouts cleared up
    ("The fate of six hikers moved the nation.", "en", [(6, "hiker")]),
    ("Le sort de six personnes a ému la région.", "fr", [(6, "person")]),
    ("Der Verbleib von sechs Menschen konnte geklärt werden.", "de", [(6, "accounted")]),
])
def test_people_whose_fate_is_unknown_are_missing(text, lang, expected):
    assert _figures(text, lang) == expected

"""People presumed, feared or believed dead are a count of their own, beside the confirmed toll
(trial 16, a volcanic eruption covered in four languages: the presumed dead were grouped with
the confirmed as a second, contradicting toll). Invented sentences and pages."""

from __future__ import annotations

import pytest

from generator.check.terms import terms_of
from tests.conftest import draft_of_pages
from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Crews confirmed four deaths in Varno, and a further seven climbers are believed to "
     "have died on the ridge.", "en", [(4, "dead"), (7, "presumed dead")]),
    ("Officials in Varno listed three confirmed fatalities, and nine more hikers were "
     "presumed dead by nightfall.", "en", [(3, "dead"), (9, "presumed dead")]),
    ("Twelve fishermen are missing, presumed dead.", "en", [(12, "presumed dead")]),
    ("Eight are missing and five are feared dead.", "en",
     [(8, "missing"), (5, "presumed dead")]),
    ("À Varno, on compte trois morts et sept disparus considérés comme décédés.", "fr",
     [(3, "dead"), (7, "presumed dead")]),
    ("Zwei Vermisste gelten inzwischen als tot.", "de", [(2, "presumed dead")]),
    ("Tres pescadores fueron dados por muertos.", "es", [(3, "presumed dead")]),
    ("Sei alpinisti sono dati per morti.", "it", [(6, "presumed dead")]),
    ("Cinco pescadores foram dados como mortos.", "pt", [(5, "presumed dead")]),
    # review 13: words that are no negation of the presumption, and a longer German gap
    ("À Varno, huit personnes de plus sont présumées mortes.", "fr", [(8, "presumed dead")]),
    ("Oito turistas no vulcão foram dados como mortos.", "pt", [(8, "presumed dead")]),
    ("Zwei Vermisste gelten seit dem Ausbruch am Montag als tot.", "de",
     [(2, "presumed dead")]),
    # review 14: a part of a group keeps its words
    ("Four of the 40 passengers are feared dead.", "en",
     [(4, "presumed dead"), (40, "passenger")]),
    ("Quatre des 40 passagers sont présumés morts.", "fr",  # passengers as in English (round 24)
     [(4, "presumed dead"), (40, "passenger")]),
])
def test_the_presumed_dead_are_not_the_confirmed_toll(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the toll itself, and near shapes a careless rule would take for the presumed dead
    ("The rock falls killed an estimated 11 people.", "en", [(11, "dead")]),
    ("Police believe 12 people died in the blast.", "en", [(12, "dead")]),
    ("Six fatalities were confirmed by the coroner.", "en", [(6, "dead")]),
    ("Thirty people were believed to be on board.", "en",  # on board, no presumed dead (round 24)
     [(30, "on board")]),
    ("Nine people are missing and officials fear the toll will rise.", "en",
     [(9, "missing")]),
    ("Cinq personnes sont mortes, huit sont portées disparues.", "fr",
     [(5, "dead"), (8, "missing")]),
    # review 14: found alive undoes the presumption
    ("Eight climbers were believed dead but were found alive on Sunday.", "en",
     [(8, "climber")]),
    # review 15: others found alive, or hope of finding anyone alive, leave the presumption
    ("Eight miners are believed dead; rescuers found two others alive.", "en",
     [(8, "presumed dead"), (2, "person")]),
    ("Six crew are presumed dead, as hopes of finding anyone alive faded.", "en",
     [(6, "presumed dead")]),
    # review 13: pronounced dead is dead; "lost" and then found alive is no presumption
    ("Trois personnes ont été déclarées mortes sur place à Varno.", "fr", [(3, "dead")]),
    ("Zwei Bergsteiger wurden für tot erklärt, nachdem die Ärzte eintrafen.", "de",
     [(2, "dead")]),
])
def test_near_shapes_keep_their_reading(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_total_of_confirmed_and_presumed_dead_is_kept_apart(tmp_path):
    """Two outlets give the confirmed toll, a third adds the presumed dead to it: three
    running counts, each with its own outlets, not one toll that seems to contradict itself."""
    draft = draft_of_pages(tmp_path, {
        "varn-one": ("en", "Rock falls on Mount Varn\n\nRock falls on Mount Varn killed an "
                     "estimated 11 people on Monday.\n\nRescuers have recovered four bodies, "
                     "and seven more climbers are presumed dead, the mayor said.\n"),
        "varn-two": ("en", "Mount Varn toll\n\nFour people died in the rock falls on Mount Varn "
                     "on Monday, police said.\n"),
        "varn-three": ("en", "Mount Varn\n\nBy Tuesday the rock falls on Mount Varn had killed "
                       "four people, and seven climbers were feared dead.\n"),
    })
    by_group: dict[str, set[tuple[str, float]]] = {}
    kinds = {}
    for proposal in draft.figures:
        for c in proposal.reports:
            by_group.setdefault(c.group, set()).add((c.article, c.value))
            kinds[c.group] = proposal.kind
    assert by_group["dead and presumed dead"] == {("varn-one", 11)}
    assert {("varn-one", 7), ("varn-three", 7)} <= by_group["presumed dead"]
    assert {("varn-one", 4), ("varn-two", 4)} <= by_group["dead"]
    assert not by_group["dead"] & {("varn-one", 11), ("varn-one", 7), ("varn-three", 7)}
    assert kinds["presumed dead"] == kinds["dead"] == "running"


def test_a_toll_equal_to_a_sum_by_chance_stays_the_toll(tmp_path):
    """Review 13: six dead, then a confirmed toll of 14 in a sentence of its own, then eight
    presumed dead: 14 is the toll, not a total with the presumed."""
    draft = draft_of_pages(tmp_path, {"varn": ("en", (
        "Mount Varn\n\nSix climbers died on Mount Varn on Monday.\n\nBy Tuesday the confirmed "
        "toll had risen to 14.\n\nEight more climbers are presumed dead, the mayor said.\n"))})
    groups = {c.value: c.group for p in draft.figures for c in p.reports}
    assert groups[14] == "dead" and groups[8] == "presumed dead"


@pytest.mark.parametrize(("label", "presumed"), [
    ("People presumed dead", True), ("Dados por muertos", True), ("Vermutlich Tote", True),
    ("Vermisste, die als tot gelten", True), ("People thought dead", True),
    ("Presumed survivors", False), ("People feared trapped", False),
    ("Morts présumés", True), ("Presumed fatalities", True), ("Mutmaßliche Todesopfer", True),
    ("Deaths (not counting those presumed dead)", False),  # review 14
    ("Passengers not found, presumed dead", True),  # review 15
    ("Disparus sans nouvelles, présumés morts", True),
    ("Confirmed dead, not the presumed dead", False),
    ("People believed on board", False), ("Presuntos saqueadores detenidos", False),
])
def test_which_labels_name_the_presumed_dead(label, presumed):
    assert terms_of([label, "people"], derive=True).presumed is presumed
    assert terms_of([label], derive=False).presumed is presumed  # an analyst's `terms:`


@pytest.mark.parametrize(("label", "after", "states"), [
    ("People presumed dead", " more people were presumed dead after the eruption.", True),
    ("People presumed dead", " people died in the eruption.", False),
    ("Vermutlich Tote", " Vermisste gelten inzwischen als tot.", True),
    ("People killed", " more people were presumed dead after the eruption.", True),  # hedged
    ("People killed", " people died in the eruption.", True),
    ("People killed", " are missing and five are feared dead.", True),  # the missing's words
])
def test_check_finds_a_figure_of_the_presumed_dead_by_their_words_only(label, after, states):
    """``check``'s search for outlets that state a figure without being cited: the presumed
    dead are stated only with words that presume them; a toll written with them is still a
    toll (review 13: "12 people are believed to have died" made its outlet silent)."""
    assert terms_of([label, "people"], derive=True).counts(after) is states

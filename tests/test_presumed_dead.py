"""People presumed, feared or believed dead are a count of their own, beside the confirmed toll
(trial 16, a volcanic eruption covered in four languages: the presumed eight were grouped with
the confirmed six as a second, contradicting toll). Invented sentences and pages."""

from __future__ import annotations

import pytest
from conftest import draft_of_pages

from generator.check.terms import terms_of
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Six deaths were confirmed and another eight people are believed to have died.", "en",
     [(6, "dead"), (8, "presumed dead")]),
    ("The premier said there were five confirmed fatalities and eight more people were "
     "presumed dead.", "en", [(5, "dead"), (8, "presumed dead")]),
    ("Twelve fishermen are missing, presumed dead.", "en", [(12, "presumed dead")]),
    ("Eight are missing and five are feared dead.", "en",
     [(8, "missing"), (5, "presumed dead")]),
    ("Le bilan fait six morts et huit disparus considérés comme décédés.", "fr",
     [(6, "dead"), (8, "presumed dead")]),
    ("Zwei Vermisste gelten inzwischen als tot.", "de", [(2, "presumed dead")]),
    ("Tres pescadores fueron dados por muertos.", "es", [(3, "presumed dead")]),
    ("Sei alpinisti sono dati per morti.", "it", [(6, "presumed dead")]),
    ("Cinco pescadores foram dados como mortos.", "pt", [(5, "presumed dead")]),
])
def test_the_presumed_dead_are_not_the_confirmed_toll(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the toll itself, and near shapes a careless rule would take for the presumed dead
    ("The eruption killed an estimated 13 people.", "en", [(13, "dead")]),
    ("Police believe 12 people died in the blast.", "en", [(12, "dead")]),
    ("Six fatalities were confirmed by the coroner.", "en", [(6, "dead")]),
    ("Thirty people were believed to be on board.", "en", [(30, "person")]),
    ("Nine people are missing and officials fear the toll will rise.", "en",
     [(9, "missing")]),
    ("Cinq personnes sont mortes, huit sont portées disparues.", "fr",
     [(5, "dead"), (8, "missing")]),
])
def test_near_shapes_keep_their_reading(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_total_of_confirmed_and_presumed_dead_is_kept_apart(tmp_path):
    """Two outlets give the confirmed toll, a third adds the presumed dead to it: three
    running counts, each with its own outlets, not one toll that seems to contradict itself."""
    draft = draft_of_pages(tmp_path, {
        "varn-one": ("en", "Eruption on Varn Island\n\nThe eruption on Varn Island killed an "
                     "estimated 13 people on Monday.\n\nThe premier said there were five "
                     "confirmed fatalities and eight more people were presumed dead.\n"),
        "varn-two": ("en", "Varn Island toll\n\nFive people died when the volcano on Varn Island "
                     "erupted on Monday, police said.\n"),
        "varn-three": ("en", "Varn Island\n\nThe toll of the eruption on Varn Island stood at "
                       "six on Tuesday, and another eight people are believed to have died.\n"),
    })
    by_group: dict[str, set[tuple[str, float]]] = {}
    kinds = {}
    for proposal in draft.figures:
        for c in proposal.reports:
            by_group.setdefault(c.group, set()).add((c.article, c.value))
            kinds[c.group] = proposal.kind
    assert by_group["dead and presumed dead"] == {("varn-one", 13)}
    assert {("varn-one", 8), ("varn-three", 8)} <= by_group["presumed dead"]
    assert {("varn-one", 5), ("varn-two", 5)} <= by_group["dead"]
    assert not by_group["dead"] & {("varn-one", 13), ("varn-one", 8), ("varn-three", 8)}
    assert kinds["presumed dead"] == kinds["dead"] == "running"


@pytest.mark.parametrize(("label", "after", "states"), [
    ("People presumed dead", " more people were presumed dead after the eruption.", True),
    ("People presumed dead", " people died in the eruption.", False),
    ("Vermutlich Tote", " Vermisste gelten inzwischen als tot.", True),
    ("People killed", " more people were presumed dead after the eruption.", False),
    ("People killed", " people died in the eruption.", True),
    ("People killed", " are missing and five are feared dead.", True),  # the missing's words
])
def test_check_finds_a_figure_of_the_presumed_dead_by_their_words_only(label, after, states):
    """``check``'s search for outlets that state a figure without being cited: the presumed
    dead are stated only with words that presume them, the confirmed dead never with them."""
    assert terms_of([label, "people"], derive=True).counts(after) is states

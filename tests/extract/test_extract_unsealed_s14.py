"""Extract findings on the sealed set s14, unsealed at the seventeenth stop (FIDELITY.md): the
one attacker is not one more dead, and a harm that says it killed ("to death", "erstochen",
"mató a", "até a morte") counts the dead. Every sentence here is invented."""

from __future__ import annotations

import pytest

from generator.extract.singular import singular_figures
from generator.text.sentences import Sentence
from tests.probes import figures


@pytest.mark.parametrize(("lang", "text", "want"), [
    # the one who killed is no count of one dead: the verb's object is
    ("fr", "Un homme a tué 12 personnes vendredi soir à Valmont.", [(12, "dead")]),
    ("it", "Un uomo ha ucciso tre persone alla festa di Valmonte.", [(3, "dead")]),
    ("de", "Ein Mann hat drei Menschen in Waldheim getötet.", [(3, "dead")]),
    ("fr", "Un homme a poignardé à mort trois personnes au marché.", [(3, "dead")]),
])
def test_the_attacker_is_no_count_of_the_dead(lang, text, want):
    assert figures(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Un homme a tué 12 personnes vendredi soir à Valmont.", "fr", []),
    ("Ein Mann hat drei Menschen in Waldheim getötet.", "de", []),
    ("Un uomo ha ucciso tre persone alla festa.", "it", []),
    # one person harmed, and one harmed beside a count, are still counted
    ("Un ouvrier décède dans l'incendie du hangar.", "fr", [("Un", "dead")]),
    ("Una donna è morta nel crollo, tre persone sono ferite.", "it", [("Una", "dead")]),
    ("Une femme est morte trois jours plus tard.", "fr", [("Une", "dead")]),
])
def test_one_person_is_counted_only_when_harmed(text, lang, expected):
    found = singular_figures(Sentence(0, len(text), text, 0), lang)
    assert [(f.written, f.head) for f in found] == expected


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "A man stabbed three people to death at the fair on Friday.", [(3, "dead")]),
    ("en", "Three people were stabbed to death and eight were hurt.",
     [(3, "dead"), (8, "wounded")]),
    ("de", "Ein Angreifer hat in Waldheim drei Menschen erstochen.", [(3, "dead")]),
    ("de", "Bei dem Gedränge wurden zwei Menschen zu Tode getrampelt.", [(2, "dead")]),
    ("es", "Un hombre apuñaló hasta la muerte a tres personas en la feria.", [(3, "dead")]),
    ("es", "El atacante mató a tres personas e hirió a otras ocho.", [(3, "dead"), (8, "wounded")]),
    ("pt", "Um homem esfaqueou até a morte três pessoas no festival.", [(3, "dead")]),
])
def test_a_harm_that_kills_counts_the_dead(lang, text, want):
    assert figures(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # one of those just counted, named by what they are, is a figure of its own, whose number
    # is the "one" the outlet wrote (the eighteenth stop: it had stood at the article)
    ("Three walkers died on the ridge, one of them a teenage boy, and 14 were hurt.", "en",
     [("one", "dead")]),
    ("Four hikers drowned, one of whom was a guide.", "en", [("one", "dead")]),
    ("Deux personnes sont mortes, l'une d'entre elles un enfant.", "fr", [("l'une", "dead")]),
    ("Dos personas murieron, una de ellas un niño.", "es", [("una", "dead")]),
    # a German compound whose head is a short person noun names a person
    ("Zwei Menschen starben, darunter ein Kleinkind.", "de", [("ein", "dead")]),
    ("Ein Kleinkind wurde schwer verletzt.", "de", [("Ein", "wounded")]),
])
def test_one_of_those_counted_is_a_figure_of_its_own(text, lang, expected):
    found = singular_figures(Sentence(0, len(text), text, 0), lang)
    assert [(f.written, f.head) for f in found] == expected

"""Figures on the spent sealed sets, third round (issue 16, branch spfig3): the shapes of the
set s27 (and s22–s25) whose figures extract missed. Invented sentences of the same shapes in
several languages, each with a neighbour the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # people left without a roof, in those words (spent27, two sites): the homeless, counted
    # with the displaced as "homeless" already was
    ("Despite this, one man is missing and Graufeld's 250 inhabitants are now without homes.",
     "en", [(250, "evacuee")]),
    ("Malgré cela, les 250 habitants de Graufeld sont maintenant sans foyers.", "fr",
     [(250, "evacuee")]),
    ("Les 250 habitants de Graufeld sont sans toit.", "fr", [(250, "evacuee")]),
    ("Los 250 habitantes de Graufeld están ahora sin casa.", "es", [(250, "evacuee")]),
    ("I 250 abitanti di Graufeld sono ora senza un tetto.", "it", [(250, "evacuee")]),
    ("Die 250 Einwohner von Graufeld sind nun ohne Obdach.", "de", [(250, "evacuee")]),
    # neighbours: residents with nothing said to befall them are the place's population
    ("Les 250 habitants de Graufeld regardent l'incendie.", "fr", []),
    ("Die 250 Einwohner von Graufeld sahen dem Feuer zu.", "de", []),
])
def test_people_left_without_a_roof_are_homeless(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # English "inhabitants" as "residents": figures once an outcome befalls them (spent27)
    ("The hamlet's 250 inhabitants were evacuated on June 3.", "en", [(250, "evacuee")]),
    ("The hamlet's 250 residents were evacuated on June 3.", "en", [(250, "evacuee")]),
    # neighbours: the population alone
    ("The town has 250 inhabitants.", "en", []),
    ("The hamlet's 250 inhabitants watched the fire.", "en", []),
])
def test_inhabitants_are_counted_as_residents_are(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a bare "number" counts the outcome its clause named before it (spent27 taz): a toll
    # corrected in the same sentence as its first figure, which is read as no figure of its own
    ("Am Abend war zunächst von acht Toten die Rede, am Freitag wurde die Zahl auf fünf "
     "korrigiert.", "de", [(5, "dead")]),
    ("Officials initially reported eight dead, but on Friday the number was corrected to five.",
     "en", [(5, "dead")]),
    ("On parlait d'abord de huit morts, vendredi le nombre a été corrigé à cinq.", "fr",
     [(5, "dead")]),
    ("Inicialmente se habló de ocho muertos, pero el viernes la cifra se corrigió a cinco.",
     "es", [(5, "dead")]),
    ("Inizialmente si parlava di otto morti, ma venerdì il numero è stato corretto a cinque.",
     "it", [(5, "dead")]),
    # neighbours: a bare number with nothing counted before it; a number naming its own noun
    ("Am Freitag wurde die Zahl auf fünf korrigiert.", "de", []),
    ("Vendredi le nombre est passé à douze.", "fr", []),
    ("Acht Menschen starben, die Zahl der Helfer stieg auf 200.", "de",
     [(8, "dead"), (200, "responder")]),
])
def test_a_bare_number_counts_what_its_clause_named(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # people said to be lacking, in a relative clause after them (spent22 tpi): the missing,
    # and the bare number of the same sentence counts them too
    ("All'inizio erano 7 i turisti che mancavano, poi la cifra è scesa a 3.", "it",
     [(7, "missing"), (3, "missing")]),
    ("Al principio eran 7 las personas que faltaban, luego la cifra bajó a 3.", "es",
     [(7, "missing"), (3, "missing")]),
    ("Il y avait 7 personnes qui manquaient, le nombre est ensuite tombé à 3.", "fr",
     [(7, "missing"), (3, "missing")]),
    # neighbours: people doing something else in the same relative clause
    ("Erano 7 le persone che mangiavano.", "it", [(7, "person")]),
    ("Son 7 las personas que hablan.", "es", [(7, "person")]),
])
def test_people_said_to_be_lacking_are_missing(text, lang, expected):
    assert _figures(text, lang) == expected

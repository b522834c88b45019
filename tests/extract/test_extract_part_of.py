"""A number a partitive pronoun ties to the group just named is part of that group (issue 16,
figures round 17): what befell the group befell it, even with a category of its own or a toll
named earlier in the sentence. Invented sentences of the shapes unseen pages wrote, with the
near shapes the rule leaves alone."""

from __future__ import annotations

import pytest

from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a toll named earlier counts the whole; the part after "de ellas" is of the hospitalised
    ("El alcalde de Villarrosa confirmó el saldo de víctimas y dijo que 90 personas siguen "
     "hospitalizadas, 12 de ellas en estado crítico.", "es", [(90, "wounded"), (12, "wounded")]),
    # a category of their own says who they are, not what befell them
    ("El fuego dejó 30 heridos (cinco de ellos bomberos) y tres desaparecidos.", "es",
     [(30, "wounded"), (5, "wounded"), (3, "missing")]),
    ("Le bilan de Valmorin fait état de 40 blessés; 8 d'entre eux pompiers volontaires.",
     "fr", [(40, "wounded"), (8, "wounded")]),
    ("The blast at Harrowgate injured 25 people, seven of them firefighters.", "en",
     [(25, "wounded"), (7, "wounded")]),
])
def test_a_partitive_part_takes_its_groups_outcome(text: str, lang: str,
                                                   expected: list[tuple[float, str]]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # an outcome of its own after the part is the part's
    ("Hubo 40 heridos en Villarrosa, tres de ellos murieron en el hospital.", "es",
     [(40, "wounded"), (3, "dead")]),
    # the group just named is not of what befell people: the part keeps its own noun
    ("Llegaron 20 camiones, cinco de ellos cisternas.", "es", [(20, "camión")]),
])
def test_near_shapes_keep_their_reading(text: str, lang: str,
                                        expected: list[tuple[float, str]]) -> None:
    got = _figures(text, lang)
    assert got[:len(expected)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a clause that opens on the group counts its parts after the comma (figures round 18: a
    # crowd crush page gave the dead by sex so), the second joined by "and"
    ("Dos mortos, 12 eram mulheres e 9 eram homens.", "pt", [(12, "dead"), (9, "dead")]),
    ("Of the dead, 12 were children and 30 were tourists.", "en", [(12, "dead"), (30, "dead")]),
    ("Parmi les blessés, trois sont dans un état grave.", "fr", [(3, "wounded")]),
    # an outcome of its own after the part is the part's
    ("De los heridos, 20 siguen en el hospital y tres murieron anoche.", "es",
     [(20, "wounded"), (3, "dead")]),
])
def test_a_clause_opening_on_a_group_counts_its_parts(text: str, lang: str,
                                                     expected: list[tuple[float, str]]) -> None:
    assert _figures(text, lang) == expected


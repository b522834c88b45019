"""A conjunction or an "according to" word glued to the front of a speaker's name (quotes round
15, issue 16). Sentences written for these tests, none a real article's; each test fails without
the rule (`extract/quotes._without_opener`) and holds the near shapes it must leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_an_according_word_before_a_colon_is_no_part_of_the_name(tmp_path):
    de = _quotes(tmp_path / "de", (
        "Test\n\n"
        "Die Bäckerei verkauft im Winter doppelt so viel Brot, sagt Meister Tobias Kranich. Laut "
        "Kranich liege der Umsatz vor allem am Wetter: \"Bei Kälte essen die Leute mehr.\"\n"),
        "de")
    assert de["Bei Kälte essen die Leute mehr"] == "Kranich"


def test_a_conjunction_before_a_colon_is_no_part_of_the_name(tmp_path):
    en = _quotes(tmp_path / "en", (
        "Test\n\n"
        "Harbour board chair Dana Whitlow said the vote on the new pier would go ahead.\n\n"
        "But Whitlow told the chamber: \"We have been open about this from the very start.\"\n"),
        "en")
    assert en["We have been open about this from the very start"] in {"Whitlow", "Dana Whitlow"}


def test_an_article_or_a_name_that_opens_with_such_a_word_stays(tmp_path):
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "A Prefeitura de Vila Nova informou: “As aulas voltam na segunda-feira em todas as "
        "escolas”.\n"), "pt")
    assert pt["As aulas voltam na segunda-feira em todas as escolas"] == "A Prefeitura de Vila Nova"

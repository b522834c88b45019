"""An event's title is its sentence without the date wording, and without the word that
introduced the date ("As of Friday morning, the barge …" gave "As of, the barge …"; "Dans la
matinée d'hier, le cargo …" gave "Dans la matinée d', le cargo …": trial 13). Invented pages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import draft_of_pages

PAGES = {
    "title-en": ("en", "Test\n\nAs of Friday morning, the barge Varnholm remained aground in "
                       "the north channel, the harbour office said.\n"),
    "title-fr": ("fr", "Essai\n\nDans la matinée d'hier, le cargo Varnholm s'est échoué en "
                       "travers du chenal nord.\n"),
    "title-de": ("de", "Test\n\nDer Frachter Varnholm war am Dienstag vergangener Woche im "
                       "Nordkanal auf Grund gelaufen.\n"),
}


def test_the_words_that_introduced_the_date_go_with_it(tmp_path: Path) -> None:
    draft = draft_of_pages(tmp_path / "titles", PAGES, "2031-03-29T12:00:00+01:00")
    titles = {e.reports[0].article: e.title for e in draft.events}
    assert titles["title-en"].startswith("The barge Varnholm remained aground")
    assert titles["title-fr"].startswith("Dans la matinée, le cargo Varnholm")
    assert titles["title-de"].startswith("Der Frachter Varnholm war im Nordkanal")

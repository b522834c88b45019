"""Shapes of the spent sealed sets read at the thirtieth stop (s28 first, then s22 to s25 and
s27), in invented snippets of several languages, each beside a neighbour of the same shape that
must stay as it is:

* a crawl date followed by a date that is the story's first sentence ("Tuesday, 23 February
  1999. One of the saddest days …", an anniversary piece): only the crawl date is removed; a
  publication date printed after the crawl date, with the lede after it and no full stop
  between, is still removed with it (``pieces._prefix``, rule ``crawl-date``).
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

# --- a crawl date before a date that opens the story ---------------------------------------------

DATED_OPENINGS = [
    # (language, the dates, the rest of the opening paragraph, the publication date's neighbour)
    ("de", "Mittwoch, 14. März 1984.",
     "Ein Tag, den in Unterhofen niemand vergessen hat. Eine Mure verschüttete damals zwölf "
     "Häuser, neun Menschen kamen ums Leben.", "14. März 2024"),
    ("en", "Wednesday, March 14, 1984.",
     "A day nobody in Lower Marden has forgotten. A mudslide buried twelve houses there, and "
     "nine people died.", "March 14, 2024"),
    ("fr", "Mercredi 14 mars 1984.",
     "Une journée que personne n'a oubliée à Valbrune. Une coulée de boue a enseveli douze "
     "maisons et fait neuf morts.", "14 mars 2024"),
    ("it", "Mercoledì 14 marzo 1984.",
     "Una giornata che nessuno a Valdoria ha dimenticato. Una colata di fango travolse dodici "
     "case e nove persone morirono.", "14 marzo 2024"),
]
BODY = {"de": "Am Sonntag wird im Dorf der Opfer gedacht.",
        "en": "The village will remember the victims on Sunday.",
        "fr": "Le village rendra hommage aux victimes dimanche.",
        "it": "Domenica il paese ricorderà le vittime."}


@pytest.mark.parametrize(("language", "dates", "rest", "published"), DATED_OPENINGS)
def test_a_date_that_is_the_first_sentence_stays_after_the_crawl_date(language, dates, rest,
                                                                       published):
    c = read(f" date 2024-03 {dates} {rest}\n\n{BODY[language]}\n", language=language)
    assert rules(c).get("date 2024-03") == "crawl-date", rules(c)
    assert story(c)[0] == f"{dates} {rest}"
    # the neighbour: a publication date after the crawl date, the lede after it
    c = read(f" date 2024-03 {published} {rest}\n\n{BODY[language]}\n", language=language)
    assert rules(c).get(f"date 2024-03 {published}") == "crawl-date", rules(c)
    assert story(c)[0] == rest

"""A page alone in its language has no other page to show that the words opening its sentences
("Wśród", "Kilka", "Potem") are written in lower case everywhere else: each was taken for a
name no article naming the event uses, and an own report with many short sentences looked like
another event's. Now, on such a page, a function word of its language (jusText's stop list)
capitalised only where a sentence opens is no name. A name opening a sentence and written with
its capital inside one too stays a name, and a near miss alone in its language, with names of
its own, is still flagged. Every town, river and person below is invented."""

from __future__ import annotations

from pathlib import Path

from generator.check.off_event import judge_pages
from generator.check.signature_names import names_of, words_of
from generator.content.cache import NO_CACHE
from tests.conftest import loaded_pages

OWN = [
    ("en-a", "en", "2031-08-09", "The river Tamsel burst its banks in Korvath on Saturday. "
     "Mayor Brenna Oldis said 400 homes in Korvath were under water."),
    ("en-b", "en", "2031-08-10", "Rescuers in Korvath reached the last street the Tamsel "
     "flooded, Oldis said."),
    ("en-c", "en", "2031-08-10", "Schools in Korvath stayed closed as the Tamsel peaked. Oldis "
     "thanked the volunteers."),
]
#: An own report alone in Polish, in short sentences opened by function words.
LONE = ("pl-a", "pl", "2031-08-10", "Woda w Korvath opada. Tamsel wraca do koryta. Według "
        "burmistrz Oldis to koniec. Wśród rodzin panuje ulga. Kilka szkół zamknięto. Potem "
        "przyszła pomoc. Tymczasem deszcz ustał. Dlatego ludzie wracają. Również sklepy działają. "
        "Teraz liczy się czas. Później przyjdzie sprzątanie. Jednak droga jest zamknięta. "
        "Także most stoi. Wtedy wróci autobus. Ponadto działa szpital. Oldis dziękuje "
        "wszystkim.")
#: The same shape about another town's flood, alone in Polish, with names of its own.
NEAR = ("pl-b", "pl", "2024-05-12", "Woda w Velmor opada. Dranek wraca do koryta. Według "
        "burmistrza Siwina to koniec. Wśród rodzin panuje ulga. Kilka szkół w Ostrinie "
        "zamknięto. Potem przyszła pomoc z Lemberu. Tymczasem deszcz ustał. Dlatego ludzie "
        "wracają do Velmor. Siwin dziękuje wszystkim.")


def _names(root: Path, pages: list) -> dict[str, set[str]]:
    content = loaded_pages(root, "The Korvath flood", pages)
    articles = list(content.articles.values())
    found = names_of(articles, words_of(articles, NO_CACHE))
    return {a.id[:4]: found[a.id] for a in articles}


def test_on_a_page_alone_in_its_language_a_function_word_opening_sentences_is_no_name(
        tmp_path: Path) -> None:
    lone = _names(tmp_path, [*OWN, LONE])["pl-a"]
    assert {"korvath", "oldis", "tamsel"} <= lone  # "Tamsel" and "Oldis" open sentences too
    assert not lone & {"według", "wśród", "kilka", "potem", "tymczasem", "dlatego", "również",
                       "teraz", "później", "jednak", "także", "wtedy", "ponadto"}


def test_an_own_report_alone_in_its_language_in_short_sentences_is_not_questioned(
        tmp_path: Path) -> None:
    verdicts = {v.article: v for v in judge_pages(loaded_pages(
        tmp_path, "The Korvath flood", [*OWN, LONE]))}
    assert not verdicts, {a: v.text for a, v in verdicts.items()}


def test_the_same_shape_about_another_town_is_still_flagged(tmp_path: Path) -> None:
    verdicts = {v.article: v for v in judge_pages(loaded_pages(
        tmp_path, "The Korvath flood", [*OWN, NEAR]))}
    assert [a[:4] for a, v in verdicts.items() if v.sure] == ["pl-b"], \
        {a: v.text for a, v in verdicts.items()}

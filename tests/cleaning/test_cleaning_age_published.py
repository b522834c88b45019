"""A page's notice of when it appeared, or that it stands in an archive (trial 48, two sites:
"This article was published … (1502 days ago), so information in it may no longer be current",
"Cet article fait partie des archives en ligne du …, qui a fermé ses portes en 2021."). Above the
story it hid the headline (the page took its headline from the address); below it, it was a
story paragraph. Invented notices; each fails without the two branches of ``age-notice``. A
story sentence that speaks of a report published by someone stays."""

from __future__ import annotations

import pytest

from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story


@pytest.mark.parametrize("notice", [
    "This article was published 3/4/2019 (2101 days ago), so information in it may no longer "
    "be current.",
    "This story was published on 12 May 2020 and is no longer updated.",
    "Cet article a été publié le 4 mars 2019 et n'est plus mis à jour.",
    "Dieser Artikel wurde am 4. März 2019 veröffentlicht.",
    "This article is part of the online archive of the Kelmford Herald, which closed in 2020.",
    "Cet article fait partie des archives en ligne du Journal de Valmont, qui a fermé ses "
    "portes en 2020.",
    "Este artículo forma parte del archivo del Diario de Ostra.",
])
def test_a_notice_of_when_the_page_appeared_goes(notice):
    cleaned = read(page(TITLE, LEDE, BODY, notice))
    assert story(cleaned) == [LEDE, BODY] and rules(cleaned)[notice] == "age-notice"


def test_an_archive_notice_above_the_headline_leaves_the_headline_its_own():
    notice = "This article is part of the online archive of the Kelmford Herald, which closed."
    cleaned = read(page(notice, TITLE, LEDE, BODY))
    assert cleaned.headline == TITLE and story(cleaned) == [LEDE, BODY]


@pytest.mark.parametrize("line", [
    "This report, published by the river agency on Monday, found that 12 homes were flooded.",
    "This report was published by the commission after a year of hearings.",
])
def test_a_report_published_by_someone_stays_story(line):
    cleaned = read(page(TITLE, LEDE, line, BODY))
    assert line in story(cleaned)


@pytest.mark.parametrize(("line", "language"), [
    ("This report was published in 2019 by the safety board, two years before the bridge at "
     "Kelmford fell.", "en"),
    ("This report was published on 12 March by the inspectors and warned that the dam at "
     "Kelmford was weak.", "en"),
    ("Cet article du règlement, publié le 3 mars 2019 au Journal officiel, interdit les feux "
     "à Valmont.", "fr"),
    ("Este artículo de la ley, publicado el 3 de marzo, prohíbe las obras en Valmont.", "es"),
])
def test_a_text_published_by_someone_on_a_date_stays_story(line, language):
    """rev42: a report published on a date by someone, or a law's article published on a date,
    is the story's, not the page's notice of its age (removed as ``age-notice`` before: the
    date after "published" was enough). The notices above still go."""
    cleaned = read(page(TITLE, LEDE, line, BODY), language=language)
    assert line in story(cleaned)

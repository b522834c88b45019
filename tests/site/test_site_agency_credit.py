"""Trial 26: a page closing on its site's name, a slash and the wire ("(Site/afp)", as Swiss
and Luxembourg papers sign agency copy) had it removed as a picture's credit, and gave no
`via`; a lower-case "afp" named no agency. Invented pages; every case is conserved."""

from __future__ import annotations

import pytest

from generator.text.agencies import agency
from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story

URL = "https://www.dailyvalmont.example/news/story/28374620"


@pytest.mark.parametrize("credit", ["(Daily Valmont/afp)", "(DailyValmont/AFP)",
                                    "(Daily Valmont/ats/afp)"])
def test_the_sites_own_credit_with_the_wire_gives_the_via(credit):
    c = read(page(TITLE, LEDE, BODY, credit), url=URL)
    assert story(c) == [LEDE, BODY] and rules(c)[credit] == "site-agency-credit"
    assert c.via is not None and agency(c.via.split("/")[-1]) == "AFP"


def test_a_photographers_credit_with_the_wire_stays_a_pictures():
    credit = "(Jean Marchal/AFP)"
    c = read(page(TITLE, LEDE, credit, BODY), url=URL)
    assert rules(c)[credit] in ("picture-credit", "photo-agency-credit") and c.via is None


@pytest.mark.parametrize(("name", "canonical"), [("afp", "AFP"), ("ats", "ATS"), ("efe", "EFE"),
                                                 ("ansa", None), ("pap", None), ("ap", None)])
def test_short_agency_names_in_lower_case_only_where_no_word_is_spelt_so(name, canonical):
    assert agency(name) == canonical

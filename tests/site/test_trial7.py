"""Trial 7 (a new user's briefing on a migrant-boat sinking, read through the PDF): what misled.

Invented text throughout, in the shapes the trial's pages had; no page's words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from tests.conftest import loaded_pages

#: Reports of a sinking off a coast each outlet spells its own way (no one spelling is used by
#: most), four of the seven quoting one broadcaster by name.
SPELT_APART = [
    ("one", "Ferry sinks off the coast\n\nA crowded ferry sank off the coast of Morvania "
     "overnight, coast guard chief Elena Sotiri told Radiovox, as boats from Portakis searched."),
    ("two", "Dozens missing after sinking\n\nDivers near Morvania found more bodies, while "
     "harbour master Tomas Berik told Radiovox that boats from Kalivo had joined the search."),
    ("three", "Toll of the sinking rises\n\nThe ferry that went down off Morvanie carried about "
     "300 people, Radiovox reported, quoting the minister Ana Lektra."),
    ("four", "Survivors brought ashore\n\nSurvivors of the sinking off Morvanía reached the port "
     "of Kalivo, where mayor Petros Dalo spoke to Radiovox."),
    ("five", "Questions over the licence\n\nThe operator Seaway Lines had no licence for the "
     "route past Morvanija, inspector Ioanna Fera said."),
    ("six", "Families wait in port\n\nRelatives waited in Portakis for news of the ferry lost "
     "off Morvania, priest Stavros Neli said."),
    ("seven", "Navy joins the search\n\nA frigate from Dravos joined the search off Morvanie, "
     "commander Luka Verin said on the quay."),
]


def test_a_place_spelt_apart_outweighs_the_broadcaster_every_outlet_quotes(tmp_path: Path):
    content = loaded_pages(tmp_path, "The sinking", SPELT_APART)
    event, _sigs = signatures(content)
    assert event.core_text == "Morvania"
    assert not [v.article for v in judge_pages(content) if v.sure]


#: Eight outlets' reports of a sinking and of a search that lasted two days.
EIGHT = {f"site-{i}": f"News\n\nThe ferry sank off Morvania on the first of the month, and divers "
         f"searched the wreck for two days, report number {i} said.\n" for i in range(8)}
SPAN_FACTS = """events:
  - id: sinking
    title: The ferry sinks
    date: 2031-03-01
    reports:
      - article: site-0
        quote: "The ferry sank off Morvania"
  - id: search
    title: Divers search the wreck
    date: 2031-03-04/2031-03-05
    reports:
      - article: site-1
        quote: "divers searched the wreck for two days"
places:
  - id: morvania
    name: Morvania
    variants: [Morvanie]
"""


def _eight(tmp_path: Path):
    from generator.analyse.analysis import analyse
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing

    content = small_briefing(tmp_path, {stem: f"{stem}.example.org" for stem in EIGHT},
                             SPAN_FACTS, {stem: (text, f"outlet: {stem}\npublished: 2031-03-06\n")
                                          for stem, text in EIGHT.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return analyse(checked)


def test_the_events_span_ends_on_the_last_day_of_the_last_range(tmp_path: Path):
    from generator.render.print.document import render_pdf_html
    from generator.site.pages import render

    analysis = _eight(tmp_path)
    assert "Events from 1 Mar 2031 to 5 Mar 2031:" in render(analysis).pages["index.md"]
    assert "Events from 1 Mar 2031 to 5 Mar 2031:" in render_pdf_html(analysis)


def test_the_printed_coverage_table_is_split_before_it_runs_off_the_page(tmp_path: Path):
    from bs4 import BeautifulSoup

    from generator.render.print.document import MATRIX_OUTLETS, render_pdf_html

    soup = BeautifulSoup(render_pdf_html(_eight(tmp_path)), "html.parser")
    for tables, rows in ((soup.select("table.matrix:not(.names)"), 2),  # the claims
                         (soup.select("table.matrix.names"), 2)):  # the place's two spellings
        heads = [[th.get_text() for th in t.select("th.outlet")]
                 for t in tables]
        assert [len(h) for h in heads] == [4, 4]  # even groups, none over the page's width
        assert all(len(h) <= MATRIX_OUTLETS for h in heads)
        assert sorted(n for h in heads for n in h) == sorted(f"{s}.example.org" for s in EIGHT)
        assert all(len(t.select("tbody tr")) == rows for t in tables)  # every row in every part


def _stances(root: Path, facts: str, pages: dict[str, tuple[str, str]]) -> dict:
    from generator.analyse.analysis import analyse
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing

    content = small_briefing(root, {stem: stem.title() for stem in pages}, facts, {
        stem: (f"Ferry news\n\n{text}\n", f"outlet: {stem}\npublished: 2031-03-02\n"
               f"language: {language}\n") for stem, (language, text) in pages.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return {o: s.state for o, s in analyse(checked).figures[0].stances.items()}


SURVIVORS = """figures:
  - id: survivors
    label: Survivors brought ashore
    unit: people
    reports:
      - article: wire-en
        value: 41
        quote: "brought 41 survivors ashore"
"""


def test_an_outlet_stating_the_rescued_in_its_own_language_is_not_silent(tmp_path: Path):
    stances = _stances(tmp_path, SURVIVORS, {
        "wire-en": ("en", "Coast guard boats brought 41 survivors ashore at Portakis overnight."),
        "diario-es": ("es", "Los guardacostas han rescatado a 41 personas con vida en Portakis."),
        "giornale-it": ("it", "La guardia costiera ha salvato 41 persone al largo di Portakis."),
        "journal-fr": ("fr", "Au total, 41 personnes ont été secourues au large de Portakis."),
    })
    assert {o: stances[o] for o in ("diario-es", "giornale-it", "journal-fr")} == dict.fromkeys(
        ("diario-es", "giornale-it", "journal-fr"), "mentions")


DEAD = """figures:
  - id: dead
    label: Bodies recovered
    unit: dead
    reports:
      - article: wire-en
        value: 12
        quote: "12 bodies were recovered"
"""


def test_a_term_after_a_colon_following_the_number_is_another_clause(tmp_path: Path):
    stances = _stances(tmp_path, DEAD, {
        "wire-en": ("en", "Divers said 12 bodies were recovered off Portakis by the evening."),
        "paper-en": ("en", "The mayor of Portakis said there were 300 people aboard: the dead "
                           "will be many more, she feared."),
        "daily-en": ("en", "Toll: 12 confirmed dead off Portakis, the harbour office said."),
    })
    assert stances["paper-en"] == "silent"
    assert stances["daily-en"] == "mentions"


@pytest.mark.parametrize(("written", "said"), [
    ("15/06/2031", "'15/06/2031' is written day (or month) first; write the year first: "
                   "2031-06-15"),
    ("05.06.2031", "2031-06-05 or 2031-05-06 (day first, or month first)"),
    ("2031/06/15", "write 2031-06-15 (a '/' joins the two ends of a range)"),
])
def test_a_date_written_the_other_way_round_is_named_whole_with_its_spelling(written, said):
    from generator.text.dates import parse_fuzzy_date, parse_published

    for parse in (parse_fuzzy_date, parse_published):
        with pytest.raises(ValueError, match=re.escape(said)):
            parse(written)


def test_a_quote_cited_from_the_wrong_article_names_the_one_that_holds_it(tmp_path: Path):
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing

    facts = """events:
  - id: located
    title: The boat is located
    date: 2031-03-01
    reports:
      - article: first
        quote: "a patrol plane spotted the crowded boat west of Portakis"
"""
    content = small_briefing(tmp_path, {"first": "First", "second": "Second"}, facts, {
        "first": ("News\n\nDivers searched the sea off Portakis all night, officials said.\n",
                  "outlet: first\npublished: 2031-03-02\n"),
        "second": ("News\n\nOn Monday a patrol plane spotted the crowded boat west of Portakis, "
                   "the coast guard said.\n", "outlet: second\npublished: 2031-03-02\n")})
    _checked, problems = run_check(content)
    [error] = [p.format() for p in problems.errors]
    assert "quote not found in article 'first'" in error
    assert "the words are in article 'second'" in error


def test_an_article_id_opening_the_address_slug_is_no_word_of_the_headline():
    from generator.content.headline_address import url_headline

    story = "At least 41 people drowned when the ferry sank off Portakis, 10,000 watched."
    assert url_headline("https://news.example.org/world/80412-ferry-sinks-off-portakis-killing-41"
                        ".html", story) == "Ferry sinks off Portakis killing 41"
    # a number the story writes is the title's own
    assert url_headline("https://news.example.org/world/10000-watch-ferry-sink-off-portakis",
                        story) == "10000 watch ferry sink off Portakis"


def test_the_printed_outlet_whose_only_article_is_left_out_says_so(tmp_path: Path):
    from generator.analyse.analysis import analyse
    from generator.render.print.document import render_pdf_html
    from generator.site.pipeline import run_check
    from tests.conftest import small_briefing

    pages = dict(list(EIGHT.items())[:3])
    pages["older"] = "News\n\nA barge sank in the Tessel canal eleven years ago, nobody was hurt.\n"
    content = small_briefing(tmp_path, {stem: f"{stem}.example.org" for stem in pages},
                             SPAN_FACTS, {stem: (text, f"outlet: {stem}\npublished: 2031-03-06\n"
                                                 + ("exclude: an older sinking\n"
                                                    if stem == "older" else ""))
                                          for stem, text in pages.items()})
    checked, problems = run_check(content)
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    html = render_pdf_html(analyse(checked))
    assert "(<code>exclude:</code>): content/articles/older.txt: an older sinking" in html
    assert "No articles from this outlet yet." not in html


@pytest.mark.parametrize("text", [
    "Die Geretteten sollen am Donnerstag und Freitag in ein Lager bei Portakis gebracht werden.",
    "Der Kapitän wird am Freitag in Portakis vernommen.",
])
def test_a_german_weekday_after_a_future_wording_is_no_past_event(text):
    from datetime import date

    from generator.extract.dates import dates_in
    from generator.text.sentences import Sentence

    # published on a Thursday: "Freitag" is the coming day, not the one six days before
    assert not [m for m in dates_in(Sentence(0, len(text), text, 0), date(2031, 3, 6), "de")
                if m.kind == "weekday"]


@pytest.mark.parametrize("text", [
    "Die Fähre sank am Freitag vor der Küste von Portakis.",  # a plain past
    "Der Fahrer soll am Sonntag betrunken gewesen sein.",  # reported past: said to have been
    "Die beiden Wanderer werden seit Sonntag vermisst.",  # missing since Sunday
    "Das Boot wird am Sonntag gesunken sein, vermuten die Ermittler.",  # future perfect: a guess
])
def test_a_german_weekday_of_a_past_day_is_still_read(text):
    """The German future wordings must not hide past days: the control that the weekday is read
    at all, and the shapes that look ahead but tell of the past (review of trial 7's rule)."""
    from datetime import date

    from generator.extract.dates import dates_in
    from generator.text.sentences import Sentence

    assert [m for m in dates_in(Sentence(0, len(text), text, 0), date(2031, 3, 6), "de")
            if m.kind == "weekday"]


def test_a_greek_headline_under_a_section_label_is_found_by_the_address_in_latin_letters():
    from generator.content.cleaner import clean_text
    from tests.cleaning.test_cleaning import assert_nothing_lost, page

    title = "Φορτηγό πλοίο προσάραξε στη Μορβανία τη νύχτα της Τρίτης"
    text = page("Ειδήσεις", title,
                "Το φορτηγό πλοίο προσάραξε κοντά στο λιμάνι της Μορβανίας και οι αρχές "
                "απομάκρυναν το πλήρωμα χωρίς τραυματισμούς, σύμφωνα με το λιμεναρχείο.",
                "Η ρυμούλκηση αναμένεται να ξεκινήσει όταν βελτιωθεί ο καιρός στην περιοχή.")
    c = clean_text(text, language="el", url="https://news.example.gr/article/80412/fortigo-"
                   "ploio-prosaraxe-sti-morvania-ti-nychta-tis-tritis")
    assert (c.headline, c.headline_origin) == (title, "page")
    assert_nothing_lost(text, c)


#: A region each language spells its own way; the German spelling a word the German dictionary
#: knows (so no name of its page to :func:`names_of`).
PELOPONNESE = [
    ("one", "en", "", "Ferry lost\n\nA ferry sank off the Peloponnese overnight, coast "
     "guard chief Elena Sotiri said in Portakis."),
    ("two", "en", "", "Divers search\n\nDivers off the Peloponnese found the hull, harbour "
     "master Tomas Berik said in Kalivo."),
    ("three", "fr", "", "Naufrage\n\nUn ferry a coulé au large du Péloponnèse, a indiqué "
     "le maire Petros Dalo à Kalivo."),
    ("four", "it", "", "Naufragio\n\nUn traghetto è affondato al largo del Peloponneso, ha "
     "detto il comandante Luka Verin a Portakis."),
    ("five", "es", "", "Naufragio\n\nUn ferri se hundió frente al Peloponeso, dijo la "
     "inspectora Ioanna Fera en Kalivo."),
    ("acht", "de", "", "Fähre gesunken\n\nDie Fähre sank südlich der Halbinsel Peloponnes, "
     "sagte der Sprecher Jonas Weber am Hafen von Portakis."),
]


def test_a_german_page_spelling_the_place_its_own_way_names_the_event(tmp_path: Path):
    _event, sigs = signatures(loaded_pages(tmp_path, "The sinking", PELOPONNESE))
    assert sigs["acht"].names_event is True


def test_a_given_place_is_found_in_the_briefings_other_spellings_of_it(tmp_path: Path):
    from generator.content.load import load
    from generator.content.problems import Problems

    loaded_pages(tmp_path, "The sinking", PELOPONNESE)
    root = tmp_path / "content"
    (root / "briefing.yaml").write_text("title: The sinking\nplace: [Peloponnese]\n"
                                        "date: 2031-03-01\n", encoding="utf-8")
    content = load(root, Problems(root))
    _event, sigs = signatures(content)
    assert {aid for aid, sig in sigs.items() if not sig.names_event} == set()
    assert not [v.article for v in judge_pages(content) if v.sure]


INJURED = """figures:
  - id: injured
    label: Injured
    unit: injured
    reports:
      - article: wire-en
        value: 18
        quote: "18 people were injured"
"""


def test_an_outlet_counting_the_injured_as_people_in_hospital_is_not_silent(tmp_path: Path):
    """Trial 26: people said to be in hospital are the injured, as "transportés à
    l'hôpital" already did in French; the outlet was shown as silent (or cut) on them."""
    stances = _stances(tmp_path, INJURED, {
        "wire-en": ("en", "Officials said 18 people were injured when the pier gave way."),
        "paper-en": ("en", "Doctors say 18 people remain in hospital after the pier fell."),
        "daily-en": ("en", "Eighteen people were taken to hospital, the harbour office said."),
    })
    assert stances["paper-en"] == stances["daily-en"] == "mentions"

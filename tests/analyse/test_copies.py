"""Independent sources: copy families, duplicates, pages about another event, ``exclude:``.

The example holds one syndicated copy (the Cedar Post runs the Levant Wire story, cut, with two
paragraphs of its own); the other cases are built here by editing a copy of the example. The
real-page scores (families, off-event pages) are held as floors at the end.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.analyse.model import Analysis
from generator.analyse.naming import same_person
from generator.check.event_signature import _folded, _spelling_pattern
from generator.extract.draft import extract
from generator.site.pipeline import generate, run_check
from generator.text.agencies import credited
from generator.text.shingles import ShingleIndex, shingle
from generator.text.written_dates import written_dates
from tests import fidelity, fidelity_off_event, realpages
from tests.conftest import briefing_here, run_briefing

ARTICLES = "content/articles"


def analysed(root: Path) -> Analysis:
    checked, problems = run_check(root / "content")
    assert checked is not None and not problems.errors, [p.format() for p in problems.errors]
    return analyse(checked)


def add_article(project: Path, stem: str, text: str, published: str,
                outlet: str = "gulf-daily-courier", **meta: str) -> None:
    """A new article and its sidecar in a project's articles folder."""
    src = project / ARTICLES
    (src / f"{stem}.txt").write_text(text, encoding="utf-8")
    lines = [f"outlet: {outlet}", f"published: {published}",
             *(f"{k}: {v}" for k, v in meta.items())]
    (src / f"{stem}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_line(project: Path, needle: str) -> str:
    """``briefing check`` passes; the one line of its report that holds ``needle``."""
    proc = briefing_here(project, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return next(x for x in proc.stderr.splitlines() if needle in x)


SHORT_NOTE = ("Trading closed higher\n\nIn trading on Friday, shares closed higher as investors "
              "weighed currency moves and bond yields.\n")


def test_shingles_find_the_shared_run_and_only_it() -> None:
    wire = "One two three four five six seven eight nine ten. Alpha beta gamma."
    copy = "Own words first. One two three four five six seven eight nine ten, and more."
    other = "Nothing at all in common with the two of them, not a single run of words."
    texts = [shingle(t) for t in (wire, copy, other)]
    index = ShingleIndex(texts)
    overlaps = index.overlaps()
    assert set(overlaps) == {(0, 1)}
    assert overlaps[(0, 1)].shared == 5  # ten words: five runs of six
    (start, end), = index.shared_with(1, {0})
    assert copy[start:end] == "One two three four five six seven eight nine ten"


@pytest.mark.parametrize(("via", "dateline", "text", "agency"), [
    ("", "", "BALTIMORE (AP) — A container ship lost power.", ("AP", "dateline")),
    ("", "", "Athens, Sep 8 (EFE).- At least ten people died.", ("EFE", "dateline")),
    ("", "", "The toll rose.\n\nSource: Reuters", ("Reuters", "credit line")),
    ("", "", "Die Zahl stieg.\n\nQuelle: dpa", ("dpa", "credit line")),
    ("", "", "Rain continued. [Reuters/AP/Kathimerini]", ("Reuters", "credit line")),
    ("", "", "The toll rose to 40.\n\n— PTI", ("PTI", "credit line")),
    ("", "", "She told The Associated Press that help came late.", ("AP", "own copy")),
    ("Agence France-Presse", "", "", ("AFP", "via")),
    # a dateline opening the story's second paragraph, under a picture's caption
    ("", "", "Rescuers carry a boat through the square\n\nVALDO, Italy (AP) — The river rose.",
     ("AP", "dateline")),
    # a bracketed agency inside a paragraph is a mention, not a dateline
    ("", "", "The toll rose.\n\nOfficials in the port (AFP was told) — said little.", None),
    ("", "", "The toll is huge, Reuters reported, according to the Associated Press.", None),
    ("", "", "Officials told the AP news agency that help came late.", None),
])
def test_agency_credits_are_told_from_mentions(via, dateline, text, agency) -> None:
    assert credited(via, dateline, [text]) == agency


def test_example_wire_copy_is_one_family_with_shared_and_own_passages() -> None:
    a = analysed(Path("."))
    family, = a.copies.families
    assert family.articles == ["levant-wire-convoy", "cedar-post-convoy"]
    assert family.label == "Levant Wire copy"
    cedar = a.content.articles["cedar-post-convoy"]
    shared = [cedar.text[s:e] for s, e in family.member("cedar-post-convoy").shared]
    assert any("308 militants and 331 civilians" in s for s in shared)
    assert not any("Arsal" in s or "soldiers' families" in s for s in shared)  # its own
    assert 0.5 < family.member("cedar-post-convoy").share < 0.9
    # a shared passage runs from white space to white space: the quote marks at a word's edge go
    # with it, and an underline never starts inside a word
    text = cedar.text
    for s, e in family.member("cedar-post-convoy").shared:
        assert (s == 0 or text[s - 1].isspace()) and (e == len(text) or text[e].isspace())
    assert any('"That road' in text[s:e] for s, e in family.member("cedar-post-convoy").shared)


def test_counts_are_independent_sources_beside_outlets() -> None:
    a = analysed(Path("."))
    fighters = next(f for f in a.figures if f.figure.id == "convoy-fighters")
    assert fighters.independence.text == "3 independent sources, 4 outlets"
    quote = next(q for q in a.quotes if q.quote.id == "road-cratered")
    assert quote.independence.text == "1 independent source, 2 outlets"
    # a full stop and "Col." inside one family are house style, not a change
    assert not quote.wording_differs and not quote.speaker_differs
    assert all(p.op == "same" for r in quote.renderings for p in r.diff)
    strikes = next(c for c in a.claims if c.id == "strikes-block-convoy")
    assert strikes.independence.sources == 4 and strikes.independence.outlets == 5
    assert set(strikes.copies) == {"levant-wire", "cedar-post"}
    assert a.copies.independent(a.content.articles) == 4


def test_the_same_differences_between_independent_outlets_are_flagged(example: Path) -> None:
    cedar = example / ARTICLES / "cedar-post-convoy.txt"
    paragraphs = cedar.read_text(encoding="utf-8").split("\n\n")
    own = [p for p in paragraphs if "That road is cratered" in p or "Arsal" in p]
    cedar.write_text("Cedar Post's own story\n\n" + "\n\n".join(own) + "\n", encoding="utf-8")
    figures = example / "content/facts/figures.yaml"
    text = figures.read_text(encoding="utf-8")
    # the copy's figure reports go with the copy's text
    text, removed = re.subn(r"      - article: cedar-post-convoy\n(?:        .*\n)+", "", text)
    assert removed == 2
    figures.write_text(text, encoding="utf-8")
    events = example / "content/facts/events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace(
        "      - article: cedar-post-convoy\n        quote: \"Aircraft of the U.S.-led coalition "
        "bombed a desert road in eastern Syria on Wednesday\"\n        date_text: on Wednesday\n",
        ""), encoding="utf-8")
    a = analysed(example)
    assert not a.copies.families
    quote = next(q for q in a.quotes if q.quote.id == "road-cratered")
    assert quote.independence.text == "2 independent sources"
    assert quote.wording_differs
    # "Coalition spokesman Col. Ryan Dillon" and "Col. Ryan Dillon": one person, named more or
    # less fully, is no discrepancy of speakers
    assert not quote.speaker_differs


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Laurent Vasseur", "Vasseur", True),  # a surname alone after the full name (trial 9)
    ("Coalition spokesman Col. Ryan Dillon", "Col. Ryan Dillon", True),
    ("Col. Ryan Dillon", "Ryan Dillon", True),
    ("a spokesman", "a press release", False),  # the guide's discrepancy of attribution
    ("Ana Ruiz", "Pedro Ruiz", False),  # two people of one family name
    ("Ryan Dillon", "", False),  # a speaker against none
    # a courtesy title of another language, as "Mrs." (review 5: the titles round 14 added)
    ("Mme Vidal", "Anne Vidal", True),
    ("Frau Keller", "Petra Keller", True),
    ("Mme Vidal", "Paul Girard", False),
])
def test_one_person_named_more_or_less_fully_is_one_speaker(a, b, same):
    assert same_person(a, b) is same and same_person(b, a) is same


def test_same_address_is_a_warning_naming_both_files(example: Path) -> None:
    src = example / ARTICLES
    shutil.copy(src / "gulf-daily-relocation.txt", src / "gulf-daily-again.txt")
    shutil.copy(src / "gulf-daily-relocation.yaml", src / "gulf-daily-again.yaml")
    line = check_line(example, "same article")
    assert line.startswith("content/articles/gulf-daily-relocation.txt: warning: ")
    assert "content/articles/gulf-daily-again.txt" in line and "the same address" in line


def test_same_text_under_another_address_is_a_warning(example: Path) -> None:
    text = (example / ARTICLES / "levant-wire-convoy.txt").read_text(encoding="utf-8")
    add_article(example, "levant-mirror", text, "2017-08-31T10:00:00+03:00", "desert-digest",
                url="https://mirror.example.net/levant")
    line = check_line(example, "same article")
    assert "levant-mirror.txt" in line and "levant-wire-convoy.txt" in line
    assert "the same text" in line


def test_exclude_keeps_the_file_out_of_the_briefing(example: Path) -> None:
    sidecar = example / ARTICLES / "desert-aggregator-roundup.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8")
                       + "exclude: a roundup of other outlets' reports\n", encoding="utf-8")
    proc = briefing_here(example, "check")
    assert proc.returncode == 1
    assert "article 'desert-aggregator-roundup' is excluded from the briefing (a roundup of " \
           "other outlets' reports)" in proc.stderr
    checked, _problems = run_check(example / "content")
    assert "desert-aggregator-roundup" not in checked.content.articles
    assert checked.content.excluded["desert-aggregator-roundup"].exclude.startswith("a roundup")


OTHER_EVENT = """Jets strike bridge near Mosul as Iraqi forces advance

Iraqi commanders in Nineveh said on Monday that aircraft had destroyed a bridge over the Tigris \
near Mosul, cutting a supply line used by militants in the old city.

Brigadier Yahya Rasool said Iraqi counter-terrorism units had entered the Qayyarah district and \
that the Tigris crossings at Hammam al-Alil were under fire.

Residents of Bartella and Qaraqosh fled east towards Erbil, where camps run by the Kurdistan \
regional government took in several thousand families.
"""


@pytest.mark.slow
def test_page_about_another_event_is_flagged_with_reasons(example: Path) -> None:
    add_article(example, "mosul-bridge", OTHER_EVENT, "2016-10-24T09:00:00+03:00")
    proc = briefing_here(example, "check")
    assert proc.returncode == 0, proc.stdout
    line = next(x for x in proc.stderr.splitlines() if "another event" in x)
    assert line.startswith("content/articles/mosul-bridge.txt: warning: mosul-bridge looks like")
    assert "does not name Humaymah" in line and "days before the event" in line
    assert sum("another event" in x for x in proc.stderr.splitlines()) == 1  # the example's own
    # extract keeps its candidates out of the main records
    checked, _ = run_check(example / "content")
    draft = extract(checked.content, skip_curated=False)
    from_it = [p for p in draft.events if any(r.article == "mosul-bridge" for r in p.reports)]
    assert from_it and all({r.article for r in p.reports} == {"mosul-bridge"} for p in from_it)
    assert all(p.why[0].startswith("OFF-EVENT: from mosul-bridge") for p in from_it)


@pytest.mark.slow
def test_extract_proposes_a_familys_identical_figure_once_and_says_why() -> None:
    checked, _ = run_check(Path("content"))
    draft = extract(checked.content, skip_curated=False)
    fighters = next(p for p in draft.figures
                    if {"levant-wire-convoy", "cedar-post-convoy"} <= {r.article for r in p.reports}
                    and any(r.number == "308" for r in p.reports))
    assert sum(r.number == "308" for r in fighters.reports) == 2
    assert any("carry one text (Levant Wire copy): one independent source, not 2" in w
               for w in fighters.why)


# ---- the real pages of the corpus (read by position, never copied) ---------------------------

corpus = pytest.mark.skipif(realpages.corpus_dir() is None, reason=realpages.SKIP_REASON)

#: Floors measured when the rules were written (FIDELITY.md): dev is what they were set on; the
#: holdout was scored once, after, and never used to change a rule.
COPY_FLOORS = {"dev": (1.0, 0.86), "holdout": (0.95, 0.90)}
#: Off-event floors (FIDELITY.md, "Off-event pages"). Dev lost a page in round 2 (issue 15b): the
#: Spiegel page from Greece (one name, no date, the only German page) now gets an "unsure" hint,
#: not a flag, since nothing but its missing place names points away from Derna. The holdout,
#: scored once when the round-2 rules were final, fell from 3/5 to 1/5 flagged (two of the
#: others unsure), still 2 false flags: the floor records where it stands, FIDELITY.md says so.
#: Round 3 (issue 15d) flags the Spiegel page again: German pages have names of their own.
OFF_EVENT_FLOORS = {"dev": (1.0, 0), "holdout": (0.2, 2)}
#: Dev pages slipped into the other dev events' briefings (tests/fidelity_off_event.score_cross):
#: flagged as the pages come, flagged with the date and place given, false flags allowed (round
#: 3: 83.5 % and 87.9 %, from 79.4 % and 84.6 %; round 4: 86.3 % and 90.7 %, short pages named
#: only by what other pages not naming the event name too).
CROSS_FLOORS = (0.86, 0.90, 0)


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
@corpus
@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_copy_families_of_real_pages(split: str) -> None:
    score = fidelity.score_copies(realpages.load_all(split=split))
    precision, recall = score.rate("right", "found"), score.rate("right", "labelled")
    floor_p, floor_r = COPY_FLOORS[split]
    assert precision >= floor_p and recall >= floor_r, (precision, recall)


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
@corpus
@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_off_event_pages_of_real_pages(split: str) -> None:
    score = fidelity_off_event.score_off_event(realpages.load_all(split=split))
    floor, most_false = OFF_EVENT_FLOORS[split]
    for prefix in ("", "given-"):
        # plain numbers only: a failure message must not print the score's per-page notes,
        # which for the holdout would show the failures no rule may be tuned on
        flagged = score.rate(prefix + "flagged", "off-event") or 0.0
        false_flags = score.total(prefix + "false-flags")
        assert flagged >= floor, f"{split} {prefix}flagged {flagged:.2f} < {floor}"
        assert false_flags <= most_false, f"{split} {prefix}false flags {false_flags}"


# ---- the event signature: dates written in the text, a year on, and weak evidence -----------

@pytest.mark.parametrize(("text", "language", "dates"), [
    ("GUWAHATI, Oct 11, 2004 (AFP) - Rescuers", "en", ["2004-10-11"]),
    ("On April 15th 2019 and on 4 August 2020.", "en", ["2019-04-15", "2020-08-04"]),
    ("dans la nuit du dimanche 14 au lundi 15 octobre 2018", "fr", ["2018-10-15"]),
    ("Am 15. April 2019 brannte der Dachstuhl", "de", ["2019-04-15"]),
    ("el 11 de septiembre de 2023 en la ciudad", "es", ["2023-09-11"]),
    ("w dniu 4 sierpnia 2020 roku", "pl", ["2020-08-04"]),
    ("the worst floods since 1891, on 31 February 2020", "en", []),  # no day; no such day
    # in figures with a four-digit year: the day first but in English, the month first there
    # when it must be ("9/13/2023"); both ways possible in English is left unread
    ("Stand: 12.09.2023, 14:05 Uhr", "de", ["2023-09-12"]),
    ("publié le 1/2/2019 à 10h", "fr", ["2019-02-01"]),
    ("Updated 9/13/2023 and 13/9/2023", "en", ["2023-09-13", "2023-09-13"]),
    ("Posted 3/4/2023", "en", []),
    ("2023/09/12 14:00", "en", ["2023-09-12"]),
    ("version 1.2.2019.3, a ratio of 3.50/2020, 12.9.23", "de", []),
])
def test_full_dates_written_in_the_text_are_read(text: str, language: str, dates: list) -> None:
    assert [d.isoformat() for d in written_dates(text, language)] == dates


A_YEAR_ON = """Floods cut roads along the Euphrates in eastern Syria

Flash floods swept through the villages of Hajin, Gharanij and Shafa on Monday, the civil \
defence in Deir Ezzor said, washing away two pontoon crossings and a grain depot.

Mayor Khalil Dandal of Hajin said families in Sousa and Baghuz had moved to higher ground, and \
that pumps sent from Raqqa and Tabqa had not yet arrived.
"""


@pytest.mark.slow
def test_page_a_year_on_that_names_the_place_in_passing_is_flagged(example: Path) -> None:
    """Naming the place is not enough: dated a year after the event, with names no article about
    the event uses, the page is about another event."""
    add_article(example, "euphrates-floods", A_YEAR_ON, "2018-09-03T09:00:00+03:00")
    line = check_line(example, "euphrates-floods")
    assert "warning: euphrates-floods looks like it is about another event" in line, line
    checked, _ = run_check(example / "content")
    reasons = checked.off_event["euphrates-floods"].text
    assert "dated 2018-09-03, 369 days after the event" in reasons
    assert "of the names it uses are in no article that names the event" in reasons
    assert "Baghuz" in reasons and "does not name" not in reasons


@pytest.mark.slow
def test_weak_evidence_is_an_unsure_hint_and_keeps_the_page_in(example: Path) -> None:
    """A short page dated in the event's days that does not name the place, with no names to
    compare and only its words unlike the others', is told to the analyst as unsure, and is
    kept in the records."""
    add_article(example, "short-note", SHORT_NOTE, "2017-08-31T10:00:00+03:00")
    line = check_line(example, "short-note")
    assert "hint: short-note may be about another event (unsure): does not name" in line, line
    checked, _ = run_check(example / "content")
    assert "short-note" not in checked.off_event


@corpus
@pytest.mark.slow
def test_dev_pages_slipped_into_other_events_are_flagged_and_no_own_page_is() -> None:
    score = fidelity_off_event.score_cross(realpages.load_all(split="dev"))
    flagged, given, most_false = CROSS_FLOORS
    assert score.rate("flagged", "slipped") >= flagged
    assert score.rate("given-flagged", "given-slipped") >= given
    assert score.total("false-flags") + score.total("given-false-flags") <= most_false


@pytest.mark.parametrize(("text", "named"), [
    ("The Notre Dame cathedral burned", True),    # hyphen left out
    ("Incendio en Notre-Dame de París", True),    # accent
    ("Pożar w Paryżu", False),                    # an inflection the spellings do not list
    ("However, the canal reopened", False),       # "Ever" is a short name: whole words only
    ("The Ever Given was refloated", True),
    ("انفجار ضخم ببيروت", True),                   # Arabic joins "in" to the name
])
def test_the_events_place_is_found_whatever_the_spelling(text: str, named: bool) -> None:
    pattern = _spelling_pattern({"Notre-Dame", "Paris", "Ever", "بيروت"})
    assert bool(pattern.search(_folded(text))) is named


@pytest.mark.slow
def test_site_lists_a_flagged_page_and_an_unsure_one_apart(example: Path) -> None:
    """The overview warns about a page about another event and asks about an unsure one; each
    article page says which it is."""
    add_article(example, "mosul-bridge", OTHER_EVENT, "2016-10-24T09:00:00+03:00")
    add_article(example, "short-note", SHORT_NOTE, "2017-08-31T10:00:00+03:00")
    proc = run_briefing(example, "build", "--no-pdf")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    overview = (example / "site/index.html").read_text(encoding="utf-8")
    assert "May be about another event: Jets strike bridge near Mosul" in overview
    assert "Unsure whether it is about this event: Trading closed higher" in overview
    assert overview.index("Unsure whether") > overview.index("May be about another event")
    flagged = (example / "site/articles/mosul-bridge/index.html").read_text(encoding="utf-8")
    unsure = (example / "site/articles/short-note/index.html").read_text(encoding="utf-8")
    assert "This page may be about another event" in flagged
    assert "Unsure whether this page is about the event" in unsure
    assert "This page may be about another event" not in unsure


@pytest.mark.slow
def test_without_the_events_date_and_place_check_shows_the_event_it_judged_by(
        example: Path) -> None:
    """Taken from what most sources report, the event can be the wrong one (pages that all
    recall an earlier disaster): the warning and the overview say which it was."""
    meta = example / "content/briefing.yaml"
    meta.write_text(re.sub(r"(?m)^(date|place):.*\n", "", meta.read_text(encoding="utf-8")),
                    encoding="utf-8")
    add_article(example, "mosul-bridge", OTHER_EVENT, "2016-10-24T09:00:00+03:00")
    line = check_line(example, "mosul-bridge")
    assert "looks like it is about another event" in line, line
    assert "judged against the event most sources report (named " in line
    assert "Humaymah" in line.split("judged against")[1]
    assert "give its `date:` and `place:` in briefing.yaml" in line
    overview = generate(example / "content").rendered.pages["index.md"]
    assert "Pages are judged against the event most independent sources report: named " \
        in overview


@pytest.mark.slow
def test_with_the_events_date_and_place_nothing_is_inferred(example: Path) -> None:
    add_article(example, "mosul-bridge", OTHER_EVENT, "2016-10-24T09:00:00+03:00")
    line = check_line(example, "mosul-bridge")
    # given, the date and place are what the page was judged against: no advice to give them
    assert "judged against briefing.yaml's `date:` and `place:`" in line
    assert "most sources report" not in line and "sharpen this test" not in line
    assert "Pages are judged against" not in generate(example / "content").rendered.pages[
        "index.md"]


AP_VERSION_ONE = """Strikes cut convoy road

HUMAYMAH, Syria (AP) — Coalition jets cratered the desert road east of Humaymah on Wednesday,
leaving buses of evacuated fighters stranded short of the Iraqi border, officials said.

The coalition said the buses themselves were not hit.
"""
AP_VERSION_TWO = """Convoy stuck after strikes

HUMAYMAH, Syria (AP) — A convoy of buses sat in the open desert on Thursday after coalition
aircraft blew a hole in the only road to the east and brought down a small bridge.

Aid groups asked for water and food to be let through to the families on board.
"""
CITING_AN_AGENCY = """Convoy stranded

Buses of evacuees waited in the heat near Humaymah on Thursday, our correspondent reported from
the edge of government-held ground, where soldiers turned back two trucks of water.

Two of the buses had turned back towards Qalamoun, AFP reported.
"""


def test_versions_of_one_agency_story_are_one_source(example: Path) -> None:
    """Two outlets running versions of one AP story edited apart share too little text to be a
    copy family, but both datelines say it is the AP's reporting: one independent source."""
    add_article(example, "ap-one", AP_VERSION_ONE, "2017-08-31T09:00:00+03:00",
                outlet="cedar-post")
    add_article(example, "ap-two", AP_VERSION_TWO, "2017-08-31T15:00:00+03:00",
                outlet="desert-digest")
    add_article(example, "own-citing-afp", CITING_AN_AGENCY, "2017-08-31T16:00:00+03:00",
                outlet="frontline-journal")
    checked, problems = run_check(example / "content")
    assert not problems.errors
    copies = analyse(checked).copies
    assert "ap-one" not in copies.family_of and "ap-two" not in copies.family_of
    assert copies.origin("ap-one") == copies.origin("ap-two") == "agency:AP"
    assert copies.independent(["ap-one", "ap-two"]) == 1
    assert copies.outlets(["ap-one", "ap-two"]) == 2
    # a story that cites an agency in passing is the outlet's own
    assert copies.origin("own-citing-afp") == "outlet:frontline-journal"

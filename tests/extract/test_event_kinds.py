"""One event reported in several languages on one day is one proposed event (trial 5 found a
collapse shown as three timeline entries, one per language): reports of one day group by the
kind of event they tell of (`text/event_kinds.py`, `extract/proposals/event_grouping.py`). Invented
text."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.draft import extract
from generator.text.event_kinds import kinds_in
from tests.conftest import loaded_pages


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Nach dem Einsturz der Halle suchen Helfer in Verlo.", "de", {"collapse"}),
    ("L'immeuble s'est effondré à Verlo.", "fr", {"collapse"}),
    ("The old mill came crashing down on the workers.", "en", {"collapse"}),
    ("Flammen schlugen aus dem Dach der Halle.", "de", {"fire"}),
    ("Las inundaciones anegaron el valle.", "es", {"flood"}),
    ("A fire broke out in the collapsed building.", "en", {"collapse", "fire"}),
    # the fire brigade, a region and an assault are no fire, no storm
    ("Die Feuerwehr war mit vielen Kräften in Brandenburg im Einsatz.", "de", set()),
    ("Police stormed the building at dawn.", "en", set()),
    ("Straż pożarna przyjechała po kwadransie.", "pl", set()),
    # scripts whose vowels are marks: a word is whole only with its marks ("आगे" is no fire)
    ("पहाड़ी गांव में भूस्खलन से कई घर दब गए।", "hi", {"landslide"}),
    ("गोदाम में आग लगी।", "hi", {"fire"}),
    ("राहत दल आगे बढ़ा।", "hi", set()),
    ("পাহাড়ি গ্রামে ভূমিধসে অনেক বাড়ি চাপা পড়েছে।", "bn", {"landslide"}),
    ("دمرت الانهيارات الأرضية قرى الجبل.", "ar", {"landslide"}),
    ("اجتاحت السيول الوادي.", "ar", {"flood"}),
])
def test_the_kind_of_event_a_sentence_tells_of(text, language, kinds):
    assert kinds_in(text, language) == kinds


PAGES = [  # article, language, text; all published on Friday 9 May 2031
    ("alpha", "de", "Die Markthalle in Verlo ist am Mittwoch eingestürzt, Helfer suchen "
                    "nach Arbeitern."),
    ("beta", "fr", "La halle du marché de Verlo s'est effondrée mercredi matin."),
    ("gamma", "en", "The market hall in Verlo collapsed on Wednesday morning."),
    # the next day's fire in the ruins, and a storm on the same Wednesday elsewhere
    ("delta", "en", "A fire broke out in the ruins of the collapsed hall on Thursday."),
    ("epsilon", "es", "Una tormenta azotó la costa de Calderia el miércoles."),
]


def _events(tmp_path: Path):
    pages = [(a, lang, "2031-05-09", f"Verlo\n\n{text}") for a, lang, text in PAGES]
    return extract(loaded_pages(tmp_path, "Verlo", pages), skip_curated=False).events


def test_one_collapse_in_three_languages_is_one_event(tmp_path):
    events = _events(tmp_path)
    collapse = [e for e in events if "alpha" in {r.article for r in e.reports}]
    assert len(collapse) == 1
    (event,) = collapse
    assert sorted(r.article for r in event.reports) == ["alpha", "beta", "gamma"]
    assert event.date.iso() == "2031-05-07"
    assert any("same kind of event (collapse), in several languages" in w for w in event.why)


def test_another_kind_or_another_day_stays_apart(tmp_path):
    events = _events(tmp_path)
    by_article = {r.article: e for e in events for r in e.reports}
    assert by_article["delta"] is not by_article["alpha"]  # the fire, a day later, two kinds
    assert by_article["epsilon"] is not by_article["alpha"]  # a storm on the same day
    assert len(by_article["epsilon"].reports) == 1


def test_one_day_named_twice_in_a_sentence_is_one_proposal(tmp_path):
    # "Wednesday (May 7)" names one day twice (trial 26: two events from one sentence); the
    # wording with its number is kept; a second day in the sentence stays a proposal of its own
    pages = [("zeta", "en", "2031-05-09", "Verlo\n\nThe market hall in Verlo collapsed on "
              "Wednesday (May 7), officials said, and a crane fell on May 8.")]
    events = extract(loaded_pages(tmp_path, "Verlo", pages), skip_curated=False).events
    by_day = sorted((e.date.iso(), [r.expression for r in e.reports]) for e in events)
    assert by_day == [("2031-05-07", ["May 7"]), ("2031-05-08", ["on May 8"])]


def test_a_date_relative_to_another_event_keeps_its_words_in_the_title(tmp_path):
    # "hours after that of X": the date hangs on X's, and the title must still say so (trial
    # 26: "News of her death came British lawyer …" was left); a resolved date is cut out
    pages = [("eta", "en", "2031-05-09", "Verlo\n\nThe crane collapsed two hours after the "
              "market hall did. The market hall in Verlo collapsed on Wednesday.")]
    events = extract(loaded_pages(tmp_path, "Verlo", pages), skip_curated=False).events
    titles = sorted(e.title for e in events)
    assert "The crane collapsed two hours after the market hall did." in titles
    assert "The market hall in Verlo collapsed." in titles

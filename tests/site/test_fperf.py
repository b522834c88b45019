"""The off-event test made cheaper without changing what it finds (branch fperf).

Each article is shingled once per build (the copy finder and the off-event test's copy groups
share it, :mod:`generator.content.shingled`); the off-event test's text without a made-up
headline is the same shingles after the headline's words; the countries named in several words
are found without looking up every capitalised word. The results must be the very same: on the
corpus's development pages the verdicts, reasons and copy families are compared with the build's
cache and without it, either stage first. The texts below are invented.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest

import generator.text.shingles as shingles_module
from generator.analyse.analysis import analyse
from generator.analyse.copies import find_copies
from generator.check.off_event import judge_pages
from generator.content.cache import NO_CACHE, BuildCache
from generator.content.shingled import shingles
from generator.site.pipeline import run_check
from generator.text.countries import countries_in
from generator.text.shingles import Shingled, shingle
from tests import fidelity, realpages

REPO = Path(__file__).resolve().parents[2]

HEADLINE = "Ferry “Maren Star” runs aground off Tolvik harbour"
STORY = ("The ferry Maren Star ran aground on Tuesday night off Tolvik harbour with 212 people "
         "on board, the coastguard said.\n\n“We heard a long scraping noise and the lights went "
         "out,” said Ilse Brandvik, a passenger from Orsund.\n\nTugs from Halvik reached the "
         "ferry before dawn and all passengers were brought ashore by noon, 'in good order', "
         "officials said.\n\n“Everyone was calm")


@pytest.mark.parametrize("headline", [HEADLINE, "", "Two lines\nof a headline", "Aground"])
@pytest.mark.parametrize("story", [STORY, "Too short to shingle.", STORY.split("\n\n")[1]])
def test_the_story_s_shingles_are_the_headed_text_s_after_the_headline(headline, story):
    whole = shingle(headline + "\n\n" + story)
    alone, cut = shingle(story), whole.after(headline, story)
    assert cut.hashes.tolist() == alone.hashes.tolist()
    assert cut.quoted.tolist() == alone.quoted.tolist()
    if alone.size:  # and its passages are located in the story itself
        assert cut.span(0, alone.size - 1) == alone.span(0, alone.size - 1)


@pytest.mark.parametrize(("text", "language"), [
    ("Rescuers from New Zealand and Chile flew to Air New Zealand's hangar in the United "
     "States, said the United Nations.", "en"),
    ("La delegación de Nueva Zelanda llegó a los Estados Unidos con Chile.", "es"),
    ("Ekipy z Nowej Zelandii i Stanów Zjednoczonych dotarły do Chile.", "pl"),
])
def test_countries_of_several_words_are_the_same_found_alone(text, language):
    every = countries_in(text, language, alone=True)
    several = [(a, b, c) for a, b, c in every if len(text[a:b].split()) > 1]
    assert several  # the texts name some
    assert countries_in(text, language, alone=True, least=2) == several


def _fingerprint(content, off_event_first: bool) -> str:
    verdicts, copies = None, None
    for step in ("off", "copies") if off_event_first else ("copies", "off"):
        if step == "off":
            verdicts = sorted((v.article, v.reasons, v.sure, v.judged_by, v.contested)
                              for v in judge_pages(content))
        else:
            copies = find_copies(content)
    families = [(f.id, f.wire, [(m.article, m.shared, round(m.share, 9), m.credit,
                                 m.credit_how, m.names_family) for m in f.members])
                for f in copies.families]
    found = [verdicts, families, sorted(copies.agency_of.items())]
    return hashlib.sha256(json.dumps(found, ensure_ascii=False).encode()).hexdigest()


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
@pytest.mark.skipif(realpages.corpus_dir() is None, reason=realpages.SKIP_REASON)
def test_corpus_verdicts_and_families_are_the_same_with_one_shingling(monkeypatch):
    """Every dev event's briefing, judged and its copies found without the build's cache and
    with it (each stage first in turn): the same verdicts, reasons and families; and with the
    cache, each article's quotations read (so its text shingled) once for both stages."""
    read: list[str] = []
    spans = shingles_module.quoted_spans
    monkeypatch.setattr(shingles_module, "quoted_spans", lambda text: read.append(text) or
                        spans(text))
    pages = list(realpages.load_all(split="dev"))
    events = fidelity._events(pages)
    made_up = 0
    for _event, group in sorted(events.items()):
        with tempfile.TemporaryDirectory() as tmp:
            content = fidelity.corpus_briefing(group, Path(tmp))
            made_up += sum(a.written is a.text for a in content.articles.values())
            content.cache = NO_CACHE
            plain = _fingerprint(content, True)
            for first in (True, False):
                content.cache = BuildCache()
                read.clear()
                assert _fingerprint(content, first) == plain
                shingled, articles = len(read), len(content.articles)  # counts, not the texts
                assert shingled == articles
    assert made_up  # some pages' headlines come from their address: the shortened shingles


def test_a_rebuild_keeps_one_shingling_per_article_and_no_more(tmp_path):
    """As under ``mkdocs serve``: one cache over two builds, an article edited between them.
    The unchanged articles' shingles are kept (the very objects), the edited one's replaced,
    and the cache holds one shingling per article: the stages share it, and nothing of the
    article's earlier text is left behind."""
    project = tmp_path / "briefing"
    shutil.copytree(REPO / "content", project / "content")
    cache = BuildCache()

    def build():
        checked, problems = run_check(project / "content", cache)
        assert checked is not None and not problems.errors
        analyse(checked)
        return checked.content

    first = build()
    kept = {aid: shingles(a, cache) for aid, a in first.articles.items()}
    edited = project / "content" / "articles" / "gulf-daily-relocation.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe road north stayed shut for a "
                      "second day, a Harran official said.\n", encoding="utf-8")
    second = build()
    held = [entry[2] for entry in cache._memo.values() if isinstance(entry[2], Shingled)]
    assert len(held) == len(second.articles)
    for aid, a in second.articles.items():
        assert (shingles(a, cache) is kept[aid]) == (aid != "gulf-daily-relocation")

"""The hand labels of the real-page corpus fit their pages and copy none of their sentences."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.realpages import SKIP_REASON, corpus_dir, label_files, load_all

#: slow: each test reads every page of the real-page corpus
pytestmark = [pytest.mark.skipif(corpus_dir() is None, reason=SKIP_REASON), pytest.mark.slow]

#: The split written in tests/corpus/README.md: a third of the pages, every language.
HOLDOUT_FOLDERS = {"notre-dame-fire-2019", "paris-cathedral-near-miss"}
HOLDOUT_PAGES = {"beirut-port-explosion-2020/gohod", "beirut-port-explosion-2020/krone",
                 "derna-libya-floods-2023/chouhoudinfo", "suez-ever-given-2021/nhnieuws",
                 "suez-ever-given-2021/ihned-cz"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_every_label_fits_its_page():
    pages = list(load_all())  # raises LabelError naming the file and line on any misfit
    assert pages


def test_every_page_of_the_corpus_is_labelled():
    corpus = corpus_dir()
    pages = {f"{p.parent.name}/{p.stem}" for p in corpus.glob("*/*.txt")}
    labelled = {f"{p.parent.name}/{p.stem}" for p in label_files()}
    assert labelled <= pages
    assert pages - labelled == set(), "pages without labels"


def test_the_split_is_the_documented_one_and_a_third_is_held_out():
    pages = list(load_all())
    for page in pages:
        expected = ("holdout" if page.event in HOLDOUT_FOLDERS or page.name in HOLDOUT_PAGES
                    else "dev")
        assert page.split == expected, page.name
    held = [p for p in pages if p.split == "holdout"]
    assert abs(len(held) / len(pages) - 1 / 3) < 0.03
    assert {p.language for p in held} == {p.language for p in pages}


def test_no_label_file_copies_a_sentence_of_its_page():
    """Comments and notes are the labeller's own words: no run of six words from the page."""
    for page in load_all():
        label_path = next(p for p in label_files()
                          if p.parent.name == page.event and p.stem == page.stem)
        own = _words(label_path.read_text(encoding="utf-8"))
        source = _words(page.text)
        grams = Counter(tuple(source[i:i + 6]) for i in range(len(source) - 5))
        copied = [" ".join(own[i:i + 6]) for i in range(len(own) - 5)
                  if tuple(own[i:i + 6]) in grams]
        assert not copied, f"{label_path.name} copies words of its page: {copied[:3]}"

"""The victims' kin who gather after the event are no figure of it (s39, read after its score).

"Hundreds of relatives and miners jostled outside the pit, waiting for news", "Vor der Mine
warten Tausende Angehörige auf Nachrichten": extract proposed such crowds as figures on three
sites of s39 (two languages) and one of a pool; the labels leave people who gather after the
event out, as they do onlookers (tests/corpus/README.md, thirty-eighth stop). Kin the event
befell stay counts, and so do families it drove from their homes. Invented sentences; fails
without the kin in extract/counts/crowd.py."""

from __future__ import annotations

import pytest

from tests.conftest import draft_of_pages


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Hundreds of relatives and miners jostled outside the Varn pit, waiting for news.",
     200),
    ("de", "Vor dem Bergwerk in Varn warten Tausende Angehörige und Kollegen auf Nachrichten.",
     2000),
    ("en", "Some 400 mourners attended the funeral in Varn on Friday.", 400),
])
def test_kin_and_mourners_who_gather_are_not_proposed(tmp_path, lang, text, value):
    draft = draft_of_pages(tmp_path / "p", {"kin": (lang, f"Varn\n\n{text}\n")}, keep=False)
    assert value not in {r.value for f in draft.figures for r in f.reports}


@pytest.mark.parametrize(("text", "value"), [
    ("Twelve relatives of the miners were injured in the crush at the Varn gate.", 12),
    ("About 300 families were evacuated from Varn on Monday.", 300),
])
def test_kin_the_event_befell_and_families_stay(tmp_path, text, value):
    draft = draft_of_pages(tmp_path / "p", {"kin": ("en", f"Varn\n\n{text}\n")}, keep=False)
    assert value in {r.value for f in draft.figures for r in f.reports}

"""A language's lemma dictionary loads before any article's time limit starts: Polish takes
seconds to load (14 s on a loaded two-core machine), and inside the limit the first Polish
article of `briefing extract` was stopped and left out for the load alone. Invented page."""

from __future__ import annotations

import signal

import pytest

from generator.extract.draft import extract
from generator.text import lemmas
from tests.conftest import loaded_pages

PAGE = ("Pożar hali w Nowym Borku\n\n"
        "W pożarze hali magazynowej w Nowym Borku rannych zostało 12 strażaków. Na miejsce "
        "przyjechało 17 beczkowozów i 9 koparek, podała straż pożarna.")


@pytest.mark.slow
def test_the_dictionary_is_loaded_outside_the_articles_time_limit(tmp_path, monkeypatch):
    lookups: list[tuple[str, bool]] = []
    real = lemmas.lemmatize

    def lemmatize(word, lang):
        timer_running = signal.getitimer(signal.ITIMER_REAL)[0] > 0
        lookups.append((lang, timer_running))
        return real(word, lang)

    monkeypatch.setattr(lemmas, "lemmatize", lemmatize)
    monkeypatch.setenv("BRIEFING_ARTICLE_SECONDS", "600")
    content = loaded_pages(tmp_path, "Nowy Borek fire",
                           [("alpha", "pl", "2031-05-09", PAGE)])
    draft = extract(content, skip_curated=False)
    polish = [running for lang, running in lookups if lang == "pl"]
    assert polish and polish[0] is False, lookups  # the first look-up, which loads, unwatched
    assert any(polish), lookups  # the article's own look-ups run inside its limit
    assert not draft.stopped

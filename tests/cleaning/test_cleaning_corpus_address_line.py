"""Real pages as they are stored, their address on line 1: the cleaner reads the same story.

Scrapers (and the corpus) save a page with its address on the first line and the text right
under it, often with no blank line and the store's date in lower case first (" date 2023-11 …").
An analyst drops such files into ``content/articles/`` as they are. The scores read each page
without that line and give its address as ``url``; this test reads every dev page with it, and
asserts the address is removed as the page's own (its url) and the story is the same. Trial 13
found the address and the store's date glued to the lede as story on every such page.
"""

from __future__ import annotations

import pytest

from generator.content.cleaner import clean_text
from tests import realpages

CORPUS = realpages.corpus_dir()
pytestmark = pytest.mark.skipif(CORPUS is None, reason=realpages.SKIP_REASON)


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_every_dev_page_read_with_its_address_line_keeps_the_same_story() -> None:
    pages = [p for p in realpages.load_all() if p.split == "dev"]
    differ = []
    for page in pages:
        bare = clean_text(page.text, url=page.url, language=page.language)
        stored = clean_text(page.url + "\n" + page.text, language=page.language)
        if stored.url != page.url:
            differ.append(f"{page.name}: address not read ({stored.url!r})")
        elif [b.text for b in stored.paragraphs] != [b.text for b in bare.paragraphs]:
            differ.append(f"{page.name}: the story differs")
        elif stored.headline != bare.headline:
            differ.append(f"{page.name}: the headline differs")
    assert len(pages) >= 90
    assert differ == []

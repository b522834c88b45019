"""A title of another article printed above the story: it shares no word with the page.

A saved page may carry, between its date stamp and the story, the title of another of the
site's articles: a "most read" slot or a teaser glued under the stamp, with its kicker (fur5
fresh pages of two sites, in German and in Polish). Its shape is a headline's or a kicker's, so
no rule of shape tells it apart; what gives it away is its words. None of its content words is
in the story under it, in the page's headline, or in the words of the page's address, while a
standfirst, a kicker or a section label of the story shares at least one with them (the event's
place, its actors, its kind).

So the judge is narrow: only free blocks of a few words (:data:`MAX_TITLE_WORDS`) above the
page's headline, or above the story's first paragraph (the first free block longer than that)
on a page that prints no headline; only a title (three content words or more, no full stop at
its end) and the short kicker right under it; and only when the page gives enough words to
compare (:data:`MIN_STORY_STEMS`). A standfirst is a sentence, and a story's label over its
headline ("What we know", a topic of two words) is too short to judge by its words: on the
corpus both shared no word with their story and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import LETTER_WORD, Page, Verdict, words
from generator.text.languages import stop_words

Verdicts = list[Verdict | None]

#: A title or a kicker above the story has at most this many words; the story's first
#: paragraph is the first free block longer than that.
MAX_TITLE_WORDS = 20
#: The story under the title, its headline and its address give at least this many distinct
#: content words to compare with.
MIN_STORY_STEMS = 15
#: Content words are compared by their first letters (a rough stem across inflections:
#: "Demos" and "Demonstrationen" do not meet, "Polizei" and "Polizisten" do).
STEM = 5
#: A title has at least this many content words and no full stop at its end: a label of one or
#: two ("Analysis", "What we know") or a sentence (a standfirst) is left to the other passes...
MIN_TITLE_STEMS = 3
#: ... except a short line right under a title taken, itself sharing no word: its kicker.
MAX_KICKER_WORDS = 5


def _stems(text: str, language: str) -> set[str]:
    stops = stop_words(language) | stop_words("en")
    return {w.lower()[:STEM] for w in LETTER_WORD.findall(text)
            if len(w) >= 3 and w.lower() not in stops}


def mark_off_topic_titles(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                          page: Page) -> None:
    """Mark the short free blocks above the story's first paragraph that share no content word
    with the story, the headline or the address: another article's title and its kicker."""
    lede = next((i for i, v in enumerate(verdicts) if v is None and i != headline
                 and words(blocks[i].text) > MAX_TITLE_WORDS), None)
    if lede is None:
        return
    page_words: set[str] = set()
    for i in range(lede, len(blocks)):
        if verdicts[i] is None:
            page_words |= _stems(blocks[i].text, page.language)
    if headline is not None:
        page_words |= _stems(blocks[headline].text, page.language)
    page_words |= _stems(" ".join(page.slug), page.language)
    if len(page_words) < MIN_STORY_STEMS:
        return
    caught: list[int] = []
    for i in range(lede if headline is None else headline):
        if verdicts[i] is not None:
            continue
        text = blocks[i].text
        own = _stems(text, page.language)
        title = len(own) >= MIN_TITLE_STEMS and not ends_sentence(text)
        kicker = bool(caught) and caught[-1] == i - 1 and words(text) <= MAX_KICKER_WORDS
        if own and (title or kicker) and not own & page_words:
            caught.append(i)
            verdicts[i] = Verdict("related-links", "off-topic-title",
                                  "a title above the story that shares no word with the story, "
                                  "its headline or its address (another article's teaser)")

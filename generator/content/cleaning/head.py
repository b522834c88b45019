"""Furniture above the headline, or above the first paragraph of prose on a page with no title:
a section or menu word, a lone capitalised word, the site's name, a label, a topic kicker right
over the title, a picture's caption (:func:`mark_head`; parted from ``passes`` when it outgrew
its module)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.headline import bare_label, is_prose
from generator.content.cleaning.rules.base import (
    Page,
    Verdict,
    Verdicts,
    compile_re2,
    is_figure,
    words,
)
from generator.content.headline_address import is_site_name, slug_share
from generator.text import furniture_words as F

_NAVIGATION = compile_re2("(?i)^[\\s\\p{P}\\p{S}]*(?:" + "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in F.all_phrases(F.NAVIGATION))
    + ")[\\s\\p{P}\\p{S}]*$")


#: A caption above the headline is short; a longer sentence there is the lede.
MAX_CAPTION_WORDS = 35

#: A topic kicker right over the title is one to three words long ("Unglück im Libanon", "In
#: Brief"); a phrase of four words or more there ("Tragedy in the valley") stays story.
MAX_KICKER_WORDS = 3


def head_verdict(text: str, page: Page, *, above_headline: bool, headline: str = "",
                 caption_below: bool = False, over_headline: bool = False) -> Verdict | None:
    """What a block above the story is, when it is furniture: a section or menu word, a lone
    capitalised word, the site's name, or (above the headline) a sentence: a picture caption.
    Right over the headline (``over_headline``: the block just before it), a line of one to
    three words that ends no sentence is the topic's or the section's kicker even with a function
    word in it ("Unglück im Libanon", "In Brief", "Es noticia"): the labelling README calls a
    topic tag over the title navigation, and every such line over a title on the corpus, the
    spent sets and the pools is labelled furniture (spfur16). Anything else stays story.

    A sentence above the headline is a caption only when it is short and shares at most half as
    many of the address' words as the headline does: a lede printed above a crosshead that was
    taken for the headline tells the same story as the address, a caption rarely does. When
    the page's picture is captioned right under the headline (``caption_below``), the sentence
    above is no caption of it: a summary set over the title (spfur6)."""
    n = words(text)
    if is_site_name(text, page.site_words):
        return Verdict("title-bar", "site-name", "the site's name above the story")
    if n <= 3 and _NAVIGATION.search(text):
        return Verdict("navigation", "section-name", "section or menu name above the story")
    letters = [c for c in text if c.isalpha()]
    if n == 1 and letters and (all(c.isupper() for c in letters) or not any(
            c.isupper() or c.islower() for c in letters)):
        return Verdict("navigation", "lone-word", "a single word above the story")
    if above_headline and n <= 3 and len(letters) >= 4 and all(c.isupper() for c in letters):
        return Verdict("navigation", "capitals-label", "a label in capitals above the headline")
    if above_headline and bare_label(text, page.language):
        return Verdict("navigation", "bare-label",
                       "a label of a few words with no function word above the headline")
    if over_headline and _kicker(text):
        return Verdict("navigation", "kicker", "a topic label of a few words right over the title")
    if (above_headline and not caption_below and 5 <= n <= MAX_CAPTION_WORDS
            and ends_sentence(text)
            and text.rstrip()[-1:] not in "?!" and not _tells_the_story(text, headline, page)):
        return Verdict("caption", "sentence-above-headline",
                       "a sentence above the headline (a picture's caption)")
    return None


def _kicker(text: str) -> bool:
    """One to three words with a letter, ending no sentence, clause or list, no figure."""
    stripped = text.strip()
    return (1 <= words(stripped) <= MAX_KICKER_WORDS and any(c.isalpha() for c in stripped)
            and not ends_sentence(stripped) and stripped[-1:] not in ",;:?!"
            and not is_figure(stripped))


def _tells_the_story(text: str, headline: str, page: Page) -> bool:
    if not page.slug:
        return False
    return slug_share(text, page.slug, page.language) > slug_share(
        headline, page.slug, page.language) / 2


def mark_head(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
              page: Page, first_story: int | None) -> None:
    """Furniture above the headline (or, without one, above the first paragraph of prose).
    A page that prints its title again before the first paragraph of prose (a teaser block, a
    picture's block, then the article's own title bar) sets its head down to the last copy: the
    topic tag over that copy is furniture as the one over the first is (fdev4 fresh pages)."""
    end = headline if headline is not None else first_story
    if end is None:
        return
    if headline is not None:  # (the first prose once the echoes of captions are known)
        prose = next((i for i in range(headline + 1, len(blocks)) if verdicts[i] is None
                      and is_prose(blocks[i].text, page.language)), len(blocks))
        end = max([end] + [i for i in range(headline + 1, prose)
                           if verdicts[i] is not None and verdicts[i].kind == "repeated-headline"])
    below = headline + 1 if headline is not None else len(blocks)
    caption_below = below < len(blocks) and verdicts[below] is not None and \
        verdicts[below].kind == "caption"
    for i in range(end):
        if verdicts[i] is None:
            verdicts[i] = head_verdict(
                blocks[i].text, page, above_headline=headline is not None,
                headline=blocks[headline].text if headline is not None else "",
                caption_below=caption_below,
                over_headline=headline is not None and i == headline - 1)

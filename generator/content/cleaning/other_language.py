"""Passages in another language than the page's: an embedded post, a widget or a banner.

Outlets covering an event abroad embed the local police's or a witness's post as it was
written ("Bitte meiden Sie den Bereich …" inside a French report), and scraped pages keep
a foreign site's cookie banner or a syndication widget. No word list of any language finds
them, and their shape is a story paragraph's; their language gives them away. On the corpus
(dev and holdout), not one story line of six words or more is detected in a language other than
its page's, while the furniture lines that are come from embedded posts (FIDELITY.md, the
lead's seventeenth stop). A story that quotes a whole sentence in its original language puts
it in quotation marks: such a block is left alone, and so is any block the model is unsure of
or whose language is a kin of the page's (:func:`generator.text.languages.kindred`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.margins import opens_quotation
from generator.content.cleaning.rules.base import Verdict, words
from generator.text.languages import detect, kindred, normalise

Verdicts = list[Verdict | None]

#: A passage shorter than this many words is not judged: its language is a guess.
MIN_WORDS = 6


def mark_other_language(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                        language: str) -> None:
    """Blocks no rule judged, confidently in a language that is not the page's nor a kin of
    it, are furniture (an embedded post, most often), when they are the page's minority: a page
    mostly in "another" language has been given the wrong language, not furniture."""
    page = normalise(language)
    if not page:
        return
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    foreign: dict[int, str] = {}
    for i in free:
        text = blocks[i].text
        if words(text) < MIN_WORDS or opens_quotation(text):
            continue
        found = detect(text)
        if found is not None and not kindred(found, page):
            foreign[i] = found
    if not foreign:
        return
    total = sum(words(blocks[i].text) for i in free)
    if 2 * sum(words(blocks[i].text) for i in foreign) >= total:
        return
    for i, found in foreign.items():
        verdicts[i] = Verdict("embed", "other-language",
                              f"a passage in another language ({found}) than the page's "
                              f"({page}): an embedded post or a widget")
    _claim_post_lines(blocks, verdicts, foreign, headline)


def _claim_post_lines(blocks: Sequence[Block], verdicts: Verdicts, foreign: dict[int, str],
                      headline: int | None) -> None:
    """The short lines among a post's foreign sentences, up to the post's link or attribution
    right under them ("+++ BREAKING +++" over the police's post), are the post's too: too short
    to be told by their language, they are held by the post around them."""
    for end, verdict in enumerate(verdicts):
        if verdict is None or verdict.kind != "embed" or verdict.rule == "other-language":
            continue
        run: list[int] = []
        k = end - 1
        while k >= 0 and k != headline and (k in foreign or (verdicts[k] is None
                                            and words(blocks[k].text) < MIN_WORDS)):
            run.append(k)
            k -= 1
        if any(i in foreign for i in run):
            for i in run:
                if i not in foreign:
                    verdicts[i] = Verdict("embed", "other-language",
                                          "a short line inside an embedded post in another "
                                          "language")

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

import re
from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.margins import opens_quotation
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.text.furniture_words import NETWORKS_IN_TEXT, SOCIAL_MEDIA
from generator.text.languages import detect, kindred, normalise

#: A passage shorter than this many words is not judged: its language is a guess.
MIN_WORDS = 6


def mark_other_language(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                        language: str) -> None:
    """Blocks no rule judged, confidently in a language that is not the page's nor a kin of
    it, are furniture when they come as a post: two or more in a row in one language, or one
    next to an embedded post's link or attribution (the short lines between them count for
    nothing). A single sentence in another language is left in the story: a quotation printed
    without its marks, a motto. Not on a page mostly in "another" language: it has been given
    the wrong language."""
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
    for run in _runs(blocks, verdicts, foreign, headline):
        languages = [foreign[i] for i in run if i in foreign]
        same = max(languages.count(code) for code in languages) >= 2
        if not (same or _by_a_post(verdicts, run) or _after_a_post_named(blocks, verdicts, run)):
            continue
        for i in run:
            why = (f"a passage in another language ({foreign[i]}) than the page's ({page}): "
                   "an embedded post or a widget") if i in foreign else \
                "a short line inside an embedded post in another language"
            verdicts[i] = Verdict("embed", "other-language", why)


def _runs(blocks: Sequence[Block], verdicts: Verdicts, foreign: dict[int, str],
          headline: int | None) -> list[list[int]]:
    """The runs of foreign blocks, each with the short unjudged lines among and right above
    them ("+++ BREAKING +++" over the police's post): too short to be told by their language,
    they are held by the post around them. A run's short lines at its end are left out."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(len(blocks) + 1):
        short = (i < len(blocks) and i != headline and verdicts[i] is None
                 and i not in foreign and words(blocks[i].text) < MIN_WORDS)
        if i in foreign or short:
            run.append(i)
            continue
        while run and run[-1] not in foreign:
            run.pop()
        if run:
            runs.append(run)
        run = []
    return runs


#: A social network or its post named in a story paragraph, in the languages of the pages: the
#: paragraph introduces the post embedded right below it ("En su cuenta de Twitter, la alcaldesa
#: lamentó …", then the post in English: s19).
_NETWORK = re.compile(r"(?i)(?<!\w)(?:tweet\w*|tuit\w*|"
                      + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                 for w in (*NETWORKS_IN_TEXT, *SOCIAL_MEDIA)) + r")(?!\w)")


def _after_a_post_named(blocks: Sequence[Block], verdicts: Verdicts, run: list[int]) -> bool:
    """The run comes right after a story paragraph that names a social network: the post it
    introduces."""
    k = run[0] - 1
    return k >= 0 and verdicts[k] is None and bool(_NETWORK.search(blocks[k].text))


def _by_a_post(verdicts: Verdicts, run: list[int]) -> bool:
    """The run stands right above or below an embedded post's link or attribution."""
    return any(0 <= k < len(verdicts) and verdicts[k] is not None
               and verdicts[k].kind == "embed" for k in (run[0] - 1, run[-1] + 1))

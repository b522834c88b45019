"""A picture's caption between two paragraphs of the story with nothing beside it to tell it by:
no credit, no label, no full stop ("Two men with roses attend the funeral of the victims of the
fire", "A partly collapsed block of flats in Kelmford, Ruritania").

The other caption rules read something next to the caption: a credit line
(:mod:`generator.content.cleaning.captions`), a credit, a date or a source closing it
(:mod:`generator.content.cleaning.captions_closing`), a label before it (the rule table), or its
twin. This one reads the block alone, which is why it has a module of its own. Between two
paragraphs of prose, a line that ends without a full stop is either a crosshead, which is story,
or a picture's text. In English the two are written in different grammars: a crosshead in the
style of a headline, without articles ("Subzero rescue", "Toll rises as search goes on") or
with one in a set phrase, a caption as running prose that keeps them: it opens with one or holds
two ("A duck boat sits idle in the parking lot", "… at the gates of the club"). Only English is
read so: a crosshead in French, Spanish, Italian or German keeps its articles ("Las labores de
rescate en marcha", "Untersuchung der Tragödie im Skigebiet"), and no caption of this shape was
missed in those languages on the pages measured.

Measured before it was adopted (spfur15): on the corpus dev part, the spent sets s37-s39 and
every pool's dev part, the shape is a caption on three sites of three events (a funeral's
picture, a collapsed block's, a concert's video) and never a line of story; the English
crossheads of six words or more between paragraphs there hold no article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.captions import QUOTED
from generator.content.cleaning.features import starts_upper
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.text.copulas import tells_the_past
from generator.text.languages import normalise
from generator.text.lexicon import CLAUSE_TAIL_WORDS

#: The articles of running prose that a headline-style crosshead drops, by language (English
#: only: see the module's docstring).
ARTICLES: dict[str, frozenset[str]] = {"en": frozenset({"the", "a", "an"})}

#: Running prose opens with an article or holds this many: a crosshead in the style of a
#: headline may keep one in a set phrase ("Rescuers work through the night").
MIN_ARTICLES = 2

#: A bare caption's length: a crosshead is shorter ("Subzero rescue", "The Numbers"), and a
#: block longer than this is a paragraph that lost its end.
MIN_WORDS, MAX_WORDS = 8, 60

#: A line opening with a question word is a crosshead however it is written ("What we know
#: about the crash", "How the rescue unfolded").
_QUESTION = re.compile(r"(?i)^\W*(?:what|who|whom|whose|why|how|when|where|which)\b")

#: A line that reports someone's words is a sentence of the story that lost its full stop ("The
#: fire started in the store, a spokesman said", "The owners told the council they …"): a
#: picture's text shows, it reports no one (rev41; "A video posted online shows …" stays one).
_REPORTED = re.compile(r"(?i)\b(?:said|says|told|according\s+to)\b")

#: A line told in the past of the news ("A first victim was named by police yesterday – …",
#: trial 48: a story sentence whose full stop the page dropped) is the story's: a caption is
#: written in the present ("Two men with roses attend …") or without a verb.
#: Its past of "be" and "have" is :data:`generator.text.copulas.PAST_TELLING`.
_TOLD_AS_NEWS = re.compile(r"(?i)\b(?:has\s+been|have\s+been|yesterday|last\s+night)\b")

#: A page whose lines of this many words end without a full stop this often (or more) was
#: hard-wrapped: its sentences run across lines, and a line without a stop tells nothing.
MIN_LINE_WORDS, MAX_OPEN_SHARE = 8, 1 / 3

RULE = "bare-caption"
WHY = ("a picture's text between two paragraphs: no full stop, written as prose (with its "
       "articles), not as a crosshead")


def mark_bare_caption(blocks: Sequence[Block], verdicts: Verdicts, head: int | None,
                      language: str) -> None:
    """A kept block between two kept paragraphs of prose, each closing its sentence, that
    does not close its own, is no label or quotation, opens with a capital and keeps the
    articles of running prose: a picture's caption (see the module's docstring). A line
    closing on brackets ("… [Harbour Board/Town Council]") has something beside it, and is left
    to the rules of credits (:mod:`generator.content.cleaning.captions_closing`). A line that
    ends on a word no phrase ends on ("… near a highway exit close to") is a sentence a
    hard-wrapped page broke across its lines, and stays (a pool of spspk5: a wire's copy)."""
    articles = ARTICLES.get(normalise(language))
    if not articles:
        return
    kept = [i for i, v in enumerate(verdicts) if v is None and i != head]
    if _hard_wrapped(blocks, kept):
        return
    for before, i, after in zip(kept, kept[1:], kept[2:], strict=False):
        text = blocks[i].text.strip()
        if (ends_sentence(text) or text[-1:] in ")]" or not MIN_WORDS <= words(text) <= MAX_WORDS
                or not starts_upper(text) or ":" in text or QUOTED.search(text)
                or _QUESTION.match(text) or _REPORTED.search(text)
                or _TOLD_AS_NEWS.search(text)):
            continue
        tokens = [t.lower() for t in re.findall(r"[^\W\d_]+", text)]
        if tells_the_past(tokens, language):
            continue  # told in the past of the news: a story sentence without its stop
        if not _as_prose(tokens, articles) or tokens[-1] in CLAUSE_TAIL_WORDS:
            continue  # (a line that ends on "of", "to", "the" was cut: a hard-wrapped page)
        if all(ends_sentence(blocks[j].text) and is_prose(blocks[j].text, language)
               for j in (before, after)):
            verdicts[i] = Verdict("caption", RULE, WHY)


def _as_prose(tokens: Sequence[str], articles: frozenset[str]) -> bool:
    """The words are written as running prose: they open with an article ("A partly collapsed
    block in Kelmford") or hold two ("Two men stand at the gates of the club")."""
    return bool(tokens) and (tokens[0] in articles
                             or sum(1 for t in tokens if t in articles) >= MIN_ARTICLES)


def _hard_wrapped(blocks: Sequence[Block], kept: Sequence[int]) -> bool:
    """The page's text was wrapped at a fixed width (a wire's copy stored line by line): many
    of its longer lines end without closing a sentence."""
    long = [i for i in kept if words(blocks[i].text) >= MIN_LINE_WORDS]
    open_ = sum(1 for i in long if not ends_sentence(blocks[i].text))
    return bool(long) and open_ / len(long) >= MAX_OPEN_SHARE

"""Shallow features of a block the rules left as story (issue 13, round 11), for
``bench/train_furniture.py``: would a learned second opinion on those blocks remove furniture
without removing story? (Measured: it does not; FIDELITY.md, cleaning round 11.)

Ten rounds of rules named shapes one at a time and stopped carrying to unseen pages: what is
left is a long tail, each shape seen on one site. jusText's lesson is that furniture shares a
few measures whatever its words: it is short, has few function words, does not end a sentence,
is set in capitals or carries digits and separators, and sits away from the story's prose,
next to other furniture. These are those measures, for one block in its page. They read only
the block's text, its language's stop words and the state of its neighbours (story, headline or
a removed kind), all of which the cleaner has at hand after its last rule, so that a model
trained on them could run there; the training script rebuilds the states from a cleaned
article.

Every feature is a number; :data:`NAMES` gives their order. Computing them is linear in the
page: each block is read a constant number of times, and repeats are counted in one dict.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from generator.content.blocks import ends_sentence
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.margins import opens_quotation
from generator.content.cleaning.shallow import cut_fragment
from generator.text.languages import stop_word_share

#: The state of a block before the second opinion: ``None`` for story, ``HEAD`` for the
#: headline, else the kind of furniture a rule removed it as.
HEAD = "headline"

NAMES = (
    "log_words", "log_chars", "stop_share", "no_stop_list", "ends_sentence", "prose",
    "capital_words", "upper_letters", "digits", "symbols", "link", "separator", "bullet",
    "lower_start", "ends_colon", "sentence_marks", "date_shape", "quote", "field", "one_word",
    "position", "before_prose", "after_prose", "log_prose_distance",
    "prev_removed", "next_removed", "prev_head", "next_head", "prev_prose", "next_prose",
    "prev_log_words", "next_log_words", "repeated", "page_removed_share", "story_blocks",
)

_WORD = re.compile(r"[^\W\d_]+")
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w")
_SEPARATOR = re.compile(r"[|·•»›«‹/\\]|\s[-–—]\s|::")
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►>]|\d{1,2}[.)])\s")
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
                   r"|\b\d{1,2}[:.h]\d{2}\b")
_SENTENCE_MARK = re.compile(r"[.!?…。！？؟][\"'”’»)\]]*\s")
_QUOTE = re.compile(r"[\"“”„«»]")
_FIELD = re.compile(r"^\s*[^\W\d_][^:\n]{0,30}:\s*\S")


def _own(text: str, language: str) -> list[float]:
    """The block's own measures, in the order of the first entries of :data:`NAMES`."""
    tokens = _WORD.findall(text)
    n = len(tokens)
    letters = [c for c in text if c.isalpha()]
    chars = max(len(text), 1)
    share = stop_word_share(text, language)
    return [
        math.log1p(len(text.split())),
        math.log1p(len(text)),
        share if share is not None else 0.0,
        float(share is None),
        float(ends_sentence(text)),
        float(is_prose(text, language)),
        sum(1 for t in tokens if t[0].isupper()) / n if n else 0.0,
        sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0,
        sum(1 for c in text if c.isdigit()) / chars,
        sum(1 for c in text if not c.isalnum() and not c.isspace()) / chars,
        float(bool(_LINK.search(text))),
        float(bool(_SEPARATOR.search(text))),
        float(bool(_BULLET.match(text))),
        float(text.lstrip()[:1].islower()),
        float(text.rstrip().endswith(":")),
        math.log1p(len(_SENTENCE_MARK.findall(text + " "))),
        float(bool(_DATE.search(text))),
        float(bool(_QUOTE.search(text))),
        float(bool(_FIELD.match(text)) and len(text.split()) <= 8),
        float(len(text.split()) == 1),
    ]


def judged(text: str) -> bool:
    """Whether the model may judge a block at all. The rules' own guards hold for it too: the
    first words of a cut paragraph (ending on a lower-case word or a single letter, a drop
    capital alone) and a line that opens a quotation are story whatever their shape, and the
    labels say so on every set."""
    if not text.strip() or opens_quotation(text):
        return False
    return ends_sentence(text) or not cut_fragment(text)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def page_features(texts: Sequence[str], states: Sequence[str | None],
                  language: str) -> list[list[float] | None]:
    """The features of every story block of a page (``None`` for the others): ``texts`` are
    the blocks in page order, ``states`` what the rules made of each (see :data:`HEAD`)."""
    n = len(texts)
    own = [_own(t, language) if s is None and judged(t) else None
           for t, s in zip(texts, states, strict=True)]
    prose = [s is None and is_prose(t, language) for t, s in zip(texts, states, strict=True)]
    prose_at = [i for i, p in enumerate(prose) if p]
    first, last = (prose_at[0], prose_at[-1]) if prose_at else (n, -1)
    seen = Counter(_key(t) for t in texts)
    removed = sum(1 for s in states if s is not None and s != HEAD)
    story = sum(1 for s in states if s is None)
    # distance to the nearest prose block, from both sides (two linear sweeps)
    near = [n] * n
    d = n
    for i in range(n):
        d = 0 if prose[i] else d + 1
        near[i] = d
    d = n
    for i in range(n - 1, -1, -1):
        d = 0 if prose[i] else d + 1
        near[i] = min(near[i], d)

    def around(j: int) -> tuple[float, float, float, float]:
        if not 0 <= j < n:
            return 0.0, 0.0, 0.0, 0.0
        s = states[j]
        return (float(s is not None and s != HEAD), float(s == HEAD), float(prose[j]),
                math.log1p(len(texts[j].split())))

    out: list[list[float] | None] = []
    for i in range(n):
        if own[i] is None:
            out.append(None)
            continue
        p, x = around(i - 1), around(i + 1)
        out.append(own[i] + [
            i / max(n - 1, 1), float(i < first), float(i > last), math.log1p(near[i]),
            p[0], x[0], p[1], x[1], p[2], x[2], p[3], x[3],
            float(seen[_key(texts[i])] > 1), removed / max(n, 1), math.log1p(story),
        ])
    return out

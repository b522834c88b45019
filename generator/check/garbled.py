"""Text garbled before it was saved: UTF-8 decoded with another code page on its way to the
file ("mĂ©thanol" for "méthanol", "Ã©tÃ©" for "été"). The bytes are valid UTF-8, so the loader
(:func:`generator.content.files.decode_bytes`) cannot tell; the words are not the outlet's, and
a name or a noun on such a line is misread (trial 33: a count read as people where its clean
twin on another page counted the ill). ``briefing check`` warns of the first such line of each
article, with the reading a repair would give when one does, and changes nothing: the text
stays as the page holds it.

ftfy (maintained by Robyn Speer) is the detector: its badness heuristic, tuned on a large
corpus of real mojibake, tells garbled sequences from the legitimate rare characters of every
language; a hand-written list of sequences would be one code page's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.content.model import Article


@dataclass(frozen=True)
class Garbled:
    line: int
    count: int  # the garbled lines of the article
    word: str  # the first garbled word on the line, as written
    reading: str  # the word ftfy's repair gives, or "" when it gives none


def garbled(article: Article) -> Garbled | None:
    """The first garbled line of an article's headline and story, or None."""
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    blocks = [b for b in [article.headline_block, *article.paragraphs] if b is not None]
    bad = [b for b in blocks if is_bad(b.text)]
    if not bad:
        return None
    first = bad[0]
    word = next((w for w in re.findall(r"\S+", first.text) if is_bad(w)), "")
    if not word:  # a sequence across a space: the line's first word outside ASCII
        word = next((w for w in re.findall(r"\S+", first.text) if not w.isascii()), "")
    reading = fix_encoding(word) if word else ""
    return Garbled(first.line, len(bad), word, reading if reading != word else "")

"""A copyright line, told from a sentence of the story that a stray sign was glued before:
the check of the rule table's "copyright" rule (:mod:`.credits`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import Page, RuleTable, ci, compile_re2, words
from generator.content.cleaning.rules.patterns import alternation
from generator.text import furniture_words as F
from generator.text.languages import stop_word_share

#: "All rights reserved" and its kin, in every language of :mod:`generator.text.furniture_words`.
RIGHTS = alternation([p for ps in F.RIGHTS_RESERVED.values() for p in ps])
RIGHTS_IN = compile_re2(ci(RIGHTS))
#: The sign opening a line; what follows is the line's notice, or its sentence. A year after
#: the sign makes it a notice ("© 2026 …").
_SIGN = re.compile(r"^\s*(?:[©Ⓒⓒ]|\(c\))\s*(?!(?:19|20)\d\d\b)", re.I)
_FIRST_STOP = re.compile(r"[.!?](?=\s)")
#: A sentence of the story after the sign: this many words at least, ending like a sentence,
#: with a story's share of function words (a notice or a picture's credit is names and labels).
_SENTENCE_WORDS, _SENTENCE_SHARE = 8, 0.3


#: What a notice says of the page's words, in the corpus languages: copying, reproducing,
#: permission, copyright ("No part of this article may be reproduced …", "Toute reproduction …
#: interdite", "urheberrechtlich geschützt", "Queda prohibida la reproducción", "È vietata la
#: riproduzione"): such a line is a notice however it is written.
_NOTICE_WORDS = re.compile(
    r"(?i)\b(?:reproduc|reprodu[zç]|riprodu|copied|copying|copy|permission|copyright|"
    r"urheberrecht|kopier|vervielfältig|prohibid|proibid|vietat|interdit|verboten|autorizaci|"
    r"autorisation|erlaubnis|diritti|derechos|droits|rights)\w*"
    r"|\b(?:this\s+(?:site|page|website)|(?:dieser|diese)\s+(?:seite|website)|ce\s+site|"
    r"cette\s+page|este\s+sitio|esta\s+página|questo\s+sito|deste\s+site)\b")


def _prose(blocks: Sequence[Block], j: int) -> bool:
    """A line of the story's prose next to the sign's: eight words or more, ending like a
    sentence."""
    return 0 <= j < len(blocks) and words(blocks[j].text) >= _SENTENCE_WORDS \
        and ends_sentence(blocks[j].text)


def a_notice(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A copyright line, unless the sign opens a sentence of the story between two of its
    sentences ("ⓒ The crews reached the dam at noon and found the gate shut."): the sign was
    glued before the story's line (a picture's credit lost its name, a font's stray glyph), and
    the line stays the story's. A line that speaks of rights, copying or permission, at the
    story's top or end, or whose first sentence is short (an owner's name: "© Valley Media. Do
    not copy …"), is a notice, however long."""
    text = blocks[i].text
    sign = _SIGN.match(text)
    if sign is None or RIGHTS_IN.search(text) or _NOTICE_WORDS.search(text) or not (
            _prose(blocks, i - 1) and _prose(blocks, i + 1)):
        return True  # a notice, or a line at the story's edge (review 13)
    rest = text[sign.end():]
    stop = _FIRST_STOP.search(rest)
    rest = rest[:stop.end()] if stop else rest
    share = stop_word_share(rest, page.language) or 0
    return not (words(rest) >= _SENTENCE_WORDS and ends_sentence(rest)
                and share >= _SENTENCE_SHARE)

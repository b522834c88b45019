"""Where a paragraph quotes: the marks of every corpus language (English double quotes, the
pairs of :data:`generator.text.speech_words.QUOTE_MARKS`, single quotes where they cannot be
apostrophes, and a quotation left open at its paragraph's end).

One reader for every stage that asks: `extract` proposes quotations from it, and the copy finder
(:mod:`generator.text.shingles`) tells a quotation two outlets print from their own narration
with it. The copy finder used to keep a shorter pattern of its own, which knew no single quotes
and no quotation left open, so words a page quoted that way counted as its own narration (the
review of round fcopy5).
"""

from __future__ import annotations

import re

from generator.text.speech_words import QUOTE_MARKS


def _quote_pattern() -> re.Pattern[str]:
    """English double quotes, then every pair of :data:`QUOTE_MARKS`; curly and straight single
    quotes only where they cannot be an apostrophe (not inside a word: "Lloyd’s")."""
    # mixed marks, as a CMS leaves them: a curly opening closed straight (“…"), a straight one
    # closed curly ("…”, trial 20: missed), or by the German high mark ("…“, the low „ typed
    # as "); within a paragraph, read before a straight pair that may run past it
    parts = [# a quotation quoting a name or a phrase in its own marks (“… “X” …”), as pages
             # print it without the inner single marks: one quotation, not its inner phrase
             # alone (round fspk6: the speaker's words were read as the inner two words)
             r"“(?P<qn>[^“”\n]*“[^“”\n]*”[^“”\n]*)”",
             r"“(?P<q0>[^“”]*)”", r"“(?P<qm>[^“”\"\n]*)\"", r"\"(?P<qc>[^\"“”\n]*)”",
             r"(?<!\w)\"(?P<q1>[^\"]*)\"",  # not a mark glued to a word: it closes (trial 25)
             r"\"(?P<qg>[^\"“”\n]*)“(?=[\s,.;:!?)]|$)",
             # the German low mark closed straight („…"), as a keyboard leaves it
             r"„(?P<ql>[^„“”\"\n]{2,1200}?)\"(?!\w)",
             # two closing marks (”…”), as Swedish and Finnish print a quotation and as a CMS
             # leaves one it could not curl: opening a word after a space, closing after one
             r"(?:^|(?<=[\s(]))”(?=\w)(?P<qrr>[^“”\n]{2,1200}?)(?<=\S)”(?!\w)",
             # a paragraph that carries on a quotation opens with the closing guillemet in
             # Spanish and older French copy ("»Después …», explicó X"), closed by it again
             r"^»\s?(?P<qcont>[^«»\n]{2,1200}?)\s?»",
             # the German single marks (‚…‘), where a page quotes with them alone (not the
             # "‚" of a wrong decoding inside a word: "â‚¬" for "€")
             r"(?<!\w)‚(?P<qls>[^‚‘\n]{2,400}?)‘(?!\w)"]
    for i, (o, c) in enumerate(QUOTE_MARKS):
        if o == "‘":  # doubled (‘‘…’’) as a keyboard types double marks, then single
            parts.append(r"(?<![\w‘])‘‘(?P<qsd>(?:[^\n‘’]|(?<=\w)’(?=\w)){2,400}?)’’(?![\w’])")
            parts.append(r"(?<!\w)‘(?P<qs>[^\n‘]{2,400}?)’(?!\w)")
            continue
        parts.append(rf"{re.escape(o)}(?P<q{i + 2}>[^{re.escape(o + c)}]*){re.escape(c)}")
    # typed by hand or by a CMS: a quotation closed with its opening mark (“…“, then
    # punctuation or a space) or set between doubled apostrophes (''…'')
    # (as long as a paragraph's quotation runs: an account of several sentences, its speaker
    # named between dashes inside it, passes 400 characters)
    parts.append(r"“(?P<qr>[^“”\n]{2,1200}?)“(?=[\s,.;:!?)]|$)")
    # an apostrophe inside a word stays inside ("''… l'hiver''", chk53b: none was read)
    parts.append(r"(?<![\w'])''(?P<qd>(?:[^'\n]|(?<=\w)'(?=\w)){2,400}?)''(?![\w'])")
    # an apostrophe inside a word is no closing mark ('I can't say', round 26: the quotation
    # was not read at all)
    parts.append(r"(?<![\w'])'(?P<qa>(?:[^\n']|(?<=\w)'(?=\w)){2,400}?)'(?![\w'])")
    # a quotation that runs to the end of its paragraph with no closing mark: the convention
    # for a quotation that goes on in the next paragraph, and what a cut page leaves (straight
    # marks too: sealed set s11, a cut page ending inside one)
    parts.append(r"(?<!\w)(?:[“«„]|\"(?!\s))(?P<qopen>[^“”\"«»„\n]{20,})$")
    return re.compile("|".join(parts))


QUOTE = _quote_pattern()

#: A character that opens a quotation in one of :data:`QUOTE`'s shapes (an apostrophe only where
#: it is not inside a word): a line without one has none, and the copy finder runs on every
#: article of every build.
_OPENS = re.compile(r"[“\"„»«‚‘「『‹”]|(?<!\w)'")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` inside quotation marks, marks included, read paragraph by
    paragraph (a line is a paragraph: a quotation left open ends with it)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _OPENS.search(line):  # the long pattern only where a quotation can open
            spans.extend((pos + m.start(), pos + m.end()) for m in QUOTE.finditer(line))
        pos += len(line) + 1
    return spans

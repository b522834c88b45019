"""Short exact evidence clauses: the few words around a number or a date that a proposal quotes.

Everything here works on an article's cleaned text (``Article.text``) and keeps offsets into it,
so every evidence quote the extractor proposes is a substring of it and passes ``briefing check``.
Split from :mod:`generator.extract.speakers.attribution`, which says who the clause is credited
to.
"""

from __future__ import annotations

import re

from generator.text.datelines import read_dateline
from generator.text.lexicon import CLAUSE_TAIL_WORDS
from generator.text.sentences import Sentence, words

MAX_WORDS = 30
_CLAUSE_CUT = re.compile(r"(?<!\d),\s+|;\s+|:\s+|\s+[–—]\s+|\s+-\s+|\(|\)")
#: What a clause is trimmed of at either end: spaces, the marks that cut clauses
#: (:data:`_CLAUSE_CUT`) and an opening bracket.
_TRIM = " \t\n,;:–—-("


def evidence(sentence: Sentence, start: int, end: int, max_words: int = MAX_WORDS
             ) -> tuple[int, int]:
    """The shortest run of whole clauses of ``sentence`` around [start, end) (article offsets),
    widened clause by clause while it stays under ``max_words`` (a dateline such as "BEIRUT
    (Reuters) –" or "PORT SAREL, Veloria (AP) —" is left out). A clause too long, or a result
    too short to read, is cut at word boundaries instead.

    Returns article offsets; the text there is exact (a substring of the cleaned text)."""
    text = sentence.text
    s, e = start - sentence.start, end - sentence.start
    dateline = read_dateline(text)
    lo = dateline.end if dateline and dateline.end <= s else 0
    cuts = [lo]
    for m in _CLAUSE_CUT.finditer(text, lo):
        cuts.append(m.end())
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    first = next((i for i, (a, b) in enumerate(pieces) if a <= s < b), 0)
    last = next((i for i, (a, b) in enumerate(pieces) if a < e <= b), len(pieces) - 1)
    last = max(last, first)

    def span_words(i: int, j: int) -> int:
        return words(text[pieces[i][0]:pieces[j][1]])

    if span_words(first, last) > max_words:
        return _word_window(sentence, start, end, max_words, lo)
    while True:
        options = []
        if last + 1 < len(pieces) and span_words(first, last + 1) <= max_words:
            options.append((span_words(last + 1, last + 1), 0, first, last + 1))
        if first > 0 and span_words(first - 1, last) <= max_words:
            options.append((span_words(first - 1, first - 1), 1, first - 1, last))
        if not options:
            break
        _size, _side, first, last = min(options)
    if span_words(first, last) < 10 and len(pieces) > 1 and \
            words(text[lo:]) > span_words(first, last):
        return _word_window(sentence, sentence.start + pieces[first][0],
                            sentence.start + pieces[last][1], min(max_words, 20), lo)
    a, b = pieces[first][0], pieces[last][1]
    return _tidy(sentence, a, b, s)


def _tidy(sentence: Sentence, a: int, b: int, keep: int | None = None) -> tuple[int, int]:
    """[a, b) of the sentence without dangling punctuation, and without a quotation mark whose
    pair lies outside it: cut on the side of the mark that holds ``keep`` (the offset, in the
    sentence, of the words the evidence is for), so that the number stays in its evidence."""
    text = sentence.text
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    # a quotation mark without its pair reads badly: cut before or after it
    piece = text[a:b]
    if piece.count("“") != piece.count("”"):
        close = piece.find("”")
        open_ = piece.rfind("“")
        if close >= 0 and (open_ < 0 or close < piece.find("“")):
            inside = keep is not None and keep < a + close
            if piece.count("“") == 0 and (inside or not re.search(r"\w", piece[close + 1:])):
                b = a + close  # the words are inside the quotation: keep them, less its mark
            else:
                a += close + 1
        elif open_ >= 0:
            if open_ == 0 or (keep is not None and keep > a + open_):
                a += open_ + 1  # a quotation that opens before the words and goes on past them
            else:
                b = a + open_
    while a < b and text[a] in _TRIM + "”.":
        a += 1
    while b > a and text[b - 1] in _TRIM + "“":
        b -= 1
    return sentence.start + a, sentence.start + b


def _word_window(sentence: Sentence, start: int, end: int, max_words: int, lo: int = 0
                 ) -> tuple[int, int]:
    """Whole words around [start, end): back to the sentence's start when that is close,
    then forwards; never ending on a function word."""
    text = sentence.text
    s, e = start - sentence.start, end - sentence.start
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text) if m.start() >= lo]
    if not tokens:
        return _tidy(sentence, s, e, s)
    inside = [i for i, (a, b) in enumerate(tokens) if b > s and a < e] or [0]
    i, j = inside[0], inside[-1]
    if i <= 20 or inside[-1] < max_words:  # the sentence's start says what it is about ("The
        i = 0                                 # death toll from …"), when it fits
    while j - i + 1 < max_words and j + 1 < len(tokens):
        j += 1
    while j - i + 1 < max_words and i > 0:
        i -= 1
    while j > inside[-1] and \
            text[tokens[j][0]:tokens[j][1]].lower().strip(",;:") in CLAUSE_TAIL_WORDS:
        j -= 1
    return _tidy(sentence, tokens[i][0], tokens[j][1], s)

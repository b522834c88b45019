"""Furniture at the story's margins by shallow features that carry across sites (issue 13,
round 8): a small jusText-like judge of the lines outside the story's prose.

Rounds 4 to 7 wrote one rule per shape, and the shapes stopped carrying to unseen pages. What
the margins' furniture shares, whatever the site, is what jusText measures: it has no function
words. A line of the story's own, however short, is written in its language and carries one
("Chaos in the valley", "What we know"), or it is a fragment of a cut sentence, or it sits
inside the story. So only two places are judged, and only lines no other rule judged:

* :func:`mark_bare_tail`: the run of lines that closes the page below the story's last
  paragraph of prose, read from the page's end up: a line of at most :data:`MAX_TAIL_WORDS`
  words without one stop word of the page's language and with no sentence end ("Social",
  "5 Pictures", "A.Roe--XY", "source — http://…", a row of channel names). The walk stops at
  the first line that is not so, so a crosshead over a cut paragraph ("Deaths" / "With only
  …") is never reached; a line that ends on a lower-case word (a paragraph cut after its first
  words), a single letter or an opening quotation stays story, and so does the page's last
  line when it is a sentence cut after its subject ("Valley culture minister Jane Roe");
* :func:`mark_bare_head`: between the headline (or, without one, the page's top) and the first
  paragraph of prose, a line of at
  most :data:`MAX_HEAD_WORDS` words without a stop word that carries a figure ("45 Views",
  "18h05", "Rating: 4.5 (12 votes)") or is a name alone: two or three capitalised words and
  nothing else ("Jane Roe", a picture's credit). A lone word there stays story: on the labels
  it is as often a crosshead or a dateline's agency as a section label; but on a page that
  lost its title, the one line above the lede that is a place or a section ("Iran", "Lembara,
  Veloria") is its label (round 18: three sites, one a dev page), and so is a first line of
  one to three words without a function word over anything (pool35).

Above the headline such lines are judged already (:func:`.headline.bare_label`).

:func:`keep_cut_word` gives back the page's last line when it is one word that is the first
letters of a paragraph the copy was cut in (round 20): "Wat" or "Minis" alone under the story
reads as a one-word credit ("Lemonde") to the tail passes, which left the copy unflagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.headline import bare_label, prose_paragraphs
from generator.content.cleaning.margins import opens_quotation, title_like
from generator.content.cleaning.rules.base import LETTER_WORD, Verdict, Verdicts, words
from generator.text.agencies import agency
from generator.text.languages import UNSPACED, detect, normalise, stop_word_share, stop_words
from generator.text.lexicon import DETERMINERS
from generator.text.speech_words import ARTICLES, FUSED_ARTICLES

#: A closing line without a function word has at most this many words (a row of channel or
#: section names runs to eight; a cut sentence that long always carries a stop word).
MAX_TAIL_WORDS = 12
#: Between the headline and the lede: this many words at most.
MAX_HEAD_WORDS = 4
_TOKEN = re.compile(r"[^\W_]+")
_OPENING_ENDS = "\"“„«‹‘‚(-–—:,;"
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")


def _bare(text: str, language: str, most: int) -> bool:
    """Few words, not one of them a stop word of the page's language, and no sentence end."""
    if not 1 <= words(text) <= most or ends_sentence(text) or opens_quotation(text):
        return False
    return stop_word_share(text, language) == 0


def cut_fragment(text: str) -> bool:
    """The first words of a paragraph cut off: a single letter, a last word in lower case, or a
    mark that opens what was cut (a quotation, a bracket, a colon, a comma, a dash)."""
    end = text.rstrip()
    if end[-1:] in _OPENING_ENDS and not (end[-1:] == "-" and end[-2:-1].isalpha()):
        return True  # (a hyphen glued to a word is the word cut, as "Despi" is)
    tokens = _TOKEN.findall(text)
    if not tokens:
        return False
    last = tokens[-1]
    if len(last) == 1 and last.isalpha():
        return True
    return last[:1].islower() and any(c.isalpha() for c in last)


#: A sentence cut after its subject has at least this many words ("Culture minister Jane Roe").
MIN_SUBJECT_WORDS = 4


def cut_subject(text: str, language: str) -> bool:
    """A sentence cut after its subject, before its verb ("The valley's culture minister Jane
    Roe"): a capitalised first word, then a lower-case word of four letters or more that is no
    function word, then a capitalised name. A title of a link capitalises such a word, or has
    no name after it; a row of labels has no lower-case word."""
    tokens = _NAME_WORD.findall(text)
    if len(tokens) < MIN_SUBJECT_WORDS or not tokens[0][:1].isupper():
        return False
    stops = stop_words(language) | stop_words("en")
    low = next((k for k, t in enumerate(tokens[1:], 1)
                if len(t) >= 4 and t.islower() and t not in stops), None)
    return low is not None and any(t[:1].isupper() for t in tokens[low + 1:])


def bare_tail_line(text: str, language: str) -> bool:
    return _bare(text, language, MAX_TAIL_WORDS) and not cut_fragment(text)


def name_alone(text: str) -> bool:
    """Two or three capitalised words and nothing else ("Jane Roe", "Station KTV")."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and all(_NAME_WORD.fullmatch(p) and p[:1].isupper()
                                        for p in parts)


def bare_head_line(text: str, language: str) -> bool:
    if not _bare(text, language, MAX_HEAD_WORDS):
        return False
    return any(c.isdigit() for c in text) or name_alone(text.strip())


def _kind(text: str) -> str:
    if name_alone(text.strip()):
        return "credit"
    return "counter" if any(c.isdigit() for c in text) else "navigation"


# Footer words that make a trailing run of labels site navigation rather than categories.
NAV_WORDS = re.compile(r"(?i)^(?:home|about(?:\s+us)?|contact(?:\s+us)?|privacy(?:\s+policy)?|"
                       r"terms(?:\s+.*)?|advertise.*|careers|sitemap|log\s*in|sign\s*in|faq|"
                       r"subscribe|cookie\s+policy|accessibility|impressum|datenschutz|kontakt)$")
#: The reader or the site addressed: a line that speaks to them ("… could interest you:",
#: "Follow our coverage …:") announces links, not the story's own list (review 22).
_READER_OR_SITE = re.compile(r"(?i:\b(?:you|your|our|vous|votre|vos|notre|nos|usted|ustedes|"
                             r"su|sus|nuestr[oa]s?|voi|vostr[oa]|nostr[oaie]|você|vocês|"
                             r"nosso|nossa|unsere[nmrs]?|euch)\b)|\b(?:Sie|Ihnen|Ihre[nmrs]?)\b")


def announced_list(announcer: str, lines: list[str]) -> bool:
    """Whether a sentence ending with a colon announces the lines after it as the story's own
    list ("… still hold in these districts:" and the districts): not when it speaks to the
    reader or of the site, or when a line is the site's menu (review 22: headlines of other
    stories and a footer menu were kept as story)."""
    return announcer.rstrip().endswith(":") and not _READER_OR_SITE.search(announcer) \
        and not any(NAV_WORDS.match(line.strip()) for line in lines)


#: An item of a list the story announces is a few words: a name, a place, a district.
_ITEM_WORDS = 5


def ends_announced_list(texts: Sequence[str]) -> bool:
    """Whether the story's last paragraphs are the items of a list its sentence announces
    ("The dead were named as:", then a name a line): the last item has no full stop and the copy
    is whole. Two items at least, or one that is a name; one short line of prose under "He
    added:" may still be a sentence cut off."""
    for items, text in enumerate(reversed(texts)):
        if announced_list(text, list(texts[len(texts) - items:])):
            return items >= 2 or (items == 1 and title_like(texts[-1]))
        if ends_sentence(text) or words(text) > _ITEM_WORDS or text.rstrip().endswith(":"):
            return False
    return False


def mark_bare_tail(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                   language: str, last_prose: int) -> None:
    if 0 <= last_prose < len(blocks) and verdicts[last_prose] is None and announced_list(
            blocks[last_prose].text, [b.text for b in blocks[last_prose + 1:]]):
        return  # the last sentence announces what follows ("… in these districts:"): its list
    for i in range(len(blocks) - 1, last_prose, -1):
        if i == headline:
            return
        if verdicts[i] is not None:
            continue
        if not bare_tail_line(blocks[i].text, language) or (
                i == len(blocks) - 1 and cut_subject(blocks[i].text, language)):
            return  # (the page's last line cut after a sentence's subject is the story's)
        verdicts[i] = Verdict(_kind(blocks[i].text), "bare-tail", "a line without a function "
                              "word closing the page after the story (a label, a name, a link)")


def place_label(text: str, language: str) -> bool:
    """One or two capitalised words, a comma between them at most, no function word, not all in
    capitals: a place or a section the page files the story under ("Iran", "Lembara, Veloria")."""
    tokens = [t.rstrip(",") for t in text.split()]
    letters = [c for c in text if c.isalpha()]
    return (1 <= len(tokens) <= 2 and all(_NAME_WORD.fullmatch(t) and t[:1].isupper()
                                          for t in tokens)
            and any(c.islower() for c in letters) and stop_word_share(text, language) == 0)


def mark_bare_head(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                   language: str, first_prose: int) -> None:
    above = [i for i in range(first_prose) if verdicts[i] is None]
    if headline is None and len(above) == 1 and place_label(blocks[above[0]].text, language):
        # the page's only line above the lede, and no headline on the page: the label of the
        # place or section the story is filed under, where the title was not saved
        verdicts[above[0]] = Verdict("navigation", "place-label", "a place or section "
                                            "label over the lede of a page without its title")
    elif headline is None and above and bare_label(blocks[above[0]].text, language):
        # the first line of a page without its title, a label of one to three words ("Darum
        # gehts" over a summary's points, "العنوان"; pool35 blick, corpus addresslibya): a box's
        # or a section's label, whatever is under it (an agency's name alone is a credit's)
        verdicts[above[0]] = Verdict("navigation", "top-label", "a label on the first line of "
                                     "a page without its title")
    for i in range(headline or 0):
        if verdicts[i] is None and _EMPTIED.fullmatch(blocks[i].text):
            verdicts[i] = Verdict("template", "emptied-line", "a short word and a mark above "
                                  "the headline, a byline's or a label's values missing")
    start = headline + 1 if headline is not None else 0
    for i in range(start, first_prose):
        if verdicts[i] is None and bare_head_line(blocks[i].text, language):
            verdicts[i] = Verdict(_kind(blocks[i].text), "bare-head", "a figure or a name alone "
                                  "between the headline and the story, without a function word")


#: A word of one to four letters and a mark alone on a line ("in ,", "di |"): a template whose
#: values the scraper lost (trial 43: "in ," over an Italian page's headline stood in its story).
_EMPTIED = re.compile(r"\s*[^\W\d_]{1,4}\s*[,;:|·•–—-]+\s*")


def mark_bare_margins(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                      language: str) -> None:
    """Both passes, then a line of one word in lower case anywhere (:func:`lone_lower_word`),
    after every other rule (they judge only what is left)."""
    if normalise(language) in UNSPACED:
        return
    prose = prose_paragraphs(blocks, verdicts, headline, language)
    if not prose:
        return
    mark_bare_tail(blocks, verdicts, headline, language, prose[-1])
    mark_bare_head(blocks, verdicts, headline, language, prose[0])
    for i, block in enumerate(blocks):
        if verdicts[i] is None and i != headline and lone_lower_word(block.text, language):
            verdicts[i] = Verdict("caption", "lone-lower-word", "a line of one word in lower "
                                  "case (a picture's alt text, initials, a leftover token)")


#: A line of one word in lower case, letters only: a picture's alt text ("avion", "logo"), a
#: sign-off's initials ("ib"), a widget's leftover token. A story's line is a sentence, a
#: crosshead written with its capital, or the cut end of a paragraph (a stop word: "und", "the";
#: a cut paragraph's first letters carry its capital). On the corpus
#: and every fresh pool each such line is furniture (spent23, spent24, ffig5, fdev4, head5:
#: five sites). Judged anywhere, after every other rule: a section's or a menu's word over the
#: headline keeps the name of the rule that knows it ("bare-label", "label-run").
_LONE_WORD = re.compile(r"\s*[^\W\d_]{2,30}\s*")


def lone_lower_word(text: str, language: str) -> bool:
    """A line that is one lower-case word, not a stop word (see :data:`_LONE_WORD`)."""
    word = text.strip()
    if not (word.islower() and _LONE_WORD.fullmatch(text)):
        return False
    word = word.casefold()
    return word not in stop_words(language) and word not in stop_words("en")


#: A scraper that cuts a page cuts it at a round size: the text (after the page's address)
#: ends at most this many bytes short of a whole thousand (a character of several bytes cut in
#: two is dropped, and the white space after the cut is stripped).
CUT_SLACK = 10


def at_cut_length(text: str) -> bool:
    """The page's text (its address line aside) is a round size, as a scraper's cut leaves it:
    within :data:`CUT_SLACK` bytes under a multiple of 1000."""
    first, _, rest = text.partition("\n")
    body = rest if first.strip().startswith(("http://", "https://")) else text
    size = len(body.strip().encode("utf-8"))
    return size >= 1000 - CUT_SLACK and (-size) % 1000 <= CUT_SLACK


def open_end(text: str, language: str) -> bool:
    """A line that stops on a word no sentence ends on: an article, or a function word of three
    letters or fewer ("and", "of", "und", "et", "di"), in lower case and with no mark after it."""
    if ends_sentence(text) or not text.rstrip()[-1:].isalpha():
        return False
    last = _TOKEN.findall(text)[-1]
    lang = normalise(language)
    if not last.islower():
        return False
    return (last in DETERMINERS or last in ARTICLES.get(lang, ()) or last in FUSED_ARTICLES.get(
        lang, ()) or (len(last) <= 3 and last in stop_words(language)))


def _known_credit(word: str, site: frozenset[str]) -> bool:
    """An agency (any casing: "Efe", "ANSA") or the site's own name."""
    return bool(agency(word) or agency(word.upper())) or word.casefold() in site


def keep_cut_word(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                  language: str, *, at_cut: bool, site: frozenset[str] = frozenset()) -> None:
    """The page's last line, one word in letters (not in capitals) that a tail pass took for a
    credit, is the first letters of a paragraph the copy was cut in ("Wat", "Minis"), and so
    the story's, when the line of the story above it stops on a function word (the word goes
    on that sentence: "… and the" / "Minis"), or when the page is at a scraper's cut length
    or the word has two letters, and the word is no agency's and not the site's name. A
    one-word credit under a whole page ("Lemonde") stays removed."""
    last = len(blocks) - 1
    if last < 1 or last == headline or verdicts[last] is None or normalise(language) in UNSPACED:
        return  # (a line of a language written without spaces is no one word)
    if verdicts[last].rule not in ("trailing-credit", "bare-tail"):
        return  # (a rule of words judged it: a credit it knows)
    word = blocks[last].text.strip()
    if _POSSESSIVE.fullmatch(word) and not _known_credit(word.rstrip("'’s"), site):
        verdicts[last] = None  # "Monis'": a cut sentence's first word; no credit is possessive
        return
    if not LETTER_WORD.fullmatch(word) or word.isupper() or _known_credit(word, site):
        return
    above = next((i for i in range(last - 1, -1, -1)
                  if verdicts[i] is None and i != headline), None)
    if above is None:
        return
    goes_on = above == last - 1 and open_end(blocks[above].text, language)
    # ("Fo": no agency's name is two letters in lower case; trial 29: a cut page's last letters
    # became its credit, and the page was judged whole)
    if goes_on or at_cut or len(word) <= 2 or _first_letters(word, blocks[:last]):
        verdicts[last] = None


#: A name's possessive alone on the page's last line ("Monis'", "Varga’s"): the first word of a
#: sentence the copy was cut in (trial 43: removed as a credit, and offered as the agency).
_POSSESSIVE = re.compile(r"[^\W\d_]{2,}(?:['’]|['’]s)")
#: A cut word's first letters are this many at least to be told by a word of the page (three,
#: "Wat" under a page that writes "water", may be a name: it stays a credit on a whole page).
MIN_CUT_PREFIX = 4


def _first_letters(word: str, blocks: Sequence[Block]) -> bool:
    """The word is the first letters of a longer word the page writes elsewhere, and never a
    word of its own there ("Weath" under a page that writes "weather"): a paragraph cut in its
    first word, not a credit (spfur6: the page's last letters were taken for its source, and
    the page was judged whole). A source's name is written whole ("Lemonde")."""
    if len(word) < MIN_CUT_PREFIX:
        return False
    folded = word.casefold()
    tokens = {t.casefold() for b in blocks for t in _TOKEN.findall(b.text)}
    return folded not in tokens and any(t.startswith(folded) for t in tokens)


def cut_in_last_post(blocks: Sequence[Block], verdicts: Verdicts, language: str) -> list[str]:
    """Why the copy is cut when the page's last block is an embedded post that stops in a word
    ("… the tragic fires and t"): the scraper's cut fell inside the post, and what the page
    printed after it, more story perhaps, was not stored (s19). A post that ends on a word
    whole ("… tonight") is no sign."""
    if not blocks or verdicts[-1] is None or verdicts[-1].kind != "embed":
        return []
    text = blocks[-1].text.rstrip()
    tokens = _TOKEN.findall(text)
    if ends_sentence(text) or not tokens or not text[-1:].isalpha():
        return []
    last, own = tokens[-1], detect(text) or language  # (the post's language, not the page's)
    cut = (len(last) == 1 and last.islower() and last not in stop_words(own)
           and last not in stop_words(language)) or open_end(text, own)
    return ["the page stops inside an embedded post, in a word"] if cut else []


#: A scraper's cut inside a word leaves the text this close under a whole thousand of bytes (a
#: character of several bytes cut in two is dropped); a cut after a whole word or sentence may
#: lose white space too, and is no sign of its own (:data:`CUT_SLACK`).
MID_WORD_SLACK = 3
#: Furniture cut in a word runs on for a few words at least (a form's text, a notice); the
#: lines that sign the copy (a credit, a byline, a copyright) are read by :func:`keep_cut_word`.
MIN_CUT_FURNITURE_WORDS = 4
_SIGNING_KINDS = frozenset({"credit", "byline", "copyright", "attribution"})


def cut_in_last_furniture(blocks: Sequence[Block], verdicts: Verdicts, source: str) -> list[str]:
    """Why the copy is cut when the page's last block is furniture after the story (a comment
    form's text, a consent notice) that stops on a letter with no mark after it, and the page
    is a whole thousand of bytes to within a cut character: the scraper cut the page there,
    as :func:`cut_in_last_post` reads it in an embedded post (spent s34 and pool36: a comment
    form and a consent notice cut so; the labels call both pages cut)."""
    if not blocks or verdicts[-1] is None or verdicts[-1].kind in _SIGNING_KINDS:
        return []
    text = blocks[-1].text.rstrip()
    if len(_TOKEN.findall(text)) < MIN_CUT_FURNITURE_WORDS:
        return []  # (a credit's or a site's one word under the story signs it, cut or not)
    first, _, rest = source.partition("\n")
    body = rest if first.strip().startswith(("http://", "https://")) else source
    size = len(body.strip().encode("utf-8"))
    if ends_sentence(text) or not text[-1:].isalpha() or size < 1000 - MID_WORD_SLACK \
            or (-size) % 1000 > MID_WORD_SLACK:
        return []
    return ["the page stops in a word of the furniture after the story, at a scraper's cut "
            "length"]

"""Furniture at the margins of the story, found by its shape (round 4 of the cleaning work).

Every pass here judges only blocks no rule has judged, and only blocks *outside* the story's
prose: above its first paragraph of prose or below its last. Inside the story nothing is
touched: a short line between two paragraphs may be the story's own.

* :func:`mark_tail_labels`: the labels of widgets whose content the scraper did not keep, at
  the end of the page: a label of one to three words ending with a colon ("No comments:",
  "Short link:", "Tags:") and the short lines under it that are no sentences ("Post a
  comment", "Leave a reply");
* :func:`mark_glued_dates`: a date line with a few words glued to it ("26 May 2011 11:030
  commentsBy:", "world3 days ago", "Last update 26 May 2011 at 13,05"): a date or a relative
  time, and at most three words besides;
* :func:`mark_label_titles`: after the story, a line "Label: Title" whose title is no sentence
  (a link to another article under its label: "Related article: Storm kills five");
* :func:`mark_read_more`: the page's last line, a few words cut with "…" right after a whole
  paragraph ("See the full story...");
* :func:`mark_slash_credits`: a line of capitalised names split by a slash and ending on an
  organisation in capitals ("Listener / Hot Line RMF FM"): a picture credit;
* :func:`mark_markup`: a short line of markup left in the text ("<![CDATA[", "]]>");
* :func:`.summary_box.mark_summary_box`: at the page's end, a short heading over bulleted
  points made of the story's own words (a summary box printed after the story);
* :func:`mark_signed_posts`, anywhere: an embedded post printed as text, with hashtags and its
  author's handle alone after its last sentence.

:func:`keep_drop_caps` gives the story back its drop capital ("A" on its own line over the
rest of the first paragraph), which other passes take for a lone word or a menu label; and
:func:`opens_quotation` tells a quotation cut after its first letters ("‘D") from a credit.
:func:`mark_stamps_above` runs before the headline is chosen (a stamp above the story is no
headline); :func:`mark_margins` after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.content.blocks import ELLIPSIS_END, Block, ends_sentence
from generator.content.cleaning.headline import is_prose, prose_paragraphs
from generator.content.cleaning.playlist import mark_playlist
from generator.content.cleaning.rules.base import LETTER_WORD, Verdict, Verdicts, compile_re2, words
from generator.content.cleaning.rules.patterns import AGO, DATE, MONTH, TIME, WEEKDAY
from generator.content.cleaning.summary_box import mark_summary_box
from generator.text import furniture_words as F
from generator.text.languages import fold, section_nouns, stop_words

#: A widget's label at the end of the page has one to three words, then its colon.
MAX_LABEL_WORDS = 3
#: The lines under such a label (a form's button, "Leave a reply") are this short at most.
MAX_UNDER_LABEL_WORDS = 4
#: A glued date line has at most this many words besides the date, and this many in all.
MAX_WORDS_BESIDE_DATE = 3
MAX_DATE_LINE_WORDS = 12
#: "Label: Title": the label has one to three words, the title at most this many.
MIN_LINK_TITLE_WORDS, MAX_LINK_TITLE_WORDS = 3, 16
#: A read-more link has two to four words.
READ_MORE_WORDS = (2, 4)
#: A slash credit has at most this many words.
MAX_SLASH_CREDIT_WORDS = 7
#: A caption that ends on a slashed credit ("… — Jane Roe/AP/AGENCY") has at most this many words.
MAX_CREDITED_CAPTION_WORDS = 40
_ENDING_CREDIT = compile_re2(r"(?:^|[\s—–-])/?\s?(\p{Lu}[\pL\pN.'’-]*(?:\s\p{Lu}[\pL\pN.'’-]*){0,2}"
                             r"(?:\s?/\s?\p{Lu}[\pL\pN.'’-]*(?:\s\p{Lu}[\pL\pN.'’-]*){0,2}){1,3})$")

#: A day and its month without the year ("Mardi 3 Octobre", "4. Juli", "5 de mayo"): in a
#: line of the margins with at most three words besides, a date stamp (round 8).
_DAY_MONTH = rf"(?:(?:{WEEKDAY}),?\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?{MONTH}"
_STAMP = compile_re2(rf"(?i)(?:{DATE})|(?:{_DAY_MONTH})|(?:{AGO})|(?:{TIME})")
_DATE_OR_AGO = compile_re2(rf"(?i)(?:{DATE})|(?:{_DAY_MONTH})|(?:{AGO})")
_TIME_RX = compile_re2("(?i)" + TIME)
_AGO_RX = compile_re2("(?i)" + AGO)
_DATE_FIRST = compile_re2(rf"(?i)^[\s\p{{P}}\p{{S}}]*(?:{DATE}|{_DAY_MONTH})")
_LABEL_TITLE = re.compile(r"^\s*(?P<label>[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){0,2})"
                          r"\s*:\s+(?P<title>\S.*)$")
#: A line of markup: at most one word, and three or more of the characters markup is made of.
_MARKUP_CHARS = frozenset("<>{}[];=")
MAX_MARKUP_CHARS = 30
OPENING_QUOTES = "‘“„«‹‚\"'"


def _starts_upper(text: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper()


def _sentence_end(text: str) -> bool:
    """Ends on a full stop, a question or an exclamation (a colon is a label's end, not a
    sentence's)."""
    return ends_sentence(text) and text.rstrip().rstrip("\"'”’»)]")[-1:] not in ":;"


def _mark_each(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
               shape: Callable[[str], bool], kind: str, rule: str, why: str) -> None:
    """Every block no rule has judged, the headline aside, that has ``shape``, wherever it is."""
    for i, verdict in enumerate(verdicts):
        if verdict is None and i != headline and shape(blocks[i].text):
            verdicts[i] = Verdict(kind, rule, why)


def _free_after(verdicts: Verdicts, last: int, headline: int | None) -> list[int]:
    return [i for i in range(last + 1, len(verdicts)) if verdicts[i] is None and i != headline]


def mark_margins(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                 language: str) -> None:
    """The passes of this module that run after the headline is chosen, in order."""
    mark_markup(blocks, verdicts, headline)
    mark_signed_posts(blocks, verdicts, headline)
    mark_summary_box(blocks, verdicts, headline, language)
    prose = prose_paragraphs(blocks, verdicts, headline, language)
    if not prose:
        return
    mark_tail_labels(blocks, verdicts, headline, prose[-1])
    mark_label_titles(blocks, verdicts, headline, prose[-1], language)
    mark_playlist(blocks, verdicts, headline, prose[-1])
    mark_read_more(blocks, verdicts, headline, prose[-1])
    mark_glued_dates(blocks, verdicts, headline, prose[0], prose[-1])
    mark_capital_labels(blocks, verdicts, headline, prose[0])
    mark_slash_credits(blocks, verdicts, headline)


def mark_tail_labels(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                     last_prose: int) -> None:
    """After the story's last paragraph of prose: a label of one to three words that ends with
    a colon, with only short lines that are no sentences (or furniture) under it to the end of
    the page, is a widget's label whose content is missing ("No comments:", "Short link:"),
    and those lines are the widget's buttons ("Post a comment"). A longer line ending with a
    colon, or one with a sentence under it, is left alone."""
    after = _free_after(verdicts, last_prose, headline)
    # quiet[n]: every block of after[n:] is a short line that is no sentence (one pass from
    # the end, so that a page of many labels is read in linear time)
    quiet = [True] * (len(after) + 1)
    for n in range(len(after) - 1, -1, -1):
        text = blocks[after[n]].text
        quiet[n] = quiet[n + 1] and (words(text) <= MAX_UNDER_LABEL_WORDS
                                     and not _sentence_end(text) and _starts_upper(text))
    for n, i in enumerate(after):
        text = blocks[i].text.strip()
        if (text.endswith(":") and 1 <= words(text.rstrip(" :")) <= MAX_LABEL_WORDS
                and _starts_upper(text) and not any(c.isdigit() for c in text)
                and quiet[n + 1]):
            for k in after[n:]:
                verdicts[k] = Verdict("link-list", "widget-label",
                                      "a widget's label ending with a colon (and its buttons), "
                                      "after the story")
            return


#: Words of a date stamp besides its date: its label ("Updated", "Actualizado") and the words
#: of "at" a clock time ("a las 20:45 h", "um 9 Uhr", "alle ore 9"), folded as the line is.
_STAMP_WORDS = frozenset(fold(w) for labels in F.DATE_LABEL.values() for label in labels
                         for w in label.split()) | frozenset(
    {"at", "a", "las", "la", "à", "um", "alle", "ore", "às", "h", "hrs", "uhr"})


def glued_date(text: str) -> bool:
    """A date line with a few words glued to it: a date or a relative time, at most three words
    besides, and no sentence ("26 May 2011 11:030 commentsBy:", "world3 days ago")."""
    text = fold(text)
    if words(text) > MAX_DATE_LINE_WORDS or not _DATE_OR_AGO.search(text):
        return False
    # a stamp's own label and the "at" of its clock time are the stamp's ("09 Apr 2031 .
    # Actualizado a las 20:45 h.", s15 once opened)
    rest = [w for w in LETTER_WORD.findall(_STAMP.sub(" ", text))
            if w.lower() not in _STAMP_WORDS]
    if _sentence_end(text) and rest:
        return False  # (a stamp alone may end on an abbreviation's full stop: "vor 12 Min.")
    return len(rest) <= MAX_WORDS_BESIDE_DATE


def mark_stamps_above(blocks: Sequence[Block], verdicts: Verdicts, language: str) -> None:
    """Before the headline is chosen: above the first paragraph of prose, a glued date line
    with a clock time or a relative time in it ("news2 hours ago") is a date stamp, and no
    headline. (A line with a date alone, "June 2010 floods", is left to the headline's
    choice: it may be the title.)"""
    for i, verdict in enumerate(verdicts):
        if verdict is not None:
            continue
        text = blocks[i].text
        if is_prose(text, language):
            return
        if glued_date(text) and has_time_or_ago(text):
            verdicts[i] = Verdict("date-stamp", "glued-date",
                                  "a date line with a few words glued to it, above the story")


def mark_glued_dates(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                     first_prose: int, last_prose: int) -> None:
    """Above the story's first paragraph of prose, a line that opens with a date (or gives a
    time or a relative time) and has at most three words besides; below its last, any such
    line. A title with a date in it ("Floods of June 2010") opens with its words, not with the
    date, and is left alone above the story. Between the story's paragraphs, such a line with a
    clock time opening with its date: the page's stamp between a standfirst and the lede
    ("09 Apr 2031 . Updated at 20:45", s15 once opened), never a paragraph of the story."""
    for i, verdict in enumerate(verdicts):
        if verdict is not None or i == headline:
            continue
        text = blocks[i].text
        if not glued_date(text):
            continue
        inside = first_prose <= i <= last_prose
        if inside and not (_DATE_FIRST.search(fold(text)) and _TIME_RX.search(fold(text))):
            continue
        if i < first_prose and not (_DATE_FIRST.search(fold(text)) or has_time_or_ago(text)):
            continue
        verdicts[i] = Verdict("date-stamp", "glued-date",
                              "a date line with a few words glued to it, outside the story")


#: A label in capitals has at most this many words.
MAX_CAPITAL_LABEL_WORDS = 4


def mark_capital_labels(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                        first_prose: int) -> None:
    """Above the story's first paragraph of prose and apart from the headline, a line of one to
    four words all in capitals, no digit and no sentence: a section's label or a picture's
    credit set in capitals ("INTERNATIONAL", "FIRE SERVICE" between the byline and the
    standfirst, s15 once opened). A title in capitals is the headline, chosen before."""
    for i in range(first_prose):
        text = blocks[i].text.strip()
        if verdicts[i] is not None or i == headline or not text:
            continue
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and not any(c.isdigit() for c in text) \
                and words(text) <= MAX_CAPITAL_LABEL_WORDS and not _sentence_end(text):
            verdicts[i] = Verdict("navigation", "capital-label",
                                  "a label in capitals above the story (a section or a credit)")


def has_time_or_ago(text: str) -> bool:
    text = fold(text)
    return bool(_TIME_RX.search(text) or _AGO_RX.search(text))


def mark_label_titles(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                      last_prose: int, language: str) -> None:
    """After the story's last paragraph of prose, "Label: Title" on a line of its own is a link
    to another article under its label: the title has three words or more, opens with a
    capital (not a quotation mark) and is no sentence; the label does not open with a function
    word ("He added: ..." is the story, cut). A line like it that ends the page and stops on a
    lower-case word may be the story cut too: it is taken only with more under it."""
    stops = stop_words(language) | stop_words("en")
    for i in _free_after(verdicts, last_prose, headline):
        m = _LABEL_TITLE.match(blocks[i].text)
        if not m:
            continue
        label, title = m.group("label"), m.group("title")
        if (_starts_upper(label) and label.split()[0].lower() not in stops
                and _starts_upper(title) and not opens_quotation(title)
                and MIN_LINK_TITLE_WORDS <= words(title) <= MAX_LINK_TITLE_WORDS
                and not _sentence_end(title)
                and (i < len(blocks) - 1 or _starts_upper(title.split()[-1]))):
            verdicts[i] = Verdict("related-links", "label-title",
                                  "a title under its label ('Related: …'), after the story")


def mark_read_more(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                   last_prose: int) -> None:
    """The page's last block, two to four words cut with "…" right after a paragraph of prose
    that ends its sentence, is a link to the rest of the article ("See the full story...")."""
    after = _free_after(verdicts, last_prose, headline)
    if len(after) != 1 or after[0] != len(blocks) - 1 or not _sentence_end(
            blocks[last_prose].text):
        return
    text = blocks[after[0]].text
    low, high = READ_MORE_WORDS
    if (ELLIPSIS_END.search(text) and low <= words(text) <= high and _starts_upper(text)
            and not _sentence_end(ELLIPSIS_END.sub("", text))):
        verdicts[after[0]] = Verdict("truncation-notice", "read-more",
                                     "a link to the rest of the article, cut with '…'")


def slash_credit(text: str) -> bool:
    """Capitalised names split by a slash, ending on an organisation in capitals ("Listener /
    Hot Line RMF FM", "Name Surname/PAP"): no sentence, few words; or a short caption that is
    no sentence and ends on such a credit after a dash or a space ("… blast — Jane Roe/AP/AGENCY",
    "… archive picture /JANE ROE/DESK /Desk"): two slashes, or an organisation in capitals last."""
    if "/" not in text or ends_sentence(text) or words(text) > MAX_CREDITED_CAPTION_WORDS:
        return False
    tokens = LETTER_WORD.findall(text)
    if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) and words(
            text) <= MAX_SLASH_CREDIT_WORDS:
        return len(tokens[-1]) >= 2 and tokens[-1].isupper() and text.rstrip()[-1:].isalpha()
    m = _ENDING_CREDIT.search(text.rstrip())
    last = LETTER_WORD.findall(m.group(1))[-1:] if m else []
    return bool(last) and (m.group(1).count("/") >= 2 or (len(last[0]) >= 2 and last[0].isupper()))


def mark_slash_credits(blocks: Sequence[Block], verdicts: Verdicts,
                       headline: int | None) -> None:
    _mark_each(blocks, verdicts, headline, slash_credit, "caption", "slash-credit",
               "capitalised names split by a slash, ending on an organisation (a picture's "
               "credit)")


_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_]\w*")
_SIGNATURE = re.compile(r"[.!?…]\s+@\w{1,30}\s*$")


def is_signed_post(text: str) -> bool:
    """An embedded post as text: hashtags in it, and its author's handle alone after its last
    sentence ("… We wish the families strength. @ValleyRescue")."""
    return bool(_HASHTAG.search(text) and _SIGNATURE.search(text))


def mark_signed_posts(blocks: Sequence[Block], verdicts: Verdicts,
                      headline: int | None) -> None:
    _mark_each(blocks, verdicts, headline, is_signed_post, "embed", "signed-post",
               "an embedded post: hashtags, and its author's handle after its last sentence")


def is_markup(text: str) -> bool:
    stripped = text.strip()
    return (0 < len(stripped) <= MAX_MARKUP_CHARS and words(stripped) <= 1
            and sum(c in _MARKUP_CHARS for c in stripped) >= 3
            and not any(c.islower() for c in stripped))


def mark_markup(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None) -> None:
    _mark_each(blocks, verdicts, headline, is_markup, "template", "markup-line",
               "a line of markup left in the text ('<![CDATA[')")


def is_drop_cap(blocks: Sequence[Block], i: int, language: str) -> bool:
    """One capital letter on a line of its own, right over a paragraph of prose: the
    paragraph's drop capital, printed apart ("A" over "storm hit the coast …")."""
    text = blocks[i].text.strip()
    return (len(text) == 1 and text.isalpha() and text.isupper() and i + 1 < len(blocks)
            and is_prose(blocks[i + 1].text, language))


def keep_drop_caps(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                   language: str) -> None:
    """A drop capital is the story's, whatever pass took it (a lone word, a menu label): it
    still counts in a run of labels above it, but is not removed with them."""
    for i, verdict in enumerate(verdicts):
        if verdict is not None and i != headline and is_drop_cap(blocks, i, language):
            verdicts[i] = None


def opens_quotation(text: str) -> bool:
    """A line that opens with a quotation mark is a quotation (perhaps cut after its first
    letters: "‘D"), never a name or a credit."""
    return text.lstrip()[:1] in OPENING_QUOTES


def cased(text: str) -> bool:
    return any(c.isupper() or c.islower() for c in text if c.isalpha())


def title_like(text: str) -> bool:
    tokens = [t for t in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if not tokens or not cased(text):
        return False
    capital = sum(1 for t in tokens if t[:1].isupper())
    return capital / len(tokens) >= 0.6


#: A writer's initials signing the story off: "E.M", "J.R.", "A.-B.C."
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.-?){1,3}[A-ZÀ-ÖØ-Þ]\.?")


def tail_verdict(blocks: Sequence[Block], run: list[int], language: str) -> list[Verdict]:
    """Kinds for a run of short lines after the story: titles make it related links; single
    capitalised names are a credit; a row of capitalised words is a tag list."""
    texts = [blocks[i].text for i in run]
    if any(words(t) >= 5 for t in texts):
        return [Verdict("related-links", "trailing-titles", "titles after the story "
                        "(links to other articles)") for _ in run]
    out = []
    for t in texts:
        if _INITIALS.fullmatch(t.strip()):
            out.append(Verdict("byline", "trailing-initials", "the writer's initials after the "
                               "story (they sign it; they name no source)"))
        elif t.strip(" -–—|").lower() in section_nouns(language) | section_nouns("en"):
            out.append(Verdict("navigation", "trailing-section", "a news section's name after "
                               "the story"))
        elif words(t) <= 2:
            out.append(Verdict("credit", "trailing-credit", "a name after the story (its "
                               "source or agency)", values={"via": t.strip(" -–—|")}))
        else:
            out.append(Verdict("tag-list", "trailing-tags", "a row of labels after the story"))
    return out

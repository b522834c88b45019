"""Furniture found by its shape and place, whatever its words and language.

The rule table (:mod:`.rules`) knows the words furniture is written in; these passes know
what furniture *looks like*, so they carry to outlets and languages no rule was written for:

* :func:`mark_widgets`: above the story, blocks that are figures rather than words (a market
  ticker "5 451.59 PTS", "+0.09 %", a weather widget "19.1 C") and the short capitalised labels
  between them ("DAX PTS"): no story line is a number on its own above the headline;
* :func:`mark_teasers`: lists of other articles, each a title followed by the opening of its
  text cut off with "…" (or by a section label with a dangling dash: "… Middle East -"), above
  or below the story: a story paragraph does not end on an ellipsis *and* alternate with
  headline-like lines two times running.

Both passes only judge blocks no rule has judged, and never a block between two paragraphs of
the story's prose (a list inside the story is the story's own).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from generator.content.blocks import CLOSERS, ELLIPSIS_END, SENTENCE_END, Block, ends_sentence
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Verdict, Verdicts, is_figure, words

#: A label between two widget lines ("DAX PTS", "SBF 120 PTS") has at most this many words.
MAX_WIDGET_LABEL_WORDS = 3


def _widget_label(text: str) -> bool:
    """A short label of a ticker: a few words, no lower-case letter ("DAX PTS")."""
    return (1 <= words(text) <= MAX_WIDGET_LABEL_WORDS
            and not any(c.islower() for c in text) and any(c.isupper() for c in text))


def mark_widgets(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                 first_story: int | None) -> None:
    """Above the headline (or, without one, above the first paragraph of prose): blocks of
    figures are a widget (ticker, weather, counter), and so are the short capitalised labels
    between two of them."""
    _mark_tail_figures(blocks, verdicts, headline)
    end = headline if headline is not None else first_story
    if end is None:
        return
    free = [i for i in range(end) if verdicts[i] is None]
    figures = [i for i in free if is_figure(blocks[i].text)]
    if not figures:
        return
    marked = set(figures)
    marked |= {i for i in free if figures[0] < i < figures[-1] and _widget_label(blocks[i].text)}
    for i in marked:
        verdicts[i] = Verdict("counter", "figure-widget",
                              "figures above the story (a ticker, weather or counter widget)")


def _mark_tail_figures(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None) -> None:
    """After the story's last paragraph of prose, two or more blocks of figures in a row are a
    widget too (the numbers of a "most read" ranking, "1 2 3 4 5"; a counter)."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    end = _last_prose(blocks, free)
    if end is None:
        return
    _mark_runs([i for i in free if i > end], lambda i: is_figure(blocks[i].text),
               MIN_TAIL_FIGURES, verdicts,
               Verdict("counter", "figure-widget",
                       "figures after the story (a ranking or counter widget)"))


def _mark_runs(candidates: Sequence[int], fits: Callable[[int], bool], at_least: int,
               verdicts: Verdicts, verdict: Verdict) -> None:
    """Give ``verdict`` to every run of ``at_least`` or more consecutive ``candidates`` that
    fit (one widget line alone may be the story's; several in a row are the widget)."""
    run: list[int] = []
    for i in [*candidates, None]:
        if i is not None and fits(i):
            run.append(i)
            continue
        if len(run) >= at_least:
            for k in run:
                verdicts[k] = dataclasses.replace(verdict)  # one each: verdicts are mutable
        run = []


#: Figures after the story are a widget when at least this many come in a row.
MIN_TAIL_FIGURES = 2


def _last_prose(blocks: Sequence[Block], free: list[int]) -> int | None:
    """The last free block that is a sentence of at least eight words (the story's end)."""
    return next((i for i in reversed(free)
                 if words(blocks[i].text) >= 8 and ends_sentence(blocks[i].text)), None)


#: The opening of another article's text, cut off: "… que...", "… la aérea…", "… World News -".
_TEASER_END = re.compile(r"(?:\.\.\.|…|\s[-–—])\s*$")
#: A title of a list of articles is a line of at most this many words, or of at most
#: ``MAX_TEASER_SENTENCE_WORDS`` when it ends like a sentence ("… viajeros en EE. UU."): a story
#: sentence is longer.
MAX_TEASER_TITLE_WORDS = 25
MAX_TEASER_SENTENCE_WORDS = 16
#: How many (title, teaser) pairs make a list of other articles.
MIN_TEASER_PAIRS = 2


def starts_upper(text: str) -> bool:
    first = next((c for c in text if c.isalnum()), "")
    return first.isupper() or first.isdigit()


def _is_teaser(text: str, last: bool, cut: bool) -> bool:
    """The opening of an article cut off with "…", or the page's last block cut mid-word."""
    if not starts_upper(text):
        return False
    return bool(_TEASER_END.search(text)) or (last and cut)


def _is_teaser_title(text: str) -> bool:
    longest = MAX_TEASER_SENTENCE_WORDS if ends_sentence(text) else MAX_TEASER_TITLE_WORDS
    return (1 <= words(text) <= longest and starts_upper(text)
            and not _TEASER_END.search(text))


#: The rule of a teaser that ends the page cut off: the copy was cut (see the cleaner's excerpt).
CUT_TEASER = "teaser-list-cut"
#: A list of articles may have a heading above it ("More news", "Artículos relacionados").
MAX_TEASER_HEADING_WORDS = 6


def _pair(blocks: Sequence[Block], t: int, p: int, cut_end: bool) -> bool:
    return _is_teaser_title(blocks[t].text) and _is_teaser(
        blocks[p].text, p == len(blocks) - 1, cut_end)


def _pairs(blocks: Sequence[Block], free: list[int], cut_end: bool) -> list[list[int]]:
    """Runs of (title, teaser) pairs among the free blocks, in order, each with the short heading
    line above it when there is one."""
    runs: list[list[int]] = []
    k = 0
    while k + 1 < len(free):
        j, run = k, []
        while j + 1 < len(free) and _pair(blocks, free[j], free[j + 1], cut_end):
            run += [free[j], free[j + 1]]
            j += 2
        if len(run) >= 2 * MIN_TEASER_PAIRS and any(
                _TEASER_END.search(blocks[p].text) for p in run[1::2]):
            if k > 0 and _is_heading(blocks[free[k - 1]].text):
                run.insert(0, free[k - 1])
            runs.append(run)
            k = j
        else:
            k += 1
    return runs


def _is_heading(text: str) -> bool:
    return (1 <= words(text) <= MAX_TEASER_HEADING_WORDS and starts_upper(text)
            and not ends_sentence(text))


def mark_teasers(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                 language: str, cut_end: bool) -> None:
    """A list of other articles (title, opening cut with "…"; two pairs or more) above or below
    the story's prose is related links; ``cut_end``: the page's last block stops mid-word, so it
    may be the last teaser, cut."""
    free = [i for i, v in enumerate(verdicts) if i != headline and (
        v is None or v.kind == "related-links")]  # a header's claim may stop at a teaser
    prose = [i for i in free if verdicts[i] is None and is_prose(blocks[i].text, language)]
    for run in _pairs(blocks, free, cut_end):
        if prose and prose[0] < run[0] and run[-1] < prose[-1]:
            continue  # between two paragraphs of the story: the story's own list
        for i in (i for i in run if verdicts[i] is None):
            verdicts[i] = Verdict("related-links", "teaser-list",
                                  "titles of other articles, each with its opening cut off")
        last = blocks[run[-1]].text
        if cut_end and run[-1] == len(blocks) - 1 and not _TEASER_END.search(last):
            verdicts[run[-1]] = Verdict("related-links", CUT_TEASER,
                                        "the page stops mid-sentence in its list of other "
                                        "articles")


# --------------------------------------------------------------------------------------------
# Code, inline links and the writer's initials: shapes no story sentence has
# --------------------------------------------------------------------------------------------

#: Characters of program code and template syntax.
_CODE_CHARS = frozenset("{}[]();=<>|&$")
#: A block is code when at least this share of its characters are code characters (prose has
#: a bracket now and then, far below it) ...
MIN_CODE_SHARE = 0.08
#: ... and it is at least this long (a short bracketed aside is not code).
MIN_CODE_CHARS = 40
#: A template's placeholder left unfilled in a sentence: "Votre navigateur (${ browser.name })".
_PLACEHOLDER = re.compile(r"\$\{[^{}]{1,200}\}|\{\{[^{}]{1,200}\}\}")


def is_code(text: str, language: str) -> bool:
    """Script or template code printed as text: dense in braces, brackets, semicolons and
    equals signs, with a brace; or a template placeholder left unfilled. Unless its words
    without code in them still make a sentence of prose, full stop included: a story may quote
    code (a report on a hacked site, on a leaked template), and a story sentence must never be
    taken for furniture, while a missed piece of code costs only a line of clutter."""
    placeholder = _PLACEHOLDER.search(text) is not None
    dense = (len(text) >= MIN_CODE_CHARS and "{" in text
             and sum(1 for c in text if c in _CODE_CHARS) / len(text) >= MIN_CODE_SHARE)
    rest = _without_code(text).rstrip().rstrip("".join(CLOSERS))
    return (placeholder or dense) and not (is_prose(rest, language) and rest[-1:] in _FULL_STOPS)


#: What ends a sentence of prose (a colon or a semicolon also ends a line of code).
_FULL_STOPS = SENTENCE_END - {":", ";"}


def _without_code(text: str) -> str:
    """The words of ``text`` that hold no character of code."""
    return " ".join(w for w in text.split() if _CODE_CHARS.isdisjoint(w))


#: A link to another article inside or around the story, marked with an arrow ("->> Title").
_ARROW_LINK = re.compile(r"^\s*(?:-+>+|>{2,}|→|⇒|►|▶)\s*\S")
MAX_LINK_WORDS = 20
#: The rule of the writer's initials after the story: the copy was signed off, so it is whole.
SIGN_OFF = "writer-initials"
#: The writer's initials in brackets, closing the story: "(t.p.)", "(red)", "(gm/ab)".
_INITIALS = re.compile(r"^\s*\(\s*[^\W\d_]{1,4}\.?(?:\s*[./]?\s*[^\W\d_]{1,4}\.?){0,3}\s*\)\s*$")
#: The same without brackets, two to four sets of initials joined by slashes: "oda/ebr", "jf/mt"
#: (an agency's editors, s19); a single bare word is no sign-off ("red" is a word too).
_SLASHED_INITIALS = re.compile(r"^\s*[^\W\d_]{1,4}(?:\s*/\s*[^\W\d_]{1,4}){1,3}\s*$")
#: Or the writer's initial and surname, then the desk's code after two dashes or a slash
#: ("K.Osei--VR": copy syndicated from an agency's feed; trial 38: read as the agency's name).
_SIGNED_NAME = re.compile(r"^\s*(?:[^\W\d_]\.\s?){1,2}[^\W\d_][\w'’]+(?:-[^\W\d_][\w'’]+)?"
                          r"\s*(?:--|/)\s*[A-Z]{2,4}\s*$")


#: A text-size control: its buttons drawn as two letters "Aa" at least twice, after a label
#: of a few words ("Text size Aa Aa"), or a size in pixels between a plus and a minus button
#: ("+ ⟳ − 14 px"); no line of a story ends on a button pair nor is a size alone (spent27 and
#: foff2: two sites, one taken for the headline).
_TEXT_SIZE = re.compile(r"(?:^|\s)Aa(?:\s+Aa)+\s*$"
                        r"|^\s*[+＋]\s*(?:\S\s*){0,2}[−–-]\s*\d{1,2}\s?px\s*$")
MAX_TEXT_SIZE_WORDS = 6


def is_text_size(text: str) -> bool:
    """A text-size control's buttons (see :data:`_TEXT_SIZE`)."""
    return words(text) <= MAX_TEXT_SIZE_WORDS and bool(_TEXT_SIZE.search(text))


def mark_shapes(blocks: Sequence[Block], verdicts: Verdicts, language: str) -> None:
    """Code printed as text, anywhere; a title marked with an arrow (a link to another article),
    anywhere; a text-size control's buttons, anywhere; the writer's initials in brackets or
    joined by slashes, after the story's last paragraph of prose.
    (Run before the headline is chosen: code above the headline is no paragraph of prose that
    ends the page's head.)"""
    prose = [i for i, v in enumerate(verdicts)
             if v is None and is_prose(blocks[i].text, language)]
    for i, block in enumerate(blocks):
        if verdicts[i] is not None:
            continue
        text = block.text
        if is_code(text, language):
            verdicts[i] = Verdict("template", "code", "script or template code printed as text")
        elif (_ARROW_LINK.match(text) and words(text) <= MAX_LINK_WORDS
              and not ends_sentence(text)):
            verdicts[i] = Verdict("related-links", "arrow-link",
                                  "a title marked with an arrow (a link to another article)")
        elif prose and i > prose[-1] and (_INITIALS.match(text) or _SLASHED_INITIALS.match(text)
                                          or _SIGNED_NAME.match(text)):
            verdicts[i] = Verdict("credit", SIGN_OFF,
                                  "the writer's initials (in brackets or joined by slashes), "
                                  "after the story")
        elif is_text_size(text):
            verdicts[i] = Verdict("navigation", "text-size", "a text-size control's buttons "
                                  "(\"Aa Aa\", a size in pixels between plus and minus)")
        elif _FRAMED_WORD.match(text):
            verdicts[i] = Verdict("advertisement", "framed-label",
                                  "a single word framed by dashes or stars (a slot label: "
                                  "'-Anuncio-', '*** Anzeige ***')")
        elif is_bracketed_note(text):
            verdicts[i] = Verdict("caption", "bracketed-note",
                                  "a note in brackets on a line of its own (a picture or video "
                                  "placeholder, a caption or a credit)")
    if prose:
        _mark_bullet_titles(blocks, verdicts, prose[-1])
        whole = [i for i in prose if not ELLIPSIS_END.search(blocks[i].text)]
        if whole:
            _mark_trailing_teasers(blocks, verdicts, whole[-1])


def _mark_trailing_teasers(blocks: Sequence[Block], verdicts: Verdicts, last_prose: int) -> None:
    """After the story's last paragraph of prose that does not end with "…", two or more
    openings in a row, each cut off with "…", are teasers of other articles (without their
    titles). One alone is the story's end, cut."""
    _mark_runs(_unmarked_after(last_prose, verdicts),
               lambda i: bool(ELLIPSIS_END.search(blocks[i].text))
               and starts_upper(blocks[i].text),
               MIN_TEASER_PAIRS, verdicts,
               Verdict("related-links", "trailing-teasers",
                       "openings of other articles cut with '…', after the story"))


def _unmarked_after(last_prose: int, verdicts: Verdicts) -> list[int]:
    return [i for i in range(last_prose + 1, len(verdicts)) if verdicts[i] is None]




#: One word framed by dashes, stars or bars on both sides: "-Anuncio-", "— Advertisement —".
_FRAMED_WORD = re.compile(r"^\s*[-–—*=~_|•·]+\s*[^\W\d_]{2,20}\s*[-–—*=~_|•·]+\s*$")
#: A note in brackets on its own line: "(Video: the rescue)", "(With reporting by EFE and AP)".
_BRACKETED = re.compile(r"^\s*[(\[](?P<inside>[^()\[\]]{1,200})[)\]]\s*$")
MAX_NOTE_WORDS = 15


def is_bracketed_note(text: str) -> bool:
    """A short note wholly in brackets that is no sentence: a sentence in brackets (an editor's
    note, "(The name was changed.)") ends with its full stop inside them."""
    m = _BRACKETED.match(text)
    return (m is not None and words(text) <= MAX_NOTE_WORDS
            and not ends_sentence(m.group("inside")))


#: A list of other articles after the story: bulleted titles ("- The title", "• Title").
BULLET = re.compile(r"^\s*[-–•·*▪]\s+\S")
MINBULLET_TITLES = 3
BULLET_TITLE_WORDS = (4, 16)


def _mark_bullet_titles(blocks: Sequence[Block], verdicts: Verdicts, last_prose: int) -> None:
    """Three or more bulleted titles in a row after the story's last paragraph of prose are
    links to other articles; a bullet list that ends with full stops, or has a short item
    ("- 20 dead"), is the story's own."""
    def title(i: int) -> bool:
        text = blocks[i].text
        low, high = BULLET_TITLE_WORDS
        return (bool(BULLET.match(text)) and low <= words(text) <= high
                and not ends_sentence(text))
    _mark_runs(_unmarked_after(last_prose, verdicts), title, MINBULLET_TITLES, verdicts,
               Verdict("related-links", "bullet-titles",
                       "bulleted titles after the story (links to other articles)"))


#: A heading of the furniture under it is short.
MAX_HEADING_WORDS = 6


def mark_headings_of_furniture(blocks: Sequence[Block], verdicts: Verdicts,
                               headline: int | None, language: str) -> None:
    """After the story's last paragraph of prose, a short line that is no sentence, with only
    furniture after it to the end of the page ("Lo más leído" over a ranking, "Últimos
    artículos" over links, "Newsletter" over a sign-up form), heads that furniture. A short
    last line with nothing after it is left alone: it may be the story, cut off."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    prose = [i for i in free if is_prose(blocks[i].text, language)]
    if not prose:
        return
    after = [i for i in free if i > prose[-1]]
    for i in reversed(after):
        text = blocks[i].text
        if (words(text) > MAX_HEADING_WORDS or ends_sentence(text)
                or not any(verdicts[k] is not None for k in range(i + 1, len(blocks)))):
            return
        verdicts[i] = Verdict("link-list", "furniture-heading",
                              "a heading with only furniture under it, after the story")

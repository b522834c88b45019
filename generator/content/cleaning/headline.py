"""Which line is the headline, and where a headline comes from when the page has none.

Scraped text often starts with the lede: the page's title was not saved. Taking the first line
as the headline then loses the lede, the one paragraph every outlet's figures are in. So a
line is the headline only when it looks like one:

* **shape**: short (at most 20 words), no comma, colon or semicolon at its end, and a full stop
  only on a very short title; never a date, byline, URL or banner (those are furniture first);
* **the address agrees**: most news addresses carry the headline's words (``/6-workers-missing-
  in-francis-scott-key-bridge-collapse-presumed-dead``). A line sharing a third of the address'
  words is the headline even below a kicker or a caption; a line sharing none must be a real
  title (four words or more, followed by the story) to be taken.

When no line qualifies, the headline is made from the words of the address, or from the file's
name, and the article says so (:data:`ORIGINS`). A headline given in the sidecar (or the HTML
title, or a Markdown heading) is used as it is; the first line is then the headline only if it
is that headline, nearly word for word, and otherwise stays in the story. What a paragraph of
prose is, never a headline (:func:`is_prose`), is read here, and so are the story's paragraphs of
prose that the other passes start from (:func:`prose_paragraphs`): one reading for all of them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.content.blocks import CLOSERS, QUOTE_CLOSERS, SENTENCE_END, Block, ends_sentence
from generator.content.cleaning.rules.base import Verdict, is_figure, is_label, words
from generator.content.cleaning.title_bar import bar_title, same_title, without_site_name
from generator.content.headline_address import (
    is_site_name,
    nearly_equal,
    slug_share,
    slug_words_shared,
    spells_slug,
    title_cut_by_address,
    url_headline,
    url_words,
)
from generator.text.datelines import read_dateline
from generator.text.languages import UNSPACED, has_function_word, normalise
from generator.text.sentences import sentence_spans

#: Where a headline came from, as the article page says it.
ORIGINS = {
    "page": "a line of the article",
    "sidecar": "the headline: key of the article's metadata",
    "markdown-heading": "the article's Markdown heading",
    "html-title": "the HTML page's title",
    "url": "words of the article's address (the page had no headline line)",
    "file-name": "the file name (the page had no headline line and its address no words)",
}
MAX_WORDS = 20
MIN_SLUG_SHARE = 0.3
#: Below a paragraph that may be a picture's caption, a line is the headline only when it
#: carries most of the address' words.
MIN_SLUG_SHARE_BELOW = 0.6
MAX_CAPTION_WORDS = 40
#: A title this long under a label of two or three words makes the label a tag.
MIN_TITLE_UNDER_LABEL = 10
_DATELINE_END = re.compile(r"[.)]-$")  # "Place, date (Agency).-": the lede follows on its line


#: A line opening with a list's marker: a point of a summary box, never the title.
_LIST_ITEM = re.compile(r"\s*[-•*▪►]\s")


def dateline_alone(text: str) -> bool:
    """A wire's dateline with its source on a line of its own ("VIGO 12 Mar. (EUROPA PRESS)
    -"): the lede's opening, parted from it, never a title."""
    dateline = read_dateline(text)
    return dateline is not None and bool(dateline.source) and dateline.end >= len(text.rstrip())


def looks_like_a_headline(text: str, language: str) -> bool:
    """The shape of a title: short, no clause punctuation at its end, a full stop only on a
    title of at most six words, and terse (few function words) when it is long."""
    n = words(text)
    unspaced = normalise(language) in UNSPACED
    if not any(c.isalpha() for c in text) or "://" in text or "www." in text or is_figure(text):
        return False  # (a figure widget, "21.4 C", is no title either)
    if unspaced:
        return len(text) <= 80 and not text.rstrip().endswith(("。", "，", "、"))
    if not 1 <= n <= MAX_WORDS or text.rstrip()[-1:] in ",;:":
        return False
    if _DATELINE_END.search(text.rstrip()):
        return False  # a dateline's end, "(Agency).-", the lede glued after it (round 27)
    if dateline_alone(text):
        return False  # a dateline alone, "VIGO 12 Mar. (EUROPA PRESS) -" (trial 38)
    if n > 6 and re.search(r"[.…][\s\"”’»«“)]*[\"”’»«“][\s)]*$", text):
        return False  # a sentence in quotation marks ending with its full stop: story
    return not (ends_sentence(text) and text.rstrip()[-1:] not in "?!\"”’»«“" and n > 6)


def is_prose(text: str, language: str) -> bool:
    """A paragraph of running text (the lede, a body paragraph), never a headline. A shorter
    line ends a sentence to be prose: a question or an exclamation does not count, inside its
    quotation marks or not, nor a closing quotation mark with no stop before it (titles end on
    a quoted word or phrase: 'Crews warn the blaze is ‘spreading’', 'Depot burns. "Nothing
    left"')."""
    n = words(text)
    if normalise(language) in UNSPACED:
        return len(text) >= 80 or (len(text) >= 20 and ends_sentence(text))
    if n >= 25:
        return True
    line = text.rstrip()
    inner = line.rstrip("".join(CLOSERS))
    if line[-1:] in QUOTE_CLOSERS and inner and inner[-1] not in SENTENCE_END:
        return False
    return n >= 8 and ends_sentence(text) and line[-1:] not in "?!" and inner[-1:] not in "?!"


def prose_paragraphs(blocks: Sequence[Block], verdicts: Sequence[Verdict | None],
                     headline: int | None, language: str) -> list[int]:
    """The blocks the cleaner keeps as story, the headline aside, that are paragraphs of prose
    (:func:`is_prose`), in order: the one reading of "the story's prose" for every pass (the
    first of them is the story's first paragraph)."""
    return [i for i, v in enumerate(verdicts)
            if v is None and i != headline and is_prose(blocks[i].text, language)]


def bare_label(text: str, language: str) -> bool:
    """A label of one to three words with no function word and no sentence end: a section,
    tag or site name ("Archive Desk", "storms", "Valley & Coast"). A kicker over a
    headline is written as a phrase ("Tragedy in the Alps", "What we know") and carries one;
    on the corpus and the fresh pages no line of this shape above the headline is story."""
    if not 1 <= words(text) <= 3 or ends_sentence(text) or text.rstrip()[-1:] in ",;" \
            or is_figure(text):
        return False
    # one word is a label whatever the stop list says: the jusText lists hold frequent names
    # and nouns (German "München"), and a lone function word is no line (round 27)
    return words(text) == 1 or not has_function_word(text, language)


def _label_over_title(text: str, below: str, language: str) -> bool:
    """A tag or section over the title ("storms" / "Seven dead after storms cross …",
    "COASTLANDS" / "Three dead in a workshop blast"): a bare label set all in lower case or
    all in capitals above a title of four words or more, or a single word however it is set
    ("Chronicle" / "Search for the missing swimmer goes on"): no headline of the corpus or of the
    fresh sets is one word, and every one-word line above a title on them is a label. A short
    headline over its subtitle ("Deadly storms" / "Seven killed as …") is written like a
    headline, with a capital and then lower case."""
    letters = [c for c in text if c.isalpha()]
    # a single word over a longer title is the tag whatever its case (in a script without case
    # too: a section name over the headline); so is a label of two or three words over a
    # title of ten words or more, the length of a headline and not of a subtitle
    return bare_label(text, language) and words(below) >= 4 and (
        all(c.islower() for c in letters) or all(c.isupper() for c in letters)
        or words(text) == 1 or words(below) >= MIN_TITLE_UNDER_LABEL)


#: A kicker asking a question over the title is at most this many words long.
MAX_KICKER_QUESTION_WORDS = 3


def _kicker_question(text: str, below: str) -> bool:
    """A question of a few words over a longer title that states no sentence ("Cause a
    landslide?" / "Train leaves the rails: three dead"): the kicker, whose title is below. A
    subtitle under a question title is a sentence, or no longer than it."""
    return (text.rstrip().endswith("?") and words(text) <= MAX_KICKER_QUESTION_WORDS
            and words(below) > words(text) and not ends_sentence(below))


@dataclass(frozen=True)
class Choice:
    index: int | None  # the block that is the headline, if a block is
    origin: str | None
    text: str | None


def _menu(blocks: Sequence[Block], verdicts: Sequence[Verdict | None],
          indices: list[int]) -> set[int]:
    """Blocks of the head that are entries of a menu: a run of three or more short labels,
    counting the navigation links a rule already removed ("Home"), but not the page's own
    address on its first line, which a scraper writes there on every page: with it, a short
    title printed twice made a "menu" of three and lost the headline to the line under it
    (fdev pages, seventeenth stop)."""
    known = [i for i, v in enumerate(verdicts[:indices[-1] + 1] if indices else [])
             if v is not None and v.kind in ("link-list", "navigation")
             and not (i == 0 and v.rule == "bare-address")]
    run: list[int] = []
    menu: set[int] = set()
    for i in sorted(set(indices) | set(known)):
        if is_label(blocks[i].text):
            run.append(i)
            continue
        if len(run) >= 3:
            menu.update(run)
        run = []
    if len(run) >= 3:
        menu.update(run)
    return menu


def head_candidates(blocks: Sequence[Block], verdicts: Sequence[Verdict | None],
                    language: str, limit: int = 6) -> tuple[list[int], list[int]]:
    """Blocks no rule removed from the top of the page up to the first paragraph of prose
    (without the entries of a menu), and the two blocks after that paragraph when it is short
    enough to be a picture's caption above the headline, or the blocks between it and its
    second copy (the lede printed above the title, as a teaser, and again under it)."""
    found: list[int] = []
    prose = None
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or is_figure(block.text):
            continue  # (a ticker's figures are no candidates, and do not use up the limit)
        if is_prose(block.text, language) or len(found) >= limit + 6:
            prose = i
            break
        found.append(i)
    menu = _menu(blocks, verdicts, found) if found else set()
    after: list[int] = []
    if prose is not None:
        after = [i for i in range(prose + 1, len(blocks)) if verdicts[i] is None][:3]
        # a caption above the headline, or the lede printed above the title and again under it
        again = [k for k, i in enumerate(after) if _same_opening(blocks[i].text,
                                                                 blocks[prose].text)]
        if again:
            after = after[:again[0]]
        elif words(blocks[prose].text) <= MAX_CAPTION_WORDS:
            after = after[:2]
        else:
            after = []
    return [i for i in found if i not in menu][:limit], after


#: A paragraph printed twice opens the same way for at least this many words.
MIN_REPEATED_OPENING = 8


def _same_opening(a: str, b: str) -> bool:
    """One paragraph is the other, or its opening (a teaser of the lede, cut after a sentence
    or two, and the lede in full)."""
    a, b = a.strip(), b.strip()
    short, long = sorted((a, b), key=len)
    return words(short) >= MIN_REPEATED_OPENING and long.startswith(short)


def _printed_twice_under(blocks: Sequence[Block], verdicts: Sequence[Verdict | None],
                         i: int) -> int | None:
    """The block right under ``i`` when the page prints it twice in a row (a template's title
    as the heading and again as its bar or alt text); :func:`_following` passes over such a
    pair, so a logo's or a section's word over it looked followed by the story (head5)."""
    left = list(itertools.islice((j for j in range(i + 1, len(blocks)) if verdicts[j] is None), 2))
    if len(left) == 2 and blocks[left[0]].text.strip() == blocks[left[1]].text.strip():
        return left[0]
    return None


def _following(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> int | None:
    """The first block after ``i`` no rule removed, past a text printed twice in a row (a
    picture's text and its caption, removed later: it says nothing of what ``i`` is) and past
    a dateline parted from the lede on its line."""
    left = [j for j in range(i + 1, len(blocks)) if verdicts[j] is None]
    if len(left) > 1 and ((_DATELINE_END.search(blocks[left[0]].text.rstrip())
                           and blocks[left[0]].line == blocks[left[1]].line)
                          or dateline_alone(blocks[left[0]].text)):
        left = left[1:]  # a dateline a glued bar was cut from, or on its own line: the lede
        # after it follows
    k = 0
    while k + 1 < len(left) and blocks[left[k]].text.strip() == blocks[left[k + 1]].text.strip():
        k += 2
    return left[k] if k < len(left) else None


def _text_follows(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int,
                  following: int, language: str) -> bool:
    """The story goes on under the title ``i``: a paragraph of prose, or a standfirst too long
    for any title that the copy printed without its final stop, past a byline or date stamp
    removed between them or with prose under it (the stamp, or the prose, is what told it
    from a crosshead)."""
    text = blocks[following].text
    if is_prose(text, language):
        return True
    if words(text) <= MAX_WORDS or text.rstrip().endswith((":", ",")):
        return False
    stamped = any(verdicts[j] is not None and verdicts[j].kind in ("byline", "date-stamp")
                  for j in range(i + 1, following))
    after = _following(blocks, verdicts, following)
    return stamped or (after is not None and is_prose(blocks[after].text, language))


def _names_address(bar: str, title: str, site: frozenset[str]) -> bool:
    """The bar's side that is not ``title`` names the address' site ("… | Valley Times")."""
    return is_site_name(bar.replace(title, "", 1).strip(" |–—-"), site)


def _summary(text: str) -> bool:
    """Two sentences or more, the first closed by a full stop ("Two people were hurt. The fire
    was out by night"): a summary of the story printed above it, which lost its final stop
    (a headline of two statements is taken only when the address agrees with it)."""
    spans = sentence_spans(text)
    return len(spans) >= 2 and text[:spans[0][1]].rstrip().endswith(".")


def choose(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], *, language: str,
           url: str, given: str | None, given_origin: str,
           site: frozenset[str] = frozenset()) -> Choice:
    """The headline: a block of the page, or ``given`` (sidecar, HTML title, Markdown heading),
    or words of the address; see the module's docstring for the rules. ``site``: the words of
    the site's name (a line that is only the site's name is a title bar, not the headline)."""
    candidates, below = head_candidates(blocks, verdicts, language)
    candidates = [i for i in candidates if not is_site_name(blocks[i].text, site)]
    bare = [(i, without_site_name(blocks[i].text, site) or bar_title(
        blocks[i].text, [blocks[j].text for j in candidates if j != i])) for i in candidates]
    bars = {i for i, title in bare if title is not None and any(
        same_title(title, blocks[j].text) for j in candidates if j != i)}
    slug = url_words(url)
    if slug and not given:
        # a bar naming the address' site, its title retold by the address, is the page's title
        # bar with no other copy of the title: the headline is the address' (round 27)
        bars |= {i for i, title in bare if title is not None and _names_address(
            blocks[i].text, title, site) and slug_share(title, slug, language) >= MIN_SLUG_SHARE}
    candidates = [i for i in candidates if i not in bars]
    if given:
        for i in candidates[:3]:
            if nearly_equal(blocks[i].text, given):
                origin = "markdown-heading" if given_origin == "markdown-heading" else "page"
                return Choice(i, origin, blocks[i].text)
        return Choice(None, given_origin, given)
    shaped = [i for i in candidates if looks_like_a_headline(blocks[i].text, language)
              or spells_slug(blocks[i].text, slug, language)]  # a long title the address spells
    # a point of a list ("- Two hurt", "• Roads shut") is a summary's, never the title; it
    # still shows that the line above it is followed by a title-like line
    listed, shaped = shaped, [i for i in shaped if not _LIST_ITEM.match(blocks[i].text)]
    if slug:
        scored = [(slug_share(blocks[i].text, slug, language), -k, i)
                  for k, i in enumerate(shaped)]
        best = max(scored, default=None)
        if best is not None and best[0] >= MIN_SLUG_SHARE:
            # a standfirst of sentences under the title may share more of the address than
            # the title does: the title above it that shares enough is the headline
            title = next((i for share, _k, i in scored if i < best[2] and share >= MIN_SLUG_SHARE
                          and not _summary(blocks[i].text)), None)
            chosen = title if title is not None and _summary(blocks[best[2]].text) else best[2]
            return Choice(chosen, "page", blocks[chosen].text)
        for i in below:
            if looks_like_a_headline(blocks[i].text, language) and not _LIST_ITEM.match(
                    blocks[i].text) and \
                    slug_share(blocks[i].text, slug, language) >= MIN_SLUG_SHARE_BELOW:
                return Choice(i, "page", blocks[i].text)
    labels: set[int] = set()  # tags and sections over a title: no story above it (wnoz)
    for i in shaped:
        text = blocks[i].text
        following = _following(blocks, verdicts, i)
        if following is None or (not _text_follows(blocks, verdicts, i, following, language)
                                 and following not in listed):
            continue
        twice = _printed_twice_under(blocks, verdicts, i)
        if any(j in listed and _label_over_title(text, blocks[j].text, language)
               for j in (following, twice) if j is not None):
            labels.add(i)
            continue
        if _kicker_question(text, blocks[following].text) and following in shaped:
            continue  # "Landslide the cause?" over the title: a kicker, story (krone, pool35)
        share = slug_share(text, slug, language) if slug else None
        if share is not None and words(text) < 4 and share < MIN_SLUG_SHARE and (
                words(text) < 3 or slug_words_shared(text, slug, language)[0] <= 1):
            continue  # "What we know" over a live blog whose address says otherwise, a place or
            # a section ("Iran", "Valley Floods") naming a word or two of a longer address;
            # three words naming two of them are a title ("Verlo mourns workers")
        if share == 0 and _summary(text):
            break  # a standfirst of sentences at the top of a page that lost its title: no
            # line under it is the title (a crosshead under it took the headline's place)
        if share == 0 and any(verdicts[j] is None and j not in bars and j not in labels
                              for j in range(i)):
            continue  # a crosshead below the page's first lines sharing no word of the address
        return Choice(i, "page", text)
    story = "\n".join(b.text for b, v in zip(blocks, verdicts, strict=True) if v is None)
    made = url_headline(url, story)
    printed = next((i for i, v in enumerate(verdicts) if v is None and made
                    and looks_like_a_headline(blocks[i].text, language)
                    and nearly_equal(blocks[i].text, made)), None)
    if printed is not None:
        # the page prints the address' words as a line of its own, below a long line that ended
        # the head (a title bar glued to its section, the lede above the title): that line is
        # the title, with the accents and punctuation the address lost (fdev4, fquote)
        return Choice(printed, "page", blocks[printed].text)
    # a title below a notice that ended the head, the address its title cut short (trial 40)
    longer = title_cut_by_address([(i, blocks[i].text) for i, v in enumerate(verdicts) if v is None
                                   and i not in bars and not _LIST_ITEM.match(blocks[i].text)],
                                  slug, language, looks_like_a_headline)
    if longer is not None:
        return Choice(longer, "page", blocks[longer].text)
    return Choice(None, "url" if made else None, made)

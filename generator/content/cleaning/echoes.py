"""Furniture that repeats something the page already says: the headline or a caption.

A page template prints its title several times: in the browser's title bar with the site's name
("Outlet - The title"), as the heading, as the alternative text of the lead picture ("Image of
The title"), in the picture's caption ("The title / Photo: …"), and once more in a syndication
footer ("The post The title appeared first on …", often cut: "The post The tit"). A picture's
caption comes twice as well, once with its credit and once without (the alt text). Each of
these repeats a line the cleaner has already recognised, so the rule is independent of the
language and the outlet: a block is furniture when it *is* the headline, or a recognised caption,
give or take the site's name, a picture word or a credit.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from generator.content.blocks import ELLIPSIS_END, Block, ends_sentence
from generator.content.cleaning.headline import Choice, is_prose, looks_like_a_headline
from generator.content.cleaning.passes import normal_line
from generator.content.cleaning.rules.base import Page, Verdict, Verdicts, compile_re2, words
from generator.content.cleaning.rules.patterns import NAME, alternation
from generator.content.cleaning.title_bar import bar_title, cut_bar, without_site_name
from generator.content.headline_address import nearly_equal
from generator.text import furniture_words as F
from generator.text.agencies import agency
from generator.text.languages import stop_words

_PICTURE_OF = re.compile(
    r"(?i)^\W*" + alternation([p for ps in F.PICTURE_LABEL.values() for p in ps])
    + r"\s+(?:of|from|de|du|des|de\s+la|von|der|des|di|del|della|do|da|dos|das|z|ze|van)\s+(.+)$")
#: A caption's copy without its credit is at least this many words (shorter lines are labels).
MIN_ALT_WORDS = 3
#: "The post" of a syndication footer, and what it must repeat of the headline.
_THE_POST = re.compile(r"(?i)^\W*the\s+post\s+(.+)$", re.S)
MIN_FOOTER_WORDS = 3


def _is_headline(text: str, headline: str) -> bool:
    """``text`` is the headline again; a sentence that ends with a full stop is not (a lede may
    say in its words what the title says)."""
    if not headline or len(text) > 2 * len(headline) + 20:
        return False
    if ends_sentence(text) and text.rstrip()[-1:] == ".":
        return False
    return nearly_equal(text, headline)


def _content(text: str, language: str) -> set[str]:
    stop = stop_words(language)
    return {w.lower()[:5] for w in re.findall(r"[^\W_]+", text)
            if w.lower() not in stop and not w.isdigit()} | set(re.findall(r"\d+", text))


def shortened_title(short: str, title: str, language: str) -> bool:
    """``short`` is the title printed again in fewer words (the page's second, shorter title):
    three of its content words or more are the title's, and at most one is not."""
    if not short or words(short) >= words(title) or is_prose(short, language):
        return False
    if " ".join(short.lower().split()) in " ".join(title.lower().split()):
        return False  # the title inside a title bar ("Outlet - The title"): no second title
    mine, theirs = _content(short, language), _content(title, language)
    return len(mine & theirs) >= 3 and len(mine - theirs) <= 1


def first_copy(blocks: Sequence[Block], verdicts: Verdicts, choice: Choice | None,
               language: str) -> Choice | None:
    """The first of the titles a page prints one under the other: the line just above the chosen
    headline when it is the same title again, or the longer title a shorter one repeats (the
    address often carries the shorter one's words, so the shorter one won on them)."""
    if choice is None or choice.index is None:
        return choice
    i = choice.index
    above = next((j for j in range(i - 1, -1, -1) if verdicts[j] is None), None)
    if above is None:
        return choice
    text = blocks[above].text
    if cut_bar(text, blocks[i].text):
        return choice  # the title bar cut the title short above it (round 25)
    if looks_like_a_headline(text, language) and (
            nearly_equal(text, blocks[i].text) or shortened_title(blocks[i].text, text, language)):
        return Choice(above, choice.origin, text)
    return choice


def _footer_repeats(rest: str, headline: str) -> bool:
    """``rest`` is the headline, or its beginning cut off in the middle of a word."""
    got, want = normal_line(rest).split(), normal_line(headline).split()
    if len(got) < MIN_FOOTER_WORDS or len(got) > len(want):
        return False
    return got[:-1] == want[:len(got) - 1] and want[len(got) - 1].startswith(got[-1])


def mark_echoes(blocks: Sequence[Block], verdicts: Verdicts, head: int | None,
                headline: str | None, page: Page) -> None:
    """Mark the blocks no rule judged that repeat the headline or a neighbouring caption."""
    title = headline or ""
    under = None if head is None else next(
        (j for j in range(head + 1, len(blocks)) if verdicts[j] is None), None)
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or i == head:
            continue
        text = block.text
        if words(text) > 60:
            continue
        if _is_headline(text, title):
            verdicts[i] = Verdict("repeated-headline", "headline-again",
                                  "the headline printed again")
            continue
        if i == under and shortened_title(text, title, page.language):
            verdicts[i] = Verdict("repeated-headline", "headline-shortened",
                                  "the headline printed again in fewer words under it")
            continue
        bare = without_site_name(text, page.site_words) or bar_title(text, [title])
        if (bare is not None and _is_headline(bare, title)) or (title and cut_bar(text, title)):
            verdicts[i] = Verdict("title-bar", "title-bar-headline",
                                  "the site's name and the headline (the page's title bar)")
            continue
        m = _PICTURE_OF.match(text)
        if m and _is_headline(m.group(1), title):
            verdicts[i] = Verdict("caption", "picture-of-headline",
                                  "the lead picture's description (its alt text)")
            continue
        m = _THE_POST.match(text)
        if m and title and _footer_repeats(m.group(1), title):
            verdicts[i] = Verdict("attribution", "feed-footer",
                                  'a syndication footer ("The post … appeared first on"), cut')
    _mark_markup_twins(blocks, verdicts, head)
    _mark_alt_text(blocks, verdicts, head)
    _mark_caption_twins(blocks, verdicts, head)
    _mark_caption_again(blocks, verdicts, head)
    _mark_credit_again(blocks, verdicts, head)
    _mark_teaser_echo(blocks, verdicts, head)
    _mark_summary_twice(blocks, verdicts, head, page.language)
    _mark_name_over_byline(blocks, verdicts, head)
    _mark_name_under_stamp(blocks, verdicts, head)


#: A person's name alone on its line: two to four capitalised words (particles between them).
_NAME_ALONE = compile_re2(rf"^\s*{NAME}\s*$")


def _mark_name_over_byline(blocks: Sequence[Block], verdicts: Verdicts,
                           head: int | None) -> None:
    """A name alone right over a byline or date line that prints it again ("Jane Roe" over "By
    Jane Roe, 3 May 2031 09:00"): the writer's picture's alternative text or a profile link.
    The byline says whose name it is; a name over a story line (an interview's speaker, a
    crosshead) has no such twin and stays."""
    for i in range(len(blocks) - 1):
        below = verdicts[i + 1]
        if (verdicts[i] is not None or i == head or below is None
                or below.kind not in ("byline", "date-stamp")):
            continue
        name = blocks[i].text.strip()
        if _NAME_ALONE.search(name) and name in blocks[i + 1].text:
            verdicts[i] = Verdict("byline", "byline-name-twice",
                                  "the writer's name over the byline that prints it again")


#: A clock time: a live entry's stamp ("10:55", "11.02am BST", "14h05").
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")


def _mark_name_under_stamp(blocks: Sequence[Block], verdicts: Verdicts,
                           head: int | None) -> None:
    """A name alone on its line right under a clock time a rule removed as a stamp, over a
    paragraph that does not name that person ("10:55" / "Jane Roe" / "Residents of the block
    say …"): a live page's entry signed by its writer (round 27). A crosshead naming someone
    ("Jane Roe" over "Roe, 65, had lived …") is followed by the story about them, and stays,
    as does an entry's title whose words the entry takes up ("Hospital Update");
    a page's crawl date glued on the line before a label is no entry's time."""
    for i in range(1, len(blocks) - 1):
        above = verdicts[i - 1]
        if (verdicts[i] is not None or i == head or verdicts[i + 1] is not None
                or above is None or above.kind != "date-stamp"
                or blocks[i - 1].line == blocks[i].line or not _CLOCK.search(blocks[i - 1].text)):
            continue
        name = blocks[i].text.strip()
        if not _NAME_ALONE.search(name):
            continue
        # an entry's title tells what follows ("Evacuation Ordered" over "The mayor ordered
        # the evacuation …"); a writer's name is not in the entry (review 44)
        below = blocks[i + 1].text.casefold()
        if not any(word.casefold()[:5] in below for word in name.split() if len(word) > 3) \
                and name.split()[-1].casefold() not in below:
            verdicts[i] = Verdict("byline", "entry-byline", "a name alone under a live entry's "
                                  "time stamp, over a paragraph that does not name it: its writer")


_ELEMENT = re.compile(r"^\s*<([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,200})?>"
                      r"([^<>]{1,2000})</\1>\s*$")


def _mark_markup_twins(blocks: Sequence[Block], verdicts: Verdicts, head: int | None) -> None:
    """An HTML element printed as text next to the same text printed plain ("<p>An aerial view
    …</p>" above "An aerial view …"): a template printed a picture's caption twice. A paragraph
    in tags on its own is left to the story (a scraper may keep the tags of every paragraph)."""
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or i == head or words(block.text) > 80:
            continue
        m = _ELEMENT.match(block.text)
        if m is None:
            continue
        inner = normal_line(m.group(2))
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and j != head and verdicts[j] is None and inner and \
                    normal_line(blocks[j].text) == inner:
                verdicts[i] = Verdict("template", "html-element",
                                      "an HTML element printed as text, beside its plain copy")
                verdicts[j] = Verdict("caption", "caption-twice",
                                      "a caption printed a second time (as HTML and as text)")
                break


def _mark_alt_text(blocks: Sequence[Block], verdicts: Verdicts, head: int | None) -> None:
    """A caption printed twice: the copy next to a recognised caption that is the same text
    without the credit, after it or before it (or the caption without its credit is this
    text)."""
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or i == head:
            continue
        mine = normal_line(block.text)
        if len(mine.split()) < MIN_ALT_WORDS or words(block.text) > 60:
            continue
        for j in (i - 1, i + 1):
            other = verdicts[j] if 0 <= j < len(blocks) else None
            if other is None or other.kind != "caption":
                continue
            theirs = normal_line(blocks[j].text)
            # (or the credit before it: "Photo: Name - Outlet <the caption>", trial 48)
            if theirs.startswith(mine) or mine.startswith(theirs) or (
                    theirs.endswith(mine) and credit_tail(theirs[:-len(mine)])):
                verdicts[i] = Verdict("caption", "caption-twice",
                                      "a caption printed a second time (without its credit)")
                break


#: A picture's text printed twice is at least this many words (shorter twins are labels), or
#: this many when the second copy adds its source in brackets.
MIN_TWIN_WORDS = 5
MIN_BRACKETED_TWIN_WORDS = 3
MAX_BRACKETED_SOURCE_WORDS = 4
#: The credit a caption's second copy adds ("Foto: Name/Agency | Name") is this short at most.
MAX_CREDIT_TAIL_WORDS = 12


#: A credit ending on a photographer's initials ("LP/J.R.", "Agency/A.B."): its full stop
#: closes the initials, not a sentence.
_INITIALS_END = re.compile(r"(?:^|[\s/|–—-])(?:[A-ZÀ-ÖØ-Þ]\.){1,3}$")


def credit_tail(tail: str) -> bool:
    """What a caption's second copy adds: a short credit, not a sentence of the story."""
    tail = tail.strip()
    return 1 <= words(tail) <= MAX_CREDIT_TAIL_WORDS and (
        not ends_sentence(tail) or bool(_INITIALS_END.search(tail)))


#: A text's last words after its last sentence: "… on Saturday. AFP", "… flooded. Photo: X".
_AFTER_LAST_SENTENCE = re.compile(r"[.!?…]\s+([^.!?…]{1,40})$")
_PHOTO_LABEL = re.compile(r"^(?:photo|foto|image|bild|imagen|immagine|crédit|credit)s?\b", re.I)


def signed(text: str) -> bool:
    """Whether a text ends with a picture's credit after its last sentence: an agency ("…
    on Saturday. AFP") or a photo label ("… Foto: Name")."""
    m = _AFTER_LAST_SENTENCE.search(text.strip())
    if m is None:
        return False
    tail = m.group(1).strip(" ()[]/|–—-")
    return words(tail) <= 4 and (agency(tail) is not None or bool(_PHOTO_LABEL.match(tail)))


def _mark_caption_twins(blocks: Sequence[Block], verdicts: Verdicts, head: int | None) -> None:
    """A picture's text printed twice, the copies side by side: once bare (its alternative
    text) and once followed by its credit ("… zu stoppen." then "… zu stoppen. Foto: Name/dpa |
    Name"), or the same text on both sides of the picture's credit line. Both copies are the
    caption. A story paragraph printed twice in a row is left alone (no credit in between or
    after), and so is a story paragraph followed by itself and another sentence."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != head]
    for i, j in itertools.pairwise(free):
        a, b = blocks[i].text.strip(), blocks[j].text.strip()
        tail = b[len(a):].strip() if b.startswith(a) else ""
        # (a shorter text is a twin when the second copy adds its source in brackets: "Cars
        # in the hole, Verlo" over "… (Instagram)", round 24 on fresh pages)
        bracketed = tail[:1] == "(" and tail[-1:] == ")" and \
            words(tail) <= MAX_BRACKETED_SOURCE_WORDS and not any(c in tail for c in ".!?")
        least = MIN_BRACKETED_TWIN_WORDS if bracketed else MIN_TWIN_WORDS
        if words(a) < least or words(a) > 60 or words(b) > 80:
            continue
        between = [verdicts[k] for k in range(i + 1, j)]
        if a == b:  # with the credit between them, or each ending on it (". AFP")
            twins = (bool(between) and all(v is not None and v.kind in ("caption", "credit")
                                           for v in between)) or (not between and signed(a))
        else:
            twins = not between and b.startswith(a) and (bracketed or credit_tail(tail))
        if twins:
            for k in (i, j):
                verdicts[k] = Verdict("caption", "caption-twins",
                                      "a picture's text printed twice (with its credit)")


def _mark_caption_again(blocks: Sequence[Block], verdicts: Verdicts, head: int | None) -> None:
    """A sentence printed word for word as a picture's caption elsewhere on the page is that
    caption once more (fdev4 fresh pages: a lead picture's caption printed in the page's teaser
    and again over its label): a page prints a caption twice, not a paragraph of its story in a
    picture's caption. Captions recognised by their place only are compared."""
    captions = {normal_line(blocks[j].text) for j, v in enumerate(verdicts)
                if v is not None and v.rule in _PLACED_CAPTIONS}
    if not captions:
        return
    for i, block in enumerate(blocks):
        if (verdicts[i] is None and i != head and MIN_TWIN_WORDS <= words(block.text) <= 60
                and normal_line(block.text) in captions):
            verdicts[i] = Verdict("caption", "caption-again",
                                  "a picture's caption printed again elsewhere on the page")


def _mark_credit_again(blocks: Sequence[Block], verdicts: Verdicts, head: int | None) -> None:
    """A name alone right under a caption that ends on that name ("… Foto: Jo Roe" over "Jo
    Roe") is the picture's credit printed again (fdev4 fresh pages): the photographer's line
    under the picture, not a person the story names."""
    for i in range(1, len(blocks)):
        above, text = verdicts[i - 1], blocks[i].text.strip()
        if (verdicts[i] is None and i != head and above is not None and above.kind == "caption"
                and _NAME_ALONE.search(text) and blocks[i - 1].text.rstrip().endswith(text)
                and len(blocks[i - 1].text.strip()) > len(text)):
            verdicts[i] = Verdict("caption", "credit-again",
                                  "the picture's credit printed again under its caption")


#: Captions known by where they stand (over a label or a credit), not by a word of their own.
_PLACED_CAPTIONS = frozenset({"caption-over-label", "caption-over-top-credit"})


#: A teaser that repeats a paragraph's opening is at least this many words.
MIN_TEASER_ECHO_WORDS = 6


def _mark_teaser_echo(blocks: Sequence[Block], verdicts: Verdicts, head: int | None) -> None:
    """The opening of a story paragraph printed once more on its own below it, cut with "…" (a
    summary printed again further down the page): the cut copy is furniture, the whole paragraph
    stays story. The same cut copy above the paragraph it opens, under the headline, is the
    page's standfirst, story as a dek is (spent s33: the only such line of every labelled set
    stands there and is labelled story; a rule that costs story is wrong)."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != head]
    lines = sorted((normal_line(blocks[j].text), j) for j in free)
    for i in free:
        text = blocks[i].text
        m = ELLIPSIS_END.search(text)
        if m is None or words(text) < MIN_TEASER_ECHO_WORDS or words(text) > 80:
            continue
        opening = normal_line(text[:m.start()])
        after = bisect.bisect_right(lines, (opening, len(blocks)))  # first line after the opening
        if after < len(lines) and lines[after][0].startswith(opening) and lines[after][1] < i:
            verdicts[i] = Verdict("repeated", "teaser-echo",
                                  "a paragraph's opening printed again below it, cut with "
                                  "\"…\"")


#: A paragraph printed twice is at least this many words (short lines repeat for other reasons).
MIN_SUMMARY_WORDS = 8


def _mark_summary_twice(blocks: Sequence[Block], verdicts: Verdicts, head: int | None,
                        language: str) -> None:
    """A paragraph printed twice with only furniture between the copies (a credit, a date
    line, a script): the page's summary above the story, then the story's first paragraph. The
    first copy is furniture. Copies side by side are left alone (a story may say a sentence
    twice), and so are copies with a paragraph of the story between them."""
    first: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if verdicts[i] is not None or i == head or words(block.text) < MIN_SUMMARY_WORDS:
            continue
        key = normal_line(block.text)
        j = first.setdefault(key, i)
        if j == i or j + 1 == i or verdicts[j] is not None:
            continue
        between = range(j + 1, i)
        if any(verdicts[k] is None and k != head and is_prose(blocks[k].text, language)
               for k in between):
            first[key] = i
            continue
        verdicts[j] = Verdict("repeated", "summary-twice",
                              "a paragraph printed twice: the copy above is the page's summary")

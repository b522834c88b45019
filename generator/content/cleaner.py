"""Separate a scraped article's story from the page furniture that came with it.

:func:`clean` splits the text into blocks (paragraphs and lines, :mod:`.blocks`), cuts furniture
glued to a line (:mod:`.cleaning.pieces`), judges every block by the rule table
(:mod:`.cleaning.rules`) and by its place on the page (:mod:`.cleaning.passes`), chooses the
headline (:mod:`.cleaning.headline`), and returns a :class:`CleanedText`: the headline and where it
came from, the story paragraphs, every removed block with its kind, rule and reason, and what the
removed blocks said about the article (author, via, dateline, a date printed on the page).

**Nothing is lost.** Every character of the text is in exactly one place — the headline, a story
paragraph or a removed block — and each piece knows its span in the source, so that the pieces
in order give back the text (white space aside). ``tests/conservation.py`` is the check;
``tests/cleaning/test_cleaning_corpus.py`` holds it for every file of the real-page corpus and
``tests/content/test_fuzz.py`` for generated pages (hypothesis).

**Any language.** The rules read the article's language (stop words, the words furniture is
written in); the caller detects it or takes it from the metadata (:mod:`generator.text.languages`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.content.blocks import (
    Block,
    LineIndex,
    ends_sentence,
    normalise_newlines,
    split_blocks,
    web_address,
)
from generator.content.cleaning.address import (
    mark_box_above,
    mark_button_pitch,
    mark_reader_address,
)
from generator.content.cleaning.bare_caption import mark_bare_caption
from generator.content.cleaning.captions import (
    mark_caption_after_credit,
    mark_caption_before_credit,
    mark_caption_over_label,
    mark_caption_over_top_credit,
    mark_caption_under_label,
)
from generator.content.cleaning.captions_closing import (
    mark_bracket_credited_caption,
    mark_dated_caption,
)
from generator.content.cleaning.claims import claim_following
from generator.content.cleaning.echoes import first_copy, mark_echoes
from generator.content.cleaning.embeds import mark_post_lines, mark_signed_links
from generator.content.cleaning.excerpt import excerpt_reasons
from generator.content.cleaning.features import (
    mark_headings_of_furniture,
    mark_shapes,
    mark_teasers,
    mark_widgets,
)
from generator.content.cleaning.gallery import keep_gallery_captions, part_gallery
from generator.content.cleaning.glued_notice import part_notices
from generator.content.cleaning.head import mark_head
from generator.content.cleaning.headline import ORIGINS, choose, prose_paragraphs
from generator.content.cleaning.margins import keep_drop_caps, mark_margins, mark_stamps_above
from generator.content.cleaning.marked_list import mark_marked_list
from generator.content.cleaning.other_language import mark_other_language
from generator.content.cleaning.page_request import mark_page_request
from generator.content.cleaning.parted import part_tails, table_tails
from generator.content.cleaning.passes import (
    find_bio,
    first_rule_verdicts,
    mark_comments,
    mark_doubles,
    mark_embeds,
    mark_runs,
    mark_tail,
)
from generator.content.cleaning.pieces import cut
from generator.content.cleaning.playlist import clock_only
from generator.content.cleaning.pointers import mark_pointers
from generator.content.cleaning.repeated import mark_repeated
from generator.content.cleaning.rules.base import (
    KINDS,
    Page,
    Verdict,
    ci,
    compile_re2,
    group_text,
    words,
)
from generator.content.cleaning.rules.patterns import PUBLISHED, UPDATED
from generator.content.cleaning.runs import (
    mark_caption_stack,
    mark_listing_page,
    mark_short_runs,
    mark_teaser_list,
    stacks,
)
from generator.content.cleaning.shallow import (
    at_cut_length,
    cut_in_last_furniture,
    cut_in_last_post,
    keep_cut_word,
    mark_bare_margins,
)
from generator.content.cleaning.syndication import mark_source_line
from generator.content.cleaning.twice_in_a_block import mark_twice_in_a_block
from generator.content.cleaning.twice_in_a_row import mark_printed_twice
from generator.content.cleaning.under_headline import mark_section_under_headline
from generator.content.headline_address import host_words, listing_address, site_words, url_words
from generator.text.datelines import read_dateline
from generator.text.languages import fold

__all__ = ["KINDS", "ORIGINS", "Block", "CleanedText", "Removed", "clean", "clean_blocks",
           "clean_text", "split_blocks"]


@dataclass(frozen=True)
class Removed:
    """A block that is not story: its kind (one of :data:`KINDS`), text and line, the rule that
    removed it and why, its span in the source, and the metadata it gave (``author``, ``via``,
    ``date``) as (key, value) pairs."""

    kind: str
    text: str
    line: int
    rule: str
    why: str = ""
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    yields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CleanedText:
    """The result of cleaning: headline, story paragraphs, removed furniture and metadata."""

    headline: str | None
    headline_block: Block | None
    headline_origin: str | None  # a key of ORIGINS, or None (the caller names the file)
    paragraphs: tuple[Block, ...]
    removed: tuple[Removed, ...]
    author: str | None = None
    author_bio: str | None = None
    via: str | None = None
    dateline: str | None = None
    date: str | None = None  # a publication date printed on the page (never a crawl date)
    updated: str | None = None  # the date of an update printed on the page ("Updated: …")
    url: str | None = None  # the page's own address, when it opens the page on a line alone
    excerpt: bool = False
    excerpt_reason: str | None = None
    language: str = "en"

    @property
    def headline_line(self) -> int | None:
        return self.headline_block.line if self.headline_block is not None else None


# --------------------------------------------------------------------------------------------
# Metadata from what was removed and from the first paragraph
# --------------------------------------------------------------------------------------------

def _dateline(text: str) -> tuple[str | None, str | None]:
    """The city and wire agency of a dateline opening the first paragraph, if there is one
    (:mod:`generator.text.datelines`)."""
    found = read_dateline(text)
    if found is None:
        return None, None
    source = found.source if found.source and words(found.source) <= 4 else None
    return found.city, source


_UPDATED = compile_re2(ci(UPDATED))
_PUBLISHED = compile_re2(ci(PUBLISHED))


def _span(m, name: str) -> tuple[int, int] | None:
    """Where a named group of a match lies, or None when it is unset."""
    index = m.re.groupindex.get(name)
    return m.span(index) if index is not None and m.span(index)[0] >= 0 else None


def _clean_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.lstrip(" \t\n:–—-").rstrip(" \t\n.,;:…–—-")
    return value or None


def _values(verdict: Verdict, text: str) -> dict[str, str]:
    """The metadata a verdict gives: its rule's named groups (read from the original text, not
    the folded one) and whatever the pass that made it put in ``values``."""
    found = dict(verdict.values)
    rule, m = verdict.source, verdict.match
    if rule is not None and m is not None:
        for key in rule.yields:
            if key == "date":
                when = group_text(m, "when", text) or text
                at = _span(m, "when")
                folded = fold(text)
                update = _UPDATED.search(folded)  # "… | Updated: Dec. 14, 2021"
                if update is not None:
                    found["updated"] = group_text(update, "updated", text) or ""
                    if _span(update, "updated") == at:  # the line opens on the update's date:
                        other = _PUBLISHED.search(folded)  # the publication's, if it has one
                        when = group_text(other, "published", text) if other else ""
                if when and not clock_only(when):
                    found["date"] = when
            elif group_text(m, key, text):
                found[key] = group_text(m, key, text)
    return {k: v for k, v in ((k, _clean_value(v)) for k, v in found.items()) if v}


# --------------------------------------------------------------------------------------------
# The whole cleaner
# --------------------------------------------------------------------------------------------

def clean(source: str, blocks: Sequence[Block] | None = None, *, language: str = "en",
          url: str = "", headline: str | None = None, headline_origin: str = "sidecar",
          repeated: frozenset[str] = frozenset(), find_headline: bool = True) -> CleanedText:
    """Sort the blocks of ``source`` into headline, story and removed furniture.

    ``blocks`` are the blocks to judge (default: all of ``source``; a Markdown reader passes its
    body without the front matter and heading). ``headline`` is a headline the caller already
    has (``headline_origin`` says from where: sidecar, HTML title, Markdown heading); then a
    line of the page is the headline only if it is that headline. ``find_headline=False``: no
    line is the headline (the caller has taken it). ``repeated`` holds lines (see
    :func:`generator.content.cleaning.passes.normal_line`) the outlet prints on several of its
    articles.
    """
    source = normalise_newlines(source)
    index = LineIndex(source)
    if blocks is None:
        blocks = split_blocks(source)
    if not url and blocks:  # the page's own address on its first line, as scrapers save it
        url = web_address(blocks[0].text) or ""
    page = Page(language=language, site_words=site_words(url), host_words=host_words(url),
                slug=tuple(url_words(url)), listing=listing_address(url))
    pieces = part_notices(cut(blocks, source, index, page), source, index, page)
    blocks = [b for b, _v in pieces]
    verdicts = first_rule_verdicts(blocks, page, [v for _b, v in pieces])
    blocks, verdicts, _ = part_tails(blocks, verdicts, None, table_tails(blocks, verdicts, page),
                                     source, index)
    blocks, verdicts = part_gallery(blocks, verdicts, source, index, language)
    claim_following(blocks, verdicts)
    mark_embeds(blocks, verdicts)
    mark_signed_links(blocks, verdicts)
    mark_post_lines(blocks, verdicts)
    mark_comments(blocks, verdicts, language)
    mark_shapes(blocks, verdicts, language)
    mark_stamps_above(blocks, verdicts, language)
    mark_source_line(blocks, verdicts, language)
    mark_caption_under_label(blocks, verdicts, language)
    mark_caption_over_top_credit(blocks, verdicts)
    mark_caption_over_label(blocks, verdicts)

    choice = choose(blocks, verdicts, language=language, url=url, given=headline,
                    given_origin=headline_origin, site=page.site_words) if find_headline else None
    if not headline:  # a headline the user gave stays, whatever title the page prints above
        choice = first_copy(blocks, verdicts, choice, language)
    head = choice.index if choice is not None else None
    first_story = next(iter(prose_paragraphs(blocks, verdicts, head, language)), None)
    mark_echoes(blocks, verdicts, head, choice.text if choice is not None else None, page)
    mark_other_language(blocks, verdicts, head, language)
    mark_doubles(blocks, verdicts, head)
    mark_printed_twice(blocks, verdicts, head, language)
    mark_twice_in_a_block(blocks, verdicts, head)
    mark_runs(blocks, verdicts, head, language)
    mark_head(blocks, verdicts, head, page, first_story)
    mark_section_under_headline(blocks, verdicts, head, page, first_story)
    mark_widgets(blocks, verdicts, head, first_story)
    mark_teasers(blocks, verdicts, head, language,
                 cut_end=bool(blocks) and not ends_sentence(blocks[-1].text))
    mark_tail(blocks, verdicts, language, head)
    mark_margins(blocks, verdicts, head, language)
    mark_headings_of_furniture(blocks, verdicts, head, language)
    mark_caption_after_credit(blocks, verdicts, head)
    mark_caption_before_credit(blocks, verdicts, head, language)
    mark_dated_caption(blocks, verdicts, head, language)
    mark_repeated(blocks, verdicts, repeated, head, language)
    find_bio(blocks, verdicts, head)
    # the passes of what the page says to its reader part a block that opens with the story
    # (parted.py): the indices of the blocks, the headline's too, move on after each
    mark_box_above(blocks, verdicts, head, language)
    tails = mark_page_request(blocks, verdicts, head, language)
    blocks, verdicts, head = part_tails(blocks, verdicts, head, tails, source, index)
    tails = mark_reader_address(blocks, verdicts, head, language)
    blocks, verdicts, head = part_tails(blocks, verdicts, head, tails, source, index)
    tails = mark_button_pitch(blocks, verdicts, head, language)
    blocks, verdicts, head = part_tails(blocks, verdicts, head, tails, source, index)
    mark_pointers(blocks, verdicts, head)
    mark_teaser_list(blocks, verdicts, head, language)
    mark_marked_list(blocks, verdicts, head, language)
    mark_listing_page(blocks, verdicts, head, page.listing)
    mark_short_runs(blocks, verdicts, head, language)
    mark_caption_stack(blocks, verdicts, head, language, stacks(blocks, source))
    mark_bare_margins(blocks, verdicts, head, language)
    # (after the passes that know prose furniture: "the story goes on after it" is read on
    # what they leave; a last paragraph over a reader's address was lost, review 36)
    mark_bracket_credited_caption(blocks, verdicts, head, page)
    mark_bare_caption(blocks, verdicts, head, language)
    keep_drop_caps(blocks, verdicts, head, language)
    keep_cut_word(blocks, verdicts, head, language, at_cut=at_cut_length(source),
                  site=page.site_words)
    keep_gallery_captions(blocks, verdicts)

    paragraphs: list[Block] = []
    removed: list[Removed] = []
    meta: dict[str, str] = {}
    author_bio = bio_author = None
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if i == head:
            continue
        if verdict is None:
            paragraphs.append(block)
            continue
        values = _values(verdict, block.text)
        removed.append(Removed(verdict.kind, block.text, block.line, verdict.rule, verdict.why,
                               block.start, block.end, tuple(sorted(values.items()))))
        if verdict.bio:
            if author_bio is None:
                author_bio, bio_author = block.text, values.get("author")
            continue
        if (verdict.rule == "trailing-credit"
                and fold(values.get("via", "")).lower() in page.site_words):
            values.pop("via")  # the site's own name or section ("…/world/valleytalk/…"; round 23)
        for key in ("author", "via", "date", "updated", "dateline"):
            if key in values and key not in meta:
                meta[key] = values[key]
        if verdict.rule == "agency-credit" and "dateline" not in meta:
            # the dateline's place on the wire's credit line above the lede ("PLACE - The Wire")
            meta["dateline"] = _dateline(block.text)[0] or ""
        if i == 0 and "url" in values:  # the page's own address opens it; others are links
            meta["url"] = values["url"]

    dateline = None
    if paragraphs:
        dateline, agency = _dateline(paragraphs[0].text)
        if not dateline and len(paragraphs) > 1:
            # a standfirst the page printed as the first paragraph, over the wire's dateline
            # ("Initials (Agency) The storm …"): the second paragraph's, when it names an agency
            second = read_dateline(paragraphs[1].text)
            if second is not None and second.agency:
                dateline, agency = _dateline(paragraphs[1].text)
        if agency and "via" not in meta:
            meta["via"] = agency
    dateline = dateline or meta.get("dateline") or None
    reasons = excerpt_reasons(paragraphs, removed) or cut_in_last_post(
        blocks, verdicts, language) or cut_in_last_furniture(blocks, verdicts, source)
    head_block = blocks[head] if head is not None else None
    return CleanedText(
        headline=head_block.text if head_block is not None else (
            choice.text if choice is not None else None),
        headline_block=head_block,
        headline_origin=choice.origin if choice is not None else None,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        author=meta.get("author") or bio_author,
        author_bio=author_bio,
        via=meta.get("via"),
        dateline=dateline,
        date=meta.get("date"),
        updated=meta.get("updated"),
        url=meta.get("url"),
        excerpt=bool(reasons),
        excerpt_reason="; ".join(reasons) or None,
        language=language,
    )


def clean_blocks(blocks: list[Block], *, find_headline: bool = True, **options) -> CleanedText:
    """:func:`clean` of blocks whose source is not at hand (tests, callers with blocks only):
    the blocks' own text is their source."""
    text = "\n".join(b.text for b in blocks)
    return clean(text, split_blocks(text), find_headline=find_headline, **options)


def clean_text(text: str, *, find_headline: bool = True, **options) -> CleanedText:
    """:func:`clean` of a whole text."""
    return clean(text, find_headline=find_headline, **options)


"""Read article files as they were saved: scraped text, Markdown with front matter, or HTML.

Reading is in two steps, because what cleans an article depends on its metadata (the sidecar's
``headline:``, ``url:`` and ``language:``) and on the outlet's other articles (lines they all
print): :func:`read_source` decodes the file and finds what the file itself carries (front
matter, a Markdown heading, an HTML page's main text, title and metadata); :func:`clean_source`
then runs the cleaner (:mod:`.cleaner`) with what the loader knows. Article files are never
edited by hand.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.content.blocks import Block, normalise_newlines, split_blocks
from generator.content.cleaner import CleanedText, Removed, clean
from generator.content.files import UnreadableFile, read_text
from generator.content.headline_address import nearly_equal, url_headline
from generator.content.html_text import html_main_text
from generator.content.problems import Problems
from generator.content.yamlsource import YamlDoc, parse_yaml

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.S)
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")


#: The language is detected in about this many characters of the longest blocks, at most
#: BODY_SHARE of each (three blocks or more, where the page has them).
BODY_CHARS = 800
BODY_SHARE = 300


@dataclass
class Source:
    """An article file as read, before cleaning.

    ``text`` is what the blocks' offsets point into: the decoded file (``.txt``, ``.md``) or the
    main text trafilatura found in a page (``.html``). ``blocks`` are the blocks to clean (for
    Markdown, the body without its front matter); ``heading`` is the Markdown heading that opens
    the body (its first block), read without its ``#`` marks.
    """

    path: Path
    format: str  # "txt", "md" or "html"
    text: str
    blocks: list[Block]
    heading: Block | None = None
    front_matter: YamlDoc | None = None
    html_meta: dict[str, str] = field(default_factory=dict)
    html_removed: tuple[Removed, ...] = ()
    encoding_note: str = ""

    @property
    def body(self) -> str:
        """The text a language is detected in: the longest blocks (the story's paragraphs, not
        an English cookie banner above a German story), about 800 characters of them, at most
        BODY_SHARE of a block each: one long block, an agency's caption kept in its English
        over a French story, does not decide alone."""
        out, size = [], 0
        for block in heapq.nlargest(12, self.blocks, key=lambda b: len(b.text)):
            out.append(block.text[:BODY_SHARE])
            size += len(out[-1])
            if size >= BODY_CHARS:
                break
        return "\n".join(out)


def _md_heading(block: Block) -> Block | None:
    """A Markdown heading as a block of its own: its text without the ``#`` marks, its span the
    whole line."""
    m = _MD_HEADING.match(block.text)
    if m is None or "\n" in block.text:
        return None
    text = block.text[m.end():].rstrip().rstrip("#").rstrip()
    return Block(text, block.line, block.start, block.end) if text else None


def _read_md(text: str, path: Path, problems: Problems) -> tuple[list[Block], Block | None,
                                                                  YamlDoc | None]:
    front: YamlDoc | None = None
    body_at = 0
    m = _FRONT_MATTER.match(text)
    if m:
        front = parse_yaml(m.group(1) or "", path, problems, line_offset=1)
        body_at = m.end()
    lines_before = text[:body_at].count("\n")
    blocks = [Block(b.text, b.line + lines_before, b.start + body_at, b.end + body_at)
              for b in split_blocks(text[body_at:])]
    one_line = blocks and "\n" not in text[blocks[0].start:blocks[0].end]
    heading = _md_heading(blocks[0]) if one_line else None  # a heading is one line
    return blocks, heading, front


def read_source(path: Path, problems: Problems) -> Source | None:
    """Read one article file; problems (unreadable, empty, bad front matter) go to ``problems``."""
    try:
        text, note = read_text(path)
    except UnreadableFile as exc:
        problems.add(path, 0, 0, f"cannot read article: {exc}",
                     "save it as UTF-8 text, or remove it from content/articles/")
        return None
    except OSError as exc:
        problems.add(path, 0, 0, f"cannot read article: {exc.strerror}")
        return None
    if not text.strip():
        problems.add(path, 0, 0, "article file is empty", "remove it or save the article text")
        return None
    text = normalise_newlines(text)
    suffix = path.suffix.lower()
    if suffix == ".md":
        blocks, heading, front = _read_md(text, path, problems)
        return Source(path, "md", text, blocks, heading, front, encoding_note=note)
    if suffix in (".html", ".htm"):
        page = html_main_text(text)
        main = normalise_newlines(page.main)
        return Source(path, "html", main, split_blocks(main), html_meta=page.meta,
                      html_removed=page.removed, encoding_note=note)
    return Source(path, "txt", text, split_blocks(text), encoding_note=note)


def clean_source(source: Source, *, language: str, url: str = "", headline: str = "",
                 repeated: frozenset[str] = frozenset()) -> CleanedText:
    """Clean an article read by :func:`read_source`.

    The headline comes, in this order, from ``headline`` (the sidecar or front matter), the
    Markdown heading, the HTML title, a line of the text, or the words of ``url``; see
    :mod:`.cleaning.headline`. A Markdown heading is the headline unless the metadata gives
    another one; then it stays in the story as it was written.
    """
    url = url or source.html_meta.get("url", "")
    heading = source.heading
    if heading is not None and (not headline or nearly_equal(headline, heading.text)):
        cleaned = clean(source.text, source.blocks[1:], language=language, url=url,
                        repeated=repeated, find_headline=False)
        return replace(cleaned, headline=heading.text, headline_block=heading,
                       headline_origin="markdown-heading")
    given, origin = headline or None, "sidecar"
    if given is None and source.html_meta.get("title"):
        given, origin = source.html_meta["title"], "html-title"
    cleaned = clean(source.text, source.blocks, language=language, url=url, headline=given,
                    headline_origin=origin, repeated=repeated)
    if source.format == "html":
        cleaned = replace(
            cleaned, removed=source.html_removed + cleaned.removed,
            author=cleaned.author or source.html_meta.get("author"))
    return cleaned


def keep_lines(cleaned: CleanedText, lines: list[int], url: str = ""
               ) -> tuple[CleanedText, tuple[int, ...], list[int]]:
    """The analyst's correction of the cleaner (``keep:`` in the metadata): the blocks removed
    from these lines, or taken as the headline, are story, in their place in the page.

    The cleaner is measured, not perfect: a lede it took for a caption cannot be cited, and its
    outlet looks silent. Nothing is edited: the block moves from the removed list (or the
    headline) to the story, so every character is still in one place. A kept headline line
    leaves the page without a headline line; the headline then comes from the address (or the
    file name). Returns the cleaned text, the lines moved, and the lines that name no removed
    block or headline (already story, or no block's line), for a warning.
    """
    wanted = set(lines)
    if not wanted:
        return cleaned, (), []
    moved = [r for r in cleaned.removed if r.line in wanted]
    head = cleaned.headline_block
    take_head = head is not None and head.line in wanted
    found = {r.line for r in moved} | ({head.line} if take_head else set())
    unused = sorted(wanted - found)
    if not found:
        return cleaned, (), unused
    story = [*cleaned.paragraphs, *(Block(r.text, r.line, r.start, r.end) for r in moved)]
    if take_head:
        story.append(head)
    story.sort(key=lambda b: (b.start, b.line))
    changes: dict = {"paragraphs": tuple(story),
                     "removed": tuple(r for r in cleaned.removed if r.line not in wanted)}
    if take_head:
        made = url_headline(url, "\n".join(b.text for b in story))
        changes.update(headline=made, headline_block=None,
                       headline_origin="url" if made else None)
    return replace(cleaned, **changes), tuple(sorted(found)), unused

"""Separate a scraped article's story from the page furniture that came with it.

A scraper hands us everything that was on the page as text: cookie banners, share bars, related
links, tag and category lists, comment forms, reader comments, author bios, "Source: ..." lines.
This module splits the text into paragraphs (:func:`split_blocks`) and sorts every paragraph into
the headline, the story, or a :class:`Removed` record that says what kind of furniture it was and
which rule said so (:func:`clean_blocks`). Nothing is dropped silently: every non-blank source line
ends up in exactly one of those places, so a reader can always check what was taken out and why.

The rules are written for pages in general (WordPress, Drupal, newspaper CMSs, Medium, Substack),
not for any one outlet. Two principles keep them from eating story text:

* a per-block rule is anchored to the whole paragraph and limited to a few words, or keys on a
  phrase that only furniture uses ("This website uses cookies", "Save my name, email, and
  website"); a long sentence that mentions cookies or sharing in passing is story;
* rules that look at position (the reader-comments section, runs of short link labels, author
  bios) only fire after the story has started, or only near its end.

The work is done in passes, each a small documented function:

1. :data:`BLOCK_RULES`, a table of :class:`Rule` records tried in order on each paragraph;
2. headers such as "Related posts" or "Tags" claim the short lines that follow them;
3. once a reader-comments section starts, the rest of the page is furniture;
4. the headline is the first block left; runs of short label-like lines are link lists;
5. an author bio is looked for among the last story paragraphs;
6. metadata: author, via (republished from / wire agency), dateline, and whether the text is only
   an excerpt of a longer article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.text.lexicon import MONTH, WEEKDAY_OR_ABBREVIATION
from generator.text.names import PERSON_NAME, PERSON_NAME_OR_SURNAME

KINDS = ("consent-banner", "comment-form", "comments", "share-links", "related-links", "tag-list",
         "category-list", "link-list", "author-bio", "attribution", "truncation-notice",
         "newsletter", "advertisement", "copyright", "byline")


@dataclass(frozen=True)
class Block:
    """One paragraph of source text and the 1-based line it starts on."""

    text: str
    line: int


@dataclass(frozen=True)
class Removed:
    """A paragraph that is not story, with its kind (one of :data:`KINDS`) and the reason."""

    kind: str
    text: str
    line: int
    rule: str


@dataclass(frozen=True)
class CleanedText:
    """The result of cleaning: headline, story paragraphs, removed furniture and metadata."""

    headline: str | None
    headline_line: int | None
    paragraphs: tuple[Block, ...]
    removed: tuple[Removed, ...]
    author: str | None
    author_bio: str | None
    via: str | None
    dateline: str | None
    excerpt: bool
    excerpt_reason: str | None


# --------------------------------------------------------------------------------------------
# Splitting text into paragraphs
# --------------------------------------------------------------------------------------------

#: A line that ends a sentence: final punctuation, possibly followed by closing quotes/brackets,
#: or a closing quote on its own (the end of a quotation).
_ENDS_SENTENCE = re.compile(r"(?:[.!?…:;]|\.\.\.)[\"'”’»)\]]*\s*$|[\"”’»]\s*$")


def _is_hard_wrapped(line: str, next_line: str) -> bool:
    """True when ``next_line`` continues ``line`` (the source was wrapped at a fixed width).

    Only the unambiguous case is joined: the line does not end a sentence and the next one starts
    in lower case. A line without final punctuation followed by a capitalised line is a headline,
    a label or a new paragraph, so it stays separate.
    """
    return not _ENDS_SENTENCE.search(line) and next_line[:1].islower()


def split_blocks(text: str) -> list[Block]:
    """Split text into paragraphs: blank lines separate them, and so does a single newline.

    Within a run of non-blank lines each line starts a new paragraph unless it is clearly a
    hard-wrapped continuation of the previous one (see :func:`_is_hard_wrapped`), in which case
    the two are joined with a space. CRLF and CR line ends are treated as LF, so line numbers are
    those an editor shows. Leading and trailing whitespace of a paragraph is stripped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    current: str | None = None
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if current is not None:
                blocks.append(Block(current, start))
            current = None
            continue
        if current is not None and _is_hard_wrapped(current, line):
            current = f"{current} {line}"
            continue
        if current is not None:
            blocks.append(Block(current, start))
        current, start = line, number
    if current is not None:
        blocks.append(Block(current, start))
    return blocks


# --------------------------------------------------------------------------------------------
# Small text predicates shared by the rules
# --------------------------------------------------------------------------------------------

def _words(text: str) -> int:
    return len(text.split())


def _is_label(text: str) -> bool:
    """A link label or menu entry: one to four words, with no sentence punctuation at the end."""
    return (1 <= _words(text) <= 4 and not _ENDS_SENTENCE.search(text)
            and not text.rstrip().endswith(",") and any(c.isalpha() for c in text))


def _is_title(text: str) -> bool:
    """A linked article title: short, and not a sentence that ends with a full stop or comma."""
    return (1 <= _words(text) <= 16 and not re.search(r"[.,;:][\"'”’)]*\s*$", text)
            and any(c.isalpha() for c in text))


def _is_prose(text: str) -> bool:
    """A real paragraph of running text: several words ending like a sentence."""
    return _words(text) >= 8 and bool(_ENDS_SENTENCE.search(text))


_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+|[ap]\.m)\.")


def _sentences(text: str) -> int:
    """Rough sentence count that does not split at initials and abbreviations ("U.S.", "Col.")."""
    return len(re.findall(r"[.!?…]+[\"'”’)]*(?:\s+|$)", _ABBREVIATION.sub("", text))) or 1


def _list_items_ok(items: str) -> bool:
    """The items after "Tags:" or "Filed under" form a list of short labels, not a sentence.

    Empty lists ("Tags: , , ,") count: CMS templates print the separators even with no tags.
    """
    parts = [p.strip() for p in re.split(r"[,|•·;/#]+", items) if p.strip()]
    return all(_words(p) <= 5 for p in parts) and not re.search(r"\w{3,}[.!?]\s*$", items)


# Names (case-sensitive: names are what make a byline or a bio) and calendar words come from
# the one lexicon; see generator.text.names and generator.text.lexicon.
NAME = PERSON_NAME
_ONE_NAME = PERSON_NAME_OR_SURNAME

_MONTH = rf"(?:{MONTH})\.?"
DATE = (rf"(?:(?:{WEEKDAY_OR_ABBREVIATION}),?\s+)?"
        rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
        rf"{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})")
TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?)"
_TIMESTAMP = re.compile(
    rf"(?i)^(?:(?:on|at|posted|published)\s+)?(?:{DATE}(?:,?\s*(?:at\s+)?{TIME})?|{TIME}"
    r"|\d+\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago)\s*$")


# --------------------------------------------------------------------------------------------
# The rule table
# --------------------------------------------------------------------------------------------

_DATE_LINE = re.compile(
    rf"^(?:(?:published|posted|updated|last\s+updated|first\s+published|modified)"
    rf"(?:\s+(?:on|at))?\s*:?\s*)?{DATE}(?:,?\s*(?:at\s+)?{TIME})?"
    r"(?:\s*(?:[|•·–—-]|\bby\b).{0,40})?$", re.IGNORECASE)

Context = Callable[[Sequence[Block], int, "re.Match[str]"], bool]


@dataclass(frozen=True)
class Rule:
    """One kind of page furniture, recognised in a single paragraph.

    ``pattern`` is searched in the paragraph (most patterns are anchored at both ends so they
    describe the whole paragraph); ``max_words`` keeps the rule away from long story paragraphs;
    ``check`` is an optional extra test that may look at the neighbouring blocks.
    ``starts_comments`` marks the start of a reader-comments section (everything after it is
    furniture); ``claims`` lets a header take the blocks after it: ``"labels"`` (short label lines,
    e.g. the tags under "Tags"), ``"titles"`` (article titles under "Related posts") or ``"block"``
    (the one paragraph after "About the author").
    """

    name: str
    kind: str
    why: str
    pattern: re.Pattern[str]
    max_words: int = 12
    check: Context | None = None
    starts_comments: bool = False
    claims: str | None = None

    def match(self, blocks: Sequence[Block], i: int,
              words: int | None = None) -> re.Match[str] | None:
        """``words``: the block's word count when the caller has it (it tries every rule)."""
        text = blocks[i].text
        if (_words(text) if words is None else words) > self.max_words:
            return None
        m = self.pattern.search(text)
        if m is None or (self.check is not None and not self.check(blocks, i, m)):
            return None
        return m


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _says_is_comment(blocks: Sequence[Block], i: int, m: re.Match[str]) -> bool:
    """A "name says:" line is a reader comment's header, not a story line introducing a quote.

    Story text may say "The minister says:" before a quotation, so the line must look like a
    comment system's: a bullet in front, a user name (lower case, digits, underscores), a date or
    time on the line or right after it, or another such line nearby.
    """
    who, when = m.group("who"), m.group("when") or ""
    if m.group("bullet") or re.search(r"\d", when):
        return True
    if re.search(r"[\d_@]", who) or who[:1].islower():
        return True
    if i + 1 < len(blocks) and _TIMESTAMP.search(blocks[i + 1].text):
        return True
    nearby = [*blocks[max(0, i - 20):i], *blocks[i + 1:i + 21]]
    return any(_SAYS.search(b.text) and _words(b.text) <= 8 for b in nearby)


def _byline_trailer_ok(blocks: Sequence[Block], i: int, m: re.Match[str]) -> bool:
    """What follows the name in a byline is an outlet, role or date, not the rest of a sentence.

    Stops "By Wednesday evening, the convoy had stopped." from being read as a byline.
    """
    trailer = _ABBREVIATION.sub("", m.group("trailer") or "")
    return not re.search(r"\w[.!?]", trailer) and not re.search(r"(?:\b[a-z]+\s+){4}", trailer)


def _date_follows(blocks: Sequence[Block], i: int, m: re.Match[str]) -> bool:
    """A bare name is a byline when the publication date is the next line (Substack, Medium).

    A short Title Case headline may also sit above a date, so the page must already have had a
    block that is not furniture (the headline) before the name.
    """
    if i + 1 >= len(blocks) or not _DATE_LINE.search(blocks[i + 1].text):
        return False
    others = [rule for rule in BLOCK_RULES if rule.name != "name-above-date"]
    return any(not any(rule.match(blocks, j) for rule in others) for j in range(i))


def _items_ok(blocks: Sequence[Block], i: int, m: re.Match[str]) -> bool:
    return _list_items_ok(m.group("items") or "")


def _has_letters(blocks: Sequence[Block], i: int, m: re.Match[str]) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", m.group(0)))


_SAYS = _rx(r"^(?P<bullet>[•·*▪◦‣>–-]\s*)?(?P<who>[^\s:•][^:]{0,50}?)\s+"
            r"(?:says|said|wrote|writes|commented|replied)\s*:(?P<when>\s*\S.{0,40})?$")

_SHARE_WORD = (r"(?:share(?:s|\s+this)?|tweet|e-?mail|mail|print|whatsapp|facebook|twitter|x|"
               r"follow|like|linkedin|pinterest|reddit|telegram|messenger|tumblr|flipboard|"
               r"pocket|threads|bluesky|mastodon|sms|copy(?:\s+link)?|pin\s+it|"
               r"printer-friendly(?:\s+version)?|\d[\d.,]*k?)")

_RELATED_HEADER = (
    r"related(?:\s+(?:posts?|articles?|stories|content|coverage|news|reading|links|topics))?"
    r"|(?:you|we\s+think\s+you)\s+(?:may|might|will|could)\s+(?:also\s+)?"
    r"(?:like|enjoy|be\s+interested\s+in)"
    r"|more\s+(?:from|on|in|about|stories|news|articles|like\s+this|to\s+read)\b.{0,40}"
    r"|most\s+(?:read|popular|viewed|shared|commented|recent)(?:\s+\w+){0,2}"
    r"|recommended(?:\s+(?:for\s+you|stories|reading|articles|posts|videos))?"
    r"|trending(?:\s+(?:now|stories|news|topics|articles))?"
    r"|popular(?:\s+(?:posts|stories|articles|now|today))?"
    r"|(?:latest|recent|top)\s+(?:news|stories|posts|articles|headlines|videos)"
    r"|editor[’']?s[’']?\s+picks?|what\s+to\s+read\s+next|don[’']?t\s+miss|up\s+next|"
    r"(?:also|further)\s+read(?:ing)?|read\s+(?:also|next)|see\s+also|"
    r"(?:previous|next|older|newer)\s+(?:post|article|story|entry)"
)

BLOCK_RULES: tuple[Rule, ...] = (
    # ---- reader comments: these open the comments section (rest of the page is furniture)
    Rule("comment-count", "comments", "reader-comments count line",
         _rx(r"^(?:\d[\d,.]*k?|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
             r"(?:comments?|responses?|replies|thoughts?|reactions?)"
             r"(?:\s+(?:on|to)\s+[“\"'‘«].*)?\s*:?$"),
         max_words=30, starts_comments=True),
    Rule("comments-heading", "comments", "reader-comments heading",
         _rx(r"^(?:(?:reader|readers[’']?|user|latest|top)\s+)?comments?\s*(?:\(\d+\)|\d+)?\s*:?$"
             r"|^discussion\s*(?:\(\d+\)|\d+)\s*$"
             r"|^(?:show|view|load|hide|see|read|open)\s+(?:all\s+)?(?:\d+\s+)?comments?\b.{0,20}$"
             r"|^join\s+the\s+(?:discussion|conversation|debate)\b.{0,30}$"
             r"|^comments?\s+(?:are|is)\s+(?:closed|disabled)\.?$"
             r"|^(?:powered\s+by\s+disqus|sort\s+by\s+(?:best|newest|oldest|top))\b.{0,20}$"),
         max_words=8, starts_comments=True),
    Rule("commenter-says", "comments", "reader comment header (\"name says:\")",
         _SAYS, max_words=12, check=_says_is_comment, starts_comments=True),
    Rule("comment-meta", "comments", "reader comment votes, time or reply button",
         _rx(r"^\d+\s+(?:points?|likes?|votes?)\b.{0,40}$"
             r"|^\S.{0,40}\s[•·]\s*\d+\s+\w+\s+ago$"
             r"|^(?:↳\s*)?(?:reply|report(?:\s+comment)?|flag(?:\s+as\s+inappropriate)?)"
             r"(?:\s*[↓•·|]\s*(?:share|reply|report)?)*\s*[↓›]?$"),
         max_words=10),
    # ---- comment form
    Rule("leave-a-reply", "comment-form", "comment form heading",
         _rx(r"^(?:leave|post|add|write|submit)\s+(?:a|your|new)?\s*"
             r"(?:reply|comment|response)\b.{0,20}$"),
         max_words=8, starts_comments=True),
    Rule("comment-form-notice", "comment-form", "comment form notice",
         _rx(r"^(?:your\s+email\s+(?:address\s+)?will\s+(?:not|never)\s+be\s+"
             r"(?:published|shared|displayed)"
             r"|required\s+fields\s+are\s+marked"
             r"|you\s+must\s+be\s+(?:logged\s+in|registered)\s+to\s+(?:post|leave)\s+a\s+comment"
             r"|save\s+my\s+name,?\s+e-?mail"
             r"|notify\s+me\s+of\s+(?:follow-?up\s+comments|new\s+(?:comments|posts|replies))"
             r"|this\s+site\s+uses\s+akismet|logged\s+in\s+as\b"
             r"|(?:log\s*in|sign\s*in)\s+(?:or\s+(?:register|sign\s*up)\s+)?to\s+"
             r"(?:post|leave|add|write)\s+(?:a\s+)?comments?)"),
         max_words=30, starts_comments=True),
    Rule("comment-form-field", "comment-form", "comment form field or button",
         _rx(r"^(?:(?:name|e-?mail(?:\s+address)?|comment|message|website)\s*\*"
             r"|website|cancel\s+reply|log\s+in\s+to\s+reply|(?:post|submit)\s+comment)\s*:?$"),
         max_words=4),
    # ---- consent banners
    Rule("cookie-banner", "consent-banner", "cookie consent banner",
         _rx(r"\b(?:this|our)\s+(?:web\s?)?site\s+(?:uses|stores|is\s+using|use|places|sets)\s+"
             r"(?:\w+\s+){0,2}cookies\b"
             r"|^(?:we|this\s+site)\s+(?:use|uses|are\s+using)\s+cookies\b"
             r"|^we\s+(?:value|care\s+about|respect)\s+your\s+privacy\b"
             r"|^we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b.{0,300}"
             r"\b(?:cookies|device|personal\s+data|consent)\b"
             r"|^by\s+(?:continuing\s+to\s+(?:use|browse)|using|clicking)\b.{0,200}"
             r"\b(?:cookies?|privacy\s+policy)\b"),
         max_words=150),
    Rule("consent-button", "consent-banner", "cookie consent button",
         _rx(r"^(?:(?:accept|reject|decline|allow|deny|refuse)(?:\s+(?:all|necessary|essential|"
             r"selected|optional))?(?:\s+cookies)?|i\s+(?:agree|accept)|got\s+it!?"
             r"|manage\s+(?:cookies|options|preferences|settings|consent|my\s+preferences)"
             r"|(?:cookie|privacy|consent)\s+(?:settings|preferences|options|notice)"
             r"|customi[sz]e\s+(?:settings|cookies)|do\s+not\s+sell\s+my\s+(?:personal\s+)?info"
             r"(?:rmation)?|your\s+privacy\s+choices)$"),
         max_words=6),
    # ---- newsletter sign-up and paywall prompts
    Rule("newsletter-pitch", "newsletter", "newsletter sign-up",
         _rx(r"^(?:sign\s*up|subscribe|join|get|receive|never\s+miss)\b.{0,160}"
             r"\b(?:newsletters?|inbox|mailing\s+list|e-?mail\s+(?:updates|alerts|list))\b"
             r"|^thanks?\s+(?:you\s+)?for\s+reading\b.{0,200}\bsubscribe"
             r"|\bsubscribe\s+(?:for\s+free|now|today)\s+to\s+(?:receive|get|support)\b"),
         max_words=35),
    Rule("newsletter-button", "newsletter", "newsletter or subscription prompt",
         _rx(r"^(?:subscribe|sign\s*up|newsletter|register)"
             r"(?:\s+(?:now|here|today|for\s+free|free))?[!.]?$"
             r"|^enter\s+your\s+e-?mail\b.{0,60}$"
             r"|^(?:already\s+a\s+subscriber|not\s+a\s+subscriber"
             r"|become\s+a\s+(?:member|subscriber)"
             r"|thank\s+you\s+for\s+subscribing|subscribe\s+to\b)\b.{0,80}$"),
         max_words=14),
    # ---- advertisements
    Rule("advertisement", "advertisement", "advertisement marker",
         _rx(r"^[-–—\s]*(?:advertisement|advertising|advert|ads?"
             r"|sponsored(?:\s+(?:content|links?|stories|by\b.{0,40}))?"
             r"|promoted(?:\s+(?:content|stories|links))?"
             r"|paid\s+(?:content|post|partner\s+content)"
             r"|(?:story\s+)?continues\s+below(?:\s+advertisement)?"
             r"|continue\s+reading\s+(?:the\s+main\s+story\s+)?below"
             r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?"
             r"|ads?\s+by\s+\w+)[-–—\s]*$"),
         max_words=8),
    # ---- excerpt / truncation notices
    Rule("read-full-article", "truncation-notice", '"Read the full article" link',
         _rx(r"^(?:read|view|see|get)\s+(?:the\s+)?(?:full|whole|entire|complete|original|"
             r"rest\s+of\s+(?:the|this))\s+(?:article|story|post|report|piece|text|interview|"
             r"analysis|column)\b.{0,60}$"
             r"|^(?:this\s+(?:is\s+an?|article\s+is\s+an?)\s+(?:excerpt|extract)"
             r"|the\s+full\s+(?:article|story)\s+(?:is\s+)?(?:available|continues))\b.{0,120}$"),
         max_words=25),
    Rule("continue-reading", "truncation-notice", '"Continue reading" link',
         _rx(r"^(?:continue\s+reading|keep\s+reading|read\s+more)"
             r"(?:\s+(?:the\s+)?(?:article|story|post))?(?:\s+(?:at|on|from)\s+.{1,40})?"
             r"\s*(?:…|\.\.\.|→|»|>+)?$"),
         max_words=10),
    # ---- share bars and social links
    Rule("share-buttons", "share-links", "share buttons",
         _rx(rf"^{_SHARE_WORD}(?:[\s|•·,/:()]+{_SHARE_WORD})*[\s|•·,/:()]*$"), max_words=14,
         check=_has_letters),
    Rule("share-prompt", "share-links", "share link",
         _rx(r"^(?:share|tweet|post|e-?mail|send|pin|print)\s+(?:this|the|on|via|to|with|it)\b"
             r"[^.!?]{0,60}$|^click\s+to\s+(?:share|e-?mail|print|tweet)\b.{0,80}$"),
         max_words=12),
    Rule("follow-us", "share-links", "social media follow link",
         _rx(r"^follow\s+(?:us|me|him|her|them|@\S+)\s+on\b[^.]{0,60}\.?$"), max_words=12),
    # ---- related / recommended links
    Rule("related-header", "related-links", "related-posts header",
         _rx(rf"^(?:{_RELATED_HEADER})\s*[:»›>]*$"), max_words=8, claims="titles"),
    Rule("related-link", "related-links", "link to another article",
         _rx(r"^(?:read\s+(?:more|also|next)|see\s+also|related|also\s+read|more"
             r"|(?:previous|next)(?:\s+(?:post|article|story))?)\s*[:»›|–—]\s*\S.{0,160}$"),
         max_words=25),
    # ---- navigation
    Rule("back-to-top", "link-list", "back-to-top link",
         _rx(r"^(?:[↑⬆▲^]\s*)?(?:(?:back|go|return|scroll|jump|skip)\s+(?:to\s+)?(?:the\s+)?"
             r"top|on\s+top|top)(?:\s+of\s+(?:the\s+)?page)?\s*[↑⬆▲^]?$"),
         max_words=6),
    Rule("navigation", "link-list", "navigation link",
         _rx(r"^(?:(?:skip|jump)\s+to\s+(?:(?:the\s+)?main\s+)?(?:content|navigation|menu|search)"
             r"|toggle\s+navigation|main\s+menu|menu|search|home)$"),
         max_words=5),
    # ---- tags and categories
    Rule("tag-list", "tag-list", "tag list",
         _rx(r"^(?:(?:tags?|keywords|topics|hashtags)\s*(?::|$)|tagged(?:\s+(?:with|in|as|under))?"
             r"\s*:?)\s*(?P<items>.*)$"),
         max_words=40, check=_items_ok, claims="labels"),
    Rule("category-list", "category-list", "category list",
         _rx(r"^(?:(?:categor(?:y|ies)|sections?)\s*(?::|$)|(?:filed|posted|listed|published)\s+"
             r"(?:in|under)\s*:?)\s*(?P<items>.*)$"),
         max_words=40, check=_items_ok, claims="labels"),
    # ---- attribution ("republished from")
    Rule("attribution", "attribution", "source attribution",
         _rx(r"^(?:(?:source|sources|via|from|courtesy(?:\s+of)?)\s*:"
             r"|(?:this\s+(?:article|story|post|piece)\s+)?(?:was\s+)?(?:first|originally)\s+"
             r"(?:published|appeared)\s+(?:at|in|on|by)"
             r"|(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?(?:from|by)"
             r"|syndicated\s+from)\s*(?P<via>\S.{0,80}?)\s*[.…]?$"),
         max_words=16, check=lambda b, i, m: _words(m.group("via")) <= 8),
    # ---- bylines and date lines
    Rule("byline", "byline", "byline",
         re.compile(rf"^(?i:(?:(?:written|posted|reported|story|words|text)\s+)?by|author)\s*:?\s+"
                    rf"(?P<author>{_ONE_NAME}(?:\s+(?:and|&)\s+{_ONE_NAME})*)"
                    r"(?P<trailer>\s*(?:[,|•·–—-]|\s(?i:on|for|in|at)\s).{0,80})?$"),
         max_words=20, check=_byline_trailer_ok),
    Rule("submitted-by", "byline", "byline with a user name",
         _rx(rf"^(?:submitted|posted|published|written)\s+by\s+(?:(?P<author>{NAME})|\S+)"
             r"\s+(?:on|at)\s+[^.!?]{0,40}\d[^.!?]{0,30}$"),
         max_words=16),
    Rule("name-above-date", "byline", "author name above the date",
         re.compile(rf"^(?P<author>{NAME})$"), max_words=4, check=_date_follows),
    Rule("wire-credit", "byline", "wire-service reporting credit",
         _rx(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b.{0,200}\)?$"),
         max_words=40),
    Rule("date-line", "byline", "publication date line", _DATE_LINE, max_words=16),
    # ---- copyright
    Rule("copyright", "copyright", "copyright notice",
         _rx(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|\ball\s+rights\s+reserved\b"),
         max_words=35),
    # ---- author bio header
    Rule("about-the-author", "author-bio", "author bio heading",
         _rx(r"^(?:about\s+the\s+(?:author|writer|contributor)s?|author\s+bio(?:graphy)?"
             r"|the\s+author)\s*:?$"),
         max_words=5, claims="block"),
)

# An author bio: a 2-4 word proper name, then "is a/an/the ..." and a writer's role, or a verb
# that says what the writer covers ("writes about ...", "reports on ... for ...").
_ROLES = (r"analyst|journalist|correspondent|reporter|editor|writer|contributor|fellow|researcher|"
          r"columnist|author|commentator|blogger|freelancer|freelance|producer|scholar|professor|"
          r"lecturer|photojournalist")
_BIO = re.compile(
    rf"^(?P<author>{NAME})(?:\s*\([^)]{{1,40}}\))?(?:,\s*[^,]{{1,60}},)?\s+"
    rf"(?:(?i:is|was|has\s+been|serves\s+as|works\s+as)\s+(?i:a|an|the)?\b[^.]{{0,100}}?"
    rf"\b(?i:{_ROLES})s?\b|(?i:writes|reports|blogs|covers)\s+(?i:about|on|for|from)\b)")
#: A bio is about the writer; a paragraph that quotes or reports someone is story.
_REPORTING = re.compile(r"[“”\"]|\b(?:said|says|told|according\s+to)\b")

# A wire dateline: "BEIRUT (Reuters) - ...", "Beirut, Aug 30 (AFP) - ...", "WASHINGTON — ...".
_CITY = (r"(?!(?:The|A|An|In|On|At|As|For|After|Before|When|While|But|And|This|That)\b)"
         r"[A-Z][A-Za-z.'’-]*(?:[ -][A-Z][A-Za-z.'’-]*){0,3}")
_DATELINE_AGENCY = re.compile(
    rf"^(?P<city>{_CITY}(?:,\s*{_CITY})?)"
    rf"(?:,\s*(?i:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&/'’-]{1,30})\)\s*[-–—:]+\s*\S")
_DATELINE_CAPS = re.compile(r"^(?P<city>[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+){0,3}"
                            r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)\s+[–—]\s+\S")

_TRAILING_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*$")

# Footer words that make a trailing run of labels site navigation rather than categories.
_NAV_WORDS = re.compile(r"(?i)^(?:home|about(?:\s+us)?|contact(?:\s+us)?|privacy(?:\s+policy)?|"
                        r"terms(?:\s+.*)?|advertise.*|careers|sitemap|log\s*in|sign\s*in|faq|"
                        r"subscribe|cookie\s+policy|accessibility)$")


# --------------------------------------------------------------------------------------------
# The passes
# --------------------------------------------------------------------------------------------

@dataclass
class _Verdict:
    kind: str
    why: str
    rule: Rule | None = None
    match: re.Match[str] | None = None
    bio: bool = False  # the paragraph is the author's bio (not merely its heading)


def _apply_block_rules(blocks: Sequence[Block]) -> list[_Verdict | None]:
    """Pass 1: try each rule of :data:`BLOCK_RULES` in order; the first that matches decides."""
    verdicts: list[_Verdict | None] = []
    for i in range(len(blocks)):
        verdict = None
        words = _words(blocks[i].text)  # once per block: most rules only look at short blocks
        for rule in BLOCK_RULES:
            if words > rule.max_words:
                continue
            m = rule.match(blocks, i, words)
            if m is not None:
                verdict = _Verdict(rule.kind, rule.why, rule, m)
                break
        verdicts.append(verdict)
    return verdicts


def _claim_following(blocks: Sequence[Block], verdicts: list[_Verdict | None]) -> None:
    """Pass 2: a header with nothing after it on its line owns the short blocks that follow.

    "Tags" or "Categories" on a line of its own is followed by one label per line; "Related
    posts" by article titles; "About the author" by the bio. The claim ends at the first block
    that does not fit (a real paragraph), so a header in the middle of a page cannot eat story.
    """
    fits_by_claim: dict[str, Callable[[str], bool]] = {
        "labels": _is_label, "titles": _is_title, "block": lambda text: _words(text) <= 120}
    for i, verdict in enumerate(list(verdicts)):
        rule = verdict.rule if verdict is not None else None
        if rule is None or rule.claims is None or verdict.match is None:
            continue
        if "items" in rule.pattern.groupindex and (verdict.match.group("items") or "").strip():
            continue  # the list is on the header's own line
        fits = fits_by_claim[rule.claims]
        for j in range(i + 1, len(blocks)):
            other = verdicts[j]
            if other is not None:
                if rule.claims == "block" or other.kind not in (rule.kind, "advertisement"):
                    break  # another piece of furniture starts: the list has ended
                continue  # an advert or a second header of the same kind does not end it
            if not fits(blocks[j].text):
                break
            if rule.claims == "block":
                verdicts[j] = _Verdict(rule.kind, "author bio", None, _BIO.search(blocks[j].text),
                                       bio=True)
                break
            verdicts[j] = _Verdict(rule.kind, f"{rule.why}: item")


def _label_runs(blocks: Sequence[Block], indices: list[int]) -> list[list[int]]:
    """Runs of three or more label-like blocks among ``indices`` (menus, categories, link lists).

    Blocks already removed between them do not interrupt a run (``indices`` skips them), and a run
    is broken by any remaining block that is not a label.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i in indices:
        if _is_label(blocks[i].text):
            current.append(i)
            continue
        if len(current) >= 3:
            runs.append(current)
        current = []
    if len(current) >= 3:
        runs.append(current)
    return runs


def _run_kind(blocks: Sequence[Block], run: list[int], trailing: bool) -> tuple[str, str]:
    """Categories when the run ends the page and has no site-navigation words, else a link list."""
    if trailing and not any(_NAV_WORDS.match(blocks[i].text) for i in run):
        return "category-list", "run of short category labels at the end of the page"
    return "link-list", "run of short link labels (menu or link list)"


def _mark_comments_section(blocks: Sequence[Block], verdicts: list[_Verdict | None]) -> None:
    """Pass 3: once reader comments start, the rest of the page is comments and page furniture.

    The section starts at the first block whose rule has ``starts_comments`` (a comment count, a
    "Leave a Reply" form, a "name says:" header), but only after the story has begun: WordPress
    themes also print "3 Comments" under the headline. In the section, blocks no rule recognised
    are reader comments, except runs of short labels (the category list that themes print last).
    """
    start = None
    seen_prose = False
    for i, verdict in enumerate(verdicts):
        if verdict is None:
            seen_prose = seen_prose or _is_prose(blocks[i].text)
        elif seen_prose and verdict.rule is not None and verdict.rule.starts_comments:
            start = i
            break
    if start is None:
        return
    for i in range(start + 1, len(blocks)):
        verdict = verdicts[i]
        if verdict is not None and verdict.rule is not None and verdict.rule.name == "date-line":
            verdicts[i] = _Verdict("comments", "reader comment date")
    rest = [i for i in range(start + 1, len(blocks)) if verdicts[i] is None]
    for run in _label_runs(blocks, rest):
        kind, why = _run_kind(blocks, run, trailing=run[-1] == rest[-1])
        for i in run:
            verdicts[i] = _Verdict(kind, why)
    for i in rest:
        if verdicts[i] is None:
            verdicts[i] = _Verdict("comments", "inside the reader-comments section")


def _find_headline(blocks: Sequence[Block], verdicts: list[_Verdict | None],
                   find_headline: bool) -> int | None:
    """Pass 4: the headline, then link lists among what is left.

    The headline is the first block no rule removed. If that block is part of a run of short
    labels it is a menu entry, not a headline, and the headline is the first block after the run.
    A block of more than 40 words is running text, not a headline: then there is none.

    Runs count the navigation links a rule already removed ("Home", "Menu"), so a menu of "Home"
    plus two section names is recognised; only the blocks no rule claimed are relabelled.
    """
    remaining = [i for i, v in enumerate(verdicts) if v is None]

    def runs_among(indices: list[int]) -> list[list[int]]:
        known_links = [i for i, v in enumerate(verdicts)
                       if v is not None and v.kind == "link-list" and _is_label(blocks[i].text)]
        return _label_runs(blocks, sorted(set(indices) | set(known_links)))

    headline = None
    if find_headline and remaining:
        menu = next((run for run in runs_among(remaining) if remaining[0] in run), [])
        after = [i for i in remaining if i not in menu]
        if after and _words(blocks[after[0]].text) <= 40:
            headline = after[0]
    story = [i for i in remaining if i != headline]
    for run in runs_among(story):
        kind, why = _run_kind(blocks, run, trailing=not any(i > run[-1] for i in story))
        for i in run:
            if verdicts[i] is None:
                verdicts[i] = _Verdict(kind, why)
    return headline


def _find_bio(blocks: Sequence[Block], verdicts: list[_Verdict | None],
              headline: int | None) -> None:
    """Pass 5: an author bio among the last two story paragraphs.

    A bio is short (one or two sentences) and reads "<Two To Four Names> is a/an/the ...
    analyst/journalist/editor/...". Story paragraphs about people ("X is the leader of Y") do not
    name a writer's role, and only the end of the story is searched.
    """
    story = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    for i in story[-2:]:
        text = blocks[i].text
        m = _BIO.search(text)
        if m and _sentences(text) <= 2 and _words(text) <= 60 and not _REPORTING.search(text):
            verdicts[i] = _Verdict("author-bio", "author bio", None, m, bio=True)


def _dateline(text: str) -> tuple[str | None, str | None]:
    """The city and wire agency of a dateline opening the first paragraph, if there is one."""
    m = _DATELINE_AGENCY.search(text)
    if m and _words(m.group("agency")) <= 4:
        return m.group("city").strip(), m.group("agency").strip()
    m = _DATELINE_CAPS.search(text)
    if m:
        return m.group("city").strip(), None
    return None, None


def _clean_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"^[\s:–—-]+|[\s.,;:…–—-]+$", "", value)
    return value or None


def clean_blocks(blocks: list[Block], *, find_headline: bool = True) -> CleanedText:
    """Sort paragraphs into headline, story and removed furniture, and collect metadata.

    ``find_headline`` is False when the caller already knows the headline (Markdown heading, HTML
    title); then every block that is not furniture is story.
    """
    blocks = list(blocks)
    verdicts = _apply_block_rules(blocks)
    _claim_following(blocks, verdicts)
    _mark_comments_section(blocks, verdicts)
    headline = _find_headline(blocks, verdicts, find_headline)
    _find_bio(blocks, verdicts, headline)

    paragraphs: list[Block] = []
    removed: list[Removed] = []
    author = via = author_bio = bio_author = None
    reasons: list[str] = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if i == headline:
            continue
        if verdict is None:
            paragraphs.append(block)
            continue
        removed.append(Removed(verdict.kind, block.text, block.line, verdict.why))
        groups = verdict.match.groupdict() if verdict.match else {}
        if verdict.kind == "byline" and groups.get("author") and author is None:
            author = _clean_value(groups["author"])
        elif verdict.kind == "attribution" and groups.get("via") and via is None:
            via = _clean_value(groups["via"])
        elif verdict.bio and author_bio is None:
            author_bio = block.text
            bio_author = _clean_value(groups.get("author"))
        elif verdict.kind == "truncation-notice" and verdict.why not in reasons:
            reasons.append(verdict.why)
    author = author or bio_author

    dateline = None
    if paragraphs:
        dateline, agency = _dateline(paragraphs[0].text)
        via = via or agency
    if paragraphs and _TRAILING_ELLIPSIS.search(paragraphs[-1].text):
        reasons.insert(0, 'last paragraph ends with "…"')

    head = blocks[headline] if headline is not None else None
    return CleanedText(
        headline=head.text if head else None,
        headline_line=head.line if head else None,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        author=author,
        author_bio=author_bio,
        via=via,
        dateline=dateline,
        excerpt=bool(reasons),
        excerpt_reason="; ".join(reasons) or None,
    )


def clean_text(text: str, *, find_headline: bool = True) -> CleanedText:
    """:func:`split_blocks` then :func:`clean_blocks`."""
    return clean_blocks(split_blocks(text), find_headline=find_headline)

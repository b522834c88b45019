"""The comment form and reader comments. A comments heading or count opens the comments section:
the rest of the page is furniture (``starts_comments``), so these rules ask for the shape of a
comment system, not only its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
    compile_re2,
    group,
    words,
)
from generator.content.cleaning.rules.patterns import (
    AGO,
    DATE,
    EDGE,
    TIME,
    alternation,
)
from generator.text import furniture_words as F

_TIMESTAMP = compile_re2(ci(rf"^{EDGE}(?:(?:on|at|posted|published)\s+)?"
                              rf"(?:{DATE}(?:,?\s*(?:at\s+)?{TIME})?|{TIME}|{AGO})\s*$"))


_SAYS_WORDS = (r"(?:says|said|wrote|writes|commented|replied|dice|dit|sagt|schreibt|escribió"
               r"|napisał)")


SAYS = ci(r"^(?P<bullet>[•·*▪◦‣>–-]\s*)?(?P<who>[^\s:•][^:]{0,50}?)\s+"
           rf"{_SAYS_WORDS}\s*:(?P<when>\s*\S.{{0,40}})?$")


_SAYS_RX = compile_re2(SAYS)


def _says_is_comment(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A "name says:" line is a reader comment's header, not a story line introducing a quote.

    Story text may say "The minister says:" before a quotation, so the line must look like a
    comment system's: a bullet in front, a user name (lower case, digits, underscores), a date or
    time on the line or right after it, or another such line nearby.
    """
    who, when = group(m, "who") or "", group(m, "when") or ""
    if group(m, "bullet") or any(c.isdigit() for c in when):
        return True
    if re.search(r"[\d_@]", who) or who[:1].islower():
        return True
    if i + 1 < len(blocks) and _TIMESTAMP.search(blocks[i + 1].text):
        return True
    nearby = [*blocks[max(0, i - 20):i], *blocks[i + 1:i + 21]]
    return any(words(b.text) <= 8 and _SAYS_RX.search(b.text) for b in nearby)


def _structure_follows(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A heading that other pages use as a crosshead ("Reactions", "Discussion") opens reader
    comments only when comment structure follows: a commenter line, a relative time, a form."""
    for j in range(i + 1, min(len(blocks), i + 4)):
        text = blocks[j].text
        if _TIMESTAMP.search(text) or (words(text) <= 12 and _SAYS_RX.search(text)):
            return True
        hit = table.matches(blocks, j, page)
        if hit is not None and hit.kind in ("comments", "comment-form"):
            return True
    return False


_COMMENTS = alternation([p for table in (F.COMMENTS_SURE, F.COMMENTS)
                         for ps in table.values() for p in ps])


_COMMENT_BUTTON = alternation(F.all_phrases(F.COMMENT_BUTTON))
_STRONG_COMMENTS = alternation([p for ps in F.COMMENTS_SURE.values() for p in ps])


_COUNT_WORDS = (r"(?:comments?|responses?|replies|thoughts?|reactions?|commentaires?|"
                r"kommentare?|comentarios?|commenti|comentários|komentarz[ey]?|reacties|"
                r"komentář[eů]?|تعليقات?|प्रतिक्रिया|댓글|개의\s+댓글)")


#: "No comment" on a line of its own is a quotation; "No comments" (plural) is the count.
_NUMBER_WORD = r"(?:\d[\d,.]*k?|one|two|three|four|five|six|seven|eight|nine|ten)"


RULES: tuple[Rule, ...] = (
    # ---- comment form
    # the form's request, maybe polite ("Please enter your comment!") or after the site's
    # short call to its readers ("What's your take, readers? Leave a comment!"; spfur12: two
    # sites kept these as the story's last lines)
    Rule("leave-a-reply", "comment-form", "comment form heading",
         ci(r"^(?:[^.!?]{1,40}[?!]\s+)?(?:please\s+)?(?:leave|post|add|write|submit|enter)\s+"
             r"(?:a|your|new)?\s*(?:reply|comment|response)\b.{0,20}$"),
         max_words=10, starts_comments=True),
    Rule("comment-form-notice", "comment-form", "comment form notice",
         ci(r"^(?:your\s+email\s+(?:address\s+)?will\s+(?:not|never)\s+be\s+"
             r"(?:published|shared|displayed)"
             r"|required\s+fields\s+are\s+marked"
             r"|you\s+must\s+be\s+(?:logged\s+in|registered)\s+to\s+(?:post|leave)\s+a\s+comment"
             r"|save\s+my\s+name,?\s+e-?mail"
             r"|notify\s+me\s+of\s+(?:follow-?up\s+comments|new\s+(?:comments|posts|replies))"
             r"|this\s+site\s+uses\s+akismet|logged\s+in\s+as\b"
             r"|(?:log\s*in|sign\s*in)\s+(?:or\s+(?:register|sign\s*up)\s+)?to\s+"
             r"(?:post|leave|add|write)\s+(?:a\s+)?comments?"
             r"|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publiée"
             r"|ihre\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht"
             r"|tu\s+dirección\s+de\s+correo\s+electrónico\s+no\s+será\s+publicada"
             r"|il\s+tuo\s+indirizzo\s+email\s+non\s+sarà\s+pubblicato"
             r"|o\s+seu\s+endereço\s+de\s+e-?mail\s+não\s+será\s+publicado"
             r"|twój\s+adres\s+e-?mail\s+nie\s+zostanie\s+opublikowany"
             r"|je\s+e-?mailadres\s+wordt\s+niet\s+gepubliceerd)"),
         max_words=80, starts_comments=True),
    Rule("comment-form-field", "comment-form", "comment form field or button",
         ci(r"^(?:(?:name|e-?mail(?:\s+address)?|comment|message|website|nom|kommentar|nombre"
             r"|comentario|commento|nome|imię)\s*\*"
             r"|website|cancel\s+reply|log\s+in\s+to\s+reply|(?:post|submit)\s+comment"
             r"|(?:envoyer|laisser)\s+(?:le|un)\s+commentaire|kommentar\s+abschicken"
             r"|publicar\s+comentario|invia\s+commento)\s*:?$"),
         max_words=4),
    # ---- reader comments: these open the comments section (rest of the page is furniture)
    Rule("comment-count", "comments", "reader-comments count line",
         ci(rf"^{EDGE}{_NUMBER_WORD}\s+{_COUNT_WORDS}(?:\s+(?:on|to|sur|zu|en|su)\s+[“\"'‘«].*)?"
             rf"\s*:?$|^{EDGE}{_COUNT_WORDS}\s*[(\[]?\s*\d+\s*[)\]]?\s*:?$"),
         max_words=30, starts_comments=True),
    Rule("comments-heading", "comments", "reader-comments heading",
         ci(rf"^{EDGE}(?:(?:latest|top|all|\d+)\s+)?{_STRONG_COMMENTS}{EDGE}"
             r"(?:\(\d+\)|\d+)?\s*:?$"
             r"|^(?:show|view|load|hide|see|read|open)\s+(?:all\s+)?(?:\d+\s+)?comments?\b.{0,20}$"
             r"|^sort\s+by\s+(?:best|newest|oldest|top)\b.{0,20}$"),
         max_words=8, starts_comments=True),
    # "Commenter", "Kommentare anzeigen": a button of the bar, not the comments' heading (it
    # claims nothing after it: a bar under the title has the story after it)
    Rule("comment-button", "comments", "a button opening the comments",
         ci(rf"^{EDGE}{_COMMENT_BUTTON}{EDGE}(?:\(\d+\)|\d+)?$"), max_words=6),
    Rule("comments-heading-weak", "comments", "reader-comments heading (comments follow)",
         ci(rf"^{EDGE}{_COMMENTS}{EDGE}(?:\(\d+\)|\d+)?\s*:?$"),
         max_words=8, starts_comments=True, check=_structure_follows),
    Rule("commenter-says", "comments", "reader comment header (\"name says:\")",
         SAYS, max_words=12, check=_says_is_comment, starts_comments=True),
    Rule("commenter-time", "comments", "reader comment header (name and how long ago)",
         ci(rf"^(?P<who>[^\s].{{0,40}}?)\s*[·•|,–—-]\s*{AGO}$"),
         max_words=10, starts_comments=True),
    Rule("comment-meta", "comments", "reader comment votes, time or reply button",
         ci(r"^\d+\s+(?:points?|likes?|votes?|upvotes?)\b.{0,40}$"
             r"|^(?:↳\s*)?(?:reply|report(?:\s+comment)?|flag(?:\s+as\s+inappropriate)?"
             r"|répondre|antworten|responder|rispondi|odpowiedz|beantwoorden|odpovědět|답글)"
             r"(?:\s*[↓•·|]\s*(?:share|reply|report)?)*\s*[↓›]?$"),
         max_words=10),
)

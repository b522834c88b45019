"""Links to elsewhere: share bars and follow prompts, related and recommended links, reaction
prompts and counters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
)
from generator.content.cleaning.rules.patterns import (
    COUNTER,
    EDGE,
    READ_MORE,
    WORD,
    alternation,
)
from generator.content.headline_address import slug_share
from generator.text import furniture_words as F


def _has_letters(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    return bool(re.search(r"[^\W\d_]{2,}", m.string[m.start():m.end()]))


def _pager(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """"3 of 12", "1 / 7" count pictures: never more than there are ("9 of 4" is none)."""
    return 1 <= int(m.group("n")) <= int(m.group("m"))


def _not_prose(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """For rules on words a story may also use on a line of its own ("More on this"): the block
    must not end like a sentence."""
    return not ends_sentence(blocks[i].text) or blocks[i].text.rstrip().endswith(":")


#: A live page's own title names most of its address' words ("Última hora de los incendios |
#: …" under ".../ultima-hora-incendios-espana"): it is no link to the outlet's live coverage.
MIN_OWN_TITLE_SLUG_SHARE = 0.6


def _not_own_title(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The live teaser is not the page's own title (fur6, a live page's headline)."""
    return not page.slug or slug_share(blocks[i].text, page.slug, page.language) \
        < MIN_OWN_TITLE_SLUG_SHARE


_SHARE = alternation([p for ps in F.SHARE.values() for p in ps])


_SHARE_ITEM = rf"(?:{_SHARE}|\d[\d.,]*k?)"


_RELATED = alternation([p for ps in F.RELATED.values() for p in ps])


#: The "read also" headings of two words or more: a title glued after one with no colon is
#: still a link ("Leggi anche Storm warning for five regions"); a one-word heading
#: ("Related", "Trending") may open a sentence.
_RELATED_PHRASE = alternation([p for ps in F.RELATED.values() for p in ps if " " in p])


_POINTER = alternation([p for ps in F.POINTER.values() for p in ps])


#: A live coverage's label (furniture_words.LIVE_LABEL), with a few words of its own after it
#: ("… de la DANA en València", "… on Sunday"), then a bar or a colon and a title.
_LIVE = alternation(F.all_phrases(F.LIVE_LABEL))


_OWN_VERB = alternation([p for ps in F.OWN_COVERAGE_VERB.values() for p in ps])
_OWN_PAGE = alternation([p for ps in F.OWN_COVERAGE_PAGE.values() for p in ps])


_MINUTES = r"(?:min\.?|mins|minutes?|minuten|minuti|minutos|minut[ay]?|minuut)"


_REACTION = alternation([p for ps in F.REACTION_PROMPT.values() for p in ps])


RULES: tuple[Rule, ...] = (
    # ---- share bars and social links
    Rule("share-buttons", "share-links", "share buttons",
         ci(rf"^{EDGE}{_SHARE_ITEM}(?:[\s|•·,/:()&<>+-]+{_SHARE_ITEM})*[\s|•·,/:()&<>+-]*$"),
         max_words=14, check=_has_letters),
    Rule("share-prompt", "share-links", "share link",
         ci(r"^(?:share|tweet|post|e-?mail|send|pin|print)\s+(?:this|the|on|via|to|with|it)\b"
             r"[^.!?]{0,60}$|^click\s+to\s+(?:share|e-?mail|print|tweet)\b.{0,80}$"
             r"|^(?:partager|teilen|compartir|condividi|compartilhar|udostępnij|delen|sdílet)"
             r"\s+(?:sur|auf|en|su|no|na|op|via|this|cet|dieses|este|esta|questo)\b.{0,60}$"),
         max_words=12),
    Rule("follow-us", "share-links", "social media follow link",
         ci(r"^(?:follow\s+(?:us|me|him|her|them|@\S+)\s+on\b[^.]{0,60}\.?"
             r"|follow\s+(?:(?-i:\p{Lu})\S*\s+){1,3}on\s+(?:" + "|".join(F.NETWORKS)
             + r")\b[^.]{0,40}\.?"
             r"|(?:suivez-nous|folgen\s+sie\s+uns|folge\s+uns|síguenos|seguinos|seguici"
             r"|siga-nos|segue-nos|obserwuj\s+nas|śledź\s+nas"
             r"|volg\s+ons|sledujte\s+nás|تابعونا)\b[^.]{0,60}\.?"
             # the prompt's networks were icons the scraper dropped: "Follow the Courier on",
             # "Siga o Diário no", "Suivez Le Courrier sur" end on the bare preposition (fdev4
             # fresh pages)
             r"|(?:follow|siga|sigue|segui|suivez|folgen\s+sie|folge|volg|obserwuj)"
             r"(?:\s+\S+){1,4}?\s+(?:on|no|na|nas|nos|en|su|sur|auf|op|w)\s*:?)$"),
         max_words=12),
    # a video's or gallery's label before its title ("WIDEO: Storm tears off roofs", "VIDEO |
    # …"): a player or a link to it between paragraphs (fdev4 fresh pages); a picture's label
    # before a credit is the credits' rule
    Rule("media-label-title", "embed", "a video's or gallery's label before its title",
         ci(r"^\W*(?:video|videos|wideo|vídeo|vidéo|audio|podcast|galeria|galería|galerie"
            r"|gallery|fotogaleria|fotostrecke)\s*[:：|]\s*[\pL\pN«\"“„][^\n]{2,150}$"),
         max_words=20),
    # ---- related / recommended links
    # a teaser with its label after it ("Konstanz How the heat slows the trains You might also
    # like"): the label of two words or more closes the line, three words of a teaser before
    # it ("À lire aussi" alone is the header's) (fdev4 fresh pages)
    Rule("related-label-after", "related-links", "a link to another article, its label after it",
         ci(rf"(?:\S+\s+){{3,}}{_RELATED_PHRASE}{EDGE}$"), max_words=24, check=_not_prose),
    Rule("related-header", "related-links", "related-stories heading",
         ci(rf"^{EDGE}{_RELATED}(?:\s+{WORD}+){{0,3}}{EDGE}$"),
         max_words=8, claims="titles", check=_not_prose),
    Rule("related-link", "related-links", "link to another article",
         ci(rf"^{EDGE}(?:{_RELATED}|read\s+more|more|(?:previous|next)(?:\s+(?:post|article|story))?"
             r")\s*[:»›|–—>-]\s*\S.{0,160}$"
             # "Leia mais: <title>": the other languages' "read more" before a title that opens
             # on a capital or a digit
             rf"|^{EDGE}{READ_MORE}\s*[:»›|–—>]\s*(?-i:[\p{{Lu}}\pN]).{{0,160}}$"
             # "Read: <title>", "ZOBACZ: <title>": the bare pointer needs its colon and a title
             # that starts with a capital or a digit, and no quotation mark before it (a quoted
             # "See: …" is someone speaking)
             rf"|^[^\w\"“„«'‘’]*(?:{_POINTER})\s*[:：]\s*(?-i:[\p{{Lu}}\pN]).{{0,160}}$"
             # a heading of two words or more and the title glued after it without a colon: a
             # capital next, no quotation in it and no full stop, question or quotation mark at
             # the end (round 17): "Also on Monday, the mayor said: “…”" is story; nor a
             # sentence's end inside it, nor a colon, semicolon, comma or ellipsis at its end,
             # which no title ends on (review 7: "Zum Thema Flut sagte er:" opens a list)
             # (a question inside the title before its second part, "… inondations ? Quelques
             # consignes": round 24 on fresh pages)
             rf"|^[^\w\"“„«'‘’]*{_RELATED_PHRASE}\s+(?-i:[\p{{Lu}}\pN])"
             rf"(?:[^\"“”„«».!?]|[.!?][^\s\"“”„«»]|\?\s+(?-i:\p{{Lu}})){{0,160}}"
             r"[^.!?:;,…\"“”«»’'\s]\s*$"),
         max_words=25),
    # a link to the outlet's live coverage: its label and a few words, a bar or a colon, then a
    # title opening on a capital or a digit and closing on no sentence end ("🔴 Última hora de
    # <event> | <title>", "The Latest on Sunday: <title>": fdev3 on fresh pages). The label
    # alone is a crosshead; before a sentence with its full stop, or quoted, it is prose.
    Rule("live-teaser", "related-links", "a link to the outlet's live coverage",
         ci(rf"^[^\w\"“„«'‘’]*{_LIVE}(?:\s+[^\s:|.!?\"“”„«»]+){{0,6}}\s*[:|]\s*"
             r"(?-i:[\p{Lu}\pN])[^\"“”„«»|]{0,160}[^.!?:;,…\"“”«»’'\s]\s*$"),
         max_words=30, check=_not_own_title),
    # "Alle Ergebnisse finden Sie hier.", "You can follow the latest in our live blog.": one
    # sentence, unquoted, sending the reader to the outlet's own pages; the page's link was not
    # kept (round 21 on fresh pages). Someone quoted speaks to a listener, not to the reader.
    Rule("own-coverage", "related-links", "a pointer to the outlet's own coverage",
         ci(rf"^[^\"“”„«».!?]{{0,200}}\b{_OWN_VERB}\b[^\"“”„«».!?]{{0,160}}\b{_OWN_PAGE}"
             r"(?:\s+(?:verfolgen|nachlesen|lesen|finden|sehen|ansehen))?\s*[.!]?$"
             # the formal "Sie" (a capital: "finden sie" is "they find") and "hier" closing it
             r"|^[^\"“”„«».!?]{0,160}\b(?-i:(?:finden|lesen|sehen|verfolgen)\s+Sie\s+hier)"
             r"\s*[.!]?$"
             # or at a web address closing the line ("You can read the first version of this
             # report at https://…": round 27 on fresh pages)
             rf"|^[^\"“”„«».!?]{{0,200}}\b{_OWN_VERB}\b[^\"“”„«»!?]{{0,160}}\s"
             r"(?:https?://|www\.)\S+\s*$"),
         max_words=30),
    # ---- reader reaction prompts
    Rule("reaction-prompt", "reaction-prompt", "reader reaction prompt",
         ci(rf"^{EDGE}{_REACTION}\s*[?？]?{EDGE}$"), max_words=14, claims="buttons"),
    # ---- counters
    Rule("counter", "counter", "view counter or reading time",
         # (a number and its minutes alone on a line, in any language: "3 minuti", "4 minutes",
         # a reading time or a clip's length; a sentence of the story goes on after them)
         ci(rf"^{EDGE}(?:\d[\d,. ]*k?\s*(?:{COUNTER}|{_MINUTES})|{COUNTER}\s*:?\s*[\d:.,]+\s*"
             rf"(?:s|sec|{_MINUTES}|h|m)?"
             rf"|lu\s+[\d\s.,]+\s+fois|listen\s*[·•|:-]?\s*\d{{1,2}}:\d{{2}}(?:\s*min)?){EDGE}$"),
         max_words=8),
    # a gallery's pager alone on its line ("2 di 7", "3 of 12", "4 sur 9": round 24 on fresh
    # pages, where it stood between the paragraphs and after them; "1 / 7", the slash between
    # spaces, over a gallery's first caption: fdev4 fresh pages)
    Rule("gallery-pager", "counter", "a gallery's pager (picture n of m)",
         ci(r"^\s*(?P<n>\d{1,3})(?:\s+(?:of|di|de|sur|von|van|z|na|из)\s+|\s+/\s+)"
            r"(?P<m>\d{1,3})\s*$"), max_words=3, check=_pager),
)

"""When one word between quotation marks is a speaker's word rather than a term or a name, and
how long a statement is. Where quotations are is read by :data:`generator.text.quotation.QUOTE`."""

from __future__ import annotations

import re

from generator.text.lexicon import CLAIM_VERBS
from generator.text.names import NAME_PARTICLES
from generator.text.speech_words import ARTICLES


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w’'-]*", text)


#: Chinese characters and Japanese kana: a script written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
#: Characters of such a script counted as one word when telling a statement from a term: a
#: quoted term or name there runs to seven ("「避難所の開設」", "「警戒区域」"), a clause
#: from eight ("「早く逃げてほしい」").
UNSPACED_WORD = 4


#: A quotation with no speaker is proposed only when it is at least this many words: shorter
#: ones are mostly scare quotes ("a 'pilot project'"), or words shouted or borrowed before the
#: person quoted is named ("ran out crying “fire, fire”. “…”, says a neighbour").
MIN_UNATTRIBUTED_WORDS = 4


def statement_length(text: str) -> int:
    """How many words a quotation holds, for telling a statement from a quoted term: in Chinese
    and Japanese, written without spaces, by :data:`UNSPACED_WORD` characters a word (the
    whole quotation is one run of letters to :func:`words`)."""
    unspaced = sum(len(m.group(0)) for m in _UNSPACED.finditer(text))
    return len(words(_UNSPACED.sub(" ", text))) + unspaced // UNSPACED_WORD


#: Words after a one-word quotation that make it a term being named ("a “mayday” before",
#: "el 'conseller' de"), not a speaker's characterisation ("a “huge” death toll").
_TERM_FOLLOWERS = frozenset({"of", "before", "after", "to", "from", "in", "on", "at", "for",
                             "with", "by", "de", "del", "des", "du", "di", "della", "da", "do",
                             "von", "der", "que", "che", "and", "et", "y", "und", "e"})


#: Languages whose adjectives mostly follow their noun: after an article a one-word quotation
#: there is the noun itself ("un «tourbillon» soudain", "uma “especulação” normal").
_ADJECTIVE_AFTER = frozenset({"fr", "es", "it", "pt", "ca", "ro"})
_EN_ARTICLES = ("a", "an", "the")


#: A verb that characterises, its object and the article before the one word ("called the
#: response a “disgrace”", "branded it an “outrage”", "described it as a “betrayal”"): the word
#: is what the speaker called the thing, no term the writer borrows (the review of stop 28).
_CHARACTERISED = re.compile(rf"\b(?:{CLAIM_VERBS})\b(?:\s+[^\W\d_][\w'’-]*){{0,3}}?"
                            r"(?:\s+as)?\s+(?:a|an|the)\s*$", re.I)


def _after_article(before: str, lang: str) -> bool:
    """Whether the word right before a quotation's opening mark is an article of ``lang``."""
    m = re.search(r"([^\W\d_]+['’]?)\s*$", before)
    return bool(m) and m.group(1).lower() in ARTICLES.get(lang, _EN_ARTICLES)


def characterisation(text: str, close_at: int, body: str, before: str = "",
                     lang: str = "en", follower_free: bool = False) -> bool:
    """May a one-word quotation be a speaker's word? Only a lower-case word (a name or a
    title is capitalised; in a script without case, such as Arabic, the two cannot be told
    apart, so none is taken) that ends its clause ("described it as “catastrophic”.") or
    qualifies the noun after it ("an “unprecedented” phenomenon"). Right after an article
    (``before``, the words before the opening mark) the word is a noun the writer borrows, a
    term ("caused by a “whirlpool”.", "provoqué par un «tourbillon»"): only where adjectives
    stand before their noun may it still qualify the word after it (spent22, fquote: three
    sites had one such noun proposed as a statement). ``follower_free``: the sentence reports
    a speaker's clause (:mod:`generator.extract.speech.short_credit`), so the word after the
    quotation does not make it a term."""
    if not body[:1].islower():
        return False
    nxt = re.match(r"\s*([^\W\d_][\w’'-]*)?", text[close_at:])
    word = nxt.group(1) if nxt else None
    qualifies = word is not None and word.lower() not in _TERM_FOLLOWERS and word[:1].islower()
    if _after_article(before, lang) and not _CHARACTERISED.search(before):
        return qualifies and lang not in _ADJECTIVE_AFTER
    return word is None or qualifies or follower_free


#: The particles a name may hold between its capitalised words ("della", "de", "von").
_PARTICLES = frozenset(p for p in NAME_PARTICLES if p.isalpha())


def title_like(text: str) -> bool:
    """Whether quotation marks hold a name or a title, not a statement: one to four capitalised
    words, with a name's particles between them ("Corriere della Sera", "Journal du Jura"):
    spent22 proposed a newspaper's name, "della" in it, as a statement. Three words or more all
    in capitals are a crosshead set in capitals, not a name (round spspk3)."""
    ws = words(text)
    if len(ws) >= 3 and all(w.isupper() for w in ws):
        return False
    caps = [w for w in ws if w[:1].isupper()]
    return 0 < len(caps) <= 4 and ws[0][:1].isupper() and ws[-1][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _PARTICLES for w in ws)


#: Words that name what the quotation marks hold, right before the opening mark: a report's or
#: an operation's title, a name something is known by ("a report titled “…”", "l'opération
#: baptisée « … »", "mit dem Titel „…“", "bajo el título «…»", "noto come «…»", "batizada de
#: “…”"). The marks hold a title, not a speaker's words, however long it runs (the quotation
#: checklist: every such title was proposed as a statement with no speaker). A verb of naming
#: with its subject and object ("she called it “…”") is a characterisation and is not here.
_TITLE_BEFORE = re.compile(
    # participles and "known as": the marks right after them
    r"(?i:\b(?:(?:en)?titled|named|dubbed|nicknamed|known\s+as|(?:so-)?called"
    r"|intitulée?s?|baptisée?s?|dénommée?s?|surnommée?s?|namens|betitelt"
    r"|titulad[oa]s?|denominad[oa]s?|bautizad[oa]s?|conocid[oa]s?(?:\s+como)?"
    # the adjectives of a name something goes by ("la conocida «ciudad jardín»": trial 27)
    r"|sogenannte[nmrs]?|soi-disant(?:e?s)?|cosiddett[oaie]|zogenaamde?"
    r"|intitolat[oaie]|denominat[oaie]|battezzat[oaie]|chiamat[oaie]|not[oaie]\s+come"
    r"|intitulad[oa]s?|batizad[oa]s?(?:\s+de)?|conhecid[oa]s?\s+como)\s*$"
    # a title's or a name's noun, which a colon may follow ("under the headline: “…”")
    r"|\b(?:under\s+the\s+(?:head(?:line)?|title|name|banner)|with\s+the\s+title"
    r"|sous\s+(?:le\s+titre|le\s+nom\s+de)|(?:mit|unter)\s+dem\s+(?:Titel|Namen)"
    r"|(?:bajo|con)\s+el\s+(?:título|nombre)|(?:dal|con\s+il|sotto\s+il)\s+titolo"
    r"|(?:sob|com)\s+o\s+(?:título|nome))\s*:?\s*$"
    # what a name means, the marks holding its gloss ("whose name means “fire mountain”", "dont
    # le nom signifie « … »", "cuyo nombre significa «…»", "dessen Name wörtlich „…“ bedeutet":
    # trial 29 proposed a volcano's gloss as a statement with no speaker)
    r"|\b(?:name|nom|nombre|nome|word|mot|palabra|parola|palavra)\s+(?:[^\W\d_]+\s+)?"
    r"(?:means|meant|signifie|signifiait|significa|significaba|significava|vuol\s+dire"
    r"|quer\s+dizer|translates\s+(?:as|to)|se\s+traduit\s+par|se\s+traduce\s+como)\s*:?\s*$"
    r"|\b(?:Name|Wort)\s+(?:wörtlich|übersetzt)?\s*$)")


def titled(before: str) -> bool:
    """Whether the words right before a quotation's opening mark name it as a title or a name
    (:data:`_TITLE_BEFORE`)."""
    return bool(_TITLE_BEFORE.search(before[-60:]))


def trim(text: str, start: int) -> tuple[str, int, int]:
    """Strip white space and a trailing comma/colon/full stop; (text, start, end)."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    while body and body[-1] in ",;: ":
        body = body[:-1]
    if body.endswith(".") and not body.endswith("..."):
        body = body[:-1]
    return body, start + lead, start + lead + len(body)

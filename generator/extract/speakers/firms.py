"""Who "the company", "a empresa", "le groupe" or "the energy giant" is when it speaks: the firm
the page named before.

Copy names a firm once, with the noun of what it is ("Shipping firm Nordline", "le groupe
portuaire Transmar", "Nordline, the ferry operator,") or as the source of an earlier
statement ("Segundo a Naval Sul, …"), then lets it speak by that noun or another of its
kind ("The shipping giant said", "disse a empresa"). Left as written, the description is a
speaker no analyst can group with the firm's other statements (sealed set s15: two of seven
wrong speakers). A person's role ("the company's spokesman", "le porte-parole du groupe") is no
firm: its noun is not the head.

A blank or the description as written costs the analyst less than a wrong firm, so only a firm
named within :data:`REACH` characters before the quotation is taken.
"""

from __future__ import annotations

import regex

from generator.text.agencies import agency
from generator.text.firm_words import ANY_FIRM_NOUN
from generator.text.lexicon import FUNCTION_WORDS, PERSON_CUES
from generator.text.masking import mask_quotes
from generator.text.speech_words import ARTICLES, OFFICE_NOUNS

#: How far back a firm's name is looked for (a few paragraphs of copy).
REACH = 3000
_ARTICLES = frozenset().union(*ARTICLES.values())

#: Languages whose word order puts the noun before its adjectives ("le géant italien").
_NOUN_FIRST = frozenset({"fr", "es", "it", "pt"})
#: A description: a definite article, then one to three words, none capitalised but a German
#: noun ("The shipping giant", "a empresa", "le groupe italien", "der Konzern").
_DESCRIPTION = regex.compile(r"(?i:(?P<art>the|le|la|les|el|il|lo|o|a|der|die|das|het|de)\s+|"
                             r"(?P<elided>l['’]))(?P<words>\p{L}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})")
#: A capitalised run that may name a firm: one to four words, "&" or a particle between.
_WORD = r"\p{Lu}[\p{L}\d&’'.-]*"
_NAME = rf"{_WORD}(?:\s+(?:&\s+|(?:de|di|del|do|da|von|van)\s+)?{_WORD}){{0,3}}"
_NOUNS = "|".join(sorted((regex.escape(n) for n in ANY_FIRM_NOUN), key=len, reverse=True))
#: "firm Nordline", "groupe portuaire Transmar", "Varnish utility company Voltara": the noun,
#: up to two lower-case words (adjectives, "de transport"), the name.
_LOWER = r"\p{Ll}[\p{L}-]*"
_NOUN_THEN_NAME = regex.compile(rf"(?i:\b(?:{_NOUNS}))(?P<between>(?:\s+{_LOWER}){{0,2}})"
                                rf"\s+(?P<name>{_NAME})")
#: "Nordline, the ferry operator," / "Voltara, la compagnie".
_NAME_THEN_NOUN = regex.compile(rf"(?P<name>{_NAME}),\s+(?i:the|a|an|le|la|l['’]|el|il|lo|o|"
                                rf"der|die|das|un|une|una|um|uma|ein|eine)?\s*"
                                rf"(?P<between>(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}})(?i:(?:{_NOUNS}))\b")
#: Words between a firm's noun and a name that make the name a person's: the firm's people
#: ("company founder Ana Ruiz", "la société dirigée par Jean Morel") or their office.
_PERSON_BETWEEN = frozenset({"by", "par", "por", "pelo", "pela", "da", "dal", "dalla", "von",
                             "vom", "door", "founder", "founded", "led", "headed", "run",
                             "owned", "chief", "boss", "director", "spokesman", "spokeswoman",
                             "spokesperson", "fondateur", "fondatrice", "dirigée", "dirigé",
                             "fundador", "fundadora", "dirigida", "fondatore", "guidata"}) \
    | frozenset(OFFICE_NOUNS) | frozenset(w.lower() for w in PERSON_CUES)
#: An earlier speaker written with its article, as the Romance languages and German write a
#: firm and not a person ("a Naval Sul", "la Transmar", "die Nordbahn").
_ARTICLE_NAME = regex.compile(rf"(?i:le|la|l['’]|les|el|il|lo|o|a|der|die|das)\s*(?P<name>{_NAME})")


def firm_noun(speaker: str, lang: str) -> str | None:
    """The firm noun a speaker is described by, or None: "The shipping giant" -> "giant",
    "a empresa" -> "empresa", "le groupe italien" -> "groupe", "der Energiekonzern" ->
    "energiekonzern". The noun must be the head: last in English, German and Dutch, first (or
    after one adjective) in the Romance languages; "the company's spokesman" is a person."""
    m = _DESCRIPTION.fullmatch(speaker.strip())
    if m is None:
        return None
    words = m["words"].lower().split()
    if any("'" in w or "’" in w for w in words) or any(w in FUNCTION_WORDS for w in words):
        return None
    heads = words[:2] if lang in _NOUN_FIRST else words[-1:]
    for word in heads:
        if word in ANY_FIRM_NOUN or (lang == "de" and any(
                word.endswith(n) for n in ANY_FIRM_NOUN if len(n) >= 6)):
            return word
    return None


def firm_referent(text: str, at: int, speaker: str, history: list[tuple[int, str]],
                  lang: str) -> str | None:
    """The firm a description speaking at ``at`` stands for: the latest of a name written
    beside a firm noun before ``at`` and an earlier speaker written with its article; None when
    the speaker is no firm's description or no firm was named within :data:`REACH`."""
    if firm_noun(speaker, lang) is None:
        return None
    start = max(0, at - REACH)
    window = mask_quotes(text[start:at])
    options: list[tuple[int, str]] = []
    for pattern in (_NOUN_THEN_NAME, _NAME_THEN_NOUN):
        for m in pattern.finditer(window):
            between = set(m["between"].lower().split())
            if not between & _PERSON_BETWEEN and (name := _firm_name(m["name"])):
                options.append((start + m.start("name"), name))
    for offset, said in history:
        if start <= offset < at and (m := _ARTICLE_NAME.fullmatch(said.strip())) and \
                (name := _firm_name(m["name"])):
            options.append((offset, name))
    return max(options)[1] if options else None


def _firm_name(run: str) -> str | None:
    """A capitalised run as a firm's name: without a sentence's capitalised first word or an
    article, and not a news agency (a credit, not a speaker)."""
    words = run.split()
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _ARTICLES):
        words = words[1:]
    name = " ".join(words).rstrip(".")
    if not name or agency(name):
        return None
    return name

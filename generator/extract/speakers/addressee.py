"""Whom a quotation's words were said to, between an inverted speech verb and its subject
("contó a Radio Norte este vecino", "explique à LCI Paul Vidal"), and the subject after it.
Split from :mod:`generator.extract.speakers.other_speaker` when it reached its size cap (trial
38)."""

from __future__ import annotations

import re

import regex

from generator.extract.speakers.subjects import np_after
from generator.text.speech_words import ARTICLES, POSSESSIVES, QUOTE_CHARS

#: Whom the words were said to, between an inverted verb and its subject: an outlet's name, or
#: an article and a noun ("contó a Radio Norte este vecino", "explique à LCI Paul Vidal",
#: "dijo a los periodistas el jefe de bomberos").
_TO = r"\s*(?:a|à|ao|al|au)\s+"
#: The kinds of broadcaster a name may follow (also read by :func:`addressee_only`).
_CHANNELS = ("cadena", "emisora", "televisión", "radio", "canal", "chaîne", "station",
             "télévision", "rete", "emittente", "televisão", "rádio")
#: A broadcaster named with its kind first: "dijo a la cadena Radio Norte el gobernador, …"
#: (trial 21: the channel was taken for the speaker).
_TO_CHANNEL = (_TO + r"(?:(?:la|le|el|il|a|o|der|die)\s+|l['’])(?:" + "|".join(_CHANNELS) + "|"
               # or a news agency (trial 24: "à l'agence de presse Varnpress une ouvrière")
               r"agence(?:\s+de\s+presse)?|agencia(?:\s+de\s+noticias)?|"
               r"agenzia(?:\s+di\s+stampa)?|agência(?:\s+de\s+notícias)?)\s+"
               r"\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,3}+\s+")
_ADDRESSEES = (regex.compile(_TO_CHANNEL),
               # a broadcaster's kind, an adjective of it and its acronym, then a name of two
               # words or more ("a dit à la télévision publique ERT Anna Berg", trial 42:
               # the acronym was read with the name)
               regex.compile(_TO + r"(?:(?:la|le|el|il|a|o)\s+|l['’])(?:" + "|".join(_CHANNELS)
                             + r")(?:\s+\p{Ll}+)?\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})*"
                             r"\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})"),
               # a broadcaster's acronyms, or its kind and one word, then a name of two words
               # or more: the name speaks ("a dit à BFM TV Paul Roux, …", "ha detto a Radio Uno
               # Marco Neri, …"; chk53b: the channel's last word was read with the name)
               regex.compile(_TO + r"(?:(?:la|le|el|il|a|o)\s+|l['’])?(?:\p{Lu}{2,}"
                             r"(?:\s+\p{Lu}{2,})*|(?i:radio|rádio|canal|rete|cadena|chaîne|emisora)"
                             r"\s+\p{Lu}[\w’'.-]*)"
                             r"\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})"),
               # an outlet's name, its elided article kept ("à l'AFP une rescapée", round 25);
               # an acronym alone ends it ("à l'AFP M. Roux": the name after it speaks)
               regex.compile(_TO + r"(?:l['’])?(?:\p{Lu}{2,}(?!\s+\p{Lu}{2,})|\p{Lu}[\w’'.-]*"
                             r"(?:\s+\p{Lu}[\w’'.-]*){0,3}+)\s+"),
               regex.compile(_TO + r"\p{Ll}+\s+\p{Ll}+\s+"), regex.compile(_TO + r"\p{Ll}+\s+"))


#: Portuguese "a" is the feminine article as well as "to": a role after it with the name in
#: apposition, ending the clause, is the verb's subject ("disse a presidente do Ipam, Ana Lima").
_PT_ROLE_NAME = regex.compile(r"\s*a\s+\p{Ll}+\s[^,.;:]*,\s+(?P<name>\p{Lu}[\w’'-]+"
                              r"(?:\s+\p{Lu}[\w’'-]+)+)\s*(?:[.,;]|$)")


#: A name in apposition closing the clause after a role ("…, Ana Ruiz.").
_NAME_CLOSING = regex.compile(r",\s+(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+)+)\s*(?:[.;]|$)")


#: Portuguese "a" before a noun in the singular is the article that opens the subject
#: ("anunciou a prefeitura desta vila", trial 38: no speaker was read); "to" is "à", and "a"
#: before a plural is "to" ("disse a jornalistas o prefeito").
_PT_ARTICLE = regex.compile(r"\s*a\s+(?=\p{Ll}+(?<!s)\s)")


def after_addressee(rest: str, lang: str) -> str:
    """The subject after whom the words were said to, in ``rest`` (the words after an inverted
    speech verb), when a name or a determiner opens it ("a Radio Norte este vecino" -> "este
    vecino", to the clause's end, eight words at most); "" otherwise ("dijo a los vecinos que
    …": a clause, no subject)."""
    if lang == "pt" and (role := _PT_ROLE_NAME.match(rest)):
        return role.group("name")  # "disse a presidente do Ipam, Ana Lima.": an article
    if lang == "pt" and (art := _PT_ARTICLE.match(rest)):
        return f"a {np_after(rest[art.end():])}"  # "anunciou a prefeitura desta vila"
    for addressee in _ADDRESSEES:
        m = addressee.match(rest)
        first = rest[m.end():].split()[:1] if m else []
        if first and first[0][:1].isupper() and m.group(0).split()[1:2] and \
                m.group(0).split()[1].lower() in POSSESSIVES.get(lang, ()):
            return ""  # "a su hija María": the daughter's name, not who spoke (review 7)
        if first and (first[0][:1].isupper() or first[0].lower() in ARTICLES.get(lang, ())):
            clause = regex.match(  # an initial's full stop too ("à l'AFP M. Roux")
                rf"(?:[^,.;:(){re.escape(QUOTE_CHARS)}]|(?<=(?<!\w)\p{{Lu}})\.(?=\s*\p{{Lu}}))+",
                rest[m.end():])
            named = clause and _NAME_CLOSING.match(rest, m.end() + clause.end())
            if named and first[0].lower() in ARTICLES.get(lang, ()):
                return named.group("name")  # "el vicegobernador de …, Ana Ruiz."
            return " ".join(clause.group(0).split()[:8]) if clause else ""
    return ""


_AGENCY_WORDS = ("agence", "agencia", "agenzia", "agência")
#: Whom the words were said to, filling the clause after the verb: "to", an article, lower-case
#: words and a name ("», contó a la emisora regional de noticias Canal Norte.", "», a-t-il
#: confié à la radio publique Radio Vallée."). The name is the addressee's; no subject follows.
_ADDRESSEE_ONLY = regex.compile(_TO + r"(?:(?P<art>\p{Ll}+)\s+|l['’])"
                                r"(?P<words>(?:\p{Ll}+\s+){0,5})"
                                r"\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,3}\s*(?:[.;](?!\w)|$)")


def addressee_only(rest: str, lang: str) -> bool:
    """Whether the words after an inverted speech verb name only whom they were said to (x27:
    the broadcaster was taken for the speaker). An article among the lower-case words opens the
    subject ("dijo a la prensa el alcalde Pérez."): not so; nor after Portuguese "a", the
    article as often as "to" ("disse a ministra Ana Reis.")."""
    m = _ADDRESSEE_ONLY.match(rest)
    if m is None or (lang == "pt" and m.group(0).split()[0] == "a"):
        return False
    articles = ARTICLES.get(lang, ())
    # the first word may be the article, or the noun after a fused one ("à rádio pública")
    words = f"{m['art'] or ''} {m['words']}".split()
    # and the name is a broadcaster's or an agency's only after its kind: "dijo a la prensa
    # Marta Gil" names who spoke after whom she spoke to (review 44)
    return not any(w in articles for w in words[1:]) and any(
        w.lower() in _CHANNELS or w.lower().startswith(_AGENCY_WORDS) for w in words[:2])


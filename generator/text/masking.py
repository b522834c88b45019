"""Quotations blanked out of a sentence before its attribution is read, so that a "said X"
inside someone's words is not taken for the sentence's own, but an outlet's title kept: a
newspaper, channel or agency named in quotation marks after its noun ("laut der Zeitung
„Morgenblatt“", "selon le quotidien « Le Soir »", "told the newspaper "Daily Lantern"") is a
name, which a source or an addressee reads, not a quotation (trial 41: "Laut der Zeitung" with
its title blanked credited the figure to "der Zeitung").

A title is short (at most :data:`TITLE_WORDS` words), opens on a capital and holds no mark that
ends a sentence; anything longer, or after any other word, is a quotation and blanked."""

from __future__ import annotations

import re

from generator.text.speech_words import OUTLET_NOUNS_DE

#: Nouns of an outlet before its title, in the corpus's languages (the German ones whom words
#: are told are :data:`OUTLET_NOUNS_DE`, read here too).
OUTLET_NOUNS = OUTLET_NOUNS_DE | frozenset({
    "newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "channel",
    "station", "network", "agency", "outlet", "website", "portal",
    "wochenzeitung", "blatt", "boulevardblatt", "nachrichtenmagazin", "nachrichtenportal",
    "onlineportal",
    # the genitive after "laut", "wegen" ("laut des Senders „…“")
    "senders", "fernsehsenders", "radiosenders", "blattes", "blatts", "magazins",
    "nachrichtenmagazins", "nachrichtenportals", "onlineportals",
    "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "agence", "site",
    "diario", "periódico", "rotativo", "semanario", "revista", "cadena", "emisora", "agencia",
    "giornale", "quotidiano", "settimanale", "rivista", "emittente", "rete",
    "agenzia", "testata", "jornal", "semanário", "emissora", "canal", "agência",
    "krant", "dagblad", "weekblad", "omroep", "zender", "persbureau",
    "gazeta", "dziennik", "tygodnik", "stacja", "telewizja", "agencja", "serwis",
})
#: The most words a title in quotation marks may have.
TITLE_WORDS = 6

_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?|「[^」]*」?")
#: The outlet's noun right before the opening mark, an article or "the" between them allowed
#: ("der Zeitung „…“", "the daily "…"", "du quotidien « … »").
_NOUN_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]*$")
_ENDS_SENTENCE = re.compile(r"[.!?…:;]")


def mask_quotes(text: str) -> str:
    """``text`` with what stands inside quotation marks blanked (same length), an outlet's title
    kept, its marks blanked instead (see the module's docstring)."""
    out = list(text)
    for m in _QUOTED.finditer(text):
        if _is_title(text, m):  # its name read, its marks no clause's end
            out[m.start()] = " "
            if m.group(0)[-1] in "”\"»“」" and m.end() - m.start() > 1:
                out[m.end() - 1] = " "
            continue
        for i in range(m.start() + 1, m.end() - 1):
            out[i] = " "
    return "".join(out)


def _is_title(text: str, m: re.Match[str]) -> bool:
    inner = m.group(0)[1:].rstrip("”\"»“」").strip(" \u00a0")
    if not inner or not inner[0].isupper() or len(inner.split()) > TITLE_WORDS \
            or _ENDS_SENTENCE.search(inner):
        return False
    noun = _NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return noun is not None and noun.group(1).casefold() in OUTLET_NOUNS

"""Italian quotations credited by a noun of saying instead of a verb: "“…”, il commento degli
agenti.", "“…”: a dirlo, come riferisce l'agenzia, il console Ada Rinaldi.", "“… – è la
testimonianza di uno dei passeggeri – …”".

Italian copy names whose words they are with "the comment of", "the account of", "to say it
(is)", after the quotation or between dashes inside it; the rules that read a speech verb found
none and the quotation went without a speaker. Seen on three Italian sites of two events (spent
set s38: the police's words "il commento degli agenti"; pool spspk5: a consul's "a dirlo …" and a
driver's "è la testimonianza di …" inside the marks). Only these nouns after an article and "di"
credit, and only to the sentence's end: "«…», il commento del ministro ha diviso il partito" is
narration (a verb after the holder), left alone. Other languages are not read (not seen).
"""

from __future__ import annotations

import regex

from generator.text.speech_words import NOT_A_SUBJECT, speech_pattern

#: The nouns of what someone said or told.
_NOUNS = (r"(?:commento|testimonianza|racconto|sfogo|appello|denuncia|spiegazione|"
          r"ricostruzione|parole|voce|monito)")
#: "di" and its contractions with the article.
_OF = r"(?:di|del|della|dello|dei|degli|delle)"
#: "è la testimonianza di": the noun as a verb's stand-in between dashes (read with the verbs).
_INCISE = rf"(?:(?:è|e['’])\s+)?(?:il|la|lo|le)\s+{_NOUNS}\s+{_OF}"
#: After the quotation, to its sentence's end: the noun and its owner, or "a dirlo (è) X".
_AFTER = regex.compile(
    rf"^\s*[,:;–—-]?\s*(?:(?:(?:è|e['’]|ecco)\s+)?(?:il|la|lo|le)\s+{_NOUNS}\s+{_OF}\s+"
    r"|a\s+(?:dirlo|raccontarlo|spiegarlo|confermarlo|riferirlo|sottolinearlo|ribadirlo)"
    r"(?:\s+(?:è|e['’]|sono))?\s*,?\s*(?:come\s+[^,.;:!?]{1,60},\s*)?)"
    r"(?P<who>[^.;:!?–—\"“”«»]{2,120}?)\s*[.!]?\s*$")
#: The words after the owner that make it a clause's subject: a finite verb or an auxiliary.
_CLAUSE = regex.compile(r"\s(?:ha|hanno|è|sono|era|erano|aveva|avevano|fu|sarà|sta|stanno)\s")
#: A name closing an apposition: "il console generale d'Ungheria, Ada Rinaldi".
_LAST_NAME = regex.compile(r",\s*(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){1,3})$")

#: Prepositions that open a complement after the owner, besides those no subject holds
#: (:data:`~generator.text.speech_words.NOT_A_SUBJECT`): "la denuncia dei residenti contro il
#: comune" is the residents', not the council's; "il racconto di X sulla notte" is X's.
_COMPLEMENT = frozenset({"contro", "verso", "per", "sul", "sulla", "sullo", "sui", "sugli",
                         "sulle", "nei", "nel", "nella", "negli", "nelle", "dal", "dalla", "dai",
                         "dagli", "dalle"})

HOW = "“…”, il commento di X (a noun of saying, no verb)"


def incise_verbs(lang: str) -> str | None:
    """The alternation of words that credit a quotation between dashes inside it: the speech
    verbs (:func:`speech_pattern`), and in Italian the nouns of saying ("è la testimonianza
    di")."""
    verbs = speech_pattern(lang)
    return f"{verbs}|{_INCISE}" if verbs and lang == "it" else verbs


def nominal_credit(after: str, lang: str) -> tuple[str, str]:
    """The owner a noun of saying names after a quotation, to its sentence's end (``after``),
    and :data:`HOW`; two blanks when there is none."""
    if lang != "it" or (m := _AFTER.match(after)) is None or _CLAUSE.search(f" {m['who']} "):
        return "", ""
    who = m["who"].strip(" ,")
    named = _LAST_NAME.search(who)
    if named:
        return named["name"], HOW
    words = who.split()
    cut = next((i for i, w in enumerate(words) if i and (w.lower() in NOT_A_SUBJECT
                                                         or w.lower() in _COMPLEMENT)), len(words))
    return " ".join(words[:cut]), HOW

"""A quotation credited by its speaker's office and name alone, with no verb: "'…' la
presidente della Commissione Ada Rinaldi.", "«…», el alcalde de Norvik, Pedro Ruiz.", "« … », le
maire de Norvik." Wire briefs and live pages write it so, the verb left out; the rules that
read a verb found none, and the quotation took the next quotation's speaker (trial 34: a
president's words given to a premier quoted after her).

Only a definite article and an office (:data:`~generator.text.speech_words.OFFICE_NOUNS`) at the
head, and no auxiliary after it, make the words a credit: "« … », la police a arrêté Jean
Dupont" is narration, and a body ("la police") holds no office. Nor does a verb of a simple
tense right after the office ("«…», el alcalde llegó después al lugar", "le maire visitait le
quartier": review 30), nor an object pronoun before one ("el presidente lo negó"): the word
after an office is its complement's preposition, its holder's name, or nothing, so a lower-case
word there that is no function word (:func:`~generator.text.languages.has_function_word`), or
is a clitic (:data:`~generator.text.lexicon.CLITICS`), opens a clause. After the office's
comma only its holder's name stands, to the sentence's end: "…, la alcaldesa, Ana Gil, visitó
Tarvik", "…, el alcalde, que llegó tarde" go on in a clause.
"""

from __future__ import annotations

import re

from generator.extract.speakers.nominal_credit import nominal_credit
from generator.text.copulas import FINITE_AUXILIARIES
from generator.text.languages import has_function_word
from generator.text.lexicon import CLITICS
from generator.text.names import NAME_PARTICLES
from generator.text.speech_words import OFFICE_NOUNS

#: The credit: up to the sentence's end, a definite article, the office, up to eight words of
#: its complement and its holder's name.
_CREDIT = re.compile(
    r"\s*,?\s*(?P<who>(?i:il|la|lo|l['’]|le|el|der|die|o|a|the)\s*(?P<office>[^\W\d_]+)"
    r"(?:[\s,]+[^\W\d_][\w'’.-]*){0,8})\s*[.!]?\s*$")
#: Auxiliaries and copulas (one table, :data:`~generator.text.copulas.FINITE_AUXILIARIES`) and
#: the reflexive pronouns of a verb that make the words after an office a clause of their own:
#: "…», le maire de Norvik était sur place" is narration (read once more after trial 34: the
#: list written here had no past of "be" and few of "have").
_CLAUSE = FINITE_AUXILIARIES | {"se", "si", "sich"}


#: How the draft says the speaker was found.
HOW = "“…” X (an office and a name, no verb)"


def verbless_speaker(after: str, lang: str) -> tuple[str, str]:
    """The office and name that credit a quotation, written after it to its sentence's end
    (``after``), and :data:`HOW`; else an Italian noun of saying and its owner
    (:mod:`~generator.extract.speakers.nominal_credit`); else two blanks."""
    m = _CREDIT.match(after)
    if m is None or m.group("office").lower() not in OFFICE_NOUNS:
        return nominal_credit(after, lang)  # "“…”, il commento degli agenti."
    rest = m.group("who")[m.end("office") - m.start("who"):].split()
    clause = _CLAUSE - {"a"} if lang in ("es", "it", "pt") else _CLAUSE  # "a": "to" there
    if any(w.strip(",").lower() in clause for w in rest):
        return "", ""
    first = rest[0].strip(",") if rest else ""
    if first[:1].islower() and (first in CLITICS or not has_function_word(first, lang)):
        return "", ""  # "el alcalde llegó …", "… lo negó": a verb, narration (review 30)
    if any(not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in part.split())
           for part in m.group("who").split(",")[1:]):
        return "", ""  # "…, Ana Gil, visitó Tarvik": a clause after the name (review 30)
    return m.group("who").strip(" ,."), HOW

"""A relative clause about a thing before a speech verb: "Las autoridades publicaron un informe
sobre la nevada, la cual han calificado como «…»". The thing ("la nevada") the relative stands
for does not speak: the verb is the sentence's subject's, which the relative clause leaves out
(trial 35 gave the words to "el lunes un informe sobre la nevada").

Only the relatives that an article opens ("la cual", "il quale", "a qual", "laquelle") are read
so: "que", "che", "qui" stand for a person as often ("el alcalde, que dijo «…»"), and a person
before the comma (a capitalised name, an office: "el alcalde Juan Pérez, el cual dijo «…»") is
the speaker as before.
"""

from __future__ import annotations

import regex

from generator.text.names import NAME_PARTICLES
from generator.text.speech_words import ARTICLES, OFFICE_NOUNS

#: A clause ending with a comma and a relative an article opens, right before the speech verb.
_THING_RELATIVE = regex.compile(
    r"(?P<main>.+),\s*(?i:(?:el|la|lo|los|las)\s+cual(?:es)?|(?:il|la|i|le)\s+qual[ei]"
    r"|(?:o|a|os|as)\s+qua(?:l|is)|lequel|laquelle|lesquel(?:le)?s)\s*", regex.S)
#: How many words before the comma may name the person the relative stands for.
_ANTECEDENT_WORDS = 3
#: The prepositions "of" that tie a complement to the subject's noun ("la policía de Varna").
_OF = frozenset({"de", "del", "di", "della", "dello", "dei", "degli", "delle", "do", "da",
                 "dos", "das", "du", "des"})


def thing_relative(lead: str, lang: str) -> str | None:
    """The speaker of a speech verb after ``lead`` (the sentence up to the verb) when ``lead``
    ends with a relative of a thing: the subject opening the sentence ("Las autoridades"), ""
    when it opens otherwise (the verb's subject left unnamed); None when ``lead`` is no such
    clause or the words before the comma may name a person."""
    m = _THING_RELATIVE.fullmatch(lead)
    if m is None:
        return None
    main = m.group("main").split()
    if any(w[:1].isupper() or w.lower().strip(",") in OFFICE_NOUNS
           for w in main[1:][-_ANTECEDENT_WORDS:]):
        return None
    if not main:
        return ""
    if main[0].lower() in ARTICLES.get(lang, ()) and len(main) > 1:
        subject = main[:2]
        rest = main[2:]
    elif main[0][:1].isupper():
        subject, rest = main[:1], main[1:]
    else:
        return ""
    # its complement: "of" and a noun or a name ("la policía de la ciudad", "i vigili del
    # fuoco", "la policía de Varna"), or the name's other words
    if rest[:1] and rest[0].lower() in _OF and len(rest) > 1:
        take = 3 if rest[1].lower() in ARTICLES.get(lang, ()) and len(rest) > 2 else 2
        subject, rest = subject + rest[:take], rest[take:]
    while rest and (rest[0][:1].isupper() or (rest[0] in NAME_PARTICLES and rest[1:2]
                    and rest[1][:1].isupper())):
        subject, rest = subject + rest[:1], rest[1:]
    return " ".join(subject).strip(",")

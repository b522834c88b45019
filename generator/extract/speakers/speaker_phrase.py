"""The speaker phrase a reader of the quotation took, made the name a draft shows: without the
conjunction that opened its clause, in full where the page named the person in full before, the
firm a description stands for, and without a clause the reader took along.

Split from :mod:`generator.extract.quotes` (extract round 28), which reads where a quotation's
speaker is written; this module holds what is done to the words once they are found, so that
every reader's phrase gets the same tidying in one place.
"""

from __future__ import annotations

import regex

from generator.extract.speakers.bodies import body_referent
from generator.extract.speakers.conjuncts import first_conjunct
from generator.extract.speakers.coreference import NOT_BEFORE_A_PERSON
from generator.extract.speakers.firms import firm_referent
from generator.extract.speakers.people import full_name, titled_person
from generator.extract.speakers.same_source import same_source_referent
from generator.text.lexicon import COURTESY_TITLES
from generator.text.names import NAME_PARTICLES
from generator.text.speech_verbs import SAYING_WORDS
from generator.text.speech_words import ARTICLES, CONNECTIVES, GLUED_OPENERS, OPENERS


def without_opener(speaker: str) -> str:
    """A speaker without the conjunction or "according to" that opened its clause, capitalised
    only for standing first ("Laut Neri", "But Neri", "Segundo Neri" -> "Neri"): the clause
    readers that take a capitalised run before a colon take that word with the name."""
    first, _, rest = speaker.partition(" ")
    low = first.lower().strip(",")
    if low in CONNECTIVES | OPENERS | GLUED_OPENERS and rest[:1].isupper() and not any(
            low in articles for articles in ARTICLES.values()):  # "A Prefeitura": an article
        return rest
    return speaker



def full_speaker_name(text: str, at: int, speaker: str) -> str:
    """"Dillon" -> "Ryan Dillon" (and "Mme Roux" -> "Claire Roux") when the article
    named them in full before; a courtesy title is dropped either way ("Roux"). A title alone
    ("PM", "the President": trial 20) is the person last named with it ("PM Jan Varga")."""
    if len(speaker.split()) == 1 and speaker[:1].isupper():
        return (full_name(text, at + len(speaker) + 40, speaker)
                or titled_person(text, at + len(speaker) + 40, speaker) or speaker)
    title, _, surname = speaker.partition(" ")
    if ((title.lower() == "the" or any(title.lower() in arts for arts in ARTICLES.values()))
            and len(surname.split()) == 1 and surname[:1].isupper()):
        return titled_person(text, at + len(speaker) + 40, surname) or speaker
    if title.islower() and surname.split()[:1] and surname.split()[0].lower() in COURTESY_TITLES:
        title, _, surname = surname.partition(" ")  # "la Sra. Ruiz", "la signora Bianchi"
    if title.lower() in COURTESY_TITLES and len(surname.split()) == 1 and surname[:1].isupper():
        return full_name(text, at + len(speaker) + 40, surname) or surname  # not a first name
    return speaker


#: Words that open a relative clause after the person or body it describes ("Marco Tessi who
#: added …", "Paolo Ferri che …", "le maire qui …", "el portavoz que …", "o bombeiro que
#: …"); German and Dutch ones only after a comma (they are articles too).
_RELATIVE = regex.compile(r"(?:,?\s+(?:who|whom|whose|which|qui|dont|lequel|laquelle|que|quien"
                          r"|quienes|cuyo|cuya|che|cui|quale|quem|cujo|cuja)"
                          r"|,\s+(?:der|die|das|welche[rsn]?|wie|dat))(?:\s.*)?$", regex.S)
#: Speech verbs of every language as single words, lower case ("anunció un portavoz …": the
#: verb of "según anunció" taken with its subject).
_VERBS = SAYING_WORDS
_DETERMINERS = frozenset().union(*ARTICLES.values()) | {"un", "une", "una", "um", "uma", "ein",
                                                       "eine", "einer", "a", "an", "the"}


#: A role in lower case, then the person's name ("un portavoce della polizia Marco Tessi",
#: "fire brigade spokesman Marco Tessi"); the word before the name is no preposition or article,
#: which would make the capitals a body's ("un portavoce della Protezione Civile").
_ROLE_THEN_NAME = regex.compile(r"(?P<role>(?:[\p{Ll}’'-]+\s+){1,6})"
                                r"(?P<name>\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})")


#: A name, then the verb and the object it took before the colon ("Lena Ortiz hizo un llamado:
#: «…»", "Ana Lima fez um apelo:", "Jean Roux a lancé un appel :"): the subject is the name.
#: The verb is one or two words in lower case (an auxiliary and its participle), the object an
#: article and a noun in lower case; a particle of the name ("Ortiz de la Cruz") is no verb.
_NAME_THEN_CLAUSE = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})"
    r"(?P<verb>(?:\s+\p{Ll}+){1,2})\s+(?P<det>\p{Ll}+)(?:\s+\p{Ll}[\p{Ll}-]*){1,2}")


#: A name, then "and" and a verb in lower case ("Ruiz und fügte hinzu", "Ruiz y añadió", "Ruiz
#: and added"): the speaker's next clause taken along (trial 39); "Ana und Marco Ferri" and
#: "der Polizei und der Feuerwehr" (an article after "und") are the phrase's own.
_AND_THEN_VERB = regex.compile(r"(?<=\p{Lu}[\p{L}’'-]*)\s+(?:und|and|y|e|et|ed|en)\s+"
                               r"(?P<next>\p{Ll}[\p{L}’'-]*)(?:\s.*)?$", regex.S)


def _name_before_clause(speaker: str) -> str:
    m = _NAME_THEN_CLAUSE.fullmatch(speaker)
    if m is None or m["det"] not in _DETERMINERS or any(
            w in NAME_PARTICLES for w in m["verb"].split()):
        return speaker
    return m["name"]


#: A complement with a number that the eight words of a speaker phrase cut short: "il municipio
#: della cittadina di circa 45[.000 abitanti]", "a prefeitura desta vila de cerca de 45 mil"
#: (trial 38): what the place is, no part of who speaks.
_NUMBERED_TAIL = regex.compile(r"\s+(?:de|di|da|du|del|della|of|von)\s+(?:(?:cerca\s+de|circa|"
                               r"about|around|some|unos|unas|environ|etwa|rund|quase|quasi|"
                               r"oltre|mais\s+de|más\s+de|more\s+than)\s+)?\d[\d.,]*"
                               r"(?:\s+(?:mil|mila))?$")


def tidy(speaker: str) -> str:
    """The speaker phrase without a relative clause taken along ("Marco Tessi who added …"
    -> "Marco Tessi"), without the role written before a name (the role stays in the evidence, the
    name is what groups a person's statements), and without a speech verb standing before its
    own subject ("anunció un portavoz del Ministerio" -> "un portavoz del Ministerio"). A
    phrase that would be left empty is kept as it is."""
    words = speaker.split()
    if len(words) > 2 and words[0].lower() in _VERBS and words[1].lower() in _DETERMINERS:
        speaker = speaker.split(None, 1)[1]
    if (tail := _NUMBERED_TAIL.search(speaker)) is not None and len(
            speaker[:tail.start()].split()) >= 2:
        speaker = speaker[:tail.start()]
    m = _RELATIVE.search(speaker)
    if m is not None and len(speaker[:m.start()].split()) >= 2:  # "Those who survived": whole
        speaker = speaker[:m.start()].rstrip(" ,")
    if (named := _ROLE_THEN_NAME.fullmatch(speaker)) is not None and \
            named["role"].split()[-1] not in NOT_BEFORE_A_PERSON:
        speaker = named["name"]
    m = _AND_THEN_VERB.search(speaker)
    if m is not None and m["next"] not in _DETERMINERS and m["next"] not in NAME_PARTICLES:
        speaker = speaker[:m.start()]
    return _name_before_clause(speaker)


def final_speaker(text: str, at: int, resolved: str, history: list[tuple[int, str]],
                  lang: str) -> str:
    """The name a quotation at ``at`` is attributed to in the draft: the phrase every reader
    resolved, tidied (:func:`tidy`), and for a firm's description ("a empresa", "the shipping
    giant") the firm the page named before (:mod:`generator.extract.speakers.firms`), for a
    body's ("the rights watchdog") the body (:mod:`generator.extract.speakers.bodies`), for "the
    same source" the source before it (:mod:`generator.extract.speakers.same_source`)."""
    resolved = first_conjunct(text, at, tidy(without_opener(resolved)))
    return (firm_referent(text, at, resolved, history, lang)
            or same_source_referent(text, at, resolved, history, lang)
            or body_referent(text, at, resolved) or resolved)

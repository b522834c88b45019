"""One person of a named group ("one of the rescuers was killed", "one member of the crew
died") and whether an English outcome after a person befell them ("a driver was killed", not
"a neighbour rescued the family"): parts of :mod:`generator.text.casualty.one`, the reader of one
casualty written with an article, kept apart so that it stays readable."""

from __future__ import annotations

import re

from generator.text.casualty.agent import harms_others
from generator.text.casualty.members import ONE_OUTCOMES
from generator.text.casualty.outcomes import outcome_after
from generator.text.counted_words import PEOPLE, counted_group, is_person
from generator.text.lexicon import lemma
from generator.text.quantities import quantities
from generator.text.speech_verbs import speech_words

WORD = re.compile(r"[\w’'-]+")
#: The numeral one, as opposed to an article that may mean it.
NUMERALS = frozenset({"one", "1", "één", "jeden", "jedna", "jedno"})
#: English says who suffered an outcome with a copula or an auxiliary before it ("was killed",
#: "is dead"), or with an intransitive verb ("died"); "a neighbour rescued the family" is the
#: neighbour doing something, not one rescued.
_EN_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being|got|left|later|critically|"
                         r"seriously|fatally|badly|slightly|reported|found|pronounced)\s+\S*$",
                         re.I)
_EN_INTRANSITIVE = ("died", "dies", "dead", "perished", "drowned", "missing")
#: Collective nouns a person is "one member of" ("one member of the salvage team"): the group
#: is people though its noun is none.
_COLLECTIVES = frozenset({"crew", "team", "family", "squad", "brigade", "staff", "party",
                          "delegation", "expedition", "group", "unit"})
#: "One (member) of the …": the numeral, "member" perhaps, and the group after "of" and up to
#: two words before its noun ("one of the volunteer rescuers", "one member of the salvage team").
MEMBER_OF = re.compile(r"\s+members?\s+of\s", re.I)
_ONE_OF_GROUP = re.compile(r"(?:\s+members?)?\s+of\s+(?:the|his|her|their|its)\s+"
                           r"(?P<words>(?:[^\W\d_][\w’'-]*\s+){0,2}[^\W\d_][\w’'-]*)", re.I)
#: The same in the other languages, the word of one being the article ("uno de los marineros",
#: "un des marins", "einer der Seeleute", "um dos tripulantes"): "of" (glued to the plural
#: article or before it) and up to two words before the group's noun.
_OF_THE = re.compile(r"\s+(?:(?:de|di|van|von|z)\s+(?:los|las|les|gli|le|i|os|as|de|den|die)|"
                     r"des|dei|degli|delle|dos|das|der|d[’']entre\s+(?:eux|elles))\s+"
                     r"(?P<words>(?:[^\W\d_][\w’'-]*\s+){0,2}[^\W\d_][\w’'-]*)", re.I)


def one_of_a_group(text: str, start: int, end: int, lang: str
                   ) -> tuple[str, str, int] | None:
    """(noun phrase, outcome, end) of "one of the rescuers was killed", "one member of the crew
    died": one person of a group of people the sentence names, the subject of an outcome in
    its clause (issue 16: a salvage team's member killed was not counted). English, the
    numeral or "a member of" ("one of the buildings" is no one); in the other languages the
    article, which is their numeral ("uno de los marineros sigue desaparecido", as check read it
    before the two stages had one reader): None when the group is no people's or no outcome
    befell the one."""
    word = text[start:end].lower()
    if lang == "en" and word not in NUMERALS and not (
            word in ("a", "an") and MEMBER_OF.match(text, end)):
        return None
    m = (_ONE_OF_GROUP if lang == "en" else _OF_THE).match(text, end)
    if m is None:
        return None
    words = m.group("words").split()
    if lang != "en" and any(quantities(w, lang) for w in words):
        return None  # "une des trois victimes … est un enfant": a member the copula names
    group = next((k for k, w in enumerate(words) if lemma(w.lower()) in PEOPLE
                  or is_person(lemma(w.lower()), lang) or w.lower() in _COLLECTIVES
                  or counted_group(w + " ", lang, ONE_OUTCOMES)), None)
    if group is None:
        return None
    stop = m.start("words") + len(" ".join(words[:group + 1]))
    rest = text[stop:]
    done = outcome_after(rest, lang)
    if done not in ONE_OUTCOMES or harms_others(rest, lang) \
            or (lang == "en" and not en_suffered(rest, done)) \
            or any(w.lower() in speech_words(lang)
                   for w in WORD.findall(rest[:rest.find(_first_outcome_word(rest, done, lang))])):
        return None
    return text[end:stop].strip(), done, stop


def _first_outcome_word(rest: str, outcome: str, lang: str) -> str:
    """The first word of ``rest`` naming ``outcome``, or "" when none does."""
    return next((w for w in WORD.findall(rest)
                 if counted_group(w.lower() + " ", lang, (outcome,))), "")


def en_suffered(rest: str, outcome: str) -> bool:
    """Whether the English outcome after the person says it happened to them."""
    for m in WORD.finditer(rest):
        word = m.group(0).lower()
        if counted_group(word, "en", (outcome,)):
            return word in _EN_INTRANSITIVE or bool(_EN_PASSIVE.search(rest[:m.start()]))
    return False

"""The members of a counted group, named one by one: "two died, including a firefighter",
"among the dead was a boy", "les victimes sont deux X et une Y", "one of them a child". News
breaks a toll down by who the dead and the injured were, and an analyst lists each member with a
category as a figure of its own (tests/corpus/README.md, "What is a figure"). Kept apart from
:mod:`generator.extract.singular`, which reads one casualty written with an article, and which
asks here whether that article opens a member of a group.
"""

from __future__ import annotations

import re

from generator.text.counted_words import OUTCOMES, counted_group, is_person
from generator.text.countries import country_of_people
from generator.text.lexicon import NOUN_GROUPS, lemma
from generator.text.negation import negation_right_before
from generator.text.part_of import OF, PART_OF, SEVERE, member_phrase, partitive_end

#: The outcomes one person may be counted by (not "evacuee": see extract/singular.py).
ONE_OUTCOMES = tuple(o for o in OUTCOMES if o != "evacuee")
_WORD = re.compile(r"[\w’'-]+")

def _outcome_of(noun: str, lang: str) -> str | None:
    """The outcome a group's noun names ("muertos", "injured"; "victims": the dead)."""
    return counted_group(noun + " ", lang, ONE_OUTCOMES) or next(
        (g for g in ("dead", "wounded") if lemma(noun) in NOUN_GROUPS[g]), None)


def member_named(before: str, tokens: list[re.Match[str]], end: int, lang: str
                  ) -> tuple[str, str, int] | None:
    found = member_phrase(before)
    if found and negation_right_before(lang).search(before, max(0, found.start() - 12),
                                                    found.start()):
        return None  # "Not one of the victims was a child", "pas un des blessés n'est …"
    if not found:
        return None
    # the group's noun, or the word before it the pattern took for it ("tra i feriti ci sono":
    # "ci" opens the copula; "one of the two victims was": "two" qualifies the noun)
    nouns = [n for n in (found.group("noun") or found.group("listed"), found.group("pre")) if n]
    outcome = next((o for o in (_outcome_of(n.lower(), lang) for n in nouns) if o), None)
    person = person_at(tokens[:3], lang, listed=bool(found.group("listed"))) if outcome else None
    if not outcome or person is None or person.group(0).lower() in ANYONE:
        return None
    after = person.string  # the words after the article, which the tokens are of
    return after[:person.end()].strip(), outcome, end + person.end()


#: Words for a person that say nothing of who they are: "two died, including one person" names
#: no category of the group.
ANYONE = frozenset({"person", "personne", "persona", "pessoa", "persoon", "osoba", "individual",
                     "individuo", "indivíduo", "individu"})


def member(text: str, part: int, end: int, tokens: list[re.Match[str]], lang: str
            ) -> tuple[str, str, int] | None:
    """A member of a group the clause before has just counted, with a category of its own: "20
    blessés, dont un enfant", "two died, including a firefighter", "drei Tote, darunter ein
    Kind". A figure of its own (tests/corpus/README.md, "What is a figure"), counted by the
    group's outcome: the last outcome word before "including" in the same sentence."""
    person = person_at(tokens[:3], lang)
    if person is None or person.group(0).lower() in ANYONE or any(
            t.start() < person.start() and counted_group(t.group(0), lang, ONE_OUTCOMES)
            for t in tokens[:3]):
        return None
    outcome = None
    for word in _WORD.finditer(text[max(0, part - 80):part]):
        outcome = counted_group(word.group(0), lang, ONE_OUTCOMES) or outcome
    if outcome is None:
        return None
    stop = end + person.end()
    return text[end:stop].strip(), outcome, stop


def person_at(tokens: list[re.Match[str]], lang: str, listed: bool = False) -> re.Match | None:
    """The first of ``tokens`` naming one person (not past a linking word, "un centenar de
    vecinos", nor a German noun, "eine Schar Kinder"), or the next when it does too."""
    for i, tok in enumerate(tokens):
        low = tok.group(0).lower()
        if OF.fullmatch(low):
            return None
        # a listed member's demonym right after the article is a person ("une Irlandaise")
        person = is_person(low, lang) or (listed and i == 0 and bool(country_of_people(
            tok.group(0), lang)))
        if lang == "de" and not person and tok.group(0)[:1].isupper():
            return None  # "eine Schar Kinder": the article's noun is the amount (round 25)
        if person:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            return nxt if nxt is not None and is_person(nxt.group(0).lower(), lang) else tok
    return None


#: How many words may stand before the severity ("dans un état grave", "in modo grave").
_SEVERITY_REACH = 4


def severe_member(text: str, start: int, end: int, lang: str) -> tuple[str, str, int] | None:
    """One member of a group just counted, named only by how badly they are hurt: "25 blessés,
    dont au moins deux dans un état critique", "14 injured, one of them in critical condition",
    "una de ellas de gravedad", "una delle quali in modo grave" (chk51b). The article or
    numeral at ``start:end`` is opened as a part (:data:`PART_OF`) or followed by a partitive
    ("of them", "de ellas"); a severity within a few words after it says it is one of the
    injured. (noun phrase, outcome of the group, end offset), or None: "14 maisons
    endommagées, dont une gravement" names no group of people hurt."""
    after = text[end:]
    cut = partitive_end(after)
    opened = PART_OF.search(text, max(0, start - 60), start)
    if not cut and not opened:
        return None
    words = list(_WORD.finditer(after, cut))[:_SEVERITY_REACH]
    if not words or after[cut:words[0].start()].strip(" ") or not any(
            SEVERE.fullmatch(w.group(0)) for w in words):
        return None
    last = next(w for w in words if SEVERE.fullmatch(w.group(0)))
    at = opened.start() + 1 if opened else start
    clause = text[max(0, at - 80):at]  # its phrases too: "taken to hospital", "en réanimation"
    outcome = None
    for word in _WORD.finditer(clause):
        outcome = counted_group(clause[word.start():], lang, ONE_OUTCOMES) or outcome
    if outcome is None:
        return None
    return after[cut:last.end()].strip(), outcome, end + last.end()


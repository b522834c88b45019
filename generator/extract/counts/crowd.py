"""People a sentence counts who are not a count of what the event did: those who spoke ("Two
nurses, X and her colleague Y, told the paper"), a vague crowd running for the exits, and the
victims' kin and mourners who gather after it. Apart from :mod:`.background` (the other numbers
that are no fact of the event) by length alone."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.text.casualty.asides import PART_OF_THEM
from generator.text.counted_words import OUTCOMES, counted_table
from generator.text.quantities import VAGUE
from generator.text.speech_verbs import speech_verbs

#: A vague crowd running for the exits ("Cientos de aficionados huyeron hacia las puertas del
#: mercado"): the crowd the event caught, not a count of what it did (trial 21).
_RAN_FOR_EXITS = re.compile(
    r"\s+(?:ran|rushed|fled|corrieron|huyeron|ont\s+couru|ont\s+fui|rannten|flohen)\s+"
    r"(?:towards?|to|for|hacia|vers|zu|zum|zur)\s+(?:\w+\s+){0,2}?"
    r"(?:exits?|gates?|doors?|salidas?|puertas?|sorties?|portes?|Ausg[aä]ng\w*|T[oü]r\w*)\b",
    re.I)
#: The victims' kin and mourners counted with no outcome of their own ("hundreds of relatives
#: gathered at the pit", "Tausende Angehörige warteten", "des centaines de proches"): people who
#: gather after the event, whom the labels leave out as they do onlookers (tests/corpus/
#: README.md, thirty-eighth stop; s39: three sites, two languages, proposed as figures).
_KIN = re.compile(r"\s*(?:of\s+(?:the\s+)?|de\s+|di\s+)?(?P<who>relatives|mourners|angehörigen?\b|"
                  r"trauernde|familiares\b|proches\b|parenti\b|familiari\b|parentes\b)", re.I)
#: What kin do who gather after the event: wait, gather, jostle, mourn (kin travelling with a
#: convoy, or among the dead, are the event's people).
_GATHERED = re.compile(
    r"\b(?:wait\w*|gather\w*|jostl\w*|mass(?:ed|ing)|flock\w*|crowd(?:ed|ing)|assembl\w*|"
    r"mourn\w*|queu\w*|warte\w*|versammel\w*|harr\w*|attend\w*|rassembl\w*|esper\w*|"
    r"aguard\w*|concentra\w*|aspett\w*|radun\w*)", re.I)
#: Groups who cannot be the speakers: "dejó 58 muertos, muchos de ellos aplastados, dijo la
#: policía" describes the dead between the commas (trial 21: the toll was dropped).
_NEVER_SPOKE = frozenset({"dead", "missing"})


def _clause(rest: str) -> str:
    return _CLAUSE_END.split(rest[:160], maxsplit=1)[0].lower()


def _befell(rest: str, lang: str) -> bool:
    """Whether the clause after the kin says what befell them ("twelve relatives of the miners
    were injured", "five relatives were among the dead"): then they are the event's people."""
    return bool(_casualty_words(lang).search(_clause(rest)))


@lru_cache(maxsize=16)
def _casualty_words(lang: str) -> re.Pattern[str]:
    """The beginnings of the language's words for what befalls the event's people, as one
    pattern (the counted table holds hundreds of words: compiled once per language)."""
    starts = sorted({s.strip() for s, group in counted_table(lang)
                     if group in _CASUALTIES and s.strip()}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, starts))})" if starts else r"(?!)")


_CLAUSE_END = re.compile(r"[.;:!?]")
#: What befalls the event's people (not "present", which a mourner at a funeral is too).
_CASUALTIES = frozenset({"dead", "wounded", "missing", "evacuee", "rescued", "survivor",
                         "trapped", "discharged"})


@lru_cache(maxsize=16)
def _spoke(lang: str) -> re.Pattern[str]:
    """The words after a counted group of people that make them who spoke: the speech verb
    right after them, or after their names in apposition ("Two nurses, X and her colleague Y,
    told the paper"): witnesses or sources, not a count of the event."""
    return re.compile(rf"\s*(?:,(?!{PART_OF_THEM})[^,.;:]{{1,80}},\s*)?(?:also\s+)?"
                      rf"(?:{speech_verbs(lang)})"
                      r"(?!\w)")


def not_the_events_people(q, head: str, text: str, noun_end: int, lang: str) -> bool:
    """Whether the people the number ``q`` counts (``head``, its noun ending at ``noun_end``)
    spoke or ran for the exits rather than suffered the event."""
    after = max(noun_end, q.end)
    spoke = _spoke(lang).match(text, after) if not q.unit and noun_end > q.end \
        and head not in _NEVER_SPOKE else None
    if spoke and lang == "de" and not any(w.endswith("en") for w in spoke.group(0).split()[-2:]):
        spoke = None  # no plural verb ("teilten mit" is one): "wurde von 30 Verletzten berichtet"
    kin = _KIN.match(text, q.end, max(noun_end, q.end) + 20)
    gathered = kin is not None and head not in OUTCOMES and (
        kin.group("who").lower().startswith(("mourner", "trauernd"))
        or bool(_GATHERED.search(_clause(text[after:])))
        or bool(_GATHERED.search(text, max(0, q.start - 30), q.start))  # "warten Tausende …"
    ) and not _befell(text[after:], lang)
    return (q.kind == VAGUE and bool(_RAN_FOR_EXITS.match(text, after))) or bool(spoke) \
        or gathered

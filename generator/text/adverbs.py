"""Adverbs that stand between a verb and what belongs to it, by language and by role: a rule table.

Three readers skip an adverb to find what the verb governs: the reader of a count after its
verb ("sono morti anche tre operai": who died), the reader of a speech verb whose auxiliary and
participle an adverb splits ("a pour sa part précisé": "a précisé"), and the reader of the subject
after an inverted speech verb ("», ha detto poi il sindaco": the mayor). Many adverbs serve two or
three of them ("aussi", "anche", "también"); each had its own list, and they drifted apart. Here
each adverb is written once per language with the roles it plays, and each reader takes its
own list from the table (:func:`adverbs`, :func:`alternation`).
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["focus", "after_auxiliary", "after_speech_verb"]
#: Between a verb and the number it counts ("sono morti anche tre operai", "murieron también
#: dos niños", "killed even three rescuers"): the verb before them still says what befell the
#: people counted (trial 26; :data:`generator.text.lexicon.FOCUS_ADVERBS`).
FOCUS: Role = "focus"
#: Between the auxiliary and the participle of a speech verb, with or without commas ("», a pour
#: sa part précisé X", "», hanno intanto assicurato i tecnici"): French and Italian, whose copy
#: puts the adverb there (:data:`generator.text.speech_words.AUX_ADVERB`).
AFTER_AUXILIARY: Role = "after_auxiliary"
#: Between an inverted speech verb and its subject: a time or a sequence ("», avait déclaré plus
#: tôt un élu", "», dijo luego el alcalde"), or a turn to another party ("– spiega, invece,
#: l'amministratrice", quotes round 20) (:data:`generator.text.speech_words.AFTER_VERB_ADVERB`).
AFTER_SPEECH_VERB: Role = "after_speech_verb"

_F, _A, _V = FOCUS, AFTER_AUXILIARY, AFTER_SPEECH_VERB

#: language -> adverb (lower case; words of a phrase parted by one space) -> its roles.
ADVERBS: dict[str, dict[str, tuple[Role, ...]]] = {
    "en": {"also": (_F,), "even": (_F,)},
    "fr": {
        "aussi": (_F, _A, _V), "même": (_F,), "également": (_A, _V), "ensuite": (_A, _V),
        "encore": (_A, _V), "notamment": (_A, _V), "pour sa part": (_A, _V),
        "de son côté": (_A,), "de leur côté": (_A,), "par ailleurs": (_A,), "en outre": (_A,),
        "enfin": (_A,), "alors": (_A,), "quant à lui": (_A,), "quant à elle": (_A,),
        "d'abord": (_A,), "d’abord": (_A,), "déjà": (_A,), "ainsi": (_A,),
        "plus tôt": (_V,), "plus tard": (_V,), "hier": (_V,), "en revanche": (_V,),
    },
    "it": {
        "anche": (_F, _A, _V), "persino": (_F,), "perfino": (_F,), "poi": (_A, _V),
        "inoltre": (_A, _V), "nel frattempo": (_A, _V), "invece": (_A, _V),
        "infatti": (_A,), "subito": (_A,), "già": (_A,), "però": (_A,), "intanto": (_A,),
        "ieri": (_V,), "per parte sua": (_V,),
    },
    "es": {
        "también": (_F, _V), "incluso": (_F,), "después": (_V,), "luego": (_V,),
        "además": (_V,), "ayer": (_V,), "en cambio": (_V,), "por su parte": (_V,),
    },
    "pt": {"também": (_F, _V), "até": (_F,), "depois": (_V,), "ontem": (_V,),
           "por sua vez": (_V,)},
    "de": {"auch": (_F,), "sogar": (_F,)},
    "nl": {"ook": (_F,), "zelfs": (_F,)},
}


def adverbs(role: Role) -> tuple[str, ...]:
    """Every adverb of the role, in every language, each once (in the table's order)."""
    return tuple(dict.fromkeys(word for by_word in ADVERBS.values()
                               for word, roles in by_word.items() if role in roles))


def alternation(role: Role, space: str = r"\s+") -> str:
    """The adverbs of the role as one regular-expression group, longest first, ``space``
    between the words of a phrase (a pattern that reads a single space passes ``" "``)."""
    return "(?:{})".format("|".join(space.join(map(re.escape, word.split(" ")))
                                    for word in sorted(adverbs(role), key=len, reverse=True)))

"""Adverbs that stand between a verb and what belongs to it, by language and by role: a rule table.

Readers skip an adverb to find what a verb governs: the reader of a count after its verb
("sono morti anche tre operai": who died), the reader of a speech verb whose auxiliary and
participle an adverb splits ("a pour sa part précisé": "a précisé"), the reader of the subject
after an inverted speech verb ("», ha detto poi il sindaco": the mayor), the readers of a
subject, which an adverb opening the sentence or standing before the verb is not ("Poi ha
spiegato …", "Dillon also said"), and the readers of a toll whose noun stands beside a copula
("i feriti sono ancora 4", "dodici sono invece i mezzi inviati"). Many adverbs serve two or more
of them ("aussi", "anche", "también", "also"); each had its own list, and they drifted apart.
Here each adverb is written once per language with the roles it plays, and each reader takes
its own list from the table (:func:`adverbs`, :func:`alternation`).
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["focus", "after_auxiliary", "after_speech_verb", "opens_sentence", "beside_copula",
               "before_inverted_subject", "between_subject_and_verb"]
#: Between a verb and the number it counts ("sono morti anche tre operai", "murieron también
#: dos niños", "killed even three rescuers"): the verb before them still says what befell the
#: people counted (trial 26; :data:`generator.text.lexicon.FOCUS_ADVERBS`). Adverbs of the
#: total or of the time stand there too ("starben insgesamt 15 Menschen", "zginęło wtedy 65
#: osób", "murieron ayer 12 personas": spent24, two sites, read as people whom nothing befell).
FOCUS: Role = "focus"
#: Between the auxiliary and the participle of a speech verb, with or without commas ("», a pour
#: sa part précisé X", "», hanno intanto assicurato i tecnici"): French and Italian, whose copy
#: puts the adverb there (:data:`generator.text.speech_words.AUX_ADVERB`).
AFTER_AUXILIARY: Role = "after_auxiliary"
#: Between an inverted speech verb and its subject: a time or a sequence ("», avait déclaré plus
#: tôt un élu", "», dijo luego el alcalde"), or a turn to another party ("– spiega, invece,
#: l'amministratrice", quotes round 20) (:data:`generator.text.speech_words.AFTER_VERB_ADVERB`).
AFTER_SPEECH_VERB: Role = "after_speech_verb"
#: Opening a sentence before its verb, capitalised only for standing first ("Asimismo, ha
#: recordado …", "Poi ha spiegato che «…»"): no subject of the verb
#: (:data:`generator.text.speech_words.OPENERS`, with the conjunctions).
OPENS_SENTENCE: Role = "opens_sentence"
#: Beside the copula or the verb of rising between a toll's noun and its number ("i feriti sono
#: ancora 4", "los muertos ya son 12"): no part of either (``subject_before`` in
#: :mod:`generator.extract.counts.implicit`).
BESIDE_COPULA: Role = "beside_copula"
#: Between the copula after a number and the article of the subject it counts ("dodici sono
#: stati invece i mezzi inviati", "cinco son también los heridos": :mod:`generator.extract.
#: inverted`).
BEFORE_INVERTED_SUBJECT: Role = "before_inverted_subject"
#: Between an English subject and its verb ("Dillon also said", "she had just declared"; trial
#: 22: "already" was the speaker): no part of the subject (:data:`generator.text.lexicon.
#: ADVERBS`, with the auxiliaries).
BETWEEN_SUBJECT_AND_VERB: Role = "between_subject_and_verb"

_F, _A, _V, _O = FOCUS, AFTER_AUXILIARY, AFTER_SPEECH_VERB, OPENS_SENTENCE
_C, _I, _S = BESIDE_COPULA, BEFORE_INVERTED_SUBJECT, BETWEEN_SUBJECT_AND_VERB

#: language -> adverb (lower case; words of a phrase parted by one space) -> its roles.
ADVERBS: dict[str, dict[str, tuple[Role, ...]]] = {
    "en": {"also": (_F, _S), "even": (_F, _S), "in total": (_F,), "altogether": (_F,),
           **dict.fromkeys((
        "later", "subsequently", "then", "further", "again", "previously", "earlier",
        "separately", "meanwhile", "however", "repeatedly", "publicly", "once", "reportedly",
        "formally", "still", "now", "already", "just", "since", "first"), (_S,))},
    "fr": {
        "aussi": (_F, _A, _V, _O), "même": (_F,), "également": (_A, _V, _O),
        "ensuite": (_A, _V, _O), "encore": (_A, _V), "notamment": (_A, _V),
        "pour sa part": (_A, _V), "enfin": (_A, _O), "de son côté": (_A,), "de leur côté": (_A,),
        "par ailleurs": (_A,), "en outre": (_A,), "alors": (_A,), "quant à lui": (_A,),
        "quant à elle": (_A,), "d'abord": (_A,), "d’abord": (_A,), "déjà": (_A,), "ainsi": (_A,),
        "plus tôt": (_V,), "plus tard": (_V,), "hier": (_F, _V), "en revanche": (_V,),
        "au total": (_F,), "en tout": (_F,),
        "puis": (_O,), "cependant": (_O,), "toutefois": (_O,),
    },
    "it": {
        "anche": (_F, _A, _V, _O, _I), "persino": (_F,), "perfino": (_F,),
        "poi": (_A, _V, _O, _I), "inoltre": (_A, _V, _O, _I), "nel frattempo": (_A, _V),
        "invece": (_A, _V, _I), "però": (_A, _O), "infatti": (_A,), "subito": (_A,),
        "già": (_A, _C, _I), "intanto": (_A,), "ancora": (_C,), "ora": (_C,),
        "ieri": (_F, _V), "per parte sua": (_V,), "in totale": (_F,), "complessivamente": (_F,),
        "quindi": (_O,), "infine": (_O,),
        "tuttavia": (_O,),
    },
    "es": {
        "también": (_F, _V, _O, _I), "incluso": (_F, _O), "después": (_V, _O), "luego": (_V, _O),
        "además": (_V, _O, _I), "ya": (_C, _I), "aún": (_C,), "ahora": (_C,), "ayer": (_F, _V),
        "en total": (_F,),
        "en cambio": (_V,), "por su parte": (_V,), "asimismo": (_O,), "finalmente": (_O,),
        "igualmente": (_O,), "posteriormente": (_O,), "entonces": (_O,), "así": (_O,),
    },
    "pt": {"também": (_F, _V, _O, _I), "até": (_F,), "depois": (_V, _O), "ontem": (_F, _V),
           "no total": (_F,), "ao todo": (_F,),
           "por sua vez": (_V,), "porém": (_O,), "além": (_O,), "então": (_O,),
           "ainda": (_C, _I), "já": (_C, _I), "agora": (_C,)},
    "de": {"auch": (_F, _O), "sogar": (_F,), "dann": (_O,), "zudem": (_O,), "außerdem": (_O,),
           "jedoch": (_O,), "insgesamt": (_F,), "gestern": (_F,), "damals": (_F,)},
    "nl": {"ook": (_F,), "zelfs": (_F,), "in totaal": (_F,), "gisteren": (_F,)},
    "pl": {"wtedy": (_F,), "łącznie": (_F,), "wczoraj": (_F,)},
    # between a verb of what befell people and their number ("sai vigastada veel neli
    # inimest", "umrli so še trije", "poginula su još dvojica")
    "et": {"veel": (_F,), "kokku": (_F,)}, "fi": {"myös": (_F,), "yhteensä": (_F,)},
    "sl": {"še": (_F,), "tudi": (_F,), "skupno": (_F,)},
    "hr": {"još": (_F,), "također": (_F,), "ukupno": (_F,)},
}


def adverbs(role: Role, lang: str | None = None) -> tuple[str, ...]:
    """Every adverb of the role, in one language or in every one, each once (in the table's
    order)."""
    return tuple(dict.fromkeys(word for code, by_word in ADVERBS.items() if lang in (None, code)
                               for word, roles in by_word.items() if role in roles))


def alternation(role: Role, space: str = r"\s+", lang: str | None = None) -> str:
    """The adverbs of the role (in one language, or in every one) as one regular-expression
    group, longest first, ``space`` between the words of a phrase (a pattern that reads a single
    space passes ``" "``)."""
    return "(?:{})".format("|".join(space.join(map(re.escape, word.split(" "))) for word in
                                    sorted(adverbs(role, lang), key=len, reverse=True)))

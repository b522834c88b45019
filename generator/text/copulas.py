"""The copula of the third person, and the plural definite articles of a subject before it, in
the press's languages: one table for the readers that find an outcome's group named by a
copula ("the dead are three men", :mod:`generator.text.casualty.outcome_verbs`) and a member named
by one ("among the dead was a boy", "the victims are two X and a Y",
:mod:`generator.extract.singular`), which had each written their own list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "are", "sont", "son", "sono", "são", "sind", in the present and the past.
PLURAL = ("are", "were", "sont", "étaient", "son", "eran", "fueron", "sono", "erano", "furono",
          "são", "eram", "foram", "sind", "waren")
SINGULAR = ("is", "was", "est", "était", "es", "era", "fue", "è", "ist", "war", "é", "foi")
#: The plural auxiliaries of a perfect tense ("had died", "habían fallecido", "avaient péri",
#: "avevano perso", "tinham morrido", "hatten"): with :data:`PLURAL`, the main verb's opening
#: after a restrictive relative clause ("seis de los 90 operarios que hacían el turno de
#: noche habían fallecido": trial 28).
PERFECT_PLURAL = ("had", "have", "habían", "han", "hubieron", "ont", "avaient", "hanno",
                  "avevano", "tinham", "têm", "haviam", "haben", "hatten")
#: The singular auxiliaries of a perfect tense and their past ("has", "a", "ha", "hat", "tem";
#: "had", "avait", "había", "aveva", "hatte", "tinha").
PERFECT_SINGULAR = ("has", "had", "a", "avait", "ha", "había", "hat", "hatte", "tem", "tinha",
                    "aveva")
#: The simple past of "be" and "become" that open a passive ("fu colpito", "wurde verletzt").
PASSIVE_PAST = ("fu", "furono", "wurde", "wurden")
#: The past of "be" and "have" that tells what happened, in the press's languages ("was
#: named", "were found", "had left", "fueron rescatados", "a été" aside as a present
#: auxiliary): news is told in it, a picture's caption in the present or without a verb
#: (the cleaner's ``twice_in_a_row`` and ``bare_caption``).
PAST_TELLING = frozenset({"was", "were", "had", "était", "étaient", "avait", "avaient", "fut",
                          "furent", "era", "eran", "fue", "fueron", "había", "habían", "erano",
                          "fu", "furono", "aveva", "avevano", "eram", "foram", "foi", "tinha",
                          "tinham", "havia", "haviam", "war", "waren", "wurde", "wurden",
                          "hatte", "hatten", "werd", "hadden",
                          "był", "była", "było", "byli", "były", "var", "blev"})
#: Words of :data:`PAST_TELLING` that are another word in a language: English "war" and "era"
#: are nouns ("a school destroyed in the war"), not German's or Spanish's "was" (rev42).
PAST_TELLING_NOT_IN = {"en": frozenset({"war", "era"})}


def tells_the_past(words: Iterable[str], language: str) -> bool:
    """Whether one of ``words`` is a past of "be" or "have" that tells news
    (:data:`PAST_TELLING`) in a text of ``language``."""
    other = PAST_TELLING_NOT_IN.get((language or "")[:2].lower(), frozenset())
    return any((w := word.lower()) in PAST_TELLING and w not in other for word in words)


#: Every finite form of "be" and "have" above: after a noun, the opening of its clause's verb.
FINITE_AUXILIARIES = frozenset(SINGULAR + PLURAL + PERFECT_SINGULAR + PERFECT_PLURAL
                               + PASSIVE_PAST)
#: The participle of "be" between a perfect's auxiliary and a passive's participle: "have been
#: evacuated", "habían sido evacuadas", "ont été évacuées", "sono stati evacuati" (the review
#: of the twenty-seventh stop).
BEEN = frozenset({"been", "sido", "été", "stati", "state", "worden"})
_MAIN_AUXILIARIES = frozenset(PLURAL + PERFECT_PLURAL)


#: Participles of finding, between a passive's auxiliary and the state the people were found
#: in ("were found dead", "ont été retrouvées mortes", "fueron halladas muertas", "sono stati
#: trovati morti", "foram encontrados mortos"; trial 31: people on board found dead were read
#: as on board).
FOUND = frozenset({"found", "retrouvés", "retrouvées", "trouvés", "trouvées", "hallados",
                   "halladas", "encontrados", "encontradas", "trovati", "trovate", "rinvenuti",
                   "rinvenute", "achados", "achadas"})


def after_auxiliary(before: list[str]) -> bool:
    """Whether the lower-case words before a participle end on a plural auxiliary
    (:data:`PLURAL`, :data:`PERFECT_PLURAL`), perhaps with "been" after it (:data:`BEEN`) and a
    participle of finding after that (:data:`FOUND`): the main verb after a restrictive
    relative clause, not the clause's own."""
    if before and before[-1] in FOUND:
        before = before[:-1]
    if before and before[-1] in BEEN:
        before = before[:-1]
    return bool(before) and before[-1] in _MAIN_AUXILIARIES
#: A modal in a past tense, then the copula's infinitive: the participle after them says what
#: was done to the subject ("had to be evacuated", "ont dû être évacués", "han tenido que ser
#: evacuados", "hanno dovuto essere evacuati", "tiveram de ser retirados", "ont pu être
#: extraites"), however far before the subject is counted
#: (:func:`generator.text.casualty.outcomes.outcome_after`; German puts the verbs last). Not the
#: bare infinitive, which wanting, waiting and the future govern too ("did not want to be
#: evacuated", "waited for the engine room to be evacuated", "will have to be").
PAST_MODAL_PASSIVE = (
    *(f"{m} be" for m in ("had to", "have had to", "has had to", "needed to")),
    *(f"{m} être" for m in ("ont dû", "a dû", "avaient dû", "avait dû", "ont pu", "a pu")),
    *(f"{m} ser" for m in ("han tenido que", "ha tenido que", "tuvieron que", "tuvo que",
                           "habían tenido que", "pudieron", "han podido", "tiveram de",
                           "tiveram que", "teve de", "teve que", "puderam")),
    *(f"{m} essere" for m in ("hanno dovuto", "ha dovuto", "sono dovuti", "sono dovute",
                              "è dovuto", "è dovuta", "hanno potuto", "sono potuti",
                              "sono potute")),
)
#: Verbs that say a member is among a group, as a copula does ("parmi les morts figure un
#: enfant", "entre los muertos hay un niño", "c'è un bambino", "befindet sich ein Kind").
AMONG_VERBS = ("figure", "figurent", "figurait", "figuraient", "hay", "había", "c'è", "c’è",
               "befindet sich", "havia", "há", "estavam",
               # where one is ("se trouve un pompier", "está una enfermera", "está um bombeiro"),
               # what there is ("il y a", "ci sono", "c'era") and reported speech ("sei", "seien":
               # "Unter den Toten sei ein Kind"): chk51b, the member checklist
               "se trouve", "se trouvent", "se trouvait", "se trouvaient", "il y a", "il y avait",
               "está", "están", "estaba", "estaban", "estão", "estava", "ci sono",
               "c'era", "c’era", "c'erano", "c’erano", "sei", "seien", "befanden sich",
               "befand sich",
               # what there would be, as an unconfirmed report says it ("ci sarebbero", "il y
               # aurait", "habría", "haveria": spent s30, a country's share of the victims lost)
               "ci sarebbero", "ci sarebbe", "il y aurait", "habría", "haveria",
               # a verb of counting ("parmi les blessés, on dénombre 9 enfants", "entre los muertos
               # se cuentan", "tra le vittime si contano", "entre os mortos contam-se": xdev51)
               "on compte", "on comptait", "on dénombre", "on dénombrait", "se cuentan",
               "se contaban", "si contano", "si contavano", "contam-se", "se contam")
#: A participle or adverb between a copula and "among" ("were confirmed among the dead", "were
#: also among the injured": trial 40 read a second clause's dead as the first clause's missing).
AMONG_ADVERBS = ("also", "now", "confirmed", "reported", "listed", "counted", "named",
                 "believed to be", "said to be", "confirmed to be", "aussi", "también", "anche",
                 "auch", "também")
#: The definite plural articles that open the subject of a plural copula.
DEFINITE_PLURAL = ("the", "les", "los", "las", "le", "i", "gli", "as", "os", "die")


def alternation(words: tuple[str, ...]) -> str:
    """The words as one regular-expression group, longest first, any white space between the
    words of a phrase."""
    return "(?:{})".format("|".join(r"\s+".join(map(re.escape, w.split())) for w in
                                    sorted(words, key=len, reverse=True)))


#: A copula or a verb of being among, then maybe an adverb or participle (:data:`AMONG_ADVERBS`),
#: right before "among" ("were among", "were confirmed among", "figurent parmi").
AMONG_LEAD = (rf"{alternation(PLURAL + SINGULAR + AMONG_VERBS)}\s+"
              rf"(?:{alternation(AMONG_ADVERBS)}\s+)?")

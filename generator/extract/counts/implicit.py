"""A number whose noun is left out, read by what befell those it counts, named after it.

English has a few fixed shapes ("four were killed", "12 died", "30 wounded", "three were in
serious condition", "eight had injuries", "the seven undergoing treatment": the hospital's
words for the injured, round 15 of the figures, on three fresh sites), the report maybe
hedged ("11 are said to be in critical condition", "three were believed to be missing": round
20). In the other languages the same report is a number that opens its clause (the sentence's
start, a comma, a semicolon or "and"), maybe a partitive pronoun, then a verb phrase naming
the outcome in the words of :mod:`generator.text.counted_words` ("…, y 12 de ellos fueron dados
de alta", "De ellos, 3 siguen ingresados"), or a grave condition, which only the injured are
in ("…, e 2 estão graves"). A noun right after the number is what it counts and is read
elsewhere; a number after an article or a preposition ("el 14 murieron", "a las 8") is no
subject of its clause.

The same noun may come before the number instead, as the subject of a copula or of a verb of
rising (:func:`subject_before`): Italian, Portuguese and Spanish state a toll as "the dead are N"
or "the injured have risen to N", with the article on the outcome noun and no noun after N.
"""

from __future__ import annotations

import re

from generator.extract.counts.counted import severity_of
from generator.text.adverbs import BESIDE_COPULA, alternation
from generator.text.articles import definite
from generator.text.casualty.outcomes import WORD, outcome_after
from generator.text.counted_words import (
    IN_CARE_EN,
    OTHERS,
    OUTCOMES,
    TO_HOSPITAL_EN,
    counted_group,
)
from generator.text.part_of import partitive_end
from generator.text.plural_nouns import plural_lemma


def _phrases(phrases: tuple[str, ...]) -> str:
    """The table's phrases as one alternation, longest first, any white space between words:
    the English hospital phrases are read from :mod:`generator.text.counted_words` (one place)."""
    return "(?:{})".format("|".join(r"\s+".join(map(re.escape, p.split()))
                                     for p in sorted(phrases, key=len, reverse=True)))


_IMPLICIT = re.compile(
    r"\s+(?:others?\s+)?(?:(?:were|have\s+been|had\s+been|are|was|remain|remained|are\s+still|"
    r"were\s+still)\s+)?(?:(?:reported|feared|presumed|believed|thought|confirmed|said)\s+"
    # raised, the outcome maybe in the perfect: "were confirmed to have died", "are feared to
    # have drowned", "are believed to have been killed" (chk52b)
    r"(?:to\s+(?:be|have(?:\s+been)?)\s+)?)?"
    r"(?:(?P<dead>killed|dead|died|drowned|perished)|(?P<wounded>wounded|injured|"
    rf"{_phrases(IN_CARE_EN)}|"
    r"(?:had|suffered|sustained)\s+(?:\w+\s+)?injuries|undergoing\s+treatment|"
    rf"(?:taken|rushed|sent|airlifted|transported|admitted)\s+{_phrases(TO_HOSPITAL_EN)})|"
    r"(?P<missing>missing)|(?P<rescued>rescued)|(?P<displaced>displaced|evacuated))\b", re.I)
#: An English number with only how badly after it, set off by commas after a count of the
#: injured ("27 people were hurt, six seriously, police said"; "…, six critically."): a part
#: of those injured, at that level (trial 22). Not an adverb before more words ("six seriously
#: worried").
_HOW_BADLY_EN = re.compile(r"\s+(?:seriously|critically|severely|gravely|badly)"
                           r"(?=\s*(?:[,.;)]|and\b|$))", re.I)
#: Nothing counted between the injured and the number: no digit in the gap ("injured in the
#: blast, which damaged 12 homes, six badly": six of the homes, review 20b).
_INJURED_BEFORE_EN = re.compile(r"\b(?:injured|wounded|hurt)\b[^.;:\d]{0,40},\s*$", re.I)
#: The count of the injured, in digits, right before their verb ("27 people were hurt").
_INJURED_COUNT_EN = re.compile(r"(\d[\d,]*)\s+(?:[^\W\d_]+\s+){0,3}(?:injured|wounded|hurt)\b"
                               r"[^.;:\d]{0,40},\s*$", re.I)


def how_badly_en(before: str, after: str, end: int, value: float | None = None
                 ) -> tuple[str, str, int] | None:
    """("wounded", "wounded", end) for an English number that says only how badly some of the
    injured just counted are hurt ("27 were hurt, six seriously"), else None. A part is no
    larger than the injured counted before it, and no year ("27 people were hurt, 2019
    badly"): with no count in digits before, under a thousand."""
    if not (_HOW_BADLY_EN.match(after) and _INJURED_BEFORE_EN.search(before)):
        return None
    whole = _INJURED_COUNT_EN.search(before)
    most = float(whole.group(1).replace(",", "")) if whole else 999
    if value is not None and value > most:
        return None
    return "wounded", "wounded", end


#: Where a clause opens: the sentence's start, a comma, a semicolon, a colon or "and"; maybe
#: "others" before the number ("Weitere 28 sollen … gestorben sein", "Outros 28 terão morrido":
#: chk52b), the table's word (:data:`~generator.text.counted_words.OTHERS`).
_OPENS = re.compile(r"(?:^|[,;:]|\b(?:y|e|et|und|en|ed|and)\b)\s*"
                    rf"(?:(?:{'|'.join(sorted(OTHERS))})\s+)?$", re.I)
#: How many words after the number a grave condition may be named: the people it is said of are
#: injured ("dos estaban graves"; the levels of :data:`~generator.text.counted_words.SEVERITY`).
_GRAVE_WORDS = 4


#: A verb of rising puts the count before the toll's noun ("bringing to 12 the number of people
#: killed", "eleva a 12 la cifra de muertos", "porte à 12 le nombre de morts": trial 23), with a
#: word of the total or its standing between ("the official number of deaths", "le nombre total
#: de morts", "o número de mortos", "il numero complessivo delle vittime": round ffig5).
_TO_THE_NUMBER = re.compile(r"(?:\bto|\ba|\bà|\bpara)\s*$", re.I)
_THE_NUMBER_OF = re.compile(
    r"\s+(?:the\s+(?:(?:known|total|overall|official|confirmed|provisional|latest)\s+)?"
    r"(?:number|toll)|la\s+cifra|el\s+(?:número|balance)|le\s+(?:nombre|bilan)|"
    r"o\s+(?:número|balanço)|il\s+(?:numero|bilancio))"
    r"(?:\s+(?:total|totale|complessivo|provisoire|provisional|provisório|provvisorio))?"
    r"\s+(?:of|de|des|du|di|dei|degli|delle|dos|das|do|da)\s+"
    r"(?:(?:those|people|personas|personnes|pessoas|persone|los|las|les|le|i|gli|os|as)\s+)?"
    r"(?P<noun>[^\W\d_]+)", re.I)


#: ... unless the number is a total over a period, not this event's toll ("bringing to 40 the
#: number of people killed in accidents in the region since 2010", "porte à 12 le nombre de
#: morts depuis le début de l'année", "eleva a 12 la cifra de muertos este año": review 21).
#: "since the blast" is the event's own.
_OVER_A_PERIOD = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:since|seit|depuis|desde|dal|dall['’])\s+(?:\d{4}|the\s+start|"
    r"the\s+beginning|le\s+début|el\s+(?:inicio|comienzo)|principios|comienzos|anfang|"
    r"jahresbeginn|inizio|o\s+início)|this\s+year|cette\s+année|este\s+año|lo\s+que\s+va|"
    r"dieses\s+jahr|quest['’]anno|este\s+ano)\b", re.I)


def implicit_outcome(before: str, after: str, lang: str, end: int, value: float | None = None
                     ) -> tuple[str, str, int] | None:
    """(outcome word, group, end) of a number whose noun is left out, or None."""
    toll = _THE_NUMBER_OF.match(after) if _TO_THE_NUMBER.search(before) else None
    group = counted_group(toll.group("noun") + " ", lang, OUTCOMES) if toll else None
    if toll and group and not _OVER_A_PERIOD.match(after, toll.end()):
        return toll.group("noun"), group, end + toll.end()
    if lang == "en":
        m = _IMPLICIT.match(after)
        if not m:
            return how_badly_en(before, after, end, value)
        for group, noun in (("dead", "dead"), ("wounded", "wounded"), ("missing", "missing"),
                            ("rescued", "rescued"), ("displaced", "evacuee")):
            if m.group(group):
                return m.group(group), noun, end + m.end()
        return None
    if not _OPENS.search(before):
        return None
    rest = after[partitive_end(after):]
    words = list(WORD.finditer(rest))
    if not words or words[0].start() != len(rest) - len(rest.lstrip()) \
            or plural_lemma(words[0].group(0), lang) or counted_group(rest.lstrip(), lang):
        return None  # punctuation or a noun after the number: not this shape
    done = outcome_after(rest, lang)
    if done is None and any(severity_of(w.group(0)) in ("serious", "critical")
                            for w in words[:_GRAVE_WORDS]):
        done = "wounded"
    return (done, done, end) if done else None


#: The copula or verb of rising between an outcome noun and its number, per language: "sono
#: (state)", "sono saliti a", "são", "subiram para", "son", "ascienden a". A participle set off by
#: commas (the injured, "saliti a N", then more of the sentence) is left out: on a fresh page its
#: figure made an emergency service's number later in the sentence read as more injured. A verb
#: that says what befell them ("sono stati trasportati") is not here: its number is read by the
#: noun after it. The conditional of hearsay links them too ("i feriti sarebbero nove",
#: trial 25).
_LINK = {
    "it": r"(?:sono|è|erano|era|sarebbero|sarebbe)(?:\s+(?:stat[ieoa]|salit[ieoa]|arrivat[ieoa]))?"
          r"(?:\s+a)?|"
          r"(?:salgono|salirono|arrivano|ammontano)\s+a|restano|rimangono|risultano",
    "pt": r"são|eram|foram|é|era|seriam|seria|"
          r"(?:subiram|subiu|sobem|sobe|chegam|chegaram)\s+(?:para|a)|somam|totalizam",
    "es": r"son|eran|fueron|serían|sería|"
          r"(?:ascienden|ascendieron|suben|subieron|llegan|llegaron)\s+a|suman",
}
_ARTICLES = {lang: "|".join(sorted(definite([lang], singular=False)))
             for lang in ("it", "pt", "es")}
#: Words that may stand between the verb and the number, or between the noun and the verb
#: (the table's adverbs beside a copula).
_STILL = alternation(BESIDE_COPULA)


def subject_before(before: str, after: str, lang: str, end: int
                   ) -> tuple[str, str, int] | None:
    """(noun, group, end) of a number whose outcome noun is the subject before it: "le vittime
    sono state N", "os feridos subiram para N". A noun right after the number counts it instead
    ("i morti sono N bambini" is read by that noun first); a noun that names no outcome ("le case
    sono N") is no toll."""
    if lang not in _LINK:
        return None
    m = re.search(rf"(?:^|[\s,;:(])(?:{_ARTICLES[lang]})\s+(?P<noun>[^\W\d_]+)\s+"
                  rf"(?:{_STILL}\s+)?(?:{_LINK[lang]})\s+(?:{_STILL}\s+)?$", before, re.I)
    if not m:
        return None
    group = counted_group(m.group("noun") + " ", lang, OUTCOMES)
    words = list(WORD.finditer(after))
    if group is None or (words and words[0].start() == len(after) - len(after.lstrip())
                         and plural_lemma(words[0].group(0), lang)):
        return None
    return m.group("noun"), group, end

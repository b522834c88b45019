"""The words that say a count of people is presumed, feared or believed dead, not confirmed.

While a search goes on, outlets give the confirmed dead and, beside them, those presumed dead
("six deaths were confirmed and another eight people are believed to have died", "huit disparus
considérés comme décédés", "zwei Vermisste gelten als tot"; trial 16, a volcanic eruption in
four languages). ``briefing extract`` proposes them as a count of their own
(:mod:`generator.extract.counts.beside_toll`) and ``briefing check`` finds an outlet stating a
figure of the presumed dead only by these words, and a figure of the confirmed dead never by them.
The words must follow the count in its own clause, with no negation ("not thought to be dead"),
no other number and no conjunction between ("eight are missing and five are feared dead": the
eight stay missing).
"""

from __future__ import annotations

import re

from generator.text.future import may_come
from generator.text.lexicon import BUT
from generator.text.negation import negation_pattern

_DEAD_EN = r"(?:dead|killed|drowned)"
_DIED_EN = r"(?:died|perished|drowned|been\s+killed|lost\s+their\s+lives)"
_MARKERS = re.compile(
    # en: "presumed dead", "feared dead", "believed to be dead", "thought to have died"
    rf"(?:presumed|feared|believed|thought|assumed)\s+(?:to\s+(?:be|have\s+been)\s+)?{_DEAD_EN}\b"
    rf"|(?:presumed|feared|believed|thought|assumed)\s+to\s+have\s+{_DIED_EN}"
    # fr: "présumés morts", "considérés comme décédés", "tenus pour morts" (not "déclarés
    # morts": pronounced dead, review 13)
    r"|(?:présumé|considéré|tenu)e?s?\s+(?:comme\s+|pour\s+)?(?:mort|décédé)e?s?\b"
    # de: "gelten als tot", "gelten seit dem Ausbruch am Montag als tot", "als tot gelten",
    # "vermutlich tot" (not "für tot erklärt": pronounced dead)
    r"|(?:gelten|galten|gilt|galt)\s+(?:\w+\s+){0,5}als\s+tot\b|als\s+tot\s+(?:gelten|galten|gilt)"
    r"|(?:vermutlich|mutmaßlich|wahrscheinlich)\s+tot\b"
    # es: "dados por muertos", "presuntamente muertos", "se presume que han muerto"
    r"|(?:dad[oa]s?\s+por|presuntamente|presumiblemente)\s+(?:muert|fallecid)[oa]s?\b"
    r"|se\s+(?:presume|presumen|cree|creen|teme|temen)\s+(?:que\s+)?(?:han\s+|hayan\s+)?"
    r"(?:muert|fallecid)[oa]s?\b"
    # it: "dati per morti", "presumibilmente morti", "si teme siano morti"
    r"|dat[ioe]\s+per\s+mort[ioe]\b|presumibilmente\s+mort[ioe]\b"
    r"|si\s+(?:teme|presume)\s+(?:che\s+)?(?:siano|sia)\s+mort[ioe]\b"
    # pt: "dados como mortos", "presumivelmente mortos", "considerados mortos"
    r"|(?:dad|considerad)[oa]s?\s+como\s+mort[oa]s?\b|(?:presumivelmente|considerad[oa]s?)\s+"
    r"mort[oa]s?\b",
    re.I)
#: What may not stand between the count and the words: another clause, number or negation.
_BREAK = re.compile(r"[\d.;:!?()\[\]–—]|,(?!\s*$)|\s(?:and|et|und|y|e|i|oraz|or|ou|o|oder|"
                    r"while|tandis|während|mientras|mentre|enquanto|" + BUT + r")\s", re.I)
#: A negation of the presumption itself: in its words, or among the two words before them
#: ("not believed dead", "gelten nicht mehr als tot", "ne sont plus considérés comme morts");
#: a negation of another word ("non ancora trovati, dati per morti") leaves it.
_NOT = re.compile(negation_pattern(without=frozenset({"no"}))
                  + r"|(?<!\w)no(?=\s+(?:se|son|están|fueron|han|longer)\b)", re.I)
#: The presumption undone in its own clause ("were believed dead but were found alive"; not
#: "while the rest were found alive", nor "rescuers found two others alive" after a semicolon).
_FOUND_ALIVE = re.compile(r"^[^;.]{0,60}?\b(?:but|yet|before|until|later|then)\b[^;.]{0,30}?"
                          r"\b(?:found|turned\s+up|rescued|pulled\s+out|discovered)\s+"
                          r"(?:\w+\s+){0,2}?alive\b", re.I)
#: How far after the number the words may begin: the noun and a verb or two.
_REACH = 60
#: A figure's label that names the presumed dead in a few words of its own ("Presumed dead",
#: "Vermutlich Tote", "Presuntos muertos"), beside the sentence forms of :data:`_MARKERS`; not
#: "Presumed survivors", "People feared trapped", "Presuntos saqueadores" (review 13).
_LABEL = re.compile(r"\b(?:presum|feared|believed|thought|présum|vermutlich|mutmaßlich|presunt|"
                    r"presumib|presumiv)\w*\s+(?:dead|deaths|fatalit|tote|toten|todesopfer|muert|"
                    r"mort|décéd|fallecid|morti|mortos)\w*"
                    r"|\b(?:morts?|décès|muertos|fallecidos|morti|mortos)\s+(?:présum|presunt|"
                    r"presumid|presumiv)\w*", re.I)
#: A label that sets the presumed dead aside ("Deaths, not counting those presumed dead").
_LABEL_EXCLUDES = re.compile(r"\b(?:not\s+counting|excluding|without|except|sans\s+compter|hors|"
                             r"ohne|außer|sin\s+contar|excepto|senza|escluso|exceto)\b|"
                             r"\bnot\s+(?:the\s+|those\s+)?(?:presum|feared|believed)", re.I)


def names_presumed(text: str) -> bool:
    """Whether a figure's label (or one of the analyst's terms) names the presumed dead, and not
    as what it leaves out ("Confirmed dead, not the presumed dead"; review 14)."""
    m = _MARKERS.search(text) or _LABEL.search(text)
    return bool(m) and not _LABEL_EXCLUDES.search(text[:m.end()])


def presumed(after: str) -> bool:
    """Whether the words after a count say its people are presumed dead, not confirmed."""
    m = _MARKERS.search(after, 0, _REACH + 60)
    if m is None or m.start() > _REACH:
        return False
    between = after[:m.start()]
    near = " ".join(between.split()[-2:])
    return not _BREAK.search(between) and not _NOT.search(near + " " + m.group()) \
        and not _FOUND_ALIVE.match(after[m.end():m.end() + 120])


#: Quotation marks, which a page may put around the count a toll may reach ("could count \"up to
#: 600 dead\""): read through.
_QUOTE_MARKS = re.compile(r"[\"“”„«»‘’‚]")


def may_yet_reach(before: str, after: str) -> bool:
    """Whether the words ``before`` a count of the dead, in its clause, say the toll may yet
    reach it ("the toll could rise to 450", "il bilancio potrebbe contare fino a 450 morti",
    "die Zahl der Toten könnte auf 450 steigen", :func:`generator.text.future.may_come`): the
    dead feared, not confirmed (trial 42: a projection of 600 became the shipwreck's toll)."""
    return may_come(_QUOTE_MARKS.sub("", before[-200:]), after)


def presumption_undone(after: str) -> bool:
    """Whether the words after a count presume its people dead and then find them alive in the
    same clause ("were believed dead but were found alive"): no outcome at all (review 14's
    climbers; trial 25 made climbers people an outcome befalls, as "people" were)."""
    m = _MARKERS.search(after, 0, _REACH + 60)
    return m is not None and m.start() <= _REACH and bool(
        _FOUND_ALIVE.match(after[m.end():m.end() + 120]))

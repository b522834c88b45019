"""What a number counts, in every language of the corpus: the words after it (a group of
people, the dead, ships, dams…; :mod:`generator.text.counted_words`), or a toll named before it
("the death toll has soared to 11,300", "el número de desaparecidos podría superar los 5 000",
"die Anzahl der Toten ist auf über 100 gestiegen")."""

from __future__ import annotations

import re

from generator.text.counted_words import (
    COUNTED,
    EMERGENCY_VEHICLES,
    NEEDS_OUTCOME,
    OUTCOMES,
    SEVERITY,
    TOLLS,
    counted_group,
    counted_prefix,
)
from generator.text.languages import UNSPACED
from generator.text.lexicon import CAUSE_OR_TIME_OPENERS, lemma
from generator.text.plural_nouns import plural_lemma

WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word, a letter first (also read by implicit.py)
#: Words between a number and what it counts that say nothing of it ("10 de los", "d'", "of").
_LINKS = frozenset({"de", "des", "d", "of", "the", "los", "las", "les", "la", "el", "der", "die",
                    "den", "von", "di", "dei", "degli", "delle", "da", "do", "dos", "das", "van",
                    "z", "ze", "other", "others", "otros", "otras", "autres", "weitere", "altri",
                    "outros", "andere"})
#: Where the words about one number end: punctuation, another number, or a conjunction that
#: starts another clause ("and", "et", "y", "und", "e", "oraz", "ou", "or"; not the Polish
#: "i" nor "o", which are articles in Italian and Portuguese; the Dutch "en" only in Dutch, as
#: it is a preposition in French and Spanish: "3 siguen en la UCI").
#: (With the full-width and ideographic marks of Chinese and Japanese, and their comma "、";
#: and the middle dot between the items of a deck.)
#: (Korean "제외", except: "all but N were hurt" written with it gives the N no outcome.)
_CLAUSE_END = (r"[.;:,·()\[\]–—，。、；：！？（）「」،؛।॥۔]|\d|\s(?:and|et|y|und|e|oraz|ou|or)\s"
               r"|제외")
#: Czech and Polish coordinate with "a" and "i" ("zemřelo pět lidí a dvanáct bylo zraněno").
_CLAUSE_END_SLAVIC = _CLAUSE_END + r"|\s(?:a|i|ale|zaś)\s"
_CLAUSE_END_BY_LANG = {"nl": _CLAUSE_END + r"|\sen\s", "cs": _CLAUSE_END_SLAVIC,
                       "pl": _CLAUSE_END_SLAVIC}
#: How many words after a group of people its outcome may come ("personas habían muerto").
_OUTCOME_WORDS = 8


def counted_in(after: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """What a number counts, read in the table of :mod:`generator.text.counted_words` (every
    language): the first words after the number that name a group (linking words skipped), and
    for a group of people the outcome named in the words after it ("2 Personen konnten gerettet
    werden" -> rescued), up to the clause's end."""
    # what the number counts comes before another number or a coordinated clause ("killed
    # 135 and injured 5,000": the 135 are not the injured)
    clause = re.split(_CLAUSE_END_BY_LANG.get(lang, _CLAUSE_END), after, maxsplit=1)[0]
    if lang in UNSPACED:
        return _counter_in(clause, lang, end)
    tokens = list(WORD.finditer(clause))
    for i, tok in enumerate(tokens[:4]):
        low = tok.group(0).lower().strip("’'")
        group = counted_group(clause[tok.start():], lang)
        if group is None:
            if low in _LINKS or len(low) <= 1:
                continue
            if i >= 2:
                return None
            continue  # one adjective: "cinco españoles", "2 weitere Menschen"
        stop = tok.end()
        if group in ("person", *NEEDS_OUTCOME):
            group = outcome_after(clause[stop:], lang) or group
        if group in NEEDS_OUTCOME:
            return None
        return clause[tokens[0].start():stop], group, end + stop
    return None


#: How many characters after a counter its outcome may be written, in a language without
#: spaces ("12人の死者", "3名工人获救").
_OUTCOME_CHARS = 10


def _counter_in(clause: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """What a number counts in a language written without spaces: the counter or noun right
    after it ("人", "名乘客"), and for people the outcome in the few characters after it."""
    found = counted_prefix(clause.lstrip(), lang)
    if found is None:
        return None
    begin, group = found
    stop = len(clause) - len(clause.lstrip()) + len(begin)
    if group in ("person", *NEEDS_OUTCOME):
        group = outcome_after(clause[stop:], lang) or group
    if group in NEEDS_OUTCOME:
        return None
    return clause[:stop].strip(), group, end + stop


#: How far before a number a toll may be named, within its clause: a long place between them
#: is common ("the death toll from the collapse of a hotel in … has risen to 14").
_TOLL_REACH = 140


#: Languages that glue endings and particles onto a word ("사망자는", "sayısı'na"): there a
#: toll's word may take them; in a language without spaces it has no word boundary at all.
_SUFFIXED = frozenset({"ko", "tr"})


#: A clause of cause or time after a comma: a number in it is not what the toll counts.
_BECAUSE = re.compile(rf",\s*(?:{CAUSE_OR_TIME_OPENERS})\b"
                      # an Arabic comma, then "and" glued to the next clause's verb (not "وفق",
                      # according to): "…، ودمرت مئات المنازل" counts houses, not the dead
                      r"|،\s*و(?!فق)", re.I)


def _toll_pattern(word: str, lang: str) -> str:
    """A toll's word as a whole word, or with the endings its language glues on."""
    if lang in UNSPACED:
        return re.escape(word)
    return rf"(?<!\w){re.escape(word)}" + ("" if lang in _SUFFIXED else r"(?!\w)")


def toll_before(before: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """A number a toll names before it: "le bilan s'élève à 135", "the tally could climb to
    20,000", "la cifra de muertos se sitúa en 2.400". The toll's own counted word decides the
    group ("número de desaparecidos": missing); a bare toll ("bilan", "death toll") counts the
    dead."""
    # a full stop or colon between digits is a time or a decimal ("pukul 18.30", "10:30"),
    # not the end of the clause
    window = re.split(r"[;!?()\[\]。！？；，、]|(?<!\d)[.:]|[.:](?!\d)", before[-_TOLL_REACH:])[-1]
    best = None
    for word, default in TOLLS.get(lang, {}).items():
        for m in re.finditer(_toll_pattern(word, lang), window, re.I):
            # the last toll named, and of two ending together the longer ("मरने वालों की संख्या",
            # the number of those who died, not its last word "संख्या", the number)
            if best is None or (m.end(), len(m.group(0))) > (best[0].end(), len(best[0].group(0))):
                best = (m, default)
    if best is None or _BECAUSE.search(window, best[0].end()):
        return None  # "the toll will rise, as up to 900 are trapped": the number is another's
    m, default = best
    group = default
    for tok in WORD.finditer(window, m.end()):
        found = counted_group(window[tok.start():], lang, OUTCOMES)
        if found:
            group = found
            break
    if group is None:
        # "la cifra de personas embarcadas … 95": what the word names, when no outcome
        # does, rather than the noun of the sentence before
        for tok in WORD.finditer(window, m.end()):
            found = counted_group(window[tok.start():], lang)
            if found:
                return tok.group(0), found, end
        return None
    return m.group(0), group, end


#: Below this, a count of something no table names is not proposed unless the event did
#: something to it ("deux entrées", "two mountain districts" are description, not figures;
#: "3 Polizisten wurden verletzt" is one).
SMALL_COUNT = 10


def plural_after(after: str, lang: str, end: int, value: float = SMALL_COUNT
                 ) -> tuple[str, str, int] | None:
    """The plural noun right after a number that no table names ("400 sapeurs-pompiers",
    "80 camiones de bomberos": the trucks, not the firefighters): what the number counts, in a
    language other than English (:mod:`generator.text.plural_nouns`). A German noun may follow
    one adjective ("400 freiwillige Helfer"). None when the first word is in the table of
    counted words (then :func:`counted_in` reads it, with its outcome) or is not a plural
    noun."""
    clause = re.split(r"[.;:,()\[\]–—]", after, maxsplit=1)[0]
    tokens = list(WORD.finditer(clause))
    # "quatre autres passagers", "3 weitere Helfer": the noun after "others"
    skip = 1 if tokens and _OTHERS.fullmatch(" " + tokens[0].group(0) + " ") else 0
    for i, tok in enumerate(tokens[skip:skip + (2 if lang == "de" else 1)], start=skip):
        word = tok.group(0)
        if counted_group(clause[tok.start():], lang) is not None:
            return None
        found = plural_lemma(word, lang)
        if found is None and word.lower() in EMERGENCY_VEHICLES.get(lang, ()):
            found = word.lower()  # a plural the lemmatiser does not know ("autoscale")
        if found is not None:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and not clause[tok.end():nxt.start()].strip() \
                    and counted_group(clause[nxt.start():], lang) is not None:
                return None  # an adjective before a counted noun: "due forti esplosioni"
            outcome = outcome_after(clause[tok.end():], lang)  # "3 Polizisten wurden verletzt"
            if outcome:
                return word, outcome, end + tok.end()
            if value < SMALL_COUNT and word.lower() not in EMERGENCY_VEHICLES.get(lang, ()):
                return None
            return word, found.lower(), end + tok.end()
        if lang != "de" or word[:1].isupper():
            return None
    return None


#: What may follow a number whose counted noun is left out: the clause's end, or a preposition
#: that starts a place or a source ("plus de 2.000 à Benghazi", "at 11,300.", "the 20,000 a
#: spokesperson gave"), in the corpus languages.
_ELIDED_AFTER = re.compile(
    r"\s*(?:(?:others?|autres|otros|otras|altri|altre|outros|outras|weitere|andere)\b\s*)?"
    r"(?:$|[.;:,!?)\]–—]|(?:in|at|on|from|a|an|another|à|au|aux|en|dans|selon|par|al|según|por|nel|"
    r"nella|da|secondo|em|no|na|segundo|im|am|auf|laut|nach|w|we|v|ve|op|volgens)\b)", re.I)


def nothing_after(text: str, stop: int) -> bool:
    """Whether nothing that could be counted follows the number ending at ``stop``."""
    return bool(_ELIDED_AFTER.match(text, stop))


#: A partitive pronoun right after a number: the number is part of what was just counted ("90
#: personas han muerto, 80 de ellas en la capital", "40 people died, 30 of them in the city").
_PARTITIVE = re.compile(r"\s*(?:of\s+them|of\s+whom|de\s+ell[ao]s|d['’]entre\s+(?:eux|elles)|"
                        r"di\s+(?:loro|essi|esse)|del[ae]s|dentre\s+el[ae]s|davon|z\s+nich|"
                        r"de\s+l[ao]s\s+cuales|"
                        r"van\s+hen)\b", re.I)
_OTHERS = re.compile(r"\s*(?:others?|autres|otros|otras|altri|altre|outros|outras|weitere|andere|"
                     r"inni|inne|další|anderen)\b\s*", re.I)
#: "The other" or "the remaining" right before a number, in the corpus languages: the number
#: counts the rest of a group just named, whatever follows it ("per gli altri cinque solo
#: codici verdi", "en las restantes 9 volvió la luz", "de overige vijf zaten in de auto").
_OTHERS_BEFORE = re.compile(
    r"(?:\bthe\s+(?:other|remaining)|\b(?:l[oa]s\s+(?:otr[oa]s|demás|restantes)|"
    r"gli\s+altri|le\s+altre|[il]e?\s+(?:restanti|rimanenti)|[oa]s\s+(?:outr[oa]s|demais|restantes)|"
    r"die\s+(?:übrigen|anderen|restlichen)|de\s+(?:overige|andere|resterende)))\s+$", re.I)


#: A relative partitive right before a number: the number is part of the group just named
#: ("300 personas …, de las que 40 aún siguen", "zes gewonden, waarvan er drie naar",
#: "8 osób, z czego 5 odmówiło", "20 blessés dont 3 dans un état grave").
_PART_BEFORE = re.compile(
    r"(?:\bof\s+(?:whom|which)|\bdont|\bdi\s+cui|\bde\s+l[ao]s\s+(?:que|cuales)|\bd[oa]s\s+quais|"
    r"\bvon\s+denen|\bdavon|\bwaarvan(?:\s+er)?|\bz\s+(?:czego|których|nich))\s+$", re.I)


def partitive_end(after: str) -> int:
    """Where a partitive pronoun right after a number ends ("12 de ellos", "3 davon"), or 0."""
    m = _PARTITIVE.match(after)
    return m.end() if m else 0


def others_before(before: str) -> str | None:
    """"rest" when ``before`` ends with "the other" or "the remaining", "part" when it ends with
    a relative partitive ("of whom", "dont", "waarvan er"): either way the number after it
    counts (part of) a group the text just named, its noun left out."""
    tail = before[-40:]
    return "rest" if _OTHERS_BEFORE.search(tail) else "part" if _PART_BEFORE.search(tail) else None


def noun_left_out(after: str, lang: str) -> bool:
    """A number whose noun is the one just named: a partitive pronoun follows it ("80 de
    ellas"), or "others" with no noun of their own ("cinq autres ont été retrouvées"; not "deux
    autres bâtiments", which counts buildings)."""
    if _PARTITIVE.match(after):
        return True
    m = _OTHERS.match(after)
    if not m:
        return False
    nxt = WORD.match(after, m.end())
    return nxt is None or (plural_lemma(nxt.group(0), lang) is None
                           and counted_group(after[nxt.start():], lang) is None)


def _outcomes(lang: str) -> list[tuple[str, str]]:
    """The outcome words of one language with their groups ("死亡": dead)."""
    return [(w, g) for g in OUTCOMES for w in COUNTED[g].get(lang, ())]


def outcome_after(after: str, lang: str) -> str | None:
    """What happened to a group of people, named in the words after it up to the clause's end
    ("people are reported dead", "personas perdieron hoy la vida", "Polizisten wurden
    verletzt"); not past another number, whose own words those are ("135 people and injured
    5,000")."""
    clause = re.split(_CLAUSE_END_BY_LANG.get(lang, _CLAUSE_END), after, maxsplit=1)[0]
    if lang in UNSPACED:
        window = clause[:_OUTCOME_CHARS]
        hits = [(window.find(w), g) for w, g in _outcomes(lang) if w in window]
        return min(hits)[1] if hits else None
    tokens = list(WORD.finditer(clause))[:_OUTCOME_WORDS]
    at_a_place = None
    for i, tok in enumerate(tokens):
        found = counted_prefix(clause[tok.start():], lang, OUTCOMES)
        if found and not (i and tokens[i - 1].group(0).lower() in _OBJECT_BEFORE):
            if found[0] not in _AT_A_PLACE:
                return found[1]
            at_a_place = at_a_place or found[1]
    return at_a_place


#: Outcome words that name where people are, not what happened to them ("in het ziekenhuis",
#: "ins Krankenhaus", "en la UCI"): a death or a disappearance named later in the clause
#: outranks them ("zijn in het ziekenhuis overleden": died in hospital; Dutch and German put
#: the verb last). From the table: beginnings opening on a preposition or taking to hospital.
_AT_A_PLACE = frozenset(w for ws in COUNTED["wounded"].values() for w in ws if re.match(
    r"(?:in|ins|im|naar|auf|en|na) |\S+ .*(?:h[oô]spital|osped)", w))


#: Words before an outcome that make it a noun the clause is about, not what happened to the
#: group ("buzos buscan a los desaparecidos", "searching for the missing").
#: (Not German "die"/"der" nor Dutch "die": relative pronouns, "Menschen, die verletzt wurden".)
_OBJECT_BEFORE = frozenset({"the", "los", "las", "les", "des", "aux", "den", "dem", "i", "gli",
                            "le", "os", "as", "aos", "het", "for"})


#: English verbs whose object is the group they did something to ("killed at least 135
#: people", "injuring 5,000"), by lemma.
_OUTCOME_VERBS = {"kill": "dead", "injure": "wounded", "wound": "wounded", "hurt": "wounded",
                  "displace": "evacuee", "evacuate": "evacuee", "rescue": "rescued",
                  "save": "rescued", "claim": "dead"}


def outcome_before(before: str, lang: str, toll: bool = False, after: str = "") -> str | None:
    """What happened to a group of people, named by the verb whose object the number is:
    "killed at least 135 people", "a tué 12 personnes", "ferendo 30 persone"; with ``toll``, in
    a language other than English, also by a toll named before it ("jumlah korban … menjadi
    18 orang": the number of victims rose to 18 people)."""
    m = re.search(r"([^\W\d_][\w’'-]*)\s*$", before)
    nxt = WORD.match(after.lstrip(" \u00a0"))
    # the number opens a clause of its own ("…, six are", "…, e cinco estão"), not a
    # preposition's object ("levados para dois hospitais"), and no noun of its own follows
    opens = re.search(r"(?:[,;]|\b(?:and|e|y|et|und|ed)\b)\s*$", before)
    among = None if toll or not opens or (nxt and (plural_lemma(nxt.group(0), lang) or forms_a_noun(
        nxt.group(0), lang))) else _AMONG.search(before[-160:])
    if among and not (m and counted_group(m.group(1), lang, OUTCOMES)):
        return counted_group(among.group(1), lang, OUTCOMES)  # "Entre os feridos, … cinco"
    if not m:  # no word right before it (or one ending on a vowel sign, "দাঁড়িয়েছে")
        named = toll_before(before, lang, 0) if toll and lang != "en" else None
        return named[1] if named and named[1] in OUTCOMES else None
    word = m.group(1)
    prev = re.search(r"([^\W\d_][\w’'-]*)\s+$", before[:m.start()])
    if lang != "en" and word.lower().strip("’'") in _LINKS and prev:  # "la mort d’au moins 160"
        of = counted_group(prev.group(1) + " ", lang, OUTCOMES)  # the death of: an outcome noun
        if of:
            return of
    if lang == "en" and _DEATH_TOLL_TO.search(before):
        return "dead"  # "taking the death toll to at least 23 miners"
    if word.lower() in ("all", "another", "the") and lang == "en":  # "killing all 31 people"
        return outcome_before(before[:m.start()], lang)
    found = counted_group(word, lang, OUTCOMES)
    if not found and lang == "ar" and word[:1] in "وف":  # "وإصابة 30": and the injuring of 30
        found = counted_group(word[1:], lang, OUTCOMES)
    if found or lang != "en":
        named = toll_before(before, lang, 0) if toll and not found else None
        return found or (named[1] if named and named[1] in OUTCOMES else None)
    return _OUTCOME_VERBS.get(base := lemma(word.lower()), _OUTCOME_VERBS.get(base.rstrip("d")))


def forms_a_noun(word: str, lang: str) -> bool:
    """Whether ``word`` after a number is what it counts (an English plural noun, or a word
    the counted tables name): "dois hospitais", "two hospitals" count hospitals."""
    return counted_group(word, lang) is not None or (
        lang == "en" and word.lower().endswith("s") and word.lower() not in _EN_NOT_NOUNS)


_EN_NOT_NOUNS = frozenset({"is", "was", "has", "remains", "says", "as", "its", "his", "this"})


#: A group named as a whole before a number that counts part of it, with no number between:
#: "Among the injured, five are critical", "Tra i feriti … due sono gravi", "Entre os feridos".
_AMONG = re.compile(r"(?i)(?:^|\W)(?:among|amongst|entre|tra|fra|parmi|unter|dos|das|de)\s+"
                    r"(?:the|os|as|los|las|les|i|gli|le|den|die)\s+([^\W\d_]+)[^.;:!?\d]{0,100}$")


#: A death toll the number states, whatever noun follows it ("the death toll to 23 miners").
_DEATH_TOLL_TO = re.compile(r"\bdeath\s+toll\b[^.;:]{0,140}?\b(?:to|at)\s*$", re.I)
#: A place's population, not people the event did something to: "a city of 100,000 people",
#: "the town's 20,000 residents" (English; the other languages' "habitants", "Einwohner" are
#: read by the table, with :data:`NEEDS_OUTCOME`).
_POPULATION_BEFORE = re.compile(
    r"\b(?:city|town|village|country|nation|island|municipality|community|region|state|"
    r"province|district|area|home)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+"
    r"|over\s+|roughly\s+)?$", re.I)
#: "1 in 5 homes", "one out of three", "un sur cinq", "uno de cada cinco": a ratio, not a count.
_RATIO_BEFORE = re.compile(r"\b(?:\d+|one|two|three|un|une|uno|una|um|uma|ein|eine)\s+"
                           r"(?:in|out\s+of|of\s+every|sur|de\s+cada|su|em\s+cada|von)\s+$", re.I)


def not_counted_here(head: str, before: str, lang: str) -> bool:
    """A number whose words around it make it no count of the event: a population (residents
    with nothing said to have happened to them; "a city of N people"), or a ratio."""
    if _RATIO_BEFORE.search(before):
        return True
    return lang == "en" and (head in ("resident", "inhabitant") or (
        head in ("people", "person", "resident", "inhabitant")
        and bool(_POPULATION_BEFORE.search(before))))


def severity(after: str, lang: str = "") -> str | None:
    """How badly the people counted are hurt, as the number's clause says ("critical",
    "serious", "light"), or None when it does not say. The clause ends as its language ends
    one: Dutch "en" is "and", Spanish and French "en" is "in" ("heridos en estado grave")."""
    clause = re.split(_CLAUSE_END_BY_LANG.get(lang, _CLAUSE_END), after[:120],
                      maxsplit=1)[0].lower()
    return next((level for word in WORD.findall(clause) if (level := severity_of(word))), None)


def severity_of(word: str) -> str | None:
    """The level of hurt one word names ("graves": serious; "critici": critical), or None."""
    word = word.lower()
    return next((level for level, words in SEVERITY.items() if any(
        word == w or (w.endswith("*") and word.startswith(w[:-1])) for w in words)), None)

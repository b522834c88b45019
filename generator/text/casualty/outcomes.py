"""What befell a group of people a number counts, in every language of the corpus: the outcome
named in the words after it ("2 Personen konnten gerettet werden": rescued), by the verb whose
object it is ("killed at least 135 people", "a tué 12 personnes"), or by a toll named before it
("the death toll has soared to 11,300", "el número de desaparecidos podría superar los 5 000",
"die Anzahl der Toten ist auf über 100 gestiegen"); with the words and clause ends these read
(also by :mod:`.counted`)."""

from __future__ import annotations

import re

from generator.text.articles import definite
from generator.text.casualty.asides import (
    apposition_end,
    aside_after,
    at_work,
    done_by_them,
    list_end,
)
from generator.text.copulas import (
    AMONG_LEAD,
    PAST_MODAL_PASSIVE,
    after_auxiliary,
    alternation,
)
from generator.text.counted_words import (
    COUNTED,
    FATALLY_HURT,
    OUTCOMES,
    SEVERITY,
    counted_prefix,
)
from generator.text.languages import UNSPACED
from generator.text.lexicon import AMONG, BUT_INSTEAD
from generator.text.negation import denied
from generator.text.quantities import quantities
from generator.text.status_words import STATUS

#: A word, a letter first (also read by counted.py and implicit.py).
WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: Words between a number and what it counts that say nothing of it ("10 de los", "d'", "of").
LINKS = frozenset({"de", "des", "d", "of", "the", "los", "las", "les", "la", "el", "der", "die",
                   "den", "von", "di", "dei", "degli", "delle", "da", "do", "dos", "das", "van",
                   "z", "ze", "other", "others", "otros", "otras", "autres", "weitere", "altri",
                   "outros", "andere",
                   # the Nordic "of", written in no other language: "to af dem døde", "tre av
                   # de döda" (two of them died, three of the dead)
                   "av", "af"})
#: Where the words about one number end: punctuation, another number, or a conjunction that
#: starts another clause ("and", "et", "y", "und", "e", "oraz", "ou", "or"; not the Polish
#: "i" nor "o", which are articles in Italian and Portuguese; the Dutch "en" only in Dutch, as
#: it is a preposition in French and Spanish: "3 siguen en la UCI").
#: (With the full-width and ideographic marks of Chinese and Japanese, and their comma "、";
#: and the middle dot between the items of a deck.)
#: (Korean "제외", except: "all but N were hurt" written with it gives the N no outcome.)
_CLAUSE_MARK = r"[.;:,·()\[\]–—，。、；：！？（）「」،؛।॥۔]"
_CONJUNCTION = r"\s(?:and|et|y|und|e|oraz|ou|or)\s|제외"
CLAUSE_END = _CLAUSE_MARK + r"|\d|" + _CONJUNCTION
#: Czech and Polish coordinate with "a" and "i" ("zemřelo pět lidí a dvanáct bylo zraněno"), Catalan
#: and Romanian with "i", "și" and "iar" ("doi au murit, iar trei au fost răniți").
_MORE_CONJUNCTIONS = {"nl": r"|\sen\s", "cs": r"|\s(?:a|i|ale|zaś)\s",
                      "pl": r"|\s(?:a|i|ale|zaś)\s",
                      # Catalan "i" and Romanian "și" (both commas), "iar" (and, while)
                      "ca": r"|\si\s", "ro": r"|\s(?:și|şi|si|iar)\s"}
CLAUSE_END_BY_LANG = {code: CLAUSE_END + more for code, more in _MORE_CONJUNCTIONS.items()}


def clause_of(after: str, lang: str) -> str:
    """The words after a number up to where its clause ends (:data:`CLAUSE_END`), read past a
    measured amount in it, whose digits are blanked: a number with a unit ("aus dem 12 Meter
    tiefen Schacht", "40 metres from the shore") describes a place or a thing and counts no one,
    so the group's outcome after it is still the group's ("19 Menschen wurden aus dem 12 Meter
    tiefen Schacht gerettet": xdev51, fresh pages). A count without a unit still ends it
    ("killed 135 and injured 5,000")."""
    end = re.compile(CLAUSE_END_BY_LANG.get(lang, CLAUSE_END))
    pos = 0
    while (m := end.search(after, pos)) and after[m.start()].isdigit():
        q = next((q for q in quantities(after[m.start():m.start() + 40], lang) if q.start == 0),
                 None)
        if q is None or q.unit is None or q.kind != "quantity":
            break
        after = after[:m.start()] + " " * q.end + after[m.start() + q.end:]
        pos = m.start() + q.end
    return after[:m.start()] if m else after


def words_clause_end(lang: str) -> str:
    """:data:`CLAUSE_END` of ``lang`` without its numbers: where the words about one thing end
    for a reader that looks for the number in them (:mod:`.agent`)."""
    return _CLAUSE_MARK + "|" + _CONJUNCTION + _MORE_CONJUNCTIONS.get(lang, "")
#: How many words after a group of people its outcome may come ("personas habían muerto").
_OUTCOME_WORDS = 8

#: German and Dutch put the participle last: after a finite auxiliary or modal right behind
#: the group ("31 Menschen sind bei einem Brand in einem Stollen im Süden ums Leben
#: gekommen", trial 24) the outcome may close a clause longer than the usual reach.
_VERB_LAST_AUX = {
    "de": frozenset({"sind", "waren", "wurden", "seien", "wären", "würden", "ist", "war", "wurde",
                     "sei", "haben", "hatten", "hat", "hatte",
                     # and the modals, whose infinitive stands last ("konnten … geborgen werden")
                     "konnten", "konnte", "können", "kann", "mussten", "musste", "müssen",
                     # and hearsay's ("sollen … gestorben sein", "dürften … umgekommen sein")
                     "soll", "sollen", "dürfte", "dürften"}),
    "nl": frozenset({"zijn", "waren", "werden", "is", "was", "werd", "hebben", "hadden"}),
}
_VERB_LAST_WORDS = 20
#: Words that open a subordinate clause in German and Dutch, whose words are not the group's
#: ("… gezocht naar de vermisten", "… gekommen, um nach ihren verletzten Verwandten zu fragen",
#: "toen de explosie plaatsvond waarbij … gewond raakten"; review 22).
_SUBORDINATE = frozenset({"toen", "waarbij", "als", "om", "omdat", "terwijl", "nadat", "dat",
                          "um", "wo", "weil", "nachdem", "dass", "während"})
#: "während" before an article or a possessive is the preposition "during", no clause of its own
#: ("Drei Arbeiter wurden während ihrer Arbeit getötet": the lead's read of the spent set s37).
_DURING_BEFORE = frozenset({"der", "des", "dem", "den", "die", "eines", "einer", "ihrer", "ihres",
                            "seiner", "seines", "unserer", "dieser", "dieses"})


def _preposition(tokens: list, k: int) -> bool:
    return tokens[k].group(0).lower() == "während" and k + 1 < len(tokens) \
        and tokens[k + 1].group(0).lower() in _DURING_BEFORE


#: Prepositions whose noun after them (an article or a possessive between) is an object, not
#: what befell the group ("gezocht naar de vermisten", "nach ihren verletzten Verwandten").
_OBJECT_PREPOSITIONS = frozenset({"naar", "nach", "met", "mit", "voor", "für", "van", "von"})
#: At most this many words after an outcome read past the usual reach: the rest of the
#: participle group ("ums Leben gekommen", "geborgen werden").
_CLOSING_WORDS = 3


#: Relative pronouns that open a restrictive clause right after a group (the auxiliaries that
#: open the main verb after it: :func:`~generator.text.copulas.after_auxiliary`).
_RELATIVES = frozenset({"who", "that", "que", "qui", "che", "die", "dat"})
#: A past modal's passive right before an outcome: "… ont dû être évacués" (chk51a).
_DONE_TO = re.compile(rf"(?i)(?<!\w){alternation(PAST_MODAL_PASSIVE)}\s+$")


def _closes(clause: str, end: int) -> bool:
    """Whether the outcome ending at ``end`` closes the clause, a few lower-case verb words
    after it at most: German and Dutch put the participle group last."""
    rest = WORD.findall(clause[end:])
    return len(rest) <= _CLOSING_WORDS and all(w[:1].islower() for w in rest)

#: How many characters after a counter its outcome may be written, in a language without
#: spaces ("12人の死者", "3名工人获救").
_OUTCOME_CHARS = 10

#: happen ("were not rescued until Monday", "no fueron rescatadas hasta la noche") or what it
#: was instead ("were not killed by the blast but by the fire", "no murieron en el acto, sino
#: en el hospital"): the outcome stands.
_NOT_UNTIL_BUT = re.compile(
    r"\W*(?:[^\W\d_]+\W+){0,4}?(?:until|till|bis|erst|hasta|jusqu|fino|até|tot)\b"
    r"|[^.;:]{0,60}?\b(?:" + BUT_INSTEAD + r")\b", re.I)


def _outcomes(lang: str) -> list[tuple[str, str]]:
    """The outcome words of one language with their groups ("死亡": dead)."""
    return [(w, g) for g in OUTCOMES for w in COUNTED.get(g, {}).get(lang, ())]


def outcome_after(after: str, lang: str) -> str | None:
    """What happened to a group of people, named in the words after it up to the clause's end
    ("people are reported dead", "Polizisten wurden verletzt"); not past another number, whose
    own words those are ("135 people and injured 5,000"); past an aside between commas ("41
    people, including three stewards, died", "six workers, who were filling potholes, are
    missing") or a list's ("bei Glatteis, Sturm und Kälte gestorben")."""
    aside = aside_after(after) or done_by_them(after, lang)
    if aside:
        after = after[aside.end():]
    clause = at_work(clause_of(after, lang))  # "impegnati nei soccorsi"
    part = _PART_OPENS.search(clause)
    if part and any(q.start == 0 for q in quantities(clause[part.start(1):][:40], lang)):
        clause = clause[:part.start()]
    if lang in UNSPACED:
        window = clause[:_OUTCOME_CHARS]
        hits = [(window.find(w), g) for w, g in _outcomes(lang) if w in window]
        return min(hits)[1] if hits else None
    tokens = list(WORD.finditer(clause))
    verb_last = bool(tokens) and tokens[0].group(0).lower() in _VERB_LAST_AUX.get(lang, ())
    if verb_last and (skip := apposition_end(after, len(clause), lang)  # ", einer Stadt …,"
                      or list_end(after, len(clause))):  # "bei Glatteis, Sturm und Kälte …"
        clause = clause + " " * (skip - len(clause)) + clause_of(after[skip:], lang)
        tokens = list(WORD.finditer(clause))
    if verb_last:  # the group's own clause ends at a subordinate one ("toen", "um … zu")
        # (not an outcome phrase opened by one: Dutch "om het leven gekomen", died)
        cut = next((k for k, t in enumerate(tokens) if t.group(0).lower() in _SUBORDINATE
                    and not counted_prefix(clause[t.start():], lang, OUTCOMES)
                    and not _preposition(tokens, k)), None)
        if cut is not None:
            clause, tokens = clause[:tokens[cut].start()], tokens[:cut]
    tokens = tokens[:_VERB_LAST_WORDS]  # past the usual reach only what closes a clause, below
    reach = len(tokens) if verb_last else _OUTCOME_WORDS
    relative = bool(tokens) and tokens[0].group(0).lower() in _RELATIVES
    at_a_place = None
    words = [t.group(0) for t in tokens]
    denied_to = -1  # the end of an outcome phrase denied, whose own words are denied with it
    for i, tok in enumerate(tokens):
        if tok.start() < denied_to:
            continue
        found = counted_prefix(clause[tok.start():], lang, OUTCOMES)
        # "were among the dead", "figurent parmi les morts", "están entre los heridos": the
        # group the people are counted among is what befell them, its article no object's; a
        # main verb, read past the usual reach ("three children carried to a tent were among
        # the injured": spent24, a second site)
        among = i >= 2 and tokens[i - 2].group(0).lower() in AMONG and bool(
            _IS_AMONG.search(clause, 0, tokens[i - 2].start()))
        if found and not (i and not among and (tokens[i - 1].group(0).lower() in _OBJECT_BEFORE or (
                lang == "de" and tokens[i - 1].group(0) in _GERMAN_ARTICLES
                and tok.group(0)[:1].isupper()
                and not (i >= 2 and tokens[i - 2].group(0).lower() in _AMONG_WORDS)))):
            end = tok.start() + len(found[0])
            if denied(words, i, lang) and not _NOT_UNTIL_BUT.match(after, end) and not any(
                    severity_of(t.group(0)) for t in tokens[i + 1:i + 5] if t.start() >= end):
                if found[0] in _FATAL_WOUNDS:
                    return "wounded"  # "not fatally injured": the wound denied only its death
                denied_to = end
                continue  # "were not injured", "no resultaron heridos": nobody hurt (but
                # "no resultaron heridas de gravedad", "non hanno riportato ferite gravi" are)
            if "lebensgefahr" in found[0] and found[0] != "außer lebensgefahr" \
                    and _DANGER_BROUGHT_DE.search(clause):
                continue
            later = _AFTER_PRESENT if found[1] == "present" else _WORSE
            worse = i == 0 and found[1] in STATUS and _worse_after(
                clause, tokens[:reach], i + 1, lang, later)
            if worse:
                return worse
            if i >= _OUTCOME_WORDS and not among and not (verb_last and _closes(
                    clause, tok.start() + len(found[0])) and not any(
                    t.group(0).lower() in _OBJECT_PREPOSITIONS for t in tokens[i - 2:i])) and \
                    not _DONE_TO.search(clause, 0, tok.start()) and not (
                    relative and after_auxiliary([t.group(0).lower() for t in tokens[:i][-3:]])):
                continue  # past the usual reach only the participle group closing the clause,
                # a passive's participle ("… ont dû être évacués"), or the main verb after a
                # restrictive relative clause ("empleados que cumplían … habían fallecido")
            if found[0] not in _AT_A_PLACE and not (at_a_place and found[1] not in _WORSE):
                return found[1]  # "ins Krankenhaus ausgeflogen": flown to hospital, hurt
            at_a_place = at_a_place or found[1]
    return at_a_place


#: A wound said fatal: denied ("not fatally injured"), the people are hurt (review of stop 28).
_FATAL_WOUNDS = frozenset(w for words in FATALLY_HURT.values() for w in words)
#: What happened to people, which a status right after their noun only describes them by ("41
#: personas detenidas … murieron": the held who died are the dead; review 22).
_WORSE = ("dead", "wounded", "missing")
#: Who was there names no outcome at all: any outcome later in the clause is theirs ("les 64
#: passagers présents sur le navire furent évacués", "the 300 people attending were evacuated").
_AFTER_PRESENT = (*_WORSE, "evacuee", "rescued")


def _worse_after(clause: str, tokens: list, start: int, lang: str,
                 outcomes: tuple[str, ...] = _WORSE) -> str | None:
    """A death, an injury or a disappearance (or ``outcomes``) later in the clause, before any
    other number."""
    for i in range(start, len(tokens)):
        tok = tokens[i]
        if any(c.isdigit() for c in tok.group(0)):
            return None
        found = counted_prefix(clause[tok.start():], lang, outcomes)
        if found and not denied([t.group(0) for t in tokens], i, lang):
            return found[1]
    return None


#: A part opened without a comma, its number right after it ("41 personnes dont trois extraites
#: des gravats", "20 people of whom two were hurt"): the words from there on are the part's,
#: not the whole group's. Not a relative "dont" without a number ("dont la famille …").
_PART_OPENS = re.compile(r"\s(?:dont|of\s+whom|of\s+them|de\s+l[oa]s\s+cuales|de\s+ell[oa]s|"
                         r"di\s+cui|dos\s+quais|das\s+quais|davon)\s+(\S+)", re.I)


#: Outcome words that name where people are, not what happened to them ("in het ziekenhuis",
#: "ins Krankenhaus", "en la UCI"): a death or a disappearance named later in the clause
#: outranks them ("zijn in het ziekenhuis overleden": died in hospital; Dutch and German put
#: the verb last). From the table: beginnings opening on a preposition or taking to hospital.
#: German mortal danger the people counted brought others or themselves into: "12
#: Feuerwehrleute begaben sich in Lebensgefahr", "brachte 40 Fahrgäste in Lebensgefahr",
#: "wurden in Lebensgefahr gebracht" (review 20b): no injured. The danger denied ("waren nicht
#: in Lebensgefahr") is the general denied outcome (:func:`~generator.text.negation.denied`).
_DANGER_BROUGHT_DE = re.compile(
    r"\b(?:brachte[n]?|bringt|bringen|gebracht|begab(?:en)?|begibt|begeben)\b", re.I)
_AT_A_PLACE = frozenset(w for ws in COUNTED["wounded"].values() for w in ws if re.match(
    r"(?:in|ins|im|naar|auf|en|na) |\S+ .*(?:h[oô]spital|osped)", w))


#: Words before an outcome that make it a noun the clause is about, not what happened to the
#: group ("buzos buscan a los desaparecidos", "searching for the missing").
#: (Not German "die"/"der" nor Dutch "die": relative pronouns, "Menschen, die verletzt wurden".)
_OBJECT_BEFORE = frozenset({"the", "los", "las", "les", "des", "aux", "den", "dem", "i", "gli",
                            "le", "os", "as", "aos", "het", "for"})


#: German articles before a capitalised outcome noun: the dead or the injured as a verb's
#: object ("Sanitäter versorgten die Verletzten": treated the injured). Lower case after them
#: is a relative clause's verb and still an outcome ("Menschen die verletzt wurden").
_GERMAN_ARTICLES = definite(["de"], singular=False)
#: Articles before an outcome noun, and the words before an article that make the group its
#: members ("among the dead", "unter den Toten", "tra i feriti", "entre los heridos").
_ARTICLES = (_OBJECT_BEFORE - {"for"}) | _GERMAN_ARTICLES | {"de", "la", "el", "l"}
_AMONG_WORDS = frozenset({*AMONG,
                          # a copula: the people are the group ("nine were the injured")
                          "were", "are", "was", "is", "sind", "waren", "sono", "erano", "son",
                          "eran", "fueron", "são", "eram", "foram", "sont", "étaient", "zijn"})


#: A copula or a verb of being among before "among" ("were among", "figurent parmi", "sono
#: tra", "sind unter"): the people counted are members of the group named after it; not
#: "searched among the dead", which the people did (:data:`AMONG_ADVERBS` may stand between).
_IS_AMONG = re.compile(rf"(?i)(?:^|\W){AMONG_LEAD}$")


def verb_object(words: list[str], i: int, links: frozenset[str]) -> bool:
    """Whether the outcome noun ``words[i]`` (lower case), after an article and a word that is
    neither a link nor "among", is the object of a verb done by the people counted before it:
    "Neun Sanitäter versorgten die Verletzten", "nine medics treated the injured" count the
    medics, not the injured; "Nine were among the dead", "nine of the injured", "nine were the
    injured" stay."""
    return i >= 2 and words[i - 1] in _ARTICLES and words[i - 2] not in links \
        and words[i - 2] not in _AMONG_WORDS and len(words[i - 2]) > 1


def severity_of(word: str) -> str | None:
    """The level of hurt one word names ("graves": serious; "critici": critical), or None."""
    word = word.lower()
    return next((level for level, words in SEVERITY.items() if any(
        word == w or (w.endswith("*") and word.startswith(w[:-1])) for w in words)), None)

"""What a number counts, in every language of the corpus: the words after it (a group of
people, the dead, ships, dams…; :mod:`generator.text.counted_words`); what befell the people it
counts, and a toll named before it, are read by :mod:`.outcomes`."""

from __future__ import annotations

import re

from generator.extract.counts.people_counted import places_struck, present_then
from generator.text.aboard import ON_BOARD
from generator.text.aboard import on_board as on_board
from generator.text.casualty.outcome_verbs import laid_waste, outcome_before
from generator.text.casualty.outcomes import (
    CLAUSE_END,
    CLAUSE_END_BY_LANG,
    LINKS,
    WORD,
    clause_of,
    outcome_after,
    severity_of,
    verb_object,
)
from generator.text.casualty.tolls import toll_before
from generator.text.counted_words import (
    EMERGENCY_VEHICLES,
    INTENSIVE_CARE,
    LIVES,
    NEEDS_OUTCOME,
    OTHERS,
    OUTCOMES,
    PEOPLE,
    counted_group,
    counted_prefix,
)
from generator.text.event_kinds import kinds_in
from generator.text.languages import UNSPACED
from generator.text.lexicon import NOUN_GROUPS
from generator.text.negation import is_negation
from generator.text.one_person import is_person
from generator.text.part_of import OF_THEM
from generator.text.place_words import ISLANDS
from generator.text.plural_nouns import plural_lemma
from generator.text.quantities import read as quantities
from generator.text.status_words import NOT_STATUS_NOUNS, STATUS


def _groups_of(before: list[re.Match[str]], lang: str) -> bool:
    """Whether the words between a number and the people it seems to count open with a plural
    noun that is no person, the people after it its members ("dos grupos de alpinistas", "trois
    cordées de randonneurs", "dwie grupy wspinaczy"): the number counts the groups, and two
    rope teams are no count of people (round ffig5)."""
    word = before[0].group(0)
    rest = [t.group(0).lower() for t in before[1:]]
    return (all(w in LINKS for w in rest) and (bool(rest) or lang == "pl")
            and plural_lemma(word, lang) is not None and not is_person(word.lower(), lang))


def counted_in(after: str, lang: str, end: int, outcome: bool = True
               ) -> tuple[str, str, int] | None:
    """What a number counts, read in the table of :mod:`generator.text.counted_words` (every
    language): the first words after the number that name a group (linking words skipped), and
    for a group of people the outcome named in the words after it ("2 Personen konnten gerettet
    werden" -> rescued), up to the clause's end; not with ``outcome`` False (the number counts
    the whole a part is taken from: :func:`.elided.whole_of_a_part`)."""
    # what the number counts comes before another number or a coordinated clause ("killed
    # 135 and injured 5,000": the 135 are not the injured)
    clause = clause_of(after, lang)  # past a measured amount ("12 Meter tiefen")
    if lang in UNSPACED:
        return _counter_in(clause, lang, end)
    tokens = list(WORD.finditer(clause))
    words = [t.group(0).lower().strip("’'") for t in tokens[:4]]
    for i, tok in enumerate(tokens[:4]):
        low = tok.group(0).lower().strip("’'")
        group = on_board(clause[tok.start():], lang) or counted_group(clause[tok.start():], lang)
        if group is None:
            if low in LINKS or len(low) <= 1:
                continue
            if i >= 2:
                return None
            continue  # one adjective: "cinco españoles", "2 weitere Menschen"
        if group in ("person", "resident") and i and _groups_of(tokens[:i], lang):
            return None  # "dos grupos de alpinistas", "dwie grupy wspinaczy": the groups
        if group in OUTCOMES and verb_object(words, i, LINKS):
            return None  # "Neun Sanitäter versorgten die Verletzten": what they did to them
        if group in STATUS and any(plural_lemma(w, lang) and not is_person(w, lang)
                                   and w not in OTHERS for w in words[:i]):
            return None  # "dos coches quedaron atrapados": a status befalls people, not things
        if group in STATUS and i == 0 and tok.group(0).lower() in NOT_STATUS_NOUNS.get(lang, ()):
            return None  # "12 arrêtés de catastrophe naturelle": orders, not arrests
        stop = tok.end()
        if group in ("person", *ON_BOARD, *NEEDS_OUTCOME) and outcome:
            done = present_then(outcome_after(clause[stop:], lang), clause[stop:],
                                clause[tokens[0].start():stop])
            # "62 passagers … se trouvaient à bord": where those on board are, not a status
            group = done if done and not (done == "present" and group in ON_BOARD) else group
        elif group in ("rescued", "survivor") and outcome and outcome_after(
                clause[stop:], lang) in _HURT:
            group = "wounded"  # survivors taken to hospital hurt are the injured (review 19)
        if group in NEEDS_OUTCOME:
            return None
        return clause[tokens[0].start():stop], group, end + stop
    return None



#: What a survivor's own verb may say befell them that makes them a count of the injured.
_HURT = ("wounded",)


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


#: Below this, a count of something no table names is not proposed unless the event did
#: something to it ("deux entrées", "two mountain districts" are description, not figures;
#: "3 Polizisten wurden verletzt" is one).
SMALL_COUNT = 10


#: A link between a thing counted and the emergency service it belongs to ("camions de
#: pompiers", "camiones de bomberos", "mezzi dei vigili del fuoco", "viaturas dos bombeiros").
_OF_A_SERVICE = re.compile(r"\s+(?:de|des|dei|degli|del|di|dos|das|da|der)\s+", re.I)


def plural_after(after: str, lang: str, end: int, value: float = SMALL_COUNT, outcome: bool = True,
                 before: str = "") -> tuple[str, str, int] | None:
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
    if lang == "de" and tokens[skip:] and tokens[skip].group(0) == "der":
        skip += 1  # a part of a group named with its adjective: "140 der entflohenen Häftlinge"
    for i, tok in enumerate(tokens[skip:skip + (2 if lang == "de" else 1)], start=skip):
        word = tok.group(0)
        if word.lower() in LIVES.get(lang, ()):  # (before the table: "Menschenleben" is no
            return word, "life", end + tok.end()  # "Menschen"); their outcome: .people_outcome
        if counted_group(clause[tok.start():], lang) is not None:
            return None
        found = plural_lemma(word, lang)
        if found is None and word.lower() in EMERGENCY_VEHICLES.get(lang, ()):
            found = word.lower()  # a plural the lemmatiser does not know ("autoscale")
        if found is not None:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and not clause[tok.end():nxt.start()].strip() \
                    and counted_group(clause[nxt.start():], lang) not in (None, *OUTCOMES):
                return None  # an adjective before a counted noun: "due forti esplosioni"
                # (not before an outcome, the noun's own: "450 famiglie colpite", chk52b)
            done = outcome and outcome_after(after[tok.end():], lang)  # "3 Polizisten wurden
            if done in STATUS and value < SMALL_COUNT and not is_person(word.lower(), lang):
                done = None  # "dos coches quedaron atrapados": a status is a person's
            if not done and outcome and places_struck(word, before, lang, after[tok.end():]):
                done = "affected"  # "arrasó dos aldeas": places the event struck
            if done:  # verletzt"; not the whole of a part ("Keiner der 40 Passagiere wurde …")
                return word, done, end + tok.end()
            means = _OF_A_SERVICE.match(clause, tok.end())
            service = means and counted_prefix(clause[means.end():], lang, ("responder",))
            if service:  # "45 camions de pompiers": the trucks, named with their service
                stop = means.end() + len(service[0].rstrip())
                stop += re.match(r"[\w’'-]*", clause[stop:]).end()
                return clause[tok.start():stop], found.lower(), end + stop
            if value < SMALL_COUNT and word.lower() not in EMERGENCY_VEHICLES.get(lang, ()) \
                    and found.lower() not in PEOPLE:  # people, however few ("seis sospechosos")
                return None
            return word, found.lower(), end + tok.end()
        if lang != "de" or word[:1].isupper():
            return None
    return None


#: What may follow a number whose counted noun is left out: the clause's end, or a preposition
#: that starts a place or a source ("plus de 2.000 à Benghazi", "at 11,300.", "the 20,000 a
#: spokesperson gave"), in the corpus languages. Not the text's end without a mark: a page cut
#: after "12 morts dans trois" says nothing of what the three are (trial 28: states read
#: as the dead).
_ELIDED_AFTER = re.compile(
    r"\s*(?:(?:others?|autres|otros|otras|altri|altre|outros|outras|weitere|andere)\b\s*)?"
    r"(?:[.;:,!?)\]–—]|(?:in|at|on|from|a|an|another|à|au|aux|en|dans|selon|par|al|según|por|nel|"
    r"nella|da|secondo|em|no|na|segundo|im|am|auf|laut|nach|w|we|v|ve|op|volgens|"
    # "from the" joined into one singular word: no plural noun a number counts follows it
    # ("760 reclusos do pavilhão norte e 60 do pavilhão sul": trial 39 lost the 60); not in
    # English, whose "do" is a verb ("of the 40 who fled, 12 do not want to return": review 33)
    r"(?P<joined>do|del|du|dal|dalla|della|dello|vom|aus))\b)", re.I)


def nothing_after(text: str, stop: int, lang: str = "") -> bool:
    """Whether nothing that could be counted follows the number ending at ``stop``."""
    m = _ELIDED_AFTER.match(text, stop)
    return bool(m) and not (lang == "en" and m.group("joined"))


#: A partitive pronoun right after a number: the number is part of what was just counted ("90
#: personas han muerto, 80 de ellas en la capital", "40 people died, 30 of them in the city").
_PARTITIVE = re.compile(rf"\s*(?:{OF_THEM})\b", re.I)
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


def own_or_toll(before: str, after: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """What a number counts when no noun follows it: "others" whose own verb names what befell
    them ("the toll had climbed to 48 while 23 others had been saved by fishermen": trial 20
    gave them the toll's dead, as the toll's clause runs on past "while"), else a toll named
    before it (:func:`.tolls.toll_before`)."""
    if noun_left_out(after, lang) and _OTHERS.match(after):
        done = outcome_after(after, lang)
        if done:
            return _OTHERS.match(after).group(0).strip(), done, end
    own = WORD.match(after.lstrip())
    if own and plural_lemma(own.group(0), lang) and counted_group(after.lstrip(), lang) is None:
        return None  # a noun of its own, too few to keep: "la cifra de muertes confirmadas en
        # cuatro provincias" counts provinces, not the toll's dead (trial 31)
    return toll_before(before, lang, end)


#: A place's population, not people the event did something to: "a city of 100,000 people",
#: "the town's 20,000 residents" (English; the other languages' "habitants", "Einwohner" are
#: read by the table, with :data:`NEEDS_OUTCOME`).
_POPULATION_BEFORE = re.compile(
    r"(?:\b(?:city|town|village|country|nation|island|municipality|community|region|state|"
    r"province|district|area|home)\s+of"
    # a population named as one ("has a population of 45,000", "une population de"; trial 38)
    r"|\b(?:population|población|popolazione|população|Bevölkerung|Einwohnerzahl)\s+"
    r"(?:of|de|di|d['’]|von)"
    # a place pointed at, or named before, with its population ("desta vila de cerca de 45 mil
    # habitantes", "cette commune d'environ", "esta localidad de unos"; trial 38)
    r"|\b(?:desta|dessa|nesta|naquela|cette|cet|esta|esa|aquella|questa|quella|della|dalla)"
    r"\s+(?:pa[íi]s|ciudad|pueblo|localidad|municipio|isla|vila|villa|ville|commune|île"
    r"|localité|paese|città|cittadina|comune|isola|cidade|município|ilha)\s+(?:de|di|d['’])"
    # the same in the other languages ("un país de unos 8,2 millones de personas": trial 37)
    r"|\b(?:un|una|une|um|uma)\s+(?:pa[íi]s|ciudad|pueblo|localidad|municipio|isla|regi[óo]n"
    r"|ville|commune|île|pays|localité|paese|città|comune|isola|cidade|município|ilha)"
    r"\s+(?:de|di|d['’])"
    r"|\b(?:eine[rm]?|ein(?:em)?)\s+(?:Stadt|Land|Insel|Gemeinde|Region)\s+(?:mit|von))"
    r"\s*(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+|unos\s+"
    r"|unas\s+|cerca\s+de\s+|más\s+de\s+|quelque\s+|près\s+de\s+|plus\s+de\s+|environ\s+"
    r"|circa\s+|oltre\s+|cerca\s+di\s+|mais\s+de\s+|rund\s+|etwa\s+|knapp\s+|über\s+)?$", re.I)
#: A demonstrative right before the number ("these two people", "ces deux personnes", "estas
#: dos personas", "queste due persone", "diese zwei Menschen"): people counted already, pointed
#: back at, no count of their own (spent22: a quotation's "ces deux personnes" proposed again;
#: fdev4: a forecast's temperature pointed back at as "esos N grados").
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:these|those|ces|estos|estas|esos|esas|aquellos|aquellas|questi|queste|"
    r"quei|quegli|quelle|estes|esses|essas|aqueles|aquelas|diese|dieser|diesen|jene|jenen|"
    r"deze)\s+$", re.I)
#: "1 in 5 homes", "one out of three", "un sur cinq", "uno de cada cinco": a ratio, not a count.
_RATIO_BEFORE = re.compile(r"\b(?:\d+|one|two|three|un|une|uno|una|um|uma|ein|eine)\s+"
                           r"(?:in|out\s+of|of\s+every|sur|de\s+cada|su|em\s+cada|von)\s+$", re.I)


def population_before(before: str) -> bool:
    """Whether a number closes "a city of (about)": the place's population, whatever count
    came before ("90 missing in a town of some 40,000": trial 27 read the population as missing)."""
    return bool(_POPULATION_BEFORE.search(before))


#: An English part set before "of the" and the whole's own number, digits or words ("four of the
#: nine suspects had a record"): when the part is people named by who they are and nothing befalls
#: it, it tells who some of the whole are; the whole is the figure (s33: two agency copies).
_PART_OF_A_NUMBER_EN = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their)\s+([\w,.-]+)\s", re.I)


def _idle_part_en(head: str, lang: str, after: str, between: str) -> bool:
    m = lang == "en" and _PART_OF_A_NUMBER_EN.match(between)
    return bool(m) and (head in PEOPLE or is_person(head, "en")) and not any(
        head in NOUN_GROUPS[g] for g in OUTCOMES if g in NOUN_GROUPS) and not outcome_after(
        after, "en") and any(q.start == 0 and q.end == len(m.group(1))  # not "the victims"
                             for q in quantities(m.group(1), "en"))


def not_counted_here(head: str, before: str, lang: str, after: str = "", between: str = ""
                     ) -> bool:
    """A number whose words around it make it no count of the event: a population (residents
    with nothing said to have happened to them; "a city of N people"), a ratio, a part of a
    whole counted beside it that nothing befalls (``between``: the words from the number to its
    noun), or a land's islands that nothing in their clause befalls (``place_words.ISLANDS``;
    ``after`` is the text after their noun)."""
    if _RATIO_BEFORE.search(before) or _DEMONSTRATIVE_BEFORE.search(before) or _idle_part_en(
            head, lang, after, between):
        return True
    if head.lower() in ISLANDS and not (outcome_after(after, lang) or laid_waste(
            before, lang, after) or outcome_before(before, lang, after=after)):
        return True  # "an archipelago of 17,000 islands": the land described
    return (lang == "en" and head in ("resident", "inhabitant")) or (
        head in _A_POPULATION and bool(_POPULATION_BEFORE.search(before)))


#: What a population's count may be read as: people, or the participle that describes its place
#: ("desta vila de 45 mil habitantes localizada na costa": the town is "located", trial 38).
_A_POPULATION = frozenset({"people", "person", "resident", "inhabitant", "located", "present"})


def severity(after: str, lang: str = "") -> str | None:
    """How badly the people counted are hurt, as the number's clause says ("critical",
    "serious", "light"), or None when it does not say. The clause ends as its language ends
    one: Dutch "en" is "and", Spanish and French "en" is "in" ("heridos en estado grave").
    A level word beside a word naming the event's kind qualifies the event, not the hurt
    ("injured in moderate flooding", "en inundaciones graves": review 30)."""
    clause = re.split(CLAUSE_END_BY_LANG.get(lang, CLAUSE_END), after[:120],
                      maxsplit=1)[0].lower()
    words = WORD.findall(_INTENSIVE_CARE.sub(" critical ", clause))
    return next((_qualified(level, words[i + 1:i + 2]) for i, word in enumerate(words)
                 if (level := severity_of(word))
                 and not any(w in _OUT_OF or is_negation(w, lang)
                             for w in words[max(0, i - 3):i])
                 and not kinds_in(" ".join(words[max(0, i - 1):i] + ["·"] + words[i + 1:i + 2]),
                                  lang)), None)


#: Intensive or critical care (:data:`INTENSIVE_CARE`): the people there are critically hurt.
_INTENSIVE_CARE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, INTENSIVE_CARE))})(?!\w)")


def _qualified(level: str, following: list[str]) -> str:
    """A level of hurt the next word qualifies: the noun of severity with its degree ("heridas
    de gravedad moderada", "de gravedad leve": trial 34 read both as serious) takes the
    degree's level; "de gravedad" alone stays serious."""
    return next((later for w in following if (later := severity_of(w))), level)


#: An adverb of hurt right before the number, after its verb ("hirió gravemente a nueve
#: personas", "ferì gravemente 9 passanti"; trial 34): its level, as the words after it would say.
_ADVERB_BEFORE = re.compile(r"(\w+(?:mente|ment|ly))\s+(?:(?:a|à|ad)\s+)?$", re.I)


def severity_before(before: str) -> str | None:
    """How badly the people counted are hurt, by an adverb of hurt right before their number."""
    m = _ADVERB_BEFORE.search(before)
    return severity_of(m.group(1)) if m else None


#: Words that put the people out of the danger a word at most three after them names ("außer
#: Lebensgefahr"): the injured are no longer critical. A negation does too ("nicht
#: lebensgefährlich verletzt", "keine Lebensgefahr", "not critically hurt": review 20b), read
#: from the one table of :mod:`generator.text.negation`.
_OUT_OF = frozenset({"außer", "ausser", "außerhalb"})


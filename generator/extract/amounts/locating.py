"""A distance that locates the event: where the dam burst or the tanker exploded, said as how
far that place lies from another ("near the town of Ostrel, about 140 km north of the capital",
"a explosé à Ostrel, à 180 km à l'ouest de la capitale", "ran aground about 7 km south of the
harbour mouth"). The corpus README counts it as a figure ("What is a figure": a distance between
places is one "when it locates the event"), and outlets disagree on it (one says 150 km,
another 160, a third 190): a comparison of sources must show it.

How it decides, by the clause (the sentence up to a semicolon, a colon or a dash), because a
distance says where *something* lies and only the words beside it say what that is:

1. the distance is measured from a place written after it: a compass point and "of" ("140 km
   north of Tesmar", "à 140 km au nord de", "140 Kilometer nördlich der Hauptstadt", "a 140
   chilometri a nord di", "a 140 km ao norte de") or "from" ("25 km from Tesmar", "a 35
   kilómetros de Tesmar");
2. and it stands beside the place where the event happened: right after the event's verb or noun
   ("ran aground about 7 km", "s'est produit à une centaine de kilomètres"), or right after the
   event's place named with a preposition of place ("near the town of Ostrel, about 140 km",
   "exploded at Ostrel, 180 kilometres", "cerca de Ostrel, a unos 140 kilómetros") in a clause
   that tells of the event (:func:`generator.text.event_kinds.event_words`, or a verb of
   happening, giving way or running aground: :data:`_HAPPENED`).

What stays dropped (:func:`.measures.distance`): a distance after a place with no preposition
of place ("the port, 20 km from the capital, handles …": the README's own place description; "the
hospital, 30 km south of the town"), a distance in a clause of rescue or care ("taken to a hospital
in Tesmar, 60 km north of the site"), of a route ("had travelled 300 km from Tesmar"), where the
event was felt or heard (:mod:`.reach`: "felt in Nessom, 240 km away" is that place's distance),
and any distance in a clause that tells of no event ("Ostrel lies 140 km north of Tesmar").

Reports of one such distance are grouped by the place they are measured from, in their unit
(:func:`group_of`): "Distance from Tesmar, kilometres (150, 160, 190)" is one figure whose
reports disagree; a distance from another place is another figure, and neither joins the lengths
of things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.content.measured import LOCATING
from generator.extract.amounts.reach import COMPASS, FELT_VERB
from generator.text.articles import definite
from generator.text.event_kinds import event_words
from generator.text.number_words import qualifier_words
from generator.text.quantities import QUANTITY
from generator.text.quantities import read as read_quantities

#: Verbs of the event happening, giving way or running aground, which name no kind of event
#: (:mod:`generator.text.event_kinds` names kinds: an explosion, a crash, a flood), and a
#: volcano's eruption, which names none of those kinds ("cette éruption", "una erupción").
_HAPPENED = re.compile(
    r"(?<!\w)(?:happened|occurred|took\s+place|struck|burst|gave\s+way|breached|ran\s+aground|"
    r"aground|got\s+stuck|stranded|broke\s+out|erupted|eruptions?|éruptions?|erupci[óo]n|"
    r"erupciones|eruzion[ei]|erupç[ãa]o|erupções|Ausbruch|Ausbruchs|Eruption|uitbarsting|erupcj\w+|"
    r"s['’]est\s+produite?|s['’]est\s+passée?|"
    r"a\s+eu\s+lieu|survenue?|a\s+cédé|ont\s+cédé|s['’]est\s+rompue?|"
    r"échou[ée]e?|a\s+éclaté|s['’]est\s+déclarée?|"
    r"ereignete|ereignet|passierte|geschah|brach|gebrochen|auf\s+Grund|festgefahren|ausgebrochen|"
    # German participles of colliding or coming to grief, last in the clause ("seien 300 Meter
    # vom Startpunkt entfernt zusammengeprallt": spent s33)
    r"zusammengeprallt|zusammengestoßen|verunglückt|"
    r"ocurri[óo]|se\s+produjo|tuvo\s+lugar|sucedi[óo]|se\s+rompi[óo]|cedi[óo]|revent[óo]|"
    r"encall\w*|estall[óo]|se\s+declar[óo]|"
    r"avvenut[oa]|verificat[oa]|accadut[oa]|ceduto|rott[oa]|incagliat[oa]|scoppiat[oa]|"
    r"ocorreu|aconteceu|rompeu|cedeu|rebentou|encalh\w*|deflagrou)(?!\w)", re.I)
#: A clause of rescue, care or a journey: a place named there is where the injured went or the
#: road ran, not where the event happened.
_ELSEWHERE = re.compile(
    r"(?<!\w)(?:taken|flown|airlifted|transferred|brought|rushed|treated|admitted|travell?ed|"
    r"journey|route|drove|sailed|hospital|clinic|"
    r"transport[ée]s?|évacu[ée]s?|transf[ée]r[ée]s?|hôpital|parcour\w*|trajet|"
    r"gebracht|geflogen|Krankenhaus|Klinik|zurückgelegt|gefahren|"
    r"trasladad\w*|llevad\w*|recorri\w*|trayecto|"
    r"trasportat\w*|trasferit\w*|portat[oaie]|ospedale|percors\w*|"
    r"levad[oa]s?|transportad\w*|transferid\w*|percorri\w*|hospitais)(?!\w)", re.I)
_FELT = re.compile(r"(?<!\w)(?:" + FELT_VERB + r")(?!\w)", re.I)
#: Capitalised words after "from" that are a time, not a place ("fell 3 feet from Monday").
TIME_NAMES = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|"
              r"June|July|August|September|October|November|December")
#: The place a distance is measured from, written after it: a compass point and "of", or
#: "from" (a length in another unit between brackets may stand before).
FROM_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:" + COMPASS + r")\s+(?:of|d['’]|de|du|des|von|vom|"
    r"der|dem|di|del|della|dello|dell['’]|dal|dalla|da|do|dos|das)|"
    r"(?:away\s+)?from(?=\s+(?:(?:the|a|an|its|their)\s|(?!" + TIME_NAMES + r")(?-i:[A-Z])))|"
    r"desde|"
    r"(?:de|d['’]|da|di|dal|dalla|del|von|vom)(?=\s*(?:(?:(?:la|le|el|o|a|il|lo|der|dem)\s+|"
    r"l['’]\s*)[^\W\d_]|(?-i:[A-ZÀ-Þ]))))\s*", re.I)
#: The qualifiers of an approximate amount, from the one table: "about", "environ", "rund"…
_ABOUT = qualifier_words("about", "nearly")
#: A preposition of place, then the place (up to seven words), then the distance: "near the
#: town of Ostrel, about", "at Ostrel,", "près d'Ostrel, à environ", "nahe der Stadt Ostrel
#: rund", "cerca de Ostrel, a unos", "vicino a Ostrel, a circa", "perto de Ostrel, a cerca de".
_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?P<prep>near|at|in|on|outside|off|close\s+to|près\s+d(?:e|['’])|à|dans|en|"
    r"aux\s+abords\s+d(?:e|['’])|au\s+large\s+d(?:e|['’])|nahe|bei|im|vor|cerca\s+de|junto\s+a|"
    r"frente\s+a|vicino\s+a|presso|nei\s+pressi\s+di|al\s+largo\s+di|a|perto\s+de|em|no|na|"
    r"ao\s+largo\s+de)(?:(?<=['’])|\s+)"
    r"(?:[^\W\d_][\w’'-]*\s+){0,6}[^\W\d_][\w’'-]*,?\s+"
    rf"(?:(?:à|a|at|in)\s+)?(?:(?:{_ABOUT})\s+)?$", re.I)
#: What may stand between the event's word and its distance: a preposition and a qualifier
#: ("ran aground about", "s'est produit à", "ocurrió a unos", "crashed").
#: A clock time may stand between, set off by a comma ("ocurrió hacia las 10:15, a 80 metros
#: de", "happened at about 9:40am, 80m from": spent s31).
_CLOCK = (r"(?:(?:at|around|about|hacia|sobre|vers|à|alle|verso|às|por\s+volta\s+das|um|gegen|"
          r"om|o)\s+){0,2}(?:las\s+|les\s+|le\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?|uhr|h|horas)?"
          r"\s*,")
_RIGHT_AFTER_EVENT = re.compile(
    rf"^[\s,]*(?:{_CLOCK}\s*)?(?:(?:at|à|a|in|just|only|seulement|{_ABOUT})\s+){{0,3}}$", re.I)
#: The place a distance is measured from, then the German or Dutch word of lying away, right
#: before the event's verb, last in its clause ("seien rund 300 Meter vom Startpunkt entfernt
#: zusammengeprallt", "ist 2 km vom Dorf entfernt verunglückt": spent s33).
_AWAY_BEFORE_EVENT = re.compile(r"[^\W\d_][\w’'\s-]{0,60}?\s(?:entfernt|verwijderd)\s+")
#: The event's place, named right after the event's word, then described as lying at the distance:
#: "the eruption of Mount Vargo, located 48 km from", "une éruption du mont Vargo, situé à 48 km
#: de", "una erupción del cerro Vargo, situado al norte y a 48 km de"
#: (round ffig7: the eruption's place, said where it lies, is where the event happened; "the port,
#: 20 km from the capital" names no event before it).
_LIES_AFTER_EVENT = re.compile(
    r"^\s+(?:of|at|in|du|de|del|des|d['’]|do|da|della|dello|dell['’]|di|von|vom|der|im|am|en|no|"
    r"na|nel|nella)\s*(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*,\s*(?:situ[ée]e?s?|situated|located|lying|"
    r"ubicad[oa]s?|situad[oa]s?|localizad[oa]s?|situat[oaie]|gelegen\w*|po[łl]o[żz]on\w*|"
    r"gelegen)\s+(?:[\w’'-]+\s+){0,6}?(?:(?:à|a|at|em|in|op|w)\s+)?"
    rf"(?:(?:{_ABOUT})\s+)?$", re.I)
#: Articles and common nouns of the place measured from that are no name: "the capital, Tesmar"
#: names Tesmar; "the capital" alone is labelled so in every language.
_ARTICLES = definite()
_CAPITALS = frozenset({"capital", "capitale", "hauptstadt", "capoluogo"})
_STOP = frozenset({"on", "in", "at", "and", "et", "und", "y", "e", "near", "after", "before",
                   "when"})
_WORD_END = re.compile(r"\w*")
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|[,.;:()!?]")


@dataclass(frozen=True)
class Located:
    """Where the event happened, as a distance from a place: ``place`` as the text names it
    ("Tesmar", "the capital", "harbour mouth")."""

    place: str


#: What ends a clause: a semicolon, a dash, a colon that is not a clock's ("10:15").
_CLAUSE_END = re.compile(r"[;—–]|(?<!\d):|:(?!\d)")


def _clause(text: str, start: int, stop: int) -> tuple[int, int]:
    low = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    high = next((m.start() for m in _CLAUSE_END.finditer(text, stop)), len(text))
    return low, high


def _place(text: str, at: int) -> str:
    """The place named at ``at`` (right after "of" or "from"): its name when it has one ("der
    Hauptstadt Tesmar", "the capital, Tesmar"), else its words without an article."""
    tokens = _TOKEN.findall(text[at:at + 80])
    words: list[str] = []
    for i, token in enumerate(tokens):
        if not token[0].isalpha():
            if token == "," and i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and words \
                    and words[-1].lower() in _CAPITALS:  # "the capital, Tesmar"
                return tokens[i + 1]
            break
        low = token.lower().rstrip("’'")
        if not words and low in _ARTICLES:
            continue
        if (words and low in _STOP) or len(words) == 4:
            break
        words.append(token)
    capital = [i for i, w in enumerate(words) if w.lower() in _CAPITALS]
    after = words[capital[0] + 1:] if capital else words  # "the Tajik capital Dushanbe"
    names = [i for i, w in enumerate(after) if w[:1].isupper()]
    if names:
        run = after[names[0]:]
        ends = [i for i, w in enumerate(run) if not w[:1].isupper()]
        return " ".join(run[:ends[0] if ends else 3][:3])
    if any(w.lower() in _CAPITALS for w in words):
        return "the capital"  # "la capitale de l'État", "der Hauptstadt"
    return " ".join(w.lower() for w in words[:3])


#: Lengths in a unit outside the metric system, which wire copy gives first and converts in
#: brackets ("7.5 miles (12 km) north of", "500 feet (150 metres) from"), as the quantity
#: reader names their units.
_IMPERIAL = frozenset({"mile", "foot", "yard", "nautical_mile"})
_METRIC = frozenset({"km", "m", "cm"})
#: A bracket opening, perhaps on a qualifier ("(about 12 km)"); and closing.
_OPENS = re.compile(rf"\s*\(\s*(?:(?:{_ABOUT})\s+)?$", re.I)
_CLOSES = re.compile(r"\s*\)")
#: How far the other unit of a two-unit length is looked for.
_BRACKET_REACH = 40


def _metric_after(q, text: str, lang: str) -> bool:
    """The imperial length ``q`` is given again in a metric unit in brackets after it."""
    stop = q.written_end
    window = text[stop:stop + _BRACKET_REACH]
    inner = next(iter(read_quantities(window, lang)), None) if "(" in window[:3] else None
    return inner is not None and inner.unit in _METRIC \
        and bool(_OPENS.fullmatch(window, 0, inner.written_start)) \
        and bool(_CLOSES.match(window, inner.written_end))


def _imperial_before(text: str, start: int, lang: str) -> int | None:
    """Where the imperial length starts that the metric one at ``start`` restates in brackets
    ("7.5 miles (12 km)"), else None."""
    low = max(0, start - _BRACKET_REACH)
    opened = _OPENS.search(text, low, start)
    if opened is None:
        return None
    outer = [o for o in read_quantities(text[low:opened.start()], lang)
             if o.written_end == opened.start() - low]
    if not outer or outer[-1].unit not in _IMPERIAL:
        return None
    return low + outer[-1].written_start


def locates(q, text: str, lang: str) -> Located | None:
    """Where the event happened, when the length ``q`` of the sentence ``text`` locates it
    (module docstring), else None.

    A length given in two units, the metric one in brackets ("7.5 miles (12 km) north of
    Tesmar"), is one distance read in its metric unit, as outlets that write kilometres give it:
    read in miles, it made a group of its own beside theirs. The metric length is read as if
    it stood where the imperial one does."""
    if q.kind != QUANTITY or q.value is None:
        return None
    start = q.written_start
    stop = q.written_end
    if q.unit in _IMPERIAL and _metric_after(q, text, lang):
        return None  # the metric length in the brackets locates it
    if q.unit in _METRIC and (outer := _imperial_before(text, start, lang)) is not None:
        start = outer
    after = FROM_AFTER.match(text, stop)
    if not after:
        return None
    low, high = _clause(text, start, stop)
    before = text[low:start]
    if _ELSEWHERE.search(before) or _FELT.search(before):
        return None  # taken to a hospital in X, travelled from X, felt in X
    place = _place(text, after.end())
    if not place:
        return None
    events = _events(text, lang, low, high)
    last = max((b for _a, b in events if b <= start), default=None)
    if last is not None and (_RIGHT_AFTER_EVENT.match(text[last:start])
                             or _LIES_AFTER_EVENT.match(text[last:start])):
        return Located(place)  # "ran aground about 7 km", "ocurrió a unos 35 kilómetros"
    if events and _place_before(text, low, start, lang):
        return Located(place)  # "exploded at Ostrel, 180 km", "près d'Ostrel, à 140 km"
    first = min((a for a, _b in events if a >= after.end()), default=None)
    if first is not None and _AWAY_BEFORE_EVENT.fullmatch(text, after.end(), first):
        return Located(place)  # "300 Meter vom Startpunkt entfernt zusammengeprallt"
    return None


def tells_of_event(text: str, start: int, stop: int, lang: str) -> bool:
    """Whether the clause around ``text[start:stop]`` tells of the event: a kind's word or a
    verb of happening (:func:`_events`). A height above the sea there is where the event
    happened ("the plane crashed at 1,800 metres above sea level"), as a distance there is."""
    low, high = _clause(text, start, stop)
    return bool(_events(text, lang, low, high))


def _place_before(text: str, low: int, start: int, lang: str) -> bool:
    """Whether a place named with a preposition of place stands right before ``start``
    (:data:`_PLACE_BEFORE`); the English article "a" is no preposition ("a broken levee in the
    hamlet of X,": the place is after "in")."""
    at = low
    while (near := _PLACE_BEFORE.search(text, at, start)) is not None:
        if not (lang == "en" and near.group("prep").lower() == "a"):
            return True
        at = near.start() + 1
    return False


def _events(text: str, lang: str, low: int, high: int) -> list[tuple[int, int]]:
    """Where the clause ``text[low:high]`` tells of the event: a kind's word or a verb of
    happening (:data:`_HAPPENED`), as spans of ``text``."""
    spans = [(low + a, low + b) for a, b in event_words(text[low:high], lang)]
    spans += [m.span() for m in _HAPPENED.finditer(text, low, high)]
    return sorted((a, _WORD_END.match(text, b).end()) for a, b in spans)  # "crash|ed"


def group_of(located: Located, unit: str) -> str:
    """The group of a located distance: measured from its place, in its unit (150 km and 100
    miles from one town are two figures to read, not one)."""
    return f"{LOCATING}{located.place} ({unit})"


def place_of(group: str) -> str | None:
    """The place of a located distance's group (:func:`group_of`), else None."""
    if not group.startswith(LOCATING):
        return None
    return group[len(LOCATING):].rsplit(" (", 1)[0]

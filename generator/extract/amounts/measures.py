"""Measured amounts among the numbers ``briefing extract`` reads: a unit the quantity reader
found ("2,750 tonnes", "$15 billion", "400 Meter") makes a figure of that unit, a length that is
a distance from somewhere ("240 km away") and a duration ("for six years") make none."""

from __future__ import annotations

import re

from generator.content.measured import LINKS, LOCATING
from generator.extract.amounts.locating import FROM_AFTER, TIME_NAMES, group_of, locates
from generator.extract.amounts.place_height import ALTITUDE_AFTER as _ALTITUDE_AFTER
from generator.extract.amounts.place_height import ALTITUDE_BEFORE as _ALTITUDE_BEFORE
from generator.extract.amounts.place_height import LENGTH_UNITS as _LENGTH_UNITS
from generator.extract.amounts.place_height import above_sea_level, landform_height
from generator.extract.amounts.reach import COMPASS, REACHED, reach
from generator.text.lexicon import SPAN_FROM_NOW
from generator.text.number_words import APPROX_NOUNS, qualifier_words
from generator.text.one_person import is_person
from generator.text.place_words import DIMENSION_AFTER
from generator.text.quantities import VAGUE

#: A length that is a distance from somewhere: "240 km away", "a unos 200 kilómetros de
#: distancia", "à environ 3,7 miles au nord", "a 900 chilometri a est", "within a radius of".
#: A compass point may be compound ("45 miles southwest of", "30 miles (48 km) north-east of",
#: "à 20 km au nord-est"), and a length given in another unit between brackets is one too.
_DISTANCE_AFTER = re.compile(
    r"\s*\)?\s*(?:\([^()]{0,30}\)\s*)?(?:away|off|de\s+distancia|de\s+distance|di\s+distanza|"
    r"de\s+dist[âa]ncia|"
    r"entfernt(?:e[nmrs]?)?|" + COMPASS + r")\b", re.I)
#: A height, depth or distance that places something: "about 30 feet above a narrow creek", "four
#: feet over a flooded field", "three miles from the depot", "90km from Halden" (a place follows,
#: with its article or its capital; "2 metres above normal", "from end to end" stay).
_POSITION_AFTER = re.compile(
    r"\s*(?:(?:above|below|over|under|beneath|underneath)\s+(?:a|an|the)\s|"
    r"from\s+(?:(?:the|a|an|its|their)\s|(?!" + TIME_NAMES + r")(?-i:[A-Z])))", re.I)
#: A radius or perimeter, or a distance after a verb of feeling ("damage in a perimeter of 3 km",
#: "within a radius of 5 km of the port"): dropped unless :func:`.reach.reach` reads it as how
#: far the event reached (then a figure); what it leaves is a place's ("felt at 90 km to the
#: east") or a vague one.
_DISTANCE_BEFORE = re.compile(
    r"(?:radius\s+of|within|rayon\s+de|radio\s+de|im\s+umkreis\s+von|perimeter\s+of|"
    r"p[ée]rim[èe]tre\s+de|per[íi]metro\s+d[ei]|"
    r"(?:felt|heard|ressentie?s?|entendue?s?|sentid[oa]s?|percebid[oa]s?|avvertit[oaie]|sentit[oaie]|"
    r"spürbar|zu\s+hören)\s+(?:at|à|a|up\s+to|jusqu['’]à|hasta|fino\s+a|até|bis)"
    r")\s+(?:\S+\s+){0,2}$", re.I)
#: Units of the quantity reader that make a number a duration. Durations are never proposed:
#: on the dev pages 5 of 32 labelled durations are figures, and the words around them ("for
#: six years", "for the past three days") do not tell which.
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century"})
UNIT_NOUNS = {"hour", "day", "week", "month", "year", "minute", "magnitude"}


def length(q, head: str) -> bool:
    """Whether the number ``q``, counting ``head``, is a length (the reader's unit or its noun)."""
    return head in _LENGTH_UNITS or q.unit in _LENGTH_UNITS


def distance(q, head: str, text: str, noun_end: int = 0, lang: str = "en") -> bool:
    """Where something lies ("240 km away", "a 20 kilómetros de la capital"), not a size of
    the event; not how far the event reached ("heard within a radius of 50 km": :mod:`.reach`,
    a figure) nor where it happened (``head`` a group of :mod:`.locating`, a figure). The unit
    may stand as a noun after a vague amount ("scores of miles off": ``noun_end`` is its end).
    A vague length is none either ("ran hundreds of yards past the levee", "des centaines
    de mètres"): no page compares it, and the labels list none (round fprec). A height above
    the sea is where a place stands (:func:`above_sea_level`), unless the event happened
    there; so is a mountain's or a volcano's height (:func:`landform_height`)."""
    if not length(q, head) or head.startswith(LOCATING) or reach(q, text):
        return False
    if q.kind == VAGUE or above_sea_level(q, text, lang) or landform_height(q, text):
        return True
    stops = {q.written_end, max(q.end, q.span[1], noun_end)}
    return any(_DISTANCE_AFTER.match(text, stop) or _POSITION_AFTER.match(text, stop)
               or FROM_AFTER.match(text, stop)
               for stop in stops) or bool(_DISTANCE_BEFORE.search(text, 0, q.start))



#: The group of a length that is how high something flew or hung, apart from the lengths of
#: things ("Metres (230)" of a bridge) and from the distances the event reached.
ALTITUDE = "altitude"
#: The qualifiers of an approximate amount, from the one table: "about", "environ", "unos", "etwa"…
_ABOUT = qualifier_words("about", "nearly")
_AT_BEFORE = re.compile(r"\b(?:at|à|a|in|en|em)\s+(?:\S+\s+)?$", re.I)


def dimension(q, head: str, text: str, lang: str = "en") -> str:
    """The group of the number ``q`` counting ``head`` in the sentence ``text``: how far the
    event reached (:data:`.reach.REACHED`), where it happened (a distance from a place:
    :func:`.locating.group_of`), how high something flew (:data:`ALTITUDE`: "at 30,000 feet" is
    no count of feet nor a length of a thing, round 25), else ``head``."""
    if not length(q, head):
        return head
    if reach(q, text):
        return REACHED
    located = locates(q, text, lang)
    if located is not None:
        return group_of(located, q.unit or head)
    start, stop = q.written_start, q.written_end
    if _ALTITUDE_BEFORE.search(text, max(0, start - 60), start) or (
            _AT_BEFORE.search(text, max(0, start - 20), start)
            and _ALTITUDE_AFTER.match(text, stop)):
        return ALTITUDE
    return head

#: A floor area set after the place it measures ("une boulangerie de 180 m²", "un studio de 30
#: m2", "una nave de unos 900 metros cuadrados", "un capannone di 800 metri quadrati"): the
#: size of a shop or a flat, not how much the event burned. Not after the fire itself ("un feu
#: de 200 m²"), and not when the area is what the fire reached ("gagne les 120 m2 de combles").
_SIZE_OF_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:feu|incendi|fuego|fogo|inc[êe]ndio|brand|fire|blaze|flam)\w*\s)"
    rf"[^\W\d_]{{3,}}\s+(?:de|di|of|van)\s+(?:(?:{qualifier_words('about')})\s+)?$", re.I)
#: An outcome after the area makes it the event's: "400 m² quemados", "2 000 m² détruits"; after
#: a small count, what the event did to the things counted ("two bridges were destroyed").
DAMAGED_AFTER = re.compile(
    r"\s*(?:de\s+\w+\s+)?(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
    r"(?:br[uû]l|d[ée]truit|ravag|quemad|destruid|calcinad|bruciat|distrutt|"
    r"queimad|verbrannt|zerst[öo]rt|burn|destroy|inund|flood|damag|swept|wash|collaps|"
    r"cut\s+off|isolat|submerg|evacuat)", re.I)
#: The same said before the number, in English: what the event did to the things counted or
#: how far it spread ("flooded two villages", "the fire spread across three floors").
DAMAGED_BEFORE = re.compile(
    r"\b(?:destroy|damag|burn|flood|engulf|gutt|raz|swept|spread|reach|hit|struck|affect|"
    r"inundat|submerg|cut\s+off|isolat|evacuat)\w*\s+(?:(?:across|to|through|into|over|"
    rf"in|all|{qualifier_words('at-least', 'about', 'nearly', 'more-than')})\s+)*$", re.I)


def floor_area(q, text: str) -> bool:
    """The size of a place the story names, not an area the event burned or flooded."""
    start = q.written_start
    return q.unit == "square_meter" and bool(
        _SIZE_OF_BEFORE.search(text, max(0, start - 40), start)) and not bool(
        DAMAGED_AFTER.match(text, q.written_end))


#: A measured amount given again in another unit between brackets ("12 feet (3.66 meters)",
#: "30ft (9m)", "700 metres (2,300 feet)", "33 °C (91.4 °F)"): the same amount restated, not a
#: second report; a word of its dimension may stand before the brackets ("2,950 metres high
#: (9,678 feet)", "a 2.950 metros de altura (9.678 pies)": spent s34, es).
_RESTATED_BEFORE = re.compile(
    rf"\d(?:\s*|-)(?:[°º]\s*)?[^\W\d_][^\W\d]{{0,11}}\.?"
    rf"(?:{DIMENSION_AFTER.pattern}|{_ALTITUDE_AFTER.pattern})?\s*\(\s*(?:{_ABOUT})?\s*$", re.I)


def restated(q, text: str, head: str = "") -> bool:
    """The second of "12 feet (3.66 meters)" or of the adjective "a 300-metre (980 feet)
    section": the amount before it, in its own unit. Not a metric distance that locates the
    event (``head`` a group of :mod:`.locating`): "7.5 miles (12 km) north of" is read in km."""
    stop = q.written_end
    return bool(q.unit) and not head.startswith(LOCATING) \
        and bool(_RESTATED_BEFORE.search(text, max(0, q.start - 40), q.start)) \
        and bool(re.match(r"\s*\)", text[stop:]))


#: Units of the quantity reader that are a speed: how fast a train, a ship or the wind went is
#: never a count of the event (on dev, a wind speed in "kilómetros por hora" is labelled no
#: figure, and no page is about a wind record; a flow such as "300 millilitri all'ora" is no
#: speed and stays). A temperature is the event's only when it says so (:mod:`.temperature`).
SPEEDS = frozenset({"km_per_hour", "mile_per_hour", "knot"})


def speed(q) -> bool:
    """"70 mph (113 km/h) in a 40 mph zone", "winds of 150 km/h", "raffiche di 100 km orari":
    a speed, not a count."""
    return q.unit in SPEEDS


def measured_unit(q, text: str, end: int) -> tuple[str, str, int] | None:
    """A measured amount, its unit read by the quantity reader ("2,750 tonnes", "$15 billion",
    "400 Meter"): a figure of its unit (not durations: "three days" is a time, not a count)."""
    if not q.unit or q.unit in UNIT_NOUNS:
        return None
    stop = q.written_end
    written = text[q.end:stop].strip().lstrip("-‐‑").strip() or q.unit  # "200-meter"
    return written, q.unit, end - q.end + stop


#: A building's size said after it (extraction round 11: wrong reports on three unseen sites):
#: its floors after "of" ("un edificio de 18 plantas", "un immeuble de dix étages", "un palazzo
#: di 5 piani", "um prédio de 12 andares", "a block of 12 floors", "ein Haus mit vier
#: Stockwerken"), or the flats it is made of ("formado por 24 viviendas", "composé de 40
#: logements"). What stood there, not what the event did: floors the fire reached ("se extendió
#: a dos plantas", "spread across three floors"), flats evacuated and a team "formado por 16
#: bomberos" stay. Floors are also "heights" and "levels" ("un edificio de 14 alturas", "di 20
#: livelli"), and two buildings' sizes may share the word ("dos bloques de 14 y 10 plantas":
#: both numbers are sizes; fresh fire pages, figures round 16).
_AND = r"(?:y|e|and|et|und|en|i|a)\s+"
_AND_N = _AND + r"\d{1,3}\s+"
_FLOORS_AFTER = re.compile(
    r"\s*(?:" + _AND_N + r")?(?:plantas|pisos|alturas|niveles|[ée]tages|niveaux|piani|livelli|"
    r"andares|pavimentos|n[íi]veis|floors|storeys|stories|levels|"
    r"stockwerke[n]?|etagen|geschosse[n]?|verdiepingen)\b", re.I)
_OF_BEFORE = re.compile(r"[^\W\d_]{3,},?\s+(?:de|di|of|mit|van|met)\s+(?:\d{1,3}\s+" + _AND
                        + r")?$", re.I)
_MADE_OF_BEFORE = re.compile(
    r"(?:formad[oa]|compuest[oa]|compost[oa]|compos[ée]e?|constitu[ée]e?|made\s+up|consisting)"
    r"\s+(?:por|de|da|di|of)\s+$", re.I)
_FLATS_AFTER = re.compile(
    r"\s*(?:viviendas|pisos|apartamentos|logements|appartements|appartamenti|abitazioni|"
    r"flats|apartments|homes|wohnungen|woningen)\b", re.I)


def building_size(q, text: str) -> bool:
    """The floors of a building or the flats it is made of: its size, not a count of the event."""
    start = q.written_start
    stop = q.written_end
    before = text[max(0, start - 40):start]
    return bool((_FLOORS_AFTER.match(text, stop) and _OF_BEFORE.search(before))
                or (_FLATS_AFTER.match(text, stop) and _MADE_OF_BEFORE.search(before)))


#: The hospitals the injured were taken to, after a preposition of place or direction ("were
#: taken to four hospitals", "in 16 Krankenhäuser gebracht", "ricoverati in quattro ospedali",
#: "trasladados a cuatro hospitales"; an adjective may stand between, "in drei umliegende
#: Kliniken"): where the care was given, not a count of the event (spent sets s30 and s31: three
#: sites in de, it, es, labelled no figure). Hospitals the event hit stay a count ("four
#: hospitals were damaged", "the blast damaged 4 hospitals": a corpus page's figure).
_CARE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:to|into|in|at|across|among|between|nach|auf|a|en|entre|para|em|no|nos|na|"
    r"nas|à|aux|dans|vers|negli|nei|tra|fra|naar|w|do)\s+(?:(?:the|den|die|les|los|las|gli|i|"
    r"os|as|de)\s+)?$", re.I)
_CARE_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:hospitals|clinics|krankenh[äa]user[n]?|kliniken|ospedali|cliniche|"
    r"hospitales|cl[íi]nicas|h[ôo]pitaux|cliniques|hospitais|szpitali|szpitalach|szpitalami|"
    r"ziekenhuizen)\b", re.I)


#: Damage to the hospitals is the event's: "damage to three hospitals", "Schäden an vier Kliniken".
_HIT_BEFORE = re.compile(r"(?:damages?|dommages|daños|danni|schäden|attacks?|strikes?)\s+\S+\s+"
                         r"(?:\S+\s+)?$", re.I)


def care_places(q, text: str) -> bool:
    """The hospitals the injured were taken to, after "to", "in", "a" … (see _CARE_BEFORE)."""
    start = q.written_start
    return bool(_CARE_AFTER.match(text, q.written_end)
                and _CARE_BEFORE.search(text, max(0, start - 20), start)
                and not _HIT_BEFORE.search(text, max(0, start - 40), start))


#: The length of a line the event struck at one point, written before its noun: "part of a
#: 57-kilometre (35-mile) pipeline", "the 193km long Suez Canal", "eine 57 Kilometer lange
#: Ferngasleitung" (figures round spfig2: a gas-pipeline blast and a blocked canal, two sites),
#: or after it ("un gazoduc de 57 km", "el oleoducto de 300 kilómetros"). What stood there, as a
#: building's size is; a length the event reached ("a 12-km section of the pipeline", "a
#: 30-km stretch of the motorway") names no line before its noun and stays.
_LINES = (r"(?:[a-zäöüß]*(?:pipelines?|leitung|kanal|fluss)|canals?|waterways?|rivers?|"
          r"railways?|rail\s+lines?|motorways?|coastlines?|gazoducs?|oléoducs?|fleuves?|"
          r"gasoductos?|oleoductos?|gasdott[oi]|oleodott[oi]|gasodutos?|oleodutos?)")
_LINE_AFTER = re.compile(
    r"[\s-]*(?:km|kilomet(?:re|er)s?|mi(?:les?)?)?(?:\s*\([^)]{1,20}\))?[\s-]*"
    r"(?:long\s+|lange[nrs]?\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:(?:natural\s+)?gas\s+|oil\s+)?"
    + _LINES + r"\b", re.I)
_LINE_BEFORE = re.compile(r"\b" + _LINES + r"\s+(?:de|di|da)\s+(?:plus\s+de\s+|más\s+de\s+)?$",
                          re.I)


def line_length(q, text: str) -> bool:
    """The length of a pipeline, canal or river the event struck (see :data:`_LINES`)."""
    return q.unit in ("km", "mile") and bool(
        _LINE_AFTER.match(text, q.end) or _LINE_BEFORE.search(text, max(0, q.start - 40),
                                                              q.start))


def setting(q, text: str) -> bool:
    """What stood around the event, not what it did: a building's size, the hospitals the
    injured were taken to, the length of the pipeline or canal it struck."""
    return building_size(q, text) or care_places(q, text) or line_length(q, text)



#: The preposition a scale word or a noun of an approximate number takes before its noun in the
#: Romance languages ("20 milhões de itens", "4 milioni di volumi", "20 millions d'objets", "una
#: ventina di autovetture", "une trentaine de voitures"): what the number counts is the word
#: after it (fresh fire pages, figures round 16: a museum's lost collection, in items and
#: pieces, and the cars a tower fire reached were not proposed). After a plain number "de" is a
#: part of a group
#: ("cinco de los heridos") and is left to the partitive rules; after a vague plural ("des
#: dizaines de kilomètres", "bilhões de dólares") the noun no table names stays unproposed: on
#: the corpus's dev pages those were three amounts the pages also gave as numbers.
_SCALE_OF = re.compile(r"\s+(?:de|di|d['’])\s*(?=[^\W\d_])", re.I)


def past_scale_word(q, text: str, lang: str) -> int:
    """How many characters after ``q`` in ``text`` the preposition of its scale word or noun
    of an approximate number takes: 0 when ``q`` has neither or is not followed by one."""
    last = text[q.start:q.end].rsplit(None, 1)[-1].lower()
    if q.scaled is None and last not in APPROX_NOUNS.get(lang, ()):
        return 0
    m = _SCALE_OF.match(text, q.end)
    return m.end() - q.end if m else 0


#: How old a thing of the event is: a building's age is one of a fire's figures (the round's
#: brief and fresh fire pages, figures round 16), a person's age is not (extract's age rule).
#: The adjective "old" with its years ("la struttura vecchia di 400 anni", "vieux de 500 ans",
#: "die Börse ist 400 Jahre alt"), centuries after "of" ("un prédio de dois séculos"); an
#: English "N-year-old" and a German "N Jahre alt" only past any person's age ("the
#: 400-year-old spire"; "a 45-year-old mechanic", "der Fahrer war 45 Jahre alt" are people,
#: and no table lists every trade). Not "five years ago", not "for 200 years".
_OLD_BEFORE = re.compile(
    r"([^\W\d_]+),?\s+(?:vecchi[oaei]|viej[oa]s?|vieux|vieil(?:le)?s?|velh[oa]s?)\s+"
    r"(?:de|di|d['’])\s*(?:[^\W\d_]+\s+){0,2}$", re.I)
_CENTURIES_AFTER = re.compile(r"\s+(?:s[ée]culos|siglos|secoli|si[èe]cles|centuries)\b", re.I)
#: (the words between "of" and the number: "the last" makes it a span of the calendar)
_OF_BEFORE_AGE = re.compile(r"[^\W\d_]{3,},?\s+(?:de|di|of)\s+((?:[^\W\d_]+\s+){0,2})$", re.I)
_YEARS_OLD_AFTER = re.compile(r"[\s‐‑-]*years?[\s‐‑-]*old\b", re.I)
_JAHRE_ALT_AFTER = re.compile(r"\s*Jahre\s+alt(?:e[mnrs]?)?\b(?:\s+([^\W\d_]+))?")
_OLDEST_PERSON = 120


def thing_age(q, text: str, lang: str, offset: int) -> tuple[str, str, int] | None:
    """(words of the age, "age", article offset of their end) when ``q`` is how old a thing
    is; ``offset`` is the sentence's start in the article."""
    if q.value is None or q.high is not None:
        return None
    start = q.written_start
    before = text[max(0, start - 60):start]
    m = _CENTURIES_AFTER.match(text, q.end)
    of = _OF_BEFORE_AGE.search(before)
    if m and not q.unit and of and not SPAN_FROM_NOW & set(of.group(1).lower().split()):
        return m.group(0).strip(), "age", offset + m.end()
    if q.unit != "year":
        return None
    m = _OLD_BEFORE.search(before)
    if m and not is_person(m.group(1).lower(), lang):
        stop = q.written_end
        return text[q.end:stop].strip(), "age", offset + stop
    m = _YEARS_OLD_AFTER.match(text, q.end)
    if m and lang == "en" and q.value >= _OLDEST_PERSON:
        return m.group(0).strip(" -‐‑"), "age", offset + m.end()
    m = _JAHRE_ALT_AFTER.match(text, q.end)
    if m and lang == "de" and q.value >= _OLDEST_PERSON:
        return "Jahre alt", "age", offset + m.end(0) - len(m.group(1) or "")
    return None


#: A verb of lasting right before a duration, in the corpus languages: the length of the event
#: itself ("the fire burned for 14 hours", "l'incendie a duré 14 heures", "der Brand dauerte 14
#: Stunden", "el incendio duró 14 horas", "è durato 14 ore", "durou 14 horas"; chk50f, the figure
#: checklist), a figure (``measure: duration``), where any other duration ("three days later")
#: is a time. Its qualifier stands between ("lasted more than 14 hours").
_LASTED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:lasted|lasting)(?:\s+for)?|(?:raged|raging|burned|burnt|burning|blazed)\s+for|"
    r"(?:a|ont|avait|avaient)\s+duré|"
    r"durait|duraient|(?:a|ont)\s+fait\s+rage\s+pendant|(?:a|ont)\s+brûlé\s+pendant|"
    r"dauerte|dauerten|andauerte|brannte|wütete|duró|duraron|se\s+prolongó\s+durante|"
    r"ardió\s+durante|(?:è|sono)\s+durat[oaie]|durò|(?:ha|hanno)\s+bruciato\s+per|durou|duraram|"
    r"ardeu\s+durante|se\s+prolongou\s+por)\s+$", re.I)
#: A time said from the duration ("five years ago", "drei Tage später"): when, not how long.
_WHEN_AFTER = re.compile(r"\s*(?:ago|later|earlier|plus\s+tard|später|zuvor|fa|atrás)\b",
                         re.I)


def lasted_for(q, text: str, offset: int) -> tuple[str, str, int] | None:
    """(the unit's words, "duration", article offset of their end) when ``q`` is a duration
    after a verb of lasting (:data:`_LASTED_BEFORE`); ``offset`` is the sentence's start."""
    if q.unit not in DURATIONS or q.value is None:
        return None
    start = q.written_start
    stop = q.written_end
    if not _LASTED_BEFORE.search(text, max(0, start - 40), start) or _WHEN_AFTER.match(text, stop):
        return None
    return text[q.end:stop].strip() or q.unit, "duration", offset + stop


def counted_thing(noun: str) -> str:
    """The word of a counted noun that names the thing counted: its last, or the last before a
    link to whose it is ("camiones de bomberos": trucks, not firefighters; trial 40 labelled 140
    fire engines "Number of bomberos")."""
    words = noun.split()
    link = next((i for i, w in enumerate(words[1:], 1) if w.lower() in LINKS), len(words))
    return words[link - 1]

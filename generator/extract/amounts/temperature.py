"""A temperature is the event's figure only when the sentence says the event reached it (issue
#16: a heat record's briefing got no temperature): "temperatures reached 41.8 °C", "a record 46
degrees", "the thermometer hit 104 °F", "se registraron 44,5 °C", "le mercure a atteint 42
degrés Celsius", "41,2 Grad Celsius gemessen". Other events' pages give temperatures as the
weather or a fire's heat (extraction round 11's fresh fire pages, in Italian and Portuguese),
no figure of theirs: a temperature with no word of reaching or of a record beside it, a
forecast, a normal or an old record (the rules of :func:`.rain.not_the_events`), the heat of a
fire, of water or of a body, and a reading no air on Earth reaches (a burning building's 800
°C, whatever the words) stay unproposed.

A reading is proposed in the outlet's own unit (°C, °F, or a bare "degrees"), never converted:
pint reads temperatures with an offset, and an outlet's °C readings group with another's °C.
Wind speeds stay dropped (:func:`.measures.speed`): the dev pages label a wind speed no figure,
except a tropical cyclone's (:mod:`.cyclone_wind`)."""

from __future__ import annotations

import re

from generator.extract.amounts.rain import clause_before, not_the_events
from generator.text.number_words import qualifier_words
from generator.text.quantities.heat import TEMPERATURE_UNITS as TEMPERATURES
from generator.text.quantities.heat import about_heat

#: Reaching, recording or a record, said before the amount within its clause, per language.
#: A verb or noun of a reading reached right before the amount: a temperature here, and the
#: level water rose to (:func:`generator.extract.amounts.measures.above_sea_level`).
READING_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    r"reach(?:ed|es|ing)?|hit(?:s|ting)?|touch(?:ed|es|ing)?|peak(?:ed|ing)?(?:\s+at)?|"
    r"top(?:ped|ping)?(?:\s+out)?(?:\s+at)?|climb(?:ed|ing)?\s+to|rose\s+to|soar(?:ed|ing)?\s+to|"
    r"recorded|registered|measured|(?:records?|hottest|high|highs|maximum|peak)(?:\s+of)?|"
    r"pass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|broke|"
    # a record beaten with the amount: "the record was broken with 46.4 °C", "battu avec"
    r"(?:broken|beaten|battu|batido|superado|battuto|superato|gebrochen)\s+"
    r"(?:with|avec|con|com|mit)|"
    r"dépass[ée]e?s?|franchi|super[óoa]\w*|rebas[óa]\w*|ultrapass\w*|überschritten|überstieg|"
    # the day's maximum was: "la máxima fue de", "the high was", "le maximum était de"
    r"(?:high|maximum|peak|máxima|maximale?|massima|höchstwert)\s+(?:was|fue|foi|war|lag\s+bei|"
    r"était\s+de|a\s+été\s+de|è\s+stata\s+di|era\s+de|era\s+di|ha\s+sido\s+de)(?:\s+de)?|"
    r"atteint|atteignant|grimp[ée]\s+à|mont[ée]\s+à|relev[ée]e?s?|enregistr[ée]e?s?|"
    r"mesur[ée]e?s?|affich[ée]|marqu[ée]|record(?:\s+de)?|pointe\s+à|pic\s+de|maximale\s+de|"
    r"alcanz\w*|lleg[óa]\w*\s+a|registr\w*|marc[óa]\w*|récord(?:\s+de)?|m[áa]xima\s+de|"
    r"pico\s+de|raggiunt\w*|raggiung\w*|toccat\w*|toccando|registrat\w*|misurat\w*|segnat\w*|"
    r"record\s+di|picco\s+di|massima\s+di|"
    r"atingi\w*|cheg\w*\s+a(?:os?)?|marc\w*|recorde(?:\s+de)?|"
    r"erreicht\w*|gemessen\w*|registriert\w*|rekord(?:\s+von)?|h[öo]chstwert(?:\s+von)?|"
    r"spitzenwert(?:\s+von)?|kletterte\s+auf|stieg\s+auf|h[öo]chsttemperatur(?:\s+von)?|"
    # Dutch and Polish (round ffig5): "werd 39 graden gemeten" is read after the amount
    r"bereikt\w*|gemeten|record(?:\s+van)?|"
    r"zanotowan\w*|odnotowan\w*|zarejestrowan\w*|zmierzon\w*|osiągn\w*|rekord\w*|"
    r"wynios\w*|sięg\w*|przekrocz\w*"
    r")\s+(?:(?:the|a|an|its|le|la|les|l['’]|un|une|el|los|las|i|il|gli|o|os|as|um|uma|der|die|"
    r"das|den|new|nouveau|nuevo|nuovo|novo|neuen?|national|all-time|absolute?|absolu|"
    r"absoluto|historic|historique|histórico|storico|"
    # the qualifiers of the one table ("about", "environ", "oltre", "ponad"…)
    rf"{qualifier_words('about', 'nearly', 'more-than')}|"
    r"rekordowo|wysok\w*|temperatur[aęy]|"
    # the temperature named between: "se registró una temperatura de 44,5 grados"
    r"(?:temperatures?|températures?|temperaturas?|temperatur[ae]?|temperaturen)\s+"
    r"(?:of|de|di|von|da|do))\s*)*$", re.I)
#: Recording, or a record, said right after the amount: "… °C was recorded", "… was
#: provisionally recorded", "… gemessen", "…, a record", "…, un record".
_READING_AFTER = re.compile(
    # (past the amount restated in brackets: "33 °C (91.4 °F) were measured")
    r"(?:\s*\([^()]{1,30}\))?"
    r"[^,;.]{0,30}?\b(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:recorded|registered|measured)|"
    r"(?:wurden?|worden)\s+(?:gemessen|registriert)|gemessen|registriert|"
    r"(?:a\s+été|ont\s+été)\s+(?:relev|enregistr|mesur)\w*|relev[ée]e?s?\b|enregistr[ée]e?s?\b|"
    r"registrad[oa]s?|registrat[oaie]|misurat[oaie]|gemeten|zanotowan\w*|odnotowan\w*|"
    r"zmierzon\w*)"
    # a reading that beat a record: "… °C reading broke the 2019 record", "… a battu le record"
    r"|[^,;.]{0,20}?\b(?:broke|beat|smashed|shattered|surpassed|a\s+battu|a\s+pulvérisé|"
    r"batió|superó|ha\s+battuto|ha\s+superato|bateu|superou|brach|übertraf)\b[^,;.]{0,25}?"
    r"\b(?:record|récord|rekord|recorde)"
    r"|,\s*(?:a|an|un|une|um|uma|ein(?:en)?|the)\s+(?:new\s+|nouveau\s+|nuevo\s+|nuovo\s+|"
    r"novo\s+|neuer\s+)?(?:records?|récord|rekord|recorde)\b", re.I)
#: A threshold the readings are sorted by, said before the amount ("temperatures at or above 40
#: °C were recorded at 14 stations", "égales ou supérieures à 40 °C") or after it ("readings of
#: 44 degrees or more", "40C and above", "40 °C ou plus", "40 °C o más", "40 Grad oder mehr"):
#: how many places passed it, not what the event reached. After a word of reaching ("reached 45
#: degrees or more", "hit at least 41 °C") it is the reading's lower bound, proposed with its
#: qualifier (the reader's ``at-least``).
_THRESHOLD_BEFORE = re.compile(
    r"(?:\bat\s+or\s+(?:above|over)|\b(?:equal\s+to\s+)?or\s+(?:above|over|higher\s+than|"
    r"greater\s+than|more\s+than)|\bégales?\s+ou\s+supérieures?\s+à|"
    r"\bsupérieures?\s+ou\s+égales?\s+à|\biguales?\s+o\s+superiores?\s+a|"
    r"\bsuperiores?\s+o\s+iguales?\s+a|\bpari\s+o\s+superiori\s+a|\bsuperiori\s+o\s+pari\s+a|"
    r"\biguais\s+ou\s+superiores?\s+a|\bsuperiores?\s+ou\s+iguais\s+a|"
    r"\bgleich\s+oder\s+(?:über|höher\s+als))\s*$", re.I)
_THRESHOLD_AFTER = re.compile(
    r"(?:\s*[°º]?\s*[^\W\d_]+){0,2}\s*(?:\([^()]{0,30}\)\s*)?"
    r"(?:or|and|ou|et|o|y|oder|und|e)\s+(?:more|above|over|higher|greater|plus|davantage|más|"
    r"superiores?|mehr|höher|darüber|più|oltre|mais|acima)\b", re.I)
#: Readings named right before the amount: a threshold after them sorts them even after a word
#: of recording ("se registraron temperaturas de 40 °C o más en 14 estaciones").
_READINGS_OF = re.compile(r"\b(?:temperatures?|températures?|temperaturas?|temperatur[ae]?|"
                          r"temperaturen|readings?|valeurs|valores|werte|valori)\s+"
                          r"(?:of|de|di|von|da|do)\s*$", re.I)
#: The sentence calling its reading a record at a clause's end ("…, a national record."): the
#: amount before a threshold word is then the record's value, not a bar readings passed
#: (review 19); "a record number of stations" counts the stations.
_CALLED_A_RECORD = re.compile(
    r",\s*(?:a|an|un|une|um|uma|ein(?:en)?|the|el|il|o)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:records?|récord|rekord|recorde)(?:\s+[^\W\d_]+)?\s*(?:[.;!]|$)", re.I)
#: What is hot when it is not the air of the event: a fire, water, a body.
_NOT_THE_AIR = re.compile(
    r"\b(?:fire|fires|blaze|flames?|furnace|oven|feu|flammes?|incendie|brasier|four|fuego|"
    r"llamas?|incendio|horno|fiamm[ae]|rogo|forno|fogo|chamas?|inc[êe]ndio|feuer|flammen|brand|"
    r"ofen|water|sea|ocean|lake|river|eau|mer|océan|lac|rivière|fleuve|agua|mar|océano|lago|"
    r"r[íi]o|acqua|mare|oceano|água|wasser|meer|meeres|body|fever|corps|corporelle|fièvre|"
    r"cuerpo|corporal|fiebre|corpo|corporea|febbre|febre|körper|körpertemperatur|fieber)\b",
    re.I)

#: The air's temperatures on Earth, in each unit, with a margin (the highest recorded is 56.7 °C,
#: 134 °F; the lowest -89.2 °C): a reading beyond them is a fire's or a furnace's heat, however
#: the sentence words it. A bare "degrees" may be Fahrenheit, so it takes the wider bounds.
_AIR = {"degree_Celsius": (-95, 60), "degree_Fahrenheit": (-140, 140), "degree": (-140, 140)}


def not_a_reading(q, text: str, lang: str) -> bool:
    """Whether the temperature ``q`` of the sentence ``text`` is not a reading the event
    reached (module docstring); False for an amount in any other unit."""
    if q.unit not in TEMPERATURES:
        return False
    if q.unit == "degree" and not about_heat(text):
        return True  # a bare "degrees" of a slope, a list or a quake: no heat named (review 16)
    low, high = _AIR[q.unit]
    if q.value is None or not low <= q.value <= high or (q.high is not None and q.high > high):
        return True
    start = q.written_start
    stop = q.written_end
    clause = clause_before(text, start)
    reading = READING_BEFORE.search(clause) or _READING_AFTER.match(text, stop)
    if (not READING_BEFORE.search(clause) or _READINGS_OF.search(clause)) and not (
            _CALLED_A_RECORD.search(text, stop)) and (
            _THRESHOLD_BEFORE.search(clause_before(text, q.start))
            or _THRESHOLD_AFTER.match(text, q.end)):
        return True  # a threshold of readings (:data:`_THRESHOLD_BEFORE`)
    return not reading or bool(not_the_events(q, text, lang) or _NOT_THE_AIR.search(clause))

"""Millimetres, centimetres and inches that are not the event's own rain, snow or water (review 9
of figures 20, FIDELITY.md): a calibre ("a 9 mm pistol", "155 mm shells", "calibre 9 mm"), a
climate normal or an old record ("the June average of 80 mm", "une normale de 40 mm", "the
previous record of 210 mm"), a rate ("20 mm an hour", "40 mm pro Stunde"), a forecast ("up to
100 mm are expected", "forecasters expected 50 mm"), and French "pouces" that are thumbs (no
word of measuring in the sentence).

Each test reads only the words right next to the amount, within its clause: "A record 180 mm
of rain fell", "Forecasters had expected 50 mm, but 180 mm fell" (the 180), "180 mm has
fallen", "Local media said 180 mm fell" and "the storm dumped 12 inches" stay the event's
(review 11 found a wider reading dropping them)."""

from __future__ import annotations

import re

from generator.text.forecast import clause_before, foretold

#: The reader's units a fall of rain or snow is given in.
RAIN_UNITS = frozenset({"millimeter", "cm", "inch"})

#: A weapon or its ammunition right after the amount, one word between at most (not "of rain"):
#: "a 9 mm pistol", "a 9-mm semi-automatic handgun", "155 mm shells", "obus de 155 mm" (before).
_WEAPONS = (r"calibre|caliber|pistols?|handguns?|guns?|rifles?|revolvers?|cannons?|howitzers?|"
            r"mortars?|shells?|bullets?|cartridges?|ammunition|artillery|"
            r"pistolets?|fusils?|obus|balles?|canons?|mortiers?|"
            r"pistolas?|fusiles?|obuses|balas|cañon(?:es)?|proyectiles|"
            r"fucil[ei]|proiettil[ei]|cannon[ei]|mortai|munizioni|"
            r"pistolen?|gewehre?|granaten|geschosse?|munition|kanonen?|mörser|haubitzen?|patronen|"
            r"espingardas?|projéteis|canh(?:ão|ões)|morteiros?|munições")
_CALIBRE_AFTER = re.compile(r"[\s‐‑-]*(?:(?!(?:of|de|di|von|d)\b)[^\W\d_][\w‐‑-]*\s+)?"
                            r"(?:" + _WEAPONS + r")\b", re.I)
_CALIBRE_BEFORE = re.compile(r"\b(?:calibre|caliber|kaliber|calibro|"
                             r"(?:" + _WEAPONS + r")\s+(?:de|di|von|of))\s+$", re.I)

#: A climate normal or average named right before the amount, per language ("the June average
#: of 80 mm", "the normal for June is 40 mm", "a normal 40 mm", "une normale de 40 mm", "la
#: media de junio es de 80 mm", "der Durchschnitt für Juni liegt bei 80 mm"); not "above-normal",
#: nor "an average of 180 mm fell", "on average", "en moyenne", "im Schnitt" (the event's
#: amount over an area).
_NORMAL_BEFORE = {
    "en": r"(?<![\w-])(?<!\ban )(?<!\bon )(?:average|normal)"
          r"(?:\s+(?:for|in|of)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)?"
          r"\s+(?:(?:of|is|was|would\s+be|at|stands\s+at)\s+)?$",
    "fr": r"(?<![\w-])(?<!\ben )(?:normale|moyenne)(?:\s+(?:saisonnière|mensuelle|annuelle|"
          r"(?:de|en|pour)\s+[^\W\d_]+))?\s+(?:(?:est\s+|était\s+)?de\s+|d['’]\s*)?$",
    "es": r"(?<![\w-])(?<!\ben )(?:media|promedio|normal)(?:\s+(?:de|para|en)\s+[^\W\d_]+)?\s+"
          r"(?:(?:es\s+|era\s+)?de\s+)?$",
    "it": r"(?<![\w-])(?<!\bin )(?:media|norma)(?:\s+(?:di|del|della|per|in)\s+[^\W\d_]+)?\s+"
          r"(?:(?:è\s+|era\s+)?di\s+)?$",
    "pt": r"(?<![\w-])(?<!\bem )(?:média|normal)(?:\s+(?:de|para|em|do|da)\s+[^\W\d_]+)?\s+"
          r"(?:(?:é|era)\s+(?:de\s+)?|de\s+)?$",
    "de": r"(?<![\w-])(?<!\bim )(?:durchschnitt|schnitt|mittel|mittelwert|monatsmittel|normalwert)"
          r"(?:\s+(?:für|im|von)\s+[^\W\d_]+)?\s+(?:von\s+|liegt\s+bei\s+|lag\s+bei\s+|"
          r"beträgt\s+|bei\s+)?$",
}
#: An old record named right before the amount ("the previous record of 210 mm", "l'ancien
#: record de 210 mm", "der bisherige Rekord von 210 mm"), or "record of 210 mm set in 1998".
_OLD_RECORD_BEFORE = re.compile(
    r"\b(?:(?:previous|old|former|earlier|prior|existing|standing)\s+(?:[^\W\d_]+\s+)?record|"
    r"(?:ancien|précédent)\s+record|record\s+précédent|récord\s+(?:anterior|previo)|"
    r"(?:anterior|antiguo)\s+récord|precedente\s+record|record\s+precedente|"
    r"(?:bisherige[rn]?|alte[rn]?|vorherige[rn]?|frühere[rn]?)\s+rekord|"
    r"recorde\s+anterior|antigo\s+recorde|"
    # a record the event beat, or one named by its year ("beat the 2019 record of"); a
    # country's own between ("shattering Varnland's long-standing record of")
    r"(?:beat|beating|broke|breaking|surpass\w*|exceed\w*|eclips\w*|smash\w*|shatter\w*|"
    r"battu|battant|pulvéris\w*|super[óa]\w*|batiendo|bat(?:eu|endo)|übertr\w*|brach|gebrochen|"
    r"brechen)\s+(?:[^\W\d_][\w’'-]*\s+){0,3}(?:record|récord|rekord|recorde)|"
    r"(?:19|20)\d\d\s+(?:record|récord|rekord|recorde))\s+"
    r"(?:(?:of|was|is|stood\s+at|de|était\s+de|era\s+de|"
    r"di|era\s+di|von|lag\s+bei|bei)\s+)?$", re.I)
#: An old record said after its amount: "… of 40.3 °C was beaten", "… a été battu", "è stato
#: battuto", "fue superado", "wurde gebrochen".
_BEATEN_AFTER = re.compile(
    r"[^,;.]{0,20}?\b(?:was|has\s+been|had\s+been|a\s+été|avait\s+été|fue|ha\s+sido|"
    r"è\s+stato|era\s+stato|foi|wurde|ist)\s+(?:(?:now|already|déjà|ya|già|já|nun)\s+)?"
    r"(?:beaten|broken|surpassed|exceeded|battu|pulvérisé|dépassé|superado|batido|"
    r"battuto|superato|gebrochen|übertroffen)", re.I)
_RECORD_OF_BEFORE = re.compile(r"\b(?:record|récord|rekord|recorde)\s+(?:(?:of|de|di|von)\s+)?$",
                               re.I)
_SET_IN_AFTER = re.compile(
    r"[^;.]{0,30}?\b(?:set\s+in|établi\s+en|fixé\s+en|datant\s+de|establecido\s+en|"
    r"fijado\s+en|stabilito\s+nel|estabelecido\s+em|aufgestellt\s+im(?:\s+jahr)?|aus)\s+"
    r"(?:19|20)\d\d\b", re.I)
#: A rate right after the amount ("20 mm an hour", "1,200 mm a year", "40 mm/h", "par heure",
#: "por hora", "all'ora", "pro Stunde"); "180 mm in an hour" is the event's own.
_RATE_AFTER = re.compile(
    r"\s*(?:(?:of|de|di)\s+(?:rain|rainfall|snow|precipitation|pluie|lluvia|pioggia|chuva)\s+)?"
    r"(?:(?:an|a|per|each|every)\s+(?:hour|year)\b|/\s*h\b|hourly\b|annually\b|yearly\b|"
    r"par\s+(?:heure|an)\b|à\s+l['’]heure|(?:por|cada)\s+(?:hora|año|ano)\b|al\s+año\b|"
    r"all['’]\s*(?:ora|anno)\b|l['’]ora\b|(?:pro|je|in\s+der)\s+stunde\b|pro\s+jahr\b|"
    r"stündlich|jährlich)", re.I)
_RATE_BEFORE = re.compile(r"\b(?:rate|intensity|taux|ritmo|tasa)\s+(?:of|de|di)\s+$", re.I)
#: What a place gets as a rule, said before the amount in its clause ("Kelmora normally gets 40
#: mm in June", "il tombe normalement 40 mm"); not a manner ("operating normally"), nor "on
#: average" (also the event's amount over an area).
_AS_A_RULE_BEFORE = re.compile(
    r"(?<!ing\s)(?<!ed\s)\b(?:normally|usually|typically|normalement|habituellement|normalmente|"
    r"habitualmente|di\s+solito|normalerweise|gewöhnlich)\b[^,;:.!?]{0,40}$", re.I)
#: Words of measuring that make French "pouces" inches ("30 pouces de neige", "un écran de 55
#: pouces"); without any, "pouces" are thumbs ("il a perdu deux pouces").
_MEASURING_FR = re.compile(r"neige|pluie|précipit|grêl|\beau|glace|épaisseur|hauteur|diamètre|"
                           r"écran|longu|larg|haut|profond|cumul|tomb", re.I)


def not_the_events(q, text: str, lang: str) -> bool:
    """Whether the measured amount ``q`` of the sentence ``text`` is a normal (or what comes as
    a rule), an old record or a forecast (:func:`generator.text.forecast.foretold`, which
    ``check`` reads too), by the words right next to it within its clause: a rain's and a
    temperature's (:mod:`.temperature`) alike."""
    start = q.written_start
    stop = q.written_end
    clause = clause_before(text, start)
    normal = _NORMAL_BEFORE.get(lang)
    return bool((normal and re.search(normal, clause, re.I))
                or _OLD_RECORD_BEFORE.search(clause) or _AS_A_RULE_BEFORE.search(clause)
                or (_RECORD_OF_BEFORE.search(clause) and (_SET_IN_AFTER.match(text, stop)
                                                          or _BEATEN_AFTER.match(text, stop)))
                or foretold(text, q))


def not_the_rain(q, text: str, lang: str) -> bool:
    """Whether the amount ``q`` of the sentence ``text``, in millimetres, centimetres or inches,
    is a calibre, a normal (or what falls as a rule), an old record, a rate or a forecast, or
    French thumbs."""
    if q.unit not in RAIN_UNITS:
        return False
    start = q.written_start
    stop = q.written_end
    clause = clause_before(text, start)
    if lang == "fr" and q.unit == "inch" and text[q.end:stop].strip().lower().startswith("pouce") \
            and not _MEASURING_FR.search(text):
        return True
    return bool(_CALIBRE_AFTER.match(text, stop) or _CALIBRE_BEFORE.search(clause)
                or _RATE_AFTER.match(text, stop) or _RATE_BEFORE.search(clause)
                or not_the_events(q, text, lang))

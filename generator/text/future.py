"""A weekday in a clause about what is still to come names the coming such day.

News copy dates past events with bare weekdays ("divers reached the hall on Tuesday"), which the
date rules read as the most recent such day. The same weekday after a future wording in its
clause ("a second storm is due on Saturday", "the funeral will be held on Friday", "talks are due
to resume on Monday") names the *next* one: read as the last, the event lands a week early, and
``briefing check`` calls the analyst's right date a clash. Only the clause before the weekday
counts ("officials said on Monday that the vote will be held" is a past Monday), and only the
present tense of "expected", "forecast": "were forecast to ease from Monday" may be a past Monday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.text.dates import FuzzyDate, day_point

__all__ = ["MODALS", "coming_date", "coming_day", "in_future_clause", "may_come"]

#: The future auxiliaries every rule of what is to come reads: English, and the German and
#: French wordings of what is due ("soll", "devrait").
_WILL = r"will|shall|won't|soll(?:en)?|devrai(?:t|ent)"
#: The modals of what may be or might have been, every rule's one list: "could", "would",
#: "pourrait", "podría", "potrebbe", "poderá", "poderia", "könnte", "dürfte". A rule adds the
#: words of its own question (the future's "will", a conditional perfect's "habría").
MODALS = (r"could|may|might|would|pourrai\w*|podr[íi]a\w*|potrebb\w*|poder(?:[áã]|ia)\w*|"
          r"könnte\w*|dürfte\w*")
#: Wordings that put what follows them in the future, by language. The clause they mark ends
#: at a stop, a semicolon, a colon or a comma.
#: The articles and prepositions no verb follows, a noun does (:data:`_FUTURE`'s "-ría" after
#: "que"; not "la", "a", "o": pronouns before a verb too, "que la visitaría").
_ARTICLES = ("el", "un", "una", "del", "al", "de", "da", "do", "das", "dos", "um", "uma", "en",
             "em", "por", "para", "pela", "pelo", "su", "sua")
#: Not before a perfect infinitive, as "would have" (review 29): "la digue pourrait avoir cédé
#: lundi", "que a ponte poderia ter cedido" say what may have happened ("avoir lieu", to take
#: place, is a verb of its own: "pourrait avoir lieu mardi" is to come).
_NO_PERFECT = r"(?!\s+(?:avoir(?!\s+lieu\b)|haber|ter)\b)"
_FUTURE = re.compile(
    r"\b(?:" + _WILL + r")\b|\w'll\b"
    r"|\b(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:expected|due|scheduled|set|"
    r"forecast|planned|slated)\b"
    r"|\b(?:plans?|planning|going|intends?)\s+to\b"
    # French, Spanish, Italian: "devrait", "est prévu(e)", "se espera", "está previsto",
    # "va a", "è previsto", "dovrebbe"
    r"|\b(?:doi(?:t|vent)|(?:est|sont)\s+prévue?s?|se\s+espera|"
    r"est(?:á|an|án)\s+previst[oa]s?|van?\s+a|(?:è|sono)\s+previst[oaie]|dovrebber?o)\b"
    # German: "sollen", "soll" (_WILL), "wird", "werden" ("soll am Freitag beginnen"); not
    # "sollte", which may be what was to happen and did not
    r"|\b(?:wird|werden)\b"
    # the future of reported speech, a conditional (trial 31: "announced that the president
    # would travel … on Wednesday", "se rendraient … mercredi" were read as the past
    # Wednesday): "would", "würde", and the conditional's endings on a verb's future stem
    # ("rendraient", "viajaría", "recherebbe", "viajaria"); not the conditional perfect nor
    # the auxiliaries of an alleged past ("would have", "aurait", "serait", "habría",
    # "sarebbe", "avrebbe", "teria": at most two letters before the ending, or no such ending)
    r"|\bwould\b(?!\s+(?:not\s+)?have\b)|\bwürden?\b"
    # what may yet happen, "may" or "might" before a verb of its own ("residents may return on
    # Wednesday": read as the Wednesday before, the return was dated a week early, issue 16);
    # not "may have", "may be" (of a past: "may have started", "may be linked to a fault on
    # Monday"; "may already have", "might even have": review 33), nor the month (lower case
    # only), nor "could" (a past ability: "could finally return on Wednesday")
    r"|\b(?-i:may|might|Might)\s+(?:(?:now|also|still|only|soon|then|not|already|even|yet)\s+)?"
    r"(?!(?:have|be|been|well|already|never|even|yet|actually|possibly|indeed)\b)[a-z]{3,}\b"
    r"|(?:\b\w{3,}(?:er|ir|dr)ai(?:t|ent)|\bpourrai(?:t|ent))\b" + _NO_PERFECT +
    r"|\b\w{3,}(?:ar|er|ir)ebber?o\b|\b\w{3,}(?:ar|er|ir)ebbe\b"
    # Spanish and Portuguese only in what was said ("anunció que … viajaría"): nouns end so
    # too ("Calderia", "batería", "padaria"), so a verb in lower case, after no article nor
    # preposition ("que la Consejería …", "que Gran Canaria …", "que a padaria": review 29)
    r"|\bque\s+(?:[^\s,.;:]+\s+){0,6}?" + "".join(rf"(?<!\b{w}\s)" for w in _ARTICLES)
    + r"(?-i:[a-záéíóúâêôãõç]{3,}(?:ar|er|ir)(?:ía|ían|ia|iam))\b" + _NO_PERFECT,
    re.I)
#: A measured amount that may yet come (issue #16: a rain's and a temperature's forecast, one
#: rule): a future auxiliary or a modal of what may happen ("could reach", "is set to hit",
#: "pourrait tomber", "podrían caer", "potrebbero cadere", "poderão cair", "dürften … fallen"),
#: then at most eight words and no clause break before the amount. Not a modal whose own words
#: end before it ("it will take weeks to clear the 30 cm of snow that fell"), and not "would",
#: "may" or "could" of a past tense or a date (:func:`in_future_clause` keeps to the future).
_MAY_COME = re.compile(
    r"\b(?:" + _WILL + r"|" + MODALS + r"|set\s+to|(?:expected|forecast|predicted|likely)\s+to|"
    r"risqu\w*|deber[íi]a\w*|dovrebb\w*|deve(?:rá|m)?)\b"
    r"(?=[^,;:.!?]{0,70}$)(?P<gap>(?:\s+[^\s,;:.!?]+){0,8})\s*$", re.I)
#: What the modal must govern right before the amount, when words stand between them (review
#: 19): a verb of falling, reaching or getting ("could in some parts reach 45 °C", "will get
#: 120 mm"), before the amount's qualifiers ("up to", "about"). Not "could not leave watched",
#: "could believe that", "would remember the": the amount is what happened. German puts the
#: verb after the amount ("könnten am Freitag 45 Grad erreichen": :data:`_VERB_AFTER`).
_VERB_BEFORE = re.compile(
    r"(?:^|\s)(?:reach|hit|top|exceed|surpass|climb|rise|soar|peak|hover|approach|be|see|get|"
    r"receive|bring|dump|drop|fall|total|accumulate|pass|touch|stay|remain|tomber|atteindre|"
    r"dépasser|grimper|monter|être|caer|alcanzar|superar|llegar|ser|rondar|subir|acumular|"
    r"cadere|raggiungere|superare|toccare|arrivare|essere|salire|cair|atingir|chegar|passar|"
    r"fallen|erreichen|steigen|klettern|geben|sein|bringen|"
    # what a toll may count (trial 42: "potrebbe contare fino a 450 morti")
    r"count|compter|contar|contare|zählen)"
    r"(?:\s+(?:up\s+to|as\s+much\s+as|about|around|some|another|a\s+further|more\s+than|"
    r"over|above|near|nearly|almost|between|highs\s+of|of|to|at|past|jusqu['’]à|environ|de|"
    r"a|à|auf|"
    r"d['’]|plus\s+de|entre|hasta|unos|unas|más\s+de|los|fino\s+a|circa|oltre|i|gli|até|"
    r"cerca\s+de|mais\s+de|bis\s+zu|rund|etwa|über))*$", re.I)
#: A gap of qualifiers only ("dürften bis zu 120 mm Regen fallen"): the modal governs the amount.
_QUALIFIERS_ONLY = re.compile(
    r"(?:up\s+to|as\s+much\s+as|about|around|some|jusqu['’]à|environ|hasta|unos|unas|"
    r"fino\s+a|circa|até|cerca\s+de|bis\s+zu|rund|etwa|über|\s)*$", re.I)
#: A perfect after the modal ("Il devrait être tombé 150 mm", "may have rained 200 mm": an
#: estimate of what fell), but for English "could" and "would" of what did not happen.
_PERFECT = re.compile(r"^\s*(?:have|être|avoir|haber|essere|avere|ter|haben|sein)\s+\w+", re.I)
_VERB_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:erreichen|fallen|steigen|klettern|geben|"
                         r"werden|sein|überschreiten|übersteigen)\b", re.I)
#: The amount's own past verb after it ("300 mm of rain fell", "the 250 mm of rain that fell").
_FELL_AFTER = re.compile(
    r"\s*(?:(?:of|de|d['’]|di)\s+[^\W\d_]+\s+)?(?:(?:that|which|qui|que|che)\s+)?"
    r"(?:had\s+|has\s+|have\s+|est\s+|sont\s+)?(?:fell|fallen|poured|tomb[ée]e?s?|cay[óo]|"
    r"cayeron|caddero|cadde|caíram|caiu|fielen|fiel)\b", re.I)


def may_come(clause: str, after: str = "") -> bool:
    """Whether the words of ``clause`` right before an amount make it what may yet come;
    ``after``, the text after the amount, tells what fell ("300 mm of rain fell")."""
    m = _MAY_COME.search(clause)
    if m is None or _FELL_AFTER.match(after):
        return False
    gap = m.group("gap")
    if _PERFECT.match(gap):  # "could/would have reached" is what did not happen
        return re.match(r"(?:could|would)\b", m.group(), re.I) is not None
    return bool(_QUALIFIERS_ONLY.match(gap) or _VERB_BEFORE.search(gap)
                or _VERB_AFTER.match(after))


_CLAUSE_END = re.compile(r"[.;:,!?]")
#: A date set for what is to come, its participle right before the date: "the vote scheduled
#: for 7 December", "les élections prévues le 7 décembre", "las elecciones previstas para el 7
#: de diciembre", "il voto previsto per il 7 dicembre", "a votação marcada para 7 de dezembro"
#: (trial 40: written on 28 November, dated the 7 December of the year before). Not what went
#: as planned ("held as scheduled on", "comme prévu le": a past) nor "set on" (a fire set on a
#: day: arson, a past; review 33).
_SCHEDULED = re.compile(
    r"(?<!\bas\s)(?<!\bcomme\s)(?<!\bcomo\s)(?<!\bcome\s)"
    r"\b(?:(?:(?:scheduled|planned|slated|due)\s+(?:for|on)|set\s+for)(?:\s+the)?"
    r"|prévue?s?(?:\s+pour)?(?:\s+le)?"
    r"|(?:previst|programad|marcad|agendad)[oa]s?\s+para(?:\s+(?:el|o|dia))?"
    r"|(?:previst|programmat|fissat)[oaie]\s+(?:per\s+)?il)\s*$", re.I)
#: A forecast of what may fall, put by a modal, up to the day it runs to: "could see another 6
#: inches of snow by noon Thursday", "might fall on the hills through Thursday" (trial 35: read
#: as the Thursday before, the timeline opened a week early). Not the modal of a past ability or
#: of what may have been ("could not reach the village until Thursday", "could have fallen by
#: Thursday"), nor a day the forecast does not run to ("could see snow on Thursday").
_FORECAST_UNTIL = re.compile(
    r"\b(?:could|may|might)\s+(?:also\s+|still\s+)?(?:see|fall|get|reach|bring|dump|pile\s+up|"
    r"accumulate|receive|add|drop|top|exceed)\b[^.;:,!?]*?\s(?:by|through|until|till|into)\s+"
    r"(?:(?:early|late|noon|midday|midnight|dawn|the\s+end\s+of)\s+(?:on\s+)?)?$", re.I)
#: How far before the weekday the forecast's modal is looked for (a long clause is not walked).
_FORECAST_REACH = 200


#: German wordings that look ahead but tell a past day: "seit" right before the day ("werden
#: seit Sonntag vermisst": missing since Sunday), and a clause ending in a perfect infinitive
#: ("soll am Sonntag betrunken gewesen sein": is said to have been; "wird … gesunken sein").
_SINCE_BEFORE = re.compile(r"\bseit(?:\s+(?:dem|letztem|vergangenem))?\s*$", re.I)
_PERFECT_INFINITIVE = re.compile(r"\b\w+(?:t|en)\s+(?:sein|haben|worden\s+sein)\s*$", re.I)


def in_future_clause(before: str, after: str = "") -> bool:
    """Whether the words ``before`` a date wording, back to the start of its clause, put it in
    the future. ``after``, the text after the wording, is read to its clause's end for the
    German shapes that only look ahead (:data:`_PERFECT_INFINITIVE`)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1] if ends else 0:]
    if _SCHEDULED.search(clause):
        return True
    if _FUTURE.search(clause) is None:
        return _FORECAST_UNTIL.search(clause[-_FORECAST_REACH:]) is not None
    if _SINCE_BEFORE.search(clause):
        return False
    end = _CLAUSE_END.search(after, 0, 400)
    return not _PERFECT_INFINITIVE.search(after[:end.start() if end else 400])


def coming_day(resolved: FuzzyDate, published: date) -> FuzzyDate:
    """The weekday a rule read as the last one (on or before ``published``), as the coming one:
    the same day when it is the day of publication, else a week later."""
    day = resolved.first
    if day >= published:
        return resolved
    return FuzzyDate(day_point(day + timedelta(days=7)), None, resolved.approximate)


def coming_date(resolved: FuzzyDate, published: date) -> FuzzyDate:
    """A day of a month written without its year, read as the last one (on or before
    ``published``), as the coming one: the same day on publication, else a year later (29
    February to 28 February of a year with none)."""
    day = resolved.first
    if day >= published:
        return resolved
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:
        later = day.replace(year=day.year + 1, day=28)
    return FuzzyDate(day_point(later), None, resolved.approximate)

"""Numbers of a story that are no facts of its event, by the shape of the words around them, in
every corpus language: a distance, a speed, a place's floor area or a building's size
(:mod:`.measures`), a day of the month after its weekday ("nesta sexta-feira (6)", "el
miércoles, 12,"), a rate ("40,000 passengers a day", "9.000 pendolari al giorno"; not money,
which the event may cost a day), money given to each one ("$2,000 to each family"), people
counted as who spoke ("Two nurses … told the paper"), and the figures of a sentence that opens
on another year ("In 2014, more than 2,000 people died in road accidents"), of a clause that
recalls an earlier event by its year, or of a sentence set in an earlier year from end to end
and the sentences after it in its paragraph (:func:`recalled_spans`): background, not the
event's toll."""

from __future__ import annotations

import re

from generator.extract.amounts.cyclone_wind import cyclone_wind
from generator.extract.amounts.degree import half_a_degree
from generator.extract.amounts.measures import distance, floor_area, restated, setting, speed
from generator.extract.amounts.rain import not_the_rain
from generator.extract.amounts.temperature import not_a_reading
from generator.extract.context.habits import REACH, changed_by, not_as_of_now, weeks_ago_incident
from generator.extract.context.recalled_years import YEAR_OF_DATE
from generator.extract.context.recalled_years import but_measures as _but_measures
from generator.extract.context.recalled_years import year_of as _year_of
from generator.extract.counts.crowd import not_the_events_people
from generator.extract.counts.increment import MORE_DEAD
from generator.text.counted_words import counted_group, is_person
from generator.text.datelines import opening_date, read_dateline
from generator.text.event_kinds import kinds_in
from generator.text.lexicon import BUT
from generator.text.quantities import read
from generator.text.recalled import dates_page, recalls
from generator.text.relative_dates import FOREIGN_TODAY_BY_LANGUAGE, FOREIGN_YESTERDAY_BY_LANGUAGE
from generator.text.sentences import Sentence

_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|"
    r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela")
#: A day of the month set after its weekday, between brackets or commas.
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAYS})\s*(?P<open>[(,])\s*$", re.I)
_DAY_AFTER = {"(": re.compile(r"\s*\)"), ",": re.compile(r"\s*,")}
#: A forecast's chance, no share of the event (tests/corpus/README.md, "What is a figure"): "a
#: 70 % chance of rain", "70 % de chances", "un 70 % de probabilidad", "il 70 per cento di
#: probabilità", "70 % de probabilidade", "eine Wahrscheinlichkeit von 70 Prozent", "die
#: Regenwahrscheinlichkeit liegt bei 70 Prozent" (chk50f, the figure checklist).
_CHANCE_AFTER = re.compile(r"\s*(?:chance|probabili|likelihood|odds|(?:de|di)\s+"
                           r"(?:chances?|probabili|possibilidad|posibilidad))", re.I)
_CHANCE_BEFORE = re.compile(r"(?:wahrscheinlichkeit|probability|chance|probabilit[éàa]d?e?)\w*"
                            r"(?:\s+\w+){0,3}?\s+(?:von|of|de|di|bei|is|est|è|es|é)\s+(?:\w+\s+)?$",
                            re.I)


def chance(text: str, start: int, after: int) -> bool:
    """Whether a percentage is a forecast's chance (:data:`_CHANCE_AFTER`)."""
    return bool(_CHANCE_AFTER.match(text, after)
                or _CHANCE_BEFORE.search(text, max(0, start - 60), start))


#: A rate, said after what it counts: how many a day or a year, not how many the event did. Not
#: an amount of money: what the event costs a day is one of its figures (a cost in "bilhões por
#: dia" on dev).
_RATE_AFTER = re.compile(
    r"\s*(?:(?:a|per|each|every)\s+(?:day|week|month|year)\b|daily\b|annually\b|yearly\b|"
    r"weekly\b|al\s+giorno\b|all['’]anno\b|ogni\s+anno\b|par\s+(?:jour|an|semaine)\b|"
    r"chaque\s+(?:jour|année)\b|(?:al|por)\s+(?:d[íi]a|año)\b|cada\s+(?:d[íi]a|año|ano)\b|"
    r"por\s+(?:dia|ano)\b|pro\s+(?:Tag|Jahr|Woche)\b|t[äa]glich\b|j[äa]hrlich\b|dziennie\b|"
    r"rocznie\b|per\s+(?:dag|jaar)\b)", re.I)
#: A sentence that opens on a year ("In 2014,", "En agosto de 2015,", "Nel 2016", "Im Jahr
#: 2016", "W 2019 r."): it tells another time than the event's, whose own sentences name days.
_OTHER_YEAR = re.compile(
    r"\s*(?:in|en|nel|im(?:\s+jahr)?|em|no|w|dans|au\s+cours\s+de)\s+"
    r"(?:(?:[^\W\d_]+\s+){0,2}(?:de\s+|del\s+|of\s+)?)?(?:1[89]\d\d|20\d\d)\b"
    r"(?!\s*[-–]\s*\d)", re.I)

#: A sentence that opens on a time long gone, counted back from now ("Six years ago,", "Il y a
#: six ans", "Vor sechs Jahren", "Hace seis años", "Sei anni fa", "Há seis anos", "Zes jaar
#: geleden"): an earlier disaster recalled, as a sentence opening on its year is (trial 20). Years,
#: months and decades only: "three days ago" is the event's own time.
_AGO_OPENING = re.compile(
    r"\s*(?:(?:[^\W_]+\s+){1,2}(?:years?|months?|decades?)\s+ago|"
    r"il\s+y\s+a\s+(?:[^\W_]+\s+){1,2}(?:ans|années|mois|décennies)|"
    r"vor\s+(?:[^\W_]+\s+){1,2}(?:jahren|monaten|jahrzehnten)|"
    r"hace\s+(?:[^\W_]+\s+){1,2}(?:años|meses|décadas)|"
    r"(?:há|ha)\s+(?:[^\W_]+\s+){1,2}(?:anos|meses|décadas)|"
    r"(?:[^\W_]+\s+){1,2}(?:anni|mesi|decenni)\s+fa|"
    r"(?:[^\W_]+\s+){1,2}(?:jaar|maanden)\s+geleden)\b", re.I)


def _long_ago(q, text: str, lang: str) -> bool:
    """A number in the clause a sentence opens on years ago, writing no year: one that does
    ("Two years ago the flood of 4 May 2024 killed 12") is dated by its year, which may be the
    event's own (:func:`recalled_spans`). A new clause (";", a dash, ", and", a comma or "and"
    before a day of the event's own) tells the event: "…; this time 31 were killed" (review 19)."""
    opening = _AGO_OPENING.match(text) or weeks_ago_incident(text, lang)
    if not opening or YEAR_OF_DATE.search(text):
        return False
    between = text[opening.end():max(q.start, opening.end())]
    return not (re.search(rf";|[–—]|,\s*{_AND}", between, re.I) or any(re.search(
        rf"(?:,|{_AND})\s*(?:[^\W\d_]+\s+){{0,2}}$", between[:m.start()], re.I)
        for m in _own_time(between, lang)))


_AND = r"\b(?:and|y|e|und|et|en|" + BUT + r")\b"


_WHEN = (r"(?:(?:when|cuando|quando|lorsque|quand|als|wo|kiedy|gdy|toen|když|kdy|عندما|حين)\b|"
         r"lorsqu['’])")  # the elided French "lorsqu'" too (trial 40)
#: A toll recalled from another year in the clause of the number: the year, then "when", right
#: before it ("the worst since the flood of 1987, when 212 people drowned"). An earlier
#: disaster's toll, not the event's.
_YEAR_BEFORE = re.compile(rf"\b(?:1[89]\d\d|20\d\d)\s*,?\s*{_WHEN}[^.;:!?]{{0,40}}$", re.I)


#: A share of a body, how far one's burns reach ("burns over 80 % of his body", "quemaduras en
#: el 80 % del cuerpo", "brûlé à 80 % du corps", "Verbrennungen an 80 Prozent des Körpers"): a
#: wound described, not a share of what the event struck (spent s35, in four languages).
_OF_A_BODY = re.compile(
    r"\s*(?:%|percent|per\s+cent|por\s+ciento|pour\s+cent|per\s+cento|por\s+cento|prozent|"
    r"procent)?\s*(?:of|del?|du|des|della|dello|do|da|van|an)\s+(?:(?:the|their|his|her|its|su|sus|"
    r"la|le|leur|leurs|son|sa|suo|sua|loro|seu|sua|seines|ihres|ihrer|het|zijn|haar|hun)\s+)?"
    r"(?:bod(?:y|ies)|cuerpos?|corps|corpo|corpi|körpers?|lichaam|lichamen)\b", re.I)


#: Money given to each one ("$2,000 to each family", "1.000 euros por família"): an amount per
#: head, not what the event cost.
_EACH_AFTER = re.compile(r"\s*(?:(?:to|for)\s+(?:each|every)|per|a|par|por|pro|per|a\s+ogni|"
                         r"à\s+chaque|para\s+cada|a\s+cada|je)\s+(?:family|families|person|head|"
                         r"household|victim|famille|personne|foyer|victime|familia|persona|hogar|"
                         r"víctima|família|pessoa|vítima|famiglia|vittima|Familie|Person|Opfer|"
                         r"Haushalt)\b", re.I)


#: A verb of containing or consisting right before the number: what a thing is made of or
#: holds ("The ferry consisted of two decks, a bar and 40 cabins", "que abriga 36
#: apartamentos", "l'immeuble abritait 60 logements"): a description, not what the event did.
_HOLDS_BEFORE = re.compile(
    r"\b(?:consist(?:s|ed)\s+of|compris(?:es|ed)|made\s+up\s+of|hous(?:es|ed)|"
    r"abrit(?:e|ait|aient)|alberga(?:ba)?|consta(?:ba)?\s+de|abriga(?:va)?|ospita(?:va)?|"
    r"beherbergt(?:e)?|bestand\s+aus|besteht\s+aus)\s+"
    # the number right after the verb, or after items of its list ("one engine, one car, ")
    r"(?:[^,;.:!?]{1,40},\s+){0,6}(?:[^\W\d_]+\s+){0,3}$", re.I)


def day_of_month(q, text: str) -> bool:
    """"nesta sexta-feira (2)", "le mardi, 5, …": the day of the month, not a count."""
    start = q.written_start
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 40), start)
    return bool(m and q.high is None and q.value is not None and 1 <= q.value <= 31
                and _DAY_AFTER[m.group("open")].match(text, q.end))


def not_a_count(q, head: str, text: str, noun_end: int, lang: str = "en") -> bool:
    """Whether the number ``q`` of the sentence ``text``, counting ``head`` up to ``noun_end``
    (an offset in ``text``), is no fact of the event (module docstring)."""
    after = max(noun_end, q.end)
    return (distance(q, head, text, noun_end, lang) or restated(q, text, head)
            or (speed(q) and not cyclone_wind(q, text, lang))
            or day_of_month(q, text) or not_the_rain(q, text, lang)
            or not_a_reading(q, text, lang)
            or floor_area(q, text) or setting(q, text)
            or (not q.unit and bool(_RATE_AFTER.match(text, after)))
            or (bool(q.unit) and bool(_EACH_AFTER.match(text, after)))
            or (q.unit == "percent" and (chance(text, q.start, after) or half_a_degree(q, text)
                                         or bool(_OF_A_BODY.match(text, q.end))))
            or not_the_events_people(q, head, text, noun_end, lang)
            or bool(_OTHER_YEAR.match(text)) or _long_ago(q, text, lang)
            or bool(_YEAR_BEFORE.search(text, max(0, q.start - 70), q.start))
            or bool(_HOLDS_BEFORE.search(text, max(0, q.start - REACH), q.start))
            or not_as_of_now(q, text, lang) or (head != MORE_DEAD and changed_by(q, text, lang)))


#: A decade ("des années 1960", "the 1960s", "negli anni 1960"): when a building went up, not
#: an event.
_DECADE_BEFORE = re.compile(r"\b(?:ann[ée]es|anni|años|anos|jaren|decade\s+of)\s*$", re.I)
_DECADE_AFTER = re.compile(r"['’]?s\b")


#: Where the clause of a recalled year ends: a comma (not the one before "when" that goes on to
#: tell the earlier event), a semicolon, a colon, a dash or a bracket.
_CLAUSE_BREAK = re.compile(  # and a relative clause on it ("of 2015, which killed 87", trial 31)
    rf",(?!\s*(?:{_WHEN}|(?:which|que|qui|che|der|die|das|dat|welche[rsn]?|kt[óo]r[aey])\b))"
    r"|[;:–—(]", re.I)


def recalled_spans(sents: list[Sentence], headline: str, lang: str, dated: int | None = None,
                   event_years: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The article offsets where a sentence recalls an earlier event by its year: the numbers
    there are the earlier event's ("the worst since May 2009 when a storm flattened a school
    and killed six people", "a warehouse fire in Verlo in 1994 caused 31 deaths"). The year
    must be long before the latest the page writes or is dated
    (:func:`generator.text.recalled.recalls`); on an undated page any year dates another event
    in the clause of a toll, since a report writes the days of its own event, not its year.
    Years are those the one number reader reads as years ("in 1991", not "1800 firefighters");
    a dateline's year is the page's own date, a decade is an era. A year of ``event_years``
    (the event's own, when the analyst dated it) recalls nothing: the sentence tells the event.

    How far the earlier time reaches (:func:`_anchored`): a sentence that names no day of the
    event's own ("on Sunday", "yesterday") and writes an earlier year as when, not as what the
    event is measured against ("the most since 2009"), tells that earlier time from end to end
    ("Riverside fire, 31 dead: some 31 people died … in Oct. 1977"), and so do the
    sentences after it in its paragraph that name no time of their own ("At least 20 others
    were injured."): a list of past disasters, a recalled toll. A sentence that also names a
    day of the event keeps its numbers before the year and after its clause ("Seven died on
    Monday, the most since 2009"; "barges sunk in 2016, then the bodies of three drivers")."""
    def years(text: str) -> list:
        dateline = read_dateline(text) or opening_date(text)  # "VERLO, 12 May 2023 (Wire) - …"
        return [q for q in (_year_of(n, text) for n in read(text, lang)) if q is not None
                and not (dateline and q.end <= dateline.end)
                and not _DECADE_AFTER.match(text, q.end)
                and not _DECADE_BEFORE.search(text, max(0, q.start - 20), q.start)]

    written = {s.start: years(s.text) for s in sents}
    # the years that can date the page: not a year after its date, nor a year set as a target
    # ("a levee finished by 2027"): a plan's year would put the event's own year in the past
    found = [int(q.value) for text, qs in ((headline, years(headline)),
                                           *((s.text, written[s.start]) for s in sents))
             for q in qs if dates_page(text, q.start, q.value, dated)]
    latest = max([*found, dated], default=None) if dated else None
    # an undated page is no older than its event's years (a disaster of 1971 told, then its toll
    # in the next sentence, on an undated page about an event of 2020: spent set s31)
    page_latest = max([*found, *([dated] if dated else []),
                       *(event_years if dated is None else ())], default=None)
    spans = []
    past_paragraph = None  # the paragraph whose narration an earlier sentence set in another year
    for s in sents:
        qs = written[s.start]
        own_year = any(q.value in event_years for q in qs)
        qs = [q for q in qs if q.value not in event_years]
        if s.paragraph != past_paragraph:
            past_paragraph = None
        if not qs and past_paragraph is not None and not own_year \
                and not _own_time(s.text, lang):
            spans.extend(_but_measures(s, lang))
            continue
        past_paragraph = None
        if not qs:  # no year: another incident the sentence names is all it can recall
            spans.extend([] if own_year else _another_told(s, lang))
            continue
        if latest is not None and not recalls([int(q.value) for q in qs], latest):
            continue
        if not own_year and _anchored(s.text, qs, page_latest, dated is None, lang):
            spans.extend(_but_measures(s, lang))
            past_paragraph = s.paragraph
            continue
        for q in qs:
            if q.in_date:  # a date in figures is read for the sentence's time only
                continue
            stop = _CLAUSE_BREAK.search(s.text, q.end)
            spans.append((s.start + q.end, s.start + (stop.start() if stop else len(s.text))))
            toll = _TOLL_IN_YEAR.search(s.text, max(0, q.start - 60), q.start)
            against = _MEASURED_AGAINST.search(s.text, max(0, q.start - 70), q.start)
            if against and toll and toll.start() > against.start():
                against = None  # "since 52 died in a 2009 crash": a clause's count
            count = next((n for n in read(s.text[:q.start], lang) if toll
                          and n.start == toll.start()), None)
            if toll and not against and not (count and count.unit):
                # "the quake that killed 8,000 people in 1990": the year dates the count
                # whose noun runs into it, not a thing's past ("two barges that had sunk there
                # in 2016") nor a measure ("400 metres long, built in 1967"); from its
                # qualifier on ("some 52 died in a 2009 crash")
                start = count.span[0] if count and count.span[1] else toll.start()
                spans.append((s.start + start, s.start + q.start))
    return spans


#: A count whose noun runs straight into the year that dates it ("killed 12 people in 1990",
#: "fait 30 morts en 1999", "40 minatori morti nel 1977", "300 Menschen im Jahr 1987"), or into
#: the year of the incident it names ("52 died in a 2009 crash", trial 19).
_TOLL_IN_YEAR = re.compile(
    r"\d(?:[\d.,'\u00a0 ]*\d)?\s+(?:[^\W\d_][\w'’-]*\s+){1,2}"
    r"(?:in|en|nel|em|no|im(?:\s+jahr)?|au\s+cours\s+de)\s+"
    # the year of a thing after it: "died in a 2009 crash", "killed 12 in the 1990 flood"
    r"(?:(?:a|an|the|un|une|una|uno|el|la|le|il|lo|um|uma|o|der|die|das|dem|einem|einer)\s+)?$",
    re.I)


#: A year written as what the event is measured against, not as when a number happened: "the
#: deadliest since 2009", "more than in 2019", "rispetto al 2019", "desde 1931", "depuis 1999".
_MEASURED_AGAINST = re.compile(
    r"\b(?:since|than|compared\s+(?:to|with)|desde|depuis|seit|sinds|dal|dall['’]|dai|dagli|"
    r"dalla|rispetto|comparad[oa]s?|compar[ée]e?s?|do\s+que|"
    r"di\s+quanto|niż|od)\b[^,;:.!?]{0,60}$", re.I)
#: A day of the event's own, named as reports name it: a weekday, last night, this month, in
#: every corpus language, and the language's own today and yesterday
#: (:data:`generator.text.relative_dates.FOREIGN_TODAY_BY_LANGUAGE`, read in that language only:
#: "hier" is yesterday in French, here in German). A sentence naming one tells the event,
#: whatever earlier year it also recalls ("guards taken in 2019 … in a raid earlier this
#: month": a seed page's shape), or sets the event against the recalled one ("this time",
#: "so far").
_OWN_TIME = re.compile(
    rf"\b(?:{_WEEKDAYS}|today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|"
    r"evening|week|month|year)|anteayer|esta\s+semana|este\s+(?:mes|año|ano|mês)|"
    r"stamane|questo\s+mese|quest['’]anno|questa\s+settimana|anteontem|esta\s+manhã|"
    r"ce\s+mois|cette\s+(?:année|semaine)|vorgestern|diese[nms]?\s+(?:monat|jahr|woche)|"
    # the event set against the recalled one, or its count up to now
    r"this\s+time|so\s+far|esta\s+vez|hasta\s+(?:ahora|el\s+momento)|questa\s+volta|finora|"
    r"desta\s+vez|até\s+agora|até\s+o\s+momento|cette\s+fois|jusqu['’]ici|diesmal|bisher|"
    r"tym\s+razem|dotychczas|deze\s+keer|tot\s+nu\s+toe)\b", re.I)
_TODAY_OR_YESTERDAY = {
    lang: re.compile(rf"\b(?:{today}|{FOREIGN_YESTERDAY_BY_LANGUAGE[lang]})\b", re.I)
    for lang, today in FOREIGN_TODAY_BY_LANGUAGE.items()}


def _own_time(text: str, lang: str) -> list[re.Match[str]]:
    """Where ``text`` names a day of the event's own (:data:`_OWN_TIME`)."""
    own = _TODAY_OR_YESTERDAY.get(lang)
    return [*_OWN_TIME.finditer(text), *(own.finditer(text) if own is not None else ())]


def _anchored(text: str, qs: list, latest: int | None, undated: bool, lang: str) -> bool:
    """Whether the sentence ``text``, writing the years ``qs``, is set in an earlier time from
    end to end: it names no day of the event's own, and one of its years says when, not what
    the event is measured against, and is long before the page's ``latest`` (its date, or the
    latest year it writes), or, on an ``undated`` page, belongs to a thing the sentence names
    as another ("otra crecida … en 2012")."""
    if _own_time(text, lang):
        return False
    return any(((latest is not None and recalls([int(q.value)], latest))
                or (undated and _names_another(text, lang)))
               and not _MEASURED_AGAINST.search(text, max(0, q.start - 70), q.start) for q in qs)


#: Words that name the recalled thing as another one ("otra crecida", "another storm", "a
#: similar accident", "the previous flood"): on an undated page, what tells that a sentence's
#: year is another event's and not the event's own. Singular only: "20 others were injured",
#: "otros 20 heridos" count more of the event's; not "earlier", "previous", "anterior": "earlier
#: this month", "the previous day", "el día anterior" are the event's own time.
_ANOTHER_EVENT = re.compile(r"\b(?:another|similar|otr[oa]|altr[oa]|outr[oa]|autre|simile|"
                            r"semelhante|ähnlichen?)\b", re.I)


def _names_another(text: str, lang: str) -> bool:
    """Whether ``text`` names a thing as another one: "another storm", not "another 15 were
    injured" or "another two bodies", which count more of the event's own."""
    found = list(_ANOTHER_EVENT.finditer(text))
    if not found:
        return False
    counts = {q.start for q in read(text, lang)}
    return any(not counts & set(range(m.end(), m.end() + 3)) for m in found)


#: What a report calls an incident when it tells of another one ("another serious accident",
#: "un altro grave incidente"), beside the kinds of :mod:`generator.text.event_kinds`.
_INCIDENT = re.compile(
    r"\b(?:accident|incident|incidente|sinistro|siniestro|acidente|unfall|ungl[üu]ck|ongeluk|"
    r"ongeval|wypadek|tragedy|tragedia|trag[ée]die|drame|disaster|disastro|desastre|"
    r"catastroph|catastrof|cat[áa]strofe|katastrophe|ramp)", re.I)
_ANOTHER_REACH = 100
#: The end of the clause "another" opens: "another victim died, raising the accident's toll to 9"
#: names the accident after it as the event, not as the other incident.
_CLAUSE_END = re.compile(r"[,;:]\s")


def _another_told(s: Sentence, lang: str) -> list[tuple[int, int]]:
    """The numbers of a sentence that writes no year and no day of the event's own, after words
    that name another incident ("Another storm two weeks later killed three campers", "due
    giorni fa … un altro grave incidente, che aveva causato la morte di tre ragazzi", "En marzo,
    otra nave … se derrumbó y dejó cinco muertos"): the other incident's toll (extraction
    round 14: three sites of the pooled fresh sets). The incident is told by an event kind or
    an incident word within the clause after the words; a day of the event's own ("On
    Sunday another tornado struck, killing four campers") keeps the sentence the event's."""
    if _own_time(s.text, lang) or not _names_another(s.text, lang):
        return []
    counts = {q.start for q in read(s.text, lang)}
    for m in _ANOTHER_EVENT.finditer(s.text):
        if counts & set(range(m.end(), m.end() + 3)):
            continue  # "another 15 were injured": more of the event's own
        told = _CLAUSE_END.split(s.text[m.end():m.end() + _ANOTHER_REACH], maxsplit=1)[0]
        named = re.match(r"\s*([^\W\d_]+)", told)
        if named and (is_person(named.group(1).lower(), lang)
                      or counted_group(named.group(1) + " ", lang)):
            continue  # "another victim died, raising the disaster's toll": one of the event's
        if _INCIDENT.search(told) or kinds_in(told, lang) or _SIMILAR_ONE.match(told):
            return [(s.start + m.end(), s.end)]
    return []


#: "Another similar one" with its noun left out, at its clause's end or before where or when
#: ("recalls another similar one, in Vargo in May, when 12 died"): an incident like the event.
_SIMILAR_ONE = re.compile(
    r"\s*(?:similar|analog[oa]|análog[oa]|semelhante|simile|pareil(?:le)?|semblable|"
    r"ähnliche[sr]?|vergelijkbare?|soortgelijke?|podobn\w*)(?:\s+(?:one|uno|una))?"
    r"\s*(?:$|[,;:(]|(?:in|en|em|no|na|nel|nella|im|w|op|on|at)\s)", re.I)

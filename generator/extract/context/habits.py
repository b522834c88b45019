"""Numbers said of another state of things than the event's now, by the words right before
them in their clause: what usually happens ("ferries often carry hundreds"), what a vehicle or a
place can hold ("can carry up to 42 people"), who lives in a place ("home to 9,000 people"),
and a count's first figure recalled beside the page's own ("first put at 36", "rose from 8 to
20"). Each is a
number of the story, none a report of the event as of the page
(:func:`generator.extract.context.background.not_a_count` asks)."""

from __future__ import annotations

import re

from generator.text import number_words as W
from generator.text.event_kinds import kinds_in
from generator.text.quantities.reader import read
from generator.text.status_words import STATUS

#: How far before the number a capacity's words are read (and what a vehicle or a place holds,
#: in :mod:`.background`).
REACH = 120


#: A count's first figure, recalled beside the page's own ("the toll, first put at 36", "zunächst
#: war von 36 Toten die Rede", "inicialmente se habló de 36"): the count as it
#: stood before the page, not as of it, which read at the page's day made the latest count a
#: span from the first to the last figure (trial 19). Said right before the number, in its
#: clause: the adverb before the verb of reporting ("initially reported 25 survivors") or
#: after it ("informaron inicialmente de 25", "war zunächst von 12 Toten die Rede"; round 25:
#: English dropped such a count and the other languages gave it as the current one). "First"
#: and "earlier" only before the verb ("the first 12 bodies" are a count).
_FIRST = (r"initially|originally|at\s+first|initialement|d['’]abord|au\s+départ|inicialmente|"
          r"en\s+un\s+principio|al\s+principio|inizialmente|in\s+un\s+primo\s+momento|"
          r"zunächst|anfangs|ursprünglich")
_REPORTED = (r"put|given|reported|estimated|set|placed|stood|said|counted|confirmed|announced|"
             r"évalué\w*|estimé\w*|fait\s+état|annoncé|indiqué|cifrad\w*|estimad\w*|"
             r"informad\w*|indicad\w*|stimat\w*|parlato|beziffert|geschätzt|gemeldet|genannt|von")
#: A verb of reporting before the adverb ("informaron inicialmente de", "reported initially"),
#: or what was said after it ("zunächst war von", "al principio se habló de"): not any verb
#: ("initially rescued 25 people" is a count of the rescued).
_TOLD = (r"[^\W\d_]*(?:report|inform|indic|habl|parl|sprach|spoke|said|dij|cifr|estim|stim|"
         r"annon|évoqu|gemeldet|genannt|beziffert)[^\W\d_]*")
_WAS_SAID = (r"war|hieß\s+es|wurde|se\s+habló|se\s+hablaba|se\s+informó|on\s+parlait|"
             r"on\s+évoquait|si\s+parlava|falava-se|se\s+falava")
#: The first reports as the subject of their verb ("early reports said 300 were hurt, but the
#: harbour police since cut that number", "initial estimates put the toll at 12": trial
#: 36 gave the revised 200 as the page's latest count), when the page says the count changed
#: (:data:`_REVISED_AFTER`): "early reports said 12 were hurt" alone is the page's count.
_EARLY_REPORTS = (r"(?:early|initial|first|earlier)\s+(?:reports?|estimates?|figures|accounts)"
                  r"\s+(?:had\s+)?(?:said|suggested|put|gave|indicated|spoke\s+of)"
                  r"(?:\s+(?:that|the\s+\w+))?")
_FIRST_PUT_AT = re.compile(
    rf"(?:\b(?:{_FIRST}|first|earlier)\s+(?:(?:been|être|sido|stato|stata)\s+)?(?:{_REPORTED})|"
    rf"\b(?:{_TOLD})\s+(?:{_FIRST})|\b(?:{_FIRST})\s+(?:{_WAS_SAID})|\b(?P<early>{_EARLY_REPORTS}))"
    r"\s+(?:(?:at|as|à|en|in|auf|de|di|a|of|von)\s+)?"
    r"(?:(?:about|around|some|up\s+to|environ|unos|circa|rund|etwa)\s+)?"
    # and the count given with it: "first put at 36 with some 70 hurt"
    r"(?:\d[\d.,]*\s+(?:[^\W\d_]+\s+){0,2}(?:with|and|et|avec|y|con|e|com|und|mit)\s+"
    r"(?:(?:more\s+than|over|about|some|plus\s+de|más\s+de|oltre|mais\s+de|mehr\s+als|über)\s+)?)?"
    r"$", re.I)
#: After the early reports' number, the page's word that the count changed: a contrast with a
#: later word in the same sentence ("…, but police since cut that number", "but police now
#: say 60", not "but none seriously" nor "but rescuers said it could rise") or a revision
#: within the next ("The figure was later revised to 60").
_REVISED_AFTER = re.compile(
    r"[^.;!?]{0,160}?\b(?:but|however|yet)\b[^.;!?]{0,60}?\b(?:later|now|since|revis|correct|"
    r"lower|rais)|[\s\S]{0,200}?\b(?:revised|corrected|lowered|"
    rf"since\s+(?:{W.RISE_VERBS}|{W.FALL_VERBS}))", re.I)


#: What usually happens, said before the number in its clause ("ferries like this one often
#: carry hundreds of passengers", "solche Boote haben häufig 200 Menschen an Bord", "ces
#: glissements tuent souvent des dizaines de personnes"): a habit of the place or the trade,
#: not a count of the event.
_HABITUAL_BEFORE = re.compile(
    r"\b(?:often|usually|typically|frequently|regularly|routinely|h[äa]ufig|oft|meist(?:ens)?|"
    r"gew[öo]hnlich|normalerweise|souvent|g[ée]n[ée]ralement|habituellement|fr[ée]quemment|"
    r"r[ée]guli[èe]rement|a\s+menudo|frecuentemente|habitualmente|suele[n]?|spesso|"
    r"di\s+solito|solitamente|abitualmente|muitas\s+vezes|costuma[m]?|geralmente|"
    r"frequentemente)\b[^,;:.!?]{0,50}$", re.I)


#: What a vehicle or a place can hold, said before the number ("can carry up to 42 people", "in
#: grado di trasportare fino a 42 persone", "capacidade máxima para 42 pessoas", "Platz für
#: 40 Fahrgäste"): its size, not how many the event involved ("the bus carried 40" is). Not
#: a measure with a unit: a ship's tonnage is one of the event's facts.
_CAPACITY_BEFORE = re.compile(
    r"(?:\b(?:can|could|able\s+to)\s+(?:carry|hold|take|seat|accommodate|transport)|"
    r"\bcapacity\s+(?:of|for|is|was)|\bspace\s+for|\broom\s+for|"
    # what a building was made for ("a jail built for 1,100", "its capacity is 1,100", "prévue
    # pour", "concebida para", "ausgelegt für": trial 39, a prison's overcrowding told)
    r"\b(?:built|designed|intended|meant)\s+(?:to\s+hold|for)|"
    r"\b(?:pr[ée]vue?s?|con[çc]ue?s?|construite?s?)\s+pour|"
    r"\b(?:dise[ñn]ad|constru[íi]d|concebid|projetad|pensad)[oa]s?\s+para|"
    r"\b(?:costruit|progettat|pensat)[oaie]\s+per|\b(?:ausgelegt|gebaut|konzipiert)\s+für|"
    r"\bin\s+grado\s+di\s+(?:trasportare|ospitare|contenere)|\bcapienza\s+(?:di|massima\s+di)|"
    r"\bcapacidad(?:e)?\s+(?:m[aá]xima\s+)?(?:(?:era|es|fue|é)\s+)?(?:para|de)|"
    r"\bcapacité\s+(?:maximale\s+)?(?:(?:était|est|é)\s+)?(?:de|d['’])|"
    r"\bpeut\s+(?:transporter|accueillir)|\bpuede\s+(?:transportar|llevar)|"
    r"\bpode\s+(?:transportar|levar)|\bPlatz\s+für|\bfasst|\bkann\s+bis\s+zu|"
    # what a boat is licensed for ("zugelassen ist die Barkasse nur für 60 Personen": trial 20)
    r"\b(?:licen[sc]ed|certified|rated)\s+(?:to\s+carry|for)|"
    r"\b(?:Kapazität|Höchstzahl)\s+(?:von|für)|"
    r"\bzugelassen\s+(?:(?:war|ist|sind|waren|wurde)\s+)?(?:[^\W\d_]+\s+){0,3}für)"
    r"\s+(?:up\s+to|about|some|around|only|just|fino\s+a|circa|hasta|até|jusqu['’]à|bis\s+zu|"
    r"rund|etwa)?\s*$", re.I)

#: German sets what a boat is licensed for, or a building made for, after the number ("für 60
#: Personen zugelassen", "für 900 Häftlinge ausgelegt").
_LICENSED_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){1,2}(?:zugelassen|ausgelegt|konzipiert)\b",
                             re.I)


#: A place's population, by the verb of living there: before the number ("home to 90,000
#: people", "où vivent 9 000 personnes", "donde viven", "dove vivono", "onde vivem", "In X leben
#: 9.000 Menschen") or after its noun ("where 9,000 people live", "in dessen Großraum 2,4
#: Millionen Menschen leben"): who live there, not whom the event reached (round fprec: the
#: counted table's "a city of N people" and "habitants" left these out). Not "live without
#: power" (a place cut off) nor German "leben noch" (still alive: survivors).
_LIVE_BEFORE = re.compile(
    r"(?:\bhome\s+to|\b(?:vivent|vivaient|habitent|habitaient|résident|viven|vivían|habitan|"
    r"habitaban|residen|vivono|vivevano|abitano|abitavano|risiedono|vivem|viviam|moram|moravam|"
    r"residem|habitam|mieszka|mieszkają|mieszkało|zamieszkuje|zamieszkują|zamieszkiwało|"
    r"wonen|woonden)|(?<!\w)(?-i:leben|lebten|wohnen|wohnten))"
    r"\s+(?:[^\W\d_]+\.?\s+){0,3}$", re.I)
#: After the number only people with no outcome of their own, in the present: "of the 57
#: victims who lived near the mill" tells where the dead lived, no population.
#: The people may be any plural noun ("800,000 nationals live in poverty"), "de" before it in
#: the Romance languages ("millones de personas viven").
_LIVE_AFTER = re.compile(
    r"\s+(?:(?:de|d['’]|of)\s*)?(?:[^\W\d_]+\s+)?"
    r"(?!(?:who|that|qui|que|che|die|der|welche|die|którzy|które)\s)[^\W\d_]+\s+"
    r"(?:live|reside|(?-i:leben|wohnen)|vivent|habitent|résident|viven|residen|habitan|vivono|"
    r"abitano|risiedono|vivem|moram|residem|wonen|mieszka|mieszkają)\b", re.I)


#: What makes the people living there a count of the event after all: a lack ("live without
#: power", "leben ohne Strom"), "still" ("leben noch", "still live": the survivors), or the
#: event reaching where they live ("live in areas affected by the flooding", an OCHA count).
#: (The reached are status_words' "affected", with the words of a flood or a blow.)
_STILL = r"noch|still|encore|toujours|ancora|ainda|todavía|aún"
_REACHED = "|".join(re.escape(w) for ws in STATUS["affected"].values() for w in ws)
_NOT_JUST_LIVING = re.compile(r"[^,.;:!?]{0,60}?\b(?:without|ohne|sans|sin|senza|sem|"
                              rf"{_STILL}|{_REACHED}|hit|flooded|sinistr|inondé|überflutet|"
                              r"inundad|colpit|allagat|"
                              # a shelter the event sent them to ("live in tents", "viven en
                              # albergues"): the displaced, a count of the event
                              r"tents?|camps?|shelters?|tentes?|abris|camps?|tiendas?|"
                              r"campamentos?|albergues?|refugios?|tende|campi|rifugi|tendas?|"
                              r"abrigos?|acampamentos?|Zelte\w*|Notunterk\w+|Lager\w*|"
                              r"tenten|opvang\w*|namiot\w*|schronisk\w*|obozach)", re.I)
_STILL_BEFORE = re.compile(rf"\b(?:{_STILL})\s+$", re.I)


#: Who a prison held, in German, the verb of being held after the people ("vor dem Ausbruch
#: waren dort 2.500 Personen inhaftiert", "saßen in der Anstalt 1.300 Häftlinge ein"): its
#: population, not those who broke out (trial 39 set it against the escaped as sources
#: disagreeing), as "alberga", "abrite" before the number are (background._HOLDS_BEFORE).
#: Only after "waren", "saßen", "sind": "wurden 12 Personen inhaftiert" are arrests.
_HELD_BEFORE_DE = re.compile(r"(?<!\w)(?-i:waren|sind|saßen|sitzen)\b[^,;:.!?]{0,60}$")
_HELD_AFTER_DE = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:Personen|Menschen|Häftlinge|Gefangene|Insassen|Inhaftierte)\s+"
    r"(?:inhaftiert|eingesperrt|untergebracht|ein(?=\s*[.,;:!?]|$))", re.I)


#: A yearly rate in the count's clause, after it ("10,000 tourists visit the island every
#: year", "quelque 10 000 touristes visitent chaque année l'île") or opening it ("Chaque année,
#: quelque 10 000 touristes …"): how many come, go or die in a usual year, not a count of the
#: event (spent s38: a volcano's yearly visitors on two sites, in French and in Italian, the
#: Italian read as a rate by the number reader). "A year after", "a year ago" are no rate.
_YEARLY = (r"(?:every|each|per)\s+year|a\s+year(?!\s+(?:after|later|ago|since|earlier|before|"
           r"on|from))|annually|chaque\s+année|par\s+an\b|tous\s+les\s+ans|cada\s+año|"
           r"al\s+año|por\s+año|todos\s+los\s+años|jedes\s+Jahr|jährlich|pro\s+Jahr|"
           r"ogni\s+anno|all['’]anno|todos\s+os\s+anos|por\s+ano\b|ao\s+ano\b")
#: A conjunction between the rate and the count opens another clause ("5,000 visitors come every
#: year, and 12 people died"), whose count is the event's; so does a comma but the one after an
#: opening rate ("Chaque année, quelque 10 000 …"); a whole word only ("a yearly festival",
#: "beim jährlichen Stadtfest" are no rate).
_OTHER_CLAUSE = (r"(?!\b(?:and|et|y|e|und|but|mais|pero|ma|mas|aber|while|whereas|tandis|mientras"
                 r"|mentre|während)\b)")
_YEARLY_AFTER = re.compile(
    rf"(?:{_OTHER_CLAUSE}[^,;:.!?]){{0,40}}?(?<!\w)(?:{_YEARLY})(?!\w)", re.I)
_YEARLY_BEFORE = re.compile(
    rf"(?<!\w)(?:{_YEARLY})(?!\w)(?:\s*,)?(?:{_OTHER_CLAUSE}[^,;:.!?]){{0,40}}$", re.I)


def _yearly(q, text: str) -> bool:
    """Whether a count ``q`` (no unit) is given as a yearly rate (:data:`_YEARLY`)."""
    return not q.unit and bool(_YEARLY_AFTER.match(text, q.end) or _YEARLY_BEFORE.search(
        text, max(0, q.start - 50), q.start))


def _population(q, text: str) -> bool:
    """Whether the number ``q`` counts who live in a place (:data:`_LIVE_BEFORE`) or whom a
    prison held (:data:`_HELD_AFTER_DE`)."""
    if not q.unit and _HELD_AFTER_DE.match(text, q.end) and _HELD_BEFORE_DE.search(
            text, max(0, q.start - 70), q.start):
        return True
    return not q.unit and bool(_LIVE_BEFORE.search(text, max(0, q.start - 70), q.start)
                               or _LIVE_AFTER.match(text, q.end)) and not (
        _NOT_JUST_LIVING.match(text, q.end)
        or _STILL_BEFORE.search(text, max(0, q.start - 30), q.start))


def _first_put_at(q, text: str) -> bool:
    """Whether the number ``q`` is a count's first figure (:data:`_FIRST_PUT_AT`)."""
    m = _FIRST_PUT_AT.search(text, max(0, q.start - 60), q.start)
    return bool(m) and (m.group("early") is None or bool(_REVISED_AFTER.match(text, q.end)))


#: A toll named as the one a later figure replaced: the object of a verb of revising, with a
#: word or more between (not "the revised toll of 46", the new one), the number after its "of"
#: ("revised down an earlier toll of 44 dead", "a revu à la baisse le bilan de 44 morts
#: de la veille", "rivisto il bilancio di 44 morti") or, in German, after "wonach"
#: ("korrigierte ihre Angaben vom Donnerstag, wonach es zwischenzeitlich 44 Tote waren"): the count
#: before the page's, which read as its own gave the page the superseded, higher toll as its
#: latest (trial 42). The new figure, after "to", "à", "auf", stays.
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:revised|revises|corrected|corrects|lowered|revu|revue|révisé|révisée|corrigé|"
    r"corrigée|corrigeait|korrigiert\w*|corregid[oa]|corrigió|corrigieron|rivist[oa]|"
    r"corrett[oa]|revisad[oa]|revisó|corrigiu|corrigido)\b(?:\s+[^\s.;:!?]+){1,8}?\s+"
    r"(?:toll|tally|figure|count|bilan|chiffre|Angaben|Zahl|Bilanz|balance|cifra|bilancio|"
    r"numero|número|saldo)\b"
    r"(?:\s+(?:of|de|d['’]|du|di|del|von)\s+(?:(?:at\s+least|au\s+moins|al\s+menos|almeno|"
    r"mindestens|ao\s+menos|pelo\s+menos)\s+)?"
    r"|[^.;:!?\d]{0,40}?\b(?:wonach|nach\s+denen|denen\s+zufolge)\b[^.;:!?\d]{0,60}?)$",
    re.I)


def _superseded(q, text: str) -> bool:
    """Whether the number ``q`` is a toll a later figure replaced (:data:`_SUPERSEDED_BEFORE`)."""
    return bool(_SUPERSEDED_BEFORE.search(text, max(0, q.start - 200), q.start))


def _changed_from(q, text: str, lang: str) -> bool:
    """Whether the number ``q`` is the figure a count changed from, another figure after it
    ("the toll rose from 8 to 20", "est passé de 8 à 20", "stieg von 8 auf 20"): the count as
    it stood before the page, which read as the page's own gave it two tolls on one day."""
    return _changed(q, text, lang) == "from"


def changed_by(q, text: str, lang: str = "en") -> bool:
    """Whether the number ``q`` is what a count changed by, the count after it ("the injured
    fell by 5 to 30"): a change, no count of its own, unless the count is of the dead and the
    change is the dead a day added (:func:`generator.extract.counts.increment.more_dead` asks
    first)."""
    return _changed(q, text, lang) == "by"


def _changed(q, text: str, lang: str) -> str:
    """"from" or "by" when the number ``q`` is what a count changed from or by, and the count
    it changed to follows; "" when not."""
    m = W.CHANGED_FROM_OR_BY.search(text, max(0, q.start - 60), q.start)
    to = W.TO_AFTER_FROM.match(text, q.end) if m else None
    if to and to.group("word") and not read(to.group("word"), lang):
        to = None  # "rose from 8 to the coast": no second number
    if not m or not to:
        verb_last = (W.FROM_BEFORE_VERB_LAST.search(text, max(0, q.start - 6), q.start)
                     and W.TO_THEN_VERB_LAST.match(text, q.end))
        return "from" if verb_last else ""
    return "from" if m.group("word").lower() in W.FROM_WORDS else "by"


#: A share of the vote ("71 percent of the ballots", "71 Prozent der Stimmen", "71 % des voix",
#: "el 71 % de los votos"): an election's result told beside the event, no share of the event
#: (trial 39: unrest after a vote drafted "Per cent (65)"). "40 percent contained" stays.
_VOTE_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:votes?|ballots?|popular\s+vote)|der\s+(?:"
                         r"abgegebenen\s+)?(?:Wähler)?stimmen|des\s+(?:voix|suffrages)|de\s+"
                         r"(?:los\s+)?votos|dei\s+voti|delle\s+preferenze|d[oe]s\s+votos)\b", re.I)


def not_as_of_now(q, text: str, lang: str = "en") -> bool:
    """Whether the number ``q`` of ``text`` is a habit, a capacity or a population (no unit)
    or a count's first figure or one replaced, or the figure it changed from (module
    docstring), or a share of
    the vote (:data:`_VOTE_AFTER`)."""
    return bool(_HABITUAL_BEFORE.search(text, max(0, q.start - 70), q.start)
                or (q.unit == "percent" and _VOTE_AFTER.match(text, q.written_end))
                or _population(q, text) or _yearly(q, text)
                or _first_put_at(q, text) or _superseded(q, text)
                or _changed_from(q, text, lang)
                or (not q.unit and (_CAPACITY_BEFORE.search(text, max(0, q.start - REACH),
                                                            q.start)
                                    or _LICENSED_AFTER.match(text, q.end))))


#: A sentence that opens on weeks gone, counted back from now or named as the week before
#: ("A few weeks ago", "Last week", "Vor einigen Wochen", "In der vorigen Woche", "Il y
#: a quelques semaines", "La semaine dernière", "Hace unas semanas", "Qualche settimana fa"),
#: perhaps after "only" ("erst", "seulement", "solo"): with an incident told after it, an
#: earlier one recalled (spent28: a ferry sunk weeks before the fire, in two sites), as years
#: and months ago always are (:data:`.background._AGO_OPENING`). Days are the event's own.
_WEEKS_AGO_OPENING = re.compile(
    r"\s*(?:(?:only|just|erst|seulement|solo|sólo|apenas|appena|pas\s+plus\s+tard\s+qu['’])\s*)?"
    r"(?:(?:[^\W_]+\s+){1,2}weeks?\s+ago|last\s+week|"
    r"(?:in\s+der\s+)?(?:vergangenen|letzten|vorigen)\s+woche|vor\s+(?:[^\W_]+\s+){1,2}wochen|"
    r"il\s+y\s+a\s+(?:[^\W_]+\s+){1,2}semaines|la\s+semaine\s+(?:dernière|passée)|"
    r"hace\s+(?:[^\W_]+\s+){1,2}semanas|la\s+semana\s+pasada|"
    r"(?:[^\W_]+\s+){1,2}settiman[ae]\s+fa|la\s+settimana\s+scorsa|"
    r"(?:há|ha)\s+(?:[^\W_]+\s+){1,2}semanas|na\s+semana\s+passada|"
    r"(?:[^\W_]+\s+){1,2}weken\s+geleden|vorige\s+week)\b", re.I)


def weeks_ago_incident(text: str, lang: str) -> re.Match[str] | None:
    """The opening of a sentence set weeks before now that tells of an incident (an event kind
    of :mod:`generator.text.event_kinds` after the opening): an earlier incident recalled."""
    opening = _WEEKS_AGO_OPENING.match(text)
    return opening if opening and kinds_in(text[opening.end():], lang) else None

"""Who a speaker named by a role is: "the governor", "il sindaco", "l'élu", an office alone.

Copy names a person once, with a title, and then refers back to them by their role, an office
or an epithet. Each rule here finds the person such a role stands for, or None: a blank costs
the analyst less than a wrong name. Split from :mod:`generator.extract.speakers.people`, which reads
the names these rules refer back to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import regex

from generator.extract.speakers.coreference import name_near
from generator.extract.speakers.people import named_speaker, people_index
from generator.text.agencies import agency
from generator.text.articles import definite
from generator.text.described_people import ANOTHER, DESCRIBED_NOUNS, INDEFINITE
from generator.text.lexicon import ORG_WORDS
from generator.text.names import MAX_ENDING, NAME_PARTICLES, PERSON_NAME, normal, office_stem
from generator.text.speech_verbs import SAYING_WORDS
from generator.text.speech_words import EPITHETS, NOT_A_SUBJECT, OFFICE_NOUNS

#: A speaker named by a role only: a determiner and one to three lower-case words ("The
#: governor", "the fire chief", "le préfet", "der Sprecher", "il sindaco", "o ministro").
_ROLE = re.compile(r"(?i:the|le|la|l['’]|les|el|il|lo|der|die|das|o|a|de|het)\s*"
                   r"(?P<role>(?:[a-zà-öø-ÿ-]+\s+){0,2}[a-zà-öø-ÿ-]{3,})"
                   # the place the role is of: "the governor of Beirut", "Il presidente della
                   # regione Emilia Romagna"
                   r"(?:\s+(?:(?:of|de|du|des|di|del|della|da|do|der|des|von)\s+)?"
                   r"[A-ZÀ-Þ][\w’'-]+){0,3}")
#: Indefinites that never refer back: the articles and "another" of
#: :mod:`~generator.text.described_people`, and "some". English "a" is also Portuguese "the",
#: so it is read by language.
_INDEFINITE = re.compile(r"\s*(?:" + "|".join(sorted(set(INDEFINITE + ANOTHER) - {"a"}))
                         + r"|some)\s", re.I)
#: An office alone as a subject, in the languages without articles or with Greek's ("сказал
#: министр", "заяви министърът", "τόνισε ο υπουργός"); a name after it names someone else.
_OFFICE_ROLE = regex.compile(r"(?:(?:ο|η|το)\s+)?(?P<role>(?:\p{Ll}+\s+){0,2}\p{Ll}{3,})")
#: Words that join a role to the place it is of ("Il presidente della regione Emilia Romagna").
_OF_WORDS = frozenset({"of", "de", "du", "des", "di", "del", "della", "da", "do", "der", "von"})
#: How far from a name its title or apposition may stand ("Beirut Governor Marwan Abboud",
#: "Marwan Abboud, the governor of Beirut").
_ROLE_REACH = 60


#: A sentence's end after a lower-case word, its closing marks and the space after it (a
#: title's abbreviation, "Gen. Ruiz", "Dr. Ana Ruiz", is capitalised: no sentence's end); a
#: line's end. Read by :func:`role_holder` and :func:`_given`.
_SENTENCE_END = regex.compile(r"(?<=(?<![\p{L}\d])\p{Ll}[\p{L}\d-]*[.!?…][\"'”’»)]*)\s+|\n")
#: Offices English copy abbreviates before a name and writes in full when it refers back
#: ("Gov. Ana Ruiz warned …" then "The governor said": round fquote, the role stayed unresolved).
_ABBREVIATED = {"governor": "gov", "senator": "sen", "representative": "rep", "general": "gen",
                "colonel": "col", "lieutenant": "lt", "captain": "capt", "sergeant": "sgt",
                "admiral": "adm", "superintendent": "supt", "inspector": "insp",
                "detective": "det", "commander": "cmdr", "professor": "prof"}
#: A name, its comma and an office in lower case right before a capitalised word: the office
#: is in apposition to the name, the word after it the place it is of, in the genitive with no
#: preposition ("Tomasz Nowicki, wójt Zawoni"; round fspk7: "wójt" was read as the place).
_NAME_THEN_OFFICE = regex.compile(r"\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+,\s+"
                                  r"(?P<office>(?:\p{Ll}+\s+){1,3})$")
#: A head of state as a role, in the corpus languages ("the head of state", "el jefe de Estado",
#: "le chef de l'État", "il capo dello Stato", "o chefe de Estado", "das Staatsoberhaupt"): it
#: refers back to the person named with the title a head of state bears (spent s34: "the head
#: of state" stayed unresolved after "President <name>").
_HEAD_OF_STATE = re.compile(r"(?i:head\s+of\s+(?:the\s+)?state|jef[ae]\s+de(?:l)?\s+estado|"
                            r"chef\s+de\s+l['’]\s*état|capo\s+dello\s+stato|chefe\s+de\s+estado|"
                            r"staatschef\w*|staatsoberhaupt\w*|głow\w+\s+państwa)")
#: A head of state as a subject, with its article ("le chef de l'État", whose "l'" the role
#: words of :data:`_ROLE` do not take).
_STATE_ROLE = re.compile(r"(?i:the|le|la|el|il|lo|o|a|der|die|das)\s+(?P<role>"
                         + _HEAD_OF_STATE.pattern + ")")
#: The titles a head of state bears before the name, in the same languages; not the prefix of
#: a hyphened word ("re-elected", "re-opened": Italian's "re", review 36), nor a deputy's or a
#: former holder's title ("Vice President X", "vice-président", "former President X", "ex-
#: presidente"), who is not the head of state the copy refers back to (lead, after review 36;
#: the search runs on lowered text).
_STATE_TITLES = (r"(?<!\w)(?<!vice )(?<!vice-)(?<!former )(?<!ex-)(?<!ex )"
                 r"(?:president|presidente|présidente?|präsident\w*|prezydent\w*|"
                 r"king|queen|rey|reina|roi|reine|re|regina|rei|rainha|könig\w*|emir)(?![\w-])")
#: A German article and the capital its role's noun is written with, lowered for :data:`_ROLE`.
_DE_ROLE = regex.compile(r"^(\s*(?i:der|die|das)\s+)(\p{Lu})(?=\p{Ll}+$)")


def role_holder(text: str, at: int, speaker: str) -> str | None:
    """Who "the governor" at offset ``at`` is: the last person named before it whose title or
    apposition holds the role's last word ("Beirut Governor Marwan Abboud" … "The governor
    said"). Titles are how copy introduces a person once and then refers back to them; a role
    no named person was given ("the official") stays as written."""
    # German writes the role's noun with a capital ("Die Staatsanwältin", x27: never resolved)
    speaker = _DE_ROLE.sub(lambda d: d[1] + d[2].lower(), speaker)
    office = _OFFICE_ROLE.fullmatch(speaker.strip())
    stem = office_stem(office.group("role").split()[-1]) if office else None
    m = _ROLE.fullmatch(speaker.strip()) or _STATE_ROLE.fullmatch(speaker.strip())
    if not m and stem is None:
        return None
    ends, found, _named_ends, _named = people_index(text)
    if m and not set(m.group("role").lower().split()) & _OF_WORDS:
        # "El alcalde Juan Pérez": the person the role is written with, not the last one near
        # that title (who may be another named in its sentence: "… dijo que la concejala …")
        own = next((name for _, name in reversed(found) if " " in name
                    and speaker.strip().endswith(" " + name) and named_speaker(name)), None)
        if own is not None:
            return own
    head = m.group("role").split()[-1].lower() if stem is None else stem
    # an office is found in any of its case forms ("министра", "δημάρχου")
    word = rf"(?<!\w){re.escape(head)}" + (rf"\w{{0,{MAX_ENDING}}}(?!\w)" if stem else r"(?!\w)")
    if m and _HEAD_OF_STATE.search(speaker):
        word = _STATE_TITLES  # "the head of state" … "President Ana Ruiz"
    # "Gov. Ana Ruiz" … "The governor said": the abbreviation right before the name only
    short = rf"(?<!\w){_ABBREVIATED[head]}\.\s+$" if head in _ABBREVIATED else None
    own = [r.start() for r in re.finditer(re.escape(speaker.strip()), text[max(0, at - 600):at],
                                          re.I)]
    own_at = max(0, at - 600) + own[-1] if own else -1  # where the speaker's own words stand
    own_at = own_at if own_at >= 0 and not re.search(r"[.!?:][\"'”’»)]*\s", text[own_at:at]) else -1
    for end, (offset, name) in zip(reversed(ends), reversed(found), strict=True):
        if end > at or text[max(0, offset - 6):offset].lower().split()[-1:] in (
                [w] for w in _OF_WORDS):
            continue  # "o prefeito de Vale Alto": the place the role is of, not who holds it
        if (apposed := _NAME_THEN_OFFICE.search(text, max(0, offset - 80), offset)) is not None \
                and re.search(word, normal(apposed.group("office")) if stem else
                              apposed.group("office").lower()):
            continue  # "X Y, wójt Zawoni": the place in the genitive, the office the name's
        # the name's own sentence only: "… informó la policía. La ministra, Ana Ruiz, …" gives
        # her no police title (s15: the police's words were hers)
        before = _SENTENCE_END.split(text[max(0, offset - _ROLE_REACH):offset])[-1]
        # not the role the speaker is written with, after the name ("Mit X sagten die Eltern")
        after = text[end:own_at if own_at >= end else end + _ROLE_REACH][:_ROLE_REACH]
        around = (before + " " + after.split(".")[0]).lower()
        if (re.search(word, normal(around) if stem else around) or (short and re.search(
                short, text[max(0, offset - 8):offset].lower()))) and named_speaker(name):
            return name
    if stem is not None:
        return None
    # a name the people index did not take for a person: the role word as a title right
    # before two or three capitalised words ("Governor Marwan Abboud", "maire de Cannes David
    # Lisnard")
    titled = None
    title = _STATE_TITLES if word == _STATE_TITLES else rf"(?<!\w){re.escape(head)}"
    for t in re.finditer(rf"(?i:{title})(?:\s+(?:of|de|du|di|del|von|der)\s+"
                         r"[A-Z][\w’'-]+)?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})",
                         text[:at]):
        if t.group("name") not in speaker:  # not the place of the role itself
            titled = t.group("name")
    return titled


def role_referent(text: str, at: int, speaker: str, speakers: list[tuple[int, str]],
                  history: list[tuple[int, str]] = (), lang: str = ""
                  ) -> tuple[str, str] | None:
    """(who, why) a role speaker at ``at`` stands for: the person given that title
    (:func:`role_holder`), else the person an epithet refers back to (:func:`role_topic`).
    An English indefinite ("a young woman", "one witness", "another man") brings in someone
    new and refers back to no one (sealed set s11: a hospital named earlier was taken for "a
    young woman")."""
    if _INDEFINITE.match(speaker) or (lang == "en" and re.match(r"\s*[Aa]\s", speaker)):
        return None
    if (apposed := role_apposed(text, at, speaker)) is not None:
        return apposed, "the person named right after that title"
    if (described := described_referent(text, at, speaker, history, lang)) is not None:
        return described, "the person named or quoted just before (a description)"
    if (holder := role_holder(text, at, speaker)) is not None:
        return holder, "the last person named with that title"
    if (topic := role_topic(text, at, speaker, speakers)) is not None:
        return topic, "the person named just before (an epithet)"
    if (previous := office_referent(text, at, speaker, history)) is not None:
        return previous, "the person quoted just before, referred back to by an office"
    return None


#: What may stand between a role and the name it is written with: the rest of the office in
#: lower case ("in carica"), then nothing or a comma, an article and a second title ("…, le
#: capitaine", "…, la consigliera").
_APPOSED = regex.compile(r"(?:\s+\p{Ll}+){0,3}?(?:,\s+(?:(?i:the|le|la|l['’]|el|il|lo|o|a|der"
                         r"|die|das)\s*)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2})?\s*(?=\p{Lu})")
#: The name itself: two to four capitalised words (a particle between them), ending a clause.
_APPOSED_NAME = regex.compile(r"\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:" + "|".join(NAME_PARTICLES)
                              + r")\s+)?\p{Lu}[\p{L}’'-]+){1,3}(?=\s*(?:[,.;:()]|$))")
#: The name in apposition after the place a role is of ("…, Jorge Suárez").
_AFTER_PLACE = regex.compile(r",\s+\K" + _APPOSED_NAME.pattern)
#: A name and the comma of its apposition, right before a role.
_NAME_COMMA = regex.compile(r"\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+,\s*$")
#: How far from the quotation the role it is attributed to may be written.
_APPOSED_REACH = 400


def role_apposed(text: str, at: int, speaker: str) -> str | None:
    """The person named right after the role read as the speaker, when the subject read stopped
    at the office: a long title with its portfolio, then the name ("ha detto la ministra per i
    Rapporti con le Regioni Carla Neri"), or a comma and a second title ("a précisé la
    responsable de la communication, la capitaine Léa Dupont"). The role is its writing nearest
    the quotation at ``at``; the name must end its clause and be no body ("…, Fire
    Department."): a blank or the role costs the analyst less than a wrong name. A role whose
    own words hold a name ("El alcalde Juan Pérez") is left to :func:`role_holder`."""
    words = speaker.split()
    if len(words) < 2 or not (words[0][:1].islower() or words[0].lower() in _ARTICLES):
        return None
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(speaker), text)
             if at - _APPOSED_REACH <= m.start() <= at + 4 * _APPOSED_REACH]
    if not spans:
        return None
    start, end = min(spans, key=lambda span: abs(span[1] - at))
    if _NAME_COMMA.search(text, max(0, start - 60), start):
        return None  # "Rui Tavares, o prefeito de Vale Alto, …": the role is in apposition to
        # the name before it, the capitals after it its place (checklist)
    gap = _APPOSED.match(text, end)
    if gap is None:
        return None
    between = set(text[end:gap.end()].lower().replace(",", " ").split())
    if between & SAYING_WORDS or "dem" in between:
        return None  # "Der Anwohner X sagte dem Sender TVE, …": whom it was said to (round 20;
        # trial 35: "sagte der Bürgermeister der Gemeinde X dem Sender Y.", by the dative)
    name = _APPOSED_NAME.match(text, gap.end())
    if name is not None and between & NOT_A_SUBJECT:
        # "der Leiter der Feuerwehr in der Region Val Serena, Paul Berger": a place, then a name
        name = _AFTER_PLACE.match(text, name.end())
    if name is None or any(w.lower() in ORG_WORDS for w in name.group().split()) \
            or agency(name.group()) or not named_speaker(name.group()):
        return None
    return name.group()


#: The articles a role opens with (a capital at the start of a sentence).
_ARTICLES = definite()


#: An office alone, with its article or none ("o coordenador", "le ministre de l'Intérieur",
#: "der SPD-Politiker", "wójt", "الوزير المنتدب"); what follows it may name a place, not a person.
#: Not English "the": its copy gives a returning person their title ("Mayor X" … "the mayor").
_OFFICE_ALONE = regex.compile(r"(?:(?i:le|la|l['’]|el|il|lo|o|a|der|die|de|het)\s+|l['’]|ال)?"
                              r"(?:[\w’']+-)?(?P<head>\p{L}{3,})(?P<rest>(?:\s+[\w’'-]+){0,5})")


def office_referent(text: str, at: int, speaker: str, history: list[tuple[int, str]]
                    ) -> str | None:
    """The person quoted just before offset ``at`` (``history``: each quotation's speaker) when
    ``speaker`` is an office alone (:data:`OFFICE_NOUNS`): copy quotes a person by name, then
    refers back to them by an office never written by their name; not when another is named in
    between (the office is theirs, or an unnamed holder's)."""
    m = _OFFICE_ALONE.fullmatch(speaker.strip())
    rest = m.group("rest").split() if m else []
    if m is None or m.group("head").lower() not in OFFICE_NOUNS or any(
            w[:1].isupper() and (i == 0 or rest[i - 1].lower() not in _OF)
            for i, w in enumerate(rest)):
        return None
    offset, name = history[-1] if history else (0, "")
    caseless = " " in name and not any(c.isupper() or c.islower() for c in name)  # "سمير حداد"
    closed = re.match(r"[^”»“\"]*", text[offset:at]).end()  # from where that quotation closes
    if not (named_speaker(name) or caseless) or at - offset - closed > _TOPIC_REACH:
        return None
    between = re.sub(r"[“«„\"][^”»“\"]*[”»“\"]", " ", text[offset + closed:at])  # quotations out
    own = set(name.split())
    # nor when the person came with another office ("il sindaco X" … "il prefetto ha detto")
    first = text.find(name, max(0, offset - _TOPIC_REACH), at)
    titles = text[max(0, first - 60):max(0, first)].lower().split()[-3:]
    return None if any(not own & set(other.split()) for other in re.findall(
        PERSON_NAME, between)) or any(t in OFFICE_NOUNS and t != m.group("head").lower()
                                      for t in titles) else name


#: An epithet with its definite article: "el ejecutivo bermellón", "l'élu", "o gestor
#: municipal", Dutch "de burgervader"; the words after it may name a place ("de la ciudad")
#: but not a person.
_EPITHET = regex.compile(r"(?P<art>(?i:(?:the|le|la|el|il|lo|o|a|ο|η|de|het)\s+|l['’]\s*)"
                         # no article in Russian, Ukrainian and Bulgarian ("— добавил политик"),
                         # nor in Polish and Czech, whose epithets are read alone ("– … – mówił
                         # polityk", round fspk5)
                         r"|(?=\p{Cyrillic})|(?=(?:"
                         + "|".join(sorted(EPITHETS, key=len, reverse=True)) + r")$))"
                         r"(?P<head>\p{Ll}{3,})(?P<rest>(?:\s+[\w’'-]+){0,5})")
#: Words after which a capital names a place, not the person ("de la Ciudad").
_OF = frozenset({"de", "del", "della", "di", "du", "des", "da", "do", "la", "el", "of",
                 # Dutch and German ("De burgervader van Stad noemt …", round fspk7)
                 "van", "von"})
#: How far before the quotation the person an epithet refers back to must be named.
_TOPIC_REACH = 400


def role_topic(text: str, at: int, speaker: str, speakers: list[tuple[int, str]]
               ) -> str | None:
    """The person named or quoted last (``speakers``: the quotations' named speakers so far, in
    text order), close before offset ``at``, when ``speaker`` is an epithet (:data:`EPITHETS`):
    copy names the speaker, then refers back to them by their standing ("Para el presidente,
    Ana Ruiz, «…», señaló la dirigente"), as English copy says "the official"."""
    m = _EPITHET.fullmatch(speaker.strip())
    # an office without an article is read so too ("— отметил мэр"): Russian, Ukrainian and
    # Bulgarian copy says it of the person just named, having no "the" to tell the two apart
    if m is None or (m.group("head").lower() not in EPITHETS and (
            m.group("art") or office_stem(m.group("head")) is None)):
        return None
    rest = m.group("rest").split()
    if any(w[:1].isupper() and (i == 0 or rest[i - 1].lower() not in _OF)
           for i, w in enumerate(rest)):
        return None  # "el edil Juan Pérez": the name is given
    _ends, _found, named_ends, named = people_index(text)
    i = bisect_right(named_ends, at)
    options = [named[i - 1]] if i and at - named_ends[i - 1] <= _TOPIC_REACH else []
    j = bisect_left(speakers, (at,))
    if j and at - speakers[j - 1][0] <= _TOPIC_REACH:
        options.append(speakers[j - 1])
    return max(options)[1] if options else None


#: A person described with the definite article ("la donna", "der Rentner", "o bombeiro", "la
#: madre del niño"): a noun of :data:`~generator.text.described_people.DESCRIBED_NOUNS`, and
#: words that name no one after it.
_DESCRIBED = regex.compile(r"(?P<art>(?i:the|le|la|l['’]|el|il|lo|o|a|der|die))\s*"
                           r"(?P<head>\p{L}{3,})(?P<rest>(?:\s+[\w’'-]+){0,5})")
#: The definite articles of the languages whose copy refers back so ("a" is English's
#: indefinite article, Portuguese's definite one).
_DEFINITE = {"en": ("the",), "fr": ("le", "la", "l'", "l’"), "es": ("el", "la"),
             "it": ("il", "lo", "la", "l'", "l’"), "pt": ("o", "a"), "de": ("der", "die")}


def described_referent(text: str, at: int, speaker: str, history: list[tuple[int, str]],
                       lang: str) -> str | None:
    """Who "the woman", "der Rentner", "o bombeiro" at offset ``at`` is: the definite article
    says the reader has met them, so the person named or quoted last, close before
    (``history``: each quotation's speaker, named or described: "«…» ha detto una
    vicina. «…», ha aggiunto la donna"), whichever came later. A description given a
    name ("the woman, Ana Ruiz") names her itself; none close before, or a name the page never
    gives that noun: as written."""
    m = _DESCRIBED.fullmatch(speaker.strip())
    if m is None or m.group("art").lower() not in _DEFINITE.get(lang, ()) or \
            m.group("head").lower() not in DESCRIBED_NOUNS or any(
            w[:1].isupper() for w in m.group("rest").split()):
        return None
    _ends, _found, named_ends, named = people_index(text)
    i = bisect_right(named_ends, at)
    options = [(named_ends[i - 1], named[i - 1][1])] if i and \
        at - named_ends[i - 1] <= _TOPIC_REACH else []
    if history and at - history[-1][0] <= _TOPIC_REACH and history[-1][1] and \
            history[-1][1].strip().lower() != speaker.strip().lower():
        options.append(history[-1])
    near = name_near(text, at) if not options else None
    while near is not None and _DESCRIBED.fullmatch(near[1]):  # "Der Rentner stand …": no name
        near = name_near(text, near[0])
    if near is not None:
        options.append(near)  # named doing something else: "Ana Ruiz sah die Explosion. …"
    if not options:
        return None
    who = max(options)[1]
    # a name is theirs only when the page gives it the noun ("Ana Ruiz … Die Rentnerin",
    # "cuya madre, Ana Ruiz", "do Corpo de Bombeiros"): "la vicina" after the mayor's words
    # is someone else; a description before ("una residente") is the same noun's reader
    if not who[:1].isupper():
        return who
    own = text.rfind(speaker.strip(), 0, at + 300)  # the description itself is no evidence
    masked = (text[:own] + " " * len(speaker.strip()) + text[own + len(speaker.strip()):]
              if own >= 0 else text).lower()
    stem = m.group("head").lower()[:6]
    if _given(text, masked, at, who, stem):
        return who
    # the last person named was not given the noun: one named earlier close before may have
    # been ("Ravi Desai, el único superviviente, … la ministra, Ana Ruiz, … ha recordado el
    # superviviente", x27's dev pages)
    near = name_near(text, at)
    while near is not None and at - near[0] <= _GIVEN_REACH:
        if near[1] != who and _given(text, masked, at, near[1], stem):
            return near[1]
        near = name_near(text, near[0])
    return None


#: How far back a person given the description's noun is looked for, past the last one named.
_GIVEN_REACH = 1500


def _given(text: str, masked: str, at: int, who: str, stem: str) -> bool:
    """Whether the page gives ``who`` the noun of ``stem`` in a sentence that names them or the
    one after it ("Ana Ruiz, una vecina del barrio, …", "… cuya madre, Ana Ruiz", "Ana Ruiz
    … . La vecina …"): the noun of a sentence before, naming someone else, is theirs."""
    surname = who.split()[-1]
    for n in re.finditer(re.escape(surname), text[:at]):
        start = max([s.end() for s in _SENTENCE_END.finditer(text, max(0, n.start() - 200),
                                                             n.start())] or [n.start() - 200])
        # to the end of the sentence after it, where copy goes on about the person by the noun
        # ("Ravi Desai … . L'uomo era seduto …")
        stops = [m.start() for m in _SENTENCE_END.finditer(text, n.end(), n.end() + 250)][:2]
        if stem in masked[max(0, start):stops[-1] if len(stops) == 2 else n.end() + 250]:
            return True
    return False

"""People in an article: who a capitalised run names, and who "he" is.

The people of a text are read once (:func:`people_index`, cached per text) and looked up by
offset with bisection: resolving each pronoun used to read the text up to it again, which made
``briefing extract`` quadratic in the article."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from generator.extract.speakers.passive_mention import speaker_past_a_passive
from generator.text.agencies import agency
from generator.text.body_words import BODY_HEADS, BODY_NOUNS
from generator.text.described_people import (
    ANOTHER,
    DEFINITE,
    DESCRIBED_NOUNS,
    DESCRIBED_PEOPLE,
    FALSE_TITLES,
    FEMALE_PRONOUNS,
    INDEFINITE,
    MALE_PRONOUNS,
    OF_AGE,
    ONE_NAME_DESCRIBED,
    ROLE_PEOPLE,
    SPEAKER_AFTER_COMMA,
    SPEAKER_AFTER_VERB,
    after_inner_title,
    kin_named,
    office_apposed,
)
from generator.text.lexicon import (
    COURTESY_TITLES,
    GENERIC_SPEAKERS,
    NATIONALITIES,
    ORG_WORDS,
    PERSON_CUES,
    SPEAKING_BODIES,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS,
)
from generator.text.names import (
    MAX_ENDING,
    PERSON_NAME,
    TITLED_NAME_RUN,
    inflected_stem,
    office_stem,
    strip_titles,
)
from generator.text.quantities.languages import stopwords_of
from generator.text.speech_verbs import SAYING_WORDS, fronted_de, tells_after
from generator.text.speech_words import (
    ARTICLES,
    OFFICE_NOUNS,
    OFFICES,
    SPEECH,
    SUBJECT_VERBS,
)

#: A role with its determiner right before a name in apposition: "the navy spokesman, ", "il
#: presidente della Regione, ", "le maire de Cannes, ", "Al alcalde de Cádiz, " ("al", "du": a
#: preposition and the article); an office with a long one ("O ministro do Mar e das Pescas, ").
_ROLE_BEFORE = re.compile(r"(?i:\b(?:the|il|la|le|el|lo|der|die|das|o|a|het|al|del|au|du|ao|do|"
                          r"da|dem|della|dello))\s+(?:[a-zà-ÿ]{4,}(?:\s+[\w’'-]+){0,3}|(?:"
                          + "|".join(sorted(OFFICE_NOUNS, key=len, reverse=True))
                          + r")(?:\s+[\w’'-]+){4,7}),\s*$")


#: A person described and then named in apposition: "Another supporter, Berek, said …" (trial
#: 21: the one-word name was no person, so "he" in the next paragraph went to the witness
#: quoted before him).
_DESCRIBED_NOUNS = sorted({w for ws in DESCRIBED_PEOPLE.values() for w in ws}, key=len,
                         reverse=True)
_DESCRIBED_THEN_NAMED = re.compile(rf"(?i:\b(?:{'|'.join(INDEFINITE + ANOTHER)}))\s+"
                                   rf"(?:[\w-]+\s+)?(?:{'|'.join(_DESCRIBED_NOUNS)})"
                                   rf"(?:{OF_AGE})?,\s*$")


def _after_office(before: str) -> bool:
    """An office (no article) among the last four words before a name, the words between in
    lower case ("министр внутренних дел Анатолий Ордов", "rzecznik rządu Jan Kowal"). Not Greek:
    Greek copy capitalises the portfolio after the office ("υπουργός Υγείας"), a ministry."""
    for word in reversed(before.split()[-4:]):
        if re.search(r"[,.!?…:;»”\"]$", word):
            return False  # the office ends the sentence before: "… сказал министр. Видео"
        if not regex.match(r"\p{Greek}", word) and office_stem(word):
            return True
        if not word[:1].islower() or len(word) <= 2 or word in _OFFICE_LANG_VERBS:
            return False  # a preposition or a verb: "министр выступил в Думе" names a place
    return False


_CYRILLIC_GREEK = regex.compile(r"[\p{Cyrillic}\p{Greek}]")


#: Single-word speech verbs of the languages whose offices are listed, and those that follow
#: their subject: a name of two words before one ("Богдан Кравець відповів", "Budi Santoso
#: mengatakan") is a person's, as before "said".
_OFFICE_LANG_VERBS = frozenset(w for lang in OFFICES for w in SPEECH.get(lang, ()) if " " not in w
                               ) | frozenset(w for verbs in SUBJECT_VERBS.values() for w in verbs)


#: An age in the apposition after a name, in words ("Ana Ruiz, a 31-year-old Ukrainian, …",
#: "Ana Ruiz, ucraniana de 31 años, …"): a person, whom a later "she" may stand for.
_AGED = re.compile(r",\s*[^,.;:]{0,40}?\b\d{1,3}(?:-year-old|\s+(?:ans|años|anni|anos|Jahre|"
                   r"years?\s+old|jaar|lat)\b)[^,.;:]{0,40},")

#: Words no person's name ends or opens with: a body's, a weekday's ("Earlier Monday"), a nation's.
_NO_LAST_WORD, _NO_FIRST_WORD = ORG_WORDS | BODY_NOUNS | set(WEEKDAYS), NATIONALITIES | BODY_HEADS


def looks_like_person(name: str, before: str, after: str) -> bool:
    """A capitalised run that reads as a person's name in its context."""
    tokens = name.split()
    if not tokens or tokens[-1].lower() in _NO_LAST_WORD or tokens[0].lower() in _NO_FIRST_WORD \
            or agency(name) or fronted_de(name):
        return False  # "Agence France-Presse said", "Am Abend …" (trial 43), "Earlier Monday" (46)
    if len(tokens) < 3 and office_stem(tokens[0]):
        return False  # an office and its place: "Мэр Озёрска заявил", "Kapolres Contoh menyebut"
    prev = before.rstrip().split()[-1:] if before.strip() else []
    if len(tokens) == 1 and prev and prev[0] in ("from", "in", "at", "aus"):
        return False  # "Lena, 24, from Norway, who …": where she is from, not a person
    # a courtesy title names a person by the surname alone ("il signor Ruiz", "Herr Brandt")
    if (prev and prev[0].lower().strip(",") in PERSON_CUES | TITLES | COURTESY_TITLES) or \
            _after_office(before):
        return True
    if len(tokens) >= 2 and prev and prev[0] in FALSE_TITLES and not re.search(
            r"['’]s\b|\b(?:Lodge|Ferries|Ferry|Line|Lines|Tours|Travel|Services|Hotel|Resort|"
            r"Airways|Airlines|Group|Company|Club)\b", name):
        return True  # "paramedic Ana Ruiz": a false title; not "river guide Tom's Lodge"
    nxt = after.split()[:1]
    if len(tokens) >= 2 and nxt and nxt[0].strip(",.:") in _OFFICE_LANG_VERBS:
        return True
    if re.match(r",\s*(?:who|(?:the|a|an)\s+[\w\s’'-]{0,40}(?:" + "|".join(PERSON_CUES) + r"))\b",
                after) or office_apposed(tokens, after):
        return True
    if re.match(r",", after) and _DESCRIBED_THEN_NAMED.search(before):
        return True
    if re.match(r",\s*\d{1,3}\s*,", after) and (len(tokens) >= 2 or (
            prev and re.fullmatch(rf"(?:{SPEECH_VERBS})", prev[0]))):
        return True  # "Everett Evans, 45, fled"; "…, said Lena, 24,": a name and its age
    if len(tokens) == 1 and (not before.strip() or before.rstrip()[-1] in ".!?»”\"") and (
            one := ONE_NAME_DESCRIBED.match(after)) and one["noun"].lower() in DESCRIBED_NOUNS:
        return True  # "Marta es vecina del bloque": a first name alone (round 20)
    if len(tokens) >= 2 and (_AGED.match(after) or tells_after(after, tokens[0], _DETERMINERS)):
        return True  # "Ana Ruiz, a 31-year-old nurse, said", "Ana Ruiz explicaba", "…, told" (s19)
    if len(tokens) >= 2 and re.match(r"[,.;]|\s*$", after) and _ROLE_BEFORE.search(before):
        return True  # "Il presidente della Regione, Marco Gallo, ha"; "…, dijo el jefe, Luis Mora."
    return len(tokens) >= 2 and bool(
        # "Berek Sollo had said": a pluperfect too (trial 21)
        re.match(rf"\s+(?:also\s+|later\s+|had\s+|has\s+)?(?:{SPEECH_VERBS})\b", after)
        or _named_with_role(tokens, before, after))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The function words of every corpus language (jusText's stop lists)."""
    return frozenset().union(*(stopwords_of(code) for code in SPEECH))


_DETERMINERS = frozenset({"the", "a", "an"}).union(*ARTICLES.values())


def _named_with_role(tokens: list[str], before: str, after: str) -> bool:
    """A name of two words or more with a role beside it, in any language: after a determiner
    and a role noun ("La presidenta Claudia Soto", "o tenente Paulo Reis"; an office even where
    the stop lists count it a function word: "O presidente Paulo Reis"), or before a comma
    and a role noun ("Laura Vidal, coordinadora de …"); not a place named after its kind ("el
    río El Salto": a name opening with an article)."""
    if tokens[0].lower() in _DETERMINERS or any(t.islower() for t in tokens):
        return False  # "Corpo de Bombeiros de São Paulo": an organisation
    function = function_words()
    m = re.match(r",\s+([^\W\d_A-ZÀ-Þ][\w-]{3,})", after)
    if m and _CYRILLIC_GREEK.match(m.group(1)):
        # an office only: a Cyrillic or Greek word there is as often a participle ("в Думе,
        # выступая перед депутатами": a place) as a role ("Пётр Сенин, директор")
        return office_stem(m.group(1)) is not None
    if m and m.group(1) not in function and m.group(1) not in SAYING_WORDS:
        return True  # not "…, afirmou": the verb of a subject
    prev = before.split()[-2:]
    return (len(prev) == 2 and prev[0].lower() in _DETERMINERS and prev[1].islower()
            and len(prev[1]) >= 4 and (prev[1] not in function or prev[1] in OFFICE_NOUNS)) \
        or bool(_OFFICE_WITH_WORDS.search(before))


#: A determiner, an office, and a rank before it or an adjective of origin after it, right
#: before a name: "La Première ministre norvégienne Clara Sorel", "il ministro norvegese …",
#: "el primer ministro Luis Mora" (trial 22: the person was missed, and "a-t-elle indiqué"
#: went to the last name before). Only a rank before the office and only a word with an ending
#: of origin after it: any word there had let a verb through, "Le maire remercie Air Varnia"
#: making a person of the thanked and "Le maire visitait Notre Varne" of a place (review 20b).
_RANKS = ("premier", "première", "primer", "primera", "primo", "prima", "primeiro",
          "primeira", "vice", "nouveau", "nouvelle", "nuevo", "nueva", "nuovo", "nuova", "novo",
          "nova", "ancien", "ancienne", "antiguo", "antigua", "ex", "former")
_ORIGIN_ENDINGS = ("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine", "ol", "ola",
                   "ano", "ana", "ese", "al", "ale", "ês", "esa")
_OFFICE_WITH_WORDS = re.compile(
    rf"(?:^|\s)(?i:{'|'.join(sorted(_DETERMINERS - {'a'}, key=len, reverse=True))})\s+"
    rf"(?:(?i:{'|'.join(_RANKS)})\s+)?(?:{'|'.join(sorted(OFFICE_NOUNS, key=len, reverse=True))})"
    rf"(?:\s+[a-zà-ÿ]{{2,}}(?:{'|'.join(_ORIGIN_ENDINGS)}))?\s+$")


def people(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every mention that reads as a person, titles stripped; a later bare
    surname ("Dillon") of an earlier person counts too."""
    return list(people_index(text)[1])


@lru_cache(maxsize=8)
def people_index(text: str) -> tuple[list[int], list[tuple[int, str]], list[int],
                                      list[tuple[int, str]]]:
    """The people of a whole text, read once: (ends, mentions) of every mention, and the same
    for the named ones only (:func:`named_speaker`). "Who is 'he'?" used to read the text up to
    each pronoun again, which made extract quadratic in the article."""
    ends: list[int] = []
    found: list[tuple[int, str]] = []
    surnames: dict[str, str] = {}
    for m in TITLED_NAME_RUN.finditer(text):
        raw = m.group(0)
        name = strip_titles(raw)
        name = after_inner_title(name)
        offset = m.start() + raw.rfind(name) if name in raw else m.start()
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 160]
        titled = name != raw
        if len(name.split()) == 1 and name in surnames:
            ends.append(m.end())
            found.append((offset, surnames[name]))
            continue
        if (titled and len(name.split()) >= 2) or looks_like_person(name, before, after):
            if len(name.split()) >= 2:
                surnames[name.split()[-1]] = name
            ends.append(m.end())
            found.append((offset, name))
    for end, mention in kin_named(text):  # "Finch’s father Peter": Peter Finch, in order
        ends.insert(i := bisect_right(ends, end), end)
        found.insert(i, mention)
    named = [i for i, (_o, n) in enumerate(found) if named_speaker(n)]
    return ends, found, [ends[i] for i in named], [found[i] for i in named]


@lru_cache(maxsize=8)
def _by_surname(text: str) -> dict[str, tuple[list[int], list[str]]]:
    """Surname -> (ends, full names) of the people of ``text`` with that last word, in order."""
    out: dict[str, tuple[list[int], list[str]]] = {}
    ends, found, _named_ends, _named = people_index(text)
    for end, (_offset, name) in zip(ends, found, strict=True):
        entry = out.setdefault(name.split()[-1], ([], []))
        entry[0].append(end)
        entry[1].append(name)
    return out


def full_name(text: str, before: int, surname: str) -> str | None:
    """The last person mentioned before offset ``before`` whose name ends in ``surname``."""
    entry = _by_surname(text).get(surname) or _case_form(text, surname)
    if entry is None:
        return None
    i = bisect_right(entry[0], before)
    return entry[1][i - 1] if i else None


def titled_person(text: str, before: int, title: str) -> str | None:
    """The last name written before offset ``before`` that opens on ``title`` and goes on with
    a name of two words or more: "PM" of "PM Jan Varga", "Commissioner" of "Commissioner Ana
    Ruiz" (trial 19: "“…,” PM tweeted", after the sentence naming him). A body is no title
    ("Police said" is not "Police Chief …", review 16)."""
    folded = title.casefold()
    if folded in SPEAKING_BODIES or folded in ORG_WORDS or folded in GENERIC_SPEAKERS:
        return None
    return next((run for end, run in reversed(_name_runs(text))
                 if end <= before and len(run.split()) >= 3
                 and run.split()[0].casefold() == folded), None)


@lru_cache(maxsize=8)
def _name_runs(text: str) -> tuple[tuple[int, str], ...]:
    """Every run of capitalised words of ``text`` with where it ends, read once per article,
    not once per quotation whose speaker is a title alone."""
    return tuple((m.end(), m.group(0)) for m in TITLED_NAME_RUN.finditer(text))


def _case_form(text: str, word: str) -> tuple[list[int], list[str]] | None:
    """The people whose surname ``word`` is a case form of, in a script whose languages inflect
    names ("Сенина", "Сениным" of "Сенин"; "Πάνου" of "Πάνος"): the surname's stem
    (:func:`~generator.text.names.inflected_stem`) and a case ending."""
    for surname, entry in _by_surname(text).items():
        stem = inflected_stem(surname, 3)
        if stem and word != surname and word.startswith(stem) and \
                len(word) - len(stem) <= MAX_ENDING:
            return entry
    return None


def named_speaker(name: str) -> bool:
    """A name "he" may stand for: capitalised, and not a generic speaker ("officials")."""
    return name.lower() not in GENERIC_SPEAKERS and name[:1].isupper()


def resolve_pronoun(text: str, at: int, speakers: list[tuple[int, str]]) -> str | None:
    """Who "he"/"she" at offset ``at`` is: the most recent person named, or the most recent
    named speaker, before it. ``speakers`` is in text order."""
    _ends, _found, named_ends, named = people_index(text)
    i = bisect_right(named_ends, at)
    options = [speaker_past_a_passive(text, named[:i], at) or named[i - 1]] if i else []
    j = bisect_left(speakers, (at,))
    while j > 0:  # callers pass named speakers: this finds one at once
        j -= 1
        if named_speaker(speakers[j][1]):
            options.append(speakers[j])
            break
    return max(options)[1] if options else None


def referent(text: str, at: int, pronoun: str, speakers: list[tuple[int, str]]) -> str | None:
    """Who the pronoun at ``at`` stands for: the person last named (:func:`resolve_pronoun`),
    unless a person described without a name comes after that name (:func:`described_person`)."""
    named = resolve_pronoun(text, at, speakers)
    described = described_person(text, at, pronoun)
    if described is None:
        return named
    if named is not None:
        last_named = text.rfind(named.split()[-1], 0, at)
        if last_named > described[0]:
            return named
    return described[1]


_NAME_RUN = re.compile(PERSON_NAME)


def _person_named(text: str, start: int, end: int) -> bool:
    """Whether a person's name stands between ``start`` and ``end`` ("Die Nachbarin Anna Roth"):
    two capitalised words or more, an article aside, no organisation's word (a place may pass)."""
    for m in _NAME_RUN.finditer(text, start, end):
        words = m.group(0).split()
        if words[0].lower() in DEFINITE:
            words = words[1:]
        if len(words) >= 2 and not {w.lower().strip(".,") for w in words} & ORG_WORDS:
            return True
    return False


#: "Chief" right after the article alone is most often an adjective ("The chief concern").
_BARE_CHIEF = frozenset({"chief", "chef", "jefe", "capo", "chefe"})
#: How far before a pronoun a described person may be its referent.
_DESCRIBED_REACH = 300


def _described_pattern(pronoun: str) -> re.Pattern[str]:
    nouns = list(DESCRIBED_PEOPLE["any"])
    if pronoun in FEMALE_PRONOUNS or pronoun not in MALE_PRONOUNS:
        nouns += DESCRIBED_PEOPLE["female"]
    if pronoun in MALE_PRONOUNS or pronoun not in FEMALE_PRONOUNS:
        nouns += DESCRIBED_PEOPLE["male"]
    art = "|".join(INDEFINITE)
    alt = "|".join(re.escape(n) for n in sorted(set(nouns), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?”\"\n])\s*)(?i:{art})\s+(?:[\w-]+\s+){{0,2}}?(?:{alt})(?!\w)"
                      r"(?:\s+(?:in|of|from|de|du|aus|di|da)\s+(?:her|his|the|la|le|der|\w+)"
                      r"(?:\s+\w+)?)?")


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    """A role opening a sentence with a definite article: "The police chief", "Le chef de la
    police", "Der Sprecher der Feuerwehr" (sealed set s11: the pronoun after it was given to a
    person named a paragraph before)."""
    nouns = set(ROLE_PEOPLE) | set(OFFICE_NOUNS)
    art = "|".join(re.escape(a) for a in DEFINITE)
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?”\"\n])\s*)(?i:{art})\s*(?:[a-zà-ÿ-]+\s+){{0,2}}?"
                      rf"(?i:{alt})(?!\w)(?:\s+(?:of|de|du|des|della|di|del|der|des)\s+"
                      r"(?:the\s+|la\s+|l['’]|le\s+)?[a-zà-ÿ-]{3,})?(?=\s+[a-zà-ÿ])")


def described_person(text: str, at: int, pronoun: str) -> tuple[int, str] | None:
    """(offset, words) of the last person the article describes without a name before offset
    ``at``, as the subject opening a sentence (or after the clause its speech verb credits:
    :data:`SPEAKER_AFTER_COMMA`), when the pronoun may stand for them ("A man in his fifties
    stood shouting … “…,” he pleaded": the man, not the last person named before)."""
    window_start = max(0, at - _DESCRIBED_REACH)
    found = [*_described_pattern(pronoun.lower()).finditer(text, window_start, at),
             *SPEAKER_AFTER_COMMA.finditer(text, window_start, at),
             *SPEAKER_AFTER_VERB.finditer(text, window_start, at)]
    for m in _role_pattern().finditer(text, window_start, at):
        if len(m.group(0).split()) == 2 and m.group(0).split()[1].lower() in _BARE_CHIEF:
            continue  # "The chief concern now is …": an adjective, not a role
        if _person_named(text, m.end(), at):
            continue  # a person named after the role is nearer the pronoun (review 22)
        found.append(m)
    if not found:
        return None
    last = max(found, key=lambda m: m.start())
    return last.start(), last.group(0).strip().lstrip(",").strip()

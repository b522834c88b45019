"""The subject of a speech verb in languages other than English, by the shape of the phrase
before or after the verb: a noun phrase the language allows as a subject, or none when the verb
names no subject ("“…”, dijo.", "No obstante, aseguró que “…”"): in languages whose verbs
need no subject pronoun, the speaker is then the person named last, as "he" would be."""

from __future__ import annotations

import itertools
import re

import regex

from generator.extract.speakers.nominal_credit import incise_verbs
from generator.extract.speakers.noun_phrases import fronted_phrase, subject_before
from generator.text.lexicon import TITLE_DOT, TITLES
from generator.text.names import NAME_PARTICLES, PERSON_NAME, name_ends, office_stem
from generator.text.place_words import place_tail
from generator.text.pronoun_speakers import PRONOUN_SAID, de_after
from generator.text.quantities.languages import stopwords_of
from generator.text.speech_words import (
    ARTICLES,
    CLAUSE_DAYS,
    CLITICS,
    CONNECTIVES,
    EPITHETS,
    NAME_AT_END,
    NAME_SUBJECT,
    NOT_A_SUBJECT,
    OFFICE_NOUNS,
    OPENERS,
    PRO_DROP,
    PRONOUNS,
    QUOTE_CHARS,
    REFLEXIVES,
    SAID_AFTER_QUOTE,
    SAID_THROUGH_MEDIUM,
    SAYING_AND,
    TR_OPENERS,
)
from generator.text.told_to import told_from_de, told_from_fr

#: The end of the ``how`` of a quotation whose speech verb names no subject.
UNNAMED = "(subject unnamed)"


def as_subject(phrase: str, lang: str) -> str:
    """``phrase`` from the word where a subject can start: a capital, a determiner or a pronoun
    (alone: "sagte er und fügte hinzu" -> "er", quotes round 20) in languages with articles ("wie
    der Sprecher" -> "der Sprecher"); past a connective in the others ("jak" -> ""). "" when no
    subject is left ("en las zonas bajas"), nor from a phrase opening with a preposition (Greek
    aside: "στην ΕΡΤ ο …" names the outlet before the speaker)."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in CLITICS:
        return ""  # "Lo ha detto il sindaco": the object, not the subject
    if lang in NAME_SUBJECT:  # the name that opens the phrase, up to its first lower-case word
        if words and words[0].lower() in PRONOUNS:
            return words[0]  # "kata dia": the pronoun
        name: list[str] = []
        for word in words:
            if not word[:1].isupper():
                break
            name.append(word)
        return " ".join(name)
    if lang in NAME_AT_END and words:
        if words[-1].lower() in PRONOUNS:
            return words[-1]  # "При этом он": the pronoun
        if words[0].lower() in PRONOUNS:
            return words[0]  # "— сказал он агентству Интерфакс": not the agency
        run = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))
        if len(run) > 1 or (run and len(run[0]) > 1 and run[0].lower() not in CONNECTIVES):
            return " ".join(reversed(run))  # "Малко след като Пеньо Донев": the name
    articles = ARTICLES.get(lang)
    # "Pero", "Asimismo,": a sentence's opening conjunction, then the subject if any follows
    while articles and words and words[0].strip(",").lower() in CONNECTIVES | OPENERS and \
            words[0].lower() not in articles:
        words = words[1:]
    if lang != "el" and words and words[0].lower() in NOT_A_SUBJECT and \
            words[0].lower() not in (articles or ()):
        return ""  # "Tras la reunión", "w rozmowie z PAP": a time or a place, not who spoke
    for i, word in enumerate(words):
        low = word.lower()
        if articles is None:
            if low not in CONNECTIVES:
                return " ".join(words[i:])
            continue
        if word[:1].isupper() or low in PRONOUNS or low in articles or \
                low.startswith(("l'", "l’", "un'", "un’")):
            return word if low in PRONOUNS and low not in articles else " ".join(words[i:])
    return ""


#: A coordinator between two verbs of one subject ("X visitó la zona y explicó que …").
_COORDINATORS = frozenset({"e", "ed", "y", "et", "und", "en", "i", "a", "og"})


def shared_subject(before: str, lang: str) -> str:
    """The subject of the first of two verbs joined by "and" before a speech verb ("Il sindaco
    Paolo Neri ha visitato le frazioni e ha spiegato che …" -> "Il sindaco Paolo Neri"): the
    words that open the phrase, as far as they are capitalised, articles or offices. Nothing
    when they are none of those ("la policía detuvo a dos hombres y …"): the phrase itself,
    a clause, would be named as the speaker."""
    words = before.split()
    if len(words) < 3 or words[-1].lower() not in _COORDINATORS:
        return before
    articles = ARTICLES.get(lang) or frozenset()
    run = list(itertools.takewhile(lambda w: w[:1].isupper() or w.lower() in articles
                                   or w.lower() in OFFICE_NOUNS, words[:-1]))
    while run and run[-1].lower() in articles:
        run.pop()
    return " ".join(run)


#: The most words a subject so read may have.
_REFLEXIVE_SUBJECT_WORDS = 4


def _before_reflexive(words: list[str], lang: str, articles: frozenset[str]) -> int | None:
    """How many words open a clause as its subject, when an article (or an elided one) opens it
    and a reflexive verb follows the subject: a clause that is no speech verb ("si difende",
    "wehrt sich") before a colon and a quotation, whose subject the capitalised-run reading
    missed (a common noun) or ran past (a German noun). None otherwise (trial 26)."""
    reflexives = REFLEXIVES.get(lang)
    if not reflexives or not words or not (
            words[0].lower() in articles or re.match(r"[lL]['’]\w", words[0])):
        return None
    for k, word in enumerate(words[1:_REFLEXIVE_SUBJECT_WORDS + 2], 1):
        low = word.lower()
        if low in reflexives or (lang == "fr" and low[:2] in ("s'", "s’") and len(low) > 2):
            cut = k - 1 if lang == "de" else k  # German: the verb stands before "sich"
            return cut if cut >= (2 if not re.match(r"[lL]['’]", words[0]) else 1) else None
    return None


#: A name opening its sentence, then its office in apposition, then the colon that opens the
#: quotation ("Ana Ruiz, Kulturministerin: «…»", "Ana Ruiz, ministre de la Culture : « … »";
#: x27: the office was taken for the speaker). Up to four words of office.
_NAME_THEN_ROLE = regex.compile(rf"(?:^|[.!?]\s+|\n)(?P<name>{PERSON_NAME}),\s+"
                                r"(?P<role>[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*:\s*$")


def colon_subject(before: str, lang: str, reach: int = 80) -> str:
    """Who speaks in the capitalised clause that ends ``before`` with a colon: its last noun
    phrase when the clause is one ("Omar Khalil: “…”"), else the phrase that opens it, as far as
    it is capitalised, articles or offices ("Anwohner Karl Brandt ist geflohen: „…“", "Le maire
    a aidé les habitants : « … »": not the object), in the languages with articles, when the last
    phrase names no one; nothing when a preposition or a conjunction opens it, or an article."""
    if (named := _NAME_THEN_ROLE.search(before)) is not None:
        return named.group("name")  # "Ana Ruiz, Kulturministerin: «…»": the name, not the office
    # a stop after a digit is an ordinal's or a decimal's ("über den 2. Heimsieg:"), no end
    m = re.search(rf"(?P<np>(?:[^,.;:]|(?<=\d)\.){{2,{reach}}})\s*:\s*$", before)
    if m is None or not m.group("np").strip()[:1].isupper():
        return ""
    if (said := PRONOUN_SAID.fullmatch(m.group("np").strip())) is not None:
        return said.group("who")  # "He wrote: “…”": the pronoun, read as the person named last
    tail, words = subject_before(m.group("np")), m.group("np").split()
    articles = ARTICLES.get(lang) or frozenset()
    if (cut := _before_reflexive(words, lang, articles)) is not None:
        return " ".join(words[:cut])  # "La società si difende: «…»": the company
    run = list(itertools.dropwhile(lambda w: w.lower() in CLAUSE_DAYS, itertools.takewhile(
        lambda w: w[:1].isupper() or w.lower() in articles or w.lower() in OFFICE_NOUNS, words)))
    # a name opening the clause, its verb after it, is the subject ("Karel Smit rekent niet
    # op problemen: '…'", fspk5), not one before a title ("X Hospital spokesman Y", trial 41)
    if 2 <= len(run) < len(words) and regex.fullmatch(PERSON_NAME, " ".join(run)) and \
            words[len(run)].lower() not in TITLES:
        return " ".join(run)
    # a name in the last phrase is its speaker ("Liberal Democrat councillor Ana Ruiz said:");
    # without articles ("Spotykam się z …:") the opening capital is only the sentence's
    if len(run) == len(words) or not articles or regex.search(PERSON_NAME, tail):
        return tail
    while run and run[-1].lower() in articles:
        run.pop()
    first = run[0].lower() if run else ""
    if not run or first in NOT_A_SUBJECT | OPENERS or (first in stopwords_of(lang)
                                                        and first not in articles):
        return ""
    return " ".join(run) if any(w[:1].isupper() or w.lower() in OFFICE_NOUNS
                                for w in run[1:] or run) else ""


def verb_subject(lead: str, rest: str, lang: str) -> str:
    """The subject of a speech verb before a quotation: the phrase before the verb ("el
    alcalde ha dicho que"), else the one after it ("ha dicho el alcalde que"); not after it
    when only a conjunction opens the clause of a language that leaves the subject out
    ("Asimismo, ha recordado la urgencia de …": the object). German puts the verb second, its
    subject after it ("Außerdem betonte der Minister")."""
    if (lang in PRO_DROP and fronted_phrase(lead)) or (lang == "de" and de_after(lead, rest)):
        return as_subject(np_after(rest), lang)
    before = shared_subject(subject_before(lead), lang)
    who = as_subject(before, lang)
    if who or (lang in PRO_DROP and before.split() and
               all(w.strip(",").lower() in OPENERS for w in before.split())):
        return who
    return as_subject(np_after(rest), lang)


def unnamed(verb: str, lang: str) -> tuple[str, str]:
    """(speaker, how) of a speech verb that names no subject: the verb itself, to be read as
    the person named last, in the languages that leave the subject out; nothing elsewhere."""
    if lang in PRO_DROP:
        return verb, f"“…”, {verb} {UNNAMED}"
    return "", ""


def _dash_incise(body: str, lang: str) -> re.Match[str] | None:
    """The words between dashes inside a quotation that say who speaks ("– spiega X –")."""
    if (verbs := incise_verbs(lang)) is None:  # and Italian nouns of saying
        return None
    # the closing dash may be a hyphen with a comma or stop glued to it ("– ha aggiunto X -,")
    return re.search(rf"(?:[–—]|\s-)\s*(?P<verb>{verbs})(?:\s+(?P<np>[^–—]{{2,80}}?))?\s*"
                     r"(?:[–—]|-(?=[\s,.;]))[,.;]?", body)


def dash_incise(body: str, lang: str) -> tuple[int, int] | None:
    """Where the attribution between dashes lies in a quotation's words: not the speaker's
    words, though inside the marks ("«I responsabili pagheranno – ha detto X –. Subito»")."""
    m = _dash_incise(body, lang)
    return m.span() if m else None


def dashed_speaker(body: str, lang: str) -> tuple[str, str]:
    """(speaker, how) named inside a quotation between dashes, as Italian and Spanish copy
    does: «… – spiega il comandante Luca Ferri – …», “… —dijo el alcalde José Pérez—, …”; a
    verb alone between the dashes ("—dijo—") names no subject."""
    m = _dash_incise(body, lang)
    if m is None:
        return "", ""
    who = as_subject((m.group("np") or "").strip(" ,"), lang)
    if who:
        return who, f"“… – {m.group('verb')} X – …”"
    return unnamed(m.group("verb"), lang)


#: A name, then the relative pronoun that makes it the subject of the speech verb right after
#: ("all'interrogazione del consigliere X che chiedeva “…”", "le maire X qui demandait « … »"):
#: the name, not the main clause's subject before it (round fspk7: the whole phrase was read).
#: Restrictive only, no comma: "Segundo a X, que expressou “…”" stays with the reading of its
#: according phrase (a firm's words, test_speaker_phrase).
RELATIVE_SUBJECT = regex.compile(r"(?P<name>\p{Lu}[\w’'-]+(?:\s+(?:(?:" + "|".join(NAME_PARTICLES)
                                 + r")\s+)?\p{Lu}[\w’'-]+){1,3})\s+(?:che|qui|que|die|dat)"
                                 r"\s*$")
#: The prepositions "of" that tie a place to the office before it ("del sindaco di X che",
#: "du maire de X qui", "van de burgemeester van X die").
_OF = frozenset({"di", "de", "del", "della", "da", "do", "du", "des", "van", "von", "of"})


def relative_subject(lead: str) -> str:
    """The subject of a relative pronoun right before the speech verb: the name it follows
    ("… del consigliere X che chiedeva “…”": X), or the office and the place it is of when the
    name is that place ("del sindaco di Borgo Alto che chiedeva": "sindaco di Borgo Alto", not
    the place: the last review); "" after a plain noun of ("i residenti di Borgo Alto che") or
    when there is no such clause."""
    m = RELATIVE_SUBJECT.search(lead)
    if m is None:
        return ""
    before = lead[:m.start()].split()
    last = before[-1].lower() if before else ""
    if last in _OF and len(before) > 1:
        office = before[-2].lower().lstrip("(«“\"")
        if office in OFFICE_NOUNS or office in TITLES or office_stem(office):
            return f"{before[-2]} {before[-1]} {m.group('name')}"
        return ""  # "i residenti di X che": the people of a place, not the place
    return m.group("name")


#: Languages whose copy names the speaker before the quotation: Japanese and Korean with the
#: topic or subject particle ("X長官は、「…」と述べた", "X 장관은 "…"라고 말했다"), Turkish
#: with a comma ("Vali X, “…” dedi"), the verb after the quotation in these three; Chinese
#: before it ("X表示：“…”").
SPEAKER_FIRST = frozenset({"ja", "ko", "zh", "tr"})


def _after_pattern(lang: str) -> re.Pattern[str] | None:
    verbs = SAID_AFTER_QUOTE.get(lang)
    if verbs is None:
        return None
    alt = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    saying = "|".join(re.escape(v) for v in SAYING_AND.get(lang, ()))
    if lang == "ja":
        # a short adverb may stand between: "と堂々と話した"
        return re.compile(rf"^[」』”\"]?\s*と(?:も)?"
                          rf"(?:[\u3005\u3040-\u30ff\u4e00-\u9fff]{{1,4}}と)?(?:{alt})")
    if lang == "ko":
        return re.compile(rf"^[\"”’']?\s*(?:(?:이?라고|고)\s*(?:\S+\s+)?(?:{alt})|(?:{saying}))")
    return re.compile(rf"^[\"”’']?\s*(?:(?:diye|şeklinde)\s+)?(?:{alt})(?!\w)")


_SAID_AFTER = {lang: _after_pattern(lang) for lang in SAID_AFTER_QUOTE}
_SPEAKER_BEFORE = {
    # "は" (the topic) perhaps with where it was said ("は会見で、"); "が" right before the
    # quotation, as "が" further back is mostly a clause's ("雨が強まるのに気づき「…」")
    "ja": re.compile(r"(?P<who>[^、。，,「」『』“”\s]{1,30}?)(?:は(?:[^、。「」]{0,12})?|が)"
                     r"[、,]?\s*$"),
    # the subject, then perhaps a day or where it was said ("7일", "경찰 조사에서")
    "ko": re.compile(r"(?P<who>[^,.“”\"']{1,30}?)(?:은|는|이|가)"
                     r"(?:\s+(?:\S+\s+)?\S*(?:에서|에게|일))?\s*$"),
    "zh": re.compile(r"(?P<who>[^，。,、“”「」：:]{1,30}?)(?:表示|说|說|称|稱|指出|强调|強調|透露)"
                     r"[：:，,]?\s*$"),
}
#: Quotations said before this one in a Korean sentence ("…는 “…”이라며 "): the subject is
#: before them.
_KO_EARLIER = re.compile(rf"(?:[“\"][^“”\"]*[”\"]\s*(?:{'|'.join(SAYING_AND['ko'])})\s*)+$")
#: A Turkish name (a run of capitalised words, none with a case ending after an apostrophe:
#: "İstanbul’da" is a place) closed by a comma or a colon, or by "da"/"de"/"ise" (also, as
#: for): "Vali Selim Kara, “…”", "Bakan X de, “…”", "Esnaf X ise … söyleyerek, “…”".
_TR_NAME = regex.compile(r"(?<![\w’'])(?P<who>\p{Lu}\w+(?:\s+\p{Lu}\w+)*)(?![\w’'])"
                         r"(?=\s*(?:(?:da|de|ise)\s*)?[,:]|\s+ise\b)")


def speaker_first(before: str, after: str, lang: str) -> tuple[str, str]:
    """(speaker, how) of a quotation in a language that names the speaker first (empty when
    the shape is not one of these): ``before`` is its sentence up to the opening mark,
    ``after`` what follows the closing mark. A speech verb after it with nobody named before it
    ("「…」と付け加えた。", "“…” dedi.") is said by the person named last, as these languages
    leave the subject out. A Turkish quotation may also follow a colon ("X, … şu ifadeleri
    kullandı: “…”")."""
    said = _SAID_AFTER.get(lang)
    verb = said.match(after) if said is not None else None
    if said is not None and verb is None and not (lang == "tr" and
                                                  before.rstrip().endswith(":")):
        return "", ""
    if lang == "tr":
        names = [n.group("who") for n in _TR_NAME.finditer(before)
                 if n.group("who").split()[0] not in TR_OPENERS]
        who = names[-1] if names else ""
    else:
        m = _SPEAKER_BEFORE[lang].search(_KO_EARLIER.sub("", before) if lang == "ko" else before)
        who = m.group("who").strip() if m else ""
    if who:
        return who, "X “…” (speaker first, verb after)"
    return unnamed(verb.group(0).strip(" \"”’'」』"), lang) if verb else ("", "")


#: Every language's articles and determiners: a subject after a medium opens with one.
_ANY_ARTICLE = frozenset(a for arts in ARTICLES.values() for a in arts) | {"the", "a", "an"}


def _opens_subject(rest: str) -> bool:
    """Whether the words after a medium skipped ("informaron en un comunicado …") open the
    speech verb's subject (an article, a capitalised name), not the medium's own phrase ("…
    in un video pubblicato dalla X": who published it spoke no words; review 51)."""
    first = rest.split(None, 1)[0] if rest.split() else ""
    return first.lower().strip(",") in _ANY_ARTICLE or first[:1].isupper()


#: Dutch finite verbs of being and having, which end a fronted "volgens X" source (fspk5).
_FINITE_NL = frozenset({"is", "was", "zijn", "waren", "wordt", "werd", "heeft", "hebben"})
#: German articles, with which no phrase ends: "der am schwersten getroffenen …" (trial 35).
_DE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "einer", "eines", "einem"})


def np_after(text: str) -> str:
    """The noun phrase after an inverted verb, in any language: to the clause's end or a dash, at
    most eight words ("a déclaré le ministre Hamad Hassan, …"; "so ein Nachbar - …"; "M. Ravel";
    initials written close, "disse G.K. Rao", x27: the name was cut to "G")."""
    initial = rf"(?<=(?<!\w)(?:\p{{Lu}}|(?i:{TITLE_DOT})))\.(?=\s*\p{{Lu}})"
    if m := SAID_THROUGH_MEDIUM.match(text):  # "en un comunicado los bomberos"
        if not _opens_subject(text[m.end():]):
            return ""  # "in un video pubblicato da X": X published it; no subject is named
        text = text[m.end():]
    m = regex.match(rf"\s*((?:[^,،.;:(){re.escape(QUOTE_CHARS)}]|{initial})+)", text)
    # a closing dash glued to the last word ("«…» –explicó Mora–."): no part of the name
    words = regex.sub(r"(?<=\w)[–—](?!\w)", " –", m.group(1)).split()[:8] if m else []
    cut = next((i for i, w in enumerate(words) if w in "-–—" or (i and w in _FINITE_NL)
                or ((w.lower() in NOT_A_SUBJECT or (i and re.sub(r"(?<=['’]).*", "", w.lower())
                                                    in NOT_A_SUBJECT))  # "all'Ansa"
                    and not (i and words[i - 1] in _DE_ARTICLES))
                or told_from_de(words, i)  # "der Deutschen Presse-Agentur", "dem Kurier"
                or told_from_fr(words, i)),  # "aux journalistes"
               len(words))
    # "وأشار إلى أن", "a indiqué que": the clause, not who said it; "قال X إن": X
    if cut == 0:  # "a annoncé en conférence de presse la ministre …, Manal Abdel Samad"
        # (a full stop inside a word, as in a web address "à BFMTV.com X", ends no sentence)
        head = re.split(r"[;:!?]|\.(?!\w)", text, maxsplit=1)[0][:120]
        told = re.match(r"\s*\S+\s+", head)  # "aggiunge a Radio Uno": whom it was said to
        names = [n.group(0) if not (told and n.start() == told.end()) else
                 # "declarou à AFP James Ngoge": said to an outlet's acronym, by the name after it
                 " ".join(n.group(0).split()[1:]) if len(n.group(0).split()) >= 3
                 and n.group(0).split()[0].isupper() else ""
                 for n in regex.finditer(r"(?<!\w)\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+)+", head)]
        return next((n for n in names if n), "")
    role = regex.match(r"\s*(?:[^,.;:()]|\(\p{Lu}+\))+,\s+(\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+)"
                       r"{1,3})(?=[\s,.;])", text)  # "(Ipam)": the body's acronym in the role
    if role and (cut == len(words) or place_tail(words[cut:])) and words and words[0].islower():
        return role.group(1)  # "afirmó el alcalde (en Lugo), José Pérez": the name apposed
    return name_ends(words[:cut])


def named_before_colon(before: str, lang: str) -> str:
    """The one person a sentence names before the colon that opens a quotation, when no subject
    opens the clause ("A partire da Ana Neri, che ha scelto …: «…»", "Neri ha quindi
    voluto …: «…»"); nothing when it names more than one, or its last clause describes someone
    without that name ("para el dirigente del club: «…»": that person, named or not, speaks)."""
    names = set(re.findall(PERSON_NAME, before))
    if len(names) != 1:
        return ""
    name, roles = names.pop(), EPITHETS | OFFICE_NOUNS
    words = re.split(r"[,;]", before)[-1].lower().split()
    titled = re.search(rf"(\w+)\s+{re.escape(name)}", before)  # "del sindaco Ana Neri:"
    described = any(w.strip(":") in roles for w in words)
    return "" if described and not (titled and titled.group(1).lower() in roles) else name

"""A figure's source named by an "according to" word in a language of the speech-verb table:
"selon la préfecture, …", "… 80 000 selon la CGT.", "según el Ministerio del Interior, …",
"laut Polizei …", "der Polizei zufolge …" (trial 9: every such crowd count was proposed with
"the sentence names no source", and the analyst had to write each ``attributed_to`` by hand).

The words are the one table of them (:data:`generator.text.speech_words.ACCORDING`, through
:func:`~generator.text.speech_words.according_words`). Where the name ends is read cautiously,
since a wrong source costs the analyst more than a blank: up to the next punctuation, at most
:data:`MAX_WORDS` words and no number in them (else nothing); German names the source by its
capitalised nouns ("laut Polizei waren …": "Polizei"), and "zufolge" follows its source.
Two shapes without such a word say as much: a German clause "…, wie X mitteilte" closing the
sentence, and a French subject that announces the count itself ("La gendarmerie annonce 12
morts").
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.text.copulas import DEFINITE_PLURAL
from generator.text.relative_dates import (
    FOREIGN_TODAY_BY_LANGUAGE,
    FOREIGN_YESTERDAY_BY_LANGUAGE,
    UNNAMED_FOREIGN_WEEKDAY,
)
from generator.text.speech_verbs import COUNTING, COUNTING_BODIES, speech_verbs
from generator.text.speech_words import ARTICLES, NOT_A_SUBJECT, SOURCE_BEFORE, according_words

#: A source named after an "according to" word is at most this many words.
MAX_WORDS = 6
#: Where a source's name ends: punctuation of any script.
_END = re.compile(r"[,，、。;；:：()（）\[\]“”\"«»「」.!?]")
#: Words German writes inside a source's name in lower case.
_DE_JOINS = frozenset({"der", "des", "dem", "den", "die", "von", "vom", "für", "und"})
#: The subject of a toll's clause, right before the source of "zufolge": "die Zahl der Toten".
_TOLL_NOUNS_DE = frozenset({"Zahl", "Anzahl", "Bilanz", "Opferzahl", "Totenzahl"})
#: Whom a German speaker told, after the subject of a closing "sagten X": a news agency, a
#: paper or a broadcaster in the dative ("sagten Klinikvertreter der Deutschen Presse-Agentur",
#: trial 41: the agency was read as a part of the source).
_TOLD_DE = re.compile(r"\s+(?:der|dem)\s+(?:\w+en\s+)?(?:Presse-Agentur|Nachrichtenagentur|"
                      r"Agentur|Zeitung|Tageszeitung|Wochenzeitung|Sender|Fernsehsender|"
                      r"Radiosender|Rundfunk)\b.*$")
#: German "zufolge" and Dutch "volgens" written after the source: the words before them.
_AFTER_SOURCE = frozenset({"zufolge"})
#: Reports, data and estimates, which name no one: "Berichten zufolge" is "reportedly" (trial
#: 21), "según datos preliminares", "selon les premières estimations", "according to initial
#: reports" are a hedge, no source (trial 34 credited a toll to "datos preliminares"). A source
#: phrase of these nouns, their qualifiers and articles alone is no source; one naming whose
#: data ("datos de la policía") keeps its words.
_NO_ONE = frozenset({
    "berichten", "medienberichten", "presseberichten", "angaben", "informationen",
    "schätzungen", "erkenntnissen", "daten", "zahlen",
    "reports", "data", "figures", "estimates", "information", "numbers",
    # findings ("X said early investigations into the fire revealed that “…”": X's words)
    "investigations", "findings", "results", "tests", "inquiries",
    "datos", "cifras", "estimaciones", "informaciones", "información", "informes", "números",
    "données", "chiffres", "estimations", "informations", "rapports", "éléments",
    "dati", "cifre", "stime", "informazioni", "notizie",
    "dados", "estimativas", "informações", "relatos",
    "preliminary", "initial", "first", "early", "latest", "unofficial", "provisional",
    "preliminar", "preliminares", "iniciales", "primeros", "primeras", "últimos", "últimas",
    "provisionales", "préliminaires", "premiers", "premières", "derniers", "dernières",
    "provisoires", "preliminari", "iniziali", "primi", "prime", "ultimi", "ultime",
    "provvisori", "iniciais", "primeiros", "primeiras", "provisórios", "ersten", "neuesten",
    "vorläufigen", "jüngsten",
    # the plural articles before them: the copulas' table, and the cases these phrases take
    # ("nach den ersten Angaben", "selon des chiffres"; read once more after trial 34)
    *DEFINITE_PLURAL, "des", "den", "der"})


def names_no_one(words: list[str]) -> bool:
    """Whether a source phrase's words are reports or data that name no one (:data:`_NO_ONE`)."""
    return bool(words) and all(w.lower() in _NO_ONE for w in words)


#: German wire copy names a figure's source in a clause closing the sentence: "…, wie
#: Innenminister X bestätigte", "…, wie die Polizei am Abend mitteilte" (trial 22): the words
#: after "wie", an article and a phrase of time ("am Abend") dropped, up to the speech verb
#: that ends the clause. "…, wie die Polizei befürchtet hatte" is no source. The person's
#: office between commas after the name, and where it was said ("wie X, der Landrat des
#: Kreises, auf Twitter mitteilte"), are passed over (trial 35: no source).
_AS_SAID_DE = re.compile(
    r",\s*wie\s+(?:(?:die|der|das|den)\s+)?(?P<who>[A-ZÄÖÜ][^\s,.;:]*(?:\s+(?:[A-ZÄÖÜ]"
    r"[^\s,.;:]*|der|des|von|für))*?)(?:\s*,\s*(?:der|die|das|ein|eine)\s+[^,.;:]{1,80}?,)?"
    r"(?:\s+(?:am|im|in|heute|gestern|zuvor|später|dem|der)(?:\s+[A-ZÄÖÜ][^\s,.;:]*)?)?"
    r"(?:\s+(?:auf|über|via|bei)\s+[A-ZÄÖÜ][^\s,.;:]*)?\s+(?:mitteilte|mitteilten|bestätigte|"
    r"bestätigten|berichtete|berichteten|sagte|sagten|erklärte|erklärten|meldete|meldeten|"
    r"angab|angaben|bekanntgab|bekanntgaben)\s*[.!?]?\s*$")
#: A comparison right before ", wie …": the clause compares the count with what X said
#: ("doppelt so viele, wie die Polizei mitteilte", "nicht 15, wie Medien berichteten"), and X
#: is no source of it (review 20b).
_COMPARED_DE = re.compile(
    r"(?:\b(?:so|doppelt|dreimal|mehr|weniger|als|viele|genauso|ebenso)|\bnicht\s+\d[\d.]*)"
    r"\s*$", re.I)


#: A French sentence whose subject announces the count itself, the number right after the verb:
#: "La gendarmerie annonce 12 morts", "Le ministère de la Santé a annoncé 12 morts" (trial 22:
#: no source). "Le maire annonce la fermeture des écoles, où 12 …" names none for the 12.
_ANNOUNCES_FR = re.compile(
    r"\s*(?P<who>(?:Le|La|Les|L['’])\s*[^\W\d][^\s,.;:]*(?:\s+[^\s,.;:\d]+){0,4}?)\s+"
    r"(?:annonce|annoncent|a\s+annoncé|ont\s+annoncé|(?:a\s+)?fait\s+état\s+d[e'’]|recense|"
    r"a\s+recensé|dénombre|a\s+dénombré|confirme|a\s+confirmé)\s*"
    r"(?:au\s+moins\s+|plus\s+de\s+|près\s+de\s+|environ\s+)?\d")
#: The subjects that may announce a count: a body or an office that gives tolls, or a proper
#: name after the article ("La Croix-Rouge"); "Le bilan confirme 12 morts", "L'accident
#: annonce …", "La ville dénombre 12 000 habitants" name none (review 20b). An "according to"
#: word in the sentence is read first: "Le maire confirme 12 morts, selon la préfecture".
_SOURCE_HEAD_FR = re.compile(
    r"(?:Le|La|Les|L['’])\s*(?:[A-ZÀ-Þ]|(?:gendarmerie|préfecture|préfet|préfète|ministère|"
    r"ministre|police|pompiers|sapeurs|autorités|parquet|procureur|procureure|maire|mairie|"
    r"secours|hôpital|hôpitaux|armée|gouvernement|agence|services|direction|croix)\b)")


#: The languages whose wire copy closes a sentence with its source (:func:`_said_after`): the
#: Romance ones, and German, whose separable verb leaves its particle after the source.
_SOURCE_CLOSES = ("es", "fr", "it", "pt", "de")
_PARTICLE = {"de": r"(?:\s+(?:mit|zu|hinzu|an|ein|bekannt))?"}


@lru_cache(maxsize=8)
def _said_after(lang: str) -> re.Pattern[str] | None:
    """Spanish, French, Italian, Portuguese and German wire copy names a figure's source after
    it, in a clause of a speech verb and its subject closing the sentence: "…, informaron los
    bomberos.", "…, a indiqué la préfecture de l'Orvie.", "…, rapportent les journaux régionaux,
    citant …" (trial 23: no source), "…, teilten die Bergretter mit." (trial 25). The subject
    opens with a determiner as a word of its own (not "a" of "autoridades", review 21) or is a
    name, and ends at punctuation or the sentence's end; its words are counted by
    :data:`MAX_WORDS`."""
    if lang not in _SOURCE_CLOSES:
        return None
    articles = "|".join(re.escape(a) for a in sorted(ARTICLES[lang], key=len, reverse=True))
    # a day or "yesterday" on either side of the subject (review 21): "ha detto ieri il
    # sindaco", "a indiqué la préfecture dimanche soir"
    when = (rf"(?:{FOREIGN_TODAY_BY_LANGUAGE[lang]}|{FOREIGN_YESTERDAY_BY_LANGUAGE[lang]}"
            rf"|{UNNAMED_FOREIGN_WEEKDAY})")
    return re.compile(rf",\s*(?:{speech_verbs(lang)})\s+(?:{when}\s+)?(?P<who>(?:(?:{articles})"
                      rf"(?:(?<=['’])|\s+)[^\W\d]|(?-i:[A-ZÀ-ÖØ-Þ]))[^,.;:()\d]{{0,80}}?)"
                      rf"(?:\s+{when})?{_PARTICLE.get(lang, '')}\s*(?:[,.;!?]|$)", re.I)


def according_source(masked: str, lang: str) -> tuple[str, str, int] | None:
    """The source a sentence (its quotations masked) names with an "according to" word: the
    name, the word and the name's offset in the sentence; None when it names none or its name
    cannot be told apart from the clause around it. (Russian, Ukrainian, Bulgarian and Chinese
    "according to" words are read with their scripts' rules, in the attribution module.)"""
    if lang in SOURCE_BEFORE:
        return None
    if lang == "de" and (m := _AS_SAID_DE.search(masked)) \
            and not _COMPARED_DE.search(masked[:m.start()]):
        return m.group("who"), "wie", m.start("who")
    found = _according_word(masked, lang)
    if found is None and lang == "fr" and (m := _ANNOUNCES_FR.match(masked)) \
            and _SOURCE_HEAD_FR.match(m.group("who")):
        return m.group("who"), "annonce", m.start("who")
    said = _said_after(lang)
    if found is None and said and (m := said.search(masked)) \
            and len(m.group("who").split()) <= MAX_WORDS:
        who = _TOLD_DE.sub("", m.group("who")) if lang == "de" else m.group("who")
        return who or m.group("who"), "said", m.start("who")
    return found


#: Where a clause ends, for the subject opening the clause of a count.
_CLAUSE_END = re.compile(r"[,;:()“”\"«»]|[.!?](?=\s|$)")
#: A word of a subject that names a body by its capitals ("CNBC", "ANP").
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,}[\w-]*")


@lru_cache(maxsize=8)
def _counts(lang: str) -> re.Pattern[str] | None:
    """A clause's opening subject (at most four words) and a verb of :data:`COUNTING`."""
    if lang not in COUNTING:
        return None
    verbs = "|".join(re.escape(v) for v in sorted(COUNTING[lang], key=len, reverse=True))
    return re.compile(rf"\s*(?P<who>[^\W\d][^\s,.;:]*(?:\s+[^\W\d][^\s,.;:]*){{0,3}}?)\s+"
                      rf"(?:{verbs})(?!\w)")


def counted_by(masked: str, lang: str, at: int) -> tuple[str, int] | None:
    """The body or outlet that gives the count at ``at`` (an offset in ``masked``, a sentence
    whose quotations are masked) as the subject opening its clause, before a verb of counting:
    "Der Sender X bezifferte die Zahl der Toten auf 44", "…, persbureau X komt uit op 27" (trial
    35: none, and the Dutch agency's 27 credited to the source of the clause before it). The
    name and its offset in ``masked``; None when the clause opens otherwise or its subject is
    no body ("Die Stadt zählt 12 000 Einwohner")."""
    pattern = _counts(lang)
    if pattern is None:
        return None
    lo = max((m.end() for m in _CLAUSE_END.finditer(masked, 0, at)), default=0)
    m = pattern.match(masked, lo)
    if m is None or m.end() > at:
        return None
    words = m.group("who").split()
    if words[0].lower() in NOT_A_SUBJECT or not any(
            w.lower() in COUNTING_BODIES or _ACRONYM.fullmatch(w) for w in words):
        return None
    return m.group("who"), m.start("who")


#: A toll or a count after "according to" ("selon un premier bilan", "according to the
#: latest toll released by the region", "según el último balance difundido por X"): no one,
#: unless a body that gave it is named after "by" or "of" (its listener after "to" aside).
#: Trial 25: the toll was proposed as the source, and a long phrase with its author named none.
_TOLL_PHRASE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:bilan|balance|bilancio|balanço|toll|tally|count|recuento|cifra)\b"
    r"(?:\s+\S+){0,2}?(?:\s+(?:par|por|pelo|pela|da|dal|dalla|dai|dagli|by|de|del|du|des|of|"
    r"della|do)\s+(?P<agent>.+?)"
    r"(?:\s+(?:à|au|aux|a|al|alla|ao|to)\s+\S.*)?)?$", re.I)


def toll_author(phrase: str) -> str | None:
    """The body a toll named after "according to" comes from; "" for a toll with none; None
    when the phrase is no toll."""
    m = _TOLL_PHRASE.match(phrase.strip())
    if m is None:
        return None
    return (m.group("agent") or "").strip()


def _according_word(masked: str, lang: str) -> tuple[str, str, int] | None:
    """The source named after (or before "zufolge") an "according to" word, else None."""
    for word in according_words(lang):
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", masked)
        if m is None:
            continue
        if word in _AFTER_SOURCE:
            before = _END.split(masked[:m.start()])[-1].split()[-4:]
            kept = len(before)
            while kept and (before[kept - 1][:1].isupper() or before[kept - 1] in _DE_JOINS):
                kept -= 1
            before = before[kept:]  # "Die Zahl ist der Polizei zufolge": not "ist"
            if len(before) > 2 and before[0] in _TOLL_NOUNS_DE and before[1] in _DE_JOINS:
                before = before[3:]  # "die Zahl der Opfer Medienberichten zufolge" (trial 41)
            if names_no_one([w for w in before if w not in _DE_JOINS]):
                continue  # "Berichten zufolge": reportedly, no one named (trial 21)
            who = " ".join(before)
            at = masked.rfind(who, 0, m.start()) if who else -1
        else:
            rest = masked[m.end():]
            parts = _END.split(rest, maxsplit=1)
            words = parts[0].split()
            if lang == "de":
                kept = []
                for w in words:
                    if not (w[:1].isupper() or w in _DE_JOINS):
                        break
                    kept.append(w)
                while kept and kept[-1] in _DE_JOINS:
                    kept.pop()
                words = kept
            ends = lang == "nl" and (named := _dutch_name(words)) is not None
            if ends:
                words = named
            who = " ".join(words)
            author = toll_author(who) if lang != "de" else None
            if author is not None:
                who, words = author, author.split()  # "selon le bilan communiqué par X": X
            elif len(parts) < 2 and not ends:
                continue  # the name must end at punctuation: else where it ends is unknown
            if not who:
                return None
            if names_no_one(words):
                continue  # "según datos preliminares": a hedge, no one named (trial 34)
            at = m.end() + rest.find(who) if who else -1
        if who and len(who.split()) <= MAX_WORDS and not any(c.isdigit() for c in who) \
                and at >= 0:
            return who, word, at
    return None


#: Dutch words written in lower case inside a name ("Anna de Vries", "Jan van der Berg").
_NL_JOINS = frozenset({"de", "van", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t"})


def _dutch_name(words: list[str]) -> list[str] | None:
    """The words after "volgens" up to where a name ends in the clause: at most two lower-case
    words (an article, a role), a run of capitalised words, and a lower-case word after it that
    is no part of a name ("volgens RTV Noord gestegen tot zeker dertig": "RTV Noord"; trial 35
    read the clause on to the number). None when the words name no one by a capital ("volgens de
    politie waren er …": where that ends is not known) or the name runs to the clause's end."""
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if first is None or first > 2:
        return None
    end = first
    while end < len(words) and (words[end][:1].isupper() or (
            words[end] in _NL_JOINS and end + 1 < len(words) and words[end + 1][:1].isupper())):
        end += 1
    return words[:end] if end < len(words) else None


#: What a source said, between an "according to" word and the source ("secondo quanto riferito
#: da X", "según lo explicado por X", "selon ce qu'a déclaré X", "segundo o que disse X"): a
#: relative, an auxiliary perhaps, the verb, the agent's preposition.
_WHAT_SAID = re.compile(r"\s*(?:quanto|lo(?:\s+que)?|ce\s+qu['’]|o\s+que)\s*(?:(?:ha|è|a|han|hanno|"
                        r"foi|fue|ont)\s+)?[^\W\d_]+\s+(?:(?:da|dal|dalla|dai|por|pelo|pela|par|"
                        r"de|del|do|da)\s+)?(?=\w)")


def source_after(rest: str, lang: str) -> str:
    """``rest``, the words after an "according to" word, from where its source is named: past
    what the source said ("secondo quanto riferito da X") or a speech verb right after the word
    ("segundo informou a Polícia", "según explicó X"; checklist: the clause was the speaker)."""
    if (m := _WHAT_SAID.match(rest)) is not None:
        return rest[m.end():]
    verb = re.match(rf"\s*(?:{speech_verbs(lang)})(?!\w)", rest)
    return rest[verb.end():] if verb else rest


#: The relative that opens what a source said, right before its verb ("Selon ce qu'a déclaré",
#: "secondo quanto ha riferito"): the verb belongs to the "according to" word.
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:quanto|lo\s+que|ce\s+qu['’]|o\s+que)\s*"
                              r"(?:(?:ha|a|han|hanno|foi|fue|ont)\s+)?$", re.I)


def in_what_said(before: str) -> bool:
    """Whether a speech verb after ``before`` is what a source said, named after an "according
    to" word ("Selon ce qu'a déclaré X, « … »": X, not "ce qu'")."""
    return _RELATIVE_BEFORE.search(before) is not None


"""The noun phrase that names who speaks: read backwards from a verb ("Hezbollah leader Hassan
Nasrallah", "a militia commander", "he", "Police" of "Police in Varn"), or forwards after an
inverted verb ("said Col. Ryan Dillon, …"). Attribution (:mod:`.attribution`), speakers
(:mod:`.subjects`, :mod:`.said_after`, :mod:`.lead_in`) and quotes read subjects here, so
that one phrase is cut one way everywhere."""

from __future__ import annotations

import re

import regex

from generator.text.furniture_words import NETWORKS_IN_TEXT
from generator.text.lexicon import (
    ADVERBS,
    CLAIM_VERBS,
    CLITICS,
    DETERMINERS,
    ORG_WORDS,
    PERSON_CUES,
    PRONOUN_SUBJECTS,
    SPEAKING_BODIES,
    SUBJECT_BREAKS,
    TITLE_ABBREVIATION,
    TITLES,
    WEEKDAY,
)
from generator.text.names import strip_titles
from generator.text.number_words import WORDS
from generator.text.quantities.languages import stopwords_of
from generator.text.quantities.word_values import text2num_cached
from generator.text.relatives import POSSESSIVE_RELATIVES
from generator.text.sentences import Sentence, sentence_at
from generator.text.speech_words import (
    ARTICLES,
    CONNECTIVES,
    NOT_A_SUBJECT,
    OPENERS,
    SUBJECT_RELATIVES,
    speech_pattern,
)

_TIME_PP = re.compile(
    r"(?:\s+(?:on|in|at|during|late|early|earlier|later)(?:\s+on)?\s+(?:the\s+)?"
    rf"(?:{WEEKDAY}|today|tonight|yesterday|"
    r"morning|afternoon|evening|night|weekend|week|month|year|time)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)+$", re.I)


#: A time phrase opening the sentence right before a subject in lower case: "In no time police
#: reported", "Within hours police said", "On Monday police", "Hours later police", "At dawn
#: firefighters", "On Monday evening police", "Last night police" (issue 16: the subject read
#: as "time police", "Within hours police"; review 32: "evening police", "Last night police").
#: Not before a capital: "Sunday Times reported" is a paper.
_TIME_NOUN = (r"(?:(?:no|the|a|an|a\s+few|few|several|some|\d+|two|three|four|five|six)\s+)?"
              rf"(?:hours?|minutes?|days?|time|moments?|seconds?|weeks?|{WEEKDAY}|morning|"
              r"afternoon|evening|night|noon|midnight|dawn|dusk)"
              r"(?:\s+(?:morning|afternoon|evening|night))?")  # "On Monday evening police"
_TIME_OPENING = re.compile(
    rf"^(?:(?:within|in|on|by|after|before|at|during|until|over|late|early|last|this)\s+"
    rf"{_TIME_NOUN}"
    rf"(?:\s+(?:later|earlier|afterwards|ago))?|{_TIME_NOUN}\s+(?:later|earlier|afterwards|ago))"
    r"\s+(?=(?-i:[a-z]))", re.I)


#: Where the speaker was, after the name: "said Ilse Tov here on Friday" (trial 21).
_HERE = re.compile(r"\s+(?:here|there)\b(?:\s+\w+){0,3}$")
#: Where, or at what, English copy says the words were said, before or after an inverted
#: subject: "said at the scene the agency's director", "said the mayor at a press conference"
#: (chk52c: no speaker was read, or the occasion was glued to it).
_OCCASION = (r"(?:(?:at|during)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:scene|site|spot|(?:press|news)"
             r"\s+conference|briefing|meeting|vigil|ceremony|rally|hearing)\b"
             # the network it was posted on: "writes the harbour master on Facebook" (trial 38)
             rf"|on\s+(?i:{'|'.join(map(re.escape, NETWORKS_IN_TEXT))})\b)")
SAID_AT = re.compile(rf"\s*{_OCCASION}\s*,?")
_OCCASION_END = re.compile(rf"\s+{_OCCASION}$")


def clean_np(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:–—-“”\"")


#: "John Marsh of the River Authority", "Mayor Tom Hale of Rivertown": a person's name, then
#: "of" and the body or place they belong to, ending the phrase.
_PERSON_OF = re.compile(
    rf"(?:^|\s)(?P<person>(?:{TITLE_ABBREVIATION})?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{1,3}})"
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z&][\w’'.&-]*|of|for|and|on))*\s*$")


def _titled_tail(phrase: str) -> str | None:
    """The name a long title ends on: "Head of the Press Bureau of the Coast Watch Commander
    Ilse Tov" names Ilse Tov, not the bureau "of" follows (trial 21: the office was the
    speaker, or none was found past 80 characters)."""
    words = phrase.split()
    for n in (2, 3, 4):  # the name's words, after a title, with "of" before the title
        if len(words) > n + 1 and words[-n - 1].lower() in TITLES and "of" in words[:-n - 1] \
                and all(w[:1].isupper() for w in words[-n - 1:]):
            return " ".join(words[-n:])
    return None


def person_of(phrase: str) -> str | None:
    """The person of "Name of the Body" ("John Marsh of the River Authority" -> "John Marsh"),
    or None: the last word before "of" must not be a title or an organisation's word, so that
    "Secretary of State …" and "Bank of England" stay as they are. Without this, the subject
    read backwards from the verb stopped at "the" and the body was taken for the speaker."""
    if (titled := _titled_tail(phrase)) is not None:
        return titled
    m = _PERSON_OF.search(phrase)
    if not m:
        return None
    last = m.group("person").split()[-1].lower()
    if last in TITLES or last in PERSON_CUES or last in ORG_WORDS:
        return None
    return clean_np(m.group("person"))


#: A word of a subject has a letter: Latin without accents (not "à", "–"), Cyrillic or Greek.
_LETTER = regex.compile(r"[A-Za-z\p{Cyrillic}\p{Greek}]")


def is_adverb(tokens: list[str]) -> bool:
    """Whether the last of the words before a verb is an adverb between the subject and its
    verb ("has since said", "first said"): written in lower case (a surname, "Lena Just", is
    capitalised) and not after a determiner ("The first said" has "the first" for subject;
    review 20b)."""
    last = tokens[-1].strip(",")
    return (last[:1].islower() and last in ADVERBS
            and not (len(tokens) > 1 and tokens[-2].lower() in DETERMINERS))


#: Prepositions that open a fronted phrase besides those of :data:`NOT_A_SUBJECT` ("Con relación
#: a …", "Sobre a greve,"), which may stand inside a subject ("la ministra per i Rapporti con le
#: Regioni"), so they are not in that table.
_FRONTING = frozenset({"con", "com", "sobre", "avec", "riguardo"})


def fronted_phrase(lead: str) -> bool:
    """The clause before a speech verb is one phrase a preposition opens and one comma closes
    ("Con relación a si …, aclaró que"): no subject is parted from its verb by one comma, so its
    last noun is not who spoke (round fquote); an apposition has two ("X, el ministro, dijo")."""
    clause = re.split(r"[.!?…»”\"]\s+|\n", lead.rstrip())[-1].strip()
    words = clause.split()
    return bool(words) and clause.endswith(",") and clause.count(",") == 1 and \
        words[0].lower() in NOT_A_SUBJECT | _FRONTING


#: A name's acronym or a person's age in brackets after it, before its verb ("the Northern
#: Relief Society (NRS) said", "Ana Ruiz (42) said"): the name is the subject, not the empty
#: piece after the bracket (no speaker was read for an official of a federation so written,
#: corpus dev).
_ACRONYM_AFTER = re.compile(r"(?<=\w)\s*\((?:[A-Z][A-Z&.-]{1,9}|\d{1,3})\)\s*$")


def subject_before(prefix: str) -> str:
    """The noun phrase that ends ``prefix`` (the words before a verb): "a militia commander",
    "Dillon", "Hezbollah leader Hassan Nasrallah", "he" (skipping adverbs, a time phrase,
    an apposition between commas and a relative clause: "Hadi Al Amiri, who heads the Badr
    Organisation,")."""
    text = prefix.rstrip()
    tokens = text.split()
    while tokens and (re.fullmatch(r"[a-z]+ly", tokens[-1]) or is_adverb(tokens)
                      or (len(tokens) > 1 and tokens[-1] in CLITICS)):  # "Ruiz le ha"
        tokens = tokens[:-1]
    text = " ".join(tokens)
    if (shared := _SHARED_SUBJECT.search(text)) is not None:
        return shared.group("name")  # "X, climbed onto the stage and [urged]": X
    if (agent := _AGENT_WHO.search(text)) is not None:
        return clean_np(agent.group("agent"))  # "… was stressed by X(,) who [said]": X
    text = _WHOSE_CLAUSE.sub(",", text)  # "X, gouverneur de Y, dont …," -> "X, gouverneur de Y,"
    # "X, who had …," -> X; "X, che ha …", "X, der …" (the clause in any language, one comma)
    m = _RELATIVE_CLAUSE.search(text)
    bare = _UNNAMED_WHO.search(text)
    if m:
        text = m.group(1)
    elif bare:  # "A young woman who was treated at Varna General Hospital" -> A young woman
        text = bare.group(1)
        if text.lower() in _BARE_GROUPS:  # "Those who survived and reached the shore"
            clause = re.match(r"\s*who\s+(?:(?!and\b|by\b)[a-z][\w'-]*\s*){1,3}",
                              bare.string[bare.end(1):])
            return clean_np(f"{text} {clause.group(0)}") if clause else text
    elif text.endswith(","):  # "Brett McGurk, the US presidential envoy …," -> Brett McGurk
        parts = [p for p in re.split(r",\s*", text.rstrip(",")) if p.strip()]
        while len(parts) > 2 and parts[-1].strip().isupper():
            parts = parts[:-1]  # "Luis Mena, director de la Oficina …, ONEMI,": not the acronym
        text = parts[-2] if len(parts) >= 2 else parts[-1] if parts else ""
        if len(parts) >= 2 and _proper(parts[-1]) and not _proper(parts[-2]):
            text = parts[-1]  # "Lebanon's security chief, Maj. Gen. Abbas Ibrahim," -> the name
    text = _ACRONYM_AFTER.sub("", text)  # "the Relief Society (NRS)": the name's acronym
    text = re.split(r"[;:“”\"()\[\]]|,\s|\s[–—-]\s", text)[-1].strip()
    text = _TIME_PP.sub("", text)
    if (person := person_of(text)) is not None:
        return person
    tokens = text.split()
    if not tokens:
        return ""
    if tokens[-1].lower() in PRONOUN_SUBJECTS:
        return tokens[-1]
    out: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        low = token.lower().strip(",")
        if low == "by" and out and not _proper(" ".join(out)):
            return ""  # "was by deadline reported": the time, not who reported (trial 20)
        if low in ("and", "&") and out and i > 0 and tokens[i - 1][:1].isupper() \
                and _proper(" ".join(out)) and tokens[i - 1].lower() not in PRONOUN_SUBJECTS:
            out.append(token)  # "the Mountain and Cave Rescue Service": one name
            continue
        if low in SUBJECT_BREAKS or not _LETTER.search(token):
            if out and i > 1 and _SO_MANY_YEARS.fullmatch(f"{tokens[i - 1]} {token} {out[-1]}") \
                    and (who := subject_before(" ".join(tokens[:i - 1]))):
                return clean_np(" ".join([who, tokens[i - 1], token, *reversed(out)]))
            if low in ("in", "from") and out and _proper(" ".join(out)) and i > 0 \
                    and tokens[i - 1].lower() in SPEAKING_BODIES and not (
                        low == "from" and _organisation(out)):
                return subject_before(" ".join(tokens[:i]))  # "Hospital officials in Varn"
            if low == "at" and out and _proper(" ".join(out)) and (
                    person := _someone_at(tokens[:i])):
                return clean_np(" ".join([person, token, *reversed(out)]))
            break
        out.append(token)
        if low in {"the", "a", "an", "his", "her", "their", "its"}:
            break
        if len(out) >= 8:
            break
    head = len(tokens) - len(out)  # where the phrase read so far opens
    if head >= 2 and tokens[head - 1].lower() in _WITH and not _proper(" ".join(out)) and (
            who := subject_before(" ".join(tokens[:head - 1]))) and \
            who.split()[0].lower() not in PRONOUN_SUBJECTS:  # "She met with the mayor": a verb
        return who  # "officers with their rifles raised shouted": the officers
    out.reverse()
    # a phrase starts at a capital, a determiner or a noun: drop a dangling lower-case verb
    while out and out[0].lower() not in {"the", "a", "an"} and not out[0][:1].isupper() \
            and len(out) > 1 and out[0].lower().endswith("ed"):
        out = out[1:]
    phrase = " ".join(out)
    opening = _TIME_OPENING.match(phrase)
    for k in (1, 2):  # the opening's first words ended the phrase ("On Monday police")
        if opening is None and head >= k:
            opening = _TIME_OPENING.match(" ".join([*tokens[head - k:head], phrase]))
            if opening is not None:
                phrase = " ".join([*tokens[head - k:head], phrase])
    if opening is not None:
        phrase = phrase[opening.end():]
    return clean_np(phrase)


_OTHER_RELATIVES = "|".join(r.replace(" ", r"\s+") for r in SUBJECT_RELATIVES
                            if r not in ("who", "which", "der", "die", "das"))
#: The phrase before a relative clause that ends the words before a verb: "Hadi Al Amiri, who
#: heads …," (English, as it was), "Ana Neri, che", "Paul Roux, qui", "Jens Kolbe, der" (one
#: clause without a comma inside it: "Neri, che era ferito, e la polizia" is the police's).
#: German "der"/"die"/"das" only before a lower-case word: "Kolbe, der Bürgermeister" is an
#: apposition (round 26).
_RELATIVE_CLAUSE = re.compile(
    r"([^,;:“”\"()]+),\s*(?:(?:who|which)\b[^;:“”]*"
    rf"|(?:{_OTHER_RELATIVES})(?!\w)[^,;:“”]*,?\s*"
    r"|(?:der|die|das)(?:\s+[a-zäöüß][^,;:“”]*)?,?\s*)$")


#: A possessive relative clause ending the words before a verb (trial 41: "…, dont … est Z,").
_WHOSE_CLAUSE = re.compile(
    rf"(?<=[^\W\d_]),\s*(?:{'|'.join(POSSESSIVE_RELATIVES)})\b[^,;:“”]*,\s*$")
#: A name, then a verb in lower case and its words, then "and" before the speech verb: the
#: subject of both verbs ("A steward, Karl Brenner, climbed onto the stage and urged …",
#: "Ana Ruiz left the tent and told …"; round 26: "and" ended the subject, none was read).
_SHARED_SUBJECT = re.compile(r"(?:^|,\s+)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),?"
                             r"\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}\s+and$")


#: A passive's agent, then the relative clause of the speech verb: "The danger was stressed by
#: Tarvik harbour rescue crews who said on Monday", "… by the Norvik ambulance
#: service, which": the agent speaks, not the passive's subject (trial 36 gave the words to "The
#: seriousness of this event"). The agent opens on a capital or an article ("by the fire
#: service who"), or is a bare noun of one or two words ("by firefighters, who"; review 31
#: found only capitals read), never a phrase running past a preposition ("by police on Monday
#: and officials, who").
_AGENT_WHO = re.compile(r"\bby\s+(?P<agent>(?:(?:the|a|an)\s+)?[A-Z][\w'’&-]*"
                        r"(?:\s+[\w'’&-]+){0,5}?|(?:the|a|an)\s+[a-z][\w'’&-]*"
                        r"(?:\s+[\w'’&-]+){0,3}?|[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*)?)"
                        r"\s*,?\s+(?:who|which)\b[^,;:“”]*$")


#: Prepositions of what a subject holds or wears, after its noun and before the verb ("police
#: with their rifles raised shouted", "a man without a helmet said"): the phrase after one
#: is no speaker (round 26).
_WITH = frozenset({"with", "without"})


#: A person's years in a trade after their noun ("the driller of 20 years said", trial 24): part
#: of who speaks, not the speaker.
_SO_MANY_YEARS = re.compile(r"of \d{1,2} (?:years|decades)", re.I)


#: An unnamed person and a relative clause without a comma: "a young woman who was treated at
#: …", "one guest who stayed at …" (sealed set s11: the hospital was given as the speaker); a
#: group opening the sentence, its capital its first word ("Those who survived and reached the
#: shore", "Fishermen who saw it", round 25: the noun after "and" or "by" inside the clause was
#: the speaker); or by "that" ("The head of the company that owns the vessel": trial 47).
_UNNAMED_WHO = re.compile(r"^\s*((?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]hose|[Mm]any|[Ss]ome|"
                          r"[Ss]everal)\s+(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)|"
                          r"[A-Z][a-z]+(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:who|that)\s+[^,;:“”]*$")
#: Words that stand for a group of people with no noun: its relative clause says who they are.
_BARE_GROUPS = frozenset({"those", "many", "some", "several", "others", "most"})
_UNNAMED = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)(?:\s+[a-z][\w'-]*){1,3}")


def _someone_at(tokens: list[str]) -> str:
    """An unnamed person the words before "at" name ("a nurse", "one of the guests"), who
    speaks from the place after it: "a nurse at Varna General Hospital" (not the hospital)."""
    text = " ".join(tokens[-4:])
    m = re.search(r"(?:^|\s)(" + _UNNAMED.pattern + r")$", text)
    return m.group(1) if m and not any(
        w.lower() in SUBJECT_BREAKS for w in m.group(1).split()[1:]) else ""


def _organisation(words: list[str]) -> bool:
    """Initials or an organisation's word ("UNICEF", "the Red Cross Society"): the body after
    "from" speaks for it ("Officials from UNICEF"), a place does not ("Rescuers from Varn")."""
    return any(w.isupper() and len(w) > 1 for w in words) or any(
        w.lower() in ORG_WORDS for w in words)


def _proper(text: str) -> bool:
    """Only capitalised words, titles aside: a person's or an organisation's name."""
    ws = strip_titles(text.strip()).split()
    return bool(ws) and all(w[:1].isupper() or w.lower() in {"al", "el", "bin", "ibn", "abu"}
                            for w in ws)


def noun_phrase_after(text: str) -> str:
    """The noun phrase that starts ``text`` (after an inverted verb: "said Col. Ryan Dillon, …")."""
    m = re.match(rf"\s*((?:{TITLE_ABBREVIATION}|[^,.;:()“”\"])+)", text)
    if not m:
        return ""
    phrase = _TIME_PP.sub("", _HERE.sub("", _OCCASION_END.sub("", clean_np(m.group(1)))))
    return person_of(phrase) or phrase


#: A name opening a sentence, then its description in apposition up to the comma before the
#: verb ("Vicente, vecino del quinto piso, donde vive desde hace años, ha contado …").
_NAME_APPOSED = regex.compile(r"\s*(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,3}),\s+"
                              r"(?P<desc>\p{Ll}[^.;:!?«»“”„\"]*),\s*")


def opening_name(lead: str, lang: str) -> str:
    """The name that opens the clause before a speech verb when all the rest is a description
    of it, in lower case and closed by a comma: "Ana Ruiz, vecina del edificio que ardió el
    jueves, por la tarde, ha explicado …" is Ana Ruiz's (quotes round 20: the phrase before the
    last comma, "por la tarde", gave no subject and the page's whole paragraph lost its
    speaker). Not a word that opens a sentence without naming anyone ("Según X, …", "Ayer,
    …"), nor a description holding another name, whose verb may be that person's."""
    m = _NAME_APPOSED.fullmatch(lead)
    if m is None:
        return ""
    first = m.group("name").split()[0].lower()
    if first in NOT_A_SUBJECT | OPENERS | CONNECTIVES or first in ARTICLES.get(lang, ()) or \
            first in stopwords_of(lang) or regex.search(r"\p{Lu}\p{Ll}+\s+\p{Lu}", m.group("desc")):
        return ""
    return m.group("name")


def counted_subject(phrase: str, lang: str) -> str:
    """A subject that opens with a small number and names people by a common noun, after an
    inverted verb: "– dicono due testimoni", "contaron dos vecinos", "racontent deux témoins"
    (quotes round 20: no article and no capital, so no subject was read). ""
    otherwise."""
    words = phrase.split()
    if len(words) < 2 or not all(w[:1].islower() for w in words[:4]):
        return ""
    first = words[0].lower()
    value = WORDS.get(lang, {}).get(first) or (first.isalpha() and text2num_cached(first, lang))
    if not value or not 2 <= value <= 12:
        return ""
    return " ".join(words[:4])


#: A quotation's own sentence that is one word and the colon opening it ("News: “…”"): the
#: sentence splitter cut the clause before the colon at a stop that ends no sentence ("told
#: Radio Varn! News:", an ordinal "über den 2. Auswärtssieg:").
_ONE_WORD_COLON = re.compile(r"\s*[^\s:]+\s*:\s*$")


def colon_clause(sents: list[Sentence], starts: list[int], sentence: Sentence | None,
                 open_at: int, text: str, lang: str) -> Sentence | None:
    """The sentence a quotation after a colon is read in: its own, joined to the sentence
    before in the same paragraph when its own words before the mark are one word and the
    colon (a clause cut at an exclamation mark or an ordinal's stop; spk26dev and fspk6 read
    that word as the speaker, in English and German). A speech verb alone ("Insistió:") is a
    sentence of its own, its subject left out."""
    if sentence is None or not _ONE_WORD_COLON.fullmatch(text, sentence.start, open_at):
        return sentence
    verbs = CLAIM_VERBS if lang == "en" else speech_pattern(lang)
    if verbs and re.fullmatch(rf"(?:{verbs})", text[sentence.start:open_at].strip(" :").lower()):
        return sentence
    prev = sentence_at(sents, sentence.start - 1, starts) or \
        sentence_at(sents, sentence.start - 2, starts)
    if prev is None or prev.paragraph != sentence.paragraph:
        return sentence
    return Sentence(prev.start, sentence.end, text[prev.start:sentence.end], sentence.paragraph)

"""Quotations credited by a noun of telling instead of a verb, after the closing mark: "«…»:
questo il racconto di un vicino", "Son las palabras del alcalde X", "«…», fueron sus primeras
palabras". Split from :mod:`generator.extract.speakers.other_speaker` when it reached its size
cap."""

from __future__ import annotations

import regex

from generator.extract.speakers.subjects import UNNAMED, as_subject, np_after, unnamed, verb_subject
from generator.text.names import PERSON_NAME
from generator.text.speech_credits import (
    CREDITED_INFINITIVES,
    REPLY_NOUNS,
    SPEECH_NOUN_POSSESSIVES,
    SPEECH_NOUNS,
    non_finite_speech,
)
from generator.text.speech_verbs import AUXILIARY_DE
from generator.text.speech_words import (
    NOT_A_SUBJECT,
    OFFICE_NOUNS,
    OPENERS,
    QUOTE_CHARS,
    speech_pattern,
)


def credited_by_noun(after: str, lang: str) -> tuple[str, str]:
    """(speaker, how) a noun of telling credits right after a quotation closes, without a verb:
    "«…»: questo il racconto di un vicino, Tommaso, che …" (the name in apposition), "«…». È
    il lungo racconto, tra le pause, di uno dei soccorritori" (the phrase after "di"); after a
    possessive ("«…», fueron sus primeras palabras") the person named last, as a verb with no
    subject. Empty when no such noun follows the closing mark."""
    if (by_infinitive := _credited_by_infinitive(after, lang))[0]:
        return by_infinitive
    nouns = SPEECH_NOUNS.get(lang)
    if not nouns:
        return "", ""
    owners = "|".join(SPEECH_NOUN_POSSESSIVES.get(lang, ()))
    m = regex.match(r"[\s»”\"“.:;,–—-]*(?:\p{L}+[’']?\s*){0,2}?"
                    r"(?:(?:il|lo|la|l'|l’|el|le|o|a|i|los|las|les|os|as)"  # "Son las palabras"
                    r"|(?P<indefinite>un|una|uno|une|um|uma)"  # "È un commento duro …"
                    rf"|(?P<owner>{owners}))\s+"
                    rf"(?:\p{{Ll}}+\s+)?(?P<noun>{'|'.join(nouns)})(?!\w)", after)
    if m is None:
        return "", ""
    if m.group("owner"):
        return m.group("noun"), f"“…”, {m.group('owner')} {m.group('noun')} {UNNAMED}"
    rest = regex.sub(r"^,[^,]{1,40},", "", after[m.end():])  # ", tra le pause,"
    if m.group("indefinite") and (that := _THAT_OF.search(
            regex.split(r"[.!?;](?:\s|$)", rest)[0])) is not None:
        rest = rest[that.end():]  # "È un commento duro … quello del vicesindaco X"
    # "di", "de" and their fused forms ("le parole del sindaco X", checklist: "l sindaco")
    of = regex.match(r"^\s*(?:d(?:ell[oae]|el|egli|ei|i|e|os|as|es|o|a|u)(?!\w)|d(?:ell|egl)?['’])"
                     r"\s*", rest)  # "dell’assessore": the elided article too
    if of is None and (m.group("noun") in REPLY_NOUNS or m.group("indefinite")):
        return "", ""  # "È la replica più attesa", "Es una respuesta que …": whose, unsaid
    rest = " " + rest[of.end():] if of else rest
    if of is not None and (group := _group_owner(of.group(), rest)):
        return group, "“…”: il racconto di X"
    apposed = regex.match(r"\s*[^,.;:]{1,60},\s+(\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,3}),",
                          rest)
    who = apposed.group(1) if apposed else as_subject(np_after(rest), lang)
    if not who and m.group("noun") in REPLY_NOUNS:
        # "la replica dell'assessore all'Urbanistica Paolo Ferri all'interrogazione …": an
        # office and its portfolio, then the name, in the clause
        named = regex.search(PERSON_NAME, regex.split(r"[,.;:!?](?:\s|$)", rest)[0][:90])
        who = named.group(0) if named else ""
    return (who, "“…”: il racconto di X") if who else ("", "")


#: "di" fused with its article ("degli", "dei", "della", "du", "des", "do", "das"): the noun
#: right after it is the owner, not a word to skip on the way to a name.
_FUSED = regex.compile(r"d(?:ell[oae]?|el|egli|ei|es|u|os|as|o|a)(?:['’]|\s*$)")

#: "di" before a name that says whose the owner is ("la madre di X"): the name belongs to it.
_KIN_OF = frozenset({"di", "de", "do", "da", "of"})


def _group_owner(of: str, rest: str) -> str:
    """The owner a fused "di" names when it is a lower-case group, not an office before a
    name: "il commento degli agenti a X" is the officers', "il racconto dei soccorritori
    arrivati con X" the rescuers' (review of the fortieth stop: the name further in the clause
    was credited, though it is the listener or a companion). "" when the word after it is an
    office ("del sindaco X": the name is its holder's) or a capital."""
    if not _FUSED.fullmatch(of.strip()):
        return ""
    words = regex.split(r"[,.;:!?](?:\s|$)", rest)[0].split()
    if not words or not words[0][:1].islower() or words[0].lower() in OFFICE_NOUNS:
        return ""
    if len(words) > 1 and words[1][:1].isupper():
        return ""  # "quello del vicesindaco Marco Rossi": a title the table lacks, its holder
    # the noun and what a "di" joins to it ("vigili del fuoco", "madre di X"), no more: a
    # participle or a clause after it ("arrivati con X") is no part of the owner
    cut = next((i for i, w in enumerate(words) if i and not (
        _FUSED.fullmatch(w.lower()) or w.lower() in _KIN_OF or _FUSED.fullmatch(
            words[i - 1].lower()) or words[i - 1].lower() in _KIN_OF
        or (w[:1].isupper() and words[i - 1][:1].isupper()))), len(words))
    return " ".join(words[:min(cut, 6)])


#: The pronoun that takes up a noun of telling after its adjectives, before whose it is ("È un
#: commento duro, senza giri di parole, quello del vicesindaco X", "C'est une réponse sèche
#: que celle du maire X").
_THAT_OF = regex.compile(r"\s(?:quello|quella|celui|celle)\s+(?=d)")


#: A phrase of where, to whom or how before the name ("all'agenzia", "dal presidio di X", "in
#: una nota"): a preposition (fused with its article or not) opens it.
_PREPOSITIONAL = regex.compile(r"\s*(?:(?:a|ad|al|allo|alla|ai|agli|alle|da|dal|dallo|dalla|"
                               r"dai|dagli|dalle|in|nel|nella|su|sul|sulla|con|per|tra|fra|"
                               r"durante|dopo|davanti)(?!\w)|(?:all|dall|nell|sull)['’])")


def _credited_by_infinitive(after: str, lang: str) -> tuple[str, str]:
    """(speaker, how) of "«…». A dirlo all'agenzia, dal corteo, X, segretario …" and "A
    spiegarlo è X" (:data:`CREDITED_INFINITIVES`): the first phrase after the infinitive that
    no preposition opens is the speaker."""
    verbs = CREDITED_INFINITIVES.get(lang)
    if not verbs:
        return "", ""
    m = regex.match(rf"[\s»”\"“.:;]*(?i:ad?)\s+(?P<verb>{'|'.join(verbs)})(?!\w)"
                    r"(?:\s+(?:è|sono)(?:\s+stat[oaie])?)?", after)
    if m is None:
        return "", ""
    for phrase in regex.split(r"[,;]", regex.split(r"[.!?](?:\s|$)", after[m.end():])[0])[:4]:
        if phrase.strip() and not _PREPOSITIONAL.match(phrase):
            who = as_subject(np_after(phrase), lang)
            return (who, f"“…”. A {m.group('verb')} X") if who else ("", "")
    return "", ""


#: Words before a name that may still be its subject's (an article and an office: "el alcalde
#: Pedro Ruiz negó …"); a name further in is the main verb's object.
_SUBJECT_REACH = 3


def non_finite_speaker(before: str, lang: str) -> tuple[str, str]:
    """(speaker, how) when the clause before a quotation says it with a speech verb in the
    gerund or after "al" / "ao" (:func:`~generator.text.speech_credits.non_finite_speech`):
    the subject of the sentence's main verb, a name in its first clause that no preposition
    opens ("X negó …, señalando que «…»"), else the person named last, as a verb without its
    subject ("En declaraciones a la radio, negó … al señalar que «…»")."""
    pattern = non_finite_speech(lang)
    found = list(regex.finditer(pattern, before)) if pattern else []
    if not found:
        return "", ""
    for clause in regex.split(r",\s*|\s+(?:que|che|qu['’])\s+", before[:found[-1].start()]):
        words = clause.split()
        if not words or words[0].lower() in NOT_A_SUBJECT | OPENERS:
            continue  # "En declaraciones a la radio,": where, not who
        if (name := regex.search(PERSON_NAME, clause)) is not None:
            if len(clause[:name.start()].split()) > _SUBJECT_REACH:
                return "", ""  # "Los vecinos criticaron al alcalde X, afirmando …": the name
                # is the verb's object; a blank costs less than a wrong name (the review)
            return name.group(0), f"X …, {found[-1].group(0)} “…”"
        break
    return unnamed(found[-1].group(0), lang)


def participle_speaker(before: str, after: str, lang: str) -> tuple[str, str]:
    """(speaker, how) of a German quotation inside a clause that its speech verb's participle
    closes right after it: "Das Amt hatte bereits gestern von einer „…“ gesprochen." is the
    subject before the auxiliary's (trial 38: no speaker was read). Not "„…“, sagte X": a comma
    and the subject come between."""
    verbs = speech_pattern(lang) if lang == "de" else None
    aux = list(AUXILIARY_DE.finditer(before))
    if verbs is None or not aux or "," in before[aux[-1].end():] or not regex.match(
            rf"[{regex.escape(QUOTE_CHARS)}]?\s*(?:{verbs})\s*[.;]", after):
        return "", ""
    who = verb_subject(before[:aux[-1].start()], before[aux[-1].end():], lang)
    return (who, "X hat … “…” gesagt") if who else ("", "")

"""Who a verb without a subject or a pronoun stands for, looking back from it: the person named
last, a person described after that name, the previous quotation's speaker, a name near it
(split from :mod:`.subjects`, which reads the phrase before or after a speech verb, when that
module reached its size limit, extract round 25).

The previous speaker goes first when a description without a name said the quotation before
("«…», relató la testigo. «…», añadió.", "“…,” the witness said. “…,” she added.", "une
rescapée … ajoute-t-elle"): the person named last was named before that witness spoke, and a
pronoun or a bare verb then goes on with the witness (round 25: on the fresh pages, the mayor
named a paragraph before took the witness's second quotation)."""

from __future__ import annotations

import itertools
import re

import regex

from generator.extract.speakers.people import full_name, named_speaker, referent
from generator.text.agencies import agency
from generator.text.described_people import DESCRIBED_PEOPLE
from generator.text.lexicon import FUNCTION_WORDS, NATIONALITIES, ORG_WORDS, PLACE_BEFORE
from generator.text.masking import mask_quotes
from generator.text.names import TITLED_NAME_RUN, strip_titles
from generator.text.place_words import before_a_place
from generator.text.speech_words import ARTICLES, QUOTE_CHARS


def unnamed_speaker(text: str, at: int, pronoun: str, speakers: list[tuple[int, str]],
                    history: list[tuple[int, str]]) -> str | None:
    """Who an unnamed subject (or a pronoun with nobody named before it) at ``at`` is: the
    person named last; failing that, the previous quotation's speaker ("ein Sprecher" …
    "sagte er"); failing that, for a pronoun or a verb without its subject, the last name near
    it (:func:`name_near`)."""
    who = referent(text, at, pronoun, speakers)
    if pronoun and who is not None:
        who = _subject_over_clause(text, at, who) or who
    if who is not None and history and described_after(text, at, history[-1], who):
        return history[-1][1]  # "«…», relató la testigo. «…», añadió.": the witness goes on
    if not pronoun and who is not None and other_named_since(text, at, who):
        return None  # the verb may be theirs: a blank costs less than a wrong name
    # a verb without a subject is a pronoun the language leaves out ("«…», ha relatado.", x27)
    near = name_near(text, at) if who is None else None
    if near is not None and (not history or near[0] > history[-1][0]):
        return near[1]  # named after the previous quotation: not its speaker again
    who = who or (history[-1][1] if history else None)
    # a verb left without its subject goes on with the subject before; a pronoun has a gender
    # that may point at the other person ("Luis Mora visited Ana Ruiz. “…,” she said")
    return (None if pronoun else _subject_before(text, at, who)) or who


#: The person a sentence opens with, its subject: one to four capitalised words, then a comma
#: (an apposition or a relative clause) or a lower-case word (its verb).
_OPENING = regex.compile(r"(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,3})(?=,\s|\s+\p{Ll})")


def _subject_before(text: str, at: int, who: str | None) -> str | None:
    """The subject of the sentence right before ``at`` in its paragraph, when ``who`` (the
    person named last) is named only inside that sentence, after it ("Ana Ruiz, que recibió la
    visita del ministro, Luis Mora, contó cómo salió. «…», ha relatado.": Ana Ruiz, not the
    minister of her relative clause; x27). A one-word subject is a surname the page gave in
    full before. None otherwise."""
    if not who:
        return None
    para = text.rfind("\n\n", 0, at) + 1
    head = text[para:at].rstrip(QUOTE_CHARS + " \u00a0")
    ends = [m.end() for m in re.finditer(r"[.!?]\s+", head[:-1])]
    sentence = head[ends[-1] if ends else 0:].strip()
    m = _OPENING.match(sentence)
    if m is None or who.split()[-1] not in sentence[m.end():] or \
            who.split()[-1] in m["name"].split():
        return None
    words = m["name"].split()
    if words[0].lower() in FUNCTION_WORDS:
        return None  # "Los médicos dijeron …": no name opens it
    if len(words) == 1:
        full = [n.group(0) for n in regex.finditer(
            rf"(?<!\w)(?:\p{{Lu}}[\w’'-]+[ \u00a0]+){{1,3}}{re.escape(words[0])}(?!\w)",
            text[:para])]
        return full_name(text, para, words[0]) or (full[-1] if full else None)
    return m["name"] if named_speaker(m["name"]) else None


#: A clause of time or of cause inside a sentence, whose own subject is not the sentence's.
_SUBORDINATE = re.compile(r"\b(?:when|while|as|after|before|until|because|whom)\b")


def _subject_over_clause(text: str, at: int, who: str) -> str | None:
    """The person opening the sentence that names ``who`` (the person named last before a
    pronoun at ``at``) only inside a clause of time or cause after its verb ("Mr Petrov
    addressed reporters when the premier, Daniel Hoxha, toured the pit. He said …": Petrov;
    trial 44: a teacher's words went to the governor visiting). None otherwise ("Luis Mora
    visited Ana Ruiz. “…,” she said": the visited, as before)."""
    last = text.rfind(who.split()[-1], 0, at)
    start = max(text.rfind(". ", 0, last), text.rfind("\n", 0, last)) + 1
    sentence = text[start:last].lstrip(" \n")
    m = _OPENING.match(sentence)
    if m is None or not _SUBORDINATE.search(sentence, m.end()) or \
            regex.search(r"[.!?]\s", text[last:at]) is None:
        return None
    words = m["name"].split()
    if words[0].lower() in FUNCTION_WORDS or not named_speaker(m["name"]) or \
            set(words) & set(who.split()):
        return None
    return m["name"]


#: A word right before a capitalised run that makes it no person the pronoun stands for: a
#: determiner or a preposition ("the Northfield Depot", "over Lake Tarvin", "to John Ruiz").
#: Also read by :func:`.speaker_phrase.tidy` (a role then capitals after such a word is a body's
#: name: "un portavoce della Protezione Civile").
NOT_BEFORE_A_PERSON = frozenset({"in", "at", "on", "over", "near", "from", "to", "of", "into",
                                 "by", "for", "with", "à", "dans", "sur", "di", "da", "a",
                                 "von", "bei", "zu", "nach", "vom", "zur", "zum",
                                 # "del vuelo de Air India", "du musée": as "di" (x27)
                                 "de", "del", "do", "du", "des", "dos", "das", "della", "dello",
                                 "dei", "degli", "delle", "al", "au", "aux", "en"}) \
    | frozenset({"the", "an"}).union(*ARTICLES.values()) \
    | frozenset(w for words in PLACE_BEFORE.values() for w in words if " " not in w)


#: How far back, in characters, a pronoun's person is looked for by :func:`name_near` (two
#: paragraphs of news copy are far shorter; a longer reach would name someone the reader has
#: long forgotten, and cost time on a hostile paragraph).
NEAR_REACH = 3000


def name_near(text: str, at: int) -> tuple[int, str] | None:
    """The last name of two to four capitalised words before ``at``, in its paragraph or the
    one before, that is no organisation's, agency's or nationality's: whom "he said" stands for
    when the person was named doing something else ("… the house where Ana Ruiz lives. “…,” she
    said"; "Bakery owner Ana Ruiz watched …") and the people index, which wants a title, an
    apposition or a speech verb, took no one. None when there is none: a blank costs the analyst
    less than a wrong name."""
    start = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at))), at - NEAR_REACH)
    window = mask_quotes(text[start:at])
    for m in reversed(list(TITLED_NAME_RUN.finditer(window))):
        if (words := _person_run(window, m)) is not None:
            return start + m.start(), " ".join(words)
    return None


#: The nouns of people described, lowered: a German run that ends on one ("Zahlreiche Opfer",
#: "Viele Anwohner", capitalised as all German nouns) is a group, not a name.
_PEOPLE_NOUNS = frozenset(w.lower() for ws in DESCRIBED_PEOPLE.values() for w in ws)


def _person_run(window: str, m: re.Match[str]) -> list[str] | None:
    """The words of the capitalised run ``m`` of ``window`` when they may name a person: two
    to four words, no organisation's, agency's or nationality's, none with a digit (a flight,
    "AI171 de Air India", x27), not after a preposition or an article; None otherwise."""
    # a sentence's first word is capitalised too ("Then Ana Ruiz …")
    words = list(itertools.dropwhile(lambda w: w.lower() in FUNCTION_WORDS,
                                     strip_titles(m.group(0)).split()))
    # the word before the run, from a few characters only: each run looked at costs the
    # same however long the paragraph (the whole window split per run was quadratic)
    before = window[max(0, m.start() - 40):m.start()].split()[-1:]
    if 2 <= len(words) <= 4 and words[-1].lower() not in ORG_WORDS and \
            words[-1].lower() not in _PEOPLE_NOUNS and \
            words[0].lower() not in NATIONALITIES and not agency(" ".join(words)) and \
            not any(c.isdigit() for w in words for c in w) and \
            not (before and (before[0].lower() in NOT_BEFORE_A_PERSON
                             or before_a_place(before[0]))):
        return words
    return None


def other_named_since(text: str, at: int, who: str) -> bool:
    """Whether another person, a run of two to four capitalised words the people index did not
    take, is named between ``who``'s last mention and ``at`` (quotations aside): a verb without
    a subject after them may be theirs ("… dijo la portavoz Ana Ruiz. … que preside Luis Mora.
    «…», añadió"). A place or a body after a preposition or an article is no one."""
    last = text.rfind(who.split()[-1], 0, at)
    if last < 0:
        return False
    last = max(last, at - _NAMED_REACH)  # a run of verbs, each back to one mention: quadratic
    own, window = set(who.split()), mask_quotes(text[last:at])
    for m in TITLED_NAME_RUN.finditer(window):
        if (words := _person_run(window, m)) is not None and not own & set(words):
            return True
    return False


_NAMED_REACH = 1500  # how far back another person named counts: a few paragraphs


def described_after(text: str, at: int, previous: tuple[int, str], who: str) -> bool:
    """Whether the previous quotation's speaker ``previous`` (offset, words) is a description
    without a name ("la testigo", "the witness", "ein Augenzeuge") that spoke after ``who``,
    the person named last, was last named before ``at``."""
    words = previous[1].split()
    articles = frozenset({"the", "a", "an"}).union(*ARTICLES.values())
    if len(words) < 2 or words[0].lower() not in articles or \
            any(w[:1].isupper() for w in words[1:]):
        return False
    return text.rfind(who.split()[-1], 0, at) < previous[0]

"""People an article describes without naming them, and the pronouns that may stand for them.

Apart from :mod:`generator.text.speech_words` (the verbs and words around a quotation) because
one rule reads them: who "she" is when copy described a person instead of naming them
(:func:`generator.extract.speakers.people.described_person`).
"""

from __future__ import annotations

import re

import regex

from generator.text.lexicon import ORG_WORDS, PERSON_CUES, TITLES
from generator.text.place_words import BEFORE_A_PLACE
from generator.text.speech_verbs import SAYING_WORDS
from generator.text.speech_words import ARTICLES, NOT_A_SUBJECT, OFFICE_NOUNS

#: People an article describes without naming ("A woman in her twenties", "un habitant",
#: "eine Frau"): an indefinite article, up to two adjectives, and one of these nouns, by the
#: pronoun that may stand for them ("she" for a woman; either for a resident).
DESCRIBED_PEOPLE = {
    "female": ("woman", "girl", "mother", "grandmother", "widow", "daughter", "wife", "femme",
               "fille", "mère", "habitante", "mujer", "niña", "madre", "vecina", "donna",
               "ragazza", "madre", "Frau", "Mutter", "Mädchen", "mulher", "menina", "mãe"),
    "male": ("man", "boy", "father", "grandfather", "son", "husband", "homme", "garçon",
             "père", "habitant", "hombre", "niño", "padre", "vecino", "uomo", "ragazzo",
             "Mann", "Vater", "Junge", "homem", "menino", "pai"),
    "any": ("resident", "survivor", "witness", "worker", "student", "doctor", "nurse",
            "rescuer", "firefighter", "official", "employee", "neighbour", "neighbor",
            "passenger", "volunteer", "survivant", "témoin", "pompier", "sobreviviente",
            # the survivor in Spain's, Italy's, Portugal's and Germany's words (x27's dev
            # pages: "ha recordado el superviviente" left as written)
            "superviviente", "sopravvissuto", "sopravvissuta", "sobrevivente", "Überlebende",
            "Überlebender",
            "testigo", "bombero", "testimone", "vigile", "Zeuge", "Anwohner", "Augenzeuge",
            "Feuerwehrmann", "testemunha", "bombeiro", "morador",
            # by age or standing: "a pensioner", "il giovane", "el ocupante"
            "pensioner", "retiree", "jeune", "joven", "giovane", "jovem", "occupant",
            "ocupante", "occupante", "residente",
            # at a match: "another supporter, Name, said"
            "supporter", "spectator", "fan", "aficionado", "hincha", "supporteur",
            # struck by the event: "une victime de 41 ans, Name, …" (round 26: the name in
            # apposition was no person, and "elle" went to a credit line)
            "victim", "victime", "víctima", "vittima", "vítima", "Opfer"),
}
#: The same standing in the languages that give it a gender ("der Rentner", "la jubilada").
DESCRIBED_PEOPLE["male"] += ("retraité", "jubilado", "pensionato", "Rentner", "aposentado",
                             "vizinho", "vicino", "voisin", "Nachbar")
DESCRIBED_PEOPLE["female"] += ("retraitée", "jubilada", "pensionata", "Rentnerin", "aposentada",
                               "vizinha", "vicina", "voisine", "Nachbarin")
#: An age after a described person's noun: "une victime de 41 ans", "a victim aged 41", "una
#: vittima di 41 anni" (round 26: the one-word name after such a victim named no person).
OF_AGE = (r"\s+(?:de|di|of|da|aged|von)\s+\d{1,3}"
          r"(?:\s+(?:ans|años|anni|anos|Jahren|years?(?:\s+old)?))?")
#: English roles written in lower case right before a full name, as a false title ("paramedic
#: Ana Ruiz told …", "tour guide Tom Bell"): the name after one is a person's, so "he" a
#: sentence later stands for them (trial 16: a paramedic's words were given to the premier
#: quoted before him). The nouns of ``DESCRIBED_PEOPLE`` count too.
FALSE_TITLES = frozenset({"paramedic", "medic", "guide", "pilot", "tourist", "visitor", "driver",
                          "captain", "teacher", "farmer", "fisherman", "miner", "climber",
                          "officer", "detective", "constable", "sergeant", "surgeon",
                          "physician", "scientist", "volcanologist", "geologist", "seismologist",
                          "meteorologist", "engineer", "lawyer", "attorney", "spokesperson",
                          "coordinator", "manager", "director", "owner", "operator", "organiser",
                          "organizer", "activist", "journalist", "photographer", "reporter"}
                         | {w for ws in DESCRIBED_PEOPLE.values() for w in ws if w.isascii()
                            and w.islower() and len(w) > 3})
#: Roles a sentence may open with and a pronoun then stand for ("The police chief then spoke
#: … “…,” he said", "Le chef de la police a pris la parole … a-t-il déclaré"): a chief, a
#: spokesperson or a commander, beside the offices of :data:`speech_words.OFFICE_NOUNS`.
ROLE_PEOPLE = ("chief", "chef", "spokesman", "spokeswoman", "spokesperson", "commander",
               "porte-parole", "portavoz", "portavoce", "porta-voz", "Sprecher", "Sprecherin",
               "jefe", "jefa", "capo", "chefe", "Leiter", "Leiterin", "commissaire",
               "comisario", "comisaria", "questore")
#: The definite articles a role opens with at the start of a sentence.
DEFINITE = ("the", "le", "la", "l'", "l’", "el", "il", "lo", "der", "die", "o", "a")
#: Indefinite articles that open a described person (above).
INDEFINITE = ("a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "einer", "um", "uma")
#: "Another" as the subject after a speech verb ("…, lamenta outra"): someone other than the
#: person named last, so not them.
ANOTHER = ("another", "outra", "outro", "otra", "otro", "autre", "altra", "altro", "andere")
#: The pronouns that may stand for a woman, and for a man.
FEMALE_PRONOUNS = frozenset({"she", "elle", "ella", "lei", "sie", "ela", "она", "вона", "тя",
                             "αυτή"})
MALE_PRONOUNS = frozenset({"he", "il", "él", "lui", "er", "ele", "он", "він", "той", "αυτός"})


#: A first name alone, opening its sentence, then described by one of the nouns above, in
#: apposition or after "is" ("Marta es vecina del bloque", "Vicente, vecino del quinto, …",
#: "Marco, un testimone"): copy that names witnesses by their first name only (quotes round
#: 20, a tower-block fire: a later "ha relatado" had no one to stand for).
ONE_NAME_DESCRIBED = re.compile(
    r"(?:,\s+|\s+(?:es|era|est|était|è|ist|war|é|is|was)\s+)(?:(?:un|una|une|uno|el|la|le|"
    r"il|lo|der|die|ein|eine|o|a|um|uma|the|an?)\s+)?(?P<noun>\w+)")
#: Every noun of :data:`DESCRIBED_PEOPLE`, lower case, whatever its language: the one set the
#: readers of a described person look a head noun up in (extract/speakers/people.py, roles.py).
DESCRIBED_NOUNS = frozenset(n.lower() for nouns in DESCRIBED_PEOPLE.values() for n in nouns)


#: A name's apposition that opens with an article and an office and closes with a comma
#: ("…, the mayor of Brackwell, …", "…, le maire de Sarlac, …", "…, der Bürgermeister von
#: Hollfeld, …"): the name is a person's (checklist: "said the mayor" after it was nobody's).
#: An office only, never any noun ("Santa Marova, the largest town, …" is a place), and closed:
#: "Sur Radio Nord, la présidente a promis" opens on a phrase fronted before the subject.
_OFFICE_APPOSITION = re.compile(r",\s+(?i:{})\s+([\w-]+)[^,.;:]{{0,60}},".format("|".join(
    sorted({"the", "a", "an"}.union(*ARTICLES.values()), key=len, reverse=True))))
_OFFICES = frozenset(OFFICE_NOUNS | TITLES | PERSON_CUES)


def office_apposed(tokens: list[str], after: str) -> bool:
    """Whether a name of two words or more (``tokens``) is a person's by the apposition that
    opens ``after`` (:data:`_OFFICE_APPOSITION`); not a run opening on a preposition ("Sur
    Radio Nord, la présidente a promis …")."""
    m = _OFFICE_APPOSITION.match(after)
    return len(tokens) >= 2 and tokens[0].lower() not in NOT_A_SUBJECT | BEFORE_A_PLACE and \
        m is not None and m.group(1).lower() in _OFFICES


#: A person described without a name as the subject of an English speech verb after the clause
#: it credits: "…, a Ruritanian army spokesman said on Friday." (trial 44: "he said" in
#: the next sentence went to an armed group named before). A role, a described person's noun,
#: a false title or an office: "…, a statement said" names no one.
SPEAKER_AFTER_COMMA = re.compile(
    r",\s+(?i:an?|one)\s+(?:[\w’'-]+\s+){0,3}?(?i:"
    + "|".join(re.escape(n) for n in sorted(set(ROLE_PEOPLE) | set(OFFICE_NOUNS) | FALSE_TITLES
                                            | {w for ws in DESCRIBED_PEOPLE.values() for w in ws},
                                            key=len, reverse=True))
    + r")(?=\s+(?:said|says|told|added|wrote|stated|explained)\b)")


#: The same after the clause it credits and an inverted speech verb, in the other languages:
#: "…, sagte ein Sprecher der Feuerwehr", "…, dijo un portavoz del ayuntamiento" (s30: "er" in
#: the next paragraph went to a run of capitalised nouns).
SPEAKER_AFTER_VERB = regex.compile(
    r"(?<=,\s+(?:" + "|".join(sorted(SAYING_WORDS, key=len, reverse=True)) + r")\s+)"
    r"(?i:ein|eine|un|une|una|uno|um|uma)\s+(?:[\w’'-]+\s+){0,2}?(?i:"
    + "|".join(re.escape(n) for n in sorted(set(ROLE_PEOPLE) | set(OFFICE_NOUNS)
                                            | {w for ws in DESCRIBED_PEOPLE.values() for w in ws},
                                            key=len, reverse=True))
    + r")(?!\w)(?:\s+(?:der|des|de|del|della|di|du|da|do)\s+\w+)?")


#: A relative named by a first name after another person's surname in the possessive ("Finch’s
#: father Peter", "Hale’ sister Ann"): the person Peter Finch, whom "he" may then stand for
#: (s32: "he told reporters" went to a body quoted paragraphs before).
_KIN_NAMED = re.compile(r"(?<![\w’'])(?P<surname>[A-Z][\w-]+)(?:['’]s?)\s+(?:father|mother|brother|"
                        r"sister|son|daughter|husband|wife|partner|uncle|aunt|cousin|grandfather|"
                        r"grandmother|stepfather|stepmother|dad|mum|mom)\s+"
                        r"(?P<first>[A-Z][\w-]+)(?![\w’'])")


def kin_named(text: str) -> list[tuple[int, tuple[int, str]]]:
    """(end, (offset, "First Surname")) of each relative named as in :data:`_KIN_NAMED`."""
    return [(m.end(), (m.start("first"), f"{m['first']} {m['surname']}"))
            for m in _KIN_NAMED.finditer(text)]


def after_inner_title(run: str) -> str:
    """The name after a title inside a run that a place opens: "North Cape Deputy Governor Ilse
    Tovar" names Ilse Tovar (trial 21: the run was no person, so "he" after "the governor and
    the agency" went to someone named before)."""
    words = run.split()
    for i in range(len(words) - 3, 0, -1):
        if words[i].lower() in TITLES and 2 <= len(words) - i - 1 <= 4 \
                and words[-1].lower() not in ORG_WORDS:
            return " ".join(words[i + 1:])
    return run

"""Who one person is, in the words of each language: the article or numeral that may say "one"
of a person and the words that name a single person. A table of its own beside the counted
nouns of :mod:`generator.text.counted_words` (which re-exports it): those say what a number
counts, these whether "a driver", "un ouvrier", "eine Tote" is one casualty (text/casualty/one.py,
read by extract and check) or the owner of an age (extract/amounts/measures.py)."""

from __future__ import annotations

import re

from generator.text.lexicon import AND_WORDS

#: Words that may say "one" of a person: each language's indefinite article and its numeral one
#: ("a driver", "un ouvrier", "eine Tote", "een dode", "una mujer", "1"), a count only when an
#: outcome goes with them (text/casualty/one.py); the quantity reader never
#: reads an article as a number.
ONE: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "one", "1", "another"), "fr": ("un", "une", "1"),
    "es": ("un", "una", "uno", "1", "otro", "otra"),
    "it": ("un", "una", "uno", "un’", "un'", "1"), "pt": ("um", "uma", "1"),
    "de": ("ein", "eine", "einen", "einem", "einer", "eines", "1"), "nl": ("een", "één", "1"),
    "pl": ("jeden", "jedna", "jedno", "1"), "cs": ("jeden", "jedna", "jedno", "1"),
    # the numeral one of languages without an article (issue 16)
    "sl": ("en", "ena", "eno", "1"), "hr": ("jedan", "jedna", "jedno", "1"),
    "bs": ("jedan", "jedna", "jedno", "1"), "et": ("üks", "1"), "fi": ("yksi", "1"),
}

#: "Another" standing alone for one more person ("another is still missing", "otro sigue
#: desaparecido", trial 23): one of :data:`ONE` that needs no person's noun after it, read by
#: text/casualty/one.py for extract and check alike.
ANOTHER_PERSON = frozenset({"another", "otro", "otra"})

#: One person, singular, by the beginning of the word (lower case): who an article with an
#: outcome counts ("a cyclist was injured", "una mujer ha fallecido"). Not roles that speak
#: for others (a spokesman, a witness) and not things: an article before those is no figure.
PERSON: dict[str, tuple[str, ...]] = {
    "en": ("man", "woman", "person", "child", "boy", "girl", "baby", "infant", "teen",
           "firefighter", "fireman", "resident", "occupant", "driver", "passenger", "worker",
           "officer", "victim", "pedestrian", "motorist", "rider", "student", "tenant",
           "employee", "patient", "elderly", "adult", "life", "body",
           # (English only: its passive tells the one hurt from the one who rescued, review 13)
           "tourist", "visitor", "hiker", "climber", "guide", "miner",
           # who the members of a toll are (chk51b, the member checklist)
           "teenager", "nurse", "medic", "paramedic", "doctor", "soldier",
           # a ship's crew, one by one ("a sailor drowned", "one crew member died"; trial 38)
           "sailor", "seaman", "crewman", "crewmember", "member", "deckhand", "fisherman"),
    "fr": ("homme", "femme", "enfant", "personne", "pompier", "sapeur", "habitant", "ouvrier",
           "adolescent", "bébé", "résident", "occupant", "conducteur", "conductrice",
           "passager", "passagère", "policier", "victime", "autre", "octogénaire",
           "septuagénaire", "locataire", "salarié", "employé", "jeune", "corps", "fillette",
           "mineur", "infirmier", "infirmière", "médecin", "touriste", "soldat", "secouriste",
           "membre", "marin", "matelot"),
    "es": ("hombre", "mujer", "niño", "niña", "persona", "bombero", "vecino", "vecina", "joven",
           "menor", "trabajador", "conductor", "anciano", "anciana", "bebé", "varón", "víctima",
           "ocupante", "inquilino", "inquilina", "operario", "pasajero", "policía", "cadáver",
           "cuerpo", "minero", "adolescente", "enfermer", "médico", "médica", "turista",
           "soldado", "sanitario", "miembro", "tripulante", "marinero", "marino"),
    "it": ("uomo", "donna", "bambin", "persona", "vigile", "pompiere", "ragazz", "operaio",
           "anzian", "giovane", "vittima", "automobilista", "conducente", "passegger",
           "inquilin", "residente", "abitante", "pensionat", "altro", "altra", "cadavere",
           "corpo", "carabinier", "volontari", "disabil", "minator", "infermier", "medico",
           "turist", "soldat", "adolescente", "membr", "marinai", "marittim"),
    "pt": ("homem", "mulher", "criança", "pessoa", "bombeiro", "morador", "jovem", "idos",
           "trabalhador", "vítima", "motorista", "passageir", "menino", "menina", "bebé",
           "bebê", "policial", "corpo", "rapariga", "mãe", "colega", "mineiro", "adolescente",
           "enfermeir", "médico", "médica", "turista", "soldado", "membro", "tripulante",
           "marinheiro", "marujo"),
    "de": ("mann", "frau", "kind", "person", "feuerwehrmann", "feuerwehrfrau", "bewohner",
           "arbeiter", "junge", "jungen", "mädchen", "jugendlich", "fahrer", "senior",
           "mieter", "passant", "beifahrer", "insasse", "einsatzkraft", "helfer", "polizist",
           "säugling", "baby", "weiterer", "weitere", "leiche", "anwohner", "nachbar", "passagier",
           "mensch", "bergmann", "bergleute", "kumpel", "krankenschwester", "pfleger", "sanitäter",
           "arzt", "ärztin", "tourist", "urlauber", "soldat", "matrose", "seemann", "seeleute",
           "mitglied"),
    "nl": ("man", "vrouw", "kind", "persoon", "brandweerman", "brandweervrouw", "bewoner",
           "jongen", "meisje", "arbeider", "bestuurder", "automobilist", "fietser", "agent",
           "slachtoffer", "baby", "lichaam", "monteur", "buurman", "buurvrouw", "passagier",
           "matroos", "zeeman", "bemanningslid"),
    "pl": ("mężczyzn", "kobiet", "dziecko", "osoba", "strażak", "mieszkan", "kierowc",
           "pracownik", "ratownik", "policjant", "pasażer", "marynarz"),
    "cs": ("muž", "žena", "dítě", "osoba", "hasič", "obyvatel", "řidič", "dělník", "cestující",
           "námořník"),
    "sl": ("moški", "ženska", "otrok", "oseba", "gasilec", "voznik", "voznica", "potnik",
           "potnica", "pešec", "pešk", "delavec", "policist", "stanovalec", "stanovalka",
           "kolesar", "motorist", "deček", "deklica"),
    "hr": ("muškarac", "žena", "dijete", "osoba", "vatrogasac", "vozač", "putnik", "putnica",
           "pješak", "pješakinja", "radnik", "policajac", "stanar", "biciklist", "motociklist",
           "dječak", "djevojčica"),
    "et": ("mees", "naine", "laps", "inimene", "isik", "päästja", "juht", "sõitja", "reisija",
           "jalakäija", "töötaja", "politseinik", "elanik", "jalgrattur", "mootorrattur",
           "poiss", "tüdruk"),
    "fi": ("mies", "nainen", "lapsi", "ihminen", "henkilö", "palomies", "kuljettaja",
           "matkustaja", "jalankulkija", "työntekijä", "poliisi", "asukas", "pyöräilijä",
           "moottoripyöräilijä", "poika", "tyttö"),
}
PERSON["bs"] = PERSON["hr"]
#: A person noun long enough to end a compound as its head ("Grubenarbeiter", "Hausbewohner";
#: not "leiche", which ends "Vergleiche").
_DE_HEAD_LETTERS = 7
#: Short heads that end a compound naming a person all the same ("Kleinkind", "Schulkind",
#: "Ehefrau", "Kaufmann"; s14, unsealed: "darunter ein Kleinkind"): no German noun ends so
#: without being one.
_DE_SHORT_HEADS = ("kind", "frau", "mann")
_DE_ENDINGS = frozenset({"", "e", "en", "er", "em", "es", "n", "s", "in", "innen", "ern"})


def is_person(low: str, lang: str) -> bool:
    """Whether the lower-cased word names one person: a whole word in English ("man" begins
    "manager"); elsewhere a beginning and an ending, not a compound ("Nachbarort")."""
    if lang == "en":
        return low.rsplit("-", 1)[-1] in PERSON["en"]
    if lang == "de" and len(low) > 5 and low.endswith(_DE_SHORT_HEADS):
        return True
    if lang == "de" and any(len(p) >= _DE_HEAD_LETTERS and low[:-len(p)].isalpha()
                            and not p.startswith("weiter")  # "erweitere": no person
                            and low.endswith(p) for p in PERSON["de"]):
        return True  # "Grubenarbeiter": German puts a compound's head last (trial 24)
    return any(low.startswith(p) and (len(low) - len(p) <= {"pl": 3, "cs": 3, "de": 5}.get(
        lang, 2) or low[len(p)] == "-")
               and (lang != "de" or low[len(p):] in _DE_ENDINGS) for p in PERSON.get(lang, ()))


def paired(text: str, start: int, stop: int, lang: str) -> bool:
    """Whether the person an article names (``text[start:stop]``, the article first) is one of
    two joined by "and", each with its article: "a woman and a man died", "eine Frau und ein
    Mann starben" tell of two people, no casualty of one (trial 43: drafted as one dead)."""
    article = _PAIR_ARTICLE.get(lang)
    if article is None:
        return False
    after = re.compile(rf"\s*(?:{_AND})\s+(?:{article})\s", re.I)
    before = re.compile(rf"(?:^|[^\w’'-])(?:{article})\s+[^.;:!?]{{1,40}}?\s(?:{_AND})\s+$", re.I)
    return bool(after.match(text, stop)) or bool(before.search(text[max(0, start - 60):start]))


_AND = "|".join(AND_WORDS)
#: Each language's articles of :data:`ONE` as one pattern ("1" and "another" apart).
_PAIR_ARTICLE = {lang: "|".join(re.escape(w) for w in sorted(
    (w for w in words if w.isalpha() and w not in ANOTHER_PERSON), key=len, reverse=True))
    for lang, words in ONE.items()}

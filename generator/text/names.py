"""Names in running text, and when two spellings are one name.

Outlets transliterate names differently: Humeima / Humaymah, Hayder al Abadi / Haider al-Abadi,
Abu Kamal / Abul Kamal. :func:`generator.text.name_runs.names_in` collects capitalised names
from cleaned article text; :func:`similar` compares two spellings with two signals, both cheap:

- rapidfuzz's edit-distance ratio on a normalised form (case, hyphens, "al-" joined), for typos
  and small spelling differences;
- a consonant skeleton (vowels and the weak letters h, w, y dropped after the first letter), for
  transliterations that differ in every vowel but keep the consonants (Humeima ~ Humaymah).

Both compare the names' Latin transliterations (:func:`latin`, by ``anyascii``, a maintained
table of every Unicode character's ASCII rendering), so that one name written in two scripts is
seen as one (Дерна ~ Derna, Βόλος ~ Volos, Боинг ~ Boeing) and "Łódź" meets "Lodz". Names are
found by capitalisation, so in any cased script (Latin, Greek, Cyrillic, Armenian); scripts
without case (Arabic, Hebrew, Chinese, Japanese, Korean, Devanagari) give no names this way.

``briefing check`` turns them into hints (:mod:`generator.check.suggestions`), never errors;
``briefing extract`` clusters the spellings it proposes (:mod:`generator.extract.names`).

The three patterns of a capitalised name live here, each named by the rule that reads it: a run
of capitalised words (:data:`generator.text.name_runs.NAME_RUN`), a person's name as a byline
or bio gives it (:data:`PERSON_NAME`), and a person's name with a title, as attribution reads
it (:data:`TITLED_NAME_RUN`). They differ on purpose: particles, hyphens and titles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex
from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from generator.text.demonyms import DEMONYM_ENDINGS, adjective_and_plural, people_stems
from generator.text.languages import NOUN_CASE_ENDINGS
from generator.text.lexicon import NAME_TITLES, NATIONALITIES, PERSON_TITLE_ABBREVIATIONS, TITLES
from generator.text.speech_words import ENGLISH_OFFICES, OFFICE_NOUNS, OFFICES

MIN_RATIO = 85.0
MIN_SKELETON_RATIO = 60.0
SAME_CONSONANTS = "same consonants (a transliteration?)"  # the weakest reason of similar()


def normal(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"\b(al|el|ul)[- ]", r"\1", text)
    return re.sub(r"[\s-]+", " ", text).strip()


@lru_cache(maxsize=65536)
def latin(name: str) -> str:
    """The normal form in Latin letters: "Дерна" -> "derna", "Łódź" -> "lodz", "Βόλος" ->
    "volos"; a Latin name without special letters is its normal form."""
    text = normal(name)
    return text if text.isascii() else normal(anyascii(text))


def _scripts(name: str) -> frozenset[str]:
    """The scripts of a name's letters by their Unicode names ("LATIN", "CYRILLIC")."""
    return frozenset(unicodedata.name(c, "?").split(" ", 1)[0] for c in name if c.isalpha())


#: Scripts whose languages inflect names (Russian "Лембара", "в Лембаре", "из Лембары"): a
#: spelling listed in one case is looked for in every case. Latin-script languages that inflect
#: names (Polish, Czech, Turkish, Finnish) are not told apart from English by their letters: list
#: their case forms as variants.
_INFLECTING = frozenset({"CYRILLIC", "GREEK"})
_FINAL_VOWELS = "аеёиоуыэюяйьъєіїαεηιουωάέήίόύώς"
#: The letters a case ending may add after the stem.
MAX_ENDING = 4


@lru_cache(maxsize=65536)
def inflected_stem(word: str, shortest: int = 4) -> str | None:
    """The beginning every case form of a name in an inflecting script shares: the word less
    its final vowels ("Лембара" -> "Лембар", "Λάρισα" -> "Λάρισ"); None for a word in another
    script or too short to stem safely ("Βόλος" would leave "Βόλ": a stem of three letters
    begins too many words, so it is found as written; in a name of several words, which hold
    each other in place, ``shortest`` may be 3: "Южна Корея" is also "Южной Корее")."""
    if not (_scripts(word) & _INFLECTING):
        return None
    stem = word.rstrip(_FINAL_VOWELS + _FINAL_VOWELS.upper())
    return stem if len(stem) >= shortest else None


def spelling_pattern(name: str) -> str:
    """The regular expression a listed spelling is found by in article text: whole words, any
    case, but short all-capital names ("IS" the group, not "is") only as written; each word of a
    name in an inflecting script with any case ending (:func:`inflected_stem`); an apostrophe
    as either mark, typed or typeset ("d'équipage" is "d’équipage": a page and a fact sheet
    seldom agree on which)."""
    parts = []
    words = name.split()
    for part in words:
        stem = inflected_stem(part, 3 if len(words) > 1 else 4)
        parts.append(re.escape(stem) + rf"\w{{0,{MAX_ENDING}}}" if stem else re.escape(part))
    body = _APOSTROPHE.sub(_ANY_APOSTROPHE, r"\s+".join(parts))
    if name.isupper() and len(name) <= 5:
        return rf"(?<!\w){body}(?!\w)"
    return rf"(?<!\w)(?i:{body})(?!\w)"


@lru_cache(maxsize=65536)
def spelling_probe(name: str) -> str:
    """A lower-case piece of text every match of :func:`spelling_pattern` holds: a cheap test
    that rules out the texts it cannot be in (cached: the mention check asks it of every
    phrase in every sentence)."""
    first = name.split()[0] if name.split() else name
    return _APOSTROPHE.split(inflected_stem(first) or first)[0].lower()


_ANY_APOSTROPHE = "['’ʼ]"  # the marks an apostrophe is written with
_APOSTROPHE = re.compile(_ANY_APOSTROPHE)


#: Scripts that write every sound of a name, its vowels too: a name written in one of them, put
#: in Latin letters (:func:`latin`), can be compared letter by letter with a Latin spelling
#: ("Лембара" is "lembara", "달문" is "dalmun"). Arabic and Hebrew leave most vowels out
#: ("بلدار" comes out "bldr"), and Chinese and Japanese characters come out in their Mandarin
#: reading ("北山" as "beishan", not Kitayama): in those a Latin spelling cannot be looked for.
SPELT_IN_FULL = frozenset({"CYRILLIC", "GREEK", "HANGUL", "ARMENIAN", "GEORGIAN"})
#: Scripts whose languages write a name and the particle after it as one word (Korean
#: "달문에서", "at Dalmun"): there a spelling may run on into any letters. Korean also writes
#: a foreign name in its own syllables, with vowels the name has not ("토비크" for Tovik), so
#: a Latin spelling not found there does not show that the page leaves the name out.
PARTICLES_JOINED = frozenset({"HANGUL"})
_LATIN_VOWELS = "aeiouy"


def main_script(text: str) -> str:
    """The script most of the text's letters are in ("LATIN", "CYRILLIC", "HANGUL")."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            script = unicodedata.name(c, "?").split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda s: (counts[s], s)) if counts else ""


def in_latin_letters(text: str) -> str | None:
    """The text in Latin letters, folded as :func:`latin` folds a name, when its script spells
    names in full (:data:`SPELT_IN_FULL`); None for Latin script and for the scripts where a
    Latin spelling cannot be looked for."""
    if main_script(text) not in SPELT_IN_FULL:
        return None
    return normal(anyascii(text))


def latin_spellings_pattern(spellings: set[str], script: str) -> re.Pattern[str]:
    """Any of the Latin ``spellings`` in a text put in Latin letters (:func:`in_latin_letters`)
    from ``script``: at the start of a word; in an inflecting script (:data:`_INFLECTING`)
    less its final vowels and with any case ending ("lembara" in "v lembare", "velmora" in
    "tis velmoras"); in a script that joins particles to names, running on into any letters.
    A spelling shorter than four letters once its vowels go is looked for as written."""
    parts = []
    for spelling in sorted({latin(s) for s in spellings if s}, key=len, reverse=True):
        escaped = re.escape(spelling)
        stem = spelling.rstrip(_LATIN_VOWELS)
        if script in PARTICLES_JOINED:
            parts.append(rf"(?<!\w){escaped}")
        elif script in _INFLECTING and len(stem) >= 4:
            parts.append(rf"(?<!\w){re.escape(stem)}\w{{0,{MAX_ENDING}}}(?!\w)")
        else:
            parts.append(rf"(?<!\w){escaped}(?!\w)")
    return re.compile("|".join(parts) or r"(?!)")


def spells_one_of(words: set[str], spellings: set[str]) -> bool:
    """Whether one of ``words`` (a page's capitalised words in another script) is one of the
    Latin ``spellings`` or looks like another spelling of it (:func:`similar`: "Товира" for
    "Tovyra", "Πελούρα" for "Peloura", whose letters anyascii renders "peloyra"):
    a page that does name the event must not be taken for one that does not."""
    listed = {latin(s) for s in spellings if s}
    return any(latin(w) in listed or any(similar(s, w) for s in listed)
               for w in words if len(w) >= 4)


def latin_stem(name: str) -> str:
    """A name in Latin letters less its final vowels, when four letters or more are left: what
    the case forms of a name in an inflecting script share with its Latin spelling
    ("Лембаре", "Лембара" and "Lembara" all give "lembar")."""
    text = latin(name)
    stem = text.rstrip(_LATIN_VOWELS)
    return stem if len(stem) >= 4 else text


def inflecting(name: str) -> bool:
    """Whether the name is written in a script whose languages inflect names."""
    return bool(_scripts(name) & _INFLECTING)


def skeleton(name: str) -> str:
    text = latin(name).replace(" ", "")
    if not text:
        return ""
    return text[0] + re.sub(r"[aeiouyhw]", "", text[1:])


def lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: what a capital at a sentence's start hides."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}’'-]*")


#: A capital inside a sentence: after a word or a comma, maybe behind an opening quotation
#: mark or bracket ("в центре «Амберли …", "said Reuters").
#: (the capital is matched first, so that the look back runs only at capitals: a long run of
#: spaces is read once, not once for each space in it)
_CAPITAL_INSIDE = regex.compile(r"\p{Lu}(?<=[\w,;:][^\S\n]+[«\"“„(\[']?\p{Lu})[\w’'-]*")


def capitalised_inside(text: str) -> frozenset[str]:
    """The words (case folded) ``text`` writes with a capital inside a sentence: a name's
    capital, where a capital at a sentence's start may be only the sentence's."""
    return frozenset(w.casefold() for w in _CAPITAL_INSIDE.findall(text))


def tails(name: str) -> list[str]:
    """The name and its shorter endings: titles come first ("Prime Minister Hayder al Abadi")."""
    words = name.split()
    out = [" ".join(words[i:]) for i in range(len(words))]
    return [t for t in out if len(t) >= 4 and t.split()[0][:1].isupper()]


def inflected(a: str, b: str) -> bool:
    """Syria / Syrian, Iraqi / Iraqis, Lisboa / Lisboeta: the same word with an ending (all but
    the shorter one's last letter shared, the longer at most three letters longer), not a
    spelling variant."""
    na, nb = normal(a), normal(b)
    short, long_ = sorted((na, nb), key=len)
    if len(long_) - len(short) > 3:
        return False
    return long_.startswith(short) or (len(short) >= 6 and len(long_) > len(short)
                                       and long_.startswith(short[:-1]))


def demonym(a: str, b: str) -> bool:
    """Whether the longer of two names is the shorter's people (Syria / Syrian, Lisboa /
    Lisboeta): its ending is a demonym's, after the shorter's letters less a final vowel."""
    short, long_ = sorted((normal(a), normal(b)), key=len)
    return any(short.startswith(base) or base.startswith(short.rstrip("aeiouy"))
               for base in people_stems(long_, DEMONYM_ENDINGS, 3))


def _people_of_a_spelling(a: str, b: str) -> bool:
    """Whether the longer is the people of another spelling of the shorter (a German
    "…desch" beside an English "…deshi"): a demonym's ending after one letter's change, so the
    adjective is not shown as the place's variant while the place's own spelling is not."""
    if " " in a and " " in b and a[:-1] == b[:-1]:
        return False  # a person's surname spelt with another last vowel ("Ripamonte"), trial 27
    short, long_ = sorted((a, b), key=len)
    return any(base != short and Levenshtein.distance(base, short) <= 1
               for base in people_stems(long_, DEMONYM_ENDINGS, 6))


def _acronyms(name: str) -> set[str]:
    """The words in capitals ("CNN", "UN"). Outlets spell an acronym alike, so two names whose
    acronyms differ are two names: "Indonesia CNN" (a credit glued to a place) is no spelling of
    "Indonesian"."""
    return {w for w in re.split(r"[\s-]+", name) if len(w) >= 2 and w.isalpha() and w.isupper()}


def similar(a: str, b: str, languages_apart: bool = False) -> tuple[float, str] | None:
    """(score, reason) when ``b`` looks like another spelling of ``a``, else None.

    ``languages_apart``: no language of the briefing writes both. Then a word with an ending
    is the name in another language (Lisboa, Lisbona, Lisbonne), not its case in one language,
    and is compared as any other spelling, unless the ending is a demonym's (Syria / Syrian,
    Lisboa / Lisboeta: :func:`demonym`)."""
    na, nb = normal(a), normal(b)
    if na == nb or (inflected(a, b) and (not languages_apart or demonym(a, b))) \
            or _acronyms(a) != _acronyms(b) or _people_of_a_spelling(na, nb) \
            or adjective_and_plural(a, b):
        return None
    la, lb = latin(a), latin(b)
    scripts = _scripts(a) != _scripts(b)
    if la == lb:
        return 100.0, ("the same name in another script" if scripts
                       else "the same letters but for accents")
    ratio = fuzz.ratio(la, lb)
    if ratio >= MIN_RATIO:
        return ratio, ("nearly the same name in another script" if scripts
                       else "nearly the same spelling")
    if len(la) >= 5 and ratio >= MIN_SKELETON_RATIO and skeleton(a) == skeleton(b):
        return ratio, SAME_CONSONANTS
    return None


# A person's name: two to four capitalised words, allowing particles (al, de, van...), initials,
# hyphens and apostrophes. Case-sensitive on purpose: names are what make a byline or a bio.
#: Lower-case particles inside a person's name ("Karim al Rashid", "Ursula von der Leyen").
NAME_PARTICLES = ("al", "el", "de", "del", "della", "da", "di", "du", "dos", "das", "van", "von",
                  "der", "den", "bin", "ibn", "le", "la", r"st\.?")
PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + ")"
_NAME_WORD = r"(?:[A-Z][\w’'.-]*)"
#: A person's name of two to four words (bylines, author bios).
PERSON_NAME = rf"{_NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{_NAME_WORD}){{1,3}}"
#: A person's name of one to four words (a byline may give only a surname).
PERSON_NAME_OR_SURNAME = rf"{_NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{_NAME_WORD}){{0,3}}"

#: A run of capitalised words with an abbreviated title in front ("Col. Ryan Dillon"), capitals of
#: any script as :data:`~generator.text.name_runs.NAME_RUN` ("Иван Ордов", "Νίκος Πάνου");
#: never across a paragraph break ("… à Valmont" then "A Valmont, c'est …" is no name).
TITLED_NAME_RUN = regex.compile(
    r"(?:(?:" + "|".join(PERSON_TITLE_ABBREVIATIONS) + r")\.\s+)*"
    r"\p{Lu}[\w’'-]*(?:(?:(?!\n[^\S\n]*\n)\s)+(?:(?:al|el|bin|ibn|abu|de|van|von)[\s-]+)?"
    r"\p{Lu}[\w’'-]*){0,5}")


@lru_cache(maxsize=1)
def _office_stems() -> tuple[str, ...]:
    return tuple(sorted({normal(inflected_stem(w, 3) or w) for words in OFFICES.values()
                         for w in words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _latin_case_stems() -> tuple[str, ...]:
    """Polish and Czech offices less the vowel a case ending replaces ("se starostou") or drops
    ("wiceministrem"), no other language's ("ministro"): fspk5, "z wiceministrem Kowalskim".
    Only a case ending follows (:data:`~.languages.NOUN_CASE_ENDINGS`): not "Wojtek"."""
    own = {*OFFICES["pl"], *OFFICES["cs"]}
    out = {w for o in own for w in (o, o.rstrip("aeo"), o[:-2] + "r" if o.endswith("er") else o)}
    return tuple(sorted({normal(w) for w in out if len(w) >= 4 and not any(
        o.startswith(w) for o in OFFICE_NOUNS - own)}, key=len, reverse=True))


def office_stem(word: str) -> str | None:
    """The stem, without accents, of the office (:data:`OFFICES`) ``word`` is a case form of
    ("министра", "министърът", "δημάρχου" -> "министр", "министър", "δημαρχ": Greek moves the
    accent between cases; "wiceministrem" -> "wiceministr"), or None."""
    low = normal(word.strip(",.;:"))
    # a case ending only in an inflecting script: an Indonesian office is found as written
    reach = MAX_ENDING if _scripts(word) & _INFLECTING else 0
    return next((st for st in _office_stems() if low.startswith(st)
                 and len(low) - len(st) <= reach), None) or next(
        (st for st in _latin_case_stems() if low.startswith(st)
         and low[len(st):] in NOUN_CASE_ENDINGS), None)


def office_word(word: str) -> bool:
    """Whether a capitalised word is an office of any language ("Bürgermeister", "Prefetto",
    "Alcaldesa"), German compounds too ("Innenminister", "Ministerpräsidentin"): a run of
    capitalised words that opens with one before a name is that person's name
    (:func:`generator.text.name_runs.run_core`). A long office only ends a compound, so
    "Ministerialrat" is none. A speaker keeps the office the page gives it ("Premier Alma
    Tesk"), as :func:`strip_titles` keeps every office but the English titles. English offices
    are left to those titles: capitalised, they open the names of things as often ("Premier
    League Club", "Director General"; the review of the twenty-seventh stop)."""
    low = word.lower()
    return word[:1].isupper() and (low in OFFICE_NOUNS - ENGLISH_OFFICES or any(
        low.endswith(office) for office in _COMPOUND_OFFICES if len(low) > len(office)))


#: Offices long enough to end a German compound office without ending any other word.
_COMPOUND_OFFICES = tuple(o for o in OFFICE_NOUNS if len(o) >= 7 and o.isalpha())


def strip_titles(name: str) -> str:
    """"Iraqi Prime Minister Haider Al Abadi" -> "Haider Al Abadi"; "Col. Ryan Dillon" -> "Ryan
    Dillon". A nationality is dropped only before a title ("Lebanese Hezbollah" stays)."""
    tokens = name.split()
    i = 0
    while i < len(tokens) - 1:
        low = tokens[i].lower()
        if low in NAME_TITLES or (i < len(tokens) - 2 and office_stem(tokens[i])
                             and _scripts(tokens[i]) & _INFLECTING):
            # "Депутат Богдан Кравець" -> "Богдан Кравець"; an Indonesian office stays, as the
            # capitalised words after it may be its place ("Kepala Desa Contoh")
            i += 1
            continue
        if low in NATIONALITIES and tokens[i + 1].lower() in NAME_TITLES:
            i += 1
            continue
        break
    # a title after the place it is the title of ("Viña del Mar Mayor Ana Ruiz", "Lyon Governor
    # Jean Roche", "Vina del Mar mayor Ana Ruiz": trial 27): the name is what follows the title,
    # a name of two words or more, or, after a title in lower case, one capitalised word or more
    # (one place for the rule, for the runs of name_runs.run_core too: review 26; trial 40)
    inner = [k for k in range(i + 1, len(tokens) - 1)
             if (tokens[k] in NAME_TITLES and all(t[:1].isupper() for t in tokens[k + 1:]))
             or (k < len(tokens) - 2 and tokens[k].lower() in TITLES | ENGLISH_OFFICES)]
    return " ".join(tokens[inner[-1] + 1:] if inner else tokens[i:])


def name_ends(words: list[str]) -> str:
    """The phrase up to the end of the person's name in it: lower-case words after a name of
    two capitalised words or more say to whom or when ("сказал министр Иван Ордов
    журналистам", "ha detto il sindaco Marco Gallo ieri")."""
    caps = [i for i, w in enumerate(words) if w[:1].isupper()]
    if len(caps) >= 2 and caps[-1] - caps[-2] == 1 and caps[-1] < len(words) - 1:
        return " ".join(words[:caps[-1] + 1])
    return " ".join(words)

"""A number that is someone's age, not a count: "Ruth Hale, 71, of", "a woman aged 21", "zwei
Männer im Alter von 31 und 64 Jahren", "two Austrians (44 and 71)", "un 42enne", "two Danish
nationals, 23 and 31, and …".

The quantity reader reads an age as any number; a figure of the event it is not, and read as a
count it joins the count before it (trial 26: two citizens' ages proposed as a count of citizens).
"""

from __future__ import annotations

import re

from generator.text.counted_words import PEOPLE
from generator.text.lexicon import lemma
from generator.text.one_person import is_person

#: The words of a person's years after their age ("19 years old", "43 ans", "19 Jahre alt",
#: "19 jaar oud", "19 lat"): one list for every reader of an age (:mod:`.asides` too).
YEARS_OLD = (r"(?:years?(?:\s+old)?|ans|años|anos|anni|jahren?(?:\s+alt)?|jaar(?:\s+oud)?|"
             r"lat|let)")
#: What joins the ages of a list ("19 and 22", "19, 22 e 31", "19 a 22").
_AND = r"(?:und|and|et|y|e|i|en|a|og|och)"
LIST_AND = rf"\s*(?:,|{_AND})\s*"
#: A person's age in apposition to their name, in every language: "Ruth Hale, 71, of", "Anna
#: Sala, di 65.", "Jean Martin, 43 ans,", "Ana Gómez, de 61 años", or after "di"/"de" with no
#: comma when the years word is left out ("Anna Sala, 65 anni, e Marta Neri di 61.").
_AGE_BEFORE = re.compile(r"[A-ZÀ-Þ][\w’'-]+(?:,\s*(?:di|de|aged|age|âgée?\s+de|im\s+alter\s+von)?"
                         r"|\s+(?:di|de))\s*$")
#: A list of ages closed by the years word of its last member ("zwei Männer im Alter von 31 und
#: 64 Jahren", "le loro età: 41, 52 e 66 anni"): every member is an age, not a count.
_AGE_LIST_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,3})*\s*(?:,|und|and|e|y|et|en|i|a|ou|o|or|oder|og|och)\s+"
    r"(?:\d{1,3}|[^\W\d_]{3,12})\s*"
    rf"{YEARS_OLD}\b", re.I)
_AGE_AFTER = re.compile(rf"\s*{YEARS_OLD}?\s*[,.;)]")


#: An age written as one word with its number, in Italian ("un 42enne", "la 19enne").
_AGE_GLUED = re.compile(r"enn[ei]\b", re.I)
#: A word that makes the numbers after it ages wherever it stands ("a woman aged 21",
#: "seorang wanita berusia 21 tahun"), and the last of a list it opens ("two tourists aged 19
#: and 22 died": review 25, it was read as a toll of 22); a number after a comma alone may
#: count others ("a man aged 45, 3 children and 2 women").
_AGE_WORD = re.compile(r"(?<![\w-])(?:aged|berusia|berumur|usia|umur)\s+"
                       rf"(?:\d{{1,3}}(?:\s*,\s*\d{{1,3}})*\s+{_AND}\s+)?$", re.I)


#: One person and "of" right before the number, the years word left out ("un hombre de 31 en
#: estado de shock", "una mujer de 28 con un corte", "un uomo di 60"): the person's age.
_PERSON_OF_BEFORE = re.compile(r"\b(?:un|una|uno|um|uma|une)\s+([^\W\d_]+)\s+(?:de|di)\s+$", re.I)


def _person_of(before: str) -> bool:
    m = _PERSON_OF_BEFORE.search(before)
    return bool(m) and any(is_person(m.group(1).lower(), lang) for lang in ("es", "it", "pt", "fr"))


#: A bracket of small numbers joined by "and" right after who they are ("zwei Österreicher (44
#: und 71)", "two Austrians (44 and 71)", "deux Français (31, 40 et 52 ans)"): their ages, each one
#: (trial 25: the last one, after nothing countable, took the missing of the sentence before).
_IN_AGE_BRACKET_BEFORE = re.compile(r"[^\W\d_]\s*\((?:\s*\d{1,2}" + LIST_AND + r")*\s*$")
_IN_AGE_BRACKET_AFTER = re.compile(r"(?:" + LIST_AND + rf"\d{{1,2}})*\s*{YEARS_OLD}?\s*\)", re.I)


#: One small number alone in brackets right after a person's full name, first name and surname
#: capitalised, a short particle between them allowed ("Lena Marsh (34)", "Piet van Dorn (61)"):
#: that person's age, as a list of notables among the victims gives each (s33: three ages read as
#: counts of the victims named before).
_NAME_BRACKET_BEFORE = re.compile(
    r"(?<![\w’'-])[A-ZÀ-Þ][a-zß-ÿ’'-]+\s+(?:[a-zß-ÿ]{1,3}\s+){0,2}[A-ZÀ-Þ][a-zß-ÿ’'-]+\s*\(\s*$")


#: A given name alone before that bracket, in apposition to who they are, perhaps after other
#: names with their ages ("three children, Amar (9), Kiran (11) and Devi (13)", "a woman, Sarla
#: (38), was", "zwei Kinder, Lena (9) und Tom (11)"; spent s34: the ages read as counts of
#: children). Who they are must name people: "two towns, Harrowgate (4) and Velmora (5)" stays.
_GIVEN_NAME_BRACKET_BEFORE = re.compile(
    r"([^\W\d_]+),\s+(?:[A-ZÀ-Þ][a-zß-ÿ’'-]+\s*\(\s*\d{1,2}\s*\)\s*(?:,|\s(?:and|und|et|y|e|i|en))"
    r"\s*)*[A-ZÀ-Þ][a-zß-ÿ’'-]+\s*\(\s*$")
_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


def _names_people(word: str) -> bool:
    low = word.lower()
    return low in PEOPLE or is_person(lemma(low), "en") or any(is_person(low, lang)
                                                                for lang in _LANGS)


def _in_age_bracket(text: str, start: int, end: int) -> bool:
    before = _IN_AGE_BRACKET_BEFORE.search(text, 0, start)
    after = _IN_AGE_BRACKET_AFTER.match(text, end)
    if after and _NAME_BRACKET_BEFORE.search(text, 0, start):
        return True
    given = _GIVEN_NAME_BRACKET_BEFORE.search(text, max(0, start - 160), start)
    if after and given and _names_people(given.group(1)):
        return True
    return bool(before and after) and bool(re.search(r"\d", before.group(0) + after.group(0)))


#: Two or more small numbers joined by "and", set between commas right after who they are
#: ("two Finnish nationals, 23 and 31, and a Canadian", "deux touristes, 19 et 22, ont …"):
#: their ages, each one (trial 26: the last read as a count of the citizens). A single number
#: there is an age only after a name (:data:`_AGE_BEFORE`): "the victims, 12, were …" is rare
#: beside "the toll rose to 40, 12 of them children".
#: The aside may close on a dash as well ("two hikers – both Swedish, 24 and 26 – died": trial
#: 33 read the last as a toll of 26).
_AGES_BETWEEN_COMMAS_BEFORE = re.compile(r"[^\W\d_]{3,}(?:,|\s[–—])\s*(?:\d{1,2}" + LIST_AND
                                         + r")*$")
_AGES_BETWEEN_COMMAS_AFTER = re.compile(r"(?:" + LIST_AND + r"\d{1,2})*\s*(?:,|[–—]\s)")
_AND_WORD = re.compile(r"\s(?:und|and|et|y|e|i|en|og|och)\s")


def _ages_between_commas(text: str, start: int, end: int) -> bool:
    before = _AGES_BETWEEN_COMMAS_BEFORE.search(text, 0, start)
    after = _AGES_BETWEEN_COMMAS_AFTER.match(text, end)
    if not (before and after):
        return False
    listed = text[before.start():after.end()]
    return len(re.findall(r"\d{1,2}", listed)) >= 2 and bool(_AND_WORD.search(listed))


def age(q, text: str) -> bool:
    """A number that is someone's age, set between commas after their name, after "aged" and
    its equivalents, or in a list of ages: not a count."""
    if q.high is not None or q.value is None or q.value >= 120:
        return False
    start = q.written_start
    if _person_of(text[max(0, start - 60):start]) or _in_age_bracket(text, start, q.end) or (
            _ages_between_commas(text, start, q.end)):
        return True
    if _AGE_GLUED.match(text, q.end):
        return True  # "un 42enne": Italian glues the years to the number
    return bool(_AGE_WORD.search(text, 0, start)) or bool(_AGE_LIST_AFTER.match(text, q.end)) or (
        bool(_AGE_BEFORE.search(text, 0, start)) and bool(_AGE_AFTER.match(text, q.end)))

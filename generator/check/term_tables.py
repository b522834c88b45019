"""The words of the table of counted words (:mod:`generator.text.counted_words`) that a figure
whose terms come from its label (:mod:`.terms`) is found by, in every language.

A drafted label is English ("Number of missing") or keeps a counted noun as the first outlet
wrote it ("Number of navires"); the outlets write the count in their own language ("disparus",
"vermisst", "navi"). A figure whose label names a kind of count is found by that kind's words in
every language the table has, so that an outlet that states it in another language than the
label's is not called silent. Kept apart from :mod:`.terms`, which reads the label, so that each
stays a module one can read through.
"""

from __future__ import annotations

import functools

from generator.text.counted_words import COUNTED, NO_KIND, counted_group

#: Languages whose table entries are matched as beginnings of words in article text: their
#: counted words take endings and particles that a whole-word match would never meet.
_GLUED = frozenset({"ru", "uk", "bg", "tr", "ko", "ja", "zh", "ne", "hi", "bn"})
#: COUNT_TERMS' kinds and their groups in the table of counted words (the arrested too:
#: spsilent, their French and German copy was "silent").
GROUPS = {"dead": "dead", "injured": "wounded", "missing": "missing", "displaced": "evacuee",
           "rescued": "rescued", "arrested": "arrested"}


@functools.lru_cache(maxsize=256)
def elsewhere(group: str, english: bool) -> tuple[tuple[str, ...], tuple[str, ...],
                                                   tuple[tuple[str, tuple[str, ...]], ...]]:
    """A group of the table of counted words in every language: its whole words and phrases
    (its beginnings of words, "fallec", "verletzt", match themselves only; in English, the
    phrases only, "in hospital", unless ``english``: COUNT_TERMS has the single words of its
    own kinds), its entries in the languages that glue endings on, matched as beginnings of
    words anywhere, and the entries that are beginnings of words, by language (the languages
    that do not glue endings on), read as such only in an article of that language
    (:meth:`Terms.for_language`). Shorter ones, and entries written as whole words ("mort ",
    "tot "), stay whole words: four letters begin too many other words."""
    table = COUNTED[group].items()
    whole = tuple(dict.fromkeys(w.strip() for lang, ws in table if lang not in _GLUED for w in ws
                                if lang != "en" or english or " " in w.strip()))
    glued = tuple(dict.fromkeys(w.strip() for lang, ws in table if lang in _GLUED for w in ws))
    beginnings = tuple((lang, tuple(w for w in ws if len(w) >= 5 and " " not in w))
                       for lang, ws in table if lang != "en" and lang not in _GLUED)
    return whole, glued, beginnings


def table_group(word: str) -> str | None:
    """The group of the table of counted words a label's word names ("trapped", "navires"):
    read in English, else in the first language whose table has it; not people at large."""
    found = counted_group(word + " ", "en")
    if found in NO_KIND:
        found = next((g for lang in _TABLE_LANGUAGES if (g := counted_group(word + " ", lang))
                      not in NO_KIND), None)
    return found


#: The languages of the table of counted words whose entries are whole words, but English.
_TABLE_LANGUAGES = tuple(dict.fromkeys(lang for ws in COUNTED.values() for lang in ws
                                       if lang != "en" and lang not in _GLUED))

"""People counted by their country: "37 Azerbaijanis", "six Kazakh nationals", "16 citoyens
russes", "seis kazajos", "42 aus Aserbaidschan", "3 del Kirghizistan".

Found on fresh pages about an airliner crash (extract round 24): outlets in five languages
listed who was on board by nationality. The English reader ran the first item of such a list
into the second ("Azerbaijanis, six Kazakh nationals"), the other languages' reader dropped the
small counts (a count under ten of a noun no table names is a count of things), and what was
kept was grouped by the noun as written ("ressortissants", "russi", "Russland"), so that one
country's count was five figures and two countries' counts of a similar size could be one.
Here such a count is read as the group ``national`` with the country it names, which keeps
each country's count apart (:func:`generator.extract.proposals.grouping.group_figures`, by its
scope)
and joins it across languages.
"""

from __future__ import annotations

from generator.text.nationals import counted_nationals

NATIONAL = "national"


def nationals(after: str, lang: str, end: int) -> tuple[str, str, int] | None:
    """(noun, ``national``, end offset) when the words right after a number count people of a
    country (:func:`generator.text.nationals.counted_nationals`, the one reader of such a
    count, which ``check`` reads too); ``end`` is the article offset of ``after``."""
    found = counted_nationals(after, lang)
    return None if found is None else (found[0], NATIONAL, end + found[1])

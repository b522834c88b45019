"""Relative pronouns of possession, in the corpus languages.

A clause they open speaks of another noun than the one before it ("workers whose employer
remains unknown", "salariés dont l'employeur …", "obreros cuyo patrón …"): what it says of that
noun is not said of the people counted. :mod:`generator.extract.counts.people_counted` reads a
fate's verdict no further than such a word (the review of stop 28).
"""

POSSESSIVE_RELATIVES = ("whose", "dont", "cuyo", "cuya", "cuyos", "cuyas", "cui", "cujo", "cuja",
                        "cujos", "cujas", "deren", "dessen", "wiens", "waarvan", "których")

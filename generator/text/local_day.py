"""A weekday its outlet says is the local time of the place may be the day after publication.

The date rules read a bare weekday as the most recent such day on or before the publication
date. A page published on a Monday evening in Europe or the Americas about a place many hours
ahead ("in der Nacht zum Mittwoch (Ortszeit)", "early on Wednesday (local time)") names a day
that is already Wednesday there: read as the last Wednesday, the event lands six days before the
page (trial 43: a siege in Sydney dated a week before it ended, five events on the timeline).
When the outlet writes that the day is the place's own ("Ortszeit", "local time", "heure
locale", "hora local", "ora locale", "hora local", "plaatselijke tijd"), the day after the
publication date is the one it means; any other day keeps the rule's reading.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.text.dates import FuzzyDate, day_point

__all__ = ["in_local_time", "local_day"]

#: The words that say a time or a day is the place's own, in the languages of the pages, right
#: after the weekday, a few words of its time between, in brackets or not ("am Dienstagmorgen
#: (Ortszeit)", "mardi vers 2 heures (heure locale)", "Dienstag (2 Uhr Ortszeit)", "Tuesday at
#: 2 am local time": review 33 found the last two missed); no bracket closed between, one
#: comma at most.
_LOCAL = re.compile(
    r"^[^.;:!?),]{0,30}?,?[^.;:!?),]{0,30}?(?<!\w)(?:ortszeit|local\s+time|heure\s+locale|"
    r"hora\s+local|ora\s+locale|horário\s+local|lokale\s+tijd|plaatselijke\s+tijd|czasu\s+lokalnego|"
    r"místního\s+času)\b", re.I)


def in_local_time(after: str) -> bool:
    """Whether the words right after a weekday say it is the place's local day."""
    return bool(_LOCAL.match(after))


def local_day(resolved: FuzzyDate, published: date) -> FuzzyDate:
    """The weekday a rule read as the last one (on or before ``published``), as the day after
    publication when it is that weekday: the place's day, already begun there."""
    day = resolved.first
    if day + timedelta(days=7) != published + timedelta(days=1):
        return resolved
    return FuzzyDate(day_point(day + timedelta(days=7)), None, resolved.approximate)

"""A weekday in a clause about what is still to come names the coming such day.

News copy dates past events with bare weekdays ("divers reached the hall on Tuesday"), which the
date rules read as the most recent such day. The same weekday after a future wording in its
clause ("a second storm is due on Saturday", "the funeral will be held on Friday", "talks are due
to resume on Monday") names the *next* one: read as the last, the event lands a week early, and
``briefing check`` calls the analyst's right date a clash. Only the clause before the weekday
counts ("officials said on Monday that the vote will be held" is a past Monday), and only the
present tense of "expected", "forecast": "were forecast to ease from Monday" may be a past Monday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.text.dates import FuzzyDate, day_point

__all__ = ["coming_day", "in_future_clause", "may_come"]

#: The future auxiliaries every rule of what is to come reads: English, and the German and
#: French wordings of what is due ("soll", "devrait").
_WILL = r"will|shall|won't|soll(?:en)?|devrai(?:t|ent)"
#: Wordings that put what follows them in the future, by language. The clause they mark ends
#: at a stop, a semicolon, a colon or a comma.
_FUTURE = re.compile(
    r"\b(?:" + _WILL + r")\b|\w'll\b"
    r"|\b(?:is|are)\s+(?:(?:now|also|still)\s+)?(?:expected|due|scheduled|set|"
    r"forecast|planned|slated)\b"
    r"|\b(?:plans?|planning|going|intends?)\s+to\b"
    # French, Spanish, Italian: "devrait", "est prévu(e)", "se espera", "está previsto",
    # "va a", "è previsto", "dovrebbe"
    r"|\b(?:doi(?:t|vent)|(?:est|sont)\s+prévue?s?|se\s+espera|"
    r"est(?:á|an|án)\s+previst[oa]s?|van?\s+a|(?:è|sono)\s+previst[oaie]|dovrebber?o)\b"
    # German: "sollen", "soll" (_WILL), "wird", "werden" ("soll am Freitag beginnen"); not
    # "sollte", which may be what was to happen and did not
    r"|\b(?:wird|werden)\b",
    re.I)
#: A measured amount that may yet come (issue #16: a rain's and a temperature's forecast, one
#: rule): a future auxiliary or a modal of what may happen ("could reach", "is set to hit",
#: "pourrait tomber", "podrían caer", "potrebbero cadere", "poderão cair", "dürften … fallen"),
#: then at most four words and no clause break before the amount. Not a modal whose own words
#: end before it ("it will take weeks to clear the 30 cm of snow that fell"), and not "would",
#: "may" or "could" of a past tense or a date (:func:`in_future_clause` keeps to the future).
_MAY_COME = re.compile(
    r"\b(?:" + _WILL + r"|could|may|might|would|set\s+to|"
    r"(?:expected|forecast|predicted|likely)\s+to|pourrai\w*|risqu\w*|podr[íi]a\w*|"
    r"deber[íi]a\w*|potrebb\w*|dovrebb\w*|poder[áã]\w*|deve(?:rá|m)?|könnte\w*|dürfte\w*)\b"
    r"(?=[^,;:.!?]{0,40}$)(?:\s+[^\s,;:.!?]+){0,4}\s*$", re.I)


def may_come(clause: str) -> bool:
    """Whether the words of ``clause`` right before an amount make it what may yet come."""
    return _MAY_COME.search(clause) is not None
_CLAUSE_END = re.compile(r"[.;:,!?]")


#: German wordings that look ahead but tell a past day: "seit" right before the day ("werden
#: seit Sonntag vermisst": missing since Sunday), and a clause ending in a perfect infinitive
#: ("soll am Sonntag betrunken gewesen sein": is said to have been; "wird … gesunken sein").
_SINCE_BEFORE = re.compile(r"\bseit(?:\s+(?:dem|letztem|vergangenem))?\s*$", re.I)
_PERFECT_INFINITIVE = re.compile(r"\b\w+(?:t|en)\s+(?:sein|haben|worden\s+sein)\s*$", re.I)


def in_future_clause(before: str, after: str = "") -> bool:
    """Whether the words ``before`` a date wording, back to the start of its clause, put it in
    the future. ``after``, the text after the wording, is read to its clause's end for the
    German shapes that only look ahead (:data:`_PERFECT_INFINITIVE`)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1] if ends else 0:]
    if _FUTURE.search(clause) is None:
        return False
    if _SINCE_BEFORE.search(clause):
        return False
    end = _CLAUSE_END.search(after, 0, 400)
    return not _PERFECT_INFINITIVE.search(after[:end.start() if end else 400])


def coming_day(resolved: FuzzyDate, published: date) -> FuzzyDate:
    """The weekday a rule read as the last one (on or before ``published``), as the coming one:
    the same day when it is the day of publication, else a week later."""
    day = resolved.first
    if day >= published:
        return resolved
    return FuzzyDate(day_point(day + timedelta(days=7)), None, resolved.approximate)

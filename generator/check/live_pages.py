"""A live page's relative days, read from its update as well as from its publication.

A page published on a Saturday and updated the Tuesday after says "as of Monday afternoon": read
from the publication, Monday is five days before it; read from the update, the day before the
update. Which one the outlet meant depends on when that sentence was written, which a scraped
page does not tell (trial 14, FIDELITY.md). So a report's wording is read from both when the
article gives its update (``updated:``): the reading that agrees with the event's date is taken,
and when neither or both do, the publication's is kept and the other said beside it. A page
that prints an update stamp while the metadata gives none gets a hint, where a fact sheet reads
a relative day from it.
"""

from __future__ import annotations

from datetime import date, datetime

from generator.text.date_apposition import later_reading
from generator.text.dates import FuzzyDate, local_date
from generator.text.languages import date_languages
from generator.text.relative_dates import conflicts
from generator.text.written_dates import written_dates


def update_reading(wording: str, article, found: FuzzyDate) -> FuzzyDate | None:
    """What ``wording`` means read from the article's update (``updated:``), when that is
    another day than its publication and the reading differs from ``found``; else None."""
    if article.updated is None or article.published is None:
        return None
    return later_reading(wording, article.updated, article.published, found,
                         date_languages(article.language))


def weigh(event_date: FuzzyDate | None, found: FuzzyDate, other: FuzzyDate | None,
          updated: datetime | date | None) -> tuple[FuzzyDate, str, str]:
    """The reading to keep, what to add to its rule, and the update's day when its reading is
    the one kept (it is when only it agrees with the event's date)."""
    if other is None or updated is None:
        return found, "", ""
    day = local_date(updated).isoformat()
    if event_date is not None and conflicts(event_date, found) \
            and not conflicts(event_date, other):
        return other, (f", read from the page's update of {day} (from its publication it "
                       f"would be {found.display()})"), day
    return found, f" (read from the page's update of {day}, it would be {other.display()})", ""


def stamp_after_publication(article, wording: str, found: FuzzyDate) -> date | None:
    """The day of an update stamp printed on the page, when the metadata gives no ``updated:``,
    the stamp is after the publication's day and ``wording`` read from it is another day than
    ``found``; else None."""
    if article.updated is not None or not article.page_updated \
            or article.published is None:
        return None
    days = written_dates(article.page_updated, article.language)
    if not days:
        return None
    other = later_reading(wording, days[0], article.published, found,
                          date_languages(article.language))
    return days[0] if other is not None else None

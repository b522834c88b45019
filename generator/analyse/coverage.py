"""Who says what: each outlet's stance on each record, in four states.

* **cited** (``reports``, or ``disagrees`` for a figure the sources disagree on): a fact-sheet
  report quotes one of its articles;
* **mentions**: no report quotes it, but one of its articles states the figure or names the event
  (:mod:`generator.check.mentions` found the passage): not yet cited. A passage in the story is
  preferred; else one in its headline or in a block the cleaner removed, which the page names
  (``Mention.place``): the outlet printed it, so it is not silent, whatever the cleaner did;
* **excerpt**: its saved copies say nothing of it, and at least one is an excerpt cut before it
  could have (``Article.excerpt``, set by the cleaner): we cannot tell;
* **silent**: its articles are whole and say nothing of it;
* **unchecked**: the record cannot be looked for in the text, so only a citation tells: a
  statement (quotations are not searched), an event with no ``terms:``, place or actors, or a
  figure in articles written in a language whose counted words Briefing does not have (trial 40:
  a Hungarian page that gave the toll was shown "silent" on it, as no word of it was read).

An outlet is silent only in the fourth case: "silent" on a page is a statement about the text,
and Briefing makes it only where it looked.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analyse.model import Stance
from generator.check.mentions import Mention
from generator.content.model import Article, Content
from generator.content.schema import Outlet
from generator.text.counted_words import counted_table


def reads_counts(article: Article) -> bool:
    """Whether Briefing reads what the article's numbers count (its language has counted words):
    a figure can be looked for in it."""
    return bool(counted_table(article.language))


def articles_by_outlet(content: Content) -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {}
    for article in content.articles.values():
        out.setdefault(article.outlet or "", []).append(article)
    return out


def stances(covered: list[Outlet], by_outlet: dict[str, list[Article]],
            cited: dict[str, str], mentions: dict[str, list[Mention]],
            looked_for: bool = True,
            readable: Callable[[Article], bool] | None = None) -> dict[str, Stance]:
    """Outlet id -> stance, for every covered outlet. ``cited`` maps the outlets a report
    quotes to "reports" or "disagrees"; ``mentions`` maps article ids to what they state;
    ``looked_for`` is False for a record the text cannot be searched for (then an outlet not
    cited is "unchecked", never "silent"); ``readable`` tells an article the record can be looked
    for in (an outlet none of whose articles is readable is "unchecked", with its first
    article)."""
    out: dict[str, Stance] = {}
    for outlet in covered:
        if outlet.id in cited:
            out[outlet.id] = Stance(cited[outlet.id])
            continue
        if not looked_for:
            out[outlet.id] = Stance("unchecked")
            continue
        articles = by_outlet.get(outlet.id, [])
        said = min(((a, mentions[a.id][0]) for a in articles if a.id in mentions),
                   key=lambda found: bool(found[1].where), default=None)
        if said is not None:
            out[outlet.id] = Stance("mentions", said[0], said[1])
            continue
        if readable is not None and articles and not any(readable(a) for a in articles):
            out[outlet.id] = Stance("unchecked", articles[0])
            continue
        cut = next((a for a in articles if a.excerpt), None)
        out[outlet.id] = Stance("excerpt", cut) if cut is not None else Stance("silent")
    return out

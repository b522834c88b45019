"""What ``check`` suggests for an article's missing metadata, from what the saved page shows.

A new user drops saved pages in as they are (trial 13, trial 16: eleven pages, each needing an
outlet and a publication date before anything else runs). The page's first line is its address:
it names the site, and often the day. The hints read them, so the analyst copies a line instead
of looking each page up: an outlet already listed with that site is named by its id; otherwise
an id is offered from the site's name, with the line to add to outlets.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.check.address_dates import article_date
from generator.content.model import Article, Outlet
from generator.content.schema import RESERVED_IDS
from generator.text import hosts

#: A host named by the address of a rented machine ("ec2-198-51-100-7.eu-north-9.compute…",
#: "ip-10-0-0-12…", "203-0-113-9.static…": trial 29, a mirror of a wire story): it names no
#: outlet, so no id is offered from it.
_MACHINE = re.compile(r"^(?:[a-z\d]+-)?\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.")


def outlet_hint(article: Article, outlets: dict[str, Outlet],
                others: frozenset[str] = frozenset()) -> str:
    """What to write for a missing outlet: the listed outlet whose site the page's address is
    on (any of the site's hosts), else an id made of the site's name and the outlets.yaml entry
    to add. ``others``: the hosts of the unlisted pages; one on another site whose name gives
    the same id (a paper of one name in two countries), or a listed outlet of that id on another
    site, makes the id carry what tells the sites apart."""
    where = f"to {article.id}.yaml beside the article"
    host = hosts.host(article.url)
    if not host or re.fullmatch(r"[\d.]+|\[?[\da-f:]+\]?", host) or _MACHINE.search(host):
        return f"add `outlet: <id>` {where}"  # no name in an address, or a rented machine's
    site = hosts.site(host)
    known = sorted(o.id for o in outlets.values() if o.url and hosts.host(o.url) == host) or [
        o.id for o in outlets.values() if o.url and hosts.site(hosts.host(o.url)) == site
        and hosts.brand(hosts.host(o.url)) == hosts.brand(host)]  # not another brand of a group
    if len(known) == 1 or (known and hosts.host(outlets[known[0]].url) == host):
        return f"its address is on {host}, the site of outlet {known[0]!r}: add " \
               f"`outlet: {_as_text(known[0])}` {where}"
    slug = _slug(host)
    namesakes = {hosts.site(other) for other in others if _slug(other) == slug} | {
        hosts.site(hosts.host(o.url)) for o in outlets.values() if o.id == slug and o.url}
    if namesakes - {site}:
        slug += "-" + _suffix(site, namesakes)
    if slug in RESERVED_IDS:
        slug += "-site"
    if slug in outlets:  # listed without its address
        return f"its address is on {host}; outlets.yaml lists {slug!r}: if that is this site, " \
               f"add `outlet: {_as_text(slug)}` {where}"
    scheme = "http" if article.url.startswith("http:") else "https"
    # The address in quotes: unquoted, its colon inside a flow mapping is a YAML syntax error,
    # and the pasted entry stopped the build it was to mend (trial 19).
    written = _as_text(slug)
    return (f"its address is on {host}: add `outlet: {written}` {where}, and to outlets.yaml "
            f"`- {{id: {written}, name: …, url: \"{scheme}://{host}\"}}`")


#: Plain words YAML reads as something other than text: a number ("24" of 24.hu), a hex or
#: octal number, a float's exponent form, a truth value or nothing.
_NOT_TEXT = re.compile(r"\d+|0x[\da-f]+|0o[0-7]+|\d+e\d+|true|false|null|yes|no|on|off|y|n|~")


def _as_text(slug: str) -> str:
    """The id as a user can paste it: quoted where YAML would read it bare as a number or a
    truth value (trial 40: 24.hu's id "24", pasted as offered, failed `check` with "Input
    should be a valid string (got int)")."""
    return f'"{slug}"' if _NOT_TEXT.fullmatch(slug) else slug


def _slug(host: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", hosts.brand(host)).strip("-") or "outlet"


def _suffix(site: str, namesakes: set[str]) -> str:
    """What tells a site from others whose names give one id (trial 20: a paper of one name in
    two countries): its country's label, or its whole domain where that is shared too
    ("co.uk" and "org.uk"; a brand on two groups' ".com" domains)."""
    last = site.rsplit(".", 1)[-1]
    if sum(other.rsplit(".", 1)[-1] == last for other in namesakes | {site}) == 1:
        return last
    return re.sub(r"[^a-z0-9]+", "-", site).strip("-")


def unlisted_sites(articles: Iterable[Article]) -> frozenset[str]:
    """The hosts of the pages that name no outlet, each of which ``check`` offers an id."""
    return frozenset(h for a in articles if not a.outlet and (h := hosts.host(a.url)))


def published_hint(article: Article) -> str:
    """What to write for a missing publication date, from what the page shows: the date in
    its address, else the date stamp printed on it (which may be the day it was saved: to be
    checked), else an update's or a crawl stamp's day as the latest it can be, else the form
    to use. A fixed example date read as one the page gave."""
    found = article_date(article)
    if found is not None:
        return (f"its address gives {found.isoformat()}: add `published: {found.isoformat()}`, "
                "with the time and its time zone if the page gives them")
    if article.page_date:
        return (f"the page carries the date stamp {article.page_date!r}, which may be the day it "
                "was saved: check it against the story, then add `published: YYYY-MM-DD` (or "
                "`YYYY-MM-DDTHH:MM+HH:MM`, with its time zone)")
    if article.page_updated:
        return (f"the page says it was updated {article.page_updated!r}: it appeared on that day "
                "or before; add `published: YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM+HH:MM`, with its "
                "time zone), and `updated:` with the update's")
    saved = _saved_on(article)
    if saved:
        return (f"the page was saved on {saved} (its crawl stamp, not its publication date): it "
                "appeared on that day or before; find the day in the story, then add "
                "`published: YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM+HH:MM`, with its time zone)")
    return ("add `published: YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM+HH:MM`, with its time zone): the "
            "day the page appeared; its relative dates (\"on Wednesday\") are read from it")


_SAVED = re.compile(r"\d{4}-\d{2}-\d{2}")


def _saved_on(article: Article) -> str:
    """The day a crawl stamp says the page was saved ("date 2031-03-27" over its text, which
    the cleaner removed as ``crawl-date``), or "" (trial 22)."""
    for block in article.removed:
        if block.rule == "crawl-date" and (m := _SAVED.search(block.text)):
            return m.group(0)
    return ""

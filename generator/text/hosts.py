"""A page's host and the site it belongs to, read once for every stage.

Three stages read an address's host (an article's outlet group for repeated lines, the site
words a headline is matched against, ``check``'s outlet hint), and each had stripped its own
set of prefixes: "m.outlet.com" and "outlet.com" were one outlet to one stage and two to
another. A mobile, AMP or numbered ``www`` host is the same site's page.
"""

from __future__ import annotations

import re
import urllib.parse

from generator.text.lexicon import OUTLET_WORDS

#: Host prefixes that serve the same site's pages (mobile, AMP, numbered mirrors).
_SAME_SITE_PREFIX = re.compile(r"^(?:www\d?|amp|m|mobile)\.")
#: The second-level labels of country domains ("co.uk", "com.au"), not a site's own name
#: ("vlt.de" is the site vlt; review 14).
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob",
                           "nic", "ltd", "plc", "gv", "info", "mil", "nom", "gen", "bel", "sch",
                           "k12", "tv", "biz"})
#: Hosts whose sites are their users' (a blog's name is the first label, not the host's).
_HOSTED = frozenset({"wordpress", "blogspot", "substack", "medium", "tumblr"})


def host(url: str) -> str:
    """The address's host in lower case, without a same-site prefix ("" when it has none)."""
    try:
        name = urllib.parse.urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return _SAME_SITE_PREFIX.sub("", name.lower())


def site(name: str) -> str:
    """The site a host belongs to: "keldrapost.com" of "edition.keldrapost.com", "bbc.co.uk"
    of "news.bbc.co.uk", a blog's own host on a hosting service."""
    labels = name.split(".")
    hosted = [i for i, label in enumerate(labels) if label in _HOSTED and i >= len(labels) - 3
              and i > 0 and i + 1 < len(labels)
              and (labels[i + 1] in ("com", "co", "net", "org") or len(labels[i + 1]) == 2)]
    if hosted:  # varno.blogspot.co.uk: the blog's own
        return ".".join(labels[max(0, hosted[0] - 1):])
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


#: A host's first label that names a section, an edition or a language of its site, not a
#: brand of its own ("news.", "english.", "edition."): the site's name is the brand then.
_SECTION_LABELS = frozenset({
    "www", "m", "amp", "mobile", "news", "edition", "editions", "english", "en", "fr", "de", "es",
    "it", "pt", "ar", "arabic", "world", "international", "intl", "uk", "us", "eu", "asia",
    "global", "beta", "online", "web", "sport", "sports", "business", "tech", "money", "live",
    "video", "videos", "blog", "blogs", "local", "home", "article", "articles", "story",
    "stories", "features", "opinion", "politics", "lite", "static", "edicion", "noticias",
    "nachrichten", "actualites", "notizie", "wiadomosci", "nieuws", "today",
    "latest", "breaking", "headlines", "epaper", "print", "archive", "archives",
    # languages and countries of an edition, and more sections (review 16)
    "hindi", "tamil", "telugu", "bangla", "bengali", "urdu", "marathi", "gujarati", "kannada",
    "malayalam", "punjabi", "espanol", "francais", "deutsch", "brasil", "mexico",
    "espana", "india", "africa", "europe", "auto", "autos", "weather", "health", "science",
    "lifestyle", "entertainment", "travel", "food", "education", "jobs", "cricket", "football",
    "tv", "radio", "photos", "maps", "elections", "economy", "markets", "finance",
    "regional", "national", "nasional", "internasional", "nacional", "regionale",
    "multimedia", "infographics", "livetv", "localnews", "podcasts", "galleries"})


def brand(name: str) -> str:
    """The name an outlet goes by on a host: the site's first label ("keldrapost" of
    "edition.keldrapost.com"), unless the host's own first label is a brand on a group's
    site ("zeenews" of "zeenews.grouphost.com", trial 19: a news brand on its group's domain
    was offered as the group's name). A short first label that names no outlet under a site
    whose name is an outlet's ("kelmid.keldranews.com") is the outlet's region (trial 21: an
    agency's provincial site was offered as its id); a longer one is a paper of the group
    ("kelbecourier.varnonews.com", review 20: two papers of a group were offered one id)."""
    labels, registered = name.split("."), site(name).split(".")
    own = labels[0] if len(labels) > len(registered) else ""
    region = (len(own) <= _REGION_LETTERS and not _names_an_outlet(own)
              and _names_an_outlet(registered[0]))
    if own and own not in _SECTION_LABELS and len(own) >= 4 and not own.isdigit() and not region:
        return own
    return registered[0]


#: The longest first label read as a region's short name ("jatim", "kaltim", "sumut").
_REGION_LETTERS = 6


def _names_an_outlet(label: str) -> bool:
    """Whether a host's label holds a word of outlets' names: the long ones anywhere
    ("keldratimes"), the two-letter ones ("tv", "fm") only at its end ("varnotv"; "tver" is a
    town)."""
    return any(word.lower() in label if len(word) > 2 else label.endswith(word.lower())
               for word in OUTLET_WORDS)

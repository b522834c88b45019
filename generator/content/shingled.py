"""Each article's six-word shingles, made once per build for the two stages that compare them.

The copy finder (:mod:`generator.analyse.copies`) and the off-event test's count of copies as
one source (:mod:`generator.check.event_signature`) both shingle every article of every build;
each used to do it on its own, the same words twice (0.2 s of CPU at 2,000 articles). Both now
ask here, under one key of the build's per-article cache: what one stage made the other finds,
``mkdocs serve`` keeps it between rebuilds on the unchanged :class:`Article` object (an edited
article is a new object, and the cache drops the old one's entries, so it never grows beyond
the content), and the on-disk store keeps it across builds. Why the build's cache and not a
table keyed by the text in :mod:`generator.text`: the cache is already bounded by the articles
alive, and a text-keyed table would need a bound of its own, one that a 2,000-article build
passing over its articles twice must not fall under. With ``NO_CACHE`` (library calls) each
stage shingles for itself, as before.

The two read slightly different texts: the copy finder compares the headline too (a copy keeps
it more often than not), the off-event test the outlet's own words (:attr:`Article.written`:
not a headline made from the address). The second is the first's shingles after the
headline's words (:meth:`~generator.text.shingles.Shingled.after`), never shingled again.
"""

from __future__ import annotations

from generator.content.cache import BuildCache
from generator.content.model import Article
from generator.text.shingles import Shingled, shingle


def compared(article: Article) -> str:
    """The headline, a blank line and the story: what the copy finder compares; its spans in
    ``Article.text`` start ``len(headline) + 2`` characters in."""
    return article.headline + "\n\n" + article.text


def shingles(article: Article, cache: BuildCache) -> Shingled:
    """The shingles of :func:`compared`, made once per article and build."""
    return cache.on(article, "shingles", None, lambda: shingle(compared(article)))


def written_shingles(article: Article, cache: BuildCache) -> Shingled:
    """The shingles of :attr:`Article.written` (the same words as :func:`compared`'s, less the
    headline when the address or the file name made it up), from :func:`shingles`."""
    whole = shingles(article, cache)
    if article.written is article.text:  # the story alone (the very string), no headline
        return whole.after(article.headline, article.text)
    return whole

"""Whether two quotations of two articles are one statement: in one language by the words they
share (:func:`generator.extract.quotes.same_statement`), across languages by what a translation
keeps (trial 39: a police chief's statement quoted by an English page and by the German
translation of the agency's story was drafted twice, as if two outlets had confirmed it).

A quotation rendered in another language shares no word with its original; what it keeps is
its speaker and its numbers, and about its length. Two statements of one speaker in two
languages are taken for one only when all three agree: the same speaker, the same numbers (one
at least, every one of each in the other) and lengths within the ratio a translation keeps
(:data:`generator.analyse.translations.LENGTH_RATIO`). A speaker who gives one number twice in
two statements of like length is joined wrongly; the draft says why it joined them, and the
analyst, who reads the two quotations side by side, splits them.
"""

from __future__ import annotations

from generator.analyse.translations import LENGTH_RATIO, number_marks
from generator.extract.model import QuoteCandidate
from generator.extract.proposals.two_speakers import two_speakers_apart
from generator.extract.quotes import same_statement
from generator.text.names import strip_titles


def statement_link(a: QuoteCandidate, b: QuoteCandidate, languages: dict[str, str]
                   ) -> tuple[int, str] | None:
    """How strongly ``a`` and ``b`` are one statement (the content words they share; 1 for a
    translation, which shares none) and why, or None. ``languages``: each article's language."""
    ok, shared, overlap = same_statement(a.text, b.text)
    if ok and not two_speakers_apart(a, b):  # (two speakers' warnings on one topic: trial 38)
        return shared, (f"grouped: {a.article} and {b.article} share {shared} content words "
                        f"({overlap:.0%} of the shorter rendering)")
    if rendered(a, b, languages.get(a.article, ""), languages.get(b.article, "")):
        return 1, (f"grouped: {a.article} and {b.article} quote one speaker with the same "
                   f"numbers, at a like length, in two languages: one statement translated?")
    return None


def rendered(a: QuoteCandidate, b: QuoteCandidate, lang_a: str, lang_b: str) -> bool:
    """Whether ``b`` renders ``a`` in another language (see the module's docstring)."""
    if not (lang_a and lang_b and lang_a != lang_b and _who(a) and _who(a) == _who(b)):
        return False
    longer, shorter = max(len(a.text), len(b.text)), min(len(a.text), len(b.text))
    if not shorter or longer / shorter > LENGTH_RATIO:
        return False
    marks = number_marks(a.text, lang_a)
    return bool(marks) and set(marks) == set(number_marks(b.text, lang_b))


def _who(quote: QuoteCandidate) -> str:
    """The speaker, for comparing across languages: the cast's id, else the surname the page
    names ("Polizeichef Anton Berger" and "police chief Anton Berger": "berger"); "" for a
    speaker named by no name ("police", "the statement")."""
    if quote.speaker_id:
        return quote.speaker_id
    words = strip_titles(quote.speaker).split()
    return words[-1].casefold() if words and words[-1][:1].isupper() else ""

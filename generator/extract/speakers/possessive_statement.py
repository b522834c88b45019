"""Whose words a statement named by its issuer's possessive are: "“…,” their statement said",
"its statement added", "a dit son communiqué", "según su comunicado"; and whose "“…,” it said"
are.

Copy names the body once ("the police said in their statement …") and then lets the text speak
by its possessive. Left as written, the draft credited the quotation to the words "their
statement" (spent set s38, a wire copy: two quotations of the police so credited), a speaker no
analyst can group with the body's other quotations. "The statement" was already read as the
previous speaker (``GENERIC_SPEAKERS``); the possessive points back the same way, and more
surely: it says the text is the issuer's. So the speaker is the one of the last quotation before
it, when that one was credited within :data:`REACH` characters; else there is no speaker (the
analyst says who), never the possessive phrase.

"It" is a body as well, never a person: "The Aviation Board said in a statement …. “…,” it
added." had been read as the previous quotation's speaker, a witness (pool spfur14), and "The
fair's feed asked people to wait. / “…,” it said." as "it" (pool spspk5). Its speaker is the
subject the last sentence before the quotation attributes words to, when that is a body (an
article opens it, or an organisation's noun ends it); else the previous speaker when that is a
body; else no speaker.
"""

from __future__ import annotations

import regex

from generator.extract.speakers.attribution import attribution
from generator.text.lexicon import ORG_WORDS, TITLES
from generator.text.one_person import is_person
from generator.text.sentences import Sentence, sentence_spans
from generator.text.speech_words import QUOTE_CHARS

#: How far back the issuer's quotation may stand (a few paragraphs of copy).
REACH = 1500
#: A possessive and the noun of a written text, in the languages whose copy credits so.
_POSSESSIVE = regex.compile(
    r"(?i)^(?:(?:their|its|his|her)\s+(?:own\s+)?(?:(?:written|official|latest|earlier|brief)\s+)?"
    r"(?:statement|release|press\s+release|communiqu[eé]|news\s+release|bulletin)"
    r"|(?:son|leur)\s+communiqu[ée]|(?:sa|leur)\s+d[ée]claration"
    r"|su\s+(?:comunicado|declaraci[oó]n)"
    r"|(?:il\s+suo|il\s+loro)\s+comunicato|(?:la\s+sua|la\s+loro)\s+(?:nota|dichiarazione)"
    r"|(?:seine|ihre)\s+(?:Mitteilung|Erklärung))$")


def possessive_statement(speaker: str) -> bool:
    """Whether ``speaker`` is a written text named by its issuer's possessive ("their
    statement"), not by its issuer."""
    return _POSSESSIVE.match(speaker.strip()) is not None


#: Nouns that end a body's name besides :data:`~generator.text.lexicon.ORG_WORDS`.
_BODY_NOUNS = ORG_WORDS | {"police", "administration", "authority", "board", "service", "company",
                           "airline", "airlines", "firm", "commission", "feed", "account"}


def _body(who: str) -> bool:
    """Whether ``who`` names a body, not a person: a body's noun ends it, or an article opens a
    name ("The Kelm Red Cross"). An article before a common noun is no body of itself: "the
    mayor", "the driver's brother" are people."""
    words = who.split()
    if not words:
        return False
    last = words[-1].strip(".,")
    return last.lower() in _BODY_NOUNS or (
        words[0].lower() in ("the", "its") and len(words) > 1 and last[:1].isupper()
        and last.lower() not in TITLES and not is_person(last.lower(), "en"))


def _it_referent(text: str, at: int, history: list[tuple[int, str]]) -> str:
    """The body "it" stands for at ``at`` (module docstring); "" when none is found."""
    para = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at))) + 2 if "\n\n" in text else 0
    head = text[para:at].rstrip(QUOTE_CHARS + " \n")  # the quotation's own mark left out
    for a, b in reversed(sentence_spans(head)):
        found = attribution(Sentence(para + a, para + b, text[para + a:para + b], 0))
        if found is not None and found.who:
            return found.who if _body(found.who) else ""
    prev = history[-1][1] if history else ""
    return prev if prev and _body(prev) else ""


def statement_issuer(speaker: str, at: int, history: list[tuple[int, str]],
                     text: str = "") -> str | None:
    """Who issued the statement ``speaker`` names by a possessive, for a quotation at ``at``:
    the speaker of the last quotation before it within :data:`REACH` that is not such a phrase;
    "" when there is none; None when ``speaker`` is no possessive statement. For "it", the body
    it stands for (:func:`_it_referent`), given the article's ``text``."""
    if speaker.strip().lower() == "it" and text:
        return _it_referent(text, at, history)
    if not possessive_statement(speaker):
        return None
    for start, name in reversed(history):
        if at - start > REACH:
            break
        if name and not possessive_statement(name):
            return name
    return ""

"""Whose words a statement named by its issuer's possessive are: "“…,” their statement said",
"its statement added", "a dit son communiqué", "según su comunicado".

Copy names the body once ("the police said in their statement …") and then lets the text speak
by its possessive. Left as written, the draft credited the quotation to the words "their
statement" (spent set s38, a wire copy: two quotations of the police so credited), a speaker no
analyst can group with the body's other quotations. "The statement" was already read as the
previous speaker (``GENERIC_SPEAKERS``); the possessive points back the same way, and more
surely: it says the text is the issuer's. So the speaker is the one of the last quotation before
it, when that one was credited within :data:`REACH` characters; else there is no speaker (the
analyst says who), never the possessive phrase.
"""

from __future__ import annotations

import regex

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


def statement_issuer(speaker: str, at: int, history: list[tuple[int, str]]) -> str | None:
    """Who issued the statement ``speaker`` names by a possessive, for a quotation at ``at``:
    the speaker of the last quotation before it within :data:`REACH` that is not such a phrase;
    "" when there is none; None when ``speaker`` is no possessive statement."""
    if not possessive_statement(speaker):
        return None
    for start, name in reversed(history):
        if at - start > REACH:
            break
        if name and not possessive_statement(name):
            return name
    return ""

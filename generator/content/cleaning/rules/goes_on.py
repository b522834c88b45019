"""A note that the story goes on past something put into it: "Article continues below", "El
artículo continúa abajo", "(continua dopo la foto)", "Dalsza część artykułu pod reklamą".

Sites word these notes their own way, so a list of whole phrases always lacks the next one:
s37 and s38 each had a wording none held. The note's grammar is small and the same in every
language: the story's noun (which may be left out), a verb of going on, where, and at most
what was put in (an advertisement, a picture, a video), with the words that close the clause
where the language puts its verb last (:class:`~generator.text.furniture_words.GoesOn`).
Nothing else may stand on the line, so a story sentence about a search that "continues after
dark" is no note. This is the one rule of these notes: the advertisement rule's own list of
them (``AFTER_AD``, "Story continues below advertisement", "Weiter nach der Anzeige") read
them as an ad's marker, so that one after the story's last paragraph did not say the copy
stopped there, where this rule's does (:mod:`generator.content.cleaning.excerpt`).
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import Rule, ci
from generator.content.cleaning.rules.patterns import EDGE, alternation
from generator.text import furniture_words as F


def _note(form: F.GoesOn) -> str:
    """One wording's note: the noun and the verb, or the verb alone; a wording whose note needs
    no verb ("Dalsza część artykułu pod …", "Fortsetzung nach …") lists the empty verb and
    keeps its noun. Then where, what was put in, and the words closing the clause."""
    noun = alternation(list(form.nouns))
    verbs = [v for v in form.verbs if v]
    if not verbs:
        head = rf"{noun}\s+"
    elif "" in form.verbs:
        head = rf"{noun}\s+(?:{alternation(verbs)}\s+)?"
    else:
        head = rf"(?:{noun}\s+)?{alternation(verbs)}\s+"
    put_in = rf"(?:\s+(?:[\pL'’]+\s+){{0,2}}{_PUT_IN})" + ("" if form.put_in else "?")
    closing = rf"\s+{alternation(list(form.closing))}" if form.closing else ""
    return head + alternation(list(form.where)) + put_in + closing


_PUT_IN = alternation(sorted(set(F.PUT_IN)))
#: The note's words (RE2, folded text, case left to the caller): read on a line of its own
#: here, and in brackets after a paragraph's last sentence (:mod:`..read_more`).
NOTE = "(?:" + "|".join(f"(?:{_note(form)})" for forms in F.GOES_ON.values()
                        for form in forms) + ")"

RULES: tuple[Rule, ...] = (
    Rule("story-goes-on", "advertisement",
         "a note that the story goes on past an advertisement, a picture or a video",
         ci(rf"^{EDGE}{NOTE}{EDGE}$"),
         max_words=8),
)

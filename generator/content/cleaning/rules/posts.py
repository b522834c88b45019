"""Embedded social posts printed on one line with their sign-off.

A scraper that flattens an embedded post may print its text, then on the same line the
post's sign-off: a dash, the author, the handle in brackets and the date ("Roads closed in
Valdoria #Flood — Valdoria Police (@ValdoriaPol) 3 May 2031"). The whole line is the post,
another's words quoted by the page, not the outlet's story (trial 30: such a line was kept as
story and its count proposed). The sign-off on a line of its own is ``embed-attribution``
(:mod:`.credits`); here the line must end on the handle and a date, so that a story sentence
that names someone's handle mid-sentence stays.
"""

from __future__ import annotations

from generator.content.cleaning.rules.base import Rule, ci
from generator.content.cleaning.rules.patterns import DATE

RULES: tuple[Rule, ...] = (
    Rule("embed-signed-post", "embed", "embedded post: its text, author and date on one line",
         ci(rf"^\S.{{0,600}}?\s[—–]\s*(?P<who>[^()@—–]{{1,80}}?)\s*\(@[A-Za-z0-9_]{{1,30}}\)"
            rf"(?:\s*(?:{DATE}|[^.!?]{{0,30}}\d{{4}}))?\s*$"),
         max_words=120),
)

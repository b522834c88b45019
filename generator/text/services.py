"""The public services a disaster brings out, as the press names them: a body, never a
person, whether it speaks, counts or signs."""

from __future__ import annotations

#: The public services sent to a disaster, as the press names them, by language: one table for
#: the readers that must know a body from a person (a body that speaks, a body that counts, a
#: body's name in a sign-off), which had each spelt their own (read once more, the
#: thirty-third stop).
SERVICES: dict[str, frozenset[str]] = {
    "en": frozenset({"police", "firefighters", "rescuers", "medics", "army", "military"}),
    "de": frozenset({"polizei", "feuerwehr", "rettungsdienst", "katastrophenschutz",
                     "bundeswehr"}),
    "nl": frozenset({"politie", "brandweer", "hulpdiensten"}),
    "fr": frozenset({"gendarmerie", "pompiers", "armée"}),
    "es": frozenset({"policía", "bomberos", "ejército"}),
    "it": frozenset({"polizia", "vigili", "esercito"}),
    "pt": frozenset({"polícia", "bombeiros", "exército"}),
}

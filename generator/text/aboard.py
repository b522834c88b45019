"""Who was on board, in the languages of the corpus: passengers and crew by their role, the
words that put a count of people on board or say that the aircraft or vessel carried them, and
the words for those who lived through the event.

Found on fresh pages about an airliner crash (extract round 24): a crash is reported by the
people on board, the passengers, the crew, the dead and the survivors, and the counted table
(:mod:`generator.text.counted_words`) had the first three as people and the survivors as the
rescued in every language but English, so that each outlet's counts were "Number of people".
"""

from __future__ import annotations

import re

#: Those on board counted by their role, in the other languages, as beginnings of the words
#: after the number (English reads "passengers" and "crew" by their lemma): the counted table
#: (:mod:`generator.text.counted_words`) has them among people, so an airliner's passengers and
#: crew were each "Number of people" (extract round 24, fresh pages on an airliner crash).
ON_BOARD: dict[str, dict[str, tuple[str, ...]]] = {
    "passenger": {"fr": ("passagers", "passagères"), "es": ("pasajeros", "pasajeras"),
                  "it": ("passeggeri", "passeggere"), "pt": ("passageiros", "passageiras"),
                  "de": ("passagiere", "fahrgäste", "fluggäste"), "nl": ("passagiers",),
                  # (Greek and Hungarian by their stem: "επιβάτες", "επιβαίνοντες"; "utas",
                  # "utasa", the singular a Hungarian number takes)
                  "sv": ("passagerare",), "da": ("passagerer",), "no": ("passasjerer",),
                  "el": ("επιβάτ", "επιβαίνοντ"), "hu": ("utas",),
                  # by their stems, in every case ("potnikov", "putnika", "matkustajaa")
                  "sl": ("potnik",), "hr": ("putnik",), "et": ("reisija",), "fi": ("matkustaj",)},
    "crew": {"fr": ("membres d'équipage", "membres d’équipage", "membres de l'équipage",
                    "membres de l’équipage"),
             "es": ("tripulantes", "miembros de la tripulación", "miembros de tripulación"),
             "it": ("membri dell'equipaggio", "membri dell’equipaggio", "membri d'equipaggio"),
             "pt": ("tripulantes", "membros da tripulação"),
             "de": ("besatzungsmitglieder", "crewmitglieder"), "nl": ("bemanningsleden",)},
}
#: The words that put people on board, per language, as a pattern: a count of people they
#: follow or open the clause of is of those on board ("80 people on board", "a bordo había 80
#: personas", "80 Menschen an Bord"), the count a crash is reported by (extract round 24).
ABOARD = re.compile(r"\b(?:on\s+board|aboard|onboard|à\s+(?:son\s+|leur\s+)?bord|a\s+bordo|"
                    r"an\s+Bord|aan\s+boord)\b", re.I)
#: A verb of carrying right before a count of people: the aircraft or vessel carried them ("a
#: plane carrying 80 people", "transportait 80 passagers", "trasportava 80 persone").
_CARRY_VERBS = (r"carr(?:ying|ied|ies)|transport(?:ait|ant|aient|aba|ava|avam)|"
                r"trasporta(?:va|vano|nte)|llevaba|levava|beförderte")
CARRYING = re.compile(rf"\b(?:{_CARRY_VERBS})\s+(?:\S+\s+)?$", re.I)
#: What makes an amount of a substance the load a vessel or a vehicle carried, not what it
#: spilled, lost or burned: a verb of carrying or a cargo's noun right before the amount ("each
#: carrying around 900 tonnes", "transportaient environ 900 tonnes", "a cargo of 900 tons",
#: "llevaba 900 toneladas"), or a participle of loading or "on board" closing its clause ("900
#: Tonnen Diesel geladen", "900 tonnes of fuel on board"). Trial 38: the tonnes two tankers
#: carried and the tonnes they spilled were one figure, shown as sources that disagree.
CARGO_BEFORE = re.compile(
    rf"\b(?:{_CARRY_VERBS}|transport(?:ing|ed|aban|avano|avam)|llevaban|levavam|hauling"
    r"|(?:loaded|laden)\s+with|cargo\s+of|cargaison\s+de|cargamento\s+de|carga\s+de"
    r"|carico\s+di|Ladung\s+von|chargés?\s+de|cargad[oa]s?\s+con|carregad[oa]s?\s+com"
    r"|carich[ei]\s+di)\s+(?:\S+\s+)?$", re.I)
CARGO_AFTER = re.compile(r"^[^.;:,!?()]{0,40}?(?<!\w)(?:geladen|beladen|an\s+Bord|on\s+board"
                         r"|aboard|à\s+(?:son\s+|leur\s+)?bord|a\s+bordo|aan\s+boord)(?!\w)",
                         re.I)


def carried(before: str, after: str) -> bool:
    """Is the amount between ``before`` and ``after`` (the text after its number) what a vessel
    or a vehicle carried (:data:`CARGO_BEFORE`, :data:`CARGO_AFTER`)?"""
    return bool(CARGO_BEFORE.search(before[-60:]) or CARGO_AFTER.search(after))
#: The beginnings of the counted table's words for the rescued (:mod:`generator.text.
#: counted_words`) that say people lived through the event rather than were saved from it:
#: survivors, a group of their own in every language, as English's "survivors" already was
#: (extract round 24: a crash's survivors were "Number of rescued" in four languages).
SURVIVED = frozenset({"survived", "rescapé", "survivant", "survécu", "supervivient",
                      "sobrevivient", "sobrevivi", "sopravvissut", "sobrevivent", "sobrevivera",
                      "sobreviveu", "überlebend", "überlebt", "overlevend", "overleefd"})
#: Brought ashore or off the vessel, said after a count of survivors ("104 Überlebende an Land
#: gebracht", "survivors brought ashore", "portati a terra"): the survivors of a wreck, whom
#: the counted table's words of being brought ashore would make evacuees (trial 42).
_ASHORE = re.compile(r"\b(?:an\s+land|ashore|to\s+shore|à\s+terre|a\s+terra|a\s+tierra|"
                     r"em\s+terra|von\s+bord|off\s+the\s+(?:ship|boat|vessel))\b", re.I)


def brought_ashore(rest: str) -> bool:
    """Whether the words after a count of people bring them ashore (:data:`_ASHORE`)."""
    return _ASHORE.search(rest[:80]) is not None


def on_board(words: str, lang: str) -> str | None:
    """``passenger`` or ``crew`` when ``words`` open with a word of :data:`ON_BOARD`."""
    low = words.lower() + " "
    return next((group for group, by_lang in ON_BOARD.items()
                 if any(low.startswith(w) for w in by_lang.get(lang, ()))), None)

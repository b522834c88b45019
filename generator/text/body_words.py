"""Words that make a capitalised run a body, not a person (trial 45).

A person "of the Tarvia Civil Rights League" lost his words to the league, and the head of an
"Asociación Médica de Tarvia" made the association a person whose "surname" was the country
closing its name: every later bare mention of the country was read as that person.
"""

from __future__ import annotations

#: Last words of a body of members or of oversight ("the Civil Rights League", "the Law
#: Society", "the Police Oversight Authority", "the British Consulate"), read beside
#: :data:`generator.text.lexicon.ORG_WORDS`.
BODY_NOUNS = frozenset({
    "league", "association", "commission", "society", "federation", "foundation", "institute",
    "authority", "watchdog", "board", "embassy", "consulate",
})
#: First words that make a capitalised run a body in the languages that put the noun first
#: ("Asociación Médica de Tarvia", "Commission nationale", "Lega per i diritti"): no person's
#: name opens with one.
BODY_HEADS = frozenset({
    "asociación", "comisión", "sociedad", "liga", "federación", "fundación", "instituto",
    "colegio", "sindicato", "consejo", "comité", "organización", "defensoría",
    "association", "commission", "société", "ligue", "fédération", "fondation", "institut",
    "syndicat", "conseil", "organisation", "ordre",
    "associazione", "commissione", "società", "lega", "federazione", "fondazione", "istituto",
    "sindacato", "consiglio", "comitato", "organizzazione",
    "associação", "comissão", "sociedade", "federação", "fundação", "conselho", "comitê",
    "ordem", "organização",
})

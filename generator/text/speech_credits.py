"""How a quotation is credited where the table of speech verbs (:mod:`generator.text.
speech_verbs`) cannot be read as one alternation: a separable verb around its subject ("gab X
zu", "lieten de bonden weten"), an infinitive with its clitic after the closing mark ("A dirlo
è X"), a noun of telling ("È il racconto di X"). Apart from the table so that each stays under
the size limit (round fspk5).
"""

from __future__ import annotations

import re

#: A separable speech verb around its inverted subject, German ("“…”, gab der Leiter, X, zu.",
#: "räumte X ein", "fügte X hinzu") and Dutch ("'…', lieten de bonden weten", "voegde X eraan
#: toe", after "zo" too: "'…', zo laat de gemeente weten", round fspk5): its particle closes the
#: sentence; moved next to the verb, the two are the speech verb the table lists (trial 25: no
#: speaker). Dutch "zo" (thus) before the verb is no subject and is dropped.
SEPARABLE = {
    "de": re.compile(r"^(?P<lead>\s*,\s*)(?P<verb>gab|gaben|räumte|räumten|fügte|fügten|"
                     r"teilte|teilten|führte|führten)(?P<subj>\s+[^.!?;:]{1,120}?),?"
                     r"\s+(?P<part>zu|ein|hinzu|mit|aus)(?=\s*[.!?]|\s*$)"),
    "nl": re.compile(r"^(?P<lead>\s*,\s*)(?:zo\s+)?(?P<verb>liet|lieten|laat|laten|voegde|"
                     r"voegden|voegt)(?P<subj>\s+[^.!?;:]{1,120}?),?"
                     # a time adverb after the subject is none of it ("de bonden eerder")
                     r"(?:\s+(?:eerder|ook|al|nog|zelf|later|daarna|vandaag|gisteren))*"
                     r"\s+(?P<part>weten|toe|eraan\s+toe)(?=\s*[.!?]|\s*$)"),
}


#: Nouns of telling that credit a quotation without a verb, after its closing mark: "«…»: ecco
#: il racconto di X", "«…». È il lungo racconto, tra le pause, di X", "C'est le récit de X",
#: "Es el relato de X", "É o depoimento de X".
#: "Según la declaración que …" names what was said, not who said it (quotes round 17).
SPEECH_NOUNS = {
    "it": ("racconto", "testimonianza", "ricordo", "sfogo", "dichiarazione", "parole",
           *("replica", "risposta", "commento")),
    "fr": ("récit", "témoignage", "déclaration", "paroles", "mots",
           *("réponse", "réplique", "commentaire")),
    "es": ("relato", "testimonio", "declaración", "palabras",
           *("respuesta", "réplica", "comentario")),
    "pt": ("relato", "depoimento", "testemunho", "declaração", "palavras",
           *("resposta", "réplica", "comentário")),
}

#: The nouns of a reply or a comment in :data:`SPEECH_NOUNS` (each list's last three), which
#: copy also writes of no one in particular ("È la replica più attesa", "Es una respuesta
#: que no convence"): they credit a quotation only with whose they are, "di X" / "de X" after
#: them ("«…». È la replica dell'assessore X all'interrogazione …", "È un commento duro
#: quello del vicesindaco X": round fspk7, two Italian sites read no speaker or the council).
REPLY_NOUNS = frozenset(noun for nouns in SPEECH_NOUNS.values() for noun in nouns[-3:])

#: The possessives before such a noun: "«…», fueron sus primeras palabras" credits the
#: person named last, as a verb with no subject does (s18: no speaker was read).
SPEECH_NOUN_POSSESSIVES = {
    "it": ("le sue", "la sua", "il suo", "i suoi", "le loro", "la loro"),
    "fr": ("ses", "sa", "son", "leurs", "leur"),
    "es": ("sus", "su"),
    "pt": ("as suas", "suas", "a sua", "sua", "os seus", "seus", "o seu", "seu"),
}


#: Speech verbs in the infinitive whose gerund, or whose infinitive after "al" / "ao", says a
#: quotation in a clause whose subject is the main verb's: "X negó que …, señalando que «…»",
#: "negó … al señalar que «…»", "en soulignant que « … »", "sottolineando che «…»" (round
#: fspk5: no speaker was read in any of the four languages).
NON_FINITE = {
    "es": ("decir", "señalar", "afirmar", "asegurar", "explicar", "subrayar", "destacar",
           "indicar", "advertir", "aclarar", "recordar", "insistir", "añadir", "agregar",
           "declarar", "precisar", "reiterar", "sostener", "argumentar", "apuntar", "remarcar"),
    "pt": ("dizer", "afirmar", "declarar", "explicar", "destacar", "ressaltar", "lembrar",
           "garantir", "alertar", "acrescentar", "frisar", "salientar", "sublinhar", "reforçar",
           "argumentar", "ponderar", "assegurar"),
    "it": ("dire", "affermare", "dichiarare", "spiegare", "sottolineare", "ricordare",
           "precisare", "aggiungere", "ribadire", "evidenziare", "osservare", "avvertire",
           "assicurare", "sostenere", "chiarire", "raccontare", "confermare", "riferire",
           "denunciare", "annunciare", "ammettere", "rivelare", "scrivere"),
    "fr": ("dire", "affirmer", "déclarer", "expliquer", "souligner", "rappeler", "préciser",
           "ajouter", "assurer", "insister", "estimer", "indiquer", "avertir", "répéter"),
}
#: Italian credits a quotation after its closing mark with a speech verb in the infinitive and
#: the clitic of the words ("«…». A dirlo all'agenzia, dal corteo, X, segretario …", "A
#: spiegarlo è X"): who said it is the name after, past the phrases of where and to whom (round
#: fspk5: no speaker was read). The infinitives of :data:`NON_FINITE` with their clitic
#: ("dire" -> "dirlo", "dirla"): one list of Italian verbs of saying in the infinitive (the
#: review of round fspk5 found two that had drifted apart).
CREDITED_INFINITIVES = {
    "it": tuple(verb[:-1] + clitic for verb in NON_FINITE["it"] for clitic in ("lo", "la")),
}
#: The gerunds the endings below do not give.
_IRREGULAR_GERUNDS = {("es", "decir"): "diciendo", ("es", "advertir"): "advirtiendo",
                      ("pt", "dizer"): "dizendo", ("it", "dire"): "dicendo",
                      ("fr", "dire"): "disant", ("fr", "avertir"): "avertissant"}
#: Infinitive ending -> gerund ending, per language.
_GERUND_ENDINGS = {"es": (("ar", "ando"), ("er", "iendo"), ("ir", "iendo")),
                   "pt": (("ar", "ando"), ("er", "endo"), ("ir", "indo")),
                   "it": (("are", "ando"), ("ere", "endo"), ("ire", "endo")),
                   "fr": (("er", "ant"),)}
#: The preposition before an infinitive of saying ("al señalar"), or before the gerund ("en").
_BEFORE_INFINITIVE = {"es": "al", "pt": "ao"}


def non_finite_speech(lang: str) -> str:
    """The gerunds of :data:`NON_FINITE` ("señalando", "en soulignant") and the infinitives after
    "al" / "ao", as one pattern, right before "que", "che" or a colon; "" for a language
    without them."""
    verbs = NON_FINITE.get(lang, ())
    gerunds = [_IRREGULAR_GERUNDS.get((lang, v)) or next(
        (v[:-len(inf)] + ger for inf, ger in _GERUND_ENDINGS[lang] if v.endswith(inf)), v)
        for v in verbs]
    if not verbs:
        return ""
    forms = "|".join(gerunds)
    if lang == "fr":
        forms = rf"(?:en\s+)?(?:{forms})"
    if lang in _BEFORE_INFINITIVE:
        forms = rf"{_BEFORE_INFINITIVE[lang]}\s+(?:{'|'.join(verbs)})|{forms}"
    return rf"(?<!\w)(?:{forms})(?=\s+(?:que|che|qu['’])(?!\w)|\s*:)"

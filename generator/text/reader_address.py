"""The words a page uses to speak to its reader, in every language the cleaner reads.

After the story, a page speaks to the person reading it: a paywall ("your subscription is in use
on another device"), a comment form ("please enter your name"), a newsletter box, a request for
corrections ("write to us"). The telling feature is the second person and the imperative. A news
story rarely addresses its reader, but its quotations address people all the time, so these words
are only ever looked for outside quotation marks and after the story's last paragraph (see
:mod:`generator.content.cleaning_address`).

Per language, two tables:

* :data:`SECOND_PERSON`: the pronouns and possessives of the second person (familiar and, where
  the language has one that is not also a third-person form, polite). Where the polite form is
  the third person ("Sie", "Lei", "usted"'s "su", Polish "Pan"/"Pani", Portuguese "seu") only the
  forms that cannot be read otherwise are listed; German's polite forms are judged by their
  capital inside a sentence (:data:`POLITE_CAPITALISED`).
* :data:`PLEASE`: the word or phrase that makes a request of the reader.

Words that are the second person in one language and something else in another ("du" is "of
the" in French, "te" is "to" in Dutch, "u" is "or" in Polish) are never shared between
languages: a page is judged with its own language's table (and English's, which many sites use
for their widgets). Collected from grammars of each language (the personal pronoun and possessive
tables), not from the pages of the test corpus.
"""

from __future__ import annotations

SECOND_PERSON: dict[str, frozenset[str]] = {
    "en": frozenset({"you", "your", "yours", "yourself", "yourselves", "you're", "you’re",
                     "you'll", "you’ll", "you've", "you’ve", "you'd", "you’d"}),
    "de": frozenset({"du", "dich", "dir", "dein", "deine", "deinem", "deinen", "deiner",
                     "deines", "euch", "euer", "eure", "eurem", "euren", "eurer", "eures"}),
    "fr": frozenset({"vous", "votre", "vos", "tu", "toi", "ton", "ta", "tes", "te", "t'", "t’"}),
    "es": frozenset({"tú", "tu", "tus", "te", "ti", "contigo", "usted", "ustedes", "vosotros",
                     "vosotras", "vuestro", "vuestra", "vuestros", "vuestras", "os"}),
    "it": frozenset({"tu", "tuo", "tua", "tuoi", "tue", "ti", "te", "voi", "vostro", "vostra",
                     "vostri", "vostre"}),
    "pt": frozenset({"você", "vocês", "tu", "te", "ti", "teu", "tua", "teus", "tuas",
                     "contigo", "vós", "vosso", "vossa", "vossos", "vossas"}),
    "nl": frozenset({"je", "jij", "jou", "jouw", "jullie", "u", "uw"}),
    "pl": frozenset({"ty", "ciebie", "cię", "tobie", "tobą", "twój", "twoja", "twoje",
                     "twojego", "twojej", "twoim", "twoich", "twoimi", "wy", "was", "wam",
                     "wami", "wasz", "wasza", "wasze", "waszego", "waszej", "waszym", "waszych"}),
    "cs": frozenset({"ty", "tebe", "tě", "tobě", "tebou", "tvůj", "tvoje", "tvá", "tvého",
                     "tvé", "tvým", "vy", "vás", "vám", "vámi", "váš", "vaše", "vašeho",
                     "vaší", "vašim"}),
    "id": frozenset({"anda", "kamu", "kalian"}),
}

#: German's polite "you" is the third person plural written with a capital: inside a sentence
#: (not as its first word) the capital tells it from "sie" (she, they).
POLITE_CAPITALISED: dict[str, frozenset[str]] = {
    "de": frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"}),
}

#: The request: "please", and its equivalents (a phrase's words must follow each other).
PLEASE: dict[str, tuple[str, ...]] = {
    "en": ("please",),
    "de": ("bitte",),
    "fr": ("s'il vous plaît", "s’il vous plaît", "veuillez"),
    "es": ("por favor",),
    "it": ("per favore", "per cortesia"),
    "pt": ("por favor",),
    "nl": ("alstublieft", "alsjeblieft", "a.u.b."),
    "pl": ("proszę",),
    "cs": ("prosím",),
    "id": ("silakan", "mohon"),
}

"""The words a page uses to speak to its reader, in every language the cleaner reads.

After the story, a page speaks to the person reading it: a paywall ("your account is open on
another screen"), a comment form ("please give your name"), a newsletter box, a request for
corrections ("write to us"). The telling feature is the second person and the imperative. A news
story rarely addresses its reader, but its quotations address people all the time, so these words
are only ever looked for outside quotation marks and after the story's last paragraph (see
:mod:`generator.content.cleaning.address`).

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

#: Of those, the possessives: the word after one is a noun, the reader's own thing ("tu cuenta",
#: "your account", "ton compte"), even where the same word is a verb of speech elsewhere ("cuenta"
#: is also "tells"). Only the forms that are never a pronoun are listed ("te", "je", "ti" are
#: left out: "te cuenta" is "tells you").
SECOND_PERSON_POSSESSIVE: dict[str, frozenset[str]] = {
    "en": frozenset({"your"}),
    "de": frozenset({"dein", "deine", "deinem", "deinen", "deiner", "deines", "euer", "eure",
                     "eurem", "euren", "eurer", "eures"}),
    "fr": frozenset({"votre", "vos", "ton", "ta", "tes"}),
    "es": frozenset({"tu", "tus", "vuestro", "vuestra", "vuestros", "vuestras"}),
    "it": frozenset({"tuo", "tua", "tuoi", "tue", "vostro", "vostra", "vostri", "vostre"}),
    "pt": frozenset({"teu", "tua", "teus", "tuas", "vosso", "vossa", "vossos", "vossas"}),
    "nl": frozenset({"jouw", "uw"}),
    "pl": frozenset({"twój", "twoja", "twoje", "twojego", "twojej", "twoim", "twoich", "wasz",
                     "wasza", "wasze", "waszego", "waszej", "waszym", "waszych"}),
    "cs": frozenset({"tvůj", "tvoje", "tvá", "tvého", "tvé", "tvým", "váš", "vaše", "vašeho",
                     "vaší", "vašim"}),
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

#: The imperative (or, in page widgets, the infinitive that stands for it) of what a page asks
#: its reader to do with the page: read, see, watch, subscribe, register, comment, share,
#: follow, listen, download. Counted only as the first word of a block ("Read the full story",
#: "Regardez la vidéo", "Leia mais", "Suscríbete"): inside a sentence these words are the story's.
#: From the conjugation tables of each language (second person singular and plural, and the
#: polite form where it differs), not from the pages of the test corpus. "Become" ("Become a
#: supporter", "Hazte socio", "Devenez membre", "Zostań patronem") opens a site's supporters'
#: prompt (fur5).
IMPERATIVE: dict[str, frozenset[str]] = {
    # Forms that are also a noun or a third person ("Sign language …", "Share prices …", "Lee",
    # "Lascia la moglie …", "Meldet die Polizei …", "Segue internado …") are left out.
    "en": frozenset({"read", "see", "watch", "click", "subscribe", "register", "leave",
                     "follow", "listen", "join", "enter", "continue", "discover", "become"}),
    "de": frozenset({"lies", "sieh", "schau", "klick", "klicke", "abonniere", "folge", "teile",
                     "hör", "höre", "melde", "schreib", "schreibe", "weiterlesen", "abonnieren",
                     "anmelden", "registrieren", "kommentieren"}),
    "fr": frozenset({"lis", "lisez", "lire", "vois", "voyez", "voir", "regarde", "regardez",
                     "clique", "cliquez", "abonne", "abonnez", "inscris", "inscrivez", "découvre",
                     "découvrez", "suivez", "partage", "partagez", "écoute", "écoutez",
                     "télécharge", "téléchargez", "retrouvez", "laissez", "commentez",
                     "consulte", "consultez", "écris", "écrivez", "rejoins", "rejoignez",
                     "enregistrer", "s'abonner", "s’abonner", "s'inscrire", "s’inscrire",
                     "devenez", "deviens"}),
    "es": frozenset({"lea", "leed", "mira", "mire", "mirad", "ver", "leer", "sigue", "siga",
                     "seguid", "suscríbete", "suscríbase", "regístrate", "regístrese",
                     "descarga", "descargue", "escucha", "escuche", "comparte", "comparta",
                     "únete", "únase", "visita", "visite", "entérate", "entérese", "consulta",
                     "consulte", "recibe", "reciba", "síguenos", "síganos", "hazte",
                     "hágase"}),
    "it": frozenset({"leggi", "legga", "leggete", "guarda", "guardate", "vedi", "vedete",
                     "scopri", "scopra", "scoprite", "iscriviti", "abbonati", "segui", "seguite",
                     "seguici", "clicca", "clicchi", "cliccate", "scarica", "ascolta",
                     "condividi", "registrati"}),
    "pt": frozenset({"leia", "leiam", "veja", "vejam", "ver", "assine", "assinem", "saiba",
                     "saibam", "confira", "confiram", "acesse", "acessem", "clique", "cliquem",
                     "siga", "sigam", "baixe", "ouça", "compartilhe", "partilhe", "deixe",
                     "inscreva", "cadastre", "acompanhe", "descubra"}),
    "nl": frozenset({"lees", "bekijk", "kijk", "klik", "abonneer", "volg", "deel", "luister",
                     "schrijf", "meld", "reageer", "ontdek"}),
    "pl": frozenset({"czytaj", "czytajcie", "przeczytaj", "przeczytajcie", "zobacz",
                     "zobaczcie", "sprawdź", "sprawdźcie", "kliknij", "kliknijcie", "obserwuj",
                     "subskrybuj", "zapisz", "udostępnij", "posłuchaj", "obejrzyj", "dołącz",
                     "pobierz", "napisz", "skomentuj", "zostań", "zostańcie"}),
    "cs": frozenset({"čti", "čtěte", "přečtěte", "podívejte", "sledujte", "klikněte",
                     "přihlaste", "sdílejte", "pište", "napište"}),
}

#: English requests of two words whose verb alone is a noun too ("Sign up for the Morning
#: Brief", but "Sign language interpreters …"), counted as the first words of a block (fur5).
PHRASAL_REQUEST: tuple[str, ...] = ("sign up", "sign in", "log in")

#: Of those requests, the ones that send the reader to read on ("Read the whole report on …",
#: "Leggi l'intero articolo sul sito …"): the copy is only part of the article, as with "Read more".
READ_ON: dict[str, frozenset[str]] = {
    "en": frozenset({"read", "continue"}),
    "de": frozenset({"lies", "weiterlesen"}),
    "fr": frozenset({"lis", "lisez", "lire"}),
    "es": frozenset({"lea", "leed", "leer"}),
    "it": frozenset({"leggi", "legga", "leggete"}),
    "pt": frozenset({"leia", "leiam"}),
    "nl": frozenset({"lees"}),
    "pl": frozenset({"czytaj", "czytajcie", "przeczytaj", "przeczytajcie"}),
    "cs": frozenset({"čti", "čtěte", "přečtěte"}),
}

#: The page's own machinery, which a line speaking to its reader names when it is the page's and
#: not the story's: its newsletter, the comments, the log-in, a subscription, its notifications
#: (an error or typo to report: :data:`ERROR_WORDS`). Read by
#: :func:`generator.content.cleaning.address.mark_page_request`, which removes a short line
#: addressed to the reader wherever it stands only when it names one of these, or one of
#: :data:`PAGE_NOUNS` after a word of :data:`OWN` (issue 13, spfur11: a share box, a newsletter
#: pitch and a request for corrections between paragraphs, three sets). From dictionaries of
#: each language, not from the pages.
PAGE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"newsletter", "newsletters", "inbox", "comment", "comments", "login",
                     "logged", "subscription", "subscriber",
                     "notifications"}),
    "de": frozenset({"newsletter", "postfach", "kommentar", "kommentare", "login",
                     "abo", "abonnement", "benachrichtigungen"}),
    "fr": frozenset({"newsletter", "infolettre", "commentaire", "commentaires", "abonnement",
                     "notifications"}),
    "es": frozenset({"boletín", "newsletter", "comentario", "comentarios", "suscripción",
                     "notificaciones"}),
    "it": frozenset({"newsletter", "commento", "commenti", "abbonamento", "notifiche"}),
    "pt": frozenset({"newsletter", "comentário", "comentários", "assinatura", "notificações"}),
    "nl": frozenset({"nieuwsbrief", "reactie", "reacties", "abonnement", "meldingen"}),
    "pl": frozenset({"newsletter", "newslettera", "komentarz", "komentarze", "subskrypcja",
                     "subskrypcję", "powiadomienia"}),
    "cs": frozenset({"newsletter", "komentář", "komentáře", "předplatné"}),
}

#: An error or a typo is the page's to report only when the line asks for it to be reported, with
#: a word of :data:`SPOTTED`, to the newsroom (:data:`US`: "Spotted an error? Tell us", "Vous
#: avez vu une erreur ? … à nous transmettre"): the
#: story's own advice names errors too ("if your smoke alarm shows an error, please replace its
#: battery": review 37, which found such a line removed as a request of the page).
ERROR_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"error", "errors", "typo", "typos", "mistake", "mistakes"}),
    "de": frozenset({"fehler", "tippfehler"}),
    "fr": frozenset({"erreur", "erreurs", "coquille", "coquilles", "faute"}),
    "es": frozenset({"error", "errores", "errata", "erratas"}),
    "it": frozenset({"errore", "errori", "refuso", "refusi"}),
    "pt": frozenset({"erro", "erros", "gralha"}),
    "nl": frozenset({"fout", "fouten", "typfout"}),
    "pl": frozenset({"błąd", "błędy", "literówkę", "literówka"}),
    "cs": frozenset({"chyba", "chybu", "chyby", "překlep"}),
}

#: The verbs of finding and reporting that make an error the page's: the reader spotted it and
#: is asked to tell the newsroom (from dictionaries of each language).
SPOTTED: dict[str, frozenset[str]] = {
    "en": frozenset({"spot", "spotted", "found", "find", "notice", "noticed", "report",
                     "tell", "let"}),
    "de": frozenset({"entdeckt", "gefunden", "bemerkt", "melden", "mitteilen", "schreiben"}),
    "fr": frozenset({"vu", "repéré", "trouvé", "remarqué", "constaté", "signaler", "signalez",
                     "signalez-la", "signalez-le"}),
    "es": frozenset({"encontrado", "visto", "detectado", "notado", "avísanos", "comunícanos",
                     "reportar", "infórmanos"}),
    "it": frozenset({"trovato", "notato", "visto", "segnala", "segnalaci", "segnalare"}),
    "pt": frozenset({"encontrou", "viu", "detectou", "notou", "reporte", "comunique",
                     "avise"}),
    "nl": frozenset({"gezien", "gevonden", "ontdekt", "meld", "melden", "laat"}),
    "pl": frozenset({"zauważyłeś", "zauważyłaś", "znalazłeś", "znalazłaś", "zgłoś",
                     "napisz"}),
    "cs": frozenset({"našli", "všimli", "nahlaste", "napište"}),
}

#: The newsroom as the one to tell: the first person plural ("tell us", "schreiben Sie uns",
#: "signalez-la-nous", "avísanos"). A request for corrections asks the reader to tell the page;
#: the story's advice about an error sends the reader to someone else ("if you notice an error
#: code on your smoke alarm, report it to the landlord": review 38 found such advice, with its
#: verb of spotting, still removed). Spanish and Italian glue the pronoun to the imperative, so
#: those forms are listed whole; Italian "ci" alone is also "there" and is left out. From the
#: pronoun tables of each language, not from the pages.
US: dict[str, frozenset[str]] = {
    "en": frozenset({"us", "we", "our"}),
    "de": frozenset({"uns", "wir", "unsere", "unserer", "unseren", "unserem", "redaktion"}),
    "fr": frozenset({"nous", "notre", "nos", "rédaction"}),
    "es": frozenset({"nos", "nosotros", "nuestra", "nuestro", "avísanos", "comunícanos",
                     "infórmanos", "escríbenos", "contáctanos", "redacción"}),
    "it": frozenset({"noi", "nostra", "nostro", "segnalaci", "segnalacelo", "segnalacela",
                     "scrivici", "contattaci", "redazione"}),
    "pt": frozenset({"nós", "nos", "nosso", "nossa", "redação"}),
    "nl": frozenset({"ons", "we", "wij", "onze", "redactie"}),
    "pl": frozenset({"nam", "nas", "my", "nasz", "nasza", "nasze", "naszego", "naszej",
                     "naszym", "naszych", "redakcji", "redakcję"}),
    "cs": frozenset({"nám", "nás", "my", "náš", "naší", "redakci", "redakce"}),
}

#: The page itself, the article, a link, an e-mail, the app: the page's only after a word of
#: :data:`OWN` ("this article", "our app"); "the council's website" or "email the police" is
#: the story's advice.
PAGE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"article", "story", "page", "site", "website", "link", "email", "app"}),
    "de": frozenset({"artikel", "beitrag", "seite", "website", "webseite", "link", "app"}),
    "fr": frozenset({"article", "page", "site", "lien", "application", "appli"}),
    "es": frozenset({"artículo", "página", "sitio", "web", "enlace", "aplicación", "app"}),
    "it": frozenset({"articolo", "pagina", "sito", "link", "app"}),
    "pt": frozenset({"artigo", "página", "site", "link", "aplicativo", "app"}),
    "nl": frozenset({"artikel", "pagina", "site", "website", "link", "app"}),
    "pl": frozenset({"artykuł", "artykułu", "strona", "strony", "stronie", "stronę", "serwis",
                     "serwisu", "link", "aplikacja", "aplikację"}),
    "cs": frozenset({"článek", "článku", "stránka", "stránky", "stránce", "web", "odkaz",
                     "aplikace"}),
}

#: The demonstrative and the first person plural possessive that make a noun of
#: :data:`PAGE_NOUNS` the page's own.
OWN: dict[str, frozenset[str]] = {
    "en": frozenset({"this", "our"}),
    "de": frozenset({"dieser", "diesen", "diesem", "dieses", "diese", "unser", "unsere",
                     "unseren", "unserem", "unserer"}),
    "fr": frozenset({"ce", "cet", "cette", "notre", "nos"}),
    "es": frozenset({"este", "esta", "nuestro", "nuestra", "nuestros", "nuestras"}),
    "it": frozenset({"questo", "questa", "nostro", "nostra", "nostri", "nostre"}),
    "pt": frozenset({"este", "esta", "nosso", "nossa", "nossos", "nossas"}),
    "nl": frozenset({"dit", "deze", "onze", "ons"}),
    "pl": frozenset({"ten", "ta", "tego", "tej", "tę", "nasz", "nasza", "nasze", "naszego",
                     "naszej", "naszym"}),
    "cs": frozenset({"tento", "tato", "tohoto", "této", "náš", "naše", "našeho", "naší"}),
}

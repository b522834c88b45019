"""Quotation marks and the words that introduce speech, in the languages of the corpus: a rule
table, read by :mod:`generator.extract.quotes` (English speech verbs are in
:mod:`generator.text.lexicon`).

Verbs are written as they stand in news copy, in the tenses reporters use ("a déclaré",
"dijo", "sagte", "ha detto", "قال"; their table is :mod:`generator.text.speech_verbs`);
"according to" words ("selon", "según", "laut") name a source the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.text.adverbs import (
    AFTER_AUXILIARY,
    AFTER_SPEECH_VERB,
    OPENS_SENTENCE,
    adverbs,
    alternation,
)
from generator.text.lexicon import WEEKDAYS
from generator.text.relative_dates import FOREIGN_WEEKDAYS
from generator.text.speech_verbs import COMPOUND_PAST, SPEECH, governed_speech, participles_pt

#: (opening, closing) quotation marks other than English double quotes: guillemets both ways
#: («…», »…«), German and Polish low-high („…“, „…”), CJK corner brackets, and single quotes
#: (curly; straight ones are read apart, as apostrophes look the same).
QUOTE_MARKS = (("«", "»"), ("»", "«"), ("„", "“"), ("„", "”"), ("「", "」"), ("『", "』"),
               ("‘", "’"), ("‹", "›"))
#: Every character that opens or closes a quotation, for "not across a quotation" classes.
QUOTE_CHARS = "“”\"«»„「」『』‹›"

#: Languages that name the speaker before the quotation and put the speech verb after it:
#: the words that may follow the closing mark ("「…」と述べた", "“…”라고 말했다", "“…” dedi").
#: Japanese after "と" (a short adverb may stand between: "と堂々と話した"); Korean after the
#: quotative "(이)라고"/"고" and perhaps one word ("고 경찰에 진술했다"), or "(이)라며" (saying,
#: and then: "“…”이라며 “…”고 말했다" is one speaker's two quotations); Turkish after
#: "diye"/"şeklinde" or alone.
SAID_AFTER_QUOTE = {
    "ja": ("述べ", "語っ", "語り", "話し", "話す", "説明し", "明らかにし", "強調し", "訴え",
           "コメントし", "発表し", "し", "付け加え", "振り返", "取材に応じ", "怒鳴", "答え",
           "明かし", "指摘し"),
    "ko": ("말했", "밝혔", "전했", "강조했", "덧붙였", "설명했", "말한", "밝힌", "말하", "했",
           "진술했", "진술한", "주장했", "언급했", "답했", "지적했", "호소했", "설명한", "전한"),
    "tr": ("dedi", "konuştu", "ekledi", "belirtti", "kaydetti", "vurguladı", "söyledi",
           "ifade etti", "ifadelerini kullandı", "ifadesini kullandı", "sözlerini kullandı",
           "açıklamalarını yaptı", "açıklamasını yaptı", "açıklamasında bulundu",
           "ifadelerine yer verdi", "diyerek", "yazdı"),
}
#: Korean "saying … and": a quotation closed by one of these is followed by another of the same
#: speaker's ("관계자는 “…”이라며 “…”고 말했다").
SAYING_AND = {"ko": ("이라며", "라며", "며", "이라면서", "라면서", "면서")}
#: Turkish words that open a sentence before a comma without being its subject ("Ayrıca, “…”
#: dedi" is said by someone named before).
TR_OPENERS = frozenset({"Ayrıca", "Ancak", "Ama", "Fakat", "Dolayısıyla", "Ardından",
                        "Sonrasında", "Bugün", "Dün", "Yani", "Nitekim", "Böylece", "Özellikle",
                        "Bununla", "Öte"})
ACCORDING = {
    "fr": ("selon", "d'après", "d’après", "Pour"), "es": ("según", "de acuerdo con", "Para"),
    "it": ("secondo", "a detta di", "Così", "Per"), "pt": ("segundo", "de acordo com", "Para"),
    "de": ("laut", "zufolge", "nach den Worten von", "nach Angaben von", "nach Angaben des",
           "nach Angaben der"), "nl": ("volgens",), "sv": ("enligt",), "da": ("ifølge",),
    "pl": ("według",), "cs": ("podle",), "ar": ("بحسب", "وفق", "حسب", "وفقا"), "id": ("menurut",),
    "ca": ("segons", "d'acord amb", "d’acord amb"), "ro": ("potrivit", "conform"),
    "no": ("ifølge",), "el": ("σύμφωνα με",)}

#: "According to X" where a figure's source is named by a preposition before it (Russian "по
#: данным X", Chinese "据X") or a postposition after it (Korean "X에 따르면", Japanese
#: "Xによると", Turkish "X'e göre", Hungarian "a rendőrség szerint").
SOURCE_BEFORE = {
    "ru": ("по данным", "по словам", "по информации", "согласно данным", "как сообщает"),
    "uk": ("за даними", "за словами", "за інформацією", "згідно з даними", "як повідомляє"),
    "bg": ("според", "по данни на", "по думите на"),
    "zh": ("据", "據", "根据", "根據"),
}
SOURCE_AFTER = {"ko": ("에 따르면", "에 의하면"), "ja": ("によると", "によれば"), "tr": ("göre",),
                "hu": ("szerint",)}

#: Offices copy writes before a name in languages without articles or with the name's case
#: ending ("министр Иван Ордов", "кметът на града Пеньо Донев", "ο δήμαρχος Νίκος Πάνου"), and
#: alone for the person given them before ("— сказал министр"): a run of capitals after one is a
#: person's name. Written in the nominative: other case forms are read by their stem
#: (:func:`~generator.extract.speakers.people.office_stem`).
OFFICES = {
    "ru": ("министр", "замминистра", "мэр", "глава", "губернатор", "представитель", "президент",
           "премьер", "депутат", "директор", "председатель", "спикер", "прокурор", "посол",
           "градоначальник", "руководитель", "лидер", "голова", "советник"),
    "uk": ("міністр", "мер", "голова", "губернатор", "представник", "президент", "прем'єр",
           "депутат", "директор", "речник", "очільник", "посол", "прокурор", "лідер", "радник"),
    "bg": ("министър", "кмет", "председател", "премиер", "президент", "говорител", "депутат",
           "лидер", "директор", "посланик", "прокурор", "съветник", "управител"),
    "el": ("υπουργός", "υφυπουργός", "δήμαρχος", "πρωθυπουργός", "πρόεδρος", "εκπρόσωπος",
           "βουλευτής", "περιφερειάρχης", "διευθυντής", "αρχηγός", "γραμματέας"),
    # Indonesian: capitalised before the name ("Kapolres Contoh AKBP X Y"); with only its
    # place ("Kapolres Contoh menyebut") the office is no name
    "id": ("kapolres", "kapolda", "kapolsek", "kepala", "ketua", "menteri", "gubernur",
           "bupati", "camat", "kapusdatinkom", "kabid", "kasat", "kadis"),
    # Polish, Czech: not the offices English spells alike ("Minister", "Premier": titles there)
    "pl": ("rzecznik", "rzeczniczka", "wiceminister", "prezydent", "prezes", "burmistrz",
           "wojewoda", "starosta", "wójt", "marszałek", "komendant", "prokurator",
           # a movement's or a party's leader ("lider związku Jan Kowal", round fspk5)
           "lider", "liderka"),
    "cs": ("mluvčí", "ministr", "prezident", "starosta", "primátor", "hejtman"),
}

#: Speech verbs that follow their subject, in languages whose table (:data:`SPEECH`) holds the
#: verbs that go before it: "Kapolres X Y mengatakan, …" names X Y as a person, whom a later
#: "ujarnya" (he said) stands for.
SUBJECT_VERBS = {
    "id": ("mengatakan", "menjelaskan", "menyatakan", "menuturkan", "mengungkapkan",
           "menambahkan", "menyebutkan", "menyebut", "menegaskan", "membenarkan", "memastikan",
           "membantah", "mengaku", "menerangkan", "memaparkan", "mengurai", "mengimbau",
           "meminta", "berkata"),
}

#: Where or how words were said, between an inverted speech verb and its subject: "«…»,
#: explicaron en un comunicado los bomberos de la provincia", "ont indiqué dans un communiqué les
#: secours", "hanno comunicato in una nota i vigili del fuoco", "informaram em comunicado os
#: bombeiros" (s18: no speaker was read, the preposition ending the subject before it began).
#: The preposition, perhaps a determiner, the medium's noun and its complement ("de prensa").
SAID_THROUGH_MEDIUM = re.compile(
    r"\s*(?:en|dans|in|em|através\s+de|a\s+través\s+de|par|via|mediante|con|sur|nas?|nos?)"
    r"\s+(?:(?:un|una|une|uno|a|an|the|el|la|le|il|um|uma|o|su|sus|sa|son|ses|leur|leurs|i|les"
    r"|los|las|as|os|un'|their|its)\s+)?"
    r"(?:comunicados?|communiqués?|notas?|notes?|comunicat[oi]|declaraci[oó]n|déclaration"
    r"|dichiarazione|declaração|statement|conferencia\s+de\s+prensa|rueda\s+de\s+prensa"
    r"|conférence\s+de\s+presse|conferenza\s+stampa|entrevista\s+coletiva|coletiva"
    r"|redes\s+sociales|réseaux\s+sociaux|social\s+media|redes\s+sociais"
    r"|mensajes?|messages?|messaggio|mensagem|publicación|publication|post|vídeo|video"
    r"|entrevista|interview|intervista|comparecencia|rueda|x|twitter)(?!\w)", re.I)

#: Words that open what follows a speech verb when it is no subject: "que", "dass", "in", a
#: day ("a indiqué que …", "ha detto ieri"); Russian, Ukrainian, Bulgarian and Greek "that" and
#: the prepositions of a place or an interview ("заявил в интервью … Иван Ордов": the name
#: after them is the subject). A preposition ends a speaker's words after the verb ("disse o
#: prefeito em vídeo", "powiedział w rozmowie z PAP") and opens no subject before it ("Tras la
#: reunión, reclamó «…»": the person named last).
NOT_A_SUBJECT = frozenset({"que", "qu", "that", "dass", "che", "إلى", "أن", "ان", "بأن", "إن",
                           "إنه", "أنه", "في", "فيها", "فيه", "أيضا", "أيضاً", "كذلك",
                           "auparavant", "dans", "en", "sur", "à", "au", "a",
                           "op", "in", "im", "lors", "pendant", "durante", "während", "tijdens",
                           "podczas", "bei", "devant", "ante", "davanti", "am", "gestern",
                           "heute", "hoy", "ayer", "oggi", "ieri", "hier", "hoje", "ontem",
                           "este", "esta", "wczoraj", "dzisiaj", "včera", "dnes", "gisteren",
                           "что", "що", "че", "ότι", "πως", "в", "во", "на", "у", "при", "після",
                           "после", "след", "пред", "σε", "στο", "στη", "στην", "στον", "κατά",
                           "em", "no", "na", "nos", "nas", "pelo", "pela", "w", "we", "dla",
                           "tras", "desde", "nel", "nella", "dopo", "après", "depuis", "al",
                           # whom the words were said to ("disse ao jornal", "sagte gegenüber der
                           # Zeitung"): an outlet, not who said them
                           "ao", "aos", "às", "gegenüber",
                           # Italian "to the" ("dicono due testimoni ai giornalisti", round 20)
                           "ai", "agli", "alle", "alla", "allo", "all'", "all’",
                           "por",  # "Por eso, añadió": a cause, not who spoke
                           # German prepositions of a phrase fronted before the verb ("Zur Lage
                           # erklärte der Sprecher:", checklist): the subject follows the verb
                           "zur", "zum", "beim", "vom", "nach", "vor", "mit", "auf", "über",
                           "aus", "seit", "angesichts", "wegen", "unter", "trotz"})
#: German nouns of an outlet told the words, after the dative article that ends the subject
#: before them ("sagte ein Augenzeuge der Nachrichtenagentur dpa", "dem Sender"; round 25).
OUTLET_NOUNS_DE = frozenset({"nachrichtenagentur", "agentur", "zeitung", "tageszeitung",
                             "sender", "fernsehsender", "radiosender", "rundfunk", "magazin"})
#: Subject pronouns that stand for the last person named ("il a déclaré", "sagte er").
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "er", "sie", "él", "ella", "ellos", "lui",
                      "lei", "ele", "ela", "hij", "zij", "ze", "on", "ona", "oni",
                      "он", "она", "він", "вона", "той", "тя", "αυτός", "αυτή",
                      "dia", "ia", "beliau"})


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def according_words(lang: str) -> tuple[str, ...]:
    """The "according to" words of a language, also capitalised as they open a sentence
    ("Según el alcalde, …", "Nach Angaben von …"). "Pour", "Para", "Per" and "Così" are taken
    only so, at a sentence's start: inside one they are everyday prepositions."""
    # Russian, Ukrainian, Bulgarian: the words that name a figure's source ("по словам X")
    words = ACCORDING.get(lang) or (SOURCE_BEFORE.get(lang, ()) if lang in SPEECH else ())
    return words + tuple(w[:1].upper() + w[1:] for w in words if w[:1].islower())


@lru_cache(maxsize=32)
def speech_pattern(lang: str) -> str | None:
    """A regular-expression alternation of the speech verbs and "according to" words of a
    language other than English, or None when the table has none."""
    words = SPEECH.get(lang, ()) + according_words(lang)
    if lang in ("it", "es"):  # the plural of the perfect: "hanno detto", "han explicado"
        words += tuple(w.replace("ha ", "hanno " if lang == "it" else "han ", 1)
                       for w in SPEECH[lang] if w.startswith("ha "))
    if lang == "fr":  # the pluperfect of "a déclaré": "avait déclaré", "avaient indiqué";
        # the inverted pronoun: "a-t-il ajouté", "a-t-elle précisé", and in the pluperfect
        # "avait-il ajouté", "avait-elle précisé" (see :data:`INVERTED`)
        words += tuple(w.replace("a ", aux, 1) for w in SPEECH["fr"] if w.startswith("a ")
                       for aux in ("avait ", "ont ", "avaient ", "a-t-il ", "a-t-elle ",
                                   "avait-il ", "avait-elle "))
    if lang in ("it", "es", "ca"):  # the pluperfect: "aveva detto", "había dicho", "havia dit"
        words += tuple(w.replace("ha ", f"{aux} ", 1) for w in SPEECH[lang]
                       if w.startswith("ha ") for aux in COMPOUND_PAST[lang])
    if lang == "pt":  # the compound tenses: "tinha dito", "havia afirmado", "tem dito"
        words += tuple(f"{aux} {p}" for p in participles_pt() for aux in COMPOUND_PAST["pt"])
    return governed_speech(lang) + _alternation(words) if words else None


#: Epithets: nouns copy uses to refer back to a person it has just named, by their standing
#: rather than their office ("señaló el ejecutivo", "l'élu a ajouté", "afirmou o gestor"),
#: as English copy says "the official". An office ("le ministre", "il sindaco") is not one: it
#: may be someone else's, and is read by its title
#: (:func:`~generator.extract.speakers.roles.role_holder`).
EPITHETS = frozenset({
    "ejecutivo", "dirigente", "directivo", "mandatario", "mandataria", "jerarca", "funcionario",
    "funcionaria", "edil", "munícipe", "regidor", "regidora", "político", "política",
    "élu", "élue", "édile", "dirigeant", "dirigeante", "responsable",
    "esponente", "amministratore", "politico",
    "gestor", "gestora", "mandatário", "mandatária",
    "политик", "політик", "политикът", "πολιτικός",
    # Polish, Czech and Dutch ("– … – mówił polityk", "de burgervader": the mayor named
    # before, round fspk5)
    "polityk", "polityczka", "politik", "politička", "politicus", "burgervader",
    "burgermoeder",
})
#: Offices copy uses alone, after quoting a person by name, to refer back to them ("…, disse
#: X. «…», acrescentou o coordenador"; "a déclaré le ministre de l'Intérieur"; "meinte der
#: SPD-Politiker"; "wyjaśnia prezydent"; "وأضاف الوزير"), lower case, without the Arabic
#: article. A spokesperson is not one: copy quotes an unnamed spokesperson as another person.
ENGLISH_OFFICES = frozenset({"minister", "president", "premier", "senator", "director"})
OFFICE_NOUNS = ENGLISH_OFFICES | frozenset({
    "ministre", "maire", "préfet", "préfète", "président", "présidente", "sénateur",
    "sénatrice", "député", "députée", "coordinateur", "coordinatrice", "directeur",
    "directrice", "gouverneur", "procureur", "procureure", "commandant",
    "ministro", "ministra", "alcalde", "alcaldesa", "presidenta", "gobernador", "gobernadora",
    "consejero", "consejera", "coordinador", "coordinadora", "directora",
    "delegado", "delegada", "concejal", "concejala", "diputado", "diputada", "senador",
    "senadora", "fiscal", "comandante", "sindaco", "sindaca", "presidente", "governatore",
    "segretario", "segretaria", "assessore", "assessora", "coordinatore",
    "direttore", "direttrice", "prefetto", "deputato", "deputata", "senatore", "senatrice",
    "prefeito", "prefeita", "governador", "governadora", "secretário", "secretária",
    "coordenador", "coordenadora", "diretor", "diretora", "vereador", "vereadora", "deputado",
    "deputada", "ministerin", "bürgermeister", "bürgermeisterin", "präsident", "präsidentin",
    "kanzler", "kanzlerin", "landrat", "landrätin", "politiker", "politikerin",
    "burgemeester", "wethouder", "prezydent", "wójt", "burmistrz", "starosta", "wojewoda",
    "komendant", "prezes", "marszałek", "poseł", "posłanka",
    "einsatzleiter", "einsatzleiterin",  # "sagt der Einsatzleiter": the one quoted before
    "وزير", "رئيس", "محافظ", "مدير", "سفير",
})
#: What opens a subject in the languages that have articles: a determiner (or a capital, or a
#: pronoun). A phrase opening otherwise is not the verb's subject ("en las zonas bajas, dijo":
#: a place; "No obstante, aseguró": a connective).
ARTICLES = {
    "fr": ("le", "la", "les", "l'", "l’", "un", "une", "ce", "cet", "cette", "son", "sa", "ses",
           "leur", "des"),
    "es": ("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta"),
    "it": ("il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "un'", "un’",
           "suo", "sua"),
    "pt": ("o", "a", "os", "as", "um", "uma", "seu", "sua"),
    "de": ("der", "die", "das", "ein", "eine", "einer", "sein", "seine", "ihr", "ihre"),
    "nl": ("de", "het", "een", "zijn", "haar"),
}
#: Relative pronouns that open a clause whose subject is the phrase before its comma ("Ana Neri,
#: che ha scritto: «…»", "Paul Roux, qui a écrit :", "Jens Kolbe, der schrieb:", "Tom Hale, who
#: wrote:"): the verb after them is the antecedent's, not a subject of its own (round 26: "che"
#: was read as no subject, "der" as the speaker). German "der", "die", "das" are also articles:
#: a relative only before a word in lower case (a noun is capitalised).
SUBJECT_RELATIVES = ("who", "which", "che", "il quale", "la quale", "qui", "lequel", "laquelle",
                     "que", "quien", "quienes", "el cual", "la cual", "o qual", "a qual", "quem",
                     "der", "die", "das", "welcher", "welche")
#: Prepositions fused with an article ("del", "nel", "al"; "do", "no", "ao", "pelo"): after
#: one, as after an article, "secondo" and "segundo" are the ordinal ("al secondo piano", "no
#: segundo andar"), not "according to", which no article stands before.
#: The possessive determiners of the third person: "a su hija María", "à sa fille Léa" name whom
#: the words were said to, the name after the noun in apposition to it (not the speaker).
POSSESSIVES = {
    "fr": ("son", "sa", "ses", "leur", "leurs"), "es": ("su", "sus"),
    "it": ("suo", "sua", "suoi", "sue"), "pt": ("seu", "sua", "seus", "suas"),
}
FUSED_ARTICLES = {
    "it": ("del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli",
           "alle", "dal", "dallo", "dalla", "nel", "nello", "nella", "sul", "sullo", "sulla"),
    "pt": ("do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "pelo", "pela", "num",
           "numa"),
}
#: Words that open the clause of a speech verb without being its subject ("wie Karl Brandt
#: sagte", "jak przekazał wojewoda", "comme l'a dit"), in languages with and without articles.
CONNECTIVES = frozenset({"wie", "comme", "como", "come", "zoals", "jak", "jako", "co", "czy",
                         "oraz", "że", "też", "także", "również", "natomiast", "jednak", "już",
                         "také", "však", "když", "což", "i", "a", "и", "а", "но", "і", "й",
                         "та", "как", "як", "както", "също", "όπως", "και",
                         # "according to" before a name ("Según indicó la …"): no part of it
                         "según", "segundo", "secondo", "laut", "selon", "segons", "potrivit",
                         "conform", "com", "cum"})  # and "as" ("com va dir X", "cum a spus X")
#: Conjunctions and sentence adverbs that open a sentence before its verb, capitalised only for
#: standing first ("Pero ha subrayado que «…»", "Asimismo, ha recordado la urgencia de …"):
#: the verb's subject is left out, not named "Pero", nor the object after the verb. The adverbs
#: are the table's (:data:`generator.text.adverbs.OPENS_SENTENCE`).
OPENERS = frozenset({"pero", "ma", "mais", "aber", "mas", "dar", "însă", "insa",
                     # "and" opening the sentence ("E hanno poi spiegato che «…»"; trial 25)
                     "e", "ed", "y", "et", "und", *adverbs(OPENS_SENTENCE)})
#: Phrases that open a sentence to turn to another party, before its subject ("De son côté,
#: le maire ajoute : «…»", "Por su parte, el alcalde dijo: «…»"): one
#: sentence adverb of several words, which the readers of a subject took for the speaker.
OPENER_PHRASES = re.compile(
    r"\s*(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux)|"
    r"por\s+su\s+parte|por\s+(?:sua|seu)\s+(?:vez|lado)|da\s+parte\s+sua|dal\s+canto\s+suo|"
    r"per\s+parte\s+sua|(?:for|on)\s+(?:his|her|their|its)\s+part)\s*,\s*", re.I)
#: A participle and its agent opening a sentence ("Sentito da Luca Neri, un vicino
#: spiega: «…»", "Interviewed by Ana Ruiz, a neighbour said: …", "Interrogé par X, …"): the
#: one named after "by" asked, the subject after the comma speaks.
AGENT_OPENER = re.compile(r"\s*\w+(?:ato|ata|ati|ate|ito|ita|iti|ado|ada|ido|ida|é|ée|és|ées|ed|"
                          r"gt|rt)\s+(?:da|dal|dalla|by|par|por|pelo|pela|von|vom)\s+[^,.;:]{2,60},"
                          r"\s*", re.I)
#: Words glued to the front of a name read as a speaker: an opening conjunction and "in the
#: view of" ("But Ruiz told …:", "Para Ruiz, …:"), besides :data:`OPENERS` and :data:`CONNECTIVES`.
GLUED_OPENERS = frozenset({"but", "and", "so", "yet", "para", "per", "pour", "für", "for"})
#: Days that open a clause as its time, not as its subject ("Lundi la préfecture a annoncé :").
CLAUSE_DAYS = frozenset(WEEKDAYS) | frozenset(FOREIGN_WEEKDAYS)
#: Languages without articles whose speaker, after the verb, is the capitalised name that opens
#: the phrase: "kata Budi kepada wartawan" is Budi's, "ujarnya dikutip dari …" (he said, quoted
#: from …) names nobody.
NAME_SUBJECT = frozenset({"id"})
#: Languages without articles whose subject before a speech verb is the pronoun or the name that
#: ends the phrase: "При этом он отметил", "Малко след като Пеньо Донев обяви" (the words
#: before are a clause of time or manner, not the subject).
NAME_AT_END = frozenset({"ru", "uk", "bg"})
#: Languages whose copy opens a quotation that runs over several paragraphs once and closes it
#: once, with the attribution after the closing mark ("«… (paragraph) … (paragraph) …», —
#: заявил X."): English, French and Spanish reopen it at each paragraph.
UNREOPENED = frozenset({"ru", "uk", "bg"})
#: Languages whose verbs need no subject pronoun: "“…”, dijo." is said by the person named last
#: (Bulgarian and Greek drop it as Spanish does; Russian and Ukrainian copy does after a dash:
#: "«…», — добавил."; Japanese, Korean and Turkish leave out a subject the sentence before
#: named: "「…」と付け加えた。", "“…” dedi."; Arabic after a verb that a particle or the
#: quotation follows at once: "وأضاف أن “…”", "وأضافت، “…”" is the speaker named before).
PRO_DROP = frozenset({"es", "it", "pt", "pl", "cs", "ru", "uk", "bg", "el", "ja", "ko", "tr",
                      "ar"})
#: Object pronouns that stand before a speech verb ("Lo ha detto il sindaco", "Así lo explicó",
#: "l'a dit"): never its subject.
CLITICS = frozenset({"lo", "la", "le", "li", "gli", "ne", "l'", "l’", "los", "las", "les",
                     "se", "si", "ci", "così", "así", "assim",
                     # "Это заявил X", "това каза X", "Це сказав X": "this" was said by X
                     "это", "этом", "това", "це", "цьому", "αυτό"})
#: Speech verbs that put a question: a quotation standing after one is the answer, the words of
#: whom the subject asked ("Le journaliste a demandé au maire … « … »"), not the subject's.
QUESTION_VERBS = frozenset({"asked", "asks", "a demandé", "demande", "fragte", "fragt", "preguntó",
                            "ha preguntado", "perguntou", "chiese", "ha chiesto", "domandò",
                            "s'interroge", "s’interroge", "se demande", "se pregunta",
                            "se preguntó", "pregunta", "si chiede", "si domanda", "chiede",
                            "pergunta", "questiona", "questionou"})
#: A subject pronoun inverted into the verb ("…», a-t-il ajouté", "…», avait-elle précisé"):
#: who "il" or "elle" is.
INVERTED = re.compile(r"(?:-t|(?<=avait))-(il|elle)\b")
#: The same pronoun written after a verb of the table, not inside it ("…», dit-il",
#: "explique-t-elle", "glisse-t-il"): a present tense the table lists once, bare.
ATTACHED = re.compile(r"(?:-t)?-(il|elle)\b")
#: The reflexive pronoun after a clause's subject, in the languages with articles ("La società
#: si difende:", "La société se défend :", "L'entreprise s'explique :"); German puts it after
#: the verb ("Die Firma wehrt sich:"). No part of the subject (trial 26).
REFLEXIVES = {"it": ("si",), "fr": ("se", "s'", "s’"), "es": ("se",), "pt": ("se",),
              "de": ("sich",)}
#: A reflexive pronoun right before a speech verb ("L'entreprise s'explique", "La ministra si è
#: detta"): set aside before the subject is read.
#: Read from the table: an elided pronoun glued to the verb, a whole one before it (German's
#: "sich" stands after its verb).
REFLEXIVE_BEFORE_VERB = re.compile(r"(?<!\w)(?:{})$".format("|".join(sorted(
    {re.escape(r) if r[-1] in "'’" else rf"{re.escape(r)}\s+"
     for lang, rs in REFLEXIVES.items() if lang != "de" for r in rs}))), re.I)
#: An adverb between the auxiliary and the participle of a speech verb, with or without commas
#: ("», a pour sa part précisé X", "», a-t-il ensuite ajouté", "», hanno intanto assicurato i
#: tecnici"; before the quotation too, "X a, de son côté, dit «…»", trial 26): the table lists
#: the verb without it. French and Italian, whose copy puts the adverb there (the adverbs:
#: :data:`generator.text.adverbs.AFTER_AUXILIARY`, one space between a phrase's words).
AUX_ADVERB = re.compile(r"(?<!\w)(a|ont|avait|avaient|a-t-il|a-t-elle|avait-il|avait-elle|ha|"
                        r"hanno|aveva|avevano)"
                        rf"\s*,?\s+{alternation(AFTER_AUXILIARY, ' ')}\s*,?\s+(\w+)")
#: A time or a sequence adverb between an inverted speech verb and its subject ("», avait
#: déclaré plus tôt à la radio un élu", "», ha detto poi il sindaco", "»,
#: dijo luego el alcalde", a day: "», dijo el lunes.", chk53b), or a turn to another party
#: ("– spiega, invece, l'amministratrice", quotes round 20): no part of the subject, which
#: follows it, if any (the adverbs: :data:`generator.text.adverbs.AFTER_SPEECH_VERB`).
AFTER_VERB_ADVERB = re.compile(rf"\s*,?\s*(?:{alternation(AFTER_SPEECH_VERB)}|(?:(?:el|este|le|ce"
                               rf"|il|na|no|on|am)\s+)?(?:{_alternation(CLAUSE_DAYS)})(?:-feira)?(?!\w)|"
                               # how it was said ("a dit au téléphone à une …", round 25)
                               r"(?:par|au|por|al|per|ao|am)\s+(?:t[ée]l[ée]fono?|t[ée]l[ée]phone|"
                               r"telefone|Telefon))(?:\s*,)?(?=\s|[.;]|$)", re.I)
#: A subject pronoun written as the speech verb's suffix, and the pronoun it is: Indonesian
#: "“…”, ujarnya" (he said) is "dia", the person named last.
PRONOUN_SUFFIX = {"id": ("nya", "dia")}
#: Citing someone as saying, before the quotation: (the verbs of citing, the words of saying
#: after the person cited). The person is the verb's object, not its subject ("The paper
#: quoted Ana Ruiz as saying “…”", "O jornal citou Ana Ruiz dizendo que “…”", "zitierte
#: Ana Ruiz mit den Worten: „…“"; round 26: no speaker, or the person named before).
CITED_SAYING = {
    "en": (("quoted", "cited"), ("as saying", "saying", "as telling", "as stating")),
    "fr": (("a cité", "cite", "citait", "citant"), ("disant", "déclarant", "affirmant")),
    "es": (("citó", "cita", "citaba", "citando"), ("diciendo", "afirmando", "declarando")),
    "it": (("ha citato", "cita", "citava", "citando"), ("dicendo", "affermando")),
    "pt": (("citou", "cita", "citava", "citando"), ("dizendo", "afirmando", "declarando")),
    "de": (("zitierte", "zitiert", "zitieren"), ("mit den Worten", "mit der Aussage")),
}

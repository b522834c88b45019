"""What kind of event a sentence tells of, in the languages of the corpus: a rule table.

Reports of one event in different languages share no words ("Nach dem Einsturz der Halle …",
"la halle s'est effondrée …", "the hall collapsed …"), so grouping proposed events by the
words they share kept one collapse on one day as three events, one per language (trial 5). The
kind of event is what they share: a collapse, a fire, a flood. This table names each kind by the
*beginnings* of the words that tell it, as :mod:`generator.text.counted_words` does for what a
number counts, so that inflection needs no lemmatiser. A beginning of four letters or fewer, or
one written with a space after it, must be the whole word ("brand " is not "Brandenburg", "feuer "
not "Feuerwehr": the fire brigade comes to every disaster).

Only the kinds of events briefings report are listed, in the corpus's Latin-script languages and
in Arabic, Hindi, Bengali and Urdu (trial 6: a landslide reported in seven languages); a
sentence that tells of none, or of several ("a fire broke out in the collapsed building"), has no
single kind and is grouped by its words alone.
"""

from __future__ import annotations

from functools import cache

import regex

__all__ = ["CYCLONE", "KINDS", "event_words", "kinds_in", "tells_of_cyclone"]

#: kind -> language -> beginnings of the words (or phrases) that tell it, lower case.
KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "collapse": {
        "ar": ("انهيار مبنى", "انهيار المبنى", "انهيار عمارة", "انهار المبنى"),
        "hi": ("इमारत ढह", "ढह गई", "ढह गया"),
        "en": ("collaps", "caved in", "came crashing down", "crumbled"),
        "de": ("einsturz", "eingestürzt", "stürzte ein", "stürzten ein", "einstürz"),
        "fr": ("effondr", "écroul"),
        "es": ("derrumb", "desplom", "colaps"),
        "it": ("crollo", "crollat", "crollò", "crolla"),
        "pt": ("desab", "desmoron", "colaps"),
        "nl": ("instort", "ingestort", "stortte in"),
        "pl": ("zawal", "runął", "runęł"),
    },
    "fire": {
        "ar": ("حريق", "الحريق", "حرائق", "الحرائق", "النيران"),
        "hi": ("आग ", "अग्निकांड"),
        "bn": ("আগুন", "অগ্নিকাণ্ড"),
        "ur": ("آگ ",),
        "en": ("blaze", "caught fire", "fire broke", "fire swept", "fire ripped", "wildfire",
               "went up in flames", "burned down", "burnt down"),
        "de": ("brand ", "brände", "brandes", "großbrand", "feuer ", "flammen"),
        "fr": ("incendie", "flammes"),
        "es": ("incendio", "llamas"),
        "it": ("incendio", "rogo", "fiamme"),
        "pt": ("incêndio", "chamas"),
        "nl": ("brand ", "vlammen"),
        "pl": ("pożar ", "pożaru", "pożarze", "pożary", "płomien"),
    },
    "flood": {
        "ar": ("فيضان", "الفيضان", "فيضانات", "الفيضانات", "سيول", "السيول"),
        "hi": ("बाढ़", "बाढ"),
        "bn": ("বন্যা",),
        "ur": ("سیلاب",),
        "en": ("flood", "inundat", "deluge"),
        "de": ("hochwasser", "überschwemm", "überflut", "sturzflut"),
        "fr": ("inond", "crue"),
        "es": ("inundac", "inundad", "riada", "crecida"),
        "it": ("alluvion", "esondazion", "inondazion", "allagament", "esondat"),
        "pt": ("inundaç", "enchente"),
        "nl": ("overstroming", "overstroomd", "wateroverlast"),
        "pl": ("powódź", "powodz", "zalan"),
    },
    "explosion": {
        "ar": ("انفجار", "الانفجار"),
        "hi": ("विस्फोट", "धमाका", "धमाके"),
        "bn": ("বিস্ফোরণ",),
        "ur": ("دھماک",),
        "en": ("explosion", "exploded", "blast"),
        "de": ("explosion", "explodiert", "detonation"),
        "fr": ("explosion", "explosé", "déflagration"),
        "es": ("explosión", "explotó", "estallido"),
        "it": ("esplosion", "esploso", "esplosa", "deflagrazion", "scoppio"),
        "pt": ("explosão", "explodiu"),
        "nl": ("explosie", "ontploft", "ontploffing"),
        "pl": ("wybuch", "eksplozj"),
    },
    "crash": {
        "en": ("crash", "collision", "collided", "derail"),
        "de": ("unfall", "zusammenstoß", "zusammengestoßen", "entgleis", "absturz",
               "abgestürzt"),
        "fr": ("collision", "déraill", "s'est écrasé", "accident de"),
        "es": ("chocó", "chocaron", "descarril", "se estrelló", "accidente de"),
        "it": ("scontro", "deragli", "schiant", "incidente stradale", "incidente ferroviario"),
        "pt": ("colisão", "colidiu", "descarril", "acidente de"),
        "nl": ("botsing", "ontspoor", "neergestort"),
        "pl": ("zderzen", "zderzył", "wykolej", "rozbił"),
    },
    "sinking": {
        "en": ("sank", "sunk", "sinking", "capsiz"),
        "de": ("gesunken", "sank", "kenter", "untergang"),
        "fr": ("naufrage", "a coulé", "chavir"),
        "es": ("naufrag", "hundimiento", "se hundió", "zozobr"),
        "it": ("naufrag", "affond", "ribaltat"),
        "pt": ("naufrág", "naufrag", "afund"),
        "nl": ("gezonken", "zonk", "kapseis"),
        "pl": ("zatonął", "zatonęł", "wywrócił"),
    },
    "storm": {
        "ar": ("عاصفة", "العاصفة", "إعصار", "الإعصار"),
        "hi": ("तूफान", "तूफ़ान", "चक्रवात"),
        "bn": ("ঘূর্ণিঝড়",),
        "ur": ("طوفان",),
        # and the tropical cyclones of CYCLONE, added below
        "en": ("storm ", "storms ", "tornado", "blizzard", "snowstorm"),
        "de": ("sturm", "unwetter", "orkan", "tornado"),
        "fr": ("tempête", "tornade"),
        "es": ("tormenta", "tornado"),
        "it": ("tempesta", "tornado", "nubifragio", "maltempo"),
        "pt": ("tempestade", "tornado"),
        "nl": ("storm", "tornado", "noodweer"),
        "pl": ("burza", "burzy", "burze", "burzam", "tornad", "nawałnic"),
    },
    "landslide": {
        "ar": ("انهيار أرضي", "الانهيار الأرضي", "انهيارات أرضية", "الانهيارات الأرضية",
               "انزلاق", "الانزلاق", "انزلاقات"),
        "hi": ("भूस्खलन",),
        "bn": ("ভূমিধস", "ধস "),
        "ur": ("لینڈ سلائیڈ", "مٹی کے تودے"),
        "en": ("landslide", "mudslide", "landslip"),
        "de": ("erdrutsch", "hangrutsch", "schlammlawine"),
        "fr": ("glissement de terrain", "glissements de terrain", "coulée de boue",
               "coulées de boue"),
        "es": ("deslizamiento", "deslave", "corrimiento de tierra", "alud"),
        "it": ("frana", "frane", "smottament"),
        "pt": ("deslizamento", "desmoronamento de terra"),
        "nl": ("aardverschuiving", "modderstroom"),
        "pl": ("osuwisk", "osunięci"),
    },
    # an avalanche of snow or ice ("Schlammlawine" and "alud" of mud are the landslide's)
    "avalanche": {
        "en": ("avalanche",),
        "de": ("lawine", "lawinen", "lawinenabgang", "lawinenunglück"),
        "fr": ("avalanche",),
        "es": ("avalancha",),
        "it": ("valanga", "valanghe", "slavina"),
        "pt": ("avalanche",),
        "nl": ("lawine",),
        "pl": ("lawin",),
    },
    "shooting": {
        "en": ("shooting", "gunman", "gunmen", "opened fire"),
        "de": ("schüsse", "schießerei", "amoklauf", "schütze "),
        "fr": ("fusillade", "tireur", "coups de feu"),
        "es": ("tiroteo", "balacera", "pistolero"),
        "it": ("sparatoria", "spari ", "colpi d'arma"),
        "pt": ("tiroteio", "atirador"),
        "nl": ("schietpartij", "schutter"),
        "pl": ("strzelanin", "strzelec"),
    },
    "stampede": {
        "en": ("stampede", "crowd crush"),
        "de": ("massenpanik", "gedränge"),
        "fr": ("bousculade", "mouvement de foule"),
        "es": ("estampida", "avalancha humana"),
        "it": ("calca ", "ressa "),
        "pt": ("debandada",),
        "nl": ("gedrang",),
        "pl": ("stratowan", "tratowan"),
    },
}

#: A tropical cyclone, by its kind or its landfall, which only a cyclone makes (issue #16, figures
#: round ffig6): a hurricane's page gives its wind as its measure ("the hurricane came ashore
#: with winds of 140 mph", "o furacão chegou à costa com ventos de 250 km/h"), while the wind of a
#: thunderstorm or a gale beside a flood is weather (the corpus labels such a wind no figure).
#: Also a kind of storm (KINDS["storm"]).
CYCLONE: dict[str, tuple[str, ...]] = {
    "en": ("hurricane", "typhoon", "cyclone", "landfall"),
    # the landfall's verb in its other tenses too ("wo »Olga« … auf Land traf", "antes de que
    # tocara tierra", "toccò terra": trial 31, a wind left unread where no name of the kind
    # stood in the sentence)
    "de": ("hurrikan", "taifun", "zyklon", "auf land getroffen", "auf land traf",
           "auf land trifft", "auf land treffen", "landfall"),
    "fr": ("ouragan", "typhon", "cyclone", "touché terre", "toucher terre", "touche terre"),
    "es": ("huracán", "tifón", "ciclón", "tocó tierra", "tocar tierra", "toca tierra",
           "tocara tierra", "tocase tierra", "tocaron tierra", "tocado tierra"),
    "it": ("uragano", "tifone", "ciclone", "toccato terra", "toccare terra", "tocca terra",
           "toccò terra"),
    "pt": ("furacão", "tufão", "ciclone", "tocou a terra", "tocou terra", "tocar a terra",
           "tocar terra"),
    "nl": ("orkaan", "tyfoon", "cycloon", "aan land"),
    "pl": ("huragan", "tajfun", "cyklon"),
}
for _code, _words in CYCLONE.items():
    KINDS["storm"][_code] = KINDS["storm"].get(_code, ()) + tuple(
        w for w in _words if " " not in w and w != "landfall")

#: A beginning this short must be the whole word.
_WHOLE_WORD = 4


#: What may not touch a word's ends: a letter, a vowel sign (Indic scripts write vowels as
#: marks: "आग", fire, is not the start of "आगे", ahead) or a digit.
_EDGE = r"[\p{L}\p{M}\p{N}'’]"


@cache
def _pattern(language: str) -> regex.Pattern[str]:
    """One pattern for the kinds, in ``language`` and English (pages mix in English terms);
    each alternative a named group of its kind."""
    parts = []
    for kind, by_language in KINDS.items():
        words = {*by_language.get(language, ()), *by_language.get("en", ())}
        alternatives = sorted((regex.escape(w.rstrip())
                               + (f"(?!{_EDGE})" if len(w) <= _WHOLE_WORD or w.endswith(" ")
                                  else "")
                               for w in words), key=len, reverse=True)
        parts.append(f"(?P<{kind}>" + "|".join(alternatives) + ")")
    # an elided article may stand glued before the word ("l'uragano", "l'ouragan")
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(parts) + ")", regex.IGNORECASE)


def kinds_in(text: str, language: str = "en") -> frozenset[str]:
    """The kinds of event ``text`` tells of, in its ``language`` (and English)."""
    return frozenset(m.lastgroup for m in _pattern(language or "en").finditer(text)
                     if m.lastgroup)


def event_words(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Where ``text`` names an event of any kind (the spans of its words, in text order): what
    a number beside them is about (:mod:`generator.extract.amounts.locating`: the distance right
    after "exploded" locates the explosion)."""
    return [m.span() for m in _pattern(language or "en").finditer(text)]


@cache
def _cyclone(language: str) -> regex.Pattern[str]:
    words = {*CYCLONE.get(language, ()), *CYCLONE["en"]}
    # an elided article may stand glued before the word ("l'uragano", "l'ouragan")
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(
        regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")", regex.IGNORECASE)


def tells_of_cyclone(text: str, language: str = "en") -> bool:
    """Whether ``text`` names a tropical cyclone or its landfall (:data:`CYCLONE`), in its
    ``language`` or English."""
    return bool(_cyclone(language or "en").search(text))

"""What a number counts in Hungarian, Greek, Swedish, Danish and Norwegian (issues 13 and 16): the
counted words of :mod:`generator.text.counted_words`, kept in a module of their own and merged
into its table by group. Entries are lower-case beginnings of words, as there.

Hungarian puts a singular noun after a number ("hat ember", "negyvenkét tűzoltó") and writes a
group of people as the number with a collective ending and no noun ("hárman életüket
vesztették", "tizenketten megsérültek"): the words right after the number are then the verb,
which these tables hold as the other languages' tables hold "au murit" or "han mort". Its
verbs split their prefix off after a focus ("meghalt" but "halt meg", "megsérültek" but
"sérültek meg"): both orders are listed. Greek nouns and participles are read by their stem
("τραυματ" covers "τραυματίες", "τραυματίστηκαν", "τραυματισμένοι")."""

from __future__ import annotations

COUNTED_MORE: dict[str, dict[str, tuple[str, ...]]] = {
    "dead": {
        "hu": ("halott", "halálos áldozat", "meghalt", "haltak meg", "halt meg",
               "életüket vesztették", "életét vesztette", "vesztették életüket",
               "vesztette életét", "életét vesztette", "elhunyt", "belehalt", "holttest",
               "vesztette az életét", "vesztették az életüket", "pedig meghalt"),
        "el": ("νεκρ", "σκοτώθηκ", "σκοτώνονται", "έχασαν τη ζωή", "έχασε τη ζωή",
               "έχουν χάσει τη ζωή", "πέθαν", "σοροί", "σορούς", "απανθρακωμέν"),
        "sv": ("döda", "död ", "dödades", "dödats", "dödade", "omkom", "omkommit",
               "omkomna", "avled", "avlidit", "avlidna", "dog ", "dog.", "har dött", "dött",
               "mist livet", "miste livet", "förolyckade", "dödsoffer"),
        "da": ("døde", "død ", "dræbt", "omkom", "omkommet", "omkomne", "mistede livet",
               "mistet livet", "afgået ved døden", "afgik ved døden", "dødsofre",
               "fundet døde", "fundet død", "er døde", "er død "),
        "no": ("døde", "død ", "drept", "omkom", "omkommet", "omkomne", "omkomen",
               "mistet livet", "miste livet", "bekreftet omkommet", "bekreftet død",
               "funnet død", "dødsofre", "er omkommet", "er døde"),
    },
    "wounded": {
        "hu": ("sérült", "megsérült", "sérültek meg", "sebesült", "megsebesült",
               "pedig megsérült", "súlyosan megsérült", "könnyebben megsérült", "kórházba",
               "füstmérgezés", "súlyos sérülés", "könnyebb sérülés", "súlyosabb",
               "könnyebb"),
        "el": ("τραυματ", "σοβαρά τραυματ", "ελαφρά τραυματ", "ελαφρώς τραυματ",
               "βαριά τραυματ", "νοσηλεύ", "μεταφέρθηκαν στο νοσοκομείο",
               "διακομίστηκαν", "εγκαύματα", "χτυπημέν"),
        "sv": ("skadade", "skadad", "skadats", "skadades", "allvarligt skadade",
               "lindrigt skadade", "lättare skadade", "svårt skadade", "är allvarligt skadade",
               "har skadats", "förts till sjukhus", "fördes till sjukhus", "vårdas på sjukhus",
               "vårdas fortfarande", "till sjukhus", "sjukhusvård", "brännskad", "rökskad",
               "rökförgift"),
        "da": ("sårede", "såret", "kvæstede", "kvæstet", "tilskadekomne", "kom til skade",
               "kommet til skade", "skadet", "skadede", "alvorligt skadet", "lettere skadet",
               "kritisk tilstand", "i kritisk", "indlagt", "bragt på hospitalet",
               "kørt på hospitalet", "kørt på sygehuset", "bragt til skadestuen",
               "røgforgiftet", "er kørt på"),
        "no": ("skadd", "skadet", "skadde", "alvorlig skadd", "lettere skadd", "hardt skadd",
               "kritisk skadd", "livstruende skadd", "alvorlig skadet", "lettere skadet",
               "fraktet til sykehus", "kjørt til sykehus", "sendt til sykehus", "innlagt",
               "røykskad", "brannskad", "sårede", "såret", "er alvorlig", "er lettere"),
    },
    "missing": {
        "hu": ("eltűnt", "eltűntek", "keresik"),
        "el": ("αγνοούμεν", "αγνοείται", "αγνοούνται"),
        "sv": ("saknade", "saknas", "försvunna", "försvunnen"),
        "da": ("savnede", "savnet", "forsvundne", "forsvundet"),
        "no": ("savnet", "savnede", "savnes", "forsvunnet"),
    },
    "evacuee": {
        "hu": ("kitelepít", "evakuál", "kimenekít", "hajléktalan", "fedél nélkül",
               "lakhatatlan", "elszállásol"),
        "el": ("απομακρύνθηκ", "εκκενώθηκ", "άστεγ", "εκκένωση"),
        "sv": ("evakuerade", "evakuerades", "evakuerats", "utrymd", "hemlösa", "fick lämna"),
        "da": ("evakueret", "evakuerede", "hjemløse", "måtte forlade"),
        "no": ("evakuert", "evakuerte", "hjemløse", "måtte forlate"),
    },
    "rescued": {
        "hu": ("kimentett", "megment", "túlél", "kiemel"),
        "el": ("διασώθηκ", "απεγκλωβίστηκ", "απεγκλωβίσ", "επιζώντ", "σώθηκαν", "διασωθέντ"),
        "sv": ("räddade", "räddades", "räddats", "överlevde", "överlevande"),
        "da": ("reddet", "reddede", "overlevende", "overlevede"),
        "no": ("reddet", "overlevde", "overlevende", "berget"),
    },
    "person": {
        "hu": ("ember", "személy", "gyerek", "gyermek", "felnőtt", "diák", "munkás",
               "dolgozó", "férfi", "nő ", "nőt", "nők", "fiatal", "turist", "beteg",
               "sofőr", "ápolt"),
        "el": ("άνθρωπ", "ανθρώπ", "άτομα", "ατόμων", "παιδιά",
               "παιδιών", "μαθητ", "εργαζόμεν", "εργάτ", "γυναίκ", "άνδρ", "άντρ", "ενήλικ",
               "οδηγ", "τουρίστ", "ασθεν"),
        "sv": ("personer", "människor", "barn", "elever", "vuxna", "ungdomar",
               "anställda", "arbetare", "förare", "män ", "kvinnor", "patienter", "turister"),
        "da": ("personer", "mennesker", "børn", "voksne", "elever", "ansatte",
               "arbejdere", "mænd", "kvinder", "unge", "patienter", "turister", "sønner"),
        "no": ("personer", "mennesker", "barn", "voksne", "elever", "ansatte",
               "arbeidere", "menn", "kvinner", "ungdommer", "pasienter", "turister"),
    },
    "resident": {
        "hu": ("lakos", "lakó"), "el": ("κάτοικ",), "sv": ("invånare", "boende"),
        "da": ("indbyggere", "beboere"), "no": ("innbyggere", "beboere"),
    },
    "responder": {
        "hu": ("tűzoltó", "mentős", "katasztrófavédő", "búvár"),
        "el": ("πυροσβέστ", "διασώστ", "δύτες"),
        "sv": ("brandmän", "räddningsarbetare", "rökdykare", "räddningspersonal"),
        "da": ("brandmænd", "brandfolk", "røgdykkere", "redningsfolk", "redningsarbejdere"),
        "no": ("brannmenn", "brannfolk", "røykdykkere", "redningsmannskap"),
    },
    "police": {
        "hu": ("rendőr",), "el": ("αστυνομικ",), "sv": ("poliser",),
        "da": ("betjente", "politifolk"), "no": ("politifolk", "politibetjenter"),
    },
    "soldier": {
        "hu": ("katona",), "el": ("στρατιώτ",), "sv": ("soldater",), "da": ("soldater",),
        "no": ("soldater",),
    },
    "building": {
        "hu": ("épület", "ház", "lakás"), "el": ("κτίρι", "σπίτι", "σπίτια", "διαμερίσματα"),
        "sv": ("byggnader", "hus ", "lägenheter", "bostäder"),
        "da": ("bygninger", "huse", "lejligheder", "boliger"),
        "no": ("bygninger", "hus ", "leiligheter", "boliger"),
    },
}

#: The services' vehicles, as :data:`.counted_words.EMERGENCY_VEHICLES` (Hungarian "négy
#: járművel": with four vehicles).
EMERGENCY_VEHICLES_MORE: dict[str, tuple[str, ...]] = {
    "hu": ("járművel", "járművet", "jármű", "tűzoltójármű", "tűzoltójárművel", "mentőautó",
           "mentőautóval", "mentőhelikopter", "mentőhelikopterrel", "egységgel"),
    "el": ("οχήματα", "ασθενοφόρα", "ελικόπτερα", "πυροσβεστικά"),
    "sv": ("ambulanser", "brandbilar", "helikoptrar", "räddningsfordon"),
    "da": ("ambulancer", "brandbiler", "helikoptere", "lægehelikoptere"),
    "no": ("ambulanser", "brannbiler", "helikoptre"),
}

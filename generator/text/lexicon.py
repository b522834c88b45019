"""The English lexicon: every word list the rules read, in one place, each named by its use.

News copy is regular enough that tables of words find dates, numbers, speakers and names without
a model. Before this module the same months were spelt out in seven modules and the speakers
that stand for someone else ("the statement", "it") in two, and they drifted apart. A rule that
needs a word list takes it from here, so a list is corrected once.

Lists that look alike but serve different rules (the words ending a counted noun phrase or a
subject, the words left out of an id) stay separate: merging them would change what they find.

**Other languages**: the cleaner's words (furniture in a dozen languages) are in
:mod:`generator.text.furniture_words`, stop words come from jusText through
:mod:`generator.text.languages`, and ``Article.language`` says which to read. The extraction
rules here are English; another language's lexicon goes beside this one with the same names.
Nothing outside :mod:`generator.text` and the cleaner's rule table spells out a word list.
"""

from __future__ import annotations

import calendar
import functools
import re

from generator.text import lemmas
from generator.text.adverbs import BETWEEN_SUBJECT_AND_VERB, FOCUS, adverbs
from generator.text.services import SERVICES

# --------------------------------------------------------------------------- calendar

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Three-letter forms ("Tue, 29 Aug 2017") that page furniture uses in date lines.
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: Every spelling of a month news copy uses, lower case, with its number.
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_NAMES = tuple(name.lower() for name in calendar.month_name if name)

#: A month in any spelling, longest first so that "September" is not read as "Sep".
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY = "|".join(WEEKDAYS)
#: A weekday in full or as three letters, full names first.
WEEKDAY_OR_ABBREVIATION = "|".join(WEEKDAYS + WEEKDAY_ABBREVIATIONS)

#: Small numbers written as words, as date wordings use them ("three days ago").
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

# --------------------------------------------------------------------------- sentences

#: Abbreviations whose full stop does not end a sentence ("Col. Ryan Dillon", "Aug. 29").
ABBREVIATIONS = {
    "col", "gen", "lt", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr", "mr", "mrs", "ms",
    "insp", "supt", "const",
    "dr", "st", "jr", "sr", "gov", "sen", "rep", "prof", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "u.s", "u.n", "u.k", "e.g",
    "i.e", "mt", "ft", "approx", "est", "dept", "gov't", "inc", "co", "corp", "ltd", "brig",
    "cdr", "rev", "gens", "lt.col", "sgt.maj",
    # other languages of the corpus: titles, "about", "number", units of time and money
    "ca", "bzw", "vgl", "nr", "mio", "mrd", "std", "min", "mme", "mmes", "mlle", "env", "sra",
    "srta", "aprox", "núm", "dña", "sig", "dott", "ecc", "pkt", "tys", "mln", "mld", "tzn",
    "mgr", "mevr", "dhr"}
#: A person's titles written short before the name, one list for every reader of names: ranks of
#: the armed forces and the police ("Lt. Michel Brunet", "Insp. Michel Forget", "Det. Sgt. Anna
#: Kowal", trial 48: a police inspector's words had no speaker), offices, courtesy titles.
PERSON_TITLE_ABBREVIATIONS = (
    "Col", "Gen", "Lt", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Brig", "Adm", "Cmdr", "Insp",
    "Supt", "Det", "Const", "Dr", "Prof", "Mr", "Mrs", "Ms", "Gov", "Sen", "Rep")
#: Abbreviated titles before a name, as a regular expression, one or a chain of them ("Col. ",
#: "Det. Sgt. "), a saint's "St. " and "U.S. " too.
TITLE_ABBREVIATION = (r"(?:(?:(?:" + "|".join(PERSON_TITLE_ABBREVIATIONS + ("St",)) + r")\.\s+)+"
                      r"|U\.S\.\s*|U\.N\.\s*)")

# --------------------------------------------------------------------------- speakers

SPEECH_VERBS = (
    # "went on to say", "X was quoted as saying": read whole, first (as GOVERNED; spspk3)
    "(?:was|were|is|has\\s+been)\\s+quoted\\s+as\\s+(?:saying|telling)\\b|"
    "(?:went\\s+on|goes\\s+on|wanted|wants|was\\s+quick|took\\s+care)\\s+to\\s+(?:say|stress|add|note|"
    "insist|explain|emphasi[sz]e|point\\s+out|state|warn|reiterate|clarify|underline)\\b|"
    "said|says|say|told|tells|added|adds|stated|states|continued|continues|tweeted|wrote|writes|"
    "posted|declared|insisted|warned|explained|noted|argued|claimed|claims|asked|replied|responded|"
    "announced|commented|remarked|concluded|reported|reports|indicate|indicates|indicated|"
    "confirmed|confirms|estimated|estimates|acknowledged|maintained|underlined|stressed|recalled|"
    "conceded|complained|vowed|pledged|urged|pleaded|shouted|(?<!for )(?<!the )(?<!an )alleged|"
    "screamed|cried|asserted|chanted|expressed|reflected(?=\\s+that\\b)|"  # fquote; trial 45
    # the present a report of the evening is written in (trial 22: "X explains that “…”");
    # "explains why/how" gives a cause, not words (review 20b: "Her decision explains why …")
    "explains(?!\\s+(?:why|how)\\b)|warns|insists|stresses|points\\s+out|pointed\\s+out|voiced|"
    # a witness's telling (s11: "“…,” one witness recounted"); "described" with nothing described
    # (CLAIM_VERBS: "described X as …"); "specifies" (38); "revealed to", not "to be" (41, 34a)
    "recounted|recounts|described(?=\\s*(?:[.,;]|to\\b))|describes(?=\\s*(?:[.,;]|to\\b))|assessed|"
    "specifie[sd](?=\\s*[.,;])|(?:revealed|disclosed)(?=\\s+(?:to(?!\\s+(?:be|have)\\b)|that)\\b)")
#: A speech verb as a word of the story: not the end of a hyphened word ("so-called" is not
#: "called"). Attribution and the closing credit of a partial quotation both look for it.
SPEECH_VERB = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})\b")
#: Verbs that attribute a characterisation as well as speech ("condemned it as …").
CLAIM_VERBS = (SPEECH_VERBS + "|called|calling|described|describing|criticized|criticised|"
               "condemned|condemning|hailed|branded|dubbed|labelled|labeled|termed|predicted|"
               "predicting|stating|spoke\\s+of|speaking\\s+of|promised|feared|denounced|decried")
PRONOUN_SUBJECTS = {"he", "she", "they"}
#: Speakers that stand for someone named elsewhere: a pronoun, or the statement itself.
GENERIC_SPEAKERS = {
    "he", "she", "they", "it", "the statement", "the release", "the press release",
    "the spokesman", "the spokeswoman", "the official", "the source", "the ministry",
    "the group", "the envoy", "the military", "the coalition statement", "the tweet", "the post",
    "ο ίδιος", "η ίδια",  # Greek "the same one": the previous speaker, not the last name
}
#: "and" in the languages of the pages: the word that joins two items of a list, so two names
#: ("Kalo and Kelewe", "Kalo und Kelewe") or the two lines of a date stamp.
AND_WORDS = ("and", "und", "et", "y", "e", "ed", "i", "en", "og", "oraz")
#: Words of outlets' names, in capitals: an all-capital token at a story's start holding one is an
#: outlet ("XALIMANEWS-", not "BEIRUT —"), a site's name too (:func:`hosts.brand`), and a name
#: joined to one after the last sentence a desk's signature ("… said. ValleyPress.": ``notes``).
OUTLET_WORDS = ("NEWS", "PRESS", "INFO", "MEDIA", "TV", "FM", "RADIO", "WIRE", "POST", "TIMES",
                "AGENCY", "ONLINE", "DAILY", "JOURNAL", "HERALD", "TRIBUNE", "EXPRESS")
#: The last word of a newspaper's name ("The Valley Dispatch", "The Gazette"), besides the
#: trade's words above: read after a byline's names, never in a web address's labels.
PAPER_WORDS = ("dispatch", "gazette", "chronicle", "observer", "courier", "record", "register",
               "sentinel", "inquirer", "examiner", "telegraph", "guardian", "mirror", "bulletin",
               "reporter", "review", "star", "sun", "globe", "standard", "independent", "mail",
               "leader", "citizen", "enterprise")
#: A written text named as a quotation's speaker ("read the communiqué", "the release said"):
#: who issued it is the previous speaker, and the text goes on in the paragraph after it
#: (:mod:`generator.extract.speech.continued`) as a person's words do.
WRITTEN_SOURCES = ("the statement", "the release", "a statement", "a release")
#: Subjects of a speech verb that are never its speaker ("it said", "some say").
NON_SPEAKERS = {"it", "this", "that", "there", "both", "some", "many", "others", "one",
                "another", "we", "i", "you", "us", "all", "none", "which", "who"}
#: Words between a subject and its verb ("Dillon also said", "he had said"): auxiliaries, and
#: the table's adverbs of that place (:data:`generator.text.adverbs.BETWEEN_SUBJECT_AND_VERB`).
ADVERBS = {"had", "has", "have", "was", "is", "would", "will",
           *adverbs(BETWEEN_SUBJECT_AND_VERB)}
#: Object pronouns written between a subject and its verb ("Ruiz le ha recordado", "il sindaco
#: gli ha detto", "o prefeito lhe disse"): not part of the subject.
CLITICS = frozenset({"le", "les", "lo", "la", "se", "me", "te", "nos", "os", "gli", "ci", "vi",
                     "ne", "lhe", "lhes", "leur"})
#: Words that make a speech verb a noun or an adjective ("the reports", "self-declared").
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these",
               "those", "first", "last", "most", "some", "any", "self"}
#: Words that end a subject read backwards from its verb.
SUBJECT_BREAKS = {
    "in", "on", "at", "to", "from", "by", "with", "without", "into", "over", "under", "after",
    "before", "during", "since", "while", "when", "where", "that", "which", "who", "whom",
    "whose", "and", "or", "but", "as", "than", "because", "if", "though", "although", "so",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "not", "no", "can", "could", "would", "will", "should", "may", "might", "must", "wants",
    "want", "says", "said", "say", "told", "added", "even", "both", "there", "here", "how",
    "what", "why", "also", "about", "against", "between", "through", "across", "towards",
    "toward", "up", "down", "out", "off", "near", "per", "via", "like", "it's", "let",
}
#: Words an evidence clause must not end on ("… according to the").
CLAUSE_TAIL_WORDS = {"the", "a", "an", "of", "on", "in", "to", "and", "or", "with", "for", "by",
                     "at", "from", "that", "which", "who", "its", "their", "his", "her", "as",
                     "into", "but"}

# --------------------------------------------------------------------------- people and names

TITLES = {
    "col", "col.", "colonel", "gen", "gen.", "general", "lt", "lt.", "lieutenant", "maj",
    "maj.", "major", "capt", "capt.", "captain", "sgt", "sgt.", "sergeant", "adm", "adm.",
    "admiral", "president", "prime", "minister", "secretary", "sheikh", "shaikh", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "ambassador", "envoy", "commander", "first",
    "second", "deputy", "vice", "chief", "foreign", "defence", "defense", "interior",
    "spokesman", "spokeswoman", "king", "prince", "emir", "ayatollah", "imam", "brig.",
    "brigadier", "senator", "sen.", "rep.", "representative", "governor", "mayor", "cleric",
    "prefect", "chancellor", "sheriff", "commissioner", "inspector", "superintendent",
    "detective", "constable", "corporal", "professor",
    # every short title with its stop ("Insp. Michel Forget" is Michel Forget; without the
    # stop "Det" may be a word of a name)
    *(f"{t.lower()}." for t in PERSON_TITLE_ABBREVIATIONS)}
#: Courtesy titles of the other languages before a surname alone ("Mme Roux", "Frau
#: Keller", "Sra. Ruiz"): copy writes them once it has named the person in full. Not "M.",
#: which is as often a first name's initial.
COURTESY_TITLES = frozenset({"mme", "mme.", "mlle", "madame", "monsieur", "sra.", "sr.",
                             "frau", "herr", "sig.", "sig.ra", "signora", "sra", "dona",
                             "signor", "señor", "señora", "senhor", "senhora"})
#: Those written with a full stop, as a pattern: "dijo la Sra. Ruiz", whose stop ends no clause.
#: Every title a name may carry: what :func:`generator.text.names.strip_titles` drops, so that
#: "Mme Roux" and "Claire Roux" compare as one person (:mod:`generator.analyse.naming`).
NAME_TITLES = frozenset(TITLES | COURTESY_TITLES)
TITLE_DOT = "|".join(re.escape(t[:-1]) for t in sorted(COURTESY_TITLES) if t.endswith("."))
#: Nouns that, next to a name, say it is a person's ("the envoy, Brett McGurk").
#: Who speaks as a body, before the place they belong to ("Police in Varn have confirmed",
#: trial 19: the place was taken for the speaker); a body, never a title standing for
#: one person ("Police said" is not "Police Chief …", review 16).
SPEAKING_BODIES = frozenset({"officials", "authorities", "doctors", "witnesses", "residents",
                              "officers", "investigators", "prosecutors", "hospitals", "hospital",
                              "ministry", "government", "embassy", "consulate", *SERVICES["en"]})

PERSON_CUES = {"leader", "envoy", "spokesman", "spokeswoman", "commander", "chief", "minister",
               "president", "secretary", "general", "colonel", "official", "adviser", "advisor",
               "cleric", "analyst", "head", "ambassador", "lieutenant"}
#: Adjectives of origin or affiliation that come before a title ("Iraqi Prime Minister").
NATIONALITIES = {
    "iraqi", "syrian", "lebanese", "iranian", "us", "u.s.", "american", "russian", "turkish",
    "kurdish", "arab", "israeli", "saudi", "jordanian", "egyptian", "british", "french",
    "german", "qatari", "emirati", "palestinian", "afghan", "yemeni", "libyan", "hezbollah",
    "coalition", "pentagon", "iraq's", "iran's", "syria's",
}
#: Last words that make a capitalised run an organisation or a place, not a person.
ORG_WORDS = {
    "state", "army", "forces", "force", "corps", "guard", "guards", "organisation",
    "organization", "council", "ministry", "government", "party", "front", "brigade",
    "brigades", "units", "unit", "coalition", "journal", "news", "press", "agency", "media",
    "group", "movement", "committee", "office", "department", "border", "province", "city",
    "town", "river", "desert", "mountains", "valley", "republic", "kingdom", "union", "nations",
    "house", "times", "post", "wire", "daily", "courier", "digest", "revolutionary", "mobilisation",
    "mobilization", "network", "twitter", "facebook", "reuters", "airport", "highway", "road",
}
#: Capitalised words that open a run of capitalised words without being part of a name.
CAPITALISED_FUNCTION_WORDS = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "It", "He", "She", "They", "We", "I",
    "His", "Her", "Their", "Its", "This", "That", "These", "Those", "There", "When", "While",
    "After", "Before", "Under", "Over", "Since", "For", "With", "As", "If", "By", "From", "To",
    "Of", "Our", "Earlier", "Later", "Several", "Some", "Both", "Each",
    # words that open a sentence before a name ("Like Varo, many…", "According to…")
    "Like", "Unlike", "According", "Although", "Though", "Despite", "During", "Among", "Amid",
    "Without", "Until", "Once", "Meanwhile", "Also", "Then", "Yet", "Many", "Most", "Such",
    "Every", "Other", "Another", "Even", "Only", "Not", "Why", "How", "Where", "What", "Which",
} | {day.title() for day in WEEKDAYS} | {month.title() for month in MONTH_NAMES}
#: Words right before a name that make it a place, per language: prepositions of place and
#: "the town of". English's are in ``extract/names._PLACE_BEFORE`` with the compass phrases;
#: these are the other languages', read only in an article of that language ("in" is Dutch
#: and German too). Left out: a preposition joined with an article ("au", "im", "no": "in the"
#: comes before a newspaper's name as often as a place's) and the ones that also mean "to"
#: (French "à", Italian "a": "told to" a newspaper).
PLACE_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": ("en", "près de", "près d'", "dans la ville de", "commune de"),
    "de": ("in", "bei", "nahe", "nahe von", "nördlich von", "südlich von", "östlich von",
           "westlich von", "Stadt", "Ort", "Gemeinde"),
    "es": ("en", "cerca de", "junto a", "localidad de", "municipio de", "ciudad de"),
    "it": ("in", "presso", "vicino a", "nei pressi di", "comune di", "città di"),
    "pt": ("em", "perto de", "cidade de", "município de", "concelho de"),
    "nl": ("in", "bij", "nabij", "plaats", "gemeente"),
    "pl": ("w", "we", "pod", "koło", "niedaleko", "miejscowości", "mieście"),
    "ru": ("в", "во", "под", "около", "близ", "городе", "поселке", "посёлке", "провинции"),
    "uk": ("в", "у", "під", "біля", "місті", "селищі", "провінції"),
    "bg": ("в", "във", "край", "близо до", "град", "село", "провинция"),
    "el": ("στο", "στη", "στην", "στον", "κοντά στο", "κοντά στη", "κοντά στην"),
}
#: Capitalised words and runs that are never proposed as names ("May" is: Theresa May).
NOT_NAMES = {
    "Iraqi", "Syrian", "Lebanese", "Iranian", "Russian", "Kurdish", "Arab", "American",
    "Sunni", "Shiite", "Shi’ite", "Islamic", "Prime Minister", "Minister", "President", "Tags",
    "Comments", "Source", "Sources",
} | {day.title() for day in WEEKDAYS} | {month.title() for month in MONTH_NAMES if month != "may"}

# --------------------------------------------------------------------------- content words

#: Function words, left out when two renderings of a statement are compared.
FUNCTION_WORDS = frozenset("""
a an the and or but if then than that this these those there here of in on at to from by with
without for as into onto over under about against between through during before after above
below up down out off again further once is are was were be been being am have has had having
do does did doing will would shall should can could may might must not no nor only own same so
too very just also it its it's they them their theirs he him his she her hers we us our ours
you your yours i me my mine who whom whose which what when where why how all any both each few
more most other others some such one ones own s t don now ever even still yet while because
until whether said says say told tell added add
""".split())  # noqa: SIM905
#: Words read as one when renderings are compared (Daesh, ISIS, ISIL and IS are one group).
SYNONYMS = {"daesh": "isis", "isil": "isis", "is": "isis", "islamic": "isis", "state": "isis",
            "jihadist": "militant", "jihadists": "militant", "us-led": "coalition",
            "u.s.-led": "coalition"}
#: Words that end the noun phrase a number counts ("308 militants and …", "40 of the …").
NOUN_PHRASE_BREAKS = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "from", "by", "with",
    "for", "who", "whom", "which", "that", "were", "was", "are", "is", "be", "been", "had",
    "have", "has", "will", "would", "could", "should", "may", "might", "can", "according",
    "said", "says", "after", "before", "as", "than", "while", "including", "also", "its",
    "their", "his", "her", "this", "these", "those", "such", "into", "across", "towards",
    "toward", "during", "since", "until", "not", "no", "ago", "each", "per", "more", "less",
    "them", "they", "he", "she", "it", "we", "you", "i", "out", "up", "down", "there", "here",
    "did", "do", "does", "under", "over", "between", "among", "about", "so", "if", "when",
    "where", "whether", "other", "others",
}
#: Nouns that count the same kind of thing, by group: "308 militants" and "310 fighters" count
#: one figure (``briefing extract`` groups reports by them; ``check`` finds uncited mentions).
NOUN_GROUPS: dict[str, set[str]] = {
    "fighter": {"fighter", "militant", "jihadist", "gunman", "terrorist", "insurgent",
                "combatant", "extremist", "mujahid", "mujahideen"},
    "civilian": {"civilian", "relative", "family", "woman", "child", "dependant", "dependent",
                 "non-combatant", "noncombatant", "wife", "kid"},
    "militiaman": {"militiaman", "militia", "paramilitary"},
    "soldier": {"soldier", "troop", "serviceman", "servicemember", "conscript"},
    # who came to help and the police, named alike in every language (text/counted_words.py)
    "responder": {"firefighter", "fireman", "rescuer", "responder", "paramedic", "diver",
                  "lifeguard"},
    "police": {"police", "policeman", "policewoman", "gendarme"},
    "operative": {"operative", "officer", "adviser", "advisor", "guardsman", "agent"},
    "bus": {"bus"},
    # a bus or a railway carriage, as the story goes: a count of its own, labelled as written
    "coach": {"coach"},
    "vehicle": {"vehicle", "truck", "car", "pickup"},
    "person": {"people", "person", "individual"},
    # "25 lives"; "14 martyrs": the dead as an official honours them (trial 24); "corpses" (41)
    "dead": {"death", "casualty", "dead", "victim", "body", "life", "fatality", "martyr", "corpse"},
    "presumed dead": {"presumed dead"},  # counts of their own (extract/counts/beside_toll.py)
    "dead and presumed dead": {"dead and presumed dead"},
    "evacuee": {"evacuee", "refugee", "displaced"},
    "prisoner": {"prisoner", "detainee", "inmate", "convict"}, "hostage": {"hostage", "captive"},
    "wounded": {"wounded", "injured"},
    "airstrike": {"airstrike", "strike", "raid", "sortie"},
    "aircraft": {"aircraft", "jet", "warplane", "plane", "drone"},
    "survivor": {"survivor"},  # those who lived through it, in every language (text/aboard.py)
    "on board": {"on board"},  # people a vessel or an aircraft carried (text/aboard.py, round 24)
    # people counted by their country, each country apart (extract/counts/nationals.py, round 24)
    "national": {"national", "citizen"},
}
#: The prepositions that make the people after them members of a group, in the corpus
#: languages ("among the dead", "parmi les blessés", "unter den Toten", "wśród zabitych"): one
#: list for the outcome readers (text/casualty/outcomes.py, text/casualty/one.py).
AMONG = ("among", "amongst", "unter", "tra", "fra", "entre", "parmi", "onder", "wśród", "mezi")
#: The words an article states each kind of running count with ("the toll rose to 69", "69
#: people died", "12 were hurt"): a figure whose label or unit names one of them is stated by
#: any of them.
COUNT_TERMS: dict[str, frozenset[str]] = {
    "dead": frozenset({"death", "deaths", "dead", "die", "died", "dying", "kill", "killed",
                       "killing", "toll", "fatality", "fatalities", "body", "bodies", "victim",
                       "victims", "life", "lives", "perish", "perished", "drown", "drowned"}),
    "injured": frozenset({"injured", "injury", "injuries", "injure", "wounded", "wound",
                          "hurt", "hospitalised", "hospitalized", "casualty", "casualties"}),
    "missing": frozenset({"missing", "unaccounted", "disappeared"}),
    "rescued": frozenset({"rescued", "saved", "survivor", "survivors", "survived"}),
    "displaced": frozenset({"displaced", "evacuate", "evacuated", "evacuee", "evacuees",
                            "evacuation", "homeless", "shelter", "shelters", "sheltering",
                            "fled", "flee", "refugee", "refugees", "relocated"}),
    "arrested": frozenset({"arrest", "arrests", "arrested", "detain", "detained", "detainee",
                           "detainees", "detention", "custody"}),
}
#: The verbs an English headline counts people with, as a title-case headline writes them before
#: the count ("Blaze Kills 3 In …", "Storm Strands 200 At …"): a number after one of them is a
#: count, not the number of a name ("Route 66"), though both words are capitalised.
HEADLINE_COUNT_VERBS = frozenset({
    "kills", "injures", "hurts", "wounds", "leaves", "strands", "displaces", "evacuates",
    "rescues", "saves", "traps", "claims", "hospitalizes", "hospitalises", "sickens", "forces",
    "sends", "burns", "drowns", "hits", "affects"})
#: Adverbs of focus a writer puts between a verb and the number it counts ("sono morti anche
#: tre operai", "murieron también dos niños", "killed even three rescuers"): the verb before
#: them still says what befell the people counted (trial 26). Read from the table of adverbs
#: by role, where the speech readers' adverbs are too ("aussi", "anche" serve both).
FOCUS_ADVERBS = frozenset(adverbs(FOCUS))
#: The prepositions that name the agent of a passive ("furono tratti in salvo dai sommozzatori
#: 8 bagnanti", "rescatadas por los guardacostas 14 personas", "resgatadas pelos bombeiros", "von
#: der Feuerwehr gerettet"): a Romance passive put before its subject carries them between the
#: participle and the number it counts (xdev51, fresh pages). English and German never put a
#: passive's subject after its agent, so they have none here.
AGENT_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "fr": ("par",), "es": ("por",),
    "it": ("da", "dal", "dai", "dalla", "dalle", "dagli", "dallo", "dall'", "dall’"),
    "pt": ("por", "pelo", "pela", "pelos", "pelas"),
}
#: Words that make the number after them a span of time reckoned back from now or on from it
#: ("the worst fire of the last two centuries", "de los últimos dos siglos", "the past 150
#: years"): a stretch of the calendar, never how old a thing is.
SPAN_FROM_NOW = frozenset({
    "last", "past", "next", "previous", "últimos", "últimas", "pasados", "pasadas", "próximos",
    "próximas", "ultimi", "ultime", "prossimi", "derniers", "dernières", "prochains",
    "letzten", "vergangenen", "nächsten"})
#: Words of a figure's label that name no particular thing ("Number of people reported dead"):
#: left out of the words its mentions are found by.
GENERIC_FIGURE_WORDS = frozenset({
    "number", "total", "count", "figure", "people", "person", "persons", "individual",
    "individuals", "reported", "report", "estimated", "estimate", "official", "officially",
    "confirmed", "overall", "maximum", "minimum", "peak", "level", "amount", "value", "latest",
    "final", "initial", "least", "most", "many", "much", "known"})
#: Words left out of generated ids ("the-convoy-of-…" would be long and alike).
ID_STOP_WORDS = {"the", "a", "an", "of", "and", "to", "in", "on", "is", "was", "that", "for",
                 "with", "by", "at", "it", "its", "this", "not", "be", "are", "from", "as", "had",
                 "has"}


@functools.lru_cache(maxsize=1 << 14)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("militiamen" -> "militiaman"), by simplemma's
    rules and tables: nothing is downloaded."""
    return lemmas.lemmatize(word, "en")  # simplemma loads on first use: only extract needs it


def is_known_word(word: str) -> bool:
    """Whether simplemma's dictionary knows ``word`` (a common word, not a name)."""
    return lemmas.is_known(word, "en")  # simplemma loads on first use: only extract needs it

#: Words that open a clause of cause or time, in the languages of the corpus: a number after
#: one (behind a comma) is not what the clause before it counts ("…, because 40 were …").
CAUSE_OR_TIME_OPENERS = (r"because|as(?!\s+of)|while|since|weil|da|während|nachdem|parce\s+qu|"
                         r"car|tandis\s+qu|puisqu|porque|ya\s+que|mientras|perché|poiché|mentre")
#: "But" that can also say "instead" ("not by the blast but by the fire", "no en el acto, sino
#: en el hospital", "nicht sofort, sondern später"): Spanish and German have a word of their own
#: for it, the other corpus languages use their one "but".
BUT_INSTEAD = r"but|mais|sino|sondern|ma|mas|maar|ale"
#: Every "but" of the corpus languages: a clause that opens with one says something else of its
#: own (five rules had each spelt a list, two of them without German or Spanish).
BUT = BUT_INSTEAD + r"|pero|aber"
#: Words that put another time between a number and a day: conjunctions of time and the
#: prepositions of a span ("300 dead after Wednesday's collapse", "seit Mittwoch").
OTHER_TIME_WORDS = (r"after|before|when|while|since|until|nachdem|seit|bis|während|après|avant|"
                    r"quand|lorsque|depuis|jusqu|cuando|tras|desde|hasta|dopo|quando|fino|após|"
                    r"até|toen|sinds|nadat")


#: Nouns a single capital letter names a kind or a part of ("plan B", "vitamin D", "hepatitis
#: A", "Typ C", "zona B"): a line ending on one ends on a whole word, not inside a name that was
#: cut (review 18).
LETTERED_NOUNS = frozenset({
    "plan", "plano", "vitamin", "vitamine", "vitamina", "witamina", "hepatitis", "hépatite",
    "hepatite", "type", "typ", "tipo", "grade", "gate", "exit", "zone", "zona", "strefa", "route",
    "part", "teil", "partie", "parte", "group", "gruppe", "groupe", "grupo", "grupa", "category",
    "kategorie", "categoría", "catégorie", "class", "klasse", "classe", "clase", "section",
    "block", "bloc", "bloque", "phase", "fase", "level", "terminal", "platform", "gleis",
    "annex", "appendix", "anhang", "hall", "halle", "pier", "wing", "team", "division", "league",
    "liga", "series", "serie", "série", "model", "modell", "modelo", "option", "variant",
    "variante", "sector", "sektor", "secteur", "stage", "stufe", "étape", "etapa", "row",
})

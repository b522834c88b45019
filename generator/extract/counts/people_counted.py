"""Who a count of people is when no table names them: people named by where they are from, and
people the clause says are alive.

Found on a new user's tornado briefing (trial 14, fresh pages): "at least 74 Kentuckians are
dead" and "109 Kentuckians still missing" were one group of "Kentuckians", since the outcome
after a count is read only for nouns the people tables list; and "the remaining 102 workers
… are alive", after a sentence that had named the death toll, was proposed as 102 dead, since a
toll named before a count of people gives it its measure when the words after them name no
outcome of the table. Both are general shapes: a capitalised plural of a place ("Texans",
"Filipinos") counts people in every English story, and "alive", "vivos", "en vie" say what
happened to a group as plainly as "dead" does."""

from __future__ import annotations

import re

from generator.extract.counts.lives import BROUGHT_DE, lives_fought_for, lives_taken
from generator.extract.counts.present_there import present_then, present_there
from generator.extract.counts.unaccounted import unaccounted
from generator.text.aboard import ABOARD, CARRYING, ON_BOARD, brought_ashore
from generator.text.casualty.asides import RESCUE_WORK
from generator.text.casualty.outcome_verbs import (
    COUNT_CLAUSE_END,
    laid_waste,
    outcome_before,
    outcome_of_before,
    remains_of,
)
from generator.text.casualty.outcomes import outcome_after, severity_of
from generator.text.copulas import FINITE_AUXILIARIES
from generator.text.counted_words import (
    LIVES,
    OUTCOMES,
    PEOPLE,
    VICTIMS,
    VICTIMS_BEFELL,
    counted_group,
)
from generator.text.demonyms import is_demonym
from generator.text.lexicon import NOUN_GROUPS
from generator.text.nationals import CITIZENS, FROM, NO_COUNTRY, WORD, no_name_after
from generator.text.negation import negation_pattern
from generator.text.number_words import ONE_OF, WORDS
from generator.text.presumed import presumption_undone
from generator.text.quantities import quantities
from generator.text.relatives import POSSESSIVE_RELATIVES
from generator.text.speech_words import SUBJECT_RELATIVES
from generator.text.status_words import HOMES_AND_PLACES, PLACES

#: Words saying that the people counted before them are alive, in every corpus language, as
#: whole words: survivors are no count of the dead, whatever toll the sentence named before
#: them. Plural adjectives where the singular is also a verb's form ("vive", "vivant dans":
#: living in), and nothing that is also a phrase of accounts ("accounted for half").
ALIVE: dict[str, tuple[str, ...]] = {
    "en": ("alive", "unharmed", "unhurt", "safe and sound"),
    "fr": ("vivants", "vivantes", "en vie", "indemnes", "sains et saufs", "saines et sauves"),
    "es": ("vivos", "vivas", "con vida", "ilesos", "ilesas", "a salvo", "sanos y salvos"),
    "pt": ("vivos", "vivas", "com vida", "ilesos", "ilesas", "a salvo", "sãos e salvos"),
    "it": ("vivi", "in vita", "illesi", "illese", "sani e salvi", "incolumi"),
    "de": ("lebend", "am leben", "unversehrt", "unverletzt", "wohlauf"),
    "nl": ("levend", "in leven", "ongedeerd"), "pl": ("żywi", "przeżyli", "cali i zdrowi"),
}
#: Words that deny it anywhere before it in the clause ("not found alive", "none of whom were found
#: alive") or make "alive" how they died ("burned alive", "quemadas vivas", "lebendig verbrannt").
_NOT_SURVIVED_BEFORE = re.compile(
    r"(?:" + negation_pattern() + r")|\b(?:burned|burnt|"
    r"buried|crushed|trapped|(?:quemad|queimad|bruciat|brûlé|enterrad|sepultad|sepolt|"
    r"soterrad)\w*)\s+$")
_NOT_SURVIVED_AFTER = re.compile(r"\w*\s+(?:verbrannt|begraben|verschüttet)")
_WORD_START = r"(?<![^\W\d_])"
_WORD_END = r"(?![^\W\d_])"


def said_alive(after: str, lang: str) -> bool:
    """Whether the clause after a count of people says they are alive ("are alive and accounted
    for", "estão vivos", "sont sains et saufs"); "no longer alive" and "not alive" are not."""
    clause = COUNT_CLAUSE_END.split(after, maxsplit=1)[0].lower()
    for word in ALIVE.get(lang, ()):
        m = re.search(_WORD_START + re.escape(word) + _WORD_END, clause)
        if m and not _NOT_SURVIVED_BEFORE.search(clause[:m.start()]) \
                and not _NOT_SURVIVED_AFTER.match(clause, m.end()):
            return True
    return False


#: One adjective at most, before or after a noun of death ("tragic", "tragique").
#: What befalls only the living: a noun no table names that was killed or hurt counts people
#: ("six roofers were killed", "injuring four technicians"), as the other languages' plural
#: nouns with an outcome do (counted.plural_after); missing or rescued things stay things. The
#: noun must have a person's shape, an agent's ending ("roofer", "surveyor", "technician",
#: "attendant"): "killed 40 cows", "injured four horses" count no people (review 44).
BEINGS_ONLY = ("dead", "wounded")
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|man|men|eer|ee)s?$", re.I)


def agent_noun(noun: str) -> bool:
    """Whether the last word of ``noun`` has an English agent's ending: a person's shape."""
    return bool(noun.split()) and bool(_AGENT.search(noun.split()[-1]))

_KNOWN = frozenset(noun for nouns in NOUN_GROUPS.values() for noun in nouns) | set(NOUN_GROUPS)


def _beings(counted: tuple[str, str, int], before: str, rest: str, lang: str
            ) -> tuple[str, str, int]:
    noun, group, end = counted
    if lang != "en" or group in _KNOWN or counted_group(noun.split()[-1] + " ", lang) \
            or presumption_undone(rest):
        return counted  # a known thing ("vehicle", "boats"), or another language's own reading
    if not agent_noun(noun):
        return counted
    done = outcome_after(rest, lang) or outcome_before(before, lang)
    return (noun, done, end) if done in BEINGS_ONLY else counted


#: German counts the missing as the people whose whereabouts are unclear ("Der Verbleib von 80
#: Menschen ist unklar") and those accounted for as the people whose whereabouts were cleared
#: up ("… konnte geklärt werden"): the whereabouts before the number, the verdict in its clause.
#: The other languages say the fate or the whereabouts of people is unknown ("the fate of 80
#: people is unknown", "le sort de 80 personnes reste inconnu", "el paradero de 80 personas se
#: desconoce", "het lot van 80 mensen is onduidelijk", "los 80 osób jest nieznany": spent25
#: knack, ffig5 fakt, read as people whom nothing befell): the missing too.
_FATE = {"de": r"(?:Verbleib|Schicksal)\s+(?:von|der|dieser|jener)",  # s38: "Schicksal"
         "en": r"(?:fate|whereabouts)\s+of", "fr": r"(?:sort|destin)\s+d(?:e|es|u|['’])",
         "es": r"(?:paradero|suerte|destino)\s+de",
         "pt": r"(?:paradeiro|destino)\s+d[eoa]s?", "nl": r"(?:lot|verblijfplaats)\s+van",
         "it": r"(?:sorte|destino)\s+d(?:i|ei|egli|elle)", "pl": r"losy?"}
_UNKNOWN = {"de": r"ungeklärt|unklar|unbekannt|geklärt", "en": r"unknown|unclear|uncertain",
            "fr": r"inconnu\w*|incertain\w*", "es": r"desconoc\w*|incierto\w*",
            "it": r"ignot\w*|sconosciut\w*|incert\w*", "pt": r"desconhecid\w*|incert\w*",
            "nl": r"onduidelijk|onbekend|geen\s+duidelijkheid", "pl": r"nieznan\w*|niejasn\w*"}
_WHEREABOUTS = {lang: re.compile(rf"(?<!\w)(?:{fate})\s+(?:[^\W\d_]+\s+)?$", re.I)
                for lang, fate in _FATE.items()}
#: German reads its verdict in the clause; others ≤ 4 words on, no stop, comma or relative between,
#: lest another noun's be read ("80 workers whose employer remains unknown"; review of stop 28).
_GAP = rf"(?:\s*(?!(?:{'|'.join((*SUBJECT_RELATIVES, *POSSESSIVE_RELATIVES))})\b)[^\W\d_][\w'’-]*)"
_WHEREABOUTS_VERDICT = {
    lang: re.compile((r"[^.;:]*?" if lang == "de" else _GAP + r"{0,4}?\s+")
                     + rf"(?<!\w)(?P<v>{words})(?!\w)", re.I)
    for lang, words in _UNKNOWN.items()}
#: The same said of a count's people in a relative clause before it ("Die Zahl der Personen,
#: deren Verbleib weiter ungeklärt ist, wuchs auf 84").
_WHEREABOUTS_RELATIVE_DE = re.compile(
    r"\b(?:Zahl|Anzahl)\s+der\s+[^\W\d_]+\s*,\s*deren\s+Verbleib\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?P<v>ungeklärt|unklar|unbekannt|geklärt)\b[^.;:]*$", re.I)


def whereabouts(before: str, rest: str, lang: str) -> str | None:
    """"missing" or "accounted" for people named by their fate or whereabouts, or not accounted
    for (:mod:`.unaccounted`), else None; a denied German verdict ("nicht geklärt"): missing."""
    fate, said = _WHEREABOUTS.get(lang), _WHEREABOUTS_VERDICT.get(lang)
    verdict = (fate and said and fate.search(before[-80:]) and said.match(rest)) or (
        lang == "de" and _WHEREABOUTS_RELATIVE_DE.search(before))
    if not verdict:
        return unaccounted(before, rest, lang)  # "haven't been able to account for six others"
    cleared = verdict.group("v").lower() == "geklärt" and not re.search(
        r"\b(?:nicht|nie|kaum)\b", verdict.string[verdict.start():verdict.start("v")], re.I)
    return "accounted" if cleared else "missing"


#: The verbs of taking before a count of :data:`LIVES` (German "forderten", "kostete": trial 39),
#: and of losing them ("abbiamo perso 9 vite", "perdimos 9 vidas", "nous avons perdu 9 vies").
_LIVES_TAKEN_BY = re.compile(
    r"\b(?:cobr|seg|cost|quit|arrebat|ceif|tir|lev|custou|co[uû]t|fauch|emport|pr[ie][ns]|"
    r"spezz|stronc|tolt|port|forder|kostet|pers[oe]|perd|verlor)[\wàâéèêíóúù]*\s+(?:(?:al\s+menos|"
    r"au\s+moins|almeno|pelo\s+menos|ya|déjà|già|já|mindestens|bereits|schon)\s+)?$", re.I)
#: German and Dutch put that verb last ("die 9 Menschenleben forderte", "dat 9 levens eiste").
_LIVES_TAKEN_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,3}?(?:forderte|forderten|gefordert|kostete|kosteten|gekostet|verloren"
    r"|eiste|eisten|geëist|kostte|kostten|gekost)\b", re.I)


#: A noun right after a number's word: the word was its adjective ("12 graves négligences"), not
#: a lone word of how badly people are hurt. Links and prepositions may follow the lone word
#: ("12 gravi e 3 lievi", "12 graves en réanimation").
_NOUN_NEXT = re.compile(r"\s+(?!(?:e|et|y|and|und|ed|en|in|em|a|à|al|ao|au|nel|im)\b)\w{3,}")


def national_fate(counted: tuple[str, str, int], before: str, rest: str, lang: str
                          ) -> str:
    """The outcome a country's people counted apart share ("les victimes sont deux Danois",
    "two Canadians … died"): read as for any people, but kept beside their group, not made
    it, so that a country's share of the dead measures the dead without being grouped with
    (and read as disagreeing with) the toll. "" when none is named."""
    noun, group, end = counted
    # the group as the counted table names it ("citizen") as well as "national" (spent s32,
    # s33: "six Dutch citizens died" measured no outcome, only "three Germans died" did)
    if not (group == "national" or group in NOUN_GROUPS["national"]) \
            or not _a_countrys_share(noun, lang, rest):
        return ""
    found = people_outcome((noun, "person", end), before, rest, lang)[1]
    if found in OUTCOMES:
        return found
    # one of a list of people ("two Danes, a Briton and three Australians died", "the dead
    # included two pilots and six Dutch citizens", "killing eight Danes and two Britons"): the
    # outcome the list shares, read past the items after it or before it (spent s32, s33)
    for m in _LIST_ITEM_AFTER.finditer(rest[:_LIST_REACH]):
        if "." in rest[:m.end()]:
            break
        found = people_outcome((noun, "person", end), before, rest[m.end():], lang)[1]
        if found in OUTCOMES:
            return found
    item = _LIST_ITEM_BEFORE.search(before[-_LIST_REACH:])
    if item is not None:
        found = people_outcome((noun, "person", end), before[:len(before) - len(item.group(0))],
                               rest, lang)[1]
    return found if found in OUTCOMES else ""


#: Number words of every language, and the article of one ("a Briton and …").
_NUMBER_WORDS = "|".join(re.escape(w) for w in sorted(
    {w for table in WORDS.values() for w in table if w.isalpha()} | ONE_OF | {"a", "an"},
    key=len, reverse=True))
#: How far a list of people is read around a country's count.
_LIST_REACH = 80
#: The end of one item of a list after a country's count: a comma or "and", then at most four
#: words ("…, a Briton and three Australians| died").
_AND_WORDS = r"(?:and|und|y|e|et|i|en|sowie|as\s+well\s+as)"
_LIST_ITEM_AFTER = re.compile(rf"(?:\s*,\s*|\s+{_AND_WORDS}\s+)(?:[^\W_]+[\s-]+){{0,3}}[^\W_]+")
#: One item of a list before a country's count, from its number to the "and" or comma before
#: the count ("the dead included two pilots and |six Dutch citizens"; "killing eight Danes and
#: |two Britons").
_LIST_ITEM_BEFORE = re.compile(
    rf"(?:\b(?:\d[\d.,]*|{_NUMBER_WORDS})\s+)(?:[^\W\d_]+\s+){{0,3}}?[^\W\d_]+"
    rf"(?:\s*,\s*|\s+{_AND_WORDS}\s+)(?:(?:the|die|los|las|les|i|gli|os|as|die\s+beiden)\s+)?$",
    re.I)


_NEXT_ITEM = re.compile(rf"(?:\s*,\s*|\s+{_AND_WORDS}\s+)(?:(?P<art>[^\W\d_]+)\s+)?", re.I)
_ARTICLES = {"en": ("a", "an"), "fr": ("un", "une"), "es": ("un", "una", "uno"), "nl": ("een",),
             "it": ("un", "una", "uno"), "pt": ("um", "uma"), "de": ("ein", "eine", "einen")}
_ITEM = re.compile(rf"\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}}?(?=\s*,|\s+{_AND_WORDS}\s)")
_PART_NEXT = re.compile(r"\s*(?:of|d[ei]|d[ae]ll[ae]|degli|de[il]|des|d[oa]s|du|von|van|der|unter|"
                        r"onder|among|entre|tra|fra|parmi)\b", re.I)  # "two of whom", "due delle"


def _shared_outcome(rest: str, lang: str, items: int = 3) -> str | None:
    """The outcome a list shares, named after a next item: "," or "and", a number or an article
    and a noun ("… and two teachers died"; not "and 12 were hurt", "two of whom"; s32-s35)."""
    m = _NEXT_ITEM.match(rest)
    article = m is not None and (m.group("art") or "").lower() in _ARTICLES.get(lang, ())
    if m is None:  # (an article of the language: not French "a", has)
        return None
    start = m.end() if article else m.start("art") if m.group("art") else m.end()
    q = next((q for q in quantities(rest[start:start + 40], lang) if q.start == 0), None)
    if (q is None or q.unit) and not article:
        return None
    at = start + (q.end if q is not None and not q.unit else 0)
    noun = WORD.match(rest[at:].lstrip())
    if noun is None or noun.group(0).lower() in FINITE_AUXILIARIES or _PART_NEXT.match(rest, at) \
            or counted_group(noun.group(0) + " ", lang, OUTCOMES):
        return None
    found = outcome_after(rest[at:], lang)
    words = None if found or not items else _ITEM.match(rest, at)
    return _shared_outcome(rest[words.end():], lang, items - 1) if words else found


def _a_countrys_share(noun: str, lang: str, rest: str = "") -> bool:
    """Whether a count of citizens is a country's share: not when the words beside the noun
    say only that they are foreign or local ("eleven foreign citizens are in hospital",
    "ressortissants étrangers") or that they are of countries not named ("citizens of other
    countries", read in ``rest``, the words after the noun), citizens of no country named,
    people like any others. A country's adjective is not looked up (no table holds every one:
    "péruviens", "Danish")."""
    tokens = list(WORD.finditer(noun + " " + rest[:40]))
    if any(t.group(0).lower() in FROM.get(lang, ()) and no_name_after(tokens, i, lang)
           for i, t in enumerate(tokens[1:4], 1)):
        return False  # "citizens of other countries", the country not named (review 25)
    words = [w.lower() for w in WORD.findall(noun)]
    return not (len(words) > 1 and all(w in CITIZENS.get(lang, ()) or w in NO_COUNTRY.get(lang, ())
                                       for w in words))


def people_outcome(counted: tuple[str, str, int], before: str, rest: str, lang: str
                   ) -> tuple[str, str, int]:
    """What befell the people a number counts (``counted``: noun, group, end), read around
    them: the outcome named after them ("100 people are reported dead"), else by the verb whose
    object they are ("killed at least 135 people") or a toll named before them; ``rest`` is the
    text after the counted noun. Other counts are returned as they are."""
    noun, group, end = counted
    if group == "percent":  # "roughly a third of them still in care": a share, whatever
        return counted  # befell it, no count of people ("percent" read as an agent's noun)
    if remains_of(before, group):
        return noun, "dead", end  # "the bodies of 41 people were recovered"
    if group == "national" or group in NOUN_GROUPS["national"]:
        if _a_countrys_share(noun, lang, rest):  # "12 Germans among the dead": a country's share
            return counted
        # "eleven foreign citizens are in hospital": the citizens of no country named are
        # people like any others, whom the outcome after them befell (trial 26)
        group, counted = "person", (noun, "person", end)
    if (group == "dead" or group in NOUN_GROUPS["dead"]) and noun.split() and \
            noun.split()[-1].lower().startswith(VICTIMS) and (
            done := outcome_after(rest, lang)) in VICTIMS_BEFELL:
        return noun, done, end  # "Quatorze victimes ont été hospitalisées": the injured
    if group in ("person", "wounded", *NOUN_GROUPS["person"]) and (
            of := outcome_of_before(before, lang)):
        return noun, of, end  # "la morte di altre 3 persone, … con ferite" (trial 41)
    if homes_reached(noun, rest, lang) or places_struck(noun, before, lang, rest):
        return noun, "affected", end  # "3,400 homes without power", "swept away two villages"
    if len(noun.split()) == 1 and group not in OUTCOMES and severity_of(noun) and \
            not _NOUN_NEXT.match(rest):
        # "45 feriti, di cui 12 gravi", "dont 12 graves", "de los cuales 12 graves": a number
        # whose only word is how badly they are hurt counts the injured (s15, opened)
        return noun, "wounded", end
    if noun.lower() in LIVES.get(lang, ()):
        taken = _LIVES_TAKEN_BY.search(before) or (
            lang in ("de", "nl") and _LIVES_TAKEN_AFTER.match(rest))
        return (noun, "dead", end) if taken else (noun, noun.lower(), end)
    if group == "wounded" and lang == "de" and BROUGHT_DE.search(before) \
            and "lebensgefahr" in rest[:60].lower():
        return noun, "person", end  # "brachte 40 Fahrgäste in Lebensgefahr": at risk, not hurt
    if not (group in NOUN_GROUPS["person"] or group in PEOPLE or group == "life"
            or (lang == "en" and is_demonym(noun))):  # "74 Texans are dead"
        return _beings(counted, before, rest, lang)
    if presumption_undone(rest):
        return counted  # "were believed dead but were found alive": none befell them
    refined = present_then(outcome_after(rest, lang) or _shared_outcome(rest, lang), rest, group)
    if (refined == "present" and group in ON_BOARD) or (
            refined == "evacuee" and group == "survivor" and brought_ashore(rest)):
        refined = None  # "five crew were on board", "104 survivors brought ashore" (trial 42)
    if refined is None:
        refined = whereabouts(before, rest, lang) or present_there(before, rest, group)
    if refined is not None:
        counted = (noun, refined, end)
    # "killed at least 135 people"; a toll named before counts them only when the words after
    # them name no outcome ("ولا يزال 206 أشخاص في عداد المفقودين") and not "alive"
    alive = refined is None and said_alive(rest, lang)  # (a verb's object still is)
    # nor those on board ("le bilan est lourd, sur les 4.200 personnes à bord": trial 47)
    done = outcome_before(before, lang, toll=refined is None and not alive
                          and not aboard(before, rest)) or (
        lives_taken(before, rest, lang)) or (  # "claimed the lives of 12", "cobró la vida de"
        lives_fought_for(before, rest, lang))  # "fighting for the lives of 9": the gravely hurt
    if done:
        counted = (noun, done, end)
    elif counted[1] in ("person", *NOUN_GROUPS["person"]) and not alive and aboard(before, rest):
        counted = (noun, "on board", end)
    elif counted[1] in ("person", *NOUN_GROUPS["person"]) and refined is None and \
            _SEARCHING.match(" ".join(COUNT_CLAUSE_END.split(rest, maxsplit=1)[0].split()[:10])):
        counted = (noun, "responder", end)  # "80 personas colaboraron en el rescate"
    return counted


def homes_reached(noun: str, rest: str, lang: str) -> bool:
    """Whether a count of homes or places (:data:`HOMES_AND_PLACES`) is of those the event cut
    off or left without power or water, read in the words after them ("12 villages were cut
    off", "500 foyers privés d'électricité", "3400 Haushalte waren ohne Strom"): a count of
    what it reached (the labels' ``affected``), not of the homes or places there are."""
    words = noun.split()
    return bool(words) and words[-1].lower().startswith(HOMES_AND_PLACES.get(lang, ())) and (
        outcome_after(rest, lang) == "affected")


def places_struck(noun: str, before: str, lang: str, rest: str = "") -> bool:
    """Whether a count of places (:data:`PLACES`) is the object of a verb of destruction or of
    striking right before it, at most two words between ("swept away two villages", "a balayé
    les deux villages", "arrasó por completo dos aldeas"), or its subject in the passive, the
    participle at most four words after it in its clause ("700 villages have been swept
    away", "tre frazioni sono state travolte"): places the event struck."""
    words = noun.split()
    return bool(words) and words[-1].lower().startswith(PLACES.get(lang, ())) \
        and laid_waste(before, lang, rest)


def done_to_thing(noun: str, before: str, lang: str) -> bool:
    """Whether the verb right before a count of something no table names did something to it:
    killed or hurt people of an agent noun's shape ("injured 3 roofers"), or struck places
    ("swept away two villages"): a figure of the event, however small."""
    return bool(agent_noun(noun) and outcome_before(before, lang) in BEINGS_ONLY) \
        or places_struck(noun, before, lang)


#: People counted by what they did, right after them in their clause: searching and rescuing
#: ("80 personas colaboraron toda la noche en el rescate", "150 people took part
#: in the rescue", "300 Menschen beteiligten sich an der Suche"): the responders, not a crowd
#: (round 25: "Number of people"); or sent to clean up after it ("180 people were deployed to
#: clean the beach", "envoyées … pour la nettoyer": trial 38 read them as people).
_SEARCHING = re.compile(
    r"(?:\w+\s+){0,2}?(?:work\w*|took\s+part|tak\w+\s+part|join\w*|help\w*|involved|"
    r"trabaj\w*|particip\w*|colabor\w*|travaill\w*|ont\s+particip\w*|lavora\w*|"
    r"partecipa\w*|impegnat\w*|arbeite\w*|beteiligt\w*|halfen|trabalh\w*|"
    r"deployed|dispatched|sent|mobili[sz]ed|déployé\w*|envoyé\w*|mobilisé\w*|desplegad\w*|"
    r"enviad\w*|movilizad\w*|inviat\w*|mobilitat\w*|dispiegat\w*|mobilizad\w*|"
    r"eingesetzt|entsandt|geschickt)"
    rf"\b[^.;:]{{0,50}}?\b(?:{RESCUE_WORK}|"
    r"clean\w*|clear(?:ing)?\s+up|nettoy\w*|dépollu\w*|limpi\w*|limpeza|limpar|pulizi\w*|"
    r"pulire|bonifica\w*|Reinigung\w*|reinigen|säuber\w*)\b", re.I)


#: How many words of a count's clause, before the number or after its noun, may stand between
#: it and the words that put its people on board.
_ABOARD_WORDS = 4
_ABOARD_CHARS = 80  # the words before are read in this many characters (linear time)


def aboard(before: str, rest: str) -> bool:
    """Whether the words after a count of people (``rest``), or opening its clause, put them on
    board: "80 people on board", "A bordo iban 80 personas", "a jet carrying 80 people"."""
    after = " ".join(COUNT_CLAUSE_END.split(rest, maxsplit=1)[0].split()[:_ABOARD_WORDS + 2])
    opening = COUNT_CLAUSE_END.split(before[-_ABOARD_CHARS:])[-1].split()[-_ABOARD_WORDS - 2:]
    return bool(ABOARD.search(after) or ABOARD.search(" ".join(opening))
                or CARRYING.search(" ".join(opening) + " "))

"""What stands between a group of people counted and the words that say what befell them.

A part of the group ("41 people, including three stewards, died"), a relative clause ("six
workers, who were filling potholes, are missing"), an aside between dashes ("three tourists –
two Danes and an American – died"), their ages ("two tourists, 19 and 22, died"), what the
group is deemed ("11 persone, da ieri considerate disperse"): the outcome after them is the
group's, read past them.

A noun in apposition between commas inside a German or Dutch clause whose verb stands last is
another:
"Vier Touristen sind in Grauholm, einer beliebten Stadt am Fluss, gestorben": the participle
that says what befell the people closes their clause after the apposition describing the
place, and a reader that ends the clause at the first comma never reaches it (trial 26, fresh
pages of a poisoning: the first toll of an agency's German copy read as a count of people).
An apposition opens with an article, definite or indefinite, in the case of the noun it
describes, and closes with a comma before the clause goes on.
"""

from __future__ import annotations

import re
from functools import cache

from generator.text.articles import definite
from generator.text.casualty.ages import LIST_AND, YEARS_OLD
from generator.text.counted_words import OUTCOMES, counted_prefix
from generator.text.number_words import ARTICLES as INDEFINITE
from generator.text.part_of import INCLUDING, OF_THEM
from generator.text.speech_words import SUBJECT_RELATIVES

#: The languages whose verb stands last in the clauses :func:`past_apposition` reads.
_VERB_LAST = ("de", "nl")


@cache
def _apposition(lang: str) -> re.Pattern[str]:
    articles = sorted(definite([lang]) | INDEFINITE.get(lang, frozenset()), key=len, reverse=True)
    return re.compile(r",\s*(?:" + "|".join(map(re.escape, articles)) +
                      r")\s+[^\W\d_][^,.;:()!?\d\"“”„«»]{0,100}?,\s*", re.I)


#: The last word before where a clause ended: an apposition describes a noun or a name
#: ("in Grauholm, einer Stadt am Fluss,", "am Montag, einem Feiertag,"), written with a capital
#: in German and, for a name, in Dutch; a clause whose last word is in lower case closed with its
#: verb ("sind in Grauholm angekommen, die Polizei hat einen Mann festgenommen, der verletzt
#: wurde": review 25, the other man's injury was read as the tourists').
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)[^\w]*$")


#: A list's comma inside a group's clause, its last item joined by "and" or "or": the verb
#: that ends the clause comes after the list ("Menschen sind bei Glatteis, Sturm und eisiger
#: Kälte gestorben": trial 35 read the comma as the clause's end and no outcome).
_LIST_GOES_ON = re.compile(r",\s*(?:[^\W\d_]+\s+){1,3}(?:und|oder|en|of)\s", re.I)


def list_end(after: str, end: int) -> int | None:
    """Where the last item of a list opening at a clause's end (``end``) begins; None when no
    list of words goes on there."""
    m = _LIST_GOES_ON.match(after, end)
    return m.end() if m else None


def apposition_end(after: str, end: int, lang: str) -> int | None:
    """Where an apposition that opens where a clause of ``after`` ended (``end``) closes, its
    closing comma and spaces included; None when none opens there (or the language does not
    set its verb last)."""
    if lang not in _VERB_LAST:
        return None
    last = _LAST_WORD.search(after, 0, end)
    if not (last and last.group(1)[:1].isupper()):
        return None  # "sind in X angekommen, die Polizei hat …,": the clause closed its verb
    found = _apposition(lang).match(after, end)
    return found.end() if found else None


#: What opens a part of the group just counted, not names in apposition ("30 Verletzte, davon
#: sechs schwer, teilte die Polizei mit": the injured did not speak).
#: A quantifier may open it ("45 people, many of them children, died", "muchas de ellas
#: niños", "la plupart d'entre eux", "viele von ihnen": round 25, the outcome was not read).
#: "Including" in each language (:data:`~generator.text.part_of.INCLUDING`: "incluidas 7
#: mujeres", "incluindo sete mulheres", "comprese sette donne", "y compris sept femmes",
#: "einschließlich sieben Frauen", "waaronder zeven vrouwen"; round ffig7: the part was read
#: as people whom nothing befell, or not at all), and
#: "some of whom" before a speech verb ("algunas de las cuales", "algumas das quais", "certaines
#: d'entre elles": the part did not speak).
PART_OF_THEM = (r"\s*(?:(?:many|most|some|several|all|both|muchos|muchas|la\s+mayoría|varios|"
                r"varias|beaucoup|la\s+plupart|plusieurs|molti|molte|la\s+maggior\s+parte|"
                r"alcuni|alcune|viele|die\s+meisten|einige|muitos|muitas|a\s+maioria|vários|"
                r"várias|algun[oa]s|alguns|algumas|certain[e]?s|quelques-un[e]?s)\s+)?"
                rf"(?:{OF_THEM}|{INCLUDING}|darunter|dont|among\s+them|entre\s+ell[oa]s|di\s+cui"
                r"|tra\s+cui|entre\s+el[ae]s|w\s+tym|z\s+toho|parmi\s+(?:eux|elles))\b")
#: An aside between dashes right after the group, whatever it says ("three tourists – two Danes
#: and an American – died", trial 26: a count of people, its outcome unread), or hyphens set as
#: dashes, a space on both sides.
_PART_ASIDE = re.compile(rf"\s*,{PART_OF_THEM}[^,.;:()]{{1,80}},"
                         r"|\s+[–—-]\s[^–—.;:()!?]{1,100}?\s[–—-]\s")
#: A relative clause between commas right after the group ("six roofers, who were up on the
#: hall, are missing", "seis obreros, que trabajaban allí, se encuentran desaparecidos"): the
#: speech readers' subject relatives, and a relative only before a word in lower case ("die").
_RELATIVE_ASIDE = re.compile(
    r"\s*,\s*(?:" + "|".join(sorted((*SUBJECT_RELATIVES, "dat", "który", "która", "które",
                                      "którzy", "os quais", "as quais"), key=len, reverse=True))
    + r")\s+([^\W\d_])[^,.;:()!?]{0,120},", re.I)


def relative_aside(after: str) -> re.Match[str] | None:
    """The relative clause of :data:`_RELATIVE_ASIDE` right after a group; not when a capital
    follows the relative, as a German article opening a new subject does ("…, die Polizei …")."""
    found = _RELATIVE_ASIDE.match(after)
    return found if found and found.group(1).islower() else None


#: What the group is deemed, after a comma and a few words of time ("11 persone, da ieri
#: considerate disperse", "now considered missing", "désormais considérées comme disparues",
#: "dadas por desaparecidas", "die als vermisst gelten"): the group's outcome, read past the
#: comma that otherwise ends its clause (round fprec, a fresh Italian storm page).
_DEEMED = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,3}?(?=(?:considered|presumed|declared|"
                     r"considér|déclaré|considerat|ritenut|dichiarat|considerad|declarad|"
                     r"dad[oa]s\s+(?:por|como)|die\s+als|der\s+als)\w*)", re.I)


#: The ages of the people counted, between commas right after them ("two tourists, 19 and 22,
#: died", "deux touristes, 19 et 22 ans, sont morts"; trial 26), or with no commas after the
#: word that makes them ages ("two tourists aged 19 and 22 died", "dos turistas de 19 y 22
#: años murieron", "zwei Touristen im Alter von 19 und 22 Jahren starben": review 25, the
#: outcome was not read past them). The words of the years and the list are :mod:`.ages`'.
_AGES = r"\d{1,2}(?:" + LIST_AND + r"\d{1,2})*"
_AGES_ASIDE = re.compile(
    r"\s*,\s*(?:(?:de|di|aged|âgés\s+de)\s+)?" + _AGES + rf"(?:\s*{YEARS_OLD})?\s*,"
    r"|\s+aged\s+" + _AGES + rf"(?:\s*{YEARS_OLD})?(?![^\W\d_])"
    r"|\s+(?:de|di|âgée?s?\s+de|im\s+alter\s+von)\s+" + _AGES + rf"\s*{YEARS_OLD}(?![^\W\d_])",
    re.I)


#: Who the people counted are, one by one, between commas right after them, opened by an
#: indefinite article ("two hostages, a woman of 52 and a man of 29, died", "Zwei Geiseln, eine
#: 52-jährige Frau und ein 29-jähriger Mann, starben": trial 43 read a count of hostages).
_WHO_THEY_ARE = re.compile(r"\s*,\s*(?:" + "|".join(sorted(
    {a for articles in INDEFINITE.values() for a in articles if a.isalpha()}, key=len,
    reverse=True)) + r")\s+[^,.;:()!?\"“”„«»]{1,100}?,", re.I)


def aside_after(after: str) -> re.Match[str] | None:
    """The aside right after a group (a part of it, a relative clause, a dashed aside, their
    ages, who they are or what it is deemed), whose end is where the words of what befell the
    group go on; None when none."""
    return _PART_ASIDE.match(after) or relative_aside(after) or _AGES_ASIDE.match(after) or \
        _WHO_THEY_ARE.match(after) or _DEEMED.match(after)


#: A relative clause right after the group whose verb of outcome takes an object pronoun of its
#: own: the people counted did it to someone else ("19 pompiers qui l'ont secouru", "bomberos
#: que lo rescataron", "vigili che lo hanno salvato", "firefighters who rescued him": rescuers,
#: read as the rescued on fresh flood pages, round fprec). A pronoun before the verb (Romance
#: clitics), with an auxiliary or not, or after it (English); an article before a noun is no
#: pronoun ("que la policía rescató" counts the rescued), so the verb must be an outcome's.
_DONE_BY_THEM = re.compile(
    r"\s*(?:(?:del|de|di|des|du|of|da|do)\s+[^\W\d_][\w'’-]*\s+)?"  # "vigili del fuoco che …"
    r"(?:qui|que|che|who|that|quienes)\s+(?:(?:l['’]\s*|(?:le|la|les|lo|los|las|li|gli|o|a|os|"
    r"as)\s+)(?:(?:ont|a|avait|avaient|hanno|ha|aveva|avevano|han|había|habían|têm|tinham)\s+)?"
    r"(?P<verb>[^\W\d_][\w'’-]*)|(?P<en>[^\W\d_]+)\s+(?:him|her|them|us|me)\b)", re.I)


def done_by_them(after: str, lang: str) -> re.Match[str] | None:
    """The relative clause of :data:`_DONE_BY_THEM` after a group, when its verb names an
    outcome: its words are not what befell the group."""
    found = _DONE_BY_THEM.match(after)
    if not found:
        return None
    verb = found.start("verb") if found.group("verb") else found.start("en")
    return found if counted_prefix(after[verb:], lang, OUTCOMES) else None


#: The nouns of the work of rescue ("in the rescue", "nelle operazioni di soccorso", "an der
#: Suche"): what responders do, never what befell them.
RESCUE_WORK = (r"rescue|search|rescate|búsqueda|salvamento|sauvetage|recherches?|secours|"
               r"soccors\w*|ricerche|salvataggio|Rettung\w*|Suche|Bergung\w*|resgate|buscas")
#: A participle of working at the rescue after a group ("sei vigili del fuoco impegnati nei
#: soccorsi", "firefighters involved in the rescue"): the rescue is their work,
#: not their outcome (trial 40: firefighters among the injured were read as the rescued).
_AT_WORK = re.compile(
    r"\b(?:working|involved|engaged|taking\s+part|deployed|impegnat[oiae]|coinvolt[oiae]|"
    r"trabajando|participando|travaillant|participant|engagé(?:e|s|es)?|mobilisé(?:e|s|es)?|"
    r"beteiligt\w*|eingesetzt\w*|empenhad[oa]s?|trabalhando)\s+"
    rf"(?:[^\W\d_][\w'’-]*\s+){{0,4}}?(?:{RESCUE_WORK})\b", re.I)


def at_work(clause: str) -> str:
    """The clause with the words of a group's rescue work (:data:`_AT_WORK`) blanked out."""
    return _AT_WORK.sub(lambda m: " " * len(m.group(0)), clause)

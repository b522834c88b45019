"""Lives taken and lives fought for: the people a count names by what their lives became ("claimed
the lives of 12 people", "kostete 12 Menschen das Leben": the dead; "fighting for the lives of 9":
the gravely injured), kept apart from :mod:`generator.extract.counts.people_counted`, which reads
them,
so that each stays under the module cap."""

from __future__ import annotations

import re

from generator.text.future import MODALS

_ADJ = r"(?:[^\W\d_]+\s+)?"
#: A verb that took the lives of the people counted after it, in the corpus languages: "claimed
#: the lives of 12 people", "levou a vida de 104 pessoas", "cobró la vida de", "a coûté la vie
#: à", "è costato la vita a" (trial 15: counts of people, not of the dead), and the Spanish
#: perfect ("les ha costado la vida a", trial 22), and their deaths ("the death of 48 people",
#: "la mort de 12 personnes"). Read on the words right before the number (its qualifier aside).
_LIVES_TAKEN = re.compile(
    r"(?:\b(?:claim(?:ed|s|ing)?|t(?:ook|akes?|aken|aking)|cost(?:s|ing)?)\s+the\s+lives?\s+of"
    r"|\b(?:levou|levaram|ceifou|ceifaram|tirou|tiraram|custou|custaram)\s+a\s+vida\s+(?:de|a)"
    r"|\b(?:cobró|cobraron|cobrado|segó|segaron|segado|costó|costaron|costado|quitó|quitado)"
    r"\s+la\s+vida\s+(?:de|a)"
    r"|\b(?:coûté|coûte|coûtera)\s+la\s+vie\s+(?:à|a)"
    r"|\b(?:costato|costata|costati|costò|costa|strappato)\s+la\s+vita\s+(?:a|ad)"
    # the deaths of the people counted ("doctors confirmed the death of 48 people", trial 19),
    # an adjective on the noun too ("the tragic deaths of", "den tragischen Tod von", "la mort
    # tragique de", "la trágica muerte de": trial 29)
    r"|\bthe\s+" + _ADJ + r"deaths?\s+of|\b(?:la\s+mort|le\s+décès|les\s+décès)\s+" + _ADJ
    + r"(?:de|d['’])|\b(?:la\s+" + _ADJ + r"muerte|el\s+fallecimiento)\s+" + _ADJ + r"de"
    r"|\ba\s+" + _ADJ + r"morte\s+" + _ADJ + r"de|\bla\s+" + _ADJ + r"morte\s+" + _ADJ + r"di"
    r"|\bde[nr]\s+" + _ADJ + r"tod\s+von)\s*$", re.I)
#: A life a disaster could have cost, or would have but for …, is no death: "podría haber
#: costado la vida a 40 personas", "habría costado la vida a 40 personas de no ser por …"
#: (review 20b): "haber", a conditional or a modal (the one list, :data:`MODALS`) right before
#: the participle.
_COULD_HAVE = re.compile(
    r"\b(?:" + MODALS + r"|haber|habría|habrían|hubiera|hubieran|hubiese|pudo|pudieron|avoir|"
    r"aurait|auraient|avrebbe|avrebbero|potuto|teria|teriam)(?:\s+(?:haber|have|les|le|lui|"
    r"leur|ha))*\s*$", re.I)


#: German sets the life taken after the people, a few words of place or time between, and its
#: verb before them: "kostete 12 Menschen das Leben", "kostet zwölf Arbeitern in X das Leben"
#: (the perfect, "hat 12 Menschen das Leben gekostet", is the table's outcome after them); or
#: the people lost it: "verloren in X ihr Leben". Not "kostete 12 Menschen ihre Wohnung", nor
#: "verloren ihr Zuhause".
_COST_BEFORE_DE = re.compile(r"\bkoste(?:te|ten|t|n)?\s+(?:[^\W\d_]+\s+){0,2}$", re.I)
_LIFE_AFTER_DE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?das\s+Leben\b", re.I)
_LIFE_LOST_DE = re.compile(r"\s*(?:verloren|verlieren)\s+(?:[^\W\d_]+\s+){0,3}?(?:ihr|das)\s+"
                           r"Leben\b", re.I)
#: The verb of losing before the people, the life after them ("verloren 9 Menschen ihr Leben",
#: Dutch "verloren 9 mensen het leven": spent s30).
_LOST_BEFORE = re.compile(r"\b(?:verloren|verlieren|verlor)\s+(?:[^\W\d_]+\s+){0,2}$", re.I)
_LIFE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:ihr|das|het|hun)\s+(?:Leben|leven)\b", re.I)

#: A German verb that brings the people counted into mortal danger ("Der Fahrer brachte 40
#: Fahrgäste in Lebensgefahr", review 20b): they were put at risk, not hurt.
BROUGHT_DE = re.compile(r"\b(?:brachte|brachten|bringt|bringen|bringe)\s+(?:[^\W\d_]+\s+){0,3}$",
                         re.I)


def lives_taken(before: str, rest: str = "", lang: str = "") -> str | None:
    """"dead" when the words before a count of people say their lives were taken (German: the
    verb before them, the life after them in ``rest``), else None."""
    taken = _LIVES_TAKEN.search(before)
    if (taken and not _COULD_HAVE.search(before[:taken.start()])) or (lang == "de" and (
            (_LIFE_AFTER_DE.match(rest) and _COST_BEFORE_DE.search(before))
            or _LIFE_LOST_DE.match(rest))) or (
            lang in ("de", "nl") and _LOST_BEFORE.search(before) and _LIFE_AFTER.match(rest)):
        return "dead"
    return None


#: Lives that doctors or rescuers are fighting for are the gravely injured's: "fighting for
#: the lives of 11 people", "se battent pour la vie de", "luchan por (salvar) la vida de",
#: "lottando per la vita di", "lutam pela vida de"; German sets the verb after them: "um das
#: Leben von elf Menschen kämpfen".
_LIVES_FOUGHT_FOR = re.compile(
    r"\b(?:(?:fight|fighting|fought|battle|battling|battled|struggle|struggling)\s+(?:to\s+save|for)"
    r"\s+the\s+lives?\s+of|(?:battent|bat|battaient|luttent|lutte|luttaient)\s+pour\s+"
    r"(?:sauver\s+)?la\s+vie\s+(?:de|d['’])|(?:luchan|lucha|luchaban|luchando)\s+por\s+"
    r"(?:salvar\s+)?la\s+vida\s+(?:de|a)|(?:lottano|lotta|lottavano|lottando)\s+per\s+"
    r"(?:salvare\s+)?la\s+vita\s+(?:di|a)|(?:lutam|luta|lutavam|lutando)\s+(?:pela\s+vida|"
    r"para\s+salvar\s+a\s+vida)\s+(?:de|d[oa]s?))\s+(?:(?:at\s+least|au\s+moins|al\s+menos|"
    r"almeno|pelo\s+menos)\s+)?$", re.I)
_LIVES_FOUGHT_FOR_DE = re.compile(r"\bum\s+das\s+Leben\s+(?:von\s+)?(?:mindestens\s+)?$", re.I)
_FIGHT_BEFORE_DE = re.compile(r"\b(?:kämpf|ring)[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,3}?um\s+das\s+Leben"
                              r"\s+(?:von\s+)?(?:mindestens\s+)?$", re.I)
_FIGHT_AFTER_DE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:kämpf|ringen|ringt|rang)", re.I)


def lives_fought_for(before: str, rest: str, lang: str) -> str | None:
    """"wounded" when the people counted are those whose lives are being fought for."""
    if _LIVES_FOUGHT_FOR.search(before) or (
            lang == "de" and (_FIGHT_BEFORE_DE.search(before) or (
                _LIVES_FOUGHT_FOR_DE.search(before) and _FIGHT_AFTER_DE.match(rest)))):
        return "wounded"
    return None

"""The speaker of a quotation in a language other than English, read by the speech-word table of
:mod:`generator.text.speech_words`: "…», a déclaré X" / "…", X dijo" / "X sagte: »…«" /
"selon X" / "X : « … »".

Apart from :mod:`generator.extract.quotes` because two rules read a sentence with it: the
quotation's own sentence (and the one after it), and the sentence that introduces a quotation
standing alone (:mod:`generator.extract.lead_in`)."""

from __future__ import annotations

import re

from generator.extract.attribution import mask_quotes, subject_before
from generator.extract.subjects import (
    as_subject,
    colon_subject,
    named_before_colon,
    np_after,
    unnamed,
    verb_subject,
)
from generator.text.sentences import Sentence
from generator.text.speech_words import (
    ARTICLES,
    ATTACHED,
    AUX_ADVERB,
    INVERTED,
    NOT_A_SUBJECT,
    PRONOUN_SUFFIX,
    QUESTION_VERBS,
    QUOTE_CHARS,
    according_words,
    speech_pattern,
)

#: How far after a quotation its speech verb may stand ("», à Derna, a indiqué X").
_AFTER_REACH = 60


#: A conjunction that opens the clause of a speaker, not part of their name ("alors que le
#: maire … a rappelé").
_SUBORDINATOR = re.compile(r"^(?:alors\s+que|tandis\s+que|mientras\s+que|mentre|während|"
                           r"enquanto|et|y|e|und|en)\s+", re.I)


def _introduces_next(after: str, verb_end: int) -> bool:
    """Does the speech verb ending at ``verb_end`` introduce the next quotation of the sentence
    (its clause ends in a colon right before the quotation opens, or holds only "that":
    "«…» y añadió que «…»", "“…”.وأضافت أن “…”"), rather than close the one before it?"""
    nxt = next((i for i in range(verb_end, len(after)) if after[i] in QUOTE_CHARS), None)
    if nxt is None:
        return False
    between = after[verb_end:nxt]
    if between.split() and all(w.strip(",،").lower() in NOT_A_SUBJECT for w in between.split()):
        return True
    # "…», a-t-il confirmé sur la radio, ajoutant : «…»": a clause of its own introduces the next
    return between.rstrip().endswith(":") and "," not in between


def speaker_other(text: str, close_at: int, open_at: int, sentence: Sentence | None,
                   end_sentence: Sentence | None, lang: str) -> tuple[str, str]:
    """(speaker, how) of a quotation in a language other than English, by the table of
    :mod:`generator.text.speech_words`: "…», a déclaré X" / "…", X dijo" / "X sagte: »…«" /
    "selon X" / "X : « … »"."""
    verbs = speech_pattern(lang)
    if verbs is None:
        return "", ""
    according = set(according_words(lang))
    if end_sentence is not None:
        after = mask_quotes(text[close_at:end_sentence.end])
        if lang == "fr":  # "», a pour sa part précisé X": the verb as the table lists it
            after = AUX_ADVERB.sub(lambda a: f"{a[1]} {a[2]}".ljust(len(a[0])), after)
        m = re.search(rf"(?<!\w)(?P<verb>{verbs})(?!\w)", after)
        if m and m.group("verb") in according and not re.search(r"\w", after[:m.start()]):
            who = np_after(after[m.end():])  # "« hors de contrôle » selon un responsable"
            if who:
                return who, f"“…” {m.group('verb')} X"
        if m and _introduces_next(after, m.end()):
            m = None  # "«…» alors que X a rappelé les faits : «…»": X's words are the next ones
        if m and m.group("verb") not in according and m.start() <= _AFTER_REACH:
            lead = after[:m.start()]
            who = as_subject(subject_before(lead), lang) if re.search(r"\w", lead) else ""
            if lead.strip(" ,.”»«\"").split()[:1] and \
                    lead.strip(" ,.”»«\"").split()[0].lower() in NOT_A_SUBJECT:
                # "“…” en las zonas bajas, dijo": a place, not who said it; a subject may
                # follow it ("», ao fim do dia, o ministro X afirmou")
                rest = lead.strip(" ,.”»«\"").partition(",")[2]
                who = as_subject(subject_before(rest), lang) if re.search(r"\w", rest) else ""
            # "…», a déclaré X" / "…», à Derna, a indiqué X": the subject after the verb
            if not who or re.fullmatch(r"\s*[,.]?\s*(?:[-–—]\s*)?(?:[^,.;:]{0,40},\s*)?", lead):
                who = as_subject(np_after(after[m.end():]), lang) or who
            inverted = INVERTED.search(m.group("verb")) or ATTACHED.match(after, m.end())
            if inverted:
                who = inverted.group(1)  # "…», a-t-il ajouté": "il", resolved like any pronoun
            suffix, pronoun = PRONOUN_SUFFIX.get(lang, (None, ""))
            if suffix and m.group("verb").endswith(suffix):
                who = pronoun  # "“…”, ujarnya": "dia", not a name said after it
            if who:
                return who, f"“…”, {m.group('verb')} X"
            if unnamed(m.group("verb"), lang)[0]:
                return unnamed(m.group("verb"), lang)  # "“…”, dijo."
    if sentence is not None:
        before = mask_quotes(text[sentence.start:open_at])
        found = [v for v in re.finditer(rf"(?<!\w)(?P<verb>{verbs})(?!\w)", before)
                 if v.group("verb")[:1].islower() or v.group("verb") not in according
                 or re.fullmatch(r"[^,]{1,80},\s*", before[v.end():])]
        # a sentence opened by "Según X," / "Pour X," speaks for the quotation right after it
        if found and found[-1].group("verb").lower() in QUESTION_VERBS and \
                re.search(r"[.!?]\s", before[found[-1].end():]):
            return "", ""  # "X a demandé au maire s'il part. « … »": the answer, not X's words
        if found:
            verb = found[-1]
            if verb.group("verb") in according:
                who = np_after(before[verb.end():])
            elif (re.search(r",\s*$", before[:verb.start()])
                  and re.match(r"\s*,", before[verb.end():])
                  and unnamed(verb.group("verb"), lang)[0]):
                return unnamed(verb.group("verb"), lang)  # "Il bollettino, ha aggiunto, «…»"
            else:
                who = verb_subject(before[:verb.start()], before[verb.end():], lang)
            who = _SUBORDINATOR.sub("", who)
            if who:
                return who, f"X {verb.group('verb')} “…”"
            if verb.group("verb") not in according and unnamed(verb.group("verb"), lang)[0]:
                return unnamed(verb.group("verb"), lang)  # "No obstante, aseguró que “…”"
        who = colon_subject(before, lang)
        if re.search(r":\s*$", before) and not who[:1].isupper():
            who = who if (who.split() or [""])[0] in ARTICLES.get(lang, ()) else \
                named_before_colon(before, lang)
        if who:
            return who, "X: “…”"
    return "", ""



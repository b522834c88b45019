"""A quotation standing alone after the sentence that introduces it.

Reporters write a sentence about the speaker and then give their words as a sentence of their
own: "The coach admitted the team had tired. “…”", "A vereadora explicou o projeto. “…”",
"Es war zunächst chaotisch, berichtet er. „…“". Nothing in the quotation's sentence or the
next one names anyone, and no other quotation of the paragraph has a speaker; the sentence right
before it, in the same paragraph, does: its speech verb and that verb's subject (a name, a
description, or none in the languages that leave it out: "Luego, añadió que …. “…”", read
as the person named last). Round 14 pooled the blank speakers of 23 fresh sets: a quotation
as a sentence of its own after one about its speaker was among the largest classes, in nine
languages; only the sentences before with a speech verb are read here.

Only a speech verb says the next words are the subject's: a sentence of narration about someone
("A boy watched from the bridge. “…”") is left alone, as is a quotation with words of the writer's
before it in its own sentence, and a sentence before it that holds a quotation of its own (that
one's speaker is read by its own rules).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import regex

from generator.extract.speakers.attribution import CLAIM
from generator.extract.speakers.noun_phrases import subject_before
from generator.extract.speakers.other_speaker import THAT, speaker_other
from generator.extract.speakers.subjects import UNNAMED, as_subject, colon_subject, np_after
from generator.extract.speech.reported_mood import REPORTED_MOOD, reported_speaker
from generator.text.masking import mask_quotes
from generator.text.sentences import Sentence, sentence_at
from generator.text.speech_words import PRONOUNS, QUESTION_VERBS, QUOTE_CHARS, speech_pattern

LEAD_IN = "the sentence before introduces the quotation"
#: At most this many words before a comma and the verb are an opener ("Luego, añadió"),
#: not the reported words of "La situación era confusa, cuenta él".
_OPENER_WORDS = 3
#: A reported clause right after the verb ("ha riferito che …", "a indiqué que …"): the words
#: before the verb and its comma are its subject with an apposition, not what was said.
_REPORTED = re.compile(THAT)
#: The same after whom or where it was said ("dijo a la agencia EFA que …"), or, where the
#: verb comes first, after its subject and a day in brackets (Arabic; spspk4).
_REPORTED_LATER = re.compile(rf"(?:\s+\(?[\w'’-]+\)?){{0,8}}?{THAT}")


def _named_then_role(lead: str) -> str:
    """The name a sentence opens with before its role and a colon: "Léa Morin, porte-parole
    des pompiers :" (s30: the paragraph of words after it had no speaker)."""
    m = regex.fullmatch(r"\s*(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){1,3}),\s+\p{Ll}"
                        r"[^:;.!?]{2,200}?\s*:\s*", lead)
    return m["name"] if m else ""


def _reports_a_clause(lead: str, lang: str, wide: bool = False) -> bool:
    """Whether a speech verb of ``lead`` opens a reported clause ("ha riferito che …"; with
    ``wide``, after a few words: "dijo a la radio que …")."""
    verbs = speech_pattern(lang) if lang != "en" else ""
    found = CLAIM.finditer(lead) if lang == "en" else \
        re.finditer(rf"(?<!\w)(?:{verbs})(?!\w)", lead) if verbs else iter(())
    return any((_REPORTED_LATER if wide else _REPORTED).match(lead, m.end()) for m in found)


def lead_in(text: str, sents: list[Sentence], starts: list[int], at: int, lang: str,
            reported: bool = False, across: bool = False) -> tuple[str, str]:
    """(speaker, how) of the quotation whose words start at ``at``, from the sentence before it
    in the same paragraph, when the quotation opens its own sentence; ("", "") otherwise. With
    ``reported``, only from a sentence whose speech verb opens a reported clause ("ha riferito
    che …"), not one that gives a figure and its source ("…, said X."). With ``across``, the
    sentence before may close the paragraph before (a quotation that is a paragraph of its own
    after one whose last sentence reports a clause: "X dijo a la radio que …." / "«…»")."""
    sentence = sentence_at(sents, at, starts)
    if sentence is None or text[sentence.start:at].strip(QUOTE_CHARS + " \u00a0"):
        return "", ""
    prev = sentence_at(sents, sentence.start - 1, starts) or \
        sentence_at(sents, sentence.start - 2, starts)
    if prev is None and (i := bisect_right(starts, sentence.start) - 1) > 0 and \
            text[sents[i - 1].start:sents[i - 1].end].rstrip().endswith(":"):
        prev = sents[i - 1]  # the paragraph before ends on the colon that opens the quotation
        # in a paragraph of its own ("Brandt sagte am Montag:"; checklist)
    if across and (i := bisect_right(starts, sentence.start) - 1) > 0:
        prev = sents[i - 1]
    lead = text[prev.start:prev.end] if prev is not None else ""
    if prev is None or prev is sentence or (prev.paragraph != sentence.paragraph
                                            and not lead.rstrip().endswith(":") and not across):
        return "", ""
    if any(c in QUOTE_CHARS for c in lead.replace("'", "").replace("’", "")):
        return "", ""
    if reported and not _reports_a_clause(lead, lang, across):
        return "", ""
    if lang == "en":
        before = mask_quotes(lead)
        verbs = list(CLAIM.finditer(before))
        if not verbs or verbs[0].group() in QUESTION_VERBS or \
                re.search(r"\b(?:was|were|is|are|been|being|be)\s+$", before[:verbs[0].start()]):
            return "", ""  # "X was told by police …": X heard the words, did not say them
        if re.search(r",\s*$", before[:verbs[0].start()]) and \
                len(before[:verbs[0].start()].split()) > _OPENER_WORDS:
            # "At least five were hurt, said Mark Bell, …": the words before the verb are what
            # was said, its subject comes after it (x27: "hurt" was read as the speaker)
            who = np_after(before[verbs[0].end():])
            return (who, LEAD_IN) if who[:1].isupper() else ("", "")
        who = subject_before(before[:verbs[0].start()])  # the first verb: see below
        return (who, LEAD_IN) if who else ("", "")
    verbs = speech_pattern(lang)
    said = list(re.finditer(rf"(?<!\w)(?:{verbs})(?!\w)", mask_quotes(lead))) if verbs else []
    if said and said[-1].group().lower() in QUESTION_VERBS:
        return "", ""  # "…, fragte er den Bürgermeister. „…“": the answer, not the asker's
    if said and re.search(r",\s*$", lead[:said[-1].start()]) and \
            len(lead[:said[-1].start()].split()) > _OPENER_WORDS and \
            not (_REPORTED_LATER if across else _REPORTED).match(lead, said[-1].end()):
        # "Es war zunächst chaotisch, berichtet er.": the words before the verb are
        # what was said; its subject comes after it
        rest = lead[said[-1].end():].split()
        pronoun = rest[0].strip(",.") if rest and rest[0].strip(",.").lower() in PRONOUNS else ""
        who = pronoun or as_subject(np_after(lead[said[-1].end():]), lang)
        return (who, LEAD_IN) if who[:1].isupper() or pronoun else ("", "")
    if not said and prev.paragraph != sentence.paragraph and (
            who := colon_subject(lead, lang) or _named_then_role(lead))[:1].isupper():
        return who, f"{LEAD_IN}: X: “…”"  # "X, porte-parole des pompiers :" then a paragraph
    if not said or said[0].group().lower() in QUESTION_VERBS:
        return "", ""
    # the sentence's first speech verb is its own; a later one reports another's words inside
    # it ("El alcalde dijo que la concejala criticó el plan."): read up to that one only
    upto = prev.start + said[1].start() if len(said) > 1 else prev.end
    who, how = speaker_other(text, prev.end, upto, prev, None, lang)
    if not who or how == "X: “…”":
        return "", ""
    return who, f"{LEAD_IN}: {how}"  # ends as the verb's rule ends (UNNAMED)



def introduced(pq: list, text: str, sents: list[Sentence], starts: list[int], lang: str,
               after_named: bool) -> None:
    """Give the quotations of one paragraph (``pq``) without a speaker the subject of the
    sentence that introduces them (:func:`lead_in`). With ``after_named`` false, when no
    quotation of the paragraph has a speaker (after the paragraph's own rules). With it true,
    before those rules, to a quotation whose paragraph's quotations with a speaker all stand
    before it, and so before that sentence ("… the “timber store”, according to a firefighter.
    Five were hurt, said Mark Bell, head of the doctors. “…”"): the sentence right before is
    nearer than a quotation before it, which took the words (x27). So, too, to one whose
    paragraph's quotations with a speaker all stand after it, in later sentences, when the
    sentence before reports X's words in a clause ("X ha riferito che …. “…”. “…”, ha assicurato
    Y.": X's, not Y's; trial 44; after "…, said X." the paragraph's rule stays, x27); one with
    quotations with a speaker on both sides is left to the paragraph's rule."""
    if not after_named and any(x.speaker for x in pq):
        return
    for q in pq:
        before = any(x.speaker for x in pq if x.start < q.start)
        after = [x for x in pq if x.start > q.start and x.speaker]
        if after_named and (q.speaker or before == bool(after) or any(
                sentence_at(sents, x.start, starts) is sentence_at(sents, q.start, starts)
                for x in after)):
            continue
        who, how = lead_in(text, sents, starts, q.start, lang, reported=after_named and not before)
        if not who and not after_named and (who := reported_speaker(text, sents, starts, q.start,
                                                                    lang)):
            how = REPORTED_MOOD  # "Es sei „…“": the source the reported speech goes back to
        if who or not after_named:
            q.speaker = q.resolved = who
            q.how = how
            q.why += [("the reported speech it stands in goes back to this source"
                       if how == REPORTED_MOOD else "speaker named in the sentence before the "
                       "quotation")] if who else []


#: At most this many words before a quotation, in its sentence, are a verb left without its
#: subject that introduces it ("وأضاف «…»", "Dodał: „…”").
_VERB_ONLY_WORDS = 3


def reporter_before(text: str, sents: list[Sentence], starts: list[int], at: int,
                    lang: str) -> str:
    """Who speaks the quotation at ``at`` whose speech verb names no subject (a language that
    leaves it out: "«…», añadió.", "… – ubolewał.", "وأضاف «…»"), when the person named last
    cannot be told: the subject of the sentence right before, when its speech verb reports a
    clause ("Un vecino, Luis Mora, dijo que …", "X powiedział, że …"), in the same paragraph or
    closing the one before. "" when there is none (spspk4: three spent sets, pl, es, ar)."""
    sentence = sentence_at(sents, at, starts)
    if sentence is not None and len(text[sentence.start:at].split()) <= _VERB_ONLY_WORDS:
        at = sentence.start
    who, how = lead_in(text, sents, starts, at, lang, reported=True, across=True)
    return "" if how.endswith(UNNAMED) else who  # a verb again is no one

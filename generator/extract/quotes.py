"""Direct quotations for ``briefing extract``, with the speaker the article names.

A quotation is text between double quotation marks (“…” or "…") of at least two words; a
title-like run of capitalised words ("Happy Journey") is not a statement. Its speaker is found,
in this order:

1. after it, in the same sentence: “…,” *Dillon said* / “…,” *said Col. Ryan Dillon* /
   “…,” *the Coalition's press release stated*;
2. before it, in the same sentence: *He added:* “…” / *Brett McGurk, the US envoy, tweeted
   that* “…” / *Hayder al Abadi also criticized the deal as* “…” (partial quotation);
3. another quotation of the same paragraph that has a speaker ("“…,” he said. “…”").

"he"/"she" become the person most recently named before the quotation (a name with a title,
an apposition or a speech verb: "Iraqi Prime Minister Haider Al Abadi", "Hadi Al Amiri, who
heads …"); "the statement", "it" the previous quotation's speaker.

Two quotations from different articles are one statement when, after lemmatising and dropping
function words (and reading Daesh, ISIS, ISIL and IS as one word), they share at least
:data:`MIN_SHARED` content words, at least :data:`MIN_OVERLAP` of the shorter one's words, and
two content words in a row ("Daesh threatens the whole world …" / "ISIS threatens the whole
world …"; "Daesh is a global threat …" / "ISIS is a global threat …"; but not two quotations
that only share the topic's words, "terrorists", "Syria", "Iraq").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from generator.content.model import Article
from generator.extract.attribution import CLAIM, mask_quotes, noun_phrase_after, subject_before
from generator.extract.people import full_name, named_speaker, resolve_pronoun
from generator.text.lexicon import (
    FUNCTION_WORDS,
    GENERIC_SPEAKERS,
    PRONOUN_SUBJECTS,
    SPEECH_VERBS,
    SYNONYMS,
    lemma,
)
from generator.text.names import strip_titles
from generator.text.sentences import Sentence, sentence_at

MIN_SHARED = 3
MIN_OVERLAP = 0.5
_QUOTE = re.compile(r"“(?P<a>[^“”]*)”|\"(?P<b>[^\"]*)\"")
_AFTER = re.compile(
    rf"^\s*,?\s*(?P<np>[^,.;:“”\"]{{1,80}}?)\s+(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^“”\"]*)")
_AFTER_INVERTED = re.compile(
    r"^\s*,?\s*(?P<verb>said|says|added|told|wrote|stated|continued)\s+(?P<rest>[^“”\"]*)")



@dataclass
class Quotation:
    """One direct quotation in one article."""

    text: str  # the words inside the quotation marks, as they stand
    start: int  # article offsets of ``text``
    end: int
    speaker: str  # as the article names the speaker ("he", "Dillon", "the statement")
    resolved: str  # who that is ("Haider Al Abadi"); equal to ``speaker`` when it is a name
    attribution: tuple[int, int] | None  # offsets of "Dillon said in a telephone interview"
    how: str  # which rule found the speaker
    partial: bool
    confidence: str
    why: list[str] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w’'-]*", text)


def _title_like(text: str) -> bool:
    ws = _words(text)
    return 0 < len(ws) <= 4 and all(w[:1].isupper() for w in ws)


def _trim(text: str, start: int) -> tuple[str, int, int]:
    """Strip white space and a trailing comma/colon/full stop; (text, start, end)."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    while body and body[-1] in ",;: ":
        body = body[:-1]
    if body.endswith(".") and not body.endswith("..."):
        body = body[:-1]
    return body, start + lead, start + lead + len(body)


def _attribution_span(text: str, base: int, a: int, b: int) -> tuple[int, int] | None:
    piece = text[a:b]
    lead = len(piece) - len(piece.lstrip(" ,"))
    body = piece.strip(" ,").rstrip(" .,;:")
    if not body or len(body.split()) > 30 or any(c in body for c in "“”\""):
        return None
    return base + a + lead, base + a + lead + len(body)


def quotations(article: Article, sents: list[Sentence]) -> list[Quotation]:
    """Every direct quotation in ``article`` with its speaker (see the module docstring)."""
    text = article.text
    found: list[Quotation] = []
    history: list[tuple[int, str]] = []  # (offset, resolved speaker) of quotations so far
    speakers: list[tuple[int, str]] = []  # the same, named ones only (who "he" may be)
    starts = [s.start for s in sents]
    para_start = 0
    for block in article.paragraphs:
        ptext = block.text
        pq: list[Quotation] = []
        for m in _QUOTE.finditer(ptext):
            inner = m.group("a") if m.group("a") is not None else m.group("b")
            inner_start = para_start + m.start() + 1
            body, qs, qe = _trim(inner, inner_start)
            if len(_words(body)) < 2 or _title_like(body):
                continue
            open_at, close_at = para_start + m.start(), para_start + m.end()
            sentence = sentence_at(sents, open_at, starts)
            end_sentence = sentence_at(sents, max(open_at, close_at - 1), starts) or sentence
            speaker, how, attr = "", "", None
            # 1. after the quotation, to the end of its sentence
            if end_sentence is not None:
                after = text[close_at:end_sentence.end]
                inv = _AFTER_INVERTED.match(after)
                aft = _AFTER.match(after)
                if inv and re.match(r"\s*(?:Col\.|Gen\.|[A-Z]|the\s|a\s)", inv.group("rest")):
                    speaker = noun_phrase_after(inv.group("rest"))
                    how = f"“…,” {inv.group('verb')} X"
                    attr = _attribution_span(text, 0, close_at, end_sentence.end)
                elif aft:
                    who = subject_before(aft.group("np"))
                    if who and len(who.split()) <= 8:
                        speaker, how = who, f"“…,” X {aft.group('verb')}"
                        attr = _attribution_span(text, 0, close_at, end_sentence.end)
            # 2. before the quotation, in its sentence
            if not speaker and sentence is not None:
                before = mask_quotes(text[sentence.start:open_at])
                verbs = [v for v in CLAIM.finditer(before)
                         if not re.search(r"(?:\b(?:the|a|an|its|their)|-)\s*$",
                                          before[:v.start()])]
                if verbs:
                    verb = verbs[-1]
                    who = subject_before(before[:verb.start()])
                    if who:
                        speaker, how = who, f"X {verb.group(0)} “…”"
                        attr = _attribution_span(text, 0, sentence.start, open_at)
            partial = bool(sentence is not None and open_at > sentence.start
                           and not re.search(r"[:,]\s*$", text[sentence.start:open_at])
                           and body[:1].islower())
            pq.append(Quotation(body, qs, qe, speaker, speaker, attr, how, partial, "high"))
        # 3. a quotation without a speaker takes its paragraph's
        named = [q for q in pq if q.speaker]
        for q in pq:
            if not q.speaker and named:
                src = min(named, key=lambda n: abs(n.start - q.start))
                q.speaker, q.how, q.attribution = src.speaker, "same paragraph as a quotation " \
                    "with a speaker", None
                q.why.append("speaker taken from another quotation in the paragraph")
        for q in pq:
            if not q.speaker:
                continue
            low = q.speaker.lower()
            if low in PRONOUN_SUBJECTS:
                who = resolve_pronoun(text, q.start, speakers)
                if who:
                    q.resolved = who
                    q.why.append(f"“{q.speaker}” read as {who}, the last person named before")
                else:
                    q.confidence = "low"
                    q.why.append(f"could not tell who “{q.speaker}” is")
            elif low in GENERIC_SPEAKERS or low.startswith(("the statement", "the release")):
                if history:
                    q.resolved = strip_titles(history[-1][1])
                    q.why.append(f"“{q.speaker}” read as {q.resolved}, the previous speaker")
            else:
                q.resolved = _full_name(text, q.start, q.speaker)
            history.append((q.start, q.resolved))
            if named_speaker(q.resolved):
                speakers.append((q.start, q.resolved))
            if q.partial:
                q.confidence = "medium"
                q.why.append("partial quotation inside the writer's sentence")
            if q.how.startswith("same paragraph"):
                q.confidence = "medium" if q.confidence == "high" else q.confidence
            found.append(q)
        para_start += len(ptext) + 2
    return found


def _full_name(text: str, at: int, speaker: str) -> str:
    """"Dillon" -> "Ryan Dillon" when the article named him in full before."""
    if len(speaker.split()) == 1 and speaker[:1].isupper():
        return full_name(text, at + len(speaker) + 40, speaker) or speaker
    return speaker


def content_sequence(text: str) -> list[str]:
    """The content words of ``text`` in order, lemmatised, with synonyms folded."""
    out = []
    for w in re.findall(r"[A-Za-z][\w’'.-]*", text):
        low = w.lower().strip(".’'").replace("’", "'")
        if low in SYNONYMS:
            out.append(SYNONYMS[low])
            continue
        if low in FUNCTION_WORDS or len(low) < 2:
            continue
        word_lemma = lemma(low)
        out.append(SYNONYMS.get(word_lemma, word_lemma))
    return out


def content_words(text: str) -> set[str]:
    return set(content_sequence(text))


def _bigrams(words: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


def same_statement(a: str, b: str) -> tuple[bool, int, float]:
    """(one statement?, content words shared, share of the shorter rendering's words). One
    statement needs MIN_SHARED words, MIN_OVERLAP of the shorter one, and a two-word phrase in
    common ("global threat", "clearly identified"): words of the topic alone ("terrorists",
    "Syria", "Iraq") do not make two statements one."""
    sa, sb = content_sequence(a), content_sequence(b)
    wa, wb = set(sa), set(sb)
    shared = len(wa & wb)
    overlap = shared / max(1, min(len(wa), len(wb)))
    phrase = bool(_bigrams(sa) & _bigrams(sb))
    return shared >= MIN_SHARED and overlap >= MIN_OVERLAP and phrase, shared, overlap

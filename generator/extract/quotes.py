"""Direct quotations for ``briefing extract``, with the speaker the article names.

A quotation is text between quotation marks of any language (“…", "…", «…», »…«, „…“, 「…」, and
single quotes where they cannot be apostrophes) of at least two words; a
title-like run of capitalised words ("Happy Journey") is not a statement. Its speaker is found,
in this order:

1. after it, in the same sentence: “…,” *Dillon said* / “…,” *said Col. Ryan Dillon* /
   “…,” *the Coalition's press release stated*;
2. before it, in the same sentence: *He added:* “…” / *Brett McGurk, the US envoy, tweeted
   that* “…” / *Hayder al Abadi also criticized the deal as* “…” (partial quotation);
3. another quotation of the same paragraph that has a speaker ("“…,” he said. “…”"), or the
   quotation that closes the paragraph before a paragraph that is one quotation (continued.py).

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

import regex

from generator.content.model import Article
from generator.extract.speakers.attribution import according_opening, addressee_dropped
from generator.extract.speakers.coreference import unnamed_speaker
from generator.extract.speakers.noun_phrases import colon_clause
from generator.extract.speakers.other_speaker import incise_speaker, speaker_other
from generator.extract.speakers.people import named_speaker
from generator.extract.speakers.possessive_statement import statement_issuer
from generator.extract.speakers.quoted_text import (
    MIN_UNATTRIBUTED_WORDS,
    statement_length,
    title_like,
    titled,
    trim,
    words,
)
from generator.extract.speakers.roles import role_holder, role_referent
from generator.extract.speakers.speaker_phrase import (
    final_speaker,
    full_speaker_name,
    without_opener,
)
from generator.extract.speakers.subjects import (
    SPEAKER_FIRST,
    UNNAMED,
    colon_subject,
    dash_incise,
    dashed_speaker,
    speaker_first,
)
from generator.extract.speech.channel import inner_speaker, said_before
from generator.extract.speech.cited import cited_speaker
from generator.extract.speech.continued import (
    CONTINUED,
    SAME_PARAGRAPH,
    after_narration,
    close_run,
    neighbours,
    next_sentence,
    run_on,
)
from generator.extract.speech.dialogue import dialogue_quotes
from generator.extract.speech.headings import from_below, heading
from generator.extract.speech.lead_in import introduced, reporter_before
from generator.extract.speech.said_after import closing_credit, said_after
from generator.extract.speech.short_credit import shouter, spoken_word
from generator.extract.speech.verbless_credit import verbless_speaker
from generator.text.described_people import ANOTHER, DEFINITE
from generator.text.lexicon import (
    FUNCTION_WORDS,
    GENERIC_SPEAKERS,
    PRONOUN_SUBJECTS,
    SYNONYMS,
    TITLE_ABBREVIATION,
    WRITTEN_SOURCES,
    lemma,
)
from generator.text.names import strip_titles
from generator.text.quotation import QUOTE
from generator.text.sentences import Sentence, sentence_at
from generator.text.speech_words import PRONOUNS, QUOTE_CHARS

MIN_SHARED = 3
MIN_OVERLAP = 0.5

_NQ = re.escape(QUOTE_CHARS)
#: A sentence opened by a name and its apposition, ending in a colon before a quotation.
_LEAD_NAME = re.compile(
    rf"^\s*(?P<name>(?:{TITLE_ABBREVIATION}\s*)?[A-Z][\w’'-]+(?:\s+(?:(?:de|da|di|del|von|van|"
    rf"du|dos|do)\s+)?[A-Z][\w’'-]+){{1,3}}),"  # "Umberto de Gregorio, …:", "Karl von Brenner"
    rf"\s+[^{_NQ}]{{3,250}}:\s*$")
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


def _outside_incise(body: str, start: int, span: tuple[int, int] | None
                    ) -> list[tuple[str, int, int]]:
    """The speaker's words of a quotation whose speaker is named between dashes inside it
    (``span``, :func:`dashed_speaker`): the words before and after the attribution, each a
    quotation, as an English quotation broken by "said X" is two; the whole when none is."""
    if span is None:
        return [(body, start, start + len(body))]
    parts = [trim(body[:span[0]], start), trim(body[span[1]:], start + span[1])]
    return [part for part in parts if words(part[0])] or [(body, start, start + len(body))]


def quotations(article: Article, sents: list[Sentence]) -> list[Quotation]:
    """Every direct quotation in ``article`` with its speaker (see the module docstring)."""
    text = article.text
    found: list[Quotation] = []
    found_ids: set[int] = set()  # id() of each quotation in ``found``
    history: list[tuple[int, str]] = []  # (offset, resolved speaker) of quotations so far
    speakers: list[tuple[int, str]] = []  # the same, named ones only (who "he" may be)
    starts = [s.start for s in sents]
    para_start, last, tail, carry = 0, None, "", []
    waiting: list[Quotation] = []  # a heading's quotations, whose speaker is named below it
    far = 0  # paragraphs a heading's quotations have waited past the one right below
    paragraphs = list(article.paragraphs)
    for k, block in enumerate(paragraphs):
        ptext = block.text
        pq: list[Quotation] = []
        opened = None  # a quotation left open at the paragraph's end
        for m in QUOTE.finditer(ptext):
            inner = m.group(m.lastgroup)
            inner_start = para_start + m.start(m.lastgroup)
            body, qs, qe = trim(inner, inner_start)
            shout = shouter(ptext[:m.start()], body, article.language)  # “Murderer!”: a crowd's
            named = title_like(body) and shout is None  # a name or a title, not a shout
            if not words(body) or named or titled(ptext[:m.start()]):
                continue
            # one word is a scare quote unless its own sentence says whose word it is ("spoke
            # of an “unprecedented” phenomenon", "predicted a “huge” death toll")
            single = statement_length(body) < 2
            open_at, close_at = para_start + m.start(), para_start + m.end()
            own = sentence_at(sents, open_at, starts)
            if single and not spoken_word(text, close_at, body, ptext[:m.start()], text[
                    own.start if own else para_start:open_at], article.language):
                continue
            sentence = colon_clause(sents, starts, own, open_at, text, article.language)
            end_sentence = sentence_at(sents, max(open_at, close_at - 1), starts) or sentence
            speaker, how, attr = "", "", None
            # 1. after the quotation, to the end of its sentence
            speaker, how, attr = said_after(
                text, close_at, end_sentence, opens=sentence is not None and not re.search(
                    r"\w", text[sentence.start:open_at]))
            if not speaker and sentence is not None and (
                    cited := cited_speaker(text[sentence.start:open_at], article.language)):
                speaker, how = cited, "… quoted X as saying “…”"
            if not speaker and sentence is not None and article.language == "en":
                speaker = colon_subject(addressee_dropped(text[sentence.start:open_at]), "en",
                                        reach=60)
                how = "X: “…”" if speaker else how
                if not speaker and (speaker := according_opening(text[sentence.start:open_at])):
                    how = "According to X, … “…”"
            if not speaker and sentence is not None and article.language in SPEAKER_FIRST:
                speaker, how = speaker_first(text[sentence.start:open_at],
                                             text[close_at:close_at + 40], article.language)
            if not speaker and article.language != "en":
                speaker, how = incise_speaker(body, article.language)
            if not speaker and article.language != "en":
                speaker, how = speaker_other(text, close_at, open_at, sentence, end_sentence,
                                              article.language)
            if not speaker and end_sentence is not None:
                speaker, how = verbless_speaker(text[close_at:end_sentence.end], article.language)
            if speaker and (inner := inner_speaker(text, close_at, open_at, sentence,
                                                   end_sentence, article.language, how)):
                speaker, how, attr = inner  # "X said … “…”, Reuters reported": X speaks
            if not speaker and sentence is not None:
                # "Hisham Abu Shkewat, ministro …, chiede aiuto anche all'Italia: “…”": the
                # sentence's subject, a name opening it with an apposition, introduces the quote
                lead = _LEAD_NAME.match(text[sentence.start:open_at])
                if lead:
                    speaker, how = lead.group("name"), "X, …: “…”"
            # 2. before the quotation, in its sentence
            if not speaker and sentence is not None and article.language == "en":
                speaker, how, attr = said_before(text, sentence, open_at)
            if not speaker and article.language == "en":  # "… “…” and report, X said."
                speaker, how, attr = closing_credit(text, close_at, end_sentence)
            if not speaker and article.language != "en":
                speaker, how = dashed_speaker(body, article.language)
            # the attribution between dashes inside the marks, whoever it names
            incise = dash_incise(body, article.language) if article.language != "en" else None
            speaker, how = (shout, "X shouted “…!”") if not speaker and shout else (speaker, how)
            if single and not speaker:
                continue
            # 4. the quotation ends its sentence and the next one says who ("… east." Dillon
            # said in a telephone interview.)
            following = next_sentence(sents, starts, end_sentence, close_at)
            if not speaker and following is not None:
                if article.language == "en":
                    speaker, how, attr = said_after(text, close_at, following)
                else:
                    speaker, how = speaker_other(text, close_at, open_at, None, following,
                                                  article.language)
            partial = bool(sentence is not None and open_at > sentence.start
                           and not re.search(r"[:,]\s*$", text[sentence.start:open_at])
                           and body[:1].islower())
            for part, ps, pe in _outside_incise(body, qs, incise):
                pq.append(Quotation(part, ps, pe, speaker, speaker, attr, how, partial, "high"))
            opened = pq[-1] if m.lastgroup == "qopen" and pq else None
        # a quotation opened paragraphs before, in copy that does not reopen it at each one
        end = run_on(ptext, article.language) if carry and not pq else None
        if end is not None:
            body, qs, qe = trim(ptext[:end], para_start)
            who, how = ("", "") if end == len(ptext) else speaker_other(
                text, para_start + end + 1, para_start, None,
                sentence_at(sents, para_start + end, starts), article.language)
            carry.append(Quotation(body, qs, qe, who, who, None, how, False, "medium"))
            pq += carry[-1:] if end < len(ptext) else []
        carry = carry if end is not None else []
        for a, b, speaker, how in dialogue_quotes(ptext, article.language):
            body, qs, qe = trim(ptext[a:b], para_start + a)
            pq.append(Quotation(body, qs, qe, speaker, speaker, None, how, False, "high"))
        # 3. a quotation without a speaker takes its paragraph's (unless the sentence right
        # before names who speaks), or carries on the one before
        introduced(pq, text, sents, starts, article.language, after_named=True)
        neighbours(pq, ptext, para_start, last, tail,
                   paragraphs[k + 1].text if k + 1 < len(paragraphs) else "")
        if k and last is None:
            above = paragraphs[k - 1].text
            after_narration(pq, ptext, para_start, above, para_start - len(above) - 2, sents,
                            article.language, text)
        # 5. none in the paragraph has one: the sentence before a quotation may introduce it
        introduced(pq, text, sents, starts, article.language, after_named=False)
        held = [q for q in pq if not q.speaker] if heading(ptext) else []
        for q in pq:
            if not q.speaker:
                # the article (or the rules) do not say who: still a statement an analyst may
                # want, when it is a clause and not a scare-quoted term
                if statement_length(q.text) >= MIN_UNATTRIBUTED_WORDS:
                    q.confidence, q.how = "low", "no speaker found"
                    q.why.append("no speaker found in the sentence or the paragraph: "
                                 "say who, or delete it")
                    found.append(q)
                    found_ids.add(id(q))
                continue
            if (bare := without_opener(q.speaker)) != q.speaker:
                q.speaker = q.resolved = bare
            low = q.speaker.lower()
            if low in PRONOUN_SUBJECTS or low in PRONOUNS or q.how.endswith(UNNAMED):
                who = unnamed_speaker(text, q.start, "" if q.how.endswith(UNNAMED) else low,
                                      speakers, history)
                if who and who.split()[0].lower() in DEFINITE and (
                        holder := role_holder(text, q.start, who)) is not None:
                    who = holder  # "The police chief … he said": the chief named before
                if q.how.endswith(UNNAMED) and _ANOTHER.match(text, q.end, q.end + 60):
                    who = None  # "«…», lamenta outra": not the person named last
                elif q.how.endswith(UNNAMED) and article.language == "pt" and (
                        own := _PT_ARTICLE_SUBJECT.match(text, q.end, q.end + 60)):
                    q.speaker = who = own.group("who")  # "“…”, completa a sócia": her article
                if not who and q.how.endswith(UNNAMED):
                    # "Ana Ruiz, que …, conta que …: “…”, disse.": the name opening the
                    # quotation's own sentence is the verb's subject, whoever was named before
                    sent = sentence_at(sents, q.start, starts)
                    lead = _LEAD_NAME.match(text[sent.start:q.start].rstrip(QUOTE_CHARS + " ")
                                            + " ") if sent is not None else None
                    who = lead.group("name") if lead else None
                    q.why += [f"“{q.speaker}” read as {who}, the name opening its sentence"] \
                        if who else []
                    if not who and (who := reporter_before(text, sents, starts, q.start,
                                                           article.language)):
                        q.why.append(f"“{q.speaker}” read as {who}, who the sentence before "
                                     "reports")
                elif who:
                    q.why.append(f"“{q.speaker}” read as {who}, the last person named before"
                                 if who != q.speaker else "the subject after the verb")
                if who:
                    q.resolved = who
                else:
                    q.confidence = "low"
                    q.why.append(f"could not tell who “{q.speaker}” is")
                    if q.how.endswith(UNNAMED):
                        q.resolved = ""  # a verb is no speaker: say who, or delete it
            elif (issuer := statement_issuer(low, q.start, history, text)) is not None:
                q.resolved = issuer  # "“…,” their statement said": whose, or no one
                q.confidence = "high" if issuer else "low"
                q.why.append(f"“{q.speaker}” read as {issuer}, its issuer" if issuer
                             else f"could not tell whose “{q.speaker}” is: say who")
            elif low in GENERIC_SPEAKERS or (low.startswith(WRITTEN_SOURCES)
                                             and not _ISSUER.search(low)):
                if history:
                    q.resolved = strip_titles(history[-1][1])
                    q.why.append(f"“{q.speaker}” read as {q.resolved}, the previous speaker")
            elif (ref := role_referent(text, q.start, q.speaker, speakers, history,
                                       article.language)
                  ) is not None:
                q.resolved = ref[0]
                q.why.append(f"“{q.speaker}” read as {ref[0]}, {ref[1]}")
            else:
                q.resolved = full_speaker_name(text, q.start, q.speaker)
            # "Segundo Neri" read as a person; "a empresa" the firm named before
            q.resolved = final_speaker(text, q.start, q.resolved, history, article.language)
            history.append((q.start, q.resolved))
            if named_speaker(q.resolved):
                speakers.append((q.start, q.resolved))
            if q.partial:
                q.confidence = "medium"
                q.why.append("partial quotation inside the writer's sentence")
            if q.how in (SAME_PARAGRAPH, CONTINUED):
                q.confidence = "medium" if q.confidence == "high" else q.confidence
            found.append(q)
            found_ids.add(id(q))
        if waiting and from_below(waiting, [q for q in pq if id(q) in found_ids], found, sents,
                                  para_start, para_start + len(ptext), article.language, far):
            waiting = []
        found_ids = {id(x) for x in found}
        # a heading unresolved below waits two paragraphs more for a quotation repeating it
        far = far + 1 if waiting and not held else 0
        waiting = held or (waiting if 0 < far <= 2 else [])
        if carry and carry[-1] in pq:
            carry = close_run(carry, found)
            found_ids = {id(x) for x in found}  # a run's quotations joined (rare)
        carry = [opened] if opened is not None else carry
        # by identity (`q in found` compared every field of every quotation: quadratic)
        last = max((q for q in pq if id(q) in found_ids), key=lambda q: q.end, default=None)
        tail = ptext[last.end - para_start:] if last else ""
        para_start += len(ptext) + 2
    return found


#: A quotation's close, its speech verb, then "another" as the verb's subject.
_ANOTHER = re.compile(rf"[{re.escape(QUOTE_CHARS)}]?[\s,.;–—-]*\w+\s+(?:(?:un|une|un['’])\s*)?"
                      rf"(?:{'|'.join(ANOTHER)})\b", re.I)


#: A quotation's close, its speech verb, then a Portuguese feminine article and a noun that end
#: the clause ("“…”, diz a sócia."): the verb's subject, which the readers of a subject take
#: for the preposition "a" ("disse a jornalistas": a plural, the preposition).
_PT_ARTICLE_SUBJECT = regex.compile(rf"[{re.escape(QUOTE_CHARS)}]?[\s,.;–—-]*\w+\s+"
                                    r"(?P<who>a\s+\p{Ll}[\p{Ll}-]{2,}(?<!s))(?=\s*[.,;]|\s*$)")


#: A written source that names who issued it ("a statement from the opposition"): that body,
#: not the previous speaker, says it (review 19).
_ISSUER = re.compile(r"\b(?:from|by|of|issued)\b")


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
    # "the toll is now 82" and "the toll now stands at 705": one wording, two statements
    na, nb = ({int(n) for n in re.findall(r"\d+", t)} for t in (a, b))
    other_numbers = bool(na and nb and not na & nb)
    return (shared >= MIN_SHARED and overlap >= MIN_OVERLAP and phrase and not other_numbers,
            shared, overlap)

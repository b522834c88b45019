"""A quotation with no speaker of its own that carries on the statement just before it.

News copy names a speaker once and goes on quoting them: a paragraph that is nothing but a
quotation, right after a paragraph that closes on a quotation and its attribution ("“…,” he told
the agency." / "“…”"), is the same speaker's; so is a second quotation of a paragraph whose
first one has a speech verb with no named subject ("“…”, disse. “…”", in the languages that drop
the subject). Written on fresh pages of three sites (two English, one Portuguese); a quotation
after a paragraph of narration, or a paragraph with words of its own around the quotation, is
left alone: nothing there says the statement goes on.

Russian, Ukrainian and Bulgarian copy opens a quotation that runs over paragraphs once and closes
it once, the attribution after the closing mark (:func:`run_on`, :func:`close_run`): the
paragraphs between are the same quotation, and its speaker is named only at its end.
"""

from __future__ import annotations

import re

import regex

from generator.extract.speakers.attribution import attribution
from generator.extract.speakers.people import function_words, named_speaker
from generator.extract.speakers.quoted_text import MIN_UNATTRIBUTED_WORDS, statement_length
from generator.extract.speakers.subjects import UNNAMED
from generator.extract.speech.lead_in import lead_in
from generator.text.lexicon import WRITTEN_SOURCES
from generator.text.sentences import Sentence, sentence_at, sentence_spans
from generator.text.speech_words import ARTICLES, CLAUSE_DAYS, QUOTE_CHARS, UNREOPENED

#: How much of the paragraph before may follow its last quotation: its attribution only
#: ("…,” Governor Jane Roe told the network."), not a sentence of narration more.
_TAIL = 200  # a role and where it was said may be long (s30: a 130-character credit)
CONTINUED = "continues the quotation that closes the paragraph before"
CREDITED = "a quotation credited on the line under it"
#: The line under a pulled-out quotation that credits it: a dash, a name of two to four
#: capitalised words, and at most a short role or body after a comma ("— Ana Ruiz, Red Cross").
_CREDIT_LINE = re.compile(r"^\s*[—–-]\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
                          r"(?:\s*,\s*[^.!?“”\"]{1,60})?\s*$")
SAME_PARAGRAPH = "same paragraph as a quotation with a speaker"
CREDITED_AFTER = "a quotation credited after its closing mark, without a verb"
#: What follows a quotation that opens its paragraph and credits it with no verb: a dash or
#: nothing, a role in lower case after a capital ("Former mayor"), the name, and after a comma
#: a description that ends the paragraph ("“…” — Ana Ruiz, Red Cross volunteer.", "« … »
#: Paul, passager du car."); a full stop only after an abbreviation ("Gov.").
_CREDIT_AFTER = regex.compile(
    r"^[\s" + re.escape(QUOTE_CHARS) + r".!?…]*[—–-]?\s*(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,2}\s+)?"
    r"(?P<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})\s*,\s*"
    r"(?:[^.!?“”\"«»]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){2,140}[.!?]?\s*$")


WORDS_OF = "the sentence after the quotation says whose words they were"
#: The sentence after a quotation that says whose words they were, closing its paragraph:
#: "Queste le parole del questore, Mario Ferlini.", "These were the words of X.", "Ce sont les
#: mots de X.", "Estas fueron las palabras de X." (trial 43: the quotation had no speaker).
_WORDS_OF = regex.compile(
    r"[\s" + re.escape(QUOTE_CHARS) + r".!?…]*(?i:queste|these|those|ces|ce|estas|esas|"
    r"das|dies)\s+(?i:(?:were|are|sont|furent|fueron|son|sono|erano|waren|sind)\s+)?"
    r"(?i:le|les|las|the|die)\s+(?i:parole|words|mots|propos|palabras|worte)\s+"
    r"(?i:del|della|dello|di|of|de|du|des|von|der)\s+[^.!?]{0,80}?"
    r"(?P<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})\s*[.!]?\s*$")


def neighbours(pq: list, ptext: str, para_start: int, last, tail: str,
               below: str = "") -> None:
    """Give each quotation of one paragraph (``pq``, text ``ptext`` at ``para_start``) that has
    no speaker the speaker of its paragraph's other quotations, the name of a credit line under
    it (``below``, the next paragraph), or of ``last``, the quotation that closed the paragraph
    before (``tail``: that paragraph's words after it)."""
    named = [q for q in pq if q.speaker]
    credit = _CREDIT_LINE.match(below) if len(pq) == 1 else None
    for q in pq:
        if len(pq) == 1 and (not q.speaker or q.how.endswith(UNNAMED)) and (
                words_of := _WORDS_OF.match(ptext, q.end - para_start)):
            # the words' owner named after them, over a verb with no subject ("spiegando")
            q.speaker, q.how, q.attribution = words_of.group("name"), WORDS_OF, None
            q.why.append("the sentence after the quotation names whose words they were")
            continue
        if q.speaker:
            continue
        # a few words quoted before the paragraph names its speaker are the writer's borrowed
        # words ("fue “muy lenta”", "gritos de “¡socorro!”"), not the statement named after them
        sources = named if statement_length(q.text) >= MIN_UNATTRIBUTED_WORDS else \
            [n for n in named if n.start < q.start]
        if sources:
            src = min(sources, key=lambda n: abs(n.start - q.start))
            # a verb with no named subject keeps its rule, so that it is resolved like its own
            q.speaker, q.attribution = src.speaker, None
            q.how = src.how if src.how.endswith(UNNAMED) else SAME_PARAGRAPH
            q.why.append("speaker taken from another quotation in the paragraph")
        elif len(pq) == 1 and (after := _credit_after(ptext, q.start - para_start,
                                                        q.end - para_start)):
            q.speaker, q.how = after, CREDITED_AFTER
            q.why.append("the words after the quotation credit it")
        elif credit and _whole_paragraph(ptext, q.start - para_start, q.end - para_start):
            q.speaker, q.how = credit.group("name"), CREDITED
            q.why.append("the line under the quotation credits it")
        elif _whole_paragraph(ptext, q.start - para_start, q.end - para_start) and \
                last is not None and len(tail) <= _TAIL and _one_sentence(tail) and (
                    named_speaker(last.resolved) or _NAMED_BODY.match(last.resolved)
                    or last.resolved.lower().startswith(WRITTEN_SOURCES)):  # "read a communiqué"
            q.speaker, q.how = last.resolved, CONTINUED
            q.why.append("the paragraph before closes on this speaker's quotation")


#: A body named with its article ("the Tarvia Bar Council", "la Commission nationale"): a named
#: speaker whose words go on in the paragraph after, as a person's do (trial 45: a rights
#: commission's second paragraph of words had no speaker).
_NAMED_BODY = re.compile(r"(?:the|la|le|el|il|lo|die|der|das|a|o)\s+[A-Z][\w’'-]*(?:\s|$)")


def _one_sentence(tail: str) -> bool:
    """The words after the quotation are its credit alone: a sentence of narration after it
    ("… the release said. Ana Ruiz, a survivor, disagreed.") hands the floor on (review 19)."""
    return len(sentence_spans(tail)) <= 1


#: Days, in lower case: a day opening narration after a quotation is no first name.
_DAYS = frozenset(day.lower() for day in CLAUSE_DAYS)


def _credit_after(ptext: str, start: int, end: int) -> str:
    """The name that credits a quotation opening its paragraph, written after its closing mark
    with a description and no verb (:data:`_CREDIT_AFTER`); not a connective or a function word
    standing alone before a comma ("« … » Ainsi, le maire …")."""
    if ptext[:start].strip(QUOTE_CHARS + " "):
        return ""
    m = _CREDIT_AFTER.match(ptext[end:])
    if m is None:
        return ""
    name, rest = m.group("name"), ptext[end + m.end("name"):].strip(" ,").split()
    # one word alone: a first name, not a day or a connective opening narration ("Mardi, la
    # préfecture a ouvert …": an article opens a clause, not a description)
    if " " not in name and (name.lower() in function_words() | _DAYS or (rest and any(
            rest[0].lower() in articles for articles in ARTICLES.values()))):
        return ""
    return name


def _whole_paragraph(ptext: str, start: int, end: int) -> bool:
    """Nothing but the quotation and its marks and final stop."""
    return not ptext[:start].strip(QUOTE_CHARS + " ") and \
        not ptext[end:].strip(QUOTE_CHARS + " .!?…")


RUNS_ON = "a quotation run over paragraphs, its speaker named after its closing mark"


def run_on(ptext: str, lang: str) -> int | None:
    """How a paragraph stands to a quotation left open in the paragraph before, in copy that
    does not reopen a quotation at each paragraph (:data:`UNREOPENED`): the offset of its first
    closing mark when no opening mark comes before it (the quotation ends there, its attribution
    after the mark), the paragraph's length when it has no mark at all (the quotation goes on),
    None when it opens a quotation of its own (what was left open was a page's defect)."""
    if lang not in UNREOPENED:
        return None
    m = re.search(r"[«»„“”]", ptext)
    if m is None:
        return len(ptext)
    return m.start() if m.group() in "»“”" else None


def close_run(run: list, found: list) -> list:
    """Give the paragraphs of a quotation run over several (``run``: the one that opens it,
    those between and the one that closes it, last) the speaker named after its closing mark;
    those between join ``found`` before the closing one. Returns an empty run."""
    closing = run[-1]
    if not closing.resolved:
        return []
    at = found.index(closing) if closing in found else len(found)
    for q in run[:-1]:
        if q.speaker:
            continue
        q.speaker, q.resolved, q.how, q.confidence = (closing.speaker, closing.resolved, RUNS_ON,
                                                      "medium")
        q.why = [w for w in q.why if "no speaker found" not in w] + [
            "the quotation runs on to a later paragraph, whose attribution names its speaker"]
        if q not in found:
            found.insert(at, q)
            at += 1
    return []


def next_sentence(sents: list[Sentence], starts: list[int], end_sentence: Sentence | None,
                  close_at: int) -> Sentence | None:
    """The sentence after a quotation that ends its own sentence, in the same paragraph; not
    one that opens with a quotation of its own, whose attribution is that quotation's ("“…”.
    “…”, ha assicurato Y.": the first may be the words of someone the sentence before it
    reports, trial 44; the paragraph's rules give it Y's name when nothing else says whose)."""
    if end_sentence is None or end_sentence.end > close_at + 1:
        return None
    following = sentence_at(sents, end_sentence.end + 1, starts) or \
        sentence_at(sents, end_sentence.end + 2, starts)
    if following is None or following.paragraph != end_sentence.paragraph or \
            following.text.lstrip()[:1] in QUOTE_CHARS:
        return None
    return following


AFTER_NARRATION = "a paragraph of its own after one that reports or tells of its speaker"
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She)\s+(?!said|says|told)")


def after_narration(pq: list, ptext: str, para_start: int, above: str, above_start: int,
                    sents: list[Sentence], lang: str, text: str) -> None:
    """A paragraph that is one quotation with no speaker, after a paragraph with no
    quotation that reports someone's words with a speech verb ("…, the Red Cross warned.") or
    goes on telling of the person quoted before ("She had only managed to …"): the words are
    that source's, or that person's ("she", resolved as any pronoun). Two sites of spk26dev
    left such a paragraph without a speaker. That much in English; in other languages
    (``text`` the article's), when that last sentence's speech verb reports a clause
    (:func:`lead_in.lead_in`)."""
    if len(pq) != 1 or pq[0].speaker or not above or any(
            c in QUOTE_CHARS for c in above.replace("'", "").replace("’", "")):
        return
    q = pq[0]
    if not _whole_paragraph(ptext, q.start - para_start, q.end - para_start):
        return
    if lang != "en":  # only a last sentence whose speech verb reports a clause ("dijo que …")
        who, how = lead_in(text, sents, [s.start for s in sents], q.start, lang,
                           reported=True, across=True)
        if who:
            q.speaker, q.how = who, how
            q.why.append("the last sentence of the paragraph before reports the speaker's words")
        return
    last = [s for s in sents if above_start <= s.start < above_start + len(above)][-1:]
    found = attribution(last[0]) if last else None
    if found is not None and found.how != "according to":
        q.speaker, q.how = found.who, AFTER_NARRATION
    elif (m := _PRONOUN_OPENS.match(above)) is not None:
        q.speaker, q.how = m.group(0).split()[0].lower(), AFTER_NARRATION
    if q.speaker:
        q.why.append("the paragraph before reports or tells of the speaker")

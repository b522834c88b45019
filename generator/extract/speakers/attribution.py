"""Who says what: who a sentence attributes something to ("…, X said", "according to X").

Everything here works on an article's cleaned text (``Article.text``) and keeps offsets into it,
so every evidence quote the extractor proposes is a substring of it and passes ``briefing check``.

Rules, not a model: news copy is regular enough ("…, X said", "according to X", "X told
reporters") that a table of patterns finds attributions reliably, explains itself in the draft's
comments, and needs nothing downloaded at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.extract.speakers.according import (
    according_source,
    counted_by,
    names_no_one,
    toll_author,
)
from generator.extract.speakers.noun_phrases import (
    clean_np,
    is_adverb,
    noun_phrase_after,
    subject_before,
)
from generator.text.counted_words import OUTCOMES, counted_group
from generator.text.lexicon import (
    CLAIM_VERBS,
    DETERMINERS,
    GENERIC_SPEAKERS,
    NON_SPEAKERS,
    SPEAKING_BODIES,
    SPEECH_VERB,
    TITLE_ABBREVIATION,
)
from generator.text.masking import mask_quotes
from generator.text.quantities import read
from generator.text.sentences import Sentence
from generator.text.speech_words import SOURCE_AFTER, SOURCE_BEFORE

CLAIM = re.compile(rf"\b(?:{CLAIM_VERBS})\b")
#: A speech verb and whom the words were said to, ending the clause before a colon ("The witness
#: told reporters:", "A survivor told the BBC by phone:"): the noun phrase before the colon is
#: the addressee, the subject stands before the verb (round 25: "reporters" was the speaker).
_TOLD_BEFORE_COLON = re.compile(rf"\s+\b(?:{CLAIM_VERBS})\s+[^,;:“”\"]{{1,40}}:\s*$")


def addressee_dropped(before: str) -> str:
    """``before`` (a sentence up to a quotation after a colon) without its speech verb and the
    words after it: "The witness told reporters:" -> "The witness:"."""
    m = _TOLD_BEFORE_COLON.search(before)
    return f"{before[:m.start()]}:" if m else before
_ACCORDING = re.compile(r"\b(?i:according)\s+to\s+(?P<x>[^,.;:()“”\"]+)")
#: The name set between commas after a source's role ("According to the police chief, Ivo
#: Marek, …"): the person speaks, not the role (trial 20 read neither: "According" opens the
#: sentence with its capital).
#: "According to X," opening a sentence: X speaks for a quotation later in it ("According to
#: the Varn Gazette, the avalanche “rumbled over the valley”", trial 25: no speaker).
_ACCORDING_OPENS = re.compile(r"\s*(?i:according)\s+to\s+(?P<x>[^,.;:()“”\"]{2,80}),\s")


def according_opening(before: str) -> str:
    """Who a sentence opening with "According to X," credits, read up to its quotation; no one
    when a speech verb with its own subject stands between ("According to X, police stated
    that “…”", "…, the mayor said the town “…”": the channel passed on what they said; the
    lead's read of the spent set s37)."""
    m = _ACCORDING_OPENS.match(before)
    if not m:
        return ""
    rest = before[m.end():]
    if any(subject_before(rest[:v.start()]) for v in speech_verbs(rest)):
        return ""
    return clean_np(m.group("x"))


_NAME_BETWEEN_COMMAS = re.compile(
    rf",\s*(?P<x>(?:{TITLE_ABBREVIATION})?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){{1,3}})\s*,")
def _a_role(who: str) -> bool:
    """A role a person holds ("the police chief"), whose name may follow between commas; a body
    ("police", "officials") is followed there by something else: a place, another body
    (review 19: "According to police, Santa Marova, the largest town, counted …")."""
    last = who.casefold().split()[-1] if who.split() else ""
    return len(who.split()) >= 2 and last not in SPEAKING_BODIES and last not in GENERIC_SPEAKERS


_PAREN_END = re.compile(r"\((?P<x>[A-Z][^()]{1,40})\)\s*[.]?\s*$")
#: A region in parentheses after a town is where, not who: "in Varnholm (Provinz Nordkap)",
#: "(North Cape province)" (trial 21: the province was the toll's source).
_DIVISION = re.compile(r"(?i)\b(?:provinc[ea]s?|provinz|prov\.|regions?|regi[oó]n|regione|"
                       r"bundesland|districts?|distrikt|county|counties|d[ée]partement|"
                       r"prefecture|pr[äa]fektur|regency|kabupaten|oblast|kanton|canton)\b")


#: Words that open what follows ", said" when it is no subject: "said on Sunday", "said in a
#: statement", "said late on Monday", "said that".
_NOT_SUBJECT = frozenset({"on", "in", "at", "after", "before", "late", "early", "earlier",
                          "later", "today", "yesterday", "last", "this", "that", "when", "while",
                          "as", "to", "during", "by", "from", "with", "of", "for", "it", "he",
                          "she", "they", "we", "i", "there", "then", "also",
                          # adverbs and a preposition no "-ly" tells (rev41: "said again",
                          # "said afterwards", "said over the phone" had them for speakers)
                          "again", "afterwards", "afterward", "too", "now", "once", "here",
                          "over", "through", "tonight", "nothing"})


#: Speech verbs whose subject may follow them after a comma ("…, reports our correspondent"), the
#: plural's too ("…, say police.": trial 40 credited the count before the verb, "people").
_INVERTED = frozenset({"said", "says", "say", "added", "told", "wrote", "stated", "reports",
                       "reported"})


def _lower_subject(after: str) -> bool:
    """", said state news agency Velpress": a subject after the verb that opens in lower case,
    up to the next comma a few words naming someone (a capitalised name among them)."""
    m = re.match(r"\s+([a-z]+)((?:\s+[\w'’.-]+){0,6}?)\s*(?:[,.;]|$)", after)
    return bool(m) and m.group(1) not in _NOT_SUBJECT and bool(
        re.search(r"\s[A-Z]", m.group(2)) or _LAST_WORDS.fullmatch(after))


#: A few lower-case words ending the sentence after the verb (", said firefighters.", ", said local
#: officials."): the subject, put last, which the words before the verb are not (trial 20
#: credited the object of the clause before the verb).
_LAST_WORDS = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}\s*[.!]?\s*")


def last_words_subject(rest: str) -> str:
    """The subject that a few lower-case words ending the sentence after an inverted speech
    verb name (", say police.", "“…,” said firefighters at the scene." -> "firefighters"): the
    words up to the first that opens a time, a place or a clause; "" when the words are none
    (", said earlier.") or one adverb (", said quietly."), nor a part of a group ("said one of
    them": the pronoun's, which the rules after this one resolve). The quotation reader
    (:mod:`~generator.extract.speech.said_after`) reads its credit with the words this reader
    takes for a sentence's (:data:`_LAST_WORDS`)."""
    if not _LAST_WORDS.fullmatch(rest):
        return ""
    words = rest.strip(" .!").split()
    cut = next((i for i, w in enumerate(words) if w in _NOT_SUBJECT), len(words))
    if not cut or (cut == 1 and words[0].endswith("ly") and words[0] != "family") or (
            cut < len(words) and words[cut] == "of"):
        return ""  # ", said one of them.": whose the pronoun is, read by the rules after
    return " ".join(words[:cut])


@dataclass(frozen=True)
class Attribution:
    who: str  # as the sentence names the source ("Hezbollah", "a militia commander", "he")
    how: str  # the rule that found it ("according to", "said", "parenthesis", "quote")
    at: int  # article offset of the source's words (for resolving "he")


#: What follows "continued" when it speaks with its subject before it: the clause's end, a
#: quotation or "that" ("She continued: “…”"); a word after it ("the search continued on
#: Friday", s19: the search's place had become the source of its figure) is no speech.
_CONTINUED_SPEAKS = re.compile(r"\s*(?:[,.;:!?“”\"«»‘’']|$|that\b)")
#: A trailing attribution: a comma or a quotation mark, then at most four words of subject;
#: not a clause a conjunction opens ("…, while a search continued through the cabins for 15
#: missing": trial 47 credited the count to "a search").
_AFTER_A_CLAUSE = re.compile(r"[,“”\"«»'’]\s*(?!(?:while|as|when|whereas|after|before|because"
                             r"|since|until|and|but|though|although|if|where|once)\b)"
                             r"(?:\S+\s+){0,4}$", re.I)
#: A noun after "with", "there were" or a denial, then a past participle ("with three deaths
#: reported", "there were no fatalities reported": trial 36): no one's verb of saying; not past
#: a conjunction opening a clause ("there was panic as police reported"), nor "in no time".
_PARTICIPLE_BEFORE = re.compile(
    r"(?:\bwith\s+(?:[\w.,-]+\s+){0,3}|\bthere\s+(?:is|are|was|were|ha(?:ve|s|d)\s+been)\s+"
    r"(?:(?!(?:as|when|while|after|before|because|since|until|and|but|that|so|then)\b)\w+\s+)"
    r"{0,2}|\b(?:no|any)\s+(?!(?:time|longer|sooner|doubt)\s)(?:\w+\s+)?)$", re.I)
#: How far before a verb :func:`speech_verbs` looks for its determiner and adverbs.
_BEFORE_VERB = 200


def _a_count(who: str) -> bool:
    """Whether a verb's subject is a number and nothing else ("…, up from four reported
    overnight": an earlier count, no source; trial 35 credited the toll to "four"). "Two
    officials said" names people."""
    return any(q.span == (0, len(who)) for q in read(who, "en"))


def speech_verbs(text: str) -> list[re.Match[str]]:
    """Speech verbs used as verbs: not "press reports say" (noun), "the reported strike"
    (adjective) or "self-declared"."""
    out = []
    for m in SPEECH_VERB.finditer(text):
        before = text[max(0, m.start() - _BEFORE_VERB):m.start()].split()
        prev = before[-1].lower() if before else ""
        while before and (is_adverb(before) or re.fullmatch(r"[a-z]+ly", before[-1])):
            before = before[:-1]
        prev = before[-1].lower().strip(",") if before else ""
        nxt = re.match(r"\s+(\w+)", text[m.end():])
        if prev in DETERMINERS:
            continue
        nxt_word = nxt.group(1) if nxt else ""
        if SPEECH_VERB.fullmatch(nxt_word) or (nxt_word == "to" and m.group()[:5] == "conti"):
            continue  # "reports say": the first is a noun; "the toll continued to climb": no speech
        if m.group()[:5] == "conti" and not _CONTINUED_SPEAKS.match(text, m.end()) and \
                not _AFTER_A_CLAUSE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the search continued on Friday": no speech ("…, she continued": speech)
        if m.group().lower().endswith("ed") and counted_group(nxt_word + " ", "en", OUTCOMES):
            continue  # "Four miners confirmed dead", "two reported missing": a participle of
            # what befell them, whose subject is the count, not its source (trial 23); "said"
            # before "missing fishermen" still speaks (review 21)
        out.append(m)
    return out


def attribution(sentence: Sentence, near: int | None = None,
                lang: str = "en") -> Attribution | None:
    """Who the sentence attributes its content to, if it says (quotations inside it are not
    looked at: a figure inside a quotation belongs to the quotation's speaker); with ``near``,
    the attribution closest to that article offset."""
    named = _source_named(sentence.text, sentence.start, lang, near) if lang != "en" else None
    if named is not None:
        return _unmasked(named, sentence)
    found = _attributions(sentence.text, sentence.start)
    if found and found[0].how == "according to":
        return _unmasked(found[0], sentence)
    best = None
    for candidate in found:
        if near is None:
            return _unmasked(candidate, sentence)
        if best is None or abs(candidate.at - near) < abs(best.at - near):
            best = candidate
    return best if best is None else _unmasked(best, sentence)


def _unmasked(found: Attribution, sentence: Sentence) -> Attribution:
    """The source as the sentence writes it: a name inside quotation marks ("der Regionalsender
    «TVA»") was read on the masked text and came out blank (trial 30: «   »)."""
    at = found.at - sentence.start
    written = sentence.text[at:at + len(found.who)] if at >= 0 else ""
    if len(written) == len(found.who) and written != found.who and all(
            a == b or a == " " for a, b in zip(found.who, written, strict=True)):
        after = sentence.text[at + len(written):at + len(written) + 1]
        if after and after in "“”»\"" and _OPEN_TITLE.search(written):
            written += after  # the title's closing mark, blanked with it (:mod:`.masking`)
        return Attribution(written, found.how, found.at)
    return found


#: A name that ends inside the quotation marks it opened ("der Sender „Radio Valdoria").
_OPEN_TITLE = re.compile(r"(?:„[^“”]*|«[^»]*|“[^”]*|\"[^\"]*)$")


#: Where the name of a source ends: punctuation of any script.
_SOURCE_END = re.compile(r"[,，、。;；:：()（）\[\]“”\"«»「」]")
#: Words of a Chinese source's verb after it ("据X报道", "据X称"): not part of the name.
_ZH_REPORTED = re.compile(r"(?:报道|報道|消息|称|稱|表示|介绍|介紹|通报|通報|统计|統計)+$")
#: A source named before a postposition is at most this many words (Korean, Turkish).
_SOURCE_WORDS = 4


def _source_named(text: str, start: int, lang: str, near: int | None) -> Attribution | None:
    """A source named by "according to" (other languages: :func:`according_source`): the words
    after the preposition up to the next punctuation, or those before the postposition back to
    the previous punctuation (the last few words, none with a digit: "29일"). A body whose
    clause gives the count at ``near`` comes first (:func:`counted_by`)."""
    masked = mask_quotes(text)
    if near is not None and (counter := counted_by(masked, lang, near - start)):
        return Attribution(counter[0], "counted by", start + counter[1])
    for word in SOURCE_BEFORE.get(lang, ()):
        m = re.search(rf"(?<!\w){re.escape(word)}", masked, re.I)
        if m:
            rest = masked[m.end():]
            parts = _SOURCE_END.split(rest, maxsplit=1)
            who = _ZH_REPORTED.sub("", parts[0]).strip()
            if len(parts) == 2 and who and len(who) <= 80:  # the name ends at a comma
                return Attribution(who, word, start + m.end() + rest.find(who))
    for word in SOURCE_AFTER.get(lang, ()):
        m = re.search(rf"\s{re.escape(word)}(?!\w)" if lang == "tr" else re.escape(word), masked)
        if m:
            before = _SOURCE_END.split(masked[:m.start()])[-1]
            parts = before.split() if lang != "ja" else [before]
            kept = [w for w in parts[-_SOURCE_WORDS:] if not any(c.isdigit() for c in w)]
            who = " ".join(kept).strip()
            if who:
                return Attribution(who, word, start + masked.rfind(who, 0, m.start()))
    found = according_source(masked, lang)
    return Attribution(found[0], "according to", start + found[2]) if found else None


@lru_cache(maxsize=1024)
def _attributions(sentence_text: str, sentence_start: int) -> tuple[Attribution, ...]:
    """Every attribution a sentence makes, worked out once per sentence (a sentence with many
    figures asks for each of them)."""
    text = mask_quotes(sentence_text)
    m = _ACCORDING.search(text)
    if m and (author := toll_author(m.group("x"))) is not None:
        if not author:  # "according to a provisional toll": no one
            return ()
        return (Attribution(author, "according to", sentence_start + m.start("x")
                            + m.group("x").find(author)),)
    if m and names_no_one(clean_np(m.group("x")).split()):  # "according to initial
        # reports": a hedge, no one (trial 34); its noun no verb ("reports")
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        m = None
    if m:
        who = clean_np(m.group("x"))
        named = _NAME_BETWEEN_COMMAS.match(text, m.end("x"))
        if named and who[:1].islower() and _a_role(who):
            who = named.group("x")
        if who:
            return (Attribution(who, "according to", sentence_start + m.start("x")),)
    out: list[Attribution] = []
    for m in speech_verbs(text):
        verb = m.group(0)
        before, after = text[:m.start()], text[m.end():]
        who = subject_before(before)
        if re.search(r",\s*$", before) and (re.match(
                rf"\s+(?:[A-Z]|the\s|a\s|our\s|{TITLE_ABBREVIATION})", after)
                or _lower_subject(after)) and verb in _INVERTED and not (verb == "told" and who):
            # "X, the manager, told Radio Nord that …": after "told" stands the listener (trial 24)
            who = noun_phrase_after(after) or who
        elif not who and re.match(r"\s*$", before):
            continue
        if not who or who.lower() in NON_SPEAKERS or _a_count(who):
            continue
        if verb.lower().endswith("ed") and _PARTICIPLE_BEFORE.search(
                before[:max(0, before.rfind(who))]):
            continue  # "…, with three deaths reported there" (trial 30: the deaths as source)
        if ";" in before and re.match(r"\s*[‘“\"«']", after):
            continue  # "41 dead …; league chief says ‘a black night’": his words, not the toll
        out.append(Attribution(who, verb, sentence_start + m.start()))
    if not out:
        m = _PAREN_END.search(text)  # an aggregator's "(Levant Wire)"
        if m and not re.match(r"[A-Z]{2,}\s*$", text[:m.start()]) \
                and not _DIVISION.search(m.group("x")):
            return (Attribution(m.group("x").strip(), "parenthesis",
                                sentence_start + m.start("x")),)
    return tuple(out)

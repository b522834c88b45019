"""English quotations whose speaker the words after them name, to the end of the sentence:
“…,” Dillon said / “…,” said Col. Ryan Dillon / “…,” Tamer Ramadan, the leader of …, said /
“…,” the coast guard spokesman, Lt. Mark Reyes, told AFP."""

from __future__ import annotations

import re

from generator.extract.speakers.attribution import last_words_subject
from generator.extract.speakers.noun_phrases import SAID_AT, noun_phrase_after, subject_before
from generator.text.lexicon import ORG_WORDS, SPEECH_VERB, SPEECH_VERBS, TITLE_ABBREVIATION
from generator.text.sentences import Sentence
from generator.text.speech_words import QUOTE_CHARS

_NQ = re.escape(QUOTE_CHARS)
_AFTER = re.compile(
    rf"^\s*,?\s*(?:[a-z]+,\s+){{0,3}}(?P<np>(?:{TITLE_ABBREVIATION}|[^,.;:{_NQ}]|(?<=\b[A-Z])\.){{1,120}}?)\s+"
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^{_NQ}]*)")
# ("Hospital chaplain T.J. Marsh said", "Brig. Gen. Ada Obi said": initials and titles may hold a
# full stop; a long title may run past 80 characters: "Head of the Press Bureau of the … Ana
# Ruiz said", trial 21; so may a portfolio of lower-case words with commas: "transport, works
# and housing minister Ana Ruiz said")
#: “…,” *Tamer Ramadan, the leader of the IFRC in Libya, said*: a name, its apposition between
#: commas (which may hold a relative clause), then the verb whose subject the name is.
_AFTER_APPOSITION = re.compile(
    rf"^\s*,?\s*(?:[a-z]+\s+){{0,3}}"  # "resident Mary Jones, 54, said": a role before the name
    rf"(?P<name>(?:{TITLE_ABBREVIATION}\s*)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}}),"
    rf"\s+[^{_NQ}]{{2,200}}?,\s+(?P<verb>{SPEECH_VERBS})\b")
#: “…,” *Mara Lind, the port’s press officer said in a post*: a name, a role in apposition
#: that copy often leaves unclosed, then the verb (trial 20: no speaker found).
_AFTER_NAME_ROLE = re.compile(
    rf"^\s*,?\s*(?P<name>(?:{TITLE_ABBREVIATION}\s*)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}}),"
    rf"\s+(?:the|a|an|his|her|their|its)\s[^,.;:“”\"]{{1,80}}?\s+(?P<verb>{SPEECH_VERBS})\b")
#: “…,” *according to fire chief Tom Brown*: a source with a name (not "according to a
#: statement", which the paragraph's speaker issued).
_AFTER_ACCORDING = re.compile(
    rf"^\s*,?\s*according\s+to\s+(?P<name>[^,.;:{_NQ}A-Z]{{0,40}}[A-Z][^,.;:{_NQ}]{{1,60}})")
#: “…,” *Sutrisno, head of the local rescue office, told AFP*: a one-word name, which an
#: apposition of lower-case words (a role) shows is a person.
_AFTER_MONONYM = re.compile(
    rf"^\s*,?\s*(?P<name>[A-Z][\w’'-]+),\s+(?:[a-z][^{_NQ}]{{2,200}}?|\d{{1,3}}),\s+"
    rf"(?P<verb>{SPEECH_VERBS})\b")  # or an age: "“…,” Harlow, 54, said" (checklist)
#: “…,” *the coast guard spokesman, Lt. Mark Reyes, told AFP*: a role, then the name in
#: apposition, then the verb.
_AFTER_ROLE_NAME = re.compile(
    rf"^\s*,?\s*(?:the|a|an|one|another)\s[^,{_NQ}]{{1,80}},\s+(?P<name>(?:{TITLE_ABBREVIATION}\s*)?"
    rf"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,4}}),\s+(?P<verb>{SPEECH_VERBS})\b")
#: “…,” said *band member Ryan Tremblay*: one to three lower-case words of a role, then the
#: name (not "said on Monday", "said in Paris": a preposition opens no subject).
_ROLE_THEN_NAME = re.compile(r"\s*(?:(?!(?:in|at|on|to|of|from|with|by|for|after|before|during|"
                             r"yesterday|today|later|earlier|that|this|he|she|it|they)\b)"
                             r"[a-z]+\s+){1,3}(?P<name>[A-Z])[\w’'-]+\s+[A-Z]")
#: “…,” said *a spokesman for the council in Dunmore, Alan Pike.*: a described speaker, then
#: the name in apposition closing the sentence (or opening a relative clause); not a place of
#: two words ("a resident of Dunmore, New Hampshire").
_DESCRIBED_THEN_NAME = re.compile(
    rf"\s*(?:the|a|an|another)\s[^,{_NQ}]{{1,80}},\s+(?P<name>(?!(?:New|North|South|East|West)\s)"
    rf"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}})\s*(?:[.;]|,\s+(?:who|an?|the)\s|$)")
#: The written texts "read" credits: a statement, a release, a letter …
_WRITTEN = (r"(?:statement|release|communiqu[eé]|post|letter|note|message|notice|text|tweet"
            r"|declaration|bulletin)s?")
#: The verbs English copy puts before their subject after a quotation ("“…”, reported Ana
#: Ruiz, a journalist"; "“…,” explained the mayor"): the verbs of telling and reporting, and
#: "read" before a written text's name.
_AFTER_INVERTED = re.compile(
    r"^\s*,?\s*(?P<verb>said|says|say|added|told|wrote|writes|stated|continued|reported|explained|"
    rf"recalled|recounted|replied|noted|insisted|declared|remarked|asked|testified|"
    # what a written text says: "“…,” read a communiqué" (trial 20: no speaker found)
    # (a written text only: "read the plaque", "read a banner" name no one, review 19)
    rf"read(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?{_WRITTEN}\b))\s+(?P<rest>[^{_NQ}]*)")


#: Whom an inverted verb's words were told, the channel and not the speaker: an outlet or
#: agency's name, or reporters, with how they reached it ("“…,” testified to Radio Vale a
#: farmer"; "told Radio Vale by phone"), spent set s34: the channel was read as the speaker.
_LISTENER = re.compile(
    r"\s*(?:reporters|journalists|the\s+press|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)"
    r"{0,3})(?:\s+(?:by\s+(?:tele)?phone|over\s+the\s+phone|in\s+an?\s+interview))?(?![\w’'])")
#: A described speaker or a name after the listener: "… to Radio Vale a farmer of the valley".
_SPEAKER_NEXT = re.compile(r"\s*(?:(?:the|a|an|one|another)\s+[a-z]|[A-Z])")


def _past_listener(rest: str, verb: str) -> str | None:
    """The words after an inverted verb with whom it was told left out: "told" takes its
    listener as object ("“…,” told Radio Vale by phone": the channel, no speaker), the other
    verbs after "to". None when no speaker follows the listener."""
    to = re.match(r"\s*to\s+", rest) if verb != "told" else re.match(r"", rest)
    heard = _LISTENER.match(rest, to.end()) if to is not None else None
    if heard is None or heard.end() == to.end():
        return None if verb == "told" else rest
    after = rest[heard.end():]
    return after if _SPEAKER_NEXT.match(after) else None


#: After a quotation closed on a full stop, "X said" followed by a clause of its own opens a new
#: statement, not the quotation's credit: “… on that boat.” *Police said 40 people were on the
#: island.* (trial 16: the premier's second sentence was given to the police). The clause is
#: told by "that", or by a finite verb within a few words of "said"; a time, a place or a
#: manner ("Police said late on Tuesday.", "said through a spokesman", "said on Tuesday, as the
#: search was called off") or a comma ("said, adding …") still credits the quotation (reviews
#: 13 and 14).
_NEW_STATEMENT = re.compile(
    r"\b(?:that|were|was|is|are|had|has|have|will|would|could|can|may|might|must|died|drowned|"
    r"killed|remain|remained)\b", re.I)
#: What may come between "said" and the clause of its own without making it a credit's tail: no
#: comma and no word that opens a subordinate clause ("said on Tuesday, as the search …").
_SUBORDINATE = re.compile(r",|\b(?:as|when|while|after|before|because|since|until|though|"
                          r"although|if)\b", re.I)
#: A credit's own tail: where or how it was said ("in a statement that was posted online").
_SAID_IN = re.compile(r"^\s*(?:in|on|during|via|through)\s+(?:a|an|the|his|her|their|its)\s+"
                      r"(?:written\s+)?(?:statement|interview|post|message|briefing|video|tweet|"
                      r"press\s+conference|news\s+conference)\b[^,.;]*", re.I)


def _new_statement(rest: str) -> bool:
    """Whether the words after "X said" are a clause of its own ("Police said on Tuesday that
    40 people had died", "… said the 40 passengers were safe"), not a credit's tail ("said late
    on Tuesday", "said on Tuesday, as the search was called off", "said in a statement that was
    posted online"); reviews 13 to 15."""
    if re.match(r"\s*,", rest):
        return False
    rest = _SAID_IN.sub("", rest, count=1)
    m = _NEW_STATEMENT.search(rest)
    return m is not None and not _SUBORDINATE.search(rest[:m.start()])


#: The writer's words that finish a sentence a quotation opens, up to the comma before its
#: credit: "' the fire started," (a clause of lower-case words, no quotation mark, no stop).
#: Not a credit of its own: "“…,” the consul said, according to the agency X" and "“…,” the
#: statement said, X reported" are the consul's and the statement's words, the channel after
#: the comma only how they came (spspk5: the channel was read as the speaker on two sites).
_RUN_ON = re.compile(rf"[{_NQ}'’]?\s+[a-z][^,.;:!?{_NQ}]{{1,80}},")


def _credit_clause(clause: str) -> bool:
    """The run-on clause is the quotation's own credit ("the consul said,"): it holds a speech
    verb with no subordinating word before it. "as neighbours told reporters," or "after the
    mayor said so," is the writer's clause going on, and the credit after its comma is the
    quotation's (review 38: the speaker had become the subordinate clause's subject)."""
    m = SPEECH_VERB.search(clause)
    return m is not None and not _SUBORDINATE.search(clause, 0, m.start())


_STATEMENT_VERBS = frozenset({"said", "says", "added", "adds", "stated", "noted", "explained"})


def attribution_span(text: str, base: int, a: int, b: int) -> tuple[int, int] | None:
    """Article offsets of the words in [a, b) that say who speaks, trimmed; None when they
    are too long or hold a quotation mark."""
    piece = text[a:b]
    lead = len(piece) - len(piece.lstrip(" ,"))
    body = piece.strip(" ,").rstrip(" .,;:")
    if not body or len(body.split()) > 30 or any(c in body for c in "“”\""):
        return None
    return base + a + lead, base + a + lead + len(body)


def said_after(text: str, close_at: int, end_sentence: Sentence | None, opens: bool = False
                ) -> tuple[str, str, tuple[int, int] | None]:
    """English: “…,” Dillon said / “…,” said Col. Ryan Dillon, to the end of the sentence. A
    quotation that ``opens`` its sentence may run on in the writer's words before its credit
    ("'We have no motive yet' for the fire, said Ana Ruiz, …": round 26, no speaker was read):
    the credit after that clause's comma is the quotation's too."""
    if end_sentence is None:
        return "", "", None
    if opens and (clause := _RUN_ON.match(text, close_at, end_sentence.end)) is not None \
            and not _credit_clause(clause.group()):
        found = said_after(text, clause.end(), end_sentence)
        if found[0]:
            return found
    after = text[close_at:end_sentence.end]
    inv = _AFTER_INVERTED.match(after)
    aft = _AFTER.match(after)
    if aft and re.match(r"\s*(?:in|on|via|through)\s", aft.group("np")):
        aft = None  # "“…” in a statement posted on its site": where, not who ("posted")
    # "said at the scene the agency's director": where it was said, then the subject
    rest = inv.group("rest") if inv else ""
    if inv is not None:
        rest = _past_listener(rest, inv.group("verb"))
        inv = inv if rest is not None else None
        rest = rest or ""
    rest = rest[where.end():] if (where := SAID_AT.match(rest)) else rest
    role = inv and _ROLE_THEN_NAME.match(rest)
    if inv and (re.match(r"\s*(?:Col\.|Gen\.|[A-Z]|the\s|an?\s|another\s|"
                         r"one\s(?!of\s+(?:them|those|these|us)\b))", rest) or role):
        rest = rest[role.start("name"):] if role else rest
        named = _DESCRIBED_THEN_NAME.match(rest)
        named = None if named and named["name"].split()[-1].lower() in ORG_WORDS else named
        return (named.group("name") if named else noun_phrase_after(rest),
                f"“…,” {inv.group('verb')} X",
                attribution_span(text, 0, close_at, end_sentence.end))
    if inv and (bare := last_words_subject(" " + rest.lstrip())):  # "“…,” say police." (trial 40)
        return bare, f"“…,” {inv.group('verb')} X", attribution_span(text, 0, close_at,
                                                                     end_sentence.end)
    app = None if aft else (_AFTER_APPOSITION.match(after) or _AFTER_NAME_ROLE.match(after)
                            or _AFTER_ROLE_NAME.match(after)
                            or _AFTER_MONONYM.match(after) or _AFTER_ACCORDING.match(after))
    if app:
        verb = app.groupdict().get("verb") or "according to"
        return (app.group("name").strip(), f"“…,” X, …, {verb}",
                attribution_span(text, 0, close_at, end_sentence.end))
    # (a single quote closes too: 'I … grief.' Police said …, round 26)
    closed_on = text[max(0, close_at - 3):close_at].rstrip(QUOTE_CHARS + "'’")[-1:]
    if aft and closed_on == "." and aft.group("verb") in _STATEMENT_VERBS \
            and _new_statement(aft.group("rest")):
        return "", "", None  # “… grief.” Police said 40 people were …: their own statement
    if aft:
        who = subject_before(aft.group("np"))
        if who and len(who.split()) <= 8:
            return (who, f"“…,” X {aft.group('verb')}",
                    attribution_span(text, 0, close_at, end_sentence.end))
    return "", "", None


#: A comma that may open the clause crediting a sentence.
_COMMA = re.compile(r",\s")


def closing_credit(text: str, close_at: int, end_sentence: Sentence | None
                   ) -> tuple[str, str, tuple[int, int] | None]:
    """The credit that closes the sentence of a partial quotation, after a comma and the
    writer's words that go on from the quotation ("Inspectors are expected “to examine …” and
    report by spring, the transport office said."): the sentence is the credit's, the quotation
    with it (s19: no speaker was read). Not a clause of its own after the verb ("…, and police
    said they would look into it"), nor a sentence where another quotation follows."""
    if end_sentence is None:
        return "", "", None
    after = text[close_at:end_sentence.end]
    if any(c in after for c in QUOTE_CHARS):
        return "", "", None
    for comma in _COMMA.finditer(after):
        who, how, attr = said_after(text, close_at + comma.start(), end_sentence)
        verb = SPEECH_VERB.search(after, comma.end())
        if who and verb is not None and not _new_statement(after[verb.end():]):
            return who, how, attr
    return "", "", None

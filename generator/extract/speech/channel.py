"""A credit after a quotation that names the channel its words came through, not who said them.

Wire copy reports a statement as another outlet or a body carried it: "An official of the
relief society said that the toll is “huge”, Reuters reported.", "Un secouriste déclare avoir
vu des maisons « emportées », selon son organisation." The credit after the closing mark (the
agency that reported, the source after "according to") is how the writer learnt of the words;
the speech verb before the opening mark, inside the same sentence, has the speaker as its
subject. Read first, the credit after took the quotation from that speaker on two sites of the
working pages (round spspk2: an English and a French one). A quotation with no speech verb of
its own before it keeps its credit ("the toll is “huge”, Reuters reported": the agency's).
"""

from __future__ import annotations

import re

from generator.extract.speakers.according import names_no_one
from generator.extract.speakers.attribution import CLAIM
from generator.extract.speakers.noun_phrases import subject_before
from generator.extract.speakers.other_speaker import speaker_other
from generator.extract.speakers.subjects import UNNAMED, dashed_speaker
from generator.extract.speech.said_after import attribution_span
from generator.text.masking import mask_quotes
from generator.text.names import strip_titles
from generator.text.sentences import Sentence
from generator.text.speech_words import QUOTE_CHARS, according_words

#: English credits after a quotation that name a channel: an outlet that "reported" the words,
#: or the source after "according to".
_EN_CHANNEL = re.compile(r"[^.;]*?\b(?:reported|reports|according\s+to)\b")


#: The clause before a participle that opens on a comma ("The Varn movement claimed the fire
#: late Monday, calling …", "Mayor Ann Vale voiced her grief, stating …"): its subject, before
#: its first verb in the past, says the words, not the object ending the clause (trial 46: "the
#: attack" was read as the speaker of a group's claim).
_PARTICIPLE_AFTER_CLAUSE = re.compile(r"(?P<subject>[A-Z][^,;:]*?)\s+[a-z]+ed\b[^,;:]*,\s*$")
#: A participle of what something is called with "as" right after it: a thing described ("a
#: shore described as stretching over “…”"), not a speaker's verb (trial 38: "a shore" spoke).
_DESCRIBED_AS = re.compile(r"(?:described|labell?ed|branded|termed|dubbed|characteri[sz]ed)"
                           r"\s+as\b")


#: A participle of saying closing the words before a quotation ("…, saying, “…”", trial 45:
#: "<president> defended the police, saying, “…”" had no speaker).
_THEN_SAYING = re.compile(r",\s+(?:saying|adding|stating|writing|noting|"
                          r"warning(?:\s+(?:of|that|against))?)[,:]?\s*$")
#: The subject that opens the sentence, up to its first verb in the past ("City mayor Anna Brol
#: praised …", "He defended …"); a comma before that verb leaves it unread.
_LEAD_SUBJECT = re.compile(r"\s*(?P<who>[^,;:]{1,60}?)\s+(?:also\s+|later\s+)?[a-z]+ed\b")
#: A written text put out somewhere as a verb's subject ("A statement posted on the ministry's
#: website said …"): the text speaks, not the website or the body it was posted on, and the
#: text stands for whoever issued it (the speaker before it).
_POSTED_TEXT = re.compile(r"(?P<text>\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:statement|release|post|"
                          r"message|notice|communiqu[eé]))\s+(?:posted|published|put\s+out|"
                          r"released|carried)\s+(?:on|in|by|via|through)\b[^,;:]*$")
#: A quotation inside the writer's sentence credited, after it, to a text or an interview of
#: the sentence's subject ("X voiced sympathy for … “…” in a statement on Sunday").
_IN_A_STATEMENT = re.compile(r"\s*,?\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?"
                             r"(?:statement|interview|post|message|video|tweet|briefing)\b")
#: A day closing such a subject ("The Foreign Office on Friday"): when, not who.
_WHEN = re.compile(r"\s+(?:on|late|early|earlier|later)\s+(?:[A-Z][a-z]+day|today|yesterday)"
                   r"(?:\s+(?:morning|afternoon|evening|night))?$")
#: A described subject and its relative clause, asides between commas inside it, closing the
#: words before the verb ("…, the head of the board who, at 70, is its oldest member, said …"):
#: the described person speaks (spent s34: no speaker was read past the clause's commas).
_DESCRIBED_WHO = re.compile(r"(?:^|,\s+)(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                            r"(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*)\s+who\b[^;:“”\"]*,\s*$")
#: A name in apposition closing the words before the verb ("The official who met the crews,
#: Ana Ruiz, said …"): the name speaks, read as before the described subject's rule (review 36:
#: that rule gave "The official" where the name was read).
_APPOSED_NAME_LAST = re.compile(r",\s+(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+,\s*$")
#: The name that closes such a subject after its title in lower case ("City mayor Anna Brol").
_TRAILING_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+$")


def said_before(text: str, sentence: Sentence, open_at: int
                ) -> tuple[str, str, tuple[int, int] | None]:
    """English: the subject of the last speech verb before a quotation in its sentence ("X
    said that … “…”"); not a passive's ("inspectors had been asked to “…”"): the last verb that
    has a subject."""
    before = mask_quotes(text[sentence.start:open_at])
    if (m := _THEN_SAYING.search(before)) and (lead := _LEAD_SUBJECT.match(before[:m.start()])):
        # "X defended the police, saying, “…”": the subject of the sentence's first verb
        who = _WHEN.sub("", lead["who"])  # "X on Friday issued …, warning of “…”"
        run = _TRAILING_NAME.search(who)
        who = run.group(0) if run else who
        if who[:1].isupper() or who.lower() in ("he", "she", "they"):
            return who, "X …, saying “…”", attribution_span(text, 0, sentence.start, open_at)
    verbs = [v for v in CLAIM.finditer(before)
             if not re.search(r"(?:\b(?:the|a|an|its|their)|-)\s*$", before[:v.start()])
             and not _DESCRIBED_AS.match(before, v.start())]
    for k, verb in enumerate(reversed(verbs)):
        if (main := _PARTICIPLE_AFTER_CLAUSE.match(before[:verb.start()])) is not None \
                and verb.group(0).endswith("ing"):
            # the clause's subject speaks, without its titles ("Chancellor Ana Ruiz")
            who = strip_titles(subject_before(main.group("subject") + " "))
        elif (described := _DESCRIBED_WHO.search(before[:verb.start()])) is not None \
                and _APPOSED_NAME_LAST.search(before[:verb.start()]) is None:
            who = described["who"]
        else:
            who = subject_before(before[:verb.start()])
        if (posted := _POSTED_TEXT.search(before[:verb.start()])) is not None:
            who = posted["text"]  # "A statement", "the agency's statement"
        if who:
            clause = before[verbs[-2 - k].end():verb.start()] if k < len(verbs) - 1 else ""
            if k < len(verbs) - 1 and (names_no_one(who.split()) or names_no_one(re.split(
                    r"\s+(?:into|of|on|from|by|in)\s+", clause.strip())[0].split())):
                continue  # "X said that reports indicated “…”": X's report (trial 45)
            return who, f"X {verb.group(0)} “…”", attribution_span(text, 0, sentence.start,
                                                                 open_at)
    close = next((i for i in range(open_at + 1, sentence.end) if text[i] in QUOTE_CHARS), None)
    lead = _LEAD_SUBJECT.match(before)
    if close is not None and lead and lead["who"][:1].isupper() and \
            _IN_A_STATEMENT.match(text, close + 1, sentence.end):
        return lead["who"], "X … “…” in a statement", None
    return "", "", None


def inner_speaker(text: str, close_at: int, open_at: int, sentence: Sentence | None,
                  end_sentence: Sentence | None, lang: str, how: str
                  ) -> tuple[str, str, tuple[int, int] | None] | None:
    """The speaker named before a quotation whose credit after it (read by rule ``how``)
    names a channel; None when the credit is a speaker's or nobody speaks before."""
    if sentence is None or end_sentence is None:
        return None
    if lang == "en":
        after = mask_quotes(text[close_at:end_sentence.end])
        if not _EN_CHANNEL.match(after):
            return None
        found = said_before(text, sentence, open_at)
        return found if found[0] else None
    # the speaker named between dashes inside the marks ("“… – ha detto un portavoce – …”,
    # ha riferito l'agenzia X"): the credit after is how the words came (trial 46)
    dashed = dashed_speaker(text[open_at + 1:close_at - 1], lang)
    if dashed[0] and not dashed[1].endswith(UNNAMED) and how != dashed[1]:
        return dashed[0], dashed[1], None
    according = according_words(lang)
    if not any(how == f"“…” {word} X" for word in according):
        return None
    who, rule = speaker_other(text, close_at, open_at, sentence, None, lang)
    if not who or any(rule == f"X {word} “…”" for word in according):
        return None
    return who, rule, None

"""Sentences the page addresses to its reader after the story (issue 13, round 6).

Below the story's last paragraph a page speaks to the person reading it: a paywall ("your
account is open on another screen"), a comment form ("Please give your name"), a request
for corrections ("Seen an error? Tell us"), a programme's promotion ("Watch our
shows on the app"). These are sentences, so no rule of shape finds them; what tells them from the
story is the second person, the request word, or a request opening the block
(:mod:`generator.text.reader_address`). A story addresses its reader rarely, and then inside
itself ("If you saw the fire, call the police" before the last paragraph); its quotations address
people all the time. So a block is judged only when it is free (no other rule took it), below the
last paragraph of prose that does not address the reader, and only by its words outside
quotation marks: a block with a quotation mark in it is the story's.

A paywall's box can hold a sentence without the second person between two that have it ("If
reading on here closes the other screen"): a prose block between two addressed ones is
part of the box. A page with no paragraph of prose above the addressed lines is left alone (the
story may be one of them).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.text.languages import normalise, stop_words
from generator.text.lexicon import SPEECH_VERBS
from generator.text.reader_address import (
    IMPERATIVE,
    PHRASAL_REQUEST,
    PLEASE,
    POLITE_CAPITALISED,
    READ_ON,
    SECOND_PERSON,
    SECOND_PERSON_POSSESSIVE,
    US,
)
from generator.text.speech_verbs import SPEECH

#: Any quotation mark: a block holding one is the story's (quoted speech addresses people).
_QUOTES = frozenset("\"“”„«»‹›‘’‚") - {"’"}
_WORD = re.compile(r"\w+")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…:]\s*)$")
#: A widget's words glued together by the scraper ("IconYour account"): split at a
#: capital after a small letter.
_GLUE = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


def _tokens(text: str) -> list[tuple[int, str]]:
    """Words of letters (a word with a digit in it is a figure or a time: "21u36"), split where
    the scraper glued two together; an elided word keeps its apostrophe ("t'" of "t'abonner")."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if any(c.isdigit() or c == "_" for c in word):
            continue
        start = m.start()
        for part in _GLUE.split(word):
            out.append((start, part))
            start += len(part)
        if text[m.end():m.end() + 1] in ("'", "’"):
            out.append((start - len(part), part + text[m.end()]))
    return out


def _opens_with_request(text: str, first: tuple[int, str], code: str) -> bool:
    """The block's first word is a request ("Read …", "Leia mais"), a word of its own: not
    the first half of "Follow-up" or "Watch-list"."""
    start, word = first
    if text[:start].strip(" -–—•*>|·") != "":
        return False
    if any(re.match(rf"{re.escape(p)}\b", text[start:], re.I) for p in PHRASAL_REQUEST):
        return True  # "Sign up for …": the verb alone is a noun too ("Sign language …")
    after = text[start + len(word):start + len(word) + 1]
    return (after == "" or after.isspace() or after in ":!.") \
        and word.lower() in IMPERATIVE.get(code, frozenset()) | IMPERATIVE["en"]


@functools.lru_cache(maxsize=4096)
def addresses_reader(text: str, language: str) -> bool:
    """The block speaks to its reader: a second-person word or a request word of its language
    (or of English), outside any quotation. Cached: the box above and the box below the story
    ask it of the same blocks."""
    if any(c in _QUOTES for c in text):
        return False
    code = normalise(language)
    second = SECOND_PERSON.get(code, frozenset()) | SECOND_PERSON["en"]
    polite = POLITE_CAPITALISED.get(code, frozenset())
    tokens = _tokens(text)
    if tokens and _opens_with_request(text, tokens[0], code):
        return True  # a request opening the block: "Read the full story", "Leia mais"
    for start, token in tokens:
        if token.lower() in second:
            return True
        if token in polite and not _SENTENCE_OPEN.search(text[:start]):
            return True
    lowered = " ".join(text.lower().split())
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lowered)
               for p in PLEASE.get(code, ()) + PLEASE["en"])


#: A block that repeats the story's words is about the event, not the page ("For help after
#: the fire, call the shelter …"): at most this share of its long words may echo the story above.
MAX_ECHO = 0.25
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def long_stems(text: str, language: str) -> list[str]:
    """The long words of ``text`` that are no function words of its language (jusText's
    lists), cut to five letters (a rough stem across inflections). The second person is left
    out too: it is what marks the block as addressed, not a word of the story it could echo
    (a quotation in the story says "your" as well; fur5, a newsletter box under a story that
    quotes someone speaking to the listener)."""
    code = normalise(language)
    stop = stop_words(language) | SECOND_PERSON.get(code, frozenset()) | SECOND_PERSON["en"]
    return [w.lower()[:5] for w in _LONG_WORD.findall(text) if w.lower() not in stop]


#: A capitalised word inside a sentence (not its first): a name.
_NAME_INSIDE = re.compile(r"(?<=[\w,;)] )[A-ZÀ-Þ][^\W\d_]{2,}")


def _names_of(text: str) -> set[str]:
    return set(_NAME_INSIDE.findall(text))


def about_page(stems: list[str], above: Counter[str]) -> bool:
    return not stems or sum(1 for s in stems if above[s] > 0) < MAX_ECHO * len(stems)


def short_sentence(text: str) -> bool:
    """A sentence of the story too short to be prose ("Die Polizei ermittelt zur Ursache des
    Brandes."): more words than a button and a full stop. Below a line of advice it is where
    the story goes on, not a label of a box (review 37: such a closing sentence was removed as
    a button, with the advice above it)."""
    line = text.rstrip()
    return words(text) > MAX_BUTTON_WORDS and ends_sentence(line) and line[-1:] not in "?!"


#: Where a block's sentences part: after a full stop, a question or an exclamation mark.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")


def story_head(text: str, language: str) -> int | None:
    """Where a block that opens with the story's words first speaks to the reader: the offset
    of the first sentence that addresses the reader (:func:`addresses_reader`), when the
    sentences before it are a sentence of the story (none addresses the reader; more words than
    a button, ending on a full stop: :func:`short_sentence`). "The council votes on the plan in
    May. Leave a comment below." is the story's last sentence with the page's request glued
    after it, and only the request is the page's (the review of "never lose a word": the
    passes of this module removed such a block whole). None when the block opens on its
    address, on a question or on a few words ("What do you think? …", "Thanks for reading.
    …"), or when what comes before it speaks as the newsroom ("we", "our": "Dobrze, że czytasz
    nasze teksty.", a greeting whose "you" is in its verb, spfur11): those are the box's own."""
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text)]
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if addresses_reader(text[at:end], language):
            return at if k and short_sentence(text[:at]) \
                and not _newsroom_speaks(text[:at], language) else None
    return None


def _newsroom_speaks(text: str, language: str) -> bool:
    """A word of the first person plural (:data:`~generator.text.reader_address.US`), of the
    language or English, outside quotation marks: the page speaking of itself."""
    code = normalise(language)
    us = US.get(code, frozenset()) | US["en"]
    return not any(c in _QUOTES for c in text) and any(
        token.lower() in us for _start, token in _tokens(text))


def mark_reader_address(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                        language: str) -> dict[int, int]:
    """From the page's end up: the free blocks that address the reader and do not repeat the
    story's words, until the first paragraph of prose that does not (the story's end). A prose
    block between two addressed blocks belongs to their box; short free lines below the box's
    first line are its buttons and labels ("Send", "Log out"). A box above the story is judged
    first (:func:`mark_box_above`). Returns the blocks to part (:func:`story_head`): the box's
    first block when it opens with a sentence of the story, which stays."""
    free = [i for i in range(len(blocks)) if verdicts[i] is None and i != headline
            and (headline is None or i > headline)]
    # a block that names who said it is a request reported by the story ("please wave a white
    # flag from the window, the authorities appealed"), not the page's own (fdev pages)
    speaking = {i for i in free if addresses_reader(blocks[i].text, language)}
    addressed = {i for i in speaking if not attributed(blocks[i].text, language)}
    run: list[int] = []
    short: list[int] = []
    end = None
    for pos in range(len(free) - 1, -1, -1):
        i = free[pos]
        if i in addressed:
            run.append(i)
            continue
        if not is_prose(blocks[i].text, language) and not short_sentence(blocks[i].text):
            if not any(c in _QUOTES for c in blocks[i].text):
                short.append(i)  # a quotation cut short ("‘D") is the story's, never a button
            continue
        above = free[pos - 1] if pos > 0 else None
        if (above in speaking and i not in speaking and short_sentence(blocks[i].text)
                and not about_page(long_stems(blocks[above].text, language), Counter(
                    s for j in free[:pos - 1] for s in long_stems(blocks[j].text, language)))):
            end = i  # the story's closing sentence under advice that speaks of the story,
            break  # with a box below: the box starts after it (it had bridged the two: spfur13)
        # a line of the box may name a speaker's verb among its own words ("… with her own
        # account": "cuenta" is also "tells"): between two lines of the box it bridges too.
        # A line that does not address the reader bridges only if it is a sentence or two: a
        # longer paragraph between two addressed lines is the story's (a police statement's
        # findings between its call for information and its request for footage: fur6)
        if run and above in speaking and (
                i in speaking or words(blocks[i].text) <= MAX_PITCH_WORDS):
            run.append(i)
            continue
        end = i
        break
    if end is None or not run:
        return {}  # no paragraph of the story above, or nothing addressed below it
    story: Counter[str] = Counter(s for i in free if i <= end
                                  for s in long_stems(blocks[i].text, language))
    if headline is not None:
        story.update(long_stems(blocks[headline].text, language))
    about_event = [i for i in run if not about_page(long_stems(blocks[i].text, language), story)]
    if about_event:  # it speaks of the story: it and what is above it are the story's
        run = [i for i in run if i > max(about_event)]
        if not run:
            return {}
    top = min(run)
    at = story_head(blocks[top].text, language)
    tails = {top: at} if at else {}
    for i in run + [j for j in short if j > top]:
        if _reads_on(blocks[i].text[tails.get(i, 0):], language):
            verdicts[i] = Verdict("truncation-notice", "reader-address",
                                  "a request to read the article on elsewhere, after the "
                                  "story's last paragraph (the copy is an excerpt)")
            continue
        verdicts[i] = Verdict("reader-address", "reader-address",
                              "a sentence addressed to the reader (second person or a request) "
                              "after the story's last paragraph")
    return tails


#: Above the story, a box's labels and buttons around its addressed lines ("We get support
#: from:") have at most this many words.
MAX_TOP_LABEL_WORDS = 6


def mark_box_above(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                   language: str) -> None:
    """A box addressed to the reader above the story's first paragraph: the site's welcome
    ("We bring you the news …"), a supporters' prompt ("Become a supporter") (fur5, two sites).

    A story may open by addressing its reader ("If you lost power last night, …"), so the box
    must be closed off on both sides by the page's top, the headline or a block other rules
    removed, never run into the lede; every line of it addresses the reader or is a label or a
    button of a few words, none speaks of the story, and between the headline and the story it
    holds two addressed lines at least (a standfirst addressing the reader is one)."""
    first = next((i for i, v in enumerate(verdicts) if v is None and i != headline
                  and is_prose(blocks[i].text, language)
                  and not addresses_reader(blocks[i].text, language)), None)
    if first is None:
        return
    story: Counter[str] = Counter(s for i in range(first, len(blocks)) if verdicts[i] is None
                                  for s in long_stems(blocks[i].text, language))
    story_names = set().union(*(_names_of(blocks[i].text) for i in range(first, len(blocks))
                                if verdicts[i] is None))
    runs: list[list[int]] = [[]]
    for i in range(first):
        if verdicts[i] is None and i != headline:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if not run or run[-1] + 1 == first:
            continue  # nothing, or the lines right over the lede: the story's opening
        addressed = [i for i in run if addresses_reader(blocks[i].text, language)
                     and not attributed(blocks[i].text, language)
                     and about_page(long_stems(blocks[i].text, language), story)]
        labels = [i for i in run if i not in addressed and not is_prose(blocks[i].text, language)
                  and words(blocks[i].text) <= MAX_TOP_LABEL_WORDS]
        need = 1 if headline is not None and run[-1] < headline else 2
        if any(_names_of(blocks[i].text) & story_names for i in addressed):
            continue  # advice naming the story's places ("If you live in Lower Town, …"): a
            # service standfirst of the story, not the site's box (the review of fur5)
        if len(addressed) >= need and len(addressed) + len(labels) == len(run):
            for i in run:
                verdicts[i] = Verdict("reader-address", "reader-address-above",
                                      "a box addressed to the reader (second person or a "
                                      "request) above the story, closed off by furniture")


def _reads_on(text: str, language: str) -> bool:
    """The block opens with a request to read on ("Read the whole report on …")."""
    tokens = _tokens(text)
    code = normalise(language)
    return bool(tokens) and text[:tokens[0][0]].strip(" -–—•*>|·") == "" \
        and tokens[0][1].lower() in READ_ON.get(code, frozenset()) | READ_ON["en"]


#: A pitch over a subscription button is one sentence or two: at most this many words.
MAX_PITCH_WORDS = 30
#: The kinds of a button under a pitch: subscribe, sign up, log in.
_BUTTON_KINDS = ("newsletter", "paywall")
MAX_BUTTON_WORDS = 4


def attributed(text: str, language: str) -> bool:
    """A line that names who said it ("…, police said", "…, a dit le maire") reports the story,
    whatever it asks of the reader (review 10: an emergency number the police gave)."""
    low = text.lower()
    owned = SECOND_PERSON_POSSESSIVE.get(normalise(language), frozenset()) \
        | SECOND_PERSON_POSSESSIVE["en"]
    patterns = [rf"\b(?:{SPEECH_VERBS})\b"] + [
        rf"(?<![^\W\d_]){re.escape(verb)}(?![^\W\d_])" for verb in SPEECH.get(language, ())]
    return any(not _owned(low, m.start(), owned)
               for pattern in patterns for m in re.finditer(pattern, low))


def _owned(low: str, start: int, owned: frozenset[str]) -> bool:
    """The word at ``start`` follows a possessive of the second person: a noun, the reader's
    own ("tu cuenta", "your account"), not a verb of speech ("cuenta", "tells"): a paywall's
    sentences about the reader's account name no speaker (fur5, a subscription box)."""
    before = low[:start].split()
    return bool(before) and before[-1] in owned


def mark_button_pitch(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
                      language: str) -> dict[int, int]:
    """A line addressed to the reader (second person or a request) right above a subscription
    or log-in button ("Join us to read without limits." over "Subscribe"), wherever it stands:
    the button's pitch, a box set inside the story. A paragraph that speaks of the event or is
    long stays (see :func:`mark_reader_address` for the boxes after the story). Returns the
    lines to part: a pitch glued after a sentence of the story (:func:`story_head`)."""
    tails: dict[int, int] = {}
    story: Counter[str] = Counter(s for i, v in enumerate(verdicts) if v is None
                                  for s in long_stems(blocks[i].text, language))
    for i in range(len(blocks) - 1):
        below = verdicts[i + 1]
        text = blocks[i].text
        if (verdicts[i] is None and i != headline and below is not None
                and below.kind in _BUTTON_KINDS and words(blocks[i + 1].text) <= MAX_BUTTON_WORDS
                and words(text) <= MAX_PITCH_WORDS and addresses_reader(text, language)
                and not attributed(text, language)):
            stems = long_stems(text, language)
            own = Counter(stems)
            if about_page(stems, story - own):
                verdicts[i] = Verdict(below.kind, "button-pitch",
                                      "a line addressed to the reader over a subscription "
                                      "button")
                if at := story_head(text, language):
                    tails[i] = at
    return tails

"""The passes that judge a block by its place on the page, not by its words alone.

Each pass takes the blocks and the verdicts so far (None: not judged yet) and fills in more:

* :func:`claim_following`: a header ("Tags", "Related posts", "About the author", "How are you
  feeling after reading this?") owns the short blocks after it;
* :func:`mark_embeds`: an embedded post's attribution line ("— Name (@handle) date") makes the
  block above it part of the embed;
* :func:`mark_comments`: once reader comments start, the rest of the page is comments;
* (above the headline and the lede: :mod:`head`);
* :func:`mark_runs`: runs of three or more short labels are menus or category lists;
* :func:`mark_tail`: after the last paragraph of prose, short title-like lines are related links,
  tags or a credit — but a cut-off fragment of the story is story;
* :func:`find_bio`: an author bio among the last story paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence, sentence_count
from generator.content.cleaning.embeds import heads_an_embed
from generator.content.cleaning.headline import is_prose
from generator.content.cleaning.margins import cased, opens_quotation, tail_verdict, title_like
from generator.content.cleaning.read_more import mark_cut_heading
from generator.content.cleaning.rules.base import (
    REPORTED,
    Page,
    Verdict,
    Verdicts,
    compile_re2,
    group,
    is_label,
    words,
)
from generator.content.cleaning.rules.table import TABLE
from generator.content.cleaning.shallow import NAV_WORDS, announced_list, cut_subject
from generator.text.languages import (
    UNSPACED,
    normalise,
    section_nouns,
    stop_word_share,
    stop_words,
)
from generator.text.lexicon import LETTERED_NOUNS


def mark_embeds(blocks: Sequence[Block], verdicts: Verdicts) -> None:
    """The text of an embedded post sits right above its attribution line, and a post's text
    full of hashtags or links is the post itself."""
    for i, verdict in enumerate(verdicts):
        if verdict is None or verdict.rule != "embed-attribution" or i == 0:
            continue
        j = i - 1
        if verdicts[j] is None and words(blocks[j].text) <= 90:
            verdicts[j] = Verdict("embed", "embed-text", "text of an embedded post")
        # the post's lines the scraper printed under its attribution, down to the post's link
        # (its picture's "pic.twitter.com/…" address): a few short lines, no paragraph. A link
        # with its own attribution under it is the next post's (text, link, attribution is the
        # common order): the lines before it are the story between two posts.
        link = next((k for k in range(i + 1, min(i + 6, len(blocks)))
                     if verdicts[k] is not None and verdicts[k].rule == "embed-link"), None)
        if link is not None and link + 1 < len(blocks) and verdicts[link + 1] is not None \
                and verdicts[link + 1].rule == "embed-attribution":
            link = None
        between = range(i + 1, link or i + 1)
        if all(verdicts[k] is None and words(blocks[k].text) <= 30 for k in between):
            for k in between:
                verdicts[k] = Verdict("embed", "embed-text", "text of an embedded post")


def mark_comments(blocks: Sequence[Block], verdicts: Verdicts, language: str) -> None:
    """Once reader comments start, the rest of the page is comments and page furniture.

    The section starts at the first block whose rule has ``starts_comments`` (a comment count, a
    "Leave a Reply" form, a "name says:" header), but only after the story has begun: WordPress
    themes also print "3 Comments" under the headline (a title ending on a full stop too: the
    first line never counts). In the section, blocks no rule recognised
    are reader comments, except runs of short labels (the category list themes print last)."""
    start = None
    seen_prose = False
    first = True  # the page's first line is its title even when it ends on a full stop
    for i, verdict in enumerate(verdicts):
        if verdict is None:
            seen_prose = seen_prose or (not first and (is_prose(blocks[i].text, language) or (
                words(blocks[i].text) >= 8 and ends_sentence(blocks[i].text))))
            first = False
        elif seen_prose and verdict.source is not None and verdict.source.starts_comments:
            if verdict.rule == "leave-a-reply" and not _form_confirmed(blocks, verdicts, i,
                                                                       language):
                continue  # a call to readers in the story's middle: the story goes on after it
            start = i
            break
    if start is None:
        return
    for i in range(start + 1, len(blocks)):
        verdict = verdicts[i]
        if verdict is not None and verdict.kind == "date-stamp":
            verdicts[i] = Verdict("comments", "in-comments", "reader comment date")
    rest = [i for i in range(start + 1, len(blocks)) if verdicts[i] is None]
    for run in label_runs(blocks, rest):
        kind, why = _run_kind(blocks, run, trailing=run[-1] == rest[-1])
        for i in run:
            verdicts[i] = Verdict(kind, "label-run", why)
    for i in rest:
        if verdicts[i] is None:
            verdicts[i] = Verdict("comments", "in-comments", "inside the reader-comments section")


def _form_confirmed(blocks: Sequence[Block], verdicts: Verdicts, at: int, language: str) -> bool:
    """Whether a request to leave a comment opens the comments: more of the section follows it
    (the form's notice or fields, a count, a commenter's header), or no paragraph of prose does.
    A call to readers printed between two paragraphs ("Were you there? Leave a comment!") is
    followed by the rest of the story, which is no reader's comment (the lead's risk of
    spfur13: the call took every paragraph after it)."""
    later = range(at + 1, len(blocks))
    if any(verdicts[j] is not None and (verdicts[j].kind in ("comments", "comment-form") or (
            verdicts[j].source is not None and verdicts[j].source.starts_comments))
           for j in later):
        return True
    return not any(verdicts[j] is None and (is_prose(blocks[j].text, language) or (
        words(blocks[j].text) >= 8 and ends_sentence(blocks[j].text))) for j in later)


def label_runs(blocks: Sequence[Block], indices: list[int]) -> list[list[int]]:
    """Runs of three or more label-like blocks among ``indices`` (menus, categories, link lists).

    Blocks already removed between them do not interrupt a run (``indices`` skips them), and a run
    is broken by any remaining block that is not a label.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i in indices:
        if is_label(blocks[i].text):
            current.append(i)
            continue
        if len(current) >= 3:
            runs.append(current)
        current = []
    if len(current) >= 3:
        runs.append(current)
    return runs


def _run_kind(blocks: Sequence[Block], run: list[int], trailing: bool) -> tuple[str, str]:
    """Categories when the run ends the page and has no site-navigation words, else a link list."""
    if trailing and not any(NAV_WORDS.match(blocks[i].text) for i in run):
        return "category-list", "run of short category labels at the end of the page"
    return "link-list", "run of short link labels (menu or link list)"


#: Furniture a rule already removed that still counts in a run of labels: a menu's links, and
#: the share buttons, counters and link headings a word list names ("Vizualizări: 52",
#: "Trimite pe WhatsApp"): naming one in a word list must not break the run around it.
_RUN_KINDS = frozenset({"link-list", "share-links", "counter", "related-links"})


def mark_runs(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None,
              language: str) -> None:
    """Runs of short labels among the blocks left (the headline aside) are menus or lists.

    Runs count the navigation links, share buttons, counters and link headings a rule already
    removed ("Home", "Menu", "Share"), so a menu of "Home" plus two section names is recognised;
    only the blocks no rule claimed are relabelled. A run
    between two paragraphs of prose is the story's own list (the names of the victims, "20
    morts / 2 disparus"): menus sit above the story or below it.
    """
    story = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    prose = [i for i in story if is_prose(blocks[i].text, language)]
    known = [i for i, v in enumerate(verdicts)
             if v is not None and v.kind in _RUN_KINDS and is_label(blocks[i].text)]
    last = story[-1] if story else -1
    for run in label_runs(blocks, sorted(set(story) | set(known))):
        if prose and prose[0] < run[0] and run[-1] < prose[-1]:
            continue
        before = [i for i in prose if i < run[0]]
        if before and before[-1] == max(i for i in story if i < run[0]) and announced_list(
                blocks[before[-1]].text, [blocks[i].text for i in run]):
            continue  # a sentence announces it ("… still hold in these districts:"): its list
        kind, why = _run_kind(blocks, run, trailing=last <= run[-1])
        for i in run:
            if verdicts[i] is None:
                verdicts[i] = Verdict(kind, "label-run", why)


def is_fragment(text: str, language: str) -> bool:
    """The cut-off end of a story ("With the help of", "La Cr", "He added: \"We"): it stops on a
    lower-case word, a function word, an open quote or in the middle of a word."""
    tokens = re.findall(r"[^\W_]+", text)
    if not tokens:
        return False
    last = tokens[-1]
    if text.strip() == last and len(last) == 1:
        return True  # "V": a paragraph cut after its first letter (no name is one letter)
    stops = stop_words(language) | stop_words("en")
    if (len(tokens) <= 3 and tokens[0].lower() in stops and tokens[0][:1].isupper()
            and (len(tokens[0]) <= 3 or not all(t[:1].isupper() for t in tokens))):
        return True  # "Il Presidente", "La Cr", "Around 7": a paragraph cut after its first
        # words (a longer first word only before one that is no capitalised name's: the lists
        # hold some first names)
    if text.rstrip()[-1:] in "\"“„«(-–—:,":
        return True
    if (len(last) == 1 and last.isupper() and last != "I" and len(tokens) >= 2
            and tokens[-2][:1].islower() and text.rstrip().endswith(last)
            and tokens[-2].casefold() not in LETTERED_NOUNS):
        return True  # "… Kalmo served B": cut after a name's first letter (a list of labels
        # has no lower-case word before a lone capital; English "I" and "plan B" are words)
    if len(tokens) == 1 and last[:1].isupper() and last.lower() in (
            section_nouns(language) | section_nouns("en")):
        return False  # "Monde" alone under the story: a section's name, not a cut paragraph
    if last.lower() in stops:  # a stop word ends no story: the text was cut after it
        return True  # (the lists hold some frequent nouns too: a title ending on one is kept)
    return cased(last) and last[:1].islower()


def mark_tail(blocks: Sequence[Block], verdicts: Verdicts, language: str,
              headline: int | None) -> None:
    """Short title-like lines after the last paragraph of prose are furniture; a fragment of
    the story cut off mid-sentence is not (see :func:`is_fragment`)."""
    if normalise(language) in UNSPACED:
        return
    story = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    prose = [i for i in story if is_prose(blocks[i].text, language)
             or (ends_sentence(blocks[i].text) and words(blocks[i].text) >= 6)]
    if not prose:
        return
    after = [i for i in story if i > prose[-1]]
    mark_cut_heading(blocks, verdicts, after)  # "Relate", "Lesen Sie au" (trial 27)
    if announced_list(blocks[prose[-1]].text, [blocks[i].text for i in after]):
        return  # "The dead were named as:" and their names: the story's list, no credits
    run = []
    for i in after:
        text = blocks[i].text
        if (words(text) > 14 or (ends_sentence(text) and not _signature(text))
                or is_fragment(text, language)
                or not title_like(text) or opens_quotation(text)):
            return  # something of the story's own after all: judge nothing
        share = stop_word_share(text, language)
        if share is not None and share >= 0.3 and words(text) > 3:
            return
        run.append(i)
    if run == [len(blocks) - 1] and cut_subject(blocks[run[0]].text, language):
        return  # a lone last line cut before its verb is the story's
    if len(run) == 1 and heads_an_embed([v and v.kind for v in verdicts[run[0] + 1:]]):
        return  # a lone title right over the page's embedded post is the story's heading of it
    for i, verdict in zip(run, tail_verdict(blocks, run, language), strict=True):
        verdicts[i] = verdict


def _signature(text: str) -> bool:
    """An outlet's or agency's short name closed by a full stop ("G1.", "Agência Brasil."):
    a name with a digit, in capitals, or of two capitalised words, no sentence (fdev4 fresh
    pages: the source under a copied story)."""
    tokens = text.strip().rstrip(".").split()
    return (text.strip().endswith(".") and 1 <= len(tokens) <= 2
            and all(t[:1].isupper() for t in tokens)
            and (len(tokens) == 2 or any(c.isdigit() for c in tokens[0])
                 or (len(tokens[0]) >= 2 and tokens[0].isupper())))


def normal_line(text: str) -> str:
    """A line as compared across articles: lower case, single spaces, no edge punctuation."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


# An author bio: a 2-4 word name, "is a/an/the ..." and a writer's role, or "writes about ...".
_ROLES = (r"analyst|journalist|correspondent|reporter|editor|writer|contributor|fellow|researcher|"
          r"columnist|author|commentator|blogger|freelancer|freelance|producer|scholar|professor|"
          r"lecturer|photojournalist|"  # and in the pages' other languages (round 25)
          r"periodista|redactora?|corresponsal|reportera?|journaliste|rédact(?:eur|rice)|"
          r"correspondante?|reporte(?:r|rin)|journalist(?:in)?|redakteur(?:in)?|autor(?:in)?|"
          r"korrespondent(?:in)?|giornalista|corrispondente|redatt(?:ore|rice)|jornalista|"
          r"repórter|correspondente|verslaggever|redacteur|columnista")
_NAME = r"(?:\p{Lu}[\pL\pM’'.-]*)(?:\s+(?:(?:al|el|de|del|da|di|du|van|von|bin|ibn|le|la)\s+)?" \
        r"\p{Lu}[\pL\pM’'.-]*){1,3}"
BIO = compile_re2(
    rf"^(?P<author>{_NAME})(?:\s*\([^)]{{1,40}}\))?(?:,\s*[^,]{{1,60}},)?\s+"
    rf"(?:(?i:is|was|has\s+been|serves\s+as|works\s+as|es|fue|est|ist|war|è|é|foi)\s+"
    rf"(?i:a|an|the|une?|el|la|eine?|uno?|um|uma)?\b[^.]{{0,100}}?"
    rf"\b(?i:{_ROLES})s?\b|(?i:writes|reports|blogs|covers)\s+(?i:about|on|for|from)\b)")
#: A bio is about the writer; a paragraph that quotes or reports someone is story.
_REPORTING = re.compile(r"[“”\"«»„]|" + REPORTED.pattern, re.I)


def find_bio(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None) -> None:
    """An author bio among the last two story paragraphs.

    A bio is short (one or two sentences) and reads "<Two To Four Names> is a/an/the ...
    analyst/journalist/editor/...". Story paragraphs about people ("X is the leader of Y") do not
    name a writer's role, and only the end of the story is searched.
    """
    story = [i for i, v in enumerate(verdicts) if v is None and i != headline]
    for i in story[-2:]:
        text = blocks[i].text
        if len(text) > 2000:
            continue
        m = BIO.search(text)
        if m and sentence_count(text) <= 2 and words(text) <= 60 and not _REPORTING.search(text):
            verdicts[i] = Verdict("author-bio", "author-bio", "author bio", bio=True,
                                  values={"author": group(m, "author") or ""})


def first_rule_verdicts(blocks: Sequence[Block], page: Page, known: Verdicts) -> Verdicts:
    """Pass 1: the rule table on every block not already judged (pieces cut off a line)."""
    return [known[i] if known[i] is not None else TABLE.matches(blocks, i, page)
            for i in range(len(blocks))]  # (matches folds the text once per block)


def mark_doubles(blocks: Sequence[Block], verdicts: Verdicts, headline: int | None) -> None:
    """The same short text twice in a row (and not a third time), not ending like a sentence,
    is a picture's text and its caption, or (when one of the two is the headline) the headline
    printed twice. A story sentence printed twice is left alone: it ends like a sentence."""
    lines = [normal_line(b.text) if words(b.text) <= 25 else "" for b in blocks]
    for i in range(len(blocks) - 1):
        if not lines[i] or lines[i] != lines[i + 1] or ends_sentence(blocks[i].text):
            continue
        third = (i > 0 and lines[i - 1] == lines[i]) or (
            i + 2 < len(lines) and lines[i + 2] == lines[i])
        if third:
            continue
        for j in (i, i + 1):
            if j == headline or verdicts[j] is not None or blocks[j].text.rstrip()[-1:] == ".":
                continue  # (the lede may say the title again, as a sentence)
            if headline in (i, i + 1):
                verdicts[j] = Verdict("repeated-headline", "headline-twice",
                                      "the headline printed a second time")
            else:
                verdicts[j] = Verdict("caption", "printed-twice",
                                      "the same text twice in a row (a picture's text and "
                                      "its caption)")
    _mark_caption_around_credit(blocks, verdicts, headline)


#: A picture's credit has at most this many words; the story's paragraphs at least this many.
MAX_CREDIT_WORDS, MIN_STORY_WORDS = 10, 25


def _mark_caption_around_credit(blocks: Sequence[Block], verdicts: Verdicts,
                                headline: int | None) -> None:
    """A picture's caption and its credit, one of them printed again after the other (caption,
    credit, caption; or credit, caption, credit: the picture's text and its caption, fur5 on two
    sites), above the story's first paragraph. One of the two is a credit's few words, the other
    shorter than a paragraph of the story; a story prints no line twice around another before it
    has begun."""
    text = [" ".join(b.text.split()).casefold() for b in blocks]
    long = [i for i, v in enumerate(verdicts) if v is None and i != headline
            and words(blocks[i].text) >= MIN_STORY_WORDS]
    for i in range(len(blocks) - 2):
        trio = (i, i + 1, i + 2)
        if not text[i] or text[i] != text[i + 2] or headline in trio \
                or min(words(blocks[i].text), words(blocks[i + 1].text)) > MAX_CREDIT_WORDS:
            continue
        if max(words(blocks[i].text), words(blocks[i + 1].text)) >= MIN_STORY_WORDS:
            continue  # a paragraph of the story's length between two short lines is the lede
            # (an agency's credit or a button printed around it: spfur17, splang2)
        if text[i + 1] in (text[i - 1] if i else "", text[i + 3] if i + 3 < len(text) else ""):
            continue  # a pair printed twice (a box), not a caption and its credit
        story = [k for k in long if k not in trio and text[k] != text[i]]
        if not story or story[0] < i:
            continue  # no story under it, or the story has begun above it
        for j in trio:
            if verdicts[j] is None:
                verdicts[j] = Verdict("caption", "caption-around-credit",
                                      "a picture's caption and its credit, one printed again "
                                      "around the other, above the story")

"""A wire picture's caption told by its opening formula: the caption points at the picture and
says who gave or took it ("In this photo provided by Jo Roe, cars sit …", "En esta imagen
tomada de un video …", "Sur cette photo fournie par …"). A story names a picture the other way
round ("Police released a photo of the truck"), so a block opening with the formula is the
caption, however long the agency made it (fcopy5: the same wire's picture on two sites, one
caption of 21 words, one of 64). Read after the credits' rules, before the bylines'.

A picture's caption also ends the way no paragraph of a story does when the page glued its
credit field to it: the agency's or photo library's name right after the last full stop with no
space ("… on the quay.Keystone"), or after a bracketed note that the picture only illustrates
("… on the quay. (Archive picture) AFP"). A story's wire credit after its last sentence is set
apart by a space, a dash or brackets of its own ("… he said. (AFP)"), and is the credit rules';
no paragraph of story on the corpus or the fresh pools ends in either shape (spent22: two sites).
Only while a paragraph of prose follows, for the glued shape: a story's last paragraph may end
with the wire's sign-off glued to its stop ("… the office said.AFP"), and a caption sits between
the story's paragraphs (review 29: the story's last paragraph had been taken for a caption).

A caption also closes on its photographer's credit after its last sentence: a name and the
agency across a slash, a tilde or "via", which a paragraph of the story never ends on between
two others (spfur14: three sites of three events; its copyright-sign cousin, "… © Name/Agency/AP",
is :mod:`generator.content.cleaning.pieces`'s credited caption), glued to the stop or set apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block, ends_sentence
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
    compile_re2,
    group,
    words,
)
from generator.content.cleaning.rules.patterns import AGENCY_WORDS, PICTURE, PICTURE_AGENCY
from generator.text.speech_verbs import any_speech_verb

#: The picture's noun after up to two words ("undated file"), and the participle of who gave,
#: took or made it, in the languages wire pictures are captioned in.
_PICTURE = (r"(?:[\pL-]+\s+){0,2}?(?:photo(?:graph)?|image|picture|frame\s+grab|foto"
            r"|fotografía|fotografia|imagen|imagem|immagine)\s+"
            r"(?:provided|released|taken|made|distributed|obtained|proporcionada|difundida"
            r"|tomada|facilitada|distribuida|fournie|diffusée|prise|transmise|fornita|diffusa"
            r"|scattata|divulgada|fornecida|tirada|cedida)")
#: After "in this" and its cousins the participle can be nothing else. After a bare "This" it
#: may be a finite verb with its object ("This image made headlines …": story), so there it is
#: the caption's only before its agent, its source, its time or a comma ("This photo released
#: by police", "taken from video", "taken on May 3", "taken Sunday"; the review of stop 28).
_POINTING = (r"^\s*(?:(?:in\s+this|en\s+esta|sur\s+cette|in\s+questa|nesta|nessa)\s+"
             + _PICTURE + r"\b|this\s+" + _PICTURE
             + r"(?:\s*,|\s+(?:by|from|on|in|at|via|with|during|through|last|earlier|yesterday"
             r"|today)\b|\s+(?-i:\p{Lu})|\s+\d))")

#: The credit field after the caption's last full stop: glued to it (a lower-case word, the stop,
#: the name), or after a picture's note in brackets ("(Image d'illustration)", "(Archivbild)").
_CREDIT_FIELD = (r"(?-i:\p{Ll}\p{Ll})[.!?][\"”»’]?(?P<glued>" + PICTURE_AGENCY + r")\s*$"
                 r"|[.!?][\"”»’]?\s*\(\s*(?:" + PICTURE + r")\s*\)\s*(?:" + PICTURE_AGENCY
                 + r")\s*$")


def _capitalised_field(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A glued name is the credit field's when written as a name ("Keystone", "AFP"): a word
    in lower case glued after a stop is a typing slip of the story's ("…the end.reuters"); and
    when a paragraph of prose follows: after the story's last one it is the wire's sign-off."""
    glued = group(m, "glued")
    return glued is None or (glued[:1].isupper() and any(
        words(b.text) >= MIN_PROSE_WORDS and ends_sentence(b.text) for b in blocks[i + 1:]))


#: A caption with no full stop, then a dash and the agency in capitals ("Ice coats the harbour
#: wall in Jorvik — REUTERS"): the picture's credit. A story's last sentence ends with its stop
#: before the wire's sign-off ("… he said. — REUTERS", the credit rules'). Trial 35: such
#: captions, and one printed twice with one letter changed, stayed in the story.
_DASH_CREDIT = r"[\pL\pN”\")]\s+[—–-]\s*(?-i:\p{Lu}[\p{Lu}\s./-]{1,20})\s*$"


def _agency_in_capitals(blocks: Sequence[Block], i: int, m, page: Page,
                        table: RuleTable) -> bool:
    """The name after the dash is an agency's or a photo library's, after words with no verb
    of saying: "…, said officials in Kelm - AFP" is a story's sentence that lost its stop
    (review 21), a caption shows and says nothing."""
    text = blocks[i].text
    tail = re.split(r"\s[—–-]\s?|\s?—", text)[-1]
    return _AGENCY_NAME.fullmatch(tail.strip()) is not None and not any_speech_verb(
        page.language).search(text[:len(text) - len(tail)])


_AGENCY_NAME = compile_re2(rf"(?i)(?:{PICTURE_AGENCY})(?:\s*/\s*(?:{PICTURE_AGENCY}))*")


#: The words of a sentence after a caption ("Die Ermittlungen laufen."): not a label nor a credit.
MIN_PROSE_WORDS = 3

#: After a caption's last sentence, the picture's credit: who took or gave it and the agency
#: that ran it, joined by a slash, a tilde, a bar or "via" ("… on the lake. Jo Roe ~ Associated
#: Press", "… from a video. INSTAGRAM @handle/via Agency", "… 2031. (Jo Roe via AGENCY).
#: AGENCY"), the agency’s bare name after it at most. Spent s38 (two sites) and the dev part
#: of an earlier pool (one more) left such captions in the story, each between paragraphs. The
#: credit may be glued to the stop with no space ("… on Sunday.Jo Roe / Agency": spfur17, two
#: sites; the tail's names-only check keeps "….Reporting by Jo Roe/Agency" the story's).
_PHOTOGRAPHER_TAIL = (r"(?:\p{Ll}\p{Ll}|\d)[.!?][\"”»’)]?\s*(?P<tail>\(?(?-i:\p{Lu}|@)"
                      r"[^.!?()]{1,60}?(?:\s*[~/|]\s*(?:via\s+)?|\s+via\s+)(?:the\s+)?"
                      rf"{PICTURE_AGENCY}\s*\)?)\.?(?:\s+{PICTURE_AGENCY})?\s*$")
#: The lower-case words a photographer's credit may hold: the joiner and the particles of names
#: (Arabic "al-"/"el-" before a hyphen too: "Omar al-Kelmi / Agency").
_CREDIT_PARTICLES = frozenset(("via", "the", "and", "de", "da", "di", "del", "von", "van", "der",
                               "la", "le", "y", "e", "al", "el"))
#: A photographer's credit is a few names, never a clause.
MAX_TAIL_WORDS = 10


def _credit_word(word: str) -> bool:
    """A word of a credit: capitalised, no letter, an agency's or a particle of a name (a
    hyphen parts "al-Sudani" into a particle and a capitalised name)."""
    return not word[:1].isalpha() or word[:1].isupper() or word.lower() in _CREDIT_PARTICLES \
        or word.lower() in AGENCY_WORDS


def _photographer_credit(blocks: Sequence[Block], i: int, m, page: Page,
                         table: RuleTable) -> bool:
    """The tail names people and agencies only (every word capitalised, a handle, an agency or
    a particle of a name: "Reporting by Jo Roe/Agency" closes a story, not a caption), and a
    paragraph of prose follows (ended, or cut by the copy's end): the caption stands between the
    story's paragraphs."""
    tail = group(m, "tail") or ""
    if words(tail) > MAX_TAIL_WORDS:
        return False
    for token in re.findall(r"[^\s,;:()\[\]/|~«»\"“”]+", tail):
        if not all(_credit_word(part) for part in token.split("-")):
            return False
    return any((words(b.text) >= MIN_PROSE_WORDS and ends_sentence(b.text))
               or words(b.text) >= MIN_CUT_PARAGRAPH_WORDS for b in blocks[i + 1:])


#: A paragraph the copy's end cut before its full stop still has this many words: what follows
#: the caption is the story's prose (a copy cut in the paragraph after a caption, spfur17), not
#: a label or a button.
MIN_CUT_PARAGRAPH_WORDS = 15


RULES: tuple[Rule, ...] = (
    Rule("pointing-caption", "caption", "a wire picture's caption (\"In this photo provided "
         "by …\")", ci(_POINTING), max_words=150),
    Rule("credit-field-tail", "caption", "a caption with its picture's credit glued after its "
         "last full stop (no space, or after a note in brackets)", ci(_CREDIT_FIELD),
         max_words=45, check=_capitalised_field),
    Rule("photographer-tail", "caption", "a caption closed by its picture's credit (a name "
         "and the agency, across a slash, a tilde or \"via\") after its last sentence",
         ci(_PHOTOGRAPHER_TAIL), max_words=90, check=_photographer_credit),
    Rule("dash-credit-caption", "caption", "a caption without a full stop, its agency's credit "
         "after a dash in capitals", ci(_DASH_CREDIT), max_words=45,
         check=_agency_in_capitals),
)

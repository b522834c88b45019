"""When a quotation of one word (or a shouted exclamation) is a speaker's word because its sentence
credits it, whatever the word looks like.

The convention settled at the forty-first stop (tests/corpus/README.md, "Quotes"): a quoted phrase
of any length is a quotation when the story says someone said, wrote, called or shouted it, and a
term in marks that nobody is said to have said is not. :func:`characterisation` tells the two
apart by the word's own shape (lower case, what follows it); two shapes it turned away credit the
word to a speaker plainly and are read here:

* the word stands in a clause reported after a speech verb ("X said that the toll is “huge” and
  …", "X escribió en Twitter que era «inaceptable» que …"): the speaker's characterisation,
  even when a word such as "and" or "que" follows it, which after a borrowed term marks a name
  ("a “mayday” before");
* the marks hold an exclamation right after a verb or a noun of shouting ("Protesters shouted
  “Murderer!” and “Thief!”", "the crowd started chanting “…!”"): a crowd's words, however
  capitalised, not a title or a name.

Apart from :mod:`generator.extract.quotes` because that module reads every quotation and is at
its size limit; the speaker of such a word is still found by the rules there.
"""

from __future__ import annotations

import re

from generator.extract.speakers.noun_phrases import subject_before
from generator.extract.speakers.other_speaker import THAT
from generator.extract.speakers.quoted_text import characterisation
from generator.extract.speakers.subjects import as_subject
from generator.text.lexicon import SPEECH_VERBS
from generator.text.speech_verbs import speech_verbs
from generator.text.speech_words import QUOTE_CHARS

_NQ = re.escape(QUOTE_CHARS)

#: Verbs and nouns of shouting, per language, that a crowd's quoted words follow: "shouted",
#: "chanting", "shouts of", "ont crié", "gritaban", "riefen", "skandowali" (s39: protesters'
#: shouts; spfur15: a crowd chanting). A verb may take its object first ("shouted at him").
SHOUTING = {
    "en": r"shout(?:s|ed|ing)?|chant(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?"
          r"|cr(?:y|ies|ied|ying)|cries\s+of|shouts\s+of|chants\s+of",
    "fr": r"cri(?:é|ée|és|ent|ait|aient|ant|er)|scand(?:é|ée|ent|ait|aient|ant|er)"
          r"|hurl(?:é|ent|ait|aient|ant|er)|aux\s+cris\s+de",
    "es": r"grit(?:ó|aron|aba|aban|an|a|ando|ar)|core(?:ó|aron|aba|aban|an|a|ando|ar)"
          r"|al\s+grito\s+de|a\s+gritos\s+de",
    "it": r"grid(?:ato|avano|ava|ano|a|ando|are)|urla(?:to|vano|va|no|ndo|re)?"
          r"|scand(?:ito|ivano|iva|iscono|endo|ire)|al\s+grido\s+di",
    "pt": r"grit(?:ou|aram|ava|avam|am|a|ando|ar)|gritos\s+de",
    "ca": r"crid(?:at|aven|ava|en|a|ant|ar)",
    "de": r"rief(?:en)?|ruf(?:t|en|end)|gerufen|skandier(?:t|te|ten|en|end)|schrie(?:n)?"
          r"|geschrien|brüll(?:t|te|ten|en)|unter\s+Rufen(?:\s+wie)?",
    "nl": r"riep(?:en)?|roep(?:t|en)|scandeer(?:de|den|t)|schreeuw(?:de|den|t|en)",
    "pl": r"krzycz(?:ał|ała|eli|ały|ą|y)|skandow(?:ał|ała|ali|ały)|woła(?:ł|ła|li|ły)",
    "ro": r"strig(?:at|au|ă|ând)|scand(?:at|au|ând)",
    "tr": r"bağır(?:dı|dılar|arak)|slogan(?:ı|lar)?\s+attı",
}

#: Quotations already read in the same breath, each followed by "and", "or" or a comma ("shouted
#: “Murderer!” and “Thief!”"): the verb before them is the later one's verb too.
_CHAIN = re.compile(rf"(?:[{_NQ}][^{_NQ}]{{1,40}}[{_NQ}]\s*(?:,|\b(?:and|or|et|ou|y|o|e|und"
                    rf"|oder|en|of|i|lub|şi|ve|veya)\b)?\s*)+$")


def shouter(before: str, body: str, lang: str) -> str | None:
    """Who shouts ``body``, the words inside the marks, when they are an exclamation shouted by
    whoever the words before its opening mark (``before``) name: it ends in "!" (or opens with
    Spanish "¡") and a verb or a noun of shouting of :data:`SHOUTING` stands right before it,
    with at most two words between ("shouted at him", "started chanting"). The subject before
    that verb ("Protesters", "Les manifestants"), "" when none is read; None when the marks hold
    no shouted exclamation (a title such as “Help!” has no such verb before it)."""
    table = SHOUTING.get(lang)
    if table is None or not (body.rstrip().endswith("!") or body.lstrip().startswith("¡")):
        return None
    before = _CHAIN.sub("", before)
    verb = re.search(rf"(?<!\w)(?:{table})(?:\s+[^\W\d_][\w'’-]*){{0,2}}\s*:?\s*$", before,
                     re.I)
    if verb is None:
        return None
    lead = re.split(r"[.!?]\s", before[:verb.start()])[-1]
    lead = _ASPECT.sub("", lead)  # "the crowd started chanting": the crowd
    return as_subject(subject_before(lead), lang) if re.search(r"\w", lead) else ""


#: A verb of starting or going on before the verb of shouting, which is no subject of it.
_ASPECT = re.compile(r"\s+(?:started|starts|began|begins|kept|continued|commencèrent|"
                     r"(?:ont|a)\s+commencé\s+à|empezaron\s+a|comenzaron\s+a|fingen\s+an|"
                     r"begannen)\s*(?:to\s*)?$", re.I)


def _verbs(lang: str) -> str:
    return SPEECH_VERBS if lang == "en" else speech_verbs(lang)


def reported(sentence_before: str, lang: str) -> bool:
    """Whether the quotation's sentence, up to its opening mark (``sentence_before``), reports a
    speaker's words: a speech verb, then the word opening a reported clause (:data:`THAT`:
    "said that", "escribió en Twitter que", "a déclaré qu'", "sagte, dass") and that clause
    running on to the marks, with no other quotation and no stop between."""
    return re.search(rf"(?<![\w-])(?:{_verbs(lang)})(?!\w)[^.;:!?{_NQ}]{{0,60}}?{THAT}"
                     rf"[^.;:!?{_NQ}]*$", sentence_before, re.I) is not None


def spoken_word(text: str, close_at: int, body: str, before: str, sentence_before: str,
                lang: str) -> bool:
    """May a one-word quotation be a speaker's word? By its shape (:func:`characterisation`),
    or because its sentence credits it: a shouted exclamation (:func:`shouter`), or a lower-case
    word ending or qualifying a clause a speech verb reports (:func:`reported`), whatever word
    follows it. ``before`` is the paragraph up to the opening mark, ``sentence_before`` its
    sentence up to the same mark."""
    if characterisation(text, close_at, body, before, lang) or shouter(before, body, lang) \
            is not None:
        return True
    return body[:1].islower() and reported(sentence_before, lang) and characterisation(
        text, close_at, body, before, lang, follower_free=True)

"""A picture's text printed twice in a row as whole sentences: its alternative text and its
caption ("Firefighters water the rubble on Sunday after the blast." twice, then the next
picture's twice: trial 48).

:func:`generator.content.cleaning.passes.mark_doubles` takes a short text printed twice that
does not end like a sentence; a text that does may be a story paragraph a scraper printed twice,
and was left alone. On the corpus, the spent sealed sets and the helpers' pools, a text of five
words or more printed twice in a row, other than the headline, was a caption in 11 of 13 cases;
the two story paragraphs among them were told as news: a dateline ("SOMA, Turkey — …") and a
past tense ("Se supo que … fueron …"). A caption is written in the present or without a verb
and reports no one. So both copies go as a caption when the text is told as one: no past of
"be" or "have" (:data:`generator.text.copulas.PAST_TELLING`), no perfect of the page's language
("ont été blessées", "han rescatado"), no English verb in "-ed" after its subject, no verb of
saying of the page's language or English's, no dateline, no quotation marks, no simple past
of the page's language (:data:`_SIMPLE_PAST`); a page in a language whose past is not read
there keeps its doubles (rev42: a story told in "fell", "murieron", "crollò", "starben" or a
Polish past had gone as a caption).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.passes import normal_line
from generator.content.cleaning.rules.base import Verdict, Verdicts, words
from generator.text.copulas import tells_the_past
from generator.text.datelines import read_dateline
from generator.text.speech_verbs import any_speech_verb

#: A caption printed twice is at least this many words (shorter twins are :func:`mark_doubles`'
#: labels) and at most this many (a longer block is a paragraph).
MIN_WORDS, MAX_WORDS = 5, 40

_QUOTES = "\"“”«»„‘’"
_WORD = re.compile(r"[^\W\d_]+")


#: The news's past written with a present auxiliary and a participle: "ont été blessées", "a
#: évacué", "han rescatado", "sono stati", "ha detto", "foram resgatados", "hat … gerettet"
#: (a caption says "arrosent", "riegan", "water"). By the page's language: Spanish "a" is "to".
_PERFECT = {
    "fr": re.compile(r"(?i)\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?"
                     r"\w+(?:é|ée|és|ées|i|is|it|u|us)\b"),
    "es": re.compile(r"(?i)\b(?:ha|han|había|habían)\s+"
                     r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"),
    "it": re.compile(r"(?i)\b(?:ha|hanno|è|sono)\s+"
                     r"\w+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)\b"),
    "pt": re.compile(r"(?i)\b(?:tem|têm|tinha|tinham)\s+"
                     r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"),
    "de": re.compile(r"(?i)\b(?:hat|haben|ist|sind)\b.*\bge\w+(?:t|en)\b"),
}
#: An English verb in the past after its subject ("Crews from three towns joined the search"):
#: a word in "-ed" not at the text's opening and not after an article or an auxiliary, which
#: make it a participle or an adjective ("An injured man is carried", "is pictured").
_EN_PAST = re.compile(r"(?i)(?<!^)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bis\s)(?<!\bare\s)"
                      r"(?<!\bbe\s)(?<!\bbeing\s)\b[a-z]{3,}ed\b")


#: The simple past the news is told in, by the page's language (rev42: "The bridge fell …",
#: "se derrumbó", "murieron", "crollò", "morreram", "desabou", "starben", "sont mortes",
#: "s'est effondré", "sono morte", "kwamen om" had read as a caption's present): the English
#: pasts that are no participle, the Spanish, Italian and Portuguese endings of the preterite,
#: French and Italian perfects with "be" of what befalls people and places, the German and
#: Dutch strong pasts of the news. A caption says "arrosent", "riegan", "trabalham", "water".
_SIMPLE_PAST = {
    "en": re.compile(r"(?i)\b(?:fell|broke|took|began|came|went|tore|threw|sank|drove|"
                     r"blew|gave|flew|shook|grew|knew|wrote|spoke|chose|froze|rang|became|"
                     r"overcame|withdrew|drew|arose|ate|swam|sought|forgot)\b"),
    "es": re.compile(r"(?i)\b\w{2,}(?:aron|ieron|yeron)\b|\b\w{2,}[^\W\d_]ó\b"),
    "it": re.compile(r"(?i)\b\w{2,}(?:arono|erono|irono|ssero)\b|\b(?!(?:per|perci|pu)ò\b)"
                     r"\w{2,}ò\b|\b(?:è|sono)\s+(?:mort|rimast|mess|scompars|esplos|avvenut|"
                     r"success|decedut)[oaie]\b"),
    "pt": re.compile(r"(?i)\b\w{2,}(?:aram|eram|iram)\b|\b\w{2,}(?:ou|iu)\b|"
                     r"\b(?!(?:muse|europe|jude|plebe)u\b)\w{3,}eu\b"),
    "fr": re.compile(r"(?i)\b(?:est|sont|était|étaient)\s+(?:mort|décédé|survenu|tombé|arrivé|"
                     r"parti|venu|resté|né)(?:e|s|es)?\b|\b(?:s['’]est|se\s+sont)\s+\w+"
                     r"(?:é|ée|és|ées|i|is|ie|ies|it|ite|u|ue|us|ues)\b"),
    "de": re.compile(r"(?i)\b(?:starb|starben|kam|kamen|ging|gingen|fand|fanden|brach|brachen|"
                     r"fiel|fielen|traf|trafen|erlitt|floh|flohen|verlor|ereignete|explodierte|"
                     r"stürzte|brannte|rettete|retteten|meldete|meldeten)\b"),
    "nl": re.compile(r"(?i)\b(?:kwam|kwamen|stierf|stierven|viel|vielen|raakte|raakten|brak|"
                     r"vond|vonden|ontstond|stortte)\b|\b(?:is|zijn|heeft|hebben)\b.*"
                     r"\bge\w+(?:d|t|en)\b"),
}


def told_as_caption(text: str, language: str) -> bool:
    """Whether ``text`` is written as a picture's text, not told as news (module docstring).
    A language whose past is not read here (:data:`_SIMPLE_PAST`) leaves its doubles alone:
    a story paragraph told in a past the rule cannot see must not go as a caption (rev42)."""
    lang = language[:2].lower()
    if lang not in _SIMPLE_PAST:
        return False
    if any(c in _QUOTES for c in text) or read_dateline(text) is not None:
        return False
    if tells_the_past(_WORD.findall(text), language):
        return False
    perfect = _PERFECT.get(lang)
    if (perfect is not None and perfect.search(text)) or _SIMPLE_PAST[lang].search(text) or (
            lang == "en" and _EN_PAST.search(text.strip())):
        return False
    return not any_speech_verb(language).search(text)


def mark_printed_twice(blocks: Sequence[Block], verdicts: Verdicts, head: int | None,
                       language: str) -> None:
    """Both copies of a text printed twice in a row (and not a third time), written as a
    caption, go as a caption (module docstring)."""
    free = [i for i, v in enumerate(verdicts) if v is None and i != head]
    for k in range(len(free) - 1):
        i, j = free[k], free[k + 1]
        if any(verdicts[m] is None for m in range(i + 1, j)):
            continue
        a = normal_line(blocks[i].text)
        if a != normal_line(blocks[j].text) or not MIN_WORDS <= words(blocks[i].text) <= MAX_WORDS:
            continue
        third = (k > 0 and normal_line(blocks[free[k - 1]].text) == a) or (
            k + 2 < len(free) and normal_line(blocks[free[k + 2]].text) == a)
        if third or not told_as_caption(blocks[i].text, language):
            continue
        for m in (i, j):
            verdicts[m] = Verdict("caption", "caption-printed-twice",
                                  "a picture's text printed twice in a row (its alternative "
                                  "text and its caption), written as a caption")

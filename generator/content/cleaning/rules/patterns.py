"""Pattern pieces (RE2 syntax) that several kinds of rule and the passes build on: names, dates,
times, "3 hours ago", agencies, date lines, and the inline fields of a page's metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.text import furniture_words as F
from generator.text import lexicon
from generator.text.agencies import WITH_AGENCY
from generator.text.languages import calendar_words
from generator.text.names import PARTICLE

# --------------------------------------------------------------------------------------------
# Pattern pieces (RE2 syntax)
# --------------------------------------------------------------------------------------------

def alternation(phrases: Sequence[str]) -> str:
    """Phrases as one RE2 alternation, longest first; a space matches any run of spaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", " ").replace(" ", r"\s+")
                            for p in ordered) + ")"


#: Punctuation, symbols and spaces around a label ("» Share «", "— Advertisement —").
EDGE = r"[\s\p{P}\p{S}]*"
#: Characters of a word in any script (letters, combining marks, digits).
LETTERS = r"\pL\pM"
WORD = rf"[{LETTERS}\pN]"
#: One capitalised word of a name, in any cased script ("Jane", "Öztürk", "O'Neil", "J.").
NAME_WORD = rf"\p{{Lu}}[{LETTERS}’'.-]*"
#: A person's name of two to four words; of one to four (a byline may give only a surname).
NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,3}}"
NAME_OR_SURNAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{0,3}}"

_MONTHS, _WEEKDAYS = calendar_words()
MONTH = alternation(_MONTHS) + r"\.?"
WEEKDAY = alternation(_WEEKDAYS) + r"\.?"
DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
#: Arabic pages close a year with its era ("2024 م", "1445 هـ"), as English ones may with "AD".
YEAR = r"(?:\d{4}|'\d{2})(?:\s?(?:م|هـ)(?:\s|$))?"
#: A calendar date as pages print it, in the languages of the calendar table: "Aug. 30, 2017",
#: "30 août 2017", "4. August 2020", "4 de agosto de 2020", "2023-11-04", "04.08.20",
#: "2023년 11월 4일", "2020年8月4日", "Fri Dec 1 2023"; a right-to-left page may set the weekday's
#: comma apart from it ("الأربعاء ,12 مارس").
DATE = (rf"(?:(?:{WEEKDAY})(?:\s*,\s*|\s+))?"
        rf"(?:{MONTH}\s+{DAY},?\s+{YEAR}"
        rf"|{DAY}\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?{YEAR}"
        rf"|{MONTH}\s+{YEAR}"
        r"|\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
        r"|\d{4}\s*[년年]\s*\d{1,2}\s*[월月]\s*\d{1,2}\s*[일日]?"
        r"|\d{4}/\d{1,2}/\d{1,2})")
TIME = (r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
        r"(?:\s*\(?(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|IST|NPT|KST|[A-Z]{2,4})(?:[+-]\d{1,2})?\)?)?"
        r"|\d{1,2}\s*[ap]\.?\s?m\.?)")
_AGO_PARTS = []
for _before, _units, _after in F.AGO.values():
    _AGO_PARTS.append((rf"{alternation([_before])}\s*" if _before else "")
                      + rf"(?:\d+|an?|one|une?|ein(?:e|er)?)\s*{alternation(_units)}"
                      + (rf"\s*{alternation([_after])}" if _after else ""))
#: "3 hours ago", "vor 7 Stunden", "il y a 2 jours", "हप्ता अघि"...
AGO = "(?:" + "|".join(_AGO_PARTS) + ")"
#: "Published", "Veröffentlicht am", "입력"...
DATE_LABEL = alternation([p for ps in F.DATE_LABEL.values() for p in ps])
AGENCY = alternation(F.AGENCIES)
#: "Read more" in the press's languages: a button on a line of its own (``notices``) or glued
#: after a teaser's last sentence (:mod:`generator.content.cleaning.read_more`).
READ_MORE = alternation([p for ps in F.READ_MORE.values() for p in ps])
AGENCY_WORDS = frozenset(w for a in F.AGENCIES for w in a.split())
#: The word before an agency credited for part of a story, in every language ("with", "mit",
#: "avec": "(mit dpa)"), for the notes after the last sentence and the captions closed by a
#: credit in brackets alike (:data:`generator.text.agencies.WITH_AGENCY`).
WITH_AGENCY_WORD = alternation([w for ws in WITH_AGENCY.values() for w in ws])
#: Photo libraries that sell pictures, no text: their name closing a paragraph is a picture's
#: credit whatever stands before it ("… were injured. KEYSTONE"), as a wire's is not ("…. AFP").
PICTURE_LIBRARY = (r"(?:getty(?:\s+images)?|shutterstock|imago(?:\s+images)?"
                   r"|picture(?:\s+|-)alliance|keystone|alamy|sipa|abaca|maxppp|hans\s+lucas"
                   r"|ansa\s+foto|lapresse)")
#: Picture agencies and photo libraries credited under a picture.
PICTURE_AGENCY = rf"(?:{AGENCY}|epa(?:-efe)?|{PICTURE_LIBRARY})"
#: Words that make an all-capital token at the start of a story an outlet's name rather than a
#: dateline's city ("XALIMANEWS-" but "BEIRUT —"), and a name of capitalised words an outlet's.
OUTLET_WORDS = lexicon.OUTLET_WORDS
#: The one word before a writer's name in each language ("by", "par", "von", "di", "por"...).
BY_WORD = alternation([p for ps in F.BY.values() for p in ps if " " not in p])
AND = alternation(lexicon.AND_WORDS)
#: A date line: a label, a date or a relative time, a time, and a short trailer ("| By X").
#: The second line of a two-line stamp opens with "and" ("and last updated 2019-11-01 …"); a
#: time may come before the date ("Posted at 4:02 PM, Nov 01, 2019"), and a live ticker's time
#: may carry its "Uhr" and an arrow or a colon ("Update 21.40 Uhr:", "21:15 Uhr >"); the update's
#: stamp may follow the first one, after a comma or with no separator ("Published 3 May Updated
#: 4 May"), but then with its own date or time (or alone): a ticker's time before a label and a
#: sentence ("12:40 Update: the bridge has reopened", "10.45 Uhr stand das Wasser …", "4 March,
#: updated guidance tells …") is an entry of the story.
#: The stamp may open with one word and a spaced dash, a section's or agency's name
#: ("Operations - On 25 October 2019", "AFP - …"), and the date with its article or the
#: writer's word ("On 25 October 2019", "(Of Monday 5 February 2024)" on an Italian page):
#: the date still closes the line, so a sentence ("Tuesday - 4 March, the bridge …") stays.
#: (the word before a time, too: "Aktualisiert um 07:40 Uhr", "Aggiornato alle 07:40",
#: "Actualizado a las 07:40", "Atualizado às 07h40", as English "Updated at 7:40")
ON = r"(?:on|at|le|am|el|il|em|op|dne|w|à|um|a\s+las|a\s+la|alle|ore|às)"
STAMP_SECTION = r"\p{L}{2,20}\s+[–—-]\s+"
DATE_LINE = (rf"^{EDGE}(?:{STAMP_SECTION})?(?:(?:{AND}\s+)?{DATE_LABEL}\s*{ON}?"
             rf"\s*[:·|•–—-]?\s*)?(?:(?:{ON}|{BY_WORD})\s+)?"
             rf"(?P<when>{DATE}(?:,?\s*(?:at|à|um|a\s+las|alle|ore|às|o)?\s*{TIME})?"
             rf"(?:\s*[|,•·–—-]?\s*{TIME})?|{TIME}(?:\s*uhr)?(?:,?\s*{DATE})?|{AGO})"
             rf"(?:\s*(?:[|•·–—-]|\b{BY_WORD}\b|(?:,\s*|\s+){DATE_LABEL}\s*{ON}?\s*[:·|•–—-]?\s*"
             rf"(?:{DATE}|{TIME}|{AGO})).{{0,40}}|,\s*{DATE_LABEL})?[\s:>»›)\]]*$")
#: The update's date in a date line ("Published: Dec. 11 | Updated: Dec. 14, 2021 at 12:17
#: AM"): the cleaner keeps it apart from the publication's (``updated`` on the page).
UPDATE_LABEL = alternation([p for ps in F.UPDATE_LABEL.values() for p in ps])
UPDATED = (rf"(?:^|[\s|•·,;–—-]){UPDATE_LABEL}\s*{ON}?\s*[:·|•–—-]?\s*"
           rf"(?P<updated>{DATE}(?:,?\s*(?:at|à|um|a\s+las|alle|ore|às|o)?\s*{TIME})?)")
#: The publication's date in a line that opens on the update's ("Updated: Dec. 14 | Published:
#: Dec. 11"): a date after a date label that is no update label.
PUBLISH_LABEL = alternation([p for lang, ps in F.DATE_LABEL.items() for p in ps
                             if p not in F.UPDATE_LABEL[lang]])
PUBLISHED = (rf"(?:^|[\s|•·,;–—-]){PUBLISH_LABEL}\s*{ON}?\s*[:·|•–—-]?\s*"
             rf"(?P<published>{DATE}(?:,?\s*(?:at|à|um|a\s+las|alle|ore|às|o)?\s*{TIME})?)")
#: A date stamp or byline whose values the scraper lost: only its labels, the little words after
#: them and the separators are left ("Posted Updated", "Par , publié le | modifié le",
#: "[Actualisé] -", "di"). A story line always says something besides its labels.
STAMP_WORD = (rf"(?:{DATE_LABEL}|{alternation([p for ps in F.BY.values() for p in ps])})"
               r"(?:\s+(?:on|at|le|am|um|el|il|em|op|à|a))?")
EMPTY_STAMP = rf"^{EDGE}{STAMP_WORD}(?:[\s\p{{P}}\p{{S}}]+{STAMP_WORD})*{EDGE}$"




SOURCE = alternation([p for ps in F.SOURCE_LABEL.values() for p in ps])

PICTURE = alternation([p for ps in F.PICTURE_LABEL.values() for p in ps])

COUNTER = alternation([p for ps in F.COUNTER_WORDS.values() for p in ps])

#: One field of a page's metadata printed inline, in a run of them ("vor 7 Stunden",
#: "Quelle: DPA", "Länge: 00:53s", "Veröffentlicht:", "< > Embed"); see cleaning/pieces.py.
SEP = r"[\s|•·–—-]*"

INLINE_FIELD = (
    rf"{SEP}(?:(?P<ago>(?i:{AGO}))"
    rf"|(?P<source>(?i:{SOURCE})\s*[:：]\s*[\pL\pN][\pL\pN.&-]*(?:\s\p{{Lu}}[\pL\pN.&-]*)?)"
    rf"|(?P<counter>(?i:{COUNTER})\s*[:：]\s*[\d:.,]+\s*(?i:s|sec|min|h)?)"
    rf"|(?P<published>(?i:{DATE_LABEL})\s*[:：](?:\s*(?i:{DATE})(?:,?\s*(?i:{TIME}))?)?)"
    rf"|(?P<share><\s*>\s*(?i:embed)|(?i:embed|share|teilen|partager|compartir)\b))")

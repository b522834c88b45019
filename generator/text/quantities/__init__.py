"""The one reader of numbers in article text: each number with its span, value, unit and kind.

``briefing check`` (is the value of a report one the quote states?), ``briefing extract``
(candidate figures) and the analysis all read numbers through :func:`read`, so a phrasing is
read the same way everywhere. The reader returns every number it sees, including those that are
not quantities (times, dates, years, ordinals, ids), so that a caller never mistakes "11:46" for
11 and 46, or "12th-century" for 12 of something.

What it reads (tables in :mod:`generator.text.number_words`, one per language):

* digits with separators, also glued to words ("rescuers,1,881", "370km"); a comma or a dot
  before exactly three digits groups thousands, any other is a decimal mark ("6,6", "2,4
  Millionen", "$9,6bn"); a space, no-break space or apostrophe before three digits groups
  thousands ("30 000"); digits of other scripts (Arabic-Indic, Devanagari, full-width …) are read
  by their Unicode value;
* scale words after digits ("1.2 million", "3 mil", "9,6 miliardy", "5bn", "१ सय ५७");
* number words, through ``text2num`` for the languages it knows and the tables for the others;
* vague amounts ("dozens", "des milliers", "Tausende", "tens of thousands") with the least value
  the words allow;
* ranges ("between 5 and 10", "410 to 589", "$3-5bn", "18,000-20,000"), as one reading with both
  ends; two numbers joined by a dash are a range only when the second is larger;
* qualifiers before a number ("more than", "rund", "plus de", "أكثر من");
* units after or before it ("5.6-magnitude", "M6.4", "magnitude-6.1", "6 miles", "$6.8 million",
  "20%");
* what is not a quantity: times ("11:46", "4:30 p.m.", "18h50", "o 18.50"), dates ("30 August",
  "2019-04-15"), years ("in 2014"), ordinals ("12th", "1er", "2º"), ids ("COVID-19", "A380",
  list numbering).

Linear time by construction: every pattern is a run of one character class or a fixed-width
look at a bounded window, and every position of the text is visited a bounded number of times.

The reader is split by what it reads: :mod:`.languages` compiles the tables of a language,
:mod:`.digits` splits runs of digits into numbers, :mod:`.scanner` holds what every pass looks
at (the text, what is taken, the context of a number), and the passes read clock times and
dates (:mod:`.calendar`), digits (:mod:`.numerals`) and words (:mod:`.words`), in that order, so
that "11:46" is a time before its digits can be read as numbers.
"""

from __future__ import annotations

from generator.text.quantities.model import (
    DATE,
    ID,
    ORDINAL,
    QUANTITY,
    TIME,
    VAGUE,
    YEAR,
    Quantity,
)
from generator.text.quantities.reader import quantities, read

__all__ = ["DATE", "ID", "ORDINAL", "QUANTITY", "TIME", "VAGUE", "YEAR", "Quantity",
           "quantities", "read"]

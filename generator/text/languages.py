"""Which language an article is in, and what the rules know of each language.

**Detection** uses py3langid, a naive Bayes model of byte n-grams for 97 languages that ships
inside its package (4.5 MB; nothing is downloaded at run time). It was measured against
lingua-language-detector on the labelled languages of the real-page corpus (FIDELITY.md):
both name every page's language, py3langid also every story paragraph of three words or more
(lingua 99.1 %), it covers Nepali (lingua does not), loads in 0.2 s and holds 130 MB where
lingua in its accurate mode holds 1 GB and takes 15 times as long.

**Stop words** are jusText's lists (the ``justext`` package, 100 languages): the share of them
among a block's words separates running prose from labels, names and link text in any language
(the measure jusText itself uses to find the main text of a page).

**Dates** are read by dateparser in the article's language (:func:`date_languages`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Below this many letters a guess is not worth making (a headline, a caption).
MIN_LETTERS = 20
#: py3langid's normalised probability under which the guess is not trusted.
MIN_PROBABILITY = 0.6
#: Only the head of a long text is read: 1,500 characters name the language as well as the whole
#: (every story paragraph of the corpus is named right on its own), and a long article costs no
#: more than a short one. (Articles are detected on their longest paragraphs, 800 characters.)
MAX_CHARS = 1_500

#: ISO 639-1 code -> the name of jusText's stop list.
JUSTEXT = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "an": "Aragonese", "hy": "Armenian",
    "ast": "Asturian", "az": "Azerbaijani", "eu": "Basque", "be": "Belarusian", "bn": "Bengali",
    "bs": "Bosnian", "br": "Breton", "bg": "Bulgarian", "ca": "Catalan", "ceb": "Cebuano",
    "cv": "Chuvash", "hr": "Croatian", "cs": "Czech", "da": "Danish", "nl": "Dutch",
    "en": "English", "eo": "Esperanto", "et": "Estonian", "fi": "Finnish", "fr": "French",
    "gl": "Galician", "ka": "Georgian", "de": "German", "el": "Greek", "gu": "Gujarati",
    "ht": "Haitian", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "is": "Icelandic",
    "io": "Ido", "ig": "Igbo", "id": "Indonesian", "ga": "Irish", "it": "Italian",
    "jv": "Javanese", "kn": "Kannada", "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish",
    "ky": "Kyrgyz", "la": "Latin", "lv": "Latvian", "lt": "Lithuanian", "lb": "Luxembourgish",
    "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam", "mt": "Maltese", "mr": "Marathi",
    "ne": "Nepali", "nb": "Norwegian_Bokmal", "no": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk", "oc": "Occitan", "fa": "Persian", "pl": "Polish",
    "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sr": "Serbian",
    "sh": "Serbo_Croatian", "sk": "Slovak", "sl": "Slovenian", "es": "Spanish",
    "su": "Sundanese", "sw": "Swahili", "sv": "Swedish", "tl": "Tagalog", "ta": "Tamil",
    "te": "Telugu", "tr": "Turkish", "tk": "Turkmen", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "cy": "Welsh",
    "fy": "West_Frisian", "yo": "Yoruba",
}

#: Languages py3langid confuses with each other on a short passage (one written standard
#: against its neighbour's): a paragraph detected as one of its page language's kin is no proof
#: that it is in another language.
KINDRED = (
    frozenset({"es", "ca", "gl", "pt", "ast", "an", "oc"}),
    frozenset({"no", "nb", "nn", "da", "sv"}),
    frozenset({"hr", "sr", "bs", "sh", "sl", "mk"}), frozenset({"cs", "sk"}),
    frozenset({"id", "ms", "jv", "su"}), frozenset({"ru", "uk", "be", "bg"}),
    frozenset({"hi", "mr", "ne"}), frozenset({"ar", "fa", "ur", "ps"}),
    frozenset({"nl", "af", "fy"}),
    frozenset({"de", "lb"}), frozenset({"fr", "wa"}), frozenset({"it", "la"}),
)


def kindred(one: str | None, other: str | None) -> bool:
    """The same language, or two a short passage does not tell apart (:data:`KINDRED`)."""
    a, b = normalise(one), normalise(other)
    return a == b or any(a in group and b in group for group in KINDRED)


#: Scripts written without spaces between words: word counts and stop-word shares mean little.
UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my"})

#: Languages that capitalise every noun: a capital after an article there opens no name
#: ("Der Sturm"), so a reader of names or sentences cannot tell one from the other by it.
NOUNS_CAPITALISED = frozenset({"de", "lb"})

#: Languages written right to left: their text is laid out from the right, or its closing
#: full stop and brackets land on the wrong side of the line.
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "ug", "dv", "sd", "ckb"})

_LETTER = re.compile(r"[^\W\d_]")


def direction(code: str | None) -> str:
    """The direction an article's text is written in: "rtl" or "ltr" (HTML's ``dir``)."""
    return "rtl" if normalise(code) in RIGHT_TO_LEFT else "ltr"


def normalise(code: str | None) -> str:
    """``"en-GB"``, ``"EN"``, ``" pt_BR "`` -> ``"en"``, ``"en"``, ``"pt"``; empty for nothing."""
    return re.split(r"[-_]", (code or "").strip().lower(), maxsplit=1)[0]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The language of ``text`` (ISO 639-1), or None when it is too short or the model unsure."""
    head = text[:MAX_CHARS]
    if sum(1 for _ in zip(range(MIN_LETTERS), _LETTER.finditer(head), strict=False)) \
            < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(head)
    return code if probability >= MIN_PROBABILITY else None


@lru_cache(maxsize=128)
def stop_words(code: str) -> frozenset[str]:
    """jusText's stop words of a language (lower case); empty for a language it has no list for.

    Falls back to nothing rather than to English: English function words in a Nepali page would
    make every block look like a label.
    """
    import justext

    name = JUSTEXT.get(normalise(code))
    if name is None:
        return frozenset()
    return frozenset(w.lower() for w in justext.get_stoplist(name))


_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case (letters, with inner apostrophes and hyphens)."""
    return [m.group(0).lower() for m in _WORD.finditer(text)]


def stop_word_share(text: str, code: str) -> float | None:
    """The share of jusText stop words among the words of ``text``; None when it cannot say
    (no list for the language, an unspaced script, or no words)."""
    code = normalise(code)
    stops = stop_words(code)
    found = words(text)
    if not stops or code in UNSPACED or not found:
        return None
    return sum(1 for w in found if w in stops) / len(found)


#: The longest stop word read as a function word: the jusText lists also hold frequent nouns
#: and names ("community", "government", "München"), longer than the articles, prepositions
#: and pronouns a phrase is joined with ("durch", "della", "desde", "après" are five letters).
MAX_FUNCTION_WORD = 6


#: Frequent nouns the jusText lists hold that news sites name their sections with ("World",
#: "Monde", "Welt"): no function words, so a line of them is a label ("World Media" over a
#: title) and one alone after the story is a section's name, not a paragraph cut after its
#: first word (spfur13: a world-news section over the title on one site, closing the page on
#: another, two events).
SECTION_NOUNS = {
    "en": frozenset({"world", "business", "international", "local", "national"}),
    "fr": frozenset({"monde", "politique", "société"}),
    "de": frozenset({"welt"}),
    "es": frozenset({"mundo", "nacional"}),
    "it": frozenset({"mondo", "politica"}),
    "pt": frozenset({"mundo", "política"}),
}


def section_nouns(code: str) -> frozenset[str]:
    return SECTION_NOUNS.get(normalise(code), frozenset())


def has_function_word(text: str, code: str) -> bool:
    """Whether ``text`` holds a function word: a stop word of :data:`MAX_FUNCTION_WORD` letters
    at most ("Community Corner" holds none, "Tragedy in the Alps" two). True when the language
    has no list, so that nothing is taken for a bare label where it cannot be told."""
    code = normalise(code)
    stops = stop_words(code)
    if not stops or code in UNSPACED or not words(text):
        return True
    nouns = section_nouns(code)
    return any(w in stops and len(w) <= MAX_FUNCTION_WORD and w not in nouns
               for w in words(text))


#: The languages a block may be written in on a page of another (an agency's caption kept in
#: its English on a French page): the languages the corpus' pages are written in.
OTHER_TEXT_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl")
#: A block is in another language when that language's stop words are at least this share of
#: its words, and at least FOREIGN_RATIO times the page language's share (the lists overlap:
#: "a", "in", "on" are English and Italian, French and Dutch words as well).
MIN_FOREIGN_SHARE = 0.35
FOREIGN_RATIO = 2.0
MIN_FOREIGN_WORDS = 12


def written_in_other(text: str, code: str) -> str | None:
    """The language ``text`` is plainly written in when that is not ``code``, the page's: None
    when it reads as the page's language, or cannot be told (few words, no list)."""
    own = stop_word_share(text, code)
    if own is None or len(words(text)) < MIN_FOREIGN_WORDS:
        return None
    shares = [(stop_word_share(text, c) or 0.0, c) for c in OTHER_TEXT_LANGUAGES
              if c != normalise(code)]
    share, other = max(shares, default=(0.0, ""))
    return other if share >= MIN_FOREIGN_SHARE and share >= FOREIGN_RATIO * own else None


@lru_cache(maxsize=128)
def date_languages(code: str) -> tuple[str, ...]:
    """The languages dateparser should read dates in for an article in ``code``: its own (when
    dateparser knows it) and English, which pages in every language use for their furniture."""
    from dateparser.data.languages_info import language_order

    code = normalise(code)
    known = set(language_order)
    return tuple(dict.fromkeys(c for c in (code, "en") if c in known))


class _Fold(dict):
    """A ``str.translate`` table built as characters are met: digits of every script to ASCII
    digits, every kind of white space to a plain space, everything else unchanged."""

    def __missing__(self, cp: int) -> int:
        ch = chr(cp)
        value = cp
        if ch.isspace():
            value = 32
        elif cp > 127 and unicodedata.category(ch) == "Nd":
            value = 48 + unicodedata.digit(ch)
        self[cp] = value
        return value


_FOLD = _Fold()


def fold(text: str) -> str:
    """``text`` with digits of every script as ASCII digits (१२ -> 12, ٣ -> 3) and every white
    space character as a plain space. The length and every offset stay the same, so a pattern
    (with ASCII ``\\d`` and ``\\s``) matched on the folded text points into the original."""
    return text.translate(_FOLD)


#: Languages that write a name in its cases (a stem and an ending: Polish "Grecji", "w Milanie",
#: Slovene "Milana"), in Latin script too, where their letters do not tell them from English.
INFLECTING_LANGUAGES = frozenset({"pl", "cs", "sk", "sl", "hr", "bs", "sr", "lt", "lv", "fi",
                                  "et", "hu", "tr", "ru", "uk", "be", "el", "ro", "is"})

#: Polish and Czech case endings of a noun, unaccented ("starosty", "starostou", "wójtowi",
#: "hejtmanovi"; "" the nominative): an office's case forms take these after its stem, where
#: any three letters made the first name "Wojtek" the office "wójt" (the review of fspk5).
NOUN_CASE_ENDINGS = frozenset({"", "a", "e", "i", "o", "u", "y", "em", "ie", "ou", "owi", "ovi",
                               "owie", "ove", "om", "ach", "ami", "ow", "um", "ym", "ego", "emu"})

#: Languages whose calendar words the cleaner's date-stamp rules know (any page may print its
#: dates in one of these, whatever the story's language).
CALENDAR_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "pl", "nl", "cs", "ar", "ne", "ko",
                      "tr", "ru", "uk", "bg", "el", "ro", "hu", "sv", "da", "no", "fi", "id",
                      "hi", "zh", "ja")

#: dateparser's keys of the months and the weekdays in its locale data, in the calendar's order.
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def locale_info(code: str) -> dict:
    """dateparser's locale data of a language (its month and weekday names under
    :data:`MONTH_KEYS` and :data:`WEEKDAY_KEYS`, its words for today and yesterday), or an empty
    table for a locale dateparser does not ship: the one place every stage's calendar words
    are read from (the cleaner's date stamps, the quantity reader, written dates)."""
    from dateparser.languages import default_loader

    try:
        return default_loader.get_locale(code).info
    except Exception:  # a locale dateparser does not ship
        return {}


#: Languages that write a day's number with an ordinal full stop before its month ("3. Mai",
#: "3. maj", "3. května"): only their month names make that stop no sentence end. English
#: "May" and "March" open sentences after a count ("The toll rose to 12. May …").
ORDINAL_DAY_LANGUAGES = ("de", "da", "no", "fi", "cs", "pl")


@lru_cache(maxsize=1)
def ordinal_day_months() -> frozenset[str]:
    """The month names of :data:`ORDINAL_DAY_LANGUAGES` as written after a day's ordinal stop:
    German's capitalised, the others' in lower case; whole names only. A shortened form (one
    its language also writes longer: "Jan" of "Januar", Polish "sie" of "sierpień") is a word
    of its own in the same place ("Die Zahl stieg auf 27. Sie …", "… to 12. Jan Novák …")."""
    out: set[str] = set()
    for code in ORDINAL_DAY_LANGUAGES:
        forms = calendar_words((code,))[0]
        out |= {w.capitalize() if code == "de" else w for w in forms
                if not any(o != w and o.startswith(w) for o in forms)}
    return frozenset(out)


@lru_cache(maxsize=8)
def calendar_words(languages: tuple[str, ...] = CALENDAR_LANGUAGES
                   ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Month names and weekday names, lower case, of ``languages`` (dateparser's locale data):
    words of three letters or more, or written with a digit ("11월")."""
    months: set[str] = set()
    weekdays: set[str] = set()
    for code in languages:
        info = locale_info(code)
        for keys, found in ((MONTH_KEYS, months), (WEEKDAY_KEYS, weekdays)):
            for key in keys:
                for name in info.get(key, []):
                    name = str(name).lower().strip(".")
                    if len(name) >= 3 or any(c.isdigit() for c in name):
                        found.add(name)
    return (tuple(sorted(months, key=len, reverse=True)),
            tuple(sorted(weekdays, key=len, reverse=True)))


#: Articles, prepositions and conjunctions no title or sentence ends on, in the corpus'
#: languages with spaces: a line ending on one was wrapped at a fixed width and goes on in the
#: next line, even when that line opens with a capital ("… die Rauchentwicklung des" /
#: "Großbrandes …", "… las ciudades de" / "Bangalore y …"). Words that may end a phrase as
#: pronouns or adverbs ("das", "der", "no", "on") are left out.
DANGLING = frozenset({
    "the", "an", "of", "and", "with", "from",
    "de", "des", "du", "le", "les", "et", "dans", "avec", "pour", "sur", "par", "une",
    "del", "los", "las", "el", "y", "con", "para", "por", "entre", "una",
    "di", "della", "dei", "degli", "delle", "il", "gli", "e", "per", "tra", "fra",
    "do", "dos", "da", "em", "uma", "um",
    "von", "und", "mit", "zum", "zur", "einer", "eines", "einem",
    "het", "een", "van", "voor",
    "oraz", "przez", "dla", "w", "z", "i",
})


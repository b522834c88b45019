"""News agencies and the ways a page credits one: datelines, credit lines, ``via``.

A wire story republished by an outlet usually says whose it is somewhere: a dateline
("BALTIMORE (AP) —", "Athens, Sep 8 (EFE).-"), a credit line ("Source: Reuters", "Quelle: dpa",
"[Reuters/AP/Kathimerini]", "— PTI"), the metadata's ``via``, or, for the Associated Press, its
own way of naming itself in the text ("told The Associated Press"). A mention in passing
("according to Reuters", "Reuters reported") is another outlet *citing* the agency and is not a
credit. This table and these patterns are the one place that knows the agencies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from generator.text.speech_verbs import any_speech_verb

#: Canonical name -> the spellings pages credit it with (case-sensitive where short).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "أسوشيتد برس", "Ассошиэйтед Пресс", "美联社", "美聯社"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "فرانس برس", "أ ف ب", "أ.ف.ب",
            "Франс Пресс", "Франс-Пресс", "法新社"),
    "Reuters": ("Reuters", "رويترز", "Рейтер", "Рейтерс", "路透社", "ロイター", "로이터"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "د ب أ", "德新社"),
    "EFE": ("EFE", "Agencia EFE", "埃菲社"),
    "ANSA": ("ANSA",),
    "Europa Press": ("Europa Press",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "UNI": ("UNI",),
    "Xinhua": ("Xinhua", "Синьхуа", "新华社", "新華社"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同通信"),
    "Jiji": ("Jiji", "Jiji Press"),
    "Yonhap": ("Yonhap", "연합뉴스"),
    "Newsis": ("Newsis", "뉴시스"),
    "News1": ("News1", "뉴스1"),
    "TASS": ("TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "RIA", "РИА Новости"),
    "Interfax": ("Interfax", "Интерфакс"),
    "Sputnik": ("Sputnik",),
    "Ukrinform": ("Ukrinform",),
    "UNIAN": ("UNIAN",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "DHA": ("DHA",),
    "IHA": ("Ihlas",),
    "APA": ("APA",),
    "SDA": ("SDA", "Keystone-SDA", "Schweizerische Depeschenagentur"),
    "ATS": ("ATS", "Keystone-ATS", "Agence télégraphique suisse"),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "PAP": ("PAP",),
    "ČTK": ("ČTK", "CTK"),
    "MTI": ("MTI",),
    "HINA": ("HINA",),
    "BTA": ("BTA",),
    "Agerpres": ("Agerpres",),
    "ANA-MPA": ("ANA-MPA", "ANA", "ΑΠΕ-ΜΠΕ"),
    "NTB": ("NTB",),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "Télam": ("Télam", "Telam"),
    "Notimex": ("Notimex",),
    "AGI": ("AGI",),
    "Adnkronos": ("Adnkronos",),
    "Askanews": ("Askanews",),
    "LaPresse": ("LaPresse",),
    "UPI": ("UPI",),
    "AAP": ("AAP",),
    "Bloomberg": ("Bloomberg",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "CNA": ("CNA",),
    "RSS": ("RSS", "Rastriya Samachar Samiti", "राष्ट्रिय समाचार समिति", "रासस"),
    "MAP": ("MAP",),
    "APS": ("APS",),
    "TAP": ("TAP",),
    "LANA": ("LANA",),
    "WAM": ("WAM", "وام"),
    "MENA": ("MENA",),
    "SPA": ("SPA", "واس"),
    "QNA": ("QNA", "قنا"),
    "KUNA": ("KUNA", "كونا"),
    "BNA": ("BNA",),
    "Petra": ("Petra",),
    "SANA": ("SANA", "سانا"),
    "WAFA": ("WAFA", "وفا"),
    "IRNA": ("IRNA",),
    "NNA": ("NNA",),
}

#: The word that credits an agency for part of a story, in brackets after its last sentence
#: ("(with AFP)", "(mit dpa)", "(avec AFP)", "(con ANSA)"): the outlet wrote the story with the
#: agency's material.
WITH_AGENCY = {
    "en": ("with",), "de": ("mit",), "fr": ("avec",), "es": ("con",), "it": ("con",),
    "pt": ("com",), "nl": ("met",), "pl": ("za",),
}

_BY_SPELLING = {s: name for name, spellings in AGENCIES.items() for s in spellings}
#: Short names read in lower case too, as a site's credit writes them ("(Site/afp)"): none is
#: a word of the corpus languages ("ansa", "agi", "sana", "pap", "map" are, and stay upper).
_LOWER_SHORT = frozenset({"afp", "efe", "ats", "sda", "apa", "anp", "kna", "pti", "ians",
                          "irna", "ctk", "mti", "upi"})
_LOWER_OK = {s.casefold(): name for s, name in _BY_SPELLING.items()
             if len(s) > 4 or s.casefold() in _LOWER_SHORT}
_NAME = "|".join(sorted((re.escape(s) for s in _BY_SPELLING), key=len, reverse=True))

_SHORT = tuple(s for s in _BY_SPELLING if len(s) <= 4)
#: The spellings read in any case, for the places a credit writes an agency's name in lower or
#: mixed case: a bracket ("(Efe).-", "(apa/red)") and a line of agency names alone.
_NAME_ANY_CASE = _NAME + "|(?i:" + "|".join(
    sorted((re.escape(s) for s in _LOWER_OK), key=len, reverse=True)) + ")"
#: An editor's or desk's initials beside the agency in a closing bracket ("(apa/red)",
#: "(dpa/lnw)", "(red/AFP)"): a few letters in one case, no more.
_INITIALS = r"(?:[a-zäöüß]{1,4}|[A-ZÄÖÜ]{1,4})"  # "Foto" or "Bild" is no desk's mark
#: Words that label a byline of agencies ("Agencias AFP/EFE", "Agenturen: dpa, AFP").
_AGENCIES_LABEL = r"agencias|agencies|agences|agenturen|agenzie|agências|agentschappen|agencje"
_ONLY_AGENCIES = re.compile(
    rf"\s*(?:(?:{_NAME_ANY_CASE})(?![\w-]))(?:\s*(?:[/,&+]|\band\b|\bund\b|\bet\b|\by\b|-)?\s*"
    rf"(?:{_NAME_ANY_CASE})(?![\w-]))*\s*[.:]?\s*", re.I)


def only_agencies(text: str) -> str | None:
    """The first agency of a credit made of agencies' names alone ("Keystone-SDA ATS",
    "dpa/AFP", "AFP, Reuters"), else None: a page's credit field or a line naming wires and
    nothing else says whose story it is; a name beside other words is the cleaner's to read."""
    if not text or len(text) > 80 or not _ONLY_AGENCIES.fullmatch(text):
        return None
    return next((found for m in re.finditer(_NAME_ANY_CASE, text)
                 if (found := agency(m.group()))), None)


def _mentions_agency(text: str) -> bool:
    """Whether any agency's spelling is in ``text`` at all: substring tests, which rule out most
    texts far faster than the credit patterns would."""
    if any(s in text for s in _SHORT):
        return True
    low = text.casefold()
    # (every name read in any case: a bracket may write a short one so, "(Efe).-", "(apa/red)")
    return any(s in low for s in _LOWER_OK)


#: Credits, strongest first. Each names the agency in the group ``a``.
_CREDITS = [
    # a dateline: "BALTIMORE (AP) —", "Athens, Sep 8 (EFE).-", "BERLIN (dpa/AFP) -", opening a
    # paragraph of the story's head (a picture's caption or a byline may stand before it)
    # (the short names in any case in the bracket: "Place, Friday 20 May 2031 (Efe).-")
    ("dateline", re.compile(
        rf"(?m)^[^\n]{{0,80}}?\((?P<a>{_NAME_ANY_CASE})(?:/[^)\n]{{1,20}})?\)\s*[-–—.:]")),
    # a credit line or bracket: "Source: Reuters", "Quelle: dpa", "[Reuters/AP/Kathimerini]"
    ("credit line", re.compile(
        rf"(?im)^\W{{0,3}}(?:source|sources|quelle|fuente|fonte|źródło|zdroj|bron|источник|πηγή|via|"
        rf"with|avec|mit|con|com|{_AGENCIES_LABEL})\s*:?\s*(?:material\s+(?:von|from)\s+)?"
        rf"(?P<a>{_NAME})\b")),
    # "… Embed Quelle: DPA - Länge …": a labelled credit inside a line of page furniture
    ("credit line", re.compile(
        rf"(?i)(?<!\w)(?:source|quelle|fuente|fonte|źródło|zdroj|bron|источник|πηγή)\s*:\s*"
        rf"(?P<a>{_NAME})\b")),
    ("credit line", re.compile(rf"\[(?P<a>{_NAME})(?>\s*/\s*[^\]\n/]{{1,30}})*\]")),
    # a credit at the end of the story or of a line: "— PTI", "(AFP)", "/AFP", "AP"
    # ("Site 24 - Agency:", a credit closed by a colon before the story, as Arabic sites write it)
    # (after a slash only after a desk's initials, "ab/AFP": "(Jane Roe/dpa)" credits a picture)
    ("credit line", re.compile(rf"(?m)(?:^|[-–—(]\s?|(?:^|[\s(])(?:{_INITIALS}\s*/\s*)+)"
                               rf"(?P<a>{_NAME})\)?\s*[.:]?\s*$")),
    # a closing bracket of the agency and its desk's initials, in any case: "(apa/red)",
    # "(dpa/lnw)", "(red/AFP)" (a bracket of the story's own words has no slash)
    ("credit line", re.compile(
        rf"(?m)\((?:{_INITIALS}\s*/\s*)*(?P<a>{_NAME_ANY_CASE})(?:\s*/\s*{_INITIALS})*\)"
        rf"\s*\.?\s*$")),
    # a byline closing on its agency: "Par la rédaction avec AFP", "By Jane Roe with AP",
    # "Von Ina Berg mit dpa", "Redacción con EFE" (trial 33: only the author was read). A short
    # line opening on the byline's word: "in an interview with AFP" ending a story is no credit.
    ("byline", re.compile(
        rf"(?im)^\W{{0,3}}(?:by|par|von|por|di|door|article\s+rédigé\s+par|texte|text|"
        rf"rédaction|redacción|redazione|redaktion|redação)\b[^\n.;:]{{0,60}}?\s"
        rf"(?:with|avec|mit|con|com|met)\s+(?:l['’]\s?|the\s+)?(?P<a>{_NAME})\s*\.?\s*$")),
    ("copyright", re.compile(rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?(?:the\s+)?(?P<a>{_NAME})",
                             re.I)),
    # the AP names itself this way in its own copy ("told the Associated Press" as the British
    # papers print it); other outlets write "told the AP news agency"
    ("own copy", re.compile(r"\btold\s+(?i:the)\s+(?P<a>Associated Press)\b(?!\s+news agency)")),
]


def agency(name: str) -> str | None:
    """The canonical agency for a spelling ("Associated Press" -> "AP"), or None."""
    name = name.strip()
    return _BY_SPELLING.get(name) or _LOWER_OK.get(name.casefold())


#: A credit stands at the top of a story or at its end: only so much of each is read.
HEAD, TAIL = 400, 600


#: Sections of a site's address under which it files an agency's stories ("/associated-press/…",
#: "/actualites/reuters/…", "/news/ap/…"): the site's own credit, kept when a translation has
#: lost every other. Only names no other section is called by: "uni", "map" or "ani" are left out.
_SECTIONS = {
    "ap": "AP", "associated-press": "AP", "afp": "AFP", "agence-france-presse": "AFP",
    "reuters": "Reuters", "dpa": "dpa", "efe": "EFE", "agencia-efe": "EFE", "ansa": "ANSA",
    "europa-press": "Europa Press", "pti": "PTI", "ians": "IANS", "xinhua": "Xinhua",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "tass": "TASS", "anadolu": "Anadolu",
    "anadolu-agency": "Anadolu", "lusa": "Lusa", "belga": "Belga", "adnkronos": "Adnkronos",
    "bernama": "Bernama",
}


def filed_under(url: str) -> str | None:
    """The agency whose section of the site the page's address files it under, or None. The
    last part of the path is the article's own name and is not read: a story *about* an agency
    ("/reuters-reporter-wins-award") is no credit."""
    path = urlsplit(url or "").path.strip("/").casefold()
    for section in path.split("/")[:-1]:
        if section in _SECTIONS:
            return _SECTIONS[section]
    return None


def credited(via: str, dateline: str, texts: Iterable[str], story: str = "", url: str = ""
             ) -> tuple[str, str] | None:
    """The agency a page credits, and how: ``via`` first, then the dateline, then credit lines
    in ``texts`` (its headline, the furniture the cleaner removed) and at the top and the end of
    ``story``. The section of the site its address files the page under comes before the
    credit lines: "with AFP" is material, "/afp/" is the agency's story. None when the page
    names no agency as its source."""
    for field, how in ((via, "via"), (dateline, "dateline")):
        for part in re.split(r"[/,;&]|\band\b", field or ""):
            found = agency(part) or only_agencies(part)  # "Keystone-SDA ATS": two names, one wire
            if found:
                return found, how
    section = filed_under(url)
    if section:  # the site's own filing says whose story it is, more than a credit line can
        return section, "site section"
    texts = [*texts, story[:HEAD], story[-TAIL:]] if len(story) > HEAD + TAIL else [*texts, story]
    texts = [t for t in texts if t and _mentions_agency(t)]
    if story and not _mentions_agency(story):
        story = ""
    for text in texts:  # a line of agencies' names alone ("Keystone-SDA ATS", "dpa/AFP")
        for line in (text or "").splitlines():
            found = only_agencies(line)
            if found:
                return found, "credit line"
    for how, pattern in _CREDITS:
        for text in (texts if how != "own copy" else [story, *texts]):
            m = pattern.search(text or "")
            if m:
                found = agency(m.group("a"))
                if found:
                    return found, how
    return None


#: The words that give whom a speaker spoke *to*, per language, before the listener's name:
#: an agency's reporters write their own interviews so ("told AFP", "a indiqué à l'AFP",
#: "dijo a EFE", "ha detto all'ANSA", "disse à Lusa", "sagte der dpa", "zei tegen ANP").
#: English's "told" is the verb itself; elsewhere a verb of saying of the page's language
#: (:func:`generator.text.speech_verbs.any_speech_verb`) stands shortly before.
_TOLD_TO = {
    "fr": r"à\s+(?:l['’]\s?|la\s+)?", "es": r"a\s+(?:la\s+)?",
    "it": r"(?:all['’]\s?|alla\s+|ad?\s+)", "pt": r"(?:à|ao|a)\s+",
    "de": r"(?:gegenüber\s+)?(?:der|dem)\s+", "nl": r"(?:tegen|aan)\s+",
}
#: A listener's name: an agency's spelling, or a run of one to four capitalised words
#: ("CNN", "Sky News"), read as a name only where the copies' dateline gives it too.
_ONE_LISTENER = rf"(?:{_NAME}|[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){{0,3}})(?![\w&’'-])"
#: A second listener joined to the first ("told AFP and Reuters", "à l'AFP et à Reuters"): two
#: agencies told, neither the copy's.
_LISTENER = (rf"(?P<a>{_ONE_LISTENER})(?:\s*(?:,|and|et|y|e|und|en|&)\s+(?:à\s+|a\s+)?"
             rf"(?:l['’]\s?|the\s+|der\s+|la\s+)?(?P<b>{_ONE_LISTENER}))?")
#: "told the AP news agency", "told AFP news agency": another outlet citing the agency's
#: interview, as the agency's own copy never writes it.
_CITED_AGENCY = r"(?!\s+(?:news\s+)?agency\b)"
_TOLD_EN = re.compile(rf"(?<![\w-])told\s+(?:[Tt]he\s+)?{_LISTENER}{_CITED_AGENCY}")
#: How far before the listener a verb of saying may stand ("ha spiegato ieri sera all'ANSA").
_VERB_REACH = 40


def _listeners(m: re.Match[str]) -> list[tuple[int, str]]:
    return [(m.start(g), m.group(g)) for g in ("a", "b") if m.group(g)]


def told(text: str, language: str = "en") -> list[tuple[int, str]]:
    """Where ``text`` says someone spoke *to* a named listener, and the name as written: the
    shape an agency's own copy gives its interviews ("an official told AFP"). English's
    "told" is read in every language, as pages of any language run English wire copy. One
    page writing it says nothing of whose story it is (an outlet's own story cites an agency's
    interview the same way); copies sharing it are read by :mod:`generator.analyse.copies`."""
    found = [hit for m in _TOLD_EN.finditer(text) for hit in _listeners(m)]
    to = _TOLD_TO.get(language)
    if to:
        verb = any_speech_verb(language)
        for m in re.finditer(rf"(?<!\w){to}{_LISTENER}{_CITED_AGENCY}", text):
            before = re.split(r"[.!?;:\n]", text[max(0, m.start() - _VERB_REACH):m.start()])[-1]
            if verb.search(before):
                found.extend(_listeners(m))
    return sorted(found)


#: A paragraph opening on a bracketed source and a dash, an agency's or an outlet's
#: ("(CNN) —", "HARWICK (Channel 9) -"): the dateline shape of :data:`_CREDITS`, any name.
_BRACKET_DATELINE = re.compile(
    r"(?m)^[^\n()]{0,80}?\((?P<a>[A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){0,3})\)\s*[-–—]\s")


def bracket_datelines(text: str) -> list[tuple[int, str]]:
    """Where ``text`` opens a paragraph on a bracketed name and a dash, and the name."""
    return [(m.start("a"), m.group("a")) for m in _BRACKET_DATELINE.finditer(text)]

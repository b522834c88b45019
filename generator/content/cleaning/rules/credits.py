"""Credits: republished-from lines and agency credits, picture labels and photo credits, embedded
posts, copyright lines. Which names a credit may hold (:func:`names_only`) lives here too: the
bylines' rules ask it as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import Block
from generator.content.cleaning.rules.base import (
    Page,
    Rule,
    RuleTable,
    ci,
    compile_re2,
    group,
    words,
)
from generator.content.cleaning.rules.copyright_notice import RIGHTS, a_notice
from generator.content.cleaning.rules.patterns import (
    AGENCY,
    AGENCY_WORDS,
    BY_WORD,
    DATE,
    EDGE,
    PICTURE,
    PICTURE_AGENCY,
    PICTURE_LIBRARY,
    SOURCE,
    TIME,
    alternation,
)
from generator.content.headline_address import is_site_name
from generator.text import furniture_words as F
from generator.text.languages import stop_words
from generator.text.lexicon import FUNCTION_WORDS
from generator.text.speech_verbs import any_speech_verb

#: Words that may join the names in a credit ("Reporting by Jane Roe and John Doe; Editing by
#: …", "Le Journal de la Vallée", "Agência Brasil e Governo RS").
_CREDIT_JOINERS = frozenset((
    "and", "&", "et", "und", "y", "e", "i", "en", "von", "van", "der", "den", "de", "du",
    "des", "la", "le", "les", "di", "del", "della", "da", "do", "dos", "das", "of", "the",
    "by", "in", "from", "with", "additional", "reporting", "writing", "editing", "edited",
    "compiled", "produced", "translated", "translation", "fact-checked", "mit", "material",
    "sowie", "avec", "con", "com", "staff", "writer", "writers", "reporter", "reporters",
    "correspondent", "correspondents"))


def names_only(text: str) -> bool:
    """A credit names people, outlets or agencies: every word is capitalised, a number, a web
    address, an agency or a joining word. A sentence that happens to start like a credit ("Mit
    Material von Anwohnern bauten die Helfer …") has lower-case words of its own."""
    for token in re.findall(r"[^\s,;:()\[\]/|]+", text):
        word = token.strip(".'’\"“”-–—*")
        if not word or not word[:1].isalpha() or word[:1].isupper() or "." in word:
            continue
        if word.lower() in _CREDIT_JOINERS or word.lower() in AGENCY_WORDS:
            continue
        return False
    return True


#: A picture's credit: an agency and a photographer with a slash, or an agency's picture service
#: ("Name/dpa", "IMAGO/Name", "picture alliance/dpa/Name", "AFP Photo/Name", "getty images").
_PHOTO_AGENCY_CREDIT = (
    rf"(?:(?:\S+\s+){{0,3}}via\s+getty\s+images|getty\s+images"
    rf"|{PICTURE_AGENCY}(?:\s+(?:photo|images?|foto|bild|pool))?\s*(?:/|\||via)\s*"
    r"[^.!?/]{1,50}(?:/[^.!?/]{1,50}){0,2}"
    r"|(?-i:\p{Lu})[\pL.'’-]+(?:\s+(?-i:\p{Lu})[\pL.'’-]+){0,3}\s*/\s*"
    rf"{PICTURE_AGENCY}(?:\s*/\s*[\pL .'’-]{{1,40}})?"
    rf"|(?:archives?|archivo|archivio|archiv|arquivo)\s+{PICTURE_AGENCY}"
    rf"|{PICTURE_AGENCY}\s*/?\s*(?:photo|foto|archives?|archivo|archivio|archiv)"
    # a screen grab or a handout, "Reprodução/X" (Portuguese; the furniture checklist)
    r"|reprodu[çc][ãa]o\s*/\s*[^.!?/]{1,50})")
_PICTURE_SOURCE = compile_re2(ci(rf"^{_PHOTO_AGENCY_CREDIT}[\s)\]]*$"))


def _via_short(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The source named is an outlet (a few words, or names), not the rest of a sentence, nor a
    picture's credit ("Quelle: Name/dpa" credits the picture above it)."""
    via = group(m, "via") or ""
    if _PICTURE_SOURCE.search(via):
        return False
    return words(via) <= 3 or (words(via) <= 8 and names_only(via))


def _caption_before_slash(blocks: Sequence[Block], i: int, m, page: Page,
                          table: RuleTable) -> bool:
    """No full stop before the slash (the caption runs into it), a credit after it: an outlet's
    capitals ("RMF FM"), an editor's "red", a photo library (s37); no place ("Tesmar / Varn")."""
    head, tail = (part.strip() for part in blocks[i].text.rsplit("/", 1))
    credit = any((t.isupper() and len(t) >= 2) or t.islower() for t in tail.split())
    credit = credit or bool(_LIBRARY.fullmatch(tail))  # "… / Shutterstock"
    return credit and (head[-1:] not in ".!?»”\"" or head.endswith("..."))


def _gallery_counter(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """"3 of 12", or "3/12" alone on its line, counts pictures: never more than there are."""
    n, of = next(m.group(a, b) for a, b in (("n", "m"), ("n2", "m2"), ("n3", "m3")) if m.group(a))
    return 1 <= int(n) <= int(of) and int(of) >= 2


#: What may stand before the agency in a credit line: "Le Monde avec", "(Avec", "Redazione",
#: "From The Associated Press" (an archive's credit over the story, round 24 on fresh pages).
_WITH_AGENCY = (r"(?:(?-i:\p{Lu})[\pL.'’-]*(?:\s+(?-i:\p{Lu})[\pL.'’-]*){0,3}\s+)?"
                r"(?:avec|with|mit|con|com|met|z|según|selon|laut|from|con\s+información\s+de"
                r"|com\s+informações\s+d[aeo]s?|mit\s+material\s+von)\s+"
                r"|(?:redazione|rédaction|redaktion|redacción|redação|redakcja|redactie|staff)\s+")
_BY_START = compile_re2(rf"(?i)^\W*{BY_WORD}\s")


def _not_a_byline(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """"Par Jean Dupont avec AFP" is a byline (it names the writer); "Le Monde avec AFP" a
    credit."""
    return not _BY_START.search(blocks[i].text)


def _agency_credit(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """Not a byline, and a place after the agency only after its full name: a short name and
    two capitalised words are a photographer's credit ("AFP Jane Roe"), not the story's wire."""
    return _not_a_byline(blocks, i, m, page, table) and not (
        group(m, "place") and " " not in (group(m, "via") or "").strip())


def _site_credit(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The name before the slash is the site's own (its address' words), not a photographer's."""
    return is_site_name(group(m, "site"), page.site_words)


#: A sentence's end, then the next one's first letter (a capital, in any script: "Żołnierze"):
_NEXT_SENTENCE = re.compile(r"[.!?…][\"”»)]*\s+[\"“«(]?([^\W\d_])")  # then "(Photo)" credits none
def _credit_words(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The words before "photo" closing a caption are a credit ("Staff photo"), not a
    determiner ("Another photo", "Kein Foto"): the first word held to the stop list, the others
    to function words (stop lists hold names' nouns: "Harbour Media Group photo.")."""
    if group(m, "bare_label"):  # after prose, "… (FOTO)." links a gallery (s38 lost a lede)
        return not any(s[1].isupper() for s in _NEXT_SENTENCE.finditer(blocks[i].text))
    credit = group(m, "credit_words")
    if not credit:
        return True
    first, *rest = credit.casefold().split()
    stops = stop_words(page.language) | stop_words("en")
    return first not in stops and not any(w in FUNCTION_WORDS for w in rest)


#: A caption closed by the wire's bare name runs long (a scene, its place, often its day); an
#: aggregator's title closed the same way ("Floods kill 40 - Wire") is shorter.
_WIRE_TAIL_WORDS = 14


def _wire_tail(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The wire's name is written as a name (capitalised), the caption is long and says where
    or when (a comma or a number), and the word before the name, when no dash sets it apart,
    is a name or a number too (the caption's place or day): a sentence that lost its full stop
    names the wire after a verb or a preposition ("… told AFP", "… according to Reuters")."""
    wire, before = group(m, "wire"), group(m, "before")
    text = blocks[i].text
    if before and before[-1:] in ".!?" and wire.isupper() and _LIBRARY.fullmatch(wire):
        return True  # "… were injured. KEYSTONE": a photo library credits no text (s14)
    return wire[:1].isupper() and words(text) - words(wire) >= _WIRE_TAIL_WORDS \
        and bool(re.search(r"[,\d]", text)) and (not before or before[:1].isupper()
                                                  or before[:1].isdigit()) \
        and not any_speech_verb(page.language).search(text)


_LIBRARY = re.compile(PICTURE_LIBRARY, re.I)
#: The word "credit" as a caption's label: capitalised or in capitals ("… after the flood Credit:
#: Jane Roe/Valley Wire"); in lower case it is a noun of the story ("Tax credits: Northfield
#: families first" is a crosshead, review 7). "Photo credit" is a picture label of its own.
_CREDIT_LABEL = "(?-i:Credits?|CREDITS?|Crédits?|CRÉDITS?|Créditos?|CRÉDITOS?)"


RULES: tuple[Rule, ...] = (
    # ---- attribution ("republished from") and wire credits
    Rule("attribution", "attribution", "source attribution",
         ci(rf"^[\s*†]*(?:{SOURCE}\s*[:：]"
             r"|(?:this\s+(?:article|story|post|piece)\s+)?(?:was\s+)?(?:first|originally)\s+"
             r"(?:published|appeared)\s+(?:at|in|on|by)"
             r"|the\s+post\s+.{1,200}?\s+(?:first\s+)?appeared\s+(?:first\s+)?on"
             r"|cet\s+article\s+(?:est\s+paru|a\s+été\s+publié|a\s+d['’]abord\s+été\s+publié)"
             r"(?:\s+initialement|\s+d['’]abord|\s+à\s+l['’]origine)?\s+(?:dans|sur|par)"
             r"|dieser\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+(?:zuerst\s+|ursprünglich\s+)?"
             r"(?:erschienen\s+)?(?:bei|in|auf|im)"
             r"|questo\s+articolo\s+è\s+(?:stato\s+)?(?:pubblicato|apparso)\s+(?:originariamente\s+"
             r"|per\s+la\s+prima\s+volta\s+)?(?:su|in|da|sul)"
             r"|este\s+(?:artículo|artigo)\s+(?:fue|ha\s+sido|foi)\s+(?:publicado|originalmente\s+"
             r"publicado)\s+(?:originalmente\s+)?(?:en|por|em|no|na|pelo|pela)"
             r"|ten\s+artykuł\s+(?:ukazał\s+się|został\s+opublikowany)\s+(?:pierwotnie\s+)?(?:w|na)"
             r"|dit\s+artikel\s+verscheen\s+(?:eerder\s+|eerst\s+)?(?:in|op|bij)"
             r"|(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?(?:from|by)"
             r"|syndicated\s+from)\s*(?P<via>\S.{0,80}?)\s*[.…]?$"),
         max_words=40, check=_via_short, yields=("via",)),
    Rule("agency-credit", "credit", "news agency credit",
         # (also "Site 24 - Agency:", the site's name and a dash before it, a colon after it)
         ci(rf"^[\s(\[—–/-]*(?:{_WITH_AGENCY}|[\pL\d]+(?:\s+[\pL\d]+){{0,2}}\s+[-–—]\s+)?"
             # (a wire's signature: the editors' initials, then a slash or the agencies in
             # brackets: "ab/cd (Agency, Agency)", "LQ/Agency"; before brackets in lower case
             # only, as a place is not: "Kiew (dpa)" is a dateline, review 22)
             rf"(?:[\pL]{{1,4}}(?:\s*[/,]\s*[\pL]{{1,4}})*\s*/\s*"
             rf"|(?-i:\p{{Ll}}{{1,4}})(?:\s*[/,]\s*(?-i:\p{{Ll}}{{1,4}}))*\s\(\s*)?"
             # (the wire's name with its article: "PLACE - The Associated Press")
             r"(?:the\s+)?"
             # (several wires side by side: "Keystone-SDA ATS", "dpa AFP")
             rf"(?P<via>{AGENCY}(?:\s*[/,&+]\s*{AGENCY}|\s+and\s+{AGENCY}|\s+{AGENCY})*)"
             # (the desk's initials after a slash, in lower case: "(apa/red)", "(dpa/lnw)"; a
             # photographer after the slash is capitalised, "(Agency/Jane Roe)")
             r"(?:\s*/\s*(?-i:\p{Ll}{1,4}))*"
             # the place of its dateline after a wire's full name ("Press Trust of India
             # Valmont", trial 19); after a short name it is a photographer's ("AFP Jane Roe")
             r"(?P<place>(?:\s+(?-i:\p{Lu})[\pL'’-]+){1,2})?"
             r"[\s)\]—–./:-]*$"),
         max_words=8, yields=("via",), check=_agency_credit),
    # a wire's credit line with the date and time it filed the story, between the teaser and
    # the lede or between paragraphs ("Agency 14.05.2025 - 09:15 Uhr"): nothing but the name
    # and the stamp, so a sentence opening on the agency and a date stays
    Rule("agency-date-line", "credit", "a news agency's credit with its date and time",
         ci(rf"^\s*(?P<via>{AGENCY})\s*[,|·•–—-]?\s*(?P<when>(?:{DATE})"
            rf"(?:\s*[,|·•–—-]?\s*{TIME}(?:\s*uhr)?)?)\s*$"),
         max_words=10, yields=("via", "date")),
    Rule("bracketed-credit", "credit", "credit in brackets",
         r"^\s*\[[^\]]{1,80}\]\s*$", max_words=8),
    Rule("menafn-credit", "credit", "syndication credit",
         ci(r"^\s*\(\s*MENAFN\s*[-–—]\s*(?P<via>[^)]{1,60})\)\s*$"), max_words=10,
         yields=("via",)),
    # ---- captions and photo credits
    Rule("picture-label", "caption", "photo or image caption",
         ci(rf"^{EDGE}{PICTURE}\s*(?:[:：|/]|\s[-–—])\s*\S.{{0,300}}$"
             r"|^fot\.\s*\S.{0,120}$"
             # "Photos Agency.nl/Jane Roe People on boats …": the label, then a credit (a
             # domain or an agency in capitals) with a slash, then the caption
             rf"|^{EDGE}(?:{PICTURE})\s+(?:[^\s/]{{1,40}}\.(?-i:[a-z]{{2,4}})|(?-i:\p{{Lu}}{{2,10}}))"
             r"/\s*(?-i:\p{Lu})\S.{0,300}$"
             # "foto Ap/Lapresse": the label, then an agency in any case, a slash and the next
             # credit, nothing else (round 24 on fresh pages)
             rf"|^{EDGE}(?:{PICTURE})\s+{PICTURE_AGENCY}\s*/\s*(?-i:\p{{Lu}})[^\s.!?]{{1,40}}"
             r"(?:\s+(?-i:\p{Lu})[^\s.!?]{1,40}){0,2}\s*$"
             r"|^(?:image|media|video)\s+(?:source|caption|credit|copyright)\s*,?\s*\S.{0,300}$"),
         max_words=45),
    Rule("picture-word", "caption", "a picture's label on its own line",
         ci(rf"^{EDGE}{PICTURE}{EDGE}$"), max_words=4),
    # the story's own credit closing it: the site's name, a slash and the wire ("(Site/afp)",
    # as the Swiss and Luxembourg papers sign agency copy); read before a picture's credit,
    # whose name before the slash is a photographer's (trial 26)
    Rule("site-agency-credit", "credit", "the site's name and the news agency it ran",
         ci(rf"^[\s(\[]*(?P<site>[^/()\[\]]{{2,40}}?)\s*/\s*"
            rf"(?P<via>{AGENCY}(?:\s*/\s*{AGENCY})*)[\s)\]]*$"),
         max_words=6, yields=("via",), check=_site_credit),
    Rule("picture-credit", "caption", "caption ending with its photo credit",
         # "(Name/AP)": capitalised words on both sides of the slash, no digit and no handle
         # ("(240 km/h)", "(via Twitter / @handle)" end sentences of the story)
         ci(r"\((?:[^()/\d@]{0,60}(?-i:\p{Lu})[^()/\d@]{0,60}/\s*[^()/\d@]{0,40}"
             r"(?-i:\p{Lu})[^()\d@]{0,40}|(?:ap|afp|reuters|epa|dpa|aap|anp|efe|getty)"
             # "(Bild: Name)", "(Photo Jane Roe)", "(photo by …)": a picture's label in any
             # language, then a colon, a capital or the word for by; "(pictures of the road)"
             # closes a sentence of the story
             r"\s+(?:photo|images?|foto|bild)[^()]{0,60}"
             rf"|(?:{PICTURE}|credit)(?:\s*[:：]|\s+(?-i:\p{{Lu}})|\s+(?:by|courtesy|via|credit"
             r"|de|di|von|par|por|da)\s)[^()]{0,120})\)\s*\.?"
             # "… (Photo by Jane Roe / AFP) Image: AFP": the site's own credit field after the
             # bracket, a picture's label and an agency (round 24 on fresh pages)
             rf"(?:\s+(?:{PICTURE})\s*[:：]\s*{PICTURE_AGENCY}\.?)?$"),
         max_words=100),  # (agency captions run long: "CITY - MARCH 26: … (Photo by … via AFP)")
    Rule("courtesy", "caption", "picture credit (courtesy of, photo by)",
         ci(r"\b(?:(?:video|photo|image|picture|footage)s?\s+(?:courtesy\s+of|by|via|credit)"
             r"|courtesy\s+of\s+@|photo\s+credit|crédit\s+photo|bildquelle"
             # the cover picture's credit ("Foto copertina da X", "Foto de portada de X",
             # "Cover photo from X": round 24 on fresh pages)
             r"|(?:foto|photo|image|immagine|imagen|imagem)\s+(?:di\s+|de\s+)?(?:copertina"
             r"|couverture|portada|capa)\s+(?:da|di|de|par|por|via)"
             r"|cover\s+(?:photo|image|picture)\s+(?:from|by|via|courtesy))\b"
             rf"|[.)]\s+\(?[^()]{{1,60}}?\s+via\s+{PICTURE_AGENCY}\)?\s*$"),  # "(Name via AP)"
         max_words=40),
    # "Copied from the Valley Times", "Originally published at …": a copy's credit to the
    # page it copies, one phrase with no comma ("Originally published in 1998, the guide …"
    # is a sentence of the story); round 27 on fresh pages
    Rule("copy-credit", "credit", "a copy's credit to the page it copies",
         ci(rf"^{EDGE}{alternation([p for ps in F.COPY_CREDIT.values() for p in ps])}"
            r"\b[^,;.!?]{0,80}[.:]?\s*$"), max_words=12),
    Rule("copyright-caption", "caption", "photo with its copyright credit",
         ci(rf"^\s*(?:[?©]{{1,3}}|\(c\))\s*(?:{AGENCY}|\p{{Lu}}[\pL.]+(?:\s\p{{Lu}}[\pL.]+){{0,2}})"
             r"\s*(?:[?©/|–—-]{1,3})\s*\S"),
         max_words=60),
    # "July 22, 2018; Springfield, MO, USA; Family of …": a wire picture's caption opens with the
    # day it was taken and the place (city, region, country: commas), each closed by a
    # semicolon; no sentence opens so (a timeline's "March 3; Millbrook; …" names one place)
    Rule("dated-caption", "caption", "a wire picture's caption (date; place; what it shows)",
         ci(rf"^\s*{DATE}\s*;\s*[^;,]{{1,40}},[^;]{{1,60}};\s*\S"), max_words=150),
    # "PARADISE, CA – NOVEMBER 10: Firefighters search …": a picture library's caption opens
    # with the place and the day in capitals, then a colon; a dateline has no day and no colon
    # ("PARADISE, Calif. (AP) —"), and a story sentence never opens so (fdev pages)
    Rule("library-caption", "caption", "a picture library's caption (PLACE – MONTH DAY: …)",
         # (Latin capitals, unbounded repeats: a class of every script's capitals, counted,
         # overflows the memory of the rules' one RE2 set)
         ci(r"^\s*(?:[•·]\s*)?(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]+),\s*(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .]*)"
            r"\s*[–—-]\s*(?-i:[A-Z][A-Z][A-Z]+)\.?\s+\d\d?(?:,\s*\d\d\d\d)?\s*:\s*\S"),
         max_words=150),
    Rule("picture-credit-tail", "caption", "caption ending with its photographer or agency",
         ci(rf"(?:^|[\s/|–—-])(?:{PICTURE}|{_CREDIT_LABEL})\s*[:：]\s*"
             # a capitalised credit, or a wire that writes its name in lower case ("… . − Bild:
             # epd"; "Foto: die Brücke" opens a sentence)
             # (a source's label may be glued after it: "Picture: AFPSource:AP", s18)
             rf"(?:(?:(?-i:\p{{Lu}})[^.!?:]{{1,80}}?|{PICTURE_AGENCY})"
             rf"(?:(?:{SOURCE})\s*[:：]\s*[^.!?:]{{1,40}})?\s*"
             # a credit of agency and photographer joined by a slash, in any case ("Foto:
             # dpa/Name", "Photo: picture alliance/dpa/Name", s15 once opened)
             r"|[^.!?:/]{1,40}/[^.!?:]{1,80})$"
             # "… by the flames. /A. G.": the photographer's initials after a slash
             r"|\s/\s?(?-i:\p{Lu}\.\s?){1,3}$"
             # (the copyright sign glued to the caption without a separator: "… © Name")
             r"|\s(?:[-–—|/]\s*)?©\s*[^.!?]{1,80}$"
             r"|\s/\s+[^/.!?]{2,60}/[^/.!?]{2,60}/\s*$"
             # "… yesterday.Picture AGENCY": the label and an agency without a colon, glued on
             # or on a line of its own; "…, picture fot. Name Surname": the abbreviation (which
             # is never a sentence's last word) before the photographer
             rf"|(?:^|[\s.,(|–—-])(?:{PICTURE})\s+{PICTURE_AGENCY}\s*\)?$"
             r"|[\s,]fot\.\s*\pL(?:[^.!?:]|\.\pL){1,60}$"
             rf"|[,(/|–—-]\s*(?P<bare_label>{PICTURE})\s*\)?\s*\.?$"
             # "…, fot. PAP/Name Surname": the label without its colon, then a credit with a
             # slash (agency and photographer)
             rf"|,\s*(?:{PICTURE})\.?\s+\pL[^.!?:,/]{{0,40}}/\s*(?-i:\p{{Lu}})"
             r"[^.!?:,/]{1,40}$"
             # "…, en una imagen de archivo/AGENCY": the label, a slash, then the credit in
             # capitals ("AP Photo/Jane Roe" is the agency-and-photographer rule's)
             rf"|(?:^|[\s,(|–—-])(?:{PICTURE})\.?\s*/\s*(?-i:\p{{Lu}}{{2,10}})\s*$"
             # "<caption> / Fire Brigade of the District /": a credit closed by a slash, which
             # no sentence, title or crosshead ends with; "<caption> / autor: AGENCY" (s30)
             r"|\s/\s+(?-i:\p{Lu})[^/.!?:;]{1,80}\s/\s*$|\s/\s*(?:autor|autorka|autorzy)\s*[:：]\s*"
             rf"(?:{PICTURE_AGENCY}|(?-i:\p{{Lu}})[^/.!?:;]{{1,60}})(?:\s*/\s*[^/.!?:;]{{1,40}}){{0,3}}$"
             # "<sentence>. JANE ROE / Agency", "<sentence>. AGENCY/Jane Roe": after the caption's
             # stop, photographer and agency across a slash (trial 19), "… via Library" (spfur7)
             rf"|[.!?]\s+(?-i:\p{{Lu}}{{2,}}(?:[\s'’-]+\p{{Lu}}{{2,}}){{1,3}})\s*/\s*"
             rf"{PICTURE_AGENCY}(?:\s+via\s+{PICTURE_AGENCY})?\s*$"
             rf"|[.!?]\s+{PICTURE_AGENCY}\s*/\s*(?-i:\p{{Lu}})[\pL.'’-]+"
             r"(?:\s+(?-i:\p{Lu})[\pL.'’-]+){0,3}\s*$"
             # "<sentence>. AP Photo": after the caption's full stop, the agency and the word for
             # its picture, which no sentence of a story ends on
             rf"|[.!?]\s+{PICTURE_AGENCY}\s+(?:{PICTURE})\s*$"
             # "<sentence>. PHOTO | JANE ROE | HARBOUR MEDIA": after the caption's full stop,
             # the label and its credit in fields between pipes (trial 20)
             # (a field may hold initials, "J. ROE", and the last close on a full stop)
             rf"|[.!?]\s+(?:file\s+)?(?:{PICTURE})\s*\|\s*(?-i:\p{{Lu}})[^|!?]{{1,60}}"
             r"(?:\|\s*(?-i:\p{Lu})[^|!?]{1,60}){0,2}$"
             # "<sentence>. Staff photo.", "<sentence>. Courtesy photo", "<sentence>. Harbour
             # Media Group photo.": one to three capitalised words before the label, closing
             # the caption (a sentence has its verb; trial 20)
             # (the full stop after a lower-case word: "U.S.", "Mr." end no sentence; the
             # words no function word nor possessive: "Another photo", "Mr. Vale's photo")
             rf"|(?-i:\p{{Ll}}\p{{Ll}}|\d)[.!?]\s+(?P<credit_words>(?-i:\p{{Lu}})[\pL-]+"
             rf"(?:\s+(?-i:\p{{Lu}})[\pL-]+){{0,2}})\s+(?:{PICTURE})\.?$"),
         max_words=60, check=_credit_words),
    # "<caption> - Wire", "<caption>, on 9 March 2025 in Place AFP": the wire's bare name
    # closing a long caption with no full stop (round 21 on fresh pages)
    Rule("wire-name-tail", "caption", "caption closed by its wire's bare name",
         ci(rf"(?:\s[-–—|]\s*|\s(?P<before>[\pL\pN][\pL\pN'’.-]*)\s+)"
             rf"(?P<wire>{PICTURE_AGENCY})\s*$"),
         max_words=60, check=_wire_tail),
    # "<sentence>. Kelsby Courier": after the caption's full stop, the site's own name (its
    # address' words) closing a short block: the credit of the site's picture (fdev2; a
    # story's sentence ends on its verb's object, not on the name of the page it is on)
    Rule("site-name-tail", "caption", "caption closed by the site's own name",
         r"(?:\p{Ll}\p{Ll}|\d)[.!?][\"”»)]?\s+(?P<site>\p{Lu}[\pL.&'’-]*"
         r"(?:\s+\p{Lu}[\pL.&'’-]*){0,3})\s*$",
         max_words=45, check=_site_credit),
    # (a source's label before it, "Quelle: Name/dpa", "Fuente: Agency/Name": the slash and the
    # picture agency make it a picture's credit, not the text's source; round 25)
    Rule("photo-agency-credit", "caption", "a picture's credit (agency and photographer)",
         ci(rf"^[\s(\[]*(?:{SOURCE}\s*[:：]\s*)?{_PHOTO_AGENCY_CREDIT}[\s)\]]*$"),
         max_words=10),
    Rule("gallery-caption", "caption", "picture of a gallery (\"2 of 4\" and its caption)",
         ci(r"^\s*(?P<n3>\d{1,3})\s*/\s*(?P<m3>\d{1,3})\s*$"
            r"|^\s*(?:(?:photo|foto|bild|image|imagen|immagine|imagem|zdjęcie)\s+"
             r"(?P<n>\d{1,3})\s*(?:of|de|von|sur|di|z|van|ze|/)\s*(?P<m>\d{1,3})"
             r"|(?P<n2>\d{1,3})\s+(?:of|de|von|sur|di|z|van|ze)\s+(?P<m2>\d{1,3}))"
             r"\s+(?-i:[\p{Lu}\pN«\"“„(]).*[^.!?…]\s*$"),
         max_words=90, check=_gallery_counter),
    # a caption with no full stop closed by its credit after a spaced slash ("A block torn
    # open by the wind / Name Radio", "… trees down... J. Roe / red": fdev4 fresh pages); a
    # line of the story ends on its full stop
    Rule("slash-credited-caption", "caption", "a caption closed by its credit after a slash",
         r"^[^/]{12,300}\s/\s*(?:\p{Lu}[\pL.'’-]*|\p{Ll}{1,4}\.?)"
         r"(?:\s+(?:\p{Lu}[\pL.'’-]*|\p{Ll}{1,4}\.?)){0,4}\s*$", max_words=40,
         check=_caption_before_slash),
    # ---- embedded posts
    Rule("embed-attribution", "embed", "embedded post: author and date",
         ci(rf"^[—–-]\s*(?P<who>[^()@]{{1,80}}?)\s*\(@[A-Za-z0-9_]{{1,30}}\)"
             rf"(?:\s*(?:{DATE}|\S.{{0,40}}))?\s*$"),
         max_words=20),
    Rule("embed-link", "embed", "embedded post (a pic.twitter.com or t.co link)",
         ci(r"pic\.twitter\.com/|\bt\.co/[A-Za-z0-9]|instagram\.com/p/"
             r"|^a\s+post\s+shared\s+by\b|^view\s+this\s+post\s+on\s+instagram"),
         max_words=90),
    # ---- copyright
    Rule("copyright", "copyright", "copyright notice",
         # (the sign in a circle, "Ⓒ Name", is the same sign in another font)
         ci(rf"^(?:[©Ⓒⓒ]|\(c\)|copyright\s*(?:©|\(c\)|\d{{4}}|:))|{RIGHTS}"),
         max_words=35, check=a_notice),
)

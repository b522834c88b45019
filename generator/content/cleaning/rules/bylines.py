"""Bylines, the writer's role and contact, date lines under a name, wire credits, "contributed to
this report" and the author's bio heading. They come last in the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.content.blocks import ABBREVIATION, Block, ends_sentence
from generator.content.cleaning.rules.base import (
    REPORTED,
    Page,
    Rule,
    RuleTable,
    ci,
    compile_re2,
    group,
    group_text,
    words,
)
from generator.content.cleaning.rules.credits import names_only
from generator.content.cleaning.rules.patterns import (
    AGENCY,
    BY_WORD,
    DATE,
    DATE_LINE,
    NAME,
    NAME_OR_SURNAME,
    OUTLET_WORDS,
    PARTICLE,
    STAMP_WORD,
    TIME,
    alternation,
)
from generator.content.headline_address import plain
from generator.text import furniture_words as F
from generator.text.languages import fold, stop_words
from generator.text.lexicon import ORG_WORDS, PAPER_WORDS
from generator.text.one_person import is_person

#: A notice of the article's own change (furniture_words.THIS_ARTICLE, CHANGED, CORRECTION_LABEL).
_THIS_ARTICLE = alternation(F.all_phrases(F.THIS_ARTICLE))
_CHANGED = alternation(F.all_phrases(F.CHANGED))
_PUBLISHED = alternation(F.all_phrases(F.PUBLISHED))
_ARCHIVE = alternation(F.all_phrases(F.ARCHIVE))
_CORRECTION = alternation(F.all_phrases(F.CORRECTION_LABEL))

#: A paper's name words that are a person's standing too ("Anna Kowal, Opposition Leader",
#: "Jane Roe, Independent", "John Poe, Election Observer"): after a name they make a byline only
#: with "The" before the paper ("Jane Roe, The Valley Leader"; rev42: the politician had become
#: the article's author).
_ROLE_PAPER_WORDS = frozenset({"leader", "observer", "independent", "citizen", "guardian", "star",
                               "review"})
_PAPERS = [w for w in PAPER_WORDS if w not in _ROLE_PAPER_WORDS]

#: A capitalised word of an outlet's name, and the space after it.
_CAPITALISED = r"(?:\p{Lu}[\pL.&'’-]*\s+)"


def _unreported(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """No one's words are reported in the line (a notice is the newsroom's own)."""
    return not REPORTED.search(blocks[i].text)


#: A line saying a text was published or archived is about another text than the page when it
#: names who published it ("This report was published on 12 March by the board and …") or whose
#: text it is right after "this article" ("Cet article du règlement, publié le 3 mars …", "Este
#: artículo de la ley, publicado el …"): a story's report or a law's article (rev42).
_PUBLISHED_OR_ARCHIVED = re.compile(rf"(?i)\b(?:{_PUBLISHED}|{_ARCHIVE})\b")
_ANOTHER_TEXT = re.compile(r"(?i)^\S+\s+[^\s,]+,?\s+(?:of|du|de|des|del|della|dello|dei|degli|"
                           r"do|dos|das|van|der)\s|\b(?:by|par|von|vom|por|pelo|pela|dal|"
                           r"dalla|dai|door|przez)\s")


def _the_page_notice(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The newsroom's notice of its own page: no one's words reported in it, and, when it says
    the text was published or archived, not another text's (:data:`_ANOTHER_TEXT`)."""
    text = blocks[i].text
    return _unreported(blocks, i, m, page, table) and not (
        _PUBLISHED_OR_ARCHIVED.search(text) and _ANOTHER_TEXT.search(text))


def _byline_trailer_ok(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """What follows the name in a byline is an outlet, role or date, not the rest of a sentence.

    Stops "By Wednesday evening, the convoy had stopped." from being read as a byline.
    """
    trailer = ABBREVIATION.sub("", group(m, "trailer") or "")
    return not re.search(r"\w[.!?]", trailer) and not re.search(r"(?:\b[a-z]+\s+){4}", trailer)


_DATE_LINE_RX = compile_re2(ci(DATE_LINE))


def is_date_line(text: str) -> bool:
    return words(text) <= 16 and bool(_DATE_LINE_RX.search(text))


_NAME_LINE = compile_re2(rf"^{NAME}$")


def _under_a_name(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A role ("Senior Reporter") is a byline's when the line above is a person's name."""
    return i > 0 and bool(_NAME_LINE.search(blocks[i - 1].text.strip()))


def _role_line(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A role line ("Senior Climate Correspondent, Lisbon", "Data Correspondent and
    Presenter") is a byline's under a person's name, or in the page's head, above its first
    paragraph of prose, where the name may have been lost (spent25, ffig6: two sites). The
    words before the role name a beat, none a function word: "The Foreign Correspondent" is a
    title."""
    beat = (group(m, "beat") or "").split()
    if any(w.lower() in stop_words(page.language) for w in beat):
        return False
    return _under_a_name(blocks, i, m, page, table) or not any(
        words(b.text) >= 25 or (words(b.text) >= 8 and ends_sentence(b.text))
        for b in blocks[:i])


def _date_follows(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """A bare name is a byline when the publication date is the next line (Substack, Medium).

    A short Title Case headline may also sit above a date, so the page must already have had a
    block that is not furniture (the headline) before the name.
    """
    if i + 1 >= len(blocks) or not (is_date_line(blocks[i + 1].text)
                                    or _ROLE_LINE.search(fold(blocks[i + 1].text))):
        return False
    if "first-story" not in page.memo:
        page.memo["first-story"] = next(
            (j for j in range(len(blocks))
             if not table.matches(blocks, j, page, skip="name-above-date")), len(blocks))
    return page.memo["first-story"] < i


def _credit_names(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    return names_only(blocks[i].text)


def _reporters(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The reporters are names only, at least a first name and a surname, and no word of
    theirs names people by what they are or a body ("Aus Haldenau berichten Helfer …", "Desde
    Valdeluna informan Protección Civil y Cruz Roja": German capitalises every noun, and a
    body's name is capitalised too; review 51)."""
    who = group_text(m, "who", blocks[i].text) or ""
    return words(who) >= 2 and names_only(who) and not any(
        low in ORG_WORDS or low in F.BODY_WORDS or any(is_person(low, lang) for lang in _SIX)
        for low in (w.strip(".,'’").lower() for w in who.split()))


_SIX = ("en", "fr", "de", "es", "it", "pt")


def _host_spelt(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The line's two to four words run together are a label of the address' host ("Valley
    Courier" at valleycourier.example): the site's own name, not a crosshead's words; and a
    sentence stands above it (above the story, the site's name is its title bar's). The name
    may carry an article before it and the word of its web edition after it ("The Valley
    Courier Online": spent s30, a third site); the edition's word makes it no crosshead
    wherever it stands, so no sentence need stand above it."""
    tokens = [plain(t) for t in re.findall(r"[^\W_]+", blocks[i].text)]
    edition = len(tokens) >= 2 and tokens[-1] in _EDITION_WORDS
    name = tokens[1 if tokens and tokens[0] in _NAME_ARTICLES else 0:len(tokens) - edition]
    if edition and name and "".join(name) in page.host_words:
        return True
    return 2 <= len(tokens) <= 4 and "".join(tokens) in page.host_words and any(
        words(b.text) >= MIN_SENTENCE_ABOVE and ends_sentence(b.text) for b in blocks[:i])


#: The word of a site's web edition after its name, and the articles before a name.
_EDITION_WORDS = frozenset({"online", "digital", "web", "numerique", "digitale", "internet"})
_NAME_ARTICLES = frozenset({"the", "la", "le", "il", "el", "der", "die", "das", "de", "het",
                            "o", "a", "lo"})
MIN_SENTENCE_ABOVE = 6


def _contributors(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """Those who contributed are names, outlets or agencies ("The Associated Press", "Jane Roe
    in Paris"); "Heavy rain contributed to the flooding." names no one."""
    return names_only(group(m, "who") or group(m, "names") or "")


#: Words a section's or an outlet's name is made of ("World News", "Local Politics"): a
#: name before a bar holding one of them is a section bar, not a writer.
_NOT_A_PERSON = frozenset(w for ps in F.NAVIGATION.values() for p in ps for w in p.split()) | {
    w.lower() for w in OUTLET_WORDS}


def _person_name(blocks: Sequence[Block], i: int, m, page: Page, table: RuleTable) -> bool:
    """The name before the bar is no section's or outlet's ("World News | Europe")."""
    return not any(w.lower() in _NOT_A_PERSON for w in (group(m, "author") or "").split())


_BY = alternation([p for ps in F.BY.values() for p in ps])
#: "With agency reports" in the press's languages: the wires the copy was written from.
_WITH_AGENCIES = (r"with\s+(?:agency\s+(?:reports?|inputs?)|agencies|inputs\s+from\s+agencies)"
                  r"|con\s+agencias|avec\s+(?:les\s+)?agences|mit\s+agenturen|con\s+agenzie"
                  r"|com\s+agências|z\s+agencjami|met\s+persbureaus")
#: The writer's trade after a name or under it (furniture_words.WRITER_ROLE).
_ROLE = (r"(?:(?:senior|chief|staff|special|foreign|political|deputy|associate|contributing)\s+)?"
         + alternation(F.all_phrases(F.WRITER_ROLE)))
#: The newsroom named as a story's writer ("la rédaction", "Redazione", "Staff writers").
#: ``staff_end`` follows "staff" alone: "Staff were evacuated." is a sentence.
def _newsroom(staff_end: str = "") -> str:
    return (r"(?:(?:la|le|l'|l’|unserer|der|die|onze|de|nuestra|a|da|our|the)?\s*"
            r"(?:rédaction|redaktion|redazione|redacción|redação|redakcja|redactie"
            r"|redakce|newsroom|news\s+desk|web\s+desk|online-redaktion|web\s+team"
            rf"|staff(?:\s+(?:reporter|writer|correspondent|report)s?)?{staff_end}))")



#: A word of a writer's or site's name after "written by": no separator opens it.
_TOKEN = r"[^\s,|•·–—-][^\s,|•·]*"
#: "written by", "rédigé par": the byline's phrases of two words or more.
_BY_PHRASE = alternation([p for ps in F.BY.values() for p in ps if " " in p])


RULES: tuple[Rule, ...] = (
    # ---- bylines and date lines
    # "von dpa", "By AP": the agency alone signs the copy, in its own spelling (dpa writes its
    # name in lower case, which the writer's rule below, holding names to capitals, refused: s38)
    Rule("byline-agency", "byline", "byline: the agency signs the copy",
         rf"^(?:[-–—•·*]\s+)?(?i:{_BY})\s*:?\s+(?P<via>(?i:{AGENCY})"
         rf"(?:\s*(?:[,/|&]|\s(?i:and|und|et|y|e)\s)\s*(?i:{AGENCY}))*)\s*\.?$",
         max_words=8, yields=("via",)),
    Rule("byline", "byline", "byline",
         # (a byline printed as a list item: "- Por Name | AFP"; its date may carry the page's
         # machine timestamps glued on: "… 03:45 IST2024-07-22T03:43:50+5:30")
         rf"^(?:[-–—•·*]\s+)?(?i:{_BY})\s*:?\s+"
         rf"(?P<author>{NAME_OR_SURNAME}(?:\s+(?:and|&|et|und|y|e|i|en)\s+{NAME_OR_SURNAME})*)"
         r"(?P<trailer>\s*(?:[,|•·–—(-]|\s(?i:on|for|in|at|le|am|el|il|avec|with|mit|con|com)\s)"
         # the wire whose copy the writer signs ("Por Ana Ruiz | AFP", "By Jane Roe (with
         # AP)"): the page's `via` (s18: the agency went unnamed)
         rf"(?:\s*(?i:with|avec|mit|con|com)?\s*(?P<via>(?i:{AGENCY}))\s*\)?\s*$|.{{0,140}}))?$",
         max_words=20, check=_byline_trailer_ok, yields=("author", "via")),
    # "Article rédigé par valinfo - avec Radio Kelmor", "Article written by Jane Roe": the
    # story's noun opens the byline; the writer may be a site's name in lower case. At most four
    # words before the trailer's separator: "Article written by the mayor in 2019 was …" is
    # a sentence (round 21 on fresh pages)
    Rule("article-by", "byline", "byline opened by the story's noun",
         # (a word of the name may hold a hyphen, "Jean-Paul"; a dash alone parts the trailer)
         ci(rf"^{alternation(F.STORY_NOUN)}\s+{_BY_PHRASE}\s+(?P<author>{_TOKEN}"
             rf"(?:\s+{_TOKEN}){{0,3}})(?P<trailer>\s*[,|•·–—-].{{0,140}})?$"),
         max_words=20, check=_byline_trailer_ok, yields=("author",)),
    # "Jane Roe with agency report" (trial 19): the writer, who rewrote the wires' copy
    Rule("byline-with-agencies", "byline", "byline: the writer with the agencies' reports",
         rf"^(?P<author>{NAME}(?:\s+(?:and|&|et|und|y|e|i|en)\s+{NAME})*)\s+"
         rf"(?i:{_WITH_AGENCIES})\s*\.?$",
         max_words=12, yields=("author",)),
    # "(con agencias)", "mit Agenturen": the agencies' credit alone, closing the story
    Rule("with-agencies", "credit", "credit: the agencies' reports",
         rf"^\(?\s*(?i:{_WITH_AGENCIES})\s*\)?\s*\.?$", max_words=6),
    # "Von: APA/AFP/Reuters/dpa", "By: AFP/Reuters": the byline word and the agencies whose
    # reports the copy blends, joined by slashes (trial 38: kept as the story's first paragraph)
    Rule("byline-agencies", "credit", "byline: the agencies whose reports the copy blends",
         rf"^(?i:{_BY})\s*:?\s+(?P<via>(?i:{AGENCY})(?:\s*/\s*(?i:{AGENCY})){{1,5}})\s*$",
         max_words=8, yields=("via",)),
    # "Jane Roe, Valley News", "Jane Roe, Radio Kelmora": the writer and the outlet, with no
    # "by"; the outlet is a name of capitalised words, one of them an outlet's word (a name
    # and a place, "Jane Roe, Kelmora", may be a caption's or a quotation's)
    # (the writers may be two or three: "Jane Roe and John Poe, The Valley Gazette", trial 48)
    Rule("name-and-outlet", "byline", "byline: the writer's name and the outlet",
         rf"^(?P<author>{NAME}(?:(?:,\s+|\s+(?:and|&|et|und|y|e)\s+){NAME}){{0,2}}),\s+"
         rf"(?:(?i:the)\s+{_CAPITALISED}{{0,3}}"
         rf"(?i:{alternation([w.lower() for w in OUTLET_WORDS] + list(PAPER_WORDS))})"
         rf"|{_CAPITALISED}{{0,3}}(?i:{alternation([w.lower() for w in OUTLET_WORDS] + _PAPERS)}))"
         r"(?:\s+\p{Lu}[\pL.&'’-]*){0,3}"
         r"\s*$",
         max_words=15, yields=("author",)),
    Rule("name-reporter", "byline", "byline: a Korean name with the word for reporter after it",
         # ("홍길동 기자", maybe with the writer's e-mail address): Korean writes the title
         # after the name, so the "By Name" rule above cannot see it
         r"^\p{Hangul}{2,4}\s?(?:기자|특파원|선임기자|객원기자)(?:\s+[\w.+-]+@[\w.-]+)?\s*$",
         max_words=4),
    Rule("submitted-by", "byline", "byline with a user name",
         ci(rf"^(?:submitted|posted|published|written)\s+by\s+(?:(?P<author>{NAME})|\S+)"
             r"\s+(?:on|at)\s+[^.!?]{0,40}\d[^.!?]{0,30}$"),
         max_words=16, yields=("author",)),
    Rule("newsroom-byline", "byline", "byline naming the newsroom, not a writer",
         # Only names may follow the newsroom ("Redazione ANSA", "Staff Reporter", "Web Desk
         # NNN"), besides the word of its web edition, and no full stop may end it: "Staff were
         # evacuated." is a sentence.
         rf"^(?i:(?:{BY_WORD}\s+)?{_newsroom('$')}"
         # the newsroom of the site's web edition ("Redazione web", "La rédaction numérique")
         r"(?:\s+(?:web|online|digital|digitale|numérique|internet))?)"
         # (a site's name may be its domain: "Rédaction Kelmor.fr")
         r"(?:\s+(?:[\p{Lu}\pN][\pL\pN'’&-]*(?:\.[\pL\pN]+)*|[\p{Lu}]\.)){0,3}"
         # the labels of a date stamp whose values the scraper lost ("…, mis à jour le")
         rf"(?:\s*[,|•·–—-]\s*(?i:{STAMP_WORD})(?:[\s,|•·–—-]+(?i:{STAMP_WORD}))*)?\s*$",
         max_words=6),
    # "AFP, Staff writers, Valley News Network", "dpa, Redaktion": a wire, the newsroom that
    # rewrote it, perhaps the outlet's group (s18: kept as story); the wire becomes `via`
    Rule("agency-newsroom", "byline", "byline: a news agency and the newsroom",
         rf"^(?P<via>(?i:{AGENCY}))\s*[,|/]\s*(?i:{_newsroom()})"
         r"(?:\s*[,|]\s*\p{Lu}[\pL.&'’-]*(?:\s+\p{Lu}[\pL.&'’-]*){0,4})?\s*$",
         max_words=10, yields=("via",)),
    # "Senior Reporter", "Senior Climate Correspondent, Lisbon", "Data Correspondent and
    # Presenter": a beat of capitalised words, the role (or two joined), at most a place after
    Rule("author-role", "byline", "the author's role under the name",
         ci(rf"^(?P<beat>(?:(?-i:\p{{Lu}})[\pL'’-]+\s+){{0,2}}){_ROLE}"
            rf"(?:\s+(?:and|&|und|et|y|e|en|i)\s+{_ROLE})?"
            r"(?:\s*,\s*(?-i:\p{Lu})[\pL.'’-]*(?:\s+(?-i:\p{Lu})[\pL.'’-]*){0,2})?$"),
         max_words=8, check=_role_line),
    # "Jane Roe, Senior Reporter", "Jeanne Roux, correspondante à Lyon", "Karl Brandt |
    # Korrespondent": the name and the role on one line, at most a place or an outlet after the
    # role ("Jane Roe, a reporter at the scene, said …" has an article and goes on: story)
    Rule("name-and-role", "byline", "byline: the writer's name and role",
         rf"^(?P<author>{NAME})\s*[,|•·–—-]\s*(?i:{_ROLE})"
         r"(?:\s+(?i:at|in|for|from|à|au|en|de|du|des|für|bei|aus|in|a|em|no|na|da|di|del"
         r"|della|dal|dalla)\s+[^.!?,;:|\"“”«»]{1,40})?\s*$",
         max_words=10, yields=("author",)),
    # "Lucía Ferrero | Valdeluna", "Jane Roe | Valley News": the writer's name, a bar, and the
    # place or outlet of a few capitalised words (a bar parts no sentence)
    Rule("name-bar", "byline", "byline: the writer's name, a bar and a place or outlet",
         rf"^(?P<author>{NAME})\s+\|\s+\p{{Lu}}[\pL.&'’-]*(?:\s+(?:{PARTICLE}\s+)?"
         r"\p{Lu}[\pL.&'’-]*){0,3}\s*$",
         max_words=8, check=_person_name, yields=("author",)),
    # a broadcaster's sign-off naming its reporters after the place they report from ("Aus
    # Haldenau berichten Jonas Weber und Petra Lind.", "Desde Valdeluna informa Ana Ruiz.",
    # fdev2 on fresh pages): the reporters are names only ("Aus Berlin berichten Medien, dass
    # …" and "… berichtet Anna Roth über die Lage" have words of their own: story)
    Rule("reporters-from", "byline", "byline: the reporters and the place they report from",
         ci(r"^(?:(?:aus|von)\s+(?-i:\p{Lu})[^,.!?]{1,40}?\s+berichte[tn]"
            r"|desde\s+(?-i:\p{Lu})[^,.!?]{1,40}?,?\s+(?:informan?|reportan?)"
            r"|da\s+(?-i:\p{Lu})[^,.!?]{1,40}?,?\s+(?:il\s+servizio\s+di|ci\s+raccont(?:a|ano))"
            r"|depuis\s+(?-i:\p{Lu})[^,.!?]{1,40}?,?\s+(?:le\s+)?reportage\s+de"
            r"|de\s+(?-i:\p{Lu})[^,.!?]{1,40}?,\s+(?:a\s+)?reportagem\s+de"
            r"|from\s+(?-i:\p{Lu})[^,.!?]{1,40}?,?\s+reporting\s+by)"
            r"\s+(?P<who>(?-i:\p{Lu})[^.,;:!?]{2,80})\.?$"),
         max_words=14, check=_reporters),
    # the site's own name on a line of its own below the headline, where a writer's stands
    # ("Por" over it, or a time under it: spent s31 and pool36, two sites); a name spelt as the
    # host is (its words run together) is no crosshead of the story
    Rule("site-as-writer", "byline", "the site's own name where the writer's stands",
         r"^\s*\p{Lu}[\pL\pN.&'’-]*(?:\s+[\pL\pN][\pL\pN.&'’-]*){1,3}\s*$",
         max_words=4, check=_host_spelt),
    Rule("author-contact", "byline", "the author's e-mail address",
         r"^(?:[^\s@]+\s+){0,4}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", max_words=6),
    Rule("name-above-date", "byline", "author name above the date or the role",
         rf"^(?P<author>{NAME})$", max_words=4, check=_date_follows, yields=("author",)),
    Rule("wire-credit", "byline", "wire-service reporting credit",
         ci(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced"
             r"|translated|translation|fact-checked)\s+by\b.{0,200}\)?$"
             r"|^\(?\s*mit\s+material\s+von\b.{0,80}\)?$"),
         max_words=40, check=_credit_names),
    # "The Associated Press contributed to this report.", "Contributing: Name, Outlet"
    Rule("contributed", "credit", "who contributed to the report",
         ci(r"^\(?\s*(?P<who>\S.{0,120}?)\s+(?:also\s+)?contributed(?:\s+reporting"
             r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))?"
             r"|\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))\s*\.?\s*\)?$"
             r"|^contributing\s*:\s*(?P<names>\S.{0,160})$"),
         max_words=30, check=_contributors),
    # "This story has been updated.", "This article is more than 4 years old"
    # (in every language of furniture_words.THIS_ARTICLE: "Dieser Artikel wurde am 29. April
    # aktualisiert.", "Cet article a été mis à jour …": round 25, the notices closing a page)
    Rule("age-notice", "date-stamp", "a notice of the article's age or update",
         ci(rf"^{_THIS_ARTICLE}\s+(?:[^.!?]|\d\.){{0,60}}?\b{_CHANGED}\b[^!?]{{0,140}}?[.!]?$"
             r"|^this\s+(?:story|article|post)\s+is\s+more\s+than\s+\S+\s+(?:years?|months?|days?)"
             r"\s+old\.?$"
             # its age in every language, "… hace más de 6 años", "… vor mehr als 4 Jahren
             # veröffentlicht", and the archive's label over it (fdev4 fresh pages)
             rf"|^{_THIS_ARTICLE}\s+[^.!?]{{0,40}}?\b{alternation(F.AGE_MORE_THAN)}\s+\S+\s+"
             rf"{alternation(F.AGE_YEARS)}\b[^.!?]{{0,30}}[.!]?$"
             rf"|^{alternation(F.all_phrases(F.ARCHIVE_LABEL))}$"
             # when it appeared, before a date ("… was published 7/7/2013 (1502 days ago), so
             # information in it may no longer be current"), or that it is an archive's
             # ("Cet article fait partie des archives en ligne du …"): trial 48, two sites
             rf"|^{_THIS_ARTICLE}\s+[^.!?]{{0,40}}?\b{_PUBLISHED}\s+"
             r"(?:(?:on|le|am|el|il|em|op)\s+)?(?:\d|[^\W\d]+\s+\d)[^!?]{0,160}$"
             # the participle after the date, at the clause's end ("… wurde am 4. März 2019
             # veröffentlicht.")
             rf"|^{_THIS_ARTICLE}\s+[^!?]{{0,40}}?\d[^!?]{{0,40}}?\b{_PUBLISHED}\s*[.!]?$"
             rf"|^{_THIS_ARTICLE}\s+[^.!?]{{0,60}}?\b{_ARCHIVE}\b[^!?]{{0,160}}$"),
         max_words=30, check=_the_page_notice),
    # "Correction: An earlier version of this article …", "Berichtigung: …" (round 25)
    Rule("correction-notice", "date-stamp", "the newsroom's notice of a correction",
         ci(rf"^[\[(]?\s*{_CORRECTION}\s*[:：]\s*\S.*$"), max_words=80),
    Rule("byline-date", "byline", "byline with a date",
         rf"^(?P<author>{NAME_OR_SURNAME})\s*[,|•·–—-]?\s*(?i:{DATE})"
         rf"(?:,?\s*(?i:at|à|um|alle|ore|a\s+las|às|o)?\s*(?i:{TIME})(?:\s*(?i:uhr))?)?\s*$",
         max_words=12, yields=("author",)),
    # ---- author bio header
    Rule("about-the-author", "author-bio", "author bio heading",
         ci(r"^(?:about\s+the\s+(?:author|writer|contributor)s?|author\s+bio(?:graphy)?"
             r"|the\s+author|à\s+propos\s+de\s+l'auteur|über\s+den\s+autor|sobre\s+el\s+autor"
             r"|l'autore|sobre\s+o\s+autor|o\s+autorze|over\s+de\s+auteur)\s*:?$"),
         max_words=5, claims="block"),
)

_ROLE_LINE = next(rule.regex for rule in RULES if rule.name == "author-role")

"""Quotations given with dialogue dashes, as Polish, Czech, Brazilian, Russian and Spanish copy
gives them: the words from a dash to the dash before a speech verb, or from a dash after a
colon to the paragraph's end. Split from :mod:`generator.extract.speakers.subjects`, whose readers
of a speech verb's subject these rules use.
"""

from __future__ import annotations

import itertools
import re

from generator.extract.speakers.subjects import as_subject, unnamed
from generator.text.speech_words import QUOTE_CHARS, speech_pattern

#: Languages whose copy quotes with dialogue dashes: "— Nie żyją dwie osoby — powiedział X.",
#: "– A ponte estava segura – afirmou o prefeito." (Brazilian copy), "— Мост откроют в мае, —
#: сказал министр." (Russian, Ukrainian, Bulgarian), "—Llegamos tarde —lamentó X—." (Spanish
#: glues the dash to the words it opens), "— Nous sommes arrivés trop tard, souffle X."
#: (French sets the attribution after a comma, :data:`COMMA_INCISE`, and so do Swedish, Danish
#: and Norwegian: "– Vi fik en melding, siger vagtchef Ole Holm.").
DIALOGUE_DASHES = frozenset({"pl", "cs", "pt", "ru", "uk", "bg", "es", "fr", "sv", "da", "no"})
#: Languages whose dialogue must open with its dash: where a dash inside a sentence is an
#: aside of the writer's ("Los bomberos —que llegaron tarde— explicaron …"), words before
#: a dash and a speech verb are no quotation unless a dash opened them.
_DASH_OPENS = frozenset({"es", "fr", "sv", "da", "no"})
#: Languages whose dialogue closes the words with a comma before the inverted speech verb
#: and its subject, with no second dash (the speech checklist of the fiftieth round).
COMMA_INCISE = frozenset({"fr", "sv", "da", "no"})
#: Languages whose inverted subject is a name after its lower-case role and before the
#: outlet it spoke to ("siger vagtchef Ole Holm til avisen", "sier Kari Lie til NTB").
_ROLE_NAME_TO = frozenset({"sv", "da", "no"})
#: A dialogue dash: an em or en dash, which may be glued to the word it opens or closes
#: (Spanish "—dijo—"), or a hyphen standing for one between spaces.
_DASH = r"(?:[–—]\s*|-\s+)"
#: The speaker's own voice: a first- or second-person pronoun, possessive or verb ending of
#: the languages whose dialogue may open without its dash. Words from a paragraph's start to
#: a dash and a speech verb are a quotation only in that voice; in the third person they are
#: the writer's report of what a source said ("Two roads were closed - the police said."),
#: which the labels keep apart from direct speech (the shape of spspk3, two spent sets).
_OWN_VOICE = {
    "pl": r"\b(?i:ja|my|mnie|mi|nas|nam|nami|m[oó]j\w*|moi\w*|nasz\w*|ty|wy|was|wam|tw[oó]j\w*"
          r"|wasz\w*|jestem|jeste[sś]my|mam|wiem|chcę|mogę|muszę|myślę|widzę|proszę)\b"
          r"|\w(?:[łl]em|[łl]am|li[śs]my|[łl]y[śs]my|emy|imy|amy|ymy)\b",
    "cs": r"\b(?i:já|my|mě|mně|mi|nás|nám|námi|m[ůu]j|moje|moji|mého|mém|náš|naše|naši|naší|ty|vy"
          r"|jsem|jsme)\b|\w(?:me|íme|áme|eme)\b",
    "pt": r"\b(?i:eu|nós|me|mim|comigo|conosco|meu|minha|meus|minhas|nosso|nossa|nossos"
          r"|nossas|você|vocês|a gente|sou|estou|tenho|vou|acho|sei)\b|\w(?:amos|emos)\b|\w\wei\b",
    "ru": r"(?<!\w)(?i:я|мы|меня|мне|мной|нас|нам|нами|мой|моя|моё|мои|наш\w*|ты|вы|вас|вам)(?!\w)",
    "uk": r"(?<!\w)(?i:я|ми|мене|мені|мною|нас|нам|нами|мій|моя|моє|мої|наш\w*|ти|ви|вас"
          r"|вам)(?!\w)",
    "bg": r"(?<!\w)(?i:аз|ние|мен|ме|ми|нас|нам|мой|моя|мое|мои|наш\w*|ти|вие|вас|вам)(?!\w)",
}


def dialogue_quotes(paragraph: str, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, speaker, how) of the quotations a paragraph gives with dialogue dashes,
    as Polish, Czech and Brazilian copy does: the words from a dash opening the paragraph (or a
    sentence), or from the paragraph's start, to the dash before a speech verb ("- W piwnicy
    znaleźliśmy dwie osoby - dodał Adam Nowak."); the speaker is the verb's subject after it, or
    the person named last when it names none."""
    verbs = speech_pattern(lang) if lang in DIALOGUE_DASHES else None
    if verbs is None:
        return []
    out = []
    # a paragraph may also open on the quotation without a dash, as radio and agency copy
    # prints a witness's words: "Otwieraliśmy drzwi … - mówił pan Jan."
    # (the words of one quotation hold no dash that opens another after a sentence's end;
    # a dash between spaces inside them is the speaker's own aside, "zastanawia mnie jedno
    # – przez …", and words may end on a question or an exclamation before the closing dash,
    # "A co wtedy zrobiono? – powiedział X": round fspk5, both were missed)
    # (the aside's dash only inside words a dash opened: from a paragraph's start without one,
    # "Most – zbudowany w 1920 roku – runął …. Musimy … – powiedział X" is the writer's aside
    # and narration, not the speaker's words: the review of fspk5)
    opening = rf"^(?P<d>{_DASH})" if lang in _DASH_OPENS else rf"^(?P<d>{_DASH})?"
    closing = rf"(?:\s+{_DASH}|,\s+)" if lang in COMMA_INCISE else rf"\s+{_DASH}"
    inner = r"[^–—]" if lang in _DASH_OPENS else \
        r"(?:[^–—]|(?(d)(?<=\s)[–—](?=\s)|(?(e)(?<=\s)[–—](?=\s)|(?!))))"
    for m in re.finditer(rf"(?:{opening}|(?<=[.!?…]\s)(?P<e>{_DASH}))"
                         rf"(?P<q>(?:(?![.!?…]\s{{1,3}}[–—-]\s){inner}){{10,}}?[?!…]*){closing}"
                         rf"(?P<verb>{verbs})(?!\w)(?P<rest>[^.!?]*)", paragraph):
        if m.group("q")[:1] in QUOTE_CHARS:
            continue  # "«…», — добавил X": a quotation in marks, read by its marks
        if m.group("d") is None and m.group("e") is None and lang in _OWN_VOICE \
                and re.search(_OWN_VOICE[lang], m.group("q")) is None:
            continue  # no dash opened them and no one speaks in them: the writer's report
        rest = re.split(r"[,;:(–—]", m.group("rest"), maxsplit=1)[0].strip()
        who = _named_after_role(rest) if lang in _ROLE_NAME_TO else as_subject(rest, lang)
        speaker, how = (who, f"– … – {m.group('verb')} X") if who else \
            unnamed(m.group("verb"), lang)
        out.append((m.start("q"), m.end("q"), speaker, how))
    if lang in _DASH_OPENS:
        return out
    # a dash after a colon opens words that run to the paragraph's end: "Wieczorem rzecznik
    # rozmawiał z reporterami: - Wyniki będą jutro." (round fquote: missed); the clause
    # before the colon names no speech verb, so who speaks is read as a subject left out: the
    # person named last (these languages leave the subject out)
    for m in re.finditer(rf":\s+{_DASH}(?P<q>[^–—]{{10,}}?)\s*$", paragraph):
        if m.group("q")[:1] not in QUOTE_CHARS and not any(a <= m.start() < b for a, b, *_ in out):
            out.append((m.start("q"), m.end("q"), *unnamed(":", lang)))
    return out


def _named_after_role(rest: str) -> str:
    """The run of capitalised words in ``rest`` past the lower-case role before it, up to the
    first lower-case word after it ("vagtchef Ole Holm til avisen" -> "Ole Holm"); ``rest``'s
    first word when no capital follows ("politiet", "han")."""
    words = rest.split()
    start = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if start is None:
        return words[0] if words else ""
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), words[start:]))
    return " ".join(run)

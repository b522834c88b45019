"""The speaker of a quotation in a language other than English, read by the speech-word table of
:mod:`generator.text.speech_words`: "…», a déclaré X" / "…", X dijo" / "X sagte: »…«" /
"selon X" / "X : « … »".

Apart from :mod:`generator.extract.quotes` because two rules read a sentence with it: the
quotation's own sentence (and the one after it), and the sentence that introduces a quotation
standing alone (:mod:`generator.extract.speech.lead_in`)."""

from __future__ import annotations

import itertools
import re

import regex

from generator.extract.speakers.according import in_what_said, source_after
from generator.extract.speakers.addressee import addressee_only, after_addressee
from generator.extract.speakers.noun_phrases import counted_subject, opening_name, subject_before
from generator.extract.speakers.quoted_text import MIN_UNATTRIBUTED_WORDS, statement_length
from generator.extract.speakers.subjects import (
    as_subject,
    colon_subject,
    named_before_colon,
    np_after,
    relative_subject,
    unnamed,
    verb_subject,
)
from generator.extract.speakers.thing_relative import thing_relative
from generator.extract.speakers.told_by_noun import (
    credited_by_noun,
    non_finite_speaker,
    participle_speaker,
)
from generator.text.clock_times import LIVE_STAMP_RE
from generator.text.masking import mask_quotes
from generator.text.name_runs import names_in, run_core
from generator.text.names import NAME_PARTICLES
from generator.text.place_words import SAID_WHERE
from generator.text.sentences import Sentence
from generator.text.speech_credits import SEPARABLE, SPEECH_NOUNS
from generator.text.speech_verbs import AUXILIARY_DE, speech_verbs
from generator.text.speech_words import (
    AFTER_VERB_ADVERB,
    AGENT_OPENER,
    ARTICLES,
    ATTACHED,
    AUX_ADVERB,
    CLITICS,
    FUSED_ARTICLES,
    INVERTED,
    NOT_A_SUBJECT,
    OPENER_PHRASES,
    POSSESSIVES,
    PRONOUN_SUFFIX,
    QUESTION_VERBS,
    QUOTE_CHARS,
    REFLEXIVE_BEFORE_VERB,
    according_words,
    speech_pattern,
)

#: The word opening a reported clause ("that") in every language of the corpus, after the
#: comma German, Dutch, Polish and Czech set before it ("sagte, dass", "powiedział, że"): a
#: verb between commas before it is the verb of the name before it, not an aside ("Ewa
#: Nowak, sąsiadka, powiedziała, że …"; spspk4).
THAT = r",?\s+(?:che|que|qu['’]|dass|dat|że|že|that|أن|إن|بأن)\b"


def _aux_adverb_out(text: str) -> str:
    """``text`` with an adverb between an auxiliary and its participle moved out of the speech
    verb (:data:`AUX_ADVERB`: "a pour sa part dit" reads "a dit"), offsets kept by padding."""
    return AUX_ADVERB.sub(lambda a: f"{a[1]} {a[2]}".ljust(len(a[0])), text)


#: A German statement that "says" the words, its issuer unnamed ("In einer auf der Website
#: veröffentlichten Mitteilung heißt es, man …"): read as the speaker before (lexicon's
#: GENERIC_SPEAKERS), not as the subject after "es".
_IT_SAYS_DE = re.compile(r"\s*[Ii]n\s+(?:einer|der|ihrer|seiner)\s+(?:[^,.;:]{0,100}\s)?"
                         r"(?P<noun>Erklärung|Mitteilung|Stellungnahme|Pressemitteilung)\s+"
                         r"(?:heißt|hieß)\s+es\b")


#: German "„…“, zitierte die Zeitung Z eine Augenzeugin": the outlet quoted someone, who (in
#: the accusative after it) said the words; or quoted "aus einer Mitteilung der Organisatoren",
#: whose issuer (in the genitive) did (spspk7: two sites of pool spspk5 had no speaker).
_CITED_DE = regex.compile(r"\s*,\s*zitiert(?:e|en)?\s+(?:der|die|das|den)\s+[^.,;:]{1,60}?\s+(?:aus"
                          r"\s+(?:einer|einem)\s+\w*?(?:Mitteilung|Erklärung|Stellungnahme)\s+(?:der|des)"
                          r"\s+(?P<who>(?:\p{Ll}+\s+)?\p{Lu}[\w-]+)(?:\s+[^.,;:]{1,60})?|(?P<who>(?:einen|eine|"
                          r"den|die|ihren|seinen|ihre|seine)\s+[^.,;:]{2,80}?))\s*(?:[.;]|$)")


#: German "bekanntgeben" split around its object ("X gab im Rat den Tod von Y bekannt"): an
#: announcement, its subject before the verb (s32: no speaker was read).
_GAVE_KNOWN_DE = re.compile(r"(?<!\w)(?:gab|gaben)\s+[^.;:!?]{1,200}?\s+bekannt(?!\w)")


#: How far after a quotation its speech verb may stand ("», à Derna, a indiqué X").
_AFTER_REACH = 60


#: A conjunction that opens the clause of a speaker, not part of their name ("alors que le
#: maire … a rappelé").
_SUBORDINATOR = re.compile(r"^(?:alors\s+que|tandis\s+que|mientras\s+que|mentre|während|"
                           r"enquanto|et|y|e|und|en)\s+", re.I)


#: A live page's entry stamp with its dash, opening a sentence.
_STAMP = re.compile(LIVE_STAMP_RE.pattern + r"[ \t\u00a0]*[–—-][ \t\u00a0]*")
#: Words that count the noun "secondo"/"segundo" (a second of time: "dopo qualche secondo di
#: pausa. «…»", trial 47 made "di pausa" the speaker); no "according to" follows them. Of the
#: numerals only "1" counts a singular second, and no plural word ("pochi", "alguns") does:
#: "sono 12 secondo la prefettura", "sono pochi secondo i medici" are according to.
_COUNTING = frozenset({"qualche", "un", "uno", "mezzo", "um", "meio"})
#: What a noun "second" is followed by, where "according to" takes its source directly; lower
#: case only: a surname's particle ("secondo De Luca", "segundo Dos Santos") is the source's.
_OF = frozenset({"di", "de", "do", "dos", "del"})


def _ordinal(before: str, at: int, lang: str) -> bool:
    """Is the "according to" word at ``at`` the ordinal or the noun its form shares ("nella casa
    al secondo piano: «…»", "o segundo andar", "qualche secondo di pausa")? An article, fused or
    not, or a word that counts stands before it, or "di"/"de" after it."""
    prev = before[:at].split()[-1:]
    nxt = before[at:].split()[1:2]
    return (bool(prev) and (prev[0].lower() in ARTICLES.get(lang, ()) + FUSED_ARTICLES.get(lang, ())
                           or prev[0].lower() in _COUNTING or prev[0] == "1")) \
        or (bool(nxt) and nxt[0] in _OF and lang in ("it", "pt", "es"))


#: A relative pronoun right after an "according to" word ("…, secondo cui «…»", "según el
#: cual", "selon qui", "segundo o qual"): the source is the one named before it, not the words
#: after (trial 47: "cui la roccia" was the speaker).
_ACCORDING_WHOM = re.compile(r"\s*(?:cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|quien|quienes"
                             r"|el\s+cual|la\s+cual|los\s+cuales|qui|lequel|laquelle|lesquels"
                             r"|quem|o\s+qual|a\s+qual|os\s+quais)\b", re.I)
def _antecedent(lead: str, lang: str) -> str:
    """The last name named before an "according to whom" (the one name reader, run_core)."""
    runs = names_in(lead, lang)
    return run_core(runs[-1], lang) if runs else ""


def _introduces_next(after: str, verb_end: int) -> bool:
    """Does the speech verb ending at ``verb_end`` introduce the next quotation of the sentence
    (its clause ends in a colon right before the quotation opens, or holds only "that":
    "«…» y añadió que «…»", "“…”.وأضافت أن “…”"), rather than close the one before it?"""
    nxt = next((i for i in range(verb_end, len(after)) if after[i] in QUOTE_CHARS), None)
    if nxt is None:
        return False
    between = after[verb_end:nxt]
    if between.split() and all(w.strip(",،").lower() in NOT_A_SUBJECT for w in between.split()):
        return True
    # "…», a-t-il confirmé sur la radio, ajoutant : «…»": a clause of its own introduces the next
    return between.rstrip().endswith(":") and "," not in between


def speaker_other(text: str, close_at: int, open_at: int, sentence: Sentence | None,
                   end_sentence: Sentence | None, lang: str) -> tuple[str, str]:
    """(speaker, how) of a quotation in a language other than English, by the table of
    :mod:`generator.text.speech_words`: "…», a déclaré X" / "…", X dijo" / "X sagte: »…«" /
    "selon X" / "X : « … »"."""
    verbs = speech_pattern(lang)
    if verbs is None:
        return "", ""
    according = set(according_words(lang))
    # "X sagte: „… verloren.“ Y sagte, …": a colon before opened the words, a stop closed them
    # and a capital opens the next sentence: Y's verb is a statement of its own
    introduced = sentence is not None and re.search(r":\s*$", text[sentence.start:open_at]) \
        and text[close_at - 2:close_at - 1] in ".!?" \
        and text[close_at:close_at + 2].strip()[:1].isupper()
    if end_sentence is not None and not introduced:
        after = mask_quotes(text[close_at:end_sentence.end])
        if (credited := credited_by_noun(after, lang))[0]:
            return credited
        if lang == "de" and (cited := _CITED_DE.match(after)) is not None:
            return cited["who"].strip(), "“…”, zitierte Z X"  # the one quoted, not the paper
        if lang in ("fr", "it"):  # "», a pour sa part précisé X": the verb as the table lists it
            after = _aux_adverb_out(after)
        if lang in SEPARABLE:  # "“…”, gab X zu.": the verb and its particle together
            after = SEPARABLE[lang].sub(lambda a: f"{a['lead']}{a['verb']} "
                                        f"{' '.join(a['part'].split())}{a['subj']}"
                                        .ljust(len(a[0])), after)
        m = re.search(rf"(?<!\w)(?P<verb>{verbs})(?!\w)", after)
        if m and m.group("verb") in according and not re.search(r"\w", after[:m.start()]):
            who = np_after(after[m.end():])  # "« hors de contrôle » selon un responsable"
            if who:
                return who, f"“…” {m.group('verb')} X"
        if m and _introduces_next(after, m.end()):
            m = None  # "«…» alors que X a rappelé les faits : «…»": X's words are the next ones
        if m and m.group("verb") not in according and m.start() <= _AFTER_REACH:
            lead = after[:m.start()]
            who = as_subject(subject_before(lead), lang) if re.search(r"\w", lead) else ""
            if lead.strip(" ,.”»«\"").split()[:1] and \
                    lead.strip(" ,.”»«\"").split()[0].lower() in NOT_A_SUBJECT:
                # "“…” en las zonas bajas, dijo": a place, not who said it; a subject may
                # follow it ("», ao fim do dia, o ministro X afirmou")
                rest = lead.strip(" ,.”»«\"").partition(",")[2]
                who = as_subject(subject_before(rest), lang) if re.search(r"\w", rest) else ""
            # "…», a déclaré X" / "…», à Derna, a indiqué X": the subject after the verb
            if not who or re.fullmatch(r"\s*[,.]?\s*(?:[-–—]\s*)?(?:[^,.;:]{0,40},\s*)?", lead) \
                    or re.search(r",\s*$", lead):  # "“…” e apresentar … até a primavera,
                # informou o X": the writer's clause goes on from a partial quotation, the
                # subject follows the verb (s19: "a primavera" was read)
                rest = after[m.end():]
                if (adverb := AFTER_VERB_ADVERB.match(rest)) is not None:
                    rest = rest[adverb.end():]  # "», avait déclaré plus tôt à la radio un …"
                if (where := SAID_WHERE.match(rest)) is not None:
                    rest = rest[where.end():]  # "», a déclaré sur place le directeur"
                if lang == "pt":  # "informou a Polícia Federal": the article ("to" is "à")
                    rest = regex.sub(r"^\s*a(?=\s+\p{Lu})", "", rest)
                phrase = "" if addressee_only(rest, lang) else \
                    after_addressee(rest, lang) or np_after(rest)
                # a clause of the writer's ending on a comma before the verb holds no subject
                # ("“…” y no está claro cuándo bajará el río, dijo también": not "el río";
                # trial 46), who is then the person named last
                clause = re.search(r"\w", lead) and re.search(r",\s*$", lead)
                who = as_subject(phrase, lang) or counted_subject(phrase, lang) or (
                    "" if clause else who)
            inverted = INVERTED.search(m.group("verb")) or ATTACHED.match(after, m.end())
            if inverted:
                who = inverted.group(1)  # "…», a-t-il ajouté": "il", resolved like any pronoun
            suffix, pronoun = PRONOUN_SUFFIX.get(lang, (None, ""))
            if suffix and m.group("verb").endswith(suffix):
                who = pronoun  # "“…”, ujarnya": "dia", not a name said after it
            if who:
                return who, f"“…”, {m.group('verb')} X"
            if unnamed(m.group("verb"), lang)[0]:
                return unnamed(m.group("verb"), lang)  # "“…”, dijo."
    if sentence is not None:
        # a live page's entry stamp opens no clause ("20,57 – Spiega l'Ansa: «…»", trial 47)
        before = _STAMP.sub("", mask_quotes(text[sentence.start:open_at]), count=1)
        if lang == "de" and _IT_SAYS_DE.match(before) is not None:
            return "the statement", "In einer Erklärung heißt es: “…”"  # the issuer's
        if lang in ("fr", "it"):  # "X a pour sa part dit «…»" (trial 26: "sa part" spoke)
            before = _aux_adverb_out(before)
        if (opener := OPENER_PHRASES.match(before) or AGENT_OPENER.match(before)) is not None:
            before = before[opener.end():]  # "De son côté, X ajoute :": X, not the adverb
        # a sentence the verb opens, its subject left out ("Ha agregado que …", round 20)
        lowered = re.sub(r"^\s*\w", lambda c: c[0].lower(), before)
        if (closed := participle_speaker(before, text[close_at:], lang))[0]:
            return closed  # "X hatte von einer „…“ gesprochen" (trial 38)
        if opening := re.match(rf"\s*({speech_verbs(lang)})(?!\w)", lowered):  # not "Selon"
            before = lowered
            after_verb = before[opening.end():].split()[:1] or [""]
            if after_verb[0].lower() in NOT_A_SUBJECT and unnamed(opening[1], lang)[0] and \
                    len(re.findall(rf"(?<!\w)(?:{verbs})(?!\w)", before)) == 1:
                return unnamed(opening[1], lang)  # "Cuenta a la prensa en X que «…»": no subject
        # (or whose words it ends with, quoted in part: "Nach den Worten von X ist die Fähre
        # »nicht mehr zu retten«", and "Según X, la tripulación «no tenía …»" where the word
        # opens the sentence, a clause quoted and not a term: in "Selon X, …, un navire que
        # les marins nomment « le géant »" the two words are the sailors')
        inner = text[open_at + 1:close_at].lstrip()  # French sets a space inside « »
        partial = inner[:1].islower() and " " in inner.strip()
        found = [v for v in re.finditer(rf"(?<!\w)(?P<verb>{verbs})(?!\w)", before)
                 if (v.group("verb")[:1].islower() or v.group("verb") not in according
                     or re.fullmatch(r"[^,:]{1,80}[,:]\s*", before[v.end():])
                     or (partial and " " in v.group("verb"))
                     or (partial and not before[:v.start()].strip() and statement_length(
                         inner) >= MIN_UNATTRIBUTED_WORDS))
                 and not (v.group("verb") in according and _ordinal(before, v.start(), lang))
                 and not in_what_said(before[:v.start()])]
        # a speech verb that is also a noun, after a determiner: "en su cuenta de Twitter:"
        found = [v for v in found if not _as_noun(before[:v.start()], lang, v.group("verb"))]
        # "dijo luego y según la declaración que …: «…»": a statement, not its maker
        found = [v for v in found if v.group("verb") not in according or not set(
            np_after(before[v.end():]).lower().split()) & set(SPEECH_NOUNS.get(lang, ()))]
        # a sentence opened by "Según X," / "Pour X," / "Selon X :" speaks for the quotation
        # right after it
        if found and found[-1].group("verb").lower() in QUESTION_VERBS and \
                re.search(r"[.!?]\s", before[found[-1].end():]):
            return "", ""  # "X a demandé au maire s'il part. « … »": the answer, not X's words
        if found:
            verb = found[-1]
            if verb.group("verb") in according and _ACCORDING_WHOM.match(before, verb.end()):
                who = _antecedent(before[:verb.start()], lang)  # "…di Schettino, secondo cui «…»"
            elif verb.group("verb") in according:
                who = _named_source(np_after(source_after(before[verb.end():], lang)))
            elif (re.search(r",\s*$", before[:verb.start()])
                  and re.match(r"\s*,", before[verb.end():])
                  and not re.match(THAT, before[verb.end():])  # "X, powiedziała, że …"
                  and unnamed(verb.group("verb"), lang)[0]):
                return unnamed(verb.group("verb"), lang)  # "Il bollettino, ha aggiunto, «…»"
            elif lang == "de" and (aux := _auxiliary(before[:verb.start()])) is not None:
                # "X hatte zuvor gesagt:", "Am Montag hat X erklärt:": the auxiliary is the
                # verb in second place, the subject before it or right after it
                who = verb_subject(before[:aux.start()], before[aux.end():verb.start()], lang)
            elif (whole := _opening_subject(lead := REFLEXIVE_BEFORE_VERB.sub(
                    "", before[:verb.start()]), before[verb.end():], lang)):
                who = whole
            elif relative := relative_subject(lead):
                who = relative  # "… del consigliere X che chiedeva “…”": X
            elif (main := thing_relative(lead, lang)) is not None:
                who = main  # "X publicó un informe, el cual califica de «…»": X (trial 35)
            else:
                lead = _SUBORDINATOR.sub("", lead)  # "En X van de SP stelde dat …": X
                who = opening_name(lead, lang) or verb_subject(lead, before[verb.end():], lang)
            who = _SUBORDINATOR.sub("", who)
            if who:
                return who, f"X {verb.group('verb')} “…”"
            if verb.group("verb") not in according and unnamed(verb.group("verb"), lang)[0]:
                return unnamed(verb.group("verb"), lang)  # "No obstante, aseguró que “…”"
        if lang == "de" and not found and (known := _GAVE_KNOWN_DE.search(before)) and \
                (who := as_subject(subject_before(before[:known.start()]), lang)):
            return who, "X gab … bekannt “…”"  # "X gab im Parlament den Tod … bekannt, …"
        if (by_gerund := non_finite_speaker(before, lang))[0]:
            return by_gerund  # "X negó …, señalando que «…»" (round fspk5)
        who = colon_subject(before, lang)
        if re.search(r":\s*$", before) and not who[:1].isupper():
            who = who if (who.split() or [""])[0] in ARTICLES.get(lang, ()) else \
                named_before_colon(before, lang)
        if who:
            return who, "X: “…”"
    return "", ""


#: Prepositions before an article that make the word after it a noun ("en la cuenta").
_PREPOSITIONS = frozenset({"en", "de", "a", "con", "por", "desde", "in", "di", "da",
                           "em", "na", "no", "dans", "sur", "par"})


def _as_noun(lead: str, lang: str, verb: str = "") -> bool:
    """Is the speech verb after ``lead`` the noun it is spelt as ("su cuenta", "en la cuenta
    oficial"): a possessive, an article that is no object pronoun, or a preposition and an
    article before it. A German word in lower case is no noun: "der" before it is the relative
    pronoun ("Jens Kolbe, der schrieb:", round 26)."""
    words = lead.lower().split()[-2:]
    if not words or (lang == "de" and verb[:1].islower()):
        return False
    articles = ARTICLES.get(lang, ())
    return words[-1] in POSSESSIVES.get(lang, ()) or (
        words[-1] in articles and (words[-1] not in CLITICS or (
            len(words) == 2 and words[0] in _PREPOSITIONS)))


def _auxiliary(lead: str) -> re.Match[str] | None:
    """The German auxiliary of the participle that ends ``lead``'s clause, if any: the last one,
    with no comma between it and the participle (not "X, der ein Haus hat, erklärt:")."""
    found = list(AUXILIARY_DE.finditer(lead))
    return found[-1] if found and "," not in lead[found[-1].end():] else None


def _opening_subject(lead: str, rest: str, lang: str) -> str:
    """The noun phrase that is the whole clause before a speech verb introducing a quotation,
    opened by an article and closed by a comma ("Un élu du canton à la radio,
    ajoute : «…»"): the subject with its complements, not its last noun ("la radio"); or up to
    the relative clause that the comma closes ("un residente della casa dove …, racconta")."""
    m = re.fullmatch(r"\s*(?P<np>(?P<det>\w+['’]?)\s*[^,;:.]{3,160}?),\s*", lead)
    if m is None or m.group("det").lower() not in ARTICLES.get(lang, ()):
        return ""
    # "un residente della casa dove …, racconta …": the subject and its relative clause
    relative = _RELATIVE.search(m.group("np"))
    if relative is None and (len(m.group("np")) > 80 or not re.fullmatch(r"\s*:?\s*", rest)):
        return ""
    return m.group("np")[:relative.start()] if relative else m.group("np")


#: The words that open a relative clause after a subject, in the Romance languages.
_RELATIVE = re.compile(r"\s+(?:dove|che|cui|où|qui|que|donde|onde|quien|quienes)\s")


def _named_source(phrase: str) -> str:
    """The source an "according to" word names before a quotation, when a capital opens it: its
    run of capitalised words and name particles, not the clause it runs into ("nach den Worten
    von Sprecher Jan Holm hat die Fähre …": Sprecher Jan Holm, not "… hat die")."""
    words = phrase.split()
    if not words or not words[0][:1].isupper():
        return phrase  # "selon le maire de Valmont": a description, read as it stands
    run = list(itertools.takewhile(lambda w: w[:1].isupper() or w in NAME_PARTICLES, words))
    while run and run[-1] in NAME_PARTICLES:
        run.pop()
    return " ".join(run)


def incise_speaker(body: str, lang: str) -> tuple[str, str]:
    """(speaker, how) named inside a quotation by a speech verb between commas, as French copy
    writes it within the guillemets: « C'est fini, confirme Léa Morin, la voisine. Tout a
    brûlé. » is Léa Morin's, not that of whoever speaks after the closing mark. The verb
    must follow a comma and its subject end at the next comma or stop, as a name or a phrase
    a subject can open; "…, dit-il, …" is the pronoun, resolved as any other."""
    verbs = speech_pattern(lang)
    if verbs is None:
        return "", ""
    according = set(according_words(lang))
    for m in re.finditer(rf",\s+(?P<verb>{verbs})(?!\w)", body):
        if m.group("verb") in according:
            continue
        attached = ATTACHED.match(body, m.end())
        rest = body[m.end():]
        clause = re.match(r"\s*([^,.;:!?]{1,60})[,.]", rest)
        if attached and re.match(r"\s*,", body[attached.end():]):
            return attached.group(1), f"“…, {m.group('verb')} X, …”"
        if clause is None or attached:
            continue
        who = as_subject(np_after(rest), lang)
        if who and (who[:1].isupper() or who.split()[0].lower() in ARTICLES.get(lang, ())):
            return who, f"“…, {m.group('verb')} X, …”"
    return "", ""

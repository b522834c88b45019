"""A pronoun that speaks goes back past a person only named in a passive of what was done to
them: the dead, the buried, the one named or identified as the attacker (trial 41: "He said,
“…”" after a paragraph naming the suspected bomber, who was dead, went to him; the officer who
had spoken two paragraphs up was meant).

Read in English only, where the trial found it: the passive with its auxiliary ("was named as",
"were killed", "has been identified as") and the speech verbs of :data:`SPEECH_VERB`. A person
arrested, detained or charged is not skipped: suspects speak in court and to reporters, and the
pronoun after them is as often theirs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from generator.text.lexicon import SPEECH_VERB
from generator.text.sentences import sentence_spans

#: What was done to a person that leaves them no one who speaks next: killed, dead, buried, or
#: named as the one who did it or as a victim (not named to an office: "was named as the new
#: police chief" may speak next).
_DONE_TO_EN = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:"
    r"killed|shot\s+dead|stabbed\s+to\s+death|found\s+dead|buried|"
    r"(?:named|identified)\s+as\s+(?:the|an?|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bombers?|attackers?|gunm[ae]n|assailants?|shooters?|suspects?|perpetrators?|killers?|"
    r"hijackers?|kidnappers?|victims?|dead)\b(?!['’]))")  # not "the victim's brother"
#: What may stand between a name and the passive that is said of it: nothing, or an apposition
#: ("Tomas Brell, 31, a guard, was killed", "…, who was killed"); not another subject ("Tomas
#: Brell, whose son was killed", "Tomas Brell's father was found dead", "… after his son was").
_OWN_PASSIVE = re.compile(r"\s*(?:,(?![^,]*\bwhose\b)[^.;]*,\s*)?(?:(?:,\s*)?who\s+)?")
#: What stands between a name and a speech verb that is someone else's ("Marta Kessel, whose
#: deputy told reporters …", "whom the mayor said he trusted", "Marta Kessel's deputy said").
_OTHER_SUBJECT = re.compile(r"^['’]s\b|\b(?:whom|whose)\b")
#: How far back (in characters) the speaking subject may stand.
_REACH = 1500
#: How far after a name its speech verb may stand: an apposition between them ("Ana Ruiz, the
#: district police chief in Tarvel, told …").
_VERB_REACH = 90


def _sentence_of(text: str, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset``, by the shared splitter (:func:`sentence_spans`, cached
    per text), kept inside its paragraph: a title line without a stop is no part of it."""
    spans = sentence_spans(text) or ((0, len(text)),)
    start, end = spans[max(bisect_right(spans, (offset, len(text) + 1)) - 1, 0)]
    line_end = text.find("\n", offset)
    return max(start, text.rfind("\n", 0, offset) + 1), end if line_end < 0 else min(end, line_end)


def speaker_past_a_passive(text: str, named: list[tuple[int, str]], at: int
                           ) -> tuple[int, str] | None:
    """The person who spoke last before the sentence that names the last person before ``at``
    (``named``: the named mentions of the text, in order), when that sentence only tells what
    was done to them (see the module's docstring); None otherwise."""
    i = bisect_left(named, (at,))
    if not i:
        return None
    start, end = _sentence_of(text, named[i - 1][0])
    clause = text[start:end]
    last = named[i - 1][0] + len(named[i - 1][1]) - start
    done = _DONE_TO_EN.search(clause, last)
    if not done or not _OWN_PASSIVE.fullmatch(clause, last, done.start()) \
            or SPEECH_VERB.search(clause):
        return None
    for offset, name in reversed(named[:bisect_left(named, (start,))]):
        if start - offset > _REACH:
            break
        s_end = _sentence_of(text, offset)[1]
        after = text[offset + len(name):min(s_end, offset + len(name) + _VERB_REACH)]
        verb = SPEECH_VERB.search(after)
        if verb and not _DONE_TO_EN.search(after) \
                and not _OTHER_SUBJECT.search(after, 0, verb.start()):
            return offset, name
    return None

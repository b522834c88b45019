"""A personal pronoun that is the subject of a speech verb wherever the clause puts it (trial
46): before a colon with its verb alone ("He wrote: “…”", not a speaker "He wrote"), and in
German right after the verb, whatever stands before it ("Weiter schreibt sie:", "Auf
Instagram schreibt er:"; not "Weiter" or "Auf Instagram"). The pronoun is then read as the
person named last, as any other."""

from __future__ import annotations

import re

from generator.text.lexicon import CLAIM_VERBS, PRONOUN_SUBJECTS
from generator.text.speech_verbs import fronted_de

#: A pronoun and its speech verb, all of a clause before a colon ("He wrote:", "She also said:").
PRONOUN_SAID = re.compile(rf"(?P<who>(?i:{'|'.join(sorted(PRONOUN_SUBJECTS))}))"
                          rf"(?:\s+[a-z]+ly|\s+also|\s+then)?\s+(?:{CLAIM_VERBS})")
#: A German personal pronoun right after the speech verb: the verb's subject.
DE_PRONOUN_AFTER = re.compile(r"\s*(?:er|sie)\b")


def de_after(lead: str, rest: str) -> bool:
    """Whether a German speech verb's subject follows it: after a fronted phrase (``lead``,
    :func:`~generator.text.speech_verbs.fronted_de`), or a pronoun right after the verb."""
    return fronted_de(lead) or DE_PRONOUN_AFTER.match(rest) is not None

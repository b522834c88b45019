"""Short quotations a sentence credits to someone are proposed, with that speaker (issue 16; the
convention settled at the forty-first stop: a quoted phrase of any length is a quotation when
the story says someone said, wrote, called or shouted it).

Two shapes the one-word filter turned away (generator/extract/speech/short_credit.py):

* a crowd's shouted exclamation after a verb of shouting (s39: protesters' shouts of one word;
  pool spfur15: a crowd chanting), capitalised as a name would be;
* one lower-case word in a clause a speech verb reports, followed by a word ("and", "que",
  "et", "und") that after a borrowed term marks a name (the corpus: an IFRC official's "huge"
  toll, a president's "unacceptable" written on Twitter).

Every sentence is invented. Each test fails without the mend; its near shapes (a title with an
exclamation mark, a ship's name in a reported clause, a borrowed noun after an article) stay
out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.probes import FERRY_HEADS

#: (language, a crowd's shout after a verb of shouting, the shout, who shouts, a near shape whose
#: marks hold a title or a name and must stay out, its words)
SHOUTS = [
    ("en", "Protesters shouted “Killers!” and “Liars!” as the mayor left the quay.",
     ["Killers!", "Liars!"], "Protesters",
     "The mayor launched a “Rescue!” campaign on Monday.", "Rescue!"),
    ("en", "After a long silence the crowd started chanting “we want the truth!” at the pier.",
     ["we want the truth!"], "the crowd",
     "The crowd shouted at the “Esperanza” crew from the pier.", "Esperanza"),
    ("de", "Demonstranten riefen „Mörder!“ vor dem Rathaus von Castelmar.",
     ["Mörder!"], "Demonstranten",
     "Die Lokalzeitung titelte am Montag „Hilfe!“ über dem Bild der Fähre.", "Hilfe!"),
    ("es", "Los vecinos gritaban «¡Asesinos!» frente al ayuntamiento de Castelmar.",
     ["¡Asesinos!"], "Los vecinos",
     "La naviera lanzó la campaña «¡Socorro!» el lunes.", "¡Socorro!"),
    ("fr", "Les manifestants ont crié « Assassins ! » devant la mairie de Castelmar.",
     ["Assassins !"], "Les manifestants",
     "La mairie a lancé l'opération « Courage ! » lundi.", "Courage !"),
]


@pytest.mark.parametrize(("lang", "shout", "words", "who", "near", "near_words"),
                         [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(SHOUTS)])
def test_a_crowds_shouted_exclamation_is_a_quotation_of_the_crowd(
        tmp_path: Path, lang: str, shout: str, words: list[str], who: str, near: str,
        near_words: str) -> None:
    """Without the mend the shout is a capitalised word, read as a name or a title, and left
    out; with it each shout is the crowd's. The same marks after a verb of launching or
    headlining, or holding a name after "shouted at the", stay out."""
    quotes = quote_speakers(tmp_path / "q", FERRY_HEADS[lang] + shout + "\n\n" + near + "\n",
                            lang)
    for w in words:
        assert quotes.get(w) == who, quotes
    assert near_words not in quotes, quotes


#: (language, a one-word quotation in a reported clause with a word after it, the word, who
#: said it, a near shape: a name or a borrowed noun in the same place, its words)
REPORTED = [
    ("en", "An official of the port, Mara Lind, said that the toll was “huge” and still rising.",
     "huge", "Mara Lind",
     "Mara Lind said that the “Esperanza” and a tug had collided.", "Esperanza"),
    ("en", "Mara Lind said that the crew had sent a “mayday” and a flare too late.",
     None, None, "", "mayday"),
    ("es", "El alcalde, Lino Prado, escribió en Twitter que era \"inaceptable\" que el ferry "
     "zarpara con tormenta.", "inaceptable", "Lino Prado",
     "El alcalde dijo que el ferry «Esperanza» y un remolcador chocaron.", "Esperanza"),
    ("fr", "Le maire Lino Prado a déclaré que la situation était « grave » et que les secours "
     "arrivaient.", "grave", "Lino Prado",
     "Le maire a dit que le « Marin » et un remorqueur se sont heurtés.", "Marin"),
    ("de", "Bürgermeister Lino Prado sagte, dass die Lage „ernst“ und unübersichtlich sei.",
     "ernst", "Bürgermeister Lino Prado",
     "Lino Prado sagte, dass die „Marin“ und ein Schlepper zusammenstießen.", "Marin"),
]


@pytest.mark.parametrize(("lang", "text", "word", "who", "near", "near_words"),
                         [pytest.param(*row, id=f"{row[0]}-{i}")
                          for i, row in enumerate(REPORTED)])
def test_one_word_in_a_reported_clause_is_the_speakers_whatever_follows(
        tmp_path: Path, lang: str, text: str, word: str | None, who: str | None, near: str,
        near_words: str) -> None:
    """Without the mend the word after the quotation ("and", "que", "et", "und") marks it as a
    term and it is left out; with it, in a clause a speech verb reports, it is the speaker's.
    A capitalised name in the same place, and a noun borrowed after an article ("a “mayday”
    and"), stay out."""
    page = FERRY_HEADS[lang] + text + ("\n\n" + near if near else "") + "\n"
    quotes = quote_speakers(tmp_path / "q", page, lang)
    if word is not None:
        assert quotes.get(word) == who, quotes
    assert near_words not in quotes, quotes

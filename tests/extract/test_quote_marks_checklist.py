"""A behavioural checklist of *finding* a quotation (issue #16), beside the speaker checklist.

The speaker checklist asks who says a quotation that was found; this one asks whether it is
found at all, for each way the press of six languages marks one: the pairs of marks each
language prints, the marks a keyboard or a CMS leaves half-curled, and the dialogue dash with
its attribution after it. Every sentence is invented. Each mark has a neighbour that must stay
as it is: a dash that sets off the writer's own aside, a stray closing mark, a nested
quotation that belongs to the one around it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.probes import FERRY_HEADS

#: (language, shape, paragraph, the quotation's first words, the speaker expected)
FOUND = [
    ("en", "double-closing-marks", "”We are not giving up on anyone,” said Lena Ortiz.",
     "We are not giving", "Lena Ortiz"),
    ("de", "low-mark-closed-straight", "„Wir haben alles versucht\", sagte Lena Ortiz.",
     "Wir haben alles", "Lena Ortiz"),
    ("de", "single-low-marks", "‚Wir haben alles versucht‘, sagte Lena Ortiz.",
     "Wir haben alles", "Lena Ortiz"),
    ("it", "double-closing-marks", "”Abbiamo cercato in ogni cabina”, ha detto Lena Ortiz.",
     "Abbiamo cercato", "Lena Ortiz"),
    ("es", "dialogue-dash-glued", "—Hemos llegado demasiado tarde —lamentó Lena Ortiz—.",
     "Hemos llegado", "Lena Ortiz"),
    ("es", "dialogue-dash-spaced", "— Hemos llegado demasiado tarde — dijo Lena Ortiz.",
     "Hemos llegado", "Lena Ortiz"),
    # a paragraph carrying a quotation on opens with the closing guillemet
    ("es", "continued-closing-guillemet", "«Hemos buscado en todas las cabinas del barco.\n\n"
     "»Después subió el agua muy rápido», explicó Lena Ortiz.", "Después subió", "Lena Ortiz"),
    ("fr", "continued-closing-guillemet", "« On a cherché partout dans les cabines.\n\n» Puis "
     "l’eau est montée très vite », a ajouté Lena Ortiz.", "Puis l’eau", "Lena Ortiz"),
    ("fr", "dialogue-dash-comma", "— Nous sommes arrivés trop tard, souffle Lena Ortiz.",
     "Nous sommes arrivés", "Lena Ortiz"),
    ("fr", "dialogue-dash-comma-compound", "— Nous sommes arrivés trop tard, a raconté Lena "
     "Ortiz.", "Nous sommes arrivés", "Lena Ortiz"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"),
                         [pytest.param(lang, text, opening, who, id=f"{lang}-{shape}")
                          for lang, shape, text, opening, who in FOUND])
def test_each_mark_is_read_as_a_quotation(tmp_path: Path, lang: str, text: str, opening: str,
                                          who: str) -> None:
    quotes = quote_speakers(tmp_path / "q", FERRY_HEADS[lang] + text + "\n", lang)
    found = [s for q, s in quotes.items() if q.startswith(opening)]
    assert found, f"no quotation opening {opening!r}: {sorted(quotes)}"
    assert found[0] == who, quotes


#: (language, shape, paragraph, words that must open no quotation)
NOT_FOUND = [
    # the writer's aside between dashes, then a speech verb: a paraphrase, not a quotation
    ("es", "aside-between-dashes", "Los bomberos del puerto —que llegaron de madrugada— "
     "explicaron que no había acceso a la cubierta.", "Los bomberos"),
    ("es", "aside-before-verb", "Los equipos trabajaron toda la noche en la cubierta —dijo el "
     "capitán del puerto—.", "Los equipos"),
    # a paraphrase with the verb after a comma but no dash opening it
    ("fr", "paraphrase-comma", "Les secours sont arrivés vers minuit sur le quai, raconte Lena "
     "Ortiz.", "Les secours"),
    # a closing mark left over from a quotation whose opening was lost, then the story's words
    ("en", "stray-closing-mark", "The crew stayed aboard until dawn,” said Lena Ortiz, who ran "
     "the harbour for ten years.", "said Lena"),
    # a title or a name the marks hold, named so right before them
    ("en", "titled", "The council published a report titled “A harbour out of control after "
     "the storm” on Monday.", "A harbour"),
    ("en", "under-the-headline", "The paper ran the story under the headline: “Ferry lost: the "
     "night the lights went out”.", "Ferry lost"),
    ("fr", "baptisee", "L’opération baptisée « Port sûr pour chaque famille » a commencé "
     "dimanche.", "Port sûr"),
    ("de", "mit-dem-titel", "Der Bericht mit dem Titel „Ein Hafen außer Kontrolle nach dem "
     "Sturm“ erschien am Montag.", "Ein Hafen"),
    ("es", "titulado", "El informe titulado «Un puerto fuera de control tras la tormenta» se "
     "publicó el lunes.", "Un puerto"),
    ("it", "chiamata", "L’operazione chiamata «Porto sicuro per ogni famiglia» è iniziata "
     "domenica.", "Porto sicuro"),
    ("pt", "batizada-de", "A operação batizada de “Porto seguro para cada família” começou no "
     "domingo.", "Porto seguro"),
    # a price garbled by a wrong decoding ("â‚¬") holds the low single mark inside a word
    ("de", "garbled-euro", "Die Fähre kostete 40 Mâ‚¬ und fuhr seit Jahren nach Castelmar, "
     "so der Betreiber‘.", "¬ und fuhr"),
]


@pytest.mark.parametrize(("lang", "text", "opening"),
                         [pytest.param(lang, text, opening, id=f"{lang}-{shape}")
                          for lang, shape, text, opening in NOT_FOUND])
def test_what_is_no_quotation_stays_so(tmp_path: Path, lang: str, text: str,
                                       opening: str) -> None:
    quotes = quote_speakers(tmp_path / "q", FERRY_HEADS[lang] + text + "\n", lang)
    assert not [q for q in quotes if q.startswith(opening)], quotes


#: Verbs of naming with their subject, and a verb of calling out before a colon: a speaker's
#: words, which the titles' table must leave alone.
KEPT = [
    ("en", "called-it", "Lena Ortiz called it “the worst night this harbour has seen”.",
     "the worst night", "Lena Ortiz"),
    ("en", "called-out", "A deckhand, Tom Brill, called: “Is anyone still in the cabins below?”",
     "Is anyone still", "Tom Brill"),
    ("es", "llamado-colon", "Lena Ortiz hizo un llamado: «Quédense en casa esta noche».",
     "Quédense en casa", "Lena Ortiz"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"),
                         [pytest.param(lang, text, opening, who, id=f"{lang}-{shape}")
                          for lang, shape, text, opening, who in KEPT])
def test_a_speakers_words_after_a_naming_verb_stay_quotations(
        tmp_path: Path, lang: str, text: str, opening: str, who: str) -> None:
    quotes = quote_speakers(tmp_path / "q", FERRY_HEADS[lang] + text + "\n", lang)
    found = [s for q, s in quotes.items() if q.startswith(opening)]
    assert found and found[0] == who, quotes


def test_a_quotation_nested_in_another_belongs_to_it(tmp_path: Path) -> None:
    """„… ‚bleib hier‘ …“: the inner words are the outer speaker's report, not a quotation."""
    text = "„Er sagte ‚bleib hier‘ und ging dann weg“, berichtete Lena Ortiz."
    quotes = quote_speakers(tmp_path / "q", FERRY_HEADS["de"] + text + "\n", "de")
    assert [q for q in quotes if q.startswith("Er sagte")] and \
        not [q for q in quotes if q.startswith("bleib")], quotes

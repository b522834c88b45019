"""Furniture shapes found on fresh pages of floods, fires and storms (fdev3, issue #13).

Two mechanisms, checked with invented lines only in six languages, each beside a story line
that looks like it and must stay:

* a link to the outlet's live coverage: the live label and a few words, a bar or a colon, then
  a title without a sentence end ("🔴 <live label> <event> | <title>"); the label alone is a
  crosshead, and before a sentence or a quotation it is prose;
* what a sign-up box leaves of its form, the other ways to sign in ("Or with:"), and the box's
  name and one-sentence pitch right above it; a short sentence of the story above that line,
  with no name over it, stays.

The invented page of each language is the checklist's (:mod:`test_furniture_checklist`), and
every case checks that its story is kept whole.
"""

from __future__ import annotations

import pytest

from tests.cleaning.test_furniture_checklist import BODY, END, PAGES, STORY, _holder, _page
from tests.conservation import read

#: (language, where, the line, expected: a rule kind or STORY)
CASES = [
    # ---- a link to the outlet's live coverage
    ("en", BODY, "🔴 The Latest on Monday: Rescuers reach the last cut-off farms near Kelsby",
     "related-links"),
    ("es", BODY, "🔴 Última hora de la riada en Valdeluna | Al menos 14 muertos por el temporal",
     "related-links"),
    ("fr", BODY, "En direct des crues dans la Vernolle | Le bilan s'alourdit encore",
     "related-links"),
    ("de", BODY, "Liveticker zum Hochwasser in Haldenau: Pegel steigt weiter", "related-links"),
    ("it", BODY, "Diretta maltempo a Borgoralto | Frane e strade chiuse in collina",
     "related-links"),
    ("pt", BODY, "Ao vivo: Chuva deixa Vila Serrana sem energia", "related-links"),
    # the label alone is a crosshead; before a sentence ending on its stop, or a quotation, prose
    ("es", BODY, "Última hora de la riada en Valdeluna", STORY),
    ("en", BODY, "The latest figures from the county: 14 people are still missing.", STORY),
    ("de", BODY, "Live: „Wir haben alles verloren“, sagte eine Anwohnerin", STORY),
    ("it", BODY, "Ultima ora: il sindaco ha chiesto aiuto alla regione.", STORY),
    ("fr", BODY, "En direct de la mairie, le préfet a annoncé : le bilan s'élève à trois morts.",
     STORY),
    ("pt", BODY, "Urgente: a Defesa Civil pediu que os moradores deixem as casas.", STORY),
    # ---- a sign-up form's other ways to sign in
    ("en", END, "Or with:", "newsletter"),
    ("de", END, "Oder mit:", "newsletter"),
    ("fr", END, "Ou continuer avec :", "newsletter"),
    ("es", END, "O regístrate con Google", "newsletter"),
    ("it", END, "Oppure accedi con:", "newsletter"),
    ("pt", END, "Ou entre com:", "newsletter"),
    ("en", BODY, "Or with what?", STORY),
    ("es", BODY, "O con: agua, mantas y comida para las familias evacuadas.", STORY),
]


def _check(text: str, lang: str, line: str, expected: str) -> None:
    c = read(text, language=lang)
    story = PAGES[lang]
    for paragraph in (story.standfirst, *story.body):
        assert any(paragraph == b.text for b in c.paragraphs), (paragraph, c.removed)
    got = _holder(c, line)
    if expected == STORY:
        assert got == (STORY, ""), (got, c.removed)
    else:
        assert c.headline == story.title
        assert got == ("removed", expected), got


@pytest.mark.parametrize(("lang", "where", "line", "expected"), CASES,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_fresh_page_furniture(lang: str, where: str, line: str, expected: str) -> None:
    _check(_page(lang, where, line), lang, line, expected)


#: A sign-up box between two paragraphs: its name, its pitch, the form's last line.
BOXES = [
    ("en", "Kelsby Weather Desk", "From floods to heat waves, we keep you posted.", "Or with:"),
    ("de", "Wetter-Briefing", "Von Sturm bis Hitze: wir halten Sie auf dem Laufenden.",
     "Oder mit:"),
    ("fr", "La Lettre Météo", "Des crues aux canicules, nous vous tenons informés.",
     "Ou continuer avec :"),
    ("es", "Boletín del Tiempo", "De las riadas al calor, te mantenemos al día.",
     "O regístrate con Google"),
    ("it", "Meteo in Breve", "Dalle alluvioni al caldo, ti teniamo aggiornato.",
     "Oppure accedi con:"),
    ("pt", "Boletim do Tempo", "Das cheias ao calor, mantemos você informado.", "Ou entre com:"),
]


def _boxed(lang: str, box: tuple[str, ...]) -> str:
    p = PAGES[lang]
    return "\n\n".join([p.title, p.standfirst, p.body[0], *box, p.body[1], p.body[2]]) + "\n"


@pytest.mark.parametrize(("lang", "name", "pitch", "form"), BOXES, ids=[b[0] for b in BOXES])
def test_a_sign_up_box_goes_with_its_form(lang: str, name: str, pitch: str, form: str) -> None:
    c = read(_boxed(lang, (name, pitch, form)), language=lang)
    story = PAGES[lang]
    for paragraph in (story.standfirst, *story.body):
        assert any(paragraph == b.text for b in c.paragraphs), (paragraph, c.removed)
    for line in (name, pitch, form):
        assert _holder(c, line) == ("removed", "newsletter"), (line, c.removed)


def test_a_short_story_sentence_over_the_form_stays() -> None:
    """Without a box's name over it, the short sentence above the form's line is the story's."""
    line = "The river kept rising all night."
    c = read(_boxed("en", (line, "Or with:")), language="en")
    assert _holder(c, line) == (STORY, "")
    assert _holder(c, "Or with:") == ("removed", "newsletter")

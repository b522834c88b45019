"""One rule for a note that the story goes on past an ad (rules/goes_on.py): the advertisement
rule's list of whole phrases (``AFTER_AD``, "Story continues below advertisement", "Weiter nach
der Anzeige", "Continua após a publicidade") was folded into goes_on's words. While the list
held them, such a note was removed as an ad's marker, so that one after the story's last
paragraph did not mark the copy an excerpt, where goes_on's own notes did; and the paywall's
"continúa leyendo …" took the Spanish note for a wall, marking the copy cut wherever it stood.
Every wording of the old list is tried here, grouped by the shape that reads it: each fails
without the fold (its rule was "advertisement" or "paywall", and the excerpt test with it).
All sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

PAGES = {
    "en": ["Warehouse fire in Dunmore",
           "A fire destroyed a warehouse on the edge of Dunmore on Tuesday night, the fire "
           "service said, and nobody was hurt.",
           "Crews from four stations fought the flames until the early morning hours."],
    "fr": ["Incendie d'un entrepôt à Valmont",
           "Un incendie a détruit mardi soir un entrepôt à la sortie de Valmont, sans faire de "
           "blessé, selon les pompiers.",
           "Quatre casernes ont lutté contre les flammes jusqu'au petit matin."],
    "de": ["Lagerhalle in Altbrunn abgebrannt",
           "Eine Lagerhalle am Rand von Altbrunn ist am Dienstagabend abgebrannt, verletzt "
           "wurde niemand, wie die Feuerwehr mitteilte.",
           "Vier Löschzüge kämpften bis in die frühen Morgenstunden gegen die Flammen."],
    "es": ["Arde un almacén en Villaseca",
           "Un incendio destruyó el martes por la noche un almacén a las afueras de Villaseca, "
           "sin causar heridos, según los bomberos.",
           "Cuatro dotaciones lucharon contra las llamas hasta la madrugada."],
    "it": ["Brucia un magazzino a Borgomonte",
           "Un incendio ha distrutto martedì sera un magazzino alla periferia di Borgomonte, "
           "senza feriti, secondo i vigili del fuoco.",
           "Quattro squadre hanno combattuto le fiamme fino all'alba."],
    "pt": ["Incêndio destrói armazém em Vila Serra",
           "Um incêndio destruiu na noite de terça-feira um armazém nos arredores de Vila "
           "Serra, sem feridos, segundo os bombeiros.",
           "Quatro corporações combateram as chamas até o amanhecer."],
}

#: The old list's wordings (and the advertisement rule's own "continues below" ones), by the
#: shape of goes_on that reads each.
NOTES = [
    # noun, verb, where, what was put in
    ("en", "Story continues below advertisement"),
    ("en", "Article continues after advertisement"),
    ("fr", "L'article continue après la publicité"),
    ("it", "L'articolo continua dopo la pubblicità"),
    ("es", "La noticia continúa tras la publicidad"),
    ("pt", "A reportagem continua após a publicidade"),
    # the verb alone
    ("en", "Continues below advertisement"),
    ("en", "Continues below"),
    ("de", "Weiter nach der Anzeige"),
    ("de", "Weiter nach der Werbung"),
    ("es", "Continúa tras la publicidad"),
    ("it", "Prosegue dopo la pubblicità"),
    ("pt", "Continua depois da publicidade"),
    # a verb of reading on
    ("en", "Continue reading below the ad"),
    ("en", "Continue reading below"),
    ("en", "Continue reading the main story below"),
    ("de", "Weiterlesen nach der Anzeige"),
    ("es", "Sigue leyendo después de la publicidad"),
    ("es", "Continúa leyendo después de la publicidad"),
    ("it", "Continua a leggere dopo la pubblicità"),
    ("pt", "Continue lendo após a publicidade"),
    # the noun alone
    ("fr", "La suite après la publicité"),
    ("fr", "Suite après la publicité"),
    ("de", "Fortsetzung nach der Anzeige"),
    ("fr", "Article suivant la publicité"),
    # the verb's end closing the clause
    ("de", "Lesen Sie nach der Anzeige weiter"),
    ("de", "Der Artikel wird nach der Anzeige fortgesetzt"),
    ("de", "Artikel wird unter der Anzeige fortgesetzt"),
]


@pytest.mark.parametrize(("lang", "note"), NOTES)
def test_a_note_between_paragraphs_is_removed_and_the_copy_is_whole(lang, note):
    title, lede, body = PAGES[lang]
    c = read("\n\n".join([title, lede, note, body]) + "\n", language=lang)
    assert rules(c).get(note) == "story-goes-on", rules(c)
    assert story(c) == [lede, body]
    assert not c.excerpt, c.excerpt_reason


@pytest.mark.parametrize(("lang", "note"), NOTES)
def test_a_note_with_no_story_after_it_marks_an_excerpt(lang, note):
    title, lede, body = PAGES[lang]
    c = read("\n\n".join([title, lede, body, note]) + "\n", language=lang)
    assert rules(c).get(note) == "story-goes-on", rules(c)
    assert story(c) == [lede, body]
    assert c.excerpt and "goes on" in c.excerpt_reason


@pytest.mark.parametrize(("lang", "line", "rule"), [
    # a link to the next article, and the buttons that say the copy is cut (truncation)
    ("fr", "Article suivant", None),
    ("en", "Continue reading", "continue-reading"),
    ("de", "Weiterlesen", "continue-reading"),
    # an ad's marker with no note stays the advertisement rule's
    ("en", "Advertisement", "advertisement"),
    ("en", "Scroll to continue with content", "advertisement"),
])
def test_lines_beside_the_notes_keep_their_rules(lang, line, rule):
    title, lede, body = PAGES[lang]
    c = read("\n\n".join([title, lede, line, body]) + "\n", language=lang)
    assert rules(c).get(line) == rule, rules(c)


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Die Suche wird nach der Pause am Morgen fortgesetzt."),
    ("es", "La búsqueda sigue después de la lluvia, dijeron los bomberos."),
    ("fr", "La suite après le sinistre sera décidée par le conseil municipal."),
])
def test_story_sentences_worded_like_a_note_stay(lang, line):
    title, lede, body = PAGES[lang]
    c = read("\n\n".join([title, lede, line, body]) + "\n", language=lang)
    assert line in story(c), rules(c)

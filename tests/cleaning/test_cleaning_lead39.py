"""A bare picture label closing a paragraph of prose ("… dei soccorritori (FOTO).") links a
gallery: the paragraph is story, however many words it has. Only after one sentence, with no
credit named, is it a caption's label. The lead's read of the spent set s38: a lede of two
sentences, the toll in it, was removed as a caption. Fails without the rule; captions of one
sentence closed by the bare label stay removed. Invented text."""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

IT = ["Incendio al mercato di Valdemora",
      "È di tre morti e dodici feriti il bilancio dell'incendio al mercato di Valdemora "
      "(GLI AGGIORNAMENTI). A dare i numeri è stato il sindaco, che ha ringraziato i "
      "soccorritori (FOTO).",
      "Le fiamme sono partite da un banco di frutta poco dopo le sei del mattino."]
EN = ["Fire at the Valdemora market",
      "Three people died when fire swept through the Valdemora market on Tuesday. The mayor "
      "thanked the crews who fought the flames through the night (Photo).",
      "The fire started at a fruit stall shortly after six in the morning."]


@pytest.mark.parametrize("page,lang", [(IT, "it"), (EN, "en")])
def test_prose_closed_by_a_bare_picture_label_is_story(page, lang):
    c = read("\n\n".join(page) + "\n", language=lang)
    assert story(c) == page[1:]


@pytest.mark.parametrize("caption,lang", [
    ("I vigili del fuoco davanti al mercato di Valdemora (FOTO)", "it"),
    ("Firefighters outside the Valdemora market on Tuesday, photo.", "en"),
])
def test_a_caption_of_one_sentence_closed_by_the_label_is_removed(caption, lang):
    page = IT if lang == "it" else EN
    c = read("\n\n".join(page[:2] + [caption] + page[2:]) + "\n", language=lang)
    assert rules(c).get(caption) == "picture-credit-tail"
    assert caption not in story(c)


ES = ["Incendio en el mercado de Valdemora",
      "Tres personas murieron en el incendio del mercado de Valdemora, informaron los bomberos.",
      "El fuego comenzó en un puesto de fruta poco después de las seis de la mañana."]


@pytest.mark.parametrize("note,lang", [
    ("El artículo continúa abajo", "es"),
    ("La noticia sigue después de la publicidad", "es"),
    ("(continua dopo la foto)", "it"),
    ("L'article continue après la vidéo", "fr"),
    ("Article continues after the video", "en"),
    ("Dalsza część artykułu pod reklamą", "pl"),
    ("A matéria continua após o anúncio", "pt"),
])
def test_a_note_that_the_story_goes_on_is_removed(note, lang):
    """The notes' wordings are in no phrase list (s37's Italian note, s38's Spanish one):
    the noun, a verb of going on, where and what was put in are read as words. Fails without
    the story-goes-on rule."""
    c = read("\n\n".join(ES[:2] + [note] + ES[2:]) + "\n", language=lang)
    assert rules(c).get(note) == "story-goes-on"
    assert story(c) == ES[1:]


@pytest.mark.parametrize("line,lang", [
    ("La búsqueda continúa tras el anochecer.", "es"),
    ("The search continues after dark.", "en"),
    ("Continua dopo la mezzanotte la ricerca dei dispersi nel fiume.", "it"),
    ("El artículo continúa abajo una lista de los heridos que publicó la alcaldía ayer.", "es"),
])
def test_story_lines_about_going_on_stay(line, lang):
    c = read("\n\n".join(ES[:2] + [line] + ES[2:]) + "\n", language=lang)
    assert line in story(c)


def test_the_note_in_brackets_after_the_last_sentence_is_removed():
    """"… “…”, ha detto il sindaco. (continua dopo la foto)": the note glued to the paragraph
    goes, the paragraph stays whole (s37). Fails without the tail rule."""
    para = ("Il sindaco ha detto che la città è in lutto per le vittime dell'incendio del "
            "mercato. (continua dopo la foto)")
    c = read("\n\n".join(IT[:2] + [para] + IT[2:]) + "\n", language="it")
    assert rules(c).get("(continua dopo la foto)") == "story-goes-on-tail"
    assert para[:-len(" (continua dopo la foto)")] in story(c)


DE = ["Vulkanausbruch auf Kelmora",
      "Beim Ausbruch des Vulkans auf der Insel Kelmora sind mindestens fünf Menschen ums Leben "
      "gekommen, teilte die Polizei mit.",
      "Die Suche nach Vermissten dauert an."]


@pytest.mark.parametrize("line,via", [
    ("von dpa", "dpa"), ("Von dpa", "dpa"), ("By AP", "AP"), ("Por EFE", "EFE")])
def test_an_agency_signing_the_copy_is_its_via(line, via):
    """dpa writes its name in lower case: "von dpa" under the title signs the copy (s38; the
    writer's byline rule holds names to capitals). Fails without the byline-agency rule."""
    c = read("\n\n".join(DE[:1] + [line] + DE[1:]) + "\n", language="de")
    assert rules(c).get(line) == "byline-agency"
    assert ("via", via) in next(r.yields for r in c.removed if r.text == line)
    assert story(c) == DE[1:]


@pytest.mark.parametrize("line", [
    "Von dpa-Reportern vor Ort wurde berichtet, dass die Asche bis zur Küste reichte.",
    "By AP's count, at least five people died on the island.",
])
def test_sentences_opening_with_an_agency_stay(line):
    c = read("\n\n".join(DE[:2] + [line] + DE[2:]) + "\n", language="de")
    assert line in story(c)


@pytest.mark.parametrize("last", [
    "“Both visitors and guides are believed to have been on the island,” ",
    "The alert was issued at 6:32 p.m. and the boat sank shortly after 7 p.",
])
def test_a_copy_cut_after_a_false_stop_is_an_excerpt(last):
    """A quotation closed on a comma waits for its attribution, and "7 p." for its "m.": the
    copy was cut there (s38, two agency copies), though the line ends on a stop or a closing
    mark. Fails without excerpt._FALSE_END."""
    c = read("\n\n".join(EN[:2] + [last]) + "\n", language="en")
    assert c.excerpt and "mid-sentence" in c.excerpt_reason


@pytest.mark.parametrize("last", [
    "“Both visitors and guides are believed to have been on the island,” the mayor said.",
    "The boat sank shortly after 7 p.m.",
    "Rescue teams were given plan B.",
])
def test_whole_copies_stay_whole(last):
    c = read("\n\n".join(EN[:2] + [last]) + "\n", language="en")
    assert not c.excerpt


def test_a_note_that_the_story_goes_on_with_no_story_after_it_marks_an_excerpt():
    """"(continua dopo la foto)" after the last paragraph, then only links: the copy stopped
    before the story did (s37). Fails without excerpt.GOES_ON."""
    para = "Il sindaco ha detto che la città è in lutto. (continua dopo la foto)"
    c = read("\n\n".join(IT[:2] + [para, "Leggi anche: Le altre notizie del giorno"]) + "\n",
             language="it")
    assert c.excerpt and "goes on" in c.excerpt_reason


def test_a_note_with_story_after_it_marks_no_excerpt():
    para = "Il sindaco ha detto che la città è in lutto. (continua dopo la foto)"
    c = read("\n\n".join(IT[:2] + [para] + IT[2:]) + "\n", language="it")
    assert not c.excerpt

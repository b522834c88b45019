"""Shapes of the spent sealed sets read again at the twenty-eighth stop (spent22 to spent25, with
the earlier fresh pools), in invented snippets of several languages, each beside a neighbour of
the same shape that must stay as it is:

* the writer's role on a line of its own, with a beat before it, a second role or a place after
  it, under the writer's name or in the page's head (``rules/bylines.py``, ``author-role``);
* a sign-off in brackets glued after the paragraph's last sentence: the writer's initials in
  capitals or the source's one capitalised name (``notes.note_after``).
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

# --- the writer's role on a line of its own -----------------------------------------------------

ROLES = [
    # (language, title, name or "", role line, lede)
    ("en", "Ferry sinks off the Greyhaven coast, nine missing", "Martha Quill",
     "Senior Transport Correspondent, Glasgow",
     "A passenger ferry sank off the Greyhaven coast on Tuesday night, and coastguards said "
     "nine of the 140 people on board were still missing at dawn."),
    ("en", "Tunnel fire closes the Ostbrook motorway", "",
     "Science Correspondent and Presenter",
     "A lorry caught fire inside the Ostbrook tunnel on Friday morning, closing the motorway in "
     "both directions for most of the day, the highways agency said."),
    ("de", "Brand in Lagerhalle bei Feldkirchen", "Jonas Albrecht",
     "Leitender Redakteur, Hamburg",
     "In einer Lagerhalle bei Feldkirchen ist am Montagabend ein Großbrand ausgebrochen, bei dem "
     "nach Angaben der Feuerwehr drei Arbeiter leicht verletzt wurden."),
    ("es", "Un incendio arrasa 300 hectáreas en la sierra de Valdoria", "",
     "Periodista y Presentadora",
     "Un incendio forestal declarado el martes por la tarde en la sierra de Valdoria ha arrasado "
     "ya unas 300 hectáreas, según los bomberos de la comarca."),
    ("fr", "Un pont s’effondre à Valbrune, deux blessés", "Claire Morvan",
     "Envoyée spéciale, Lyon",
     "Un pont routier s’est effondré mardi matin à Valbrune, blessant deux automobilistes, a "
     "indiqué la préfecture dans un communiqué publié à la mi-journée."),
]


#: Neighbours: a line naming a role after a function word (a title, in the head or in the
#: body), and a role line below the story's first paragraph with no name above it (a crosshead
#: of the body): no byline.
ROLE_NEIGHBOURS = {
    "en": "The Foreign Correspondent",
    "de": "Der Korrespondent",
    "fr": "Le Grand Reporter",
    "es": "El Corresponsal",
}
BODY = ("Rescue teams worked through the night, and the regional office said on Wednesday that "
        "the road would stay closed until the inspection was finished.")


@pytest.mark.parametrize(("language", "title", "name", "role", "lede"), ROLES)
def test_the_writers_role_on_its_own_line_is_a_byline(language, title, name, role, lede):
    head = [title] + ([name] if name else [])
    c = read("\n\n".join([*head, role, lede]) + "\n", language=language)
    assert c.headline == title, (c.headline, rules(c))
    assert rules(c).get(role) == "author-role", rules(c)
    assert story(c) == [lede]
    for line in (ROLE_NEIGHBOURS[language], role):  # below the lede, no name above: story
        c = read("\n\n".join([title, lede, line, BODY]) + "\n", language=language)
        assert line in story(c), (line, rules(c))
    # a function word before the role makes a title, in the head too
    c = read("\n\n".join([title, ROLE_NEIGHBOURS[language], lede]) + "\n", language=language)
    assert not any(r.rule == "author-role" for r in c.removed), rules(c)


# --- a sign-off in brackets after the last sentence -------------------------------------------

SIGNED = [
    # (language, paragraph's sentences, sign-off)
    ("nl", "De brandweer van Veldhoven heeft de brand in de loods rond middernacht onder controle "
           "gekregen. Niemand raakte gewond, maar de schade is groot.", "(JVD)"),
    ("nl", "Door de hevige regenval liepen in Zwartdorp tientallen kelders onder water. De "
           "gemeente zet extra pompen in tot het weekend.", "(Nuvo)"),
    ("de", "Die Feuerwehr konnte den Brand in der Lagerhalle nach vier Stunden löschen. Verletzt "
           "wurde nach Angaben der Polizei niemand.", "(RKL)"),
    ("fr", "Les pompiers ont maîtrisé l’incendie de l’entrepôt vers minuit. Personne n’a été "
           "blessé, mais les dégâts sont importants.", "(Vigie)"),
]


#: Neighbours: an abbreviation in brackets inside the sentence, before its full stop; a
#: bracketed word after no full sentence (a clause the page closed with no stop); two words in
#: brackets (a pointer of the story's own): the paragraph stays whole.
SIGN_NEIGHBOURS = {
    "nl": ("Het Koninklijk Nederlands Meteorologisch Instituut gaf code oranje af voor de hele "
           "provincie (KNMI).",
           "De brandweer bleef de hele nacht ter plaatse, zei de gemeente (Nuvo)"),
    "de": ("Die Feuerwehr rückte mit allen Fahrzeugen aus, wie der Kreisbrandmeister am Abend "
           "sagte (RKL)",
           "Die Feuerwehr blieb die ganze Nacht über vor Ort. (Siehe Kasten)"),
    "fr": ("Les pompiers sont restés sur place toute la nuit, selon la préfecture (Vigie)",
           "Les pompiers sont restés sur place toute la nuit. (Voir encadré)"),
}
SIGNED_LEDE = {
    "nl": "Een eerste alinea van het verhaal vertelt wat er dinsdag in het dorp gebeurde, zegt de "
          "politie.",
    "de": "Ein erster Absatz erzählt, was in dem Dorf am Dienstagabend geschehen ist, sagte die "
          "Polizei.",
    "fr": "Un premier paragraphe raconte ce qui s’est passé mardi soir dans le village, selon la "
          "police.",
}


@pytest.mark.parametrize(("language", "sentences", "sign"), SIGNED)
def test_a_sign_off_in_brackets_after_the_last_sentence_is_cut_off(language, sentences, sign):
    lede = SIGNED_LEDE[language]
    c = read(f"Titel\n\n{lede}\n\n{sentences} {sign}\n", language=language)
    assert rules(c).get(sign) == "bracketed-note", rules(c)
    assert story(c)[-1] == sentences
    for paragraph in SIGN_NEIGHBOURS[language]:
        c = read(f"Titel\n\n{lede}\n\n{paragraph}\n", language=language)
        assert story(c)[-1] == paragraph, (paragraph, rules(c))


# --- a wire picture's caption told by its opening formula -----------------------------------------

POINTING = [
    # (language, caption, neighbour of the story naming a picture, lede)
    ("en", "In this photo provided by Rosa Vintner, flooded cars sit in a street of Marlow Bay "
           "on Tuesday, Oct. 3, 2028. Residents of the harbour town waded through water up to "
           "their knees after the river burst its banks in the night, and many spent the day on "
           "the upper floors of their homes.",
     "This photo, the family said, was taken an hour before the dam gave way.",
     "Floodwater swept through Marlow Bay on Tuesday, and the county said at least 12 people "
     "were missing by the evening."),
    ("es", "En esta imagen tomada de un video, varios vecinos caminan entre el barro en una calle "
           "de Valdoria, el martes 3 de octubre de 2028.",
     "En esta zona, las fotos difundidas por los vecinos muestran el agua entrando en las casas.",
     "Las inundaciones arrasaron el martes el centro de Valdoria y dejaron al menos doce "
     "desaparecidos, según la alcaldía."),
    ("fr", "Sur cette photo fournie par les pompiers, un camion renversé dans une rue de Valbrune "
           "le mardi 3 octobre 2028.",
     "Sur cette route, une photo prise par un automobiliste montre le pont juste avant sa chute.",
     "Les inondations ont ravagé mardi le centre de Valbrune, où douze personnes restaient "
     "portées disparues le soir, selon la préfecture."),
    ("it", "In questa foto fornita dai vigili del fuoco, le auto sommerse in una via di Borgoalto "
           "martedì 3 ottobre 2028.",
     "In questa zona, le foto scattate dai residenti mostrano l'acqua entrare nelle case.",
     "L'alluvione ha travolto martedì il centro di Borgoalto, dove dodici persone risultavano "
     "disperse in serata, secondo il comune."),
    ("pt", "Nesta foto divulgada pelos bombeiros, carros submersos numa rua de Vila Serra na "
           "terça-feira, 3 de outubro de 2028.",
     "Nesta rua, as fotos tiradas pelos moradores mostram a água entrando nas casas.",
     "A enchente atingiu na terça-feira o centro de Vila Serra, onde doze pessoas estavam "
     "desaparecidas à noite, segundo a prefeitura."),
]


@pytest.mark.parametrize(("language", "caption", "neighbour", "lede"), POINTING)
def test_a_caption_pointing_at_its_picture_is_removed(language, caption, neighbour, lede):
    c = read(f"Title\n\n{lede}\n\n{caption}\n\n{neighbour}\n\n{lede}\n", language=language)
    assert rules(c).get(caption) == "pointing-caption", rules(c)
    assert neighbour in story(c), rules(c)

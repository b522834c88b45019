"""Furniture shapes found on fresh pages of transport and industrial accidents (fdev2, issue #13).

Each shape is written as a mechanism (its form, its words, its position) and checked here with
invented lines only, in the languages the shape is printed in, beside a story line that looks
like it and must stay: a player's length and a clip's title with its length (and a time of day
after "at", "um", "a las"), a picture's note that it only illustrates, the short consent notice
("Esta web usa cookies."), a pitch offering the outlet's updates for free, a broadcaster's
sign-off naming its reporters, a caption closed by the site's own name, a dateline in capitals
whose city is a folder of the address, and a two-word section name over the title whose words
the stop lists hold as frequent nouns. The invented page of each language is the checklist's
(:mod:`test_furniture_checklist`), and every case checks that its story is kept whole.
"""

from __future__ import annotations

import pytest

from tests.cleaning.test_furniture_checklist import (
    BODY,
    END,
    LEDE,
    PAGES,
    STORY,
    TOP,
    _holder,
    _page,
)
from tests.conservation import read

#: (language, where, the line, expected: a rule kind or STORY)
CASES = [
    # ---- a player's length alone, with the clip's number in the player's list
    # (the length alone, "Dauer: 1:48", was read as a reading time already)
    ("fr", TOP, "Durée : 2 mn 26 / [1]", "embed"),
    ("fr", BODY, "Time : 1 mn 36 / [2]", "embed"),
    # ---- a clip's title and its length, as a playlist prints it
    ("en", BODY, "Crews clear the depot after the blast 02:44", "embed"),
    ("fr", BODY, "Les pompiers face au feu de l'entrepôt 01:58", "embed"),
    ("de", BODY, "Feuerwehr kämpft gegen den Brand im Lager 02:10", "embed"),
    ("es", BODY, "Los bomberos luchan contra el fuego del almacén 01:37", "embed"),
    ("it", BODY, "I vigili del fuoco al lavoro nel deposito 02:05", "embed"),
    ("pt", BODY, "Bombeiros combatem o fogo no armazém 01:52", "embed"),
    # a time of day after its preposition stays
    ("en", BODY, "The first sirens in the town sounded at 02:44", STORY),
    ("de", BODY, "Der erste Alarm in der Stadt ging um 02:44", STORY),
    ("fr", BODY, "La première alerte a été donnée à 02:44", STORY),
    ("es", BODY, "La primera alarma del pueblo sonó a las 02:44", STORY),
    ("it", BODY, "Il primo allarme in paese è scattato alle 02:44", STORY),
    ("pt", BODY, "O primeiro alarme na vila soou às 02:44", STORY),
    # ... or a few words before it (review 51)
    ("en", BODY, "The first call reached the dispatch centre at exactly 02:44", STORY),
    ("en", BODY, "The blaze broke out in the early hours of 02:44", STORY),
    # ---- a picture's note that it only illustrates
    ("en", BODY, "Illustrative image", "caption"),
    ("fr", BODY, "Pour illustration", "caption"),
    ("de", BODY, "Symbolfoto", "caption"),
    ("es", BODY, "Imagen ilustrativa", "caption"),
    ("it", BODY, "Foto illustrativa", "caption"),
    ("pt", BODY, "Imagem ilustrativa", "caption"),
    # ---- (review 51) a story line with the pitch's words in other clauses, and a sign-off's
    # shape whose "names" are people by what they are or a body
    ("it", BODY, "Resta aperta la mensa gratuita per gli sfollati, secondo le ultime notizie "
     "del comune di Borgoralto.", STORY),
    ("es", BODY, "Recibe gratis la ayuda del ayuntamiento: las últimas noticias dicen que llega "
     "el lunes.", STORY),
    ("de", BODY, "Aus Haldenau berichten Helfer Furchtbares.", STORY),
    ("es", BODY, "Desde Valdeluna informan Protección Civil y Cruz Roja.", STORY),
    ("fr", BODY, "Pour illustrer le danger, le maire a rappelé l'incendie de 2019 dans la même "
     "zone.", STORY),
    # ---- the short consent notice
    ("es", END, "Esta web usa cookies.", "consent-banner"),
    ("pt", END, "Este site usa cookies.", "consent-banner"),
    ("it", END, "Questo sito usa i cookie.", "consent-banner"),
    ("es", BODY, "La asociación denunció que la web del ayuntamiento usaba cookies sin avisar "
     "a los vecinos.", STORY),
    # ---- a pitch offering the outlet's updates for free
    ("en", BODY, "Find out what is new in Kelsby for free with the latest updates of "
     "the Courier.", "newsletter"),
    ("fr", END, "Recevez gratuitement les dernières actualités de Vernolle chaque matin.",
     "newsletter"),
    ("de", END, "Erhalten Sie kostenlos die neuesten Nachrichten aus Haldenau.", "newsletter"),
    ("es", END, "Recibe gratis las últimas noticias de Valdeluna.", "newsletter"),
    ("it", END, "Ricevi gratis le ultime notizie da Borgoralto.", "newsletter"),
    ("pt", END, "Receba gratuitamente as últimas notícias de Vila Serrana.", "newsletter"),
    ("en", BODY, "Residents can find out what is happening with the latest updates from the "
     "fire service.", STORY),
    # ---- a broadcaster's sign-off naming its reporters
    ("de", END, "Aus Haldenau berichten Jonas Weber und Petra Lind.", "byline"),
    ("es", END, "Desde Valdeluna informa Ana Ruiz.", "byline"),
    ("it", END, "Da Borgoralto il servizio di Marco Galli.", "byline"),
    ("fr", END, "Depuis Vernolle, le reportage de Claire Morel.", "byline"),
    ("pt", END, "De Vila Serrana, reportagem de Rui Costa.", "byline"),
    ("en", END, "From Kelsby, reporting by Lena Marsh.", "byline"),
    ("de", BODY, "Aus Haldenau berichten Anwohner, dass der Rauch bis zum Morgen zu sehen war.",
     STORY),
    ("de", BODY, "Aus Haldenau berichtet Jonas Weber über die Lage der Anwohner.", STORY),
    ("es", BODY, "Desde Valdeluna informan los bomberos de que el fuego está controlado.", STORY),
    # ---- a section name over the title, of words the stop lists hold as nouns
    ("en", TOP, "Community Corner", "navigation"),
    ("en", TOP, "Tragedy in Kelsby", STORY),
]

#: The kinds a removal may be given for each expected kind.
ACCEPT = {"embed": ("embed", "counter"), "caption": ("caption", "credit"), "consent-banner": (
    "consent-banner",), "newsletter": ("newsletter",), "byline": ("byline",),
    "navigation": ("navigation", "link-list")}


def _check(c, lang: str, line: str, expected: str) -> None:
    story = PAGES[lang]
    for paragraph in (story.standfirst, *story.body):
        assert any(paragraph == b.text for b in c.paragraphs), (paragraph, c.removed)
    got = _holder(c, line)
    if expected == STORY:
        assert got == (STORY, "") or c.headline == line, (got, c.removed)
    else:
        assert c.headline == story.title
        assert got is not None and got[0] == "removed" and got[1] in ACCEPT[expected], got


@pytest.mark.parametrize(("lang", "where", "line", "expected"), CASES,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_fresh_page_furniture(lang: str, where: str, line: str, expected: str) -> None:
    _check(read(_page(lang, where, line), language=lang), lang, line, expected)


#: An address whose host names the outlet and whose first folder names a city's edition.
URL = "https://www.harbourtv.example/kelsby/news/warehouse-blaze-forces-evacuation"


def _with_address(line: str, where: str) -> str:
    return URL + "\n\n" + _page("en", where, line)


@pytest.mark.parametrize(("where", "line", "expected"), [
    # the caption's credit is the site's own name (a sentence naming it is story)
    (BODY, "Crews searched the ruins of the depot through the night. Harbour TV", "caption"),
    (BODY, "Crews searched the ruins of the depot, Harbour TV reported.", STORY),
])
def test_caption_closed_by_the_site_name(where: str, line: str, expected: str) -> None:
    c = read(_with_address(line, where), language="en")
    _check(c, "en", line, expected if expected == STORY else "caption")


def test_a_dateline_named_after_the_address_folder_stays_story() -> None:
    lede = "KELSBY — Fire crews stayed at the scene on Friday to cool the ruins of the depot."
    c = read(_with_address(lede, LEDE), language="en")
    assert any(b.text == lede for b in c.paragraphs), c.removed


def test_the_outlet_named_by_the_host_before_the_dash_is_its_credit() -> None:
    lede = "HARBOURTV — Fire crews stayed at the scene on Friday to cool the ruins of the depot."
    c = read(_with_address(lede, LEDE), language="en")
    assert any(r.text.startswith("HARBOURTV") and r.kind == "credit" for r in c.removed), \
        c.removed

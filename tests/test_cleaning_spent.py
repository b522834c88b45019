"""Shapes of the spent sealed sets (s22 to s25, read as working pages at the twenty-sixth stop),
in invented snippets of several languages, each beside a neighbour of the same shape that must
stay as it is:

* a kicker of a few words glued before the title the address spells, on the page's first line,
  perhaps with the standfirst glued after the title (``glued.kicker_title``);
* a kicker line of a few words over a title that shares no word of the address, with the
  standfirst under it: the title is the headline, not a crosshead (``headline.choose``).
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

# --- a kicker glued before the title the address spells ----------------------------------------

KICKED = [
    # (language, address, kicker, title, standfirst glued after it or "", lede)
    ("de", "https://www.talbote.example/welt/bruecke-bei-obermoos-eingestuerzt-zwei-tote-"
           "bahn-unfaelle-51234567",
     "Sperrung und Umwege", "Brücke bei Obermoos eingestürzt - zwei Tote", "",
     "Bei einem schweren Unglück an der Kreisstraße sind am Dienstag nahe Obermoos mindestens "
     "zwei Menschen ums Leben gekommen, wie die Polizei am Abend mitteilte."),
    ("fr", "https://www.lematin-du-lac.example/incendie-dun-entrepot-a-valbrune-trois-blesses-"
           "981234567",
     "Suisse –", "Incendie d’un entrepôt à Valbrune, trois blessés",
     " Un entrepôt de meubles a brûlé mardi soir à Valbrune, dans le nord du canton. Trois "
     "employés ont été conduits à l’hôpital.",
     "Les pompiers ont lutté pendant quatre heures contre les flammes, a indiqué leur "
     "porte-parole, et une enquête a été ouverte."),
    ("it", "https://www.corriere-del-borgo.example/crolla-un-ponte-a-valdoria-quattro-feriti-"
           "77123456",
     "Maltempo:", "Crolla un ponte a Valdoria, quattro feriti", "",
     "Quattro persone sono rimaste ferite nel crollo di un ponte a Valdoria nella notte tra "
     "lunedì e martedì, hanno riferito i vigili del fuoco."),
]


@pytest.mark.parametrize(("language", "url", "kicker", "title", "after", "lede"), KICKED)
def test_a_kicker_glued_before_the_title_the_address_spells_is_cut_off(
        language, url, kicker, title, after, lede):
    c = read(f"{kicker} {title}{after}\n\n{lede}\n", url=url, language=language)
    assert c.headline == title, (c.headline, rules(c))
    assert rules(c).get(kicker) == "glued-kicker", rules(c)
    assert story(c) == ([after.strip()] if after else []) + [lede]
    # the neighbours: a title going on past the address' words in lower case (the address cut
    # it short: no paragraph opens there), and a sentence whose opening clause, closed by a
    # comma, stands before the address' words: nothing is cut from either
    for line in (f"{kicker} {title} {TAIL[language]}", f"{kicker}, {CLAUSE[language]}, {title}"):
        c = read(f"{line}\n\n{lede}\n", url=url, language=language)
        assert not any(r.rule == "glued-kicker" for r in c.removed), (line, rules(c))


#: The end of a title that the address left out, in each test's language.
TAIL = {"de": "und weitere Folgen des Sturms im Tal", "fr": "et les autres suites de la tempête",
        "it": "e le altre conseguenze della tempesta"}
#: An opening clause closed by a comma.
CLAUSE = {"de": "so die Polizei am Abend", "fr": "selon la police du canton",
          "it": "secondo la polizia locale"}



# --- a kicker line over a title sharing no word of the address ---------------------------------

OVER = [
    # (language, address, kicker, title, standfirst, body)
    ("de", "https://www.talpost.example/nachrichten/welt/sturm-ueber-dem-hochland-viele-"
           "schaeden-123456.html",
     "Unwetter im Hochland", "Aufräumen nach dem Orkan in Bergstetten",
     "Wie konnte ein einziger Sturm so viele Dächer abdecken? Die Gemeinde zählt die Schäden, "
     "die Versicherer schweigen noch.",
     "Hunderte Helfer waren am Sonntag in Bergstetten unterwegs, um umgestürzte Bäume von den "
     "Straßen zu räumen, teilte die Feuerwehr mit."),
    ("fr", "https://www.lecho-des-vallees.example/actu/tempete-sur-les-hauts-plateaux-degats-"
           "456789.html",
     "Chaos en montagne", "Valbrune panse ses plaies après le coup de vent",
     "Comment une seule nuit a-t-elle pu arracher tant de toitures ? La commune fait ses "
     "comptes, les assureurs se taisent encore.",
     "Des centaines de bénévoles ont dégagé dimanche les routes de Valbrune encombrées "
     "d’arbres tombés, selon les pompiers du canton."),
    ("en", "https://www.valleyherald.example/news/world/gale-over-the-uplands-roofs-torn-"
           "789012.html",
     "Night of chaos", "Millbrook counts its losses after the night of wind",
     "How could one night strip so many roofs? The town is still counting, and insurers have "
     "said little so far.",
     "Hundreds of volunteers cleared fallen trees from the roads around Millbrook on Sunday, "
     "the county fire service said."),
]


@pytest.mark.parametrize(("language", "url", "kicker", "title", "standfirst", "body"), OVER)
def test_the_title_under_a_kicker_line_is_the_headline(language, url, kicker, title,
                                                        standfirst, body):
    c = read(f"{kicker}\n\n{title}\n\n{standfirst}\n\n{body}\n", url=url, language=language)
    assert c.headline == title, (c.headline, c.headline_origin, rules(c))
    assert standfirst in story(c) and body in story(c)
    # the neighbour: the short line stands over a paragraph of prose, not over a title; the
    # crosshead further down shares no word of the address and stays in the story
    c = read(f"{kicker}\n\n{standfirst}\n\n{title}\n\n{body}\n", url=url, language=language)
    assert c.headline != title, (c.headline, c.headline_origin)
    assert title in story(c)

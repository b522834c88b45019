"""Shapes of the spent sealed sets (s22 to s25, read as working pages at the twenty-sixth stop),
in invented snippets of several languages, each beside a neighbour of the same shape that must
stay as it is:

* a kicker of a few words closed by a spaced dash glued before the title the address spells,
  on the page's first line, or the standfirst glued after that title (``glued.kicker_title``);
"""

from __future__ import annotations

import pytest

from tests.conservation import read, rules, story

# --- a kicker glued before the title the address spells ----------------------------------------

KICKED = [
    # (language, address, kicker, title, standfirst glued after it or "", lede)
    ("de", "https://www.talbote.example/welt/bruecke-bei-obermoos-eingestuerzt-zwei-tote-"
           "bahn-unfaelle-51234567",
     "Sperrung und Umwege –", "Brücke bei Obermoos eingestürzt - zwei Tote", "",
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
     "Maltempo –", "Crolla un ponte a Valdoria, quattro feriti", "",
     "Quattro persone sono rimaste ferite nel crollo di un ponte a Valdoria nella notte tra "
     "lunedì e martedì, hanno riferito i vigili del fuoco."),
    # no kicker: the standfirst glued after the title
    ("it", "https://www.giornale-del-golfo.example/cronaca/la-piena-del-fiume-vista-dal-drone-"
           "borgoalto-isolato-dal-fango/",
     "", "La piena del fiume vista dal drone: Borgoalto isolato dal fango",
     " La Protezione civile regionale ha diffuso oggi un filmato aereo della piena che ha "
     "colpito Borgoalto nella notte di sabato.",
     "Le immagini mostrano le strade del centro coperte da un metro di fango e detriti, mentre "
     "i soccorritori raggiungono le case isolate."),
    ("es", "https://www.diario-del-valle.example/sucesos/el-incendio-del-monte-visto-desde-el-"
           "aire-tres-pueblos-evacuados/",
     "", "El incendio del monte visto desde el aire: tres pueblos evacuados",
     " Los bomberos forestales publicaron este martes un vídeo grabado desde un helicóptero "
     "sobre las llamas que cercan la comarca.",
     "Unos 800 vecinos pasaron la noche en el polideportivo municipal, según el ayuntamiento, "
     "y las carreteras siguen cortadas."),
]


@pytest.mark.parametrize(("language", "url", "kicker", "title", "after", "lede"), KICKED)
def test_a_kicker_glued_before_the_title_the_address_spells_is_cut_off(
        language, url, kicker, title, after, lede):
    head = f"{kicker} {title}" if kicker else title
    c = read(f"{head}{after}\n\n{lede}\n", url=url, language=language)
    assert c.headline == title, (c.headline, rules(c))
    assert not kicker or rules(c).get(kicker) == "glued-kicker", rules(c)
    assert story(c) == ([after.strip()] if after else []) + [lede]
    # the neighbours: a title going on past the address' words in lower case (the address cut
    # it short: no paragraph opens there), a sentence whose opening clause, closed by a comma,
    # stands before the address' words, a kicker glued with a bare space (the title's first
    # words for fdev4's labels), one closed by a colon (a title "Place: what happened") and the
    # site's name before the dash (a title bar): nothing is cut from any of them
    bare = kicker.rstrip(" –") or "Unwetter"
    site = url.split("//www.")[1].split(".")[0].replace("-", " ").title()
    for line in (f"{head} {TAIL[language]}", f"{bare}, {CLAUSE[language]}, {title}",
                 f"{bare} {title}", f"{bare}: {title}", f"{site} – {title}"):
        c = read(f"{line}\n\n{lede}\n", url=url, language=language)
        assert not any(r.rule == "glued-kicker" for r in c.removed), (line, rules(c))


#: The end of a title that the address left out, in each test's language.
TAIL = {"de": "und weitere Folgen des Sturms im Tal", "fr": "et les autres suites de la tempête",
        "it": "e le altre conseguenze della tempesta", "es": "y las otras secuelas del fuego"}
#: An opening clause closed by a comma.
CLAUSE = {"de": "so die Polizei am Abend", "fr": "selon la police du canton",
          "it": "secondo la polizia locale", "es": "según la guardia civil"}

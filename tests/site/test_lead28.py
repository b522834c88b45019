"""The lead's mends of the twenty-eighth stop (trial 29: a volcano's eruption reported in five
languages), on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.extract.figures import figures_in
from generator.text.name_runs import names_in, run_core
from tests.conftest import briefing_here, check_with_pages, copy_example
from tests.probes import figures, sentence

# --- a wound said to be fatal is a death (the dead of an accident read as people counted)


@pytest.mark.parametrize(("text", "lang"), [
    ("Two workers were fatally injured at the quarry.", "en"),
    ("Zwei Arbeiter wurden im Steinbruch tödlich verletzt.", "de"),
    ("Die übrigen zwei Arbeiter sind im Steinbruch tödlich verunglückt.", "de"),
    ("Deux ouvriers ont été mortellement blessés dans la carrière.", "fr"),
    ("Deux ouvriers ont été blessés mortellement dans la carrière.", "fr"),
    ("Dos obreros resultaron heridos de muerte en la cantera.", "es"),
    ("Due operai sono stati feriti mortalmente nella cava.", "it"),
    ("Dois operários ficaram mortalmente feridos na pedreira.", "pt"),
])
def test_a_fatal_wound_is_a_death(text, lang):
    assert figures(text, lang) == [(2, "dead")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Two workers were seriously injured at the quarry.", "en"),
    ("Zwei Arbeiter wurden im Steinbruch schwer verletzt.", "de"),
    ("Deux ouvriers ont été grièvement blessés dans la carrière.", "fr"),
    ("Dos obreros resultaron heridos de gravedad en la cantera.", "es"),
])
def test_a_fatal_wound_is_a_death_neighbours(text, lang):
    assert figures(text, lang) == [(2, "wounded")]


# --- the death of the people counted, an adjective on the noun of death


@pytest.mark.parametrize(("text", "lang"), [
    ("The foreman confirmed the tragic deaths of 14 workers on the ridge.", "en"),
    ("Der Bergführer bestätigte den tragischen Tod von 14 Wanderern am Grat.", "de"),
    ("Le chef de chantier a confirmé la mort tragique de 14 ouvriers sur la crête.", "fr"),
    ("El guía confirmó la trágica muerte de 14 excursionistas en la cresta.", "es"),
])
def test_the_tragic_deaths_of_people_counted(text, lang):
    assert figures(text, lang) == [(14, "dead")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The foreman told the tragic story of 14 workers on the ridge.", "en", "dead"),
    ("Der Bergführer erzählte die Geschichte von 14 Wanderern am Grat.", "de", "dead"),
])
def test_the_tragic_deaths_of_people_counted_neighbours(text, lang, expected):
    assert [g for _, g in figures(text, lang)] != [expected]


# --- a year after an elided word is a year ("qu'en 1985"), not a count


@pytest.mark.parametrize("text", [
    "Un bilan qui rappelle qu'en 1985 l'éboulement le plus meurtrier avait fait 40 morts.",
    "Un bilan qui rappelle qu’en 1985 l’éboulement le plus meurtrier avait fait 40 morts.",
    "C'est le pire bilan depuis qu'en 1985 un éboulement a fait 40 morts.",
])
def test_a_year_after_an_elided_word(text):
    assert figures(text, "fr") == [(40, "dead")]


def test_a_year_after_an_elided_word_neighbour():
    assert figures("Les secours comptent 1985 blessés dans la vallée.", "fr") == [
        (1985, "wounded")]


# --- a part of a whole that no table counts is no part of a figure further back


@pytest.mark.parametrize(("before", "text", "lang"), [
    ("La zona de exclusión mide 3 kilómetros.",
     "El archipiélago alberga más de 350 cráteres, de los que unos 140 siguen en actividad.",
     "es"),
    ("The exclusion zone is 3 kilometres wide.",
     "Ostravia is home to more than 350 craters, of which some 140 are still active.",
     "en"),
    ("A zona de exclusão mede 3 quilômetros.",
     "O arquipélago abriga mais de 350 crateras, das quais umas 140 seguem em atividade.",
     "pt"),
])
def test_a_part_of_an_uncounted_whole(before, text, lang):
    earlier = figures_in(sentence(before), lang)
    assert [f.group for f in earlier] == ["km"]
    found = figures_in(sentence(text, len(before) + 1), lang, earlier)
    assert [f.group for f in found if f.value == 140] in ([], ["cráter"], ["crater"], ["cratera"])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Forty people were hurt, of whom 12 are in hospital.", "en", [(40, "wounded"),
                                                                   (12, "wounded")]),
    ("Il y a 40 blessés, dont 12 graves.", "fr", [(40, "wounded"), (12, "wounded")]),
    ("Es gab 40 Verletzte, von denen 12 schwer verletzt sind.", "de", [(40, "wounded"),
                                                                       (12, "wounded")]),
])
def test_a_part_of_an_uncounted_whole_neighbours(text, lang, expected):
    assert figures(text, lang) == expected


# --- a part of the people there whose own verb, past an aside, says what befell them


@pytest.mark.parametrize(("text", "lang"), [
    ("Sur les 40 ouvriers présents, 14 – et non plus 9 comme annoncé mardi – ont trouvé la "
     "mort.", "fr"),
    ("De los 40 obreros presentes, 14 – y no 9 como se dijo el martes – murieron.", "es"),
])
def test_a_part_of_those_present_past_an_aside(text, lang):
    assert (14, "dead") in figures(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Il y avait 40 ouvriers présents, et 14 à l'extérieur.", "fr"),
    ("Había 40 obreros presentes, y 14 en el exterior.", "es"),
])
def test_a_part_of_those_present_past_an_aside_neighbours(text, lang):
    assert [g for _, g in figures(text, lang)] == ["present", "present"]


# --- names: an elided article opening a sentence is no part of a name; a month or a number
# word is no name


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("L'Ostravie a fermé la route du col.", "fr", ["Ostravie"]),
    ("L’effondrement du Valmont a surpris les marcheurs.", "fr", ["Valmont"]),
    ("Nell'Ostravia del nord la strada è chiusa.", "it", ["Ostravia"]),
    # neighbours: a surname's own apostrophe, and a town named with its article mid-sentence
    ("Massimo D'Arvenzo a parlé aux secours.", "fr", ["Massimo D'Arvenzo"]),
    ("Les secours sont arrivés à L'Arvenza dans la nuit.", "fr", ["L'Arvenza"]),
])
def test_an_elided_article_opening_a_sentence(text, lang, expected):
    assert names_in(text, lang) == expected


@pytest.mark.parametrize(("run", "lang", "expected"), [
    ("Januar", "de", ""), ("Douze", "fr", ""), ("Zwölf", "de", ""), ("Martes", "es", ""),
    # neighbours: a name, a person whose surname is a month's
    ("Valmont", "fr", "Valmont"), ("Theresa May", "en", "Theresa May"),
    ("Ostravia", "it", "Ostravia"),
])
def test_a_month_or_a_number_word_is_no_name(run, lang, expected):
    assert run_core(run, lang) == expected


# --- check's outlet hint: a rented machine's address names no outlet


def test_a_rented_machines_address_offers_no_outlet_id(tmp_path):
    project = copy_example(tmp_path / "p")
    articles = project / "content/articles"
    page = "{url}\nHarbour reopens\n\nThe harbour of Varn reopened on Monday after repairs.\n"
    for stem, url in {
            "mirror": "https://ec2-198-51-100-7.eu-north-9.compute.example.com/2031/03/27/a/",
            "static": "http://203-0-113-9.static.example.net/harbour",
            # neighbour: a site whose name holds numbers and dashes
            "seven": "https://news-24-7.example.org/harbour"}.items():
        (articles / f"{stem}.txt").write_text(page.format(url=url), encoding="utf-8")
        (articles / f"{stem}.yaml").write_text("published: 2031-03-27\n", encoding="utf-8")
    proc = briefing_here(project, "check")
    assert proc.returncode == 1
    lines = [x for x in proc.stderr.splitlines() if "has no outlet" in x]
    assert "add `outlet: <id>` to mirror.yaml" in next(x for x in lines if "'mirror'" in x)
    assert "add `outlet: <id>` to static.yaml" in next(x for x in lines if "'static'" in x)
    seven = next(x for x in lines if "'seven'" in x)
    assert "`outlet: <id>`" not in seven and "url: \"https://news-24-7.example.org\"" in seven


# --- a page cut two letters into its next paragraph: the letters are the story's, not a credit


@pytest.mark.parametrize(("last", "lang", "prose"), [
    ("Fo", "en", "The ridge path stays closed while the rangers search the slopes above the "
                 "village, the park office said on Tuesday."),
    ("Wa", "de", "Der Weg über den Grat bleibt gesperrt, während die Ranger die Hänge über dem "
                 "Dorf absuchen, teilte die Parkverwaltung am Dienstag mit."),
    ("Le", "fr", "Le sentier de la crête reste fermé pendant que les gardes fouillent les pentes "
                 "au-dessus du village, a indiqué mardi le parc."),
])
def test_two_letters_closing_a_cut_page_are_the_story(last, lang, prose):
    from tests.conservation import page, read, story

    caption = ("Rescuers carry a stretcher down the ridge above Valmont, March 4. "
               "(Photo Agency/Ana Ruiz)")
    cleaned = read(page("Ridge path closed after the rockfall", prose, caption, last),
                   language=lang)
    assert story(cleaned)[-1] == last
    assert cleaned.via != last
    assert cleaned.excerpt


@pytest.mark.parametrize(("last", "lang"), [("AP", "en"), ("dpa", "de"), ("AFP", "fr")])
def test_two_letters_closing_a_cut_page_are_the_story_neighbours(last, lang):
    from tests.conservation import page, read, story

    prose = ("The ridge path stays closed while the rangers search the slopes above the "
             "village, the park office said on Tuesday.")
    cleaned = read(page("Ridge path closed after the rockfall", prose, last), language=lang)
    assert story(cleaned)[-1] == prose


# --- check: a number cited for one figure is not shown as another's; a figure quoted from a
# quotation is credited by the sentence that closes it

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cyclone"
_PORT = "shipping-weekly-port"


def _checked(tmp_path, story: str, reports: str):
    """``briefing check`` of the cyclone fixture whose port article is ``story``, with
    ``reports`` (YAML list items) added to the deaths figure."""
    from generator.site.pipeline import run_check

    project = tmp_path / "cyclone"
    shutil.copytree(FIXTURE, project)
    (project / f"content/articles/{_PORT}.txt").write_text(story, encoding="utf-8")
    figures = project / "content/facts/figures.yaml"
    text = figures.read_text(encoding="utf-8")
    anchor = "  - id: max-wind\n"
    assert anchor in text
    figures.write_text(text.replace(anchor, reports + "\n" + anchor, 1), encoding="utf-8")
    return run_check(project / "content")


_CITED = ("      - article: shipping-weekly-port\n        value: 9\n"
          "        quote: \"The coast guard confirmed the deaths of 9 crew members\"\n")


def test_a_number_cited_for_another_figure_is_not_this_ones(tmp_path):
    story = ("Port Sarel reopens\n\nThe coast guard confirmed the deaths of 9 crew members, "
             "while a fisherman is still missing at sea.\n")
    checked, problems = _checked(tmp_path, story, _CITED)
    assert checked is not None and not problems.errors, problems.sorted()
    found = checked.mentions.get(("figure", "missing-fishermen"), {}).get(_PORT, [])
    assert found, "the outlet states the missing: it is not silent on them"
    assert [m.written for m in found] != ["9"]
    assert "still missing" in found[0].written


def test_a_number_cited_for_another_figure_is_not_this_ones_neighbour(tmp_path):
    """Cited for no other figure, the number stays the mention's."""
    story = ("Port Sarel reopens\n\nThe coast guard said 9 fishermen are still missing at "
             "sea after the storm.\n")
    checked, _problems = _checked(tmp_path, story, "")
    found = checked.mentions.get(("figure", "missing-fishermen"), {}).get(_PORT, [])
    assert [m.written for m in found] == ["9"]


def _attribution_warnings(problems) -> list[str]:
    return [str(p) for p in problems.sorted() if "attributed_to" in str(p)]


@pytest.mark.parametrize(("who", "warned"), [("Ana Ruiz", False), ("Marco Rossi", True)])
def test_a_figure_quoted_from_a_quotation_is_credited_by_its_closing_sentence(tmp_path, who,
                                                                               warned):
    story = ("Port Sarel reopens\n\nThe harbour master spoke at noon. “We have found 9 of the "
             "crew so far. Nobody sails before Monday,” Ana Ruiz said on the quay.\n")
    reports = ("      - article: shipping-weekly-port\n        value: 9\n"
               f"        attributed_to: \"{who}\"\n"
               "        quote: \"We have found 9 of the crew so far.\"\n")
    checked, problems = _checked(tmp_path, story, reports)
    assert checked is not None and not problems.errors, problems.sorted()
    assert bool(_attribution_warnings(problems)) is warned


# --- a name's meaning in quotation marks is a gloss, not a statement


@pytest.mark.parametrize(("lang", "text", "gloss"), [
    ("fr", "Le Valmont, dont le nom signifie « la dent du loup », est le sommet le plus haut de "
           "la vallée.", "la dent du loup"),
    ("en", "The Valmont, whose name means “the wolf's tooth”, is the highest peak of the "
           "valley.", "the wolf's tooth"),
    ("es", "El Valmont, cuyo nombre significa «el diente del lobo», es la cumbre más alta del "
           "valle.", "el diente del lobo"),
    ("de", "Der Valmont, dessen Name wörtlich „Wolfszahn“ bedeutet, ist der höchste Gipfel des "
           "Tals.", "Wolfszahn"),
])
def test_a_names_meaning_is_no_statement(tmp_path, lang, text, gloss):
    from tests.conftest import quote_speakers

    page = "Valley path closed\n\n" + text + "\n"
    assert gloss not in quote_speakers(tmp_path, page, lang)


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "« Le sentier reste fermé jusqu'à lundi », a dit Ana Ruiz, la directrice du parc.",
     "Le sentier reste fermé jusqu'à lundi"),
    ("en", "“The path stays closed until Monday,” said Ana Ruiz, the park's director.",
     "The path stays closed until Monday"),
])
def test_a_names_meaning_is_no_statement_neighbours(tmp_path, lang, text, said):
    from tests.conftest import quote_speakers

    page = "Valley path closed\n\n" + text + "\n"
    assert quote_speakers(tmp_path, page, lang).get(said) == "Ana Ruiz"


# --- an outcome denied between a group and a bare number is not what the number counts


@pytest.mark.parametrize(("text", "lang"), [
    ("« Des 30 randonneurs qui n’ont pas été évacués, les secours en ont retrouvé 12 », a dit le "
     "chef des secours.", "fr"),
    ("There are 30 people who were not evacuated, and we have found 12 of them so far.", "en"),
    ("Hay 30 personas que no fueron evacuadas, y hemos encontrado a 12.", "es"),
])
def test_a_denied_outcome_before_a_bare_number(text, lang):
    assert (12, "evacuee") not in figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The storm killed 135 people and injured 5,000 in the region.", "en",
     [(135, "dead"), (5000, "wounded")]),
    ("La tormenta mató a 135 personas e hirió a otras 5.000 en la región.", "es",
     [(135, "dead"), (5000, "wounded")]),
])
def test_a_denied_outcome_before_a_bare_number_neighbours(text, lang, expected):
    assert figures(text, lang) == expected


# --- two names a writer tells apart are two


@pytest.mark.parametrize("text", [
    "Le Valmont, qu'il ne faut pas confondre avec le Velmont plus au sud, est le sommet le plus "
    "actif.",
    "The Valmont, not to be confused with the Velmont further south, erupted on Sunday.",
    "Der Valmont ist nicht zu verwechseln mit dem Velmont im Süden.",
    "El Valmont no debe confundirse con el Velmont, más al sur.",
    "Il Valmont, da non confondere con il Velmont più a sud, è attivo.",
])
def test_two_names_told_apart(text):
    from generator.text.told_apart import told_apart

    assert told_apart([text], "Valmont", "Velmont")


def test_two_names_told_apart_neighbour():
    from generator.text.told_apart import told_apart

    assert not told_apart(["Le Valmont, aussi écrit Velmont, est le sommet le plus actif."],
                          "Valmont", "Velmont")


def test_two_names_told_apart_are_no_spelling_hint(tmp_path):
    pages = {
        "ridge-one": "https://one.example.org/a\nValmont erupts\n\nThe Valmont erupted on "
                     "Sunday, officials in Norvik said.\n",
        "ridge-two": "https://two.example.org/b\nValmont ash cloud\n\nThe Valmont sent ash over "
                     "Norvik. It is not to be confused with the Velmont, a quiet peak in the "
                     "south.\n",
        "ridge-three": "https://three.example.org/c\nVelmont quiet\n\nThe Velmont stayed quiet "
                       "on Sunday, rangers in Norvik said.\n",
    }
    proc = check_with_pages(tmp_path / "p", pages)
    assert "'Velmont'" not in proc.stderr and "'Valmont'" not in proc.stderr, proc.stderr


# --- an emergency service's number is its name, not a count (trial 30)


@pytest.mark.parametrize(("text", "lang"), [
    ("Los bomberos hallaron a otra mujer que, según el 112, estaba atrapada en su coche.", "es"),
    ("Selon le 112, une femme était bloquée dans sa voiture près du pont.", "fr"),
    ("Secondo il 118, una donna era bloccata nella sua auto vicino al ponte.", "it"),
    ("Um 9 Uhr ging beim Notruf 112 der erste Anruf aus dem Tal ein.", "de"),
    ("Una donna, ha riferito il 112 Toscana, era bloccata nella sua auto.", "it"),
])
def test_an_emergency_number_is_no_count(text, lang):
    assert [v for v, _ in figures(text, lang) if v in (112, 118)] == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("La riada dejó 112 muertos en el valle.", "es", [(112, "dead")]),
    ("Los 112 heridos fueron trasladados al hospital.", "es", [(112, "wounded")]),
    ("Die Leitstelle meldete 112 Verletzte im Tal.", "de", [(112, "wounded")]),
    ("L'inondation a fait 118 morts dans la vallée.", "fr", [(118, "dead")]),
])
def test_an_emergency_number_is_no_count_neighbours(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "written"), [
    ("Una mujer, según el 112, estaba atrapada en su coche.", "es", "112"),
    ("Selon le 112, une femme était bloquée dans sa voiture.", "fr", "112"),
    ("Secondo il 118, una donna era bloccata nella sua auto.", "it", "118"),
    ("Avisos en Valdoria. #Riada — 112 Castilla (@112Castilla) 3 de mayo de 2031", "es",
     "112"),
    ("Mira #Riada2031 y @112Castilla para más avisos.", "es", "2031"),
])
def test_a_service_number_or_a_handles_digits_read_as_a_name(text, lang, written):
    from generator.text.quantities import QUANTITY, read

    assert [text[q.start:q.end] for q in read(text, lang) if q.kind == QUANTITY
            and text[q.start:q.end] == written] == []


# --- one actor's two spellings, listed as its variants, are one speaker (trial 30)


@pytest.mark.parametrize(("first", "second", "differs"), [
    ("the Coalition", "US-led coalition", False),  # the actor's variant and its name
    ("the Coalition", "Hezbollah", True),  # neighbour: two actors
])
def test_an_actors_listed_spellings_are_one_speaker(tmp_path, first, second, differs):
    from generator.analyse.analysis import analyse
    from generator.site.pipeline import run_check

    project = copy_example(tmp_path / "p")
    quotes = project / "content/facts/quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    for old, new in (('speaker: "a US military spokesman"', f'speaker: "{first}"'),
                     ('speaker: "the Coalition\'s press release"', f'speaker: "{second}"')):
        assert old in text
        text = text.replace(old, new, 1)
    quotes.write_text(text, encoding="utf-8")
    checked, problems = run_check(project / "content")
    assert checked is not None and not problems.errors, problems.sorted()
    quote = next(q for q in analyse(checked).quotes if q.quote.id == "not-acceptable")
    assert quote.speaker_differs is differs


# --- an event's title keeps a speaker's words whole (trial 30)


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("de", "„Heute ist ein schwarzer Tag für unser Tal“, sagte der Bürgermeister Hans Weber am "
           "Abend.", "Heute ist ein schwarzer Tag"),
    ("fr", "« Aujourd'hui est un jour noir pour la vallée », a déclaré le maire Jean Morel.",
     "Aujourd'hui est un jour noir"),
])
def test_an_event_title_keeps_quoted_words(tmp_path, lang, text, kept):
    from tests.conftest import draft_of_pages

    draft = draft_of_pages(tmp_path, {"p": (lang, "Flut in Valdoria\n\n" + text + "\n")})
    assert draft.events and all(kept in e.title for e in draft.events)


def test_an_event_title_keeps_quoted_words_neighbour(tmp_path):
    from tests.conftest import draft_of_pages

    text = "Heute hat der Fluss das Tal überflutet, sagte der Bürgermeister Hans Weber."
    draft = draft_of_pages(tmp_path, {"p": ("de", "Flut in Valdoria\n\n" + text + "\n")})
    assert draft.events and not any(e.title.startswith("Heute") for e in draft.events)


# --- a page number ending an address' file name is no count of the headline (trial 30)


@pytest.mark.parametrize(("url", "words"), [
    ("https://www.talbote.example/nachrichten/hochwasser-valdoria-tote-100.html",
     ["hochwasser", "valdoria", "tote"]),
    ("https://www.radio-sud.example/info/crue-a-valdoria-morts-102.html",
     ["crue", "a", "valdoria", "morts"]),
    # neighbours: a count after a function word stays, with or without a file name
    ("https://www.talbote.example/flut-zahl-der-toten-steigt-auf-40.html",
     ["flut", "zahl", "der", "toten", "steigt", "auf", "40"]),
    ("https://news.example.com/world/valdoria-flood-toll-rises-to-40/",
     ["valdoria", "flood", "toll", "rises", "to", "40"]),
])
def test_a_page_number_is_no_count(url, words):
    from generator.content.headline_address import url_words

    assert url_words(url) == words


# --- a source named inside quotation marks keeps its name (trial 30)


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Zwölf Menschen starben im Tal, berichtet der Regionalsender «Valle TV».", "de",
     "der Regionalsender «Valle TV»"),
    ("Zwölf Menschen starben im Tal, berichtet der Sender „Radio Valdoria“.", "de",
     "der Sender „Radio Valdoria“"),
])
def test_a_source_named_in_quotation_marks(text, lang, who):
    from generator.extract.speakers.attribution import attribution

    found = attribution(sentence(text), near=text.index("Zwölf"), lang=lang)
    assert found is not None and found.who == who


# --- "with N things reported": an absolute clause, no source (trial 30)


@pytest.mark.parametrize(("text", "who"), [
    ("The storm hit Valdoria, with three deaths reported there.", None),
    ("The storm hit Valdoria on Monday, with 40 homes reported damaged.", None),
    # neighbours: a verb of saying with its subject
    ("Four people died in the flood, police reported.", "police"),
    ("Four people died, the mayor said, with rescuers still searching.", "the mayor"),
])
def test_with_things_reported_is_no_source(text, who):
    from generator.extract.speakers.attribution import attribution

    found = attribution(sentence(text), lang="en")
    assert (found.who if found else None) == who


# --- a litre of rain on a square metre is a millimetre of it (trial 30)


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Binnen drei Stunden fielen in Valdoria 180 Liter pro Quadratmeter.", "de", 180),
    ("Cayeron 230 litros por metro cuadrado en Valdoria.", "es", 230),
    ("Sono caduti 150 litri per metro quadrato su Valdoria.", "it", 150),
    ("Il est tombé 120 litres par mètre carré sur Valdoria.", "fr", 120),
])
def test_litres_per_square_metre_are_millimetres(text, lang, value):
    from generator.text.quantities import QUANTITY, read

    assert [(q.value, q.unit) for q in read(text, lang) if q.kind == QUANTITY
            and q.value == value] == [(value, "millimeter")]


def test_litres_per_square_metre_are_millimetres_neighbour():
    from generator.text.quantities import QUANTITY, read

    text = "Die Feuerwehr pumpte in Valdoria 5000 Liter Wasser aus den Kellern."
    assert [(q.value, q.unit) for q in read(text, "de") if q.kind == QUANTITY] == [
        (5000, "liter")]


# --- an embedded post's text and sign-off on one line (trial 30)


@pytest.mark.parametrize(("post", "lang"), [
    ("Confirmado un muerto en Valdoria por la tormenta. #RiadaValdoria — 112 Castilla "
     "(@112Castilla) 3 de mayo de 2031", "es"),
    ("Roads closed across Valdoria, stay home tonight #ValdoriaFlood — Valdoria Police "
     "(@ValdoriaPol) May 3, 2031", "en"),
])
def test_a_post_and_its_sign_off_on_one_line(post, lang):
    from tests.conservation import page, read, rules, story

    lede = ("Las lluvias dejaron ayer al menos cuatro muertos en el valle, según las "
            "autoridades de la comarca.")
    cleaned = read(page("Riada en Valdoria", lede, post, "Los vecinos limpian hoy las calles."),
                   language=lang)
    assert rules(cleaned).get(post) == "embed-signed-post"
    assert post not in story(cleaned)


def test_a_post_and_its_sign_off_on_one_line_neighbour():
    from tests.conservation import page, read, story

    line = ("The mayor — Ana Ruiz (@anaruiz) on her account — said the roads stay closed until "
            "the water goes down.")
    cleaned = read(page("Flood in Valdoria", "Four people died in the valley on Monday, the "
                        "regional authorities said.", line), language="en")
    assert line in story(cleaned)


# --- a day read from the page's date that falls before the event's is doubtful (trial 30)


@pytest.mark.parametrize(("published", "confidence"), [
    ("2017-08-26T12:00:00+03:00", "low"),  # Thursday 24 August: before the event (30 August)
    ("2017-09-01T12:00:00+03:00", "high"),  # neighbour: Thursday 31 August, after it
])
def test_a_day_before_the_event_is_doubtful(tmp_path, published, confidence):
    from tests.conftest import draft_of_pages

    page = ("Convoy reaches Deir ez-Zor\n\nThe convoy reached the desert road on Thursday, "
            "officials in Harran said.\n")
    draft = draft_of_pages(tmp_path, {"p": ("en", page)}, published=published)
    found = [c for c in draft.candidates() if c.kind == "date" and "Thursday" in c.evidence]
    assert found and {c.confidence for c in found} == {confidence}

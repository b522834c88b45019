"""Review 26: near shapes the stop's new rules misread, each beside the shape the rule was
written for, whose reading stays. Invented sentences (an invented town, Tesmar; invented
mountains, papers and counts)."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence
from tests.conservation import read, rules, story


def _figures(text: str, language: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), language)]


# --- a one-word kicker glued before a sentence (glued_notice._kicker): the article after a word
# that opens the sentence may open a name, a paper's ("Yesterday The Tesmar Herald reported"),
# or a line in title case; the word before it is the sentence's own, not a section's

TITLE = "Storm leaves 12 dead in Tesmar"
LEDE = ("The river rose by two metres overnight and firefighters moved 300 residents out of the "
        "old town near the bridge.")


@pytest.mark.parametrize(("line", "language"), [
    ("Yesterday The Tesmar Herald reported that the river had risen by two metres overnight, "
     "forcing 300 residents out.", "en"),
    ("Watch The Moment A Bridge Gives Way In Tesmar As The River Rises After Two Days Of Rain",
     "en"),
    ("Ayer El Diario de Tesmar informó de que el río había subido dos metros durante la noche.",
     "es"),
    ("Hier Le Courrier de Tesmar a révélé que la rivière était montée de deux mètres dans la "
     "nuit.", "fr"),
])
def test_a_word_before_an_article_that_opens_a_name_is_the_sentences_own(line, language):
    c = read("\n".join([TITLE, line, LEDE]) + "\n", language=language)
    assert line in story(c)
    assert "section-prefix" not in rules(c).values()
    # the neighbour: the article opens a sentence, its noun in lower case
    line = ("TEMPÊTE Le nombre d'appels aux pompiers a triplé dimanche soir dans tout le "
            "département de Tesmar.")
    c = read("\n".join(["Tempête sur Tesmar : 12 morts", line, "La rivière est montée de deux "
                        "mètres pendant la nuit et les pompiers ont évacué 300 habitants."])
             + "\n", language="fr")
    assert rules(c)["TEMPÊTE"] == "section-prefix"


# --- a landform's height (measures.landform_height): after "the volcano," a length said to be
# long or wide is the size of what the event made, a lava flow or a landslide, not the height

@pytest.mark.parametrize(("text", "language", "want", "neighbour"), [
    ("Lava from the volcano, 8 km long, reached the sea at Tesmar.", "en", (8, "km"),
     "The volcano, 2,950 metres high, erupted on Sunday above Tesmar."),
    ("A landslide from the mountain, 300 metres wide, buried Tesmar.", "en", (300, "m"),
     "The mountain, 2,950 metres high, stands above Tesmar."),
    ("Der Lavastrom des Vulkans, 8 Kilometer lang, erreichte Tesmar.", "de", (8, "km"),
     "Der Vulkan, 2950 Meter hoch, brach am Sonntag über Tesmar aus."),
])
def test_a_length_long_or_wide_after_a_landform_is_a_size_of_the_event(text, language, want,
                                                                       neighbour):
    assert want in _figures(text, language)
    # the neighbour: said high, the length is the landform's height, no figure
    assert _figures(neighbour, language) == []


# --- ", and" ends a toll's clause (tolls.toll_before) only where the number opens the clause
# after it: a list of places closed by ", and" is inside the toll's own clause

@pytest.mark.parametrize(("text", "language"), [
    ("El número de muertos en Tesmar, Vargo, y Ostrel asciende a 14.", "es"),
    ("O número de mortos em Tesmar, Vargo, e Ostrel subiu para 14.", "pt"),
])
def test_a_list_closed_by_comma_and_stays_in_the_tolls_clause(text, language):
    assert (14, "dead") in _figures(text, language)
    # the neighbour: the number opens the clause after ", y", and counts its own noun
    assert (212, "responder") in _figures(
        "El número de muertos sigue sin conocerse, y 212 bomberos trabajan en la zona.", "es")


# --- the day of a statement dates its reported clause (running.own_day): German writes a comma
# before "dass"

def test_a_reported_clause_after_a_comma_is_dated_by_the_statements_day(tmp_path):
    from datetime import date

    from tests.extract.test_trial27 import _as_of

    text = "Das Ministerium sagte am Mittwoch, dass in Verlo 212 Menschen gestorben seien."
    assert (212, date(2031, 5, 7)) in [(v, d) for v, d, _w in _as_of(tmp_path, text, "de")]
    # the neighbour: a comma and no conjunction: the day is another clause's
    other = tmp_path / "other"
    other.mkdir()
    text = "Das Ministerium tagte am Mittwoch, in Verlo sind 212 Menschen gestorben."
    assert all(d is None for v, d, _w in _as_of(other, text, "de") if v == 212)


# --- the entries a removed pointer lists (pointers._mark_entries): under a time stamp, short
# lines with no stamps of their own are the story's facts in brief, not a ticker's jump links

def test_facts_in_brief_under_a_stamp_stay_and_a_tickers_stamped_entries_go():
    facts = ["14 dead in Tesmar and Vargo", "300 homes flooded along the river",
             "Schools closed until Thursday"]
    lede = ("The storm hit Tesmar overnight, killing 14 people and flooding 300 homes along the "
            "river, officials said on Monday.")
    close = ("The mayor said the clean-up would take weeks and asked residents to stay away from "
             "the river banks.")
    c = read("\n".join([TITLE, lede, "Updated 10:32:", *facts, close]) + "\n")
    assert story(c) == [lede, *facts, close]
    # the neighbour: the ticker's entries carry stamps of their own, and go with the stamp
    entries = ["Mayor visits the shelters", "- 09:15: Second levee breached near Vargo",
               "- 08:40: Rail line to Ostrel closed"]
    c = read("\n".join([TITLE, lede, "- 10:32:", *entries, close]) + "\n")
    assert story(c) == [lede, close]
    assert all(rules(c)[e] == "pointed-entries" for e in entries)


# --- a title after the place it is the title of (names.strip_titles, one rule for the runs of
# name_runs.run_core and for every speaker's name): the name is what follows the title, in
# capitals as strip_titles read it in lower case ("Vina del Mar mayor Ana Ruiz", trial 27)

@pytest.mark.parametrize(("name", "core"), [
    ("Lyon Governor Jean Roche", "Jean Roche"),
    ("Tesmar Mayor Ana de la Cruz", "Ana de la Cruz"),
])
def test_a_title_inside_a_name_is_stripped_with_its_place(name, core):
    from generator.text.names import strip_titles

    assert strip_titles(name) == core
    # the neighbour: a title before a single word stays a place's name ("Port General Vargo")
    assert strip_titles("Port General Vargo") == "Port General Vargo"


# --- a particle inside a name (name_runs.NAME_RUN joins "del", "di", "da", "do" since trial 27):
# between a person's name and their party's, of two words each, it joins no name

@pytest.mark.parametrize(("text", "language", "names"), [
    ("Lo ha detto Marco Bellini di Forza Civica in aula.", "it", ["Marco Bellini",
                                                                  "Forza Civica"]),
    ("Lo dijo ayer Ana Gil del Partido Verde en el pleno.", "es", ["Ana Gil", "Partido Verde"]),
    ("A vereadora Rita Lemos do Partido Novo votou contra.", "pt", ["Rita Lemos",
                                                                    "Partido Novo"]),
])
def test_a_person_and_their_party_are_two_names(text, language, names):
    from generator.text.name_runs import names_in, run_core

    assert [run_core(r) for r in names_in(text, language)] == names
    # the neighbour: one word before the particle is a place's first, one after it a surname
    kept = [run_core(r) for r in names_in("Ayer en Costa del Sol y con Luiz Lemos da Silva.",
                                          "es")]
    assert "Costa del Sol" in kept and "Luiz Lemos da Silva" in kept


# --- "including" before one member named (text.part_of.PART_OF): the words round ffig7 added
# for a part of a group (asides.PART_OF_THEM) were a second list; one table now, INCLUDING

@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La explosión en Tesmar mató a nueve personas, incluyendo un adolescente."),
    ("pt", "A explosão em Tesmar matou nove pessoas, incluindo um adolescente."),
    ("fr", "L'explosion à Tesmar a tué neuf personnes, y compris un adolescent."),
    ("de", "Die Explosion in Tesmar tötete neun Menschen, einschließlich eines Jugendlichen."),
    ("it", "L'esplosione a Tesmar ha ucciso nove persone, compreso un ragazzo."),
])
def test_one_member_named_after_including_in_each_language(tmp_path, lang, text):
    from tests.extract.test_figure_checklist import drafted_figures

    found = drafted_figures(tmp_path, lang, text)
    assert (9, "dead") in found and (1, "dead") in found
    # the neighbour: "including" before a thing names no member of the dead
    things = drafted_figures(tmp_path / "things", lang, text.split(",")[0]
                             + ", " + {"es": "incluyendo un autobús.", "pt": "incluindo um "
                                       "ônibus.", "fr": "y compris un bus.", "de":
                                       "einschließlich eines Busses.", "it": "compreso un "
                                       "autobus."}[lang])
    assert (1, "dead") not in things


"""Trial 38 (an oil spill read by a new user), the people, dates, speakers and cleaning mends:
each test is an invented sentence (other places, names and numbers than the pages) that main
misread, beside the near miss whose reading must stay."""

from __future__ import annotations

from datetime import UTC

import pytest

from generator.extract.singular import singular_figures
from tests.conftest import draft_of_pages, quote_speakers
from tests.conservation import page, read, rules, story
from tests.probes import sentence

# --- finding 4: one dead sailor, crew member, Matrose, marin, tripulante is a toll of one


@pytest.mark.parametrize(("lang", "text", "noun"), [
    ("en", "One crew member drowned after the ferry Selka listed near Ormond.", "crew member"),
    ("en", "A sailor was killed when a mooring line snapped at Ormond.", "sailor"),
    ("de", "Ein Matrose kam ums Leben, neun weitere wurden vor Lindau geborgen.", "Matrose"),
    ("de", "Ein Besatzungsmitglied starb beim Untergang des Kutters.", "Besatzungsmitglied"),
    ("fr", "Un marin est mort dans la nuit au large de Lorvel.", "marin"),
    ("es", "Un tripulante murió cuando el pesquero volcó frente a Brea.", "tripulante"),
    ("pt", "Um tripulante morreu quando o rebocador afundou perto de Serra.", "tripulante"),
    ("it", "Un marinaio è morto nel naufragio del peschereccio a Lerca.", "marinaio"),
    ("nl", "Een matroos kwam om het leven bij Harwen.", "matroos"),
])
def test_one_crew_member_dead_is_a_toll_of_one(lang, text, noun):
    found = [(f.value, f.noun, f.group) for f in singular_figures(sentence(text), lang)]
    assert found == [(1, noun, "dead")], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A crew member told reporters the ferry Selka listed near Ormond."),
    ("en", "A sailor rescued two swimmers off Ormond on Sunday."),
    ("fr", "Un marin a sauvé deux baigneurs au large de Lorvel."),
    ("es", "Un tripulante relató que el pesquero volcó frente a Brea."),
    ("de", "Ein Matrose berichtete, der Kutter sei vor Lindau gekentert."),
])
def test_a_crew_member_who_speaks_or_rescues_is_no_toll(lang, text):
    assert singular_figures(sentence(text), lang) == []


# --- finding 10: the speaker after a speech verb, past the network, before the apposition


@pytest.mark.parametrize(("lang", "text", "said", "who"), [
    ("en", "Ferry aground\n\n\"The old pier stays shut until Thursday\", writes the port warden "
           "on Telegram.\n", "The old pier stays shut until Thursday", "the port warden"),
    ("en", "Ferry aground\n\n“Some 35 cubic metres of fuel were recovered overnight,” the "
           "bulletin specifies.\n", "Some 35 cubic metres of fuel were recovered overnight",
     "the bulletin"),
    ("it", "Traghetto incagliato\n\n«Il molo vecchio resta chiuso fino a giovedì», ha scritto su "
           "Telegram il comune della frazione di circa 3.200 abitanti, in provincia di Lerca.\n",
     "Il molo vecchio resta chiuso fino a giovedì", "il comune della frazione"),
    ("pt", "Balsa encalhada\n\n“O cais velho fica fechado até quinta-feira”escreveu no "
           "Instagram a capitania deste porto de cerca de 12 mil habitantes.\n",
     "O cais velho fica fechado até quinta-feira", "a capitania deste porto"),
    ("de", "Fähre gestrandet\n\n„Der alte Anleger bleibt bis Donnerstag gesperrt“, hieß es "
           "von Seiten der Wasserschutzpolizei.\n",
     "Der alte Anleger bleibt bis Donnerstag gesperrt", "Wasserschutzpolizei"),
    ("de", "Fähre gestrandet\n\nDie Hafenverwaltung von Lindau hatte schon am Morgen vor einer "
           "\"schweren Belastung des ganzen Ufers\" gewarnt.\n",
     "schweren Belastung des ganzen Ufers", "Hafenverwaltung von Lindau"),
])
def test_the_speaker_after_the_verb_and_the_network(tmp_path, lang, text, said, who):
    speakers = quote_speakers(tmp_path / "q", text, lang)
    got = speakers.get(said, "")
    assert who.lower() in got.lower(), speakers
    assert not any(w in got.lower() for w in ("telegram", "instagram", "abitanti", "habitantes",
                                              " 3", " 12")), speakers


@pytest.mark.parametrize(("lang", "text", "said", "who"), [
    # near misses: the network before the verb is the speaker's own clause, "a" before a
    # plural is "to", and the subject after the verb in German stays
    ("en", "Ferry aground\n\n“The old pier stays shut until Thursday,” the port warden wrote on "
           "Telegram.\n", "The old pier stays shut until Thursday", "the port warden"),
    ("pt", "Balsa encalhada\n\n“O cais velho fica fechado até quinta-feira”, disse a "
           "jornalistas o capitão do porto.\n",
     "O cais velho fica fechado até quinta-feira", "o capitão do porto"),
    ("de", "Fähre gestrandet\n\nDie Reederei hat „den Fahrplan geändert“, sagte der "
           "Kapitän der Fähre.\n", "den Fahrplan geändert", "der Kapitän"),
])
def test_the_speaker_named_after_its_verb_stays(tmp_path, lang, text, said, who):
    speakers = quote_speakers(tmp_path / "q", text, lang)
    assert who.lower() in speakers.get(said, "").lower(), speakers


def test_a_thing_described_as_a_quoted_extent_is_no_speaker(tmp_path):
    speakers = quote_speakers(tmp_path / "q", "Ferry aground\n\nThe harbour master, Pia Lund, "
                              "reported fuel along a beach described as running for “several "
                              "hundred metres”.\n")
    assert speakers.get("several hundred metres") in ("", None, "Pia Lund"), speakers


def test_a_speaker_who_described_something_as_a_quoted_phrase_stays(tmp_path):
    speakers = quote_speakers(tmp_path / "q", "Ferry aground\n\nThe harbour master described "
                              "the leak as “a nuisance, no more”.\n")
    assert speakers.get("a nuisance, no more") == "The harbour master", speakers


# --- finding 9: a year in a relative clause describing a place, or a ship's build year, dates
# no event


def _years(text: str) -> list[str]:
    from datetime import datetime

    from generator.extract.dates import dates_in
    published = datetime(2031, 3, 27, 12, tzinfo=UTC)
    return [m.expression for m in dates_in(sentence(text), published, "en")
            if m.kind == "year"]


@pytest.mark.parametrize("text", [
    "On Tuesday, a ferry grounded in the Lorn Narrows, which part Ostria from the cape it "
    "claimed in 2016.",
    "On Tuesday a ferry grounded off the headland that the republic took over in 2016.",
    "The ferry that capsized was built in 1958, and the other in 1961.",
    "The older ferry was launched in 1958.",
])
def test_a_year_describing_a_place_or_a_build_is_no_event(text):
    assert _years(text) == [], text


@pytest.mark.parametrize(("text", "year"), [
    # near misses: a year of the sentence's own event, and one in a relative clause of a
    # sentence that dates nothing else (the only date it gives)
    ("The ferry service was closed in 2016 after a grounding off the cape.", "in 2016"),
    ("On Tuesday, officials said the pier was shut in 2016.", "in 2016"),
    ("The ferry that capsized in 2016 was refloated.", "in 2016"),
])
def test_the_year_of_the_sentences_own_event_stays(text, year):
    assert _years(text) == [year], text


def test_the_relative_clauses_year_gives_no_event_in_the_draft(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {"cape-en": (
        "en", "https://one.example.org/a\nFerry aground\n\nOn Tuesday, a ferry grounded in the "
              "Lorn Narrows, which part Ostria from the cape it claimed in 2016.\n")})
    assert {e.date.iso()[:4] for e in draft.events} == {"2031"}, [
        (e.title, e.date.iso()) for e in draft.events]


# --- finding 16: a writer's sign-off ("K.Osei--VR") is no agency credit

_LEDE = ("A ferry carrying fuel drums grounded off Lorvel on Tuesday, the harbour office said, "
         "and a sheen reached the jetty.")
_BODY = ("Two tugs and a patrol boat were sent out, and divers were still checking the hull on "
         "Wednesday.")


@pytest.mark.parametrize("line", ["K.Osei--VR", "M.Lindqvist--NP", "T.Abara/HK"])
def test_a_writers_sign_off_is_no_agency(line):
    cleaned = read(page(_LEDE, _BODY, line))
    assert cleaned.via is None, cleaned.via
    assert rules(cleaned) == {line: "writer-initials"}, rules(cleaned)
    assert story(cleaned) == [_LEDE, _BODY]


def test_a_sign_off_under_a_german_story_is_the_writers():
    # (test_cleaning_shallow read it as a bare tail line, "A" being an English stop word)
    cleaned = read(page("Frachter vor Lindau gestrandet", _DE_LEDE, _DE_BODY, "A.Roe--XY"),
                   language="de")
    assert rules(cleaned) == {"A.Roe--XY": "writer-initials"} and cleaned.via is None


@pytest.mark.parametrize(("line", "via"), [("AFP", "AFP"), ("Nora Vell", "Nora Vell")])
def test_an_agency_or_a_name_after_the_story_stays_a_credit(line, via):
    cleaned = read(page(_LEDE, _BODY, line))
    assert cleaned.via == via, (cleaned.via, rules(cleaned))


# --- finding 14: "Von: APA/AFP/Reuters/dpa", a byline of three or more agencies, is a credit

_DE_LEDE = ("Ein mit Diesel beladener Frachter ist am Dienstag vor Lindau auf Grund gelaufen, "
            "teilte die Wasserschutzpolizei mit.")
_DE_BODY = ("Zwei Schlepper und ein Boot der Feuerwehr wurden zur Unfallstelle geschickt, die "
            "Arbeiten dauerten am Mittwoch an.")


@pytest.mark.parametrize("line", ["Von: APA/AFP/Reuters/dpa", "Von: dpa/APA/Reuters",
                                  "By: AFP/Reuters"])
def test_a_byline_of_agencies_is_no_story(line):
    cleaned = read(page("Frachter vor Lindau gestrandet", line, _DE_LEDE, _DE_BODY))
    assert story(cleaned) == [_DE_LEDE, _DE_BODY], rules(cleaned)
    assert cleaned.via == line.split(": ", 1)[1], cleaned.via


@pytest.mark.parametrize(("line", "author"), [("Von: Anna Gruber", "Anna Gruber")])
def test_a_writers_byline_stays_a_byline(line, author):
    cleaned = read(page("Frachter vor Lindau gestrandet", line, _DE_LEDE, _DE_BODY))
    assert cleaned.author == author and cleaned.via is None, (cleaned.author, cleaned.via)


def test_two_places_after_von_stay_in_the_story():
    cleaned = read(page("Frachter vor Lindau gestrandet", _DE_LEDE, "Von Lindau/Bregenz",
                        _DE_BODY))
    assert "Von Lindau/Bregenz" in story(cleaned), rules(cleaned)


# --- finding 15: an agency's dateline is no headline; a title under a menu's category label and
# section name is the headline; an address headline drops the site's closing id

_ES_LEDE = ("Galicia activó el martes la alerta en la ciudad de Brea por la fuga de unas 300 "
            "toneladas de gasóleo.")
_ES_BODY = "Unos 80 operarios trabajan desde el miércoles en la limpieza de las playas."


def test_an_agency_dateline_alone_is_no_headline():
    cleaned = read(page("VIGO 12 Mar. (EUROPA PRESS) -", _ES_LEDE, _ES_BODY),
                   url="https://www.example.es/galicia/alerta-brea-fuga-gasoleo-20310312.html")
    assert cleaned.headline != "VIGO 12 Mar. (EUROPA PRESS) -", cleaned.headline
    assert cleaned.headline_origin == "url" and cleaned.via, (cleaned.headline, cleaned.via)


def test_the_title_over_an_agency_dateline_stays_the_headline():
    title = "Alerta en Brea por una fuga de gasóleo"
    cleaned = read(page(title, "VIGO 12 Mar. (EUROPA PRESS) -", _ES_LEDE, _ES_BODY))
    assert cleaned.headline == title, (cleaned.headline, rules(cleaned))


def test_a_title_under_a_category_label_and_a_section_name_is_the_headline():
    title = "Ferry Grounds Off Lorvel as Fuel Reaches the Jetty"
    cleaned = read(page(f"- Category\n- Latest news\n{title}", _LEDE, _BODY))
    assert cleaned.headline == title, (cleaned.headline, rules(cleaned))
    assert story(cleaned) == [_LEDE, _BODY]


def test_a_latest_news_list_under_the_story_stays_links():
    title = "Ferry Grounds Off Lorvel"
    cleaned = read(page(title, _LEDE, _BODY, "- Latest news\nPier Reopens at Ormond\nHarbour "
                        "Dues Rise in Brea"))
    assert cleaned.headline == title
    assert rules(cleaned).get("Pier Reopens at Ormond") == "related-header", rules(cleaned)


@pytest.mark.parametrize(("url", "headline"), [
    ("https://news.example.org/en/ferry-fuel-reaches-lorvel-jetty-5183/",
     "Ferry fuel reaches Lorvel jetty"),
    # near misses: a number the story writes, and a year, stay
    ("https://news.example.org/en/ferry-fuel-spreads-over-350-metres", "Ferry fuel spreads "
     "over 350 metres"),
    ("https://news.example.org/en/lorvel-ferry-grounding-2031", "Lorvel ferry grounding 2031"),
])
def test_an_address_headline_drops_the_sites_closing_id(url, headline):
    from generator.content.headline_address import url_headline
    assert url_headline(url, "The fuel spread over 350 metres of the jetty at Lorvel.") == \
        headline


# --- finding 11: two speakers' different warnings are two statements


def _quote_groups(tmp_path, pages):
    draft = draft_of_pages(tmp_path / "p", pages)
    return [sorted(r.article for r in q.reports) for q in draft.quotes]


def test_two_speakers_warnings_sharing_the_topic_are_two_statements(tmp_path):
    groups = _quote_groups(tmp_path, {
        "warn-a": ("en", "https://one.example.org/a\nFuel at Lorvel\n\nThe Lorvel harbour "
                         "authority on Tuesday denounced “a threat of a grave fuel slick along "
                         "the Lorvel shore”.\n"),
        "warn-b": ("en", "https://two.example.org/b\nFuel at Lorvel\n\nThe WWF warned of “the "
                         "grave fuel slick already fouling the Lorvel shore.”\n"),
    })
    assert ["warn-a", "warn-b"] not in groups, groups


@pytest.mark.parametrize(("who_a", "who_b"), [
    # near misses: one speaker named two ways, and two names given one statement word for word
    ("The Lorvel harbour authority", "Lorvel's harbour authority"),
    ("The Lorvel harbour authority", "Mayor Ines Carvo"),
])
def test_one_statement_reported_by_two_outlets_stays_one(tmp_path, who_a, who_b):
    said = "the fuel slick has reached the Lorvel shore and the beaches stay closed"
    groups = _quote_groups(tmp_path, {
        "same-a": ("en", f"https://one.example.org/a\nFuel at Lorvel\n\n{who_a} said on "
                         f"Tuesday: “{said[:1].upper() + said[1:]}.”\n"),
        "same-b": ("en", f"https://two.example.org/b\nFuel at Lorvel\n\n“{said[:1].upper()}"
                         f"{said[1:]},” {who_b} said.\n"),
    })
    assert ["same-a", "same-b"] in groups, groups

"""Trial 41's findings mended (t41): a suicide bombing of a mosque inside a police compound
(a toll that rose for four days, the wounded, the dead who were police, a claim of
responsibility, a suspect named), read by a new user in five languages. Each test states the
right reading of an invented sentence (other places, names and numbers than the pages) that
main misread, beside a neighbour whose reading must stay (asserted inside the test)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.extract.speakers.attribution import attribution
from generator.text.datelines import read_dateline
from generator.text.sentences import Sentence
from tests.conftest import draft_of_pages, quote_speakers
from tests.conservation import page, read, story
from tests.probes import figures, sentence


def _values(root, text: str, lang: str = "en") -> list[tuple[float, str]]:
    draft = draft_of_pages(root, {"bazaar": (lang, text)})
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


def _labels(root, text: str, lang: str = "en") -> dict[str, str]:
    draft = draft_of_pages(root, {"bazaar": (lang, text)})
    return {f.label: f.measure for f in draft.figures}


# --- 1. more dead, who had been brought in with wounds, are dead (trial 41, Italian: the death of
# two more people, taken to hospital with wounds, was drafted
# as 2 injured, and the Key figures gave the injured count's latest as "2 injured")

@pytest.mark.parametrize("text", [
    "Il bilancio dell'attentato al mercato di Varnello è salito a 58 con la morte di altre 3 "
    "persone che erano state ricoverate con ferite.",
    "Il bilancio è salito a 58 con la morte di altri 3 feriti che erano ricoverati in ospedale.",
])
def test_more_dead_who_came_in_wounded_are_dead(text):
    # the neighbour that stays: three more people hurt are the injured
    assert (3, "wounded") in figures("Il bilancio è salito a 58. Altre 3 persone sono rimaste "
                                     "ferite nella notte.", "it")
    found = figures(text, "it")
    assert (58, "dead") in found, found
    assert (3, "wounded") not in found, found


# --- 2. a toll recalled from an earlier attack, dated by "Last June", is no report of this one
# (trial 41: an attack of the March before, with its own toll of 64,
# joined the running toll; the Key figures read "64 to 102 dead" and the
# record's label opened with 64)

def test_a_toll_recalled_by_last_month_is_not_this_attacks(tmp_path):
    # the neighbour that stays: "Last night" is the event's own night
    tonight = _values(tmp_path / "night", "Bomb at Tarvel bazaar\n\nLast night, a bomber "
                      "attacked a crowded market in Tarvel killing 23, police said.\n")
    assert (23, "dead") in tonight, tonight
    found = _values(tmp_path / "june", "Bomb at Tarvel bazaar\n\nA bomb killed at least 23 "
                    "people at the Tarvel bazaar on Tuesday, police said.\n\nLast June, a "
                    "bomber attacked a crowded market in Tarvel killing 71 in the region's "
                    "deadliest attack since 2016.\n")
    assert (23, "dead") in found, found
    assert not [v for v in found if v[0] == 71], found




@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Attentat à Tarvel\n\nUne bombe a tué au moins 23 personnes mardi au marché de Tarvel."
           "\n\nEn mai dernier, un kamikaze avait attaqué une mosquée de Tarvel, tuant 71 "
           "personnes.\n"),
    ("es", "Atentado en Tarvel\n\nAl menos 23 personas murieron el martes en el mercado de "
           "Tarvel.\n\nEl pasado mes de mayo, un atacante suicida mató a 71 personas en una "
           "mezquita de Tarvel.\n"),
    ("it", "Attentato a Tarvel\n\nAlmeno 23 persone sono morte martedì al mercato di "
           "Tarvel.\n\nLo scorso maggio un kamikaze aveva ucciso 71 persone in una moschea di "
           "Tarvel.\n"),
])
def test_a_toll_recalled_by_a_past_month_in_other_languages(tmp_path, lang, text):
    found = _values(tmp_path, text, lang)
    assert (23, "dead") in found, found
    assert not [v for v in found if v[0] == 71], found


def test_a_past_month_of_the_pages_own_weeks_is_the_events(tmp_path):
    # published on 27 March: "last February" may tell the event's own days
    found = _values(tmp_path, "Bomb at Tarvel bazaar\n\nLast February, a bomber attacked a "
                    "crowded market in Tarvel, killing 23 people.\n")
    assert (23, "dead") in found, found


# --- 3. the martyred are the dead (trial 41: "martyring 44 worshippers" was "Number of
# worshippers (44)", a count; South Asian outlets write the police dead as martyrs)

@pytest.mark.parametrize(("text", "expected"), [
    ("A bomber blew himself up at a shrine in Kelvara on Friday, martyring 23 pilgrims and "
     "injuring 80 others.", (23, "dead")),
    ("Eleven pilgrims were martyred in the blast, officials said.", (11, "dead")),
])
def test_the_martyred_are_the_dead(text, expected):
    # the neighbour that stays
    assert (23, "dead") in figures("A bomber blew himself up at a shrine in Kelvara on Friday, "
                                   "killing 23 pilgrims and injuring 80 others.")
    assert expected in figures(text)


# --- 4. corpses are the dead, as bodies are (trial 41: a hundred corpses at a
# hospital were "Number of corpses (100)", measure count)

def test_corpses_are_the_dead():
    assert (31, "dead") in figures("A hospital spokesman said that 31 bodies were taken "
                                   "to the clinic.")
    assert (31, "dead") in figures("A hospital spokesman said that 31 corpses were taken "
                                   "to the clinic.")


# --- 5. quotations given to the wrong speaker (trial 41: a governor's words given to his
# province, a spokesman's to his hospital, a police chief's "He said" to a man named after him)

def test_a_governor_of_a_province_with_a_relative_clause_speaks_himself(tmp_path):
    # the neighbour that stays: without the clause "dont la capitale est …"
    plain = quote_speakers(tmp_path / "plain", "Attentat au marché de Tarvel\n\nPlus de 40 "
                           "personnes ont été blessées.\n\nOmar Haidar, gouverneur de la province "
                           "de Haute Vallée, a dit que l’enquête montrerait « comment le "
                           "poseur de bombe a pu entrer au marché ».\n", "fr")
    assert set(plain.values()) == {"Omar Haidar"}, plain
    found = quote_speakers(tmp_path / "dont", "Attentat au marché de Tarvel\n\nPlus de 40 "
                           "personnes ont aussi été blessées par l’explosion. On ignore toujours "
                           "comment le poseur de bombe est entré dans le marché. Omar Haidar, "
                           "gouverneur de la province de Haute Vallée, dont la capitale est "
                           "Tarvel, a dit que l’enquête montrerait « comment le poseur de bombe "
                           "a pu entrer au marché ». « Oui, c’était une faille », a-t-il ajouté.\n",
                           "fr")
    assert set(found.values()) == {"Omar Haidar"}, found


def test_a_spokesman_named_after_his_institution_is_the_speaker(tmp_path):
    head = "Bomb at Tarvel bazaar\n\nA bomb went off at the Tarvel bazaar on Tuesday.\n\n"
    # the neighbour that stays: the spokesman named first
    first = quote_speakers(tmp_path / "first", head + "Omar Beltane, a spokesman for Saint Ives "
                           "Hospital, said: \"We have received 20 wounded so far.\"\n")
    assert set(first.values()) == {"Omar Beltane"}, first
    found = quote_speakers(tmp_path / "after", head + "Saint Ives Hospital spokesman Omar "
                           "Beltane said: \"We have received 20 wounded so far.\"\n")
    assert found and all("Omar Beltane" in s for s in found.values()), found


# --- 6. victims not identified yet are no toll (trial 41: a few of the dead whose names were
# still unknown were a report of 3 dead, in a second "dead" record beside the toll)

def test_victims_not_identified_yet_are_not_a_toll():
    assert (80, "dead") in figures("Only 21 of the 80 dead have been identified.")
    found = figures("At least four of the dead have still not been identified.")
    assert (4, "dead") not in found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Cuatro de las víctimas aún no han sido identificadas.", "es"),
    ("Quatre des victimes n'ont pas encore été identifiées.", "fr"),
])
def test_victims_not_identified_yet_are_not_a_toll_in_other_languages(text, lang):
    assert (4, "dead") not in figures(text, lang)



def _who(text: str, near: str, lang: str) -> str | None:
    found = attribution(sentence(text), near=text.index(near), lang=lang)
    return found.who if found else None


# --- 7. who the German and French sentences credit (trial 41: a German toll credited to
# media reports was credited to the toll's own words and the reports; hospital officials who
# spoke to an agency were credited with the agency;
# "ont déclaré des responsables" no one)

@pytest.mark.parametrize(("text", "near", "lang", "expected"), [
    ("Nach dem Anschlag stieg die Zahl der Opfer Medienberichten zufolge auf mindestens 37 "
     "Menschen.", "37", "de", None),  # media reports name no one, as "Berichten zufolge"
    ("Nach dem Anschlag ist die Zahl der Toten Polizeiangaben zufolge auf mindestens 37 "
     "gestiegen.", "37", "de", "Polizeiangaben"),
    ("Rund 40 Händler seien bei dem Anschlag verletzt worden, sagten Klinikvertreter der "
     "Nachrichtenagentur Reuters.", "40", "de", "Klinikvertreter"),
    ("Au moins 12 personnes ont été tuées et 40 blessées, ont déclaré des responsables.", "12",
     "fr", "des responsables"),
])
def test_the_source_a_sentence_credits(text, near, lang, expected):
    # the neighbours that stay
    assert _who("Laut der Polizei wurden mehr als 90 Verletzte versorgt.", "90", "de") == \
        "der Polizei"
    assert _who("Rund 40 Händler seien bei dem Anschlag verletzt worden, sagten "
                "Klinikvertreter.", "40", "de") == "Klinikvertreter"
    assert _who("Au moins 12 personnes ont été tuées et 40 blessées, a déclaré la police.",
                "12", "fr") == "la police"
    assert _who(text, near, lang) == expected


# --- 8. a survivor who speaks, named with her age, is no figure, and the draft must pass
# check (trial 41: a surviving police officer, named with her age, was drafted as 1
# rescued, and `briefing check` refused the draft: "value 1 is not what the quote says ('38
# años')")

def test_a_survivor_named_with_her_age_is_no_figure_of_one(tmp_path):
    found = _values(tmp_path / "witness", "Bomba en el mercado de Tarvel\n\nUna superviviente, la "
                    "comerciante Lina Duarte, de 41 años, dijo que vio el humo desde su puesto.\n",
                    "es")
    assert (1, "rescued") not in found, found
    # the neighbour that stays: one survivor pulled out is one rescued
    pulled = _values(tmp_path / "pulled", "Bomba en el mercado de Tarvel\n\nLos bomberos "
                     "sacaron con vida a un superviviente de los escombros.\n", "es")
    assert (1, "rescued") in pulled, pulled


# --- 9. the injured in intensive or critical care are critically injured (trial 41: the
# injured in an intensive care unit were injured of no severity, grouped with those in
# critical condition; people taken to a critical care unit
# were a count of people)

def test_the_injured_in_intensive_care_are_critically_injured(tmp_path):
    # the neighbour that stays: "in critical condition"
    plain = _labels(tmp_path / "cond", "Bomb at Tarvel bazaar\n\nAt least 90 people were "
                    "injured, 6 of them in critical condition.\n")
    assert "Number of critically injured (6)" in plain, plain
    icu = _labels(tmp_path / "icu", "Bomb at Tarvel bazaar\n\nA hospital spokesman said 53 "
                  "injured people were being treated, seven of them in the "
                  "intensive care unit.\n")
    assert "Number of critically injured (7)" in icu, icu
    ccu = _labels(tmp_path / "ccu", "Bomb at Tarvel bazaar\n\nA hospital spokesman said that "
                  "five people were taken into the critical care ward.\n")
    assert ccu.get("Number of critically injured (5)") == "injured", ccu


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Bomba a Tarvel\n\nI feriti sono 40, di cui 6 in terapia intensiva.\n"),
    ("fr", "Bombe à Tarvel\n\nQuarante personnes ont été blessées, dont six en réanimation.\n"),
])
def test_the_injured_in_intensive_care_in_other_languages(tmp_path, lang, text):
    assert "Number of critically injured (6)" in _labels(tmp_path, text, lang)


def test_intensive_work_is_no_severity(tmp_path):
    labels = _labels(tmp_path, "Bomb at Tarvel bazaar\n\nAt least 40 people were injured after "
                     "intensive shelling of the town.\n")
    assert labels == {"Number of injured (at least 40)": "injured"}, labels



# --- 10. the year a superlative runs from is no event (trial 41: "the deadliest terror attack
# since 2018" was an event of 2018, and the timeline ran from 2018)

def test_the_year_after_deadliest_since_is_no_event():
    day = date(2031, 3, 27)

    def expressions(text: str) -> list[str]:
        return [m.expression for m in dates_in(Sentence(0, len(text), text, 0), day, "en")]

    assert "since 2016" in expressions("The market has been closed since 2016.")
    assert "since 2016" not in expressions("It was the deadliest attack on the city since "
                                           "2016.")
    assert "since 2016" not in expressions("Last June, a bomber attacked a crowded bazaar in "
                                           "Tarvel killing 71 in the region's deadliest attack "
                                           "since 2016.")


# --- 11. "Powered by" over the title is furniture (trial 41: a widget's credit whose logo was
# an image, kept as the story's first paragraph; on a page without a standfirst it became the
# headline)

def test_a_powered_by_line_is_no_story_and_no_headline():
    title = "Bomb kills 30 at Tarvel bazaar"
    lede = ("A bomb went off at the crowded Tarvel bazaar on Tuesday, killing at least 30 "
            "people, police said.")
    body = "Rescuers searched the rubble of the stalls through the night."
    cleaned = read(page("Powered by", title, lede, body))
    assert cleaned.headline == title
    assert story(cleaned) == [lede, body]
    # the neighbour that stays: a sentence of the story saying what something runs on
    solar = "The new clinic is powered by solar panels donated by the city."
    assert story(read(page(title, lede, solar))) == [lede, solar]


# --- 12. a dateline whose first city is abbreviated still credits its agency (trial 41:
# "Frankfurt a.M., Peschawar (epd)." gave no `via: epd`)

def test_a_dateline_with_an_abbreviated_city_credits_its_agency():
    assert read_dateline("Frankfurt, Tarvel (epd). Nach dem Anschlag ist die Zahl "
                         "gestiegen.").agency == "epd"
    found = read_dateline("Frankfurt a.M., Tarvel (epd). Nach dem Anschlag ist die Zahl "
                          "gestiegen.")
    assert found is not None and found.agency == "epd", found


def test_a_page_whose_dateline_has_an_abbreviated_city_is_credited_to_its_agency():
    cleaned = read("Anschlag in Tarvel\n\nFrankfurt a.M., Tarvel (epd). Nach dem Anschlag auf "
                   "einen Markt ist die Zahl der Toten gestiegen.\n\nDie Polizei ermittelt.\n")
    assert cleaned.via == "epd"



# --- 13. a share written "per cent" is a percentage in the draft (trial 41: a share of the
# victims written "per cent" was drafted as unit "cent", shown as "about 90 cent")

def test_per_cent_in_two_words_is_a_percentage_in_the_draft(tmp_path):
    draft = draft_of_pages(tmp_path, {"bazaar": ("en", "Bomb at Tarvel bazaar\n\nPolice said "
                                                 "about 70 per cent of the victims were "
                                                 "traders.\n")})
    [share] = draft.figures
    assert share.measure == "share"
    assert share.unit == "per cent", share.unit  # the label "Per cent (about 70)" stays


# --- 20 (found while mending). A weekday between the verb of harm and the number it counts
# ("a tué mardi au moins 23 personnes", "mató el martes al menos a 23") left the people counted
# as people, not the dead; German "tötete am Dienstag" was read.

@pytest.mark.parametrize(("text", "lang"), [
    ("Una bomba mató el martes al menos a 23 personas en el mercado.", "es"),
    ("Una bomba ha ucciso martedì almeno 23 persone al mercato.", "it"),
    ("Une bombe a tué mardi au moins 23 personnes au marché.", "fr"),
    ("A bomb killed on Tuesday at least 23 people at the market.", "en"),
])
def test_a_weekday_between_the_verb_and_its_count(text, lang):
    # the neighbours that stay
    assert (23, "dead") in figures("Eine Bombe tötete am Dienstag mindestens 23 Menschen.", "de")
    assert (23, "arrested") in figures("Police said on Tuesday 23 people were arrested.")
    assert (23, "dead") in figures(text, lang)

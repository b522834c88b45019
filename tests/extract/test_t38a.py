"""Trial 38's findings 1, 2, 3, 5, 6, 7, 8, 12 and 13 (an oil spill: tankers named by a
number, tonnes carried and tonnes spilled, a hull broken in two, a town's population, animals
dead and rescued, clean-up crews), on invented sentences of other places, names and numbers.
Each mended reading stands beside a near shape whose reading must stay."""

from __future__ import annotations

import pytest

from generator.text.quantities import read
from tests.conftest import draft_of_pages
from tests.probes import figures

# --- 1. a number closing a vessel's name is an id, no count (trial 38: "Number of tankers"
# of a tanker's name, and the name's number shown by ``check`` as a mention of the toll)


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("Salvage crews boarded the Kestrel 604 tankers at first light off Palmora.", "en", "604"),
    ("Fines were imposed on the Kestrel 604 and Kestrel 88 tankers after the leak.", "en", "88"),
    ("Vor Palmora kollidierten die Schlepper „Ostwind 431“ und „Ostwind 9“ am Morgen.", "de",
     "431"),
    ("Die Schlepper “Ostwind 431” und “Ostwind 9” kollidierten.", "de", "9"),
    ("Falleció un marinero del remolcador ‘Virgen del Mar 256’ frente a Palmora.", "es", "256"),
    ("Un marin du caboteur « Cap Rouge 73 » a disparu près de Palmora.", "fr", "73"),
])
def test_a_number_closing_a_vessels_name_is_an_id(text, lang, number):
    at = text.index(number)
    here = [q for q in read(text, lang) if q.start == at]
    assert here and all(q.kind == "id" for q in here), [(q.kind, q.value) for q in here]
    assert not any(value == float(number) for value, _group in figures(text, lang)), \
        figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "found"), [
    # a count of ships beside a name, after a place and after a weekday: amounts
    ("Four tankers, the Kestrel 604 among them, were towed to Palmora.", "en", (4, "tanker")),
    ("In Palmora 14 tankers were waiting for the storm to pass.", "en", (14, "tanker")),
    ("On Tuesday 14 tankers were waiting outside the port of Palmora.", "en", (14, "tanker")),
    # a quoted amount opens on its number
    ("Secondo il sindaco Lidia Sarro, almeno “17 chilometri” di costa sono sporchi.", "it",
     (17, "km")),
])
def test_near_miss_a_count_of_ships_or_a_quoted_amount_stays(text, lang, found):
    assert found in figures(text, lang), figures(text, lang)


# --- 3. a unit is one measure in every language (trial 38: English tonnes and French or German
# ones, the same cargo, in two figures)


@pytest.mark.parametrize(("english", "other", "lang"), [
    ("Divers said roughly 640 tonnes of kerosene had escaped near Palmora.",
     "Laut den Tauchern sind rund 640 Tonnen Kerosin vor Palmora ausgetreten.", "de"),
    ("The freighter held 640 metric tons of kerosene.",
     "El carguero llevaba 640 toneladas de queroseno.", "es"),
    ("The clean-up has cost 640 euros a metre so far.",
     "Le nettoyage a déjà coûté 640 euros par mètre.", "fr"),
])
def test_a_unit_is_one_measure_in_english_and_other_languages(english, other, lang):
    en, them = figures(english), figures(other, lang)
    assert en and them and en[0][1] == them[0][1], (en, them)


def test_near_miss_kilotonnes_and_barrels_stay_apart_from_tonnes():
    tonnes = figures("Divers said roughly 640 tonnes of kerosene had escaped.")[0][1]
    assert figures("The blast equalled 640 kilotonnes of explosive.")[0][1] != tonnes
    assert figures("Divers said roughly 640 barrels of kerosene had escaped.")[0][1] != tonnes


# --- 6. a hull broken "in half" is no share (trial 38: "Per cent (50)"), and "half by" no half
# of a billion (the "y" of "by" read as an ending of "b")


@pytest.mark.parametrize("text", [
    "A photograph shows the dredger folded in half against the quay at Palmora.",
    "The ferry was torn in half by the gale, the coastguard said.",
])
def test_a_hull_broken_in_half_is_no_share(text):
    assert not [(q.value, q.unit) for q in read(text, "en")], read(text, "en")
    assert not figures(text), figures(text)


@pytest.mark.parametrize(("text", "found"), [
    ("Half the divers were sent home after the gale.", [(50, "percent")]),
    ("The number of ferries crossing was cut by half in a month.", [(50, "percent")]),
    ("Tugs reached the ferry in half an hour.", []),
    # a ship broken "in two" was never a figure
    ("The ferry broke in two off Palmora, the coastguard said.", []),
    ("Die Fähre brach vor Palmora in zwei Teile.", []),
])
def test_near_miss_a_half_of_something_stays_a_share(text, found):
    lang = "de" if "Fähre" in text else "en"
    assert figures(text, lang) == found, figures(text, lang)


# --- 2. the load a vessel carried and the amount it spilled are two figures (trial 38: a
# tanker's load grouped with the oil spilled, shown as "sources disagree")


def test_the_load_carried_is_apart_from_the_amount_spilled(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {
        "load-en": ("en", "https://one.example.org/a\nDredger aground off Palmora\n\nThe "
                          "dredger, carrying some 2,600 tonnes of kerosene, hit a sandbank off "
                          "Palmora.\n"),
        "load-de": ("de", "https://two.example.org/b\nBagger vor Palmora\n\nDer Bagger hatte "
                          "rund 2.600 Tonnen Kerosin geladen, als er vor Palmora strandete.\n"),
        "spill-fr": ("fr", "https://three.example.org/c\nFuite à Palmora\n\nD'après les "
                           "gardes-côtes, près de 1 900 tonnes de kérosène se sont répandues "
                           "au large de Palmora.\n"),
        "spill-es": ("es", "https://four.example.org/d\nVertido en Palmora\n\nLa capitanía "
                           "calcula que unas 1.900 toneladas de queroseno acabaron en el mar "
                           "frente a Palmora.\n"),
    })
    groups = {frozenset(r.article for r in f.reports): f.label for f in draft.figures}
    assert frozenset({"load-en", "load-de"}) in groups, groups
    assert frozenset({"spill-fr", "spill-es"}) in groups, groups  # the near miss: one spill
    assert groups[frozenset({"load-en", "load-de"})].startswith("Load carried"), groups


# --- 7. a town's population is no figure, nor the participle describing the town a counted
# noun (trial 38: "Number of people (about 90,000)", "Number of people located")


@pytest.mark.parametrize(("text", "lang"), [
    ("Palmora, a fishing port, has a population of roughly 31,000 people.", "en"),
    ("disse a câmara desta vila de cerca de 31 mil habitantes localizada junto ao rio.", "pt"),
    ("La commune compte une population d'environ 31 000 personnes selon la mairie.", "fr"),
    ("según el alcalde de esta localidad de unos 31.000 habitantes situada junto al río.", "es"),
])
def test_a_towns_population_is_no_figure(text, lang):
    assert not any(value == 31000 for value, _group in figures(text, lang)), figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("A population of 31,000 people was evacuated from Palmora.", "en", (31000, "evacuee")),
    ("Cerca de 310 habitantes foram retirados das suas casas em Palmora.", "pt", (310, "evacuee")),
])
def test_near_miss_a_population_that_something_befell_stays(text, lang, found):
    assert found in figures(text, lang), figures(text, lang)


# --- 8. animals dead and animals rescued are two figures, neither the human toll (trial 38:
# dolphins that died shown as "Number of dolphins", birds rescued and birds killed one figure)


def test_animals_rescued_and_animals_killed_are_two_figures(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {
        "swans-a": ("en", "https://one.example.org/a\nSwans at Palmora\n\nWardens saved about "
                          "55 swans from the slick at Palmora on Tuesday.\n"),
        "swans-b": ("en", "https://two.example.org/b\nSlick at Palmora\n\nThe slick has killed "
                          "70 swans along the river at Palmora, wardens said.\n"),
    })
    groups = {frozenset(r.article for r in f.reports): f.label for f in draft.figures}
    assert frozenset({"swans-a"}) in groups and frozenset({"swans-b"}) in groups, groups
    assert "dead" in groups[frozenset({"swans-b"})], groups
    assert "rescued" in groups[frozenset({"swans-a"})], groups


@pytest.mark.parametrize(("text", "lang", "group"), [
    ("Wardens said at least 9 otters have died since the slick reached Palmora.", "en",
     "otters (dead)"),
    ("Selon les gardes, au moins 9 loutres sont mortes près de Palmora.", "fr",
     "loutres (dead)"),
    ("Laut den Wärtern sind mindestens 9 Seehunde vor Palmora verendet.", "de",
     "seehunde (dead)"),
])
def test_animals_that_died_are_dead_animals_not_the_toll(text, lang, group):
    assert figures(text, lang) == [(9, group)], figures(text, lang)


@pytest.mark.parametrize(("text", "found"), [
    # people beside them keep their toll; animals nothing befell are a count of them
    ("The slick killed 3 fishermen off Palmora on Tuesday.", (3, "dead")),
    ("Wardens counted 90 swans on the river at Palmora.", (90, "swan")),
])
def test_near_miss_people_dead_and_animals_counted_stay(text, found):
    assert found in figures(text), figures(text)


# --- 5. "the other three" that nothing befalls are no people of their own (trial 38: the other
# two tankers read as "Number of people")


@pytest.mark.parametrize("text", [
    "The harbour master said the dredger is older than the other four.",
    "Six trawlers left Palmora at dawn; the other four stayed in port.",
    "Eleven anglers' boats were on the pier; the other four drifted to the beach.",
])
def test_the_other_few_are_no_people_of_their_own(text):
    assert not any(group == "person" for _v, group in figures(text)), figures(text)


@pytest.mark.parametrize(("text", "found"), [
    ("Two anglers drowned off Palmora; the other four were rescued by a trawler.",
     [(2, "dead"), (4, "rescued")]),
    # (people on the pier by a verb of being and a place are there when it struck, since the
    # thirty-ninth stop: extract/counts/present_there; "the other four" of them too)
    ("Eleven people were on the pier; the other four swam to the beach.",
     [(11, "there"), (4, "there")]),
])
def test_near_miss_the_other_few_people_stay_people(text, found):
    assert figures(text) == found, figures(text)


# --- 13. a qualifier before an opening quotation mark holds; "extending over" is the extent
# itself (trial 38: "almeno “30 chilometri”" read as exactly 30, "extending over 49 km" as
# more than 49)


@pytest.mark.parametrize(("text", "lang", "approx"), [
    ("Per la sindaca Lidia Sarro, almeno “17 chilometri” di costa sono sporchi.", "it",
     "at-least"),
    ("Para a autarquia de Palmora, pelo menos “17 quilómetros” de costa estão sujos.", "pt",
     "at-least"),
    ("Wardens said the slick was stretching over 17 km of the river bank.", "en", "exact"),
    ("The oil is now spanning over 17 km of sand near Palmora.", "en", "exact"),
    # near misses: "over" as a qualifier, a quotation with no qualifier before it
    ("Wardens said over 17 km of the river bank were fouled.", "en", "more-than"),
    ("The mayor spoke of “17 kilometres” of fouled sand.", "en", "exact"),
])
def test_a_qualifier_across_a_quotation_mark_and_a_span_over(text, lang, approx):
    found = [q.approx for q in read(text, lang) if q.value == 17]
    assert found == [approx], [(q.value, q.approx) for q in read(text, lang)]


# --- 12. people sent to clean up are responders, one group with the rescuers (trial 38:
# clean-up crews shown as "Number of people")


@pytest.mark.parametrize(("text", "lang"), [
    ("Roughly 240 people were dispatched to clean the river bank at Palmora.", "en"),
    ("D'après la mairie, 240 personnes ont été envoyées au port pour le nettoyer.", "fr"),
    ("Unas 240 personas fueron enviadas a Palmora para limpiar la orilla.", "es"),
])
def test_people_sent_to_clean_up_are_responders(text, lang):
    rescuers = figures("Roughly 240 rescuers were sent to the river bank at Palmora.")
    assert rescuers and [g for _v, g in figures(text, lang)] == [rescuers[0][1]], \
        (figures(text, lang), rescuers)


@pytest.mark.parametrize(("text", "found"), [
    ("Roughly 240 people were sent home from the shelter at Palmora.", (240, "person")),
    ("Roughly 240 people were sent to hospital after the fumes.", (240, "wounded")),
    ("Roughly 240 people were evacuated before the clean-up began.", (240, "evacuee")),
])
def test_near_miss_people_sent_elsewhere_keep_their_reading(text, found):
    assert figures(text) == [found], figures(text)

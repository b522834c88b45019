"""Misreadings a new user found on coverage of an explosion at a chemical plant (trial 23), in
invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from generator.extract.singular import singular_figures
from tests.probes import figures, sentence, source


def _singles(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in singular_figures(sentence(text), lang)]


def test_one_person_is_not_read_across_a_dash_de():
    text = "Im Hafen von Orvia brannte es in einer Werft – vier Arbeiter kamen ums Leben."
    assert _singles(text, "de") == []
    assert figures(text, "de") == [(4, "dead")]


def test_one_person_before_the_outcome_still_counts_de():
    text = "In der Halle starb ein Arbeiter, als die Decke einbrach."
    assert _singles(text, "de") == [(1, "dead")]


@pytest.mark.parametrize("text", [
    "Selon la radio, il semble qu'une femme est portée disparue depuis lundi.",
    "La mairie indique qu’un ouvrier est mort dans la nuit.",
    "Il a précisé lorsqu'un pompier a été blessé.",
])
def test_an_article_after_an_elided_que_counts_one_fr(text):
    assert len(_singles(text, "fr")) == 1


def test_an_article_after_another_elision_is_no_count_fr():
    assert _singles("Le bilan d'un accident est lourd: douze morts.", "fr") == []


@pytest.mark.parametrize("text, lang", [
    ("Nueve bomberos sufrieron quemaduras al apagar el fuego.", "es"),
    ("Nueve soldadores resultaron con quemaduras en las manos.", "es"),
    ("Neun Arbeiter erlitten Verbrennungen.", "de"),
    ("9 pompiers souffrent de graves brûlures aux mains.", "fr"),
    ("9 soudeurs grièvement brûlés au visage", "fr"),
    ("Nine workers suffered burns in the blast.", "en"),
])
def test_people_with_burns_are_the_injured(text, lang):
    assert figures(text, lang) == [(9, "wounded")]


def test_houses_burned_are_no_injured_fr():
    assert figures("9 maisons brûlées dans le quartier.", "fr") == [(9, "building")]


@pytest.mark.parametrize("text", [
    "Four miners confirmed dead on Friday; nine people injured in the fire",
    "Two workers reported missing on Monday and nine people injured",
])
def test_a_count_confirmed_dead_is_no_source_en(text):
    assert source(text, "nine") is None


def test_a_count_confirmed_by_a_body_keeps_its_source_en():
    assert source("Police confirmed nine people dead.", "nine") == "Police"


@pytest.mark.parametrize("text, lang", [
    ("12 personnes ont été brûlées vives dans l'entrepôt.", "fr"),
    ("12 personas fueron quemadas vivas en el almacén.", "es"),
])
def test_people_burned_alive_are_no_injured(text, lang):
    assert (12, "wounded") not in figures(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Un hombre que había resultado herido en el incendio, murió ayer en la clínica.", "es"),
    ("Una vecina que sufrió heridas en el incendio falleció el sábado.", "es"),
    ("A climber who was badly injured in the fall died on Thursday.", "en"),
])
def test_one_hurt_in_a_relative_clause_who_then_died_is_dead(text, lang):
    assert _singles(text, lang) == [(1, "dead")]


@pytest.mark.parametrize("text, lang", [
    ("Un operario que estaba en la nave resultó herido.", "es"),
    ("A worker who was at the site was injured.", "en"),
])
def test_one_hurt_after_a_relative_clause_is_hurt(text, lang):
    assert _singles(text, lang) == [(1, "wounded")]


@pytest.mark.parametrize("pointer", ["VEA:", "Vea:", "Véase:"])
def test_a_spanish_see_pointer_with_a_title_is_a_related_link(pointer):
    from tests.conservation import BODY, LEDE, TITLE, page, read, rules, story
    line = f"{pointer} Rescatan a un perro atrapado en un pozo de Orvia"
    c = read(page(TITLE, LEDE, line, BODY))
    assert rules(c).get(line) == "related-link", rules(c)
    assert story(c) == [LEDE, BODY]


def test_an_id_glued_to_its_label_is_no_word_of_the_headline():
    from generator.content.headline_address import url_headline
    url = "https://www.example.ch/ausland/sturm-in-orvia-baum-faellt-auf-auto-id12345678.html"
    assert url_headline(url) == "Sturm in orvia baum faellt auf auto"


@pytest.mark.parametrize("url, first", [
    ("https://www.example.hn/mundo/1234567-466/a-cinco-suben-los-heridos-en-orvia", "A cinco"),
    ("https://www.example.com/world/a-blast-at-a-paint-works-kills-five", "A blast at a paint"),
])
def test_a_one_letter_word_of_the_slug_stays(url, first):
    from generator.content.headline_address import url_headline
    assert url_headline(url).startswith(first)


@pytest.mark.parametrize("text, lang, group", [
    ("The storm's last victim was found on Monday, bringing to 12 the number of people killed.",
     "en", "dead"),
    ("The find brought to 12 the number of people missing.", "en", "missing"),
    ("El hallazgo eleva a 12 la cifra de muertos en Orvia.", "es", "dead"),
    ("Cette découverte porte à 12 le nombre de morts à Orvia.", "fr", "dead"),
])
def test_a_count_raising_the_number_of_an_outcome_counts_it(text, lang, group):
    assert figures(text, lang) == [(12, group)]


def test_a_count_raising_the_number_of_something_else_is_no_outcome():
    assert figures("The decision brings to 12 the number of schools shut.", "en") != [
        (12, "dead")]


def _source(text: str, near: str, lang: str) -> str | None:
    from generator.extract.speakers.attribution import attribution
    found = attribution(sentence(text), near=text.index(near), lang=lang)
    return found.who if found else None


@pytest.mark.parametrize("text, lang, who", [
    ("El temporal causó 12 heridos en la costa de Orvia, informaron los bomberos.", "es",
     "los bomberos"),
    ("En el puerto hubo 12 heridos leves, precisó la capitanía de Orvia.", "es",
     "la capitanía de Orvia"),
    ("La tempête a fait 12 blessés en Orvie, rapportent les journaux régionaux, citant la "
     "gendarmerie.", "fr", "les journaux régionaux"),
    ("12 randonneurs ont été secourus dans la nuit, a indiqué la préfecture de l'Orvie.", "fr",
     "la préfecture de l'Orvie"),
])
def test_a_speech_verb_and_its_subject_closing_the_sentence_name_the_source(text, lang, who):
    assert _source(text, "12", lang) == who


@pytest.mark.parametrize("text, lang", [
    ("Murieron 12 personas, dijo la alcaldesa que visitó hoy la zona con los bomberos de "
     "la provincia y pidió calma.", "es"),
    ("Las autoridades informaron de 12 muertos en la fábrica.", "es"),
])
def test_no_closing_speech_clause_names_no_source_this_way(text, lang):
    assert _source(text, "12", lang) is None


@pytest.mark.parametrize("text, lang", [
    ("Dos pescadores murieron, 12 fueron rescatados y otro sigue desaparecido en el mar.", "es"),
    ("En la montaña, otra mujer está desaparecida desde el domingo.", "es"),
    ("Two workers died and another is still missing.", "en"),
])
def test_another_one_counts_one(text, lang):
    assert (1, "missing") in _singles(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Otra vez murieron 12 personas en la mina de Orvia.", "es"),
    ("Another 12 people died in the mine.", "en"),
])
def test_another_before_a_noun_of_time_or_a_number_counts_no_one(text, lang):
    assert _singles(text, lang) == []


@pytest.mark.parametrize("tail", [" (kro)", " (Ana Roe; traduction Jean Doe)"])
def test_a_credit_in_brackets_after_the_last_full_stop_leaves_the_copy_whole(tail):
    from tests.conservation import BODY, LEDE, TITLE, page, read
    c = read(page(TITLE, LEDE, BODY + tail))
    assert not c.excerpt, c.excerpt_reason


def test_a_bracket_closing_a_sentence_cut_off_is_still_an_excerpt():
    from tests.conservation import LEDE, TITLE, page, read
    c = read(page(TITLE, LEDE, "Rescue teams reached the last village (by boat) and the"))
    assert c.excerpt


@pytest.mark.parametrize("tail", [" (Continued on page 3)", " (Fortsetzung auf Seite 3)",
                                  " (Story continues below)", " (Más información en breve)"])
def test_a_bracket_saying_the_story_goes_on_leaves_the_copy_an_excerpt(tail):
    """Review 21: only a credit signs the copy off; a bracket saying it goes on does not."""
    from tests.conservation import BODY, LEDE, TITLE, page, read
    c = read(page(TITLE, LEDE, BODY + tail))
    assert c.excerpt


@pytest.mark.parametrize("text, lang", [
    ("A fishing boat was found drifting off the coast; another is still missing.", "en"),
    ("Un buque se hundió y otro sigue desaparecido.", "es"),
])
def test_another_standing_for_a_thing_counts_no_one(text, lang):
    """Review 21: "another" counts one person only after people or what befell them."""
    assert _singles(text, lang) == []


def test_check_accepts_the_one_another_stands_for():
    """Review 21: check reads "another" as extract drafts it, or the draft fails check."""
    from generator.check.values import said_in_words
    assert said_in_words("Two fishermen died, and another is still missing.", 1, "en", [])


@pytest.mark.parametrize("text, lang, expected", [
    ("A man who was hurt told reporters that the dead were his colleagues.", "en", "wounded"),
    ("Un hombre que resultó herido dijo que los muertos eran sus compañeros.", "es", "wounded"),
])
def test_a_word_of_death_elsewhere_in_the_sentence_is_not_the_hurt_persons(text, lang,
                                                                          expected):
    """Review 21: only the main verb after the relative clause says the hurt person died."""
    assert (1, expected) in _singles(text, lang)


def test_said_before_a_missing_group_still_names_the_source():
    from tests.probes import source
    text = "The coast guard said missing fishermen, 12 in all, were last seen on Friday."
    assert source(text, "12") == "The coast guard"

"""Shapes met in trial 5 (a building collapse, coverage in several languages and scripts).
Sentences written for these tests, none a real article's; each test fails without its rule."""

from __future__ import annotations

from generator.extract.speakers.attribution import speech_verbs


def test_continued_to_with_a_verb_is_no_speech():
    found = speech_verbs("The count of the dead continued to climb to 412 as cranes lifted slabs.")
    assert found == []
    assert [m.group() for m in speech_verbs("The toll continues to rise, the mayor continued.")] \
        == ["continued"]
    assert [m.group() for m in speech_verbs("The search goes on, she continued on Friday.")] \
        == ["continued"]


def test_a_number_in_a_clause_of_cause_is_not_the_toll():
    from generator.text.casualty.tolls import toll_before
    trapped = "Die Zahl der Toten dürfte steigen, weil unter dem Schutt bis zu "
    assert toll_before(trapped, "de", 0) is None
    assert toll_before("The death toll may climb, as up to ", "en", 0) is None
    assert toll_before("Die Zahl der Toten stieg am Abend auf ", "de", 0) is not None
    assert toll_before("The death toll, as of noon, stood at ", "en", 0) is not None


def test_an_arabic_comma_ends_the_speaker_after_the_verb(tmp_path):
    from tests.extract.test_extract_shapes import _quotes
    ar = _quotes(tmp_path / "ar", (
        "Test\n\n"
        "وقال العقيد كريم ناصر، الذي يقود فرق الانقاذ، ان \"عدد الضحايا بلغ 120 شخصا\".\n"), "ar")
    assert ar["عدد الضحايا بلغ 120 شخصا"] == "العقيد كريم ناصر"


def test_a_capitalised_determiner_or_elision_is_no_name(tmp_path):
    from generator.check.signature_names import names_of, words_of
    from generator.content.cache import NO_CACHE
    from generator.content.load import load
    from generator.content.problems import Problems
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "briefing.yaml").write_text("title: t\n", encoding="utf-8")
    (content / "outlets.yaml").write_text("outlets:\n  - id: o\n    name: O\n", encoding="utf-8")
    (content / "articles" / "p.txt").write_text(
        "Un entrepôt s'effondre\n\nCet entrepôt de Malvoisine abritait trois ateliers. "
        "Lorsqu'il a cédé, 40 ouvriers de D'Aubrac étaient là. L’entrepôt était fissuré.\n",
        encoding="utf-8")
    (content / "articles" / "p.yaml").write_text("outlet: o\nlanguage: fr\n", encoding="utf-8")
    articles = list(load(content, Problems(content)).articles.values())
    names = names_of(articles, words_of(articles, NO_CACHE))[articles[0].id]
    assert {"malvoisine", "d'aubrac"} <= names
    assert not names & {"cet", "lorsqu'il", "l’entrepôt"}


def test_a_dateline_closed_by_a_colon_is_no_event():
    from datetime import date

    from generator.extract.dates import dates_in
    from generator.text.sentences import Sentence
    text = "VERLO, May 8 (Valnews.com): The count of the dead reached 41 by Thursday."
    found = dates_in(Sentence(0, len(text), text, 0), date(2031, 5, 9), "en")
    assert [m.expression for m in found] == ["Thursday"]


def test_two_tolls_in_one_wording_are_two_statements():
    from generator.extract.quotes import same_statement
    assert not same_statement("Le bilan des victimes est désormais de 64 morts à Malvoisine",
                              "le bilan des victimes s'élève désormais à 391 morts à Malvoisine")[0]
    assert same_statement("Le bilan des victimes est désormais de 64 morts à Malvoisine",
                          "le bilan des victimes est désormais de 64 morts à Malvoisine")[0]


def test_the_people_of_another_spelling_is_no_variant_of_the_place():
    from generator.text.names import similar
    assert similar("Korvalesch", "Korvaleshi", False) is None
    assert similar("Korvalesch", "Korvalesh", True) is not None
    assert similar("Malvorino", "Malvorina", True) is not None


def test_the_outlets_page_counts_the_outlets_the_overview_counts(tmp_path):
    import re
    import shutil
    from pathlib import Path

    from generator.site.pipeline import generate
    project = tmp_path / "cyclone"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "cyclone", project)
    articles = project / "content" / "articles"
    # the weekly's page becomes one about another event, years later, with names of its own
    (articles / "shipping-weekly-port.yaml").write_text(
        "outlet: shipping-weekly\npublished: 2029-06-02\n", encoding="utf-8")
    (articles / "shipping-weekly-port.txt").write_text(
        "Dredging of the Velmor channel resumes\n\nContractors from Oskarsby resumed dredging "
        "the Velmor channel on Monday, harbour master Ilse Quarn said, after the Tandrel ferry "
        "company agreed to pay for the work.\n", encoding="utf-8")
    pages = generate(project / "content").rendered.pages
    assert "another event" in pages["index.md"]
    said = [n for p in ("index.md", "outlets/index.md")
            for n in re.findall(r"\d+ articles from \d+ outlets", pages[p])]
    assert len(said) == 3 and len(set(said)) == 1, said


def test_the_day_of_an_earlier_toll_after_a_new_one_is_not_its_date():
    from datetime import date

    from generator.extract.dates import dates_in
    from generator.text.sentences import Sentence
    text = ("Le bilan atteint désormais 391 morts, après un précédent bilan de 344 morts "
            "fourni lundi.")
    assert dates_in(Sentence(0, len(text), text, 0), date(2031, 5, 7), "fr") == []
    told = "Les secours ont dégagé 12 survivants lundi, a indiqué la préfecture."
    assert [m.expression for m in dates_in(Sentence(0, len(told), told, 0),
                                           date(2031, 5, 7), "fr")] == ["lundi"]


def test_continued_with_a_word_after_its_subject_is_no_speech():
    """s19: a search for dozens of missing people near a town "continued on Friday", and the
    town became the source of the vague amount: the official's number no longer covered it."""
    assert speech_verbs("The hunt near Orwa for dozens of missing villagers continued overnight.") \
        == []
    assert [m.group() for m in speech_verbs("The minister continued: “We will rebuild.”")] \
        == ["continued"]
    assert [m.group() for m in speech_verbs("“We will rebuild,” continued the minister.")] \
        == ["continued"]


def test_a_vague_lede_is_covered_by_the_number_an_official_gives(tmp_path):
    """The vague "dozens still missing" of a lede whose search "continued" is the outlet's own
    summary of the 40 an official gives below: one report, not a second figure of 24."""
    from tests.conftest import draft_of_pages

    text = ("Dam burst at Orwa\n\nThe search for dozens of people missing after a dam burst "
            "near Orwa continued on Friday.\n\nCounty governor Lena Madu said 40 people "
            "were still missing.\n")
    draft = draft_of_pages(tmp_path / "d", {"probe-page": ("en", text)})
    missing = [c.value for c in draft.candidates() if c.kind == "figure" and c.measure == "missing"]
    assert missing == [40]

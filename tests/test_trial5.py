"""Shapes met in trial 5 (a building collapse, coverage in several languages and scripts).
Sentences written for these tests, none a real article's; each test fails without its rule."""

from __future__ import annotations

from generator.extract.attribution import speech_verbs


def test_continued_to_with_a_verb_is_no_speech():
    found = speech_verbs("The count of the dead continued to climb to 412 as cranes lifted slabs.")
    assert found == []
    assert [m.group() for m in speech_verbs("The toll continues to rise, the mayor continued.")] \
        == ["continued"]
    assert [m.group() for m in speech_verbs("The search goes on, she continued on Friday.")] \
        == ["continued"]


def test_a_number_in_a_clause_of_cause_is_not_the_toll():
    from generator.extract.counted import toll_before
    trapped = "Die Zahl der Toten dürfte steigen, weil unter dem Schutt bis zu "
    assert toll_before(trapped, "de", 0) is None
    assert toll_before("The death toll may climb, as up to ", "en", 0) is None
    assert toll_before("Die Zahl der Toten stieg am Abend auf ", "de", 0) is not None
    assert toll_before("The death toll, as of noon, stood at ", "en", 0) is not None


def test_an_arabic_comma_ends_the_speaker_after_the_verb(tmp_path):
    from test_extract_shapes import _quotes
    ar = _quotes(tmp_path / "ar", (
        "Test\n\n"
        "وقال العقيد كريم ناصر، الذي يقود فرق الانقاذ، ان \"عدد الضحايا بلغ 120 شخصا\".\n"), "ar")
    assert ar["عدد الضحايا بلغ 120 شخصا"] == "العقيد كريم ناصر"

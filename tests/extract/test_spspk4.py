"""Who said what, the shapes of the six spent sets mended at stop 37 (spspk4): every sentence
here is invented (other places, names and numbers than any page's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.speakers.other_speaker import speaker_other
from generator.extract.speech.dialogue import dialogue_quotes
from generator.text.sentences import Sentence
from tests.conftest import quote_speakers


def _speakers(tmp_path: Path, lang: str, text: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", "Storm on the lake\n\n" + text + "\n", lang)


def _speaker_of(quotes: dict[str, str], opening: str) -> str:
    found = [s for q, s in quotes.items() if q.lstrip("“«„ ").startswith(opening)]
    assert found, f"no quotation opening {opening!r}: {sorted(quotes)}"
    return found[0]


# -- a verb of recounting, describing or lamenting closes a witness's words (pl, de, es …) --

def test_recounting_verb_closes_a_dash_credited_quotation_pl():
    para = "Widziałem trzy łodzie dryfujące przy molo w Ełku - relacjonował rybak."
    assert [(a, b) for a, b, *_ in dialogue_quotes(para, "pl")] == [(0, para.index(" - "))]


def test_lamenting_verb_closes_a_dash_credited_quotation_pl():
    para = "Straciliśmy wszystkie sieci i dwie łodzie w jedną noc - ubolewała pani Maria."
    assert len(dialogue_quotes(para, "pl")) == 1


def test_third_person_report_closed_by_a_recounting_verb_stays_no_quotation_pl():
    # the near shape: the writer's report, in the third person, is no quotation (spspk3)
    para = "Trzy łodzie dryfowały przy molo w Ełku przez całą noc - relacjonował rybak."
    assert dialogue_quotes(para, "pl") == []


def test_described_scene_credit_after_the_quotation_de(tmp_path):
    text = ("„Das Wasser stand plötzlich einen Meter hoch in der Halle“, schilderte Jonas "
            "Weber, der Leiter der Werft in Kiel.")
    assert "Weber" in _speaker_of(_speakers(tmp_path, "de", text), "Das Wasser")


def test_a_body_s_notice_after_the_quotation_de(tmp_path):
    text = ("„Drei Boote sind gesunken, verletzt wurde niemand“, hieß es in einer "
            "Pressemitteilung des Hafenamts Lübeck. Die Bergung beginnt am Montag.")
    assert "Hafenamts" in _speaker_of(_speakers(tmp_path, "de", text), "Drei Boote")


def test_narrative_conditional_credit_es(tmp_path):
    text = ("El alcalde de Villarroya, Tomás Ugarte Pardo, visitó el puerto el martes.\n\n"
            "«El pueblo entero está con las familias de los pescadores», diría el alcalde "
            "Ugarte, desde el muelle donde esperaba a los equipos de rescate.")
    assert "Ugarte" in _speaker_of(_speakers(tmp_path, "es", text), "El pueblo entero")


# -- a verb left without its subject: the person whose words the sentence before reports --

_PL_WITNESSES = (
    "Jeden z mieszkańców, Tomasz Wrona, opowiedział dziennikarzom o nocy na przystani.\n\n"
    "Słyszałem wołanie z łodzi. Rzuciliśmy koła ratunkowe i liny - relacjonował.\n\n"
    "Inna mieszkanka, Ewa Kalina, powiedziała, że przyniosła koce na brzeg dla rozbitków.\n\n"
    "Mimo naszych wysiłków dwie łodzie zatonęły tuż przed nami. To okropne - ubolewała.")


@pytest.mark.slow
def test_unnamed_verb_takes_the_subject_of_the_reported_sentence_before_pl(tmp_path):
    quotes = _speakers(tmp_path, "pl", _PL_WITNESSES)
    assert "Kalina" in _speaker_of(quotes, "Mimo naszych")
    # the near shape: the first witness's words keep the first witness
    assert "Wrona" in _speaker_of(quotes, "Słyszałem")


def test_unnamed_verb_before_the_quotation_takes_the_reporter_before_ar(tmp_path):
    text = ("اندلع حريق كبير في مصنع للنسيج في مدينة صفاقس مساء الجمعة. وقال مدير الحماية "
            "المدنية علي حسن اليوم (الأحد) إن النيران اندلعت في الطابق الأول. وأضاف «نحن نعمل "
            "الآن على معرفة سبب الحريق في المصنع». وكان العمال قد غادروا المبنى.")
    assert "حسن" in _speaker_of(_speakers(tmp_path, "ar", text), "نحن نعمل")


def _subject(lang: str, sentence: str) -> str:
    return speaker_other(sentence, len(sentence), len(sentence),
                         Sentence(0, len(sentence), sentence, 0), None, lang)[0]


def test_a_verb_between_commas_before_that_is_the_named_subject_s_pl_de():
    # "powiedziała, że …": the comma before "że" (as before "dass") is no aside's comma
    assert _subject("pl", "Ewa Kalina, sąsiadka, powiedziała, że przyniosła koce.") == "Ewa Kalina"


def test_a_verb_between_commas_with_no_that_stays_an_aside_it():
    # the near shape: "Il bollettino, ha aggiunto, …": the verb stands aside, its subject unsaid
    assert _subject("it", "Il bollettino, ha aggiunto, sarà pronto in serata.") == "ha aggiunto"


def test_a_participle_of_naming_closes_the_quotation_its_subject_after_the_auxiliary_de(
        tmp_path):
    # "Als Grund hatte X … „…“ genannt": the participle of "nennen" closes the clause, its
    # subject stands after the auxiliary, the phrase before it ("Als Grund") is no one
    text = ("Als Grund hatte die Bürgermeisterin Lena Hartmann am Montag „Leichtsinn und Eile“ "
            "genannt. Die Werft bleibt bis Freitag geschlossen.")
    assert "Hartmann" in _speaker_of(_speakers(tmp_path, "de", text), "Leichtsinn")

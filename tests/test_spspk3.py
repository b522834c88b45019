"""Who said what, the shapes seen in two spent sets (spspk3): every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from test_speaker_checklist import holds_speaker

from generator.extract.dialogue import dialogue_quotes


def test_third_person_report_closed_by_dash_credit_is_no_quotation_pl():
    # the writer's report of a source, from the paragraph's start to a dash and the credit
    para = "Cztery mosty nad rzeką Wartą zamknięto w środę wieczorem - poinformowała straż."
    assert dialogue_quotes(para, "pl") == []


def test_first_person_words_closed_by_dash_credit_stay_a_quotation_pl():
    # the near shape: the speaker's own words, in the first person, stay a quotation
    para = "Zamknęliśmy cztery mosty nad rzeką Wartą w środę wieczorem - poinformował komendant."
    assert [(a, b) for a, b, *_ in dialogue_quotes(para, "pl")] == [(0, para.index(" - "))]


def test_dash_opened_words_stay_a_quotation_in_the_third_person_pl():
    para = "- Cztery mosty nad rzeką Wartą zamknięto w środę - poinformowała straż."
    assert len(dialogue_quotes(para, "pl")) == 1


def test_third_person_report_closed_by_dash_credit_is_no_quotation_pt():
    para = ("O barco de pesca afundou perto de Aveiro durante a madrugada de sexta - "
            "segundo informou o capitão do porto.")
    assert dialogue_quotes(para, "pt") == []


def test_first_person_words_closed_by_dash_credit_stay_a_quotation_pt():
    para = "Chegamos ao barco de pesca perto de Aveiro durante a madrugada - disse o capitão."
    assert len(dialogue_quotes(para, "pt")) == 1


_RIDGE = "Two hikers were hurt on the ridge above Lusk on Friday, officials said.\n\n"


def test_role_quoted_as_saying_speaks(tmp_path: Path):
    # the passive of a report after the quotation: the role before it speaks
    holds_speaker(tmp_path, "en", _RIDGE + "“The storm came fast and we had no shelter at all,” "
                  "the chief of the valley search crew was quoted as saying.",
                  "The storm came", "valley search crew")


def test_role_said_keeps_its_reading(tmp_path: Path):
    holds_speaker(tmp_path, "en", _RIDGE + "“Nobody could reach the upper hut before dark,” the "
                  "chief of the valley search crew said.",
                  "Nobody could reach", "valley search crew")

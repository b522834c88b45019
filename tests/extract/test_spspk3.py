"""Who said what, the shapes seen in two spent sets (spspk3): every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from generator.extract.speech.dialogue import dialogue_quotes
from tests.conftest import quote_speakers
from tests.extract.test_speaker_checklist import holds_speaker


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


_CANAL = "A cargo ship ran aground in the Kiel Canal on Friday and blocked it all weekend.\n\n"
_TUGS = ("Tugs pulled at the hull all night, and divers checked the rudder at dawn, the canal "
         "office said.\n\n")


def test_heading_in_capitals_takes_the_speaker_of_the_quotation_repeating_it(tmp_path: Path):
    # a crosshead lifted from a quotation two paragraphs further down
    holds_speaker(tmp_path, "en", _CANAL + "‘A STRANDED GIANT’\n\n" + _TUGS + "The owner, "
                  "Nordline Shipping, said the vessel was “like a stranded giant. It will take "
                  "days to free it.”", "A STRANDED GIANT", "Nordline Shipping")


def test_heading_not_repeated_below_takes_no_far_speaker(tmp_path: Path):
    # the near shape: the quotation further down does not repeat the heading's words
    quotes = quote_speakers(tmp_path / "q", "Flood in the valley\n\n" + _CANAL
                            + "‘A STRANDED GIANT’\n\n" + _TUGS + "The owner, Nordline Shipping, "
                            "said “it will take days to free the vessel from the bank.”\n", "en")
    assert all(s != "Nordline Shipping" for q, s in quotes.items() if "GIANT" in q), quotes


def test_a_name_in_capitals_stays_no_statement():
    from generator.extract.speakers.quoted_text import title_like
    assert title_like("Corriere della Sera") and title_like("ORLA TIMES")
    assert not title_like("A STRANDED GIANT")

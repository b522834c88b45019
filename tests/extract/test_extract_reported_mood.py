"""A German quotation inside reported speech (Konjunktiv I) goes to the source the reported speech
goes back to (extract/speech/reported_mood.py; spspk7: four sites of two events). Sentences
written for these tests, none a real article's, with the near shapes the rule leaves alone: the
indicative after a source, a sentence before that holds a quotation of its own, a source two
paragraphs up, and another language. Without the rule every quotation here had no speaker
(the short ones were dropped)."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_a_quotation_in_the_subjunctive_takes_the_source_of_the_speech(tmp_path):
    de = _quotes(tmp_path, (
        "Chemieunfall in Kleinmoor\n\n"
        "Zuvor hatte ein Feuerwehrsprecher dem Sender noch gesagt, dass die Halle geräumt sei. "
        "Weitere Angaben werde man nicht machen, weil dies „die Bergung gefährden“ könne.\n\n"
        "Der Sender Radio Moorland berichtete, es handele sich um zwei Lagerarbeiter. Zu sehen "
        "war in Aufnahmen, wie Sanitäter sie wegtrugen. Sie seien „völlig erschöpft“ gewesen.\n\n"
        "Nach Brandts Worten war das Ventil am Vortag geprüft worden. Das Messgerät sei an einer "
        "Stelle ausgefallen. „An dieser Stelle hatten wir schon einmal ein Leck im Rohr.“\n"),
        "de")
    assert de["die Bergung gefährden"] == "ein Feuerwehrsprecher"
    assert "Radio Moorland" in de["völlig erschöpft"]
    assert de["An dieser Stelle hatten wir schon einmal ein Leck im Rohr"] == "Brandt"


def test_the_near_shapes_are_left_alone(tmp_path):
    de = _quotes(tmp_path, (
        "Chemieunfall in Kleinmoor\n\n"
        # the indicative: the writer's own sentence, no reported speech
        "Die Polizei sagte am Morgen, die Straße sei gesperrt. Am Mittag kamen die Gutachter. "
        "„Wir prüfen jetzt jede einzelne Leitung im ganzen Werk.“\n\n"
        # a sentence before with a quotation of its own: its speaker is its rules' business
        "Um neun Uhr meldete sich die Werkleitung im Netz. „Alle Arbeiter sind draußen.“ Die "
        "Lage sei damit „noch nicht geklärt“.\n\n"
        "Der Werksleiter Tom Ries sagte, es gebe keine Gefahr.\n\n"
        "Es folgte eine lange Pause.\n\n"
        # the source two paragraphs up: too far
        "Man habe „alles im Griff“ und werde am Abend wieder informieren.\n"), "de")
    assert not de["Wir prüfen jetzt jede einzelne Leitung im ganzen Werk"]
    assert "noch nicht geklärt" not in de or not de["noch nicht geklärt"]
    assert "alles im Griff" not in de or not de["alles im Griff"]

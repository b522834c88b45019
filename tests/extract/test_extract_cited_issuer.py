"""German "„…“, zitierte die Zeitung Z aus einer Mitteilung der Organisatoren": the issuer of the
statement the paper quoted from speaks (extract/speakers/other_speaker._CITED_DE; spspk7: two
sites of pool spspk5 had no speaker). Sentences written for these tests, none a real
article's; the near shapes keep their readings: the one a paper quoted in the accusative, a
statement with no issuer named, and a report (no statement) the paper quoted from. Without the
rule the first three quotations had no speaker."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes

_TEXT = (
    "Sturm über dem Festplatz\n\n"
    "Das Zelt war am Abend eingestürzt. „Wir denken an alle Familien der Verletzten“, zitierte "
    "die Zeitung „Talbote“ aus einer Mitteilung der Veranstalter im Netz.\n\n"
    "Die Feuerwehr räumte bis Mitternacht. „Der Platz bleibt bis auf Weiteres gesperrt“, "
    "zitierte der Sender Radio Tal aus einer Erklärung des Ordnungsamts.\n\n"
    "Die Polizei sicherte den Platz ab. „Die Gäste haben sehr besonnen reagiert“, zitierte "
    "der Sender aus einer Stellungnahme der örtlichen Festleitung.\n\n"
    "Die Bühne hielt dem Wind nicht stand. „Plötzlich flog das ganze Dach davon“, zitierte die "
    "Zeitung eine Besucherin.\n\n"
    "Am Morgen kamen die Gutachter. „Die Anker der Masten waren zu kurz im Boden“, zitierte "
    "die Zeitung aus einem Bericht der Prüfer.\n")


def test_the_issuer_of_the_statement_quoted_from_speaks(tmp_path):
    de = _quotes(tmp_path, _TEXT, "de")
    assert de["Wir denken an alle Familien der Verletzten"] == "Veranstalter"
    assert de["Der Platz bleibt bis auf Weiteres gesperrt"] == "Ordnungsamts"
    assert de["Die Gäste haben sehr besonnen reagiert"] == "örtlichen Festleitung"
    # the one the paper quoted, in the accusative, as before
    assert de["Plötzlich flog das ganze Dach davon"] == "eine Besucherin"
    # a report, no statement: not read as its issuer's words by this rule
    assert de.get("Die Anker der Masten waren zu kurz im Boden", "") != "Prüfer"

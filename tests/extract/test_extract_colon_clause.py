"""A clause before a colon that opens a quotation is said by its subject, the phrase that opens
it ("Anwohner Karl Brandt ist im Bademantel geflohen: „…“", "Le maire a rassuré les familles :
« … »"), not by the last noun phrase before the colon, which is the clause's object; a clause
that is only a name stays that name, and one opened by a preposition or an article alone names
nobody. Only in the languages with articles to read the opening phrase by, and not when the
last phrase holds a name ("Gestern traf der Rat Ana Lindqvist:").
Sentences written for these tests (none is a real article's)."""

from __future__ import annotations

from generator.extract.speakers.noun_phrases import subject_before
from generator.extract.speakers.subjects import colon_subject
from tests.extract.test_extract_shapes import _quotes


def test_the_subject_that_opens_a_colon_clause_speaks(tmp_path):
    quotes = _quotes(tmp_path, (
        "Brand im Mehrfamilienhaus\n\n"
        "Die Feuerwehr rückte mit drei Zügen an. Anwohner Karl Brenninger ist im Bademantel "
        "und in Hausschuhen geflohen: „Ich habe nur noch den Rauch im Treppenhaus gesehen.“\n"),
        "de")
    assert "Brenninger" in quotes["Ich habe nur noch den Rauch im Treppenhaus gesehen"]
    quotes = _quotes(tmp_path / "b", (
        "Feu de forêt\n\n"
        "« Les flammes ont sauté la route en quelques minutes », raconte Lucien Marsallet, maire "
        "de Sainte-Aure.\n\n"
        "Le maire a rassuré les familles du hameau : « Personne ne dormira dehors ce soir, nous "
        "avons ouvert la salle des fêtes. »\n"), "fr")
    assert "Marsallet" in quotes["Personne ne dormira dehors ce soir, nous avons ouvert la salle "
                                 "des fêtes"]


def test_colon_clauses_that_name_nobody_or_only_a_name():
    assert colon_subject("Dann sagte er noch etwas. Karl Brenninger:", "de") == "Karl Brenninger"
    assert colon_subject("Die vielen Helfer riefen immer wieder im Chor:", "de") == ""
    assert colon_subject("Nach dem Brand im Lager blieb nur eine Frage:", "de") == ""
    assert colon_subject("the crowd chanted:", "en") == ""
    # a name in the last phrase speaks; so does the last phrase without articles to read by
    assert colon_subject("Then the leader of the Greens, Ana Lindqvist:", "en") == "Ana Lindqvist"
    assert colon_subject("Gestern traf der Rat Ana Lindqvist Mehring:", "de") == \
        subject_before("Gestern traf der Rat Ana Lindqvist Mehring")
    assert colon_subject("Spotykam się z takimi pytaniami mieszkańców:", "pl") != "Spotykam"

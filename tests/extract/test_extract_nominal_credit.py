"""Italian quotations credited by a noun of saying, no verb: "“…”, il commento degli agenti.",
"“…”: a dirlo, come si legge in una nota, il sindaco X.", "“… – è il racconto di uno dei
passeggeri – …”" (issue 16; three Italian sites of two events had no speaker). Sentences written
for these tests, none a real article's; each test fails without the rule
(`extract/speakers/nominal_credit.py`, read by `extract/speech/verbless_credit.py` and by the
dashes inside a quotation in `extract/speakers/subjects.py`) and holds the near shapes it must
leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_a_noun_of_saying_after_the_quotation_credits_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Il traghetto si è fermato al largo di Valdora. “Non c'è più nessuno a bordo della "
        "nave”, il commento dei soccorritori.\n\n"
        "“Il ponte tremava da giorni e nessuno ci ascoltava”: a dirlo, come si legge in "
        "una nota, il sindaco di Valdora, Marco Bellini.\n"), "it")
    assert quotes["Non c'è più nessuno a bordo della nave"] == "soccorritori"
    assert quotes["Il ponte tremava da giorni e nessuno ci ascoltava"] == "Marco Bellini"


def test_a_noun_of_saying_between_dashes_inside_the_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Il traghetto si è fermato al largo di Valdora. “Ho sentito un boato enorme sotto i "
        "piedi – è il racconto di uno dei passeggeri, rimasto ferito – poi il buio e le urla "
        "di tutti”.\n"), "it")
    speakers = {text[:20]: who for text, who in quotes.items()}
    assert speakers["Ho sentito un boato "].startswith("uno dei passeggeri")


def test_a_noun_of_saying_that_opens_a_clause_is_narration(tmp_path):
    """Near shapes: the noun and its owner as a clause's subject ("il commento del ministro ha
    diviso …") credit nothing; an office alone after the quotation keeps its own rule."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Il traghetto si è fermato al largo di Valdora. “Serve un'inchiesta sulla compagnia "
        "di navigazione”, il commento del ministro ha diviso la maggioranza.\n\n"
        "“Faremo luce su ogni responsabilità di questa tragedia”, il sindaco di Valdora "
        "Marco Bellini.\n"), "it")
    assert quotes["Serve un'inchiesta sulla compagnia di navigazione"] != "ministro"
    assert "Bellini" in quotes["Faremo luce su ogni responsabilità di questa tragedia"]


def test_the_owner_ends_where_a_complement_opens(tmp_path):
    """"il commento del sindaco ai giornalisti davanti al municipio": the mayor's, not the whole
    run of words (fails without the cut at "ai", "sulla", "contro" …); the near shape: the
    owner's own "di" (its place) is no complement, and the quotation keeps a speaker."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Il traghetto si è fermato al largo di Valdora. “Non c'è più nessuno a bordo della "
        "nave”, il commento del portavoce ai giornalisti davanti al porto.\n\n"
        "“Il ponte tremava da giorni e nessuno ci ascoltava”, il commento del sindaco di "
        "Valdora.\n"), "it")
    assert quotes["Non c'è più nessuno a bordo della nave"] == "portavoce"
    assert quotes["Il ponte tremava da giorni e nessuno ci ascoltava"] != ""


def test_a_name_further_in_the_clause_is_not_the_groups_words(tmp_path):
    """"il commento degli agenti a X", "il racconto dei soccorritori arrivati con X": the
    officers' and the rescuers' words, not X's, the listener or a companion (the review of the
    fortieth stop; fails without `told_by_noun._group_owner`, which reads the owner right
    after a fused "di" when it is a lower-case group). Near shapes: an office before its
    holder's name ("le parole del sindaco X") still credits the name, and kin of a named
    person ("la madre di X") keep the name in the owner."""
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Il traghetto si è fermato al largo di Valdora. “Abbiamo fatto tutto il possibile”, "
        "il commento degli agenti a Marco Bellini, capo dei vigili.\n\n"
        "“Siamo arrivati in pochi minuti”. È il racconto dei soccorritori arrivati con Marco "
        "Bellini.\n\n"
        "“Non c'è più nessuno a bordo della nave”, le parole del sindaco Marco Bellini.\n\n"
        "“Mio figlio era su quella nave”. È il racconto della madre di Luca Ferri.\n"), "it")
    assert quotes["Abbiamo fatto tutto il possibile"] == "agenti"
    assert quotes["Siamo arrivati in pochi minuti"].startswith("soccorritori")
    assert quotes["Non c'è più nessuno a bordo della nave"] == "Marco Bellini"
    assert quotes["Mio figlio era su quella nave"] == "madre di Luca Ferri"

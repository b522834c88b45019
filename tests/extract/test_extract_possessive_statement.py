"""A quotation credited to a statement by its issuer's possessive ("“…,” their statement said"):
the issuer quoted before, or no speaker, never the words "their statement" (issue 16; spent
set s38, a wire copy credited two quotations of the police so). Sentences written for these
tests, none a real article's; each test fails without the rule
(`extract/speakers/possessive_statement.py`, read by `extract/quotes.py`) and holds the near
shapes it must leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_their_statement_is_the_body_quoted_before(tmp_path):
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "“No one was seen on the upper deck at any time,” the harbour police said in their "
        "statement early on Monday after two boats searched the bay.\n\n"
        "Relatives waited at the quay through the night.\n\n"
        "“Officers are working to name everyone who was aboard the ferry,” their statement "
        "said, adding that divers would return at dawn.\n"), "en")
    assert quotes["No one was seen on the upper deck at any time"] == "the harbour police"
    assert quotes["Officers are working to name everyone who was aboard the ferry"] == \
        "the harbour police"


def test_a_possessive_statement_with_no_one_quoted_before_is_no_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "Divers searched the bay through the night.\n\n"
        "“Officers are working to name everyone who was aboard the ferry,” its statement said, "
        "adding that divers would return at dawn.\n"), "en")
    assert not quotes["Officers are working to name everyone who was aboard the ferry"]


def test_a_named_issuer_and_the_statement_keep_their_readings(tmp_path):
    """Near shapes: the issuer named before its possessive ("X said in its statement") is the
    speaker as before, and "the statement" still goes on with the previous speaker."""
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "“The search will go on until every passenger is found,” the Tarvin Port Authority "
        "said in its statement on Tuesday.\n\n"
        "“Two more boats have joined the divers near the harbour wall,” the statement said.\n"),
        "en")
    assert quotes["The search will go on until every passenger is found"] == \
        "the Tarvin Port Authority"
    assert quotes["Two more boats have joined the divers near the harbour wall"] == \
        "the Tarvin Port Authority"


def test_it_is_the_body_the_sentence_before_names_never_a_person(tmp_path):
    """"“…,” it added" after "The Tarvin Port Authority said in a statement …": the body (it
    had been the witness quoted before, pool spfur14); after a paragraph where the fair's feed
    speaks: the feed (it had been "it", pool spspk5)."""
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "“I saw the ferry go down in a minute,” said Marta Lind, a fisherman on the quay.\n\n"
        "The Tarvin Port Authority said in a statement that the ferry had left on time. "
        "“Divers will return to the wreck at first light,” it added.\n\n"
        "The official Harbour Festival feed asked visitors to stay away from the quay.\n\n"
        "“Our thoughts are with everyone who was aboard the ferry,” it said.\n"), "en")
    assert quotes["I saw the ferry go down in a minute"] == "Marta Lind"
    assert quotes["Divers will return to the wreck at first light"] == "The Tarvin Port Authority"
    assert quotes["Our thoughts are with everyone who was aboard the ferry"] == \
        "The official Harbour Festival feed"


def test_it_after_a_person_is_no_speaker_and_he_keeps_the_person(tmp_path):
    """Near shapes: "it" where only a person was named is no one (not that person); "he said"
    still reads the person."""
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "“I saw the ferry go down in a minute,” said Marta Lind, a fisherman on the quay.\n\n"
        "“Divers will return to the wreck at first light,” it added.\n\n"
        "Harbour master Piet Olsen said the water was colder than usual. “Nobody could have "
        "swum that far in this cold,” he said.\n"), "en")
    assert quotes["Divers will return to the wreck at first light"] != "Marta Lind"
    assert quotes["Nobody could have swum that far in this cold"] == "Piet Olsen"


def test_it_after_a_person_named_with_the_article_is_no_speaker(tmp_path):
    """"The mayor", "the driver's brother": an article before a person's noun names a person,
    whom "it" never stands for (read as the speaker while any phrase opened by "the" passed for
    a body); a body's name after the article ("The Kelm Red Cross") still is one."""
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "The Tarvin Port Authority said in a statement that two people had died.\n\n"
        "The mayor said the town was in shock. “Divers will return to the wreck at first "
        "light,” it added.\n\n"
        "The driver's brother said he was shocked.\n\n"
        "“Nobody could have swum that far in this cold water,” it said.\n\n"
        "The Kelm Red Cross said it had sent two boats. “Our volunteers are on the quay with "
        "blankets,” it said.\n"), "en")
    assert quotes["Divers will return to the wreck at first light"] != "The mayor"
    assert quotes["Nobody could have swum that far in this cold water"] != "The driver's brother"
    assert quotes["Our volunteers are on the quay with blankets"] == "The Kelm Red Cross"

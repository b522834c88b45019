"""The copy finder knows a quotation by the one reader of quotations
(:func:`generator.text.quotation.quoted_spans`): words one page quotes and another prints as its
own are a citation, whatever marks the quoting page uses. Its own shorter pattern knew no single
quotes and no quotation left open at a paragraph's end, so those quoting pages counted the
words as their own narration. Invented sentences."""

from __future__ import annotations

import pytest

from generator.text.quotation import quoted_spans
from generator.text.shingles import ShingleIndex, shingle

STATEMENT = ("every crew and every bed of the county is needed by the families whose houses "
             "burned down along the Selby shore this week")
#: the issuer's own words, printed as narration
RELEASE = f"Harwick parks board notice.\n{STATEMENT[0].upper()}{STATEMENT[1:]}.\nMore soon."


@pytest.mark.parametrize("quoting", [
    f"The board wrote on Wednesday: '{STATEMENT}.'\nSchools in Brae opened as shelters.",
    f"The board wrote on Wednesday: ‘{STATEMENT}.’\nSchools in Brae opened as shelters.",
    # a quotation that goes on in the next paragraph is left open at this one's end
    f"The board wrote on Wednesday: “{STATEMENT}, and the next weeks will be hard\n"
    "Schools in Brae opened as shelters.",
])
def test_a_quoting_page_cites_what_the_other_prints_as_its_own(quoting: str) -> None:
    overlap = ShingleIndex([shingle(RELEASE), shingle(quoting)]).overlaps()[(0, 1)]
    assert overlap.shared >= 10
    assert overlap.cited == overlap.shared  # all of it cited: no copy's narration


def test_narration_with_apostrophes_is_no_quotation() -> None:
    # neighbour: both print the words as their own, apostrophes inside and after words
    reprint = f"The county's notice, in the families' words:\n{STATEMENT}.\nIt's late."
    overlap = ShingleIndex([shingle(RELEASE), shingle(reprint)]).overlaps()[(0, 1)]
    assert overlap.shared >= 10 and overlap.cited == 0
    assert quoted_spans(reprint) == []

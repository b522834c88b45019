"""Figures of the spent sealed sets (issue 16, branch spfig: the pages the sealed sets s22–s25
were made of) that extract read wrong; invented sentences of the same shapes in several
languages, each with a neighbour the rule must leave alone. And the one table of qualifiers
(:data:`generator.text.number_words.QUALIFIERS`) read by every rule that reads a qualifier
between a word and its number."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.probes import figures as _figures  # noqa: F401  (used by the rows below)

#: A program that adds one invented qualifier to the table only, then imports the rules and
#: prints which of them read it: a landform's height, an altitude, a floor area, an amount
#: restated in brackets, a temperature's reading, a distance from a place, from the event's word,
#: from the place the event's place lies at, and in brackets.
_PROBE = textwrap.dedent("""
    from generator.text import number_words
    number_words.QUALIFIERS["en"]["zorbly"] = "about"
    number_words.QUALIFIERS["fr"]["à peu de chose près"] = "nearly"
    from generator.text.place_words import LANDFORM_BEFORE
    from generator.extract import measures, temperature, locating
    tests = {
        "landform": LANDFORM_BEFORE.search("the summit of Mount Vargo, zorbly "),
        "landform-fr": LANDFORM_BEFORE.search("le mont Vargo, haut de à peu de chose près "),
        "altitude": measures._ALTITUDE_BEFORE.search("flying at an altitude of zorbly "),
        "floor": measures._SIZE_OF_BEFORE.search("a bakery of zorbly "),
        "restated": measures._RESTATED_BEFORE.search("12 feet (zorbly "),
        "damaged": measures.DAMAGED_BEFORE.search("flooded zorbly "),
        "reading": temperature.READING_BEFORE.search("reached zorbly "),
        "place": locating._PLACE_BEFORE.search("near the town of Ostrel, zorbly "),
        "event": locating._RIGHT_AFTER_EVENT.search(" zorbly "),
        "lies": locating._LIES_AFTER_EVENT.search(" of Mount Vargo, located zorbly "),
        "opens": locating._OPENS.search(" (zorbly "),
    }
    print(",".join(sorted(k for k, v in tests.items() if v is None)))
""")


def test_a_qualifier_added_to_the_one_table_reaches_every_rule():
    """Review of round 26: the qualifiers were spelt again, inline, in each rule that reads one
    between a word and its number; a word added to the one table must reach them all."""
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "", f"rules that do not read the table: {out}"

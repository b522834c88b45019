"""The cleaner's regular expressions run in RE2's fast engine without running out of memory.

RE2 gives a pattern a memory cap for its DFA; when a block needs more states than that, it falls
back to a slower engine and writes "DFA out of memory" to standard error, on every such block of
every page: noise in a user's terminal under ``briefing build`` and a sign that the cap no longer
fits the patterns (fresh pages, 5 December 2026: a caption ending on "© AP", in German, on the
caption-tail rule, whose picture words now span every language)."""

from __future__ import annotations

import pytest

from generator.content.cleaner import clean_text

# Invented: a picture's caption in German, its credit an agency after the copyright sign.
CAPTION = ("Starke Regenfälle haben in den letzten zwei Tagen entlang der Küste für große "
           "Schäden gesorgt und mehr als 20 Menschen das Leben gekostet © AP")
STORY = ("Die Behörden meldeten am Dienstag weitere Vermisste in den betroffenen Dörfern, "
         "die Suche dauerte bis in die Nacht.")


def test_a_cut_credit_is_matched_quietly(capfd):
    cleaned = clean_text(f"Facebook\n\n{CAPTION}\n\n{STORY}\n", language="de")
    err = capfd.readouterr().err
    assert "DFA out of memory" not in err
    assert "re2" not in err
    removed = [b for b in cleaned.removed if "Regenfälle" in b.text]
    assert removed and removed[0].rule == "picture-credit-tail"
    assert [p.text for p in cleaned.paragraphs] == [STORY]


#: Texts that drive a rule's DFA far: long runs of words with a credit or a sign at the end,
#: in the scripts the rules name (invented).
PROBES = ([("wort " * n) + tail for n in (3, 12, 40) for tail in ("© AP", "© ", "Foto: dpa",
                                                                  "| Photo: Jane Roe", "/ AFP")]
          + ["Ημέρα " * 20 + "© AP", "день " * 20 + "Фото: ТАСС", "日 " * 40 + "写真: 共同"])


@pytest.mark.slow
def test_every_rule_has_room_to_grow(capfd):
    """Each rule, compiled with five eighths of the cap, still runs the probes in the fast
    engine: a pattern that needs more is near the cap, and users would see RE2's complaint."""
    import re2

    from generator.content.cleaning.rules.base import MAX_MEM
    from generator.content.cleaning.rules.table import RULES
    from generator.text.languages import fold

    options = re2.Options()
    options.max_mem = MAX_MEM * 5 // 8
    tight = []
    for rule in RULES:
        regex = re2.compile(rule.pattern, options)
        for probe in PROBES:
            regex.search(fold(probe))
        if "DFA out of memory" in capfd.readouterr().err:
            tight.append(rule.name)
    assert tight == []

"""Trial 7 (a new user's briefing on a migrant-boat sinking, read through the PDF): what misled.

Invented text throughout, in the shapes the trial's pages had; no page's words.
"""

from __future__ import annotations

from pathlib import Path

from conftest import loaded_pages

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages

#: Reports of a sinking off a coast each outlet spells its own way (no one spelling is used by
#: most), four of the seven quoting one broadcaster by name.
SPELT_APART = [
    ("one", "Ferry sinks off the coast\n\nA crowded ferry sank off the coast of Morvania "
     "overnight, coast guard chief Elena Sotiri told Radiovox, as boats from Portakis searched."),
    ("two", "Dozens missing after sinking\n\nDivers near Morvania found more bodies, while "
     "harbour master Tomas Berik told Radiovox that boats from Kalivo had joined the search."),
    ("three", "Toll of the sinking rises\n\nThe ferry that went down off Morvanie carried about "
     "300 people, Radiovox reported, quoting the minister Ana Lektra."),
    ("four", "Survivors brought ashore\n\nSurvivors of the sinking off Morvanía reached the port "
     "of Kalivo, where mayor Petros Dalo spoke to Radiovox."),
    ("five", "Questions over the licence\n\nThe operator Seaway Lines had no licence for the "
     "route past Morvanija, inspector Ioanna Fera said."),
    ("six", "Families wait in port\n\nRelatives waited in Portakis for news of the ferry lost "
     "off Morvania, priest Stavros Neli said."),
    ("seven", "Navy joins the search\n\nA frigate from Dravos joined the search off Morvanie, "
     "commander Luka Verin said on the quay."),
]


def test_a_place_spelt_apart_outweighs_the_broadcaster_every_outlet_quotes(tmp_path: Path):
    content = loaded_pages(tmp_path, "The sinking", SPELT_APART)
    event, _sigs = signatures(content)
    assert event.core_text == "Morvania"
    assert not [v.article for v in judge_pages(content) if v.sure]

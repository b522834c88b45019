"""People counted at a gathering after the event (a vigil, a funeral, a mass, a march) came
after it struck: they are no people it put at risk, though a verb of being and a place count
them ("there were 300 people at the vigil"). The rev39 review read such counts in five languages
as ``there``/affected; present_there now leaves them a plain count, as it leaves the people in a
hospital. Fails without present_there._GATHERING; people there when it struck stay ``there``,
a month's name or a market after the count too. Invented sentences."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _groups(text: str, lang: str) -> set[tuple[float, str]]:
    return {(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)}


@pytest.mark.parametrize("text, lang, value", [
    ("There were about 300 people at the vigil in Tarnvik on Sunday.", "en", 300),
    ("On Sunday, 300 people were at the memorial service in Tarnvik.", "en", 300),
    ("Il y avait 500 personnes à la marche blanche dimanche.", "fr", 500),
    ("Había 300 personas en la misa celebrada el domingo en Tarnvik.", "es", 300),
    ("Es waren 200 Menschen auf der Trauerfeier.", "de", 200),
])
def test_people_at_a_gathering_after_the_event_are_no_people_there(text, lang, value):
    found = _groups(text, lang)
    assert (value, "there") not in found and any(v == value for v, _ in found)


@pytest.mark.parametrize("text, lang, value", [
    ("There were 40 people on the island in March.", "en", 40),
    ("Il y avait 40 personnes au marché au moment de l'explosion.", "fr", 40),
    ("There were 30 people in the service station when it exploded.", "en", 30),
])
def test_people_there_when_it_struck_stay_there(text, lang, value):
    assert (value, "there") in _groups(text, lang)

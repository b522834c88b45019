"""People held or at work in the place the event struck are there when it struck (``affected``):
inmates housed in a prison wing, miners in the pit, workers in a plant, with the verbs that say
so in five languages ("étaient emprisonnées dans", "waren … untergebracht", "había N mineros
durante", "que se hallaban en", "ci fossero N persone al lavoro", "se trouvaient dans la mine",
"were held in"). The spent set s39 (a mine, four sites in three languages) and pool spfig4 (a
prison, three sites in three languages) read them as plain counts. Each case fails without
``extract/counts/present_there`` reading held and working people and these verbs; beside them
the near shapes that must stay as they were. Invented sentences."""

from __future__ import annotations

import pytest

from generator.content.measured import measure_of
from generator.extract.figures import figures_in
from generator.text.sentences import Sentence, sentence_spans


def _groups(text: str, lang: str) -> dict[float, str]:
    return {f.value: f.group for start, end in sentence_spans(text)
            for f in figures_in(Sentence(start, end, text[start:end], 0), lang)}


@pytest.mark.parametrize("text, lang, value", [
    ("Quelque 900 femmes étaient emprisonnées dans le secteur de la prison de Varno.", "fr", 900),
    ("In dem Gefängnis in Varno waren rund 900 Frauen untergebracht.", "de", 900),
    ("Había 580 mineros durante la explosión, 75 han sido rescatados.", "es", 580),
    ("Por ahora, de 787 mineros que se hallaban en la zona del siniestro, 363 han sido "
     "localizados.", "es", 787),
    ("Si pensa che al momento dell'esplosione ci fossero 580 persone al lavoro a Varno.", "it",
     580),
    ("Quelque 787 employés se trouvaient dans la mine de charbon de Varno.", "fr", 787),
    ("About 900 inmates were held in the east wing of Varno jail when the fire broke out.", "en",
     900),
    ("There were 580 miners in the pit at Varno when it exploded.", "en", 580),
])
def test_people_held_or_at_work_in_the_place_are_those_it_put_at_risk(text, lang, value):
    group = _groups(text, lang).get(value)
    assert group is not None and measure_of(group) == "affected", group


@pytest.mark.parametrize("text, lang, value, measure", [
    # people who gather after the event are present, not at risk
    ("Quelque 300 personnes se trouvaient devant la mairie de Varno.", "fr", 300, "count"),
    ("Quelque 120 employés se trouvaient dans la salle pour la cérémonie d'hommage.", "fr", 120,
     "count"),
    # what befell them still comes first
    ("Murieron 46 reclusas que se hallaban en el pabellón de Varno.", "es", 46, "dead"),
    ("About 30 inmates were held in hospital after the fire at Varno.", "en", 30, "injured"),
    # the responders at the scene keep their own measure
    ("There were 40 firefighters in the building at Varno.", "en", 40, "responders"),
])
def test_the_near_shapes_keep_their_measure(text, lang, value, measure):
    group = _groups(text, lang).get(value)
    assert group is not None and measure_of(group) == measure, group

"""Catalan and Romanian page furniture by the words of :mod:`generator.text.furniture_words`
(issues 13 and 16): the Romanian skip link ("Sari direct la conținut", met on a fresh page, the
English, French, Spanish and other skip links long in the table), and the Catalan labels the
Spanish table holds ("Llegeix també:", "Comparteix", "Comentaris"). Before these words each line
stayed in the story. Invented text, with story lines that open with the same words and must stay
story."""

from __future__ import annotations

from generator.content.cleaner import clean_text

RO_PAGE = """Sari direct la conținut

Explozie într-un bloc din Valea Lungă: doi morți și nouă răniți

Două persoane au murit, iar alte nouă au fost rănite după o explozie produsă vineri dimineață \
într-un bloc din Valea Lungă, au anunțat pompierii.

Deflagrația a distrus două apartamente de la etajul patru, iar locatarii au fost evacuați.
"""

CA_PAGE = """Tres ferits en l'incendi d'un pis de Vilaclara

Tres persones han resultat ferides aquest dilluns en l'incendi d'un pis de Vilaclara, segons \
han informat els Bombers.

Llegeix també: Un altre incendi crema una nau industrial a Santa Eulàlia

Els Bombers hi han enviat cinc dotacions i han controlat el foc en una hora.

Comparteix

Comentaris
"""

CA_STORY = """Tres ferits en l'incendi d'un pis de Vilaclara

Tres persones han resultat ferides aquest dilluns en l'incendi d'un pis de Vilaclara.

Llegeix també el veí del tercer pis, que cada matí repassa la premsa, que el foc va començar a \
la cuina.

Comentaris dels veïns a la porta de l'edifici apuntaven a una estufa.
"""


def test_romanian_skip_link_is_removed():
    cleaned = clean_text(RO_PAGE, language="ro")
    assert [r.text for r in cleaned.removed] == ["Sari direct la conținut"]
    assert cleaned.headline.startswith("Explozie")
    assert len(cleaned.paragraphs) == 2


def test_catalan_labels_are_removed_with_their_kind():
    cleaned = clean_text(CA_PAGE, language="ca")
    kinds = {r.text.split(":")[0]: r.kind for r in cleaned.removed}
    assert kinds == {"Llegeix també": "related-links", "Comparteix": "share-links",
                     "Comentaris": "comments"}
    assert [p.text.split()[0] for p in cleaned.paragraphs] == ["Tres", "Els"]


def test_catalan_story_lines_opening_with_the_same_words_stay_story():
    cleaned = clean_text(CA_STORY, language="ca")
    assert cleaned.removed == ()
    assert len(cleaned.paragraphs) == 3

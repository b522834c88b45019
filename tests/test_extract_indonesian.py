"""``briefing extract`` on Indonesian copy: the dead, the injured and the missing counted in
"orang" (people) and "jiwa" (lives), and a toll named before the number ("jumlah korban …
menjadi N orang"). Sentences written for these tests, none a real article's."""

from __future__ import annotations

import pytest

from generator.extract.figures import figures_in
from generator.text.sentences import Sentence


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(f.value, f.group) for f in figures_in(Sentence(0, len(text), text, 0), lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Banjir di Kota Lembara merenggut 52 jiwa, kata petugas.", "id", [(52, "dead")]),
    ("Di desa itu 40 orang meninggal dan 12 orang hilang terseret arus.", "id",
     [(40, "dead"), (12, "missing")]),
    ("Jumlah korban kebakaran pasar itu naik menjadi 18 orang.", "id", [(18, "dead")]),
    ("Jumlah korban luka di pasar itu kini 75 orang.", "id", [(75, "wounded")]),
    ("Sampai sore, sebanyak 33 telah dipastikan meninggal.", "id", [(33, "dead")]),
    ("Sekitar 900 warga mengungsi ke balai desa.", "id", [(900, "evacuee")]),
    # a toll named before people in another language is the toll too
    ("Le bilan de l'incendie s'élève désormais à 12 personnes.", "fr", [(12, "dead")]),
])
def test_indonesian_counts_and_tolls(text, lang, expected):
    assert _figures(text, lang) == expected

"""``briefing extract`` on Indonesian copy: the dead, the injured and the missing counted in
"orang" (people) and "jiwa" (lives), and a toll named before the number ("jumlah korban …
menjadi N orang"). Sentences written for these tests, none a real article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.probes import figures as _figures


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Banjir di Kota Lembara merenggut 52 jiwa, kata petugas.", "id", [(52, "dead")]),
    ("Di desa itu 40 orang meninggal dan 12 orang hilang terseret arus.", "id",
     [(40, "dead"), (12, "missing")]),
    ("Jumlah korban kebakaran pasar itu naik menjadi 18 orang.", "id", [(18, "dead")]),
    ("Jumlah korban luka di pasar itu kini 75 orang.", "id", [(75, "wounded")]),
    ("Sampai sore, sebanyak 33 telah dipastikan meninggal.", "id", [(33, "dead")]),
    ("Sekitar 900 warga mengungsi ke balai desa.", "id", [(900, "evacuee")]),
    # a toll, a time of day, then the number: the time's full stop does not end the clause
    ("Korban tewas sampai pukul 18.30 WIB kemarin tercatat 61 orang di posko.", "id",
     [(61, "dead")]),
    # an age is no count: "berusia 40 tahun" (aged 40 years), with or without commas
    ("Korban kedua, Budi Santosa, berusia 40 tahun, meninggal di rumah sakit.", "id", []),
    ("Seorang nenek berusia 71 tahun ikut meninggal dalam banjir.", "id", []),
    # a toll named before people in another language is the toll too
    ("Le bilan de l'incendie s'élève désormais à 12 personnes.", "fr", [(12, "dead")]),
])
def test_indonesian_counts_and_tolls(text, lang, expected):
    assert _figures(text, lang) == expected


def _quotes(tmp_path: Path, text: str, lang: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", text, lang, published="2031-03-02T12:00:00+07:00")


def test_indonesian_speakers_after_the_verb(tmp_path):
    """"…,” kata Budi kepada wartawan: Budi's; "…,” ujarnya dikutip dari …: "-nya" (she said)
    is the person named last, not "dikutip dari …" (quoted from)."""
    quotes = _quotes(tmp_path, (
        "Uji\n\n"
        "“Air mulai surut sejak pagi,” kata Rudi Hartono kepada wartawan di Lembara.\n\n"
        "“Kami masih mencari dua orang,” ungkap Sari.\n\n"
        "“Jalan ke desa masih tertutup,” ujarnya dikutip dari Radio Lembara.\n"), "id")
    assert quotes["Air mulai surut sejak pagi"] == "Rudi Hartono"
    assert quotes["Kami masih mencari dua orang"] == "Sari"
    assert quotes["Jalan ke desa masih tertutup"] == "Sari"

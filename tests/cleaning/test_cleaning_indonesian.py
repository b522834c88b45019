"""Indonesian page furniture, found in a new-user trial on a stadium crush (the corpus has no
Indonesian page): "Baca juga:" links, "Penulis: … | Editor: …" bylines, share and comment
labels. Invented text in the shapes the trial met, each with story lines that open with the same
words and must stay story.
"""

from __future__ import annotations

from generator.content.cleaner import clean_text

PAGE = """Korban tewas banjir di Lembara bertambah menjadi 42 orang

Penulis: Rina Saputri | Editor: Adi Nugroho

Jumlah korban tewas akibat banjir bandang di Kabupaten Lembara bertambah menjadi 42 orang pada \
Selasa, kata kepala badan penanggulangan bencana daerah.

Baca juga: Tim SAR gabungan cari 12 warga yang hilang di Lembara

Petugas masih mencari 12 warga yang dilaporkan hilang setelah sungai meluap pada Senin malam.

Simak juga: Ribuan warga mengungsi ke sekolah dan masjid

Bagikan:

Komentar
"""
STORY = """Korban tewas banjir di Lembara bertambah menjadi 42 orang

Jumlah korban tewas akibat banjir bandang di Kabupaten Lembara bertambah menjadi 42 orang pada \
Selasa.

Oleh karena itu, warga diminta menjauhi bantaran sungai sampai air surut.

Sumber air bersih di tiga desa tercemar lumpur, kata petugas.

Penulis buku sejarah kota itu termasuk di antara warga yang dievakuasi.

Editor surat kabar lokal, Adi Nugroho, mengatakan kantornya terendam.

Baca juga buku panduan keselamatan yang dibagikan relawan, kata Budi.

Komentar warga di media sosial menunjukkan kemarahan atas lambatnya bantuan.
"""


def test_indonesian_furniture_is_removed_with_its_kind():
    cleaned = clean_text(PAGE, language="id")
    kinds = {r.text.split(":")[0]: r.kind for r in cleaned.removed}
    assert kinds == {"Penulis": "byline", "Baca juga": "related-links",
                     "Simak juga": "related-links", "Bagikan": "share-links",
                     "Komentar": "comments"}
    assert cleaned.author == "Rina Saputri" and not cleaned.via
    assert [p.text.split()[0] for p in cleaned.paragraphs] == ["Jumlah", "Petugas"]


def test_story_lines_opening_with_the_same_words_stay_story():
    cleaned = clean_text(STORY, language="id")
    assert cleaned.removed == ()
    assert len(cleaned.paragraphs) == 7

"""Pages about the briefing's event in the local press: they name the town, not their own
country, and one slip in lower case does not unmake a name (invented text in the shape of
real coverage: foreign outlets write "Lembara, Veloria", the local press only "Lembara")."""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from generator.site.pipeline import run_check

FOREIGN = [
    ("wire-one", "2031-03-02", "Crush at Lembara stadium kills 40\n\nLEMBARA, Veloria — "
     "At least 40 people died in a crush at the stadium in Lembara on Saturday after guards "
     "fired smoke canisters at fans of Gelbor United, officials in Veloria said on Sunday."),
    ("daily-two", "2031-03-02", "Veloria mourns after stadium crush\n\nThe toll from the crush at "
     "the stadium in Lembara rose to 44, the health office of Veloria said. Fans of Gelbor "
     "United ran for the gates when smoke filled the stands."),
    ("paper-three", "2031-03-03", "Questions over guards after Lembara crush\n\nGuards in Veloria "
     "face questions after 44 fans died at the stadium in Lembara. Gelbor United said its "
     "supporters had been trapped behind locked gates."),
    ("site-four", "2031-03-03", "Veloria suspends league after Lembara deaths\n\nThe league in "
     "Veloria halted every match after the crush at the stadium in Lembara, where 44 fans "
     "of Gelbor United died."),
    ("radio-five", "2031-03-04", "Gelbor United fans bury their dead\n\nFamilies in Lembara "
     "buried 12 of the 44 fans of Gelbor United who died in the stadium crush, as Veloria held a "
     "day of mourning."),
]
LOCAL = [
    ("lokal-satu", "2031-03-02", "Korban Tragedi Ostra Bertambah\n\nKorban tewas dalam tragedi "
     "Stadion Ostra di Lembara bertambah menjadi 44 orang. Dinas Kesehatan Lembara mencatat "
     "puluhan korban masih dirawat di Rumah Sakit Umum Tirta."),
    ("lokal-dua", "2031-03-05", "Keluarga Korban Ostra Menunggu\n\nKeluarga korban menunggu di "
     "depan Rumah Sakit Umum Tirta di Lembara. Korban tewas tragedi Stadion Ostra kini 45 orang, "
     "kata Dinas Kesehatan Lembara."),
    ("lokal-tiga", "2031-03-12", "Korban Ostra Kembali Bertambah\n\nSatu korban tragedi Stadion "
     "Ostra meninggal di rumah sakit tirta lembara, sehingga korban tewas menjadi 46 orang, kata "
     "Dinas Kesehatan Lembara."),
]


def _project(root: Path) -> Path:
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "facts").mkdir()
    (content / "briefing.yaml").write_text("title: The Lembara crush\n", encoding="utf-8")
    pages = [(*p, "en") for p in FOREIGN] + [(*p, "id") for p in LOCAL]
    (content / "outlets.yaml").write_text("outlets:\n" + "".join(
        f"  - id: {stem}\n    name: {stem.title()}\n" for stem, *_ in pages), encoding="utf-8")
    for stem, published, text, language in pages:
        (content / "articles" / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        (content / "articles" / f"{stem}.yaml").write_text(
            f"outlet: {stem}\npublished: {published}\nlanguage: {language}\n", encoding="utf-8")
    return content


def test_local_press_naming_the_town_but_not_its_country_is_about_the_event(
        tmp_path: Path) -> None:
    checked, problems = run_check(_project(tmp_path))
    assert checked is not None and not problems.errors
    assert judge_pages(checked.content) == []  # neither a warning nor an unsure hint
    event, sigs = signatures(checked.content)
    # the town, though one page writes it once in lower case, shown as most sources spell it
    assert "Lembara" in event.core_text
    assert all(sigs[stem].names_event for stem, *_ in LOCAL)

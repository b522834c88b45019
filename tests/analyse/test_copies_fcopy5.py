"""Copy families and off-event pages on the shapes of the fcopy5 fresh pages (issue 15).

Two mechanisms, each with a neighbour that keeps its verdict:

- A report that quotes a press release's sentence and restates one of its facts shares them with
  the release, but quotes it: it cites the release, it does not copy it. Counted as shared text,
  the quoted sentence made the report and the release one family, and through the report its
  own republished copies and the issuer's other releases joined too. What one page quotes and
  the other prints as its own words is now left out of the measure
  (:attr:`generator.text.shingles.Overlap.uncited`); words both print inside quotation marks
  still count, as before.
- A page whose address files it in year, month and day folders ("/2026/08/25/") five years
  before the event's given days, naming the event's town (the same town's earlier brush fire),
  was not even asked about: only the analyst's ``published:`` made such a page sure, for fear
  of an id's digits. Folders are no id (:func:`generator.check.address_dates.dated_by_folders`).

Every name, place, address and sentence below is invented.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.analyse.copies import find_copies
from generator.check.address_dates import dated_by_folders
from generator.check.off_event import judge_pages
from generator.content.load import load
from generator.content.model import Content
from generator.content.problems import Problems
from tests.conftest import loaded_pages, small_briefing

# ----------------------------------------------------------------- a release and its citers

RELEASE_EN = (
    "Selby Coast Parks Board: fire update\n\n"
    "HARWICK, Oct. 3, 2031 -- Blazes are still spreading across parts of Dunmore County and "
    "the hills behind the Selby coast, and several main roads stay shut to all traffic.\n\n"
    "The board keeps in touch with county emergency staff, its own marketing offices abroad "
    "and the tour operators, and will publish further notices as the fires move.\n\n"
    "Travellers holding bookings on the Selby coast over the next month should move their "
    "trips to a later season, once residents have somewhere to sleep and roads are open.\n\n"
    "For the coming weeks every crew, every bed and every bus of the county, the coastal "
    "towns and the tourist trade is needed by families whose houses and shops burned down.\n\n"
    "Hotels along the Selby shore have stopped taking new reservations for now. Some 21,000 "
    "guests have left through Harwick airport since Tuesday, the board counted.\n\n"
    "Trips to the islands of Marrow and Tenby go ahead as planned, as no fire reached them."
)
QUOTE_EN = ("For the coming weeks every crew, every bed and every bus of the county, the coastal "
            "towns and the tourist trade is needed by families whose houses and shops burned "
            "down.")
REPORT_EN = (
    "Parks board tells tourists to keep off the burning Selby coast\n\n"
    "HARWICK (Channel 9) - Tourists planning a holiday on the Selby coast are being told to "
    "wait, as the fires that began on Monday keep crews busy from Orrin Point to Calder Bay.\n\n"
    "Officials at the Selby Coast Parks Board said the hotels along the Selby shore have "
    "stopped taking new reservations, and the governor's office is looking for rooms for "
    "evacuees in the inland towns of Brae and Lusk.\n\n"
    f"“{QUOTE_EN}” the board wrote in a notice on Wednesday.\n\n"
    "At the Calder Bay marina, skipper Noor Haddad had tied up her two charter boats and was "
    "ferrying water to neighbours instead. Nobody will come out here for a month, she said, and "
    "nobody should.\n\n"
    "Schools in Brae reopened as shelters, and the county's radio station read out the names "
    "of the streets still closed every hour."
)
#: The broadcaster's report republished whole by an aggregator: the broadcaster's family.
AGGREGATOR_EN = REPORT_EN.replace("HARWICK (Channel 9) - ", "HARWICK (Channel 9) – ") \
    + "\n\nCopyright 2031 Channel 9. All rights reserved."
#: The release printed as the outlet's own words, quoting nothing: a copy of the release.
REPRINT_EN = RELEASE_EN.split("\n\n", 1)[1].replace("HARWICK, Oct. 3, 2031 -- ", "")

RELEASE_FR = (
    "Communiqué de la préfecture de Vardois\n\n"
    "VARDOIS, 3 octobre 2031 - Les crues du Lenz continuent de monter dans le sud du "
    "département, et plusieurs routes départementales restent coupées à la circulation.\n\n"
    "La préfecture reste en lien avec les maires, les pompiers et les services de l'État, et "
    "publiera un nouveau point de situation chaque soir tant que l'alerte rouge durera.\n\n"
    "Pendant les prochaines semaines, chaque équipe, chaque camion et chaque lit disponible du "
    "département devra servir d'abord aux familles dont la maison a été envahie par l'eau.\n\n"
    "Les campings situés le long du Lenz ferment jusqu'à nouvel ordre. Environ 3 400 personnes "
    "ont quitté les communes riveraines depuis mardi, selon les chiffres de la préfecture.\n\n"
    "Les communes du nord du département, épargnées par les eaux, ne sont pas concernées."
)
QUOTE_FR = ("Pendant les prochaines semaines, chaque équipe, chaque camion et chaque lit "
            "disponible du département devra servir d'abord aux familles dont la maison a été "
            "envahie par l'eau")
REPORT_FR = (
    "Crues du Lenz : la préfecture demande aux vacanciers de rester à l'écart\n\n"
    "Les touristes qui avaient prévu un séjour au bord du Lenz sont priés de patienter, alors "
    "que la rivière a encore gagné vingt centimètres dans la nuit à Ostel et à Mirande.\n\n"
    "Selon la préfecture, les campings situés le long du Lenz ferment jusqu'à nouvel ordre, et "
    "la mairie d'Ostel a ouvert le gymnase aux sinistrés.\n\n"
    f"« {QUOTE_FR} », écrit la préfecture dans son point de mercredi soir.\n\n"
    "Sur le quai d'Ostel, le boulanger Paul Vernet montrait la trace de l'eau sur sa vitrine, "
    "à hauteur de poitrine. Il n'a jamais vu ça en quarante ans, dit-il.\n\n"
    "Les écoles de Mirande resteront fermées jusqu'à lundi, a précisé le rectorat."
)
AGGREGATOR_FR = REPORT_FR + "\n\nRetrouvez toute l'actualité de la région sur notre site."


def _families(root: Path, pages: list[tuple[str, str, str, str]]) -> dict:
    copies = find_copies(loaded_pages(root, "The Selby coast fires", pages))
    return {aid: (f.id if (f := copies.family_of.get(aid)) else None)
            for aid in (p[0] for p in pages)}


@pytest.mark.parametrize(("lang", "release", "report", "aggregator"), [
    ("en", RELEASE_EN, REPORT_EN, AGGREGATOR_EN),
    ("fr", RELEASE_FR, REPORT_FR, AGGREGATOR_FR),
])
def test_a_report_quoting_a_release_is_not_its_copy(tmp_path: Path, lang: str, release: str,
                                                     report: str, aggregator: str) -> None:
    found = _families(tmp_path, [("release", lang, "", release), ("report", lang, "", report),
                                 ("aggregator", lang, "", aggregator)])
    assert found["release"] is None, found
    assert found["report"] is not None and found["report"] == found["aggregator"], found


def test_a_reprint_of_the_release_in_its_own_words_stays_its_copy(tmp_path: Path) -> None:
    found = _families(tmp_path, [("release", "en", "", RELEASE_EN),
                                 ("reprint", "en", "", REPRINT_EN),
                                 ("report", "en", "", REPORT_EN)])
    assert found["release"] is not None and found["release"] == found["reprint"], found
    assert found["report"] is None, found


# ------------------------------------------------- the same town's fire, dated by its folders

GIVEN = "The Korrin fire\ndate: 2031-08-09\nplace: Korrin"
EVENT = {
    "wire": "Wildfire sweeps through Korrin\n\nA wind-driven wildfire swept through Korrin and "
            "the Velta Valley on Saturday, burning hundreds of homes along Harlow Road, Mayor "
            "Ilse Banner said, as crews from Pellam airport dropped water on the hills.",
    "daily": "Korrin fire toll rises\n\nThe wildfire that burned through Korrin has killed at "
             "least 14 people, Mayor Ilse Banner said, and the Velta Valley is still closed "
             "beyond Harlow Road.",
    "paper": "Korrin residents return to ashes\n\nResidents of Korrin returned to Harlow Road on "
             "Monday to find their homes gone, while fire chief Oren Tall said the Velta "
             "Valley fire was half contained.",
    "radio": "Help arrives in Korrin\n\nPlanes landed at Pellam airport with tents and water for "
             "Korrin, and Oren Tall said his crews had reached the top of the Velta Valley.",
}
#: The town's brush fire five years before, told with the same town, valley, road and airport.
EARLIER = ("Brush fire above Korrin forces evacuations\n\nA brush fire fanned by the winds of "
           "a passing storm burned 600 acres above Korrin early on Friday and reached the edge "
           "of Harlow Road, where 80 homes in the Velta Valley were evacuated. Crews flew from "
           "Pellam airport until the rain came, county spokeswoman Tessa Grune said.")


def _judged(root: Path, url: str, title: str = GIVEN) -> dict:
    root.mkdir()
    rows = {s: (t, "") for s, t in EVENT.items()} | {"site": (EARLIER, url)}
    content = small_briefing(
        root, {s: s.title() for s in rows}, "figures: []\n",
        {s: (text + "\n", f"outlet: {s}\nlanguage: en\n" + (f"url: {u}\n" if u else ""))
         for s, (text, u) in rows.items()}, title=title)
    problems = Problems(content)
    loaded = load(content, problems)
    assert not problems.errors
    return {v.article: v for v in judge_pages(loaded)}


def test_the_town_s_earlier_fire_filed_in_dated_folders_is_flagged(tmp_path: Path) -> None:
    judged = _judged(tmp_path / "a", "https://paper.example/2026/08/25/brush-fire-korrin")
    assert judged["site"].sure, judged
    assert "days before the event" in judged["site"].text
    assert not set(EVENT) & {a for a, v in judged.items() if v.sure}
    # its neighbours keep their verdicts: the same page filed in the event's days; the same
    # date glued into figures, which may be an id's; and no date given, when the days inferred
    # from the sources may be the wrong event's
    for n, (url, title) in enumerate([
            ("https://paper.example/2031/08/10/brush-fire-korrin", GIVEN),
            ("https://paper.example/news/korrin-fire-20260825123456", GIVEN),
            ("https://paper.example/2026/08/25/brush-fire-korrin", "The Korrin fire")]):
        judged = _judged(tmp_path / str(n), url, title)
        assert "site" not in judged or not judged["site"].sure, (url, title, judged)
    # and the event's own pages filed in folders of its days are not flagged
    content = loaded_pages(tmp_path / "own", GIVEN, [(s, "en", "", t) for s, t in EVENT.items()])
    articles = {aid: replace(a, url=f"https://paper.example/2031/08/{10 + i}/{aid}")
                for i, (aid, a) in enumerate(content.articles.items())}
    content = Content(root=content.root, meta=content.meta, outlets=content.outlets,
                      articles=articles)
    assert not [v for v in judge_pages(content) if v.sure]


@pytest.mark.parametrize(("url", "folders"), [
    ("https://paper.example/2026/08/25/brush-fire", True),
    ("https://paper.example/2026/8/5/brush-fire", True),
    ("https://paper.example/2026/aug/25/brush-fire", True),
    ("https://paper.example/news/2026/08/25", True),
    ("https://paper.example/news/20260825-brush-fire", False),
    ("https://paper.example/news/2026-08-25-brush-fire", False),
    ("https://paper.example/view/20260825123456", False),
    ("https://paper.example/news/brush-fire", False),
])
def test_which_addresses_file_a_page_in_dated_folders(url: str, folders: bool) -> None:
    page = SimpleNamespace(published=None, url=url)
    assert dated_by_folders(page) is folders
    assert dated_by_folders(SimpleNamespace(published=date(2026, 8, 25), url=url)) is False

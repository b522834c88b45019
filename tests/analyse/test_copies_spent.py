"""Whose copy a family is when no member credits it: the agency's own voice in the shared text
(issue 15, on the spent sealed sets and the fresh copy pools).

An agency's reporters write their own interviews "told AFP" ("a indiqué à l'AFP", "dijo a
EFE", "sagte der dpa"). Two outlets carrying that sentence as part of one text carry the
agency's copy, and the family is named for it; one page writing it is an outlet citing the
agency's interview, and names nothing. A network outside the table of agencies is named only
where the copies also open on it as a dateline ("(KVTN) —") and say it was told. Every
neighbour below keeps "same copy": the agency cited ("selon l'AFP", "told the AP news
agency"), two agencies told, a name told but never a dateline.

Every name, place and sentence below is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.copies import find_copies
from tests.conftest import loaded_pages

# One agency story, in the shape of the fresh pools' copy pairs: the agency's interview inside
# the text the two outlets share, and no credit, dateline or ``via`` on either page.
STORY = {
    "en": ("Flood waters cut the road between Marlow and Tessby on Sunday and about 2,300 "
           "people left their homes in the lower town overnight, officials said. "
           "The river rose nearly two metres in six hours after three days of rain on the hills "
           "above the valley, and the old footbridge at Tessby mill was swept away before dawn. "
           "{voice} that the pumping station at Orrin had failed at midnight and that crews "
           "were still trying to reach two farms cut off on the far bank. "
           "Schools across the district will stay shut until Wednesday, and the regional "
           "council has opened the sports hall at Marlow to families who lost their homes."),
    "fr": ("Les eaux de la Lenne ont coupé dimanche la route entre Varo et Tessac, et quelque "
           "2 300 habitants ont quitté leur maison dans la ville basse pendant la nuit. "
           "La rivière est montée de près de deux mètres en six heures après trois jours de "
           "pluie sur les collines, et la vieille passerelle du moulin de Tessac a été emportée "
           "avant l'aube. Un responsable des secours {voice} que la station de pompage d'Orrin "
           "était tombée en panne à minuit et que les équipes tentaient toujours d'atteindre deux "
           "fermes isolées sur l'autre rive. Les écoles du district resteront fermées jusqu'à "
           "mercredi, et le conseil régional a ouvert le gymnase de Varo aux familles sinistrées."),
    "es": ("Las aguas del río Lena cortaron el domingo la carretera entre Varo y Tesa, y unas "
           "2.300 personas dejaron sus casas en la parte baja del pueblo durante la noche. "
           "El río subió casi dos metros en seis horas tras tres días de lluvia en las colinas "
           "del valle, y la vieja pasarela del molino de Tesa fue arrastrada antes del amanecer. "
           "El jefe de los bomberos {voice} que la estación de bombeo de Orrin había fallado a "
           "medianoche y que los equipos seguían intentando llegar a dos granjas aisladas en la "
           "otra orilla. Las escuelas del distrito seguirán cerradas hasta el miércoles, y el "
           "consejo regional abrió el polideportivo de Varo a las familias que perdieron su casa."),
    "de": ("Das Hochwasser der Lenne hat am Sonntag die Straße zwischen Varo und Tessing "
           "überflutet, und rund 2300 Menschen haben in der Nacht ihre Häuser in der Unterstadt "
           "verlassen. Der Fluss stieg nach drei Tagen Regen in den Hügeln in sechs Stunden um "
           "fast zwei Meter, und der alte Steg an der Mühle von Tessing wurde vor dem Morgengrauen "
           "weggerissen. Der Einsatzleiter {voice}, das Pumpwerk in Orrin sei um Mitternacht "
           "ausgefallen und die Helfer versuchten noch immer, zwei abgeschnittene Höfe am anderen "
           "Ufer zu erreichen. Die Schulen des Kreises bleiben bis Mittwoch geschlossen, und der "
           "Landkreis hat die Sporthalle in Varo für obdachlose Familien geöffnet."),
}
HEADLINES = {"en": "Floods cut Marlow road", "fr": "Crue de la Lenne à Varo",
             "es": "Crecida del Lena en Varo", "de": "Hochwasser in Varo"}
#: Each page's own closing lines: what the outlet added to the agency's text.
OWN = {
    "en": ("Readers in the valley can send pictures of the flooding to our newsroom.",
           "The county fair planned for next weekend has been called off, its organisers said."),
    "fr": ("Nos lecteurs de la vallée peuvent nous envoyer leurs photos de la crue.",
           "La fête du village prévue samedi prochain est annulée, selon ses organisateurs."),
    "es": ("Los lectores del valle pueden enviarnos sus fotos de la crecida.",
           "La feria del pueblo prevista para el próximo fin de semana fue suspendida."),
    "de": ("Leser aus dem Tal können uns ihre Fotos vom Hochwasser schicken.",
           "Das Dorffest am kommenden Wochenende wurde von den Veranstaltern abgesagt."),
}


def _pair(root: Path, lang: str, voice: str, first: str = "", second: str = "") -> str:
    """The label of the family of two outlets carrying one text whose interview says
    ``voice``; ``first``/``second`` open each page's story (a dateline, say)."""
    text = STORY[lang].format(voice=voice)
    pages = [(stem, lang, "", f"{HEADLINES[lang]}\n\n{opening}{text}\n\n{own}")
             for stem, opening, own in (("paper", first, OWN[lang][0]),
                                        ("portal", second, OWN[lang][1]))]
    copies = find_copies(loaded_pages(root, "The Lenne floods", pages))
    family = copies.family_of.get("paper")
    assert family is not None and family is copies.family_of.get("portal"), "no family"
    return family.label


@pytest.mark.parametrize(("lang", "voice", "label", "neighbour"), [
    # each with a neighbour that keeps "same copy": the agency cited, not interviewing
    # ("selon l'AFP", "según EFE"), the AP's interview as another outlet cites it, two agencies
    # told, a paper told
    ("en", "A fire service spokesman told AFP on Sunday", "AFP copy",
     "A fire service spokesman told the AP news agency on Sunday"),
    ("en", "A fire service spokesman told Reuters on Sunday", "Reuters copy",
     "A fire service spokesman told AFP and Reuters on Sunday"),
    ("fr", "a indiqué à l'AFP", "AFP copy", "a estimé, selon l'AFP,"),
    ("es", "dijo a EFE", "EFE copy", "explicó, según EFE,"),
    ("de", "sagte der dpa", "dpa copy", "sagte der Zeitung"),
])
def test_an_agency_interview_the_copies_share_names_the_family(
        tmp_path: Path, lang: str, voice: str, label: str, neighbour: str) -> None:
    assert _pair(tmp_path / "told", lang, voice) == label
    assert _pair(tmp_path / "neighbour", lang, neighbour) == "same copy"


def test_the_interview_names_the_family_only_inside_the_shared_text(tmp_path: Path) -> None:
    """The interview in one page's own lines only (the other copy has none): an outlet may
    cite an agency's interview in what it added, which says nothing of the shared text's
    source. Inside the text both carry, it does."""
    text = STORY["en"].format(voice="A fire service spokesman said")
    added = "The mayor told AFP the town would rebuild the mill bridge before the spring."
    for name, second in (("own", OWN["en"][1]), ("shared", added)):
        pages = [("paper", "en", "", f"{HEADLINES['en']}\n\n{text}\n\n{added}"),
                 ("portal", "en", "", f"{HEADLINES['en']}\n\n{text}\n\n{second}")]
        copies = find_copies(loaded_pages(tmp_path / name, "The Lenne floods", pages))
        family = copies.family_of["paper"]
        if name == "own":
            assert family.label == "same copy"
            assert copies.origin("paper") == copies.origin("portal") == family.id
        else:
            assert family.label == "AFP copy"
            assert copies.origin("paper") == copies.origin("portal") == "agency:AFP"


def test_a_network_is_named_by_its_dateline_and_its_interview_together(tmp_path: Path) -> None:
    """Affiliates run a network's story: "(KVTN) —" opens it and its reporters were "told
    KVTN". The network is in no table of agencies: both marks must be in the shared text."""
    voice = "A fire service spokesman told KVTN on Sunday"
    assert _pair(tmp_path / "a", "en", voice, "(KVTN) — ", "(KVTN) — ") == "KVTN copy"
    # the dateline alone, the interview alone, or a dateline naming someone else: unnamed
    assert _pair(tmp_path / "b", "en", "A fire service spokesman said on Sunday",
                 "(KVTN) — ", "(KVTN) — ") == "same copy"
    assert _pair(tmp_path / "c", "en", voice) == "same copy"
    assert _pair(tmp_path / "d", "en", voice, "(Lenne Post) — ", "(Lenne Post) — ") \
        == "same copy"


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("an official told AFP that", "en", ["AFP"]),
    ("officials told The Associated Press on Monday", "en", ["Associated Press"]),
    ("officials told the AP news agency", "en", []),
    ("a déclaré à l'AFP le maire", "fr", ["AFP"]),
    ("le maire a parlé à la presse", "fr", []),  # no name after the preposition
    ("ha raccontato in lacrime all'ANSA la sindaca", "it", ["ANSA"]),
    ("disse à Lusa o presidente", "pt", ["Lusa"]),
    ("la lettre envoyée à l'AFP", "fr", []),  # sent to, not told: no verb of saying
])
def test_who_a_speaker_told(text: str, lang: str, names: list[str]) -> None:
    from generator.text.agencies import told

    assert [n for _at, n in told(text, lang)] == names


def test_the_built_site_names_the_family_the_interview_names(tmp_path: Path) -> None:
    """The outlets page lists the family by its agency's name, and each copy's page says it."""
    from generator.site.pipeline import generate
    from tests.conftest import small_briefing

    text = STORY["fr"].format(voice="a indiqué à l'AFP")
    content = small_briefing(tmp_path, {"paper": "Le Courrier de Varo", "portal": "Info Lenne"},
                             "figures: []\n", {
        stem: (f"{HEADLINES['fr']}\n\n{text}\n\n{own}\n",
               f"outlet: {stem}\npublished: 2031-05-0{n}\nlanguage: fr\n")
        for n, (stem, own) in enumerate(zip(("paper", "portal"), OWN["fr"], strict=True), 1)})
    pages = generate(content).rendered.pages
    assert "### AFP copy {#copy-family-1}" in pages["outlets/index.md"]
    article_pages = [p for name, p in pages.items() if name.startswith("articles/")]
    assert sum('A copy: AFP copy' in p for p in article_pages) == 2

"""Whose story a page is (issue 15, copies round a16): the credits that name a page's wire, and
the nearest shapes that must not.

A page *is* an agency's story when a credit says so: its dateline, a credit line at its end or
under its headline, a byline of agencies, its "with Agency" (written with the agency's
material). A page that only cites an agency ("told the Agency news agency", "à l'AFP") or
credits a picture to one ("(Jane Roe/dpa)", "… May 2, 2031. — Agency" over the page's own
report) is its outlet's own. Every line here is invented, in the shapes the sealed set s14 and
fresh pages showed (FIDELITY.md, "Copies").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analyse.analysis import analyse
from generator.content.cleaner import clean
from generator.site.pipeline import generate, run_check
from generator.text import agencies
from generator.text.agencies import credited
from tests.analyse.test_copies import add_article


@pytest.mark.parametrize(("via", "lines", "story", "agency"), [
    # a dateline whose short name is written in mixed case, after a weekday and a full date
    ("", [], "Velora (Nordmark), martes 3 de marzo de 2031 (Efe).- Un ferry se hundió en el "
     "puerto.", "EFE"),
    ("", [], "Velora, 3 mars 2031 (Afp) - Un ferry a coulé dans le port.", "AFP"),
    # the agency and its desk's initials closing the story, in lower case
    ("", [], "Der Brand in der Halle war am Abend gelöscht.\n\n(apa/red)", "APA"),
    ("", [], "Die Fähre sank vor dem Hafen.\n\n(dpa/lnw)", "dpa"),
    ("", [], "La nave è affondata nel porto. (red/AFP)", "AFP"),
    # a credit field or line made only of agencies' names
    ("Keystone-SDA ATS", [], "Un ferry a coulé.", "SDA"),
    ("", ["dpa AFP"], "Die Fähre sank.", "dpa"),
    # a byline of agencies
    ("", ["- Agencias EFE/AFP redaccion@example.hn"], "El ferry se hundió.", "EFE"),
    ("", ["Agenturen: dpa, KNA"], "Die Fähre sank.", "dpa"),
    # the AP's own wording, as the British papers print its copy
    ("", [], "The harbour master told the Associated Press by telephone that two were missing.",
     "AP"),
])
def test_a_credit_names_the_pages_agency(via, lines, story, agency) -> None:
    found = credited(via, "", lines, story)
    assert found is not None and found[0] == agency


@pytest.mark.parametrize(("lines", "story"), [
    # a photographer's credit in brackets: a name and the agency across a slash
    ([], "Ein Sturm hat in Velden große Schäden angerichtet. (Jana Berger/dpa)"),
    ([], "Les secours ont fouillé les décombres toute la nuit (Foto/AFP)."),
    # a citation of an agency, in any case, is no credit
    ([], "Una testigo dijo a la agencia Efe que el agua subió en minutos."),
    ([], "« Tout est perdu », a confié une habitante à l'AFP, jeudi."),
    ([], "The harbour master told the Associated Press news agency that two were missing."),
    # an agency's name beside other words is no line of agencies
    (["AFP Jane Roe"], "The ferry sank."),
    (["Las agencias informaron del naufragio"], "El ferry se hundió."),
])
def test_a_citation_or_a_pictures_credit_names_no_agency(lines, story) -> None:
    assert credited("", "", lines, story) is None


def test_only_agencies_reads_a_credit_of_names_alone() -> None:
    only_agencies = agencies.only_agencies
    assert only_agencies("Keystone-SDA ATS") == "SDA"
    assert only_agencies("AFP, Reuters") == "AFP"
    assert only_agencies("dpa/afp") == "dpa"
    assert only_agencies("Reuters reported") is None
    assert only_agencies("Petra Holm") is None

def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


CAPTION_OVER_STORY = page(
    "https://example-news.test/world/ferry-sinks-at-velora\nFerry sinks at Velora harbour",
    "Divers search the water beside the harbour wall after a ferry sank, in Velora, Nordmark, "
    "March 3, 2031. — Reuters",
    "Divers searched the harbour of Velora on Tuesday after a ferry carrying about 60 "
    "passengers sank beside the quay, the port authority said.",
    "At least four people died and eleven were missing, a spokeswoman for the coast guard told "
    "reporters at the quay on Tuesday evening.",
    "The ferry had left the island of Osk two hours before and was due to dock at noon, the "
    "operator said in a statement.")

CREDIT_AT_THE_END = page(
    "https://example-news.test/world/ferry-sinks-at-velora-2\nFerry sinks at Velora harbour",
    "Divers searched the harbour of Velora on Tuesday after a ferry carrying about 60 "
    "passengers sank beside the quay, the port authority said.",
    "At least four people died and eleven were missing, a spokeswoman for the coast guard told "
    "reporters.",
    "The ferry had left the island of Osk two hours before, the operator said on March 3, "
    "2031. — Reuters")

STANDFIRST_OVER_DATELINE = page(
    "https://example-news.test/mundo/ferry-velora\nEl ferry de Velora deja cuatro muertos",
    "El ferry que cubría la ruta entre Osk y Velora se hundió junto al muelle con unos sesenta "
    "pasajeros a bordo, según el último balance de la autoridad portuaria, que no descarta "
    "nuevas víctimas en las próximas horas.",
    'XN (EFE) "El agua entró en pocos minutos", dijo el capitán del puerto a los periodistas '
    "reunidos en el muelle de Velora este martes.",
    "Los buzos buscaban a once desaparecidos al caer la noche, informó la guardia costera.")


@pytest.mark.slow
def test_a_dated_caption_closed_by_an_agency_over_the_story_is_the_pictures() -> None:
    cleaned = clean(CAPTION_OVER_STORY)
    assert not cleaned.via
    kinds = {r.text.strip(): r.kind for r in cleaned.removed}
    assert kinds.get("— Reuters") == "caption"
    assert not any(p.text.startswith("Divers search the water") for p in cleaned.paragraphs)


def test_the_stories_own_closing_credit_still_names_its_agency() -> None:
    """The nearest shape: the agency glued after the story's last paragraph, which ends on a
    date too, is the story's credit."""
    assert clean(CREDIT_AT_THE_END).via == "Reuters"


def test_a_dateline_under_a_standfirst_paragraph_names_the_agency() -> None:
    assert clean(STANDFIRST_OVER_DATELINE).via == "EFE"


@pytest.mark.slow
def test_pages_credited_in_a_line_are_the_agencys_story_and_pictures_are_not(
        example: Path) -> None:
    """The origin (one independent source) follows the credit: a closing "(agency/desk)" and a
    story written "avec AFP" are the agency's; a page whose only agency is its picture's caption
    credit is the outlet's own; and the article page names the agency of a page in no family."""
    add_article(example, "desk-credit", "Brand in Lagerhalle\n\nDer Brand in der Halle am "
                "Stadtrand von Velden war am Abend gelöscht, sagte ein Sprecher der Feuerwehr."
                "\n\n(apa/red)\n", "2017-08-31T09:00:00+03:00", outlet="cedar-post")
    add_article(example, "with-afp", "Le convoi attend\n\nLes bus du convoi attendaient "
                "toujours jeudi près de la frontière, selon un responsable local joint par "
                "téléphone.\n\n(avec AFP)\n", "2017-08-31T10:00:00+03:00", outlet="desert-digest")
    add_article(example, "picture-credit", CAPTION_OVER_STORY.split("\n", 1)[1],
                "2017-08-31T11:00:00+03:00", outlet="frontline-journal")
    checked, problems = run_check(example / "content")
    assert not problems.errors
    copies = analyse(checked).copies
    assert copies.origin("desk-credit") == "agency:APA"
    assert copies.origin("with-afp") == "agency:AFP"
    assert copies.origin("picture-credit") == "outlet:frontline-journal"
    pages = generate(example / "content").rendered.pages
    page = next(text for path, text in pages.items() if "desk-credit" in path)
    assert "**Agency** | APA" in page
    own = next(text for path, text in pages.items() if "picture-credit" in path)
    assert "**Agency**" not in own
    # the sources page lists the agencies' stories that are in no family, and only those
    sources = pages["outlets/index.md"].split("Agencies' stories in no family")[1]
    assert "| APA |" in sources and "| AFP |" in sources and "picture-credit" not in sources


_LEDE_ES = ("El ferry que cubría la ruta entre Osk y Velora se hundió junto al muelle con unos "
            "sesenta pasajeros a bordo, según la autoridad portuaria.")
_BODY_ES = "Los buzos buscaban a once desaparecidos al caer la noche, informó la guardia costera."


@pytest.mark.parametrize(("line", "author", "via"), [
    # the writer signs the wire's copy: its name after a bar, a comma or "with" (s18)
    ("- Por Ana Ruiz | AFP", "Ana Ruiz", "AFP"),
    ("Por Ana Ruiz, EFE", "Ana Ruiz", "EFE"),
    ("Por Ana Ruiz (con EFE)", "Ana Ruiz", "EFE"),
    # a wire, the newsroom that rewrote it and the outlet's group
    ("AFP, Redacción, Grupo Velora Medios", None, "AFP"),
    # the nearest shapes: an outlet or a place after the bar is no wire
    ("Por Ana Ruiz | Diario de Velora", "Ana Ruiz", None),
    ("Por Ana Ruiz | Velora", "Ana Ruiz", None),
])
def test_a_byline_names_the_wire_its_writer_signs(line: str, author: str | None,
                                                  via: str | None) -> None:
    cleaned = clean(page("Naufragio en Velora", line, _LEDE_ES, _BODY_ES), language="es")
    assert line in {r.text.strip() for r in cleaned.removed}
    assert cleaned.author == author and (cleaned.via or None) == via

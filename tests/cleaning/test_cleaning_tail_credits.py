"""A news agency in brackets, or a picture's credit, glued after the story's last sentence is a
credit, not the story stopping mid-sentence (trial 5: two whole pages were flagged "EXCERPT: the
text stops mid-sentence", and their outlets shown cut before they could say). Invented text."""

from __future__ import annotations

import pytest

from generator.content.cleaner import clean_text

LONG = ("Rescuers worked through the night in the ruins of the old mill at Verlo, where the roof "
        "gave way under the weight of the snow on Tuesday morning. The regional office said "
        "that forty workers had been inside and that eleven of them were still missing. ")
LAST = ("The owner of the mill and two of his managers were questioned by the police on "
        "Wednesday, and the mayor asked for an inquiry into the state of every old building "
        "in the valley before the next winter comes.")


def _page(last: str) -> str:
    return f"Mill roof falls in at Verlo\n\n{LONG}\n\n{LONG}{last}\n"


@pytest.mark.parametrize(("suffix", "rule", "via"), [
    (" (dpa)", "bracketed-note", "dpa"),
    (" (Belga)", "bracketed-note", "Belga"),
    (" Foto: Jane Roe // Radio Verlo", "picture-credit-suffix", None),
    (" Photo: Verlo Fire Service", "picture-credit-suffix", None),
])
def test_a_credit_after_the_last_sentence_is_cut_off(suffix, rule, via):
    c = clean_text(_page(LAST + suffix))
    assert not c.excerpt, c.excerpt_reason
    assert c.paragraphs[-1].text.endswith("comes.")
    (cut,) = [r for r in c.removed if r.rule == rule]
    assert cut.text == suffix.strip()
    assert c.via == via


@pytest.mark.parametrize(("suffix", "via"), [
    # an agency credited for its material, after the word for "with" in the page's language
    (" (mit dpa)", "dpa"), (" (with AFP)", "AFP"), (" (con ANSA)", "ANSA"),
    # an agency the table did not know (an Italian wire)
    (" (LaPresse)", "LaPresse"),
])
def test_an_agency_credited_for_its_material_after_the_last_sentence_is_cut_off(suffix, via):
    c = clean_text(_page(LAST + suffix))
    assert not c.excerpt, c.excerpt_reason
    assert c.paragraphs[-1].text.endswith("comes.")
    (cut,) = [r for r in c.removed if r.rule == "bracketed-note"]
    assert cut.text == suffix.strip() and c.via == via


@pytest.mark.parametrize("ending", [
    # an agency named inside the sentence, and a sentence that stops: story as it stands
    LAST[:-1] + ", the agency (dpa) said.",
    LAST[:-1] + " (dpa",
    # a photo named in the story, not a credit
    LAST + " Photo: the mayor said no picture would be shown",
])
def test_near_shapes_stay_story(ending):
    c = clean_text(_page(ending))
    assert not [r for r in c.removed if r.rule in ("bracketed-note", "picture-credit-suffix")]
    assert "".join(p.text for p in c.paragraphs).endswith(ending[-20:])


def test_a_short_caption_with_its_credit_is_still_removed_whole():
    caption = "Firefighters at the mill on Tuesday morning. Photo: Verlo Fire Service"
    c = clean_text(f"Mill roof falls in at Verlo\n\n{LONG}\n\n{caption}\n\n{LONG}\n")
    assert caption not in [p.text for p in c.paragraphs]
    assert not any(r.rule == "picture-credit-suffix" for r in c.removed)

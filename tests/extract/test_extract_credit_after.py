"""A quotation that opens its paragraph, credited after its closing mark by a name and a
description with no verb (quotes round 15, issue 16). Sentences written for these tests, none a
real article's; each test fails without the rule (`extract/speech/continued._credit_after`) and
holds
the near shapes it must leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_a_name_and_a_description_after_the_closing_mark_credit_the_quotation(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "Le car a quitté la route vers sept heures.\n\n"
        "\"Tout le monde criait, on ne voyait plus rien à cause de la fumée.\" Lucas, passager "
        "du car.\n\n"
        "\"Le chauffeur roulait trop vite depuis plusieurs jours.\" Marie Fontaine, mère d'un "
        "élève blessé.\n"), "fr")
    assert fr["Tout le monde criait, on ne voyait plus rien à cause de la fumée"] == "Lucas"
    assert fr["Le chauffeur roulait trop vite depuis plusieurs jours"] == "Marie Fontaine"
    en = _quotes(tmp_path / "en", (
        "Test\n\n"
        "“Nobody should take a budget vote personally, it is just the job.” — Former "
        "lawmaker Dale Pruitt, on the long night in the chamber.\n"), "en")
    assert en["Nobody should take a budget vote personally, it is just the job"] == "Dale Pruitt"


def test_narration_after_the_quotation_is_no_credit(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "Le car a quitté la route vers sept heures.\n\n"
        "\"Tout le monde criait, on ne voyait plus rien à cause de la fumée.\" Ainsi, les "
        "secours sont arrivés vite.\n\n"
        "\"Le chauffeur roulait trop vite depuis plusieurs jours.\" Mardi, la préfecture a "
        "ouvert une enquête.\n"), "fr")
    assert fr["Tout le monde criait, on ne voyait plus rien à cause de la fumée"] != "Ainsi"
    assert fr["Le chauffeur roulait trop vite depuis plusieurs jours"] != "Mardi"


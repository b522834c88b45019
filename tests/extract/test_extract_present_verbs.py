"""Speech verbs in the present tense that reporters write a scene in (quotes round 15, issue
16): Portuguese "relata", "comenta", "lamenta", French "se souvient", "enchaîne". Sentences written
for these tests, none a real article's; each test fails without the verbs and holds the near
shapes they must leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_portuguese_present_tense_verbs_after_a_quotation(tmp_path):
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "“A água subiu muito rápido durante a madrugada”, relata o pescador Jorge Amaral.\n\n"
        "“Perdemos a plantação inteira de milho e feijão”, comenta a agricultora Rita Soares.\n"),
        "pt")
    assert pt["A água subiu muito rápido durante a madrugada"] == "Jorge Amaral"
    assert pt["Perdemos a plantação inteira de milho e feijão"] == "Rita Soares"


def test_french_present_tense_verbs_after_a_quotation(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Le bateau penchait déjà beaucoup à gauche », se souvient Hugo Lemaire, 14 ans. « On a "
        "tous couru vers l'arrière du pont », enchaîne Hugo Lemaire.\n"), "fr")
    assert fr["Le bateau penchait déjà beaucoup à gauche"] == "Hugo Lemaire"
    assert fr["On a tous couru vers l'arrière du pont"] == "Hugo Lemaire"


def test_the_noun_conta_is_no_speech_verb(tmp_path):
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "O prefeito Paulo Dias falou sobre a “tarifa social da água”, a conta de luz e os "
        "impostos.\n"), "pt")
    assert pt.get("tarifa social da água", "") in {"", "Paulo Dias"}


def test_another_after_the_verb_is_not_the_person_named_last(tmp_path):
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "A comerciante Vera Lúcia Prado perdeu o estoque. “Ficou tudo debaixo d’água, até o "
        "balcão”, relata. “Não sobrou nenhuma cadeira na loja inteira”, lamenta outra.\n"), "pt")
    assert pt["Ficou tudo debaixo d’água, até o balcão"] == "Vera Lúcia Prado"
    assert pt["Não sobrou nenhuma cadeira na loja inteira"] != "Vera Lúcia Prado"


def test_a_portuguese_feminine_subject_after_the_verb_is_the_speaker(tmp_path):
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "O dono da padaria, Rui Campos, mostrou o forno. “O forno ficou cheio de lama”, diz "
        "o dono. “Vamos reabrir só na semana que vem”, completa a sócia.\n\n"
        "“Vamos voltar para limpar a casa amanhã cedo”, disse a jornalistas.\n"), "pt")
    assert pt["Vamos reabrir só na semana que vem"] == "a sócia"
    assert pt["Vamos voltar para limpar a casa amanhã cedo"] != "a jornalistas"

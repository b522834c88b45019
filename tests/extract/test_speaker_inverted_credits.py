"""Speakers named after their quotation with words between the verb and the subject, or after a
sentence adverb, and the short words quoted before a speaker is named (quotes round 17).
Invented sentences; each assertion fails without its rule."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_english_reporting_verbs_stand_before_their_subject(tmp_path):
    quotes = _quotes(tmp_path, (
        "Fire test\n\n"
        "The mill burned at dawn. “The old roof of the mill caught first and the wind did the "
        "rest”, reported Tom Varga, a writer for the Harbour Post.\n\n"
        "“The pumps froze before the second alarm,” explained Ada Pell, who lives opposite.\n"),
        "en")
    assert quotes["The old roof of the mill caught first and the wind did the rest"] == \
        "Tom Varga"
    assert quotes["The pumps froze before the second alarm"] == "Ada Pell"


def test_an_adverb_between_auxiliary_and_participle_or_after_the_verb(tmp_path):
    quotes = _quotes(tmp_path, (
        "Feu test\n\n"
        "« Les flammes dépassaient le clocher de Valmont, personne n’osait sortir », a notamment "
        "déclaré une voisine à la radio.\n\n"
        "« Le hangar aux orgues a cédé vers minuit », avait déclaré plus tôt à la radio un "
        "élu de Valmont.\n"), "fr")
    assert quotes["Les flammes dépassaient le clocher de Valmont, personne n’osait sortir"] == \
        "une voisine"
    assert quotes["Le hangar aux orgues a cédé vers minuit"] == "un élu de Valmont"
    quotes = _quotes(tmp_path / "it", (
        "Fuoco test\n\n"
        "Il rogo è divampato nel pomeriggio a Borgo Lieto. «La cartiera resterà chiusa fino a "
        "lunedì», hanno intanto rassicurato i soccorritori.\n"), "it")
    assert quotes["La cartiera resterà chiusa fino a lunedì"] == "i soccorritori"


def test_a_sentence_adverb_of_several_words_is_no_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Feu test\n\n"
        "Le marché est fermé. De son côté, un responsable des secours à la radio, ajoute : « Le "
        "feu est parti d’un étal de bougies près de la fontaine ».\n"), "fr")
    assert quotes["Le feu est parti d’un étal de bougies près de la fontaine"] == \
        "un responsable des secours à la radio"


def test_telling_in_the_present_and_the_witness_described_after_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Fuego test\n\n"
        "Los tenderos corrieron a la plaza entre gritos de “¡socorro, socorro!” que venían del "
        "mercado. “Cerré la persiana y me llevé la caja, nada más”, cuenta una de las vendedoras "
        "que esperaban junto a la fuente.\n"), "es")
    assert quotes["Cerré la persiana y me llevé la caja, nada más"] == "una de las vendedoras"
    # two words shouted before the witness is named are not the witness's statement
    assert "¡socorro, socorro!" not in quotes
    quotes = _quotes(tmp_path / "noun", (
        "Fuego test\n\n"
        "El alcalde Juan Pérez escribió en su cuenta de Twitter: «Todos los vecinos están a "
        "salvo esta noche».\n"), "es")
    assert quotes["Todos los vecinos están a salvo esta noche"] == "Juan Pérez"  # the noun


def test_a_partial_quotation_ends_the_sentence_of_its_source(tmp_path):
    quotes = _quotes(tmp_path, (
        "Sturm test\n\n"
        "Nach den Worten von Brückenwart Jonas Brekker ist die alte Fähre »nicht mehr zu "
        "retten«. Am Ufer warteten Helfer mit Decken. »Wir bringen alle ins Gemeindehaus«, "
        "sagte Ortsvorsteher Paul Mertens.\n"), "de")
    assert quotes["nicht mehr zu retten"] == "Brückenwart Jonas Brekker"


def test_an_office_names_a_person_and_a_role_with_its_acronym_precedes_the_name(tmp_path):
    quotes = _quotes(tmp_path, (
        "Incêndio teste\n\n"
        "Faltava verba para a biblioteca de Valverde.\n\n"
        "O presidente Marcos Teixeira comentou o caso numa rede social. \"Os mapas antigos da "
        "biblioteca de Valverde eram únicos\", disse.\n\n"
        "\"Levamos vinte anos para catalogar aquelas cartas\", disse a presidente do Arquivo "
        "Municipal de Valverde (Amuva), Clara Bastos. \"Nada ficou de pé no sótão\", "
        "acrescentou.\n"), "pt")
    assert quotes["Os mapas antigos da biblioteca de Valverde eram únicos"] == "Marcos Teixeira"
    assert quotes["Levamos vinte anos para catalogar aquelas cartas"] == "Clara Bastos"
    assert quotes["Nada ficou de pé no sótão"] == "Clara Bastos"

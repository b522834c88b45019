"""Shapes of pool36 (fresh pages the rules were never written on): a sign-off in brackets after
the last sentence, after a dash or closing a short paragraph; a cut paragraph's first letters
under the story; a summary set above the title when the picture's caption sits under it. All
sentences are invented."""

from __future__ import annotations

from tests.conservation import read, rules, story

FR = ["Un entrepôt brûle sur le port de Lorient",
      "Un entrepôt a brûlé dans la zone portuaire de Lorient lundi soir, sans "
      "faire de blessés, selon la préfecture du département.",
      "Le feu a pris vers minuit dans un hangar de filets de pêche. Une quarantaine de pompiers "
      "ont été mobilisés jusqu'au petit matin, a indiqué leur porte-parole."]
IT = ["Capannone in fiamme a Ravenna",
      "Un capannone agricolo è andato a fuoco nella notte alla periferia di Ravenna, senza "
      "feriti, secondo i vigili del fuoco intervenuti con quattro squadre.",
      "Le fiamme sarebbero partite dal tetto, dove erano stoccate balle di fieno, e hanno "
      "distrutto anche due trattori parcheggiati all'interno."]


def test_a_desks_signature_in_brackets_closes_a_short_last_paragraph():
    last = "Le parquet a ouvert une enquête sur la cause du feu."
    c = read("\n\n".join(FR + [last + " (mab/sda)"]) + "\n")
    assert rules(c).get("(mab/sda)") == "bracketed-note"
    assert story(c)[-1] == last


def test_a_sign_off_in_capitals_after_a_dash():
    last = ("La procura ha aperto un fascicolo per accertare le cause del rogo e ha disposto il "
            "sequestro dell'area.")
    c = read("\n\n".join(IT + [last + " - (NEWSWIRE)"]) + "\n")
    assert rules(c).get("- (NEWSWIRE)") == "bracketed-note"
    assert story(c)[-1] == last
    assert not c.excerpt


def test_an_acronym_in_brackets_ending_a_sentence_stays():
    last = ("Le matériel a été envoyé par le fonds des Nations unies pour l'enfance "
            "(UNICEF).")
    c = read("\n\n".join(FR + [last]) + "\n")
    assert story(c)[-1] == last


EN = ["Storm floods the valley road at Mirefield",
      "Heavy rain closed the valley road at Mirefield on Sunday and two families left their "
      "homes, the county's emergency office said.",
      "Read More: What is the weather forecast for Mirefield this week?",
      "The river rose almost two metres in three hours before it crested, the office said, and "
      "crews cleared mud from the bridge overnight."]


def test_a_cut_paragraphs_first_letters_are_the_storys():
    c = read("\n\n".join(EN + ["Weath"]) + "\n")
    assert story(c)[-1] == "Weath"
    assert c.excerpt


def test_a_one_word_source_under_the_story_stays_removed():
    c = read("\n\n".join(EN + ["Valleypost"]) + "\n")
    assert "Valleypost" not in story(c)


SUMMARY = ("As a result of the storm, 14 people were hurt and 300 homes lost power. Meanwhile, "
           "two roads remain closed.")
ADDRESS = "https://news.example/world/mirefield-to-open-shelters-for-a-second-night"
TITLE = "Mirefield to open shelters for a second night"
CAPTION = "Flooded road, Mirefield, May 4, 2031. REUTERS/Jo Roe"
BODY = ("The town council will open two shelters in school halls from 6 p.m., its leader said "
        "on Monday, and buses will run from the flooded streets.")


def test_a_summary_above_the_title_is_story_when_the_caption_is_under_it():
    c = read("\n".join([ADDRESS, SUMMARY, TITLE, CAPTION, BODY]) + "\n")
    assert c.headline == TITLE
    assert story(c) == [SUMMARY, BODY], rules(c)
    assert CAPTION in rules(c)

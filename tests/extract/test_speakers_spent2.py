"""Quotations and who speaks, on the shapes the spent sealed sets missed (issue #16, round
spspk2).

Each case is an invented page (names, places and numbers made up) in the shape of a miss on the
spent sets' working pages, in three languages or more, beside a neighbour that must keep its
reading. The speaker is checked with :func:`test_speaker_checklist.holds_speaker`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.extract.test_speaker_checklist import holds_speaker

# ------------------------------------------------------------ one quoted noun after an article

#: One word quoted right after an article is a noun the writer borrows, a term, not a
#: statement, even in a sentence with a verb of saying (three sites of the spent sets proposed
#: one, with the sentence's speaker).
NOUN_AFTER_AN_ARTICLE = [
    ("fr", "Le préfet du Jura, Marc Delorme, a dénoncé une «situation très difficile» causée "
     "par une «avalanche».", "avalanche"),
    ("pt", "O ministro da Saúde, Rui Matos, classificou a falta de médicos como parte de uma "
     "“crise” normal no inverno. “Temos de contratar mais gente”, disse.", "crise"),
    ("es", "El alcalde de Lugo, Tomás Irigoyen, dijo que el corte de luz se debió a un "
     "“apagón” previsto por la compañía.", "apagón"),
    ("it", "Il sindaco di Udine, Marco Ferri, ha detto che l'incidente è stato causato da un "
     "«vortice».", "vortice"),
    ("en", "Mayor Ellen Harlow said the damage in Brackwell was caused by a “whirlwind”.",
     "whirlwind"),
]


@pytest.mark.parametrize(("lang", "text", "term"), NOUN_AFTER_AN_ARTICLE)
def test_a_quoted_noun_after_an_article_is_a_term(tmp_path: Path, lang: str, text: str,
                                                  term: str) -> None:
    quotes = quote_speakers(tmp_path / "q", "Storm in the valley\n\n" + text + "\n", lang)
    assert term not in quotes, quotes


#: Neighbours: a word that qualifies the noun after it where adjectives stand first, a word
#: with no article before it, and the statement of several words beside the term.
STILL_QUOTED = [
    ("en", "Ana Ruiz, the head of the relief agency, predicted a “huge” death toll in "
     "Brackwell.", "huge", "Ana Ruiz"),
    ("fr", "Le préfet du Jura, Marc Delorme, a dénoncé une «situation très difficile» causée "
     "par une «avalanche».", "situation très difficile", "Marc Delorme"),
    ("es", "El alcalde de Lugo, Tomás Irigoyen, dijo que la situación era “inaceptable”.",
     "inaceptable", "Tomás Irigoyen"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"), STILL_QUOTED)
def test_a_characterisation_is_still_quoted(tmp_path: Path, lang: str, text: str,
                                            opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


# ------------------------------------------------------- a channel credited after the speaker

#: "X said that … “…”, Reuters reported." / "X déclare … « … », selon son organisation.": the
#: credit after the quotation names the channel; the speech verb's subject before it speaks.
CHANNEL_AFTER_A_SPEAKER = [
    ("en", "An official of the Northern Relief Society said that the toll is “very large” and "
     "“could reach several hundred,” the Varn Gazette reported.", "could reach several",
     "Northern Relief Society"),
    ("fr", "Un pompier de Dole déclare avoir vu des maisons « emportées par l'eau en "
     "quelques minutes », selon son syndicat.", "emportées par", "pompier de Dole"),
    ("es", "Un rescatista dijo que las casas fueron «arrastradas por el agua en pocos minutos», "
     "según su sindicato.", "arrastradas por", "Un rescatista"),
    ("it", "Un soccorritore ha detto che le case sono state «travolte dall'acqua in pochi "
     "minuti», secondo il suo sindacato.", "travolte dall", "Un soccorritore"),
    ("de", "Ein Retter sagte, die Häuser seien „in wenigen Minuten weggerissen worden“, laut "
     "seiner Organisation.", "in wenigen Minuten", "Ein Retter"),
]

#: Neighbours: with no speech verb before the quotation, the credit after it speaks.
CHANNEL_ALONE = [
    ("en", "The toll “could reach several hundred people by night”, the Varn Gazette reported.",
     "could reach several", "Varn Gazette"),
    ("fr", "Les maisons ont été « emportées par l'eau en quelques minutes », selon le maire "
     "Paul Girard.", "emportées par", "Paul Girard"),
    ("es", "Las casas fueron «arrastradas por el agua en pocos minutos», según el alcalde Tomás "
     "Irigoyen.", "arrastradas por", "Tomás Irigoyen"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"),
                         CHANNEL_AFTER_A_SPEAKER + CHANNEL_ALONE)
def test_a_channel_credited_after_yields_to_the_speaker_before(
        tmp_path: Path, lang: str, text: str, opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


# ------------------------------------------------------------------ a quotation as a heading

#: A speaker's words set as a heading between paragraphs, the speaker named in the paragraph
#: under it (who says the words there, or, in English, who is credited with them).
HEADING_SAID_BELOW = [
    ("en", "The river rose by two metres overnight in Varn.\n\nDanger ‘for years to come’\n\n"
     "Debris carried by the water could threaten farms for years to come, the Civil "
     "Protection Agency warned.", "for years to come", "Civil Protection Agency"),
    ("de", "Der Fluss stieg in Passau über Nacht um zwei Meter.\n\n„Es war wie ein Sturm aus "
     "Wasser“\n\n„Ich habe so etwas noch nie gesehen“, sagt Karl Brandt, der das Hochwasser "
     "miterlebt hat.", "Es war wie ein Sturm", "Karl Brandt"),
    ("nl", "De rivier steeg in Zwolle met twee meter.\n\n'Onaanvaardbare gevaren'\n\n'Er zijn "
     "onaanvaardbare gevaren voor de bewoners van de wijk', zegt burgemeester Anna de Vries.",
     "Onaanvaardbare gevaren", "Anna de Vries"),
    ("fr", "La rivière est montée de deux mètres à Dole.\n\n« Un bruit terrible »\n\n« J'ai "
     "entendu un bruit terrible vers minuit », raconte Paul Girard, un voisin.",
     "Un bruit terrible", "Paul Girard"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"), HEADING_SAID_BELOW)
def test_a_heading_quotation_is_said_in_the_paragraph_below(
        tmp_path: Path, lang: str, text: str, opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


#: Neighbours: a heading whose paragraph below credits a source without its words (English),
#: and a short quotation that ends on a full stop (a sentence, not a heading), stay unread.
HEADING_NOT_SAID_BELOW = [
    ("en", "The river rose by two metres overnight in Varn.\n\n‘We lost everything’\n\n"
     "Police said 40 homes were destroyed in the lower town.", "We lost everything"),
    ("en", "The river rose by two metres overnight in Varn.\n\n‘Everything is gone.’\n\n"
     "Police said 40 homes were destroyed in the lower town.", "Everything is gone"),
]


@pytest.mark.parametrize(("lang", "text", "words"), HEADING_NOT_SAID_BELOW)
def test_a_heading_not_said_below_stays_unattributed(tmp_path: Path, lang: str, text: str,
                                                      words: str) -> None:
    quotes = quote_speakers(tmp_path / "q", "Storm in the valley\n\n" + text + "\n", lang)
    assert not any(q.startswith(words) for q in quotes), quotes


# ------------------------------------------------- a body's acronym in brackets before its verb

#: English: "the Northern Relief Society (NRS) said", "Ana Ruiz (42) said": the name before
#: the bracket is the subject (the reader had taken the empty piece after it: no one spoke).
ACRONYM_AFTER_A_NAME = [
    ("en", "An official of the Northern Relief Society (NRS) said that the toll “could reach "
     "several hundred,” the Varn Gazette reported.", "could reach several",
     "Northern Relief Society"),
    ("en", "The Varn Fire Service (VFS) said the blaze was “under control by the evening” after "
     "a long night.", "under control", "Varn Fire Service"),
    ("en", "Ana Ruiz (42) said the water had come “in less than ten minutes” to her street.",
     "in less than", "Ana Ruiz"),
    ("en", "A spokesman for the Coastal Rescue Agency (CRA) told reporters that the crew had "
     "been “very lucky to survive the night”.", "very lucky", "Coastal Rescue Agency"),
]
#: Neighbour: the same name with no bracket.
ACRONYM_NEIGHBOURS = [
    ("en", "The Varn Fire Service said the blaze was “under control by the evening” after a long "
     "night.", "under control", "Varn Fire Service"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"),
                         ACRONYM_AFTER_A_NAME + ACRONYM_NEIGHBOURS)
def test_a_bodys_acronym_in_brackets_is_no_subject(tmp_path: Path, lang: str, text: str,
                                                   opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


# ------------------------------------------------ Dutch: the finite verb after "volgens X"

#: Dutch puts the finite verb second, right after a fronted "volgens X": the source ends there
#: ("Volgens de burgemeester was de situatie …": the verb and the words after it were read
#: into the name).
VOLGENS_THEN_VERB = [
    ("nl", "Volgens burgemeester Anna de Vries is er sprake van 'onaanvaardbare gevaren voor "
     "de bewoners'.", "onaanvaardbare gevaren", "Anna de Vries"),
    ("nl", "Volgens burgemeester Anna de Vries was de situatie 'volledig onder controle van de "
     "brandweer'.", "volledig onder controle", "Anna de Vries"),
    ("nl", "Volgens burgemeester Anna de Vries heeft de brandweer 'alles gedaan wat mogelijk "
     "was'.", "alles gedaan", "Anna de Vries"),
]
#: Neighbours: German, whose source the reader already ends at the verb, and a Dutch source
#: with no verb after it.
VOLGENS_NEIGHBOURS = [
    ("de", "Laut Bürgermeister Karl Brandt ist die Lage „vollständig unter Kontrolle der "
     "Feuerwehr“.", "vollständig unter", "Karl Brandt"),
    ("nl", "De situatie is 'volledig onder controle van de brandweer', volgens burgemeester "
     "Anna de Vries.", "volledig onder controle", "Anna de Vries"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"),
                         VOLGENS_THEN_VERB + VOLGENS_NEIGHBOURS)
def test_dutch_source_ends_at_the_finite_verb(tmp_path: Path, lang: str, text: str,
                                              opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


# ------------------------------------------- a colon's clause across a stop that ends nothing

#: The clause before a colon runs on across a stop that ends no sentence: an exclamation mark
#: in an outlet's name ("told Radio Varn! News:"), an ordinal's stop ("über den 2. Sieg:"); the
#: one word after it was read as the speaker.
COLON_ACROSS_A_STOP = [
    ("en", "An eyewitness, Tom Hale, told Radio Varn! News: “the crowd kept moving towards the "
     "gate. We went home as soon as the music stopped.”", "the crowd kept", "Tom Hale"),
    ("fr", "Un témoin, Paul Girard, a raconté à Radio Varn! Infos : « la foule avançait vers la "
     "grille. Nous sommes rentrés dès la fin du concert. »", "la foule avançait", "Paul Girard"),
    ("es", "Un testigo, Tomás Irigoyen, contó a Radio Varn! Noticias: «la multitud avanzaba hacia "
     "la verja. Volvimos a casa al terminar el concierto».", "la multitud avanzaba",
     "Tomás Irigoyen"),
    ("de", "Passaus Trainer Karl Brandt über den 2. Auswärtssieg: „Was die Mannschaft gezeigt "
     "hat, war sehr gut organisiert und schnell nach vorne gespielt.“", "Was die Mannschaft",
     "Karl Brandt"),
]
#: Neighbours: a name alone before the colon after a sentence of its own, and a date's stop
#: in the sentence before a colon's own clause.
COLON_NEIGHBOURS = [
    ("en", "The mayor of Varn visited the broken dam on Monday. Harlow: “We will rebuild it "
     "before the winter comes.”", "We will rebuild", "Harlow"),
    ("de", "Der Fluss stieg am 2. Juni um zwei Meter. Bürgermeister Karl Brandt sagte am Montag: "
     "„Wir bauen den Damm vor dem Winter wieder auf.“", "Wir bauen", "Karl Brandt"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"),
                         COLON_ACROSS_A_STOP + COLON_NEIGHBOURS)
def test_a_colons_clause_runs_across_a_stop_that_ends_nothing(
        tmp_path: Path, lang: str, text: str, opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


# ------------------------------- a quotation paragraph after one that tells of its speaker

#: English: a paragraph that is one quotation with no speaker, after a paragraph with no
#: quotation that reports someone's words ("…, the agency warned.") or goes on telling of the
#: person quoted before ("She had only …"): that source's, or that person's, words.
AFTER_NARRATION = [
    ("en", "The river rose by two metres overnight in Varn.\n\nDebris carried by the water could "
     "block the canals until the spring, the Civil Protection Agency warned.\n\n“Our crews "
     "will clear the locks first and then open the side channels one by one.”", "Our crews",
     "Civil Protection Agency"),
    ("en", "One baker, Ana Ruiz, 54, climbed onto her roof in Varn.\n\n“The whole shop is gone. "
     "The ovens are ruined,” she told the agency.\n\nShe waited on the roof for six hours "
     "until a boat came by.\n\n“Nobody answered the phone all night and the boats only came "
     "after sunrise.”", "Nobody answered", "Ana Ruiz"),
]


@pytest.mark.parametrize(("lang", "text", "opening", "who"), AFTER_NARRATION)
def test_a_quotation_paragraph_after_one_that_tells_of_its_speaker(
        tmp_path: Path, lang: str, text: str, opening: str, who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


#: Neighbours: narration that names no speaker, and a figure's source ("according to").
NARRATION_NAMES_NO_SPEAKER = [
    ("en", "Ana Ruiz, the mayor, visited the dam on Monday.\n\nRescue boats reached the lower "
     "town at noon.\n\n“Our crews will clear the locks first and then open the side channels.”",
     "Our crews"),
    ("en", "Ana Ruiz, the mayor, visited the dam on Monday.\n\nAt least 40 homes were flooded, "
     "according to the police.\n\n“Our crews will clear the locks first and then open the "
     "side channels.”", "Our crews"),
]


@pytest.mark.parametrize(("lang", "text", "opening"), NARRATION_NAMES_NO_SPEAKER)
def test_narration_that_names_no_speaker_gives_none(tmp_path: Path, lang: str, text: str,
                                                    opening: str) -> None:
    quotes = quote_speakers(tmp_path / "q", "Storm in the valley\n\n" + text + "\n", lang)
    assert [s for q, s in quotes.items() if q.startswith(opening)] == [""], quotes

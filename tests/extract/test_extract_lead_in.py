"""A quotation standing alone after the sentence that introduces it (extract/speech/lead_in.py): the
speech verb of the sentence before, in the same paragraph, and its subject. Sentences written for
these tests (none is a real article's), in the shapes news copy uses, with the near shapes the
rule leaves alone: narration without a speech verb, a sentence in another paragraph, a sentence
before that holds a quotation of its own, and a quotation with a speaker of its own."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_spanish_and_portuguese_speech_verb_in_the_sentence_before(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Derrota en casa\n\n"
        "El técnico Mario Ledesma reconoció que el césped mojado frenó a su equipo. “Nos faltó "
        "paciencia con el balón en los últimos metros.”\n\n"
        "Luego, añadió que el grupo viaja el lunes a Vigo. “El vestuario está unido y con ganas "
        "de revancha.”\n\n"
        "El utillero llegó tarde al estadio. “Nadie sabe dónde quedó el autobús.”\n"), "es")
    assert "Ledesma" in es["Nos faltó paciencia con el balón en los últimos metros"]
    # a verb with no subject is the person named last
    assert "Ledesma" in es["El vestuario está unido y con ganas de revancha"]
    # narration about someone, no speech verb: nothing says whose words follow
    assert not es["Nadie sabe dónde quedó el autobús"]
    pt = _quotes(tmp_path / "pt", (
        "Audiência na Câmara\n\n"
        "O vereador João Lima explicou a proposta aos colegas durante a sessão. “Vamos votar o "
        "texto na semana que vem, sem atraso.”\n\n"
        "A sessão terminou às dez horas.\n\n"
        "“O prazo para emendas acabou ontem à noite.”\n"), "pt")
    assert pt["Vamos votar o texto na semana que vem, sem atraso"] == "João Lima"
    # the sentence before is another paragraph's: left alone
    assert not pt["O prazo para emendas acabou ontem à noite"]


def test_german_verb_after_the_reported_words_and_english_said(tmp_path):
    de = _quotes(tmp_path / "de", (
        "Unfall am Bahnübergang\n\n"
        "„Der Zug stand zum Glück schon still“, sagte Wachleiter Klaus Berger.\n\n"
        "Es war am Anfang recht chaotisch an der Schranke, berichtet er dann. „Wir haben die "
        "Reisenden zuerst in die Turnhalle gebracht.“\n"), "de")
    assert "Berger" in de["Wir haben die Reisenden zuerst in die Turnhalle gebracht"]
    en = _quotes(tmp_path / "en", (
        "Storm damage\n\n"
        "Mayor Ann Cole said the town would rebuild the pier by summer. “We will not leave a "
        "single family behind this time.”\n\n"
        "Lena Park, a baker, said the shop was flooded. “It was gone in minutes,” her husband "
        "Tom Park said.\n\n"
        "Crews worked through the night. “The bridge stays closed until Monday.”\n"), "en")
    assert "Ann Cole" in en["We will not leave a single family behind this time"]
    # a quotation with a speaker of its own keeps it
    assert "Tom Park" in en["It was gone in minutes"]
    assert not en["The bridge stays closed until Monday"]  # narration before: left alone


def test_a_sentence_before_with_a_quotation_of_its_own_is_left_alone(tmp_path):
    fr = _quotes(tmp_path, (
        "Incendie au centre-ville\n\n"
        "Le maire Paul Girard a parlé d'un « vrai choc pour le quartier ». « Les familles seront "
        "relogées dès ce soir dans un gymnase. »\n\n"
        "Un garçon regardait depuis le pont du canal. « Les camions sont arrivés par la rue de "
        "la poste. »\n"),
        "fr")
    assert not fr["Les familles seront relogées dès ce soir dans un gymnase"]
    assert not fr["Les camions sont arrivés par la rue de la poste"]


def test_a_question_put_before_a_quotation_is_not_its_speakers(tmp_path):
    # the quotation after a question is the answer of whom the subject asked: a blank, not the
    # asker (review 5)
    fr = _quotes(tmp_path / "fr", (
        "Conseil municipal\n\n"
        "Le journaliste a demandé au maire Paul Girard s'il quitterait son poste. « Jamais, je "
        "reste jusqu'au bout du mandat. »\n"), "fr")
    assert not fr["Jamais, je reste jusqu'au bout du mandat"]
    de = _quotes(tmp_path / "de", (
        "Bauarbeiten\n\n"
        "Ein Reporter fragte Bürgermeister Jonas Keller nach dem Zeitplan. „Wir liegen im Plan, "
        "ganz sicher bis zum Mai.“\n"), "de")
    assert not de["Wir liegen im Plan, ganz sicher bis zum Mai"]
    en = _quotes(tmp_path / "en", (
        "Pier works\n\n"
        "A reporter asked Mayor Ann Cole whether the pier would close. “No, it stays open all "
        "winter long.”\n"), "en")
    assert not en["No, it stays open all winter long"]
    de2 = _quotes(tmp_path / "de2", (
        "Bauarbeiten\n\n"
        "Wann die Brücke wieder öffnet, fragte er den Bürgermeister Jonas Keller. „Wir liegen im "
        "Plan, ganz sicher bis zum Mai.“\n"), "de")
    assert not de2["Wir liegen im Plan, ganz sicher bis zum Mai"]  # nor the asker's "er"


def test_the_one_a_passive_speech_verb_tells_is_not_the_speaker(tmp_path):
    en = _quotes(tmp_path, (
        "Pier works\n\n"
        "Ann Cole was told by the harbour police that the pier was shut. “We will reopen it in "
        "May, not before.”\n"), "en")
    assert not en["We will reopen it in May, not before"]  # review 5


def test_the_first_speech_verb_of_the_sentence_before_is_its_own(tmp_path):
    # a later verb reports another person's words inside the sentence: its subject is not the
    # speaker, nor is the run of words before it (review 5)
    es = _quotes(tmp_path / "es", (
        "Obras del puerto\n\n"
        "El alcalde Juan Pérez dijo que Ana Ruiz criticó el plan del puerto. "
        "«Costará demasiado dinero a todos los vecinos.»\n"), "es")
    assert es["Costará demasiado dinero a todos los vecinos"] == "Juan Pérez"
    en = _quotes(tmp_path / "en", (
        "Pier works\n\n"
        "Mayor Ann Cole said Tom Reed warned that the pier was unsafe. “We will fix it before "
        "the summer season.”\n"), "en")
    assert "Ann Cole" in en["We will fix it before the summer season"]


def test_a_role_written_with_its_name_is_that_person(tmp_path):
    # "El alcalde Juan Pérez" is Juan Pérez, not another person named near the word "alcalde"
    # in the same sentence (review 5)
    es = _quotes(tmp_path, (
        "Obras del puerto\n\n"
        "El alcalde Juan Pérez dijo que la concejala Ana Ruiz criticó el plan del puerto. "
        "«Costará demasiado dinero a todos los vecinos.»\n"), "es")
    assert es["Costará demasiado dinero a todos los vecinos"] == "Juan Pérez"

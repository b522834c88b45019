"""Speakers referred back to by a role, and speech verbs and dialogue dashes of round 7 (issue
16). Sentences written for these tests, none a real article's; each test fails without its
rule, and holds the near shapes the rule must leave alone."""

from __future__ import annotations

from tests.extract.test_extract_shapes import _quotes


def test_an_epithet_after_the_quotation_is_the_person_just_named(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "Para la entrenadora del equipo, Marta Gil, el torneo «deja muchas lecciones para el "
        "año próximo», señaló la dirigente.\n"), "es")
    assert es["deja muchas lecciones para el año próximo"] == "Marta Gil"
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Nous tiendrons jusqu'au bout de la saison », a dit Paul Marchal. « Rien ne change "
        "pour les pêcheurs du port », a ajouté l'élu.\n"), "fr")
    assert fr["Rien ne change pour les pêcheurs du port"] == "Paul Marchal"
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "O prefeito de Vila Nova, Carlos Lima, visitou o bairro. “Vamos reabrir a escola na "
        "segunda-feira”, afirmou o gestor municipal.\n"), "pt")
    assert pt["Vamos reabrir a escola na segunda-feira"] == "Carlos Lima"
    # the name in apposition that closes the sentence before is the person referred back to
    es2 = _quotes(tmp_path / "es2", (
        "Test\n\n"
        "El granizo rompió 40 invernaderos, informó el martes el jefe de Bomberos, Luis "
        "Mora.\n\n"
        "El funcionario precisó que los productores «perdieron la cosecha de todo el mes».\n"),
        "es")
    assert es2["perdieron la cosecha de todo el mes"] == "Luis Mora"


def test_an_office_a_body_an_indefinite_role_or_a_far_name_stays_as_written(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Nous tiendrons jusqu'au bout de la saison », a dit Paul Marchal. « Rien ne change "
        "pour les pêcheurs du port », a déclaré un proche du ministre. « La digue tiendra "
        "jusqu'au printemps prochain », a déclaré le ministre de la Mer.\n"), "fr")
    assert fr["Rien ne change pour les pêcheurs du port"] == "un proche du ministre"
    assert fr["La digue tiendra jusqu'au printemps prochain"] == "le ministre de la Mer"
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "«Cerramos la calle toda la noche», dijo Luis Ferrán. «La calle sigue cerrada al "
        "tráfico», informó la policía. «Abriremos el lunes a primera hora», señaló el edil "
        "Juan Prieto.\n"), "es")
    assert es["La calle sigue cerrada al tráfico"] == "la policía"
    assert es["Abriremos el lunes a primera hora"].endswith("Juan Prieto")  # not Luis Ferrán
    filler = "La lluvia siguió cayendo sobre el valle durante toda la tarde del domingo. " * 8
    far = _quotes(tmp_path / "far", (
        "Test\n\n"
        f"Luis Ferrán llegó al pueblo por la mañana. {filler}\n\n"
        "«Hay que esperar a que baje el agua», señaló el funcionario.\n"), "es")
    assert far["Hay que esperar a que baje el agua"] == "el funcionario"


def test_speech_verbs_of_round_seven(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "«Vale la pena todo el esfuerzo del año», mencionó Ana Ruiz.\n"), "es")
    assert es["Vale la pena todo el esfuerzo del año"] == "Ana Ruiz"
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "Burmistrz zwołał konferencję. - Nie zamkniemy targowiska w tym tygodniu - wyjaśnia "
        "Jan Kowalski.\n"), "pl")
    assert pl["Nie zamkniemy targowiska w tym tygodniu"] == "Jan Kowalski"


def test_brazilian_dialogue_dashes_are_quotations(tmp_path):
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "O prefeito de Vila Nova, Carlos Lima, falou à imprensa no domingo.\n\n"
        "– A escola estava pronta para reabrir na segunda-feira – afirmou o prefeito.\n"),
        "pt")
    assert pt["A escola estava pronta para reabrir na segunda-feira"] == "Carlos Lima"
    plain = _quotes(tmp_path / "plain", (
        "Test\n\n"
        "A ponte – construída em 1950 – foi fechada ontem, informou a prefeitura.\n"), "pt")
    assert not plain  # dashes around an aside, no speech verb after them


def test_an_office_alone_after_a_named_quotation_is_that_person(tmp_path):
    # quotes round 11: copy quotes a person by name, then refers back to them by an office the
    # page never wrote by their name
    pt = _quotes(tmp_path / "pt", (
        "Test\n\n"
        "“A água baixou durante a noite”, disse Paulo Moreira. “Ainda há ruas com lama”, "
        "acrescentou o coordenador.\n"), "pt")
    assert pt["Ainda há ruas com lama"] == "Paulo Moreira"
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Le calendrier sera tenu », a déclaré Henri Vasseur. « Les élus seront consultés "
        "avant l'été », a ajouté le ministre de l’Agriculture.\n"), "fr")
    assert fr["Les élus seront consultés avant l'été"] == "Henri Vasseur"
    de = _quotes(tmp_path / "de", (
        "Test\n\n"
        "\"Der Deich hält bis morgen früh\", sagte Jonas Berger. \"Niemand muss das Dorf "
        "verlassen\", meinte der SPD-Politiker.\n"), "de")
    assert de["Niemand muss das Dorf verlassen"] == "Jonas Berger"
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "- Szkoła będzie otwarta od poniedziałku - poinformował Adam Nowicki. - Remont "
        "skończy się w maju - wyjaśnia prezydent.\n"), "pl")
    assert pl["Remont skończy się w maju"] == "Adam Nowicki"
    ar = _quotes(tmp_path / "ar", (
        "Test\n\n"
        "قال سمير حداد إن “المدارس ستفتح أبوابها يوم الاثنين المقبل”.\n\n"
        "وأضاف الوزير المنتدب “الطرق ستبقى مغلقة حتى المساء”.\n"), "ar")
    assert ar["الطرق ستبقى مغلقة حتى المساء"] == "سمير حداد"


def test_an_office_after_another_person_or_a_spokesperson_stays_as_written(tmp_path):
    # someone else named in between: the office is theirs, or an unnamed holder's
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "«El agua ya bajó», dijo Luis Ferrán. Los vecinos de Ana Soler volvieron a sus casas. "
        "«Reabriremos la escuela», señaló el alcalde.\n"), "es")
    assert es["Reabriremos la escuela"] == "el alcalde"
    it = _quotes(tmp_path / "it", (
        "Test\n\n"
        "«Il fiume è sceso nella notte», ha detto Marco Neri. «Le strade restano chiuse», "
        "ha detto il portavoce.\n"), "it")
    assert it["Le strade restano chiuse"] == "il portavoce"
    body = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Le calendrier sera tenu », a déclaré Henri Vasseur. « Les routes restent "
        "fermées », a indiqué la préfecture.\n"), "fr")
    assert body["Les routes restent fermées"] == "la préfecture"


def test_speech_verbs_of_round_eleven(tmp_path):
    fr = _quotes(tmp_path / "fr", (
        "Test\n\n"
        "« Les flammes ont gagné la colline en dix minutes », s’est indignée Claire Roux. "
        "« Évitez le secteur jusqu'à ce soir », a conclu la préfecture.\n"), "fr")
    assert fr["Les flammes ont gagné la colline en dix minutes"] == "Claire Roux"
    assert fr["Évitez le secteur jusqu'à ce soir"] == "la préfecture"
    it = _quotes(tmp_path / "it", (
        "Test\n\n"
        "“Restate lontani dagli argini del fiume” espone il sindaco.\n"), "it")
    assert it["Restate lontani dagli argini del fiume"] == "il sindaco"
    # the noun, not the verb: no speaker from "la replica"
    noun = _quotes(tmp_path / "noun", (
        "Test\n\n"
        "La replica della prova è fissata per lunedì. “Il ponte resta chiuso fino a nuovo "
        "ordine”.\n"), "it")
    assert noun["Il ponte resta chiuso fino a nuovo ordine"] == ""


def test_a_speaker_between_dashes_with_a_hyphen_and_a_comma_or_stop_glued(tmp_path):
    it = _quotes(tmp_path / "it", (
        "Test\n\n"
        "“La strada, ormai ripulita – ha aggiunto Sara Bianchi -, riapre domani mattina”.\n\n"
        "«Il cantiere chiude stasera», ha detto Marco Neri. «Siamo pronti – replica -. "
        "Torneremo al lavoro lunedì»\n"), "it")
    # the words between the dashes are the writer's: cut out, the rest two quotations
    assert it["La strada, ormai ripulita"] == it["riapre domani mattina"] == "Sara Bianchi"
    assert it["Siamo pronti"] == it["Torneremo al lavoro lunedì"] == "Marco Neri"
    aside = _quotes(tmp_path / "aside", (
        "Test\n\n"
        "“La diga – costruita nel 1950 -, regge ancora bene alla piena”.\n"), "it")
    assert aside["La diga – costruita nel 1950 -, regge ancora bene alla piena"] == ""


def test_the_one_person_named_before_a_colon_introduces_the_quotation(tmp_path):
    it = _quotes(tmp_path / "it", (
        "Test\n\n"
        "A cominciare da Paolo Serra, che ha parlato per primo: «Il ponte sarà riaperto entro "
        "la fine del mese».\n\n"
        "Bruno Galli ha quindi voluto ricordare il lavoro delle squadre: «Abbiamo lavorato "
        "tutta la notte senza sosta».\n\n"
        "Alle otto è arrivata la prima nota del sindaco Anna Ferri: «La scuola resta chiusa "
        "fino a lunedì».\n"), "it")
    assert it["Il ponte sarà riaperto entro la fine del mese"] == "Paolo Serra"
    assert it["Abbiamo lavorato tutta la notte senza sosta"] == "Bruno Galli"
    assert it["La scuola resta chiusa fino a lunedì"] == "Anna Ferri"


def test_a_colon_after_a_described_person_or_two_names_gives_no_name(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Test\n\n"
        "El buen momento del equipo de Luis Monte también tranquiliza al dirigente: «Tenemos "
        "confianza en la plantilla para la segunda vuelta».\n\n"
        "Tras la reunión, entre Marta Gil y Ana Soler hubo un acuerdo: «La carretera abrirá "
        "mañana por la mañana».\n"), "es")
    assert es["Tenemos confianza en la plantilla para la segunda vuelta"] != "Luis Monte"
    assert es["La carretera abrirá mañana por la mañana"] == ""

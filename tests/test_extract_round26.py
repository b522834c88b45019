"""Extract round 26 (issue #16): who speaks, in invented sentences of the shapes the sealed set
s14 misread (two attacks on crowds): a relative clause before the speech verb, a victim named
in apposition, a subject with a "with" phrase, two verbs of one subject, and a quotation that
opens its sentence and runs on in the writer's words before its credit. Each shape has its
nearest neighbour that must keep its reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import quote_speakers

from generator.extract.noun_phrases import subject_before


def _quotes(tmp_path: Path, text: str, lang: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", text, lang)


#: A first speaker quoted, then the mayor whose words a relative clause introduces.
_RELATIVE = {
    "it": ("«Abbiamo visto la gente scappare verso il fiume», hanno raccontato due testimoni.\n\n"
           "Sui social è intervenuto anche il sindaco della città Marco Bellini, che ha scritto: "
           "«Stanotte siamo tutti sconvolti dal dolore.»\n", "Marco Bellini"),
    "fr": ("«Nous avons vu les gens courir vers le fleuve», ont raconté deux témoins.\n\n"
           "Sur les réseaux, le maire de la ville, Paul Garnier, qui a écrit : «Ce soir nous "
           "sommes tous sous le choc.»\n", "Paul Garnier"),
    "es": ("«Vimos a la gente correr hacia el río», contaron dos testigos.\n\n"
           "En las redes habló también el alcalde de la ciudad, Pedro Gómez, que escribió: "
           "«Esta noche estamos todos conmocionados.»\n", "Pedro Gómez"),
    "de": ("„Wir sahen die Leute zum Fluss rennen“, sagte die Augenzeugin Anna Roth.\n\n"
           "Im Netz meldete sich auch der Bürgermeister der Stadt, Jens Kolbe, der schrieb: "
           "„Heute Abend sind wir alle fassungslos.“\n", "Jens Kolbe"),
    "pt": ("«Vimos as pessoas correrem para o rio», contaram duas testemunhas.\n\n"
           "Nas redes manifestou-se também o prefeito da cidade, João Silva, que escreveu: "
           "«Esta noite estamos todos em choque.»\n", "João Silva"),
    "en": ("“We saw people running to the river,” said witness Anna Roth.\n\n"
           "Online the town's mayor, Tom Harlow, who wrote: “Tonight we are all in shock "
           "and grieving.”\n", "Tom Harlow"),
}


def _mayor_says(tmp_path: Path, lang: str) -> None:
    body, who = _RELATIVE[lang]
    quotes = _quotes(tmp_path, "Mourning in Varnholm\n\n" + body, lang)
    mayor = next(q for q in quotes if q.split()[0] in ("Stanotte", "Ce", "Esta", "Heute",
                                                       "Tonight"))
    assert who in quotes[mayor]


@pytest.mark.parametrize("lang", ["de", "it"])
def test_a_relative_clause_before_the_verb_is_its_antecedents(tmp_path, lang):
    """Italian read "che ha scritto" as a verb without a subject (the speaker quoted before
    took it); German read "der" as the speaker, or the verb after it as a noun."""
    _mayor_says(tmp_path, lang)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_the_languages_that_read_the_relative_clause_keep_it(tmp_path, lang):
    _mayor_says(tmp_path, lang)


def test_a_german_apposition_with_its_article_stays_an_apposition(tmp_path):
    quotes = _quotes(tmp_path, (
        "Trauer in Varnholm\n\n"
        "Jens Kolbe, der Bürgermeister der Stadt, schrieb im Netz: "
        "„Heute Abend sind wir alle fassungslos.“\n"), "de")
    assert "Jens Kolbe" in quotes["Heute Abend sind wir alle fassungslos"]


def test_a_relative_clause_closed_by_its_comma_leaves_the_subject_after_it():
    assert subject_before("Marta Neri, che era ferita, e il marito") != "Marta Neri"


_VICTIM = {
    "fr": ("Drame à Varnholm\n\nSelon le récit de témoins, la scène a été «irréelle».\n\n"
           "Une victime de 41 ans, Léa, marchait avec sa sœur quand le camion est arrivé. «Elle a "
           "été projetée loin de moi, c'était affreux», a-t-elle raconté. «Personne n'a rien vu "
           "venir», a-t-elle ajouté au journal Le Matin.\n\nVarnholm Presse\n", "Léa"),
    "es": ("Tragedia en Varnholm\n\nSegún el relato de testigos, la escena fue «irreal».\n\n"
           "Una víctima de 29 años, Lucía, caminaba con su hermana cuando llegó el camión. «Me "
           "la arrancaron de la mano, fue horrible», contó.\n", "Lucía"),
}


@pytest.mark.parametrize("lang", sorted(_VICTIM))
def test_a_victim_named_in_apposition_is_who_she_is(tmp_path, lang):
    text, who = _VICTIM[lang]
    quotes = _quotes(tmp_path, text, lang)
    said = [s for q, s in quotes.items() if q.startswith(("Elle a", "Personne", "Me la"))]
    assert said and all(s == who for s in said), quotes


def test_a_victim_named_with_a_full_name_before_the_verb_keeps_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Drame à Varnholm\n\nUne victime de 41 ans, Léa Morin, a raconté la scène. «Elle a été "
        "projetée loin de moi, c'était affreux», a-t-elle dit.\n"), "fr")
    assert quotes["Elle a été projetée loin de moi, c'était affreux"] == "Léa Morin"


def test_a_with_phrase_after_the_subject_is_no_speaker(tmp_path):
    quotes = _quotes(tmp_path, (
        "Arrest\n\nFootage showed the arrest as officers with their rifles raised shouted "
        "\"stay down, hands behind your head!\" at the man on the ground.\n"), "en")
    assert quotes["stay down, hands behind your head!"] == "officers"
    assert subject_before("a man with a knife") == "a man"


def test_with_after_a_pronoun_and_its_verb_is_read_as_before():
    assert subject_before("She met with the mayor") == "the mayor"


def test_two_verbs_of_one_named_subject(tmp_path):
    quotes = _quotes(tmp_path, (
        "Festival\n\nOne of the organisers, Karl Brenner, went on stage and urged the crowd to "
        "\"leave slowly; please stay calm, because the attacker is still at large.\"\n"), "en")
    assert quotes["leave slowly; please stay calm, because the attacker is still at large"] \
        == "Karl Brenner"


def test_a_name_after_a_verb_is_no_subject_of_the_next():
    assert subject_before("The crowd cheered Karl Brenner and") != "Karl Brenner"


def test_a_quotation_opening_its_sentence_runs_on_to_its_credit(tmp_path):
    quotes = _quotes(tmp_path, (
        "Festival\n\n'Nobody can explain why' the stabbing took place, said Karl Brenner, who is "
        "the regional interior minister.\n\n"
        "'We can't say anything about the motive yet' and it is unclear who the attacker "
        "was, he said.\n\nThe square stayed closed until Sunday.\n"), "en")
    assert quotes["Nobody can explain why"] == "Karl Brenner"
    assert quotes["We can't say anything about the motive yet"] == "Karl Brenner"


def test_a_quotation_ending_its_sentence_gives_no_credit_to_the_next(tmp_path):
    quotes = _quotes(tmp_path, (
        "Festival\n\nKarl Brenner spoke first.\n\n"
        "'Nobody can explain why the stabbing took place.' Police said four people were hurt "
        "and the square was closed.\n"), "en")
    assert quotes.get("Nobody can explain why the stabbing took place") != "Police"


def test_a_plural_possessive_opens_no_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Festival\n\nThe victims' families and the organisers' team met on Sunday and agreed "
        "that nobody's grief can't wait for the inquiry's end.\n\nThe square stayed closed.\n"),
        "en")
    assert not any("families" in q or "team met" in q for q in quotes), quotes


_CITED = {
    "en": ("The town's paper quoted Ana Ruiz, its reporter at the fair, as saying \"the mood is "
           "eerie and everyone is leaving.\"", "the mood is eerie and everyone is leaving"),
    "pt": ("O jornal local citou Ana Ruiz, sua repórter que cobria a feira, dizendo que \"o clima "
           "está assustador e todos estão saindo.\"", "o clima está assustador e todos estão "
           "saindo"),
    "es": ("El diario local citó a Ana Ruiz, su reportera en la feria, diciendo que \"el ambiente "
           "es inquietante y todos se van.\"", "el ambiente es inquietante y todos se van"),
    "fr": ("Le journal local a cité Ana Ruiz, sa reporter à la foire, disant que « l'ambiance est "
           "sinistre et tout le monde s'en va ».", "l'ambiance est sinistre et tout le monde s'en "
           "va"),
    "de": ("Die Lokalzeitung zitierte Ana Ruiz, ihre Reporterin auf dem Fest, mit den Worten: „Die "
           "Stimmung ist gespenstisch und alle gehen.“", "Die Stimmung ist gespenstisch und alle "
           "gehen"),
}


@pytest.mark.parametrize("lang", sorted(_CITED))
def test_the_person_a_paper_cites_as_saying_is_the_speaker(tmp_path, lang):
    sentence, quote = _CITED[lang]
    quotes = _quotes(tmp_path, f"Fair\n\nThe mayor Tom Bell spoke of a dark day.\n\n{sentence}\n",
                     lang)
    assert quotes[quote] == "Ana Ruiz"


def test_a_speaker_quoted_by_a_paper_before_the_verb_keeps_the_subject(tmp_path):
    quotes = _quotes(tmp_path, (
        "Fair\n\nThe mayor Tom Bell, quoted by the town's paper, said: \"The fair will not open "
        "again this year.\"\n"), "en")
    assert quotes["The fair will not open again this year"] == "Tom Bell"

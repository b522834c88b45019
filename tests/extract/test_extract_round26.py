"""Extract round 26 (issue #16): who speaks, in invented sentences of the shapes the sealed set
s14 misread (two attacks on crowds): a relative clause before the speech verb, a victim named
in apposition, a subject with a "with" phrase, two verbs of one subject, a quotation that opens
its sentence and runs on in the writer's words before its credit, and a person cited as saying
it. Each shape has its nearest neighbour that must keep its reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.speakers.noun_phrases import subject_before
from tests.conftest import quote_speakers


def _quotes(tmp_path: Path, text: str, lang: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", text, lang)


#: A first speaker quoted, then the mayor whose words a relative clause introduces.
_RELATIVE = {
    "it": ("«Abbiamo visto la gente scappare verso il fiume», hanno raccontato due testimoni.\n\n"
           "Su Facebook ha parlato pure il primo cittadino Marco Bellini, che ha scritto: "
           "«Le bandiere resteranno a mezz'asta per tre giorni.»\n", "Marco Bellini"),
    "fr": ("«Nous avons vu les gens courir vers le fleuve», ont raconté deux témoins.\n\n"
           "Sur Facebook, le premier magistrat, Paul Garnier, qui a écrit : «Les drapeaux "
           "resteront en berne trois jours.»\n", "Paul Garnier"),
    "es": ("«Vimos a la gente correr hacia el río», contaron dos testigos.\n\n"
           "En Facebook habló luego el regidor, Pedro Gómez, que escribió: «Las banderas "
           "ondearán a media asta tres días.»\n", "Pedro Gómez"),
    "de": ("„Wir sahen die Leute zum Fluss rennen“, sagte die Augenzeugin Anna Roth.\n\n"
           "Auf Facebook äußerte sich später der Ortsvorsteher, Jens Kolbe, der schrieb: "
           "„Die Flaggen bleiben drei Tage auf halbmast.“\n", "Jens Kolbe"),
    "pt": ("«Vimos as pessoas correrem para o rio», contaram duas testemunhas.\n\n"
           "No Facebook falou depois o autarca, João Silva, que escreveu: «As bandeiras ficarão "
           "a meio mastro por três dias.»\n", "João Silva"),
    "en": ("“We saw people running to the river,” said witness Anna Roth.\n\n"
           "On Facebook the council leader, Tom Harlow, who wrote: “Flags will fly at half mast "
           "for three days.”\n", "Tom Harlow"),
}


def _mayor_says(tmp_path: Path, lang: str) -> None:
    body, who = _RELATIVE[lang]
    quotes = _quotes(tmp_path, "Mourning in Varnholm\n\n" + body, lang)
    mayor = next(q for q in quotes if q.split()[0] in ("Le", "Les", "Las", "Die", "As",
                                                       "Flags"))
    assert who in quotes[mayor]


@pytest.mark.parametrize("lang", ["de", "fr", "it"])
def test_a_relative_clause_before_the_verb_is_its_antecedents(tmp_path, lang):
    """Italian read "che ha scritto" as a verb without a subject (the speaker quoted before
    took it); German read "der" as the speaker, or the verb after it as a noun."""
    _mayor_says(tmp_path, lang)


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_languages_that_read_the_relative_clause_keep_it(tmp_path, lang):
    _mayor_says(tmp_path, lang)


def test_a_german_apposition_with_its_article_stays_an_apposition(tmp_path):
    quotes = _quotes(tmp_path, (
        "Trauer in Varnholm\n\n"
        "Jens Kolbe, der Ortsvorsteher, schrieb auf Facebook: "
        "„Die Flaggen bleiben drei Tage auf halbmast.“\n"), "de")
    assert "Jens Kolbe" in quotes["Die Flaggen bleiben drei Tage auf halbmast"]


def test_a_relative_clause_closed_by_its_comma_leaves_the_subject_after_it():
    assert subject_before("Marta Neri, che era ferita, e il marito") != "Marta Neri"


_VICTIM = {
    "fr": ("Drame à Varnholm\n\nSelon le récit de témoins, la scène a été «irréelle».\n\n"
           "Une victime de 41 ans, Léa, marchait avec sa sœur quand le camion est arrivé. «Le "
           "camion est passé à un mètre de nous, je ne l'oublierai jamais», a-t-elle confié. "
           "«Nous n'avons eu aucun temps pour fuir», a-t-elle ajouté au journal Le Matin.\n\n"
           "Varnholm Presse\n", "Léa"),
    "es": ("Tragedia en Varnholm\n\nSegún el relato de testigos, la escena fue «irreal».\n\n"
           "Una víctima de 29 años, Lucía, caminaba con su hermana cuando llegó el camión. «Todo "
           "pasó en dos segundos, no pudimos hacer nada», contó.\n", "Lucía"),
}


@pytest.mark.parametrize("lang", sorted(_VICTIM))
def test_a_victim_named_in_apposition_is_who_she_is(tmp_path, lang):
    text, who = _VICTIM[lang]
    quotes = _quotes(tmp_path, text, lang)
    said = [s for q, s in quotes.items() if q.startswith(("Le camion", "Nous n'", "Todo pasó"))]
    assert said and all(s == who for s in said), quotes


def test_a_victim_named_with_a_full_name_before_the_verb_keeps_it(tmp_path):
    quotes = _quotes(tmp_path, (
        "Drame à Varnholm\n\nUne victime de 41 ans, Léa Morin, a raconté la scène. «Le camion "
        "est passé à un mètre de nous», a-t-elle dit.\n"), "fr")
    assert quotes["Le camion est passé à un mètre de nous"] == "Léa Morin"


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
        "Festival\n\nA steward, Karl Brenner, climbed onto the stage and urged the crowd to "
        "\"walk to the exits slowly and keep children close.\"\n"), "en")
    assert quotes["walk to the exits slowly and keep children close"] == "Karl Brenner"


def test_a_name_after_a_verb_is_no_subject_of_the_next():
    assert subject_before("The crowd cheered Karl Brenner and") != "Karl Brenner"


def test_a_quotation_opening_its_sentence_runs_on_to_its_credit(tmp_path):
    quotes = _quotes(tmp_path, (
        "Market\n\n'We have no motive yet' for the shooting at the market, said Karl Brenner, "
        "the region's police chief.\n\n"
        "'We won't guess at reasons' while the suspect is still being questioned, he said.\n\n"
        "The square stayed closed until Sunday.\n"), "en")
    assert quotes["We have no motive yet"] == "Karl Brenner"
    assert quotes["We won't guess at reasons"] == "Karl Brenner"


def test_a_quotation_ending_its_sentence_gives_no_credit_to_the_next(tmp_path):
    quotes = _quotes(tmp_path, (
        "Market\n\nKarl Brenner spoke first.\n\n"
        "'We have no motive yet for the shooting at the market.' Police said four people were "
        "hurt and the square was closed.\n"), "en")
    assert quotes.get("We have no motive yet for the shooting at the market") != "Police"


def test_a_plural_possessive_opens_no_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Festival\n\nThe victims' families and the organisers' team met on Sunday and agreed "
        "that nobody's grief can't wait for the inquiry's end.\n\nThe square stayed closed.\n"),
        "en")
    assert not any("families" in q or "team met" in q for q in quotes), quotes


_CITED = {
    "en": ("A regional weekly quoted Ana Ruiz, who was covering the fair, as saying \"the stalls "
           "are empty and the music has stopped.\"", "the stalls are empty and the music has "
           "stopped"),
    "pt": ("Um semanário regional citou Ana Ruiz, enviada à feira, dizendo que \"as barracas "
           "estão vazias e a música parou.\"", "as barracas estão vazias e a música parou"),
    "es": ("Un semanario regional citó a Ana Ruiz, enviada a la feria, diciendo que \"los puestos "
           "están vacíos y la música paró.\"", "los puestos están vacíos y la música paró"),
    "fr": ("Un hebdomadaire régional a cité Ana Ruiz, envoyée à la foire, disant que « les stands "
           "sont vides et la musique s'est tue ».", "les stands sont vides et la musique s'est "
           "tue"),
    "de": ("Eine Wochenzeitung zitierte Ana Ruiz, die vom Fest berichtete, mit den Worten: „Die "
           "Buden sind leer, die Musik ist verstummt.“", "Die Buden sind leer, die Musik ist "
           "verstummt"),
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

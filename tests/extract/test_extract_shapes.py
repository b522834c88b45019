"""``briefing extract`` on the general shapes of news copy, in several languages: sentences
written for these tests (none is a real article's), one per shape a rule targets, with the
shapes next to them that the rule must leave alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.content.load import load
from generator.content.problems import Problems
from generator.extract.dates import dates_in
from generator.extract.draft import extract
from generator.extract.figures import figures_in
from generator.extract.sheet.yaml_writer import draft_yaml
from generator.text.name_runs import names_in
from generator.text.plural_nouns import plural_lemma
from generator.text.sentences import Sentence
from tests.conftest import copy_example, quote_speakers


def _sentence(text: str, start: int = 0) -> Sentence:
    return Sentence(start, start + len(text), text, 0)


def _figures(text: str, lang: str, before: str | None = None) -> list[tuple[float, str]]:
    earlier = figures_in(_sentence(before), lang) if before else None
    start = len(before) + 1 if before else 0
    return [(f.value, f.group) for f in figures_in(_sentence(text, start), lang, earlier)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a plural noun no table names is what the number counts, in every language
    ("Plus de 400 sapeurs-pompiers ont été mobilisés.", "fr", [(400, "responder")]),
    ("Le feu a mobilisé 500 pompiers et 120 policiers.", "fr",
     [(500, "responder"), (120, "police")]),
    ("Unos 600 efectivos y 80 camiones de bomberos participaron.", "es",
     [(600, "efectivo"), (80, "camión")]),  # the trucks, not the firefighters
    ("Oltre 300 pompieri e 20 autobotti sono intervenuti.", "it",
     [(300, "responder"), (20, "autobotte")]),
    ("Mais de 400 bombeiros e 60 viaturas foram mobilizados.", "pt",
     [(400, "responder"), (60, "viatura")]),
    ("Mehr als 200 Feuerwehrleute waren im Einsatz, 3 Polizisten wurden verletzt.", "de",
     [(200, "responder"), (3, "wounded")]),
    # an adjective before a counted noun; a small count of something no table names
    ("Si sono sentite due forti esplosioni.", "it", [(2, "explosion")]),
    ("Quattro importanti porti hanno chiuso.", "it", []),
    ("L'église a deux entrées.", "fr", []),
    # "times" are never counts; a duration only as the event's own length, after a verb of
    # lasting (chk50f, the figure checklist: tests/extract/test_figure_checklist.py)
    ("Le feu a duré 15 heures, deux fois plus que prévu.", "fr", [(15, "duration")]),
    ("Days after a two-week deadly wildfire, the town flooded.", "en", []),
    # what happened to the group: after its noun, or the verb whose object it is
    ("At least 100 people are reported dead, with more than 150 injured, police say.", "en",
     [(100, "dead"), (150, "wounded")]),
    ("The blast killed at least 135 people and injured more than 5,000 in the city.", "en",
     [(135, "dead"), (5000, "wounded")]),
    ("Les inondations ont tué 12 personnes et blessé 30 autres.", "fr",
     [(12, "dead"), (30, "wounded")]),
    ("More than 10,000 people are still missing.", "en", [(10000, "missing")]),
    ("The blast killed 135 and injured about 4,000.", "en", [(135, "dead"), (4000, "wounded")]),
    ("The storm killed 12 in 2023 and displaced 3,000.", "en",
     [(12, "dead"), (3000, "evacuee")]),
    ("L'explosion a tué 135 et blessé 5000.", "fr", [(135, "dead"), (5000, "wounded")]),
    ("Sono almeno 100 i morti e oltre 4.000 i feriti.", "it", [(100, "dead"), (4000, "wounded")]),
    # an outcome after any group of people, not only "people"; a group without one stays
    ("Four firefighters were injured when the roof fell.", "en", [(4, "wounded")]),
    ("The crash killed at least three passengers.", "en", [(3, "dead")]),
    ("Cinq pompiers ont été légèrement blessés.", "fr", [(5, "wounded")]),
    ("About 400 firefighters were deployed.", "en", [(400, "responder")]),
    ("Siguen 40 personas no localizadas en la sierra.", "es", [(40, "missing")]),
    ("Unos 80 buzos buscan a los desaparecidos en el río.", "es", [(80, "responder")]),
    ("Vier mensen die gewond raakten liggen in het ziekenhuis.", "nl", [(4, "wounded")]),
    ("Bij de brand kwamen drie mensen om het leven.", "nl", [(3, "dead")]),
    # hurt by the smoke, or how badly glued to the word; a smoke alarm or a number before
    # another word stays no count of the injured
    ("Nel rogo quattro ospiti sono feriti e sei sono rimasti intossicati.", "it",
     [(4, "wounded"), (6, "wounded")]),
    ("Dans la cave, cinq voisins ont été intoxiqués.", "fr", [(5, "wounded")]),
    ("En el taller nueve operarios resultaron intoxicados.", "es", [(9, "wounded")]),
    ("Op de kruising raakten drie scholieren zwaargewond.", "nl", [(3, "wounded")]),
    ("Twee rookmelders gingen af in de zwaar beschadigde woning.", "nl", []),
    # the emergency services' vehicles, small counts too; vehicles that collided are no count
    ("Dal comando partono tre autobotti, quattro ambulanze e una gru, poi due autoscale.", "it",
     [(3, "autobotte"), (4, "ambulanza"), (2, "autoscale")]),
    ("Para o incêndio seguiram seis viaturas.", "pt", [(6, "viatura")]),
    ("Bij de dijk landden drie traumahelikopters.", "nl", [(3, "traumahelikopter")]),
    ("Über dem Wald kreisten vier Hubschrauber.", "de", [(4, "hubschrauber")]),
    ("Dois veículos colidiram na rodovia.", "pt", []),
    ("Deux voitures se sont percutées.", "fr", []),
    ("Při nehodě zemřelo pět lidí a dvanáct bylo zraněno.", "cs", [(5, "dead"), (12, "wounded")]),
    # dying said with a phrase or in the present tense
    ("Au moins 30 personnes ont trouvé la mort dans la nuit.", "fr", [(30, "dead")]),
    ("Bei dem Brand sterben mindestens 30 Menschen.", "de", [(30, "dead")]),
    ("Almeno 30 persone hanno perso la vita nel crollo.", "it", [(30, "dead")]),
    # a group named as a whole before a number that counts part of it
    ("Entre os feridos, levados para dois hospitais da região, quatro seguem internados.",
     "pt", [(4, "wounded")]),  # "dois hospitais": the object of "para", not of the injured
    ("Among the injured, six are in critical condition.", "en", [(6, "wounded")]),
    ("Es gebe 40 Verletzte, davon sieben Schwerverletzte.", "de", [(40, "wounded"),
                                                                     (7, "wounded")]),
    ("Among the rescuers were six volunteers.", "en", [(6, "volunteer")]),
    # a toll and its number far apart in one sentence
    ("The death toll from the collapse of a hotel in the old port district of the northern city "
     "has risen to 14, officials said.", "en", [(14, "dead")]),
    ("Het aantal gewonden na de grote brand in de oude meubelfabriek aan de rand van het dorp "
     "is vrijdag gestegen naar negen.", "nl", [(9, "wounded")]),
    ("Crews reached the lower shaft, taking the death toll to at least 23 miners.", "en",
     [(23, "dead")]),
    # a number whose noun the sentence just named
    ("3.000 déplacés ont été comptés à Al-Bayda et plus de 2.000 à Benghazi.", "fr",
     [(3000, "evacuee"), (2000, "evacuee")]),
    ("A further 10,000 people were still missing, lower than the 20,000 another official "
     "gave.", "en", [(10000, "missing"), (20000, "missing")]),
])
def test_counted_in_every_language(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a number joined to the next word by a hyphen is a compound adjective: an age, a length
    # of service, a size; never a count
    ("Zginął 41-letni strażak z 15-letnim stażem, a 6 strażaków zostało rannych.", "pl",
     [(6, "wounded")]),
    ("Ein 52-jähriger Fahrer und 14 Fahrgäste wurden verletzt.", "de", [(14, "wounded")]),
    ("A 40-strong crew and 12 firefighters were at the scene.", "en", [(12, "responder")]),
    # a road or line number, a span of days: not amounts
    ("Auf der Autobahn 7 in Hessen gab es nach dem Unfall keine Toten.", "de", []),
    ("Auf der Autobahn 7 bei Kassel wurden 23 Menschen verletzt.", "de", [(23, "wounded")]),
    ("Plus de 200 hectares ont brûlé dans la nuit du 14 au 15 mars.", "fr", [(200, "hectare")]),
    ("Vojáci 12. pěšího pluku evakuovali 40 osob.", "cs", [(40, "person")]),
    # someone's age between commas after their name, in every language
    ("Tre persone sono morte: Marco Neri, 72 anni, la moglie Anna Sala, di 65, e Luca Neri, di "
     "40.", "it", [(3, "dead")]),
    ("The dead passenger was named as Ruth Hale, 71, of Dayton.", "en", []),
    # (the 12 are among the dead, after "Entre los muertos está": chk51b's member checklist)
    ("Entre los muertos está Juan Ruiz, de 45 años, y 12 personas más.", "es",
     [(12, "more dead")]),
    # a place's population and a ratio are not counts of the event; residents something
    # happened to are
    ("Harlow, a town of 80,000 people, was cut off.", "en", []),
    ("The valley's 12,000 residents lost power.", "en", []),
    ("About 12,000 residents were evacuated.", "en", [(12000, "evacuee")]),
    ("Officials said 1 in 4 homes were damaged.", "en", []),
    ("The crash killed all 31 people on board.", "en", [(31, "dead")]),
    # a possessive before the counted noun: the number counts the noun, not the owner
    ("Rescuers found 12 of the boat’s 90 passengers alive.", "en",
     [(12, "passenger"), (90, "passenger")]),
    # a speed is never a count; a flow is a measure of the event
    ("The coach was doing 70 mph (113 km/h) in a 40 mph zone.", "en", []),
    ("Vientos de hasta 150 kilómetros por hora azotaron la costa.", "es", []),
    ("Sono caduti 300 millilitri all'ora.", "it", [(300, "milliliter")]),
    # a distance by a compass point, compound or in another unit between brackets; a length
    # that is a size stays
    ("The town lies about 45 miles southwest of Leeds and 30 miles (48 km) north-east of York.",
     "en", []),
    ("Le village se trouve à 20 km au nord-est de Lyon.", "fr", []),
    ("The 2 miles of levee that failed were rebuilt.", "en", [(2, "mile")]),
    # a day of the month after its weekday, between brackets or commas
    ("Duas pessoas morreram nesta sexta-feira (6) e 14 ficaram feridas.", "pt",
     [(2, "dead"), (14, "wounded")]),
    ("El incendio comenzó el miércoles, 12, en el puerto.", "es", []),
    ("On Friday, 12 people were rescued.", "en", [(12, "rescued")]),
    # a rate (how many a day or a year) is background; what the event costs a day is not
    ("The line carries 40,000 passengers a day.", "en", []),
    ("Sulla linea viaggiano 9.000 pendolari al giorno.", "it", []),
    ("The closure costs $400 million a day.", "en", [(400000000, "usd")]),
    ("The ferry carried 400 passengers the day it sank.", "en", [(400, "passenger")]),
    # a sentence that opens on another year tells another event
    ("In 2014, more than 2,000 people died in road accidents in the region.", "en", []),
    ("En agosto de 2015, otro alud dejó 104 muertos.", "es", []),
    ("Nel 2016 un'alluvione uccise 12 persone.", "it", []),
    ("In 24 hours, 300 people were evacuated.", "en", [(300, "evacuee")]),
    ("The flood of 2014 killed 30; this one killed 12 people.", "en", [(30, "dead"), (12, "dead")]),
    # people counted as who spoke are sources, not a count of the event
    ("Two nurses, Ann Cole and her colleague Tim Reed, told the paper the ward flooded.", "en", []),
    # what a vehicle can hold is its size, not how many the event involved
    ("La cabina, in grado di trasportare fino a 35 persone, è chiusa.", "it", []),
    ("The cabin can carry up to 35 people.", "en", []),
    ("Os carros têm capacidade máxima para 35 pessoas.", "pt", []),
    ("Die Kabine bietet Platz für 35 Fahrgäste.", "de", []),
    ("The bus carried 35 passengers when it overturned.", "en", [(35, "passenger")]),
    # a part of the group after a comma is no apposition of names: the injured did not speak
    # (the part is a figure too, part of the group: tests/extract/test_extract_rest.py)
    ("Es gebe 40 Verletzte, davon sieben schwer, teilte die Polizei mit.", "de",
     [(40, "wounded"), (7, "wounded")]),
    ("Some 40 people were hurt, of whom seven badly, the police said.", "en",
     [(40, "wounded"), (7, "wounded")]),
    ("Three witnesses said the coach swerved.", "en", []),
    ("Tres testigos dijeron que el autobús se salió de la vía.", "es", []),
    ("The crash killed 12 people, police said.", "en", [(12, "dead")]),
    ("Officials said 70 passengers were injured.", "en", [(70, "wounded")]),
    # money given to each one is no cost of the event
    ("The state will pay $2,000 to each family that lost a home.", "en", []),
    ("The state put the damage at $2 billion.", "en", [(2000000000, "usd")]),
    # a height that places something, with the place's article, is no size of the event
    ("The deck sits about 30 feet above a narrow creek.", "en", []),
    ("The river rose 2 metres above normal.", "en", [(2, "m")]),
    # an amount given again in another unit between brackets is the same amount, restated
    ("The lake rose nearly 12 feet (3.66 meters) in the storm.", "en", [(12, "foot")]),
    ("The canal climbed by 30ft (9m) before dawn.", "en", [(30, "foot")]),
    ("The tanker slid for 700 metres (2,300 feet) down the slope.", "en", [(700, "m")]),
    # the amount as an adjective, hyphenated to its unit, restated in brackets
    ("Last week a 300-metre (980 feet) stretch of the dyke gave way.", "en", [(300, "m")]),
    ("The blaze ran along a 4-mile (6-km) strip of the shore.", "en", [(4, "mile")]),
    ("The blast killed 12 people (five children) in the street.", "en",
     [(12, "dead"), (5, "civilian")]),
    # a distance from a place is where something is, not a size of the event
    ("The smoke was seen three miles from the depot.", "en", []),
    ("The quarry sits some 90km from Halden.", "en", []),
    ("Crews parked half a mile from the quarry gate.", "en", []),
    ("The reservoir fell 3 feet from Monday to Friday.", "en", [(3, "foot")]),
    ("The span is 1.6 miles from end to end.", "en", [(1.6, "mile")]),
    # what a thing holds or is made of is description, not what the event did
    ("The ferry consisted of two decks, a bar and 40 cabins.", "en", []),
    ("O prédio que abriga 36 apartamentos foi interditado.", "pt", []),
    ("L'immeuble abritait 60 logements.", "fr", []),
    ("The hall housed offices, and the fire killed 12 people.", "en", [(12, "dead")]),
    ("The ferry carried 40 passengers.", "en", [(40, "passenger")]),
    # an outcome written as an adjective before the group (German)
    ("Die Feuerwehr trauert um zwei verstorbene Kameraden.", "de", [(2, "dead")]),
])
def test_what_is_not_a_count(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_number_may_leave_out_the_noun_of_the_sentence_before():
    assert _figures("But the Red Crescent put that number higher, at 11,300.", "en",
                    before="The UN said 6,000 people had died.") == [(11300, "dead")]
    # "others" are people like them, not what happened to them
    assert _figures("Officials cannot account for six others.", "en",
                    before="Two people were rescued.") == [(6, "person")]
    # a year or a time after a figure is not a count of it
    assert _figures("The port reopened in 2021, at 10:30.", "en",
                    before="The UN said 6,000 people had died.") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a partitive pronoun after a number: part of what was just counted
    ("Al menos 90 personas han muerto, 80 de ellas en la capital.", "es",
     [(90, "dead"), (80, "dead")]),
    ("At least 40 people died, 30 of them in the old town.", "en", [(40, "dead"), (30, "dead")]),
    # "others" with no noun of their own are people like the ones before; with a noun, that noun
    ("Deux personnes sont mortes et cinq autres ont été retrouvées vivantes.", "fr",
     [(2, "dead"), (5, "person")]),
    ("Deux personnes sont mortes et deux autres bâtiments ont été évacués.", "fr",
     [(2, "dead"), (2, "building")]),
    ("Une femme est morte. Les quatre autres passagers de la voiture ont été légèrement blessés.",
     "fr", [(4, "wounded")]),  # the noun after "autres", its outcome eight words on
    ("Zwei Menschen starben, 3 weitere Helfer wurden verletzt.", "de",
     [(2, "dead"), (3, "wounded")]),
    # number words the tables did not know: Polish masculine-personal numerals, German "acht" in
    # lower case (the noun of "in Acht nehmen" keeps its capital), "Todesfälle"
    ("W wypadku zginęli trzej strażacy.", "pl", [(3, "dead")]),
    ("Die Behörden meldeten bisher acht Todesfälle.", "de", [(8, "dead")]),
    ("Man müsse sich in Acht nehmen, sagte er.", "de", []),
])
def test_a_number_whose_noun_is_left_out_or_a_word_the_tables_did_not_know(text, lang, expected):
    assert _figures(text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("word", "lang", "lemma"), [
    ("sapeurs-pompiers", "fr", "sapeur-pompier"), ("camiones", "es", "camión"),
    ("autobotti", "it", "autobotte"), ("Polizisten", "de", "Polizist"),
    ("strażaków", "pl", "strażak"),
    ("mobilisés", "fr", None), ("veces", "es", None), ("sono", "it", None),
    ("fois", "fr", None), ("autres", "fr", None),
])
def test_plural_nouns(word, lang, lemma):
    assert plural_lemma(word, lang) == lemma


def _quotes(tmp_path: Path, text: str, lang: str) -> dict[str, str]:
    return quote_speakers(tmp_path / "q", text, lang, published="2023-09-12T12:00:00+02:00")


def test_speakers_by_the_subject_of_the_speech_verb(tmp_path):
    quotes = _quotes(tmp_path, (
        "Flood test\n\n"
        "“The water came at night,” Nadia Farouk, a teacher who lost her house, told reporters.\n\n"
        "Omar Khalil, the head of the rescue teams, gave a warning: “We need boats now.”\n\n"
        "Rescuers kept digging. A woman in her sixties waited at the gate. “My son is in there,” "
        "she said.\n\n"
        "City Governor Samir Haddad toured the area. Later, aid arrived. The governor said "
        "“nothing is left of the old town.”\n\n"
        "Prime Minister Lina Aziz spoke of an “unprecedented” disaster.\n\n"
        "The crew sent a “mayday” before the dam broke.\n\n"
        "“We will rebuild every house in this valley, whatever it costs\n"), "en")
    assert quotes["The water came at night"] == "Nadia Farouk"
    assert quotes["We need boats now"] == "Omar Khalil"
    assert quotes["My son is in there"] == "A woman in her sixties"
    assert quotes["nothing is left of the old town"] == "Samir Haddad"
    assert quotes["unprecedented"].endswith("Lina Aziz")
    assert "mayday" not in quotes  # a term in quotation marks, not a speaker's word
    # no closing mark before the paragraph ends: it goes on (or the page was cut)
    assert "We will rebuild every house in this valley, whatever it costs" in quotes


def test_speaker_opening_the_sentence_in_another_language(tmp_path):
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Marco Bellini, sindaco della città, chiede aiuto al governo: «Servono subito nuove "
        "pompe».\n\n"
        "Il sindaco Marco Bellini ha visitato la zona. «La situazione è grave», ha detto il "
        "sindaco.\n"), "it")
    assert quotes["Servono subito nuove pompe"] == "Marco Bellini"
    assert quotes["La situazione è grave"] == "Marco Bellini"


def test_a_speaker_who_expresses_what_the_quote_says(tmp_path):
    # "expressed", "regretted", "stressed": verbs of condolence statements, in it, pt, fr
    quotes = _quotes(tmp_path, (
        "Prova\n\n"
        "Il sindaco della città, Marco Bellini, sul suo profilo, ha espresso \"grande dolore\", "
        "in particolare \"per le famiglie delle vittime\".\n"), "it")
    assert quotes["grande dolore"] == "Marco Bellini"
    assert quotes["per le famiglie delle vittime"] == "Marco Bellini"
    quotes = _quotes(tmp_path / "pt", (
        "Teste\n\nO ministro Rui Sampaio expressou \"profunda tristeza pelas vítimas\".\n"), "pt")
    assert quotes["profunda tristeza pelas vítimas"] == "Rui Sampaio"
    quotes = _quotes(tmp_path / "fr", (
        "Essai\n\nLa maire Anne Vidal a exprimé « sa profonde tristesse » après l'accident.\n"),
        "fr")
    assert quotes["sa profonde tristesse"] == "Anne Vidal"


def _figure_summaries(tmp_path: Path, text: str) -> set[str]:
    project = copy_example(tmp_path / "f")
    articles = project / "content" / "articles"
    (articles / "test-vague.txt").write_text(text, encoding="utf-8")
    (articles / "test-vague.yaml").write_text(
        "outlet: levant-wire\npublished: 2023-09-12T12:00:00+02:00\nlanguage: en\n",
        encoding="utf-8")
    problems = Problems(project / "content")
    content = load(project / "content", problems)
    draft = extract(content, ["test-vague"], skip_curated=False)
    return {c.summary.split(" — ")[0] for c in draft.candidates() if c.kind == "figure"}


def test_a_vague_lede_the_article_states_exactly_is_not_a_second_report(tmp_path):
    found = _figure_summaries(tmp_path, (
        "Flood test\n\n"
        "Thousands of people are missing after the dam broke.\n\n"
        "The Red Crescent said 10,000 people are missing and 3,000 are dead.\n\n"
        "Dozens of boats were lost.\n"))
    assert "10,000 people" in found and "Thousands of people" not in found
    assert "Dozens of boats" in found  # nothing exact beside it: all the outlet said


def test_a_vague_amount_someone_else_said_stays(tmp_path):
    found = _figure_summaries(tmp_path, (
        "Flood test\n\n"
        "The 310 families were moved to the camp on Monday.\n\n"
        "Mayor Omar Khalil said hundreds of families would need tents.\n"))
    assert {"310 families", "hundreds of families"} <= found


def test_a_speech_verb_before_a_colon_introduces_the_next_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Essai\n\n"
        "Le préfet Paul Martin a déclaré : «la nuit a été terrible» alors que la maire Anne "
        "Petit a rappelé les faits : «nous avons évacué trois quartiers».\n"), "fr")
    assert quotes["la nuit a été terrible"].endswith("Paul Martin")
    assert quotes["nous avons évacué trois quartiers"].endswith("Anne Petit")
    assert not quotes["nous avons évacué trois quartiers"].startswith("alors")


def test_evidence_inside_a_quotation_of_several_sentences_is_never_empty(tmp_path):
    project = copy_example(tmp_path / "e")
    articles = project / "content" / "articles"
    (articles / "test-evidence.txt").write_text(
        "Prova\n\n"
        "“In poche ore c’erano circa 200 pompieri all’opera. Dopo quattro ore erano 450 "
        "pompieri”, dice il comandante Marco Bellini.\n", encoding="utf-8")
    (articles / "test-evidence.yaml").write_text(
        "outlet: levant-wire\npublished: 2023-09-12T12:00:00+02:00\nlanguage: it\n",
        encoding="utf-8")
    problems = Problems(project / "content")
    content = load(project / "content", problems)
    draft = extract(content, ["test-evidence"], skip_curated=False)
    figures = [c for c in draft.candidates() if c.kind == "figure"]
    assert {c.low for c in figures} == {200, 450}
    for c in figures:
        assert c.evidence and str(int(c.low)) in c.evidence, c.evidence


def test_speakers_when_the_verb_names_no_subject_or_a_phrase_around_it(tmp_path):
    es = _quotes(tmp_path / "es", (
        "Prueba\n\n"
        "La alcaldesa Marta Ruiz Ortega visitó el barrio. “Necesitamos más bombas” en las zonas "
        "bajas, dijo.\n\n"
        "No obstante, aseguró que “la ayuda llegará mañana por la tarde”.\n\n"
        "“El río subió dos metros en una hora”, dijo anteriormente Pablo Gómez Vera, jefe de "
        "bomberos.\n"), "es")
    assert es["Necesitamos más bombas"] == "Marta Ruiz Ortega"  # not "en las zonas bajas"
    assert es["la ayuda llegará mañana por la tarde"] == "Marta Ruiz Ortega"  # not "obstante"
    assert es["El río subió dos metros en una hora"] == "Pablo Gómez Vera"
    pt = _quotes(tmp_path / "pt", (
        "Teste\n\n"
        "O capitão Rui Matos falou à imprensa no local. Segundo ele, a água chegou a dois metros."
        "\n\n“O trabalho é lento e perigoso”, disse.\n"), "pt")
    assert pt["O trabalho é lento e perigoso"] == "Rui Matos"
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "Budynek spłonął doszczętnie - jak przekazał wojewoda mazowiecki, \"nikt nie był w "
        "środku\".\n"), "pl")
    assert pl["nikt nie był w środku"] == "wojewoda mazowiecki"  # not "jak"
    de = _quotes(tmp_path / "de", (
        "Test\n\n"
        "«Wir hoffen noch», sagte ein Sprecher der Polizei. «Vielleicht hat sich jemand "
        "gerettet», sagte er.\n\n"
        "Der Wagen sei «von der Straße abgekommen», wie Karl Brandt sagte.\n"), "de")
    assert de["Vielleicht hat sich jemand gerettet"] == "ein Sprecher der Polizei"
    assert de["von der Straße abgekommen"] == "Karl Brandt"  # not "wie Karl Brandt"
    fr = _quotes(tmp_path / "fr", (
        "Essai\n\n"
        "« Le feu est maîtrisé depuis minuit », a indiqué Paul Girard lors d'un point de "
        "presse.\n"), "fr")
    assert fr["Le feu est maîtrisé depuis minuit"] == "Paul Girard"
    it = _quotes(tmp_path / "it", (
        "Prova\n\n"
        "«Abbiamo trovato tre persone sotto le macerie». Così il comandante Luca Ferri, parlando "
        "ai giornalisti.\n"), "it")
    assert it["Abbiamo trovato tre persone sotto le macerie"].endswith("Luca Ferri")
    nl = _quotes(tmp_path / "nl", (
        "Test\n\n"
        "De directeur Tom Bakker gaf uitleg aan de pers. Hij spreekt van \"een zware klap voor "
        "iedereen\".\n"), "nl")
    assert nl["een zware klap voor iedereen"] == "Tom Bakker"


def test_english_speakers_named_in_an_apposition_after_the_quotation(tmp_path):
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "“We will search all night,” the navy spokesman, Lt. Mark Reyes, told reporters.\n\n"
        "“The sea is too rough for small boats,” Sutrisno, head of the local rescue office, told "
        "AFP.\n\n"
        "The news agency Pacific Wire reported the figures. Dana Ortiz, a spokeswoman for the "
        "port, spoke to the agency. “The ferry left without clearance,” she said.\n"), "en")
    assert quotes["We will search all night"].endswith("Mark Reyes")
    assert quotes["The sea is too rough for small boats"] == "Sutrisno"
    assert quotes["The ferry left without clearance"] == "Dana Ortiz"  # not the agency


def test_speakers_inside_dashes_after_clitics_and_in_appositions(tmp_path):
    it = _quotes(tmp_path / "it", (
        "Prova\n\n"
        "«Abbiamo lavorato tutta la notte – spiega il comandante Luca Ferri – e continueremo».\n\n"
        "«Il fiume sta ancora salendo». Lo ha detto il sindaco Marco Rossi.\n"), "it")
    # the attribution between the dashes is not the speaker's words (trial 26): the words
    # before and after it are two quotations, as an English one broken by "said X" is
    assert it["Abbiamo lavorato tutta la notte"].endswith("Luca Ferri")
    assert it["e continueremo"].endswith("Luca Ferri")
    assert not any("spiega" in words for words in it)
    assert it["Il fiume sta ancora salendo"].endswith("Marco Rossi")  # not "Lo"
    es = _quotes(tmp_path / "es", (
        "Prueba\n\n"
        "“La situación es crítica ahora —dijo el alcalde José Pérez—, pero saldremos "
        "adelante”.\n\n"
        "“El agua sigue subiendo”, afirmó el jefe de bomberos, Luis Mora.\n\n"
        "Según la alcaldesa Ana Gómez, “no queda nada del barrio”.\n"), "es")
    assert es["La situación es crítica ahora"].endswith("José Pérez")
    assert es["pero saldremos adelante"].endswith("José Pérez")
    assert es["El agua sigue subiendo"] == "Luis Mora"  # not "el jefe de bomberos"
    assert es["no queda nada del barrio"].endswith("Ana Gómez")
    fr = _quotes(tmp_path / "fr", (
        "Essai\n\n"
        "Pour le maire Jean Dupont, « la situation reste critique ».\n\n"
        "Selon les pompiers, le bateau, ce que les marins appellent un « géant flottant », "
        "a coulé.\n"), "fr")
    assert fr["la situation reste critique"].endswith("Jean Dupont")
    assert "géant flottant" not in fr  # a term, not the words of "les pompiers"
    en = _quotes(tmp_path / "en", (
        "Fire test\n\n"
        "“We lost everything,” resident Mary Jones, 54, said through tears.\n\n"
        "“We are still searching,” according to fire chief Tom Brown.\n"), "en")
    assert en["We lost everything"] == "Mary Jones"
    assert en["We are still searching"].endswith("Tom Brown")


def test_speakers_after_a_parenthetical_verb_an_addressee_or_an_acronym(tmp_path):
    it = _quotes(tmp_path / "it", (
        "Prova\n\n"
        "Il ministro Paolo Neri ha parlato alla Camera. Il bollettino, ha aggiunto, "
        "«prevedeva piogge molto forti su tutta la regione».\n\n"
        "«Le frane continueranno per giorni», aggiunge a Radio Uno.\n\n"
        "Le persone evacuate sono «soprattutto anziani - ha continuato - e famiglie con "
        "bambini».\n"), "it")
    assert it["prevedeva piogge molto forti su tutta la regione"] == "Paolo Neri"
    assert it["Le frane continueranno per giorni"] == "Paolo Neri"  # said to Radio Uno
    # the verb between the dashes is the writer's, not the minister's (trial 26)
    assert it["soprattutto anziani"] == it["e famiglie con bambini"] == "Paolo Neri"
    es = _quotes(tmp_path / "es", (
        "Prueba\n\n"
        "Luis Mena, director de la Oficina Nacional de Emergencias, ONEMI, dijo que el fuego "
        "“avanza hacia el norte sin control”.\n"), "es")
    assert es["avanza hacia el norte sin control"] == "Luis Mena"  # not the acronym


def test_a_news_agency_is_not_who_he_is(tmp_path):
    quotes = _quotes(tmp_path, (
        "Ferry test\n\n"
        "Port official Rina Sari gave the toll on Sunday. Agence France-Presse reported that "
        "the search went on overnight. “The sea is still too rough,” she said.\n"), "en")
    assert quotes["The sea is still too rough"] == "Rina Sari"


def test_polish_and_czech_dialogue_dashes_are_quotations(tmp_path):
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "Strażacy dotarli na miejsce po północy. - W piwnicy znaleźliśmy dwie osoby. Obie "
        "trafiły do szpitala - dodał Adam Nowak.\n\n"
        "— Pracowaliśmy całą noc bez przerwy — mówił.\n"), "pl")
    assert pl["W piwnicy znaleźliśmy dwie osoby. Obie trafiły do szpitala"] == "Adam Nowak"
    assert pl["Pracowaliśmy całą noc bez przerwy"] == "Adam Nowak"  # the person named last
    en = _quotes(tmp_path / "en", "Test\n\nThe rescue - said officials - went on all night.\n",
                 "en")
    assert not en  # English copy does not quote with dashes


def test_french_inverted_pronoun_and_a_clause_that_introduces_the_next_quotation(tmp_path):
    fr = _quotes(tmp_path, (
        "Essai\n\n"
        "Le maire Paul Girard est arrivé sur place vers minuit. « Nous avons vu deux départs de "
        "feu », a-t-il confirmé sur la radio, ajoutant : « le feu était criminel ».\n"),
        "fr")
    assert fr["Nous avons vu deux départs de feu"] == "Paul Girard"
    assert fr["le feu était criminel"] == "Paul Girard"


def test_speakers_after_a_role_initials_an_age_or_an_outlet(tmp_path):
    en = _quotes(tmp_path / "en", (
        "Coach test\n\n"
        "\"The coach started to shake,\" said choir member Dana Whitlow, who sat at the back. "
        "\"We will rebuild the hall,\" said the mayor.\n\n"
        "\"Nobody wants to ride a coach today,\" hospital chaplain T.J. Marsh said.\n\n"
        "Owen Pike, 52, left his house at dawn as the water rose.\n\n"
        "\"When the river roars, you go,\" he said.\n\n"
        "\"The levee held,\" said in a statement the county.\n"), "en")
    assert en["The coach started to shake"] == "Dana Whitlow"  # not "choir member Dana Whitlow"
    assert en["We will rebuild the hall"] == "the mayor"
    assert en["Nobody wants to ride a coach today"].endswith("T.J. Marsh")
    assert en["When the river roars, you go"] == "Owen Pike"  # a name with its age is a person
    assert "county" not in en.get("The levee held", "")  # "said in …": no subject after it
    pt = _quotes(tmp_path / "pt", (
        "Teste\n\n"
        "\"Temos 40 pessoas internadas\", declarou Rui Lopes, comandante da polícia.\n\n"
        "\"Ouvimos uma explosão enorme\", declarou à AFP Marta Sousa, que mora perto.\n\n"
        "\"O prédio tremeu todo\", contou.\n\n"
        "\"Foi assustador\", disse à Rádio Nova.\n"), "pt")
    assert pt["Ouvimos uma explosão enorme"] == "Marta Sousa"  # said to AFP, by Marta Sousa
    assert pt["O prédio tremeu todo"] == "Marta Sousa"
    assert pt["Foi assustador"] == "Marta Sousa"  # said to Rádio Nova: no name of its own


def test_a_role_of_a_place_and_a_polish_paragraph_that_opens_on_the_quotation(tmp_path):
    it = _quotes(tmp_path / "it", (
        "Prova\n\n"
        "Il presidente della Provincia, Marco Gallo, ha parlato di danni enormi. Il presidente "
        "della provincia di Valdo ha aggiunto che « il numero degli sfollati crescerà ».\n"), "it")
    assert it["il numero degli sfollati crescerà"] == "Marco Gallo"  # not "Valdo"
    pl = _quotes(tmp_path / "pl", (
        "Test\n\n"
        "Otwieraliśmy drzwi wagonów, żeby ludzie mogli uciec - mówił pan Jan Wrona, który "
        "mieszka obok.\n\n"
        "Pociąg jechał z Gdyni do Krakowa i wykoleił się na łuku.\n"), "pl")
    assert [v for k, v in pl.items() if k.startswith("Otwieraliśmy drzwi")] == ["Jan Wrona"]
    assert not any(q.startswith("Pociąg jechał") for q in pl)


def test_a_name_never_runs_across_a_paragraph_break():
    from generator.text.names import TITLED_NAME_RUN
    runs = [m.group(0) for m in TITLED_NAME_RUN.finditer(
        "Trois morts à Valmont\n\nA Valmont, le feu a pris.")]
    assert "Valmont\n\nA Valmont" not in runs and "Valmont" in runs
    assert [m.group(0) for m in TITLED_NAME_RUN.finditer("said Col. Ryan\nDillon.")] == [
        "Col. Ryan\nDillon"]  # a line wrapped inside a paragraph is no break


def test_a_quotation_with_no_speaker_carries_on_the_statement_before_it(tmp_path):
    en = _quotes(tmp_path / "en", (
        "Flood test\n\n"
        "“We have pumped water for nine days,” said Tom Berry, a spokesman for the agency.\n\n"
        "“Three of the pumps have failed since noon,” he told reporters.\n\n"
        "“The night shift will stay until the water drops.”\n\n"
        "The rain started in May and did not stop for weeks.\n\n"
        "“Nobody has seen anything like this in the valley.”\n\n"
        "Ann Lowe spoke first. “The road is gone,” she said.\n\n"
        "“The bridge went too,” a neighbour added, pointing at the river bank.\n"), "en")
    assert en["The night shift will stay until the water drops"] == "Tom Berry"
    # a quotation after a paragraph of narration: nothing says whose it is
    assert en["Nobody has seen anything like this in the valley"] == ""
    # a paragraph with its own attribution keeps it
    assert en["The bridge went too"] != "Ann Lowe"
    pt = _quotes(tmp_path / "pt", (
        "Teste\n\n"
        "O tenente Rui Sales falou aos jornalistas na praça.\n\n"
        "“A escada dos fundos estava bloqueada”, disse. “Pedimos que ninguém volte aos "
        "apartamentos ainda.”\n"), "pt")
    assert pt["A escada dos fundos estava bloqueada"] == "Rui Sales"
    assert [v for k, v in pt.items() if k.startswith("Pedimos que")] == ["Rui Sales"]


def _figure_labels(tmp_path: Path, pages: dict[str, tuple[str, str]]) -> dict[str, set[str]]:
    """label -> articles of each proposed figure, for invented pages (id: (language, text))."""
    project = copy_example(tmp_path / "sev")
    articles = project / "content" / "articles"
    for stem, (lang, text) in pages.items():
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
        (articles / f"{stem}.yaml").write_text(
            f"outlet: levant-wire\npublished: 2023-09-12T12:00:00+02:00\nlanguage: {lang}\n",
            encoding="utf-8")
    problems = Problems(project / "content")
    content = load(project / "content", problems)
    draft = extract(content, list(pages), skip_curated=False)
    return {p.label.split(" (")[0]: {r.article for r in p.reports} for p in draft.figures}


def test_the_lightly_and_the_badly_hurt_are_two_figures(tmp_path):
    labels = _figure_labels(tmp_path, {
        "sev-it": ("it", "Prova\n\nNel crollo della passerella tra i feriti due sono in "
                         "condizioni critiche, cinque in condizioni lievi.\n"),
        "sev-de": ("de", "Test\n\nBeim Einsturz der Brücke wurden fünf Menschen schwer "
                         "verletzt, vier Verletzte seien in kritischem Zustand.\n"),
    })
    assert labels["Number of lightly injured"] == {"sev-it"}
    assert labels["Number of seriously injured"] == {"sev-de"}
    assert labels["Number of critically injured"] == {"sev-it", "sev-de"}


def test_a_toll_is_proposed_as_a_running_count(tmp_path):
    project = copy_example(tmp_path / "run")
    articles = project / "content" / "articles"
    (articles / "toll-a.txt").write_text(
        "Test\n\nThe footbridge collapse killed 12 people and injured 30, officials said.\n",
        encoding="utf-8")
    (articles / "toll-a.yaml").write_text(
        "outlet: levant-wire\npublished: 2023-09-12T12:00:00+02:00\nlanguage: en\n",
        encoding="utf-8")
    problems = Problems(project / "content")
    content = load(project / "content", problems)
    draft = extract(content, ["toll-a"], skip_curated=False)
    kinds = {p.reports[0].value: p.kind for p in draft.figures}
    assert kinds == {12: "running", 30: "running"}
    assert "    kind: running\n" in draft_yaml(draft)


def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it():
    found = names_in("Like Varo, most neighbours stayed home. According to Ina Brel the line was "
                     "old. Unlike Kessar, the town kept its tram. Many Ostralians came.")
    assert found == ["Varo", "Ina Brel", "Kessar", "Ostralians"]


def test_an_event_dated_by_a_weekday_in_another_language():
    for text, lang in [("Die Brücke ist am Dienstagabend eingestürzt.", "de"),
                       ("La passerelle s'est effondrée mardi soir.", "fr"),
                       ("La passerella è crollata martedì pomeriggio.", "it"),
                       ("O viaduto desabou nesta terça-feira (29).", "pt"),
                       ("El puente se derrumbó el martes por la tarde.", "es")]:
        found = dates_in(Sentence(text=text, start=0, end=len(text), paragraph=0),
                         date(2017, 8, 30), lang)
        assert [(m.kind, m.date.first) for m in found] == [("weekday", date(2017, 8, 29))], text
    # "segunda" (second) and a bare "Domingo" (a name) date nothing
    text = "Pela segunda vez, Domingo Reis falou aos moradores."
    assert dates_in(Sentence(text=text, start=0, end=len(text), paragraph=0),
                    date(2017, 8, 30), "pt") == []


def test_an_attribution_between_dashes_is_cut_out_of_the_quotation(tmp_path):
    """Trial 26: "“… – ha detto X -. …”" kept the attribution inside the quotation's words,
    so the quotes page compared an outlet's words with its own attribution in them."""
    it = _quotes(tmp_path / "it", (
        "Prova\n\n"
        "“Chi ha sbagliato ha un nome e un cognome – ha detto Bertoli -. Deve pagare, e subito”."
        "\n"), "it")
    assert it == {"Chi ha sbagliato ha un nome e un cognome": "Bertoli",
                  "Deve pagare, e subito": "Bertoli"}
    es = _quotes(tmp_path / "es", (
        "Prueba\n\n«Todo fue muy rápido —dijo—, no pudimos hacer nada», contó la vecina Ana "
        "Ruiz.\n"), "es")
    assert set(es) == {"Todo fue muy rápido", "no pudimos hacer nada"}

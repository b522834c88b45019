"""The lead's mends of the thirtieth stop (trial 34: a shooting at a university, reported in
five languages, its toll corrected downwards within hours, the gunman's earlier killings
recalled), on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

from datetime import date

import pytest

from generator.check.off_event import judge_pages
from generator.content.headline_address import url_headline
from generator.extract.counts.counted import severity, severity_before
from generator.extract.dates import dates_in
from generator.extract.speakers.attribution import attribution
from generator.text.agencies import credited
from generator.text.sentences import Sentence
from generator.text.written_dates import days_written
from tests.conftest import (
    check_with_pages,
    checked_pages,
    copy_example,
    draft_of_pages,
    loaded_pages,
    quote_speakers,
)
from tests.conservation import read, rules, story
from tests.probes import figures, sentence

# --- a day of another language's month is a date (none was ever proposed: trial 34)

FRIDAY = date(2032, 1, 9)


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    found = dates_in(Sentence(0, len(text), text, 0), FRIDAY, lang)
    return [(m.expression, m.date.first.isoformat()) for m in found]


@pytest.mark.parametrize(("text", "lang", "expression", "day"), [
    ("Der Student hatte am 21. Dezember in der Aula das Feuer eröffnet.", "de",
     "21. Dezember", "2031-12-21"),
    ("Die Schule bleibt seit dem Angriff am 3. Jänner geschlossen.", "de",
     "3. Jänner", "2032-01-03"),
    ("Des tirs ont éclaté dans la faculté le 21 décembre au matin.", "fr",
     "21 décembre", "2031-12-21"),
    ("Un étudiant a ouvert le feu le jeudi 1er janvier dans la faculté.", "fr",
     "le jeudi 1er janvier", "2032-01-01"),
    ("El ayuntamiento fijó el 23 de diciembre de 2031 como día de duelo local.", "es",
     "23 de diciembre de 2031", "2031-12-23"),
    ("La sparatoria è avvenuta il 21 dicembre nella facoltà di Lettere.", "it",
     "21 dicembre", "2031-12-21"),
    ("O ataque aconteceu na quinta-feira, 18 de dezembro, na faculdade.", "pt",
     "na quinta-feira, 18 de dezembro", "2031-12-18"),
])
def test_a_day_of_another_languages_month_is_a_date(text, lang, expression, day):
    assert (expression, day) in _dates(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Feuerwehr rückte mit 21 Mann und 4 Maischläuchen aus.", "de"),
    ("Le club compte 21 marsouins et 30 maires adjoints.", "fr"),
    ("La policía detuvo a 23 de los 40 sospechosos.", "es"),
])
def test_a_count_before_a_word_like_a_month_is_no_date(text, lang):
    assert _dates(text, lang) == []


def test_a_dated_sentence_of_another_language_is_proposed_as_an_event(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {
        "aula-de": ("de", "https://one.example.org/a\nSchüsse in der Aula\n\nEin Student hatte "
                          "am 21. Dezember in der Aula in Norvik das Feuer eröffnet.\n"),
        "luto-es": ("es", "https://two.example.org/b\nDuelo en Norvik\n\nEl ayuntamiento "
                          "fijó el 23 de diciembre como día de duelo en Norvik.\n"),
    }, published="2032-01-09T12:00:00+01:00")
    events = {e.title: e.date.iso() for e in draft.events}
    assert events.get("Ein Student hatte in der Aula in Norvik das Feuer eröffnet.") \
        == "2031-12-21", events
    # the day's article goes with it: no "fijó el como"
    assert events.get("El ayuntamiento fijó como día de duelo en Norvik.") \
        == "2031-12-23", events


# --- a degree of hurt qualifying the noun of severity, and an adverb of hurt before the number
# (trial 34: "de gravedad leve" read as seriously hurt and grouped with the seriously hurt)


@pytest.mark.parametrize(("after", "lang", "level"), [
    (" heridos presentan lesiones de gravedad moderada, según el hospital.", "es", "moderate"),
    (" de gravedad leve, según el hospital.", "es", "light"),
    (" blessés dans un état de gravité modérée.", "fr", "moderate"),
    (" Menschen wurden mittelschwer verletzt.", "de", "moderate"),
    (" people were moderately injured, the hospital said.", "en", "moderate"),
])
def test_a_degree_of_hurt_names_its_level(after, lang, level):
    assert severity(after, lang) == level


@pytest.mark.parametrize(("after", "lang", "level"), [
    (" heridos de gravedad, según el hospital.", "es", "serious"),
    (" blessés graves et trois légers.", "fr", "serious"),
    (" Menschen wurden schwer verletzt.", "de", "serious"),
])
def test_a_level_of_hurt_alone_stays(after, lang, level):
    assert severity(after, lang) == level


@pytest.mark.parametrize(("before", "level"), [
    ("Según el hospital, el atacante hirió gravemente a ", "serious"),
    ("Il conducente ha ferito gravemente ", "serious"),
    ("O atirador feriu gravemente ", "serious"),
])
def test_an_adverb_of_hurt_before_the_number(before, level):
    assert severity_before(before) == level


@pytest.mark.parametrize("before", ["El atacante hirió a ", "The gunman finally shot ",
                                    "La police a rapidement évacué "])
def test_no_adverb_of_hurt_before_the_number(before):
    assert severity_before(before) is None


def test_lightly_and_seriously_hurt_are_two_figures(tmp_path):
    draft = draft_of_pages(tmp_path / "p", {
        "levels-es": ("es", "https://one.example.org/a\nHeridos en Norvik\n\nEl atacante hirió "
                            "gravemente a siete personas, mientras que otras doce tienen heridas "
                            "de gravedad leve.\n"),
        "levels-de": ("de", "https://two.example.org/b\nVerletzte in Norvik\n\nDer Angreifer "
                            "verletzte 19 Menschen, sieben davon schwer.\n"),
    })
    labels = {f.label for f in draft.figures}
    assert "Number of lightly injured (12)" in labels, labels
    assert not any("seriously" in label and "12" in label for label in labels), labels


# --- killed on purpose is dead (trial 34: "having murdered two people" counted people)


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Police believe the attacker had murdered two hikers near Varn.", "en", 2),
    ("Der Täter soll zuvor zwei Spaziergänger ermordet haben.", "de", 2),
    ("Un homme a assassiné trois passants près de la gare.", "fr", 3),
    ("Fueron asesinadas cuatro personas en el barrio de Norvik.", "es", 4),
    ("Sono stati assassinati cinque agenti a Varn.", "it", 5),
    ("Três pessoas foram assassinadas na cidade.", "pt", 3),
])
def test_the_murdered_are_the_dead(text, lang, value):
    assert (value, "dead") in figures(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The murderer of two hikers was caught near Varn.", "en"),
    ("L'assassin de trois passants a été arrêté.", "fr"),
])
def test_the_murderer_is_no_toll(text, lang):
    assert not any(group == "dead" for _v, group in figures(text, lang))


# --- "according to preliminary data" is a hedge, no source (trial 34 credited a toll to
# "datos preliminares")


def _credited(text: str, lang: str) -> str | None:
    found = attribution(sentence(text), near=text.index("15"), lang=lang)
    return found.who if found else None


@pytest.mark.parametrize(("text", "lang"), [
    ("Según datos preliminares, en Norvik fallecieron 15 vecinos.", "es"),
    ("Selon les premières estimations, 15 personnes sont mortes à Norvik.", "fr"),
    ("Secondo dati preliminari, 15 persone sono morte a Norvik.", "it"),
    ("Ersten Angaben zufolge starben 15 Menschen in Norvik.", "de"),
    ("Segundo dados preliminares, 15 pessoas morreram em Norvik.", "pt"),
    ("According to initial reports, 15 people died in Norvik.", "en"),
])
def test_preliminary_data_name_no_source(text, lang):
    assert _credited(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Según datos de la policía, 15 personas murieron en Norvik.", "es", "datos de la policía"),
    ("Selon les pompiers, 15 personnes sont mortes à Norvik.", "fr", "les pompiers"),
    ("According to preliminary figures, 15 people died in Norvik, police said.", "en", "police"),
    ("According to figures from the ministry, 15 people died.", "en",
     "figures from the ministry"),
])
def test_data_of_someone_or_a_speaker_beside_stays_the_source(text, lang, who):
    assert _credited(text, lang) == who


# --- a quotation credited by an office and a name, with no verb (trial 34: a president's
# words given to the premier quoted after her)


@pytest.mark.parametrize(("lang", "text", "said", "who"), [
    ("it", "'Scossa dalla violenza cieca' la presidente della Commissione Ada Rinaldi. 'Il "
           "paese deve reagire', ha detto la premier Carla Bruni.",
     "Scossa dalla violenza cieca", "Ada Rinaldi"),
    ("es", "«Estamos conmocionados por la violencia», el presidente del Gobierno, Pedro Ruiz. "
           "«Hay que reforzar todo», dijo la ministra Ana Gil.",
     "Estamos conmocionados por la violencia", "Pedro Ruiz"),
    ("fr", "« Nous sommes sous le choc », le maire de Norvik, Paul Durand. « Il faut tout "
           "renforcer », a déclaré la ministre Anne Roy.", "Nous sommes sous le choc",
     "Paul Durand"),
])
def test_an_office_and_a_name_after_a_quotation_credit_it(tmp_path, lang, text, said, who):
    speakers = quote_speakers(tmp_path / "p", f"https://x.example.org/a\nNorvik\n\n{text}\n",
                              lang)
    assert who in speakers[said], speakers


@pytest.mark.parametrize(("lang", "text", "said", "narration"), [
    ("fr", "« Nous sommes sous le choc », le maire a ensuite quitté la mairie de Norvik. « Il "
           "faut tout renforcer », a déclaré la ministre Anne Roy.", "Nous sommes sous le choc",
     "quitté"),
    ("it", "'Siamo sotto choc' il presidente ha poi lasciato Roma con Ada Rinaldi. 'Il paese "
           "deve reagire', ha detto la premier Carla Bruni.", "Siamo sotto choc", "lasciato"),
])
def test_a_clause_after_an_office_is_no_credit(tmp_path, lang, text, said, narration):
    speakers = quote_speakers(tmp_path / "p", f"https://x.example.org/a\nNorvik\n\n{text}\n",
                              lang)
    assert narration not in speakers.get(said, ""), speakers


# --- one statement cited in two languages: a translation, not a changed statement, and one
# body described in two languages is one speaker (trial 33's false "different speakers")

_TWO_LANGUAGES_FACTS = """quotes:
  - id: close-to-families
    label: "Close to the families"
    reports:
      - article: wire-en
        speaker: "{en}"
        text: "We are close to every family"
      - article: wire-es
        speaker: "{es}"
        text: "Estamos cerca de cada familia"
"""


def _statement(tmp_path, en: str, es: str):
    from generator.analyse.analysis import analyse

    checked = checked_pages(tmp_path, _TWO_LANGUAGES_FACTS.format(en=en, es=es), {
        "wire-en": ("en", f"{en} said: \"We are close to every family\"."),
        "wire-es": ("es", f"{es} dijo: «Estamos cerca de cada familia»."),
    }, "Poisoning in Tarvik")
    return next(q for q in analyse(checked).quotes if q.quote.id == "close-to-families")


def test_one_body_in_two_languages_is_one_speaker_and_its_words_a_translation(tmp_path):
    quote = _statement(tmp_path, "The Danish government", "El gobierno danés")
    assert not quote.speaker_differs
    assert not quote.wording_differs
    assert quote.renderings[1].translated
    assert all(piece.op == "same" for piece in quote.renderings[1].diff)


def test_two_people_named_in_two_languages_stay_two_speakers(tmp_path):
    quote = _statement(tmp_path, "Minister Ana Lund", "el ministro Piet Berg")
    assert quote.speaker_differs


# --- text garbled before it was saved is warned of, with its line and the reading a repair
# gives (trial 33: a French page's accents read as Windows-1250 passed silently)


@pytest.mark.parametrize(("story", "word", "reading"), [
    ("Les mĂ©decins de Tarvik ont soignĂ© douze randonneurs, selon l'hĂ´pital.",
     "mĂ©decins", "médecins"),
    ("Die BehÃ¶rden in Tarvik warnen vor gepanschtem Alkohol, sagte der BÃ¼rgermeister.",
     "BehÃ¶rden", "Behörden"),
    ("El aÃ±o pasado murieron tres turistas en Tarvik por el metanol, segÃºn la policÃ­a.",
     "aÃ±o", "año"),
])
def test_garbled_text_is_warned_of_with_its_line(tmp_path, story, word, reading):
    proc = check_with_pages(tmp_path / "p", {
        "garbled-page": f"https://one.example.org/a\nTarvik\n\nA clean first line.\n\n{story}\n"})
    assert f"garbled-page.txt:6:1: warning: garbled text: {word!r} (it reads as {reading!r})" \
        in proc.stderr, proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize("story", [
    "Ștefan Popescu a spus că șapte persoane au murit în Brașov.",
    "W Łodzi i w Gdańsku zginęło pięć osób, podała straż pożarna.",
    "Střelec pocházel z obce Hostouň, uvedla policie v Praze.",
    "İstanbul'da yangında üç kişi öldü, dedi vali.",
    "Les pompiers ont évacué l'hôtel « Château » à Noël ; « c'était très dur », dit-il.",
])
def test_the_rare_letters_of_a_language_are_not_garbled(tmp_path, story):
    proc = check_with_pages(tmp_path / "p", {
        "clean-page": f"https://one.example.org/a\nTarvik\n\n{story}\n"})
    assert "garbled" not in proc.stderr, proc.stderr


# --- the event's first day as its reports state it (trial 33: the earliest report, two days
# before the others, flagged as "days before the event" they date to the 12th)


@pytest.mark.parametrize(("text", "lang"), [
    ("Les premiers symptômes sont apparus le 12 novembre à Tarvik.", "fr"),
    ("Am 12. November erkrankten die ersten Wanderer in Tarvik.", "de"),
    ("The first hikers fell ill in Tarvik on Nov. 12, doctors said.", "en"),
    ("Los primeros síntomas aparecieron el 12 de noviembre en Tarvik.", "es"),
])
def test_a_day_of_the_month_written_without_its_year(text, lang):
    assert days_written(text, lang, date(2031, 11, 19)) == [date(2031, 11, 12)]


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("On 12 November 2030 a hostel burnt down in Tarvik.", "en", []),  # its year written
    ("L'homme, âgé de 21 ans, est mort.", "fr", []),
    ("Am 28. Dezember wurde die Herberge geschlossen.", "de", [date(2030, 12, 28)]),
])
def test_a_day_written_with_its_year_or_no_day_at_all(text, lang, days):
    assert days_written(text, lang, date(2031, 11, 19)) == days


def _outbreak_pages(stated: bool) -> list[tuple[str, str, str, str]]:
    day_en = " The first of them fell ill on 12 November, doctors in Tarvik said." if stated \
        else " Doctors in Tarvik said more are ill."
    day_fr = " Les premiers symptômes sont apparus le 12 novembre, selon les médecins de " \
        "Tarvik." if stated else " Selon les médecins de Tarvik, d'autres sont malades."
    return [
        ("r1", "en", "2031-11-21", "Six hikers died of methanol poisoning in Tarvik, Iceland, "
         "after drinking at the Fjord hostel." + day_en),
        ("r2", "fr", "2031-11-22", "Six randonneurs sont morts à Tarvik, en Islande, "
         "empoisonnés au méthanol à l'auberge Fjord." + day_fr),
        ("r3", "en", "2031-11-24", "Police in Tarvik questioned the manager of the Fjord hostel "
         "after six hikers died of methanol poisoning."),
        ("r4", "de", "2031-11-27", "In Tarvik sind sechs Wanderer an einer Methanolvergiftung "
         "gestorben; die Polizei befragte den Leiter der Herberge Fjord."),
        ("early", "nl", "2031-11-19", "Twee Nederlandse toeristen zijn in IJsland overleden na "
         "een mogelijke vergiftiging. Volgens het Ministerie van Buitenlandse Zaken in Den Haag "
         "worden de families bijgestaan door de ambassade in Reykjavik."),
    ]


def test_the_earliest_report_of_days_the_others_state_is_no_other_events(tmp_path):
    verdicts = judge_pages(loaded_pages(tmp_path, "Methanol in Tarvik", _outbreak_pages(True)))
    assert not [v.article for v in verdicts if v.sure], [v.text for v in verdicts]


def test_an_early_page_of_days_no_report_states_stays_flagged(tmp_path):
    verdicts = judge_pages(loaded_pages(tmp_path, "Methanol in Tarvik", _outbreak_pages(False)))
    assert "early" in {v.article for v in verdicts if v.sure}, [v.text for v in verdicts]


# --- a common noun of two languages is no name to list, and a hint on an article says where
# (trials 33 and 34: "Police"/"Policía", "Methanol"/"Metanol" hinted, with no line)


def test_a_common_noun_in_two_languages_is_no_spelling_hint_and_a_name_is_pointed_at(tmp_path):
    proc = check_with_pages(tmp_path / "p", {
        "gas-en": "https://one.example.org/a\nGas in Tarvik\n\nPolice sealed the hostel in "
                  "Tarvik on Monday. Methanol was in the drinks: the methanol came from a still, "
                  "the police said.\n",
        "gas-es": "https://two.example.org/b\nGas en Tarvik\n\nPolicía y bomberos cerraron el "
                  "albergue de Torvik el lunes. Metanol, dijo la policía, había en las bebidas.\n",
    })
    hints = [line for line in proc.stderr.splitlines() if "look like spellings" in line]
    assert not any("Polic" in h or "anol" in h for h in hints), hints
    assert any((h.startswith("content/articles/gas-es.txt:4:") and "'Torvik'" in h)
               or (h.startswith("content/articles/gas-en.txt:4:") and "'Tarvik'" in h)
               for h in hints), hints


# --- a record cited only from a page judged to be about another event: the draft proposes it
# (marked OFF-EVENT) and `check` passes it, so the build must show it, not stop (trial 34:
# "template error … tuple object has no element 0" on the coverage page)

_ELSEWHERE = """Gunman kills six at a clinic in Varnholt

A gunman killed six people in a clinic waiting room in Varnholt on Tuesday morning before fleeing
in a car, police in Varnholt said. Officers of the Ostmark regional police tracked him down near
Kelby, where he shot himself. Doctors at the Varnholt clinic treated two more patients.
"""


def test_a_figure_cited_only_from_another_events_page_is_shown(tmp_path):
    from generator.site.pipeline import generate

    project = copy_example(tmp_path / "p")
    content = project / "content"
    with (content / "outlets.yaml").open("a", encoding="utf-8") as f:
        f.write("\n  - id: ostmark-herald\n    name: Ostmark Herald\n")
    (content / "articles" / "clinic-shooting.txt").write_text(_ELSEWHERE, encoding="utf-8")
    (content / "articles" / "clinic-shooting.yaml").write_text(
        "outlet: ostmark-herald\npublished: 2013-06-11T09:00:00+02:00\n", encoding="utf-8")
    with (content / "facts" / "figures.yaml").open("a", encoding="utf-8") as f:
        f.write('\n  - id: clinic-dead\n    label: Dead at the clinic\n    unit: dead\n'
                '    reports:\n      - article: clinic-shooting\n        value: 6\n'
                '        quote: "A gunman killed six people in a clinic waiting room"\n')
    pages = generate(content).rendered.pages
    line = next(x for x in pages["comparison/coverage.md"].splitlines()
                if "clinic-dead" in x and x.startswith("- "))
    assert "cited only from articles judged to be about another event" in line, line
    # and the near miss is no source of the event (the example's five pages are four)
    assert "6 articles from 6 outlets, 4 independent sources of the event (1 about another " \
        "event)" in pages["index.md"], pages["index.md"][:2000]


# --- a headline made of the address: a short id opening the slug and a word cut at its end are
# the site's, not the title's (trial 34: "118 keine lehre … bleibt p")


@pytest.mark.parametrize(("url", "story", "headline"), [
    ("https://a.example.org/haber/118-keine-lehre-bis-mai-nach-angriff-bleibt-p",
     "Die Fakultät in Varn bleibt geschlossen.", "Keine lehre bis mai nach angriff bleibt"),
    ("https://b.example.org/nota/4521-cierran-la-facultad-tras-el-tiroteo-de-varn",
     "La facultad de Varn sigue cerrada.", "Cierran la facultad tras el tiroteo de Varn"),
    ("https://c.example.org/article/907-la-faculte-de-varn-reste-ferme",
     "La faculté de Varn reste fermée.", "La faculté de Varn reste ferme"),
])
def test_a_sites_id_and_a_cut_word_leave_an_address_headline(url, story, headline):
    assert url_headline(url, story) == headline


@pytest.mark.parametrize(("url", "story", "headline"), [
    ("https://a.example.org/news/150-dead-in-ferry-fire-off-varn",
     "At least 150 people died off Varn.", "150 dead in ferry fire off Varn"),
    ("https://b.example.org/noticias/203-muertos-en-el-incendio-de-varn",
     "Al menos 203 personas murieron en Varn.", "203 muertos en el incendio de Varn"),
])
def test_a_number_the_story_writes_stays(url, story, headline):
    assert url_headline(url, story) == headline


# --- a date glued to the title's last letter is the page's date, not the title's (trial 33)


@pytest.mark.parametrize(("language", "title", "date_text", "body"), [
    ("en", "Government warns after deaths in Tarvik: poisoning suspected", "12 March 2031",
     "Two hikers died in Tarvik after drinking at a hostel, the ministry said on Monday."),
    ("de", "Regierung warnt nach Todesfällen in Tarvik: Vergiftung vermutet", "12. März 2031",
     "Zwei Wanderer starben in Tarvik nach einem Abend in einer Herberge, sagte das Ministerium."),
    ("fr", "Le gouvernement alerte après des décès à Tarvik : empoisonnement soupçonné",
     "12 mars 2031", "Deux randonneurs sont morts à Tarvik après une soirée dans une auberge."),
])
def test_a_date_glued_to_the_title_is_the_pages_date(language, title, date_text, body):
    c = read(f"{title}{date_text}\n\n{body}\n\n{body}\n", language=language)
    assert rules(c).get(date_text) == "glued-date", rules(c)
    assert story(c)[0] == title, story(c)  # the title whole, its date apart
    # the neighbour: a sentence ending on a date, a space before it, stays whole
    sentence = f"The hostel in Tarvik closed on {date_text}"
    c = read(f"{title}\n\n{sentence}\n\n{body}\n", language=language)
    assert sentence in story(c), story(c)


# --- a byline closing on its agency credits the story to it (trial 33: "rédigé par la rédaction
# avec AFP" read only as the author, and AFP's copies counted as separate sources)


@pytest.mark.parametrize(("line", "wire"), [
    ("Article rédigé par la rédaction avec AFP", "AFP"),
    ("By Jane Roe with AP", "AP"),
    ("Von Ina Berg mit dpa", "dpa"),
    ("Redacción con EFE", "EFE"),
])
def test_a_byline_with_its_agency_credits_the_story(line, wire):
    assert credited("", "", [line], "The story's one sentence.") == (wire, "byline")


@pytest.mark.parametrize("line", [
    "The minister said so in an interview with AFP.",
    "Jean Roux a travaillé dix ans avec l'AFP à Tarvik, puis a rejoint la radio locale.",
])
def test_a_sentence_ending_on_an_agency_is_no_byline(line):
    assert credited("", "", [line], "The story's one sentence.") is None


# --- ages in an aside closed by a dash are ages (trial 33: "both Swedish, 24 and 26 –" read
# as a toll of 26)


@pytest.mark.parametrize(("text", "lang"), [
    ("Two walkers – both from Norland, 31 and 35 – died in the clinic.", "en"),
    ("Dos senderistas – ambos de Norlandia, 31 y 35 – murieron en la clínica.", "es"),
    ("Zwei Wanderer – beide aus Norland, 31 und 35 – starben in der Klinik.", "de"),
])
def test_ages_in_an_aside_closed_by_a_dash(text, lang):
    assert figures(text, lang) == [(2, "dead")]


def test_counts_in_a_dashed_aside_of_places_stay():
    found = figures("The toll rose to 40 – 12 and 28 in two villages – officials said.", "en")
    assert (12, "dead") in found and (28, "dead") in found

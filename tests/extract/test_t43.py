"""Trial 43's mends (a hostage-taking in a café, read in five languages: a lone gunman, a
standoff of sixteen hours, hostages who escaped, a police assault, two hostages and the gunman
dead), on invented sentences, each beside a neighbour whose reading must stay."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import dates_in
from generator.text.quantities.reader import read as read_numbers
from tests.conftest import draft_of_pages, quote_speakers
from tests.conservation import read, story
from tests.probes import figures, sentence


def _values(root, text: str, lang: str = "en") -> list[tuple[float, str]]:
    draft = draft_of_pages(root, {"bank": (lang, text)})
    return [(r.value, f.measure) for f in draft.figures for r in f.reports]


# --- 6. a German toll after its verb, a phrase and "insgesamt" is the dead (trial 43: a toll
# of three after the verb, a phrase and "insgesamt" was a count of people,
# and a front-page "Sources disagree" between it and three people who escaped)

def test_a_german_toll_after_a_phrase_and_insgesamt_is_the_dead():
    assert figures("Laut Polizei starben bei dem Überfall vier Menschen.", "de") == [(4, "dead")]
    assert figures("Laut Polizei starben insgesamt vier Menschen.", "de") == [(4, "dead")]
    assert figures("Laut Polizei starben bei dem Überfall insgesamt vier Menschen.", "de") == [
        (4, "dead")]



# --- 5. hostages are one group in every language (trial 43: Geiseln, rehenes, otages were each
# a figure of their own, and Italian "ostaggi" was read as nothing)

@pytest.mark.parametrize(("text", "lang"), [
    ("Der Räuber hielt 14 Geiseln in der Bank fest.", "de"),
    ("El atracador retuvo a 14 rehenes en el banco.", "es"),
    ("Le braqueur retenait 14 otages dans la banque.", "fr"),
    ("Il rapinatore ha liberato 14 ostaggi nella banca.", "it"),
])
def test_hostages_are_one_group_in_every_language(text, lang):
    assert figures("The robber held 14 hostages in the bank.") == [(14, "hostage")]
    # the taking of hostages is no count of them
    assert "hostage" not in [g for _v, g in figures("Die Geiselnahme dauerte 14 Stunden.", "de")]
    assert figures(text, lang) == [(14, "hostage")]


# --- 3. hostages among the dead are dead, not a count of hostages (trial 43: the gunman
# killed along with hostages, and a toll with hostages in a dash aside,
# became "Number of hostages (2)", where 17 had been held)

@pytest.mark.parametrize(("text", "expected"), [
    ("Officers confirmed the robber was killed, along with two hostages.", [(2, "dead")]),
    ("FIVE people are dead – including three hostages – after the raid.",
     [(5, "dead"), (3, "dead")]),
    ("THREE people died – including two hostages – after the raid at Velmora.",
     [(3, "dead"), (2, "dead")]),
    ("Five people died, including three young children.", [(5, "dead"), (3, "dead")]),
])
def test_hostages_among_the_dead_are_dead(text, expected):
    assert figures("The robber held 14 hostages in the bank.") == [(14, "hostage")]
    assert figures("Five people died, including three hostages.") == [(5, "dead"), (3, "dead")]
    assert figures("The robber held 14 hostages, along with two dogs.") == [(14, "hostage")]
    assert figures(text) == expected


# --- 2. two people written with articles are not one dead (trial 43: a woman and a man,
# each with an article and an age, who died too, were drafted as
# "Number of dead (1)"; English does the same)

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Raid at Velmora\n\nA 61-year-old woman and a 45-year-old man also died.\n"),
    ("de", "Überfall in Velmora\n\nEine 61-jährige Frau und ein 45-jähriger Mann, die als "
           "Geiseln festgehalten worden waren, starben ebenfalls.\n"),
])
def test_two_people_written_with_articles_are_not_one_dead(tmp_path, lang, text):
    alone = _values(tmp_path / "n", "Raid at Velmora\n\nA 61-year-old woman also died.\n")
    assert alone == [(1, "dead")], alone  # one person with an article stays one dead
    # a breakdown of a count stays: the one with an article beside the others counted
    listed = _values(tmp_path / "l", "Raid at Velmora\n\nTwo firefighters and a passenger were "
                     "injured.\n")
    assert (1, "injured") in listed, listed
    found = _values(tmp_path / lang, text, lang)
    assert (1, "dead") not in found, found


# --- 4. a weekday its outlet gives in local time may be the day after publication (trial 43:
# a night "zum Dienstag" in local time, in a page of Monday evening in Europe about a siege in
# Australia, was dated a week before the siege; the timeline put five events there)

MONDAY = date(2031, 3, 24)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Polizei beendete die Geiselnahme am frühen Dienstag (Ortszeit).", "de"),
    ("Police stormed the bank early on Tuesday (local time).", "en"),
    ("La police a donné l'assaut mardi (heure locale).", "fr"),
    ("La policía asaltó el banco el martes (hora local).", "es"),
])
def test_a_weekday_in_local_time_may_be_the_day_after_publication(text, lang):
    plain = dates_in(sentence("Police stormed the bank early on Tuesday."), MONDAY, "en")
    assert [m.date.first.isoformat() for m in plain] == ["2031-03-18"]  # no zone said: stays
    # another weekday in local time keeps the rule's reading: the last one
    sunday = dates_in(sentence("The siege began on Sunday (local time)."), MONDAY, "en")
    assert [m.date.first.isoformat() for m in sunday] == ["2031-03-23"]
    found = dates_in(sentence(text), MONDAY, lang)
    assert [m.date.first.isoformat() for m in found] == ["2031-03-25"], found


# --- 7. a German sentence opened by its time is not spoken by the time (trial 43: a
# quotation after a German phrase of the hour, then the police and the verb, was given to the
# phrase of the hour)

def test_a_time_before_the_verb_is_not_the_speaker(tmp_path):
    said = quote_speakers(tmp_path / "n", "Raub in Velmora\n\nDie örtliche Polizei teilte am "
                          "Abend mit: \"Die Lage in der Bank ist beendet.\"\n", "de")
    assert said == {"Die Lage in der Bank ist beendet": "Die örtliche Polizei"}
    # a one-word subject that is also such a word stays the speaker (a surname)
    kurz = quote_speakers(tmp_path / "k", "Raub in Velmora\n\nKurz sagte am Abend: \"Die Lage "
                          "in der Bank ist beendet.\"\n", "de")
    assert kurz == {"Die Lage in der Bank ist beendet": "Kurz"}
    for n, lead in enumerate(("Am Abend", "Kurz nach vier Uhr am Nachmittag")):
        found = quote_speakers(tmp_path / f"t{n}", f"Raub in Velmora\n\n{lead} teilte die "
                               "örtliche Polizei über Twitter mit: \"Die Lage in der Bank ist "
                               "beendet.\"\n", "de")
        assert found == {"Die Lage in der Bank ist beendet": "die örtliche Polizei"}, found


# --- 8. a quarter of a million is 250,000 (trial 43: a quarter of a million pounds
# was read as more than 25 per cent and 1,000,000 pounds)

@pytest.mark.parametrize(("text", "value"), [
    ("The standoff cost the council more than quarter of a million pounds.", 250_000),
    ("About a quarter of a million people fled the valley.", 250_000),
    ("The fund holds three quarters of a million euros.", 750_000),
])
def test_a_quarter_of_a_million_is_one_amount(text, value):
    assert [q.value for q in read_numbers("A quarter of the houses were flooded.", "en")] == [25]
    assert [q.value for q in read_numbers("It cost half a million dollars.", "en")] == [500_000]
    assert [q.value for q in read_numbers(text, "en")] == [value]


# --- 13. the injured taken to a Swiss or Austrian "Spital" are injured (trial 43: two women and a
# police officer taken hurt to a "Spital" were a count of people)

def test_the_injured_taken_to_a_spital_are_injured():
    assert figures("Drei weitere Frauen kamen verletzt ins Krankenhaus.",
                   "de") == [(3, "wounded")]
    assert figures("Drei weitere Frauen kamen verletzt ins Spital.",
                   "de") == [(3, "wounded")]
    assert "wounded" not in [g for _v, g in figures("Das Spital hat 300 Betten.", "de")]


# --- 11. the cut page's last word, a possessive, is the story's, not a credit (trial 43: the
# page ended on "Monis'", the first word of a cut paragraph; it was removed as a trailing credit
# and offered as the article's agency)

def test_a_cut_possessive_is_no_credit():
    head = ("https://example.org/news/bank-raid-ends\nBank raid ends in Velmora\n\n"
            "Police stormed the bank on Friday after a standoff of nine hours.\n\n"
            "The robber was named by local radio as Piet Varga, 41.\n\n")
    assert story(read(head + "(Reuters)\n"))[-1].startswith("The robber")  # a credit stays one
    assert story(read(head + "Varga'\n"))[-1] == "Varga'"


# --- 10. a quotation's speaker credited in the next sentence (trial 43, Italian: a quotation, then
# a sentence of "these the words of" the police chief, had no speaker)

def test_a_speaker_credited_in_the_next_sentence(tmp_path):
    said = quote_speakers(tmp_path / "n", "Rapina a Velmora\n\n“Posso confermare che nella "
                          "banca c’è un solo rapinatore”, ha detto il questore, Mario Ferlini.\n",
                          "it")
    assert said == {"Posso confermare che nella banca c’è un solo rapinatore": "Mario Ferlini"}
    found = quote_speakers(tmp_path / "t", "Rapina a Velmora\n\nLa polizia ha escluso un secondo "
                           "complice, spiegando: “Posso confermare che nella banca c’è un solo "
                           "rapinatore”. Queste le parole del questore, Mario Ferlini.\n", "it")
    assert found == {"Posso confermare che nella banca c’è un solo rapinatore": "Mario Ferlini"}


# --- 12. a byline's leftover above the headline is no story (trial 43: "in ," stood first in
# an Italian page's story)

def test_a_bylines_leftover_is_no_story():
    text = ("https://example.org/news/bank-raid-ends\nin ,\n\nBank raid ends in Velmora\n\n"
            "Police stormed the bank on Friday after a standoff of nine hours, the regional "
            "police said.\n\nThe robber was named by local radio as Piet Varga, 41, a former "
            "security guard.\n")
    cleaned = read(text)
    assert "in ," not in story(cleaned)
    assert cleaned.headline == "Bank raid ends in Velmora"  # the headline under it stays


# --- 3b. who the people counted are, between commas after them, is read past (trial 43, after
# hostages became a group: two hostages, a woman and a man each with an age, who died too,
# were drafted as two hostages held)

@pytest.mark.parametrize(("text", "lang"), [
    ("Zwei Geiseln, eine 61-jährige Frau und ein 45-jähriger Mann, starben ebenfalls.", "de"),
    ("Dos rehenes, una mujer y un hombre, murieron en el asalto.", "es"),
])
def test_who_they_are_between_commas_is_read_past(text, lang):
    assert figures("Der Räuber hielt 14 Geiseln, eine Frau und zwei Kinder, fest.", "de") == [
        (14, "hostage"), (2, "person")]
    assert figures(text, lang) == [(2, "dead")]

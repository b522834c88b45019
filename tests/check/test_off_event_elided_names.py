"""Names behind an elided article, spellings with an accented first letter, and sentence-opening
function words, in the off-event test (issue 15, round 11).

Fresh pages of a regional flood showed three ways a report of the event was read as another
event's: French writes the region after an elided article ("la région d'Élvire-Castane"), one
word whose lower-case first letter hid the name; its spelling begins with an accented letter, so
it was never taken for the English "Elvira-Castana"; and a capitalised function word opening a
sentence ("Selon", "Ciò") counted as a rare name of the page. Invented text in those shapes,
each with the same-shape page that must still be flagged or still read.
"""

from __future__ import annotations

from pathlib import Path

from generator.check.event_signature import signatures
from generator.check.off_event import judge_pages
from generator.check.signature_names import names_of, words_of
from generator.content.cache import NO_CACHE
from generator.text.recalled import written_words
from tests.conftest import loaded_pages

#: English reports of a flood in an invented region, and two French ones that write the region
#: only after an elided article, in French spelling.
FLOOD = [
    ("wire-en", "en", "", "Floods kill six in Elvira-Castana\n\nSix people died when the river "
     "Morvello burst its banks in Elvira-Castana, governor Aldo Presti said."),
    ("daily-en", "en", "", "Elvira-Castana counts the cost\n\nRescuers in Tassina searched "
     "flooded homes, and governor Aldo Presti asked for army help for Elvira-Castana."),
    ("paper-en", "en", "", "Army sent to Elvira-Castana\n\nSoldiers reached Pervale as the "
     "water fell, said Aldo Presti, governor of Elvira-Castana."),
    ("radio-en", "en", "", "Schools shut in Elvira-Castana\n\nEvery school in Lucerna stayed "
     "shut after the flood, Elvira-Castana officials said."),
    ("journal-fr", "fr", "", "Inondations meurtrières en Italie\n\nLa région d'Élvire-Castane "
     "est sous les eaux. Selon le préfet Renaud Vasseur, six personnes sont mortes et des "
     "milliers ont fui vers Quillan et Sorbel."),
    ("radio-fr", "fr", "", "Six morts en Italie\n\nLes pluies ont frappé l'Élvire-Castane. "
     "Selon Renaud Vasseur, les secours de Quillan et de Sorbel ont évacué des familles."),
]
#: A French report of a flood in another region, with names of its own.
OTHER = ("autre-fr", "fr", "", "Crue dans l'Ostralie\n\nLa Vendrone a débordé à Carmeil et à "
         "Lussade, a dit le maire Paul Arnaudin, qui a fait évacuer Montrevel.")


def test_a_region_written_after_an_elided_article_is_the_event(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The flood", FLOOD)
    _event, sigs = signatures(content)
    assert sigs["journal-fr"].names_event is True
    assert sigs["radio-fr"].names_event is True
    flagged = {v.article for v in judge_pages(content) if v.sure}
    assert not flagged & {"journal-fr", "radio-fr"}


def test_a_french_report_of_another_region_is_still_flagged(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The flood", [*FLOOD, OTHER])
    _event, sigs = signatures(content)
    assert sigs["autre-fr"].names_event is False
    assert "autre-fr" in {v.article for v in judge_pages(content) if v.sure}


def test_the_name_behind_an_elided_article_is_read(tmp_path: Path) -> None:
    content = loaded_pages(tmp_path, "The flood", FLOOD)
    articles = list(content.articles.values())
    names = names_of(articles, words_of(articles, NO_CACHE))
    assert "élvire-castane" in names["journal-fr"]
    assert not any(n.startswith(("d'", "l'")) for ns in names.values() for n in ns)
    # only an article opening the word is one: a name holding an elision keeps it, and an
    # elision before a lower-case word or a name's own capital letter is left alone
    assert written_words("à Sainte-Anne-d'Orvel, dell'Arcadia, l'immeuble, D'Arvo") == [
        "à", "Sainte-Anne-d'Orvel", "Arcadia", "l'immeuble", "D'Arvo"]


def test_a_function_word_opening_a_sentence_is_no_name(tmp_path: Path) -> None:
    # "Ciò" opens a sentence on one of two Italian pages: no page writes it in lower case, and
    # the page is not alone in its language, so only the sentence-opening rule tells it from a
    # name
    italian = ("giornale-it", "it", "", "Alluvione in Elvira-Castana\n\nIl fiume Morvello ha "
               "rotto gli argini a Tassina. Ciò ha costretto il governatore Aldo Presti a "
               "chiedere aiuto.")
    second = ("radio-it", "it", "", "Evacuati a Tassina\n\nIl governatore Aldo Presti ha "
              "fatto evacuare le case lungo il Morvello.")
    content = loaded_pages(tmp_path, "The flood", [*FLOOD, italian, second])
    articles = list(content.articles.values())
    names = names_of(articles, words_of(articles, NO_CACHE))
    assert "ciò" not in names["giornale-it"]
    # a name opening a sentence on one page alone stays a name
    assert "tassina" in names["giornale-it"]
    assert "vasseur" in names["journal-fr"]

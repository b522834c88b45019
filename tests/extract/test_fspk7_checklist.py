"""Who speaks, the shapes a fresh round of quotation-rich pages in Italian, Portuguese, Polish,
Dutch and English misread (round fspk7, issue 16), as a checklist of invented sentences (names,
places, wording made up), each beside a neighbour that must keep its reading:

1. the sentence after a quotation credits it with a noun of reply or comment and whose it is
   ("«…». È la replica dell'assessore X all'interrogazione …", "È un commento duro … quello
   del vicesindaco X", "C'est la réponse du maire X", "Es la respuesta del concejal X", "É a
   resposta do secretário X"): the table of nouns of telling lacked them, and the quotation
   was read with no speaker, or with the verb "replica" and no subject; such a noun with no
   "of X" after it ("È la replica più attesa") credits no one;
2. a partial quotation inside a clause whose speech verb the table lacked, the Dutch past
   and verbs of opinion ("X van de SP stelde dat op grond “…”", "X meende dat …", "X vond het
   “…”") and the Italian imperfect ("il consigliere X che chiedeva “…”"), with the subject
   of a relative pronoun ("… del consigliere X che chiedeva": X, not the main clause's
   subject) and after a sentence-opening "and" ("En X stelde dat …");
3. an office that refers back to a person, written with the place it is of: in the genitive
   after a name in apposition ("X Y, wójt Zawoni" … "podkreślił wójt", Russian and Ukrainian
   alike), the place was read as the office's holder; after Dutch "van" ("De burgervader van
   Assen noemt …"), the capital was taken for a name given, and the epithet was left unread.

Same table format as :mod:`test_speaker_checklist`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quote_speakers
from tests.extract.test_speaker_checklist import holds_speaker, speaker_params

#: (language, shape, page text, the quotation's first words, the speaker expected)
CASES = [
    # ------------------------------------------ 1. a noun of reply or comment after the words
    ("it", "reply-of", "La consigliera Anna Costa ha chiesto tempi certi.\n\n«I lavori "
     "partiranno a marzo e dureranno otto mesi, con la strada chiusa di notte». È la replica "
     "dell’assessore all’Urbanistica Paolo Ferri all’interrogazione della consigliera Anna "
     "Costa.", "I lavori partiranno", "Paolo Ferri"),
    ("it", "comment-that-of", "\"Con questi numeri nel parco torniamo sereni. I residenti stanno "
     "dalla parte del progetto”. È un commento duro, senza giri di parole, quello del "
     "vicesindaco Marco Rossi che segue i giardini.", "Con questi numeri", "Marco Rossi"),
    ("fr", "reply-of", "« Les travaux commenceront en mars et dureront huit mois. » C’est la "
     "réponse du maire adjoint Paul Girard à la question de l’opposition.",
     "Les travaux commenceront", "Paul Girard"),
    ("es", "reply-of", "«Las obras empezarán en marzo y durarán ocho meses». Es la respuesta "
     "del concejal Pablo Ruiz a la pregunta de la oposición.", "Las obras empezarán",
     "Pablo Ruiz"),
    ("pt", "reply-of", "“As obras começam em março e vão durar oito meses.” É a resposta do "
     "secretário Paulo Lima ao pedido da oposição.", "As obras começam", "Paulo Lima"),
    # its neighbours: the nouns of telling the table had, and a verb before the noun's sentence
    ("it", "account-of", "«Il fumo era ovunque, non si vedeva nulla». È il racconto di Luca "
     "Bassi, un vicino.", "Il fumo era", "Luca Bassi"),
    ("it", "said-then-reply", "«I lavori partiranno a marzo», ha detto Paolo Ferri. «Non ci "
     "saranno ritardi». È una risposta che non convince l’opposizione.", "Non ci saranno",
     "Paolo Ferri"),
    # ------------------------------------------ 2. Dutch past and opinion, Italian imperfect
    ("nl", "opinion-that", "Piet Bos van D66 meende dat de kritiek van de bewoners "
     "“volledig wordt weggewuifd en als hinderlijk wordt gezien. Dat is niet goed.”",
     "volledig wordt", "Piet Bos"),
    ("nl", "and-past-that", "De raad vergaderde maandag. En Anja Mulder van GroenLinks stelde "
     "dat op grond “van verouderde regels nu een plan is gemaakt waar niemand iets over kon "
     "zeggen.”",
     "van verouderde", "Anja Mulder"),
    ("nl", "found-it", "Wethouder Kees Bakker vond het \"een goed plan, maar te duur voor de "
     "gemeente\".", "een goed plan", "Kees Bakker"),
    ("it", "relative-imperfect", "«Il cantiere partirà a marzo». È la replica dell’assessore "
     "Paolo Ferri all’interrogazione del consigliere Marco Bellini che chiedeva “chiarimenti "
     "sul crollo di un muretto in via Roma”.", "chiarimenti sul", "Marco Bellini"),
    ("it", "imperfect", "Il consigliere Marco Bellini chiedeva “chiarimenti sul crollo di un "
     "muretto di proprietà della Provincia in via Roma”.", "chiarimenti sul", "Marco Bellini"),
    # its neighbours: the present the table had, and a relative clause with a verb in Portuguese
    ("nl", "present", "Raadslid Piet Bos stelt dat de kritiek van de bewoners “volledig wordt "
     "weggewuifd en als hinderlijk wordt gezien.”", "volledig wordt", "Piet Bos"),
    ("pt", "relative", "O vereador Carlos Souza, que afirmou que “a cidade não aceita mais "
     "promessas vazias do governo”, deixou a reunião.", "a cidade não", "Carlos Souza"),
    # ------------------------------------------ 3. an office and the place it is of
    ("pl", "office-genitive", "– Nie było tu wcześniej żadnych zapadlisk i nie spodziewaliśmy "
     "się ich – przekonuje Tomasz Nowicki, wójt Zawoni.\n\nPoprosił też mieszkańców o "
     "ostrożność. – Prosimy nie wjeżdżać za barierki, bo to jest naprawdę niebezpieczne – "
     "podkreślił wójt.", "Prosimy nie", "Tomasz Nowicki"),
    ("ru", "office-genitive", "— Здесь никогда не было провалов, и мы их не ждали, — заявил "
     "Иван Петров, глава Заречья.\n\nОн попросил жителей быть осторожнее. — Просим не "
     "заезжать за ограждения, это действительно опасно, — подчеркнул глава.", "Просим не",
     "Иван Петров"),
    ("uk", "office-genitive", "— Тут ніколи не було провалів, і ми їх не чекали, — заявив "
     "Іван Петренко, голова Заріччя.\n\nВін попросив мешканців бути обережними. — Просимо "
     "не заїжджати за огорожі, це справді небезпечно, — наголосив голова.", "Просимо не",
     "Іван Петренко"),
    ("nl", "epithet-van", "'We respecteren de actie van de brandweer', zegt burgemeester Van Dijk."
     "\n\nDe kazernes blijven zaterdag dicht. De burgervader van Assen noemt dat "
     "een 'zeer zorgelijke toestand'.", "zeer zorgelijke", "Van Dijk"),
    # its neighbours: the title before the name, Greek's article, the Dutch office after a name
    ("pl", "office-before-name", "– Nie było tu wcześniej żadnych zapadlisk – przekonuje wójt "
     "Tomasz Nowicki.\n\n– Prosimy nie wjeżdżać za barierki, bo to jest naprawdę "
     "niebezpieczne – podkreślił wójt.", "Prosimy nie", "Tomasz Nowicki"),
    ("el", "office-genitive", "«Δεν είχαμε ποτέ καθιζήσεις εδώ», δήλωσε ο Γιάννης Παππάς, "
     "δήμαρχος Κερασιάς.\n\n«Παρακαλούμε να μην περνάτε τα εμπόδια, είναι επικίνδυνο», "
     "τόνισε ο δήμαρχος.", "Παρακαλούμε", "Γιάννης Παππάς"),
    ("nl", "office-van", "'We respecteren de actie van de brandweer', zegt Anna de Boer, "
     "burgemeester van Assen.\n\n'De timing vind ik wel jammer', zei de burgemeester.",
     "De timing", "Anna de Boer"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "opening", "who"), list(speaker_params(CASES, {})))
def test_the_speaker_of_each_shape(tmp_path: Path, lang: str, text: str, opening: str,
                                   who: str) -> None:
    holds_speaker(tmp_path, lang, text, opening, who)


def test_a_reply_of_no_one_credits_no_one(tmp_path: Path) -> None:
    """A noun of reply without whose it is ("È la replica più attesa della giornata") names no
    speaker: nobody's name is read from it (the quotation stays, with no speaker)."""
    quotes = quote_speakers(tmp_path / "q", "Flood in the valley\n\n«I lavori partiranno a "
                            "marzo e dureranno otto mesi». È la replica più attesa della "
                            "giornata, dopo il consiglio di Rivoli.\n", "it")
    found = [s for q, s in quotes.items() if q.lstrip("«“ ").startswith("I lavori")]
    assert found and not any(w[:1].isupper() for w in found[0].split()), quotes

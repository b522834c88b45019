"""Reader findings the trials left (FIDELITY.md, "Reader leftovers"): a title-case headline's
verb before its count, a range with one end in words and one in digits, and English "of"
between two numbers. Invented sentences; rows as in tests/text/test_quantities.py."""

from __future__ import annotations

import pytest

from tests.text.test_quantities import _check

Q, ID = "quantity", "id"

TABLE: list[tuple[str, str, list[tuple]]] = [
    # a title-case headline capitalises its verb: "Kills 3" counts, "Route 66" names
    ("en", "Mill Fire Kills 3 In Eastvale", [(Q, "3", 3)]),
    ("en", "Blaze Kills 3, Injures 12 At Warehouse", [(Q, "3", 3), (Q, "12", 12)]),
    ("en", "Storm Strands 200 At Northport Station", [(Q, "200", 200)]),
    ("en", "Crash On Route 66 In Westmoor", [(ID, "66", 66)]),
    ("en", "The crash on Route 66 at dawn.", [(ID, "66", 66)]),
    # one end in words, the other in digits
    ("en", "Between five and 10 people were hurt.", [(Q, "five and 10", (5, 10))]),
    ("en", "Five to 10 people were hurt.", [(Q, "Five to 10", (5, 10))]),
    ("pt", "Entre dez e 15 pessoas ficaram feridas.", [(Q, "dez e 15", (10, 15))]),
    ("fr", "Entre cinq et 10 personnes ont été blessées.", [(Q, "cinq et 10", (5, 10))]),
    ("es", "Entre cinco y 10 personas resultaron heridas.", [(Q, "cinco y 10", (5, 10))]),
    ("de", "Zwischen fünf und 10 Menschen wurden verletzt.", [(Q, "fünf und 10", (5, 10))]),
    ("en", "Aged between five and 10 years.", [(Q, "five and 10", (5, 10), "year")]),
    # near shapes: no range word, a smaller second end, a list
    ("en", "Five and 10 people were hurt on two days.", [(Q, "Five", 5), (Q, "10", 10),
                                                      (Q, "two", 2, "day")]),
    ("en", "Ten to 5 was the score.", [(Q, "Ten", 10), (Q, "5", 5)]),
    ("en", "It killed five, 10 were hurt.", [(Q, "five", 5), (Q, "10", 10)]),
    # a day after a month, then a count: the day is a date, the count a count
    ("en", "From May 3 to 5 people were evacuated.", [("date", "3", 3), (Q, "5", 5)]),
    ("en", "On May 2 and 3 more were found.", [("date", "2", 2), (Q, "3", 3)]),
    ("en", "From May 3 to 5 the roads were closed.", [("date", "3", 3), ("date", "5", 5)]),
    # English "of" is a part, Dutch "of" is "or"
    ("en", "2 of 10 victims were children.", [(Q, "2", 2), (Q, "10", 10)]),
    ("en", "Two of ten victims were children.", [(Q, "Two", 2), (Q, "ten", 10)]),
    ("nl", "Er vielen 5 of 6 doden.", [(Q, "5 of 6", (5, 6))]),
    ("nl", "Er vielen vijf of zes doden.", [(Q, "vijf of zes", (5, 6))]),
    ("en", "Five or six people were hurt.", [(Q, "Five or six", (5, 6))]),
    # Hindi and Bengali number words (invented sentences: "five people died", "two people
    # injured", "three hundred passengers"; Bengali glued to its classifier of persons)
    ("hi", "हादसे में पांच लोगों की मौत हुई।", [(Q, "पांच", 5)]),
    ("hi", "दो लोग घायल हुए।", [(Q, "दो", 2)]),
    ("hi", "तीन सौ यात्री सवार थे।", [(Q, "तीन सौ", 300)]),
    ("bn", "দুর্ঘটনায় পাঁচজন নিহত হয়েছেন।", [(Q, "পাঁচজন", 5)]),
    ("bn", "দুজন আহত।", [(Q, "দুজন", 2)]),
    ("bn", "তিন হাজার যাত্রী ছিলেন।", [(Q, "তিন হাজার", 3000)]),
    ("bn", "শতাধিক মানুষ আহত।", [("vague", "শতাধিক", None)]),
    # a repeated number word says "each": four lakh rupees each, not eight
    ("hi", "परिजनों को चार चार लाख रुपये मिलेंगे।", [(Q, "चार चार लाख", 400000)]),
    ("hi", "घायलों को दो-दो लाख रुपये मिलेंगे।", [(Q, "दो-दो लाख", 200000)]),
    ("hi", "चार, चार लोग", [(Q, "चार", 4), (Q, "चार", 4)]),
    # review 7: a repeated cardinal with no scale after it is read once too ("five people
    # from each village"), and a scale word said twice is its vague plural ("thousands of
    # people", "hundreds of people"), not two exact thousands
    ("hi", "हर गांव से पांच पांच लोग आए।", [(Q, "पांच पांच", 5)]),
    ("hi", "हजार हजार लोग बेघर हुए।", [("vague", "हजार हजार", None)]),
    ("bn", "হাজার হাজার মানুষ ঘরছাড়া।", [("vague", "হাজার হাজার", None)]),
    ("bn", "শত শত মানুষ রাস্তায় নামে।", [("vague", "শত শত", None)]),
    # "শত" (hundred) ends no word inside "শতাংশ" (percent): 100 per cent, not 10,000
    ("bn", "শরীরের ১০০ শতাংশ দগ্ধ হয়েছে।", [(Q, "১০০", 100, "percent")]),
    ("hi", "शरीर 40 प्रतिशत जल गया।", [(Q, "40", 40, "percent")]),
    ("bn", "দীর্ঘ ৬ ঘণ্টা পরে আগুন নিয়ন্ত্রণে আসে।", [(Q, "৬", 6, "hour")]),
    ("hi", "आग पर काबू पाने में तीन घंटे लगे।", [(Q, "तीन", 3, "hour")]),
    ("bn", "একজনের মৃত্যু হয়েছে।", [(Q, "একজনের", 1)]),
    # "one" alone is the article as often: "at a press conference"
    ("hi", "एक संवाददाता सम्मेलन में यह कहा गया।", []),
    ("bn", "এক সংবাদ সম্মেলনে এ কথা বলা হয়।", []),
    # "নয়" alone is "is not"; "একটি" is the article "a"
    ("bn", "খবরটি সত্য নয়।", []),
    ("bn", "একটি ট্রেন লাইনচ্যুত হয়।", []),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), TABLE,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in TABLE])
def test_reading(lang, phrase, expected):
    _check(lang, phrase, expected)

"""Shapes met in trial 6 (landslides in a hill district, coverage in South Asian languages, Arabic,
Urdu, French and Spanish). Sentences written for these tests, none a real article's; each test
fails without its rule."""

from __future__ import annotations

import numpy as np
import pytest

from generator.text.sentences import _splits
from generator.text.shingles import shingle
from tests.extract.test_extract_shapes import _figures

# Two different invented Bengali reports that name the same official and the same district.
_BN_A = ("পাহাড়ি জেলায় ধসে মৃতের সংখ্যা বেড়ে ৯১ জনে দাঁড়িয়েছে। রাজ্যের মুখ্যমন্ত্রী সুরেশ কুমার "
         "বলেছেন, উদ্ধারকাজ চলছে। আরও অনেকে নিখোঁজ রয়েছেন।")
_BN_B = ("বৃষ্টির পর নদীর পাড়ে বাঁধ ভেঙেছে। রাজ্যের মুখ্যমন্ত্রী সুরেশ কুমার জানান, তিনটি গ্রাম "
         "জলমগ্ন। সেনাবাহিনী নামানো হয়েছে।")


def test_a_word_with_vowel_signs_is_one_word_to_the_copy_index():
    a, b = shingle(_BN_A), shingle(_BN_B)
    # a four-word name phrase in common is no six-word run
    assert len(np.intersect1d(a.hashes, b.hashes)) == 0
    assert a.size == len(_BN_A.split()) - 5 - 0  # one shingle per word after the first five
    c = shingle(_BN_A + " " + _BN_B)
    assert len(np.intersect1d(a.hashes, c.hashes)) == a.size


#: Landslides in an invented hill district: two English reports name its villages; four reports in
#: Arabic script name them their own way; one Arabic page, three years older, is about floods.
_SLIDES = [
    ("wire-en", "en", "2030-07-02", "Landslides kill 40 in hill district\n\nLandslides buried the "
     "villages of Kovara and Pelmuttu in Valori district early on Tuesday, officials in "
     "Rennapur said, and rescuers searched the mud."),
    ("daily-en", "en", "2030-07-03", "Toll in Valori landslides rises to 96\n\nRescuers dug "
     "through the mud in Kovara and Pelmuttu on Wednesday as the toll in Valori rose to 96, "
     "officials in Rennapur said."),
    ("ar-one", "ar", "2030-07-02", "ارتفعت حصيلة ضحايا الانهيارات الأرضية في منطقة فالوري "
     "الجبلية إلى 52 شخصا، وقالت السلطات إن فرق الإنقاذ تواصل البحث في القريتين."),
    ("ar-two", "ar", "2030-07-03", "واصلت فرق الإنقاذ البحث عن المفقودين في منطقة فالوري بعد "
     "الانهيارات الأرضية التي أودت بحياة 96 شخصا، حسبما أفاد مسؤولون محليون."),
    ("ar-three", "ar", "2030-07-04", "قال مسؤولون إن عدد القتلى في الانهيارات الأرضية بمنطقة "
     "فالوري بلغ 130 شخصا، فيما لا يزال العشرات في عداد المفقودين."),
    ("ar-four", "ar", "2030-07-05", "أعلنت السلطات الحداد يومين على ضحايا الانهيارات الأرضية في "
     "فالوري، وقالت إن عدد القتلى ارتفع إلى 151 شخصا."),
]
_OLDER_FLOODS = ("ar-older", "ar", "2027-10-18", "لقي 25 شخصا على الأقل مصرعهم في فيضانات "
                 "بولاية سارندا بعد أمطار غزيرة، وقال مسؤولون إن آلاف السكان أجلوا من منازلهم.")


def test_a_page_in_another_script_that_appeared_years_before_is_about_another_event(tmp_path):
    from generator.check.event_signature import signatures
    from generator.check.off_event import judge_pages
    from tests.conftest import loaded_pages
    content = loaded_pages(tmp_path, "Landslides", [*_SLIDES, _OLDER_FLOODS])
    event, _sigs = signatures(content)
    # two dated pages name the villages: the days come from every dated page
    assert event.window is not None and event.window[0].year == 2030
    verdicts = {v.article: v.sure for v in judge_pages(content)}
    assert verdicts.get("ar-older") is True
    assert not any(verdicts.get(stem) for stem, *_ in _SLIDES)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the toll named before the number by a phrase whose last word alone is "the number"
    ("बाढ़ में मरने वालों की संख्या बढ़कर 64 पहुँच गई है।", "hi", [(64, "dead")]),
    ("রাত পর্যন্ত বন্যায় মৃতের সংখ্যা বেড়ে ৫৮ জনে পৌঁছেছে।", "bn", [(58, "dead")]),
    ("طوفان کے بعد ہلاکتوں کی تعداد بڑھ کر 73 تک پہنچ گئی۔", "ur", [(73, "dead")]),
    ("دریا میں 12 افراد لاپتا ہیں۔", "ur", [(12, "missing")]),
    # the Arabic article glued to the counted word ("the dead", "the missing")
    ("وأفاد مسؤولون بأن عدد القتلى بلغ 48 شخصا.", "ar", [(48, "dead")]),
    ("ارتفعت حصيلة الضحايا في البلدة إلى 90 شخصا، وما زال 31 شخصا في عداد المفقودين.", "ar",
     [(90, "dead"), (31, "missing")]),
    ("وقال الطبيب إن 27 شخصا توفوا في المستشفى.", "ar", [(27, "dead")]),
    ("وقال المسؤول إن 40 شخصا أصيبوا.", "ar", [(40, "wounded")]),
])
def test_tolls_named_before_the_number_and_the_arabic_article(text, lang, expected):
    assert _figures(text, lang) == expected


def test_a_danda_or_urdu_full_stop_ends_a_sentence_with_no_space_after_it():
    text = "पहली बात यहाँ है।दूसरी बात यहाँ है।"
    assert _splits(text) == [text.index("दूसरी")]
    urdu = "پہلی بات یہاں ہے۔ دوسری بات یہاں ہے۔"
    assert _splits(urdu) == [urdu.index("دوسری")]


@pytest.mark.parametrize(("text", "lang", "written", "value"), [
    ("a district of about 6,42,000 people", "en", "6,42,000", 642000),
    ("2,15,300 लोग प्रभावित", "hi", "2,15,300", 215300),
    ("the fund holds 3,05,00,000 rupees", "en", "3,05,00,000", 30500000),
    ("1,250 homes", "en", "1,250", 1250),
])
def test_south_asian_digit_grouping(text, lang, written, value):
    from generator.text.quantities import read
    (q, *_rest) = [q for q in read(text, lang) if q.value is not None]
    assert (text[q.start:q.end], q.value) == (written, value)


def test_an_initial_or_monsieur_before_the_name_after_the_verb_is_kept(tmp_path):
    from tests.extract.test_extract_shapes import _quotes
    found = _quotes(tmp_path, (
        "Test\n\n« Les équipes avancent aussi vite que possible dans la vallée », a assuré "
        "M. Ravel lors d’une conférence de presse.\n"), "fr")
    assert found["Les équipes avancent aussi vite que possible dans la vallée"] == "M. Ravel"


def test_an_arabic_toll_does_not_reach_into_the_next_clause():
    found = _figures("قالت السلطات إن عدد القتلى بلغ 60 شخصا، وانهارت مئات المنازل في القرى.", "ar")
    assert (60, "dead") in found
    assert not [f for f in found if f[1] == "dead" and f[0] != 60]


def test_reports_with_its_subject_after_it_is_no_clause_before_it():
    from generator.extract.speakers.attribution import attribution
    from generator.text.sentences import Sentence
    text = ("More than 300 people were hurt in the floods and the number may grow as crews "
            "clear the mud, reports our correspondent citing aid officials.")
    found = attribution(Sentence(0, len(text), text, 0))
    assert found is not None and found.who.startswith("our correspondent")


def test_evidence_keeps_the_start_that_says_what_the_number_counts():
    from generator.extract.evidence import evidence
    from generator.text.sentences import Sentence
    text = ("The count of the dead after the heavy floods in the low river valley of the "
            "northern province of Marvella climbed to 212 while crews today went back to digging "
            "for people alive under thick layers of mud, stones and broken timber.")
    at = text.index("212")
    a, b = evidence(Sentence(0, len(text), text, 0), at, at + 3)
    assert text[a:b].startswith("The count of the dead") and "212" in text[a:b]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("وقالت السلطات يوم الأربعاء إن فرق الإنقاذ وصلت إلى القرية.", "ar", 31),
    ("وانهار الجسر مساء الثلاثاء.", "ar", 30),
    ("मंगलवार को पहाड़ी पर भूस्खलन हुआ।", "hi", 30),
    ("বৃহস্পতিবার সকালে উদ্ধারকাজ আবার শুরু হয়।", "bn", 1),
    ("منگل کو پہاڑی علاقے میں مٹی کا تودہ گرا۔", "ur", 30),
])
def test_weekdays_in_arabic_hindi_bengali_and_urdu(text, lang, day):
    from datetime import date

    from generator.extract.dates import dates_in
    from generator.text.sentences import Sentence
    (found,) = dates_in(Sentence(0, len(text), text, 0), date(2024, 8, 1), lang)
    assert found.date.start.first.day == day


def test_an_arabic_credit_line_closed_by_a_colon_names_the_agency():
    from generator.text.agencies import credited
    story = ("يواصل عمال الإنقاذ البحث في القرى الجبلية بعد الانهيارات.\nموقع الخليج 24 - رويترز:\n"
             "وقالت السلطات إن عدد القتلى ارتفع.")
    assert credited("", "", [], story) == ("Reuters", "credit line")
    assert credited("", "", [], "وقالت وكالة رويترز إن عدد القتلى ارتفع.") is None


def test_a_sites_name_a_dash_and_the_agency_closed_by_a_colon_is_a_credit():
    from generator.content.cleaner import clean_text
    from tests.cleaning.test_cleaning import P1, P2, P3, page, removed_kinds
    text = page(P1, "Gulf Daily 24 - Reuters:", P2, P3)
    c = clean_text(text)
    assert removed_kinds(c).get("Gulf Daily 24 - Reuters:") == "credit"
    assert len(c.paragraphs) == 3
    arabic = page("يواصل عمال الإنقاذ البحث في القرى الجبلية بعد الانهيارات الأرضية الكبيرة.",
                  "موقع الخليج نت - رويترز:", "وقالت السلطات إن عدد القتلى ارتفع إلى 40 شخصا.")
    assert "credit" in removed_kinds(clean_text(arabic)).values()


@pytest.mark.parametrize(("text", "lang", "written", "value"), [
    ("২ হাজার ৫০০ জন", "bn", "২ হাজার ৫০০", 2500),
    ("3 हजार 400 लोग", "hi", "3 हजार 400", 3400),
])
def test_a_smaller_number_after_a_scale_adds_to_it_in_hindi_and_bengali(text, lang, written,
                                                                         value):
    from generator.text.quantities import read
    (q,) = read(text, lang)
    assert (text[q.start:q.end], q.value) == (written, value)


def test_long_outlet_names_take_fewer_legend_columns():
    from generator.render.charts.layout import legend_columns
    assert legend_columns(["a.com", "b.net", "c.org", "d.in"]) == 4
    long = ["a-very-long-outlet-name.com", "another-long-outlet.co.in", "x.com"]
    assert legend_columns(long) < 4


def test_an_arabic_word_with_short_vowels_and_and_glued_on_states_its_stem():
    from generator.check.terms import Terms
    injured = Terms(words=frozenset(), phrases=(), stems=("أصيب", "مفقود"))
    assert injured.stem_in("وأُصيب")
    assert injured.stem_in("المفقودين")
    text = "وقالت السلطات إن 40 شخصا لقوا حتفهم، وأُصيب 95 آخرون."
    assert injured.in_text(text.lower(), text)
    assert not Terms(words=frozenset(), phrases=(), stems=("أصيب",)).stem_in("وصل")


def test_an_arabic_outcome_with_short_vowels_is_found_in_a_sentence():
    from generator.check.terms import Scanned, Terms
    from generator.text.sentences import Sentence
    injured = Terms(words=frozenset({"أصيب", "جرحى"}), phrases=())
    text = "وقالت السلطات إن 40 شخصا لقوا حتفهم، وأُصيب 95 آخرون."
    scanned = Scanned.of(Sentence(0, len(text), text, 0))
    assert scanned.holds(injured)
    assert scanned.hits(injured) == [text.index("وأُصيب")]


@pytest.mark.parametrize(("text", "lang", "written", "floor"), [
    ("गाँव के सैकड़ों लोगों का अब तक पता नहीं चला", "hi", "सैकड़ों", 200),
    ("हजारों लोग राहत शिविरों में हैं", "hi", "हजारों", 2000),
    ("হাজারো মানুষ আশ্রয়কেন্দ্রে", "bn", "হাজারো", 2000),
])
def test_vague_amounts_in_hindi_and_bengali(text, lang, written, floor):
    from generator.text.quantities import read
    (q,) = read(text, lang)
    assert (text[q.start:q.end], q.floor) == (written, floor)


def test_a_nepali_number_word_with_a_vowel_sign_is_read():
    from generator.text.quantities import read
    text = "दुई जना घाइते भए"
    (q,) = read(text, "ne")
    assert (text[q.start:q.end], q.value) == ("दुई", 2)


def test_an_events_words_start_at_the_sentence_when_the_date_is_within_reach():
    from generator.extract.evidence import evidence
    from generator.text.sentences import Sentence
    text = ("The count of the dead after the heavy floods in the low river valley of the "
            "northern province of Marvella climbed to 212 while crews today went back to digging "
            "for people alive under thick layers of mud, stones and broken timber.")
    at = text.index("today")
    a, b = evidence(Sentence(0, len(text), text, 0), at, at + 5)
    assert text[a:b].startswith("The count of the dead") and "today" in text[a:b]


@pytest.mark.parametrize(("text", "expected"), [
    ("بعد يوم من مقتل ما يربو على 70 شخصا في السيول.", [(70, "dead")]),
    ("أسفر الانهيار عن مقتل 12 شخصا وإصابة 30 آخرين.", [(12, "dead"), (30, "wounded")]),
])
def test_the_killing_of_and_the_injuring_of_in_arabic(text, expected):
    assert _figures(text, "ar") == expected


def test_more_than_written_with_yarbu_in_arabic():
    from generator.text.quantities import read
    text = "بعد يوم من مقتل ما يربو على 70 شخصا"
    (q,) = read(text, "ar")
    assert (q.value, q.approx) == (70, "more-than")


@pytest.mark.parametrize("text", [
    "Les crues ont causé la mort d’au moins 40 personnes dans la vallée.",
    "Les crues ont causé la mort de 40 personnes.",
])
def test_the_death_of_before_a_number_counts_the_dead(text):
    assert _figures(text, "fr") == [(40, "dead")]

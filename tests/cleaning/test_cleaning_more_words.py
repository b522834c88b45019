"""The furniture words of Romanian, Greek, Ukrainian, Russian and Polish pages, and Arabic date
lines (invented snippets in the shapes of real pages): the tables had no Romanian or Greek at
all, so a "Πηγή:" credit or an "Articole similare" heading stayed in the story; a story
sentence that opens with the same word stays story."""

from __future__ import annotations

import pytest

from tests.conservation import page, read, rules, story

EL_TITLE = "Φωτιά σε αποθήκη στην άκρη της πόλης"
EL_LEDE = ("Φωτιά ξέσπασε το απόγευμα σε αποθήκη ξυλείας στην άκρη της πόλης, με την "
           "Πυροσβεστική να σπεύδει με δώδεκα οχήματα.")
EL_BODY = "Δεν αναφέρθηκαν τραυματισμοί, ενώ τα αίτια της φωτιάς ερευνώνται."
RO_TITLE = "Incendiu la un depozit de lemne din oraș"
RO_LEDE = ("Un incendiu a cuprins vineri dimineață o hală de lemne de la marginea orașului, "
           "iar pompierii au venit cu opt autospeciale.")
RO_BODY = "Nu au fost victime, iar cauza incendiului este cercetată de specialiști."
UK_TITLE = "Пожежа на складі в передмісті"
UK_LEDE = ("Уранці в передмісті загорівся склад будівельних матеріалів, на місце прибули "
           "шість пожежних розрахунків.")
UK_BODY = "Рятувальники ліквідували пожежу на площі двісті квадратних метрів."
AR_TITLE = "حريق في مستودع للأخشاب دون إصابات"
AR_LEDE = ("أخمدت فرق الإطفاء صباح اليوم حريقا اندلع في مستودع للأخشاب بالمنطقة الصناعية، "
           "ولم تسجل أي إصابات بين العمال.")
AR_BODY = "وأوضحت المديرية أن أسباب الحريق قيد التحقيق."


@pytest.mark.parametrize("line", ["Πηγή: kanali.gr", "Διαβάστε επίσης"])
def test_greek_source_and_related_lines(line):
    c = read(page(EL_TITLE, EL_LEDE, EL_BODY, line), language="el")
    assert story(c) == [EL_LEDE, EL_BODY] and line in rules(c)
    assert not c.excerpt  # the credit was the "unfinished" last paragraph


def test_a_greek_sentence_about_a_source_is_story():
    line = "Πηγή της φωτιάς ήταν ένα καλώδιο στην πίσω πλευρά της αποθήκης."
    c = read(page(EL_TITLE, EL_LEDE, line, EL_BODY), language="el")
    assert story(c) == [EL_LEDE, line, EL_BODY]


def test_a_romanian_related_heading_takes_the_titles_under_it():
    titles = ["Accident pe drumul județean, doi răniți", "Casă distrusă de flăcări în sat"]
    c = read(page(RO_TITLE, RO_LEDE, RO_BODY, "Articole similare", *titles), language="ro")
    assert story(c) == [RO_LEDE, RO_BODY]
    assert rules(c)["Articole similare"] == "related-header"
    assert all(t in rules(c) for t in titles)


@pytest.mark.parametrize("line", ["Sursa: ISU Oraș", "Citește și: Alt incendiu în zonă"])
def test_romanian_source_and_read_also_lines(line):
    c = read(page(RO_TITLE, RO_LEDE, RO_BODY, line), language="ro")
    assert story(c) == [RO_LEDE, RO_BODY] and line in rules(c)


def test_a_ukrainian_also_pointer_after_the_story_is_a_link():
    line = "Також: Рятувальники нагадали правила безпеки під час опалювального сезону"
    c = read(page(UK_TITLE, UK_LEDE, UK_BODY, line), language="uk")
    assert story(c) == [UK_LEDE, UK_BODY] and rules(c)[line] == "related-link"


@pytest.mark.parametrize("line", ["Також загинули двоє людей.",
                                  "Також рятувальники перевірили сусідні будинки"])
def test_a_ukrainian_line_opening_with_also_is_story(line):
    c = read(page(UK_TITLE, UK_LEDE, line, UK_BODY), language="uk")
    assert line in story(c)


@pytest.mark.parametrize(("label", "lede", "language"), [
    ("Надзвичайні події", UK_LEDE, "uk"),
    ("Informacje", "W nocy spłonął magazyn mebli pod miastem. Strażacy gasili ogień przez "
                   "cztery godziny.", "pl"),
])
def test_a_section_name_above_the_story(label, lede, language):
    c = read(page("1 grudnia 2025", label, lede, UK_BODY), language=language,
             url="https://news.example/region/pozhezha-sklad-hala-123.html")
    assert rules(c)[label] == "section-name" and lede in story(c) and c.headline != label


@pytest.mark.parametrize("stamp", ["الأربعاء ,12 مارس, 2025 م", "الأربعاء 12 مارس 2025 م"])
def test_an_arabic_date_line_with_its_era_is_no_headline(stamp):
    c = read(page(stamp, AR_TITLE, AR_LEDE, AR_BODY), language="ar")
    assert c.headline == AR_TITLE and rules(c)[stamp] == "date-line"
    assert story(c) == [AR_LEDE, AR_BODY]


def test_a_year_followed_by_a_word_that_starts_like_the_era_is_no_date_line():
    line = "افتتح المستودع في 12 مارس 2025 مع توسعة المنطقة الصناعية."
    c = read(page(AR_TITLE, AR_LEDE, line, AR_BODY), language="ar")
    assert story(c) == [AR_LEDE, line, AR_BODY]


@pytest.mark.parametrize(("line", "language", "title", "lede", "body"), [
    ("Підписуйтесь на наш телеграм-канал, щоб першими дізнаватися новини", "uk",
     UK_TITLE, UK_LEDE, UK_BODY),
    ('لمتابعة موقعنا على "يوتيوب" اضغط هنا', "ar", AR_TITLE, AR_LEDE, AR_BODY),
])
def test_a_pitch_to_follow_the_site_on_a_network(line, language, title, lede, body):
    c = read(page(title, lede, body, line), language=language)
    assert story(c) == [lede, body] and rules(c)[line] == "newsletter-pitch"
    assert not c.excerpt


def test_a_signed_appeal_posted_on_a_network_is_story():
    line = "Підписане звернення мешканців опублікували у фейсбуці в неділю."
    c = read(page(UK_TITLE, UK_LEDE, line, UK_BODY), language="uk")
    assert story(c) == [UK_LEDE, line, UK_BODY]


@pytest.mark.parametrize("heading", ["Коментари", "Коментарі", "Σχόλια", "Comentarii", "Yorumlar"])
def test_a_comments_heading_after_the_story(heading):
    c = read(page(RO_TITLE, RO_LEDE, RO_BODY, heading, "Ce păcat, sper să nu fie nimeni rănit"),
             language="ro")
    assert story(c) == [RO_LEDE, RO_BODY] and rules(c)[heading] == "comments-heading"


@pytest.mark.parametrize("heading", ["Още от България", "Останні новини"])
def test_a_more_from_heading_takes_the_titles_under_it(heading):
    titles = ["Пожар в склад за дървен материал край града", "Двама ранени при катастрофа"]
    c = read(page(UK_TITLE, UK_LEDE, UK_BODY, heading, *titles), language="uk")
    assert story(c) == [UK_LEDE, UK_BODY] and rules(c)[heading] == "related-header"
    assert all(t in rules(c) for t in titles)


@pytest.mark.parametrize(("line", "language", "title", "lede", "body"), [
    ("Son güncelleme: 12 Mart 2024", "tr", RO_TITLE, RO_LEDE, RO_BODY),
    ("Опубліковано 12 березня 2024, 10:15", "uk", UK_TITLE, UK_LEDE, UK_BODY),
    ("12 березня 2024", "uk", UK_TITLE, UK_LEDE, UK_BODY),
])
def test_date_lines_of_more_languages(line, language, title, lede, body):
    c = read(page(title, line, lede, body), language=language)
    assert c.headline == title and story(c) == [lede, body] and line in rules(c)


@pytest.mark.parametrize(("line", "language"), [("Distribuie", "ro"), ("Κοινοποίηση", "el"),
                                                ("Поділитися", "uk"), ("Paylaş", "tr")])
def test_share_buttons_of_more_languages(line, language):
    c = read(page(RO_TITLE, RO_LEDE, line, RO_BODY), language=language)
    assert story(c) == [RO_LEDE, RO_BODY] and line in rules(c)


def test_a_ukrainian_sentence_opening_with_a_date_is_story():
    line = "12 березня 2024 рятувальники ліквідували пожежу на складі в передмісті."
    c = read(page(UK_TITLE, UK_LEDE, line, UK_BODY), language="uk")
    assert story(c) == [UK_LEDE, line, UK_BODY]


@pytest.mark.parametrize("heading", ["Bir yanıt yazın", "Lasă un răspuns", "Diskuse k článku",
                                     "Αφήστε μια απάντηση", "Tinggalkan Balasan"])
def test_a_comment_form_heading_opens_the_comments(heading):
    notice = "Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *"
    c = read(page(RO_TITLE, RO_LEDE, RO_BODY, heading, notice), language="ro")
    assert story(c) == [RO_LEDE, RO_BODY] and rules(c)[heading] == "comments-heading"
    assert notice in rules(c)


def test_a_share_button_and_a_counter_a_word_list_names_still_count_in_a_run_of_labels():
    tail = ["poza_depozit", "Vizualizări: 52", "Trimite pe WhatsApp"]
    c = read(page(RO_TITLE, RO_LEDE, RO_BODY, *tail), language="ro")
    assert story(c) == [RO_LEDE, RO_BODY] and all(t in rules(c) for t in tail)
    assert rules(c)["poza_depozit"] == "label-run"

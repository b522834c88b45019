"""Quotations and their speakers in Russian, Ukrainian, Bulgarian and Greek copy (round 8,
issue 16). Sentences written for these tests, none a real article's; each test fails without
its rule, and holds the near shapes the rule must leave alone."""

from __future__ import annotations

import pytest

from generator.text.names import office_stem
from tests.extract.test_extract_shapes import _quotes


def test_speech_verbs_of_russian_ukrainian_bulgarian_and_greek(tmp_path):
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "«Мост откроют уже в мае», — сказал министр Иван Ордов.\n\n"
        "Глава города Пётр Сенин заявил: «Денег на ремонт хватит до осени».\n\n"
        "«Подрядчик работает без выходных», — добавил Сенин.\n"), "ru")
    assert ru["Мост откроют уже в мае"].endswith("Иван Ордов")
    assert ru["Денег на ремонт хватит до осени"] == "Пётр Сенин"
    assert ru["Подрядчик работает без выходных"] == "Пётр Сенин"
    uk = _quotes(tmp_path / "uk", (
        "Тест\n\n"
        "«Школу відкриємо до першого вересня», — заявив мер Богдан Кравець.\n"), "uk")
    assert uk["Школу відкриємо до першого вересня"].endswith("Богдан Кравець")
    bg = _quotes(tmp_path / "bg", (
        "Тест\n\n"
        "„Пътят ще бъде готов през юни“, каза Пеньо Донев.\n"), "bg")
    assert bg["Пътят ще бъде готов през юни"] == "Пеньо Донев"
    el = _quotes(tmp_path / "el", (
        "Τεστ\n\n"
        "«Το λιμάνι θα ανοίξει τον Μάιο», δήλωσε ο δήμαρχος Νίκος Πάνου.\n"), "el")
    assert el["Το λιμάνι θα ανοίξει τον Μάιο"].endswith("Νίκος Πάνου")


def test_a_pronoun_or_no_subject_is_the_person_named_before(tmp_path):
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Министр транспорта Иван Ордов посетил порт во вторник. При этом он подчеркнул: "
        "«Новый причал построят за год».\n\n"
        "«Грузы пойдут уже весной», — уточнил он.\n"), "ru")
    assert ru["Новый причал построят за год"] == "Иван Ордов"
    assert ru["Грузы пойдут уже весной"] == "Иван Ордов"
    bg = _quotes(tmp_path / "bg", (
        "Тест\n\n"
        "Днес кметът Пеньо Донев откри новата зала. И допълни, че „ремонтът на площада започва "
        "през март“.\n"), "bg")
    assert bg["ремонтът на площада започва през март"] == "Пеньо Донев"  # not "И"
    uk = _quotes(tmp_path / "uk", (
        "Тест\n\n"
        "Депутат Богдан Кравець прийшов на сесію. «Бюджет треба переписати», — сказав "
        "він.\n"), "uk")
    assert uk["Бюджет треба переписати"] == "Богдан Кравець"
    bg2 = _quotes(tmp_path / "bg2", (
        "Тест\n\n"
        "Днес кметът Пеньо Донев откри новата зала. „Залата ще е готова за Коледа“, каза "
        "той.\n"), "bg")
    assert bg2["Залата ще е готова за Коледа"] == "Пеньо Донев"


def test_an_office_alone_is_the_person_given_it_or_named_just_before(tmp_path):
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Министр сельского хозяйства Анатолий Ордов приехал на ярмарку. Потом министр "
        "выступил в Городской Думе, обсуждая цены на зерно.\n\n"
        "«Закупки зерна начнутся в августе», — сказал министр.\n"), "ru")
    # the office holder, not the place after "в" two words from an office
    assert ru["Закупки зерна начнутся в августе"].endswith("Анатолий Ордов")
    mayor = _quotes(tmp_path / "mayor", (
        "Тест\n\n"
        "Городской голова Пётр Сенин осмотрел новый парк. «Фонтаны включим к лету», — "
        "отметил мэр.\n"), "ru")
    assert mayor["Фонтаны включим к лету"] == "Пётр Сенин"
    bg = _quotes(tmp_path / "bg", (
        "Тест\n\n"
        "Новата болница ще има 200 легла, обяви министър Пеньо Донев. „Строежът започва "
        "през април“, заяви министърът.\n"), "bg")
    assert bg["Строежът започва през април"] == "Пеньо Донев"
    filler = "Дождь шёл над долиной весь вечер воскресенья и всю ночь. " * 9
    far = _quotes(tmp_path / "far", (
        "Тест\n\n"
        f"Пётр Сенин приехал в город утром. {filler}\n\n"
        "«Надо ждать, пока уйдёт вода», — сказал мэр.\n"), "ru")
    assert far["Надо ждать, пока уйдёт вода"] == "мэр"


def test_greek_office_with_its_article_and_portfolio_stays_as_written(tmp_path):
    el = _quotes(tmp_path / "el", (
        "Τεστ\n\n"
        "Στο νέο νοσοκομείο, ο υπουργός Υγείας Πολιτών μίλησε για τις προσλήψεις. «Θα "
        "έρθουν εκατό νέοι γιατροί», τόνισε ο υπουργός.\n\n"
        "Ο ίδιος είπε ότι, μαζί με τον πρωθυπουργό Νίκο Πάνου, το κράτος «θα χτίσει δύο "
        "κλινικές ακόμη».\n"), "el")
    # "Υγείας Πολιτών" (the portfolio) is nobody; "ο ίδιος" is the previous speaker
    assert el["Θα έρθουν εκατό νέοι γιατροί"] == "ο υπουργός"
    assert el["θα χτίσει δύο κλινικές ακόμη"] == "ο υπουργός"


def test_an_epithet_without_article_and_office_case_forms():
    uk = office_stem("міністра"), office_stem("министърът"), office_stem("δημάρχου")
    assert uk == ("міністр", "министър", "δημαρχ")
    assert office_stem("минута") is None and office_stem("Minister") is None


def test_an_epithet_in_ukrainian_is_the_person_named_before(tmp_path):
    uk = _quotes(tmp_path / "uk", (
        "Тест\n\n"
        "Міський голова Андрій Кравець відкрив новий міст. \"Трамвай піде мостом восени\", - "
        "додав політик.\n"), "uk")
    assert uk["Трамвай піде мостом восени"] == "Андрій Кравець"


def test_a_surname_in_another_case_is_the_person_named_before(tmp_path):
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Глава района Пётр Сенин открыл новую школу. По словам Сенина, «учеников будет вдвое "
        "больше».\n\n"
        "Пётр Сенкевич, директор школы, тоже пришёл. По словам Сенкевича, «ремонт закончат к "
        "зиме».\n"), "ru")
    assert ru["учеников будет вдвое больше"] == "Пётр Сенин"
    # a surname that only begins like another ("Сенкевич") is not its case form
    assert ru["ремонт закончат к зиме"] == "Пётр Сенкевич"


def test_dialogue_dashes_in_russian_and_bulgarian(tmp_path):
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Министр транспорта Иван Ордов приехал в порт во вторник утром вместе с губернатором.\n\n"
        "— Новый причал построят за год, а грузы пойдут уже следующей весной, — сказал "
        "министр.\n\n"
        "«Грузы пойдут весной, как только сойдёт лёд на реке», — добавил Ордов.\n\n"
        "– Вот карта, здесь будет склад, а вот здесь встанут новые краны для контейнеров.\n\n"
        "Он вышел к журналистам у ворот — и сказал, что порт откроют после ремонта.\n"), "ru")
    assert ru["Новый причал построят за год, а грузы пойдут уже следующей весной"] == \
        "Иван Ордов"
    # the quotation in marks is read once, by its marks; a dash with no speech verb after it,
    # or a dash before "и сказал", is no quotation
    assert set(ru) == {"Новый причал построят за год, а грузы пойдут уже следующей весной",
                       "Грузы пойдут весной, как только сойдёт лёд на реке"}
    bg = _quotes(tmp_path / "bg", (
        "Тест\n\n"
        "Днес кметът Пеньо Донев откри новата зала в центъра на града пред много хора.\n\n"
        "– Залата ще бъде отворена за всички до края на годината – каза кметът.\n"), "bg")
    assert bg["Залата ще бъде отворена за всички до края на годината"] == "Пеньо Донев"


def test_by_his_words_a_pronoun_before_an_outlet_and_a_name_after_a_place(tmp_path):
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Глава района Пётр Сенин открыл новую школу в понедельник. По его словам, «учеников "
        "будет вдвое больше, чем в старой школе».\n\n"
        "«Ремонт спортзала закончат к зиме», — сказал он агентству Нова Медиа.\n\n"
        "«Денег на это хватит с запасом», — заявил в интервью «Вестнику» Иван Ордов.\n"), "ru")
    assert ru["учеников будет вдвое больше, чем в старой школе"] == "Пётр Сенин"
    assert ru["Ремонт спортзала закончат к зиме"] == "Пётр Сенин"  # not the outlet
    assert ru["Денег на это хватит с запасом"] == "Иван Ордов"
    bg = _quotes(tmp_path / "bg", (
        "Тест\n\n"
        "Днес кметът Пеньо Донев откри новата зала. По думите му „залата ще бъде готова за "
        "Коледа“.\n"), "bg")
    assert bg["залата ще бъде готова за Коледа"] == "Пеньо Донев"


def test_this_was_said_by_the_name_after_and_an_office_with_its_place_is_nobody(tmp_path):
    bg = _quotes(tmp_path / "bg", (
        "Тест\n\n"
        "„Ще подпиша указа още днес следобед“ – това каза пред журналисти премиерът Пеньо "
        "Донев.\n\n"
        "„Кой ще плати ремонта на моста?“, запита Донев.\n"), "bg")
    assert bg["Ще подпиша указа още днес следобед"] == "Пеньо Донев"  # not "това"
    assert bg["Кой ще плати ремонта на моста?"] == "Пеньо Донев"
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Мэр Озёрска заявил, что каток откроют в декабре. Он привёл довод губернатора, что "
        "Озёрск «заслужил новый стадион».\n\n"
        "«Лёд зальём, как только ударит мороз», — заявил градоначальник.\n"), "ru")
    # "Мэр Озёрска" is an office and its town, "Озёрск" after "губернатора, что" a town: the
    # mayor, never named, stays as written
    assert ru["Лёд зальём, как только ударит мороз"] == "градоначальник"


@pytest.mark.slow
def test_a_quotation_run_over_paragraphs_takes_the_speaker_after_its_end(tmp_path):
    uk = _quotes(tmp_path / "uk", (
        "Тест\n\n"
        "Мер Озерська Богдан Кравець показав журналістам нову школу на околиці міста.\n\n"
        "«Тут буде шістсот учнів, і кожен клас отримає нові парти. Спортзал добудуємо пізніше.\n\n"
        "Їдальню відкриємо першого вересня разом із бібліотекою та двома майстернями.\n\n"
        "Автобус возитиме дітей із трьох сіл», - заявив Кравець.\n"), "uk")
    # (the town's name in the genitive stays in the run: "Озерська Богдан Кравець")
    assert uk["Тут буде шістсот учнів, і кожен клас отримає нові парти. Спортзал добудуємо "
              "пізніше"].endswith("Богдан Кравець")
    assert uk["Їдальню відкриємо першого вересня разом із бібліотекою та двома "
              "майстернями"].endswith("Богдан Кравець")
    assert uk["Автобус возитиме дітей із трьох сіл"].endswith("Богдан Кравець")
    # a quotation left open by a page's defect, then narration and a new quotation: the
    # narration is no quotation
    ru = _quotes(tmp_path / "ru", (
        "Тест\n\n"
        "Тренер клуба Иван Ордов ответил болельщикам после поражения в субботнем матче.\n\n"
        "«Мы проиграли по делу, защита сегодня не успевала за нападением соперника\n\n"
        "Вечером команда вернулась домой поездом, сборы начнутся в понедельник.\n\n"
        "«Кто будет играть в воротах в следующем туре?», — спросил Ордов.\n"), "ru")
    assert "Вечером команда вернулась домой поездом, сборы начнутся в понедельник" not in ru
    assert ru["Кто будет играть в воротах в следующем туре?"] == "Иван Ордов"


@pytest.mark.parametrize(("words", "name"), [
    ("министр Иван Ордов журналистам", "министр Иван Ордов"),
    ("il sindaco Marco Gallo ieri", "il sindaco Marco Gallo"),
    ("el alcalde de Lembara en funciones", "el alcalde de Lembara en funciones"),  # no name
    ("le ministre Hamad Hassan", "le ministre Hamad Hassan"),
])
def test_a_speaker_after_the_verb_ends_with_the_name(words: str, name: str) -> None:
    """Lower-case words after a person's name say to whom or when it was said."""
    from generator.text.names import name_ends

    assert name_ends(words.split()) == name

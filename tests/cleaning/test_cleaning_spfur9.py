"""Shapes of the spent sealed sets s30-s33 (pages the rules were never written on, now
development pages): a caption whose picture's author is labelled after a slash, and an agency
a broadcaster's desk abbreviates in its sign-off. All sentences are invented; each shape stands
beside a near one that must stay story."""

from __future__ import annotations

from tests.conservation import read, rules, story

PL = ["Pożar magazynu w Lesznie",
      "Co najmniej pięć osób zostało rannych w pożarze magazynu na obrzeżach Leszna, "
      "poinformowała w środę straż pożarna. Ogień gaszono przez całą noc.",
      "Na miejscu pracowało ponad czterdzieści zastępów straży, a mieszkańców pobliskich domów "
      "ewakuowano do szkoły."]


def test_a_caption_whose_author_is_labelled_after_a_slash():
    caption = "Strażacy z sąsiednich powiatów dogaszają zgliszcza / autor: PAP"
    c = read("\n\n".join(PL[:2] + [caption] + PL[2:]) + "\n")
    assert rules(c).get(caption) == "picture-credit-tail"
    assert story(c) == PL[1:]


def test_the_word_for_author_inside_a_sentence_is_story():
    line = ("Jak mówi autor: raport powstał w marcu, a jego wnioski są jasne / choć "
            "niepełne.")
    c = read("\n\n".join(PL[:2] + [line] + PL[2:]) + "\n")
    assert story(c) == [PL[1], line, PL[2]]


DE = ["Flut in Talheim fordert drei Tote",
      "Im Dorf Talheim starben nach heftigen Regenfällen am Dienstag drei Menschen, teilte die "
      "Polizei am Abend mit. Viele Keller liefen voll.",
      "Die Feuerwehr war mit mehr als 200 Kräften im Einsatz, um die Straßen zu räumen und "
      "eingeschlossene Bewohner aus ihren Häusern zu holen."]


def test_a_desk_sign_off_naming_reuters_by_its_short_form():
    sign_off = "abc/de (afp, ap, rtr, dpa)"
    c = read("\n\n".join(DE + [sign_off]) + "\n")
    assert rules(c).get(sign_off) == "agency-credit"
    assert story(c) == DE[1:]
    assert not c.excerpt


def test_a_sentence_naming_the_short_form_is_story():
    line = "Der Sender rtr berichtete am Abend live aus Talheim über die Lage im Ort."
    c = read("\n\n".join(DE + [line]) + "\n")
    assert story(c) == DE[1:] + [line]


EN = ["https://www.valleycourier.example/local/storm-floods-valley-road",
      "Storm floods the valley road",
      "Heavy rain closed the valley road at Mirefield on Sunday and two families left their "
      "homes, the county's emergency office said.",
      "The river rose almost two metres in three hours before it crested, the office said, and "
      "crews cleared mud from the bridge overnight."]


def test_the_sites_own_name_where_the_writers_stands_is_a_byline():
    c = read("\n\n".join(EN[:3] + ["By", "Valley Courier"] + EN[3:]) + "\n")
    assert rules(c).get("Valley Courier") == "site-as-writer"
    assert story(c) == EN[2:]


def test_a_crosshead_of_words_the_address_holds_elsewhere_is_story():
    crosshead = "Valley Road"  # (words of the address' slug, not of its host)
    c = read("\n\n".join(EN[:3] + [crosshead] + EN[3:]) + "\n")
    assert story(c) == [EN[2], crosshead, EN[3]]


DEPOT = ["Police arrest three after the depot fire",
         "Police in Carvell said on Sunday they had arrested three men suspected of starting "
         "the fire that destroyed a bus depot and killed two night guards.",
         "The men, aged 19 to 24, were held on Saturday once a camera across the road showed them "
         "near the gate, the police chief said."]
CREDITED = ("At least two guards died in the blaze, which began in a workshop at the back of "
            "the depot.\nSource: Associated Press")


def test_one_sentence_right_over_a_credit_line_between_paragraphs_is_a_caption():
    c = read("\n\n".join(DEPOT[:2] + [CREDITED] + DEPOT[2:]) + "\n")
    assert rules(c).get(CREDITED.split("\n")[0]) == "caption-over-label"
    assert story(c) == DEPOT[1:]


def test_near_shapes_over_a_credit_line_stay_story():
    two = ("At least two guards died in the blaze. It began in a workshop at the back of the "
           "depot.\nSource: Associated Press")
    c = read("\n\n".join(DEPOT[:2] + [two] + DEPOT[2:]) + "\n")  # two sentences: a paragraph
    assert two.split("\n")[0] in story(c)
    c = read("\n\n".join(DEPOT + [CREDITED]) + "\n")  # the story's last paragraph, credited
    assert CREDITED.split("\n")[0] in story(c)
    quoted = ("\u201cWe lost two friends tonight,\u201d the depot's manager said.\n"
              "Source: Associated Press")
    c = read("\n\n".join(DEPOT[:2] + [quoted] + DEPOT[2:]) + "\n")  # a quotation is the story's
    assert quoted.split("\n")[0] in story(c)
    single = "\n".join(DEPOT[:2] + CREDITED.split("\n") + DEPOT[2:]) + "\n"
    c = read(single)  # a page of single lines: nothing sets the caption apart
    assert CREDITED.split("\n")[0] in story(c)


def test_posted_by_and_a_networks_wire_is_a_byline():
    line = "Posted By: Valley Network Wire"
    c = read("\n\n".join(DEPOT[:2] + [line] + DEPOT[2:]) + "\n")
    assert rules(c).get(line) == "byline"
    assert story(c) == DEPOT[1:]


def test_a_sentence_opening_on_posted_by_stays_story():
    line = "Posted by Jo Marlow on her page, the video shows the depot's roof falling in."
    c = read("\n\n".join(DEPOT[:2] + [line] + DEPOT[2:]) + "\n")
    assert story(c) == [DEPOT[1], line, DEPOT[2]]


VIRAL = ["A lorry carrying hay caught fire on the ring road at Dunmere on Friday, and drivers "
         "stopped to film the flames as the crew jumped clear. Nobody was hurt, the fire "
         "service said."]
HEADING = "Burning Hay Lorry Stops Traffic at Dunmere Junction"
POST = ("The moment the hay lorry went up on the ring road this afternoon.pic.twitter.com/"
        "AbCdEf1234 — Kit Brand (@kitbrand_news) March 3, 2031")


def test_a_lone_title_right_over_the_pages_embedded_post_is_its_heading():
    c = read("\n\n".join(VIRAL + [HEADING, POST]) + "\n")
    assert story(c) == VIRAL + [HEADING]
    assert not c.excerpt


def test_a_lone_title_after_the_story_with_no_post_under_it_is_a_link():
    c = read("\n\n".join(VIRAL + [HEADING]) + "\n")
    assert story(c) == VIRAL

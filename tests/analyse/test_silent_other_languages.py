"""An outlet writing in another language that states the toll is not "silent" on a figure
whose terms are derived from its label ("Deaths"): its copy's words for the dead count too.
Invented pages."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import toll_stances

PAGES = {  # article: (language, text)
    "wire-en": ("en", "The crush at the Lembara stadium killed 30 people, officials said."),
    "journal-fr": ("fr", "Au moins 30 personnes ont trouvé la mort dans la bousculade du stade "
                         "de Lembara, selon les autorités."),
    "zeitung-de": ("de", "Bei der Massenpanik im Stadion von Lembara gab es 30 Tote, teilten die "
                         "Behörden mit."),
    "diario-es": ("es", "El estadio de Lembara reabrirá sus puertas el próximo mes, anunció el "
                        "club."),
    # Finnish and Estonian, read since issue 16's tables (the verb before the number)
    "sanomat-fi": ("fi", "Lembaran stadionin tungoksessa kuoli 30 ihmistä, kertoivat "
                         "viranomaiset."),
    "postimees-et": ("et", "Lembara staadionil hukkus tunglemises 30 inimest, teatasid "
                           "ametivõimud."),
}


def test_a_toll_stated_in_another_language_is_no_silence(tmp_path: Path) -> None:
    found = toll_stances(tmp_path, PAGES, "Lembara", 30)
    stances = {o: s.state for o, s in found.items()}
    assert stances == {"wire-en": "reports", "journal-fr": "mentions",
                       "zeitung-de": "mentions", "diario-es": "silent",
                       "sanomat-fi": "mentions", "postimees-et": "mentions"}


#: Copy in scripts and languages that glue endings onto the counted word ("погибли",
#: "사망했다", "死亡した"), and a German page whose article "die" stands near a number that
#: counts no one (invented text).
GLUED = {
    "wire-en": ("en", "The crush at the Lembara stadium killed 30 people, officials said."),
    "gazeta-ru": ("ru", "В давке на стадионе Лембары погибли 30 человек, сообщили власти."),
    "sinmun-ko": ("ko", "렘바라 경기장 압사 사고로 30명이 사망했다고 당국이 밝혔다."),
    "shimbun-ja": ("ja", "レンバラの競技場の事故で30人が死亡したと当局が発表した。"),
    "gazete-tr": ("tr", "Lembara stadyumundaki izdihamda 30 kişi hayatını kaybetti."),
    "zeitung-de": ("de", "Die Arena in Lembara hat 30 Eingänge, die neu gebaut wurden."),
}


def test_a_toll_stated_with_a_glued_ending_is_no_silence(tmp_path: Path) -> None:
    found = toll_stances(tmp_path, GLUED, "Lembara", 30)
    stances = {o: s.state for o, s in found.items()}
    assert stances == {"wire-en": "reports", "gazeta-ru": "mentions", "sinmun-ko": "mentions",
                       "shimbun-ja": "mentions", "gazete-tr": "mentions",
                       "zeitung-de": "silent"}


#: A page in a language whose counted words Briefing does not have (Latvian; Hungarian, the
#: trial's language, and Finnish are read since issue 16's tables), which states the toll, and a
#: Spanish page that says nothing of it (invented text).
UNREAD = {
    "wire-en": ("en", "The crush at the Lembara stadium killed 30 people, officials said."),
    "avize-lv": ("lv", "Lembaras stadiona drūzmā gāja bojā 30 cilvēki, paziņoja varas "
                       "iestādes."),
    "diario-es": ("es", "El estadio de Lembara reabrirá sus puertas el próximo mes, anunció el "
                        "club."),
}


def test_a_page_in_a_language_briefing_does_not_read_is_not_called_silent(tmp_path: Path) -> None:
    """Trial 40: a Hungarian page that gave the toll was listed "Silent (their text says
    nothing of it)", though no word of it had been read. Such an outlet is "unchecked", and the
    figures page says it was not read; an outlet whose page Briefing reads and that says
    nothing stays silent. Fails without coverage.reads_counts."""
    from generator.site.pipeline import generate
    from tests.conftest import small_briefing

    found = toll_stances(tmp_path / "a", UNREAD, "Lembara", 30)
    assert {o: s.state for o, s in found.items()} == {
        "wire-en": "reports", "avize-lv": "unchecked", "diario-es": "silent"}
    facts = ("figures:\n  - id: deaths\n    label: Deaths\n    unit: people\n    reports:\n"
             "      - article: wire-en\n        value: 30\n        quote: \"killed 30 people\"\n")
    content = small_briefing(tmp_path / "b", {s: s.title() for s in UNREAD}, facts, {
        s: (f"Lembara\n\n{text}\n", f"outlet: {s}\npublished: 2031-03-02\nlanguage: {lang}\n")
        for s, (lang, text) in UNREAD.items()})
    page = next(text for name, text in generate(content).rendered.pages.items()
                if "Silent (their text says nothing of it)" in text)
    silent = page.split("Silent (their text says nothing of it)")[1].split("\n")[0]
    unread = page.split("Not read (Briefing reads no counts in their language")[1].split("\n")[0]
    assert "outlets/diario-es.md" in silent and "avize-lv" not in silent
    assert "outlets/avize-lv.md" in unread and "[lv]" in unread, unread


def test_the_trials_hungarian_toll_is_read(tmp_path: Path) -> None:
    """Trial 40's shape: a Hungarian page giving the toll, as a collective number word with its
    verb ("harmincan meghaltak": thirty died) and in digits with "halott", mentions it since the
    Hungarian tables (issues 13 and 16); before them its outlet was "unchecked"."""
    pages = {
        "wire-en": ("en", "The crush at the Lembara stadium killed 30 people, officials said."),
        "hirlap-hu": ("hu", "A lembarai stadionban harmincan meghaltak, közölték a hatóságok."),
        "nap-hu": ("hu", "Legalább 30 halott a lembarai stadionban."),
    }
    found = toll_stances(tmp_path, pages, "Lembara", 30)
    assert {o: s.state for o, s in found.items()} == {
        "wire-en": "reports", "hirlap-hu": "mentions", "nap-hu": "mentions"}

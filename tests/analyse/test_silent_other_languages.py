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
}


def test_a_toll_stated_in_another_language_is_no_silence(tmp_path: Path) -> None:
    found = toll_stances(tmp_path, PAGES, "Lembara", 30)
    stances = {o: s.state for o, s in found.items()}
    assert stances == {"wire-en": "reports", "journal-fr": "mentions",
                       "zeitung-de": "mentions", "diario-es": "silent"}


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

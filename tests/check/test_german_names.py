"""Names in German pages (every noun capitalised), and a German-only briefing's near miss.

Invented text. Before issue 15's round 3 a German capitalised word was a name only when an
article in another language wrote it too, so a briefing of German pages had no names at all and
nothing in it was judged.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from generator.check.off_event import judge_pages
from generator.content.load import load
from generator.content.problems import Problems
from generator.text.german_names import names_in

OWN = [
    """Hochwasser in Waldbrück: zwei Tote

Der Erlenbach ist in Waldbrück über die Ufer getreten. Die Feuerwehr hat in der Nacht zwei Tote
geborgen, sagte Sprecherin Hanne Kestler am Morgen. In Lindenau wurden die Keller überflutet.
Kestler rief die Bewohner von Waldbrück auf, die Häuser nicht zu betreten.""",
    """Flut im Tal: Waldbrück zählt die Schäden

Nach dem Unwetter räumen die Helfer in Waldbrück und Lindenau den Schlamm aus den Straßen. Der
kleine Erlenbach war binnen Stunden auf drei Meter gestiegen. Sprecherin Kestler nannte den
Schaden hoch, eine genaue Zahl gebe es noch nicht.""",
    """Zwei Menschen sterben bei Unwetter

Bei dem Unwetter in Waldbrück sind zwei Menschen ums Leben gekommen. Taucher fanden die Leichen
in einem Keller nahe dem Erlenbach, teilte Hanne Kestler mit. Auch in Lindenau standen viele
Häuser unter Wasser.""",
    """Aufräumen nach der Flut

In Waldbrück sind am Freitag Hunderte Helfer im Einsatz. Die Schule in Lindenau bleibt
geschlossen, sagte Kestler. Der Erlenbach führt wieder normales Wasser, doch die Schäden an den
Brücken sind groß.""",
]

NEAR_MISS = """Unwetter in Ostermoor: ein Toter

Die Hasel ist in Ostermoor über die Ufer getreten. Ein Mann starb in seinem Auto, sagte
Sprecher Jonas Brandt. Im Landkreis Weidenfels wurden Straßen gesperrt, in Kranichfeld liefen
Keller voll. Brandt bat die Bewohner von Ostermoor, zu Hause zu bleiben."""

#: The same shape (another page of the flood, short, with its own quoted official), about
#: Waldbrück: it must not be flagged.
SAME_SHAPE = """Unwetter in Waldbrück: Helfer im Einsatz

Der Erlenbach ist in Waldbrück wieder gesunken. Im Nachbarort Lindenau sagte Pfarrer Tobias
Renner, die Kirche stehe den Familien offen. Kestler bat die Bewohner von Waldbrück, die
Keller nicht zu betreten."""


def briefing(texts: dict[str, str], root: Path):
    """A German briefing of these pages, each its own outlet, no dates, no place."""
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for stem, text in texts.items():
        (articles / f"{stem}.txt").write_text(text, encoding="utf-8")
        (articles / f"{stem}.yaml").write_text(
            f"outlet: {stem}\nurl: {json.dumps(f'https://{stem}.example.de/a')}\nlanguage: de\n",
            encoding="utf-8")
    (root / "content" / "outlets.yaml").write_text(
        "outlets:\n" + "".join(f"  - id: {s}\n    name: {s}\n" for s in texts), encoding="utf-8")
    (root / "content" / "briefing.yaml").write_text("title: Hochwasser\n", encoding="utf-8")
    problems = Problems(root / "content")
    content = load(root / "content", problems)
    assert not problems.errors, [p.format() for p in problems.errors]
    return content


def test_a_capitalised_word_seldom_after_an_article_is_a_name() -> None:
    lower = {"der", "die", "in", "ist", "über", "sagte", "hat", "am"}
    found = names_in(OWN, lower)
    assert {"waldbrück", "lindenau", "kestler"} <= found  # "sagte Kestler": a verb, no article
    # nouns: after an article, a number or an adjective ("die Feuerwehr", "zwei Tote"); a river
    # takes an article too ("der kleine Erlenbach"): it is missed
    assert not {"feuerwehr", "tote", "keller", "häuser", "schaden", "erlenbach"} & found


@pytest.mark.parametrize(("text", "name", "is_name"), [
    ("Mechanische Probleme hielten das Schiff auf. Es lag fest.", "mechanische", False),
    ("Der Kapitän ging an Bord. Dann fuhr das Schiff los.", "bord", False),  # a known noun
    ("Die Fähre fuhr nach Quellwitz. Dort wartete man.", "quellwitz", True),  # unknown: a name
    ("Zwei Bau-Arbeiter fehlen. Man sucht nach Bau-Arbeiter Karl.", "bau-arbeiter", False),
])
def test_one_use_and_sentence_openings_say_little(text: str, name: str, is_name: bool) -> None:
    assert (name in names_in([text], set())) is is_name


def test_a_german_near_miss_is_flagged_and_a_same_shape_page_is_not() -> None:
    pages = {f"own-{i}": text for i, text in enumerate(OWN)}
    with tempfile.TemporaryDirectory() as tmp:
        content = briefing({**pages, "ostermoor": NEAR_MISS, "same-shape": SAME_SHAPE}, Path(tmp))
        judged = {o.article: o for o in judge_pages(content)}
    assert "ostermoor" in judged and judged["ostermoor"].sure, judged
    assert "does not name" in judged["ostermoor"].text and "Waldbrück" in judged["ostermoor"].text
    assert "same-shape" not in judged and not any(k.startswith("own-") for k in judged), judged

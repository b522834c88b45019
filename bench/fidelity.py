"""How faithfully Briefing reads real pages: scores against the hand-labelled corpus, per language.

    .venv/bin/python bench/fidelity.py [SECTION ...] [--split dev|holdout|both] [--notes]
                                       [--labels DIR --corpus DIR]

Sections: ``numbers`` (the quantity reader), ``cleaning`` (story kept, furniture removed,
headlines, excerpts, conservation), ``copies``, ``off-event`` and ``extract`` (figures and
quotations ``briefing extract`` proposes; ``extract-dated`` the same with the event's date and place
in briefing.yaml; ``tests/fidelity.py`` and
``tests/fidelity_extract.py`` hold the scorers). The default split is ``dev``, the pages the rules
are developed on. ``holdout`` pages are for reporting only: run them when a piece of work is
finished and put both figures in FIDELITY.md; never change a rule after looking at a holdout
failure (``--notes`` is refused for the holdout for that reason).

The pages are read from ../shared/corpus (or $BRIEFING_CORPUS); they are not in the repository.
``--labels`` and ``--corpus`` score another labelled set the same way (a round's fresh pages,
labelled as tests/corpus/README.md says): its working pages marked ``split: dev`` and its sealed
pages ``split: holdout``, so that ``--notes`` is refused on the sealed ones here too. Such a set
gives its events' date and place, as an analyst would in briefing.yaml, in ``events.yaml`` beside
its label folders (``<event>: {date: 2021-03-23, place: [Suez, ...]}``; a near miss's own event
too); without it the off-event section scores only the pages as they come.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The scores measure reading, not the machine's load: under a loaded machine the per-article
# time limit stopped pages and their figures counted as missed (one pool's recall read 78, 65
# and 26 % in three runs). Off unless the caller sets one; a stopped page is counted
# ("stopped") and named in the notes either way. bench/adversarial.py measures the time.
os.environ.setdefault("BRIEFING_ARTICLE_SECONDS", "0")

from tests import fidelity, fidelity_extract, fidelity_off_event, realpages
from tests.realpages import SKIP_REASON, corpus_dir, load_all

#: Each section: scorer, the counts it reports as (right key, total key, header), and extras.
SECTIONS = {
    "numbers": (fidelity.score_numbers, [("right", "numbers", "read right")],
                ["missed", "wrong", "extra", "approx-differs", "extent-differs"]),
    "cleaning": (fidelity.score_cleaning,
                 [("kept", "sentences", "story sentences kept"),
                  ("removed", "furniture", "furniture removed"),
                  ("headline-right", "headlines", "headline right"),
                  ("flagged", "cut", "cut copies flagged"),
                  ("conserved", "pages", "conserved"),
                  ("language-right", "pages", "language detected")],
                 ["false-flag", "whole", "headline-from-page", "headline-from-url",
                  "headline-from-none"]),
    # per event folder: pair precision and recall of copy families (translations apart)
    "copies": (fidelity.score_copies,
               [("right", "found", "precision (pairs)"), ("right", "labelled", "recall (pairs)"),
                ("tr-right", "tr-labelled", "translation pairs found"),
                ("wire-right", "wires", "agency named right"),
                ("wire-right-said", "wires-said", "agency named right, where a page names it"),
                ("src-right", "src-found", "one source: precision (pairs)"),
                ("src-right", "src-labelled", "one source: recall (pairs)")],
               ["labelled", "found", "tr-found", "xl-pairs", "xl-joined"]),
    # per main event: pages about another event flagged, with and without briefing.yaml's
    # date and place
    "off-event": (fidelity_off_event.score_off_event,
                  [("flagged", "off-event", "off-event flagged"),
                   ("given-flagged", "off-event", "flagged, date and place given")],
                  ["pages", "false-flags", "given-false-flags", "unsure", "own-unsure",
                   "given-unsure", "given-own-unsure"]),
    # each event folder as the briefing with other folders' pages slipped in, SLIP at a time
    "off-event-cross": (fidelity_off_event.score_cross,
                        [("flagged", "slipped", "slipped pages flagged"),
                         ("false-flags", "own", "own pages flagged (false)"),
                         ("given-flagged", "given-slipped", "flagged, date and place given"),
                         ("given-false-flags", "given-own", "false, date and place given")],
                        ["false-flags", "given-false-flags", "slipped-unsure", "own-unsure"]),
    # briefing extract against the labelled figures and quotations (tests/fidelity_extract.py)
    "extract": (fidelity_extract.score_extract,
                [("fig-found", "figures", "figure recall"),
                 ("fig-right", "proposed", "figure precision"),
                 ("fig-right-exact", "proposed-exact", "precision, vague amounts aside"),
                 ("fig-right", "proposed-judged", "precision, article casualties aside"),
                 ("fig-amount", "proposed", "on an amount not listed"),
                 ("measure-right", "measure-judged", "measure right"),
                 ("group-pure", "group-pairs", "grouped with its measure"),
                 ("q-found", "quotes", "quote recall"),
                 ("speaker-right", "speakers", "right speaker"),
                 ("q-right", "q-proposed", "quote precision")],
                ["from-furniture", "events-from-furniture", "headline-figures", "stopped"]),
}
#: ``extract`` again with each event's date and place in its briefing.yaml (events.yaml), as an
#: analyst who knows the event writes it; ``extract`` gives the pages with nothing else.
SECTIONS["extract-dated"] = (fidelity_extract.score_extract_dated, *SECTIONS["extract"][1:])
#: What the rows of a section are.
ROWS = {"numbers": "language", "cleaning": "language", "copies": "event", "off-event": "briefing",
        "off-event-cross": "briefing"}


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} % ({right}/{total})" if total else "–"


def report(section: str, split: str, notes: bool, totals: bool = False) -> None:
    scorer, rates, extras = SECTIONS[section]
    pages = list(load_all(split=None if split == "both" else split))
    score = scorer(pages)
    print(f"\n### {section}: {split} ({len(pages)} pages)\n")
    header = [ROWS.get(section, "language")] + [h for _r, _t, h in rates] + extras
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for lang in ([] if totals else sorted(score.counts)) + ["all"]:
        c = score.counts[lang] if lang != "all" else {
            k: score.total(k) for k in {k for cc in score.counts.values() for k in cc}}
        cells = [_pct(c.get(r, 0), c.get(t, 0)) for r, t, _h in rates]
        cells += [str(c.get(e, 0)) for e in extras]
        print(f"| {lang} | " + " | ".join(cells) + " |")
    if notes:
        print()
        for note in score.notes:
            print(f"- {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # No ``choices=`` here: argparse before 3.12 checks an absent ``nargs="*"`` positional's
    # default against them as one value and refused the documented call without sections.
    parser.add_argument("sections", nargs="*", metavar="{" + ",".join(SECTIONS) + "}",
                        help="the sections to score (default: all of them)")
    parser.add_argument("--split", choices=("dev", "holdout", "both"), default="dev")
    parser.add_argument("--notes", action="store_true", help="list every misreading (dev only)")
    parser.add_argument("--totals", action="store_true",
                        help="print only each section's total row: a sealed set's scores without "
                        "its languages' or events' rows, for whoever must stay blind to them")
    parser.add_argument("--labels", type=Path, help="a folder of label files (<event>/<stem>.yaml) "
                        "to score instead of tests/corpus/labels")
    parser.add_argument("--corpus", type=Path,
                        help="the folder of their pages (<event>/<stem>.txt)")
    args = parser.parse_args()
    if unknown := [s for s in args.sections if s not in SECTIONS]:
        parser.error(f"unknown section {', '.join(unknown)} (choose from {', '.join(SECTIONS)})")
    if args.labels:
        if not args.labels.is_dir():
            sys.exit(f"--labels {args.labels}: no such folder")
        realpages.LABELS = args.labels.resolve()
        fidelity_off_event.read_event_meta(realpages.LABELS / "events.yaml")
    if args.corpus:
        if not args.corpus.is_dir():
            sys.exit(f"--corpus {args.corpus}: no such folder")
        os.environ["BRIEFING_CORPUS"] = str(args.corpus.resolve())
    if corpus_dir() is None:
        sys.exit(SKIP_REASON)
    if args.notes and args.split != "dev":
        sys.exit("--notes lists single failures: only for dev pages (the holdout stays untuned)")
    for section in args.sections or list(SECTIONS):
        report(section, args.split, args.notes, args.totals)


if __name__ == "__main__":
    main()

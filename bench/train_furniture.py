"""Would a learned second opinion on the blocks the rules leave as story remove furniture
without removing story? A measurement (issue 13, round 11); no model ships.

    .venv/bin/python bench/train_furniture.py --pool ROOT/SET ... [--report PATH] [--examples PATH]

Each ``--pool`` is a hand-labelled set of fresh pages outside the repository (``ROOT/labels/SET``,
its pages in ``ROOT/corpus/SET``, the corpus's label format). The corpus's dev pages are never
read: dev would stay a test set for a model.

Every set is loaded as the scorer loads it (its pages as one briefing) and cleaned by the rules;
each block the rules left as story, and that the rules' own guards let be judged (not the first
words of a cut paragraph, not an opening quotation), is one example: its features
(``bench/furniture_features.py``) and whether every character of it is labelled furniture.
Blocks wholly labelled headline are left out (they are neither story nor furniture).

The question is asked the way the cleaner would have to answer it: a block may be removed only
if no story is. So each model is scored by nested cross-validation grouped by site: in each
outer fold the held-out sites are judged at a threshold chosen on the other sites alone (an
inner grouped cross-validation: the lowest score above every inner held-out story block, times
:data:`MARGINS`), and the report counts the story blocks removed and the furniture caught on
the held-out sites. It also gives the operating curve of one grouped cross-validation (how
much furniture scores above the k-th highest story block) and, for the segments of furniture
the rules miss, where they are (whole blocks a block classifier could reach, pieces glued to
story, the headline). The report holds counts only; ``--examples`` writes the blocks (page text)
to a file that must stay outside the repository.

scikit-learn is a dependency of the ``bench`` extra, never of Briefing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from furniture_features import HEAD, NAMES, page_features
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from tests.fidelity import load_as_briefing
from tests.realpages import load_all, load_page

MARGINS = (1.0, 1.05)
FOLDS = 8
INNER_FOLDS = 5


def _char_labels(page) -> list[str | None]:
    """The label of each character of the page's text: "story", "headline" or "furniture"."""
    at = [0]
    for line in page.lines[1:]:
        at.append(at[-1] + len(line) + 1)
    out: list[str | None] = [None] * len(page.text)
    for seg in page.segments:
        base = at[seg.span.line - 2] + seg.span.start
        label = "furniture" if seg.label.startswith("furniture/") else seg.label
        for i in range(base, base + seg.span.end - seg.span.start):
            out[i] = label
    return out


def _missed(page, article, chars, story_blocks, where: Counter) -> None:
    """Where the page's furniture segments went: removed, or kept as whole story blocks, glued
    to story inside a block, or in the headline."""
    removed = [(r.start, r.end) for r in article.removed]
    head = article.headline_block
    text = page.text
    for start, end in _segments(page, "furniture/"):
        spots = [i for i in range(start, end) if not text[i].isspace()]
        if spots and all(any(a <= i < b for a, b in removed) for i in spots):
            where["removed"] += 1
        elif head is not None and any(head.start <= i < head.end for i in spots):
            where["kept in the headline"] += 1
        else:
            blocks = [(a, b) for a, b in story_blocks if a < end and b > start]
            whole = all(chars[i] == "furniture" for a, b in blocks for i in range(a, b)
                        if not text[i].isspace())
            where["kept as whole story blocks" if whole else "kept glued to story"] += 1


def _segments(page, prefix: str) -> list[tuple[int, int]]:
    at = [0]
    for line in page.lines[1:]:
        at.append(at[-1] + len(line) + 1)
    return [(at[s.span.line - 2] + s.span.start, at[s.span.line - 2] + s.span.end)
            for s in page.segments if s.label.startswith(prefix)]


def _page_examples(pages, label: str, out: tuple) -> None:
    """Add the examples of ``pages`` (loaded together as one briefing) to ``out``."""
    rows, ys, groups, names, where = out
    with tempfile.TemporaryDirectory() as tmp:
        articles = load_as_briefing(pages, Path(tmp))
    for page in pages:
        article = articles[page.name]
        pieces = [(b.start, b.end, b.text, None) for b in article.paragraphs]
        pieces += [(r.start, r.end, r.text, r.kind) for r in article.removed if r.end > r.start]
        if article.headline_block is not None:
            b = article.headline_block
            pieces.append((b.start, b.end, b.text, HEAD))
        pieces.sort()
        feats = page_features([p[2] for p in pieces], [p[3] for p in pieces], article.language)
        chars = _char_labels(page)
        _missed(page, article, chars, [(b.start, b.end) for b in article.paragraphs], where)
        site = urlparse(page.url).netloc.removeprefix("www.")
        for (start, end, text, _state), f in zip(pieces, feats, strict=True):
            got = {chars[i] for i in range(start, end) if not page.text[i].isspace()}
            if f is None or not got or got == {"headline"}:
                continue
            rows.append(f)
            ys.append(int(got == {"furniture"}))
            groups.append(site)
            names.append(f"{label}/{page.stem}@{start}: {text[:60]!r}")


def examples(pool: list[str]):
    """Features, labels (1 = furniture), groups (site), names, and where the furniture went."""
    out = ([], [], [], [], Counter())
    for entry in pool:
        root, sub = Path(entry).parent, Path(entry).name
        pages = [load_page(p, root / "corpus")
                 for p in sorted((root / "labels" / sub).glob("*.yaml"))]
        _page_examples(pages, f"{root.name}/{sub}", out)
    rows, ys, groups, names, where = out
    return np.array(rows), np.array(ys), np.array(groups), names, where


def dev_examples():
    """The corpus's dev pages (all of them one briefing, as ``bench/fidelity.py`` loads them):
    a test set, never trained or tuned on."""
    out = ([], [], [], [], Counter())
    _page_examples(list(load_all(split="dev")), "dev", out)
    rows, ys, _groups, names, where = out
    return np.array(rows), np.array(ys), names, where


def _logistic(x, y):
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000)
    model.fit((x - mean) / scale, y)
    return lambda z: model.predict_proba((z - mean) / scale)[:, 1]


def _boosted(x, y):
    model = GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.1,
                                       subsample=0.8, random_state=0)
    model.fit(x, y)
    return lambda z: model.predict_proba(z)[:, 1]


def _on_dev(x, y, groups, fit, report: dict) -> list[dict]:
    """The model trained on the whole pool, at thresholds chosen by grouped cross-validation on
    it, judging the dev pages."""
    if "dev" not in report:
        dx, dy, _names, dwhere = dev_examples()
        report["dev"] = {"blocks": len(dy), "furniture_blocks": int(dy.sum()),
                         "furniture_segments": dict(dwhere), "_x": dx, "_y": dy}
    dx, dy = report["dev"]["_x"], report["dev"]["_y"]
    oof = cross_validate(x, y, groups, fit, FOLDS)
    scores = fit(x, y)(dx)
    out = []
    for margin in MARGINS:
        threshold = min(float(oof[y == 0].max()) * margin, 1.0)
        hit = scores >= threshold
        out.append({"margin": margin, "story_blocks_removed": int((hit & (dy == 0)).sum()),
                     "furniture_caught": int((hit & (dy == 1)).sum())})
        print(f"  on dev, margin {margin}: removes {out[-1]['story_blocks_removed']} story "
              f"blocks, catches {out[-1]['furniture_caught']}/{int(dy.sum())} furniture blocks")
    return out


MODELS = {"logistic regression": _logistic, "gradient boosting": _boosted}


def cross_validate(x, y, groups, fit, folds: int) -> np.ndarray:
    """Held-out scores of every block, each from a model trained without its site."""
    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        out[test] = fit(x[train], y[train])(x[test])
    return out


def nested(x, y, groups, fit, margin: float) -> dict:
    """Story removed and furniture caught on held-out sites, at thresholds chosen without them."""
    story_removed = caught = 0
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        inner = cross_validate(x[train], y[train], groups[train], fit, INNER_FOLDS)
        threshold = min(float(inner[y[train] == 0].max()) * margin, 1.0)
        hit = fit(x[train], y[train])(x[test]) >= threshold
        story_removed += int((hit & (y[test] == 0)).sum())
        caught += int((hit & (y[test] == 1)).sum())
    return {"margin": margin, "story_blocks_removed": story_removed, "furniture_caught": caught}


def curve(scores, y) -> list[dict]:
    """Furniture scoring above the k-th highest story block, and the story removed to catch a
    share of the furniture."""
    story = np.sort(scores[y == 0])[::-1]
    out = [{"story_blocks_removed": k,
            "furniture_caught": int(((scores > story[k]) & (y == 1)).sum())}
           for k in (0, 1, 2, 5, 10, 20, 50) if k < len(story)]
    for share in (0.25, 0.5, 0.9):
        t = float(np.quantile(scores[y == 1], 1 - share))
        out.append({"furniture_share": share,
                    "story_blocks_removed": int(((scores >= t) & (y == 0)).sum())})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", action="append", required=True)
    parser.add_argument("--report")
    parser.add_argument("--examples")
    parser.add_argument("--dev", action="store_true",
                        help="also judge the dev pages with each model trained on the whole pool")
    args = parser.parse_args()
    x, y, groups, names, where = examples(args.pool)
    report = {"sets": len(args.pool), "blocks": len(y), "furniture_blocks": int(y.sum()),
              "sites": len(set(groups.tolist())), "features": list(NAMES),
              "furniture_segments": dict(where), "models": {}}
    print(f"{len(y)} blocks left as story by the rules and open to judgement, {int(y.sum())} "
          f"of them furniture, {report['sites']} sites; furniture segments: {dict(where)}")
    detail = []
    for name, fit in MODELS.items():
        oof = cross_validate(x, y, groups, fit, FOLDS)
        runs = [nested(x, y, groups, fit, m) for m in MARGINS]
        report["models"][name] = {"nested": runs, "curve": curve(oof, y)}
        for r in runs:
            print(f"{name}, margin {r['margin']}: on held-out sites it removes "
                  f"{r['story_blocks_removed']} story blocks and catches "
                  f"{r['furniture_caught']}/{int(y.sum())} furniture blocks")
        print(f"  curve: {report['models'][name]['curve']}")
        if args.dev:
            report["models"][name]["dev"] = _on_dev(x, y, groups, fit, report)
        order = np.argsort(-oof)
        detail.append({"model": name, "ranked": [(round(float(oof[i]), 4), int(y[i]), names[i])
                                                 for i in order[:80]]})
    report.get("dev", {}).pop("_x", None)
    report.get("dev", {}).pop("_y", None)
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.examples:
        Path(args.examples).write_text(json.dumps(detail, indent=1, ensure_ascii=False),
                                       encoding="utf-8")


if __name__ == "__main__":
    main()

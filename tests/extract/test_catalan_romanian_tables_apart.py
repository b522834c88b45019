"""Spanish, Italian and Portuguese pages read the same with and without the Catalan and Romanian
tables (the review of the fortieth stop: a table keyed "ca" or "ro" must be read with a page of
that language only; these languages share spellings with theirs, "i", "set", "nou", "dar",
"com", "peste", "salvat", "conform", "segons").

The tree is copied and every dict entry keyed "ca" or "ro" in `generator/` is taken out of its
source (tables that other tables are built from at import included), then ``briefing extract``
drafts the same invented pages in both trees, each in a Python of its own: every candidate, its
words, value, measure, speaker and notes, must be the same. The copy's tables must have lost
their Catalan and Romanian entries (checked there, so that the comparison can fail). Invented
sentences."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PAGES = {
    "it-page": ("it", "Crollo a Valdora\n\n"
                "Il sindaco Marco Bellini ha detto che i vigili del fuoco hanno salvato 12 "
                "persone e che 3 sono morte. Il set del film è stato evacuato, peste e corna "
                "contro il comune. «Siamo arrivati subito», ha spiegato il capo dei soccorsi, "
                "Luca Ferri. Nove feriti sono stati portati in ospedale.\n"),
    "es-page": ("es", "Derrumbe en Tarvik\n\n"
                "El alcalde Pedro Ruiz dijo que 14 personas murieron y 20 resultaron heridas. "
                "Nueve vecinos fueron evacuados y no quisieron dar más detalles. «Llegamos "
                "enseguida», explicó el jefe de bomberos, Juan Gil. Según la policía, hay cinco "
                "desaparecidos.\n"),
    "pt-page": ("pt", "Desabamento em Norvale\n\n"
                "O prefeito João Silva disse que 8 pessoas morreram e 11 ficaram feridas. Com a "
                "chuva, 200 moradores foram desalojados. «Chegamos logo», afirmou o comandante "
                "dos bombeiros, Rui Costa. Conforme a Defesa Civil, nove pessoas estão "
                "desaparecidas.\n"),
}

#: Drafts the pages in the tree on sys.path and prints each page's candidates as JSON.
_DRAFT = """
import dataclasses, json, sys, tempfile
from pathlib import Path
from tests.conftest import draft_of_pages
pages = json.loads(sys.argv[1])
with tempfile.TemporaryDirectory() as d:
    draft = draft_of_pages(Path(d) / "q", {k: tuple(v) for k, v in pages.items()},
                           published="2031-03-27T12:00:00+01:00", keep=False)
    found = {}
    for c in draft.candidates():
        row = {k: v for k, v in dataclasses.asdict(c).items() if k != "draft_id"}
        found.setdefault(c.article, []).append(json.dumps(row, default=str, sort_keys=True))
print(json.dumps({k: sorted(v) for k, v in found.items()}))
"""


#: Whether the speech verbs' and the dead's tables still hold Catalan and Romanian.
_GONE = """
from generator.text.speech_verbs import SPEECH
from generator.text.counted_words import COUNTED
print("ca" in SPEECH, "ro" in SPEECH, "ca" in COUNTED["dead"], "ro" in COUNTED["dead"])
"""


class _WithoutCaRo(ast.NodeTransformer):
    """Takes every entry keyed "ca" or "ro" out of dict literals."""

    removed = 0

    def visit_Dict(self, node: ast.Dict) -> ast.Dict:
        self.generic_visit(node)
        keep = [(k, v) for k, v in zip(node.keys, node.values, strict=True)
                if not (isinstance(k, ast.Constant) and k.value in ("ca", "ro"))]
        self.removed += len(node.keys) - len(keep)
        node.keys, node.values = [k for k, _ in keep], [v for _, v in keep]
        return node


def _draft(tree: Path, pages: dict) -> dict[str, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", _DRAFT, json.dumps(pages)], cwd=tree, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_other_romance_pages_read_the_same_without_the_catalan_and_romanian_tables(tmp_path):
    copy = tmp_path / "tree"
    shutil.copytree(REPO, copy, symlinks=True, ignore=lambda where, names: [
        n for n in names if n in (".git", ".venv", "__pycache__")
        or (Path(where) == REPO and n in ("site", "build", "dist"))])
    stripper = _WithoutCaRo()
    for path in (copy / "generator").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if '"ca"' in source or '"ro"' in source:
            before = stripper.removed
            tree = stripper.visit(ast.parse(source))
            if stripper.removed > before:
                path.write_text(ast.unparse(tree), encoding="utf-8")
    assert stripper.removed > 20  # the tables were there to take out
    gone = subprocess.run([sys.executable, "-c", _GONE], cwd=copy, capture_output=True,
                          text=True, check=False, env={**os.environ, "PYTHONPATH": str(copy)})
    assert gone.stdout.split() == ["False", "False", "False", "False"], gone.stderr[-2000:]
    with_tables, without = _draft(REPO, PAGES), _draft(copy, PAGES)
    assert set(with_tables) == {"it-page", "es-page", "pt-page"}
    for lang in ("it", "es", "pt"):
        assert with_tables[f"{lang}-page"] == without.get(f"{lang}-page"), lang

"""People trapped where the event struck measure the missing (s39, read after its score).

"Some 300 miners were trapped underground", "almeno trecento minatori intrappolati", "Douze
autres mineurs sont bloqués": two labellers of fresh pages, on their own, wrote such counts as
`missing` (s39: five sites in four languages; pool spfig3: people trapped under mud), and
outlets give the one count both ways ("150 miners trapped" and "150 missing"). extract had
measured them `affected`, which no label said. People pinned in a crashed car, whose place is
known, stay `affected` (pool splang). Fails without the measure of the trapped in
content/measured.py. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import draft_of_pages


@pytest.mark.parametrize(("lang", "text", "value", "measure"), [
    ("en", "About 300 miners were trapped underground after the blast at the Varn pit.", 300,
     "missing"),
    ("it", "Almeno trecento minatori sono rimasti intrappolati nella miniera di Varna.", 300,
     "missing"),
    ("fr", "Douze mineurs sont bloqués au fond du puits de Varne, selon la préfecture.", 12,
     "missing"),
    ("ro", "Trei persoane au rămas încarcerate în mașina lovită pe drumul spre Varna.", 3,
     "affected"),
])
def test_the_trapped_are_the_missing_the_pinned_the_affected(tmp_path, lang, text, value,
                                                              measure):
    draft = draft_of_pages(tmp_path / "p", {"trapped": (lang, f"Varn\n\n{text}\n")}, keep=False)
    measures = {r.value: f.measure for f in draft.figures for r in f.reports}
    assert measures.get(value) == measure, measures

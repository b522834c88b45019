"""Every benchmark script imports: a helper moved to another module (as ``dialogue_quotes``
was, from ``extract.subjects`` to ``extract.dialogue``) broke ``bench/adversarial.py`` for a
stop without any test noticing, since the benchmarks run by hand. Importing runs no benchmark:
each script does its work under ``if __name__ == "__main__"``. ``train_furniture`` needs
scikit-learn, which only that script uses and the test environment does not install."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SCRIPTS = sorted(p for p in BENCH.glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_the_benchmark_script_imports(script: Path, monkeypatch) -> None:
    if script.stem == "train_furniture" and importlib.util.find_spec("sklearn") is None:
        pytest.skip("train_furniture needs scikit-learn (pip install 'scikit-learn>=1.3')")
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{script.stem}", script)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    assert module.__doc__, f"{script.name} says what it measures"

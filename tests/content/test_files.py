"""The one atomic write (generator.content.files.write_atomic): all of the new file, or the old."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import files
from generator.content.files import write_atomic


def test_writes_bytes_and_text_readable_by_all(tmp_path: Path) -> None:
    assert write_atomic(tmp_path / "a" / "x.bin", b"\x00\x01").read_bytes() == b"\x00\x01"
    text = write_atomic(tmp_path / "y.txt", "Ḥumayma\n")
    assert text.read_text(encoding="utf-8") == "Ḥumayma\n"
    assert text.stat().st_mode & 0o777 == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "chart.svg"
    target.write_bytes(b"old")
    staged: list[bytes] = []

    def broken_replace(src: str, dst: object) -> None:
        staged.append(Path(src).read_bytes())  # the temporary file exists, complete
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert staged == [b"new"]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]

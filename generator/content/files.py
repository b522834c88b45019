"""Files in and out: article files decoded whatever their encoding, and the one atomic write.

Articles come from the web in any encoding; :func:`read_text` decodes them or refuses with a
clear reason. Everything Briefing writes that another process may read while it is written (the
chart cache, the PDF, the derived ``mkdocs.yml``) goes through :func:`write_atomic`, so a reader
sees the old file or the new one, never half of one, with the permissions the umask allows.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

#: Articles larger than this are refused: no news story is 10 MB of text.
MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableFile(Exception):
    """The file is not text we can decode; the message says why and what to do."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, note). ``note`` is non-empty when a fallback encoding was used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ""
            except UnicodeDecodeError as exc:
                raise UnreadableFile(
                    f"starts with a {encoding} mark but is not {encoding}: {exc}") from None
    if b"\x00" in data:
        raise UnreadableFile("contains NUL bytes: a binary file, not text")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8; decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8; decoded as Latin-1"


def read_text(path: Path) -> tuple[str, str]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UnreadableFile(f"is {size / 1e6:.1f} MB; articles over "
                             f"{MAX_BYTES // 1024 // 1024} MB are refused (is it one article?)")
    text, note = decode_bytes(path.read_bytes())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, note


def umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it and ``os.replace``: a
    parallel build or a crash never leaves a torn file, and a failed write leaves no temporary
    file behind. Text is written as UTF-8; the file gets the mode ``open()`` would give it (0644
    with the usual umask; mkstemp's 0600 would hide it from a web server)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~umask())  # as open() would have made it
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path

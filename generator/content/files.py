"""Files in and out: article files decoded whatever their encoding, and the one atomic write.

Articles come from the web in any encoding; :func:`read_text` decodes them (UTF-8, or the
encoding the bytes are in, found as :func:`decode_bytes` says) or refuses with a clear reason.
Everything Briefing writes that another process may read while it is written (the chart cache,
the PDF, the derived ``mkdocs.yml``) goes through :func:`write_atomic`, so a reader sees the old
file or the new one, never half of one, with the permissions the umask allows.
"""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from pathlib import Path

from generator.text.languages import detect

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


#: Letters and marks of Western European text outside ASCII: a Windows-1252 (or Latin-1) reading
#: that yields only these, and not too many of them, is taken. Icelandic ð þ ý are left out (in
#: Turkish text read as Windows-1252 they stand for ğ ş ı), and so are superscripts (Polish ą ł
#: read as Windows-1252 become ¹ ³).
_WESTERN = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŒŠŽß"
    "“”‘’„‚–—…«»‹›¿¡€£¥°·•×÷§¶©®™ªº½¼¾\u00a0\u00ad")
#: When several legacy encodings read the bytes equally well, the more common one wins.
_PRIORITY = ("cp1250", "cp1251", "cp1256", "cp1253", "cp1254", "cp1255", "cp1257", "cp1258",
             "koi8_r", "cp932", "shift_jis", "euc_jp", "gb18030", "gbk", "big5", "cp949",
             "euc_kr", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
             "iso8859_9", "tis_620", "cp874")
_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1", "iso8859_1": "Latin-1",
          "cp932": "Shift_JIS (Windows)", "cp949": "EUC-KR (Windows)", "koi8_r": "KOI8-R",
          "gb18030": "GB18030"}
#: Languages written in another Windows code page than 1252: bytes that read as Western
#: European text but are in one of these languages are read in the language's code page (Polish
#: "powódź" in Windows-1250 reads "powódŸ" in Windows-1252).
_CODE_PAGE = {
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "bg", "sr", "mk", "be"), "cp1251"),
    "el": "cp1253", "tr": "cp1254", "az": "cp1254", "he": "cp1255",
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"), "vi": "cp1258",
}
_DECLARED = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def _name(encoding: str) -> str:
    encoding = codecs.lookup(encoding).name.replace("-", "_")
    if encoding in _NAMES:
        return _NAMES[encoding]
    if encoding.startswith("cp125"):
        return "Windows-" + encoding[2:]
    if encoding.startswith("iso8859_"):
        return "ISO-8859-" + encoding[8:]
    return encoding


def _western(text: str) -> bool:
    """A plausible reading of Western European text: every character outside ASCII is one of
    :data:`_WESTERN` (or a C1 control, which Latin-1 keeps as it is), and at most a third of the
    letters are not ASCII (French, German or Portuguese have far fewer)."""
    letters = odd = 0
    for c in text:
        if c.isascii():
            letters += c.isalpha()
            continue
        if "\x80" <= c <= "\x9f":
            continue
        if c not in _WESTERN:
            return False
        odd += 1
        letters += c.isalpha()
    return odd <= max(3, letters // 3)


def _detected(data: bytes) -> str | None:
    """charset-normalizer's reading of legacy-encoded bytes, the common code page first among
    those that read the bytes equally well; None when it finds none."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(match.chaos for match in matches)
    equal = [m for m in matches if m.chaos <= best + 0.01]
    names = [codecs.lookup(e).name.replace("-", "_") for m in equal
             for e in [m.encoding, *m.could_be_from_charset]]
    for preferred in _PRIORITY:
        if preferred in names:
            return preferred
    return equal[0].encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, note). ``note`` is non-empty when the bytes were not UTF-8 and an
    encoding had to be chosen: the one the file declares (``charset=`` in an HTML page),
    Windows-1252 or Latin-1 when they read as Western European text in a Western language
    (the language's own code page when it has another one), else the encoding
    charset-normalizer finds (a Windows-1256 Arabic page reads as Arabic)."""
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
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            encoding = declared.group(1).decode("ascii")
            return data.decode(encoding), (f"not UTF-8; decoded as {_name(encoding)}, "
                                           "as the page declares")
        except (LookupError, UnicodeDecodeError):
            pass
    for encoding in ("cp1252", "latin_1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _western(text):
            other = _CODE_PAGE.get(detect(text) or "")
            if other:
                try:
                    return data.decode(other), f"not UTF-8; decoded as {_name(other)}"
                except UnicodeDecodeError:
                    pass
            return text, f"not UTF-8; decoded as {_name(encoding)}"
    encoding = _detected(data)
    if encoding is not None:
        try:
            return data.decode(encoding), f"not UTF-8; decoded as {_name(encoding)}"
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("latin-1"), "not UTF-8; decoded as Latin-1 (no encoding fits)"


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

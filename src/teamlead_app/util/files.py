"""Writing files all-or-nothing: a half-written export never stays behind."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from pathlib import Path

from teamlead_app.errors import StorageError
from teamlead_app.i18n import t

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}
MAX_FILE_NAME = 120


def safe_file_name(name: str, suffix: str = "") -> str:
    """A name Windows accepts as is: no `<>:"/\\|?*` or control characters (each becomes a
    space), no trailing dots or spaces, no reserved device name (CON, NUL, COM1 ...), at most
    MAX_FILE_NAME characters. Letters with accents stay: "Łukasz Wiśniewski" is a fine name.
    `suffix` (".pdf") is added after the cleaning."""
    text = " ".join(_FORBIDDEN.sub(" ", name).split())
    text = text[: MAX_FILE_NAME - len(suffix)].rstrip(" .")
    if not text or text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text + suffix


_REASON_WORDS = {
    "ENOENT": ("het bestand of de map bestaat niet", "the file or folder does not exist"),
    "EACCES": ("geen toestemming", "permission denied"),
    "EPERM": ("geen toestemming", "permission denied"),
    "ENOSPC": ("de schijf is vol", "the disk is full"),
    "EROFS": ("de schijf is alleen-lezen", "the disk is read-only"),
    "EDQUOT": ("je schijfruimte (quotum) is op", "your disk quota is used up"),
    "ENAMETOOLONG": ("de naam is te lang", "the name is too long"),
    "EISDIR": ("het is een map", "it is a folder"),
}
# by number, for the codes this platform has (Windows lacks some)
_REASONS = {
    getattr(errno, name): words for name, words in _REASON_WORDS.items() if hasattr(errno, name)
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in the user's language: its own strerror is English
    ("No such file or directory") in a Dutch sentence. Unknown causes keep the OS's words."""
    words = _REASONS.get(exc.errno or 0)
    return t(*words) if words else (exc.strerror or type(exc).__name__)


def file_in_use(path: Path) -> str:
    """The message for a target another program holds open (or that may not be replaced)."""
    return t(
        f"{path.name} is in gebruik of mag niet worden overschreven. Sluit het bestand in "
        "Excel of de PDF-lezer en probeer het opnieuw.",
        f"{path.name} is in use or may not be overwritten. Close the file in Excel or the PDF "
        "reader and try again.",
    )


def write_file(path: Path, data: bytes) -> None:
    """Write all or nothing: a temporary file in the same folder, then an atomic rename."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )
    if path.is_dir():
        raise StorageError(t(f"{path} is een map.", f"{path} is a folder."))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=path.suffix)
    except OSError as exc:
        raise StorageError(
            t(
                f"In {folder} kan niet worden geschreven: {os_reason(exc)}",
                f"Cannot write in {folder}: {os_reason(exc)}",
            )
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except PermissionError as exc:
        # Windows refuses to replace a file another program holds open (Excel, a PDF reader).
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(file_in_use(path)) from exc
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(
            t(
                f"{path.name} kan niet worden geschreven: {os_reason(exc)}",
                f"{path.name} cannot be written: {os_reason(exc)}",
            )
        ) from exc

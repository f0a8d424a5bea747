"""File names Windows accepts, and writing all or nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teamlead_app.errors import StorageError
from teamlead_app.i18n import set_language
from teamlead_app.util.files import MAX_FILE_NAME, os_reason, safe_file_name, write_file


def test_a_person_and_a_date_make_a_readable_file_name() -> None:
    name = safe_file_name("Gespreksverslag Łukasz Wiśniewski 25-11-2026", ".pdf")
    assert name == "Gespreksverslag Łukasz Wiśniewski 25-11-2026.pdf"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('Jan <b>&</b> "de" Vries', "Jan b & b de Vries.pdf"),
        ("Berg: A/B\\C|D?E*F", "Berg A B C D E F.pdf"),
        ("tab\there\nnewline\x00", "tab here newline.pdf"),
        ("eindigt met punt. ", "eindigt met punt.pdf"),
        ("CON", "_CON.pdf"),
        ("nul", "_nul.pdf"),
        ("COM1.verslag", "_COM1.verslag.pdf"),
        ("", "_.pdf"),
        ("🙂 Çağla Öztürk", "🙂 Çağla Öztürk.pdf"),
    ],
)
def test_characters_windows_refuses_are_replaced(raw: str, expected: str) -> None:
    assert safe_file_name(raw, ".pdf") == expected


def test_no_forbidden_character_survives_and_the_length_is_bounded() -> None:
    name = safe_file_name("x" * 500 + '<>:"/\\|?*', ".pdf")
    assert len(name) <= MAX_FILE_NAME and name.endswith(".pdf")
    assert not set('<>:"/\\|?*') & set(name)


@given(st.text())
def test_any_text_gives_a_name_windows_accepts(raw: str) -> None:
    name = safe_file_name(raw, ".pdf")
    stem = name.removesuffix(".pdf")
    assert not set('<>:"/\\|?*') & set(name)
    assert all(ord(c) >= 32 and c != "\x7f" for c in name)
    assert stem and not stem.endswith((" ", ".")) and len(name) <= MAX_FILE_NAME


def test_the_operating_systems_reason_is_given_in_dutch(tmp_path: Path) -> None:
    """A Dutch sentence with "No space left on device" in it reads as a fault of the app."""
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full) == "de schijf is vol"
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "geen toestemming"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    set_language("en")
    try:
        assert os_reason(full) == "the disk is full"
    finally:
        set_language("nl")
    with pytest.raises(FileNotFoundError) as info:
        (tmp_path / "missing.txt").read_bytes()
    assert os_reason(info.value) == "het bestand of de map bestaat niet"


def test_a_full_disk_while_writing_is_said_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageError) as info:
        write_file(tmp_path / "verslag.pdf", b"%PDF")
    assert str(info.value) == "verslag.pdf kan niet worden geschreven: de schijf is vol"
    assert list(tmp_path.iterdir()) == []  # nothing half-written stays behind

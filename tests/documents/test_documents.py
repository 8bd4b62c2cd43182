"""The reader registry: a reader per file type, and a named reason for what cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import documents
from corroborate.documents import Unreadable, read


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


def test_an_unknown_type_is_named_with_what_is_read() -> None:
    with pytest.raises(Unreadable, match=r"unsupported type \(.xlsx; read: .docx, .eml"):
        read(Path("budget.xlsx"), b"PK")


def test_a_missing_library_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pypdf(name: str, *args, **kwargs):
        if name.startswith("pypdf"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    with pytest.raises(Unreadable, match=r"reading a PDF needs pypdf: pip install 'corroborate\[formats\]'"):
        read(Path("report.pdf"), b"%PDF-1.4")


def test_an_empty_document_is_named_empty_not_corrupt() -> None:
    with pytest.raises(Unreadable, match=r"empty file \(a PDF of 0 bytes\)"):
        read(Path("report.pdf"), b"")

"""Word documents: paragraphs, headings, tables and core properties."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import documents
from corroborate.documents import Unreadable, read

from . import make


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


def test_a_word_file_gives_paragraphs_headings_tables_and_core_properties(tmp_path: Path) -> None:
    doc = read_file(make.docx(tmp_path / "statement.docx"))
    assert doc.text.split("\n\n")[:2] == ["Statement on the Friday fire", "Courier Chemicals confirms that a fire "
                                                                          "broke out in a storage hall of its Dunmore plant."]
    assert "Storage hall B | Destroyed by the fire" in doc.text
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.date) == (
        "Statement by the plant owner", "Courier Chemicals Ltd", "2025-03-14")


def test_a_docx_that_is_not_a_zip_is_named_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("plain words saved under the wrong name")
    with pytest.raises(Unreadable, match=r"corrupt Word document \(not a .docx"):
        read_file(path)

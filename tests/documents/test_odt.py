"""OpenDocument text: headings, paragraphs and meta data."""

from __future__ import annotations

from pathlib import Path

from corroborate import documents
from corroborate.documents import read

from . import make


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


def test_an_opendocument_text_gives_headings_paragraphs_and_its_meta_data(tmp_path: Path) -> None:
    doc = read_file(make.odt(tmp_path / "inspection.odt"))
    assert doc.text.split("\n\n") == ["Inspection report", "The footbridge at Millbrook was inspected on 14 May "
                                                           "2024 and no structural problems were found."]
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.date) == (
        "Inspection of the Millbrook footbridge", "Arden County Council", "2024-05-14")

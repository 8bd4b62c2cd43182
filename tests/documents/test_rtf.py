"""RTF: the text without its control words."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import documents
from corroborate.documents import Unreadable, read

from . import make


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


def test_an_rtf_file_gives_its_text_without_control_words(tmp_path: Path) -> None:
    doc = read_file(make.rtf(tmp_path / "minutes.rtf"))
    assert "The audit committee will review every bridge in the valley." in doc.text
    assert "\\par" not in doc.text and "Times New Roman" not in doc.text
    assert (doc.metadata.title, doc.metadata.author) == ("Council minutes", "Priya Nair")
    broken = tmp_path / "broken.rtf"
    broken.write_text("not rtf at all")
    with pytest.raises(Unreadable, match="no RTF header"):
        read_file(broken)

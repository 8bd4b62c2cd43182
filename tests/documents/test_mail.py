"""E-mail: the body and the From, Date and Subject headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import documents
from corroborate.documents import read

from . import make


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


@pytest.mark.parametrize("html_only", [False, True])
def test_an_email_gives_its_body_and_headers(tmp_path: Path, html_only: bool) -> None:
    doc = read_file(make.eml(tmp_path / "press.eml", html_only=html_only))
    assert "Eight engines attended the fire at the Courier Chemicals plant" in doc.text
    assert "<p>" not in doc.text
    assert (doc.metadata.title, doc.metadata.date) == ("Dunmore plant fire: update", "2025-03-14")
    assert doc.metadata.author == "Fire Service Press Office <press@fire.example.org>"

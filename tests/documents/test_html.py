"""Saved web pages: the article, never its menus, footer or comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import documents
from corroborate.documents import Unreadable, read

from . import make


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


def test_a_saved_news_page_gives_its_article_not_its_menus_footer_or_comments(tmp_path: Path) -> None:
    doc = read_file(make.html(tmp_path / "page.html"))
    assert "Six workers were taken to hospital with breathing problems" in doc.text
    for boilerplate in ("cookies", "Weather", "Related stories", "football", "closed years ago", "rights reserved"):
        assert boilerplate not in doc.text, boilerplate
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.date) == (
        "Fire at Dunmore chemical plant", "Jane Smith", "2025-03-14")


def test_a_page_with_no_article_is_empty_after_extraction(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    with pytest.raises(Unreadable, match="empty after extraction"):
        read_file(path)

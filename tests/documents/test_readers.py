"""Each reader on real files: the text, the metadata, and a named reason for every file it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import documents
from corroborate.documents import PAGE_BREAK, Unreadable, read
from corroborate.documents.pdf import _repair

from . import make


def read_file(path: Path) -> documents.Document:
    return read(path, path.read_bytes())


def test_a_pdf_is_read_page_by_page_with_its_document_info(tmp_path: Path) -> None:
    doc = read_file(make.pdf(tmp_path / "report.pdf"))
    pages = doc.text.split(f"\n{PAGE_BREAK}\n")
    assert len(pages) == 4 and pages[3].startswith("Page 4 of the agency report.")
    assert "the international school exceeded" in pages[3]  # "inter-\nnational" joined again
    assert (doc.kind, doc.metadata.title, doc.metadata.author) == ("pdf", "Report on the Dunmore fire",
                                                                   "Environment Agency")


def test_pdf_ligatures_and_line_end_hyphens_are_repaired_and_nothing_else() -> None:
    assert _repair("the e\ufb03cient o\ufb00icer\nwas well-\nknown and inter-\nnational, in-\nCharge") == \
        "the efficient officer\nwas well-known and international, in-\nCharge"


@pytest.mark.parametrize("make_bad, reason", [
    (lambda p: make.pdf(p, text_layer=False), "scanned PDF: no text layer on its 4 page(s), needs OCR"),
    (lambda p: make.pdf(p, password="secret"), "encrypted PDF (needs a password)"),
    (lambda p: p.write_bytes(make.pdf(p).read_bytes()[:900]) and p, "corrupt PDF"),
    (lambda p: p.write_bytes(b"<html>not a pdf</html>") and p, "corrupt PDF (no PDF header)"),
])
def test_a_pdf_that_cannot_be_read_says_why(tmp_path: Path, make_bad, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    make_bad(path)
    with pytest.raises(Unreadable) as error:
        read_file(path)
    assert str(error.value).startswith(reason)


def test_a_pdf_locked_with_an_empty_password_is_read(tmp_path: Path) -> None:
    assert "agency report" in read_file(make.pdf(tmp_path / "open.pdf", password="")).text


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


@pytest.mark.parametrize("html_only", [False, True])
def test_an_email_gives_its_body_and_headers(tmp_path: Path, html_only: bool) -> None:
    doc = read_file(make.eml(tmp_path / "press.eml", html_only=html_only))
    assert "Eight engines attended the fire at the Courier Chemicals plant" in doc.text
    assert "<p>" not in doc.text
    assert (doc.metadata.title, doc.metadata.date) == ("Dunmore plant fire: update", "2025-03-14")
    assert doc.metadata.author == "Fire Service Press Office <press@fire.example.org>"


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


def test_an_opendocument_text_gives_headings_paragraphs_and_its_meta_data(tmp_path: Path) -> None:
    doc = read_file(make.odt(tmp_path / "inspection.odt"))
    assert doc.text.split("\n\n") == ["Inspection report", "The footbridge at Millbrook was inspected on 14 May "
                                                           "2024 and no structural problems were found."]
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.date) == (
        "Inspection of the Millbrook footbridge", "Arden County Council", "2024-05-14")


def test_an_rtf_file_gives_its_text_without_control_words(tmp_path: Path) -> None:
    doc = read_file(make.rtf(tmp_path / "minutes.rtf"))
    assert "The audit committee will review every bridge in the valley." in doc.text
    assert "\\par" not in doc.text and "Times New Roman" not in doc.text
    assert (doc.metadata.title, doc.metadata.author) == ("Council minutes", "Priya Nair")
    broken = tmp_path / "broken.rtf"
    broken.write_text("not rtf at all")
    with pytest.raises(Unreadable, match="no RTF header"):
        read_file(broken)

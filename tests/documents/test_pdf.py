"""PDF: the text layer page by page, the document info, and a named reason for each PDF it cannot read."""

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

"""PDF: the text layer, page by page (pypdf), with the document info's title and author.

Pages are joined by a form feed on a line of its own (``PAGE_BREAK``), so a quote's page can be told. Ligatures
(ﬁ, ﬂ) become their letters and a word broken at a line end is joined again; nothing else is changed.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata

from . import PAGE_BREAK, Document, Metadata, Unreadable, non_empty

_LIGATURES = re.compile("[\ufb00-\ufb06]")
_LINE_END_HYPHEN = re.compile(r"(\w+)-\n([a-zа-я]\w*)")  # "inter-\nnational": a word, a hyphen, a lower-case word


def extract(data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not the user's business
    if not data.lstrip()[:5] == b"%PDF-":
        raise Unreadable("corrupt PDF (no PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # many PDFs are "encrypted" with an empty password
            raise Unreadable("encrypted PDF (needs a password)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        raise Unreadable("encrypted PDF (needs a password)") from None
    except PdfReadError as exc:
        raise Unreadable(f"corrupt PDF ({exc})") from None
    if not pages:
        raise Unreadable("corrupt PDF (no pages)")
    if not any(any(c.isalnum() for c in page) for page in pages):
        raise Unreadable(f"scanned PDF: no text layer on its {len(pages)} page(s), needs OCR")
    text = f"\n{PAGE_BREAK}\n".join(_repair(page) for page in pages)
    info = reader.metadata
    meta = Metadata(title=_clean(info.title) if info else None, author=_clean(info.author) if info else None,
                    date=_date(info.get("/CreationDate")) if info else None)
    return Document(non_empty(text, "PDF"), "pdf", meta)


def _repair(page: str) -> str:
    page = page.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, "\n")
    page = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), page)
    return _LINE_END_HYPHEN.sub(_join, page).strip("\n")


def _join(m: re.Match[str]) -> str:
    """A word broken at a line end, joined again: without the hyphen when that makes a word the dictionary
    (WordNet) knows and the hyphenated form is not one ("inter-national"); with it otherwise ("well-known",
    and names it cannot tell), since the hyphen was on the page."""
    from ..lexicon import lookup

    whole = m[1] + m[2]
    if lookup(whole) is not None and lookup(f"{m[1]}-{m[2]}") is None:
        return whole
    return f"{m[1]}-{m[2]}"


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _date(value: object) -> str | None:
    """A PDF date (``D:20250314093000Z``) as YYYY-MM-DD."""
    m = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None

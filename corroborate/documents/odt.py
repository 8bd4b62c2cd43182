"""OpenDocument text (.odt, LibreOffice's own format): headings and paragraphs in order (odfpy), with the
title, author and date of the document's meta data."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from . import Document, Metadata, Unreadable, non_empty


def extract(data: bytes) -> Document:
    from odf import opendocument, teletype
    from odf.namespaces import DCNS, METANS, TEXTNS

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise Unreadable("corrupt OpenDocument file (not a zip archive)")
    try:
        document = opendocument.load(io.BytesIO(data))
    except (KeyError, zipfile.BadZipFile) as exc:
        raise Unreadable(f"corrupt OpenDocument file ({exc or 'no content'})") from None
    blocks: list[Any] = []
    _collect(document.text, ((TEXTNS, "h"), (TEXTNS, "p")), blocks)
    text = "\n\n".join(" ".join(teletype.extractText(b).split()) for b in blocks if teletype.extractText(b).strip())

    def meta(namespace: str, name: str) -> str | None:
        for element in document.meta.childNodes:
            if element.qname == (namespace, name):
                value = teletype.extractText(element).strip()
                return value or None
        return None

    date = meta(METANS, "creation-date") or meta(DCNS, "date")
    metadata = Metadata(title=meta(DCNS, "title"), author=meta(DCNS, "creator") or meta(METANS, "initial-creator"),
                        date=date[:10] if date else None)
    return Document(non_empty(text, "OpenDocument file"), "odt", metadata)


def _collect(node: Any, kinds: tuple[tuple[str, str], ...], out: list[Any]) -> None:
    """Headings and paragraphs in the order they stand in the document (inside lists and tables too)."""
    for child in getattr(node, "childNodes", ()):
        if getattr(child, "qname", None) in kinds:
            out.append(child)
        else:
            _collect(child, kinds, out)

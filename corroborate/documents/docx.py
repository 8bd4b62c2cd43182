"""Word documents (.docx): paragraphs and headings in order, then each table row as a line (python-docx),
with the core properties' title, author and date."""

from __future__ import annotations

import io
import zipfile

from . import Document, Metadata, Unreadable, non_empty


def extract(data: bytes) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise Unreadable("corrupt Word document (not a .docx: it is not a zip archive)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile) as exc:
        raise Unreadable(f"corrupt Word document ({exc or 'no document part'})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [" ".join(cell.text.split()) for cell in row.cells]
            lines.append(" | ".join(dict.fromkeys(c for c in cells if c)))  # merged cells repeat their text
    # A blank line between paragraphs: each ends its sentences, as a paragraph does on the page.
    text = "\n\n".join(line.strip() for line in lines if line.strip())
    props = document.core_properties
    created = props.created or props.modified
    meta = Metadata(title=props.title or None, author=props.author or None,
                    date=created.date().isoformat() if created else None)
    return Document(non_empty(text, "Word document"), "docx", meta)

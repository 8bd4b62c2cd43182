"""Turning the files reporters keep into text that can be quoted: one small reader per format.

Each reader takes a file's bytes and gives a ``Document``: the text (the document's own words, with PDF
ligatures and line-end hyphenation repaired), the kind it was read as, and the metadata the file carries
about itself (title, author, date). A file that cannot be read raises ``Unreadable`` with the reason a
person needs ("scanned: needs OCR", "encrypted", "corrupt", "empty after extraction").

The libraries for PDF, HTML and Word (the ``formats`` extra) are imported only when such a file is read, so
a folder of plain text never pays for them. PDF pages are separated by a form feed on a line of its own,
which is how a location becomes ``report.pdf:p4:12``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath

PAGE_BREAK = "\f"  # alone on a line between two pages of a PDF


class Unreadable(ValueError):
    """A file that cannot be turned into text, with the reason a person needs."""


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    date: str | None = None  # as the document writes it; YYYY-MM-DD where the format says so


@dataclass(frozen=True)
class Document:
    text: str
    kind: str  # what it was read as: an encoding for plain text ("utf-8"), else "pdf", "html", "docx", "eml"
    metadata: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True)
class Reader:
    module: str  # the module of this package that reads the format
    kind: str  # a name for messages: "PDF", "web page"
    needs: str | None = None  # the library it imports, when not the standard library's


READERS: dict[str, Reader] = {
    ".txt": Reader("plain", "text"), ".md": Reader("plain", "text"), ".markdown": Reader("plain", "text"),
    ".html": Reader("html", "web page", "trafilatura"), ".htm": Reader("html", "web page", "trafilatura"),
    ".pdf": Reader("pdf", "PDF", "pypdf"),
    ".docx": Reader("docx", "Word document", "docx"),
    ".eml": Reader("mail", "e-mail"),
    ".odt": Reader("odt", "OpenDocument file", "odfpy"),
    ".rtf": Reader("rtf", "RTF file", "striprtf"),
}
"""The formats read, by file suffix."""

EXTRA = "pip install 'corroborate[formats]'"


def reader_for(path: PurePath) -> Reader | None:
    return READERS.get(path.suffix.lower())


def read(path: PurePath, data: bytes) -> Document:
    """The document in ``data`` (the bytes of the file at ``path``), or Unreadable with the reason."""
    reader = reader_for(path)
    if reader is None:
        raise Unreadable(unsupported(path))
    if not data.strip() and reader.module != "plain":
        raise Unreadable(f"empty file (a {reader.kind} of {len(data)} bytes)")
    module = importlib.import_module(f".{reader.module}", __name__)
    extract: Callable[[bytes], Document] = module.extract
    try:
        return extract(data)
    except ModuleNotFoundError as exc:
        needed = reader.needs or exc.name
        raise Unreadable(f"reading a {reader.kind} needs {needed}: {EXTRA}") from None
    except Unreadable:
        raise
    except RecursionError:
        raise Unreadable(f"corrupt {reader.kind} (nested too deeply to read)") from None
    except Exception as exc:  # a library's own error on a broken file: name it, never a traceback
        raise Unreadable(f"corrupt {reader.kind} ({type(exc).__name__}: {_short(exc)})") from None


def unsupported(path: PurePath) -> str:
    return f"unsupported type ({path.suffix or 'no extension'}; read: {', '.join(sorted(READERS))})"


def _short(exc: Exception, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or "no detail"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def non_empty(text: str, kind: str) -> str:
    """The text, or Unreadable when nothing is left after extraction."""
    if not any(c.isalnum() for c in text):
        raise Unreadable(f"empty after extraction (a {kind} with no text)")
    return text

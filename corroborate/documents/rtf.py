"""Rich Text Format (.rtf): the text with its control words removed (striprtf). RTF carries its title and
author in an ``\\info`` group, read here when present."""

from __future__ import annotations

import re

from . import Document, Metadata, Unreadable, non_empty
from .plain import decode


def extract(data: bytes) -> Document:
    from striprtf.striprtf import rtf_to_text

    try:
        source, _ = decode(data)
    except ValueError as exc:
        raise Unreadable(f"corrupt RTF file ({exc})") from None
    if not source.lstrip().startswith("{\\rtf"):
        raise Unreadable("corrupt RTF file (no RTF header)")
    converted: str = rtf_to_text(source, errors="replace")  # type: ignore[no-untyped-call]
    text = converted.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\n{3,}", "\n\n", text)
    metadata = Metadata(title=_info(source, "title"), author=_info(source, "author"))
    return Document(non_empty(text, "RTF file"), "rtf", metadata)


def _info(source: str, name: str) -> str | None:
    m = re.search(r"\{\\" + name + r" ([^{}]*)\}", source)
    return " ".join(m.group(1).split()) or None if m else None

"""Plain text (.txt, .md): decoded as the encoding it is most likely in."""

from __future__ import annotations

from . import Document, Unreadable


def extract(data: bytes) -> Document:
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise Unreadable(str(exc)) from None
    return Document(text, encoding)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as text, naming the encoding used; raise ValueError for binary data.

    Tries a byte-order mark, then UTF-8, then the single-byte encodings people meet in practice:
    Windows-1251 when the high bytes look like Cyrillic letters, Windows-1252 (a superset of latin-1) otherwise.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise ValueError(f"not valid {encoding} despite its byte-order mark") from exc
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = [b for b in data if b >= 0x80]
    cyrillic = sum(1 for b in high if b >= 0xC0)
    if high and cyrillic / len(high) > 0.6 and _looks_russian(data.decode("cp1251", "replace")):
        return data.decode("cp1251"), "cp1251"
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 50):
        raise ValueError("binary file (not text in any known encoding)")
    return text, "cp1252"


def _looks_russian(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    lower = sum(1 for c in letters if "\u0430" <= c <= "\u044f")
    return bool(cyr) and cyr / len(letters) > 0.5 and lower / cyr > 0.5

"""Plain text: decoded as the encoding it is most likely in, and binary refused with a reason."""

from __future__ import annotations

import pytest

from corroborate.documents import Unreadable
from corroborate.documents.plain import extract


@pytest.mark.parametrize("data, text, kind", [
    ("Police raided the market.".encode("utf-8"), "Police raided the market.", "utf-8"),
    ("Полиция провела рейд на рынке.".encode("cp1251"), "Полиция провела рейд на рынке.", "cp1251"),
    ("Café in Osh".encode("cp1252"), "Café in Osh", "cp1252"),
    ("\ufeffWith a byte-order mark".encode("utf-16"), "\ufeffWith a byte-order mark", "utf-16"),
])
def test_the_encodings_people_meet_are_read(data: bytes, text: str, kind: str) -> None:
    document = extract(data)
    assert document.text.lstrip("\ufeff") == text.lstrip("\ufeff") and document.kind == kind


def test_binary_data_is_refused_with_its_reason() -> None:
    with pytest.raises(Unreadable, match="binary"):
        extract(b"\x89PNG\r\n\x1a\n\x00\x00\x00")

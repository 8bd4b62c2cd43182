"""Formats register in one table, by the names the command line offers."""

from __future__ import annotations

import pytest

from corroborate.kinds import ReportFormat
from corroborate.report import FORMATS, get_format


def test_every_format_name_has_a_format_that_renders() -> None:
    assert set(FORMATS) == set(ReportFormat)
    for name in ReportFormat:
        assert callable(get_format(name).render)


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        get_format("xml")

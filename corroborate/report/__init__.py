"""Output formats. Each module renders a finished report to text; the CLI only picks one by name.

Formats register in one table (``FORMATS``), by their name in ``kinds.ReportFormat``; each is imported only
when asked for, so the command line stays fast to start.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol

from ..kinds import ReportFormat
from ..pipeline import CheckReport


class Format(Protocol):
    """One output format: turns a finished check into the text written to stdout or a file."""

    def render(self, report: CheckReport) -> str: ...


@dataclass(frozen=True)
class Registered:
    module: str  # the module of this package that holds the format
    name: str  # its class
    sized: bool = False  # it takes the colour and width of the terminal


FORMATS: dict[ReportFormat, Registered] = {
    ReportFormat.TERMINAL: Registered("terminal", "TerminalFormat", sized=True),
    ReportFormat.CONCISE: Registered("concise", "ConciseFormat"),
    ReportFormat.JSON: Registered("json", "JsonFormat"),
    ReportFormat.JSON_LINES: Registered("json", "JsonLinesFormat"),
    ReportFormat.MARKDOWN: Registered("markdown", "MarkdownFormat"),
    ReportFormat.GITHUB: Registered("github", "GithubFormat"),
}


def get_format(name: str, *, color: bool = False, width: int | None = None) -> Format:
    try:
        entry = FORMATS[ReportFormat(name)]
    except ValueError:
        raise ValueError(f"unknown format {name!r}") from None
    cls = getattr(importlib.import_module(f".{entry.module}", __name__), entry.name)
    fmt: Format = cls(color=color, width=width) if entry.sized else cls()
    return fmt

"""Output formats. Each module renders a finished report to text; the CLI only picks one by name."""

from __future__ import annotations

from typing import Protocol

from ..pipeline import CheckReport


class Format(Protocol):
    """One output format: turns a finished check into the text written to stdout or a file."""

    def render(self, report: CheckReport) -> str: ...


def get_format(name: str, *, color: bool = False, width: int | None = None) -> Format:
    if name == "json":
        from .json import JsonFormat

        return JsonFormat()
    if name == "json-lines":
        from .json import JsonLinesFormat

        return JsonLinesFormat()
    if name == "markdown":
        from .markdown import MarkdownFormat

        return MarkdownFormat()
    if name == "github":
        from .github import GithubFormat

        return GithubFormat()
    if name == "concise":
        from .concise import ConciseFormat

        return ConciseFormat()
    if name == "terminal":
        from .terminal import TerminalFormat

        return TerminalFormat(color=color, width=width)
    raise ValueError(f"unknown format {name!r}")


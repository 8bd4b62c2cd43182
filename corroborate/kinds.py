"""The named values that travel between modules, each defined once: verdicts, stances, what fails a run,
and the report formats. They are ``StrEnum``s, so they are also the plain strings the JSON, the reports and
the settings use; the command line's choices and the settings' validation read them from here."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    CORROBORATED = "corroborated"  # enough independent origins support it
    SINGLE_SOURCE = "single-source"  # supported, by fewer origins than needed
    CONTESTED = "contested"  # supported by one origin, contradicted by another
    UNSUPPORTED = "unsupported"  # no source supports it


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


class FailOn(StrEnum):
    """What makes a run exit 1."""

    UNSUPPORTED = "unsupported"  # unsupported and contested claims (and changed locked evidence)
    SINGLE_SOURCE = "single-source"  # ... and single-source ones too, unless waived


class ReportFormat(StrEnum):
    TERMINAL = "terminal"
    CONCISE = "concise"
    JSON = "json"
    JSON_LINES = "json-lines"
    MARKDOWN = "markdown"
    GITHUB = "github"


class SourcesFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"

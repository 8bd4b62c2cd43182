"""The commands as plain functions that return an exit code, one module each (the CLI layer only parses
arguments and calls them). ``_common`` holds what they share: exit codes, errors, warnings, output."""

from ._common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    exit_code_for,
    guarded,
)

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_INTERRUPTED", "EXIT_OK", "exit_code_for", "guarded"]

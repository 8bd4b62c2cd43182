"""What every command shares: one place turns errors into exit codes and one-line messages."""

from __future__ import annotations

import pytest

from corroborate.commands import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    exit_code_for,
    guarded,
)
from corroborate.errors import InputError


def test_errors_become_exit_codes_in_one_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code_for(InputError("bad", "claims.yaml", 2)) == EXIT_ERROR
    assert capsys.readouterr().err == "corroborate: error: claims.yaml:2: bad\n"
    assert exit_code_for(KeyboardInterrupt()) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "corroborate: interrupted\n"
    assert exit_code_for(ValueError("a bug")) is None  # a bug keeps its traceback


def test_a_guarded_command_returns_the_code_instead_of_raising() -> None:
    @guarded
    def fails() -> int:
        raise InputError("no such folder", "seeds")

    @guarded
    def works() -> int:
        return EXIT_OK

    assert fails() == EXIT_ERROR and works() == EXIT_OK


def test_a_report_piped_to_a_reader_takes_the_width_of_the_terminal_it_was_typed_in(monkeypatch):
    import os
    import sys

    from corroborate.commands._common import report_width

    class Terminal:
        def isatty(self) -> bool:
            return True

        def fileno(self) -> int:
            return 2

    class Pipe:
        def isatty(self) -> bool:
            return False

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "stdout", Pipe())
    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((80, 24)))
    assert report_width(None) == 80  # `corroborate check | less` in an 80-column terminal
    monkeypatch.setenv("COLUMNS", "132")
    assert report_width(None) == 132  # COLUMNS, when set, decides
    monkeypatch.delenv("COLUMNS")
    from pathlib import Path
    assert report_width(Path("report.txt")) is None  # a file: the format's own width
    monkeypatch.setattr(sys, "stderr", Pipe())
    monkeypatch.setattr(sys, "stdin", Pipe())
    assert report_width(None) is None  # no terminal anywhere (CI)

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

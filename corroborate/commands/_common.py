"""What every command shares: exit codes, turning errors into one message, warnings, where output goes."""

from __future__ import annotations

import functools
import os
import shutil
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from ..errors import InputError
from ..output import STDOUT, Protected, is_stdout, write_text

if TYPE_CHECKING:  # commands import the core lazily, so that `--help` stays fast
    from ..claims import ClaimsFile
    from ..sources import Corpus

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
F = TypeVar("F", bound=Callable[..., int])


def exit_code_for(exc: BaseException) -> int | None:
    """The exit code for an error a run ends with, after saying it in one line; None for any other (a bug,
    which should show its traceback). The one place errors become exit codes: ``guarded`` commands and the
    command line's own parsing (``cli.main``) both use it."""
    if isinstance(exc, InputError):
        stderr(f"corroborate: error: {exc}")
        return EXIT_ERROR
    if isinstance(exc, KeyboardInterrupt):
        stderr("corroborate: interrupted")
        return EXIT_INTERRUPTED
    return None


def guarded(func: F) -> F:
    """Turn input errors into one message and exit code 2, Ctrl-C into exit code 130; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> int:
        try:
            result: int = func(*args, **kwargs)
            return result
        except (InputError, KeyboardInterrupt) as exc:
            code = exit_code_for(exc)
            assert code is not None
            return code

    return wrapper  # type: ignore[return-value]


def stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def stdout_if_dash(output: Path | None) -> Path | None:
    """``-o -`` is standard output, as if no ``-o`` were given."""
    return None if is_stdout(output) else output


def protected_paths(claims: Path, sources_dir: Path, lock: Path | None = None) -> Protected:
    """What a report must never replace: the claims file, its lock, the settings file and the sources."""
    from ..lock import default_lock_path

    settings = Path("pyproject.toml")
    return Protected.of(claims=claims, sources=sources_dir, lock=lock or default_lock_path(claims),
                        settings=settings if settings.exists() else None)


def use_color(output: Path | None, format: str) -> bool:
    """Colour only for a terminal report written to a terminal, and never with NO_COLOR set."""
    return output is None and format == "terminal" and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def report_width(output: Path | None) -> int | None:
    """The report's width: the terminal's; else ``COLUMNS`` (so a piped or saved report can be narrow); else,
    for a report piped on its way to a person (``| less``, ``| head``), the width of the terminal the command
    was typed in (its standard error or input); else the format's default."""
    if output is None and sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if output is None:
        for stream in (sys.stderr, sys.stdin):
            try:
                if stream is not None and stream.isatty():
                    return os.get_terminal_size(stream.fileno()).columns
            except (OSError, ValueError):
                continue
    return None


def warn_skipped(corpus: Corpus, claims_file: ClaimsFile | None = None) -> None:
    """One warning per source file that could not be used (never dropped silently), and per `sources:` entry
    of the claims file that names no source."""
    from ..independence import unmatched_entries

    for skipped in corpus.skipped:
        stderr(f"corroborate: warning: {skipped}")
    if claims_file is None:
        return
    for info, near in unmatched_entries(corpus, claims_file.sources):
        hint = f"; did you mean {near!r}?" if near else ""
        stderr(f"{claims_file.path}:{info.line}: warning: `sources:` entry {info.file!r} names no readable "
                f"source under {corpus.root}{hint}")


def warn_settings(claims_file: ClaimsFile) -> None:
    """The claims file's warnings (unknown keys, unusual values), then pyproject.toml's."""
    from ..config import pyproject_settings

    for warning in (*claims_file.warnings, *pyproject_settings().warnings):
        stderr(warning)


def emit(text: str, output: Path | None, protected: Protected) -> None:
    write_text(output if output is not None else STDOUT, text, protected)


Progress = Callable[[int, int], None]  # (claims done, claims in all)


class NoProgress:
    def __enter__(self) -> Progress | None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def progress_bar(total: int) -> AbstractContextManager[Progress | None]:
    """A Rich progress bar on standard error, only when it is a terminal and the run is long."""
    if not sys.stderr.isatty() or total < 20:
        return NoProgress()
    from rich.console import Console
    from rich.progress import Progress as RichProgress

    class _Bar:
        def __enter__(self) -> Progress:
            self.bar = RichProgress(console=Console(stderr=True), transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("checking claims", total=total)
            return lambda done, _total: self.bar.update(self.task, completed=done)

        def __exit__(self, *exc: Any) -> None:
            self.bar.__exit__(*exc)

    return _Bar()

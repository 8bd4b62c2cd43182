"""The commands as plain functions that return an exit code (the CLI layer only parses arguments)."""

from __future__ import annotations

import functools
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from .errors import InputError
from .output import STDOUT, Protected, is_stdout, target_of, write_text

if TYPE_CHECKING:  # commands import the core lazily, so that `--help` stays fast
    from .claims import ClaimsFile
    from .sources import Corpus

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
F = TypeVar("F", bound=Callable[..., int])


def guarded(func: F) -> F:
    """Turn input errors into one message and exit code 2, Ctrl-C into exit code 130; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> int:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            _stderr(f"corroborate: error: {exc}")
            return EXIT_ERROR
        except KeyboardInterrupt:
            _stderr("corroborate: interrupted")
            return EXIT_INTERRUPTED

    return wrapper  # type: ignore[return-value]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _stdout_if_dash(output: Path | None) -> Path | None:
    """``-o -`` is standard output, as if no ``-o`` were given."""
    return None if is_stdout(output) else output


def _protected(claims: Path, sources_dir: Path, lock: Path | None = None) -> Protected:
    """What a report must never replace: the claims file, its lock, the settings file and the sources."""
    from .lock import default_lock_path

    settings = Path("pyproject.toml")
    protected = Protected.of(claims=claims, sources=sources_dir, lock=lock or default_lock_path(claims),
                             settings=settings if settings.exists() else None)
    return protected


def _color(output: Path | None, format: str) -> bool:
    """Colour only for a terminal report written to a terminal, and never with NO_COLOR set."""
    return output is None and format == "terminal" and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _width(output: Path | None) -> int | None:
    """The report's width: the terminal's, else ``COLUMNS`` (so a piped or saved report can be narrow), else the
    format's default."""
    if output is None and sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def _warn_skipped(corpus: Corpus, claims_file: ClaimsFile | None = None) -> None:
    """One warning per source file that could not be used (never dropped silently), and per `sources:` entry
    of the claims file that names no source."""
    from .independence import unmatched_entries

    for skipped in corpus.skipped:
        _stderr(f"corroborate: warning: {skipped}")
    if claims_file is None:
        return
    for info, near in unmatched_entries(corpus, claims_file.sources):
        hint = f"; did you mean {near!r}?" if near else ""
        _stderr(f"{claims_file.path}:{info.line}: warning: `sources:` entry {info.file!r} names no readable "
                f"source under {corpus.root}{hint}")


def _warn_settings(claims_file: ClaimsFile) -> None:
    """The claims file's warnings (unknown keys, unusual values), then pyproject.toml's."""
    from .config import pyproject_settings

    for warning in (*claims_file.warnings, *pyproject_settings().warnings):
        _stderr(warning)


def emit(text: str, output: Path | None, protected: Protected) -> None:
    write_text(output if output is not None else STDOUT, text, protected)


@guarded
def run_check_command(*, claims: Path, sources: Path | None, format: str, output: Path | None,
                      min_sources: int | None, threshold: float | None, fail_on: str | None,
                      exhaustive: bool, exit_zero: bool, use_cache: bool = True, lock: Path | None = None) -> int:
    from .claims import load_claims
    from .config import resolve_options
    from .pipeline import run_check
    from .report import get_format

    output = _stdout_if_dash(output)
    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources, min_sources=min_sources, threshold=threshold,
                              fail_on=fail_on, exhaustive=exhaustive, use_cache=use_cache)
    protected = _protected(claims, options.sources_dir, lock)
    if output is not None:
        target_of(output, protected)  # refuse before the run, not after it
    _warn_settings(claims_file)
    with _progress(len(claims_file.claims)) as progress:
        report = run_check(options, claims_file, progress=progress, lock=lock)
    _warn_skipped(report.corpus, claims_file)
    width = _width(output)
    text = get_format(format, color=_color(output, format), width=width).render(report)
    emit(text, output, protected)
    if output is not None:
        _stderr(f"corroborate: report written to {output}")
    if report.failed and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


@guarded
def run_explain_command(*, claim_id: str, claims: Path, sources: Path | None, threshold: float | None,
                        per_source: int) -> int:
    from .claims import load_claims
    from .config import resolve_options
    from .explain import explain_claim

    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources, threshold=threshold)
    _warn_settings(claims_file)
    matching = [c for c in claims_file.claims if c.id == claim_id]
    if not matching:
        import difflib

        near = difflib.get_close_matches(claim_id, [c.id for c in claims_file.claims], n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise InputError(f"no claim with id {claim_id!r}{hint}", claims)
    color = _color(None, "terminal")
    corpus = explain_claim(matching[0], claims_file, options, per_source=per_source, color=color)
    _warn_skipped(corpus, claims_file)
    return EXIT_OK


@guarded
def run_sources_command(*, sources: Path | None, claims: Path, format: str, output: Path | None) -> int:
    from .claims import ClaimsFile, load_claims
    from .config import resolve_sources_dir
    from .options import CheckOptions
    from .pipeline import load_sources
    from .report.sources import render_sources

    output = _stdout_if_dash(output)
    claims_file = load_claims(claims) if claims.exists() else ClaimsFile(claims, [])
    sources_dir = resolve_sources_dir(claims_file, sources)
    protected = _protected(claims, sources_dir)
    if output is not None:
        target_of(output, protected)
    _warn_settings(claims_file)
    corpus, graph = load_sources(CheckOptions(claims, sources_dir), claims_file.sources)
    _warn_skipped(corpus, claims_file)
    emit(render_sources(graph, format, color=_color(output, format)), output, protected)
    return EXIT_OK


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc) -> None:
        return None


def _progress(total: int):
    """A Rich progress bar on standard error, only when it is a terminal and the run is long."""
    if not sys.stderr.isatty() or total < 20:
        return _NoProgress()
    from rich.console import Console
    from rich.progress import Progress

    class _Bar:
        def __enter__(self):
            self.progress = Progress(console=Console(stderr=True), transient=True)
            self.progress.__enter__()
            self.task = self.progress.add_task("checking claims", total=total)
            return lambda done, _total: self.progress.update(self.task, completed=done)

        def __exit__(self, *exc):
            return self.progress.__exit__(*exc)

    return _Bar()


@guarded
def run_lock_command(*, claims: Path, sources: Path | None, output: Path | None) -> int:
    from .claims import load_claims
    from .config import resolve_options
    from .lock import default_lock_path, write_lock
    from .pipeline import run_check

    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources)
    _warn_settings(claims_file)
    path = output or default_lock_path(claims)
    protected = Protected.of(claims=claims, sources=options.sources_dir)
    target_of(path, protected)
    report = run_check(options, claims_file, use_lock=False)  # the evidence as it is now, to be locked
    _warn_skipped(report.corpus, claims_file)
    write_lock(report.corpus, report.results, path, protected)
    passages = sum(len(r.supports) for r in report.results)
    _stderr(f"corroborate: locked {passages} supporting passage(s) of {len(report.results)} claim(s) in {path}")
    return EXIT_OK


@guarded
def run_init_command(*, sources: Path, claims: Path) -> int:
    from .init import starter_claims
    from .sources import load_corpus

    if claims.exists() or claims.is_symlink():
        raise InputError("already exists; not overwriting it (choose another name with --claims)", claims)
    protected = Protected.of(sources=sources)
    target_of(claims, protected)
    corpus = load_corpus(sources)
    _warn_skipped(corpus)
    write_text(claims, starter_claims(corpus, claims), protected)
    _stderr(f"corroborate: wrote {claims} describing {len(corpus.sources)} source(s); edit the example claim, "
            f"then run `corroborate check`")
    return EXIT_OK

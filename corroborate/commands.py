"""The commands as plain functions that return an exit code (the CLI layer only parses arguments)."""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from .errors import InputError

if TYPE_CHECKING:  # commands import the core lazily, so that `--help` stays fast
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


def write_atomic(path: Path, text: str) -> None:
    """Write text to path via a temporary file in the same folder, so a report is never half-written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("cannot write the report: folder does not exist", folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise InputError("cannot write the report: permission denied", folder) from None
    except OSError as exc:
        raise InputError(f"cannot write the report: {exc.strerror or exc}", folder) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, IsADirectoryError):
            raise InputError("cannot write the report: it is a folder", path) from None
        if isinstance(exc, OSError):
            raise InputError(f"cannot write the report: {exc.strerror or exc}", path) from None
        raise


def _guard_output(output: Path | None, sources_dir: Path) -> None:
    if output is None:
        return
    try:
        out = output.resolve()
        src = sources_dir.resolve()
    except OSError:
        return
    if out == src or src in out.parents:
        raise InputError("refusing to write the report into the sources folder", output)


def _color(output: Path | None, format: str) -> bool:
    """Colour only for a terminal report written to a terminal, and never with NO_COLOR set."""
    return output is None and format == "terminal" and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _warn_skipped(corpus: Corpus) -> None:
    """One warning per source file that could not be used (never dropped silently)."""
    for skipped in corpus.skipped:
        _stderr(f"corroborate: warning: {skipped}")


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)


@guarded
def run_check_command(*, claims: Path, sources: Path | None, format: str, output: Path | None,
                      min_sources: int | None, threshold: float | None, fail_on: str | None,
                      exhaustive: bool, exit_zero: bool, use_cache: bool = True, lock: Path | None = None) -> int:
    from .check import run_check
    from .claims import load_claims
    from .config import resolve_options
    from .report import get_format

    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources, min_sources=min_sources, threshold=threshold,
                              fail_on=fail_on, exhaustive=exhaustive, use_cache=use_cache)
    _guard_output(output, options.sources_dir)
    for warning in claims_file.warnings:
        _stderr(warning)
    with _progress(len(claims_file.claims)) as progress:
        report = run_check(options, claims_file, progress=progress)
    _warn_skipped(report.corpus)
    from .lock import attach

    attach(report, lock)
    on_terminal = output is None and sys.stdout.isatty()
    width = shutil.get_terminal_size((120, 24)).columns if on_terminal else None
    text = get_format(format, color=_color(output, format), width=width).render(report)
    emit(text, output)
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
    matching = [c for c in claims_file.claims if c.id == claim_id]
    if not matching:
        import difflib

        near = difflib.get_close_matches(claim_id, [c.id for c in claims_file.claims], n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise InputError(f"no claim with id {claim_id!r}{hint}", claims)
    color = _color(None, "terminal")
    corpus = explain_claim(matching[0], claims_file, options, per_source=per_source, color=color)
    _warn_skipped(corpus)
    return EXIT_OK


@guarded
def run_sources_command(*, sources: Path | None, claims: Path, format: str, output: Path | None) -> int:
    from .claims import ClaimsFile, load_claims
    from .config import resolve_sources_dir
    from .check import CheckOptions, load_sources
    from .report.sources import render_sources

    claims_file = load_claims(claims) if claims.exists() else ClaimsFile(claims, [])
    sources_dir = resolve_sources_dir(claims_file, sources)
    _guard_output(output, sources_dir)
    corpus, graph = load_sources(CheckOptions(claims, sources_dir), claims_file.sources)
    _warn_skipped(corpus)
    emit(render_sources(graph, format, color=_color(output, format)), output)
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
    from .check import run_check
    from .claims import load_claims
    from .config import resolve_options
    from .lock import default_lock_path, write_lock

    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources)
    path = output or default_lock_path(claims)
    _guard_output(path, options.sources_dir)
    report = run_check(options, claims_file)
    _warn_skipped(report.corpus)
    write_lock(report, path)
    passages = sum(len(r.supports) for r in report.results)
    _stderr(f"corroborate: locked {passages} supporting passage(s) of {len(report.results)} claim(s) in {path}")
    return EXIT_OK


@guarded
def run_init_command(*, sources: Path, claims: Path) -> int:
    from .init import starter_claims
    from .sources import load_corpus

    if claims.exists():
        raise InputError("already exists; not overwriting it (choose another name with --claims)", claims)
    _guard_output(claims, sources)
    corpus = load_corpus(sources)
    _warn_skipped(corpus)
    write_atomic(claims, starter_claims(corpus, claims))
    _stderr(f"corroborate: wrote {claims} describing {len(corpus.sources)} source(s); edit the example claim, "
            f"then run `corroborate check`")
    return EXIT_OK

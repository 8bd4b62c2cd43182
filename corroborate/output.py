"""Writing files: the one place `corroborate` creates or replaces a file (reports, the lock, `init`'s claims).

The rules, so that no run can destroy what the user has:

* ``-`` is standard output.
* Refused (an ``InputError``, exit code 2): the claims file, the lock file, the settings file, anything in the
  sources folder (or the folder itself), a folder, and anything that exists but is not a regular file (a
  FIFO, a device, a socket): use ``-`` for standard output.
* A symbolic link is followed: its target is written (atomically, beside the target) and the link stays. A
  link whose target is protected is refused like the target itself.
* The file is replaced atomically (written to a temporary file in the same folder, then renamed), so a
  reader never sees half a report, and an interrupted run leaves the old file.
* An existing file keeps its permission bits; a new one gets the usual ``0666`` less the umask.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

STDOUT = Path("-")


@dataclass(frozen=True)
class Protected:
    """Files and folders a run reads and must never replace, each with the name a message gives it."""

    files: dict[Path, str] = field(default_factory=dict)
    folders: dict[Path, str] = field(default_factory=dict)

    @classmethod
    def of(cls, *, claims: Path | None = None, sources: Path | None = None, lock: Path | None = None,
           settings: Path | None = None) -> Protected:
        files = {path: name for path, name in ((claims, "the claims file"), (lock, "the lock file"),
                                                (settings, "the settings file")) if path is not None}
        return cls(files, {sources: "the sources folder"} if sources is not None else {})


def is_stdout(path: Path | None) -> bool:
    return path is not None and str(path) == "-"


def target_of(path: Path, protected: Protected = Protected()) -> Path:
    """The file writing ``path`` would replace or create (a link's target), or InputError saying why not."""
    if str(path) in ("", "."):
        raise InputError("no file name given for the output (use `-o -` for standard output)")
    target = Path(os.path.realpath(path))  # follows every link, even one whose target does not exist yet
    for guarded, name in protected.files.items():
        if _same(target, guarded):
            via = f" (through the link {path})" if target != Path(os.path.abspath(path)) else ""
            raise InputError(f"refusing to write over {name}{via}; choose another output file", path)
    for folder, name in protected.folders.items():
        real = Path(os.path.realpath(folder))
        if target == real or real in target.parents:
            raise InputError(f"refusing to write into {name}; choose an output file outside it", path)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InputError(f"cannot write the output: {exc.strerror or exc}", path) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError("cannot write the output: it is a folder", path)
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(f"refusing to write the output: it is {_kind(mode)}, not a regular file "
                         f"(use `-o -` for standard output)", path)
    if not target.parent.is_dir():
        raise InputError("cannot write the output: folder does not exist", target.parent)
    return target


def write_text(path: Path, text: str, protected: Protected = Protected()) -> None:
    """Write ``text`` to ``path`` (``-``: standard output) under the rules of this module."""
    if is_stdout(path):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = target_of(path, protected)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise InputError(f"cannot write the output: {exc.strerror or exc}", target.parent) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"cannot write the output: {exc.strerror or exc}", path) from None
        raise


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same real path, or the same file through a hard link."""
    if a == Path(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

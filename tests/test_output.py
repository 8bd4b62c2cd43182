"""The one module that writes files: every case where a run could destroy a user's file, in one table."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from corroborate.errors import InputError
from corroborate.output import Protected, target_of, write_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "claims.yaml").write_text("claims: []\n")
    (tmp_path / "corroborate.lock").write_text("{}\n")
    (tmp_path / "pyproject.toml").write_text("[tool.corroborate]\n")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("A source.\n")
    return tmp_path


def protected(folder: Path) -> Protected:
    return Protected.of(claims=folder / "claims.yaml", sources=folder / "sources",
                        lock=folder / "corroborate.lock", settings=folder / "pyproject.toml")


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe")
    return folder / "pipe"


def _socket(folder: Path) -> Path:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock"))
    return folder / "sock"


def _device(folder: Path) -> Path:
    try:  # a character device of our own (needs root); never a real /dev node
        os.mknod(folder / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return folder / "null"


def _link(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / "link").symlink_to(folder / name)
        return folder / "link"
    return make


def _hard_link(folder: Path) -> Path:
    os.link(folder / "claims.yaml", folder / "copy.yaml")
    return folder / "copy.yaml"


REFUSED: list[tuple[str, Callable[[Path], Path], str]] = [
    ("the claims file", lambda f: f / "claims.yaml", "refusing to write over the claims file"),
    ("the claims file by another spelling", lambda f: f / "sources" / ".." / "claims.yaml",
     "refusing to write over the claims file"),
    ("the claims file through a hard link", _hard_link, "refusing to write over the claims file"),
    ("the claims file through a symbolic link", _link("claims.yaml"),
     "refusing to write over the claims file (through the link"),
    ("the lock file", lambda f: f / "corroborate.lock", "refusing to write over the lock file"),
    ("the settings file", lambda f: f / "pyproject.toml", "refusing to write over the settings file"),
    ("a source", lambda f: f / "sources" / "a.txt", "refusing to write into the sources folder"),
    ("a new file in the sources folder", lambda f: f / "sources" / "report.md",
     "refusing to write into the sources folder"),
    ("a link into the sources folder", _link("sources/new.md"), "refusing to write into the sources folder"),
    ("a folder", lambda f: f / "sources" / "..", "it is a folder"),
    ("a folder of its own", lambda f: (f / "out").mkdir() or f / "out", "it is a folder"),
    ("a FIFO", _fifo, "it is a FIFO (named pipe), not a regular file (use `-o -` for standard output)"),
    ("a socket", _socket, "it is a socket"),
    ("a character device", _device, "it is a character device"),
    ("a folder that does not exist", lambda f: f / "missing" / "report.md", "folder does not exist"),
    ("an empty name", lambda f: Path(""), "no file name given"),
]


@pytest.mark.parametrize("case, make, message", REFUSED, ids=[case for case, _, _ in REFUSED])
def test_what_must_never_be_written_is_refused_and_left_as_it_was(folder: Path, case: str,
                                                                  make: Callable[[Path], Path], message: str) -> None:
    path = make(folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}
    with pytest.raises(InputError) as refused:
        write_text(path, "# report\n", protected(folder))
    assert message in str(refused.value)
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}
    assert after == before


def test_a_symbolic_link_is_followed_the_target_written_and_the_link_kept(folder: Path) -> None:
    (folder / "reports").mkdir()
    (folder / "reports" / "latest.md").write_text("old\n")
    (folder / "report.md").symlink_to(folder / "reports" / "latest.md")
    write_text(folder / "report.md", "new\n", protected(folder))
    assert (folder / "report.md").is_symlink()
    assert (folder / "reports" / "latest.md").read_text() == "new\n"


def test_a_link_to_a_file_not_yet_made_creates_it(folder: Path) -> None:
    (folder / "report.md").symlink_to(folder / "made.md")
    write_text(folder / "report.md", "new\n", protected(folder))
    assert (folder / "made.md").read_text() == "new\n" and (folder / "report.md").is_symlink()


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o664])
def test_an_existing_file_keeps_its_mode(folder: Path, mode: int) -> None:
    path = folder / "report.md"
    path.write_text("old\n")
    path.chmod(mode)
    write_text(path, "new\n", protected(folder))
    assert stat.S_IMODE(path.stat().st_mode) == mode and path.read_text() == "new\n"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_follows_the_umask(folder: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_text(folder / "report.md", "new\n", protected(folder))
    finally:
        os.umask(old)
    assert stat.S_IMODE((folder / "report.md").stat().st_mode) == mode


def test_dash_is_standard_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_text(Path("-"), "to stdout\n", protected(folder))
    assert capsys.readouterr().out == "to stdout\n"
    assert not (folder / "-").exists()


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(folder: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "report.md"
    path.write_text("old\n")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text(path, "new\n", protected(folder))
    assert path.read_text() == "old\n"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["claims.yaml", "corroborate.lock", "pyproject.toml", "sources", "report.md"])


def test_the_target_is_where_the_link_points(folder: Path) -> None:
    (folder / "report.md").symlink_to(folder / "made.md")
    assert target_of(folder / "report.md", protected(folder)) == (folder / "made.md").resolve()

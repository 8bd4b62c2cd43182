"""Every bad input gets one clear message naming the file (and line), the right exit code, no traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from corroborate.claims import parse_claims
from corroborate.cli import app
from corroborate.errors import InputError
from corroborate.sources import decode

from .conftest import write_file

runner = CliRunner()
GOOD_SOURCE = "Police raided the central market in Osh on Monday and detained forty migrants."
GOOD_CLAIMS = "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n"


def check(tmp_path: Path, claims: str | bytes | None = GOOD_CLAIMS, files: dict[str, str | bytes] | None = None,
          *extra: str):
    claims_path = tmp_path / "claims.yaml"
    if claims is not None:
        write_file(claims_path, claims)
    src = tmp_path / "src"
    if files is not None:
        src.mkdir(exist_ok=True)
        for name, content in files.items():
            write_file(src / name, content)
    result = runner.invoke(app, ["check", "-c", str(claims_path), "-s", str(src), "-f", "json", *extra])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


CLAIMS_CASES = [
    ("syntax error", "claims:\n  - id: a\n    text: [unclosed\n", 2,
     "claims.yaml:4:1: YAML syntax error: while parsing a flow sequence, expected ',' or ']', but got '<stream end>'"),
    ("list where a mapping belongs", "claims:\n  - [a, b]\n", 2,
     "claims.yaml:2:5: each claim must be a mapping with `id` and `text`, not a list"),
    ("number as id", "claims:\n  - id: 7\n    text: x\n", 2,
     "claims.yaml:2:9: claim `id` must be text, but YAML reads '7' as a number; put it in quotes"),
    ("no read as false", "claims:\n  - id: no\n    text: x\n", 2,
     "claims.yaml:2:9: claim `id` must be text, but YAML reads 'no' as a yes/no value; put it in quotes"),
    ("date as id", "claims:\n  - id: 2024-05-01\n    text: x\n", 2,
     "claims.yaml:2:9: claim `id` must be text, but YAML reads '2024-05-01' as a date; put it in quotes"),
    ("missing id", "claims:\n  - text: x\n", 2, "claims.yaml:2:5: claim has no `id` (its text: 'x')"),
    ("empty id", "claims:\n  - id: ''\n    text: x\n", 2, "claims.yaml:2:9: claim `id` is empty"),
    ("missing text", "claims:\n  - id: a\n", 2, "claims.yaml:2:5: claim 'a' has no `text`"),
    ("empty text", "claims:\n  - id: a\n    text:\n", 2, "claims.yaml:3:10: `text` of claim 'a' is empty"),
    ("duplicate id", "claims:\n  - id: a\n    text: x\n  - id: a\n    text: y\n", 2,
     "claims.yaml:4:5: duplicate claim id 'a' (first defined on line 2)"),
    ("duplicate key", "claims:\n  - id: a\n    text: x\n    text: y\n", 2,
     "claims.yaml:4:5: duplicate key 'text' in a claim (first on line 3)"),
    ("empty file", "", 2, "claims.yaml:1: claims file is empty; it needs a `claims:` list of {id, text} entries"),
    ("only a comment", "# nothing yet\n", 2, "claims.yaml:1: claims file is empty; it needs a `claims:` list of {id, text} entries"),
    ("no claims key", "sources: {}\n", 2, "claims.yaml:1:1: missing `claims:` list of {id, text} entries"),
    ("not UTF-8", b"claims:\n  - id: a\n    text: caf\xe9\n", 2, "claims.yaml:3: claims file is not UTF-8 text"),
]


@pytest.mark.parametrize("name, text, code, message", CLAIMS_CASES, ids=[c[0] for c in CLAIMS_CASES])
def test_claims_file_errors(tmp_path, name, text, code, message):
    result = check(tmp_path, text, {"a.txt": GOOD_SOURCE})
    assert result.exit_code == code
    assert result.stderr == f"corroborate: error: {tmp_path / message}\n"
    assert result.stdout == ""


def test_missing_claims_file(tmp_path):
    result = check(tmp_path, None, {"a.txt": GOOD_SOURCE})
    assert result.exit_code == 2
    assert result.stderr == f"corroborate: error: {tmp_path / 'claims.yaml'}: claims file not found (create one with `corroborate init`)\n"


def test_unknown_key_is_a_warning_with_a_suggestion(tmp_path):
    result = check(tmp_path, "claims:\n  - id: raid\n    txt: y\n    text: Police raided the central market in Osh.\n",
                   {"a.txt": GOOD_SOURCE})
    assert result.exit_code == 0  # single-source passes unless --fail-on single-source
    assert f"{tmp_path / 'claims.yaml'}:3:5: warning: claim 'raid': unknown claim key 'txt' ignored; did you mean 'text'?" in result.stderr


def test_huge_claims_file(tmp_path, monkeypatch):
    monkeypatch.setattr("corroborate.claims.MAX_CLAIMS_BYTES", 1000)
    result = check(tmp_path, GOOD_CLAIMS + "#" * 2000 + "\n", {"a.txt": GOOD_SOURCE})
    assert result.exit_code == 2
    assert "claims file is too large" in result.stderr


SOURCE_CASES = [
    ("empty file", {"empty.txt": ""}, "empty.txt: skipped: empty (no text to check)"),
    ("binary file", {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "image.txt: skipped: binary file (contains NUL bytes)"),
    ("only spaces", {"blank.md": "   \n\n  "}, "blank.md: skipped: empty (no text to check)"),
]


@pytest.mark.parametrize("name, files, message", SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES])
def test_unreadable_sources_are_reported_and_skipped(tmp_path, name, files, message):
    result = check(tmp_path, GOOD_CLAIMS, {"good.txt": GOOD_SOURCE, **files})
    assert result.exit_code == 0
    assert f"corroborate: warning: {tmp_path / 'src' / message}" in result.stderr
    assert len(__import__("json").loads(result.stdout)["claims"][0]["evidence"]) == 1


@pytest.mark.parametrize("command", ["check", "sources", "lock", "init", "explain"])
def test_every_command_that_reads_sources_names_the_files_it_skips(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "good.txt").write_text(GOOD_SOURCE)
    (tmp_path / "src" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    if command != "init":
        (tmp_path / "claims.yaml").write_text(GOOD_CLAIMS)
    extra = {"init": ["--claims", "new.yaml"], "explain": ["raid"]}.get(command, [])
    result = runner.invoke(app, [command, "--sources", "src", *extra])
    assert result.exit_code == 0, result.output
    assert "corroborate: warning: src/image.txt: skipped: binary file (contains NUL bytes)" in result.stderr


def test_too_large_source(tmp_path):
    result = check(tmp_path, GOOD_CLAIMS + "settings:\n  max_file_size_mb: 1\n",
                   {"good.txt": GOOD_SOURCE, "big.txt": "word " * 300_000})
    assert result.exit_code == 0
    assert f"{tmp_path / 'src' / 'big.txt'}: skipped: too large (1 MB; the limit is 1 MB)" in result.stderr


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig"])
def test_cyrillic_sources_match_cyrillic_claims(tmp_path, encoding):
    text = "Полиция провела рейды на рынках Москвы и задержала сотни мигрантов.\r\nПогода была тёплой.\n"
    result = check(tmp_path, "claims:\n  - id: r\n    text: Полиция провела рейды на рынках Москвы.\n",
                   {"новости дня.txt": text.encode(encoding), "other.txt": "Погода в Казани была холодной."})
    assert result.exit_code == 0, result.stderr
    (evidence,) = __import__("json").loads(result.stdout)["claims"][0]["evidence"]
    assert evidence["source"].endswith("новости дня.txt")
    assert evidence["text"] == "Полиция провела рейды на рынках Москвы и задержала сотни мигрантов."


def test_latin1_and_mixed_line_endings(tmp_path):
    data = "Intro line.\r\nThe café owner said police raided the central market in Osh.\rLast line.\n".encode("latin-1")
    result = check(tmp_path, GOOD_CLAIMS, {"a.txt": data})
    (evidence,) = __import__("json").loads(result.stdout)["claims"][0]["evidence"]
    assert evidence["line"] == 2


def test_very_long_line(tmp_path):
    long_line = ("Filler words about the weather and markets. " * 20000) + GOOD_SOURCE
    result = check(tmp_path, GOOD_CLAIMS, {"a.txt": long_line})
    assert result.exit_code == 0
    (evidence,) = __import__("json").loads(result.stdout)["claims"][0]["evidence"]
    assert evidence["text"] == GOOD_SOURCE


def test_symlink_loop_is_followed_once(tmp_path):
    result = check(tmp_path, GOOD_CLAIMS, {"sub/a.txt": GOOD_SOURCE})
    (tmp_path / "src" / "sub" / "loop").symlink_to(tmp_path / "src", target_is_directory=True)
    result = check(tmp_path, GOOD_CLAIMS, None)
    assert result.exit_code == 0
    assert len(__import__("json").loads(result.stdout)["claims"][0]["evidence"]) == 1


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_permissions(tmp_path):
    result = check(tmp_path, GOOD_CLAIMS, {"good.txt": GOOD_SOURCE, "secret.txt": GOOD_SOURCE})
    (tmp_path / "src" / "secret.txt").chmod(0)
    result = check(tmp_path, GOOD_CLAIMS, None)
    assert f"{tmp_path / 'src' / 'secret.txt'}: skipped: permission denied" in result.stderr


@pytest.mark.parametrize("layout, message", [
    ("missing", "src: sources folder does not exist (name the folder of documents with --sources DIR)"),
    ("empty", "src: no readable documents in the sources folder"),
    ("file", "src: sources must be a folder of documents (.docx, .eml, .htm, .html, .markdown, .md, .odt, .pdf, .rtf, .txt)"),
])
def test_sources_folder_errors(tmp_path, layout, message):
    if layout == "empty":
        (tmp_path / "src").mkdir()
    elif layout == "file":
        (tmp_path / "src").write_text("x", encoding="utf-8")
    result = check(tmp_path, GOOD_CLAIMS, None)
    assert result.exit_code == 2
    assert result.stderr == f"corroborate: error: {tmp_path / message}\n"


def test_output_into_unwritable_place(tmp_path):
    result = check(tmp_path, GOOD_CLAIMS, {"a.txt": GOOD_SOURCE}, "--output", str(tmp_path / "missing" / "r.json"))
    assert result.exit_code == 2
    assert result.stderr.endswith(f"{tmp_path / 'missing'}: cannot write the output: folder does not exist\n")
    result = check(tmp_path, GOOD_CLAIMS, {"a.txt": GOOD_SOURCE}, "--output", str(tmp_path / "src"))
    assert result.exit_code == 2
    assert "refusing to write into the sources folder" in result.stderr


def test_report_is_atomic_when_rendering_fails(tmp_path, monkeypatch):
    out = tmp_path / "report.json"
    out.write_text("previous report", encoding="utf-8")

    def boom(self, report):
        raise KeyboardInterrupt

    monkeypatch.setattr("corroborate.report.json.JsonFormat.render", boom)
    result = check(tmp_path, GOOD_CLAIMS, {"a.txt": GOOD_SOURCE}, "--output", str(out))
    assert result.exit_code == 130
    assert result.stderr.strip().endswith("corroborate: interrupted")
    assert out.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml", "report.json", "src"]


def test_sources_folder_is_never_written(tmp_path):
    check(tmp_path, GOOD_CLAIMS, {"a.txt": GOOD_SOURCE, "b.md": GOOD_SOURCE})
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "src").rglob("*")}
    for fmt in ("terminal", "json", "markdown", "github", "json-lines"):
        runner.invoke(app, ["check", "-c", str(tmp_path / "claims.yaml"), "-s", str(tmp_path / "src"), "-f", fmt])
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "src").rglob("*")} == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_claims_text_gives_a_result_or_an_input_error(text):
    try:
        parse_claims(text, Path("claims.yaml"))
    except InputError as exc:
        assert str(exc).startswith("claims.yaml")


YAMLISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "text", "claims", "min_sources", "also", "sources", "settings", "x"]), children,
        max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(YAMLISH)
def test_any_yaml_structure_gives_a_result_or_an_input_error(data):
    import yaml

    try:
        parse_claims(yaml.safe_dump({"claims": data}), Path("claims.yaml"))
    except InputError as exc:
        assert str(exc).startswith("claims.yaml")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_source_bytes_decode_or_are_refused(data):
    try:
        text, encoding = decode(data)
    except ValueError:
        return
    assert isinstance(text, str) and encoding


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_source_bytes_never_crash_a_check(tmp_path_factory, data):
    tmp = tmp_path_factory.mktemp("fuzz")
    result = check(tmp, GOOD_CLAIMS, {"a.txt": GOOD_SOURCE, "fuzz.txt": data})
    assert result.exit_code in (0, 1)


def test_permission_denied_is_reported_even_when_running_as_root(tmp_path, monkeypatch):
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = check(tmp_path, GOOD_CLAIMS, {"good.txt": GOOD_SOURCE, "secret.txt": GOOD_SOURCE})
    assert result.exit_code == 0
    assert f"corroborate: warning: {tmp_path / 'src' / 'secret.txt'}: skipped: permission denied" in result.stderr


@pytest.mark.parametrize("moment", ["parsing", "matching"])
def test_ctrl_c_stops_cleanly_with_130(tmp_path, moment):
    """Ctrl-C reaches the whole process group, worker processes included: one line, exit 130, no traceback, at
    whatever moment it comes (workers that parse the files, then workers that match the claims)."""
    import random
    import signal
    import subprocess
    import time

    rng = random.Random(7)
    words = [f"{a}{b}{c}" for a in "bcdfgklmnprst" for b in "aeiou" for c in "nrstlm"]
    for i in range(150):
        sentences = (" ".join(rng.choice(words) for _ in range(14)).capitalize() + "." for _ in range(60))
        write_file(tmp_path / "src" / f"a{i}.txt", "\n".join(sentences))
    claims = "claims:\n" + "".join(f"  - id: c{i}\n    text: {' '.join(rng.choice(words) for _ in range(8))}.\n"
                                   for i in range(300))
    write_file(tmp_path / "claims.yaml", claims)
    # (Ctrl-C as a terminal gives it, however the tests were started: a shell starts a job in the background with
    # SIGINT ignored, and a process inherits that)
    proc = subprocess.Popen([sys.executable, "-m", "corroborate", "check", "-c", str(tmp_path / "claims.yaml"),
                             "-s", str(tmp_path / "src"), "--no-cache"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")  # (Linux; elsewhere, a fixed wait)
    deadline = time.monotonic() + (30 if children.exists() else 2.5)
    first: set[str] = set()  # the workers that parse

    def at_work() -> bool:  # (once the right workers are started, however fast the machine)
        pids = set(children.read_text().split()) if children.exists() else set()
        if moment == "parsing" or not first:
            first.update(pids)
            return bool(pids) and moment == "parsing"
        return bool(pids - first)

    while time.monotonic() < deadline and proc.poll() is None and not at_work():
        time.sleep(0.005)
    seen = (moment, sorted(first), proc.poll())  # (what the test saw before it pressed Ctrl-C)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (err, seen)
    assert err.decode().strip().splitlines()[-1] == "corroborate: interrupted"
    assert b"Traceback" not in err

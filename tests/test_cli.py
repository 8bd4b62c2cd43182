"""The command line as a user runs it: defaults, exit codes, formats and messages."""

import json
import re

from typer.testing import CliRunner

from corroborate import __version__
from corroborate.cli import app

from .conftest import HIZB, SEEDS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


def report(*args):
    result = run("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return {c["id"]: c for c in json.loads(result.stdout)["claims"]}


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"corroborate {__version__}"


def test_every_command_has_help_with_an_example():
    for command in ("check", "explain", "sources"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout


def test_check_uses_bundled_claims_and_seeds_by_default(in_root):
    claims = report()
    assert len(claims) >= 20
    mosque = claims["mosque-checks"]
    assert mosque["verdict"] == "single-source"
    assert [e["source"].rsplit("/", 1)[-1] for e in mosque["evidence"]] == [HIZB]
    assert "Friday prayers" in mosque["evidence"][0]["text"]


def test_json_contract(in_root):
    for claim in report().values():
        assert claim["verdict"] in ("corroborated", "single-source", "contested", "unsupported")
        assert isinstance(claim["independent_sources"], int)
        for e in claim["evidence"]:
            assert e["stance"] in ("supports", "contradicts")
            assert 0 <= e["score"] <= 100
            assert e["line"] <= e["end_line"]
            text = (in_root / e["source"]).read_text(encoding="utf-8")
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["text"].split("\n")[0] in text.split("\n")[e["line"] - 1]


def test_shared_paragraph_counts_once(in_root):
    passports = report()["passports-for-contracts"]
    sources = sorted(e["source"].rsplit("/", 1)[-1][:3] for e in passports["evidence"])
    assert sources == ["000", "001"]
    assert passports["independent_sources"] == 1
    assert passports["verdict"] == "single-source"
    assert "reused passage" in passports["origins"][0]["merged_because"][0]


def test_exit_codes(write, tmp_path):
    sources = tmp_path / "src"
    write("src/a.txt", "Police raided the central market in Osh on Monday.")
    write("src/b.txt", "On Monday police raided the central market in Osh, witnesses said.")
    good = write("good.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n")
    bad = write("bad.yaml", "claims:\n  - id: moon\n    text: Astronauts landed on the moon yesterday.\n")
    assert run("check", "-c", str(good), "-s", str(sources)).exit_code == 0
    assert run("check", "-c", str(bad), "-s", str(sources)).exit_code == 1
    assert run("check", "-c", str(bad), "-s", str(sources), "--exit-zero").exit_code == 0
    assert run("check", "-c", str(tmp_path / "none.yaml"), "-s", str(sources), "--exit-zero").exit_code == 2
    assert run("check", "--format", "nope").exit_code == 2


def test_input_error_is_one_line_without_traceback(write, tmp_path):
    claims = write("claims.yaml", "claims:\n  - id: a\n    text: x\n  - id: a\n    text: y\n")
    result = run("check", "-c", str(claims), "-s", str(SEEDS))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.strip() == f"corroborate: error: {claims}:4:5: duplicate claim id 'a' (first defined on line 2)"


def test_output_file_is_written_and_never_into_sources(in_root, tmp_path):
    out = tmp_path / "report.json"
    result = run("check", "--format", "json", "--output", str(out))
    assert result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["claims"]
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind
    result = run("check", "--output", "seeds/report.txt")
    assert result.exit_code == 2
    assert "refusing to write into the sources folder" in result.stderr
    assert not (SEEDS / "report.txt").exists()


def test_output_into_missing_folder(in_root, tmp_path):
    result = run("check", "--output", str(tmp_path / "no" / "r.md"))
    assert result.exit_code == 2
    assert "folder does not exist" in result.stderr


def test_terminal_report_is_plain_when_piped(in_root):
    result = run("check")
    assert result.exit_code == 1
    assert "\x1b[" not in result.stdout
    assert "mosque-checks" in result.stdout
    assert re.search(r"\d+ claims: \d+ corroborated, \d+ single-source, \d+ contested, \d+ unsupported", result.stdout)


def test_min_sources_flag_changes_verdicts(in_root):
    assert report()["colony-400"]["verdict"] == "single-source"
    assert report("--min-sources", "1")["colony-400"]["verdict"] == "corroborated"
    # supported by an interested party only (Hizb ut Tahrir): it does not count, whatever the number needed
    assert report("--min-sources", "1")["mosque-checks"]["verdict"] == "single-source"


def test_explain_shows_signals_and_decisions(in_root):
    result = run("explain", "mosque-checks")
    assert result.exit_code == 0
    assert "coverage" in result.stdout and "supports" in result.stdout
    assert "Verdict: single-source" in result.stdout
    wrong = run("explain", "mosque-check")
    assert wrong.exit_code == 2
    assert "did you mean 'mosque-checks'?" in wrong.stderr


def test_no_command_writes_over_the_claims_file_and_dash_is_stdout(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("Police raided the market in Osh on Monday.\n")
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: raid\n    text: Police raided the market in Osh.\n")
    before = claims.read_bytes()
    monkeypatch.chdir(tmp_path)
    for args in (["check", "-o", "claims.yaml"], ["check", "-o", "./claims.yaml"], ["sources", "-o", "claims.yaml"],
                 ["lock", "-o", "claims.yaml"], ["check", "-o", "corroborate.lock"], ["check", "-o", "sources"]):
        result = run(*args, "--sources", "sources")
        assert result.exit_code == 2, (args, result.stdout)
        assert result.stderr.count("\n") == 1 and ("refusing" in result.stderr or "folder" in result.stderr)
    assert claims.read_bytes() == before
    result = run("check", "--sources", "sources", "--format", "json", "-o", "-")
    assert json.loads(result.stdout)["claims"][0]["id"] == "raid"
    assert not (tmp_path / "-").exists()

"""Using corroborate over the life of a story: configuration and waivers (init and lock have their own tests)."""


from corroborate.cli import app

from .story import CLAIM, A, B, check, runner


def test_precedence_flag_over_claims_settings_over_pyproject(write, tmp_path, monkeypatch):
    write("src/a.txt", A)
    write("src/b.txt", B)
    write("pyproject.toml", "[tool.corroborate]\nsources = 'src'\nmin_sources = 3\n")
    monkeypatch.chdir(tmp_path)
    write("claims.yaml", CLAIM)
    _, claims = check()
    assert claims["raid"]["needed"] == 3 and claims["raid"]["verdict"] == "single-source"
    write("claims.yaml", CLAIM + "settings:\n  min_sources: 2\n")
    _, claims = check()
    assert claims["raid"]["verdict"] == "corroborated"
    _, claims = check("--min-sources", "1")
    assert claims["raid"]["needed"] == 1


def test_fail_on_single_source_and_waivers(write, tmp_path):
    write("src/a.txt", A)
    write("src/other.txt", "The weather in Bishkek was mild on Tuesday.\n")
    claims = write("claims.yaml", CLAIM + "  - id: raid2\n    text: Police detained forty migrants.\n"
                                          "    waiver: The police confirmed it to us on the phone.\n")
    args = ["-c", str(claims), "-s", str(tmp_path / "src")]
    result, report = check(*args)
    assert result.exit_code == 0
    result, report = check(*args, "--fail-on", "single-source")
    assert result.exit_code == 1
    assert report["raid2"]["waived"] and not report["raid"]["waived"]
    result = runner.invoke(app, ["check", *args, "--fail-on", "single-source", "-f", "concise"])
    assert "error: raid is single-source" in result.stdout
    assert "note: raid2 is single-source" in result.stdout and "Waived: The police confirmed it" in result.stdout


def test_waiver_no_longer_needed_is_reported(write, tmp_path):
    write("src/a.txt", A)
    write("src/b.txt", B)
    claims = write("claims.yaml", CLAIM + "    waiver: Only one witness.\n")
    _, report = check("-c", str(claims), "-s", str(tmp_path / "src"))
    assert report["raid"]["verdict"] == "corroborated" and report["raid"]["waiver_unneeded"]

"""`corroborate explain`: every source's best passages with their signals, and the verdict check gives."""

from __future__ import annotations

from typer.testing import CliRunner

from corroborate.cli import app


def test_explain_shows_each_source_its_alignment_and_checks_verdict(in_root) -> None:
    result = CliRunner().invoke(app, ["explain", "colony-400"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.count("seeds/0") >= 5  # a table per source, the near misses too
    assert "alignment:" in out and "same word" in out
    assert "Verdict: single-source (1 independent origin(s), 2 needed) — as `check` decides it" in out


def test_explain_fits_the_width_it_is_given(in_root) -> None:
    result = CliRunner().invoke(app, ["explain", "colony-400"], env={"COLUMNS": "80"})
    assert max(len(line) for line in result.stdout.splitlines()) <= 80

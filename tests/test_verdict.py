"""Verdicts from origins: an interested party confirms what it says, not what happened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import app

SOURCES = {
    "courier.txt": "Fire at the Courier Chemicals plant\n\nA fire broke out in a storage hall of the plant on the edge "
                   "of Dunmore shortly after one o'clock on Friday night. All 40 employees were evacuated safely, the "
                   "plant manager told the Dunmore Courier at the gates. Smoke drifted over the eastern estates until "
                   "dawn, and the ring road was closed for most of the morning. Residents of Mill Lane said they had "
                   "heard two loud bangs before the flames appeared.\n",
    "release.txt": "Statement from Courier Chemicals\n\nWe can confirm that an incident occurred overnight at our "
                   "Dunmore site. Our emergency procedures worked as designed: all 40 employees were evacuated safely. "
                   "We thank the fire service for its professional response. Production will resume once the "
                   "authorities allow it, and a full internal review is under way.\n",
    "gazette.txt": "Evening Gazette\n\nIt took crews from three stations four hours to bring the blaze under "
                   "control. Firefighters said every one of the 40 employees on the night shift had been evacuated "
                   "safely before the first engine arrived. The council has asked the company to publish a list of "
                   "the chemicals stored in the hall. A school next to the site stayed closed on Friday.\n",
}
CLAIM = "  - id: evacuated\n    text: All 40 employees were evacuated safely.\n"


def verdict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: list[str], settings: str = "") -> dict:
    (tmp_path / "sources").mkdir(exist_ok=True)
    for name in files:
        (tmp_path / "sources" / name).write_text(SOURCES[name], encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"settings:\n  sources: sources\n{settings}sources:\n  release.txt:\n    kind: press release\n"
        f"    outlet: Courier Chemicals\nclaims:\n{CLAIM}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--format", "json", "--no-cache"])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)["claims"][0]


def test_one_outlet_and_a_press_release_are_single_source_flagged(tmp_path, monkeypatch) -> None:
    claim = verdict(tmp_path, monkeypatch, ["courier.txt", "release.txt"])
    assert claim["verdict"] == "single-source"
    assert claim["independent_sources"] == 1 and claim["origins_with_interested_parties"] == 2
    assert claim["only_with_interested_party"] is True
    assert any(e["source"].endswith("release.txt") for e in claim["evidence"])  # still listed


def test_count_interested_parties_restores_counting(tmp_path, monkeypatch) -> None:
    claim = verdict(tmp_path, monkeypatch, ["courier.txt", "release.txt"], "  count_interested_parties: true\n")
    assert claim["verdict"] == "corroborated" and claim["only_with_interested_party"] is False


def test_two_independent_outlets_corroborate_whatever_the_press_release_says(tmp_path, monkeypatch) -> None:
    claim = verdict(tmp_path, monkeypatch, ["courier.txt", "release.txt", "gazette.txt"])
    assert claim["verdict"] == "corroborated" and claim["independent_sources"] == 2

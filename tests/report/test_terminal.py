"""The terminal report as a person sees it: fixtures captured from tmux (capture-pane) at 80 and 200 columns.

To see it again: in tests/fixtures/terminal/story, run `NO_COLOR=1 corroborate check --no-cache` in a tmux
window of that width and compare with `tmux capture-pane -p`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.report._text import clip_around

FIXTURES = Path(__file__).parent.parent / "fixtures" / "terminal"
VERDICTS = ("corroborated", "single-source", "contested", "unsupported")


def render(width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(FIXTURES / "story")
    result = CliRunner().invoke(app, ["check", "--no-cache"], env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 1, result.stderr
    return result.stdout


@pytest.mark.parametrize("width", [80, 200])
def test_the_report_is_what_tmux_showed(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = (FIXTURES / f"tmux-{width}.txt").read_text(encoding="utf-8").splitlines()
    shown = [line.rstrip() for line in render(width, monkeypatch).rstrip("\n").splitlines()]
    assert shown == seen
    assert max(len(line) for line in shown) <= width


def test_at_80_columns_each_claim_is_a_block_that_starts_with_its_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = render(80, monkeypatch).splitlines()
    blocks = [lines[i + 1] for i, line in enumerate(lines[:-1]) if not line.strip() and lines[i + 1].strip()]
    heads = [b for b in blocks if re.match(r"\S", b) and not re.match(r"\d+ claims:", b)]
    assert [h.split()[0] for h in heads] == ["corroborated", "single-source", "single-source", "unsupported"]
    assert [h.split()[-1] for h in heads] == ["fire", "hospital", "windows", "school"]


def test_at_80_columns_no_file_name_is_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    text = render(80, monkeypatch)
    names = [p.name for p in (FIXTURES / "story" / "sources").iterdir()]
    for name in names:
        assert f"sources/{name}:" in text
    assert not re.search(r"[\w/]\n\s*\w+\.txt:", text)


def test_a_report_piped_respects_COLUMNS(monkeypatch: pytest.MonkeyPatch) -> None:
    for width in (60, 100, 150):
        assert max(len(line) for line in render(width, monkeypatch).splitlines()) <= width


def test_a_long_quote_is_clipped_around_the_claims_words() -> None:
    passage = ("In a long preamble the editors discuss the weather, the markets, the football results and many "
               "other matters of the week. Then police raided the central market in Osh on Monday and detained "
               "forty migrants, witnesses said. The rest of the story is about something else entirely.")
    quote = clip_around(passage, "Police raided the market in Osh.", 100)
    assert len(quote) <= 100
    assert quote.startswith("…") and quote.endswith("…")
    assert "police raided the central market in Osh" in quote
    assert clip_around("A short passage.", "anything") == "A short passage."

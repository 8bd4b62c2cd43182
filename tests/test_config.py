"""Settings from the claims file and pyproject.toml: every key checked, every message naming file and line."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.claims import parse_claims
from corroborate.config import SETTING_TYPES, pyproject_settings, resolve_options
from corroborate.errors import InputError

CLAIMS = "claims:\n  - id: a\n    text: Police raided the market.\n"


def write_pyproject(folder: Path, body: str) -> Path:
    path = folder / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n\n[tool.corroborate]\n" + body, encoding="utf-8")
    return path


def test_a_misspelt_pyproject_key_is_warned_with_its_line_and_a_suggestion(tmp_path: Path) -> None:
    write_pyproject(tmp_path, "threshhold = 40\nmin-sources = 3\n")
    found = pyproject_settings(tmp_path)
    assert found.values == {"min_sources": 3}
    assert found.warnings == (f"{tmp_path / 'pyproject.toml'}:5: warning: unknown setting 'threshhold' in "
                              f"[tool.corroborate] ignored; did you mean 'threshold'?",)


@pytest.mark.parametrize("body, line, message", [
    ('min_sources = "two"', 5, "`min_sources` must be a whole number of at least 1, not 'two'"),
    ("threshold = 140", 5, "`threshold` must be a number from 0 to 100, not 140"),
    ("fail_on = true", 5, "`fail_on` must be one of unsupported, single-source, not True"),
    ('sources = ["a", "b"]', 5, "`sources` must be text (a folder), not ['a', 'b']"),
    ("\n\nmax_file_size_mb = 0", 7, "`max_file_size_mb` must be a whole number of at least 1, not 0"),
])
def test_a_wrong_pyproject_value_names_the_file_the_line_the_key_and_the_type(tmp_path: Path, body: str,
                                                                                 line: int, message: str) -> None:
    path = write_pyproject(tmp_path, body + "\n")
    with pytest.raises(InputError) as error:
        pyproject_settings(tmp_path)
    assert str(error.value) == f"{path}:{line}: [tool.corroborate] {message}"


def test_command_line_beats_claims_file_beats_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_pyproject(tmp_path, "min_sources = 3\nthreshold = 60\nsources = 'docs'\n")
    monkeypatch.chdir(tmp_path)
    claims = parse_claims(CLAIMS + "settings:\n  threshold: 70\n", tmp_path / "claims.yaml")
    options = resolve_options(claims, min_sources=4)
    assert (options.min_sources, options.threshold, options.sources_dir) == (4, 70.0, Path("docs"))
    assert resolve_options(claims).min_sources == 3


TOML_VALUES = st.one_of(
    st.integers(-5, 200), st.floats(allow_nan=False, allow_infinity=False, width=32), st.booleans(),
    st.text(max_size=12), st.lists(st.integers(0, 3), max_size=3))


def toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = "".join(c if c.isprintable() and c not in '"\\' else
                          f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in value)
        return f'"{escaped}"'
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) and "e" not in repr(value) else "1.5"
    return json.dumps(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from([*SETTING_TYPES, "min-sources", "threshhold", "setting", "x"]), TOML_VALUES,
                       max_size=4))
def test_any_pyproject_settings_give_values_or_an_error_naming_file_and_line(tmp_path: Path, data: dict) -> None:
    path = write_pyproject(tmp_path, "".join(f'"{k}" = {toml(v)}\n' for k, v in data.items()))
    try:
        found = pyproject_settings(tmp_path)
    except InputError as exc:
        assert str(exc).startswith(f"{path}:") and "[tool.corroborate] `" in str(exc)
        assert 5 <= (exc.line or 0) < 5 + len(data)
        return
    assert set(found.values) <= set(SETTING_TYPES)
    assert all(w.startswith(f"{path}:") and "did you mean" in w or "known:" in w for w in found.warnings)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from([*SETTING_TYPES, "min_source", "treshold", "x"]),
                       st.one_of(st.none(), st.integers(-5, 200), st.floats(allow_nan=False), st.booleans(),
                                 st.text(max_size=12), st.lists(st.integers(), max_size=2)), max_size=4))
def test_any_settings_block_gives_settings_or_an_error_naming_file_and_line(data: dict) -> None:
    text = CLAIMS + yaml.safe_dump({"settings": data})
    try:
        found = parse_claims(text, Path("claims.yaml"))
    except InputError as exc:
        assert exc.path == Path("claims.yaml") and exc.line is not None and exc.line >= 4
        assert "settings" in str(exc)
        return
    assert set(found.settings) <= set(SETTING_TYPES)
    unknown = [k for k in data if k not in SETTING_TYPES]
    assert len([w for w in found.warnings if "unknown setting" in w]) == len(unknown)


def test_check_warns_of_a_sources_entry_with_no_file_and_of_pyproject_typos(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from corroborate.cli import app

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "courier.txt").write_text("Police raided the market on Monday.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS + "sources:\n  courier.txt:\n    outlet: Courier\n"
                                          "  currier.txt:\n    outlet: Courier\n", encoding="utf-8")
    write_pyproject(tmp_path, "min_source = 2\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--sources", "sources"])
    assert result.exit_code in (0, 1)
    assert ("claims.yaml:7: warning: `sources:` entry 'currier.txt' names no readable source under sources; "
            "did you mean 'courier.txt'?") in result.stderr
    assert ("pyproject.toml:5: warning: unknown setting 'min_source' in [tool.corroborate] ignored; "
            "did you mean 'min_sources'?") in result.stderr

"""Where each setting comes from. Precedence, highest first:

1. a command-line flag;
2. the ``settings:`` block of the claims file (a relative ``sources`` is relative to the claims file);
3. ``[tool.corroborate]`` in ``pyproject.toml`` in the current folder (relative to that file);
4. the built-in default.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .claims import SETTING_TYPES, ClaimsFile
from .defaults import DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD
from .errors import InputError
from .kinds import FailOn
from .options import CheckOptions
from .sources import DEFAULT_MAX_BYTES

DEFAULT_SOURCES = Path("seeds")


@dataclass(frozen=True)
class ProjectSettings:
    """``[tool.corroborate]`` of ``pyproject.toml``: the valid settings, and warnings about the rest."""

    values: dict[str, Any]
    path: Path | None = None
    warnings: tuple[str, ...] = ()


def pyproject_settings(folder: Path = Path(".")) -> ProjectSettings:
    """Read and check ``[tool.corroborate]``: an unknown key is a warning (with the line and "did you mean"),
    a value of the wrong type an error naming the file, the line, the key and the type expected."""
    path = folder / "pyproject.toml"
    if not path.is_file():
        return ProjectSettings({})
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        at = re.search(r"\(at line (\d+), column (\d+)\)$", str(exc))
        if at is None:
            raise InputError(f"invalid TOML: {exc}", path) from None
        raise InputError(f"invalid TOML: {str(exc)[:at.start()].strip()}", path, int(at[1]), int(at[2])) from None
    section = data.get("tool", {}).get("corroborate", {})
    if not isinstance(section, dict):
        raise InputError("[tool.corroborate] must be a table", path)
    lines = _key_lines(text)
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for raw_key, value in section.items():
        key = raw_key.replace("-", "_")
        line = lines.get(raw_key)
        if key not in SETTING_TYPES:
            near = difflib.get_close_matches(key, SETTING_TYPES, n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else f" (known: {', '.join(SETTING_TYPES)})"
            where = f"{path}:{line}" if line else str(path)
            warnings.append(f"{where}: warning: unknown setting {raw_key!r} in [tool.corroborate] ignored{hint}")
            continue
        if not _valid(key, value):
            raise InputError(f"[tool.corroborate] `{raw_key}` must be {SETTING_TYPES[key]}, not {value!r}", path, line)
        values[key] = float(value) if key == "threshold" else value
    return ProjectSettings(values, path, tuple(warnings))


def _valid(key: str, value: Any) -> bool:
    if key == "count_interested_parties":
        return isinstance(value, bool)
    if isinstance(value, bool):  # TOML's true/false are not numbers here
        return False
    if key in ("min_sources", "max_file_size_mb"):
        return isinstance(value, int) and value >= 1
    if key == "threshold":
        return isinstance(value, (int, float)) and 0 <= value <= 100
    if key == "fail_on":
        return isinstance(value, str) and value in set(FailOn)
    return isinstance(value, str) and bool(value.strip())


def _key_lines(text: str) -> dict[str, int]:
    """The line of each key of ``[tool.corroborate]`` (tomllib gives values, not where they are)."""
    out: dict[str, int] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$", line)
        if header:
            inside = re.sub(r"[\s\"']", "", header.group(1)) == "tool.corroborate"
            continue
        key = re.match(r"\s*(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_-]+))\s*=", line)
        if inside and key:
            out.setdefault(next(g for g in key.groups() if g), number)
    return out


def _layered(claims_file: ClaimsFile) -> dict[str, tuple[Any, Path]]:
    """Each setting with the folder that relative paths in it are relative to."""
    layered: dict[str, tuple[Any, Path]] = {}
    project = pyproject_settings()
    if project.path is not None:
        for key, value in project.values.items():
            layered[key] = (value, project.path.parent)
    for key, value in claims_file.settings.items():
        layered[key] = (value, claims_file.path.parent)
    return layered


def resolve_sources_dir(claims_file: ClaimsFile, flag: Path | None) -> Path:
    return _sources_dir(_layered(claims_file) if flag is None else {}, flag)


def _sources_dir(layered: dict[str, tuple[Any, Path]], flag: Path | None) -> Path:
    if flag is not None:
        return flag
    if "sources" in layered:
        value, base = layered["sources"]
        return _relative(base, Path(str(value)))
    return DEFAULT_SOURCES


def _relative(base: Path, path: Path) -> Path:
    if path.is_absolute() or base in (Path("."), Path("")):
        return path
    return base / path


def resolve_options(claims_file: ClaimsFile, *, sources: Path | None = None, min_sources: int | None = None,
                    threshold: float | None = None, fail_on: str | None = None,
                    exhaustive: bool = False, use_cache: bool = True) -> CheckOptions:
    layered = _layered(claims_file)

    def pick(flag: Any, key: str, default: Any) -> Any:
        if flag is not None:
            return flag
        if key in layered:
            return layered[key][0]  # checked where it was read (claims.py, pyproject_settings)
        return default

    chosen_fail_on = FailOn(pick(fail_on, "fail_on", FailOn.UNSUPPORTED))
    max_mb = pick(None, "max_file_size_mb", DEFAULT_MAX_BYTES // (1024 * 1024))
    return CheckOptions(
        claims_path=claims_file.path,
        sources_dir=_sources_dir(layered, sources),
        min_sources=pick(min_sources, "min_sources", DEFAULT_MIN_SOURCES),
        threshold=pick(threshold, "threshold", DEFAULT_THRESHOLD),
        fail_on=chosen_fail_on,
        exhaustive=exhaustive,
        max_bytes=max_mb * 1024 * 1024,
        use_cache=use_cache,
        count_interested_parties=pick(None, "count_interested_parties", False),
    )

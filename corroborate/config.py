"""Where each setting comes from. Precedence, highest first:

1. a command-line flag;
2. the ``settings:`` block of the claims file (a relative ``sources`` is relative to the claims file);
3. ``[tool.corroborate]`` in ``pyproject.toml`` in the current folder (relative to that file);
4. the built-in default.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .check import CheckOptions
from .claims import ClaimsFile
from .defaults import DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD, FAIL_ON
from .errors import InputError
from .sources import DEFAULT_MAX_BYTES

DEFAULT_SOURCES = Path("seeds")


def pyproject_settings(folder: Path = Path(".")) -> tuple[dict[str, Any], Path | None]:
    path = folder / "pyproject.toml"
    if not path.is_file():
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid TOML: {exc}", path) from None
    section = data.get("tool", {}).get("corroborate", {})
    if not isinstance(section, dict):
        raise InputError("[tool.corroborate] must be a table", path)
    return section, path


def _layered(claims_file: ClaimsFile) -> dict[str, tuple[Any, Path]]:
    """Each setting with the folder that relative paths in it are relative to."""
    layered: dict[str, tuple[Any, Path]] = {}
    project, project_path = pyproject_settings()
    if project_path is not None:
        for key, value in project.items():
            layered[key.replace("-", "_")] = (value, project_path.parent)
    for key, value in claims_file.settings.items():
        layered[key] = (value, claims_file.path.parent)
    return layered


def resolve_sources_dir(claims_file: ClaimsFile, flag: Path | None) -> Path:
    if flag is not None:
        return flag
    layered = _layered(claims_file)
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

    def pick(flag: Any, key: str, default: Any, kind: type) -> Any:
        if flag is not None:
            return flag
        if key in layered:
            value = layered[key][0]
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise InputError(f"setting `{key}` must be {kind.__name__}, not {value!r}")
            return value
        return default

    chosen_fail_on = pick(fail_on, "fail_on", "unsupported", str)
    if chosen_fail_on not in FAIL_ON:
        raise InputError(f"`fail_on` must be one of {', '.join(FAIL_ON)}, not {chosen_fail_on!r}")
    max_mb = pick(None, "max_file_size_mb", DEFAULT_MAX_BYTES // (1024 * 1024), int)
    return CheckOptions(
        claims_path=claims_file.path,
        sources_dir=resolve_sources_dir(claims_file, sources),
        min_sources=pick(min_sources, "min_sources", DEFAULT_MIN_SOURCES, int),
        threshold=pick(threshold, "threshold", DEFAULT_THRESHOLD, float),
        fail_on=chosen_fail_on,
        exhaustive=exhaustive,
        max_bytes=max_mb * 1024 * 1024,
        use_cache=use_cache,
    )

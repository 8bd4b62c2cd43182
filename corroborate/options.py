"""What a run was asked to do: the claims and sources, and the settings that change verdicts. Resolved from
the command line, the claims file and pyproject.toml by ``config``; read by every stage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .defaults import DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD
from .kinds import FailOn
from .sources import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class CheckOptions:
    """The settings of one run (see ``config`` for where each comes from)."""

    claims_path: Path
    sources_dir: Path
    min_sources: int = DEFAULT_MIN_SOURCES
    threshold: float = DEFAULT_THRESHOLD
    fail_on: FailOn = FailOn.UNSUPPORTED
    exhaustive: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True
    count_interested_parties: bool = False  # interested parties' support counts toward min_sources

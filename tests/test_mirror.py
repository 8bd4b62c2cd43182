"""The tests mirror the package: every module has a test file of its own, where a newcomer would look."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE, TESTS = ROOT / "corroborate", ROOT / "tests"
NAMED = {"report/__init__.py": "report/test_registry.py", "documents/__init__.py": "documents/test_documents.py",
         "lexicon/__init__.py": "test_lexicon.py",
         "report/_text.py": "report/test_text_helpers.py", "commands/_common.py": "commands/test_common.py"}
"""Modules whose test file is named for what they hold rather than by their file name."""
NONE_NEEDED = {"__init__.py", "__main__.py", "matching/__init__.py", "commands/__init__.py"}
"""The version, the `python -m` entry point, and two packages that only re-export their modules' names."""


def test_every_module_has_a_test_file_of_its_own() -> None:
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        if module in NONE_NEEDED:
            continue
        expected = NAMED.get(module) or (Path(module).parent / f"test_{Path(module).stem}.py").as_posix()
        if not (TESTS / expected).exists():
            missing.append(f"{module}: tests/{expected}")
    assert missing == []

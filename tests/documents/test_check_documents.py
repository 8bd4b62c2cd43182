"""`check`, `lock` and `init` on a folder as reporters keep it: a PDF, a saved page, a Word file, an e-mail, and
files that cannot be read, each named with its reason."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import app

from ..conftest import ROOT
from . import make

CLAIMS = """settings:
  sources: sources
sources:
  courier.html:
    outlet: Dunmore Courier
    url: https://courier.example.org/news/fire
claims:
  - id: chlorine
    text: Chlorine near the international school exceeded the safe limit for six hours.
  - id: hospital
    text: Six workers were taken to hospital with breathing problems.
  - id: engines
    text: Eight engines attended the fire at the Courier Chemicals plant.
  - id: hall
    text: The fire broke out in a storage hall of the Dunmore plant.
  - id: closed
    text: The plant was closed years ago after a fire.
"""
NOT_READ = {
    "scan.pdf": "scanned PDF: no text layer on its 4 page(s), needs OCR",
    "locked.pdf": "encrypted PDF (needs a password)",
    "truncated.pdf": "corrupt PDF",
    "notes.docx": "corrupt Word document (not a .docx: it is not a zip archive)",
    "budget.xlsx": "unsupported type (.xlsx;",
    "menu.html": "empty after extraction (a web page with no article text)",
}


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    make.pdf(sources / "agency_report.pdf")
    make.html(sources / "courier.html")
    make.docx(sources / "statement.docx")
    make.eml(sources / "press.eml")
    make.pdf(sources / "scan.pdf", text_layer=False)
    make.pdf(sources / "locked.pdf", password="secret")
    (sources / "truncated.pdf").write_bytes((sources / "agency_report.pdf").read_bytes()[:900])
    (sources / "notes.docx").write_text("not a zip")
    (sources / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (sources / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return CliRunner().invoke(app, ["check", "--no-cache", *args])


def test_a_claim_told_only_on_page_4_of_a_pdf_is_quoted_with_page_and_line(story: Path) -> None:
    result = check("--format", "json")
    report = json.loads(result.stdout)
    by_id = {c["id"]: c for c in report["claims"]}
    [evidence] = [e for e in by_id["chlorine"]["evidence"] if e["stance"] == "supports"]
    assert evidence["source"].endswith("agency_report.pdf")
    assert (evidence["page"], evidence["page_line"], evidence["location"]) == (4, 3, "p4:3")
    assert "concentration of chlorine near the international school" in evidence["text"]
    terminal = check().stdout
    assert "sources/agency_report.pdf:p4:3" in terminal


def test_each_format_supports_what_it_says(story: Path) -> None:
    report = json.loads(check("--format", "json").stdout)
    supported_by = {c["id"]: {Path(e["source"]).name for e in c["evidence"] if e["stance"] == "supports"}
                    for c in report["claims"]}
    assert supported_by["hospital"] == {"courier.html"}
    assert supported_by["engines"] == {"press.eml"}
    assert supported_by["hall"] == {"statement.docx"}
    assert supported_by["closed"] == set()  # said only in the page's comment thread, which is not the article


def test_every_file_not_read_is_named_with_its_reason(story: Path) -> None:
    result = check("--format", "json")
    skipped = {Path(k["file"]).name: k["reason"] for k in json.loads(result.stdout)["skipped"]}
    assert skipped.keys() == NOT_READ.keys()
    for name, reason in NOT_READ.items():
        assert skipped[name].startswith(reason), name
        assert f"sources/{name}: skipped: {reason}" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.exit_code == 1  # the claim "closed" is unsupported: findings, not an error
    assert "(4 sources; 6 files not read)" in check().stdout


def test_a_saved_page_with_a_url_links_to_the_quote(story: Path) -> None:
    markdown = check("--format", "markdown").stdout
    assert ("https://courier.example.org/news/fire#:~:text=Six%20workers%20were%20taken,"
            "the%20fire%20service%20said.") in markdown
    assert "## Files not read" in markdown


def test_the_lock_hashes_the_original_files_bytes(story: Path) -> None:
    assert CliRunner().invoke(app, ["lock"]).exit_code == 0
    lock = (story / "corroborate.lock").read_text(encoding="utf-8")
    pdf = hashlib.sha256((story / "sources" / "agency_report.pdf").read_bytes()).hexdigest()
    assert pdf in lock


def test_init_takes_each_documents_own_metadata(story: Path) -> None:
    result = CliRunner().invoke(app, ["init", "--sources", "sources", "--claims", "starter.yaml"])
    assert result.exit_code == 0, result.stderr
    text = (story / "starter.yaml").read_text(encoding="utf-8")
    for expected in ('title: "Report on the Dunmore fire"', 'author: "Environment Agency"',
                     'title: "Fire at Dunmore chemical plant"', 'author: "Jane Smith"', 'date: "2025-03-14"',
                     'title: "Statement by the plant owner"', 'title: "Dunmore plant fire: update"'):
        assert expected in text, expected


def test_a_folder_of_plain_text_never_imports_the_format_libraries() -> None:
    script = ("import atexit, sys\n"
              "atexit.register(lambda: print(sorted(m for m in ('pypdf', 'trafilatura', 'docx', 'lxml') "
              "if m in sys.modules), file=sys.stderr))\n"
              "from corroborate.cli import main\n"
              "sys.argv = ['corroborate', 'check', '--no-cache', '--format', 'json']\n"
              "main()\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"

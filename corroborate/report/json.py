"""Machine-readable reports: one JSON document, or one JSON object per claim (``json-lines``).

The document follows the contract in ``../shared/eval/README.md``: ``claims`` with ``id``, ``verdict``,
``independent_sources`` and ``evidence`` (source, stance, score, line, end_line, text); more fields
explain the verdict (origins, why sources were merged, near misses).
"""

from __future__ import annotations

import json
from typing import Any

from ..matching import Candidate
from ..pipeline import CheckReport
from ..sources import Passage
from ..verdict import ClaimResult


def _passage(c: Candidate, p: Passage) -> dict[str, Any]:
    out = {"source": p.source.name, "stance": c.stance, "score": c.score, "line": p.line,
           "end_line": p.end_line, "start": p.start, "end": p.end, "text": p.text}
    page = p.source.page_of(p.line)
    if page is not None:  # a PDF: `line` counts through the whole text; the page and the line on it too
        out |= {"page": page[0], "page_line": page[1], "location": p.source.where(p.line, p.end_line)}
    return out


def evidence(c: Candidate) -> dict[str, Any]:
    return _passage(c, c.passage) | {"signals": c.signals.as_dict(), "reason": c.reason}


def evidence_items(c: Candidate) -> list[dict[str, Any]]:
    """The passage, and the second place that completes it when the claim is told in two places."""
    items = [evidence(c)]
    if c.extra is not None:
        items.append(_passage(c, c.extra) | {"completes": c.passage.line})
    return items


def claim_dict(r: ClaimResult) -> dict[str, Any]:
    return {
        "id": r.claim.id,
        "text": r.claim.text,
        "line": r.claim.line,
        "notes": r.claim.notes,
        "verdict": r.verdict,
        "independent_sources": r.independent_sources,
        "needed": r.needed,
        "evidence": [item for c in r.supports + r.contradicts for item in evidence_items(c)],
        "origins": [{"sources": [s.name for s in o.sources], "merged_because": list(o.reasons),
                     "credited": o.credited, "interested_party": o.interested} for o in r.origins],
        "interested_only": r.interested_only,
        "only_with_interested_party": r.only_with_interested,
        "origins_with_interested_parties": len(r.origins),
        "waived": r.waived,
        "waiver_unneeded": r.waiver_unneeded,
        "lock_problems": r.lock_problems,
        "near_misses": [evidence(c) for c in r.near_misses],
    }


def report_dict(report: CheckReport) -> dict[str, Any]:
    from .. import __version__

    return {
        "tool": {"name": "corroborate", "version": __version__},
        "claims_file": str(report.claims_file.path),
        "sources_dir": str(report.corpus.root),
        "summary": report.counts() | {"failed": len(report.failed), "claims": len(report.results)},
        "claims": [claim_dict(r) for r in report.results],
        "warnings": report.warnings,
    } | ({"skipped": [{"file": str(k.path), "reason": k.reason} for k in report.corpus.skipped]}
         if report.corpus.skipped else {})


class JsonFormat:
    def render(self, report: CheckReport) -> str:
        return json.dumps(report_dict(report), ensure_ascii=False, indent=1) + "\n"


class JsonLinesFormat:
    def render(self, report: CheckReport) -> str:
        return "".join(json.dumps(claim_dict(r), ensure_ascii=False) + "\n" for r in report.results)

"""One line per claim that needs attention, as linters print them: ``claims.yaml:12: id: verdict: why``."""

from __future__ import annotations

from ..kinds import Verdict
from ..pipeline import CheckReport
from ._text import reason


class ConciseFormat:
    def render(self, report: CheckReport) -> str:
        path = report.claims_file.path
        failed = {id(r) for r in report.failed}
        lines = []
        for r in report.results:
            if id(r) not in failed and r.verdict == Verdict.CORROBORATED and not r.waiver_unneeded:
                continue
            level = "error" if id(r) in failed else "note"
            lines.append(f"{path}:{r.claim.line}: {level}: {r.claim.id} is {r.verdict}: {reason(r, report.graph)}")
        counts = report.counts()
        summary = ", ".join(f"{n} {v}" for v, n in counts.items())
        verdict = f"{len(failed)} claim(s) fall short" if failed else "all claims pass"
        lines.append(f"{len(report.results)} claims: {summary}; {verdict}.")
        return "\n".join(lines) + "\n"

"""GitHub Actions workflow commands: one ::error or ::warning per claim that falls short, at its line."""

from __future__ import annotations

from ..kinds import Verdict
from ..pipeline import CheckReport
from ._text import reason


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormat:
    def render(self, report: CheckReport) -> str:
        lines = []
        path = str(report.claims_file.path)
        failed = {id(r) for r in report.failed}
        for r in report.results:
            if r.verdict == Verdict.CORROBORATED and not r.waiver_unneeded:
                continue
            if id(r) in failed:
                level = "error"
            elif r.verdict == Verdict.SINGLE_SOURCE and r.waived:
                continue
            else:
                level = "warning"
            title = f"{r.claim.id}: {r.verdict}"
            lines.append(f"::{level} file={_property(path)},line={r.claim.line},title={_property(title)}::"
                         f"{_data(r.claim.text + ' ' + reason(r, report.graph))}")
        counts = report.counts()
        lines.append("corroborate: " + ", ".join(f"{n} {v}" for v, n in counts.items()))
        return "\n".join(lines) + "\n"

#!/usr/bin/env python3
"""Score each claims set on two halves split by claim id: tune on one, confirm on the other.

    python benchmarks/halves.py                      # seeds-dev, wice-dev, checkcovid-dev
    python benchmarks/halves.py --sets wice-dev      # one set
    python benchmarks/halves.py --save DIR           # also keep each set's JSON report in DIR

A claim is in half A when the first byte of the SHA-1 of its id is even, else in half B: a split that
depends on nothing but the id, so it is the same on every run and every machine. The tool runs once per
set; the halves are scored with the set's own scorer (``score.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
SETS = ("seeds-dev", "wice-dev", "checkcovid-dev")
FIGURES = ("support_precision", "support_recall", "support_f1", "strict_bacc", "own_doc_tpr", "own_doc_tnr",
           "contradicted_reported_as_support", "contradiction_detected", "verdict_accuracy", "false_corroborated")


def half_of(claim_id: str) -> str:
    return "A" if hashlib.sha1(claim_id.encode()).digest()[0] % 2 == 0 else "B"


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_for(eval_dir: Path, name: str, gold: dict) -> dict:
    sources = ROOT / "seeds" if gold.get("sources") == "seeds" else eval_dir / name / "sources"
    cmd = [sys.executable, "-m", "corroborate", "check", "--claims", str(eval_dir / name / "claims.yaml"),
           "--sources", str(sources), "--format", "json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--save", type=Path, help="a folder to keep each set's JSON report in")
    args = parser.parse_args()
    scorer = load_scorer(args.eval_dir)
    print("| set | figure | half A | half B | whole |")
    print("| --- | --- | ---: | ---: | ---: |")
    for name in args.sets:
        gold = json.loads((args.eval_dir / name / "gold.json").read_text(encoding="utf-8"))
        report = report_for(args.eval_dir, name, gold)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{name}.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
        scores = {"whole": scorer.score_claims(gold, report)}
        for half in "AB":
            part = dict(gold, claims={k: v for k, v in gold["claims"].items() if half_of(k) == half})
            scores[half] = scorer.score_claims(part, report)
        for figure in FIGURES:
            if figure in scores["whole"]:
                cells = [f"{scores[h].get(figure, float('nan')):.3f}" for h in ("A", "B", "whole")]
                print(f"| {name} | {figure} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Run the labelled evaluation sets and print one table of figures against their targets.

    python benchmarks/accuracy.py                      # all sets in ../shared/eval
    python benchmarks/accuracy.py --sets seeds-dev     # one set
    python benchmarks/accuracy.py --eval-dir PATH      # the sets elsewhere

It runs the scorer that ships with the sets (``score.py``) on this checkout's `corroborate`, and prints a
Markdown table: set, figure, measured value, target, whether the target is met.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"

# (set, figure, target, higher is better)
TARGETS = [
    ("seeds-dev", "support_f1", 0.95, True),
    ("seeds-dev", "verdict_accuracy", 0.95, True),
    ("seeds-dev", "false_corroborated", 0, False),
    ("seeds-dev", "contradiction_detected", None, True),
    ("wice-dev", "strict_bacc", 0.72, True),
    ("wice-dev", "support_precision", 0.80, True),
    ("wice-dev", "own_doc_tpr", 0.70, True),
    ("checkcovid-dev", "contradicted_reported_as_support", 0.10, False),
    ("checkcovid-dev", "own_doc_tpr", 0.70, True),
    ("checkcovid-dev", "contradiction_detected", 0.50, True),
    ("reuse-clough", "dependent_f1", 0.98, True),
    ("reuse-clough", "independent_kept", 1.00, True),
    ("reuse-clough", "flagged_heavy", 0.90, True),
    ("same-event", "dependent_precision", None, True),
    ("same-event", "dependent_recall", 0.90, True),
    ("same-event", "heavy_found", None, True),
    ("same-event", "independent_kept", 0.95, True),
    ("same-event", "attribution_kept_apart", None, True),
    ("written-claims", "said_supported", None, True),
    ("written-claims", "said_contradicted", 0.0, False),
    ("written-claims", "altered_reported_as_support", 0.10, False),
    ("written-claims", "altered_contradicted", None, True),
    ("written-claims", "blind_said_supported", None, True),
    ("written-claims", "blind_said_contradicted", 0.0, False),
    ("written-claims", "blind_altered_reported_as_support", 0.10, False),
    ("written-claims", "blind_altered_contradicted", None, True),
    ("written-claims", "newest_said_supported", None, True),
    ("written-claims", "newest_said_contradicted", 0.0, False),
    ("written-claims", "newest_altered_reported_as_support", 0.10, False),
    ("written-claims", "newest_altered_contradicted", None, True),
]
"""``same-event`` is the project's own corpus of reports of eight invented events (tests/fixtures/same_event):
copies, rewrites, independent reports sharing names and facts, shared quotes, contradicting reports and press
releases, scored by its own ``score.py``. ``written-claims`` are claims written by hand about one seed or
same-event report each, as they are or altered so that it no longer says them (tests/fixtures/written_claims);
``blind_``: only the batches written after the rules they are scored with; ``newest_``: the last of those."""


def score(eval_dir: Path, name: str) -> dict[str, float]:
    if name == "same-event":
        sys.path.insert(0, str(ROOT))
        from tests.fixtures.same_event import score as same_event

        return same_event.figures()
    if name == "written-claims":
        sys.path.insert(0, str(ROOT))
        from tests.fixtures.written_claims import score as written_claims

        return written_claims.figures()
    tool = f"{sys.executable} -m corroborate"
    proc = subprocess.run([sys.executable, str(eval_dir / "score.py"), name, "--tool", tool],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"score.py {name} failed:\n{proc.stdout}\n{proc.stderr}")
    figures: dict[str, float] = {}
    for line in proc.stdout.splitlines()[:-1]:
        parts = line.split()
        if len(parts) == 2:
            try:
                figures[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL, help="folder with score.py and the sets")
    parser.add_argument("--sets", nargs="*", help="sets to run (default: every set with a target)")
    args = parser.parse_args()
    names = args.sets or list(dict.fromkeys(t[0] for t in TARGETS))
    results = {name: score(args.eval_dir, name) for name in names}
    print("| set | figure | measured | target | met |")
    print("| --- | --- | ---: | ---: | :---: |")
    for name, figure, target, higher in TARGETS:
        if name not in results or figure not in results[name]:
            continue
        value = results[name][figure]
        if target is None:
            goal, met = "", ""
        else:
            goal = f"{'>=' if higher else '<='} {target:g}"
            met = "yes" if (value >= target if higher else value <= target) else "no"
        print(f"| {name} | {figure} | {value:.3f} | {goal} | {met} |")
    sys.path.insert(0, str(ROOT))
    from tests.matching import probes

    print("\nBehavioural probes (tests/matching/probes.py, 150 sentences of the seeds and wice-dev; for the kinds "
          "few sentences allow, the next sentences that have one, up to 60 of each):\n")
    contradicted: dict[str, list[bool]] = {}
    made = probes.sample(probes.default_folders())
    print(probes.table(probes.run(made, contradicted), contradicted))
    from tests.matching import wordings

    print(f"\nFresh wordings of a denial, a hedge and a question (tests/matching/wordings.py: {len(wordings.SETS)} sets "
          "written after the rules, on the 250 sentences after those 150), share not reported as support:\n")
    print(wordings.table())
    for name in names:
        seconds = results[name].get("seconds")
        if seconds is not None:
            print(f"\n{name}: whole run {seconds:.1f} s", end="")
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Speed and memory of `corroborate check` against a plain brute-force baseline, at growing corpus sizes.

    python benchmarks/speed.py                  # seeds, wice-dev, 10x wice-dev
    python benchmarks/speed.py --sizes 1 3      # wice-dev at 1x and 3x only
    python benchmarks/speed.py --runs 5         # median of 5 runs per measurement (21 for the seeds)

Needs the `bench` extra (numpy, for the baseline): pip install -e '.[bench]'.

Every measurement is a fresh process, run side by side in one go, so the ratios compare like with like on
a shared, noisy machine (quote the ratios, not the absolute times). For each size it reports:

* `check`: the whole `corroborate check --format json --no-cache` process (cold: parses everything);
* `check (cached)`: the same with a warm parse cache (a second run);
* `exhaustive`: `--exhaustive`, which scores every passage instead of the indexed candidates;
* `brute force`: rapidfuzz ``process.cdist`` with ``token_set_ratio`` of every claim against every sentence,
  on as many cores as the tool uses (``corroborate.parallel.workers()``). At 10x, it is measured on a sample
  of the claims and scaled: its cost is exactly linear in the number of claims;
* peak memory (max RSS) of each process, and the agreement of indexed and exhaustive runs on verdicts
  and on the evidence (file and line) of every claim.

The 10x corpus is the wice-dev articles plus nine changed copies of each: in copy k every word of four letters
or more is replaced by the word k * 7919 places further in the articles' sorted vocabulary, and every number
is shifted by k. The copies keep the length, sentence structure and vocabulary of real articles but say
nothing the claims say and reuse no text of the articles, like the unrelated articles that fill a large
investigation folder (two copies k of articles that share a passage share it too, in the same changed words).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corroborate.parallel import workers

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
BASELINE = r"""
import sys, time, yaml
from pathlib import Path
from rapidfuzz import fuzz, process
claims_file, sources, sample, workers = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
claims = [c["text"] for c in yaml.safe_load(open(claims_file, encoding="utf-8"))["claims"]]
sentences = [line for p in sorted(sources.rglob("*.txt")) for line in p.read_text(encoding="utf-8", errors="replace").split("\n") if line.strip()]
subset = claims[:sample] if sample else claims
scores = process.cdist(subset, sentences, scorer=fuzz.token_set_ratio, workers=workers)
print(len(claims) / len(subset))
"""


def measure(cmd: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0, 1)) -> tuple[float, int, str]:
    """Wall time, peak RSS in bytes, and standard output of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return wall, usage.ru_maxrss * 1024, out.decode("utf-8")


def median_of(runs: int, cmd: list[str], env: dict[str, str] | None = None,
              ok: tuple[int, ...] = (0, 1)) -> tuple[float, int, str]:
    results = [measure(cmd, env, ok) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), results[-1][2]


def build_corpus(sources: Path, factor: int, out: Path) -> Path:
    """The articles, plus factor - 1 changed copies of each (see the module docstring)."""
    import re

    target = out / f"x{factor}"
    if target.exists():
        return target
    target.mkdir(parents=True)
    paths = sorted(sources.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    vocabulary = sorted({w.lower() for t in texts for w in re.findall(r"[A-Za-z]{4,}", t)})
    index = {w: i for i, w in enumerate(vocabulary)}

    def swap(k: int):
        def repl(m: re.Match[str]) -> str:
            word = m.group()
            other = vocabulary[(index[word.lower()] + 7919 * k) % len(vocabulary)]
            return other.capitalize() if word[0].isupper() else other
        return repl

    for path, text in zip(paths, texts):
        (target / path.name).write_text(text, encoding="utf-8")
        for k in range(1, factor):
            changed = re.sub(r"[A-Za-z]{4,}", swap(k), text)
            changed = re.sub(r"\d+", lambda m: str(int(m.group()) + k), changed)
            (target / f"{path.stem}_copy{k}.txt").write_text(changed, encoding="utf-8")
    return target


def agreement(indexed: str, exhaustive: str) -> tuple[float, float]:
    a = {c["id"]: c for c in json.loads(indexed)["claims"]}
    b = {c["id"]: c for c in json.loads(exhaustive)["claims"]}

    def evidence(c):
        return sorted((e["source"], e["stance"], e["line"]) for e in c["evidence"])

    verdicts = sum(a[i]["verdict"] == b[i]["verdict"] for i in a) / len(a)
    same_evidence = sum(evidence(a[i]) == evidence(b[i]) for i in a) / len(a)
    return verdicts, same_evidence


def row(label: str, wall: float, rss: int, baseline: float | None) -> str:
    ratio = f"{baseline / wall:.1f}x" if baseline else ""
    return f"| {label} | {wall:.2f} | {rss / 2**20:.0f} | {ratio} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 10], help="wice-dev corpus multiples")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is shown)")
    parser.add_argument("--eval-dir", type=Path, default=EVAL)
    args = parser.parse_args()
    tool = [sys.executable, "-m", "corroborate", "check", "--format", "json"]
    cores = workers()  # the baseline gets the cores the tool gets: compare at equal cores
    cache = Path(tempfile.mkdtemp(prefix="corroborate-bench-"))
    env = dict(os.environ, CORROBORATE_CACHE_DIR=str(cache / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # time the tool as installed, from compiled bytecode
    try:
        print("| case | median wall (s) | peak memory (MiB) | faster than brute force |")
        print("| --- | ---: | ---: | ---: |")
        seeds = [*tool, "--claims", "claims.yaml", "--sources", "seeds"]
        measure(seeds, env)  # fills the cache
        # Cold and cached runs alternate, so a slow moment of the machine does not favour either.
        cold, cached = [], []
        for _ in range(max(args.runs, 21)):
            cold.append(measure([*seeds, "--no-cache"], env))
            cached.append(measure(seeds, env))
        for label, runs in (("seeds: check", cold), ("seeds: check (cached)", cached)):
            print(row(label, statistics.median(r[0] for r in runs), max(r[1] for r in runs), None))
        wice = args.eval_dir / "wice-dev"
        claims = wice / "claims.yaml"
        notes = []
        previous: tuple[int, float] | None = None
        for factor in args.sizes:
            sources = wice / "sources" if factor == 1 else build_corpus(wice / "sources", factor, cache)
            base = [*tool, "--claims", str(claims), "--sources", str(sources)]
            sample = 0 if factor == 1 else 35
            b_wall, b_rss, b_out = median_of(1 if factor > 1 else args.runs,
                                             [sys.executable, "-c", BASELINE, str(claims), str(sources), str(sample),
                                              str(cores)], ok=(0,))
            brute = b_wall * float(b_out.strip() or 1)
            label = f"wice-dev x{factor}"
            print(row(f"{label}: brute force{' (scaled from 35 claims)' if sample else ''}", brute, b_rss, None))
            c_wall, c_rss, c_out = median_of(args.runs, [*base, "--no-cache"], env)
            print(row(f"{label}: check", c_wall, c_rss, brute))
            measure(base, env)
            w_wall, w_rss, _ = median_of(args.runs, base, env)
            print(row(f"{label}: check (cached)", w_wall, w_rss, brute))
            if factor > 1:
                pass
            else:  # exhaustive scoring is the slow reference: measured where it finishes in minutes
                e_wall, e_rss, e_out = median_of(1, [*base, "--no-cache", "--exhaustive"], env)
                print(row(f"{label}: exhaustive", e_wall, e_rss, brute))
                verdicts, evidence = agreement(c_out, e_out)
                notes.append(f"{label}: indexed and exhaustive agree on {verdicts:.1%} of verdicts and "
                             f"{evidence:.1%} of evidence lists ({len(json.loads(c_out)['claims'])} claims)")
            if previous:
                growth = (c_wall / previous[1]) / (factor / previous[0])
                notes.append(f"{label}: time grew {c_wall / previous[1]:.1f}x for {factor / previous[0]:.0f}x the "
                             f"corpus ({growth:.2f} of linear)")
            previous = (factor, c_wall)
        print()
        for note in notes:
            print(note)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

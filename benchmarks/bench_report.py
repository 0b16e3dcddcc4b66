"""The whole report on the BBC corpus and on ten times the corpus.

    python benchmarks/bench_report.py [--corpus PATH] [--workers N] [--copies 10]

Builds, in a temporary folder, the BBC corpus as it is (2,225 articles) and
the same folder copied ten times (file names suffixed, so every article id is
unique and the topic folders stay the same), then runs the report on each in a
fresh process and prints the time and peak memory per stage, and the ratios.
Targets (issue 7): BBC in ≤ 20 s wall time with peak memory ≤ 1.5 GB; ten
times the corpus in no worse than 12× the time and 4× the memory.

Peak memory is the largest resident set of the report process plus that of
its worker processes (``ru_maxrss`` of self and children), read after each
stage: a high-water mark, so it never decreases from one stage to the next.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def child(seeds: Path, out: Path, workers: int | None) -> None:
    """Run the report once and print per-stage times and memory as JSON."""
    import matplotlib

    matplotlib.use("Agg")
    import warnings

    from analysis.report import build_report

    started = time.perf_counter()
    marks = []

    def on_stage(name: str) -> None:
        marks.append((name, time.perf_counter(), peak_mb()))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = build_report(seeds, out, workers=workers, on_stage=on_stage)
    marks.append(("end", time.perf_counter(), peak_mb()))
    stages = [{"stage": name, "seconds": end - start, "peak_mb": peak}
              for (name, start, _), (_, end, peak) in zip(marks, marks[1:])]
    print(json.dumps({"articles": len(result.articles), "skipped": len(result.skipped),
                      "seconds": time.perf_counter() - started, "peak_mb": peak_mb(), "stages": stages}))


def make_copies(corpus: Path, target: Path, copies: int) -> None:
    for path in sorted(corpus.rglob("*.txt")):
        if path.name.upper().startswith("README"):
            continue
        folder = target / path.parent.relative_to(corpus)
        folder.mkdir(parents=True, exist_ok=True)
        for copy in range(copies):
            shutil.copyfile(path, folder / f"{path.stem}-{copy}{path.suffix}")


def run(seeds: Path, workers: int | None) -> dict:
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, __file__, "--child", str(seeds), out]
        if workers:
            command += ["--workers", str(workers)]
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(completed.stdout.strip().splitlines()[-1])
        result["wall"] = time.perf_counter() - started
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "bbc")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.workers)
        return
    if not args.corpus.is_dir():
        print(f"skipped: BBC corpus not found at {args.corpus}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / f"bbc_x{args.copies}"
        make_copies(args.corpus, big, args.copies)
        results = {"1x": run(args.corpus, args.workers), f"{args.copies}x": run(big, args.workers)}
    small, large = results["1x"], results[f"{args.copies}x"]
    print(f"{'stage':<12}" + "".join(f"{size + ' s':>10}{size + ' MB':>10}" for size in results))
    for row_small, row_large in zip(small["stages"], large["stages"]):
        print(f"{row_small['stage']:<12}{row_small['seconds']:>10.1f}{row_small['peak_mb']:>10.0f}"
              f"{row_large['seconds']:>10.1f}{row_large['peak_mb']:>10.0f}")
    print(f"{'whole run':<12}{small['wall']:>10.1f}{small['peak_mb']:>10.0f}{large['wall']:>10.1f}{large['peak_mb']:>10.0f}")
    print(f"\narticles: {small['articles']} and {large['articles']} (skipped {small['skipped']} and {large['skipped']})")
    time_ratio, memory_ratio = large["wall"] / small["wall"], large["peak_mb"] / small["peak_mb"]
    print(f"BBC: {small['wall']:.1f} s (target ≤ 20 s), peak {small['peak_mb']:.0f} MB (target ≤ 1536 MB)")
    print(f"{args.copies}× the corpus: time ×{time_ratio:.1f} (target ≤ 12), memory ×{memory_ratio:.1f} (target ≤ 4)")


if __name__ == "__main__":
    main()

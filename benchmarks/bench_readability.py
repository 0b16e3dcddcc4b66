"""Readability: textstat called per article vs analysis.readability_scores.

Usage: python benchmarks/bench_readability.py [--corpus PATH] [--limit N] [--repeat R]

Reads every BBC article (../shared/corpora/bbc beside the checkout, or
--corpus), then times, on the same texts:

* naive: each of the 14 textstat functions called on each article;
* project: ``analysis.readability.readability_scores(articles)``.

Fairness: each timed run happens in its own fresh Python process, so
textstat's per-text ``lru_cache``s, Pyphen's hyphenation cache and our own
per-word caches (and the hyphenation-pattern trie) all start empty: both ways
run cold. The one-off loading of resources both ways need (CMUdict, the
Pyphen patterns, the Dale-Chall word list) happens before the clock starts.
Runs go one after another, never in parallel. With --repeat R each way runs
R times and its run with the least CPU time is kept. CPU time
(time.process_time) is the headline figure because the machine is shared and
wall time also counts other people's work; wall time is printed too. Peak
memory is the process's peak resident set size (resource.getrusage), with
its growth during the timed run. Every value of both ways is compared for
exact equality; the script exits 1 if any differs.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"


def read_corpus(corpus: Path, limit: int | None):
    import pandas as pd

    files = sorted(corpus.glob("*/*.txt"))[:limit]
    rows = []
    for path in files:
        # BBC files: title line, blank line, body paragraphs (Latin-1).
        _title, _, body = path.read_text(encoding="latin-1").partition("\n")
        rows.append((f"{path.parent.name}/{path.stem}", body.strip()))
    return pd.DataFrame(rows, columns=["article_id", "text"])


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(way: str, corpus: Path, limit: int | None, out: Path) -> None:
    sys.path.insert(0, str(REPO))
    import analysis  # noqa: F401  (installs the offline CMUdict)
    from analysis import readability
    from analysis._cmudict import cmudict_dict, install_offline_cmudict
    import textstat
    from textstat.backend.utils import get_lang_easy_words, get_pyphen

    install_offline_cmudict()
    articles = read_corpus(corpus, limit)
    texts = articles["text"].tolist()
    # Shared one-off resources, loaded before timing (both ways need them).
    cmudict_dict()
    get_pyphen("en_US")
    get_lang_easy_words("en_US")
    rss_before = _peak_rss_mb()
    start, start_cpu = time.perf_counter(), time.process_time()
    if way == "naive":
        # Article by article, every function in turn (so textstat's per-text
        # caches serve the later functions on the same text).
        results = {name: [] for name in readability.METRICS}
        for text in texts:
            for name, values in results.items():
                if name == "text_standard":
                    values.append(textstat.text_standard(text, float_output=True))
                else:
                    values.append(getattr(textstat, name)(text))
    else:
        scores = readability.readability_scores(articles)
        results = {name: scores[name].tolist() for name in readability.METRICS}
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    out.write_bytes(
        pickle.dumps({"time": elapsed, "cpu": cpu, "rss_before": rss_before, "rss_after": _peak_rss_mb(),
                      "results": results, "n": len(texts)})
    )


def run(way: str, corpus: Path, limit: int | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.pkl"
        command = [sys.executable, __file__, "--worker", way, "--corpus", str(corpus),
                   "--out", str(out)] + (["--limit", str(limit)] if limit else [])
        subprocess.run(command, check=True)
        return pickle.loads(out.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per way (best kept)")
    parser.add_argument("--worker", choices=["naive", "project"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.corpus, args.limit, args.out)
        return 0
    if not any(args.corpus.glob("*/*.txt")):
        print(f"skipped: no BBC corpus at {args.corpus} (pass --corpus PATH)")
        return 0

    runs = {way: [run(way, args.corpus, args.limit) for _ in range(args.repeat)]
            for way in ("naive", "project")}
    best = {way: min(r, key=lambda x: x["cpu"]) for way, r in runs.items()}
    naive, project = best["naive"]["results"], best["project"]["results"]
    mismatches = {
        name: sum(1 for a, b in zip(naive[name], project[name]) if a != b)
        for name in naive
    }
    n = best["naive"]["n"]
    print(f"articles: {n}   metrics: {len(naive)}   cold runs per way: {args.repeat} (best kept)")
    for way, result in best.items():
        cpus = ", ".join(f"{r['cpu']:.2f}" for r in runs[way])
        print(f"{way:8s} CPU {result['cpu']:6.2f} s (runs: {cpus})  wall {result['time']:6.2f} s"
              f"  peak RSS {result['rss_after']:.0f} MB"
              f" (+{result['rss_after'] - result['rss_before']:.0f} MB during the run)")
    print(f"speed-up: {best['naive']['cpu'] / best['project']['cpu']:.1f}x CPU time, "
          f"{best['naive']['time'] / best['project']['time']:.1f}x wall time")
    bad = {name: k for name, k in mismatches.items() if k}
    print("identical: all", n * len(naive), "values equal" if not bad else f"NO, mismatches {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

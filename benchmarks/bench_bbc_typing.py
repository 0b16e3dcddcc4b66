"""Source typing beyond US politics: hand-typed BBC attributions, scored.

    python benchmarks/bench_bbc_typing.py [--bbc PATH] [--out preds.jsonl]

Loads the BBC articles of ``benchmarks/data/bbc_source_types.jsonl`` with
:func:`analysis.load_articles` (the offsets there are into its ``text``),
runs :func:`analysis.attributions` on them, writes one JSON line per predicted
attribution and scores them with ``../shared/tools/source_type_score.py``,
sample by sample: BBC1 and BBC3 are for development, BBC2 and BBC4 are held out (see
``benchmarks/data/README.md``). Exits 0 with "skipped: ..." without
../shared, and 1 if the offsets no longer fall on the typed sources (the
loader changed how it builds ``text``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TYPED = REPO / "benchmarks" / "data" / "bbc_source_types.jsonl"
SAMPLE_USE = {"BBC1": "used to develop the rules", "BBC2": "held out: measure only",
              "BBC3": "used to develop the rules", "BBC4": "held out: measure only"}
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbc", type=Path, default=SHARED / "corpora" / "bbc")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    scorer = SHARED / "tools" / "source_type_score.py"
    if not args.bbc.is_dir() or not scorer.exists():
        print(f"skipped: the BBC corpus or the scorer not found beside {REPO}")
        return 0
    import pandas as pd

    import analysis

    gold = [json.loads(line) for line in TYPED.read_text(encoding="utf-8").splitlines()]
    wanted = sorted({g["article"] for g in gold})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (files the loader skips are not in the sample)
        articles = analysis.load_articles([args.bbc / f"{name}.txt" for name in wanted])
    # load_articles gives ids relative to each file's folder ("003" in five
    # folders): key them by path under the corpus, as the sample does
    articles["article_id"] = [Path(p).relative_to(args.bbc).with_suffix("").as_posix()
                              for p in articles["path"]]
    texts = dict(zip(articles["article_id"], articles["text"]))
    shifted = [g for g in gold
               if texts[g["article"]][g["source_start"]:g["source_end"]] != g["source_text"]]
    if shifted:
        print(f"error: {len(shifted)} typed sources no longer at their offsets "
              f"(first: {shifted[0]['article']} {shifted[0]['source_text']!r})")
        return 1
    found = analysis.attributions(articles)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "predictions.jsonl"
        with open(out, "w", encoding="utf-8") as fh:
            for row in found.itertuples(index=False):
                anonymous = None if pd.isna(row.anonymous) else bool(row.anonymous)
                fh.write(json.dumps({"article": row.article_id, "content_start": int(row.content_start),
                                     "content_end": int(row.content_end),
                                     "source_type": row.source_type, "anonymous": anonymous,
                                     "speaker": row.speaker}) + "\n")
        print(f"{len(found)} attributions in {len(wanted)} articles"
              + (f"; predictions: {out}" if args.out else ""))
        for sample in sorted({g["sample"] for g in gold}):
            sample_gold = Path(tmp) / f"{sample}.jsonl"
            sample_gold.write_text("".join(json.dumps(g) + "\n" for g in gold if g["sample"] == sample),
                                   encoding="utf-8")
            result = subprocess.run([sys.executable, str(scorer), "--gold", str(sample_gold),
                                     "--pred", str(out)], capture_output=True, text=True)
            print(f"source typing, BBC sample {sample} ({SAMPLE_USE.get(sample, '')}):")
            print(result.stdout.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw a fresh sample of BBC attributions to type by hand.

    python benchmarks/bbc_typing_sample.py --seed 39 [--size 240] [--out todo.jsonl]

The BBC corpus has no gold attributions, so the events are the workbench's
own (:func:`analysis.attributions`): the articles not yet in
``benchmarks/data/bbc_source_types.jsonl`` are shuffled with
``random.Random(seed)``, and from each of the first ``--size`` that have an
attribution with a source, one such attribution is drawn with the same
generator. Offsets are into the ``text`` column of
:func:`analysis.load_articles` (the body, no title). Each output line gives
the offsets plus the source, cue and content text and the article's text, for
an annotator to add ``speaker``, ``anonymous``, ``types`` and ``note`` (see
``benchmarks/data/README.md``). Exits 0 with "skipped: ..." without ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TYPED = REPO / "benchmarks" / "data" / "bbc_source_types.jsonl"
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=240)
    ap.add_argument("--bbc", type=Path, default=SHARED / "corpora" / "bbc")
    ap.add_argument("--out", type=Path, default=Path("todo.jsonl"))
    args = ap.parse_args(argv)
    if not args.bbc.is_dir():
        print(f"skipped: the BBC corpus not found at {args.bbc}")
        return 0
    import analysis

    typed = {json.loads(line)["article"] for line in TYPED.read_text(encoding="utf-8").splitlines()}
    names = sorted(path.relative_to(args.bbc).with_suffix("").as_posix()
                   for path in args.bbc.glob("*/*.txt"))
    names = [name for name in names if name not in typed]
    rng = random.Random(args.seed)
    rng.shuffle(names)
    events = []
    for name in names:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # (a file the loader skips has no events)
            articles = analysis.load_articles([args.bbc / f"{name}.txt"])
        if articles.empty:
            continue
        text = articles["text"].iloc[0]
        found = analysis.extract_attributions(text)
        found = found[found["source"].notna()]
        if found.empty:
            continue
        row = found.iloc[rng.randrange(len(found))]
        events.append({"article": name, "source_start": int(row.source_start),
                       "source_end": int(row.source_end), "source_text": row.source,
                       "content_start": int(row.content_start), "content_end": int(row.content_end),
                       "cue": row.cue, "content": row.content, "text": text})
        if len(events) == args.size:
            break
    args.out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events),
                        encoding="utf-8")
    print(f"{len(events)} events from {len(events)} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

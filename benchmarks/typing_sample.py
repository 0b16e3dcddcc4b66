"""Draw a fresh sample of PolNeAR train attributions to type by hand.

    python benchmarks/typing_sample.py --seed 19 [--size 240] [--articles 84]
                                       [--out todo.jsonl] [--exclude drawn.jsonl ...]

Events are drawn as ``polnear/SOURCE_TYPES.md`` drew dev's: every attribution
with a Source and a Content in the scorer's gold (one annotator per article),
shuffled with ``random.Random(seed)``; events already in
``benchmarks/data/polnear_train_source_types.jsonl`` are left out, and so are
those of any ``--exclude`` file (a sample drawn but not yet typed). With
``--articles N`` the events come from N articles drawn at random first, as
dev's 240 come from its 84 articles (about three per article, so that what
goes wrong across a whole article shows, as it does on dev). Each output
line gives the offsets plus the source, cue and content text, for an annotator
to add ``speaker``, ``anonymous``, ``types`` and ``note`` (see
``benchmarks/data/README.md``). Exits 0 with "skipped: ..." without ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TYPED = REPO / "benchmarks" / "data" / "polnear_train_source_types.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=240)
    ap.add_argument("--polnear", type=Path, default=SHARED / "corpora" / "polnear")
    ap.add_argument("--out", type=Path, default=Path("todo.jsonl"))
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--articles", type=int, default=None,
                    help="draw the events from this many articles chosen at random")
    args = ap.parse_args(argv)
    scorer = args.polnear.parent.parent / "tools"
    if not (args.polnear / "train").is_dir() or not (scorer / "attribution_score.py").exists():
        print(f"skipped: PolNeAR train or the scorer not found beside {REPO}")
        return 0
    sys.path.insert(0, str(scorer))
    import attribution_score  # the scorer's own reading of the gold

    gold = attribution_score.load_gold(str(args.polnear / "train"))
    typed = set()
    for path in [TYPED, *args.exclude]:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                typed.add((r["article"], r["source_start"], r["content_start"]))
    events = [(name, a) for name in sorted(gold) for a in gold[name]["attrs"]
              if a["source"] and a["content"]
              and (name, a["source"][0][0], a["content"][0][0]) not in typed]
    rng = random.Random(args.seed)
    if args.articles:
        names = sorted({name for name, _ in events})
        chosen = set(rng.sample(names, min(args.articles, len(names))))
        events = [e for e in events if e[0] in chosen]
    rng.shuffle(events)
    sample = sorted(events[:args.size], key=lambda e: (e[0], e[1]["source"][0][0]))
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, a in sample:
            fh.write(json.dumps({
                "article": name, "source_start": a["source"][0][0], "source_end": a["source"][-1][1],
                "source_text": a["source_text"], "cue_text": a["cue_text"],
                "content_start": a["content"][0][0], "content_end": a["content"][-1][1],
                "content_text": a["content_text"][:300]}, ensure_ascii=False) + "\n")
    print(f"{len(sample)} of {len(events)} untyped train events -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

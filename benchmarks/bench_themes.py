"""Topic recovery, run time and memory of analysis.themes on the BBC corpus.

Each article is assigned to its dominant theme and compared with its topic
folder by normalised mutual information (NMI), with 5 themes and with the
automatic number of themes. Targets: NMI >= 0.87 with 5 themes, >= 0.80 with
the automatic choice.

Usage: python benchmarks/bench_themes.py [--corpus PATH]
(default: ../shared/corpora/bbc beside the checkout; exits 0 with "skipped: ..."
when the corpus is absent).
"""

from __future__ import annotations

import argparse
import sys
import time
import resource
from pathlib import Path

import pandas as pd
from sklearn.metrics import normalized_mutual_info_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analysis.themes import themes  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"


def read_bbc(root: Path) -> pd.DataFrame:
    """One row per BBC file: article_id, title, text (body), folder (topic)."""
    rows = []
    for path in sorted(root.glob("*/*.txt")):
        raw = path.read_bytes()
        try:  # most files are UTF-8 despite the corpus README; a few are Latin-1
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        title, _, body = text.partition("\n")
        rows.append((f"{path.parent.name}/{path.stem}", title.strip(), body.strip(), path.parent.name))
    return pd.DataFrame(rows, columns=["article_id", "title", "text", "folder"])


def measure(articles: pd.DataFrame, n_themes: int | None):
    start = time.perf_counter()
    found = themes(articles, n_themes=n_themes)
    seconds = time.perf_counter() - start
    # Peak resident memory of the whole process so far (Linux reports KiB).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    dominant = found.dominant.set_index("article_id")["dominant_theme"]
    nmi = normalized_mutual_info_score(articles["folder"], dominant.loc[articles["article_id"]])
    return found, nmi, seconds, peak / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: BBC corpus not found at {args.corpus}")
        return 0
    articles = read_bbc(args.corpus)
    print(f"{len(articles)} articles, {articles['folder'].nunique()} topics ({args.corpus})")
    print("(peak memory: the process's peak resident set size so far, corpus included)")
    for n_themes, target in ((5, 0.87), (None, 0.80)):
        found, nmi, seconds, peak = measure(articles, n_themes)
        name = "5 themes" if n_themes else f"automatic: {found.n_themes} themes"
        verdict = "ok" if nmi >= target else "BELOW TARGET"
        print(f"{name:24s} NMI {nmi:.3f} (target >= {target}: {verdict})  "
              f"time {seconds:.1f} s  peak memory {peak:.0f} MiB")
        if n_themes is None:
            tried = ", ".join(f"{k}: {r:.3f}" for k, r in zip(found.criterion["n_themes"],
                                                              found.criterion["redundancy"]))
            print(f"  redundancy by number of themes: {tried}")
        for row in found.table.itertuples():
            print(f"  theme {row.theme_id}: {row.label:40s} {row.documents} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())

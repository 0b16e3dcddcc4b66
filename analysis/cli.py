"""Command line: ``python -m analysis report [SEEDS_DIR] --out OUT_DIR``."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import matplotlib
from tqdm import tqdm

from .loading import NoArticlesError, SkippedFilesWarning


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Analyse a folder of news articles: readability, terms, themes and sources.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser(
        "report", help="load a folder of articles and write tables and charts",
        description="Load every article under SEEDS_DIR and write tables (CSV) and charts (PNG) to OUT_DIR.",
    )
    report.add_argument("seeds_dir", nargs="?", default="seeds", type=Path,
                        help="folder (or file) of articles (default: seeds)")
    report.add_argument("--out", default="report", type=Path, help="output folder (default: report)")
    report.add_argument("--workers", type=int, default=None,
                        help="processes for per-article work (default: all cores; 1 for none)")
    report.add_argument("--quiet", action="store_true", help="print nothing but errors")
    return parser


def _summary(result) -> str:
    articles, skipped = result.articles, result.skipped
    lines = [f"Loaded {len(articles)} article{'s' * (len(articles) != 1)}, skipped {len(skipped)} file{'s' * (len(skipped) != 1)}."]
    for path, reason in skipped.head(10).itertuples(index=False):
        lines.append(f"  skipped {path}: {reason}")
    if len(skipped) > 10:
        lines.append(f"  ... and {len(skipped) - 10} more (see skipped.csv)")
    duplicates = int(articles["duplicate_of"].notna().sum())
    if duplicates:
        lines.append(f"  {duplicates} article(s) are exact duplicates of another (see duplicate_of in articles.csv).")
    timings = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in result.seconds.items())
    lines.append(f"Time: {timings}.")
    lines.append(f"Wrote {len(result.outputs)} files to {result.out_dir}/:")
    lines.extend(f"  {output.path.name:<28} {output.caption}" for output in result.outputs)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    matplotlib.use("Agg")  # files only, no window; set before .report imports pyplot
    from .report import STAGES, build_report

    # Progress per stage on a terminal; tqdm stays silent when stderr is not a TTY.
    progress = tqdm(total=len(STAGES) + 2, unit="stage", disable=True if args.quiet else None,
                    bar_format="{desc:<22}{bar:20} {n_fmt}/{total_fmt} [{elapsed}]")

    def on_stage(name: str) -> None:
        if name != "load":
            progress.update()  # the stage before this one is done
        progress.set_description_str(name)

    with warnings.catch_warnings():
        # The summary lists skipped files itself.
        warnings.simplefilter("ignore", SkippedFilesWarning)
        try:
            result = build_report(args.seeds_dir, args.out, workers=args.workers, on_stage=on_stage)
        except NoArticlesError as error:
            progress.close()
            print(f"error: {error}", file=sys.stderr)
            return 2
    progress.update()
    progress.close()
    if not args.quiet:
        print(_summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

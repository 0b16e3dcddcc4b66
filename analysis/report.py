"""The main job: load a folder of articles and write every table and chart.

A report is a sequence of *stages*. Each stage is a function
``stage(articles, out_dir, results) -> list[Output]`` that writes its own
tables (CSV) and charts (PNG) into ``out_dir`` and may leave intermediate
results in ``results`` for later stages. Adding an analysis to the report is
one small step: write its stage function and add it to :data:`STAGES`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import matplotlib.pyplot as plt
import pandas as pd

from . import plots
from .loading import load_articles, skipped_files
from .corpus import article_stats

__all__ = ["Output", "Stage", "ReportResult", "STAGES", "build_report"]


@dataclass(frozen=True)
class Output:
    """One file the report wrote: its path, kind (``table`` or ``chart``) and a caption."""

    path: Path
    kind: str
    caption: str


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[pd.DataFrame, Path, dict], list[Output]]


@dataclass
class ReportResult:
    """What :func:`build_report` did: the articles, skipped files, outputs and timings."""

    out_dir: Path
    articles: pd.DataFrame
    skipped: pd.DataFrame
    outputs: list[Output] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def write_table(frame: pd.DataFrame, out_dir: Path, name: str, caption: str) -> Output:
    """Write ``frame`` as ``out_dir/name`` (CSV, no index) and describe it."""
    path = out_dir / name
    frame.to_csv(path, index=False)
    return Output(path, "table", caption)


def write_chart(ax: plt.Axes, out_dir: Path, name: str, caption: str) -> Output:
    """Save the figure holding ``ax`` as ``out_dir/name`` (PNG) and close it."""
    path = out_dir / name
    figure = ax.get_figure()
    figure.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(figure)
    return Output(path, "chart", caption)


def _articles_table(articles: pd.DataFrame) -> pd.DataFrame:
    stats = article_stats(articles)
    table = articles.drop(columns=["text"]).merge(stats, on="article_id", how="left")
    table["headings"] = table["headings"].map(" | ".join)
    table["text"] = articles["text"].to_numpy()
    return table


def corpus_stage(articles: pd.DataFrame, out_dir: Path, results: dict) -> list[Output]:
    """articles.csv, skipped.csv and a chart of article lengths."""
    table = _articles_table(articles)
    results["article_stats"] = table
    return [
        write_table(table, out_dir, "articles.csv",
                    "One row per article: metadata, size (words, paragraphs, sentences) and clean text."),
        write_table(skipped_files(articles), out_dir, "skipped.csv",
                    "Files that were not loaded, each with the reason."),
        write_chart(plots.article_lengths(table), out_dir, "article_lengths.png",
                    "Length of each article in words."),
    ]


STAGES: tuple[Stage, ...] = (
    Stage("corpus", corpus_stage),
)


def build_report(
    seeds_dir: str | Path = "seeds",
    out_dir: str | Path = "report",
    *,
    stages: tuple[Stage, ...] = STAGES,
    on_stage: Callable[[str], None] | None = None,
) -> ReportResult:
    """Load ``seeds_dir``, run every stage and write the outputs into ``out_dir``.

    ``on_stage`` is called with each stage's name before it runs (for progress
    display). Raises :class:`analysis.loading.NoArticlesError` when nothing
    could be loaded.
    """
    out_dir = Path(out_dir)
    started = time.perf_counter()
    if on_stage:
        on_stage("load")
    articles = load_articles(seeds_dir)
    result = ReportResult(out_dir, articles, skipped_files(articles))
    result.seconds["load"] = time.perf_counter() - started
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    for stage in stages:
        if on_stage:
            on_stage(stage.name)
        started = time.perf_counter()
        result.outputs.extend(stage.run(articles, out_dir, results))
        result.seconds[stage.name] = time.perf_counter() - started
    return result

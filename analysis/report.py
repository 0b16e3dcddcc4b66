"""The main job: load a folder of articles and write every table and chart.

A report is a sequence of *stages*. Each stage is a function
``stage(articles, out_dir, context) -> list[Output]`` that writes its own
tables (CSV) and charts (PNG) into ``out_dir``. Its per-article work, if it
has any, is a separate ``prepare`` function that the :class:`Context` starts
in ``workers`` processes at the beginning of the run, so it is computed while
the other stages run. Adding an analysis to
the report is one small step: write its stage function and add it to
:data:`STAGES`. ``index.html`` then shows its charts and links its tables.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import matplotlib.pyplot as plt
import pandas as pd

from . import plots
from .corpus import article_stats, corpus_summary
from .loading import load_articles, skipped_files
from .readability import readability_scores
from .report_page import render_page
from .sources import SOURCE_TYPES, attributions, source_breakdown, speaker_table
from .terms import keyness, keyness_groups, term_frequencies
from .themes import tfidf_terms, themes

__all__ = ["Output", "Stage", "ReportResult", "STAGES", "build_report"]


@dataclass(frozen=True, eq=False)
class Output:
    """One file the report wrote: its path, kind (``table`` or ``chart``), a
    one-line caption and, for the main tables, a few rows to show on the page."""

    path: Path
    kind: str
    caption: str
    preview: pd.DataFrame | None = None


def _concat(results: list):
    """Concatenate the chunks' results: DataFrames, or tuples of DataFrames."""
    if isinstance(results[0], tuple):
        return tuple(pd.concat(list(frames), ignore_index=True) for frames in zip(*results))
    return pd.concat(results, ignore_index=True)


class Context:
    """Per-article work of the stages, run ahead in worker processes.

    A stage's ``prepare(articles)`` must treat each article independently and
    be defined at module level (so that it can be sent to another process);
    it returns a DataFrame or a tuple of DataFrames. With ``workers > 1``
    :meth:`start` splits the articles into chunks and submits them to a
    process pool at once, so they are computed while earlier stages run in
    this process; :meth:`prepared` concatenates the chunks' results in
    article order, the same as one call on all the articles.
    """

    #: Below this many articles per chunk, per-article work stays in this process.
    min_articles_per_chunk = 100

    def __init__(self, articles: pd.DataFrame, workers: int = 1):
        self.articles = articles
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._pending: dict[Callable, list] = {}

    def start(self, prepare: Callable) -> None:
        """Submit ``prepare`` over chunks of the articles (no-op with one worker)."""
        chunks = min(self.workers, len(self.articles) // self.min_articles_per_chunk)
        if chunks < 2:
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        bounds = [round(i * len(self.articles) / chunks) for i in range(chunks + 1)]
        self._pending[prepare] = [self._pool.submit(prepare, self.articles.iloc[start:end])
                                  for start, end in zip(bounds, bounds[1:])]

    def prepared(self, prepare: Callable):
        """``prepare(articles)``: from the pool if it was started, else computed now."""
        if prepare in self._pending:
            return _concat([future.result() for future in self._pending.pop(prepare)])
        return prepare(self.articles)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


@dataclass(frozen=True)
class Stage:
    """A report stage: ``run`` writes its outputs; ``prepare`` (optional) is
    its per-article work, which :class:`Context` may run ahead in parallel."""

    name: str
    run: Callable[[pd.DataFrame, Path, Context], list[Output]]
    prepare: Callable[[pd.DataFrame], object] | None = None


@dataclass
class ReportResult:
    """What :func:`build_report` did: the articles, skipped files, outputs and timings."""

    out_dir: Path
    articles: pd.DataFrame
    skipped: pd.DataFrame
    sections: dict[str, list[Output]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def outputs(self) -> list[Output]:
        """Every file written, in order, ``index.html`` last."""
        return [output for outputs in self.sections.values() for output in outputs]


def write_table(frame: pd.DataFrame, out_dir: Path, name: str, caption: str,
                preview: pd.DataFrame | None = None) -> Output:
    """Write ``frame`` as ``out_dir/name`` (CSV, no index) and describe it."""
    path = out_dir / name
    frame.to_csv(path, index=False)
    return Output(path, "table", caption, preview)


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


def corpus_stage(articles: pd.DataFrame, out_dir: Path, context: Context) -> list[Output]:
    """articles.csv, skipped.csv and a chart of article lengths."""
    table = _articles_table(articles)
    return [
        write_table(table, out_dir, "articles.csv",
                    "One row per article: metadata, size (words, paragraphs, sentences) and clean "
                    "text. The corpus in figures:",
                    preview=corpus_summary(articles, table[["article_id", "words"]])),
        write_table(skipped_files(articles), out_dir, "skipped.csv",
                    "Files that were not loaded, each with the reason."),
        write_chart(plots.article_lengths(table), out_dir, "article_lengths.png",
                    "Length of each article in words."),
    ]


def _readability_levels(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Scores per article, paragraph and sentence, in one process (sharing its word caches)."""
    return tuple(readability_scores(articles, level=level) for level in ("article", "paragraph", "sentence"))


def readability_stage(articles: pd.DataFrame, out_dir: Path, context: Context) -> list[Output]:
    """readability.csv and charts of grade levels, sentence lengths and the hardest article."""
    scores, paragraphs, sentences = context.prepared(_readability_levels)
    hardest = scores.sort_values(["flesch_kincaid_grade", "article_id"], ascending=[False, True])
    hardest_id = hardest["article_id"].iloc[0]
    return [
        write_table(scores, out_dir, "readability.csv",
                    "Readability of each article: every textstat metric and the counts behind them.",
                    preview=hardest[["article_id", "text_standard", "flesch_kincaid_grade", "gunning_fog",
                                     "flesch_reading_ease", "lexicon_count", "sentence_count"]].head(10)),
        write_table(paragraphs.drop(columns=["text"]), out_dir, "readability_paragraphs.csv",
                    "The same metrics paragraph by paragraph (offsets into each article's text)."),
        write_chart(plots.readability_by_article(scores, metric="flesch_kincaid_grade"), out_dir,
                    "readability.png", "Flesch-Kincaid grade of each article, over US school levels."),
        write_chart(plots.sentence_lengths(sentences), out_dir, "sentence_lengths.png",
                    "How many words the sentences have."),
        write_chart(plots.readability_along_article(paragraphs, hardest_id), out_dir,
                    "readability_along_article.png",
                    f"Grade level paragraph by paragraph in the hardest article ({hardest_id})."),
    ]


def terms_stage(articles: pd.DataFrame, out_dir: Path, context: Context) -> list[Output]:
    """terms.csv, keyness.csv (when there are groups to compare) and their charts."""
    counts = term_frequencies(articles, ngram_range=(1, 2))
    words = counts.corpus[counts.corpus["n"] == 1]
    outputs = [
        write_table(counts.corpus, out_dir, "terms.csv",
                    "Every word and two-word phrase: count, documents it occurs in, display casing.",
                    preview=counts.corpus[["display", "n", "count", "doc_freq"]].head(15)),
        write_chart(plots.top_terms(words, n=20), out_dir, "top_terms.png",
                    "The 20 most frequent words (stop words left out)."),
    ]
    by = keyness_groups(articles)
    if by is not None:
        table = keyness(articles, by=by, n=30, counts=counts)
        first_group = sorted(table["group"].unique())[0]
        outputs += [
            write_table(table, out_dir, "keyness.csv",
                        f"Terms that set each {by.replace('_', ' ')} apart from the rest (log-likelihood G²)."),
            write_chart(plots.keyness(table, group=first_group), out_dir, "keyness.png",
                        f"Terms over- and under-used in {first_group} compared with the rest."),
        ]
    return outputs


def themes_stage(articles: pd.DataFrame, out_dir: Path, context: Context) -> list[Output]:
    """tfidf_terms.csv, themes.csv, theme_weights.csv and charts of the themes."""
    found = themes(articles)
    table = found.table.assign(
        top_terms=found.table["top_terms"].map(", ".join),
        weights=found.table["weights"].map(lambda weights: ", ".join(f"{w:.3f}" for w in weights)),
    )
    longest = articles.loc[articles["text"].str.len().idxmax(), "article_id"]
    unit = "paragraphs of the article" if found.unit == "paragraph" else "articles"
    return [
        write_table(found.tfidf_terms(10) if found.unit == "article" else tfidf_terms(articles, n=10),
                    out_dir, "tfidf_terms.csv",
                    "The 10 most distinctive terms of each article (TF-IDF)."),
        write_table(table, out_dir, "themes.csv",
                    f"{found.n_themes} themes found across the {unit} (NMF of TF-IDF): label, top terms, weights.",
                    preview=table[["theme_id", "label", "top_terms", "documents"]]),
        write_table(found.weights, out_dir, "theme_weights.csv",
                    f"Weight of each theme in each of the {unit}."),
        write_chart(plots.theme_terms(found), out_dir, "theme_terms.png",
                    "The top terms of each theme."),
        write_chart(plots.theme_heatmap(found), out_dir, "theme_heatmap.png",
                    f"How strongly each theme is present in the {unit}."),
        write_chart(plots.theme_flow(found, article_id=longest), out_dir, "theme_flow.png",
                    f"Theme weights paragraph by paragraph through the longest article ({longest})."),
    ]


def sources_stage(articles: pd.DataFrame, out_dir: Path, context: Context) -> list[Output]:
    """attributions.csv, sources.csv, speakers.csv and charts of who is quoted."""
    found = context.prepared(attributions)
    by = "folder" if articles["folder"].nunique() > 1 and len(articles) > 30 else "article_id"
    if by == "folder":
        found = found.merge(articles[["article_id", "folder"]], on="article_id", how="left")
    breakdown = source_breakdown(found, by=by)
    groups = pd.Index(sorted(articles[by].astype(str).unique()), name=by)
    wide = (breakdown.by_type.pivot(index=by, columns="source_type", values="attributions")
            .reindex(index=groups, columns=list(SOURCE_TYPES), fill_value=0)
            .join(breakdown.by_anonymity.pivot(index=by, columns="anonymity", values="attributions")
                  .reindex(index=groups, columns=["anonymous", "named"], fill_value=0))
            .fillna(0).astype(int).reset_index())
    sourced = wide["anonymous"] + wide["named"]
    wide.insert(1, "attributions", sourced)
    wide["anonymous_share"] = (wide["anonymous"] / sourced.where(sourced > 0)).round(3)
    speakers = speaker_table(found)
    return [
        write_table(found.drop(columns=["content_spans"]), out_dir, "attributions.csv",
                    "Every attribution: kind, content, cue, source, resolved speaker, source type, anonymity."),
        write_table(wide, out_dir, "sources.csv",
                    f"Attributions per {by.replace('_', ' ')}: by source type, anonymous and named.",
                    preview=wide.head(15)),
        write_table(speakers, out_dir, "speakers.csv",
                    "Every speaker: attributions, quoted words, source type, anonymity.",
                    preview=speakers.head(15)),
        write_chart(plots.source_types_per_article(breakdown), out_dir, "source_types.png",
                    f"Source types of the attributions per {by.replace('_', ' ')}."),
        write_chart(plots.anonymous_share(breakdown, by=by), out_dir, "anonymous_share.png",
                    f"Share of attributions to anonymous sources per {by.replace('_', ' ')}."),
        write_chart(plots.top_speakers(speakers, n=15), out_dir, "top_speakers.png",
                    "The 15 speakers with the most quoted words."),
    ]


STAGES: tuple[Stage, ...] = (
    Stage("corpus", corpus_stage),
    Stage("readability", readability_stage, prepare=_readability_levels),
    Stage("terms", terms_stage),
    Stage("themes", themes_stage),
    Stage("sources", sources_stage, prepare=attributions),
)


def build_report(
    seeds_dir: str | Path = "seeds",
    out_dir: str | Path = "report",
    *,
    stages: tuple[Stage, ...] = STAGES,
    workers: int | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> ReportResult:
    """Load ``seeds_dir``, run every stage and write the outputs into ``out_dir``.

    ``workers`` is the number of processes for per-article work (default:
    the machine's cores; 1 keeps everything in this process). ``on_stage`` is
    called with each stage's name before it runs (for progress display).
    Raises :class:`analysis.loading.NoArticlesError` when nothing could be
    loaded.
    """

    out_dir = Path(out_dir)
    started = time.perf_counter()
    if on_stage:
        on_stage("load")
    articles = load_articles(seeds_dir)
    result = ReportResult(out_dir, articles, skipped_files(articles))
    result.seconds["load"] = time.perf_counter() - started
    out_dir.mkdir(parents=True, exist_ok=True)
    context = Context(articles, workers=workers or os.cpu_count() or 1)
    try:
        for stage in stages:
            if stage.prepare is not None:
                context.start(stage.prepare)
        for stage in stages:
            if on_stage:
                on_stage(stage.name)
            started = time.perf_counter()
            result.sections[stage.name] = stage.run(articles, out_dir, context)
            result.seconds[stage.name] = time.perf_counter() - started
    finally:
        context.close()
    if on_stage:
        on_stage("page")
    page = out_dir / "index.html"
    page.write_text(render_page(result), encoding="utf-8")
    result.sections["page"] = [Output(page, "page", "This page: every chart with its caption and links to every table.")]
    return result

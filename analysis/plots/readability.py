"""Charts of readability scores (tables from :func:`analysis.readability.readability_scores`).

Scores are drawn over the usual reading bands of their metric: Flesch
reading ease (90-100 very easy ... 0-30 very difficult), Dale-Chall (grade
bands of its score) or, for the grade-level metrics (Flesch-Kincaid, Gunning
fog, SMOG, Coleman-Liau, ARI, Linsear Write, text standard), US school
levels: elementary up to grade 6, middle school 7-8, high school 9-12,
college 13-16, graduate 17 and above.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

__all__ = ["BANDS", "readability_by_article", "sentence_lengths", "readability_along_article"]

_GRADE_BANDS = [
    (-np.inf, 6, "elementary (≤6)"),
    (6, 8, "middle school (7-8)"),
    (8, 12, "high school (9-12)"),
    (12, 16, "college (13-16)"),
    (16, np.inf, "graduate (17+)"),
]

#: Reading bands per metric: (low, high, label), low to high score.
BANDS: dict[str, list[tuple[float, float, str]]] = {
    "flesch_reading_ease": [
        (-np.inf, 30, "very difficult (0-30)"),
        (30, 50, "difficult (30-50)"),
        (50, 60, "fairly difficult (50-60)"),
        (60, 70, "standard (60-70)"),
        (70, 80, "fairly easy (70-80)"),
        (80, 90, "easy (80-90)"),
        (90, np.inf, "very easy (90-100)"),
    ],
    "dale_chall_readability_score": [
        (-np.inf, 5, "grade 4 and below (<5)"),
        (5, 6, "grades 5-6 (5-6)"),
        (6, 7, "grades 7-8 (6-7)"),
        (7, 8, "grades 9-10 (7-8)"),
        (8, 9, "grades 11-12 (8-9)"),
        (9, np.inf, "college (9+)"),
    ],
    **{
        metric: _GRADE_BANDS
        for metric in ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                       "automated_readability_index", "linsear_write_formula", "text_standard")
    },
}

_LABELS = {
    "flesch_reading_ease": "Flesch reading ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning fog index",
    "smog_index": "SMOG index",
    "coleman_liau_index": "Coleman-Liau index",
    "automated_readability_index": "Automated readability index",
    "dale_chall_readability_score": "Dale-Chall score",
    "linsear_write_formula": "Linsear Write",
    "text_standard": "Text standard (grade)",
}


def _draw_bands(ax: Axes, metric: str, values: np.ndarray, vertical: bool) -> None:
    """Shade the bands of ``metric`` that the data range touches, with a legend.

    Colours run from green (easy) to red (hard); the legend lists the bands
    from hard to easy.
    """
    bands = BANDS.get(metric)
    finite = values[np.isfinite(values)]
    if not bands or finite.size == 0:
        return
    low, high = float(finite.min()), float(finite.max())
    pad = max(0.5, 0.05 * (high - low))
    low, high = low - pad, high + pad
    shades = np.linspace(0.85, 0.15, len(bands))  # RdYlGn: 0 red (hard), 1 green (easy)
    if metric == "flesch_reading_ease":  # the one score where higher is easier
        shades = shades[::-1]
    colors = plt.get_cmap("RdYlGn")(shades)
    span = ax.axvspan if vertical else ax.axhspan
    handles = []
    for (start, stop, label), color in zip(bands, colors):
        start, stop = max(start, low), min(stop, high)
        if start < stop:
            handles.append(span(start, stop, color=color, alpha=0.3, zorder=0,
                                linewidth=0, label=label))
    (ax.set_xlim if vertical else ax.set_ylim)(low, high)
    if metric != "flesch_reading_ease":
        handles.reverse()
    extra, extra_labels = ax.get_legend_handles_labels()
    extra = [h for h in extra if h not in handles]
    ax.legend(handles=handles + extra, fontsize=7, loc="upper left",
              bbox_to_anchor=(1.01, 1.0), borderaxespad=0, title="bands", title_fontsize=7)


def readability_by_article(
    scores: pd.DataFrame,
    metric: str = "flesch_kincaid_grade",
    ax: Axes | None = None,
    *,
    max_bars: int = 60,
) -> Axes:
    """One bar per article, sorted by ``metric``, over the metric's reading bands.

    ``scores`` is an article-level :func:`~analysis.readability.readability_scores`
    table. With more than ``max_bars`` articles the chart becomes a histogram
    of the scores (bins of one unit, five for Flesch reading ease) over the bands.
    """
    table = scores[["article_id", metric]].dropna().sort_values(
        [metric, "article_id"], kind="stable")
    values = table[metric].to_numpy(dtype=float)
    label = _LABELS.get(metric, metric)
    if len(table) <= max_bars:
        if ax is None:
            _, ax = plt.subplots(figsize=(7, 0.25 * len(table) + 1.5))
        positions = np.arange(len(table))
        ax.barh(positions, values, color="tab:blue", zorder=2)
        ax.set_yticks(positions, table["article_id"].astype(str), fontsize=7)
        ax.set_xlabel(label)
        ax.set_title(f"{label}, by article")
        _draw_bands(ax, metric, np.append(values, 0.0), vertical=True)
    else:
        if ax is None:
            _, ax = plt.subplots(figsize=(7, 4))
        width = 5 if metric == "flesch_reading_ease" else 1
        edges = np.arange(np.floor(values.min() / width) * width,
                          values.max() + width, width)
        if len(edges) < 2:
            edges = np.array([values.min(), values.min() + width])
        ax.hist(values, bins=edges, color="tab:blue", zorder=2)
        ax.set_xlabel(label)
        ax.set_ylabel("articles")
        ax.set_title(f"{label}: {len(table)} articles")
        _draw_bands(ax, metric, values, vertical=True)
    return ax


def sentence_lengths(sentence_scores: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Histogram of words per sentence (one bar per length), with the median marked.

    ``sentence_scores`` is a sentence-level
    :func:`~analysis.readability.readability_scores` table (its ``words`` column).
    """
    words = sentence_scores["words"].to_numpy(dtype=int)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4))
    top = int(words.max()) if words.size else 0
    ax.hist(words, bins=np.arange(-0.5, top + 1.5), color="tab:blue")
    if words.size:
        median = float(np.median(words))
        ax.axvline(median, color="black", linestyle="--", linewidth=1,
                   label=f"median {median:g} words")
        ax.legend()
    ax.set_xlabel("words per sentence")
    ax.set_ylabel("sentences")
    ax.set_title(f"Sentence lengths ({words.size} sentences)")
    return ax


def readability_along_article(
    paragraph_scores: pd.DataFrame,
    article_id: str,
    metric: str = "flesch_kincaid_grade",
    ax: Axes | None = None,
) -> Axes:
    """``metric`` paragraph by paragraph through one article, over the reading bands.

    ``paragraph_scores`` is a paragraph-level
    :func:`~analysis.readability.readability_scores` table; the dashed line is
    the mean over the article's paragraphs.
    """
    rows = paragraph_scores[paragraph_scores["article_id"] == article_id].sort_values("paragraph")
    if rows.empty:
        raise ValueError(f"no paragraphs for article_id {article_id!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4))
    x = rows["paragraph"].to_numpy() + 1
    y = rows[metric].to_numpy(dtype=float)
    ax.plot(x, y, marker="o", color="tab:blue", zorder=3)
    ax.axhline(np.nanmean(y), color="black", linestyle="--", linewidth=1, zorder=2,
               label="mean of paragraphs")
    label = _LABELS.get(metric, metric)
    ax.legend(fontsize=7)
    _draw_bands(ax, metric, y, vertical=False)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("paragraph")
    ax.set_ylabel(label)
    ax.set_title(f"{label} through {article_id}")
    return ax

"""Charts of the corpus itself: what was loaded and how long it is."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["article_lengths"]

_BARS_UP_TO = 40


def article_lengths(stats: pd.DataFrame, *, ax: plt.Axes | None = None) -> plt.Axes:
    """Words per article: one bar per article for small corpora, a histogram otherwise.

    ``stats`` needs ``article_id`` and ``words`` (see :func:`analysis.text.article_stats`).
    """
    bars = len(stats) <= _BARS_UP_TO
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 1.2 + 0.3 * len(stats) if bars else 4))
    if bars:
        ordered = stats.sort_values(["words", "article_id"])
        ax.barh(ordered["article_id"].astype(str), ordered["words"], color="#4C72B0")
        ax.set_xlabel("words")
        ax.set_ylabel("article")
    else:
        ax.hist(stats["words"], bins=40, color="#4C72B0")
        ax.set_xlabel("words per article")
        ax.set_ylabel("articles")
    ax.set_title(f"Article length ({len(stats)} article{'s' * (len(stats) != 1)})")
    return ax

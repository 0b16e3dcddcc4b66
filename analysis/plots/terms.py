"""Charts of term frequencies and keyness (tables from :mod:`analysis.terms`)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

__all__ = ["top_terms", "keyness"]

_OVER, _UNDER = "#1f77b4", "#d62728"


def top_terms(corpus_counts: pd.DataFrame, n: int = 20, ax: Axes | None = None) -> Axes:
    """Horizontal bars of the ``n`` most frequent terms, most frequent on top.

    ``corpus_counts`` is ``term_frequencies(...).corpus`` (columns ``display``
    or ``term``, and ``count``).
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.3 * n + 1))
    label = "display" if "display" in corpus_counts else "term"
    top = corpus_counts.sort_values(["count", label], ascending=[False, True]).head(n)
    # barh draws the first row at the bottom: reverse to put the largest on top.
    top = top.iloc[::-1]
    ax.barh(range(len(top)), top["count"], color=_OVER)
    ax.set_yticks(range(len(top)), top[label])
    ax.set_xlabel("occurrences")
    ax.set_title(f"Top {len(top)} terms")
    return ax


def keyness(
    keyness_table: pd.DataFrame, group=None, n: int = 15, ax: Axes | None = None
) -> Axes:
    """Diverging bars of signed G² for one group: over-used terms right, under-used left.

    ``keyness_table`` is an :func:`analysis.terms.keyness` result; ``group``
    may be omitted when the table holds a single group.
    """
    groups = keyness_table["group"].unique()
    if group is None:
        if len(groups) != 1:
            raise ValueError(f"pass group=, one of {sorted(map(str, groups))}")
        group = groups[0]
    rows = keyness_table[keyness_table["group"] == group]
    if rows.empty:
        raise ValueError(f"no group {group!r} in the keyness table")
    label = "display" if "display" in rows else "term"
    ranked = rows.sort_values(["g2", label], ascending=[False, True])
    over = ranked[ranked["g2"] > 0].head(n)
    under = ranked[ranked["g2"] < 0].tail(n)
    shown = pd.concat([over, under]).iloc[::-1]  # most over-used on top
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.3 * len(shown) + 1))
    colors = [_OVER if value > 0 else _UNDER for value in shown["g2"]]
    ax.barh(range(len(shown)), shown["g2"], color=colors)
    ax.set_yticks(range(len(shown)), shown[label])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel("signed log-likelihood G² (right: over-used, left: under-used)")
    ax.set_title(f"Keyness: {group} vs the rest")
    return ax

"""Charts of NMF themes (a :class:`analysis.themes.Themes`)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes

from analysis.themes import Themes

__all__ = ["theme_terms", "theme_heatmap", "theme_flow"]

_COLORS = plt.get_cmap("tab20").colors


def _color(theme_id: int):
    return _COLORS[(2 * theme_id) % 20 if theme_id < 10 else (2 * theme_id + 1) % 20]


def theme_terms(themes: Themes, ax: Axes | None = None, *, n_terms: int = 6) -> Axes:
    """Grouped horizontal bars: each theme's top terms and weights, in one Axes.

    Themes run from top (theme 0) to bottom, one colour each, with the theme's
    label as a heading over its bars.
    """
    table = themes.table
    rows = []  # (y, term, weight, theme_id), top of the chart first
    headings = []
    y = 0.0
    for theme in table.itertuples():
        headings.append((y, f"{theme.theme_id}: {theme.label}"))
        y += 1
        for term, weight in list(zip(theme.top_terms, theme.weights))[:n_terms]:
            rows.append((y, term, weight, theme.theme_id))
            y += 1
        y += 0.5
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.25 * y + 1))
    ys = [-r[0] for r in rows]  # negate: first theme on top
    ax.barh(ys, [r[2] for r in rows], color=[_color(r[3]) for r in rows])
    ax.set_yticks(ys, [r[1] for r in rows], fontsize=8)
    for y_heading, text in headings:
        ax.text(0, -y_heading, text, fontweight="bold", fontsize=9, va="center")
    ax.set_ylim(-y, 1)
    ax.set_xlabel("term weight in the theme")
    ax.set_title(f"Top terms of {themes.n_themes} themes ({themes.unit}s)")
    return ax


def theme_heatmap(themes: Themes, ax: Axes | None = None, *, max_documents: int = 40) -> Axes:
    """Document × theme shares as an image, documents grouped by dominant theme.

    With more than ``max_documents`` documents, each theme shows its
    ``max_documents // n_themes`` documents with the highest weight.
    """
    weights = themes.weights
    keys = [c for c in ("article_id", "paragraph") if c in weights]
    share = weights.pivot_table(index=keys, columns="theme_id", values="share", sort=True)
    dominant = themes.dominant.set_index(keys)
    dominant = dominant.loc[share.index]
    order = dominant.assign(_theme=dominant["dominant_theme"].fillna(-1)).sort_values(
        ["_theme", "weight"], ascending=[True, False], kind="stable"
    )
    if len(order) > max_documents:
        per_theme = max(1, max_documents // themes.n_themes)
        order = order.groupby("_theme", sort=True).head(per_theme)
    shown = share.loc[order.index]
    if ax is None:
        _, ax = plt.subplots(figsize=(1.2 * themes.n_themes + 3, 0.22 * len(shown) + 1.5))
    image = ax.imshow(shown.to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=1)
    labels = [
        f"{i[0]} ¶{i[1] + 1}" if isinstance(i, tuple) else str(i) for i in shown.index
    ]
    ax.set_yticks(np.arange(len(shown)), labels, fontsize=7)
    theme_labels = themes.table.set_index("theme_id")["label"]
    ax.set_xticks(
        np.arange(shown.shape[1]),
        [f"{t}: {theme_labels[t]}" for t in shown.columns],
        rotation=30, ha="right", fontsize=8,
    )
    ax.figure.colorbar(image, ax=ax, label="share of the document")
    ax.set_title(f"Theme shares of {len(shown)} {themes.unit}s")
    return ax


def theme_flow(themes: Themes, article_id: str | None = None, ax: Axes | None = None) -> Axes:
    """Stacked areas of theme shares along an article's paragraphs.

    ``article_id`` defaults to the first article of the themes. Works for
    paragraph- and article-unit themes (see :meth:`Themes.paragraph_weights`).
    """
    if article_id is None:
        article_id = themes.articles["article_id"].iloc[0]
    weights = themes.paragraph_weights(article_id)
    share = weights.pivot_table(index="paragraph", columns="theme_id", values="share", sort=True)
    labels = themes.table.set_index("theme_id")["label"]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5))
    x = share.index.to_numpy() + 1
    ax.stackplot(
        x, share.to_numpy().T,
        labels=[f"{t}: {labels[t]}" for t in share.columns],
        colors=[_color(t) for t in share.columns],
        step="mid",  # paragraphs are discrete: one flat band each
    )
    ax.set_xlim(x.min() - 0.5, x.max() + 0.5)
    ax.set_ylim(0, 1)
    ax.set_xlabel("paragraph")
    ax.set_ylabel("share of the paragraph")
    ax.set_title(f"Themes through {article_id}")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    return ax

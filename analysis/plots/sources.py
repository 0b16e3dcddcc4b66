"""Charts of who is quoted (tables from :mod:`analysis.sources`), and an HTML
view of one article with its attributions highlighted."""

from __future__ import annotations

import html

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from analysis.source_types import SOURCE_TYPES

__all__ = [
    "TYPE_COLORS",
    "source_types_per_article",
    "anonymous_share",
    "top_speakers",
    "highlight_attributions",
]

# One fixed colour per source type (matplotlib's tab10), so that every chart
# and the HTML view agree.
TYPE_COLORS = {
    "official": "#1f77b4",
    "former_official": "#aec7e8",
    "expert": "#2ca02c",
    "media": "#ff7f0e",
    "organization": "#9467bd",
    "public": "#d62728",
    "document": "#8c564b",
    "unspecified": "#7f7f7f",
}


def source_types_per_article(breakdown, ax: Axes | None = None) -> Axes:
    """Stacked horizontal bars: attributions per source type for each group.

    ``breakdown`` is a :func:`analysis.sources.source_breakdown` result (one
    bar per article or outlet, or a single bar for the corpus). Groups are
    sorted by name, types in :data:`analysis.speakers.SOURCE_TYPES` order.
    """
    table = breakdown.by_type
    by = breakdown.by
    index = table[by] if by else pd.Series("corpus", index=table.index)
    wide = (table.assign(_group=index.astype(str))
            .pivot_table(index="_group", columns="source_type", values="attributions",
                         aggfunc="sum", fill_value=0)
            .reindex(columns=list(SOURCE_TYPES), fill_value=0)
            .sort_index(ascending=False))  # barh draws the first row at the bottom
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.35 * len(wide) + 1.5))
    left = pd.Series(0, index=wide.index)
    positions = range(len(wide))
    for kind in SOURCE_TYPES:
        ax.barh(positions, wide[kind], left=left, color=TYPE_COLORS[kind], label=kind)
        left = left + wide[kind]
    ax.set_yticks(positions, wide.index)
    ax.set_xlabel("attributions")
    ax.set_title("Source types" + (f" per {by}" if by else ""))
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))  # never over a bar
    return ax


def anonymous_share(breakdown, by: str | None = "article_id", ax: Axes | None = None) -> Axes:
    """Bars of the share of attributions to anonymous sources, per group.

    ``breakdown`` is a :func:`analysis.sources.source_breakdown` result made
    with the same ``by``; groups sorted by name.
    """
    if breakdown.by != by:
        raise ValueError(f"the breakdown is by {breakdown.by!r}, not {by!r}")
    table = breakdown.by_anonymity
    rows = table[table["anonymity"] == "anonymous"]
    labels = rows[by].astype(str) if by else pd.Series(["corpus"] * len(rows), index=rows.index)
    order = labels.sort_values(ascending=False).index
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.35 * len(rows) + 1.5))
    ax.barh(range(len(order)), rows.loc[order, "share"], color=TYPE_COLORS["unspecified"])
    ax.set_yticks(range(len(order)), labels.loc[order])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of attributions to anonymous sources")
    ax.set_title("Anonymous sources" + (f" per {by}" if by else ""))
    return ax


def top_speakers(speakers: pd.DataFrame, n: int = 15, ax: Axes | None = None) -> Axes:
    """Horizontal bars of the ``n`` speakers with the most quoted words, coloured by type.

    ``speakers`` is a :func:`analysis.sources.speaker_table` result.
    """
    top = speakers.sort_values(["quoted_words", "speaker"], ascending=[False, True]).head(n)
    top = top.iloc[::-1]  # most quoted on top
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.3 * len(top) + 1.5))
    colors = [TYPE_COLORS.get(kind, "#000000") for kind in top["source_type"]]
    ax.barh(range(len(top)), top["quoted_words"], color=colors)
    ax.set_yticks(range(len(top)), top["speaker"])
    ax.set_xlabel("quoted words")
    ax.set_title(f"Top {len(top)} speakers by quoted words")
    shown = [k for k in SOURCE_TYPES if k in set(top["source_type"])]
    handles = [plt.Rectangle((0, 0), 1, 1, color=TYPE_COLORS[k]) for k in shown]
    if handles:
        ax.legend(handles, shown, fontsize="small", loc="lower right")
    return ax


_STYLE = """<style>
.attr-view {line-height: 1.6; font-family: sans-serif; max-width: 50em; white-space: pre-wrap}
.attr-view .content {border-bottom: 3px solid var(--c); background: color-mix(in srgb, var(--c) 12%, transparent)}
.attr-view .cue {font-weight: bold; color: var(--c)}
.attr-view .source {background: var(--c); color: white; padding: 0 2px; border-radius: 3px}
.attr-legend span {display: inline-block; margin-right: 1em}
.attr-legend i {display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle}
</style>"""


def highlight_attributions(text: str, attributions: pd.DataFrame) -> str:
    """HTML of ``text`` with each attribution's content, cue and source marked.

    ``attributions`` is :func:`analysis.sources.extract_attributions` of
    ``text`` (offsets into it). The content is underlined in the colour of
    the source type, the cue is bold, the source is a coloured label whose
    tooltip gives the speaker and type; a legend lists the colours. Every
    mark carries ``data-attribution`` (the row's position in
    ``attributions``). The text is escaped with :func:`html.escape` and keeps
    its line breaks (``white-space: pre-wrap``). Show it in a notebook with
    ``IPython.display.HTML``.
    """
    marks: list[tuple[int, int, str]] = []  # (start, end, opening tag)
    for number, row in enumerate(attributions.itertuples(index=False)):
        kind = row.source_type if isinstance(row.source_type, str) else "unspecified"
        color = TYPE_COLORS.get(kind, "#000000")
        title = html.escape(f"{row.speaker or 'no source'} ({kind})", quote=True)
        spans = getattr(row, "content_spans", None)
        if not isinstance(spans, (list, tuple)) or not spans:
            spans = [(row.content_start, row.content_end)]
        parts = [("content", s, e) for s, e in spans]
        parts += [(part, getattr(row, f"{part}_start"), getattr(row, f"{part}_end"))
                  for part in ("cue", "source")]
        for part, start, end in parts:
            if pd.notna(start) and pd.notna(end) and int(end) > int(start):
                marks.append((int(start), int(end),
                              f'<span class="{part} type-{kind}" data-attribution="{number}" '
                              f'style="--c:{color}" title="{title}">'))
    # Open and close the marks in text order with a stack, so the HTML is
    # well formed: a source or cue inside a quote nests in its content; a mark
    # that would cross the end of the one it sits in is cut there (rare).
    marks.sort(key=lambda m: (m[0], -m[1]))
    pieces, stack, pos, i = [], [], 0, 0
    while i < len(marks) or stack:
        next_open = marks[i][0] if i < len(marks) else len(text) + 1
        if stack and stack[-1] <= next_open:
            end = stack.pop()
            pieces.append(html.escape(text[pos:end]) + "</span>")
            pos = end
            continue
        start, end, tag = marks[i]
        i += 1
        start = max(start, pos)
        end = min(end, stack[-1]) if stack else end
        if end <= start:
            continue
        pieces.append(html.escape(text[pos:start]) + tag)
        stack.append(end)
        pos = start
    pieces.append(html.escape(text[pos:]))
    legend = "".join(f'<span><i style="background:{TYPE_COLORS[k]}"></i>{k}</span>'
                     for k in SOURCE_TYPES)
    return (f'{_STYLE}<div class="attr-legend">{legend}<br><small>underlined: content '
            f'&middot; <b>bold</b>: cue &middot; label: source</small></div>'
            f'<div class="attr-view">{"".join(pieces)}</div>')

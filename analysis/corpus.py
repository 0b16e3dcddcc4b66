"""What was loaded: per-article sizes and a one-table corpus summary."""

from __future__ import annotations

import pandas as pd

from .text import paragraph_spans, sentence_spans, word_count

__all__ = ["article_stats", "corpus_summary"]


def article_stats(articles: pd.DataFrame) -> pd.DataFrame:
    """Size of each article.

    Columns: ``article_id``, ``words`` (white-space separated), ``paragraphs``
    and ``sentences`` (as cut by :func:`analysis.text.paragraph_spans` and
    :func:`analysis.text.sentence_spans`).
    """
    texts = articles["text"]
    return pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy(),
            "words": [word_count(t) for t in texts],
            "paragraphs": [len(paragraph_spans(t)) for t in texts],
            "sentences": [len(sentence_spans(t)) for t in texts],
        }
    )


def corpus_summary(articles: pd.DataFrame, stats: pd.DataFrame | None = None) -> pd.DataFrame:
    """A two-column table (``measure``, ``value``) describing the corpus.

    Rows: articles loaded, files skipped, exact duplicates, outlets, folders,
    formats, first and last publication date, and total / median words.
    ``stats`` is :func:`article_stats` of the articles if already computed.
    """
    if stats is None:
        stats = article_stats(articles)
    skipped = articles.attrs.get("skipped")
    published = articles["published"].dropna()

    def listing(column: str) -> str:
        counts = articles[column].fillna("(unknown)").replace("", "(top level)").value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="stable")
        return ", ".join(f"{name} ({n})" for name, n in counts.items())

    rows = [
        ("articles", len(articles)),
        ("files skipped", 0 if skipped is None else len(skipped)),
        ("exact duplicates", int(articles["duplicate_of"].notna().sum())),
        ("outlets", listing("outlet")),
        ("folders", listing("folder")),
        ("formats", listing("format")),
        ("first published", published.min().date().isoformat() if len(published) else "unknown"),
        ("last published", published.max().date().isoformat() if len(published) else "unknown"),
        ("words", int(stats["words"].sum())),
        ("median words per article", float(stats["words"].median()) if len(stats) else 0.0),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"]).astype({"value": str})

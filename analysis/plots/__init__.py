"""Charts: every function takes the package's DataFrames and returns its matplotlib ``Axes``."""

from .corpus import article_lengths
from .readability import readability_along_article, readability_by_article, sentence_lengths
from .sources import anonymous_share, highlight_attributions, source_types_per_article, top_speakers
from .terms import keyness, top_terms
from .themes import theme_flow, theme_heatmap, theme_terms

__all__ = [
    "article_lengths",
    "readability_by_article", "sentence_lengths", "readability_along_article",
    "top_terms", "keyness",
    "theme_terms", "theme_heatmap", "theme_flow",
    "source_types_per_article", "anonymous_share", "top_speakers", "highlight_attributions",
]

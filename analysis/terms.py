"""Term frequencies, n-grams and keyness of an articles DataFrame.

:func:`term_frequencies` counts words and n-grams with scikit-learn's
:class:`~sklearn.feature_extraction.text.CountVectorizer` and returns a
:class:`TermCounts`: tidy tables for people (``corpus``, ``per_article``) and
the sparse article × term matrix for other modules. :func:`keyness` ranks the
terms that distinguish one group of articles (a BBC topic folder, one article)
from the rest, with Dunning's log-likelihood G² and Hardie's log ratio.

Tokens (see :func:`tokenize`):

* words may contain inner hyphens and apostrophes: "full-scale",
  "one-on-one", "U.S.-Russia" gives "U.S." and "Russia";
* dotted abbreviations are one token: "U.S.", "a.m.";
* a possessive "'s" (straight or curly apostrophe) is dropped, so "Putin's"
  and "Putin’s" count as "putin"; curly apostrophes become straight ones;
* pure numbers are dropped ("30", "1,400") except years 1800–2099, which are
  news content ("2024"); tokens mixing digits and letters stay ("30-day",
  "COVID-19", "1990s"); single characters are dropped, as in scikit-learn.

N-grams are formed inside a sentence (:func:`analysis.text.sentence_spans`),
and an n-gram containing a stop word or a dropped number is dropped. This
differs on purpose from CountVectorizer's word analyzer, which removes stop
words first and then joins the remaining words, creating bigrams that never
occur in the text ("president united" from "President of the United States").

Terms are lowercased for counting; ``display`` is the most frequent original
casing ("Putin", "Kremlin", "U.S.", "Donald Trump").
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
from scipy import sparse, special, stats
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from analysis.text import sentence_spans

__all__ = [
    "STOP_WORDS",
    "TermCounts",
    "tokenize",
    "term_frequencies",
    "top_terms",
    "keyness",
    "keyness_groups",
]

# scikit-learn's English list plus contractions: the token pattern keeps inner
# apostrophes, so "doesn't" is one token that the list alone would not catch.
# ("it's", "that's" lose their "'s" like possessives and become stop words.)
STOP_WORDS: frozenset[str] = ENGLISH_STOP_WORDS | frozenset(
    """
    don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't
    shouldn't mustn't haven't hasn't hadn't needn't i'm i've i'd i'll you're you've
    you'll you'd we're we've we'll we'd they're they've they'll they'd he'd he'll
    she'd she'll it'll
    """.split()
)

# A dotted abbreviation (U.S., a.m.) or letters/digits joined by inner
# hyphens or apostrophes. Filtering (numbers, possessives) is in tokenize().
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'][^\W_]+)*")
_POSSESSIVE = re.compile(r"'[sS]$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _tokens_with_gaps(text: str) -> list[str | None]:
    """Tokens of ``text``, with ``None`` where a number or single character was dropped."""
    tokens: list[str | None] = []
    for match in _TOKEN.finditer(text.replace("\u2019", "'")):
        token = _POSSESSIVE.sub("", match.group())
        keep = len(token) > 1 and (_HAS_LETTER.search(token) or _YEAR.fullmatch(token))
        tokens.append(token if keep else None)
    return tokens


def tokenize(text: str) -> list[str]:
    """Split ``text`` into word tokens, keeping their casing (rules in the module doc).

    Usable as CountVectorizer's ``tokenizer`` (with ``token_pattern=None``).
    """
    return [token for token in _tokens_with_gaps(text) if token is not None]


def _stop_set(stop_words: str | Iterable[str] | None) -> frozenset[str]:
    if stop_words is None:
        return frozenset()
    if isinstance(stop_words, str):
        if stop_words != "english":
            raise ValueError(f"stop_words must be 'english', None or a list, not {stop_words!r}")
        return STOP_WORDS
    return frozenset(word.lower() for word in stop_words)


def _ngram_analyzer(ngram_range: tuple[int, int], stop: frozenset[str]):
    """A CountVectorizer analyzer yielding original-case n-grams within sentences.

    Written by hand because CountVectorizer's word analyzer cannot keep
    n-grams inside sentences nor drop (rather than skip over) stop words.
    """
    low, high = ngram_range

    def analyze(text: str) -> list[str]:
        grams = []
        for start, end in sentence_spans(text):
            # A dropped number breaks n-grams like a stop word: "raised 30
            # ships" gives no "raised ships".
            tokens = _tokens_with_gaps(text[start:end])
            is_stop = [token is None or token.lower() in stop for token in tokens]
            for n in range(low, high + 1):
                for i in range(len(tokens) - n + 1):
                    if not any(is_stop[i:i + n]):
                        grams.append(" ".join(tokens[i:i + n]))
        return grams

    return analyze


@dataclass(frozen=True)
class TermCounts:
    """Term counts of a set of articles.

    Attributes:
        corpus: one row per term; ``term`` (lowercased unless
            ``lowercase=False``), ``display`` (most frequent original casing),
            ``n`` (words in the term), ``count`` (occurrences in all
            articles), ``doc_freq`` (articles containing it), ``doc_share``
            (``doc_freq`` / number of articles); sorted by ``count``
            descending, then ``term``.
        per_article: one row per article and term it contains:
            ``article_id``, ``term``, ``count``; in article order, then
            ``count`` descending, then ``term``.
        matrix: sparse CSR article × term counts; rows follow
            ``article_ids``, columns follow ``terms``.
        terms: the vocabulary in column order (alphabetical).
        display: the display casing of each term, in column order.
        article_ids: the article of each row of ``matrix``.
    """

    corpus: pd.DataFrame
    per_article: pd.DataFrame
    matrix: sparse.csr_matrix
    terms: np.ndarray
    display: np.ndarray
    article_ids: np.ndarray

    @cached_property
    def vocabulary(self) -> dict[str, int]:
        """Mapping term → column of ``matrix`` (as ``CountVectorizer.vocabulary_``)."""
        return {term: column for column, term in enumerate(self.terms)}


def _df_limit(value: int | float, n_docs: int) -> float:
    # scikit-learn's convention: a float is a share of the articles, an int a count.
    return value * n_docs if isinstance(value, float) else value


def term_frequencies(
    articles: pd.DataFrame,
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int | float = 1,
    max_df: int | float = 1.0,
    max_features: int | None = None,
    stop_words: str | Iterable[str] | None = "english",
    lowercase: bool = True,
) -> TermCounts:
    """Count terms (words and n-grams) in each article's ``text``.

    Parameters follow :class:`~sklearn.feature_extraction.text.CountVectorizer`:

    Args:
        articles: needs columns ``article_id`` and ``text``.
        ngram_range: smallest and largest number of words in a term.
        min_df: drop terms in fewer articles than this (int) or than this
            share of the articles (float).
        max_df: drop terms in more articles than this (int) or share (float).
        max_features: keep only the most frequent terms (ties broken by term).
        stop_words: ``"english"`` (:data:`STOP_WORDS`), ``None`` or a list;
            n-grams containing a stop word are dropped.
        lowercase: count "Putin" and "putin" as one term.

    Returns:
        A :class:`TermCounts` with tidy tables and the sparse matrix.
    """
    article_ids = articles["article_id"].astype(str).to_numpy()
    analyzer = _ngram_analyzer(ngram_range, _stop_set(stop_words))
    # One pass over the texts, counting original casings; casings are merged
    # afterwards with a sparse product, which also gives the display forms.
    vectorizer = CountVectorizer(analyzer=analyzer, dtype=np.int64)
    cased_matrix = vectorizer.fit_transform(articles["text"].fillna(""))
    cased = vectorizer.get_feature_names_out()
    cased_totals = np.asarray(cased_matrix.sum(axis=0)).ravel()

    keys = pd.Index(cased).str.lower() if lowercase else pd.Index(cased)
    codes, terms = pd.factorize(keys, sort=True)
    merge = sparse.csr_matrix(
        (np.ones(len(cased), dtype=np.int64), (np.arange(len(cased)), codes)),
        shape=(len(cased), len(terms)),
    )
    matrix = (cased_matrix @ merge).tocsr()
    # Display form: the casing with the highest total in each term's group
    # (ties: first in code-point order, so "Putin" wins over "putin").
    order = np.lexsort((np.arange(len(cased)), -cased_totals, codes))
    first = np.r_[True, codes[order][1:] != codes[order][:-1]]
    display = cased[order[first]]

    # Document-frequency limits apply to the merged (lowercased) terms, so they
    # are applied here rather than by CountVectorizer, which sees casings.
    n_docs = matrix.shape[0]
    counts = np.asarray(matrix.sum(axis=0)).ravel()
    doc_freq = np.diff(matrix.tocsc().indptr)
    keep = (doc_freq >= _df_limit(min_df, n_docs)) & (doc_freq <= _df_limit(max_df, n_docs))
    if max_features is not None:
        ranked = np.lexsort((np.arange(len(terms)), -counts))
        ranked = ranked[keep[ranked]][:max_features]
        keep = np.zeros(len(terms), dtype=bool)
        keep[ranked] = True
    columns = np.flatnonzero(keep)
    if len(columns) == 0:
        raise ValueError("no term left after min_df / max_df / max_features")
    matrix, terms, display = matrix[:, columns], np.asarray(terms)[columns], display[columns]
    counts, doc_freq = counts[columns], doc_freq[columns]

    corpus = pd.DataFrame(
        {
            "term": terms,
            "display": display,
            "n": pd.Series(terms).str.count(" ").to_numpy() + 1,
            "count": counts,
            "doc_freq": doc_freq,
            "doc_share": doc_freq / n_docs,
        }
    )
    corpus = corpus.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)

    # Tidy per-article table straight from the sparse nonzeros (never dense).
    coo = matrix.tocoo()
    per_article = pd.DataFrame(
        {"row": coo.row, "article_id": article_ids[coo.row], "term": terms[coo.col],
         "count": coo.data}
    )
    per_article = (
        per_article.sort_values(["row", "count", "term"], ascending=[True, False, True])
        .drop(columns="row")
        .reset_index(drop=True)
    )
    return TermCounts(corpus, per_article, matrix, terms, display, article_ids)


def top_terms(articles: pd.DataFrame, n: int = 20, **options) -> pd.DataFrame:
    """The ``n`` most frequent terms: the first rows of ``term_frequencies(...).corpus``.

    ``options`` are passed to :func:`term_frequencies`.
    """
    return term_frequencies(articles, **options).corpus.head(n)


def _g2_block(a, b, size_group, size_rest):
    """Signed G² and log ratio for arrays of group counts ``a`` and rest counts ``b``."""
    total = a + b
    size = size_group + size_rest
    observed = (a, b, size_group - a, size_rest - b)
    expected = (
        size_group * total / size,
        size_rest * total / size,
        size_group * (size - total) / size,
        size_rest * (size - total) / size,
    )
    # xlogy gives 0 for an empty cell (0 · ln 0 = 0).
    g2 = 2 * sum(special.xlogy(o, o / np.where(e > 0, e, 1)) for o, e in zip(observed, expected))
    g2 = np.where(a >= expected[0], g2, -g2)
    # Both relative frequencies get 1 / (corpus size) added, so a zero count
    # gives a finite ratio whose sign always agrees with g2. (Hardie's 0.5 for
    # zero counts can flip the sign when the sizes differ a lot, e.g. one
    # article against the whole corpus.)
    log_ratio = np.log2((a / size_group + 1 / size) / (b / size_rest + 1 / size))
    return g2, log_ratio


def keyness(
    articles: pd.DataFrame,
    by: str = "folder",
    target: Hashable | Iterable[Hashable] | None = None,
    n: int | None = None,
    counts: TermCounts | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    min_df: int | float = 1,
    stop_words: str | Iterable[str] | None = "english",
) -> pd.DataFrame:
    """Terms over- and under-used in each group of articles compared with the rest.

    For a term and a group, the 2×2 table is (term, other terms) × (group,
    rest). ``g2`` is Dunning's (1993) log-likelihood G² = 2 Σ O ln(O/E) over
    the four cells, signed negative when the group uses the term less than
    expected; ``p_value`` is its χ²(1) tail. ``log_ratio`` (Hardie 2014) is
    the effect size: log2 of the ratio of the term's relative frequencies in
    the group and in the rest (+1 = twice as frequent), each frequency plus
    1 / (corpus size) so that zero counts stay finite. This is the
    corpus-linguistics standard (Rayson & Garside 2000): G² says whether a
    difference is reliable, log ratio how large it is. Group sizes are counted
    per term length: a bigram is compared with the group's bigrams.

    Args:
        articles: needs ``article_id``, ``text`` (unless ``counts`` is given)
            and the ``by`` column.
        by: column whose values define the groups, e.g. ``"folder"``;
            ``"article_id"`` compares each article with the rest of the corpus.
        target: a group value or list of them; ``None`` computes every group.
        n: keep the ``n`` most over-used and ``n`` most under-used terms per
            group; ``None`` keeps all (groups × vocabulary rows: pass ``n``
            for ``by="article_id"`` on a large corpus).
        counts: a :func:`term_frequencies` result for these ``articles`` (same
            row order), to reuse instead of counting again.
        ngram_range, min_df, stop_words: as in :func:`term_frequencies`.

    Returns:
        Columns ``group``, ``term``, ``display``, ``count_group``,
        ``count_rest``, ``g2``, ``log_ratio``, ``p_value``; per group (in
        sorted order) rows are ranked by ``g2``, most over-used first.
    """
    if counts is None:
        counts = term_frequencies(
            articles, ngram_range=ngram_range, min_df=min_df, stop_words=stop_words
        )
    elif not np.array_equal(counts.article_ids, articles["article_id"].astype(str).to_numpy()):
        raise ValueError("counts must come from term_frequencies(articles) in the same row order")

    labels = articles[by].to_numpy()
    present = pd.notna(labels)
    codes, groups = pd.factorize(labels[present], sort=True)
    groups = pd.Index(groups)
    wanted = range(len(groups))
    if target is not None:
        many = isinstance(target, (list, tuple, set, np.ndarray, pd.Index, pd.Series))
        targets = list(target) if many else [target]
        missing = [value for value in targets if value not in groups]
        if missing:
            raise ValueError(f"column {by!r} has no group {missing!r}")
        wanted = [groups.get_loc(value) for value in targets]

    # Group counts as a sparse product: (groups × articles) indicator @ matrix.
    rows = np.flatnonzero(present)
    indicator = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int64), (codes, rows)), shape=(len(groups), len(present))
    )
    group_counts = (indicator @ counts.matrix).tocsr()
    totals = np.asarray(group_counts.sum(axis=0)).ravel()
    # Sizes per term length: a term is compared with terms of the same length.
    lengths = pd.Series(counts.terms).str.count(" ").to_numpy() + 1
    length_codes, length_values = pd.factorize(lengths)
    by_length = sparse.csr_matrix(
        (np.ones(len(lengths)), (np.arange(len(lengths)), length_codes)),
        shape=(len(lengths), len(length_values)),
    )
    group_sizes = np.asarray((group_counts @ by_length).todense())  # groups × lengths
    corpus_sizes = group_sizes.sum(axis=0)

    frames = []
    for g in wanted:
        a = group_counts[g].toarray().ravel().astype(float)
        b = totals - a
        size_group = group_sizes[g][length_codes]
        size_rest = corpus_sizes[length_codes] - size_group
        if not (size_rest > 0).all() or not (size_group > 0).all():
            raise ValueError(f"group {groups[g]!r} needs articles with terms both in it and outside it")
        g2, log_ratio = _g2_block(a, b, size_group, size_rest)
        # Columns are in alphabetical term order, so the column breaks ties.
        order = np.lexsort((np.arange(len(g2)), -log_ratio, -g2))
        if n is not None:
            over = order[g2[order] > 0][:n]
            under = order[g2[order] < 0][-n:] if n > 0 else order[:0]
            order = np.r_[over, under]
        frames.append(
            pd.DataFrame(
                {
                    "group": groups[g],
                    "term": counts.terms[order],
                    "display": counts.display[order],
                    "count_group": a[order].astype(np.int64),
                    "count_rest": b[order].astype(np.int64),
                    "g2": g2[order],
                    "log_ratio": log_ratio[order],
                    "p_value": stats.chi2.sf(np.abs(g2[order]), df=1),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def keyness_groups(articles: pd.DataFrame) -> str | None:
    """The column :func:`keyness` should compare by default.

    ``"folder"`` when the articles come from several sub-folders (e.g. BBC
    topics), else ``"article_id"`` (each article against the rest) when there
    are several articles, else None: a single article has nothing to be
    compared with.
    """
    if "folder" in articles.columns and articles["folder"].nunique() > 1:
        return "folder"
    return "article_id" if len(articles) > 1 else None

"""TF-IDF key terms of each article, and themes found by NMF.

:func:`tfidf_terms` ranks each article's terms by TF-IDF (scikit-learn's
:class:`~sklearn.feature_extraction.text.TfidfVectorizer`). :func:`themes`
factorises the same TF-IDF matrix with non-negative matrix factorisation
(:class:`~sklearn.decomposition.NMF`) into themes (weighted term lists) and
document × theme weights, choosing the number of themes itself if asked.

Terms use :func:`analysis.terms.tokenize` (so "Putin's" counts as "putin",
"one-on-one" and "U.S." stay whole, bare numbers are dropped), lowercased,
unigrams and bigrams, with :data:`NEWS_STOP_WORDS`. Term frequencies are
sublinear (1 + log tf) and rows are l2-normalised. N-grams are scikit-learn's
(formed after stop words are removed: "kremlin aide" from "aide to the
Kremlin" would need a trigram) but never cross a sentence end: "... in
Istanbul. Trump ..." gives no "istanbul trump".

Document-frequency limits adapt to the number of documents ``n`` unless given
(:func:`df_limits`): ``min_df`` is 1 below 50 documents and grows by one per
tenfold (2 from 50, 3 from 500, 4 from 5,000, 5 from 50,000), so one article
keeps every term while a large corpus drops typos and one-off names;
``max_df`` is 1.0 below 5 documents (a term shared by the only documents is
still content), 0.8 below 100 (in a small set, such as the paragraphs of one
article, the main actor appears in most documents and is still a theme's
word: "Putin" is in 19 of the seed's 34 paragraphs) and 0.5 from 100 on (a
term in more than half the documents cannot tell them apart).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import NMF
from sklearn.utils.extmath import randomized_svd
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from analysis.terms import STOP_WORDS, tokenize
from analysis.text import paragraph_table, sentence_spans

__all__ = ["NEWS_STOP_WORDS", "Themes", "df_limits", "tfidf_vectorizer", "tfidf_terms", "themes"]

#: :data:`analysis.terms.STOP_WORDS` plus reporting verbs and titles that every
#: news story uses ("said" tops any single article's terms otherwise).
NEWS_STOP_WORDS: frozenset[str] = STOP_WORDS | frozenset(
    "said says say saying told tell mr mrs ms".split()
)

_MAX_AUTO_THEMES = 15
# Automatic choice: the smallest number of themes whose redundancy is within
# this fraction of the lowest (prefer the simpler model when they are on par).
_TOLERANCE = 0.05
# Above this many documents, the automatic choice runs on a random sample of them.
_SELECTION_DOCUMENTS = 5000
# Candidate fits stop at a looser tolerance than the final fit: comparing
# candidates needs their themes, not the last digits of their weights.
_SELECTION_TOL = 1e-3


def df_limits(n_documents: int) -> tuple[int, float]:
    """``(min_df, max_df)`` for ``n_documents`` documents (rule in the module doc)."""
    min_df = 1 if n_documents < 50 else min(5, 1 + int(math.log10(n_documents / 5)))
    max_df = 1.0 if n_documents < 5 else 0.8 if n_documents < 100 else 0.5
    return min_df, max_df


class _SentenceNgrams:
    """scikit-learn's word analyzer applied sentence by sentence.

    Written as a wrapper because TfidfVectorizer forms n-grams over the whole
    text, joining the last word of a sentence to the first of the next. A
    class, not a closure, so a fitted vectorizer can be pickled.
    """

    def __init__(self, ngram_range: tuple[int, int], stop_words: frozenset[str]):
        self.words = TfidfVectorizer(
            tokenizer=tokenize, token_pattern=None, lowercase=True,
            stop_words=sorted(stop_words), ngram_range=ngram_range,
        ).build_analyzer()

    def __call__(self, text: str) -> list[str]:
        return [gram for start, end in sentence_spans(text) for gram in self.words(text[start:end])]


def tfidf_vectorizer(
    n_documents: int,
    *,
    ngram_range: tuple[int, int] = (1, 2),
    stop_words: Iterable[str] | None = None,
    min_df: int | float | None = None,
    max_df: int | float | None = None,
) -> TfidfVectorizer:
    """The (unfitted) TF-IDF vectorizer used here, with limits for ``n_documents``.

    ``stop_words`` defaults to :data:`NEWS_STOP_WORDS`; ``min_df``/``max_df``
    default to :func:`df_limits`.
    """
    auto_min, auto_max = df_limits(n_documents)
    stop = NEWS_STOP_WORDS if stop_words is None else frozenset(w.lower() for w in stop_words)
    return TfidfVectorizer(
        analyzer=_SentenceNgrams(ngram_range, stop),
        sublinear_tf=True,
        min_df=auto_min if min_df is None else min_df,
        max_df=auto_max if max_df is None else max_df,
    )


def _fit_tfidf(texts: pd.Series, **options) -> tuple[TfidfVectorizer, sparse.csr_matrix]:
    texts = texts.fillna("").astype(str)
    vectorizer = tfidf_vectorizer(len(texts), **options)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:
        if options.get("min_df") is not None or options.get("max_df") is not None:
            raise  # the caller's own limits: let them see the error
        # Automatic limits pruned every term (e.g. near-identical documents,
        # all terms in over half of them): fall back to keeping every term.
        vectorizer.set_params(min_df=1, max_df=1.0)
        matrix = vectorizer.fit_transform(texts)
    return vectorizer, matrix.tocsr()


def tfidf_terms(
    articles: pd.DataFrame,
    n: int = 10,
    *,
    ngram_range: tuple[int, int] = (1, 2),
    stop_words: Iterable[str] | None = None,
    min_df: int | float | None = None,
    max_df: int | float | None = None,
) -> pd.DataFrame:
    """The ``n`` terms with the highest TF-IDF score in each article.

    Args:
        articles: needs ``article_id`` and ``text``; IDF is computed over
            these articles, so a term scores high when it is frequent in the
            article and rare in the others.
        n: terms per article (fewer when an article has fewer terms).
        ngram_range, stop_words, min_df, max_df: see :func:`tfidf_vectorizer`.

    Returns:
        Columns ``article_id``, ``rank`` (1 = highest score), ``term`` and
        ``score`` (TF-IDF of the l2-normalised row, 0-1); articles in input
        order, ties broken by term in alphabetical order.
    """
    vectorizer, matrix = _fit_tfidf(
        articles["text"], ngram_range=ngram_range, stop_words=stop_words,
        min_df=min_df, max_df=max_df,
    )
    return _top_terms(articles["article_id"].astype(str), matrix, vectorizer, n)


def _top_terms(article_ids, matrix: sparse.csr_matrix, vectorizer: TfidfVectorizer, n: int) -> pd.DataFrame:
    terms = vectorizer.get_feature_names_out()  # alphabetical: column order = term order
    rows = []
    for article_id, start, end in zip(article_ids, matrix.indptr[:-1], matrix.indptr[1:]):
        columns, scores = matrix.indices[start:end], matrix.data[start:end]
        # Score descending, then column ascending, which is alphabetical term order.
        best = np.lexsort((columns, -scores))[:n]
        rows.extend(
            (article_id, rank, terms[columns[i]], scores[i]) for rank, i in enumerate(best, 1)
        )
    return pd.DataFrame(rows, columns=["article_id", "rank", "term", "score"])


@dataclass(frozen=True, eq=False)
class Themes:
    """Themes of a set of articles (result of :func:`themes`).

    Attributes:
        table: one row per theme: ``theme_id`` (0 = the theme carrying most
            of the corpus), ``label`` (its top terms, "kremlin / putin /
            secrecy"), ``top_terms`` (list of terms, best first), ``weights``
            (list of their weights in the theme), ``documents`` (documents
            whose dominant theme it is).
        weights: one row per document and theme: ``article_id`` [,
            ``paragraph``], ``theme_id``, ``weight`` (NMF weight scaled so
            each theme averages 1 over the documents: 3 = three times the
            theme's usual presence) and ``share`` (the document's weights
            scaled to sum to 1: its theme mix).
        dominant: one row per document: ``article_id`` [, ``paragraph``],
            ``dominant_theme`` (the highest ``weight``; <NA> for a document
            with no known term), ``weight``, ``label``.
        n_themes: number of themes.
        unit: ``"article"`` or ``"paragraph"``: what a document is.
        criterion: scores of the automatic choice, one row per number of
            themes tried: ``n_themes``, ``redundancy``, ``chosen``; empty
            when ``n_themes`` was given.
        vectorizer, model: the fitted TF-IDF vectorizer and NMF model.
    """

    table: pd.DataFrame
    weights: pd.DataFrame
    dominant: pd.DataFrame
    n_themes: int
    unit: str
    criterion: pd.DataFrame
    vectorizer: TfidfVectorizer = field(repr=False)
    model: NMF = field(repr=False)
    scale: np.ndarray = field(repr=False)  # per-theme divisor applied to NMF weights
    order: np.ndarray = field(repr=False)  # model component of each theme_id
    articles: pd.DataFrame = field(repr=False)  # article_id, text of the fitted articles
    matrix: sparse.csr_matrix = field(repr=False)  # TF-IDF of the documents, rows as in dominant

    def tfidf_terms(self, n: int = 10) -> pd.DataFrame:
        """:func:`tfidf_terms` of the fitted articles, from the TF-IDF already computed.

        Only for article-unit themes (for paragraph-unit themes the IDF is
        over paragraphs: call :func:`tfidf_terms` on the articles instead).
        """
        if self.unit != "article":
            raise ValueError("tfidf_terms of paragraph-unit themes: call analysis.tfidf_terms(articles)")
        return _top_terms(self.dominant["article_id"], self.matrix, self.vectorizer, n)

    def paragraph_weights(self, article_id: str | None = None) -> pd.DataFrame:
        """Theme weights of each paragraph of one article (all articles if None).

        Columns as :attr:`weights` with ``paragraph``. For paragraph-unit
        themes these are rows of :attr:`weights`; for article-unit themes the
        paragraphs are projected on the fitted themes (NMF ``transform``).
        """
        if self.unit == "paragraph":
            rows = self.weights
            if article_id is not None:
                rows = rows[rows["article_id"] == str(article_id)]
                if rows.empty:
                    raise KeyError(f"no paragraph of article {article_id!r} in these themes")
            return rows.reset_index(drop=True)
        articles = self.articles
        if article_id is not None:
            articles = articles[articles["article_id"] == str(article_id)]
        if articles.empty:
            raise KeyError(f"no article {article_id!r} in these themes")
        documents = paragraph_table(articles)
        raw = self.model.transform(self.vectorizer.transform(documents["text"]))
        weight = raw[:, self.order] / self.scale
        return _tidy_weights(documents[["article_id", "paragraph"]], weight)


def _tidy_weights(keys: pd.DataFrame, weight: np.ndarray) -> pd.DataFrame:
    total = weight.sum(axis=1, keepdims=True)
    share = np.divide(weight, total, out=np.zeros_like(weight), where=total > 0)
    n_docs, n_themes = weight.shape
    tidy = keys.loc[keys.index.repeat(n_themes)].reset_index(drop=True)
    tidy["theme_id"] = np.tile(np.arange(n_themes), n_docs)
    tidy["weight"] = weight.ravel()
    tidy["share"] = share.ravel()
    return tidy


def _fit_nmf(matrix: sparse.csr_matrix, n_themes: int, random_state: int,
             tol: float = 1e-4, start: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[NMF, np.ndarray]:
    # Frobenius loss on l2-normalised TF-IDF rows with the deterministic
    # NNDSVDa start: the standard setting for topic recovery with NMF.
    # ``start`` is a precomputed (W, H) start (see _nndsvda_starts).
    model = NMF(n_themes, init="nndsvda" if start is None else "custom",
                random_state=random_state, max_iter=500, tol=tol)
    with warnings.catch_warnings(), np.errstate(invalid="ignore"):
        # A few more iterations would not change the themes; do not alarm users.
        # (errstate: scikit-learn takes the square root of a reconstruction
        # error that rounds to a tiny negative number when the fit is exact.)
        warnings.simplefilter("ignore", ConvergenceWarning)
        if start is None:
            weight = model.fit_transform(matrix)
        else:
            weight = model.fit_transform(matrix, W=start[0].copy(), H=start[1].copy())
    return model, weight


def _nndsvda_starts(matrix: sparse.csr_matrix, largest: int, random_state: int):
    """NNDSVDa starts (Boutsidis & Gallopoulos 2008) for 1..``largest`` themes from one SVD.

    scikit-learn's ``init="nndsvda"`` runs a randomized SVD for every fit;
    written out here so that the automatic choice, which fits every
    candidate number of themes, computes the SVD once (it was two thirds of
    the choice's time on BBC). Same construction as scikit-learn's: the
    leading singular pair, then the dominant sign part of each next pair;
    zeros filled with the matrix mean.
    """
    u, s, vt = randomized_svd(matrix, largest, random_state=random_state)
    w, h = np.zeros_like(u), np.zeros_like(vt)
    w[:, 0], h[0] = np.sqrt(s[0]) * np.abs(u[:, 0]), np.sqrt(s[0]) * np.abs(vt[0])
    for j in range(1, largest):
        x, y = u[:, j], vt[j]
        xp, yp, xn, yn = np.maximum(x, 0), np.maximum(y, 0), np.maximum(-x, 0), np.maximum(-y, 0)
        positive = np.linalg.norm(xp) * np.linalg.norm(yp)
        negative = np.linalg.norm(xn) * np.linalg.norm(yn)
        a, b, sigma = (xp, yp, positive) if positive > negative else (xn, yn, negative)
        scale = np.sqrt(s[j] * sigma)
        w[:, j] = scale * a / max(np.linalg.norm(a), 1e-12)
        h[j] = scale * b / max(np.linalg.norm(b), 1e-12)
    mean = matrix.mean()
    w[w < 1e-6], h[h < 1e-6] = mean, mean
    return lambda k: (w[:, :k], h[:k])


def _redundancy(weight: np.ndarray) -> float:
    """Mean over themes of the cosine similarity to the nearest other theme.

    Themes are compared by their columns of document shares (each document's
    weights scaled to sum to 1, so every document counts alike): two themes
    that take the same documents are redundant.
    """
    columns = normalize(normalize(weight, norm="l1").T)
    similarity = columns @ columns.T
    np.fill_diagonal(similarity, -np.inf)
    return float(similarity.max(axis=1).mean())


def _label(terms: list[str], n: int = 3) -> str:
    # Skip terms that repeat a word of a term already in the label, so the
    # label is not "prime / minister / prime minister".
    picked: list[str] = []
    seen: set[str] = set()
    for term in terms:
        words = set(term.split())
        if words & seen:
            continue
        picked.append(term)
        seen |= words
        if len(picked) == n:
            break
    return " / ".join(picked)


def themes(
    articles: pd.DataFrame,
    n_themes: int | None = None,
    unit: str = "auto",
    *,
    n_terms: int = 10,
    min_articles: int = 5,
    max_themes: int | None = None,
    random_state: int = 0,
    ngram_range: tuple[int, int] = (1, 2),
    stop_words: Iterable[str] | None = None,
    min_df: int | float | None = None,
    max_df: int | float | None = None,
) -> Themes:
    """Themes of ``articles`` by NMF of their TF-IDF matrix.

    Args:
        articles: needs ``article_id`` and ``text``.
        n_themes: number of themes; ``None`` chooses it (below).
        unit: what a document is: ``"article"``, ``"paragraph"`` (each
            paragraph of :func:`analysis.text.paragraph_table`, to follow
            themes through an article) or ``"auto"``: paragraphs when there
            are fewer than ``min_articles`` articles (a single article, such
            as the seed, has themes only across its paragraphs), else articles.
        n_terms: top terms kept per theme.
        max_themes: largest number of themes tried by the automatic choice;
            default ``round(sqrt(documents / 2))`` (a common rule of thumb
            for the number of groups), capped at 15.
        random_state: passed to NMF (its NNDSVDa start is deterministic, so
            repeated runs give identical themes).
        ngram_range, stop_words, min_df, max_df: see :func:`tfidf_vectorizer`.

    Returns:
        A :class:`Themes`.

    Automatic number of themes: NMF is fitted for 2 to ``max_themes`` themes
    and each fit scored by its *redundancy*: for each theme, the cosine
    similarity of its column of document shares (each document's weights
    scaled to sum to 1) with the nearest other theme's, averaged over themes;
    that is, how much themes pick the same documents. Too few themes leave
    broad themes that overlap; too many split a subject into halves that
    share its documents; both raise the redundancy. The smallest number
    within 5% of the lowest redundancy is chosen (the simpler model when
    scores are on par). It needs one fit per candidate, from the same TF-IDF
    matrix (rows of a fixed random sample of 5,000 documents when there are
    more). On BBC it picks the 5 topics (full corpus, and 4 of 5 random
    samples of 80 articles per topic; 9 on the fifth). Tried and rejected
    on BBC: NPMI topic coherence (rises steadily with the number of themes)
    and stability of top terms across subsamples (Greene et al. 2014: highest
    at 2 themes, and several fits per candidate).

    The dominant theme of a document is the one with the highest scaled
    weight (each theme averaging 1 over the documents), i.e. the theme in
    which the document is most over-represented; taking the raw NMF weight
    instead lets a broad theme absorb ambiguous documents (BBC, 5 themes:
    normalised mutual information with the topics 0.883 against 0.864; on 80
    articles per topic, 0.838 against 0.801).
    """
    if unit not in ("auto", "article", "paragraph"):
        raise ValueError(f"unit must be 'auto', 'article' or 'paragraph', not {unit!r}")
    source = articles[["article_id", "text"]].copy()
    source["article_id"] = source["article_id"].astype(str)
    source["text"] = source["text"].fillna("").astype(str)
    if unit == "auto":
        unit = "paragraph" if len(source) < min_articles else "article"
    if unit == "paragraph":
        documents = paragraph_table(source)
        keys = documents[["article_id", "paragraph"]]
    else:
        documents = source
        keys = documents[["article_id"]]
    keys = keys.reset_index(drop=True)
    if documents.empty:
        raise ValueError("no documents: the articles have no text")

    vectorizer, matrix = _fit_tfidf(
        documents["text"].reset_index(drop=True), ngram_range=ngram_range,
        stop_words=stop_words, min_df=min_df, max_df=max_df,
    )
    n_docs, n_features = matrix.shape
    largest = min(n_docs, n_features)

    criterion = pd.DataFrame(columns=["n_themes", "redundancy", "chosen"])
    if n_themes is None:
        if max_themes is None:
            max_themes = min(_MAX_AUTO_THEMES, max(2, round(math.sqrt(n_docs / 2))))
        candidates = range(2, min(max_themes, largest) + 1)
        sample = matrix
        if n_docs > _SELECTION_DOCUMENTS:
            # Large corpora: choose the number on a fixed random sample of
            # documents (one fit per candidate on all would be slow), then fit
            # the chosen number on all documents below.
            rows = np.random.default_rng(random_state).choice(
                n_docs, _SELECTION_DOCUMENTS, replace=False
            )
            sample = matrix[np.sort(rows)]
        starts = _nndsvda_starts(sample, max(candidates), random_state) if len(candidates) else None
        fits = {k: _fit_nmf(sample, k, random_state, tol=_SELECTION_TOL, start=starts(k)) for k in candidates}
        if not fits:  # a single document or term: one theme is all there is
            n_themes = 1
        else:
            scores = {k: _redundancy(weight) for k, (_, weight) in fits.items()}
            lowest = min(scores.values())
            n_themes = min(k for k, score in scores.items() if score <= lowest * (1 + _TOLERANCE))
            criterion = pd.DataFrame(
                {"n_themes": list(scores), "redundancy": list(scores.values()),
                 "chosen": [k == n_themes for k in scores]}
            )
        model, raw = _fit_nmf(matrix, n_themes, random_state)
    else:
        if not 1 <= n_themes <= largest:
            raise ValueError(
                f"n_themes must be between 1 and {largest} ({n_docs} documents, "
                f"{n_features} terms), not {n_themes}"
            )
        model, raw = _fit_nmf(matrix, n_themes, random_state)

    components = model.components_
    # Themes in order of the share of the TF-IDF mass they reconstruct.
    mass = raw.sum(axis=0) * components.sum(axis=1)
    order = np.lexsort((np.arange(n_themes), -mass))
    scale = raw[:, order].mean(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    weight = raw[:, order] / scale
    components = components[order] * scale[:, None]

    terms = vectorizer.get_feature_names_out()
    top_terms, top_weights = [], []
    for row in components:
        best = np.lexsort((np.arange(len(row)), -row))[:n_terms]
        best = best[row[best] > 0]
        top_terms.append([str(terms[i]) for i in best])
        top_weights.append([float(row[i]) for i in best])
    labels = [_label(t) for t in top_terms]

    has_weight = weight.max(axis=1) > 0
    dominant_id = pd.array(np.where(has_weight, weight.argmax(axis=1), 0), dtype="Int64")
    dominant_id[~has_weight] = pd.NA
    dominant = keys.copy()
    dominant["dominant_theme"] = dominant_id
    dominant["weight"] = weight.max(axis=1)
    dominant["label"] = pd.Series(labels, dtype="string").reindex(dominant_id).to_numpy()

    counts = dominant["dominant_theme"].value_counts().reindex(range(n_themes), fill_value=0)
    table = pd.DataFrame(
        {
            "theme_id": np.arange(n_themes),
            "label": labels,
            "top_terms": top_terms,
            "weights": top_weights,
            "documents": counts.to_numpy(),
        }
    )
    return Themes(
        table=table,
        weights=_tidy_weights(keys, weight),
        dominant=dominant,
        n_themes=n_themes,
        unit=unit,
        criterion=criterion,
        vectorizer=vectorizer,
        model=model,
        scale=scale,
        order=order,
        articles=source,
        matrix=matrix,
    )

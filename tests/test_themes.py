"""TF-IDF terms and NMF themes: what a reader of the tables and charts sees."""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.metrics import normalized_mutual_info_score  # noqa: E402

from analysis import load_articles  # noqa: E402
from analysis.plots.themes import theme_flow, theme_heatmap, theme_terms  # noqa: E402
from analysis.terms import tokenize  # noqa: E402
from analysis.text import paragraph_table  # noqa: E402
from analysis.themes import NEWS_STOP_WORDS, df_limits, tfidf_terms, themes  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_fd859d918e3b7e8b.txt"
TOPICS = ["business", "entertainment", "politics", "sport", "tech"]


def _frame(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i:02d}" for i in range(len(texts))], "text": texts})


# --- tfidf_terms ---------------------------------------------------------------------


def test_single_article_scores_by_hand():
    # One article: every IDF is the same, so the score is the l2-normalised
    # sublinear tf. "Putin's" counts as "putin"; "the" is a stop word.
    # Counts: putin 2, secrecy 2, kremlin 1, worries 1.
    # tf: 1 + ln 2 for putin and secrecy, 1 for the others;
    # norm = sqrt(2 (1 + ln 2)^2 + 2).
    articles = _frame(["Putin's secrecy worries the Kremlin. Putin's secrecy."])
    table = tfidf_terms(articles, n=10, ngram_range=(1, 1))
    norm = math.sqrt(2 * (1 + math.log(2)) ** 2 + 2)
    assert table["term"].tolist() == ["putin", "secrecy", "kremlin", "worries"]  # ties by term
    assert table["rank"].tolist() == [1, 2, 3, 4]
    expected = [(1 + math.log(2)) / norm] * 2 + [1 / norm] * 2
    assert table["score"].tolist() == pytest.approx(expected)
    assert set(table["article_id"]) == {"a00"}


def test_scores_match_tfidf_vectorizer_called_directly():
    # One sentence per article, so the sentence-bound n-grams are exactly
    # scikit-learn's own (the next test covers sentence ends).
    articles = _frame([
        "The Kremlin kept Putin's travel plans secret and the secret talks in Istanbul secret too",
        "Trump urged Moscow to pursue a ceasefire and Trump may travel to Turkey",
        "Zelensky offered to meet Putin in Istanbul but Putin refused to meet Zelensky",
    ])
    table = tfidf_terms(articles, n=5)
    # Three documents: the documented limits are min_df=1, max_df=1.0.
    vectorizer = TfidfVectorizer(
        tokenizer=tokenize, token_pattern=None, stop_words=sorted(NEWS_STOP_WORDS),
        ngram_range=(1, 2), sublinear_tf=True, min_df=1, max_df=1.0,
    )
    matrix = vectorizer.fit_transform(articles["text"]).toarray()
    terms = vectorizer.get_feature_names_out()
    for row, article_id in enumerate(articles["article_id"]):
        expected = sorted(
            ((terms[j], matrix[row, j]) for j in np.flatnonzero(matrix[row])),
            key=lambda pair: (-pair[1], pair[0]),
        )[:5]
        got = table[table["article_id"] == article_id]
        assert got["term"].tolist() == [term for term, _ in expected]
        assert got["score"].tolist() == pytest.approx([score for _, score in expected])
    # What a reader sees: each article's own repeated word comes first
    # ("secret" 3 times; "trump" twice; "meet" and "zelensky" twice and only
    # in that article, tied, so alphabetical; "putin" also twice but in two
    # articles, so a lower IDF).
    assert table[table["rank"] == 1]["term"].tolist() == ["secret", "trump", "meet"]


def test_bigrams_do_not_cross_sentence_ends():
    articles = _frame(["Putin met Trump in Istanbul. Kremlin aides were silent."])
    terms = set(tfidf_terms(articles, n=100)["term"])
    assert {"putin met", "met trump", "kremlin aides"} <= terms
    assert "istanbul kremlin" not in terms


def test_df_limits_follow_documented_rule():
    # min_df = 1 below 50 documents, then 1 + floor(log10(n / 5)), at most 5;
    # max_df = 1.0 below 5, 0.8 below 100, 0.5 from 100.
    assert df_limits(1) == (1, 1.0)
    assert df_limits(4) == (1, 1.0)
    assert df_limits(34) == (1, 0.8)  # the seed's paragraphs
    assert df_limits(50) == (2, 0.8)  # log10(10) = 1 -> 2
    assert df_limits(400) == (2, 0.5)  # log10(80) = 1.9 -> 2
    assert df_limits(2225) == (3, 0.5)  # BBC: log10(445) = 2.6 -> 3
    assert df_limits(50_000) == (5, 0.5)  # log10(10,000) = 4 -> 5
    assert df_limits(10**7) == (5, 0.5)  # capped


def test_limits_adapt_one_article_keeps_every_term():
    articles = _frame(["Kremlin secrecy. Kremlin aide Medinsky leads the delegation."])
    table = tfidf_terms(articles, n=100, ngram_range=(1, 1))
    assert sorted(table["term"]) == ["aide", "delegation", "kremlin", "leads", "medinsky", "secrecy"]


def test_limits_adapt_many_articles_drop_rare_and_ubiquitous_terms():
    # 60 articles: min_df is 2 and max_df 0.5. "ceasefire" is in all of them
    # (over half: dropped), "unique<i>" in one each (under 2: dropped),
    # "kyiv"/"moscow" alternate (30 of 60 = half: kept).
    texts = [f"ceasefire unique{i}x {'kyiv' if i % 2 else 'moscow'}" for i in range(60)]
    table = tfidf_terms(_frame(texts), n=10, ngram_range=(1, 1))
    assert set(table["term"]) == {"kyiv", "moscow"}
    assert (table.groupby("article_id").size() == 1).all()


# --- themes: structure and determinism ----------------------------------------------------


@pytest.fixture(scope="module")
def seed_articles() -> pd.DataFrame:
    return load_articles(SEED)


@pytest.fixture(scope="module")
def seed_themes(seed_articles):
    return themes(seed_articles)


def test_seed_alone_gives_paragraph_themes_a_reader_expects(seed_articles, seed_themes):
    paragraphs = paragraph_table(seed_articles)
    assert seed_themes.unit == "paragraph"  # one article: themes across its paragraphs
    assert 2 <= seed_themes.n_themes <= 5
    label_words = {w for label in seed_themes.table["label"] for w in label.split(" / ")}
    assert {"putin", "trump"} <= label_words
    top_words = {w for terms in seed_themes.table["top_terms"] for w in terms}
    assert {"kremlin", "zelensky", "washington"} <= top_words
    # One dominant theme per paragraph, and every theme leads somewhere.
    assert len(seed_themes.dominant) == len(paragraphs)
    assert seed_themes.dominant["paragraph"].tolist() == paragraphs["paragraph"].tolist()
    assert (seed_themes.table["documents"] > 0).all()
    assert seed_themes.table["documents"].sum() == len(paragraphs)


def test_weights_are_tidy_and_shares_sum_to_one(seed_themes):
    weights = seed_themes.weights
    assert list(weights.columns) == ["article_id", "paragraph", "theme_id", "weight", "share"]
    n_paragraphs = len(seed_themes.dominant)
    assert len(weights) == n_paragraphs * seed_themes.n_themes
    sums = weights.groupby("paragraph")["share"].sum()
    assert sums.to_numpy() == pytest.approx(np.ones(n_paragraphs))
    # Weights are scaled so that each theme averages 1 over the documents.
    assert weights.groupby("theme_id")["weight"].mean().to_numpy() == pytest.approx(
        np.ones(seed_themes.n_themes)
    )
    # The dominant theme is the highest weight of the paragraph.
    best = weights.loc[weights.groupby("paragraph")["weight"].idxmax(), "theme_id"]
    assert seed_themes.dominant["dominant_theme"].tolist() == best.tolist()


def test_repeated_runs_give_identical_themes(seed_articles, seed_themes):
    again = themes(seed_articles)
    pd.testing.assert_frame_equal(again.table, seed_themes.table)
    pd.testing.assert_frame_equal(again.weights, seed_themes.weights)
    pd.testing.assert_frame_equal(again.dominant, seed_themes.dominant)
    pd.testing.assert_frame_equal(again.criterion, seed_themes.criterion)


def test_unit_switches_to_paragraphs_below_five_articles(seed_articles):
    # Five different articles made of the seed's paragraphs (every fifth one).
    paragraphs = paragraph_table(seed_articles)["text"].tolist()
    five = _frame(["\n\n".join(paragraphs[i::5]) for i in range(5)])
    four = five.iloc[:4]
    assert themes(four, n_themes=2).unit == "paragraph"
    assert themes(five, n_themes=2).unit == "article"
    assert themes(five, n_themes=2, unit="paragraph").unit == "paragraph"
    with pytest.raises(ValueError, match="unit"):
        themes(five, unit="sentence")
    with pytest.raises(ValueError, match="n_themes"):
        themes(five, n_themes=6, unit="article")  # more themes than the 5 documents


def test_auto_choice_reports_its_criterion(seed_themes):
    criterion = seed_themes.criterion
    assert criterion["n_themes"].tolist()[0] == 2
    assert criterion["chosen"].sum() == 1
    assert criterion.loc[criterion["chosen"], "n_themes"].item() == seed_themes.n_themes
    # Chosen: the smallest number within 5% of the lowest redundancy.
    lowest = criterion["redundancy"].min()
    within = criterion[criterion["redundancy"] <= lowest * 1.05]
    assert seed_themes.n_themes == within["n_themes"].min()


# --- quality on BBC -------------------------------------------------------------------------


def _read(path: Path) -> str:
    # The brief calls the files Latin-1, but most are UTF-8 ("£" as two
    # bytes); decode UTF-8 first so "Â£" does not become a term.
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@pytest.fixture(scope="module")
def bbc_sample(bbc_dir) -> pd.DataFrame:
    # 80 random articles per topic (fixed seed). A random sample, not the
    # first 80 files: files are grouped by story, and the first sport files
    # are almost all athletics.
    files = pd.DataFrame({"path": sorted(bbc_dir.glob("*/*.txt"))})
    files["folder"] = [p.parent.name for p in files["path"]]
    files = files.groupby("folder").sample(80, random_state=0).sort_values("path")
    rows = []
    for path, folder in zip(files["path"], files["folder"]):
        title, _, body = _read(path).partition("\n")
        rows.append((f"{folder}/{path.stem}", title.strip(), body.strip(), folder))
    return pd.DataFrame(rows, columns=["article_id", "title", "text", "folder"])


def _nmi(sample: pd.DataFrame, found) -> float:
    dominant = found.dominant.set_index("article_id")["dominant_theme"]
    return normalized_mutual_info_score(sample["folder"], dominant.loc[sample["article_id"]])


@pytest.fixture(scope="module")
def bbc_five(bbc_sample):
    return themes(bbc_sample, n_themes=5)


# Threshold for a 400-article sample: 0.80, not the full corpus's 0.87. With 80
# articles per topic the NMI of the same method varies with the draw: for
# random_state 0-4 it was 0.838, 0.847, 0.835, 0.901, 0.915 with 5 themes, while
# the full corpus gives 0.883 (benchmarks/bench_themes.py). Fewer articles per
# topic means fewer to learn each topic's words from, and each of the ~30 articles
# that straddle topics (games reviews, music-industry business) weighs more.
SAMPLE_NMI = 0.80


def test_bbc_sample_five_themes_recover_topics(bbc_sample, bbc_five):
    assert bbc_five.unit == "article"
    assert len(bbc_five.dominant) == len(bbc_sample) == 400
    assert _nmi(bbc_sample, bbc_five) >= SAMPLE_NMI
    # Each theme is one topic: its label reads like that topic.
    labels = " / ".join(bbc_five.table["label"])
    for word in ("film", "labour", "game"):
        assert word in labels


def test_bbc_sample_automatic_number_of_themes(bbc_sample):
    found = themes(bbc_sample)
    assert found.criterion["n_themes"].max() == round(math.sqrt(400 / 2))  # 14
    assert _nmi(bbc_sample, found) >= SAMPLE_NMI


def test_whole_bbc_corpus_meets_the_issue_thresholds(bbc_dir):
    # The issue's targets, on all 2,225 articles (a few seconds since the
    # automatic choice shares one SVD between candidates): the dominant theme
    # recovers the five topic folders with NMI >= 0.87 for 5 themes and
    # >= 0.80 with the number chosen automatically.
    articles = load_articles(bbc_dir)
    truth = articles.set_index("article_id")["folder"]

    def nmi(found) -> float:
        dominant = found.dominant.set_index("article_id")["dominant_theme"].astype(int)
        return normalized_mutual_info_score(truth.loc[dominant.index], dominant)

    assert nmi(themes(articles, n_themes=5)) >= 0.87
    assert nmi(themes(articles)) >= 0.80


# --- charts ---------------------------------------------------------------------------------


def test_charts_return_axes_with_theme_labels(seed_themes):
    ax = theme_terms(seed_themes)
    assert isinstance(ax, Axes)
    texts = [t.get_text() for t in ax.texts]
    assert texts == [f"{t.theme_id}: {t.label}" for t in seed_themes.table.itertuples()]
    plt.close("all")

    ax = theme_heatmap(seed_themes)
    assert isinstance(ax, Axes)
    # Fewer documents than the 40-row cap: one row per paragraph.
    assert len(ax.get_yticklabels()) == min(40, len(seed_themes.dominant))
    plt.close("all")

    ax = theme_flow(seed_themes)
    assert isinstance(ax, Axes)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        f"{t.theme_id}: {t.label}" for t in seed_themes.table.itertuples()
    ]
    plt.close("all")


def test_heatmap_caps_documents_and_flow_projects_paragraphs(bbc_sample, bbc_five):
    ax = theme_heatmap(bbc_five, max_documents=20)
    assert len(ax.get_yticklabels()) == 20  # 20 // 5 themes = 4 articles per theme
    plt.close("all")
    article_id = bbc_sample["article_id"].iloc[0]
    ax = theme_flow(bbc_five, article_id)
    n_paragraphs = len(paragraph_table(bbc_sample.iloc[:1]))
    assert isinstance(ax, Axes)
    assert ax.get_xlim() == (0.5, n_paragraphs + 0.5)  # one band per paragraph
    plt.close("all")


def test_themes_reuse_their_tfidf_for_the_top_terms_of_each_article():
    articles = _frame([
        "Labour and the Tories argued over the election. The election is close.",
        "The striker scored twice and the club won the league match.",
        "Shares fell as the bank raised interest rates. The bank expects growth.",
        "The band released an album and the singer won an award.",
        "A new phone and a faster chip lead the technology show.",
        "Voters will choose a new government at the election.",
    ])
    found = themes(articles, n_themes=2, unit="article")
    pd.testing.assert_frame_equal(found.tfidf_terms(5), tfidf_terms(articles, n=5))
    with pytest.raises(ValueError, match="paragraph-unit"):
        themes(articles.iloc[:1], unit="paragraph").tfidf_terms(5)

"""Term frequencies, n-grams and keyness (analysis.terms, analysis.plots.terms)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on CI

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from scipy import sparse
from scipy.stats import chi2_contingency
from sklearn.feature_extraction.text import CountVectorizer

from analysis.plots import terms as term_plots
from analysis.terms import STOP_WORDS, keyness, keyness_groups, term_frequencies, tokenize, top_terms

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_fd859d918e3b7e8b.txt"

# Three tiny articles; the expected counts below are worked out by hand.
TINY = pd.DataFrame(
    {
        "article_id": ["a", "b", "c"],
        "text": [
            "Putin met Trump. Putin's aides smiled.",
            "The Kremlin said Putin\u2019s plan was full-scale.",
            "Trump and the Kremlin talked one-on-one in 2024 about 30 ships.",
        ],
    }
)


def read_bbc(bbc_dir: Path, per_topic: int = 30) -> pd.DataFrame:
    """The first ``per_topic`` articles of each BBC topic (title line dropped)."""
    rows = []
    for topic in sorted(path.name for path in bbc_dir.iterdir() if path.is_dir()):
        for path in sorted((bbc_dir / topic).glob("*.txt"))[:per_topic]:
            raw = path.read_text(encoding="latin-1")
            body = raw.partition("\n")[2].strip()
            rows.append((f"{topic}/{path.stem}", topic, body))
    return pd.DataFrame(rows, columns=["article_id", "folder", "text"])


def test_counts_on_three_articles_by_hand():
    # a: sentence 1 "Putin met Trump" -> putin, met, trump; putin met, met trump
    #    sentence 2 "Putin('s) aides smiled" -> putin, aides, smiled;
    #    putin aides, aides smiled. No "trump putin": it crosses the full stop.
    # b: "The(stop) Kremlin said Putin('s) plan was(stop) full-scale"
    #    -> kremlin, said, putin, plan, full-scale; kremlin said, said putin,
    #    putin plan. "plan was", "was full-scale" contain a stop word.
    # c: "Trump and(stop) the(stop) Kremlin talked one-on-one in(stop) 2024
    #    about(stop) 30(number) ships" -> trump, kremlin, talked, one-on-one,
    #    2024, ships; kremlin talked, talked one-on-one.
    # Totals: putin 2 (a) + 1 (b) = 3 in 2 articles; trump 1 (a) + 1 (c) = 2;
    # kremlin 1 (b) + 1 (c) = 2; every other term once.
    expected = {
        "putin": (3, 2), "kremlin": (2, 2), "trump": (2, 2),
        "2024": (1, 1), "aides": (1, 1), "aides smiled": (1, 1), "full-scale": (1, 1),
        "kremlin said": (1, 1), "kremlin talked": (1, 1), "met": (1, 1),
        "met trump": (1, 1), "one-on-one": (1, 1), "plan": (1, 1), "putin aides": (1, 1),
        "putin met": (1, 1), "putin plan": (1, 1), "said": (1, 1), "said putin": (1, 1),
        "ships": (1, 1), "smiled": (1, 1), "talked": (1, 1), "talked one-on-one": (1, 1),
    }
    corpus = term_frequencies(TINY).corpus
    # Sorted by count descending, then alphabetically (written out in that order).
    assert list(corpus["term"]) == list(expected)
    assert list(corpus["count"]) == [count for count, _ in expected.values()]
    assert list(corpus["doc_freq"]) == [docs for _, docs in expected.values()]
    assert list(corpus["doc_share"]) == [docs / 3 for _, docs in expected.values()]
    assert list(corpus["n"]) == [len(term.split()) for term in expected]
    assert list(corpus.columns) == ["term", "display", "n", "count", "doc_freq", "doc_share"]


def test_per_article_rows_by_hand():
    per_article = term_frequencies(TINY, ngram_range=(1, 1)).per_article
    assert list(per_article.columns) == ["article_id", "term", "count"]
    # Article a: putin twice (Putin, Putin's), then met, trump, aides, smiled once.
    a = per_article[per_article["article_id"] == "a"]
    assert list(zip(a["term"], a["count"])) == [
        ("putin", 2), ("aides", 1), ("met", 1), ("smiled", 1), ("trump", 1)
    ]
    # 5 terms in a, 5 in b (kremlin said putin plan full-scale), 6 in c.
    assert len(per_article) == 5 + 5 + 6


def test_max_features_and_min_df():
    # Only putin (3), kremlin (2), trump (2) occur in two articles or more.
    assert list(term_frequencies(TINY, min_df=2).corpus["term"]) == ["putin", "kremlin", "trump"]
    assert list(term_frequencies(TINY, max_features=1).corpus["term"]) == ["putin"]
    # max_df=1: terms in at most one article, so the three above are gone.
    assert "putin" not in set(term_frequencies(TINY, max_df=1).corpus["term"])


def test_display_uses_the_most_common_casing():
    articles = pd.DataFrame(
        {
            "article_id": ["x", "y"],
            "text": [
                "Donald Trump spoke to putin. The U.S. envoy met Putin.",
                "Donald Trump and Putin met. The u.s. envoy left. PUTIN.",
            ],
        }
    )
    counts = term_frequencies(articles)
    display = dict(zip(counts.corpus["term"], counts.corpus["display"]))
    # Putin 2, putin 1, PUTIN 1: the display is the most frequent form.
    assert counts.corpus.set_index("term").loc["putin", "count"] == 4
    assert display["putin"] == "Putin"
    assert display["u.s."] == "U.S."  # U.S. 1, u.s. 1: a tie goes to the capitalised form
    assert display["donald trump"] == "Donald Trump"
    assert dict(zip(counts.terms, counts.display)) == display


def test_tokens_keep_hyphens_and_drop_possessives():
    text = "Russia's full-scale invasion: one-on-one talks, Zelensky\u2019s team, the Times' sources."
    assert tokenize(text) == [
        "Russia", "full-scale", "invasion", "one-on-one", "talks", "Zelensky", "team",
        "the", "Times", "sources",
    ]
    # Numbers go, years and words with digits stay; "U.S.-Russia" is two words.
    assert tokenize("In 2024, 1,400 troops; a 30-day U.S.-Russia COVID-19 plan") == [
        "In", "2024", "troops", "30-day", "U.S.", "Russia", "COVID-19", "plan"
    ]


def test_curly_and_straight_possessives_count_as_one_term():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Putin\u2019s aide. Putin's plan. Putin."]})
    corpus = term_frequencies(articles, ngram_range=(1, 1)).corpus.set_index("term")
    assert corpus.loc["putin", "count"] == 3
    assert "putin's" not in corpus.index and "s" not in corpus.index


def test_unigrams_identical_to_countvectorizer(bbc_dir):
    articles = read_bbc(bbc_dir, per_topic=10)
    counts = term_frequencies(articles, ngram_range=(1, 1), min_df=2, max_df=0.5)
    vectorizer = CountVectorizer(
        tokenizer=tokenize, token_pattern=None, lowercase=True,
        stop_words=sorted(STOP_WORDS), min_df=2, max_df=0.5,
    )
    expected = vectorizer.fit_transform(articles["text"])
    assert list(counts.terms) == list(vectorizer.get_feature_names_out())
    assert (counts.matrix != expected).nnz == 0
    assert list(counts.article_ids) == list(articles["article_id"])


def test_bigrams_never_cross_sentences_or_hold_stop_words(bbc_dir):
    articles = read_bbc(bbc_dir, per_topic=4)
    bigrams = term_frequencies(articles, ngram_range=(2, 2)).corpus["term"]
    assert not any(word in STOP_WORDS for term in bigrams for word in term.split())
    # Every counted bigram occurs, as two adjacent words, inside one sentence.
    from analysis.text import sentence_table

    sentence_words = [
        " ".join(word.lower() for word in tokenize(text))
        for text in sentence_table(articles)["text"]
    ]
    joined = "\n".join(sentence_words)
    missing = [term for term in bigrams if f" {term} " not in f" {joined} ".replace("\n", " \n ")]
    assert missing == []


def test_matrix_is_sparse_and_never_densified(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a dense document-term matrix was built")

    for kind in (sparse.csr_matrix, sparse.csc_matrix, sparse.coo_matrix):
        monkeypatch.setattr(kind, "toarray", refuse)
        monkeypatch.setattr(kind, "todense", refuse)
    counts = term_frequencies(TINY)
    assert sparse.issparse(counts.matrix)
    # per_article holds exactly the nonzero cells of the matrix.
    assert len(counts.per_article) == counts.matrix.nnz
    assert counts.per_article["count"].sum() == counts.matrix.sum()
    assert counts.vocabulary["putin"] == list(counts.terms).index("putin")


def test_keyness_g2_by_hand_and_with_scipy():
    # Group A: apple 3, cherry 1 (4 words); group B: apple 1, cherry 5 (6 words).
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "b1"],
            "folder": ["A", "B"],
            "text": ["apple apple apple cherry", "apple cherry cherry cherry cherry cherry"],
        }
    )
    table = keyness(articles, by="folder")
    assert list(table.columns) == [
        "group", "term", "display", "count_group", "count_rest", "g2", "log_ratio", "p_value"
    ]
    apple_a = table[(table["group"] == "A") & (table["term"] == "apple")].iloc[0]
    # 2x2 table for "apple" in A: [[3, 1], [1, 5]], N = 10, row and column
    # totals 4 and 6. E = 4*4/10 = 1.6, 4*6/10 = 2.4, 6*4/10 = 2.4, 6*6/10 = 3.6.
    # G2 = 2 * (3 ln(3/1.6) + 1 ln(1/2.4) + 1 ln(1/2.4) + 5 ln(5/3.6))
    #    = 2 * (1.885826 - 0.875469 - 0.875469 + 1.642520) = 3.554817
    assert apple_a["g2"] == pytest.approx(3.554817, abs=1e-5)
    g2, p_value, _, _ = chi2_contingency([[3, 1], [1, 5]], correction=False, lambda_="log-likelihood")
    assert apple_a["g2"] == pytest.approx(g2)
    assert apple_a["p_value"] == pytest.approx(p_value)
    assert (apple_a["count_group"], apple_a["count_rest"]) == (3, 1)
    # log ratio = log2((3/4 + 1/10) / (1/6 + 1/10)) = log2(0.85 / 0.266667) = log2(3.1875)
    assert apple_a["log_ratio"] == pytest.approx(math.log2(3.1875))
    # A under-uses cherry: same table, so the same G2, with a minus sign.
    cherry_a = table[(table["group"] == "A") & (table["term"] == "cherry")].iloc[0]
    assert cherry_a["g2"] == pytest.approx(-g2)
    assert cherry_a["log_ratio"] < 0
    # Rows of each group ranked from over-used to under-used.
    assert list(table["term"]) == ["apple", "cherry", "cherry", "apple"]


def test_keyness_of_one_article_against_the_rest():
    table = keyness(TINY, by="article_id", target="a")
    assert set(table["group"]) == {"a"}
    # Every unigram of the corpus (13) is ranked. Article a has 6 words
    # (putin x2, met, trump, aides, smiled), b and c 11: each of a's words is
    # relatively more frequent in a (1/6 > 1/11 and 2/6 > 1/11), the others absent.
    assert len(table) == 13
    over = table[table["g2"] > 0]
    assert set(over["term"]) == {"putin", "met", "trump", "aides", "smiled"}
    putin = over.set_index("term").loc["putin"]
    assert (putin["count_group"], putin["count_rest"]) == (2, 1)
    g2 = chi2_contingency([[2, 1], [4, 10]], correction=False, lambda_="log-likelihood")[0]
    assert putin["g2"] == pytest.approx(g2)
    top = keyness(TINY, by="article_id", n=2)
    assert top.groupby("group").size().le(4).all()
    with pytest.raises(ValueError, match="no group"):
        keyness(TINY, by="article_id", target="zzz")


def test_keyness_reuses_counts():
    counts = term_frequencies(TINY, ngram_range=(1, 1))
    pd.testing.assert_frame_equal(
        keyness(TINY, by="article_id", counts=counts), keyness(TINY, by="article_id")
    )


def test_bbc_politics_keyness_shows_political_words(bbc_dir):
    articles = read_bbc(bbc_dir, per_topic=30)
    table = keyness(articles, by="folder")
    top = {group: set(rows["term"].head(20)) for group, rows in table.groupby("group")}
    # A reader expects the politics topic to be about parties, elections and
    # the Prime Minister of the time.
    assert {"labour", "election", "party", "blair"} <= top["politics"]
    assert len(top["politics"] & {"government", "minister", "tory", "tories", "mp", "mps"}) >= 2
    assert len(top["business"] & {"growth", "economy", "market", "shares", "profits", "oil", "prices"}) >= 3
    assert len(top["entertainment"] & {"film", "award", "actor", "music", "band", "album", "book"}) >= 3
    assert len(top["tech"] & {"software", "computer", "users", "mobile", "digital", "microsoft"}) >= 3
    assert len(top["sport"] & {"champion", "olympic", "race", "match", "cup", "won", "win", "team"}) >= 3
    # Under-used in politics: none of its top words are among them.
    politics = table[table["group"] == "politics"]
    assert (politics["g2"].head(20) > 0).all()
    assert not set(politics["term"].tail(20)) & top["politics"]


def read_seed_body() -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", SEED.read_text(encoding="utf-8")) if p.strip()]
    # Drop title, byline, date, photo credit (first four) and "Original url:" + url.
    assert paragraphs[1].startswith("By ") and paragraphs[-2] == "Original url:"
    return "\n\n".join(paragraphs[4:-2])


def test_seed_article_most_frequent_terms():
    articles = pd.DataFrame({"article_id": ["seed"], "text": [read_seed_body()]})
    corpus = top_terms(articles, n=30)
    shown = list(corpus["display"])
    for name in ("Putin", "Zelensky", "Trump", "Kremlin"):
        assert name in shown[:10]
    assert "Moscow Times" in list(corpus.loc[corpus["n"] == 2, "display"].head(3))


def test_top_terms_chart():
    counts = term_frequencies(TINY).corpus
    ax = term_plots.top_terms(counts, n=3)
    labels = [label.get_text() for label in ax.get_yticklabels()]
    widths = [bar.get_width() for bar in ax.patches]
    # Bottom to top: the most frequent term (Putin, 3) is the top bar.
    assert labels == ["Trump", "Kremlin", "Putin"]
    assert widths == [2, 2, 3]
    plt.close(ax.figure)


def test_keyness_chart_diverges():
    articles = TINY.assign(folder=["x", "x", "y"])
    table = keyness(articles, by="folder")
    ax = term_plots.keyness(table, group="y", n=2)
    widths = [bar.get_width() for bar in ax.patches]
    y = table[table["group"] == "y"]
    # Two most over-used (positive) on top, two most under-used (negative) below.
    assert sorted(widths, reverse=True)[:2] == sorted(y["g2"].head(2), reverse=True)
    assert sum(w > 0 for w in widths) == 2 and sum(w < 0 for w in widths) == 2
    assert widths[-1] == max(widths) and widths[0] == min(widths)
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="group="):
        term_plots.keyness(table)



def test_keyness_compares_folders_then_articles_then_nothing():
    three = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["x", "y", "z"], "folder": ["p", "p", "q"]})
    assert keyness_groups(three) == "folder"
    assert keyness_groups(three.assign(folder="")) == "article_id"
    assert keyness_groups(three.iloc[:1]) is None

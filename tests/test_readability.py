"""Readability scores: the same numbers as textstat, offline, plus the charts.

Expected values come from textstat 0.7.13 itself (each function called
directly on the same text, in this process, so with the same dictionary) or
from hand counts shown in comments.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys
from pathlib import Path

import analysis  # noqa: F401  (first: installs the offline CMUdict)

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
import textstat  # noqa: E402

from analysis._cmudict import cmudict_dict, install_offline_cmudict  # noqa: E402
from analysis.plots.readability import (  # noqa: E402
    readability_along_article,
    readability_by_article,
    sentence_lengths,
)
from analysis.readability import COUNTS, METRICS, readability_scores  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_fd859d918e3b7e8b.txt"

# Texts where formulas divide by zero, sentences are short or missing,
# or characters are not plain ASCII letters.
EDGE_TEXTS = [
    "",
    " ",
    "\n\n",
    "...",
    "?!",
    "Hello",
    "Hi. Yo.",
    "One sentence only, with no more than a few words in it.",
    "no sentence punctuation at all in this text just words and more words",
    "It cost $3.5m in 2004, up 12% on 2003's 1,200 units.",
    "Dr. Smith met Mr. Jones at 5 p.m. in the U.S. on Jan. 5.",
    "Café société: Über naïve façade, déjà vu.",
    "Москва — столица России. Это большой город.",
    "İSTANBUL ŞEHİR MERKEZİ is big.",
    "don't won't it's O'Neill's rock 'n' roll isn't 'quoted' DON'T",
    'He said: "Yes!" Then he left? Maybe. Or not...',
    "— – • … ¶",
    " ".join(["Word"] * 99) + " . , ; : — end of it all.",
    ("The committee's extraordinarily comprehensive recommendations, published "
     "yesterday, were unanimously approved. ") * 12 + " — ... ",
]


def textstat_row(text: str) -> dict[str, float]:
    """Every metric as textstat computes it, function by function."""
    row = {name: getattr(textstat, name)(text) for name in METRICS if name != "text_standard"}
    row["text_standard"] = textstat.text_standard(text, float_output=True)
    return row


def assert_identical(scores: pd.DataFrame, texts: list[str]) -> None:
    assert len(scores) == len(texts)
    for position, text in enumerate(texts):
        expected = textstat_row(text)
        got = scores.iloc[position]
        for name in METRICS:
            # Exact equality: same counts, same order of floating-point operations.
            assert got[name] == expected[name], (name, text[:60], got[name], expected[name])


def bbc_articles(bbc_dir: Path, n: int = 50) -> pd.DataFrame:
    files = sorted(bbc_dir.glob("*/*.txt"))
    step = max(1, len(files) // n)
    rows = []
    for path in files[::step][:n]:
        # Title on the first line; the body follows (Latin-1 files).
        _title, _, body = path.read_text(encoding="latin-1").partition("\n")
        rows.append((f"{path.parent.name}/{path.stem}", body.strip()))
    return pd.DataFrame(rows, columns=["article_id", "text"])


@pytest.fixture(scope="module")
def seed_articles() -> pd.DataFrame:
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    # Header blocks: title, byline, date, photo credit; the body follows.
    assert blocks[1].startswith("By ") and blocks[2] == "May 15, 2025"
    return pd.DataFrame({"article_id": ["seed"], "text": ["\n\n".join(blocks[4:])]})


@pytest.fixture(scope="module")
def bbc_sample(bbc_dir: Path) -> pd.DataFrame:
    return bbc_articles(bbc_dir)


# --- offline dictionary ---------------------------------------------------------------------


def test_textstat_counts_syllables_offline_without_nltk_download():
    # A fresh interpreter, so nothing is cached yet: nltk.download and any
    # network connection raise; textstat must still count syllables.
    code = """
import socket, nltk
def refuse(*args, **kwargs):
    raise AssertionError("network or nltk.download used")
nltk.download = refuse
socket.socket.connect = refuse
import analysis, textstat
print(textstat.syllable_count("hello world"))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    # By hand from CMUdict: hello = HH AH0 L OW1 (2 stressed vowels) + world = W ER1 L D (1).
    assert result.stdout.strip() == "3"


def test_offline_dictionary_is_what_textstat_uses(monkeypatch):
    import nltk
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("nltk.download called"))
    install_offline_cmudict()  # a second call changes nothing
    assert _count_syllables.get_cmudict is _get_cmudict.get_cmudict
    assert _count_syllables.get_cmudict("en_US") is cmudict_dict()
    assert _count_syllables.get_cmudict("en_GB") is cmudict_dict()
    # Other languages keep textstat's behaviour: no dictionary, Pyphen only.
    assert _count_syllables.get_cmudict("de_DE") is None
    assert textstat.syllable_count("everyone understands") == 3 + 3  # EH1 V R IY0 W AH2 N; AH2 N D ER0 S T AE1 N D Z


# --- identity with textstat ----------------------------------------------------------------


def test_columns_and_keys(seed_articles):
    scores = readability_scores(seed_articles)
    assert list(scores.columns) == ["article_id", *METRICS, *COUNTS]
    assert scores["article_id"].tolist() == ["seed"]


@pytest.mark.parametrize("level", ["article", "paragraph", "sentence"])
def test_seed_matches_textstat(seed_articles, level):
    scores = readability_scores(seed_articles, level=level)
    texts = seed_articles["text"].tolist() if level == "article" else scores["text"].tolist()
    assert len(texts) == 1 if level == "article" else len(texts) > 10
    assert_identical(scores, texts)


@pytest.mark.parametrize("level", ["article", "paragraph", "sentence"])
def test_bbc_sample_matches_textstat(bbc_sample, level):
    scores = readability_scores(bbc_sample, level=level)
    texts = bbc_sample["text"].tolist() if level == "article" else scores["text"].tolist()
    assert_identical(scores, texts)


def test_units_point_back_into_the_article(bbc_sample):
    articles = bbc_sample.head(5)
    paragraphs = readability_scores(articles, level="paragraph")
    sentences = readability_scores(articles, level="sentence")
    text_of = dict(zip(articles["article_id"], articles["text"]))
    for table in (paragraphs, sentences):
        for row in table.itertuples():
            assert text_of[row.article_id][row.start:row.end] == row.text
    assert {"paragraph", "sentence"} <= set(sentences.columns)
    # Every article's paragraphs are numbered 0, 1, 2, ...
    for _, group in paragraphs.groupby("article_id"):
        assert group["paragraph"].tolist() == list(range(len(group)))


def test_edge_cases_match_textstat_and_never_raise():
    articles = pd.DataFrame({"article_id": [f"e{i}" for i in range(len(EDGE_TEXTS))],
                             "text": EDGE_TEXTS})
    scores = readability_scores(articles)
    assert_identical(scores, EDGE_TEXTS)
    # textstat gives 0.0 where a formula would divide by zero: the empty text
    # has no words, no sentences, no syllables and every ratio metric 0.0.
    empty = scores.iloc[0]
    assert empty[["words", "sentences", "syllables", "characters"]].tolist() == [0, 0, 0, 0]
    assert empty["flesch_reading_ease"] == 0.0 and empty["smog_index"] == 0.0


def test_random_texts_match_textstat():
    # Seeded random mixes of words, contractions, abbreviations, numbers,
    # punctuation runs, non-ASCII letters and odd white space.
    rng = random.Random(20250515)
    pieces = ["don't", "it's", "we'll", "'t", "'s", "rock'n'roll", "U.S.", "Mr.", "3.5", "e.g.",
              "...", "!!", "?", "Hello", "everyone", "extraordinary", "İSTANBUL", "Straße", "—"]
    characters = "abcXYZ .!?,;:'\"-()…’“0123456789éüßЖσ\u0307\u00a0\n\t"
    texts = []
    for _ in range(150):
        parts = [rng.choice(pieces) if rng.random() < 0.5 else
                 "".join(rng.choice(characters) for _ in range(rng.randint(1, 8)))
                 for _ in range(rng.randint(0, 140))]
        texts.append(rng.choice([" ", "\n\n", ""]).join(parts))
    articles = pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "text": texts})
    assert_identical(readability_scores(articles), texts)


def test_nan_for_empty_marks_texts_without_words():
    articles = pd.DataFrame({"article_id": ["empty", "blank", "dots", "text"],
                             "text": ["", "  ", "...", "Reading is fun for everyone."]})
    scores = readability_scores(articles, nan_for_empty=True).set_index("article_id")
    for article_id in ["empty", "blank", "dots"]:
        assert scores.loc[article_id, ["flesch_reading_ease", "gunning_fog",
                                       "text_standard"]].isna().all()
        assert scores.loc[article_id, "words"] == 0
    assert scores.loc["text", "flesch_reading_ease"] == textstat.flesch_reading_ease(
        "Reading is fun for everyone.")


def test_no_articles_gives_an_empty_table():
    empty = pd.DataFrame({"article_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)})
    for level in ["article", "paragraph", "sentence"]:
        scores = readability_scores(empty, level=level)
        assert scores.empty and set(METRICS) <= set(scores.columns)


def test_scores_do_not_depend_on_the_other_texts(bbc_sample):
    # Scored together (one batch, shared caches) or one at a time: same numbers.
    together = readability_scores(bbc_sample.head(8))
    alone = pd.concat([readability_scores(bbc_sample.iloc[[i]]) for i in range(8)],
                      ignore_index=True)
    pd.testing.assert_frame_equal(together, alone)


def test_unknown_level_is_rejected(seed_articles):
    with pytest.raises(ValueError, match="level"):
        readability_scores(seed_articles, level="word")


def test_hand_counted_example():
    text = "Reading is fun for everyone. We like short words."
    row = readability_scores(pd.DataFrame({"article_id": ["a"], "text": [text]})).iloc[0]
    # By hand: words 5 + 4 = 9; sentences 2 (both have 3+ words).
    # Syllables from CMUdict: reading R IY1 D IH0 NG = 2, everyone EH1 V R IY0 W AH2 N = 3,
    # the other 7 words have one stressed vowel each: 2 + 3 + 7 = 12; polysyllables 1.
    assert (row["words"], row["sentences"], row["syllables"], row["polysyllables"]) == (9, 2, 12, 1)
    # Flesch reading ease = 206.835 - 1.015 * (9 / 2) - 84.6 * (12 / 9)
    #                     = 206.835 - 4.5675 - 112.8 = 89.4675
    assert math.isclose(row["flesch_reading_ease"], 89.4675, rel_tol=1e-12)
    # Flesch-Kincaid = 0.39 * 4.5 + 11.8 * 12 / 9 - 15.59 = 1.755 + 15.7333... - 15.59 = 1.89833...
    assert math.isclose(row["flesch_kincaid_grade"], 1.755 + 11.8 * 4 / 3 - 15.59, rel_tol=1e-12)
    # Reading time: 41 non-space characters * 14.69 ms / 1000 = 0.60229 s.
    assert row["characters"] == 41
    assert math.isclose(row["reading_time"], 0.60229, rel_tol=1e-12)


def test_sentences_of_two_words_or_fewer_are_not_counted():
    # "Yes." has 1 word, so textstat does not count it: 1 sentence, 5 words.
    row = readability_scores(pd.DataFrame({"article_id": ["a"],
                                           "text": ["Yes. I agree with you."]})).iloc[0]
    assert (row["sentences"], row["words"]) == (1, 5)


def test_hyphenation_fallback_equals_pyphen(bbc_sample):
    # Words missing from CMUdict get Pyphen's hyphenation points + 1; the fast
    # counter must give exactly Pyphen's number of points.
    from textstat.backend.utils import get_pyphen

    from analysis.readability import _clean, _hyphenation_points

    pyphen = get_pyphen("en_US")
    cmu = cmudict_dict()
    words = {w.lower() for text in bbc_sample["text"] for w in _clean(text).split()}
    unknown = sorted(w for w in words if w not in cmu)
    unknown += ["a", "xx", "co-operation", "straße", "istanbul", "москва", "x" * 40]
    assert len(unknown) > 200
    counter = _hyphenation_points(pyphen)
    assert [counter.count(w) for w in unknown] == [len(pyphen.positions(w)) for w in unknown]


# --- charts --------------------------------------------------------------------------------


def test_readability_by_article_one_bar_per_article_sorted(bbc_sample):
    scores = readability_scores(bbc_sample.head(12))
    ax = readability_by_article(scores)
    bars = ax.containers[0]
    assert len(bars) == 12
    widths = [bar.get_width() for bar in bars]
    assert widths == sorted(scores["flesch_kincaid_grade"])
    assert isinstance(ax, matplotlib.axes.Axes)
    plt.close("all")


def test_readability_by_article_many_articles_histogram(bbc_sample):
    scores = readability_scores(bbc_sample)
    ax = readability_by_article(scores, "flesch_reading_ease", max_bars=20)
    heights = [bar.get_height() for bar in ax.containers[0]]
    assert sum(heights) == len(bbc_sample)  # every article in one bin
    assert ax.get_legend() is not None  # the reading bands
    plt.close("all")


def test_sentence_lengths_counts_every_sentence(seed_articles):
    sentences = readability_scores(seed_articles, level="sentence")
    ax = sentence_lengths(sentences)
    heights = [bar.get_height() for bar in ax.containers[0]]
    assert sum(heights) == len(sentences)
    assert len(heights) == sentences["words"].max() + 1  # one bar per length 0..max
    # The bar for length n holds the sentences of n words.
    longest = sentences["words"].max()
    assert heights[longest] == (sentences["words"] == longest).sum()
    plt.close("all")


def test_readability_along_article_one_point_per_paragraph(bbc_sample):
    paragraphs = readability_scores(bbc_sample.head(3), level="paragraph")
    article_id = bbc_sample["article_id"].iloc[1]
    own = paragraphs[paragraphs["article_id"] == article_id]
    ax = readability_along_article(paragraphs, article_id, metric="gunning_fog")
    line = ax.lines[0]
    assert list(line.get_xdata()) == list(range(1, len(own) + 1))
    assert list(line.get_ydata()) == own["gunning_fog"].tolist()
    with pytest.raises(ValueError, match="no paragraphs"):
        readability_along_article(paragraphs, "no-such-article")
    plt.close("all")

# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Readability and terms
#
# How hard is each article to read, where in an article the prose gets hard,
# and which words and phrases carry it. Readability numbers are textstat's
# (identical values, computed in one pass); terms are counted with scikit-learn.

# %% tags=["parameters"]
SEEDS_DIR = "../seeds"

# %%
import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis import plots

pd.set_option("display.width", 160)
articles = analysis.load_articles(SEEDS_DIR)

# %% [markdown]
# ## How hard is each article to read?
#
# Grade levels estimate the years of schooling a reader needs; Flesch reading
# ease runs from 0 (very difficult) to 100 (very easy). `text_standard` is
# textstat's consensus grade across the formulas.

# %%
# NBVAL_CHECK_OUTPUT
scores = analysis.readability_scores(articles)
columns = ["article_id", "text_standard", "flesch_kincaid_grade", "gunning_fog", "flesch_reading_ease",
           "lexicon_count", "sentence_count", "reading_time"]
print(scores[columns].sort_values(["text_standard", "article_id"], ascending=[False, True])
      .head(15).round(1).to_string(index=False))

# %%
plots.readability_by_article(scores, metric="flesch_kincaid_grade")
plt.show()

# %% [markdown]
# ## Where does the prose get hard?
#
# The same formulas paragraph by paragraph. Short paragraphs swing widely, so
# read the line as a profile of the article rather than exact grades.

# %%
paragraph_scores = analysis.readability_scores(articles, level="paragraph")
hardest_article = scores.sort_values(["flesch_kincaid_grade", "article_id"], ascending=[False, True])["article_id"].iloc[0]
plots.readability_along_article(paragraph_scores, hardest_article, metric="flesch_kincaid_grade")
plt.show()

# %% [markdown]
# The three hardest paragraphs of that article:

# %%
# NBVAL_CHECK_OUTPUT
hardest = (paragraph_scores[paragraph_scores["article_id"] == hardest_article]
           .sort_values(["flesch_kincaid_grade", "paragraph"], ascending=[False, True]).head(3))
for row in hardest.itertuples():
    print(f"paragraph {row.paragraph}: grade {row.flesch_kincaid_grade:.1f}\n  {row.text[:300]}\n")

# %% [markdown]
# ## How long are the sentences?

# %%
sentence_scores = analysis.readability_scores(articles, level="sentence")
plots.sentence_lengths(sentence_scores)
plt.show()

# %% [markdown]
# ## Which words and phrases dominate?
#
# English stop words are left out; hyphenated words ("one-on-one") and names
# stay whole, possessives count with their noun, and each term is shown in its
# most common casing.

# %%
# NBVAL_CHECK_OUTPUT
counts = analysis.term_frequencies(articles, ngram_range=(1, 2))
corpus = counts.corpus
print("Top words:")
print(corpus[corpus["n"] == 1].head(15)[["display", "count", "doc_freq"]].to_string(index=False))
print("\nTop two-word phrases:")
print(corpus[corpus["n"] == 2].head(10)[["display", "count", "doc_freq"]].to_string(index=False))

# %%
plots.top_terms(corpus[corpus["n"] == 1], n=20)
plt.show()

# %% [markdown]
# ## What sets one group apart?
#
# Keyness compares each group with the rest of the corpus (log-likelihood G²,
# signed: over-used terms to the right). Groups are the sub-folders when there
# are several, else the articles themselves; a single article has nothing to
# be compared with.

# %%
by = analysis.keyness_groups(articles)
if by is None:
    print("Only one article: add articles (or sub-folders) to compare them.")
else:
    key = analysis.keyness(articles, by=by, n=15)
    plots.keyness(key, group=sorted(key["group"].unique())[0])
    plt.show()

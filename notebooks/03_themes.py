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
# # 03 · Themes
#
# What is each article about, and which themes run through the corpus?
# Distinctive terms come from TF-IDF (frequent in the article, rare in the
# others); themes from non-negative matrix factorisation (NMF) of the TF-IDF
# matrix, with the number of themes chosen automatically (the fewest themes
# that do not overlap: see `analysis.themes`). With fewer than five articles,
# such as the seed alone, the paragraphs are the documents, so the themes show
# how an article moves from one subject to the next. Runs are deterministic.

# %% tags=["parameters"]
SEEDS_DIR = "../seeds"

# %%
import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis import plots

pd.set_option("display.width", 160)
pd.set_option("display.max_colwidth", 90)
articles = analysis.load_articles(SEEDS_DIR)

# %% [markdown]
# ## The most distinctive terms of each article

# %%
# NBVAL_CHECK_OUTPUT
distinctive = analysis.tfidf_terms(articles, n=8)
print(distinctive.groupby("article_id", sort=True)["term"].agg(", ".join).head(10).to_string())

# %% [markdown]
# ## Themes

# %%
# NBVAL_CHECK_OUTPUT
found = analysis.themes(articles)
print(f"{found.n_themes} themes across {len(found.dominant)} {found.unit}s.\n")
print(found.table[["theme_id", "label", "documents"]].to_string(index=False))

# %%
plots.theme_terms(found)
plt.show()

# %%
plots.theme_heatmap(found)
plt.show()

# %% [markdown]
# ## How the themes move through an article
#
# Theme shares paragraph by paragraph through the longest article.

# %%
longest = articles.loc[articles["text"].str.len().idxmax(), "article_id"]
plots.theme_flow(found, article_id=longest)
plt.show()

# %% [markdown]
# Each paragraph's strongest theme (the first ten):

# %%
# NBVAL_CHECK_OUTPUT
paragraphs = analysis.paragraph_table(articles[articles["article_id"] == longest])
weights = found.paragraph_weights(longest)
strongest = weights.loc[weights.groupby("paragraph")["weight"].idxmax(), ["paragraph", "theme_id"]]
strongest = strongest.merge(found.table[["theme_id", "label"]], on="theme_id").merge(
    paragraphs[["paragraph", "text"]], on="paragraph").sort_values("paragraph")
strongest["text"] = strongest["text"].str.slice(0, 70)
print(strongest.head(10).to_string(index=False))

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
# # 01 · Corpus overview
#
# What was loaded, from where, and how long the articles are.
# Change `SEEDS_DIR` below (or pass it with papermill: `papermill 01_corpus_overview.ipynb out.ipynb -p SEEDS_DIR /path/to/articles`)
# to look at your own folder. Files that cannot be read are listed with the reason; they never stop the others from loading.

# %% tags=["parameters"]
SEEDS_DIR = "../seeds"

# %%
import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis import plots

pd.set_option("display.max_colwidth", 80)

# %%
articles = analysis.load_articles(SEEDS_DIR)
stats = analysis.article_stats(articles)

# %% [markdown]
# ## What was loaded

# %%
# NBVAL_CHECK_OUTPUT
print(analysis.corpus_summary(articles).to_string(index=False))

# %% [markdown]
# Files that were skipped, with the reason (empty when every file loaded):

# %%
# NBVAL_CHECK_OUTPUT
skipped = analysis.skipped_files(articles)
print(skipped.to_string(index=False) if len(skipped) else "No file was skipped.")

# %% [markdown]
# The first articles, with their metadata and size:

# %%
# NBVAL_CHECK_OUTPUT
overview = articles[["article_id", "title", "author", "published", "outlet"]].merge(stats, on="article_id")
print(overview.head(10).to_string(index=False))

# %% [markdown]
# ## How long are the articles?

# %%
plots.article_lengths(stats)
plt.show()

# %% [markdown]
# ## The first article's clean text
#
# Title, byline, date, photo credit, "Related article" lines and the URL footer are stripped;
# section headings are kept apart in `headings`; links keep their anchor text.

# %%
# NBVAL_CHECK_OUTPUT
first = articles.iloc[0]
print("Headings:", first["headings"])
print(first["text"][:1200])

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
# # 04 · Sources: who is quoted, how often, and how openly
#
# Every attribution (a quote, or reported speech or thought) is found with its
# cue ("said", "told The Moscow Times", "according to") and its source. The
# source is resolved to a full name where the article names the person ("he",
# "Bondarev" → "Boris Bondarev"), typed by what the article says about it
# (official, former official, expert, media, organization, public, document,
# unspecified), and marked anonymous when the article does not name it.

# %% tags=["parameters"]
SEEDS_DIR = "../seeds"

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML

import analysis
from analysis import plots

pd.set_option("display.width", 160)
pd.set_option("display.max_colwidth", 70)
articles = analysis.load_articles(SEEDS_DIR)
found = analysis.attributions(articles)

# %% [markdown]
# ## How openly is the corpus sourced?

# %%
# NBVAL_CHECK_OUTPUT
corpus = analysis.source_breakdown(found, by=None)
print(f"{len(found)} attributions in {len(articles)} article(s).\n")
print(corpus.by_anonymity.round(2).to_string(index=False))
print()
print(corpus.by_type.round(2).to_string(index=False))

# %% [markdown]
# ## Who gets the most quoted words?
#
# Quoted words count the words inside quotation marks; reported speech is the
# writer's paraphrase and counts as an attribution but not as quoted words.

# %%
# NBVAL_CHECK_OUTPUT
speakers = analysis.speaker_table(found)
print(speakers.head(15).assign(speaker=speakers["speaker"].str.slice(0, 50)).to_string(index=False))

# %%
plots.top_speakers(speakers, n=15)
plt.show()

# %% [markdown]
# ## Source types and anonymity per article

# %%
by_article = analysis.source_breakdown(found, by="article_id")
plots.source_types_per_article(by_article)
plt.show()

# %%
plots.anonymous_share(by_article, by="article_id")
plt.show()

# %% [markdown]
# ## Every attribution of the first article
#
# Who said what, in order. Below, the article itself with each attribution
# highlighted in the colour of its source type (content underlined, cue in
# bold, source labelled).

# %%
# NBVAL_CHECK_OUTPUT
first = articles.iloc[0]
table = found[found["article_id"] == first["article_id"]]
table = table.assign(content=table["content"].str.slice(0, 60), speaker=table["speaker"].str.slice(0, 40))
print(table[["kind", "speaker", "source_type", "anonymous", "cue", "content"]].to_string(index=False))

# %%
HTML(plots.highlight_attributions(first["text"], analysis.extract_attributions(first["text"])))

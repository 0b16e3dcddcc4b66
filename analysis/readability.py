"""Readability scores per article, paragraph or sentence, identical to textstat.

:func:`readability_scores` returns, for every text, the values textstat 0.7.13
returns (default settings: ``en_US``, no rounding) for its classic metrics,
plus the counts they rest on. Calling a dozen textstat functions per text
re-tokenises the text and looks every word up again in each function; here
each text is cut into words once, the per-word facts (syllables, easy or
difficult) are memoised across the corpus, and the formulas are evaluated
column-wise with numpy. That is why the counting is written out by hand: it
mirrors textstat's own rules (read from its source) so that every number is
the same, only computed once.

Conventions, all textstat's:

* words (``words``, = ``lexicon_count``): white-space tokens after removing
  punctuation (apostrophes of English contractions are kept, so "don't" is
  one word); tokens that were punctuation only are dropped.
* sentences (``sentences``, = ``sentence_count``): runs of text matched by
  ``\\b[^.!?]+[.!?]*``; runs of two words or fewer are not counted, but every
  non-empty text has at least one sentence. "3.5" and "U.S." therefore split
  runs, as in textstat.
* syllables: first CMUdict pronunciation of the lower-cased word (the offline
  dictionary of :mod:`analysis._cmudict`), else Pyphen hyphenation points + 1.
* A formula whose denominator would be zero gives ``0.0`` (textstat's value),
  never an error; so does the empty text. Pass ``nan_for_empty=True`` to get
  NaN for the ratio metrics of texts without words instead.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Literal

import numpy as np
import pandas as pd
from textstat.backend.utils import get_lang_easy_words, get_pyphen
from textstat.backend.utils.constants import LANG_CONFIGS, RE_NONCONTRACTION_APOSTROPHE

from ._cmudict import install_offline_cmudict
from .text import paragraph_table, sentence_table

__all__ = ["METRICS", "COUNTS", "readability_scores", "clear_caches"]

# Idempotent; analysis/__init__ does it too. Without it textstat (and so this
# module, which takes its dictionary from textstat) would call nltk.download.
install_offline_cmudict()

LANG = "en_US"  # textstat's default language; the only one supported here.

#: Metric columns, named as the textstat functions that compute them.
METRICS = [
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "text_standard",
    "difficult_words",
    "lexicon_count",
    "sentence_count",
    "syllable_count",
    "reading_time",
]

#: Count columns the metrics rest on.
COUNTS = [
    "words",  # words after punctuation removal (lexicon_count)
    "sentences",  # sentences of three words or more, at least 1 (sentence_count)
    "syllables",  # syllables of all words (syllable_count)
    "polysyllables",  # words of 3+ syllables (SMOG)
    "letters",  # word characters: letters, digits, "_" (Coleman-Liau)
    "characters",  # non-space characters (ARI, reading time)
    "tokens",  # white-space separated tokens, punctuation included (ARI)
    "complex_words",  # not on the Dale-Chall easy list and 3+ syllables (Gunning fog)
    "hard_words",  # not on the Dale-Chall easy list (Dale-Chall)
]

_COUNT_FIELDS = COUNTS + ["difficult_words", "linsear_easy", "linsear_hard", "linsear_sentences"]

# The metrics that are ratios (undefined for a text without words): the
# formulas, up to text_standard; the rest of METRICS are counts.
_RATIO_METRICS = METRICS[: METRICS.index("text_standard") + 1]

# textstat's remove_punctuation(rm_apostrophe=False), precompiled.
_NONCONTRACTION_APOSTROPHE = re.compile(RE_NONCONTRACTION_APOSTROPHE)
_PUNCTUATION = re.compile(r"[^\w\s\']")
# The module whose get_cmudict textstat's syllable counter calls: we ask it
# too, so both always use the same dictionary.
_TEXTSTAT_SYLLABLES = importlib.import_module("textstat.backend.counts._count_syllables")
_GUNNING_THRESHOLD = int(LANG_CONFIGS["en"]["syllable_threshold"])
_FRE = LANG_CONFIGS["en"]


def _clean(text: str) -> str:
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


# Memoised per-word results, kept across calls (a corpus reuses its words);
# clear_caches() empties them, and they are emptied when they pass
# _MAX_MEMO words. Plain dicts: cheaper lookups than lru_cache.
_SYLLABLES: dict[str, int] = {}
_WORD_FACTS: dict[str, tuple[int, int, int, int, int]] = {}
_MAX_MEMO = 1 << 20


class _HyphenationPoints:
    """``len(pyphen.positions(word))``, computed faster.

    Written by hand for speed: Pyphen tries every substring up to the longest
    pattern (28 characters for en_US) and builds an object per hyphenation
    point, which made it the largest cost of a cold run although only the
    number of points is needed. This walks the same Liang patterns, stored
    in a trie, and stops as soon as no pattern continues; the result is the
    same (the tests compare it with Pyphen word by word). Falls back to
    Pyphen if its patterns are not the plain kind read here.
    """

    def __init__(self, pyphen) -> None:
        self.pyphen = pyphen
        patterns = getattr(getattr(pyphen, "hd", None), "patterns", None)
        self.plain = isinstance(patterns, dict) and all(
            all(type(v) is int for v in values) for _, values in patterns.values()
        )
        if self.plain:
            # Trie of the patterns: character -> child; "" -> (offset, values).
            self.trie: dict = {}
            for key, pattern in patterns.items():
                node = self.trie
                for character in key:
                    node = node.setdefault(character, {})
                node[""] = pattern

    def count(self, word: str) -> int:
        if not self.plain:
            return len(self.pyphen.positions(word))
        pointed = f".{word.lower()}."
        n = len(pointed)
        references = [0] * (n + 1)
        for i in range(n - 1):
            node = self.trie
            for j in range(i, n):
                node = node.get(pointed[j])
                if node is None:
                    break
                pattern = node.get("")
                if pattern:
                    k = i + pattern[0]
                    for value in pattern[1]:
                        if value > references[k]:
                            references[k] = value
                        k += 1
        # Pyphen's point at references[k] is position k - 1; it keeps those
        # at least `left` from the start and `right` from the end.
        low, high = self.pyphen.left + 1, len(word) - self.pyphen.right + 1
        return sum(1 for k in range(low, min(high, n) + 1) if references[k] % 2)


@functools.cache
def _hyphenation_points(pyphen) -> _HyphenationPoints:
    return _HyphenationPoints(pyphen)


def _dictionary_syllables(word: str, cmu, hyphenation: _HyphenationPoints) -> int:
    """Syllables of one lower-cased word, as textstat's count_syllables loop counts them."""
    count = _SYLLABLES.get(word)
    if count is None:
        try:
            count = sum([phone[-1].isdigit() for phone in cmu[word][0]])
        except (TypeError, IndexError, KeyError):
            count = hyphenation.count(word) + 1
        _SYLLABLES[word] = count
    return count


def _word_facts(words) -> list[tuple[int, int, int, int, int]]:
    """Facts about each word of a cleaned text, memoised across texts.

    For each word: (syllables, hard: not on the Dale-Chall easy list,
    difficult: hard with 2+ syllables, complex: hard with 3+ syllables,
    letters). A word is already clean, so textstat's count_syllables(word)
    equals the syllables it counts for the word inside a text. Difficulty
    is judged on the lower-cased word, which textstat cleans again; that
    matters only for the odd non-ASCII letter whose lower case is not a word
    character (e.g. "İ"). The empty string (a token that was all
    punctuation) gets zeros.
    """
    if len(_WORD_FACTS) > _MAX_MEMO or len(_SYLLABLES) > _MAX_MEMO:
        clear_caches()
    cmu = _TEXTSTAT_SYLLABLES.get_cmudict(LANG)
    hyphenation = _hyphenation_points(get_pyphen(LANG))
    easy = get_lang_easy_words(LANG)
    known, syllables_of = _WORD_FACTS.get, _SYLLABLES.get
    out = list(map(known, words))
    for i, facts in enumerate(out):
        if facts is not None:
            continue
        word = words[i]
        if not word:
            facts = (0, 0, 0, 0, 0)
        else:
            lower = word.lower()
            syllables = syllables_of(lower)
            if syllables is None:
                syllables = _dictionary_syllables(lower, cmu, hyphenation)
            letters = len(word) - word.count("'")
            if lower in easy:
                facts = (syllables, 0, 0, 0, letters)
            else:
                if lower.isascii():  # cleaning lower-case ASCII again changes nothing
                    lower_syllables = syllables
                else:
                    lower_syllables = sum(_dictionary_syllables(part, cmu, hyphenation)
                                          for part in _clean(lower).lower().split())
                facts = (syllables, 1, int(lower_syllables >= 2),
                         int(lower_syllables >= _GUNNING_THRESHOLD), letters)
        _WORD_FACTS[word] = out[i] = facts
    return out


# A sentence run as textstat finds them (``\b[^.!?]+[.!?]*``), matched only
# when it holds 3+ words. A token is a word iff it has a word character (\w):
# removing punctuation keeps \w and the apostrophes of contractions, which
# are followed by \w. The lookahead skips non-word characters, then a token
# with a \w, three times (possessive, so no backtracking). Runs of fewer
# words fail here and so do their suffixes, which end at the same full stop
# with fewer words, so the scan falls through to the next run as textstat's does.
_LONG_SENTENCE_RUN = re.compile(r"\b(?=(?:[^.!?\w]*+\w[^\s.!?]*+){3})[^.!?]+[.!?]*")


def _count_sentences(text: str) -> int:
    """textstat's count_sentences: runs of 3+ words, at least 1 if ``text``."""
    if len(text) == 0:
        return 0
    return max(1, len(_LONG_SENTENCE_RUN.findall(text)))


def _segments(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For items laid end to end in groups of ``lengths``: group and rank of each."""
    owner = np.repeat(np.arange(len(lengths)), lengths)
    rank = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return owner, rank


def _group_sums(values: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Sums of consecutive groups of ``sizes`` items of ``values`` (integers)."""
    totals = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(values, out=totals[1:])
    ends = np.cumsum(sizes)
    return totals[ends] - totals[ends - sizes]


def _all_counts(texts: list[str], chunk_size: int = 500) -> pd.DataFrame:
    """Counts of every text (columns ``_COUNT_FIELDS``), a chunk at a time to bound memory."""
    chunks = [_chunk_counts(texts[i:i + chunk_size]) for i in range(0, len(texts), chunk_size)]
    if not chunks:
        return _chunk_counts([])
    return pd.concat(chunks, ignore_index=True)


def _chunk_counts(texts: list[str]) -> pd.DataFrame:
    """Counts of every text (columns ``_COUNT_FIELDS``).

    Python only splits each text into white-space tokens and counts its
    sentences; the rest is done in bulk on the distinct tokens and words.
    textstat removes punctuation from the whole text and then splits it;
    the removal never looks past a token (an apostrophe is kept only when a
    contraction ending follows, and white space is not one), so cleaning each
    distinct token once gives the same words.
    """
    n_texts = len(texts)
    tokens: list[str] = []
    n_tokens = np.zeros(n_texts, dtype=np.int64)
    sentences = np.zeros(n_texts, dtype=np.int64)
    for i, text in enumerate(texts):
        text_tokens = text.split()
        n_tokens[i] = len(text_tokens)
        tokens += text_tokens
        sentences[i] = _count_sentences(text)
    token_codes, distinct_index = pd.factorize(pd.Series(tokens, dtype=object))
    distinct_tokens = distinct_index.tolist()  # a list iterates faster than an Index
    # One regex pass cleans all distinct tokens; "\n" keeps them apart.
    cleaned = _clean("\n".join(distinct_tokens)).split("\n")
    word_of_distinct, distinct_index = pd.factorize(pd.Series(cleaned, dtype=object))
    distinct_words = distinct_index.tolist()
    # Per distinct word: syllables, hard (0), difficult (2), complex (3), letters.
    facts = np.array(_word_facts(distinct_words), dtype=np.int64).reshape(-1, 5)
    token_lengths = np.fromiter(map(len, distinct_tokens), dtype=np.int64,
                                count=len(distinct_tokens))
    out = pd.DataFrame({"tokens": n_tokens, "sentences": sentences})
    out["characters"] = _group_sums(token_lengths[token_codes], n_tokens)
    # From here on, only the tokens that are words (those not cleaned away).
    word_codes = word_of_distinct[token_codes]
    owner, position = _segments(n_tokens)
    if "" in distinct_words:
        is_word = word_codes != distinct_words.index("")
        owner, position, word_codes = owner[is_word], position[is_word], word_codes[is_word]
    words = np.bincount(owner, minlength=n_texts)
    out["words"] = words
    syllables = facts[:, 0][word_codes]
    out["syllables"] = _group_sums(syllables, words)
    out["polysyllables"] = _group_sums(syllables >= 3, words)
    out["hard_words"] = _group_sums(facts[:, 1][word_codes], words)
    out["complex_words"] = _group_sums(facts[:, 3][word_codes], words)
    out["letters"] = _group_sums(facts[:, 4][word_codes], words)
    # textstat.difficult_words counts distinct (case-sensitive) difficult
    # words: sort their (text, word) pairs and keep the first of each run.
    difficult = facts[:, 2][word_codes] == 1
    pairs = np.sort(owner[difficult] * len(distinct_words) + word_codes[difficult])
    first = np.ones(len(pairs), dtype=bool)
    first[1:] = pairs[1:] != pairs[:-1]
    out["difficult_words"] = np.bincount(
        pairs[first] // max(len(distinct_words), 1), minlength=n_texts
    )
    # Linsear Write scores the first 100 words over the sentences of the raw
    # tokens up to the 100th word (all tokens if there are fewer).
    word_rank = _segments(words)[1]
    first_100 = word_rank < 100
    out["linsear_easy"] = _group_sums(first_100 & (syllables > 0) & (syllables < 3), words)
    out["linsear_hard"] = _group_sums(first_100 & (syllables >= 3), words)
    linsear_sentences = np.where(n_tokens > 0, sentences, 0)
    hundredth = word_rank == 99
    starts = np.cumsum(n_tokens) - n_tokens
    for i, end in zip(owner[hundredth], position[hundredth] + 1):
        if end < n_tokens[i]:
            linsear_sentences[i] = _count_sentences(" ".join(tokens[starts[i]:starts[i] + end]))
    out["linsear_sentences"] = linsear_sentences
    return out[_COUNT_FIELDS]


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """numerator / denominator, 0.0 where the denominator is 0 (textstat's rule)."""
    out = np.zeros(len(numerator), dtype=float)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out


def _metrics(c: pd.DataFrame) -> pd.DataFrame:
    """Evaluate textstat's formulas column-wise, in textstat's order of operations."""
    words, sentences = c["words"].to_numpy(), c["sentences"].to_numpy()
    wps = _ratio(words, sentences)  # words_per_sentence
    spw = _ratio(c["syllables"].to_numpy(), words)  # syllables_per_word
    flesch_undefined = (wps == 0) | (spw == 0)
    out = pd.DataFrame(index=c.index)
    out["flesch_reading_ease"] = np.where(
        flesch_undefined, 0.0,
        _FRE["fre_base"] - _FRE["fre_sentence_length"] * wps - _FRE["fre_syll_per_word"] * spw,
    )
    out["flesch_kincaid_grade"] = np.where(
        flesch_undefined, 0.0, (0.39 * wps) + (11.8 * spw) - 15.59
    )
    per_complex = _ratio(100 * c["complex_words"].to_numpy(), words)
    out["gunning_fog"] = np.where(words == 0, 0.0, 0.4 * (wps + per_complex))
    # Python's float ** 0.5 (C pow) rather than numpy, which may take sqrt:
    # the two can differ in the last bit.
    poly_per_sentence = _ratio(c["polysyllables"].to_numpy(), sentences)
    out["smog_index"] = np.where(
        sentences == 0, 0.0,
        [(1.043 * (30 * float(x)) ** 0.5) + 3.1291 for x in poly_per_sentence],
    )
    letters_100 = _ratio(c["letters"].to_numpy(), words) * 100
    sentences_100 = _ratio(sentences, words) * 100
    out["coleman_liau_index"] = np.where(
        (letters_100 == 0) | (sentences_100 == 0), 0.0,
        (0.058 * letters_100) - (0.296 * sentences_100) - 15.8,
    )
    chars_per_token = _ratio(c["characters"].to_numpy(), c["tokens"].to_numpy())
    out["automated_readability_index"] = np.where(
        (chars_per_token == 0) | (wps == 0), 0.0, (4.71 * chars_per_token) + (0.5 * wps) - 21.43
    )
    per_hard = _ratio(100 * c["hard_words"].to_numpy(), words)
    dale = (0.1579 * per_hard) + (0.0496 * wps)
    dale = np.where(per_hard > 5, dale + 3.6365, dale)
    out["dale_chall_readability_score"] = np.where(words == 0, 0.0, dale)
    linsear_sentences = c["linsear_sentences"].to_numpy()
    number = _ratio(c["linsear_easy"].to_numpy() * 1 + c["linsear_hard"].to_numpy() * 3,
                    linsear_sentences)
    number = np.where(number <= 20, number - 2, number) / 2
    out["linsear_write_formula"] = np.where(linsear_sentences == 0, 0.0, number)
    out["text_standard"] = _text_standard(out)
    out["difficult_words"] = c["difficult_words"].to_numpy()
    out["lexicon_count"] = words
    out["sentence_count"] = sentences
    out["syllable_count"] = c["syllables"].to_numpy()
    out["reading_time"] = 14.69 * c["characters"].to_numpy() / 1000
    return out


def _text_standard(m: pd.DataFrame) -> np.ndarray:
    """textstat's text_standard(float_output=True): the most common grade vote."""
    votes = []
    for name in ("flesch_kincaid_grade", "smog_index", "coleman_liau_index",
                 "automated_readability_index", "dale_chall_readability_score",
                 "linsear_write_formula", "gunning_fog"):
        score = m[name].to_numpy()
        # np.rint rounds half to even, like Python's round().
        votes += [np.floor(score), np.ceil(score), np.rint(score)]
    fre = m["flesch_reading_ease"].to_numpy()
    bands = np.select(
        [(fre < 100) & (fre >= 90), (fre < 90) & (fre >= 80), (fre < 80) & (fre >= 70),
         (fre < 70) & (fre >= 60), (fre < 60) & (fre >= 50), (fre < 50) & (fre >= 40),
         (fre < 40) & (fre >= 30)],
        [5, 6, 7, 8, 10, 11, 12], default=13,
    ).astype(float)
    # textstat appends the Flesch vote(s) after Flesch-Kincaid's three; the
    # 60-70 band votes twice (8 and 9). NaN marks "no second vote".
    second = np.where(bands == 8, 9.0, np.nan)
    v = np.column_stack(votes[:3] + [bands, second] + votes[3:])
    # Counter.most_common(1) returns the first-inserted value among the most
    # frequent; the first column holding a most frequent value is that value.
    frequency = (v[:, :, None] == v[:, None, :]).sum(axis=2)
    best = v[np.arange(len(v)), frequency.argmax(axis=1)] if len(v) else np.empty(0)
    return np.clip(best, 1, 18)


def readability_scores(
    articles: pd.DataFrame,
    level: Literal["article", "paragraph", "sentence"] = "article",
    *,
    nan_for_empty: bool = False,
) -> pd.DataFrame:
    """Readability metrics of each article, paragraph or sentence.

    ``articles`` needs ``article_id`` and ``text`` (missing text counts as
    ""). Returns one row per unit, in input order:

    * keys: ``article_id``; below article level also ``paragraph``
      [, ``sentence``], ``start``, ``end``, ``text`` as in
      :func:`analysis.text.paragraph_table` / :func:`~analysis.text.sentence_table`;
    * :data:`METRICS`: each equals the textstat function of that name called
      on the unit's text (``text_standard`` with ``float_output=True``);
    * :data:`COUNTS`: the counts the metrics rest on (see :data:`COUNTS`).

    Where a formula would divide by zero (no words, or an empty text) the
    metric is textstat's 0.0; with ``nan_for_empty=True`` the ratio metrics
    of units without words are NaN instead.
    """
    if level == "article":
        units = articles[["article_id", "text"]].reset_index(drop=True)
        keys = units[["article_id"]]
    elif level == "paragraph":
        units = paragraph_table(articles)
        keys = units
    elif level == "sentence":
        units = sentence_table(articles)
        keys = units
    else:
        raise ValueError(f"level must be 'article', 'paragraph' or 'sentence', not {level!r}")
    counts = _all_counts(units["text"].fillna("").tolist()).set_axis(units.index)
    metrics = _metrics(counts)
    if nan_for_empty:
        metrics.loc[counts["words"] == 0, _RATIO_METRICS] = np.nan
    return pd.concat([keys, metrics, counts[COUNTS]], axis=1)


def clear_caches() -> None:
    """Forget the memoised per-word syllable counts and easy/difficult lookups."""
    _SYLLABLES.clear()
    _WORD_FACTS.clear()

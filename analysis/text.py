"""Paragraphs and sentences of a clean article text, as character spans.

Every article's ``text`` (see :func:`analysis.load_articles`) holds body
paragraphs separated by blank lines, each paragraph on one line. The functions
here cut it into paragraphs and sentences with offsets into ``text``, so that
per-paragraph and per-sentence tables can point back at the article.

Sentence splitting is a small rule set written by hand on purpose: the
well-kept splitters either need downloaded models (NLTK's punkt, spaCy) or
pull in large dependencies, and news prose needs only a handful of rules
(abbreviations, initials, decimals, closing quotes after the full stop).
"""

from __future__ import annotations

import re
import string

import pandas as pd

__all__ = [
    "paragraph_spans",
    "sentence_spans",
    "paragraph_table",
    "sentence_table",
    "word_count",
]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

# Abbreviations that always precede a name, so never end a sentence.
_TITLES = frozenset(
    """
    mr mrs ms dr prof sr st mt gen col lt sgt capt cmdr adm maj gov sen rep
    rev hon pres supt insp det messrs mme mlle sens reps govs gens
    """.split()
)
# Words that end with a full stop without ending a sentence (unless a
# sentence starter follows: see _is_abbreviation).
_ABBREVIATIONS = _TITLES | frozenset(
    """
    jr ft no nos vol vols p pp fig figs ed eds
    inc ltd co corp bros dept univ assn est approx vs etc al cf ie eg
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn
    miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo
    """.split()
)
# Abbreviations that stand before a number only.
_NUMBER_ABBREVIATIONS = frozenset("no nos p pp vol vols fig figs".split())
# Abbreviations that are everyday words too when written in lower case.
_EVERYDAY_WORDS = frozenset("ill miss mass wash ore sun sat wed mar del ind".split())
# Words that start sentences but rarely follow an abbreviation inside one:
# "in the U.S. He said" ends a sentence, "the U.S. President" does not.
_SENTENCE_STARTERS = frozenset(
    """he she it they we i you his her its their our the a an this that these those there
    but and so yet however meanwhile still then now""".split()
)

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then white space and something that can start a sentence.
_BOUNDARY = re.compile(
    # ([.!?…][.!?…]* for [.!?…]+: a single leading class lets re skip ahead in C)
    r"""(?P<end>[.!?…][.!?…]*["'”’)\]]*)\s+(?=["'“‘(\[]*[A-Z0-9\u00C0-\u024F])"""
)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_WORD_OR_DOT = string.ascii_letters + "."  # the characters of _LAST_WORD
_NEXT_WORD = re.compile(r"""["'“‘(\[]*(\w+)""")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each non-empty paragraph in ``text``."""
    if "\n" not in text:
        # One paragraph (a line, as the attribution finder passes them): its
        # words, trimmed as below (str.strip takes exactly the characters
        # str.isspace does), with no scan for breaks.
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        return [(start, end)] if end > start else []
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text + "\n\n"):
        start, end = position, match.start()
        position = match.end()
        # Trim white space so the span covers the paragraph's words only.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


# A web address by its domain ("Shopping.com", "Amazon.co.uk"), with its full stop.
_WEB_ADDRESS = re.compile(r"[A-Za-z][\w-]+\.(?:com|org|net|gov|edu|co\.uk|org\.uk)\.?", re.IGNORECASE)


def _is_abbreviation(text_before: str, next_word: str) -> bool:
    """Whether the full stop ending ``text_before`` belongs to an abbreviation
    inside a sentence (so that ``next_word`` does not start a new one)."""
    # The word can only start in the trailing run of letters and dots:
    # searching from there, not from the paragraph start, keeps this linear.
    run = 0 if text_before.endswith("\n") else len(text_before.rstrip(_WORD_OR_DOT))
    match = _LAST_WORD.search(text_before, run)
    if not match:
        return False
    word = match.group(1)
    lower = word.lower().replace(".", "")
    if lower in _TITLES:
        return True
    if next_word.lower() in _SENTENCE_STARTERS:
        return False
    if "." in word:  # U.S., a.m., D.C.
        # (not a web address closing the sentence: "... at Shopping.com. According to")
        return not (_WEB_ADDRESS.fullmatch(word) and next_word[:1].isupper())
    if len(word) == 1 and word.isupper():  # an initial: John F. Kennedy
        return True
    if lower in _NUMBER_ABBREVIATIONS:  # "No. 1", "pp. 12" (not "he said no. Ms Smith")
        return next_word[:1].isdigit()
    if lower in _EVERYDAY_WORDS and word.islower():  # "Ill.", "Miss." (not "she was ill.")
        return False
    return word.lower() in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each sentence in ``text``.

    Sentences never cross paragraph breaks, so a heading or a one-line
    paragraph is always a sentence of its own.
    """
    spans = []
    for p_start, p_end in paragraph_spans(text):
        paragraph = text[p_start:p_end]
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            end = match.end("end")
            next_word = _NEXT_WORD.match(paragraph, match.end())
            if match.group("end") == "." and _is_abbreviation(
                    paragraph[:end], next_word.group(1) if next_word else ""):
                continue
            spans.append((p_start + start, p_start + end))
            start = match.end()
        if start < len(paragraph):
            spans.append((p_start + start, p_end))
    return spans


def word_count(text: str) -> int:
    """Number of white-space separated words in ``text``."""
    return len(text.split())


def paragraph_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph of each article.

    Columns: ``article_id``, ``paragraph`` (0-based position in the article),
    ``start``, ``end`` (offsets into the article's ``text``) and ``text``.
    """
    rows = [
        (article_id, position, start, end, text[start:end])
        for article_id, text in zip(articles["article_id"], articles["text"])
        for position, (start, end) in enumerate(paragraph_spans(text))
    ]
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "start", "end", "text"])


def sentence_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of each article.

    Columns: ``article_id``, ``paragraph`` and ``sentence`` (0-based positions;
    ``sentence`` counts through the whole article), ``start``, ``end``
    (offsets into the article's ``text``) and ``text``.
    """
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        paragraphs = paragraph_spans(text)
        sentence = 0
        for position, (p_start, p_end) in enumerate(paragraphs):
            for start, end in sentence_spans(text[p_start:p_end]):
                rows.append(
                    (article_id, position, sentence, p_start + start, p_start + end,
                     text[p_start + start:p_start + end])
                )
                sentence += 1
    return pd.DataFrame(
        rows, columns=["article_id", "paragraph", "sentence", "start", "end", "text"]
    )


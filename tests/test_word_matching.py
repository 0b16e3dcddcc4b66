"""Hand-written matchers that stand in for a regex (for speed), checked
against that regex itself: ``re`` is the oracle, on every code point or on
seeded random strings built from the characters each one reads."""

from __future__ import annotations

import random
import re
import sys

import pytest

from analysis.bodies import _word_spans
from analysis.person_lookups import _after_title
from analysis.phrase_words import _is_word_char

_WORD = re.compile(r"\w")


def test_is_word_char_is_re_word_class_at_every_code_point():
    text = "".join(map(chr, range(sys.maxunicode + 1)))
    mismatched = [at for at in range(len(text))
                  if _is_word_char(text, at) != bool(_WORD.match(text, at))]
    assert mismatched == []
    assert not _is_word_char("ab", -1) and not _is_word_char("ab", 2)  # (outside the text: no word)


# Letters, digits and marks that decide a word boundary, and some that
# change under case folding or are letters outside ASCII.
_ALPHABET = ["Fed", "fed", "Mr", "Mr.", "Ms", " ", "  ", "\t", "\n", ".", ",", "_", "'", "’", "-",
             "é", "ß", "ſ", "İ", "1", "\u00a0", "s", "F"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14)))


@pytest.mark.parametrize("word", ["Fed", "fed", "Mr", "F", "é", "_"])
def test_word_spans_are_those_of_the_bounded_pattern(word):
    rng = random.Random(7)
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    for _ in range(20_000):
        text = _random_text(rng)
        assert list(_word_spans(word, text)) == [m.span() for m in pattern.finditer(text)], text


@pytest.mark.parametrize("title", ["Mr", "Ms"])
def test_after_title_is_the_title_and_surname_pattern(title):
    # _after_title(text, start, end, title, limit): whether the surname at
    # start:end is matched there by \btitle\.?\s+surname\b in text[:limit]
    rng = random.Random(11)
    surname = "Fed"
    pattern = re.compile(rf"\b{title}\.?\s+{surname}\b")
    for _ in range(20_000):
        text = _random_text(rng)
        limit = rng.randint(0, len(text))
        expected = {m.end() - len(surname) for m in pattern.finditer(text, 0, limit)}
        found = {at for at in range(len(text)) if text.startswith(surname, at)
                 and at + len(surname) <= limit
                 and _after_title(text, at, at + len(surname), title, limit)}
        assert found == expected, (text, limit)

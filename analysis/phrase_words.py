"""Words of a source's phrase: lower-case tokens and plural role nouns.

:func:`_tokens` gives a phrase's lower-case words with possessives dropped,
hyphens split and abbreviated titles spelt out ("Sen." -> "senator");
:func:`_is_plural` tells a plural role noun ("officials", "spokesmen").
Shared by the typing, naming and coreference modules.
"""

from __future__ import annotations

import functools
import re

from analysis.role_words import _PLURAL_IRREGULAR, _WEAK_OFFICIAL, _WORD_TYPE, statistics_as_no_document

_TOKEN = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)*\.?")

_POSSESSIVE = re.compile(r"['’](?:s\b)?")  # "Trump's", "Fox News' "

_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")  # "Trump’s" -> "Trump", "O'Neill" kept


def _is_word_char(text: str, at: int) -> bool:
    """Whether ``text`` has a character at ``at`` that re's \\w takes (every
    code point checked: a letter or digit by str.isalnum, or "_"); False
    outside the text, as \\b reads its ends."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


_ALIAS = {"sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives",
          "pres": "president", "gov": "governor", "gen": "general", "prof": "professor", "chairwoman": "chairman",
          "chair": "chairman",
          # British spellings of the lexicons' words ("the event's organisers")
          "organiser": "organizer", "organisers": "organizers"}


_REP_TITLE = re.compile(r"\bRep(s)?\.")

# The characters besides its two cases that re's ignore-case matching takes
# for an ASCII letter ("K", the Kelvin sign, for "k"; "ſ", the long s, for "s";
# every code point checked).
_IGNORECASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _ignorecase_letters(letter: str) -> str:
    """The characters ``(?i:letter)`` matches, for a lower-case ASCII letter:
    a pattern led by them as a class lets re skip ahead in C, where an
    ignore-case letter after ``\\b`` is tried at every position."""
    return letter + letter.upper() + _IGNORECASE_EXTRA.get(letter, "")

# _TOKEN for lower-case ASCII text, without the trailing dot _tokens drops.
_LOWER_TOKEN = re.compile(r"[a-z]+(?:\.[a-z]+)*")


def _tokens(phrase: str) -> list[str]:
    """Lower-case words of ``phrase``; possessives dropped, hyphens split, titles spelt out."""
    # (the phrase's words worked out once, as phrases recur: a descriptor, a
    # source's words, are read again and again, 7,197 calls over 150 PolNeAR
    # train texts for 2,963 phrases distinct within their article; a copy
    # for each caller, which may change its list)
    return _phrase_tokens(phrase).copy()


@functools.lru_cache(maxsize=8192)
def _phrase_tokens(phrase: str) -> list[str]:
    if "'" in phrase or "’" in phrase:  # (most phrases have no apostrophe: no regex)
        phrase = _POSSESSIVE.sub("", phrase)
    phrase = phrase.replace("-", " ")
    if "tatistics" in phrase:  # a name's or a body's: "the statistics office"
        phrase = statistics_as_no_document(phrase)
    if "liberal Democrat" in phrase:  # US Democrats on the left, not Britain's Liberal Democrats
        phrase = phrase.replace("liberal Democrat", "Democrat")
    if "Rep." in phrase or "Reps." in phrase:  # "South Carolina Rep.": an elected lawmaker's title
        phrase = _REP_TITLE.sub(lambda m: "lawmakers" if m.group(1) else "lawmaker", phrase)
    if phrase.isascii():  # the common case: lower-case once (lower() can make ASCII of non-ASCII)
        return [_ALIAS.get(w, w) for w in _LOWER_TOKEN.findall(phrase.lower())]
    words = (t.rstrip(".").lower() for t in _TOKEN.findall(phrase))
    return [_ALIAS.get(w, w) for w in words]


_SINGULAR_S = {"news", "analysis", "series", "status", "us", "its", "his", "campus", "basis",
               "crisis", "thesis", "times", "politics", "cbs", "abc", "reuters", "nbc", "rnc",
               "dnc", "ministries", "media", "tories", "isis", "hamas", "census",
               # names of one body that end in "s" ("the Brookings Institution",
               # "Ipsos", "the IRS", "DHS", "the Commons"): not people in the plural
               "brookings", "ipsos", "irs", "dhs", "commons"}


def _is_plural(word: str) -> bool:
    """A plural role noun ("officials", "analysts", "companies") or group word."""
    if word in _PLURAL_IRREGULAR or word.endswith("men") and word[:-3] + "man" in _WORD_TYPE:
        return True  # "spokesmen", "congressmen"
    if not word.endswith("s") or word.endswith("ss") or word in _SINGULAR_S:
        return False
    return (word in _WORD_TYPE or word[:-1] in _WORD_TYPE or word[:-1] in _WEAK_OFFICIAL
            or word[:-2] in _WORD_TYPE or word[:-3] + "y" in _WORD_TYPE)

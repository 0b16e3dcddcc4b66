"""Where the noun phrase a relative pronoun takes up opens, among the last
words before it.

:func:`antecedent_cut` reads the words before a "who", "which" or "that" (up
to six, back to the last clause break) and gives the index of the first word
of its antecedent: after any preposition or function word ("for [couples]
who"), at an "a" ("some", "several") that opens a noun phrase ("Maria Lopez
met [a farmer] who"), after a verb or a list's word ("has angered [the
party's top figures], who").
"Who" speaks of people, so when those words end on a preposition's object
that is no person ("Democrats and Republicans in [Congress] who", "officials
at [the agency] who"), the people before the preposition are what it takes
up, with their preposition: "[officials at the agency] who". Written by hand
for :meth:`analysis.relative_pronouns.RelativePronounsMixin._relative`.
"""

from __future__ import annotations

import re

from analysis.phrase_words import _is_plural
from analysis.role_words import _FUNCTION, _PREPOSITIONS, _STRIP, _WORD_TYPE
from analysis.source_types import _NUMBER

__all__ = ["antecedent_cut", "people_before_object"]

_VERBISH = re.compile(r"\b(?:[a-z]\w*ed|has|have|had|is|was|are|were|will|would|could|said|says)\b")
# Words that open a noun phrase before an adjectival participle ("a retired general").
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "some", "many", "most"}
# (the number words of poll shares, source_types._NUMBER, and digits with their separators)
_COUNT_WORD = re.compile(rf"\d[\d,.]*|{_NUMBER}", re.I)
# Prepositions that place people or tie them to a body: "officials at the
# agency", "Democrats in Congress", "critics of the plan", "lawyers for the state".
_PLACING = {"in", "at", "of", "from", "for", "across", "inside", "within"}
# Words that open a noun phrase whatever stands before them ("Maria Lopez met
# [a farmer] who", "helped convince [some Democratic lawmakers] who"); not
# "many" or "most", which may follow "the" ("the most vulnerable members").
_OPENERS = {"a", "an", "some", "several"}


# Verbs with no "-ed" that close a clause before its object: "has [been] black
# voters, who"; and the modals a bare verb follows, with the adverbs between:
# "would almost certainly [benefit] Democrats, who".
_BE = {"be", "been", "being"}
_MODALS = {"will", "would", "could", "can", "should", "may", "might", "must", "shall", "did",
           "does", "do"}
_ADVERBS = {"almost", "also", "still", "never", "not", "only", "just", "even", "surely", "again"}


def _after_verb(words: list[str], opens_clause: bool) -> int:
    """The index after a verb that news grammar marks as one without an
    "-ed" among ``words``, so that its object opens there (0 if none): a form
    of "be", the bare verb after a modal ("would almost certainly benefit
    [Democrats] who"), or an "-ing" verb opening a clause or after a
    preposition ("by slamming [candidates] who", "..., echoing [security
    experts] who"; not "working-class" nor a last word: "among those
    [striking] who")."""
    after = 0
    for k, word in enumerate(words[:-1]):
        low = word.lower()
        if low in _BE:
            after = k + 1
        elif low in _MODALS:
            verb = k + 1
            while verb < len(words) - 1 and (words[verb].lower() in _ADVERBS
                                             or words[verb].lower().endswith("ly")):
                verb += 1
            if verb < len(words) - 1 and words[verb].isalpha() and words[verb].islower():
                after = verb + 1
        elif (low.endswith("ing") and word.isalpha() and word.islower()
              and (k == 0 and opens_clause or k > 0 and words[k - 1].lower() in _PREPOSITIONS)):
            after = k + 1
    return after


def antecedent_cut(words: list[str], opens_clause: bool = False) -> int:
    """The index in ``words`` where the noun phrase right before a relative
    pronoun opens (see the module docstring); ``opens_clause``: whether the
    first of ``words`` opens its clause (after a comma)."""
    cut = max((k + 1 for k, w in enumerate(words) if (
        w.lower() in _PREPOSITIONS or w.lower() in _FUNCTION and w.lower() not in ("the", "a", "an")
        or w.lower() in ("them", "us", "him"))  # "many of them [whites] who"
        and not _share_between(words, k)), default=0)  # ("compared with [four in 10] who")
    # (so does "some" or "several": "helped convince [some Democratic lawmakers] who")
    cut = max((k for k, w in enumerate(words) if k > cut and w.lower() in _OPENERS
               # (or "the" after an infinitive: "allow him to consolidate [the voters] who")
               or k > cut and w.lower() == "the" and k > 1 and words[k - 2].lower() == "to"
               and words[k - 1].islower() and words[k - 1].lower() not in _FUNCTION),
              default=cut)  # "Maria Lopez met [a farmer] who"
    cut = max(cut, _after_verb(words, opens_clause))
    return max((k + 1 for k, w in enumerate(words[:-1]) if k >= cut and (
        w.lower() in ("among", "between", "than", "including", "include", "includes", "included")
        or _VERBISH.fullmatch(w) and (k == 0 or words[k - 1].lower() not in _DETERMINERS))),
        default=cut)  # "has angered [the party's top figures], who" (not "a [retired] general");
    # after a list's verb too: "also includes [individuals] who"


def people_before_object(words: list[str], cut: int) -> int | None:
    """Where the people a "who" takes up open when ``words[cut:]`` is the
    object of a placing preposition after a plural noun of people, a place or
    body by name or with "the", and no people itself: "criticism from
    [Democrats and Republicans in Congress] who" (not "Congress", a body; but
    "writers of all nationalities who" stays as it was). The people's own phrase opens as
    :func:`antecedent_cut` finds it, taking in a plural coordinated before
    ("Democrats and Republicans"); None when the words read otherwise."""
    if cut < 2 or words[cut - 1].lower() not in _PLACING:
        return None
    head = words[cut - 2].strip(_STRIP).lower()
    if not (_is_plural(head) and head in _WORD_TYPE):
        return None
    place = words[cut:]
    if not place or not (place[0].lower() == "the" or place[-1][:1].isupper()):
        return None  # no place or body named or pointed at: "writers of all nationalities"
    if any(_is_plural(w.strip(_STRIP).lower()) and w.strip(_STRIP).lower() in _WORD_TYPE
           for w in place):
        return None  # people after the preposition too: "supporters of [farmers] who"
    start = antecedent_cut(words[:cut - 1])
    while (start >= 2 and words[start - 1].lower() == "and"
           and _is_plural(words[start - 2].strip(_STRIP).lower())):
        start -= 2  # "[Democrats and Republicans] in Congress"
    return start


def _share_between(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` ("in", "of") joins two counts into a share: "four in 10"."""
    return (0 < k < len(words) - 1 and words[k].lower() in ("in", "of")
            and bool(_COUNT_WORD.fullmatch(words[k - 1])) and bool(_COUNT_WORD.fullmatch(words[k + 1])))

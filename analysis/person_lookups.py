"""The lookups of a person by a mention, a name or a position in an article.

:class:`PersonLookupsMixin` gives :class:`analysis.people.ArticleIndex`
(which mixes it in) the queries the speaker resolution asks of its people:
whom a bare surname refers to (with two people of one surname, the one
named in full lately, else the one the title names, else the well-known
politician: "Mr. Cruz" is Ted Cruz after "Rafael Edward Cruz"), the
namesakes of a name, the full name a first name or a misspelt surname
stands for ("Giulini" for Rudy Giuliani), the mentions and quotes at a
position, and whether the article gives someone an office ("Gov. Chris
Christie"). Written by hand, as the rest of the index.
"""

from __future__ import annotations

import bisect
import re

from analysis.mentions import _KIN_BEFORE, _inside, _is_first_name, _surname_key
from analysis.names import _KNOWN_SURNAMES, canonical_name, is_known_official
from analysis.person_gender import _GENDERED_TITLE
from analysis.person_roles import _FORMER_WORD
from analysis.phrase_words import _TRAILING_POSSESSIVE, _is_word_char

__all__ = ["PersonLookupsMixin"]


def _after_title(text: str, start: int, end: int, title: str, limit: int) -> bool:
    """Whether the word at ``start:end`` follows ``title`` as
    ``\\b{title}\\.?\\s+{word}\\b`` matches it in ``text[:limit]`` ("Mr. Trump"):
    a word boundary after it, white space before it, then the title with or
    without its dot, no word character before the title."""
    if _is_word_char(text, end - 1) == (end < limit and _is_word_char(text, end)):
        return False  # (no boundary after the word)
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == start:
        return False
    if text[at - 1:at] == ".":
        at -= 1
    opening = at - len(title)
    return opening >= 0 and text[opening:at] == title and not _is_word_char(text, opening - 1)


def _fame(name: str) -> int:
    """2 for a well-known politician by the name he goes by, 1 by a formal
    name of his ("Rafael Cruz"), else 0."""
    return 2 if is_known_official(name, formal=False) else int(is_known_official(name))


# An office and the titles that give it before a name.
_OFFICE_TITLES = {"governor": r"governor|gov\.", "senator": r"senator|sen\.",
                  "congressman": r"congressman|rep\.", "congresswoman": r"congresswoman|rep\.",
                  "president": r"(?<!vice )(?<!vice-)(?:president|pres\.)"}


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter added, dropped, changed or two swapped turns ``a``
    into ``b`` (a typo; written out: the edit distance of a single edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


class PersonLookupsMixin:
    """The person lookups of :class:`analysis.people.ArticleIndex`.

    Expects ``text``, ``persons`` (full name -> :class:`analysis.person_gender.Person`),
    ``surnames``, ``mentions`` and ``_mention_starts``, ``quotes`` and
    ``_quote_starts``, ``title_names``, ``_full_at``, ``_namesakes``,
    ``_kin_before`` (an empty dict, filled by :meth:`_kin_named_at`) and
    ``_headlines`` with ``_headline_starts`` of the class it is mixed into."""

    def surname_at(self, key: str, pos: int, gender: str | None = None) -> str:
        """The person a bare surname at ``pos`` refers to.

        With two people of one surname (Jeh and Gary Johnson), the one named
        in full within the last 1,000 characters (not as someone's relative:
        "her husband, Bill Clinton"); else the one the article's title names,
        if named in full more often than the other; else the well-known
        politician; else the one introduced first. A ``gender`` from a title
        ("Mr. Trump") rules out the namesakes of the other gender.
        """
        default = self.surnames[key]
        named = self._full_at.get(key)
        if gender and named:
            named = [(p, n) for p, n in named if self.persons[n].gender in (gender, None)] or named
            if self.persons[default].gender not in (gender, None):
                default = named[0][1]
        # (without a gender, the names are the index's namesakes of the surname,
        # kept as a set: asked at every mention of a surname)
        if not named or len({n for _, n in named} if gender else self._namesakes[key]) < 2:
            return default
        i = bisect.bisect_left(named, (pos, "")) - 1
        # "Clinton and her husband, former President Bill Clinton, ...": news
        # style names a relative in full; a bare "Clinton" after it is still
        # the one the story is about, so such mentions do not count as recent
        # (read here, at the few full names a surname with namesakes looks back
        # to, not at every full name when the index is built)
        while i >= 0 and self._kin_named_at(named[i][0]):
            i -= 1
        if i >= 0 and pos - named[i][0] < 1000:
            recent = named[i][1]
            if _fame(default) == 2 and _fame(recent) == 1 and canonical_name(recent) == default:
                # a formal name is the well-known politician's own: "Mr. Cruz"
                # is Ted Cruz after "Rafael Edward Cruz" (or his father Rafael
                # Cruz, whom the articles call "the elder Mr. Cruz")
                return default
            earlier = self._title_in_use(key, pos, recent, named)
            if earlier is not None:
                # (another person: not "Hillary Rodham Clinton" for "Hillary
                # Clinton", nor a headline's "Beneath Clinton")
                first = self.surname_at(key, earlier, gender)
                if first.split()[0] != recent.split()[0] and _is_first_name(first.split()[0]):
                    return first
            return recent
        subject = [n for n in dict.fromkeys(self.title_names)
                   if n != default and _surname_key(n) == key and n in self.persons and default in self.persons]
        if len(subject) == 1 and self.persons[subject[0]].mentions > self.persons[default].mentions:
            # the namesake the article is about, named in its title and in full
            # more often ("Ivanka Trump champions ...": "Trump told Business
            # Insider", paragraphs on, is she, not her father)
            return subject[0]
        return default

    def _kin_named_at(self, start: int) -> bool:
        """Whether a kinship word stands before the full name at ``start``
        ("her husband, former President Bill Clinton"). (Read once for each
        name: every later mention of a surname two people share looks back
        to the same few full names, five times each on PolNeAR train.)"""
        kin = self._kin_before.get(start)
        if kin is None:
            kin = self._kin_before[start] = _KIN_BEFORE.search(self.text, max(0, start - 60), start) is not None
        return kin

    def _title_in_use(self, key: str, pos: int, recent: str,
                      named: list[tuple[int, str]]) -> int | None:
        """Where the article first wrote the title and surname at ``pos``
        ("Mr. Trump"), if before it named ``recent`` in full. News style keeps
        a title with the one it first named: a namesake of the same gender
        met later goes by first name or "the elder Mr. Trump" ("the painful
        case of Freddy Trump ... Mr. Trump said" is still Donald)."""
        title = _GENDERED_TITLE.search(self.text, max(0, pos - 6), pos)
        if not title:
            return None
        first_full = next(p for p, n in named if n == recent)
        # (the places the surname is written before, in order, each then read
        # back for the title: a pattern of the title and the surname, compiled
        # anew for most surnames of unseen text, cost more than the search)
        surname = self.text[pos:pos + len(key)]
        at = self.text.find(surname, 0, first_full)
        while at >= 0 and not _after_title(self.text, at, at + len(surname), title.group(1), first_full):
            at = self.text.find(surname, at + 1, first_full)
        return at if at >= 0 else None

    def named_in_full(self, name: str, lo: int, hi: int) -> bool:
        """Whether the article writes ``name`` in full between ``lo`` and ``hi``."""
        return any(lo <= start < hi and full == name
                   for start, full in self._full_at.get(_surname_key(name), ()))

    def namesakes(self, name: str) -> frozenset[str]:
        """The full names in the article sharing ``name``'s surname."""
        return self._namesakes.get(_surname_key(name), frozenset())

    def by_first_name(self, first: str) -> str | None:
        """The one full name starting with ``first`` ("Digby" -> "Digby Jones"), if unique."""
        matches = [n for n in self.persons if " " in n and n.split()[0] == first]
        return matches[0] if len(matches) == 1 else None

    def misspelt_surname(self, word: str) -> str | None:
        """The one person named in full whose surname ``word`` misspells by a
        letter ("Sweeny" for Steve Sweeney, "Giulini" for Rudy Giuliani), for a
        word of six letters or more that is no name of its own."""
        low = _TRAILING_POSSESSIVE.sub("", word).lower()
        if len(low) < 6 or low in self.surnames or low in _KNOWN_SURNAMES or _is_first_name(low):
            return None
        matches = {n for n in self.persons  # (not a family: "the Obamas")
                   if " " in n and _one_edit_apart(low, key := _surname_key(n)) and low != key + "s"}
        return matches.pop() if len(matches) == 1 else None

    def in_headline(self, pos: int) -> bool:
        """Whether ``pos`` is on a title-case line (a headline)."""
        return _inside(self._headlines, self._headline_starts, pos)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def quote_opened_by(self, pos: int) -> tuple[int, int] | None:
        """The last quote (start, end) that opens at or before ``pos``, or None."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return self.quotes[i] if i >= 0 else None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self._mention_starts, start)
        j = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[i:j]

    def holds_office(self, name: str, office: str, former: bool = False) -> bool:
        """Whether the article gives ``name`` the ``office`` ("governor"), in a
        descriptor or in a title before a mention ("Gov. Chris Christie"); with
        ``former``, a known profile counts only for an office held formerly
        (Rick Perry is a former governor, Bobby Jindal a governor)."""
        titles = _OFFICE_TITLES.get(office, office)
        end = len(self.text)
        if any(re.search(rf"\b(?:{titles})(?!\w)", phrase, re.I)
               and not (former and at >= end and not _FORMER_WORD.search(phrase))
               for at, phrase in self.persons[name].descriptors):
            return True
        surname = re.escape(name.split()[-1])
        return any(any(n == name for _, _, n in self.mentions_in(m.start(), m.end()))
                   for m in re.finditer(rf"\b(?i:{titles})(?:\s+[A-Z][\w.]*){{0,2}}\s+{surname}\b",
                                        self.text))  # (not "President George W. Bush" for Jeb)

"""Whether a person an article names is a he or a she.

:class:`Person` is the record :class:`analysis.people.ArticleIndex` keeps of
each person it finds: the descriptors, the mention count, and the votes of
gender from which :attr:`Person.gender` decides, a first name weighed
against the article's pronouns ("Lee Gilmore ... said she understood": a
she, though the census gives "Lee" to both sexes).
:class:`PersonGenderMixin` gives the index (which mixes it in) the passes
that cast those votes once the mentions are known: each "he" or "she"
after a single person named ("Bondarev ... he": a he), a gendered title
before a name ("Sir Archy Kirkwood", "Dame Judi Dench"), a couple the
article calls "Mr. Khan" and "Ms. Khan", and the namesake a title picks
("Mrs. Trump" is not Donald Trump). Written by hand, as the rest of the
index.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from analysis.mentions import _surname_key
from analysis.names import _FEMALE_FIRST, _KNOWN_FIRST_NAMES, _MALE_FIRST, census_gender, census_unisex

__all__ = ["Person", "PersonGenderMixin"]


# A he/she word; group 1 (the letters after the h) when it is a man's. (The
# first letter leads, as in _NAME_RUN; a lookbehind picks its words.)
_GENDER_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?i:(e|im|is|imself))|(?<=[Hh])(?i:er|ers|erself)"
                             r"|(?<=[Ss])(?i:he))\b")

_FIRST_NAMES = _MALE_FIRST | _FEMALE_FIRST  # (a person named by first name alone: "Bob")


@dataclass
class Person:
    """A person named in the article: full name, descriptors as ``(offset,
    phrase)``, gender votes, mention count, whether a title ("Mr.", "Sen.")
    was seen, and whether a relative clause says what they did ("who won the
    silver medal": no role, but someone the article tells of)."""

    name: str
    descriptors: list[tuple[int, str]] = field(default_factory=list)
    female: int = 0
    male: int = 0
    mentions: int = 0
    titled: bool = False
    told_of: bool = False
    party: str | None = None  # from a party tag: "(R-Texas)", ", D-Calif.,"

    @property
    def gender(self) -> str | None:
        alone = self.name.lower()
        first = (alone.split()[0] if " " in alone  # "Obama": Barack; "Bob": Bob
                 else _KNOWN_FIRST_NAMES.get(alone, alone if alone in _FIRST_NAMES else ""))
        # a first name outweighs stray he/she votes, and any number of them
        # once the article's pronouns agree with it a few times ("Donald Trump"
        # is no "she" in a story about Clinton, however often "she" follows "Trump");
        # one the census too gives to that sex settles it ("Bill Posey" stays a
        # he in a story about a woman whose every "she" follows his name)
        listed = "f" if first in _FEMALE_FIRST else "m" if first in _MALE_FIRST else None
        if listed and census_gender(first) == listed:
            return listed
        if listed and census_unisex(first) and self.male != self.female:
            # a name the census finds borne by both sexes ("Lee", "Terry") is
            # the article's pronouns to tell: "Magistrate Lee Gilmore ...
            # said she understood" is a she
            return "f" if self.female > self.male else "m"
        if listed == "f":
            return "f" if self.male < self.female + 4 or self.female > 1 else "m"
        if listed == "m":
            return "m" if self.female < self.male + 4 or self.male > 1 else "f"
        census = census_gender(first) if first else None
        if census is not None and abs(self.male - self.female) < 2:
            return census  # "Stacey Edwards", "Jay Carney": unless the article's he/she say otherwise
        if self.female > self.male:
            return "f"
        if self.male > self.female:
            return "m"
        return None


# (the titles' "M" leads, a lookbehind standing for the \b, as in _NAME_RUN:
# re then skips ahead to an "M" in the few characters searched before a name)
_GENDERED_TITLE = re.compile(r"(M(?<!\w.)(?:r|rs|s|iss))\.?\s+$")
# Titles of one gender before a name, British ones too.
_MALE_TITLES = ("Mr", "Sir", "Lord")
_GENDER_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Sir", "Lord", "Dame", "Lady", "Baroness"})
# Where such a title ends, a name starting: "Sir [Archy Kirkwood]". (The
# first letter leads, a lookbehind stands for the \b, as in _NAME_RUN; the
# two groups make a title only if it is one of _GENDER_TITLES: not "Mir".)
# (one pattern for each first letter, led by it: re skips ahead in C to a
# literal first character, where it tested a class at every character of
# the text; no match holds a capital after its first, so none overlap)
_GENDER_TITLE = tuple(re.compile(rf"({letter})(?<![\w.].)(rs|r|s|iss|ir|ord|ame|ady|aroness)"
                                 r"\.?\s+(?=[A-Z])") for letter in "MSLDB")


class PersonGenderMixin:
    """The gender evidence of :class:`analysis.people.ArticleIndex`.

    Expects ``text``, ``persons`` (full name -> :class:`Person`),
    ``mentions`` and ``_mention_starts``, ``_pairs``, ``_kin_only``,
    ``_shared_surnames`` (the surname keys two people named in full share) and the
    queries ``in_quote``, ``namesakes`` and ``surname_at`` of the class it
    is mixed into."""

    def _collect_gender(self) -> None:
        # Each he/she votes for the nearest person mentioned before it in the
        # same stretch of text: a cheap, article-local stand-in for a name-gender list.
        # Only pronouns with a single person named in the 200 characters
        # before them vote, so that two people in one passage do not blur.
        mentions = self.mentions
        for m in _GENDER_PRONOUN.finditer(self.text):
            at = m.start()
            i = bisect.bisect_left(self._mention_starts, at) - 1
            if i < 0 or at - mentions[i][1] > 200:
                continue
            # (another person in the window is tested first: half the
            # pronouns have one, and need no quote looked up)
            name = mentions[i][2]
            j = i - 1
            while j >= 0 and mentions[j][0] > at - 200 and mentions[j][2] == name:
                j -= 1
            if j >= 0 and mentions[j][0] > at - 200:
                continue  # another person in the window
            if self.in_quote(mentions[i][0]) and not self.in_quote(at):
                continue  # "“... President Reagan’s trip ...,” she wrote": she is not Reagan
            if len(self.namesakes(name) - self._kin_only - {name}) > 0:
                # "Trump" may be either Trump: the vote would be a guess (not
                # for a relative named once by first name: "his son, Grant")
                continue
            person = self.persons[name]
            if m.group(1):
                person.male += 1
            else:
                person.female += 1
        # a title of one gender before a name: "Sir Archy Kirkwood", "Lord
        # Butler", "Dame Judi Dench" (not with namesakes: "Mr." may then be
        # another's, whom _titles_pick_gender finds)
        titles = {m.end(): title for pattern in _GENDER_TITLE for m in pattern.finditer(self.text)
                  for title in [m.group(1) + m.group(2)] if title in _GENDER_TITLES}
        for start, _, name in self.mentions if titles else ():  # (most articles have none)
            title = titles.get(start)
            if title and len(self.namesakes(name)) < 2:
                person = self.persons[name]
                if title in _MALE_TITLES:
                    person.male += 2
                else:
                    person.female += 2

    def _couple_by_titles(self) -> None:
        """"Khizr and Ghazala Khan ... Mr. Khan ... Ms. Khan": a pair sharing
        a surname, whose given names no list knows, that the article goes on
        to call "Mr." and "Mrs." (or "Ms.") is a man and a woman, named as
        English names a couple, the husband first ("Mr. and Mrs. Smith")."""
        for first, second in self._pairs:
            one, other = self.persons[first], self.persons[second]
            if one.gender or other.gender:
                continue
            surname = re.escape(second.split()[-1])
            if (re.search(rf"\bMr\.?\s+{surname}\b", self.text)
                    and re.search(rf"\bM(?:rs|s)\.?\s+{surname}\b", self.text)):
                one.male += 1
                other.female += 1

    def _titles_pick_gender(self) -> None:
        """"Mrs. Trump" is not Donald Trump: a surname after a gendered title
        goes to a namesake of that gender (genders are known only now)."""
        # (only a surname two people named in full share has a namesake to
        # pick: most articles have none, and need no title looked for)
        shared = self._shared_surnames
        for k, (start, end, name) in enumerate(self.mentions if shared else ()):
            if _surname_key(name) not in shared:
                continue
            title = _GENDERED_TITLE.search(self.text, max(0, start - 5), start)
            if not title:
                continue
            gender = "m" if title.group(1) == "Mr" else "f"
            if self.persons[name].gender not in (gender, None):
                self.mentions[k] = (start, end, self.surname_at(_surname_key(name), start, gender))

"""Whom a "he" or "she" refers to, among the people an article names.

:class:`PronounAntecedentsMixin` gives :class:`analysis.people.ArticleIndex`
(which mixes it in) the lookups of a pronoun's antecedent that
:mod:`analysis.coreference` and :mod:`analysis.named_sources` ask for: whether
a mention can be what a pronoun refers to (outside quotes, a person the
article says more of, not a modifier: "Rand's speech", "the Trump release";
one before a campaign's noun, "Trump campaign manager Corey Lewandowski", only
where its sentence names no one else);
the person before a pronoun compatible in gender, the subject of its sentence
or of the nearest one before naming someone (passing over one in an "Asked
whether ..." clause, in a fronted participle's phrase or subordinate clause
("When Mr. Trump tried ..., Mr. Kasich differed") or after a passive's
"by", and keeping a speaker who closes the sentence: "..., Biden said."), or
an owner of that gender ("Trump's beef was aimed at Megyn Kelly, who he
claims ..."); and, as a last resort, the one person of that gender a passage
names, else a first name of that gender standing alone there ("a retired
teacher named Margaret"). Written by hand, as the rest of the index.
"""

from __future__ import annotations

import bisect
import re

from analysis.mentions import _WORDLIKE_FIRST, _sentence_start
from analysis.names import _FEMALE_FIRST, _MALE_FIRST, _US_STATES, census_gender, is_known_official

__all__ = ["PronounAntecedentsMixin"]

# Nouns of a woman or a man, whom "she" or "he" may take up unnamed.
GENDERED_NOUNS = {
    "f": "woman|mother|grandmother|wife|widow|daughter|sister|girl|businesswoman|congresswoman",
    "m": "man|father|grandfather|husband|widower|son|brother|boy|businessman|congressman",
}
# An unnamed woman or man brought into a sentence by an indefinite article:
# "the home of [a 26-year-old Berlin man] was raided".
_INTRODUCED_PERSON = {
    gender: re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{nouns})\b")
    for gender, nouns in GENDERED_NOUNS.items()}
# A predicate's verb before it: "LeVell is [a black man] on a mission": the
# subject described, no one new.
_PREDICATE_VERB_BEFORE = re.compile(r"\b(?:is|was|be|been|being|became|becomes|remains|remained|as|like)\s+$")
# A relative's noun before it: "The illegitimate third son of [a rich father],
# ..., he has described": the son is the one the sentence is about.
_KIN_OF_BEFORE = re.compile(r"\b(?:son|daughter|child|children|wife|husband|widow|grandson|granddaughter"
                            r"|brother|sister|friend)\s+of\s+$")

# "he" and "she" by gender (and below, "him" and "her").
_SUBJECT_PRONOUN = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
# A past or present verb right after a name: "Aubrey Pelletier hoisted".
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)\b")
_OBJECT_PRONOUN = {"m": re.compile(r"\bhim\b"), "f": re.compile(r"\bher\b")}

# A speaker closing a sentence's reported clause: "..., Biden said."
_FINAL_SPEAKER = re.compile(r"\s+(?:said|says|added|wrote|told\s+[\w.’' ]{2,40})\s*[.,]")
# A sentence opened by the question put to its subject: "Asked whether ...".
_ASKED_SENTENCE = re.compile(r"\s*(?:Asked|When asked|Pressed)\s+(?:whether|if|about|why|how|what)\b")
# A participle's phrase or a subordinate clause fronted before the subject:
# "Filling in for Sanders at the event, West landed a sharp dig", "When Mr.
# Trump tried to defend his remarks, Mr. Kasich forcefully differed": not
# Sanders or Trump, the one it is about (a title's dot may stand in it).
_FRONTED_PHRASE = re.compile(r"\s*(?:[A-Z][a-z]+ing|After|Before|While|Despite|Unlike|Like"
                             r"|When|Whenever|Although|Though|If|Because|Since|Once|Until|Whereas)\s"
                             r"(?:[^,.;:!?\n“”\"]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.){1,160},\s+")
# "the Trump campaign": a name modifying the noun after it.
_MODIFIED_NAME = re.compile(r"\b[Tt]he\s+$")
# A noun of a person's campaign or following right after the name, which then
# only modifies it: "Clinton campaign Chairman John Podesta", "Trump aides".
_FOLLOWING_NOUN_AFTER = re.compile(r"\s+(?:campaign|spokes(?:man|woman|person)|aides?|advis[eo]rs?|supporters"
                                   r"|backers|allies|surrogates?|staff(?:ers)?|camp|loyalists|administration)\b")
# A short phrase opening a sentence before its subject: "Within minutes, ", "However, ".
_OPENING_PHRASE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},\s+")
# The agent of a passive ("used by Barack Obama"): no subject where the sentence names another.
_PASSIVE_AGENT = re.compile(r"\bby\s+$")

# A first name standing alone for someone the story calls by it, a word of
# its own inside a sentence (after a word in lower case or a comma) and
# before an owner's "'s", a stop or a verb: "a retired teacher named
# Margaret.", "my brother Kevin, a carpenter", "one of Maria's best races"
# (not "Scott" after "Allan": the end of a name).
_LONE_FIRST_NAME = re.compile(r"(?:\b[a-z][\w'’-]*,?|,) ([A-Z][a-z]{2,})(?=['’]s\b|[,.;:!?]|\s+[a-z])")
_GIVEN_NAMES = {"f": _FEMALE_FIRST, "m": _MALE_FIRST}


class PronounAntecedentsMixin:
    """The pronoun-antecedent lookups of :class:`analysis.people.ArticleIndex`.

    Expects ``text``, ``persons`` (full name -> :class:`analysis.people.Person`,
    with its gender, mention count, title, descriptors and ``told_of``),
    ``mentions`` (``(start, end, name)`` in order) and ``_mention_starts``
    (their starts), ``mentions_in`` and ``in_quote``.
    """

    def could_be_subject(self, start: int, end: int, name: str) -> bool:
        """Whether the mention ``start:end`` of ``name`` can be what a pronoun
        refers to: outside quotes, a person the article says more of, and not a
        modifier ("Rand's speech", "the Trump release")."""
        person = self.persons[name]
        first = name.split()[0].lower()
        if self.in_quote(start) or not (person.mentions > 1 or person.titled or person.descriptors
                                        or person.told_of
                                        or first in _MALE_FIRST or first in _FEMALE_FIRST
                                        # a he or she who does something: "14-year-old
                                        # Aubrey Pelletier hoisted a sign. Her father"
                                        or (person.female or person.male)
                                        and _VERB_AFTER.match(self.text, end) is not None):
            return False  # a one-off capitalised run may be no person at all
        if self.text.startswith(("'s", "’s", "'", "’"), end):
            return False
        return not _MODIFIED_NAME.search(self.text, max(0, start - 5), start)

    def previous_person(self, pos: int, gender: str | None = None,
                        skip: tuple[int, int] = (-1, -1), depth: int = 0,
                        exclude: frozenset[str] = frozenset()) -> str | None:
        """Nearest person mentioned before ``pos`` outside quotes, compatible in
        gender, outside the ``skip`` span (the attribution's own content) and
        not one of ``exclude`` (the people that content speaks of)."""
        # Prefer the subject: the first compatible person of the sentence
        # holding the pronoun, else of the nearest earlier sentence with one.
        i = bisect.bisect_left(self._mention_starts, pos) - 1
        sentence_start = _sentence_start(self.text, pos + 1)  # (+1: one opening at pos)
        found, sure, found_at = None, False, pos
        # an owner of the right gender in the pronoun's own sentence, or in the
        # one before when the pronoun opens its sentence
        owner = None
        own_sentence = True
        # (after an opening phrase with no one in it: "Within minutes, he")
        opens = (not self.text[sentence_start:pos].strip()
                 or _OPENING_PHRASE.fullmatch(self.text, sentence_start, pos) is not None
                 and not self.mentions_in(sentence_start, pos)
                 # (or after the same one, no one named: as an object, "Union
                 # leaders have never trusted him, in part because he"; as the
                 # subject, "While he works with advisers, he")
                 or gender is not None and not self.mentions_in(sentence_start, pos)
                 and (_OBJECT_PRONOUN[gender].search(self.text, sentence_start, pos) is not None
                      or _SUBJECT_PRONOUN[gender].search(self.text, sentence_start, pos) is not None))
        # (or after its own quote, '"...," she posted', an owner opening the
        # sentence before: "Palin's posts about ISIS include ...")
        after_quote = (skip[0] <= sentence_start + 1 and sentence_start < skip[1] <= pos
                       and not self.text[skip[1]:pos].strip(" ,.;:!?\"”’'"))
        sentences = 0  # sentences with mentions left behind
        found_end = pos
        # (a sentence opened by "Asked whether Trump ...": its subject comes
        # after that clause, the last person of the sentence, not the first)
        asked = _ASKED_SENTENCE.match(self.text, sentence_start) is not None
        fronted = _FRONTED_PHRASE.match(self.text, sentence_start)
        # a name only modifying the noun after it, the sentence's antecedent
        # only if no one else is ("While Clinton's rating with Sanders
        # supporters has been falling, many of his endorsers"), not before
        # the subject it names ("Former Trump campaign manager Corey
        # Lewandowski ..., but he"), nor before an owner
        modifier = None
        while i >= 0:
            start, end, name = self.mentions[i]
            if start < sentence_start:
                if found:
                    break
                if (owner and gender is not None and depth == 0
                        and (own_sentence or opens and self.text[sentence_start] not in "\"“'‘"
                             or after_quote and not self.text[sentence_start:owner[0]].strip())
                        and not _SUBJECT_PRONOUN[gender].search(self.text, sentence_start, owner[0])):
                    # "Trump's beef was aimed at Megyn Kelly, who he claims ...":
                    # the owner in this sentence, before anyone in an earlier one
                    # (unless a "he" before the owner already names the subject:
                    # "When he took the stage after Mr. Vander Plaats's introduction");
                    # so is the owner in a sentence before with no subject of
                    # its own ("Mr. Sanders's proudest moments are losses. He")
                    return owner[1]
                if modifier:
                    found, sure, found_at, found_end = modifier
                    break
                own_sentence = False
                sentences += 1
                sentence_start = _sentence_start(self.text, start + 1)  # (+1: one opening there)
                asked = _ASKED_SENTENCE.match(self.text, sentence_start) is not None
                fronted = _FRONTED_PHRASE.match(self.text, sentence_start)
            g = self.persons[name].gender
            if (sentences < 2 and g == gender and not skip[0] <= start < skip[1]
                    and self.text.startswith(("'s", "’s"), end) and not self.in_quote(start)):
                owner = (start, name)
            if _FOLLOWING_NOUN_AFTER.match(self.text, end):
                if (not found and g in (gender, None) and not skip[0] <= start < skip[1]
                        and name not in exclude and self.could_be_subject(start, end, name)):
                    modifier = (name, g == gender or gender is None, start, end)
            elif (not skip[0] <= start < skip[1] and name not in exclude
                    and self.could_be_subject(start, end, name)
                    and not (asked and found)
                    and not (found and fronted and start < fronted.end() <= found_at
                             # (the one found opening the main clause: not
                             # "When Joy Rainey started in 1974 she was ... - her
                             # father, Murray, is a former Australian Formula 3 champion")
                             and "," not in self.text[fronted.end():found_at])
                    and not (found and _PASSIVE_AGENT.search(self.text, max(0, start - 4), start))
                    and not (found and sure and _FINAL_SPEAKER.match(self.text, found_end))):
                # the earliest compatible person of the sentence, one of the
                # right gender before one of unknown gender ("Palo Alto"),
                # unless one closes it as its speaker ("Trump's accusation that
                # Obama and Clinton created ISIS imperiled troops, Biden said.")
                if g == gender or gender is None:
                    found, sure, found_at, found_end = name, True, start, end
                elif g is None and not (found and sure):
                    found, sure, found_at = name, False, start
            i -= 1
        if not found and modifier:
            found, sure, found_at, found_end = modifier
        if found and gender is not None and depth < 3:
            # "However, he held his fire on Ben Carson ... He": a "he" opening
            # the sentence of the name found, before any name, is the one this
            # pronoun continues (the sentence's subject); resolve from there.
            floor = _sentence_start(self.text, found_at)
            first = _SUBJECT_PRONOUN[gender].search(self.text, floor, found_at)
            if first and not self.in_quote(first.start()) and not self.mentions_in(floor, first.start()):
                return self.previous_person(first.start(), gender, skip, depth + 1, exclude) or found
        return found

    def person_introduced_before(self, pos: int, gender: str,
                                 skip: tuple[int, int] = (-1, -1)) -> tuple[int, int] | None:
        """The span of the last unnamed woman or man (for ``gender``) that an
        indefinite article brings into the sentence of the pronoun at ``pos``,
        before it and outside quotes and the ``skip`` span, when the sentence
        names no one who could be meant: the pronoun's nearest antecedent, a
        new person, not the one quoted before ("In September, the home of a
        26-year-old Berlin man was raided by police, who confiscated his
        computer after he had posted ...": that man, not the man of the
        paragraph before); never a predicate ("LeVell is a black man on a
        mission to change what he thinks") nor a relative of the one meant
        ("The illegitimate third son of a rich father, ..., he has described")."""
        sentence = _sentence_start(self.text, pos + 1)
        found = None
        for m in _INTRODUCED_PERSON[gender].finditer(self.text, sentence, pos):
            if (not self.in_quote(m.start()) and not skip[0] <= m.start() < skip[1]
                    and not _PREDICATE_VERB_BEFORE.search(self.text, max(sentence, m.start() - 12), m.start())
                    and not _KIN_OF_BEFORE.search(self.text, max(sentence, m.start() - 16), m.start())):
                found = m.span()
        if found is None or any(self.persons[name].gender in (gender, None)
                                for _, _, name in self.mentions_in(sentence, pos)):
            return None
        return found

    def lone_first_name(self, pos: int, gender: str, floor: int) -> str | None:
        """The last first name of ``gender`` standing alone between ``floor``
        and ``pos`` outside quotes, for one whom the story calls by it ("...
        a retired teacher named Margaret. / “He listens to us,” she said":
        Margaret); the antecedent of a pronoun :meth:`previous_person` finds
        none for. Not a word that is a first name only at times ("Will",
        "Hope"), nor a state ("Virginia")."""
        found = None
        for m in _LONE_FIRST_NAME.finditer(self.text, floor, pos):
            low = m.group(1).lower()
            if (low in _GIVEN_NAMES[gender] and low not in _WORDLIKE_FIRST and low not in _US_STATES
                    and not self.in_quote(m.start(1))):
                found = m.group(1)
        return found

    def only_one_of_gender(self, pos: int, gender: str, floor: int) -> str | None:
        """The one person of ``gender`` mentioned between ``floor`` and ``pos``
        outside quotes, however mentioned, when no one else there could be of
        that gender: the antecedent of last resort, where
        :meth:`previous_person` finds no subject ("Bill Clinton's hair was
        whiter ... endorsement of Hillary Clinton ... He told them")."""
        names = {name for start, _, name in self.mentions_in(floor, pos) if not self.in_quote(start)}
        fits = [name for name in names if self.persons[name].gender in (gender, None)]
        if len(fits) != 1 or self.persons[fits[0]].gender != gender:
            return None
        # (a first name people are given, or a well-known politician's: not a
        # capitalised run, "Trump Train")
        name = fits[0]
        return name if census_gender(name.split()[0].lower()) is not None or is_known_official(name) else None

"""Whom a relative pronoun ("who", "which", "that") refers to.

:class:`RelativePronounsMixin` gives the resolver of :mod:`analysis.speakers`
(through :class:`analysis.coreference.CoreferenceMixin`, which mixes it in)
the lookup of a relative's antecedent: the name right before the pronoun
("Trump, who said"), past a home, an age or a time ("Bernie Sanders of
Vermont, who", "Roy Hermann, 65, who") or an appositive ("John Bentel, a
tech staffer at the State Department, who"); the thing named by "called"
("a website called Real News Right Now, which"); the people in places
("voters in Iowa who"); the subject of a predicate noun ("Donald Trump is a
serial liar ... and bully who"); past a dash or an aside between dashes
("critics in the US - where ... - who"); else the noun phrase
:mod:`analysis.relative_antecedents` finds among the words before it; and
what a "whose" owns, the source after it ("the League of Conservation
Voters, whose political arm": the League's arm). Written by hand.
"""

from __future__ import annotations

import bisect
import re

from analysis.attribution.lexicon import _CALLED_NAME
from analysis.mentions import _sentence_start
from analysis.names import _NOT_AFTER_TITLE_DOT
from analysis.phrase_words import _is_plural
from analysis.relative_antecedents import antecedent_cut, people_before_object
from analysis.role_words import _STRIP, _WORD_TYPE
from analysis.unnamed_sources import Resolved, describe

__all__ = ["RelativePronounsMixin"]

# "John Bentel, a tech staffer at the State Department, [who] ..."
# (a place named with its state may close it: "a gynecologist from Englewood, New Jersey,")
_APPOSITIVE_BEFORE = re.compile(r"(?:\s*\([^)\n]{1,30}\))?,\s+(?:an?|the)\s[^,.;:!?“”\"\n]{2,80}"
                                r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s*$")
# A time or a manner between a name and "who": "Sen. Rob Portman this year,
# who", "Bundy says to Santilli on camera, who".
_TIME_AFTER_NAME = (r"\s+(?:(?:this|last|next)\s+(?:year|week|month|fall|spring|summer|winter)"
                    r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|on\s+camera)")
# A name's home or age between it and "who": "Bernie Sanders of Vermont, who",
# "Roy Hermann, 65, who".
_HOME = re.compile(r"\s+(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}")
# What may stand between a name and its appositive, and (with a comma after
# it) between a name and "who": a home, an age, or a party and a home
# ("Senator Jeff Flake, Republican of Arizona, who": Flake, not Arizona).
_HOME_OR_AGE = re.compile(_HOME.pattern + r"|,\s*\d{1,3}|,\s*(?:Republican|Democrat|[Ii]ndependent)"
                          + _HOME.pattern)
_HOME_BEFORE = re.compile(rf"(?:{_HOME_OR_AGE.pattern}|{_TIME_AFTER_NAME}),\s*")
# A thing named by "called", closing the words before a relative pronoun:
# "a website called Real News Right Now, which posts ..." takes up the name
# (not "Now" nor a person in it: "a group called Citizens for Trump, which").
_CALLED_NAME_BEFORE = re.compile(r"\b(?P<noun>[a-z][\w-]*),?\s+(?:now\s+)?called\s+"
                                 rf"(?P<name>{_CALLED_NAME}),?\s+$")
# (a title's dot may stand in it: "a pollster with Mr. Yanukovych's party")
_OPEN_APPOSITIVE_BEFORE = re.compile(r",\s+(?:an?|the)\s(?:[^,.;:!?“”\"\n]"
                                     r"|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.){2,100}\s$")
# A role noun with the places it is in before a relative: "workers in New York,
# Los Angeles and Seattle [who]", "voters in New Hampshire [who]".
_ROLE_IN_PLACES = re.compile(r"(?<![\w-])([a-z][\w-]*)\s+(?:in|of|from|across)\s+(?:the\s+)?[A-Z][\w.'’-]*"
                             r"(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s+)[A-Z][\w.'’-]*)*$")
# An adjective phrase after a noun, before a relative pronoun: "one Democrat
# [familiar with the discussion], who", "aides [close to the mayor] who".
_POSTNOMINAL_BEFORE = re.compile(r"\s(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+on"
                                 r"|knowledgeable\s+about)\s[^,;:.!?“”\"()]{1,60}$")
# A predicate noun after a named subject: "Donald Trump is a serial liar, ...
# and bully [who] has pledged": the relative's antecedent is that subject.
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was)\s+(?:(?:also|now|still|not only)\s+)?an?\s"
                               r"[^.;:!?“”\"()\n]{0,160}$")
# A relative "whose" right before a source, after its antecedent: "the
# League of Conservation Voters, [whose] political arm has endorsed ...".
_WHOSE_BEFORE = re.compile(r"\bwhose\s+$")
# ... a body's name as that antecedent, its "of" and "for" inside it (which
# the antecedent of a "who" stops at: "officials at [the agency] who").
_NAME_BEFORE_WHOSE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?"
                                r"[A-Z][\w&'’.-]*)*(?=,\s+whose\s+$)")


class RelativePronounsMixin:
    """Relative-pronoun lookups of the resolver.

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`) and
    the methods ``person`` and ``resolve`` of the class it is mixed into.
    """

    def _whose_owned(self, clean: str, start: int, done: list) -> Resolved | None:
        """A source right after "whose" is its antecedent's, as one opened by
        an owner's name is: "the League of Conservation Voters, whose political
        arm has endorsed ..." -> "League of Conservation Voters' political arm",
        typed as the owner when its own words type no one ("Trump, whose
        attorneys argued": Donald Trump's attorneys, typed and unnamed as
        attorneys are); None without that "whose" or an owner."""
        whose = _WHOSE_BEFORE.search(self.text, max(0, start - 8), start)
        if whose is None or clean[:1].isupper():
            return None  # (not a name: "..., whose Senate seat ..., Mr. Reid said")
        name = _NAME_BEFORE_WHOSE.search(self.text, max(0, start - 120), start)
        if name and not self.index.mentions_in(name.start(), name.end()):
            owner = self.resolve(name.group(), name.start(), name.end(), done)
        else:  # a person, or a description: the antecedent of a "who" there
            owner = self._relative("whose", whose.start(), done)
        if not owner.speaker or owner.speaker.lower() == "whose":
            return None
        own = describe(clean)
        # (a plural name takes the apostrophe alone: "Voters' political arm")
        mark = "'" if owner.speaker.endswith("s") and not owner.person else "'s"
        if own.source_type in (None, "unspecified"):
            return Resolved(f"{owner.speaker}{mark} {clean}", owner.source_type, owner.anonymous)
        return Resolved(f"{owner.speaker}{mark} {clean}", own.source_type, own.anonymous)

    def _appositive_host(self, start: int, open_ok: bool = False) -> str | None:
        """The person named right before an appositive that closes at the
        relative pronoun at ``start`` ("John Bentel, a tech staffer at the
        State Department, who"; with ``open_ok``, one with no comma before the
        pronoun: "Robert Mercer, the mega-donor and co-founder of Renaissance
        Technologies who"); None if none."""
        index = self.index
        appositive = (_APPOSITIVE_BEFORE.search(self.text, max(0, start - 120), start)
                      or open_ok and _OPEN_APPOSITIVE_BEFORE.search(self.text, max(0, start - 120), start))
        if appositive and not (_WHO.search(self.text, appositive.start(), start)
                               and _GOVERNED_BEFORE.search(self.text, max(0, start - 40), start)):
            # (not when the appositive has a "who" of its own and an object
            # closes it: "Samuel Amoah, a Belgian national who set up sham
            # weddings for couples who wanted"; but "Sandra Ripert, a real estate
            # agent who was ... and an aspiring trader who felt" is hers)
            # "Robert Mercer, the mega-donor and co-founder of Renaissance
            # Technologies who": the appositive's name, not the nearest noun
            j = bisect.bisect_left(index._mention_starts, appositive.start()) - 1
            if j >= 0 and (index.mentions[j][1] == appositive.start() or _HOME_OR_AGE.fullmatch(
                    self.text, index.mentions[j][1], appositive.start())):
                # (or with a home or an age between: "Sen. Dianne Feinstein of
                # California, the ranking Democrat on the Senate Intelligence
                # Committee, who", "Elizabeth Arnold, 32, a former staff member who")
                return index.mentions[j][2]
        return None

    def _before_dash(self, start: int) -> int:
        """Where the words a relative pronoun at ``start`` takes up end: before
        a dash right before it ("economists -- who"), and before an aside
        between dashes it closes ("critics in the US - where it reached number
        eight in its opening week - who": the critics); else ``start``."""
        closing = _DASH_CLOSING.search(self.text, max(0, start - 4), start)
        if closing is None:
            return start
        end = closing.start()
        opening = None
        for opening in _DASH.finditer(self.text, max(0, end - 160), end):
            pass
        if opening and not _STOP.search(self.text, opening.end(), end):
            return opening.start()
        return end

    def _relative(self, clean: str, start: int, done: list) -> Resolved:
        """"Trump, who said ...": the name or noun phrase right before the pronoun."""
        index = self.index
        if _FOR_SOMEONE_BEFORE.search(self.text, max(0, start - 40), start):
            # "For someone who conceded ..., Hillary Clinton has ...": the
            # person the sentence goes on to name as its subject, else the one
            # it speaks of, named before ("..., Pam Bondi, vowed .... For
            # someone who had defended the ban, the shift in tone seemed")
            line_end = self.text.find("\n", start)
            comma = self.text.find(", ", start, line_end if line_end >= 0 else len(self.text))
            named = index.mentions_in(comma + 2, comma + 3) if comma > 0 else []
            name = named[0][2] if named else index.previous_person(start)
            if name:
                return self.person(name)
        named = ("called" in self.text[max(0, start - 100):start]
                 and _CALLED_NAME_BEFORE.search(self.text, max(0, start - 100), start))
        if named:  # "a website called Real News Right Now, which": the thing of that name
            return Resolved(named.group("name").strip("“”\""),
                            _WORD_TYPE.get(named.group("noun"), "unspecified"), False)
        i = bisect.bisect_left(index._mention_starts, start) - 1
        if i >= 0 and 0 <= start - index.mentions[i][1] <= 3:
            # (the place or body an appositive's role sits in is not who:
            # "Karl Brenner, the party's leader in Lower Saxony, who": Brenner)
            m_start = index.mentions[i][0]
            host = (self._appositive_host(start)
                    if _IN_OR_AT_BEFORE.search(self.text, max(0, m_start - 4), m_start) else None)
            return self.person(host or index.mentions[i][2])
        if i >= 0 and _HOME_BEFORE.fullmatch(self.text, index.mentions[i][1], start):
            # "Senator Bernie Sanders of Vermont, who ...", "Roy Hermann, 65, who":
            # the name, not the place or the age
            return self.person(index.mentions[i][2])
        # "John Bentel, a tech staffer at the State Department, who ...": the name
        host = self._appositive_host(start, clean.lower() == "who")
        if host:
            return self.person(host)
        end = self._before_dash(start)
        base = max(0, end - 80)
        before = self.text[base:end].rstrip(" ,")
        described = _POSTNOMINAL_BEFORE.search(before)
        if described:
            # "one Democrat familiar with the discussion, who added": the
            # person the adjective describes, with it, not the discussion
            head = _CLAUSE_BREAK.split(before[:described.start()])[-1].split()[-6:]
            cut = antecedent_cut(head)
            noun = head[-1].strip(_STRIP).lower() if head else ""
            if cut < len(head) and (noun in _WORD_TYPE or _is_plural(noun)):
                phrase = " ".join(head[cut:]) + before[described.start():]
                p_start = base + before.rfind(phrase)
                if p_start >= base:
                    return self.resolve(phrase, p_start, p_start + len(phrase), done)
        placed = _ROLE_IN_PLACES.search(before)
        if placed and (placed.group(1) in _WORD_TYPE or _is_plural(placed.group(1))):
            # the people in the places, not the last place: "workers in New York,
            # Los Angeles and Seattle who demanded", "voters in Iowa who"
            phrase = before[placed.start():]
            p_start = base + placed.start()
            return self.resolve(phrase, p_start, p_start + len(phrase), done)
        # (a sentence may close inside brackets: "... in tears.) The Republican leaders who")
        clause = _CLAUSE_BREAK.split(before)[-1]
        words = clause.split()[-6:]
        cut = antecedent_cut(words, opens_clause=len(clause) < len(before) and len(clause.split()) <= 6)
        people = people_before_object(words, cut) if clean.lower() in ("who", "whom") else None
        if people is not None and not index.mentions_in(end - len(" ".join(words[cut:])) - 3, end):
            # "who" speaks of people, not of the body or place after their
            # preposition: "criticism from [Democrats and Republicans in
            # Congress] who agree" (a person named there stays: "supporters of Trump")
            cut = people
        if words and words[-1].lower() == "those" and words[-2:-1] != ["among"]:
            # "A majority of those who said ...": the people who said it, so
            # many of them, unnamed, as poll shares are (not the candidate the
            # sentence is about; but "Jahangir is among those who say" is hers)
            share = _SHARE_OF_BEFORE.search(" ".join(words[:-1]))
            return Resolved(f"{share.group(1)} {words[-1]}" if share else words[-1], "public", True)
        phrase = " ".join(words[cut:]).strip(_STRIP)
        if not phrase:
            return Resolved(clean, "unspecified", False)
        predicate = _PREDICATE_BEFORE.search(self.text, max(0, start - 200), start)
        if predicate and phrase[:1].islower() and not index.mentions_in(predicate.start(), start):
            # the subject: the person named last before "is a", in this sentence
            sentence = _sentence_start(self.text, predicate.start())
            named = index.mentions_in(sentence, predicate.start())
            if named and not re.search(r"\b(?:who|which|that)\b",
                                       self.text[named[-1][1]:predicate.start()]):
                return self.person(named[-1][2])
        p_start = base + before.rfind(phrase)
        return self.resolve(phrase, p_start, p_start + len(phrase), done)


_WHO = re.compile(r"\bwho\b")
# A dash closing the words before a relative pronoun ("economists -- who"),
# a dash anywhere (an aside's opening), and a sentence's end.
_DASH_CLOSING = re.compile(r"(?:\s--|\s?[—–]|\s-)\s*$")
_DASH = re.compile(r"\s--\s|\s?[—–]\s?|\s-\s")
_STOP = re.compile(r"[.!?][\"”’')]*\s")
# Where the clause before a relative pronoun opens: after a sentence's end, a
# comma, a colon or a semicolon; not after the dot of an initialism or a
# title, which ends no clause: "a former U.S. trade official who" is the
# official, anonymous, not "trade official".
_CLAUSE_BREAK = re.compile(r"(?:[;:!?,]|\.(?<![\s.][A-Z]\.)" + _NOT_AFTER_TITLE_DOT
                           + r"(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.))[\"”’')]*\s|\n")
# The place or body a role sits in, right before its name: "leader [in] Lower Saxony".
_IN_OR_AT_BEFORE = re.compile(r"\b(?:in|at)\s+$")
# A share of them right before: "A majority of", "Most of", "43 percent of".
_SHARE_OF_BEFORE = re.compile(r"((?:[Aa]n?\s+)?(?:[\w%-]+\s+){0,2}?[\w%-]+\s+of)$")
# "For someone who ...": a sentence opening on the person it is about.
_FOR_SOMEONE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']*\s+|\n)(?:For|As)\s+"
                                 r"(?:someone|somebody|a\s+man|a\s+woman)\s+$")
# The object of a preposition right before a relative pronoun: "for [couples] who".
_GOVERNED_BEFORE = re.compile(r"\b(?:for|to|with|by|from|among|of|against)\s+(?:[\w'’-]+\s+){1,2}$")

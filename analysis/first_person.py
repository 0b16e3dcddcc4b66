"""Who says "I" and "we", and who speaks at a transcript's turn.

:class:`FirstPersonMixin` gives the resolver of :mod:`analysis.speakers` (which
mixes it in beside :class:`analysis.coreference.CoreferenceMixin`) the speaker
of a first-person pronoun: the speaker quoted around it or just before, the
speaker of the transcript turn ("WALLACE: I think") or the interview's answer
("A: ..."), else the article's author, named by a closing bio or credit line
when it has one. :func:`transcript_hosts` tells a transcript's hosts from its
guests. Written by hand, as the rest of the resolver: no offline library reads
transcripts or bylines.
"""

from __future__ import annotations

import re

from analysis.attribution.lexicon import _CAPITALS_LABEL
from analysis.mentions import _paragraph_start, _previous_paragraph_start, _surname_key
from analysis.names import _KNOWN_SURNAMES, known_role
from analysis.role_words import _OUTLET
from analysis.source_types import type_phrase
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE, Resolved

# An opinion piece's closing bio or credit line names its author: "Rep. Raul
# Grijalva, D-Ariz., was an early backer of Bernie Sanders.", "Joel B. Pollak
# is Senior Editor-at-Large at Breitbart News.", "From STEALING AMERICA by
# Dinesh D’Souza."
_AUTHOR_NAME = r"((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){1,3})"
_AUTHOR_BIO = re.compile(
    rf"(?:(?:Rep|Sen|Gov|Dr|Mr|Ms|Mrs)\.\s+)?{_AUTHOR_NAME}(?:,\s+[^,\n]{{1,80}},)?\s+"
    r"(?:is|was|chairs|edits|writes|teaches|directs|heads|leads|serves|co-hosts|hosts)\s"
    rf"|From\s+[^\n]{{1,80}}?\s+by\s+{_AUTHOR_NAME}\.")

# A reader's signature, a line of its own under a letter or a post: a handle
# ("@givens1613.") or a name of two to four words ("Atul M. Karnik."), closed
# by a full stop, as letters pages print it (not a heading: "The Economy").
_SIGNATURE = re.compile(r"(@\w+|[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){1,3})\.")

# A paragraph whose quotes are all words or phrases set inside the writer's
# sentences, each opening after a word in lower case ('the surveys they
# studied aren’t “monolithic,” with some performing better'): no speaker's
# own sentences, whom a "we" after them could go on from.
_PARTIAL_QUOTES_ONLY = re.compile(r"[^\"“]*+(?:(?<=[a-z,] )[\"“][^\"“”]*+[\"”][^\"“]*+)*+")

# A writer's role word: "author", "bestselling author", "writer".
_AUTHOR_WORD = re.compile(r"\b(?:author|writer)s?\b", re.I)

_UNSET = object()  # (a lazy attribute not looked up yet; None is a result)

_FIRST_PERSON_I = re.compile(r"\bI\b(?!\.)")  # (not an initial, "George I. Smith")

# A transcript's speaker label: "WALLACE", "PENCE" (at a turn's start, before
# ":"), or an interview's "Q" and "A".
_LABEL = re.compile(rf"{_CAPITALS_LABEL.pattern}|[AQ]")
# A transcript turn's speaker label at a paragraph start: "FALLIN: I think".
_TURN = re.compile(rf"({_LABEL.pattern}):\s")

_TURN_AT_LINE = re.compile(rf"(?m)^{_TURN.pattern}")  # (a turn opening its paragraph)


def transcript_hosts(text: str) -> set[str]:
    """Lower-case labels of a transcript's hosts or moderators: speakers with
    at least two turns, most of them questions ("WALLACE: Why now?"), in a
    transcript of two or more labelled speakers ("Q" and "A" aside); a label
    of two words counts under its last ("KATE BOLDUAN: ...", then "BOLDUAN:")."""
    turns: dict[str, list[bool]] = {}
    # (a turn opens its paragraph: _TURN tried at the start of each line
    # holding a ":", which closes the label, the line's first; lines with
    # none, most, are skipped by str.find)
    colon = text.find(":")
    while colon >= 0:
        m = _TURN.match(text, text.rfind("\n", 0, colon) + 1)
        if m and m.group(1) not in ("Q", "A"):
            end = text.find("\n", m.end())
            turns.setdefault(m.group(1).split()[-1].lower(), []).append(
                "?" in text[m.end():end if end > 0 else None])
        line_end = text.find("\n", colon)
        colon = text.find(":", line_end) if line_end >= 0 else -1
    if len(turns) < 2:
        return set()
    return {label for label, asks in turns.items() if len(asks) >= 2 and sum(asks) * 2 >= len(asks)}


class FirstPersonMixin:
    """First-person and transcript lookups of the resolver.

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`),
    ``_author_name`` (``_UNSET`` until first used), ``_narrated`` (None until
    first used) and the method ``person`` of the class it is mixed into.
    """

    def _first_person(self, start: int, done: list) -> Resolved:
        """The speaker of "I", "we" at ``start`` (see the module docstring)."""
        for other_start, other_end, res in reversed(done):
            if other_start <= start < other_end and res.speaker:
                return res  # "we" inside a quote: the quoted speaker
        paragraph = self.text[self.text.rfind("\n", 0, start) + 1:start]
        if (paragraph.count('"') % 2 or paragraph.count("“") > paragraph.count("”")
                or not self._narrated_in_first_person() and ('"' in paragraph or "“" in paragraph)
                and not _PARTIAL_QUOTES_ONLY.fullmatch(paragraph)):
            # inside a quote left open in this paragraph, running over
            # paragraphs; or, in a story not told in the first person,
            # after a quote in it (its speaker goes on: '"...," he said.
            # Through it all, we wanted'): the speaker quoted last
            for other_start, other_end, res in reversed(done):
                if other_start < start and start - other_end < 1500 and res.speaker:
                    return res
        label = _TURN.match(self.text, _paragraph_start(self.text, start)) or self._turn_before(start)
        if label:  # "FALLIN: I think ...": the speaker of the transcript turn
            return self._label(label.group(1), label.start())
        signer = self._signed_below(start)
        if signer is not None:  # a reader's letter or post, signed below it
            return signer
        # outside any quote and transcript: the writer (an op-ed, a column),
        # by name when a closing bio gives it
        author = self._author()
        if author is None:
            return Resolved("the author", "media", False)
        res = self.person(author)
        if res.source_type == DEFAULT_PERSON_TYPE or (
                res.source_type == "expert" and self._only_an_author(res.speaker)):
            # a writer the article says nothing more of, or only that they
            # write books ("bestselling author Dinesh D'Souza", "James Bovard
            # is the author of Public Policy Hooligan and a member of USA
            # TODAY's Board of Contributors"): here a columnist
            res.source_type = "media"
        return res

    def _signed_below(self, start: int) -> Resolved | None:
        """The reader who signs the letter or post holding ``start``, as a
        letters page prints one: a paragraph of its own right after the text,
        with the writer's name or handle alone ("I think it is a sure sign we
        need her to be president. / @givens1613." , "... I was moved. / Atul M.
        Karnik. / Edison, N.J."): a member of the public, named; None if the
        next paragraph is no such line."""
        end = self.text.find("\n", start)
        if end < 0:
            return None
        line = self.text[end:].lstrip("\n").split("\n", 1)[0].strip()
        signature = _SIGNATURE.fullmatch(line)
        if signature is None or line.isupper():  # (not a heading: "GOING BROKE FOR RUBIO.")
            return None
        name = signature.group(1)
        if name in self.index.persons:
            return self.person(name)
        return Resolved(name, DEFAULT_PERSON_TYPE, False, not name.startswith("@"))

    def _only_an_author(self, name: str) -> bool:
        """Whether every description of ``name`` that makes an expert does so
        by an author's or a writer's word alone (not "a professor and author")."""
        person = self.index.persons.get(name)
        if person is None:
            return False
        expert = [p for _, p in person.descriptors if type_phrase(p, describes_named=True)[0] == "expert"]
        return bool(expert) and all(
            _AUTHOR_WORD.search(p)
            and type_phrase(_AUTHOR_WORD.sub(" ", p), describes_named=True)[0] != "expert"
            for p in expert)

    def _turn_before(self, start: int, back: int = 4) -> re.Match | None:
        """The turn label opening one of the ``back`` paragraphs before the one
        holding ``start``, in a transcript (two labelled turns before it at
        least): an answer runs on over paragraphs without a label of its own."""
        labels = []
        pos = _paragraph_start(self.text, start)
        for _ in range(back):
            if pos <= 0:
                break
            pos = _previous_paragraph_start(self.text, pos)
            turn = _TURN.match(self.text, pos)
            if turn:
                labels.append(turn)
        if not labels:
            return None
        earlier = _TURN_AT_LINE.search(self.text, 0, labels[0].start())
        return labels[0] if earlier or len(labels) > 1 else None

    def _label(self, label: str, start: int) -> Resolved:
        """A transcript's speaker label ("WALLACE") as the person it names."""
        key = label.lower()
        if label == "A":  # an interview's answers: the person the article is about
            people = self.index.persons
            titled = [n for n in self.index.title_names if n in people]
            if titled:  # "Q&A with Vice President Joe Biden"
                return self.person(titled[0])
            if people:
                name = max(people, key=lambda n: people[n].mentions)
                if people[name].mentions > 1:
                    return self.person(name)
            return Resolved(label, "unspecified", False)
        if label == "Q":  # the interviewer, whom the article does not name: anonymous
            return Resolved("interviewer", "media", True)
        if _OUTLET.fullmatch(label):  # "AP: Trump chair routed ...": an outlet's report, no person,
            # named as the article names it in full ("Associated Press")
            return Resolved(self._acronyms().get(label, label), "media", False)
        if key in self.index.surnames:
            return self.person(self.index.surname_at(key, start))
        # a name the index skipped (in a headline, or after "Sunday"): "Chris
        # Wallace", or the turn's label in full the first time ("KATE BOLDUAN:")
        full = re.search(rf"\b[A-Z][a-z]+(?: [A-Z]\.)? {re.escape(label.title())}\b", self.text)
        caps = None if full or " " in label else re.search(
            rf"(?m)^[A-Z][A-Z'’-]+ {re.escape(label)}(?=:)", self.text)
        name = full.group() if full else (caps.group() if caps else label).title()
        kind = known_role(name) or ("official" if key in _KNOWN_SURNAMES else DEFAULT_PERSON_TYPE)
        return Resolved(name, kind, False, True)  # ("JAKE TAPPER:" a host)

    def _author(self) -> str | None:
        """The author an opinion piece's last two paragraphs name in a bio or a
        credit line, if the article names that person (in full, or by the surname
        of one named in full); looked for on first use, once per article."""
        if self._author_name is _UNSET:
            self._author_name = self._find_author()
        return self._author_name

    def _narrated_in_first_person(self) -> bool:
        """Whether the writer says "I" outside quotes five times or more (a
        memoir, a column): then an "I" after a quote closed before it in its
        paragraph is the writer's ('“... jail.” Just those words. ... I had
        steeled myself'); looked up once per article."""
        if self._narrated is None:
            self._narrated = sum(not self.index.in_quote(m.start())
                                 for m in _FIRST_PERSON_I.finditer(self.text)) >= 5
        return self._narrated

    def _find_author(self) -> str | None:
        paragraphs = [p.strip() for p in self.text.strip().split("\n") if p.strip()][-2:]
        for paragraph in reversed(paragraphs):
            bio = _AUTHOR_BIO.match(paragraph)
            if not bio:
                continue
            name = bio.group(1) or bio.group(2)
            if name in self.index.persons:
                return name
            if " " not in name and _surname_key(name) in self.index.surnames:
                return self.index.surnames[_surname_key(name)]
            return None
        return None

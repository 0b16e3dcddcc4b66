"""Roles and source types of the people an article names.

:class:`PersonRolesMixin` gives :class:`analysis.people.ArticleIndex` (which
mixes it in) the queries that read a person's descriptors for a role: the
person a role refers to ("the senator", "the former president", "the GOP
candidate"), the one given a title before a point or introduced with a role
after it, whether a person runs for office, their party, whether the article
calls them former, and their source type from the article's strongest
description (:func:`analysis.source_types.type_phrase`, by the conventions of
``polnear/SOURCE_TYPES.md``). Written by hand, as the rest of the index.
"""

from __future__ import annotations

import re

from analysis.employers import staff_employer
from analysis.mentions import _previous_sentence_start, _sentence_start, _surname_key
from analysis.names import _KNOWN_SURNAMES, _TITLES, in_race_throughout, is_known_official, known_role
from analysis.role_words import _OFFICE_CHANGING, _PARTY_NAMES
from analysis.source_types import type_phrase
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE, describe

__all__ = ["PersonRolesMixin"]

# The last word of a research firm's name: "Jupiter Research", "Strategy Analytics".
_RESEARCH_FIRM = re.compile(r"\s(?:Research|Analytics)$")

# A word before a role that makes it another office (a deputy prime minister,
# a shadow chancellor), in a phrase and closing the text before one.
_OTHER_OFFICE_WORD = "|".join(sorted({w.rstrip("-") for w in _OFFICE_CHANGING} | {"shadow"}))
_OTHER_OFFICE = re.compile(rf"\b(?:{_OTHER_OFFICE_WORD})[\s-]", re.I)
_OTHER_OFFICE_BEFORE = re.compile(rf"\b(?:{_OTHER_OFFICE_WORD})[\s-]+$", re.I)

# A connective that may open a sentence before its subject: "Instead, ", "But ".
_CONNECTIVE_OPENER = re.compile(r"\s*(?:And|But|Instead|Still|Yet|Meanwhile|However|Then|Now),?\s+")

# Words a qualifier stands for in a descriptor ("the GOP candidate": Republican).
_QUALIFIER_SYNONYMS = {"GOP": "GOP|Republican", "Dem": "Dem|Democratic"}

# A party label and no office: "a Republican", "a Democrat who described himself as ...",
# "a Republican from the Concord area".
_PARTY_LABEL = re.compile(r"an?\s+(?:Republican|Democrat)(?:$|\s+(?:who|from)\b)")

_MILITARY_TITLES = {"gen", "general", "adm", "admiral", "col", "colonel", "lt", "capt", "captain",
                    "maj", "major", "sgt", "sergeant", "cmdr", "commander"}

# A spokesperson whose description names no one they speak for, nor any
# brief or party before it in the text: after a comma, a quote or a verb of
# saying ("..., a spokeswoman, Anna Richardson White, said", '," spokesman
# Stuart Roy said', "said spokeswoman Jill Sutherland"; not "Conservative
# deregulation spokesman John Redwood").
_BARE_SPOKESPERSON = re.compile(r"(?:[Aa]n?\s+)?spokes(?:man|woman|person)")
# A writer or author of nothing named, no newsroom's ("the writer Jared
# Sexton", "conservative writer", "author"; not "staff writer", "writer for
# The Atlantic"): another strong role the article gives, a professor's, says
# more of what the person is.
_BARE_WRITER = re.compile(r"(?:(?:the|a|an)\s+)?(?:(?!staff|senior|contributing|sports)[a-z-]+\s+)?"
                          r"(?:writer|author)", re.I)
_NOTHING_BEFORE = re.compile(r"(?:^|[,;:.!?\"“”'‘’(]|\b(?:said|says|according\s+to|added|adds|told))\s*$")
# A body opening a sentence as its subject: "Facebook created ...", "The group
# also plans ...", "The Rock and Roll Hall alone opened ...".
_BODY_SUBJECT = re.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,4}"
    r"|[Tt]he\s+(?:group|organization|organisation|company|firm|museum|network|union))"
    r"(?=\s+(?:also\s+|alone\s+)?(?:has|have|had|is|was|does|did|will|would|[a-z]+ed|[a-z]+s)\b)")

# A party named in a description ("Republican presidential candidate").
_PARTY_WORD = re.compile(r"\b(?:Republican|GOP|Democratic|Democrat)\b")

_FORMER_WORD = re.compile(r"\b(?:former|ex|retired)\b", re.I)

_CANDIDACY = re.compile(r"nominee|candidate|hopeful|contender|challenger|presidential|running mate", re.I)
# The same, for the lower case of an ASCII phrase, where ignore-case matching
# is matching the lower case: re skips ahead in C to the first letters of a
# pattern matched with case, where it tried the ignore-case one at every position.
_CANDIDACY_LOWER = re.compile(_CANDIDACY.pattern)
# Running for a nomination: "who had failed to win his party's nomination".
_SOUGHT_NOMINATION = re.compile(r"\b(?:win|wins|won|winning|seek|seeks|sought|seeking|lose|loses|lost|"
                                r"losing|secure|secured|clinch|clinched)\s+(?:[\w'’-]+\s+){0,3}nomination\b")


def _candidacy(phrase: str) -> bool:
    """Whether ``phrase`` holds a word of candidacy (:data:`_CANDIDACY`)."""
    if phrase.isascii():
        return _CANDIDACY_LOWER.search(phrase.lower()) is not None
    return _CANDIDACY.search(phrase) is not None


def _sought_nomination(phrase: str) -> bool:
    """Whether ``phrase`` tells of running for a nomination (:data:`_SOUGHT_NOMINATION`,
    searched only where its last word stands: in few descriptions)."""
    return "nomination" in phrase and _SOUGHT_NOMINATION.search(phrase) is not None


def _well_known_politician(name: str) -> bool:
    """A politician of the era named in full ("Donald J. Trump") or by surname alone ("Obama")."""
    return is_known_official(name) or (" " not in name and name.lower() in _KNOWN_SURNAMES)


class PersonRolesMixin:
    """The role and type queries of :class:`analysis.people.ArticleIndex`.

    Expects ``text``, ``persons`` (full name -> :class:`analysis.people.Person`,
    with its descriptors), ``surnames``, ``roles`` and ``former_roles`` (role
    word -> ``(offset, name)`` pairs, from
    :func:`analysis.descriptors.roles_index`), ``_types`` (the cache of
    :meth:`person_type`, empty at first), ``mentions_in`` and ``in_quote``.
    """

    def introduced_after(self, pos: int, limit: int, role: str) -> str | None:
        """The first person named in full for the first time between ``pos``
        and ``limit``, outside quotes, if the article describes that person
        with the role noun ``role``."""
        seen = {name for _, _, name in self.mentions_in(0, pos)}
        for start, end, name in self.mentions_in(pos, limit):
            if name not in seen and not self.in_quote(start) and end - start >= len(name):
                roles = {w for _, phrase in self.persons[name].descriptors for w in phrase.lower().split()}
                if role in roles:
                    return name
            seen.add(name)
        return None

    def _holds_office(self, name: str, word: str, office: str | None) -> bool:
        """Whether ``name`` may hold role ``word``: not when every phrase
        describing them with it makes it another office ("Deputy Prime Minister
        John Prescott", "shadow chancellor Oliver Letwin"), and, for a role of
        two words (``office`` "prime" for "prime minister"), only when a phrase
        gives both (a profile, with no phrase, may)."""
        said = re.compile(rf"\b{re.escape(word)}\b", re.I)  # (built once, not per phrase)
        described = [(at, phrase) for at, phrase in self.persons[name].descriptors if said.search(phrase)]
        own = [phrase for at, phrase in described if not _OTHER_OFFICE.search(phrase)
               and not self._other_office_before(phrase, at)]
        if described and not own:
            return False
        return office is None or not described or any(
            re.search(rf"\b{re.escape(office)}[\s-]+{re.escape(word)}\b", phrase, re.I) for phrase in own)

    def _other_office_before(self, phrase: str, at: int) -> bool:
        """Whether the word before ``phrase``, written near the mention at
        ``at``, makes it another office: "shadow [chancellor] Oliver Letwin"
        (the phrase kept leaves it out)."""
        lo = max(0, at - 100)
        return any(_OTHER_OFFICE_BEFORE.search(self.text, max(0, lo + m.start() - 15), lo + m.start())
                   for m in re.finditer(re.escape(phrase), self.text[lo:at + 100], re.I))

    def person_by_role(self, word: str, pos: int, qualifiers: tuple[str, ...] = (),
                       profiles: bool = True, former: bool = False,
                       office: str | None = None) -> str | None:
        """The person the article describes with role ``word``, nearest before
        ``pos``; among them, those described with all of ``qualifiers`` when any
        are ("the New Jersey governor": not the Ohio governor named last). A
        role known from :func:`~analysis.names.known_profile` stands at each
        mention of its holder (unless ``profiles`` is false). A ``former`` role
        is looked for among former roles first ("the former president": the one
        described as such, Bill Clinton's profile included), else among current
        ones, well-known office holders of the day aside (not Obama). Holders
        of another office ("Deputy Prime Minister", "shadow chancellor") are
        left out, and for a role of two words (``office`` "prime" for "prime
        minister") so are those whose description gives only ``word``."""
        end = len(self.text)
        candidates = [c for c in self.former_roles.get(word, ()) if former]
        # (a profile's former office answers too: "the former president", Bill Clinton)
        told = len(self.text) + 1 if candidates else end
        if not candidates:
            candidates = [c for c in self.roles.get(word, ()) if (profiles or c[0] < end) and not (
                former and _well_known_politician(c[1]))]
        # a deputy or a shadow holds another office; "the prime minister" is
        # one described so (not "welfare minister Frank Field")
        # (asked once for each holder: a name is listed at each of its descriptions)
        holds = {name: self._holds_office(name, word, office) for name in {n for _, n in candidates}}
        candidates = [c for c in candidates if holds[c[1]]]
        if not candidates:
            return None
        profiled = candidates
        # (each qualifier's pattern built once and each holder asked once, not
        # at each of their descriptions the candidates list)
        patterns = [re.compile(rf"\b(?:{_QUALIFIER_SYNONYMS.get(q, re.escape(q))})\b", re.I)
                    for q in qualifiers]
        fits = {name: all(any(p.search(phrase) for _, phrase in self.persons[name].descriptors)
                          for p in patterns)
                for name in {n for _, n in candidates}}
        fitting = [c for c in candidates if fits[c[1]]]
        # a profile answers only a qualified role ("the Texas senator"), not
        # "the senator"; a body's name of two words or more that describes no
        # holder names someone the article does not ("The Scottish National
        # Party's parliamentary leader" is no "Scottish Conservative leader"),
        # where a word may be said otherwise ("the Mexican president",
        # described as "President ... of Mexico")
        candidates = [c for c in (fitting if qualifiers else candidates) if c[0] < told] or (
            fitting if qualifiers else []) or [c for c in candidates if c[0] < told and not any(
                " " in q for q in qualifiers)]
        last_named = {name: start for start, _, name in self.mentions_in(0, pos)}
        if not qualifiers and (not candidates or all(at > pos for at, _ in candidates)):
            # no one described so before: a well-known holder of the role named
            # earlier in the sentence, or in the one before when the role opens
            # its own ("When the moderator pointed out that Trump hadn't
            # answered, the candidate said": Trump, not one the article
            # describes pages later)
            floor = _sentence_start(self.text, pos)  # (at a sentence's start: the one before)
            if _CONNECTIVE_OPENER.fullmatch(self.text, floor, pos):
                # "Instead, the businessman has insisted": the role opens its
                # sentence but for a connective
                floor = _sentence_start(self.text, floor)
            near = [(last_named[name], name) for at, name in profiled
                    if at >= end and last_named.get(name, -1) >= floor]
            if near:
                return max(near)[1]
        if not candidates:
            return None
        # a profile stands where its holder was last named
        placed = [(last_named.get(name, end) if at >= end else at, name) for at, name in candidates]
        before = [c for c in placed if c[0] < pos]
        if not qualifiers and before:
            # a well-known holder of the role named in this sentence or the one
            # before, since the last one the article describes so ("Rubio
            # sought ... Walking into the office, the senator said": Rubio,
            # not Sen. Ted Cruz, described paragraphs earlier)
            floor = _previous_sentence_start(self.text, pos)
            near = [(last_named[name], name) for at, name in profiled
                    if at >= end and last_named.get(name, -1) >= max(floor, max(before)[0] + 1)]
            if near:
                return max(near)[1]
        return (max(before) if before else min(placed))[1]

    def titled_before(self, title: str, pos: int) -> str | None:
        """The person named last before ``pos`` whom the article gives
        ``title`` ("vice president") in a descriptor or a title before a name."""
        pattern = re.compile(rf"\b{title.replace(' ', '[ -]')}\b", re.I)
        holders = {name for name, person in self.persons.items()
                   if any(pattern.search(phrase) for _, phrase in person.descriptors)}
        named = [name for _, _, name in self.mentions_in(0, pos) if name in holders]
        return named[-1] if named else None

    def is_candidate(self, name: str) -> bool:
        """Whether ``name`` runs for office: a candidate of the 2016 race to
        the end, or one the article describes as a nominee, candidate,
        hopeful ..."""
        person = self.persons.get(name)
        return person is not None and (
            in_race_throughout(name) or any(_candidacy(d) for _, d in person.descriptors))

    def party_of(self, name: str) -> str | None:
        """"Republican" or "Democratic" when the article (or a well-known
        politician's profile) gives ``name`` a party, else None."""
        person = self.persons[name]
        if person.party:
            return person.party
        for _, phrase in person.descriptors:
            party = _PARTY_WORD.search(phrase)
            if party:
                return _PARTY_NAMES[party.group().lower()]
        return None

    def described_as_former(self, name: str) -> bool:
        """Whether the article calls ``name`` a former (ex-, retired) something."""
        return any(_FORMER_WORD.search(phrase) for _, phrase in self.persons[name].descriptors)

    def _employs(self, phrase: str) -> bool:
        """Whether a staff role's employer is a body by name, no government's
        and no one this article names (:func:`staff_employer`; "an Obama
        spokesman" is a person's)."""
        employer = staff_employer(phrase)
        return bool(employer) and _surname_key(employer) not in self.surnames and not any(
            employer in name.split() for name in self.persons)

    def _bare_at(self, phrase: str, at: int) -> bool:
        """Whether the description ``phrase`` of a person named at ``at``
        (before the name or after it) has nothing before it in the text but a
        comma, a quote or a verb of saying (:data:`_NOTHING_BEFORE`)."""
        pos = self.text.rfind(phrase, max(0, at - 40), at + len(phrase))
        return pos >= 0 and _NOTHING_BEFORE.search(self.text, max(0, pos - 20), pos) is not None

    def _spoken_for(self, at: int) -> str | None:
        """The type of the body a spokesperson whose description names no one
        (at ``at``) speaks for: a business, group or outlet opening this
        sentence or the one before as its subject, by no person's name
        ("Facebook created the tool ..., a spokeswoman, Anna Richardson White,
        said"; "The group also plans to run ads. ... spokesman Stuart Roy
        said"); None if none (a spokesman is a government's by default)."""
        for lo in (_sentence_start(self.text, at), _previous_sentence_start(self.text, at)):
            opener = _CONNECTIVE_OPENER.match(self.text, lo)
            m = _BODY_SUBJECT.match(self.text, opener.end() if opener else lo)
            if not m or _surname_key(m.group(1)) in self.surnames or m.group(1) in self.persons:
                continue
            kind = describe(m.group(1)).source_type
            if kind in ("organization", "media", "expert"):
                return kind
        return None

    def person_type(self, name: str) -> str:
        """Type from the article's strongest description of ``name`` (first one on ties)."""
        if name not in self._types:
            best, strength, seen = None, 0, set()
            bare_writer = False  # whether ``best`` comes from a writer of nothing named
            known = _well_known_politician(name)
            for at, phrase in sorted(self.persons[name].descriptors):
                if (strength == 2 and not bare_writer and not _candidacy(phrase)
                        and not _sought_nomination(phrase)):
                    # (a clear type settled, which only a writer's gives way:
                    # a later phrase counts only for a candidacy, and is typed
                    # only for one; strength is at most 2)
                    continue
                kind, s = type_phrase(phrase, describes_named=True)
                if kind in ("document", "unspecified"):  # a person is neither
                    continue
                if kind == "official" and self._employs(phrase):
                    kind = "organization"  # "a Lufthansa spokesman", "head of Preventon"
                elif (kind == "official" and _BARE_SPOKESPERSON.fullmatch(phrase)
                      and self._bare_at(phrase, at)):
                    kind = self._spoken_for(at) or kind  # "Facebook created ..., a spokeswoman"
                if phrase.rstrip(".").lower() in _MILITARY_TITLES:
                    s = 1  # retired officers keep the title: "Gen. Barry McCaffrey, the former ..."
                if kind == "official" and _PARTY_LABEL.match(phrase):
                    s = 1  # voters have parties too: "a Republican who ..., an actor"
                    if " from " in phrase:
                        kind = "public"  # "a Republican from the Concord area": a voter there
                if (kind == "official" and _candidacy(phrase)) or _sought_nomination(phrase):
                    seen.add("candidate")  # (and "failed to win his party's nomination")
                if kind and (s > strength or s == 2 and bare_writer
                             and kind not in ("public", "former_official")):
                    # ("the writer Jared Sexton, who teaches at Georgia Southern
                    # University": the professor, an expert, not a journalist;
                    # "The conservative writer David Frum, ..., a former
                    # speechwriter for George W. Bush": a writer now)
                    best, strength = kind, s
                    bare_writer = _BARE_WRITER.fullmatch(phrase.strip()) is not None
            if best == "official" and known_role(name) == "former_official" and all(
                    phrase.rstrip(".").lower() in _TITLES
                    for _, phrase in self.persons[name].descriptors
                    if type_phrase(phrase)[0] == "official"):
                best = "former_official"  # "President Bush", "President Clinton": a former president
            if best == "public" and " " in name and known_role(name) not in (None, "public"):
                best = None  # "a mother of three" leaves a host a host (Megyn Kelly)
            if best is None or known and best not in ("official", "former_official"):
                # a politician of the era stays one ("Trump supporters" says
                # nothing about Trump's own role; "the businessman" is the
                # candidate, per SOURCE_TYPES.md); a well-known host, staffer
                # or former president takes that role when the article gives none
                best = "official" if known else (
                    known_role(name) if best is None and " " in name else None) or DEFAULT_PERSON_TYPE
            elif best == "former_official" and ("candidate" in seen or known and (
                    in_race_throughout(name) or not any(
                        _FORMER_WORD.search(p) and not _candidacy(p)
                        for _, p in self.persons[name].descriptors))):
                # (a well-known politician whose campaign ended early is what
                # the article calls him, "former Arkansas Gov. Mike Huckabee";
                # "a former presidential candidate", John McCain, is still a senator)
                best = "official"  # "former secretary of state" and now the nominee
            elif "candidate" in seen or best != "former_official" and any(
                    phrase == "politician" for _, phrase in self.persons[name].descriptors):
                # a candidate, whatever else ("billionaire businessman"); a party
                # tag or an election makes an office holder ("Judiciary Committee
                # Chairman Bob Goodlatte (R-Va.)")
                best = "official"
            if best == DEFAULT_PERSON_TYPE and _RESEARCH_FIRM.search(name):
                # a research firm the index holds by its name, as a surname
                # takes it up ("Forrester said"): analysts, no one of the public
                best = "expert"
            self._types[name] = best
        return self._types[name]

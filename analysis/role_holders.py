"""Role holders for source resolution: the person a role phrase stands for
when the article names the holder nearby or once ("Tony Blair has predicted
... The prime minister said", "A spokesman for Hillary Clinton" -> the one
Clinton spokesman named).

:class:`RoleHoldersMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in, beside
:class:`analysis.named_sources.NamedSourcesMixin`, which asks them for a
title no one named holds): a role phrase opening its sentence after one
that names a person the article gives no role (:meth:`_named_just_before`),
an owner's sole holder of a role (:meth:`_sole_holder`), and the roles that
type people the article otherwise describes nowhere
(:meth:`roles_opening_sentences`). Written by hand: no coreference model can
be downloaded at run time.
"""

from __future__ import annotations

import re

from analysis.mentions import _SENTENCE_END, _sentence_start
from analysis.names import census_gender, is_known_official
from analysis.phrase_words import _tokens
from analysis.role_words import _BODY_NOUNS, _WORD_TYPE
from analysis.source_types import type_phrase
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE

# Capitalised titles (or nothing) before the name opening a sentence: "Sen.", "Supreme Court Justice".
_TITLES_ONLY = re.compile(r"[\"“'‘]?(?:[A-Z][\w.'’-]*\s+)*")
# What may open a sentence before a role phrase that stands for the person just
# named: "But the outgoing European Commissioner said", and the quote the role
# phrase attributes: "“Britain is heading in the wrong direction”, the
# Conservative leader said".
_QUOTE_THEN_ROLE = re.compile(r"\s*[\"“][^\"“”]+[\"”]\s*,?\s*|\s*[\"“][^\"“”]+,\s*[\"”]\s*")
# A fronted phrase before it: "In a speech in Edinburgh, the prime minister said".
_FRONTED = r"(?:In|At|On|During|After|Before|Speaking|Writing)\b[^,.;:\"“”]{0,50},\s+"
_ROLE_LEAD = re.compile(rf"(?:{_QUOTE_THEN_ROLE.pattern})"
                        rf"|\s*(?:But|And|Yet|However,|Earlier,?|Later,?)\s+|\s*{_FRONTED}")
# A role phrase opening a sentence as its subject: "The prime minister was
# speaking ...", "But the chancellor said".
# (found by its "the", then checked from the sentence's start: a pattern
# opening with lookbehinds would make re try every position)
_ROLE_OPENS = re.compile(r"[Tt](?<![\w-].)he\s+((?:[\w'’-]+\s+){0,3}?(?:prime minister|[a-z]+))"
                         r"\s+(?=[a-z])")
_ROLE_OPENS_LEAD = re.compile(rf"(?:(?:But|And|Yet)\s+)?(?:{_FRONTED})?")
# Offices one person holds, for a role phrase opening a sentence (not "The
# nonprofit paid", "The Pentagon said": bodies).
_PERSON_OFFICES = {"leader", "minister", "premier", "chancellor", "secretary", "president",
                   "commissioner", "governor", "senator", "mayor", "chairman", "ambassador",
                   "candidate", "nominee", "mp", "msp", "mep", "congressman", "congresswoman",
                   "spokesman", "spokeswoman", "spokesperson"}
# Such an office, after at most one more lower-case word, then a verb:
# "The information [commissioner] says".
_OFFICE_NEXT = re.compile(r"(?:\s+[a-z]+)?\s+(?:" + "|".join(sorted(_PERSON_OFFICES)) + r")(?=\s+[a-z])")
# Heads whose holders are named by a role "former" too ("The former Labour leader").
_LEADERS = {"leader", "minister", "chancellor", "secretary", "president", "commissioner",
            "governor", "senator", "mayor", "chairman"}
# Heads of bodies, never of a person's role: "Glenn Hoddle will be unveiled as
# the new manager on Tuesday. The club has confirmed" (the club, not Hoddle).
_NO_ROLE_HEADS = _BODY_NOUNS | {"club"}


def _next_sentence(text: str, pos: int) -> int:
    """Start of the sentence after the one holding ``pos`` (the text's end if none)."""
    end = _SENTENCE_END.search(text, pos)
    return end.end() if end else len(text)


# One holder of a role of a named person or body: "A spokesman for Democratic
# presidential candidate Hillary Clinton", "a spokeswoman for MTV".
_ROLE_OF_OWNER = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z-]+)\s+(?:for|to|of)\s+"
                            r"(?:\S+\s+){0,4}?(?P<owner>(?:[A-Z][\w.'’-]+\s+)*[A-Z][\w'’-]+)")


class RoleHoldersMixin:
    """Role phrases resolved to the person holding the role (see the module docstring).

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`) and
    ``spoken`` (the resolver's attributions so far) on the instance.
    """

    def _roleless_before(self, tokens: list[str], head: str, start: int) -> str | None:
        """"Ruth Bader Ginsburg regrets her insults ... The Supreme Court justice
        said", "... from Charles Kennedy. The Lib Dem leader said", "The former
        Labour leader": a role phrase opening its sentence after one naming a
        person the article gives no role is that person (no one else holding
        the role; see :meth:`_named_just_before`)."""
        if (tokens[-1] != head or _WORD_TYPE.get(head) in (None, "document", "unspecified", "public")
                or head in _NO_ROLE_HEADS or "and" in tokens or "former" in tokens and head not in _LEADERS):
            return None  # (not "the man": someone new, as often as not)
        name = self._named_just_before(start, head)
        if (name and self._given_no_role(name)
                and self.index.person_type(name) in (DEFAULT_PERSON_TYPE, _WORD_TYPE[head])
                and self._a_person(name)):
            return name
        return None

    def _sole_holder(self, clean: str) -> str | None:
        """The person an unnamed holder of a role of a named person or body is,
        when the article names exactly one holder of that role of theirs ("A
        spokesman for Democratic presidential candidate Hillary Clinton", and
        "Clinton spokesman Brian Fallon" later); None otherwise."""
        m = _ROLE_OF_OWNER.fullmatch(clean)
        if m is None:
            return None
        owner = re.compile(rf"\b{re.escape(m.group('owner').split()[-1])}\b")
        holders = {name for _, name in self.index.roles.get(m.group("role"), ())
                   if any(owner.search(phrase) for _, phrase in self.index.persons[name].descriptors)}
        return holders.pop() if len(holders) == 1 else None

    def _given_no_role(self, name: str) -> bool:
        """Whether the article describes ``name`` nowhere and no profile of a
        well-known politician does."""
        return not self.index.persons[name].descriptors and not is_known_official(name)

    def _a_person(self, name: str) -> bool:
        """Whether ``name`` has a gender from the article or a first name (not
        "Elks Lodge", "Arab League")."""
        return bool(self.index.persons[name].gender or census_gender(name.split()[0]))

    def roles_opening_sentences(self) -> dict[str, str]:
        """Name -> type, for people the article gives no role but calls by one
        as the subject of the sentence after one that names them alone:
        "Tony Blair has predicted ... The prime minister was speaking"
        (official), "... it was put to Mr Kinnock ... But the outgoing
        European Commissioner said"; or as the subject of a lead that names
        no one, before the sentence that names them alone ("The prime minister
        has defended ... Tony Blair said"). Rule 2 of SOURCE_TYPES.md: the
        role types them in every attribution."""
        text, index = self.text, self.index
        found: dict[str, str] = {}
        if "he " not in text:  # (no "the"/"The" at all: nothing to find)
            return found
        for m in _ROLE_OPENS.finditer(text):
            if text[m.start()] == "t" and text[m.start() - 2:m.start()] not in (", ", "t ", "d "):
                continue  # (a lower-case "the" opens no sentence but after "But", "And", ", ")
            phrase = m.group(1)
            office = None if phrase.split()[-1] in _PERSON_OFFICES else _OFFICE_NEXT.match(text, m.end(1))
            if office:  # the shortest phrase stopped at a modifier: "The information [commissioner] says"
                phrase = text[m.start(1):office.end()]
            tokens = _tokens(phrase)
            head = tokens[-1] if tokens else ""
            if head not in _PERSON_OFFICES:
                continue  # (asked below too: first, as the sentence's start costs more)
            sentence = _sentence_start(text, m.start() + 1)
            if not _ROLE_OPENS_LEAD.fullmatch(text, sentence, m.start()):
                continue
            kind, strength = type_phrase(phrase)
            if (strength < 1 or head not in _PERSON_OFFICES or index.in_quote(m.start())
                    or "former" in tokens and head not in _LEADERS or "and" in tokens):
                continue
            before = _sentence_start(text, max(0, sentence - 2))
            if sentence == 0 and not index.mentions_in(0, _next_sentence(text, 0)):
                # the lead names no one: the one the next sentence names ("The
                # prime minister has defended ... Tony Blair said")
                before = _next_sentence(text, 0)
                sentence = _next_sentence(text, before)
            named = {name for _, _, name in index.mentions_in(before, sentence)}
            if len(named) != 1 or before >= sentence:
                continue
            name = named.pop()
            if (not self._given_no_role(name) or name in found or not self._a_person(name)
                    or index.person_by_role(head, m.start(1))):
                continue  # (a role someone named holds: not this one's)
            found[name] = kind
        return found

    def _named_just_before(self, start: int, head: str = "") -> str | None:
        """The person a role phrase at ``start`` (of ``head``) stands for, named in
        the sentence before and given no role there or anywhere (None if someone
        named there is given that role): the one such
        person quoted last, else the person named last if such, else the one
        whose name opens that sentence (titles before the name allowed).
        The phrase must open its sentence (after "But", "And" or an adverb of
        time) or follow the quote it attributes ("“...,” the Conservative
        leader said"); else None."""
        text, index = self.text, self.index
        sentence = _sentence_start(text, start + 1)
        lead = text[sentence:start]
        if lead.strip(" \"“'‘") and not _ROLE_LEAD.fullmatch(lead):
            return None  # the phrase does not open its sentence
        if _QUOTE_THEN_ROLE.fullmatch(lead):  # (after a quote: the sentence before the quote)
            sentence = _sentence_start(text, sentence + 1)
        before = _sentence_start(text, max(0, sentence - 2))
        named = index.mentions_in(before, sentence)
        if not named or before >= sentence:
            return None
        if head and any(head in phrase.lower().split() for _, _, name in named
                        for _, phrase in index.persons[name].descriptors):
            return None  # someone named there holds the role ("Cross ... the GOP speechwriter")
        roleless = [name for _, _, name in named if self._given_no_role(name)]
        quoted = next((res.speaker for s_start, _, _, _, res in reversed(self.spoken)
                       if s_start < start), None)
        if quoted in roleless:
            return quoted
        if named[-1][2] in roleless:
            return named[-1][2]  # the last named ("... from Charles Kennedy. The Lib Dem leader")
        return named[0][2] if _TITLES_ONLY.fullmatch(text, before, named[0][0]) else None

"""Bodies named by where they are from: "The Swedish firm", "The German
club", "South Korea's top car maker", as news style takes up the company or
club it has just named ("Electrolux saw its shares rise ... The Swedish firm
said": Electrolux), and "German airline Lufthansa", a place and a kind of
body describing a name rather than being one.

:class:`PlaceEpithetsMixin` holds these lookups for the resolver of
:mod:`analysis.speakers`, beside :class:`analysis.bodies.BodyNamesMixin`,
whose ``_body_name`` it uses. Written by hand: no entity-linking model can be
downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.bodies import (
    _ANY_KIND,
    _KIND_OF_NOUN,
    _NAME_RE,
    _PLACE_ADJECTIVES,
    _PLACE_ONLY,
    _PLACE_PREPOSITION_BEFORE,
    _SHARES_IN,
)
from analysis.mentions import _SENTENCE_END, _previous_paragraph_start, _sentence_start
from analysis.phrase_words import _TRAILING_POSSESSIVE
from analysis.role_words import _COUNTRIES, _STATES, _WORD_TYPE


# A body described by the place it is from, as news style takes up a company
# or club just named: "The Swedish firm", "The German club", "The US-German
# firm", "The Canada-based company" (the place's adjective, or a place and
# "-based"; its head a noun of a kind of body, or "club").
_PLACE_EPITHET = re.compile(
    rf"[Tt]he\s+(?P<place>(?:{_PLACE_ADJECTIVES})(?:-(?:{_PLACE_ADJECTIVES}))*|[A-Z][\w.]*-based)"
    rf"\s+(?P<head>{_ANY_KIND}|club)")
# ... or by its rank in a place or the world: "South Korea's top car maker",
# "The UK's biggest mortgage lender", "Europe's biggest drugmaker" (one body,
# no plural: "Britain's biggest banks" are some).
_RANKED_EPITHET = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|world|nation|country)['’]s\s+"
    r"(?:(?:second|third|fourth|fifth)[\s-]+)?(?:[a-z]+est|top|leading|No\.?\s*\d+|number\s+(?:one|two|three))"
    rf"\s+(?:[a-z-]+\s+){{0,2}}(?P<head>{'|'.join(n for n in _KIND_OF_NOUN if not n.endswith('s'))})")
# The places such a rank is in that hold many others: no place is another's there.
_REGIONS = {"world", "nation", "country", "europe", "asia", "africa", "america", "the world"}
# Another place given a name right before it ("India's HCL Technologies",
# "Japanese rival Nissan") or in apposition after it ("Fiat, Italy's largest
# private sector employer"): a body of that place, no other's epithet.
_PLACE_WORD = rf"(?:{_PLACE_ADJECTIVES}|[A-Z][a-z]+['’]s)"
_PLACE_BEFORE = re.compile(rf"\b({_PLACE_WORD})[^\S\n]+(?:[a-z-]+[^\S\n]+){{0,3}}$")
_PLACE_AFTER = re.compile(rf",\s+(?:the\s+)?({_PLACE_WORD})\s")
# Aliases of a place, to compare with an epithet's ("American" is the US's).
_PLACE_ALIASES = {"us": "us", "u.s.": "us", "american": "us", "america": "us", "uk": "uk",
                  "british": "uk", "britain": "uk", "english": "uk", "england": "uk"}

# A preposition that puts a place after it: "a plant [near] Hamburg".
_NEAR_BEFORE = re.compile(r"\b(?:[Nn]ear|[Oo]utside)\s+$")
# What may open a sentence before a body that is its subject: a chunk set off
# by a comma, "Shares in", and a description in apposition or a noun of its
# kind ("At 3GSM, Siemens showed", "Shares in UK Coal", "the world's largest
# package delivery company, UPS, said", "Video game firm Bioware").
_SUBJECT_LEAD = re.compile(rf"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}},\s+)?(?:[Ss]hares\s+(?:in|of)\s+)?"
                           rf"(?:(?:[Tt]he\s+)?(?:[\w'’-]+\s+){{0,6}}?(?:{_ANY_KIND})(?:,\s+|\s+))?(?:[Tt]he\s+)?")
# A sentence a description of a body opens as its subject: "The company, which makes".
_BODY_DESCRIBED_OPENING = re.compile(rf"[Tt]he\s+(?:[a-z][\w'’-]*\s+){{0,4}}?(?:{_ANY_KIND})\b(?!\s+[A-Z])")
# A verb after a name opening a sentence: "Volkswagen [is] considering".
# (no "-s": "House [prices] rose" is no verb's)
_VERB_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|said|says|saw|sees|"
                         r"made|took|gave|won|lost|fell|rose|[a-z]+ed)\b")


def place_epithet(clean: str) -> re.Match | None:
    """The match of :data:`_PLACE_EPITHET` or :data:`_RANKED_EPITHET` for a
    whole source (its group "head" the kind of body), else None."""
    return _PLACE_EPITHET.fullmatch(clean) or _RANKED_EPITHET.fullmatch(clean)


def _place_key(word: str) -> str:
    """What a place's name or adjective is compared by: its alias, else its
    first four letters ("Germany's", "German": "germ")."""
    word = _TRAILING_POSSESSIVE.sub("", word).lower()
    return _PLACE_ALIASES.get(word, word[:4])


class PlaceEpithetsMixin:
    """Bodies behind place epithets (see the module docstring). Mixed into the
    resolver of :mod:`analysis.speakers`, which supplies ``text``, ``index``
    and :meth:`analysis.bodies.BodyNamesMixin._body_name`."""

    def _described_by_place(self, start: int, end: int) -> str | None:
        """The body that a place and a kind of body between ``start`` and
        ``end`` describe: the name right after them ("German airline
        [Lufthansa]", "Australian brewer [Fosters]"), else, after "the", the
        body such an epithet takes up (:meth:`_place_epithet_body`: "The
        German-US carmaker saw ..." after "parent DaimlerChrysler"); None
        if neither."""
        after = _NAME_RE.match(self.text, end + 1) if self.text[end:end + 1] == " " else None
        if after and not self.index.mentions_in(after.start(), after.end()):
            return self._body_name(_TRAILING_POSSESSIVE.sub("", after.group()))
        the = max(0, start - 4)
        if self.text[the:start].lower() == "the ":
            return self._place_epithet_body(self.text[the:end], the)
        return None

    def _place_epithet_body(self, clean: str, start: int) -> str | None:
        """"The Swedish firm", "The German club" (:data:`_PLACE_EPITHET`),
        "South Korea's top car maker" (:data:`_RANKED_EPITHET`, of a country
        or a region) -> the body named just before that it takes up: in this sentence before it,
        else in the nearest sentence before that names one (in this paragraph
        or the one before), the body that sentence opens with as its subject
        ("Electrolux saw its shares rise ... The Swedish firm said"; after
        "Shares in", a noun of its kind or a chunk set off by a comma: "At
        3GSM, Siemens showed ... The German company said"), else the last it
        names ("a race between GM and DaimlerChrysler ... The German firm
        wanted"). A sentence a description of a body opens ("The company,
        which makes games such as ...") is passed over: its names are what
        that body did. Not a country, nor a body named later in the epithet's
        own sentence ("The US firm agreed ... to buy Fiat": someone else), nor
        one the article gives another place ("India's HCL Technologies" is no
        "US company"). None if there is none."""
        epithet = place_epithet(clean)
        if epithet is None or clean.startswith("The") and _sentence_start(self.text, start + 1) != start:
            return None  # (a capital "The" inside a sentence opens a name: "by The Australian newspaper")
        owner = epithet.groupdict().get("owner")
        if owner and owner.lower() not in _COUNTRIES | _STATES | _REGIONS | _PLACE_ALIASES.keys():
            return None  # ("Mr Tellier's top ... firm": no place's)
        places = (None if owner and owner.lower() in _REGIONS
                  else {_place_key(owner.split()[-1])} if owner
                  else {_place_key(p) for p in epithet.group("place").removesuffix("-based").split("-")})
        text = self.text
        floor = _previous_paragraph_start(text, start)
        stop = _SENTENCE_END.search(text, start + len(clean))
        own = text[start + len(clean):stop.start() if stop else len(text)]  # the rest of its sentence
        begin, end = _sentence_start(text, start + 1), start
        while end > floor:
            described = begin < start - 1 and _BODY_DESCRIBED_OPENING.match(text, begin, end)
            names = [] if described else [(name, at) for name, at in self._place_body_names(begin, end, places)
                                          if not re.search(rf"\b{re.escape(name)}\b", own)]
            if names:
                first, at = names[0]
                lead = _SUBJECT_LEAD.match(text, begin, at)
                if lead and lead.end() == at and not self.index.mentions_in(at, at + len(first) + 30):
                    return first  # (not "Euronext chief Jean-Francois Theodore": a person's role)
                return names[-1][0]
            if begin <= floor:
                break
            begin, end = max(floor, _sentence_start(text, begin - 2)), begin
        return None

    def _place_body_names(self, begin: int, end: int, places: set[str] | None) -> Iterator[tuple[str, int]]:
        """The names between ``begin`` (a sentence's start) and ``end`` that can
        name a body of one of ``places`` (keys of :func:`_place_key`; None: of
        any place), with where each starts: outside quotes and headlines, no
        person's, country's or place's, no lone word the article also writes
        in lower case or that only opens this sentence ("Shares",
        "Separately"), nor a person's role ("Analysts"), nor a place after a
        preposition ("in Bremen"), and none the article gives another place,
        before it or in apposition."""
        text = self.text
        for m in _NAME_RE.finditer(text, begin, end):
            name = self._body_name(_TRAILING_POSSESSIVE.sub("", m.group()))
            lone = " " not in name if name else False
            if (name is None or self.index.in_quote(m.start()) or self.index.in_headline(m.start())
                    or self.index.mentions_in(m.start(), m.end())
                    or name.lower() in _COUNTRIES or _PLACE_ONLY.fullmatch(name)
                    or lone and _WORD_TYPE.get(name.lower()) not in (None, "media", "organization")
                    or lone and re.search(rf"\b{re.escape(name.lower())}\b", text)
                    or lone and m.start() == begin and not self._names_a_thing(name, m.end())):
                continue
            before = max(0, m.start() - 12)
            if ((_PLACE_PREPOSITION_BEFORE.search(text, before, m.start())
                 or _NEAR_BEFORE.search(text, before, m.start()))
                    and not _SHARES_IN.search(text, before, m.start())):
                continue  # a place: "a plant in Bremen", "near Hamburg" (not "Shares in Cairn Energy")
            if places is not None and any(_place_key(other.group(1)) not in places
                   for at in re.finditer(rf"\b{re.escape(name)}\b", text)
                   for other in (_PLACE_BEFORE.search(text, max(0, at.start() - 40), at.start()),
                                 _PLACE_AFTER.match(text, at.end())) if other):
                continue
            yield name, m.start()

    def _names_a_thing(self, word: str, end: int) -> bool:
        """Whether ``word``, opening a sentence where it ends at ``end``, is a
        name: one the article writes capitalised inside a sentence, or the
        subject of a verb after it ("Volkswagen is considering", "Electrolux
        saw"), not just a sentence's first word ("Separately,", "Shares in")."""
        return (re.search(rf"[\w,] {re.escape(word)}\b", self.text) is not None
                or _VERB_AFTER.match(self.text, end) is not None)

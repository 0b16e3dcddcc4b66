"""Described sources for source resolution: the person or body a description
in a source span stands for.

:class:`DescribedSourcesMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in): a definite description to the
person an earlier source of the same head word was ("the justice"), to the
one the article introduces next or quoted just before ("The Pentagon's top
adviser", "The influential delegate"), or to the one it names first ("said
the American"); "his"/"her" phrases to their owner, a relative or the
owner's staff ("his remarks", "his son", "his wife, Jane", "her campaign");
"the campaign" to the candidate's; a role opening a headline ("Saudi prince
mocks Trump"); a name given right after an indefinite description ("a super
PAC called Future 45"); and "some", "others" to the group named before them.
What stays unnamed is typed as written (:mod:`analysis.unnamed_sources`).
Written by hand: no coreference or entity-linking model can be downloaded at
run time.
"""

from __future__ import annotations

import functools
import re

from analysis.bodies import _ACRONYM_ONLY, _DEFINITE_ONE, _KIND_OF_NOUN, _KIND_THEN_NAME, KIND_TYPE
from analysis.coreference import _first_name_gender, _head_fits_gender, _one_person, quoted_recently
from analysis.mentions import _SENTENCE_END, _paragraph_start, _previous_paragraph_start, _sentence_start
from analysis.names import _MONTHS_DAYS, canonical_name, census_gender, is_known_official, known_role
from analysis.person_lookups import _OFFICE_TITLES
from analysis.phrase_words import _TRAILING_POSSESSIVE, _is_plural, _tokens
from analysis.place_epithets import place_epithet
from analysis.role_words import (
    _BODY_NOUNS,
    _INSTITUTIONS,
    _KIN,
    _OFFICE_CHANGING,
    _STANCE_ONLY,
    _STRIP,
    _WORD_TYPE,
)
from analysis.source_types import type_phrase
from analysis.unnamed_sources import (
    DEFAULT_PERSON_TYPE,
    Resolved,
    _head_word,
    describe,
    names_a_set_of_bodies,
)

# What a person says or thinks, standing for the person ("his remarks", "her
# view"); statements and plans are documents (SOURCE_TYPES.md), typed as such.
_SPEECH_NOUNS = set("""
remarks comments criticism criticisms assumption assumptions idea ideas view views argument
arguments claim claims words message answer answers response reply warning warnings promise
promises pledge vow belief beliefs position stance complaint complaints suggestion insistence
contention
""".split())

# A possessive inside a quantified group: "Many of [her] Republican supporters".
_QUANTIFIED_OWNER = re.compile(r"(?i:many|some|most|several|few|all|none|one|two|three|both|"
                               r"each|others|more|hundreds|thousands|dozens)\s+of\s+(his|her)\s")

# "Those close to [him]"
_OBJECT_PRONOUN = re.compile(r"\b(?:to|of|for|with|around|near)\s+(him|her)$", re.I)

# Words a role opens with that headlines do not drop: a determiner or an owner
# ("Saudi prince mocks Trump" drops one; "his spokesman", "Scotland's justice
# minister" keep theirs).
_HEADLINE_DROPS = {"a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "one"}
_OWNER_IN = re.compile(r"\w['’]s?\s")
# What may stand before the name a lead opens with: a dateline ("CLEVELAND -",
# "WASHINGTON (AP) —") and up to five words of title, no clause ("House
# Oversight Committee Chairman", "Former Bill Clinton pollster").
_LEAD_DATELINE = re.compile(r"[A-Z][A-Z .,]+(?:\([^)]*\))?\s*[-—–]+\s*")
_LEAD_TITLE = re.compile(r"(?:(?!(?i:the|a|an|of|in|on|at|as|is|was|who|that|and|but|for|to|with|"
                         r"by|after|when|while|since|if)\s)[\w.’'-]+\s+){0,5}")

# A person named by a generic noun alone, no role given: "the woman", "that person".
_GENERIC_PERSON = re.compile(r"(?:[Tt]he|[Tt]hat)\s+(man|woman|person|source)")
_GENDER_OF_NOUN = {"man": "m", "woman": "f"}

# A quantifier alone: a part of a group the article has just named.
_QUANTIFIERS = {"some", "others", "many", "most", "several", "few", "another", "both"}
# A poll's share counting the group after it: "81 percent of [Democrats]",
# "nine of 10 [Republicans]" (ending right before the group; not "half" or "a
# majority", which count lawmakers' votes too).
_SHARE_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:%|percent|per cent)"
                           r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:of|in|out of)\s+"
                           r"(?:10|ten))\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "according to" right before a source, opening a sentence or inside one.
_ACCORDING_TO = re.compile(r"(?:\baccording|(?:[.!?\n]\s*|^)According)\s+to\s+$")
# A cue of a post online: "Another tweeted", "one person posted".
_POSTED_ONLINE = re.compile(r"(?:re)?tweet(?:ed|s|ing)?\b|post(?:ed|s|ing)\b", re.I)

# One person by nationality alone: "the American", "The 55-year-old Frenchman".
_NATIONAL_OF_ONE = re.compile(
    r"[Tt]he\s+(?:(?:\d+-year-old|young|veteran|teenage)\s+)?"
    r"(?:American|Briton|Scot|Scotsman|Englishman|Welshman|Irishman|Frenchman|Dutchman|Spaniard|"
    r"German|Russian|Czech|Slovak|Pole|Brazilian|Argentine|Argentinian|Australian|Aussie|Kiwi|"
    r"New Zealander|South African|Italian|Swede|Dane|Finn|Norwegian|Belgian|Croat|Serb|Swiss|"
    r"Austrian|Portuguese|Japanese|Chinese|Canadian|Kenyan|Ethiopian|Jamaican|Moroccan|Chilean|"
    r"Ukrainian|Romanian|Greek|Frenchwoman|Englishwoman|Scotswoman|Irishwoman|Welshwoman|Dutchwoman)")
# A name given right after a description: "A newly formed super PAC [called Future 45]".
_CALLED_AFTER = re.compile(r"\s+(?:called|named|dubbed)\s+"
                           r"([A-Z][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|for|and))*)")
_INDEFINITE_OPENING = re.compile(r"(?i:an?)\s")
# An indefinite description of one person: "a veteran diplomat", "one of the
# former prosecutors for David Petraeus".
_ONE_OF = frozenset({"a", "an", "one"})
# What may open a sentence before its main clause's subject: nothing, a
# conjunction or an adverb ("But", "Now,"), or a fronted phrase closed by a
# comma ("But even as Trump claimed ..., ").
_MAIN_SUBJECT_BEFORE = re.compile(r"(?:(?:But|And|Yet|So|Now|Still),?\s+|.*,[”\"’']?\s+)?", re.S)
# The nouns of sources news keeps unnamed ("a senior administration official",
# "a source", "an aide"): no delayed name, whoever the next sentence names.
_ANONYMOUS_SOURCE_NOUNS = frozenset("""official officials source sources aide aides spokesman
spokeswoman spokesperson staffer staffers insider insiders person people member members""".split())
# A sentence that keeps its source unnamed on purpose.
_KEPT_UNNAMED = re.compile(r"anonymity|not authorized|(?:be|being)\s+(?:named|identified)")
# What follows a name that opens its sentence as the subject: a comma (an
# apposition), a party in brackets, or a verb in lower case.
# (not a caption's name and age, "Geert Supré, 56.", nor one of two joined,
# "Michael Howard and John Redwood said")
_SUBJECT_AFTER_NAME = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?"
                                 r"(?:,(?!\s*\d+\s*\.)|(?!(?:and|or|nor)\b)[a-z]+\b)")
_QUOTE_OPENS = re.compile(r"\s*[\"“‘']")
# What an epithet for the person just quoted does not end in, nor hold.
_NOT_ONE_PERSON = _BODY_NOUNS | {"body", "charity", "employer"}
_COMPLEMENT = re.compile(r"\s(?:of|for|to|at|in|with)\s|['’]s?\s")
# A definite description: "The Pentagon's top adviser", "Hillary Clinton's right-hand woman".
_DEFINITE_PERSON = re.compile(r"(?:[Tt]he\s|(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*['’]s?\s)")

# A firm named after its trade in the plural, no article between, as British
# news writes it: "Telecom analysts Ovum", "market analysts Chart-Track" (the
# firm, not analysts left unnamed).
_TRADE_THEN_FIRM = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:analysts|consultants|researchers|pollsters)\s+"
                              r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})")

# Members of parliament unnamed ("MPs have said", "say MPs", "the MPs found"),
# and the committee the article names, whose members British papers call so
# ("the Constitutional Affairs Select Committee", "the Commons work and
# pensions committee"; not "The Committee" opening a sentence).
_BARE_MPS = re.compile(r"(?:[Tt]he\s+)?MPs")
_COMMITTEE_NAMED = re.compile(r"\b((?!The\b)[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|on\s+)?[A-Z][\w'’-]*)*"
                              r"\s+Committee|Commons\s+(?:[a-z]+\s+){1,4}committee)\b")

# Someone who wrote a book: "Gary Byrne, a former Secret Service agent, has written a book".
_WROTE_BOOK = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3})(?:,[^,.;“”\"]{3,120},?)?\s+"
                         r"(?:has\s+)?(?:written|wrote|penned|authored)\s+(?:a|an|the|his|her)\s+"
                         r"(?:[\w-]+\s+)?(?:book|memoir)\b")

# A relative named by first name alone after "his" or "her": "his wife, Jane",
# "her son Hunter".
_KIN_FIRST_NAME = re.compile(r"(?:[Hh]is|[Hh]er)\s+(\w+),?\s+([A-Z][a-z]+)")

# Quantifiers opening a group the article does not name ("Several Democrats").
_SOME_OF_A_GROUP = frozenset(("several", "some", "many", "most", "few", "numerous"))


# A spouse's word and the gender it gives (None: either).
_SPOUSE = {"husband": "m", "wife": "f", "widow": "f", "widower": "m", "spouse": None}


class DescribedSourcesMixin:
    """Description lookups of the resolver (see the module docstring).

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`),
    ``spoken``, ``content``, ``taken_up`` and the method ``person`` of the
    class it is mixed into, ``_pronoun`` of
    :class:`analysis.coreference.CoreferenceMixin`, ``_surname_or_title`` and
    ``_given_no_role`` of :class:`analysis.named_sources.NamedSourcesMixin`
    and the lookups of :class:`analysis.bodies.BodyNamesMixin` beside it.
    """

    def _headline_role(self, clean: str, start: int) -> Resolved | None:
        """A role opening a line with no determiner, as headlines write them
        ("Saudi prince mocks Trump"), taken as "the Saudi prince": the person
        the article describes so (named in the lines after); None otherwise."""
        if _paragraph_start(self.text, start) != start:
            return None  # (no line's first words, as most sources: no words read)
        tokens = _tokens(clean)
        head = _head_word(tokens)
        if (not head or tokens[0] in _HEADLINE_DROPS
                or _WORD_TYPE.get(head) not in ("official", "former_official", "expert", "media")
                or _is_plural(head) or head in _INSTITUTIONS or head in _BODY_NOUNS
                or _OWNER_IN.search(clean)):
            return None
        # (a role of one word written as a headline's first: "Justice vows")
        return self._surname_or_title(f"the {clean.lower() if len(tokens) == 1 else clean}", start)

    def _title_role_lead(self, clean: str, start: int) -> Resolved | None:
        """A person's description opening the title, with no determiner and
        no name ("Woman reveals stunning thing ...", "Former Clinton pollster
        says ..."): the person the lead opens with, named in its first words
        ("Betsy Sharp of Burke County ...", "Former Bill Clinton pollster
        Douglas Schoen was ..."), passing over those the title names; None
        otherwise."""
        text = self.text
        if start != len(text) - len(text.lstrip()):
            return None  # (not the title's first words)
        tokens = _tokens(clean)
        head = _head_word(tokens)
        end = start + len(clean)
        if (not head or tokens[0] in _HEADLINE_DROPS or _WORD_TYPE.get(head) in (None, "document")
                or head in _KIND_OF_NOUN or _is_plural(head) or head in _INSTITUTIONS
                or head in _BODY_NOUNS
                # (nor a name itself: "Benghazi Widow Dorothy Woods")
                or any(e == end for _, e, _ in self.index.mentions_in(start, end))):
            return None
        title_end = text.find("\n", start)
        lead = len(text) - len(text[title_end:].lstrip()) if title_end > 0 else -1
        if lead < 0 or lead >= len(text):
            return None
        dateline = _LEAD_DATELINE.match(text, lead)
        lead = dateline.end() if dateline else lead
        title = text[start:title_end]
        for s, _, name in self.index.mentions_in(lead, lead + 150):
            if name.split()[-1] in title:
                continue  # (the title's other person: "Trump's Son Says ...")
            if _LEAD_TITLE.fullmatch(text, lead, s) is None:
                return None
            person = self.person(name)
            gender = self.index.persons[name].gender if name in self.index.persons else None
            return person if gender is None or _head_fits_gender(head, gender) else None
        return None

    def _called_after(self, clean: str, end: int) -> str | None:
        """The name an indefinite description is given right after it ("A
        newly formed super PAC called Future 45"); None if none, or if a quote
        follows the name ("one lawmaker called Trump 'the orange prince'")."""
        if not _INDEFINITE_OPENING.match(clean):
            return None  # (not "The judges called Guy's book ...")
        called = _CALLED_AFTER.match(self.text, end)
        return called.group(1) if called and not _QUOTE_OPENS.match(self.text, called.end()) else None

    def _named_in_next_sentence(self, clean: str, start: int, end: int) -> str | None:
        """The person an indefinite description of one speaks as, named in full
        for the first time as the subject opening the next sentence, as news
        writing delays a name ("one of the former prosecutors for David
        Petraeus said ... . James Melendres said on MSNBC": Melendres; "A top
        adviser says ... . Ed Brookover spoke to reporters"); None if the
        description is no main clause's subject ("after a nurse told him"),
        if its sentence keeps it unnamed on purpose ("on condition of
        anonymity"), if a title opens the next one ("Labour spokesman John
        Smith": someone's own), or if the name is given a role of another head
        ("A machinists spokesman said ... . John Bulgaro, the president of")."""
        tokens = _tokens(clean)
        if not tokens or tokens[0] not in _ONE_OF or len(tokens) < 2:
            return None
        of = tokens[1] == "of"
        head = _head_word(tokens[2:] if of else tokens)
        if (not head or head in _BODY_NOUNS or head in _INSTITUTIONS or head in _KIND_OF_NOUN
                or head in _ANONYMOUS_SOURCE_NOUNS or not of and _is_plural(head)
                or head not in _WORD_TYPE and (of or head.capitalize() not in clean)):
            return None  # (a role or a people's name: not "one group", "A jury", "a textbook")
        if not _MAIN_SUBJECT_BEFORE.fullmatch(self.text, _sentence_start(self.text, start + 1), start):
            return None  # (the main clause's subject: not "after a retired nurse ... told him")
        stop = _SENTENCE_END.search(self.text, end)
        if stop is None or _KEPT_UNNAMED.search(self.text, start, stop.end()):
            return None
        named = self.index.mentions_in(stop.end(), stop.end() + 1)
        if not named:
            return None
        at, until, name = named[0]
        if (until - at < len(name) or not _SUBJECT_AFTER_NAME.match(self.text, until)
                or is_known_official(name) or any(n == name for _, _, n in self.index.mentions_in(0, at))):
            return None  # (written in full, the subject, named there first, no one well known)
        own = {_head_word(_tokens(phrase)) for _, phrase in self.index.persons[name].descriptors}
        own = {h for h in own if h in _WORD_TYPE}
        return None if own and head in _WORD_TYPE and head.rstrip("s") not in {
            h.rstrip("s") for h in own} else name

    def _unnamed(self, clean: str, start: int, done: list) -> Resolved:
        earlier = self._same_description(clean, start)
        if earlier:
            return earlier
        body = self._place_epithet_body(clean, start)
        if body:  # "Electrolux saw its shares rise ... The Swedish firm said": Electrolux
            # (and "Hyundai expects ... South Korea's top car maker estimates": Hyundai)
            head = place_epithet(clean).group("head")
            return Resolved(body, KIND_TYPE[_KIND_OF_NOUN.get(head, "group")], False)
        if _NATIONAL_OF_ONE.fullmatch(clean):
            # "Roddick was left frustrated after losing ... '...,' said the
            # American": as sports writing calls the one just written of
            name = self._first_named_before(start)
            if name:
                return self.person(name)
        if clean.lower() in ("the author", "the writer"):
            # "Gary Byrne, a former Secret Service agent, has written a book ...
            # In the excerpt, the author wrote": who wrote the book named before
            writers = [m.group(1) for m in _WROTE_BOOK.finditer(self.text, 0, start)
                       if m.group(1) in self.index.persons]
            if writers:
                return self.person(writers[-1])
        if _BARE_MPS.fullmatch(clean):
            # (named before them, or anywhere when they speak in the lede: not
            # "in which MPs backed the invasion", paragraphs before a committee)
            lede = self.text.count("\n\n", 0, start) <= 1
            committee = _COMMITTEE_NAMED.search(self.text, 0, len(self.text) if lede else start)
            if committee:
                # "..., MPs have said. The Constitutional Affairs Select
                # Committee said ...": the committee speaking through its members
                return Resolved(committee.group(1), "official", False)
        res = describe(clean)
        if res.source_type == "official" and res.anonymous and self.index._employs(clean):
            # staff of a body by name, no government's nor a person's of the
            # article: "a Lufthansa spokesman", "A spokeswoman for Janney" (as
            # named staff are: a spokesman is a government's by default)
            res.source_type = "organization"
        firm = _TRADE_THEN_FIRM.fullmatch(clean) if res.anonymous and res.source_type == "expert" else None
        if (firm and firm.group("name") not in self.index.persons
                and census_gender(firm.group("name").split()[0]) is None):  # (not "analysts Bob Smith")
            return Resolved(firm.group("name"), "expert", False)  # "Telecom analysts Ovum": Ovum
        # (matched only for a body's type, the one it is read for)
        named = _KIND_THEN_NAME.match(clean) if res.source_type in ("organization", "media") else None
        if named:
            res.speaker = named.group("name") or named.group("first")  # "Russian oil giant Yukos": Yukos
        elif res.source_type == DEFAULT_PERSON_TYPE and clean[:1].isupper() and not res.anonymous:
            # a name the article gives no first name: a company or group if it
            # says so anywhere ("Yukos said" after "Russian oil giant Yukos")
            kind = self._kind_of_name(_TRAILING_POSSESSIVE.sub("", clean))
            if kind:
                return Resolved(clean, KIND_TYPE[kind], False)
            misspelt = self.index.misspelt_surname(clean) if " " not in clean else None
            if misspelt:  # "“...” Sweeny said", after "Steve Sweeney": a typo for him
                return self.person(misspelt)
            if (" " not in clean and _ACCORDING_TO.search(self.text, max(0, start - 40), start)
                    and not _first_name_gender(clean)):
                # "according to Nielsen", "According to Crowdpac": a lone name a
                # finding is credited to, no person's (people are named in full
                # first, and "Bob" would be one), is a body's (not "lending
                # figures from the Bank of [England]", nor a title's "The
                # World According to Bex")
                return Resolved(clean, "organization", False)
        if res.source_type == DEFAULT_PERSON_TYPE and _first_name_gender(clean) and clean[:1].isupper():
            res.person = True  # "Bob said": someone the article names by first name only
        # (the owner's patterns asked only of an unnamed group's phrase, the one they name for)
        pronoun = _OBJECT_PRONOUN.search(clean) if res.anonymous else None
        if pronoun:
            # "Those close to him": name him (the group stays unnamed)
            gender = "f" if pronoun.group(1).lower() == "her" else "m"
            name = self.index.previous_person(start, gender)
            if name:
                res.speaker = clean[:pronoun.start(1)] + name
        owner = _QUANTIFIED_OWNER.match(clean) if res.anonymous else None
        if owner and res.speaker == clean:
            # "Many of her Republican supporters": name her (the group stays unnamed)
            name = self.index.previous_person(start, "f" if owner.group(1).lower() == "her" else "m")
            if name:
                res.speaker = (f"{clean[:owner.start(1)]}{name}'s"
                               f"{clean[owner.end(1):]}")
        bare = _tokens(clean)
        if bare and bare[0] == "the":
            bare = bare[1:]
        if len(bare) == 1 and _is_plural(bare[0]):
            # "sources said" after "sources in the Russian government told us":
            # a bare plural takes the type of the fuller description before it.
            for _, _, other in reversed(done):
                if (not other.person and other.speaker and other.anonymous
                        and _head_word(_tokens(other.speaker)) == bare[0]):
                    res.source_type = other.source_type
                    break
        if len(bare) == 1 and bare[0] in _QUANTIFIERS and res.source_type == "unspecified":
            # "Supporters cheered ... Some chanted", "Several superdelegates
            # declined ... Others supported": the group named just before
            res.source_type = self._group_before(start) or res.source_type
        posted = _POSTED_ONLINE.match(self.cue or "")
        if posted and res.source_type == "unspecified" and res.anonymous:
            # "Another tweeted: “...”", "one person posted": someone the article
            # knows only by a post online is a social media user, of the public
            # (SOURCE_TYPES.md), not a source of no role
            res.source_type = "public"
        poll = (self._poll_name(clean, start, start + len(clean)) or self._authored_document(clean)
                or self._maker_after(clean, start + len(clean))
                if res.source_type == "document" else None)
        if poll:
            # a maker's acronym opening the name, written out as the article
            # gives it ("The PPIC poll" after "the Public Policy Institute of
            # California": Public Policy Institute of California poll)
            first = poll.split()[0]
            spelled = self._acronyms().get(first) if _ACRONYM_ONLY.fullmatch(first) else None
            res.speaker = f"{spelled}{poll[len(first):]}" if spelled else poll
        elif res.anonymous is False and res.source_type != "unspecified" or _DEFINITE_ONE.match(clean):
            named = self._named_entity(clean, start)
            if named:  # "the fund" -> "International Monetary Fund"
                res.speaker = named
                spelled = describe(named).source_type
                if named.split()[0].lower() in _SOME_OF_A_GROUP:
                    # "Several Democrats said ... Yet the Democrats acknowledged":
                    # the unnamed group taken up stays unnamed
                    res.anonymous = True
                acronym = _ACRONYM_ONLY.match(clean)
                if res.source_type == "unspecified" or (
                        acronym and acronym.group(1).lower() not in _WORD_TYPE
                        and spelled not in ("unspecified", "public")):
                    # (an acronym the lexicons do not know is typed by what it
                    # stands for: "the SVP", the Swiss People's Party, is a party;
                    # "the IMF" stays official)
                    res.source_type = spelled
        bodies = self._bodies_named_together(clean, start) if res.speaker == clean else None
        if bodies:  # "The departments declined", both named just before
            if bodies.source_type in (None, "unspecified", "public"):
                bodies.source_type = res.source_type
            return bodies
        if res.speaker == clean and not res.anonymous and not names_a_set_of_bodies(clean):
            # (one body, not a set: "the groups" are no one group quoted before)
            res.speaker = (self._body_quoted_before(clean, start, res.source_type, done)
                           or self._business_named_before(clean, start)
                           or self._subject_body_before(clean, start) or clean)
        fuller = self._fuller_mention(clean, start) if res.speaker == clean else None
        if fuller is None and res.speaker == clean:
            quoted = self._unnamed_one_quoted_before(clean, start, done)
            if quoted:  # "the person added", after "said a longtime adviser"
                return quoted
        if fuller is None and res.speaker == clean and res.source_type == "document":
            made = self._document_before(clean, start) or self._statement_of_speaker_before(
                clean, start, done)
            if made:  # "The ad" after "the Sanders campaign released a new ad"
                fuller = (made, False)
        if fuller is None and res.speaker == clean and clean.lower() in self.taken_up:
            # "The lawsuit also alleges", paragraphs after "The lawsuit contends"
            # was taken up: the same description, the same source
            other = self.taken_up[clean.lower()]
            return Resolved(other.speaker, other.source_type, other.anonymous)
        if fuller:
            res.speaker, indefinite = fuller
            if res.source_type == "unspecified":  # "the advisory panel": to the Ministry
                res.source_type = describe(res.speaker).source_type
            head = _head_word(_tokens(res.speaker))
            if (indefinite and head in _WORD_TYPE and head not in _INSTITUTIONS
                    and res.source_type not in ("document", "media")):
                # "The official" after "a senior law enforcement official":
                # someone unnamed (not "the court" after "a seven-member court")
                res.anonymous = True
            if _DEFINITE_ONE.match(clean):
                self.taken_up[clean.lower()] = res
        elif res.speaker == clean and clean.lower() == "the campaign":
            candidate = self._candidate_before(start)
            if candidate:  # "Clinton plans to call for ..., the campaign told USA TODAY"
                res.speaker = f"{candidate}'s campaign"
        elif res.speaker == clean and _DEFINITE_PERSON.match(clean):
            head = _head_word(_tokens(clean))
            if (head in _WORD_TYPE and head not in _INSTITUTIONS and not _is_plural(head)
                    and _WORD_TYPE[head] not in ("document", "unspecified")
                    and head in clean):  # (a role noun in lower case, no name: "The FBI")
                # a title that picks out one person, named only after it ("The
                # Pentagon's recent top adviser ... went further. ... said retired
                # Lt. Gen. Mick Bednarek"): the person introduced next
                end = limit = start + len(clean)
                for _ in range(2):  # the rest of this sentence and the next
                    stop = _SENTENCE_END.search(self.text, limit + 1)
                    limit = stop.end() if stop else len(self.text)
                name = (self.index.introduced_after(end, limit, head)
                        or self._subject_of_next_sentence(start, end)
                        or self._speaker_of_sentence_before(clean, start, done))
                if name:
                    return self.person(name)
        return res

    def _unnamed_one_quoted_before(self, clean: str, start: int, done: list) -> Resolved | None:
        """"the man", "the woman", "the person", "the source" (or "that
        person"): the unnamed person quoted last, in this paragraph or the one
        before, if the noun fits ("a source close to him said. ... the source
        said", "said a longtime adviser ... the person added"); not after a
        named speaker, and not a man taken up as "the woman"."""
        generic = _GENERIC_PERSON.fullmatch(clean)
        if generic is None:
            return None
        for _, _, res in quoted_recently(self.text, start, done):
            if res.person or not res.anonymous or not res.speaker or not _one_person(res.speaker):
                return None
            noun = generic.group(1).lower()
            if noun in _GENDER_OF_NOUN and not _head_fits_gender(
                    _head_word(_tokens(res.speaker)) or "", _GENDER_OF_NOUN[noun]):
                return None
            return Resolved(res.speaker, res.source_type, True)
        return None

    def _speaker_of_sentence_before(self, clean: str, start: int, done: list) -> str | None:
        """The named person who speaks last, in the sentence just before the one
        that an epithet opens at ``start``, when nobody else is named in between
        ("..., Morton Blackwell ... told AFP. The influential delegate and
        conservative activist ... warned"); None otherwise."""
        words = _tokens(clean)
        if (clean[:4].lower() != "the " or _COMPLEMENT.search(clean)
                or {_head_word(words), words[-1]} & _NOT_ONE_PERSON or _OFFICE_CHANGING.intersection(words)
                or _sentence_start(self.text, start + 1) != start):
            return None  # (not "The deputy head of China's delegation", "The deputy director": others)
        last = done[-1][2] if done else None  # the attribution resolved just before
        if last is None or not last.person or not self.spoken:
            return None  # ("The deputy head" after "The deputy head of ...": no one named)
        s_start, s_end, _, _, res = self.spoken[-1]
        before = _sentence_start(self.text, len(self.text[:start].rstrip()) - 1)
        if res.speaker != last.speaker or not before <= s_start < start:
            return None
        others = {name for at, _, name in self.index.mentions_in(s_end, start)
                  if not self.index.in_quote(at)} - {res.speaker}
        if others or any(name == res.speaker for _, _, name in self.index.mentions_in(*self.content)):
            return None  # (not "The former finance officer said Mr Ebbers knew": Ebbers)
        if describe(clean).source_type in ("official", "former_official"):
            if self.index.person_type(res.speaker) not in ("official", "former_official"):
                return None  # "The prime minister" is not the ex-head of communications
            head = _head_word(words)
            if head in _OFFICE_TITLES and any(self.index.holds_office(res.speaker, office)
                                              for office in _OFFICE_TITLES.keys() - {head}):
                return None  # "The president" is not the Florida senator
        return res.speaker

    def _subject_of_next_sentence(self, start: int, end: int) -> str | None:
        """The person named in full, for the first time and given no role, who
        opens the sentence after the one that a role opens at ``start`` ("The
        information commissioner says he is ... . Richard Thomas "totally
        condemned" ..."); None if there is none."""
        if _sentence_start(self.text, start + 1) != start:
            return None
        stop = _SENTENCE_END.search(self.text, end)
        if stop is None:
            return None
        named = self.index.mentions_in(stop.end(), stop.end() + 60)
        if not named or named[0][0] != stop.end() or self.index.mentions_in(0, start):
            return None  # (not after anyone named before: the role may be theirs)
        name = named[0][2]
        return name if named[0][1] - named[0][0] >= len(name) and self._given_no_role(name) else None

    def _first_named_before(self, start: int) -> str | None:
        """The person named first, outside quotes, in the nearest sentence
        before the one holding ``start`` that names someone, in this
        paragraph or the one before: its subject, as a rule."""
        floor = _previous_paragraph_start(self.text, start)
        end = _sentence_start(self.text, start + 1)
        while end > floor:
            begin = max(floor, _sentence_start(self.text, end - 1))
            named = [name for at, _, name in self.index.mentions_in(begin, end)
                     if not self.index.in_quote(at)]
            if named:
                return named[0]
            if begin >= end:
                break
            end = begin
        return None

    def _candidate_before(self, start: int) -> str | None:
        """The candidate quoted last before ``start``, else the one named last,
        in this paragraph or the two before (outside quotes): whose campaign
        "the campaign" is."""
        floor = _previous_paragraph_start(self.text, start, back=2)
        for s_start, _, _, _, res in reversed(self.spoken):
            if floor <= s_start < start:
                if self.index.is_candidate(res.speaker):
                    return res.speaker
                break
        for m_start, _, name in reversed(self.index.mentions_in(floor, start)):
            if not self.index.in_quote(m_start) and self.index.is_candidate(name):
                return name
        return None

    def _same_description(self, clean: str, start: int) -> Resolved | None:
        """The person an earlier source with the same head word was resolved to,
        in this paragraph or the three before: "The Supreme Court justice ...
        said", found to be Ruth Bader Ginsburg, then "the justice" (a definite
        description of a person role, not "the campaign")."""
        definite = _DEFINITE_ONE.match(clean)
        head = definite.group(1).lower() if definite else ""
        if _WORD_TYPE.get(head) in (None, "document") or head in _INSTITUTIONS:
            return None
        floor = _previous_paragraph_start(self.text, start, back=3)
        for s_start, s_end, _, _, earlier in reversed(self.spoken):
            if s_start >= start:
                continue
            if s_start < floor:
                return None
            if earlier.person and self.text[s_start:s_end].split()[-1].lower() == head:
                return self.person(earlier.speaker)
        return None

    def _possessive(self, clean: str, words: list[str], start: int, end: int,
                    done: list) -> Resolved | None:
        """A source opened by "his" or "her": its owner when it is what the owner
        says, the one person the article gives a kinship, or the owner's
        document or staff; None when it is none of these."""
        # (the owner is resolved on first need, and once)
        owner = functools.cache(lambda: self._pronoun("he" if words[0].lower() == "his" else "she",
                                                      start, done))
        if len(words) == 2 and (words[1].lower().strip(_STRIP) in _SPEECH_NOUNS
                                or words[1].lower().strip(_STRIP) in _MONTHS_DAYS):
            # (or a time cut from its noun: "her March [comment]")
            # "His assumption, confidently stated on live TV, was that ...": the
            # owner is the one speaking
            if owner().person:
                return owner()
        if (len(words) == 2 and words[1].lower() in _KIN
                and len({name for _, name in self.index.roles.get(words[1].lower(), ())}) == 1
                and not self.index.mentions_in(start, end)):
            # "his son said ..." where the article describes one person as a son
            # ("Eric Trump, son of the Republican front-runner"): that person,
            # if not the owner himself ("a father of two")
            holder = self.index.roles[words[1].lower()][0][1]
            if owner().speaker != holder and canonical_name(holder) != canonical_name(owner().speaker):
                # (nor the owner by a formal name: "his father, Rafael" is no
                # "Rafael Edward Cruz", Ted Cruz's own)
                return self.person(holder)
        if len(words) == 2 and words[1].lower() in _SPOUSE and owner().person:
            spouse = self.spouse_of(owner().speaker, words[1].lower())
            if spouse:  # "her husband said", after Bill Clinton is named: he
                return self.person(spouse)
        kin = _KIN_FIRST_NAME.fullmatch(clean)
        if kin and kin.group(1).lower() in _KIN and owner().person and " " in owner().speaker:
            # "his wife, Jane": the relative by first name and the family's
            # surname ("Jane Sanders"), as the article would name her in full
            return self._relative_named(kin.group(2), owner().speaker)
        if not self.index.mentions_in(start, end):  # not "her adviser, Jake Sullivan"
            res = describe(clean)
            if res.source_type in (None, "unspecified") and words[-1].lower() in ("team", "teams"):
                # "his team": the owner's staff, a body ("team" alone types no
                # one: a "British team member" is a player)
                res = Resolved(res.speaker, "organization", False)
            if res.source_type not in (None, "unspecified") or words[-1].lower() in _STANCE_ONLY:
                # "her “clawback” plan", "his campaign", "her aides": the
                # document or staff of the person she is ("her critics": hers)
                if owner().person:
                    res.speaker = f"{owner().speaker}'s {clean.split(None, 1)[1]}"
                    if (type_phrase(clean) == ("official", 1)
                            and owner().source_type in ("public", "organization", "media", "expert")):
                        # "her spokesman" (no government's by default): speaks
                        # for her, a tennis player (Kim Clijsters's spokesman)
                        res.source_type = owner().source_type
                return res
        return None

    def spouse_of(self, owner: str, word: str) -> str | None:
        """The one other person of ``owner``'s surname that the article names in
        full, of the gender ``word`` ("husband", "wife" ...) gives and not of
        the owner's, whom the article calls no other relative (Hillary
        Clinton's husband: Bill Clinton; not a "daughter"); None if none or
        several."""
        index = self.index
        gender = _SPOUSE[word]
        own = index.persons[owner].gender if owner in index.persons else None
        surname = owner.split()[-1]
        other_kin = {name for kin in _KIN - {word} for _, name in index.roles.get(kin, ())}
        found = [name for name, person in index.persons.items()
                 if name != owner and " " in name and name.split()[-1] == surname
                 and person.gender in ((gender, None) if gender else ("m", "f", None))
                 and (own is None or person.gender != own)]
        return found[0] if len(found) == 1 and found[0] not in other_kin else None

    def _relative_named(self, first: str, owner: str) -> Resolved:
        """The relative called ``first`` of the person ``owner``, by the family's
        surname: as the article names them in full, else as the name is known."""
        name = f"{first} {_TRAILING_POSSESSIVE.sub('', owner.split()[-1])}"
        if name in self.index.persons:
            return self.person(name)
        return Resolved(name, known_role(name) or DEFAULT_PERSON_TYPE, False, True)

    def _group_before(self, start: int) -> str | None:
        """Type of the nearest group (a plural role noun) before ``start``, in
        this sentence or the one before: what "some", "others" are part of.
        A group counted by a share there ("81 percent of Democrats approve
        ... Most believe") is a poll's respondents: voters, `public`."""
        sentence = _sentence_start(self.text, start + 1)  # (+1: a boundary right before counts)
        floor = _sentence_start(self.text, max(0, sentence - 1))
        for low in reversed(_tokens(self.text[floor:start])):
            if low in _QUANTIFIERS or low not in _WORD_TYPE or not _is_plural(low):
                continue
            kind = type_phrase(low)[0]
            if kind not in (None, "document", "unspecified"):
                window = self.text[floor:start]
                at = window.lower().rfind(low)
                shared = at > 0 and _SHARE_BEFORE.search(window, max(0, at - 60), at)
                return "public" if shared else kind
        return None

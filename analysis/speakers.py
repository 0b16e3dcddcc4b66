"""Who is speaking: resolve attribution sources to speakers and type them.

:func:`resolve_sources` takes the attributions found in one article (the
``source``/``source_start``/``source_end`` columns of
:func:`analysis.attribution.find_attributions`) and adds ``speaker``,
``source_type`` and ``anonymous``, following the conventions of
``polnear/SOURCE_TYPES.md``:

* ``speaker``: the full name when the article names the person anywhere
  ("Bondarev" → "Boris Bondarev", "he" → the nearest preceding compatible
  person, "the mayor" → the named mayor); otherwise the source as written.
  Typographic apostrophes are made straight ("O’Neill" → "O'Neill").
* ``source_type``: one of :data:`SOURCE_TYPES`, decided from what the article
  says about the speaker (titles, pre-modifiers and appositions anywhere in
  the article), so that a speaker keeps one type throughout.
* ``anonymous``: the source is a person or group the article does not name.

How: one pass over the article (:class:`ArticleIndex`) collects person
names (capitalised runs, titles stripped), their surname mentions, the words
the article uses to describe each person (pre-modifiers "former Russian
diplomat", appositions ", director of ...", "(R-Texas)", "of the New York
Times") and a gender guess from "Mr./Mrs.", role nouns and nearby he/she.
Each source is then resolved: "he"/"she" to the person quoted last when no
other person of that gender has been named since (always after "he added"),
else to the subject of the nearest sentence naming a compatible person (gender
from first names, titles, role nouns and he/she votes; never a name inside the
attribution's own content); "they" to the group quoted or named just before;
"we"/"I" in a quote to the quoted speaker, in a transcript turn ("FALLIN: I
think", "A: I think") to its speaker; surnames, transcript labels and titles
("the Florida senator") to full names; unnamed sources are typed from their
own words (:mod:`analysis.unnamed_sources`). Imperfect source spans fall back to
the person they belong to: an apposition cut from its name ("Graham, R-S.C.,
[a long-shot candidate]"), a name inside another's apposition, and clause
fragments ("amid", "And") to the speaker of the quote being continued or the
subject of the sentence.

The lookups live in nine mixins of the resolver here: names, surnames,
titles and appositions in :mod:`analysis.named_sources`, and the holder of a
role named nearby ("... The prime minister said") in
:mod:`analysis.role_holders`; other descriptions
of a person or body ("his campaign", "the campaign", "the American", "the
author") in :mod:`analysis.described_sources`; what refers back (pronouns,
relatives, clause fragments) in :mod:`analysis.coreference`, and the groups,
pairs, bodies and documents named before that "they", "the two" and "it"
take up in :mod:`analysis.group_reference`; "I", "we" and transcript labels
and hosts in :mod:`analysis.first_person`; short names of bodies ("the
fund", "the IMF") in :mod:`analysis.bodies`, of polls and documents ("the
poll", "the ad") in :mod:`analysis.document_names`, and bodies described by
their country ("The Swedish firm") in :mod:`analysis.place_epithets`. The
last edits to the columns ("the party" and "the state's" named, a role in
the title line as the person quoted first, the spelling made straight) are
in :mod:`analysis.speaker_edits`.

Everything is rule based and written by hand: the libraries we have
(pandas, scikit-learn, textstat) offer no named-entity recognition or
coreference, and models for them (spaCy, NLTK data) cannot be downloaded at
run time.
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd

from analysis.bodies import BodyNamesMixin
from analysis.coreference import (
    _ADVERBS,
    _FEMALE,
    _FIRST_PERSON,
    _MALE,
    _PHRASE_OF_PLACE_OR_TIME,
    _PLURAL_PRONOUN,
    _PRONOUNS,
    _RELATIVE,
    _THING_PRONOUN,
    CoreferenceMixin,
    _is_fragment,
)
from analysis.described_sources import _SPOUSE, DescribedSourcesMixin
from analysis.descriptors import KNOWN_AS
from analysis.document_names import DocumentNamesMixin
from analysis.first_person import _LABEL, _UNSET, FirstPersonMixin, transcript_hosts
from analysis.group_reference import GroupReferenceMixin
from analysis.mentions import _is_first_name, _paragraph_start, _sentence_start, _surname_key
from analysis.named_sources import NamedSourcesMixin
from analysis.names import _KNOWN_SURNAMES, _WEEKDAY_NAME, US_STATE_NAMES, canonical_name, is_known_official
from analysis.people import ArticleIndex, opens_with_particle, particle_surname_of
from analysis.phrase_words import _TRAILING_POSSESSIVE, _is_plural, _tokens
from analysis.place_epithets import PlaceEpithetsMixin
from analysis.role_holders import RoleHoldersMixin
from analysis.role_words import _COUNTRIES, _KIN, _STANCE_ONLY, _STRIP, _WORD_TYPE
from analysis.source_types import SOURCE_TYPES, _may_be_document, type_phrase
from analysis.speaker_edits import _TIMED_PARTICIPLE, _name_title_roles, _party_and_state_named, _straight
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE, RACE_FIELD, Resolved, describe

__all__ = ["SOURCE_TYPES", "resolve_sources", "resolve_columns"]


# A speech verb the finder's source span may start with: "[added] the 30-year-old".
_SPEECH_VERBS = {"said", "says", "added", "adds", "told", "tells", "according", "explained",
                 "argued", "insisted", "warned", "noted", "wrote"}

_REFLEXIVES = {"himself", "herself", "itself", "themselves"}

# Adverbs of time and manner that a source span can take in before its cue.
_LY_ADVERBS = {"recently", "quickly", "immediately", "repeatedly", "publicly", "privately",
               "initially", "previously", "reportedly", "frequently", "openly", "separately",
               "often", "earlier", "finally", "ultimately"}

# A time closing a source span, between the source and its verb: "[its
# treasurer in 2011] admitted", "[an open letter Tuesday] urged", "[the audit
# on Friday for the first time] said": when it spoke, not who it is (not
# "Super Tuesday", nor after a participle: "a poll released Monday", which
# :data:`_PARTICIPLE_BEFORE_TIME` tells).
_CLOSING_TIME = re.compile(
    rf"(?<!Super)\s+(?:(?:on\s+)?{_WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|in\s+(?:19|20)\d\d|(?:last|this)\s+(?:week|month|year))"
    r"(?:\s+for\s+the\s+first\s+time)?$")
# The last letters of every match of _CLOSING_TIME.
_TIME_ENDINGS = ("day", "morning", "afternoon", "evening", "night", "week", "month", "year",
                 "time", *"0123456789")
# A participle, particle or other word the time belongs to: "released
# [Monday]", "a poll out [Thursday]", "issued earlier [this year]", "votes
# counted through [Friday]".
_PARTICIPLE_BEFORE_TIME = re.compile(r"\b(?:\w+ed|out|taken|held|written|drawn|shown|given|made|run|"
                                     r"begun|done|seen|earlier|later|through|from|since|until|"
                                     r"by|before|after|to|of|the|past)$")
# A participle's clause the time may close: "voters heading to the polls [Tuesday]".
_ING_CLAUSE = re.compile(r"\b[a-z]+ing\b")
# Words that are no description of their own before such a time: "[One] Sunday".
_NO_HEAD = {"one", "last", "this", "that", "next", "each", "every", "early", "late"}

# The opening dash of an aside inside a source span.
_DASH_ASIDE_IN = re.compile(r"\s(?:--|—|–)\s")

# "that" opening the clause whose subject ends a source span: "the limit that [economists]".
_EMBEDDED_SUBJECT = re.compile(r"(?<=\w)\s+(?:that|the ones)\s+(?!.*\s(?:that|the ones)\s)")

# A proper name, "the" allowed before it: "the Washington Post", "Donald Trump"
# (not an owner: "her campaign's line this week that Sanders' [plan]").
_PROPER_NAME_TAIL = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}")

# Auxiliaries and modals (lower case: "Will", "May" may be names).
_FINITE_AUX = frozenset("would will can could should might must did does do is was are were has "
                        "have had".split())

# A span ending in a possessive noun phrase or a "that" clause: its owner or
# subject speaks, not the phrase before the verb.
_OWNED_TAIL = re.compile(r"(?:\b(?:his|her|its|their|my|our)\s+\S+|['’]s?|\bthat\s.*)$")

# A surname alone as a source, with its title: "Murphy", "Mr. Bush".
_SURNAME_SOURCE = re.compile(r"(?:(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?([A-Z][\w'’-]+)")
# A person's pronoun and those the person leads: "She and her aides", or
# others of the kind: "she and other Democrats".
_PERSON_PRONOUN_ENTOURAGE = re.compile(r"([Hh]e|[Ss]he)(\s+and\s+(?:(?:his|her)\s+[a-z][\w -]*"
                                       r"|other\s+\w[\w -]*|others))")
# "he's", "they'd": a pronoun with a verb contracted onto it.
_CONTRACTED_PRONOUN = re.compile(r"(he|she|they|we|I|it|you)['’](?:s|d|ll|re|ve|m)", re.I)

# Cues of a reporter at work: "reported", "reports that", "reporting".
# (not the passive "reported as saying": the one reported speaks)
_REPORTER_CUE = re.compile(r"report(?:ed|s|ing)\b(?!\s+as\s+saying)", re.IGNORECASE)
# A leading "the", which a body's name takes or drops, meaning no other body.
_THE_KEY = re.compile(r"^the\s+")


class _Resolver(CoreferenceMixin, FirstPersonMixin, BodyNamesMixin, DocumentNamesMixin, PlaceEpithetsMixin,
                NamedSourcesMixin, RoleHoldersMixin, DescribedSourcesMixin, GroupReferenceMixin):
    """Resolves the sources of one article, in text order (see :func:`resolve_sources`).

    ``done`` arguments list ``(content_start, content_end, Resolved)`` of the
    attributions resolved so far, in text order.
    """

    def __init__(self, text: str, index: ArticleIndex):
        self.text = text
        self.index = index
        self._acronym_map: dict[str, str] | None = None
        self._author_name: str | None | object = _UNSET  # an op-ed's author, looked up once
        self._narrated: bool | None = None  # whether the writer says "I" throughout, looked up once
        # (source_start, source_end, content_start, content_end, Resolved) of
        # the named people resolved so far, in text order (for "he said" after them)
        self.spoken: list[tuple[int, int, int, int, Resolved]] = []
        self.content: tuple[int, int] = (-1, -1)  # the content of the attribution being resolved
        self.cue: str = ""  # and its cue
        # definite descriptions taken up by a fuller one ("the lawsuit" ->
        # "wrongful death lawsuit against Hillary Clinton"), by lower-case text
        self.taken_up: dict[str, Resolved] = {}
        # the kind of body the article makes each name (strong evidence only), looked up once
        self.name_kinds: dict[str, str | None] = {}

    def person(self, name: str) -> Resolved:
        # (the surname's key looked up only for a name opening with a particle,
        # as particle_surname_of asks first: most names, "Hillary Clinton", don't)
        if opens_with_particle(name):
            fuller = self.index.surnames.get(_surname_key(name))
            if fuller and particle_surname_of(name, fuller):
                name = fuller  # "De Blasio" opening a headline: Bill de Blasio
        if name not in self.index.persons:  # a well-known surname the index did not hold
            return Resolved(name, "official" if name.lower() in _KNOWN_SURNAMES
                            else DEFAULT_PERSON_TYPE, False, True)
        return Resolved(name, self.index.person_type(name), False, True)

    def resolve(self, source, start: int, end: int, done: list) -> Resolved:
        if not isinstance(source, str) or not source.strip(_STRIP) or start < 0:
            return Resolved(None, None, None)
        clean = source.strip(_STRIP)
        if "(" in clean and ")" not in clean[clean.rindex("("):]:
            # the strip above cut a bracket's close: "the Office for National
            # Statistics (ONS)", "Rep. Tim Ryan (D-Ohio)" speak without it
            clean = clean[:clean.rindex("(")].rstrip()
        words = clean.split()
        if len(words) > 1 and (words[0].lower() in _SPEECH_VERBS
                               or words[0].lower() in ("whether", "if", "because", "though")):
            # the finder's span took the inverted cue or the conjunction before
            # the subject: "[added] the 30-year-old", "[whether] he's"
            skip = 2 if len(words) > 2 and words[1] == "that" else 1  # ("said that her campaign")
            offset = clean.index(words[skip], len(words[0]))
            clean, start = clean[offset:], start + offset
            words = words[skip:]
        # (searched only where a dash stands: most sources hold none)
        aside = _DASH_ASIDE_IN.search(clean) if "--" in clean or "—" in clean or "–" in clean else None
        if aside and self.index.mentions_in(start, start + aside.start()):
            # "Republican pollster Whit Ayres -- author of 2016 and Beyond, ... --":
            # the aside in dashes is no part of who speaks
            clean = clean[:aside.start()].rstrip()
            end = start + len(clean)
            words = clean.split()
        known_as = _KNOWN_AS.fullmatch(clean) if "as" in clean else None
        if known_as:
            # "the base chief known as Bob": the name the article gives, typed
            # by the description (a person named, if only by that name)
            res = describe(known_as.group(1))
            if res.source_type not in (None, "document", "unspecified"):
                full = known_as.group(2)
                if full in self.index.persons:
                    return self.person(full)
                return Resolved(full, res.source_type, False, True)
        examples = _GROUP_AND_EXAMPLES.fullmatch(clean) if " like " in clean or " such as " in clean else None
        last = examples.group(1).split()[-1].lower() if examples else ""
        if examples and _is_plural(last):
            group = describe(examples.group(1))
            # (a race's field, named as a whole, is named only in part by its
            # examples: "candidates like Marco Rubio")
            in_part = group.anonymous or last in RACE_FIELD
            if in_part and group.source_type not in (None, "document") and (
                    group.source_type != "unspecified" or last in _STANCE_ONLY):  # ("critics like Huffman")
                # "Clinton economic advisers like Gene Sperling have pointed out":
                # the group speaks, one of its members named as an example, and
                # a group named only in part stays anonymous (SOURCE_TYPES.md)
                return Resolved(clean, group.source_type, True)
        # (searched only where its words stand: few sources hold them)
        that = _EMBEDDED_SUBJECT.search(clean) if "that" in clean or "the ones" in clean else None
        if that and not self.index.in_headline(start):
            tail = clean[that.end():]
            tail_words = _tokens(tail)
            if 0 < len(tail_words) <= 6 and (
                    _WORD_TYPE.get(tail_words[-1]) not in (None, "document", "generic")
                    or _WORD_TYPE.get(tail_words[-1]) == "generic" and len(tail_words) > 1
                    or _PROPER_NAME_TAIL.fullmatch(tail)
                    and self.text[start + len(clean):start + len(clean) + 1] not in ("'", "’")):
                # "the kind of job that many economists [say]", "The second is that
                # significant numbers of Republican voters [want]", "the same day
                # that the Washington Post [reported]": the span ran back past
                # "that" to the clause's subject
                clean, start = tail, start + that.end()
                words = clean.split()
        last = words[-1].lower()
        if len(words) > 1 and (
                last in _LY_ADVERBS
                or last in _ADVERBS and last not in _REFLEXIVES and not words[-2].endswith(",")
                or last in _ADVERBS and (_surname_key(words[-2]) in self.index.surnames
                                         or _surname_key(words[-2]) in _KNOWN_SURNAMES)):
            # "[Obama also] addressed", "[A campaign aide later] said": the
            # adverb is not part of the name or description (a reflexive only
            # after a person's name: "Ford itself" is the company)
            clean = clean[:clean.rindex(words[-1])].rstrip()
            end = start + len(clean)
            words = words[:-1]
            if (last in ("himself", "herself") and len(words) == 1
                    and (key := _surname_key(words[0])) in self.index.surnames):
                # "Clinton herself also signaled", after Bill Clinton spoke:
                # the namesake of the reflexive's gender
                return self.person(self.index.surname_at(key, start, "m" if last == "himself" else "f"))
        when = _CLOSING_TIME.search(clean) if clean.endswith(_TIME_ENDINGS) else None
        if when and when.start() > 0:
            kept = clean[:when.start()]
            if (not _PARTICIPLE_BEFORE_TIME.search(kept) and kept.lower() not in _NO_HEAD
                    and not _ING_CLAUSE.search(kept)):
                # "[its treasurer in 2011] admitted": the description without
                # the time (see _CLOSING_TIME)
                clean, end = kept, start + len(kept)
                words = clean.split()
        # (the first auxiliary, unless a relative comes first: "people who have battled";
        # looked for only in three words or more, as a verb ending the phrase
        # needs a word before it and one after: most sources are one or two)
        verb = next((k for k, w in enumerate(words) if w in _FINITE_AUX or w.endswith(("n't", "n’t"))
                     or w.lower() in _RELATIVE), None) if len(words) > 2 else None
        if (verb and words[verb] not in _RELATIVE and len(words) > verb + 1
                and not any(w[:1].isupper() for w in words[verb + 1:])
                and not _OWNED_TAIL.search(clean)):
            # "[Police had last month] arrested", "[the plebes are moving out]":
            # the clause's verb ends the noun phrase that speaks (not in "Those
            # are topics Clinton wants", "it was Mr. Obama's ability", "would
            # bolster Rubio's claim", "Here are some ways his campaign hopes":
            # there a name or owner after the verb does)
            clean = clean[:clean.index(" " + words[verb])].rstrip(" ,")
            end = start + len(clean)
            words = words[:verb]
        # (this pattern and three below matched only where a match can stand:
        # with an "and", an apostrophe, a ":" after the source, a "the" or
        # "both" first; most sources have none)
        entourage = _PERSON_PRONOUN_ENTOURAGE.fullmatch(clean) if "and" in clean else None
        if entourage:
            # "She and her aides have vowed": the person she is and a group of
            # hers, as "Sanders and his aides" (:mod:`analysis.named_sources`)
            res = self._pronoun(entourage.group(1), start, done)
            if res.person:
                kin = entourage.group(2).split()[-1]
                spouse = self.spouse_of(res.speaker, kin) if kin in _SPOUSE else None
                if spouse:  # "She and her husband", Bill Clinton named: both by name
                    return Resolved(f"{res.speaker} and {spouse}", res.source_type, False, True)
                return Resolved(f"{res.speaker}{entourage.group(2)}", res.source_type, False, True)
        if 1 < len(words) and _TRAILING_POSSESSIVE.sub("", words[0]).lower() in _PRONOUNS and (
                len(words) <= 3 or words[0].lower() in ("he", "she", "i", "we", "they")
                and not self.text[start - 1:start].isalpha()):  # (not "[t]he Eagle Forum")
            # "It finally", "I didn't", "He even gave a few": the source is the pronoun
            clean = words[0]
        contracted = _CONTRACTED_PRONOUN.fullmatch(clean) if "'" in clean or "’" in clean else None
        if contracted:  # "he's", "they'd": the pronoun
            clean = contracted.group(1)
        if (self.text.startswith(":", end) and _LABEL.fullmatch(clean)
                and _paragraph_start(self.text, start) == start):
            return self._label(clean, start)  # "WALLACE:" in a transcript
        lower = clean.lower()
        if lower in _FIRST_PERSON or lower in _MALE or lower in _FEMALE \
                or lower in _PLURAL_PRONOUN or lower in _THING_PRONOUN:
            return self._pronoun(clean, start, done)
        if lower in _RELATIVE:
            return self._relative(clean, start, done)
        # (read only where a "whose" stands just before: most sources have none)
        owned = ("whose" in self.text[max(0, start - 8):start]
                 and self._whose_owned(clean, start, done))
        if owned:  # "the League of Conservation Voters, whose political arm": its arm
            return owned
        if clean.isdigit():
            named = self.index.mentions_in(start - 80, start)
            if (named and _AGE_GAP.fullmatch(self.text, named[-1][1], start)
                    and self.text.startswith(",", start + len(clean))):
                return self.person(named[-1][2])  # "Benjamin Green, 83, knows": his age
            # "520 superdelegates have said ..., 39 have said ...": so many of
            # the people counted before it in the sentence, unnamed
            counted = _COUNTED_BEFORE.search(self.text, _sentence_start(self.text, start + 1), start)
            if counted:
                group = describe(counted.group(1))
                return Resolved(f"{clean} {counted.group(1)}", group.source_type, True)
            return Resolved(clean, "unspecified", True)
        if lower in ("both", "neither") or lower.startswith(("the ", "both")) and _THE_TWO.fullmatch(lower):
            # ("Both candidates", "the brothers": two of that kind)
            pair = self._named_pair(start) or (self._two_of_kind(start, lower.split()[-1])
                                               if lower != "neither" else None)
            if pair:  # "Trump and Clinton have criticized ... Both have promised"
                return pair
        if lower == "you" and self.text.startswith("Q:", _paragraph_start(self.text, start)):
            return self._label("A", start)  # "Q: What do you think ...": the one answering
        apposed = self._name_apposed(clean, start, end)
        if apposed:
            # "One of Grayson's former supporters, former Colorado Rep. Pat
            # Schroeder, wrote": the one person the description is set beside
            return self.person(apposed)
        if len(words) > 1 and words[0].lower() in ("his", "her"):
            res = self._possessive(clean, words, start, end, done)
            if res is not None:
                return res
        # (the two patterns of an owner's relative match only where an
        # apostrophe stands: most sources hold none)
        owned = "'" in clean or "’" in clean
        kin = _OWNER_KIN_FIRST_NAME.fullmatch(clean) if owned else None
        owner = kin and self.index.surnames.get(_surname_key(kin.group(1)))
        if owner and kin.group(2).lower() in _KIN:
            # "Clinton's husband, Bill": the relative by first name and the
            # family's surname, as with "his wife, Jane"
            return self._relative_named(kin.group(3), owner)
        spouse = _OWNER_SPOUSE.fullmatch(clean) if owned else None
        if spouse:
            # "Clinton's husband", "Hillary Clinton's husband": the one of the
            # surname the other namesake is married to, as "her husband" is
            named = self.index.namesakes(spouse.group(1)) or {self.index.surnames.get(
                _surname_key(spouse.group(1)))} - {None}
            found = {self.spouse_of(owner, spouse.group(2)) for owner in named} - {None}
            if len(found) == 1:
                return self.person(found.pop())
        appositive = self._apposition_of(clean, start) or self._apposition_holder(start, end)
        if appositive:
            return self.person(appositive)
        apposed = _DESCRIPTION_THEN_NAME.fullmatch(clean) if ", " in clean else None
        if apposed and (apposed.group("name") in US_STATE_NAMES
                        or apposed.group("name").lower() in _COUNTRIES):
            apposed = None  # a town's state: "a retired nurse in Keene, New Hampshire"
        kind = type_phrase(apposed.group("desc"))[0] if apposed else None
        if apposed and kind != "document":
            # "Another user, Roland Z", "two Republican members of Congress from
            # Florida, Ileana Ros-Lehtinen and Carlos Curbelo": the name the
            # description is given in the span speaks, of the role it gives
            # (not a text's maker, "a study by an influential Russian
            # sociologist, Mikhail E. Dmitriyev", nor one of two, "The company
            # and France's secretary of state for the elderly, Pascale Boistard")
            at = start + apposed.start("name")
            res = self.resolve(apposed.group("name"), at, at + len(apposed.group("name")), done)
            if res.speaker and res.anonymous is False:
                if kind not in (None, "unspecified", "document") and (
                        not res.person or res.source_type == DEFAULT_PERSON_TYPE):
                    res = Resolved(res.speaker, kind, False, res.person)
                return res
        inside = self.index.mentions_in(start, end)
        pair = None if inside else _APPOSED_PAIR.match(self.text, end)
        # (each name ends its part, after a title at most: "the two leading
        # Republicans, Donald J. Trump and Senator Ted Cruz,")
        names = [n for s0, e0, n in self.index.mentions_in(pair.start(1), pair.end())
                 if e0 in (pair.end(1), pair.end(2))] if pair else []
        if len(names) == 2:
            # "Two objectors, Lawrence Joyce and William Graham, had challenged":
            # the two people the description stands for, typed by its role if it
            # gives one, else as they are
            described = type_phrase(clean)[0]
            kind = (described if described not in (None, "unspecified", "document")
                    else self.person(names[0]).source_type)
            return Resolved(" and ".join(names), kind, False, True)
        res = (self._named(clean, start, end, inside) if inside
               else self._name_nearby(clean, start, end)
               or self._surname_or_title(clean, start)
               or self._headline_role(clean, start)
               or self._title_role_lead(clean, start)
               or self._unnamed(clean, start, done))
        if (not res.person and res.speaker == clean and len(words) > 1
                and words[-1].lower() in ("itself", "themselves")
                and (words[-2][:1].isupper() or words[-2].lower() in _WORD_TYPE)):
            # "Ford itself", "the candidates themselves": Ford speaks (the
            # reflexive kept it from being a person); not "... describes itself"
            res.speaker = clean[:clean.rindex(words[-1])].rstrip()
        if res.anonymous and not res.person:
            named = self._body_named_beside(clean, start, end)
            if named:  # "a Baton Rouge newspaper", named in the next sentence: not anonymous
                return Resolved(named, res.source_type, False)
            holder = self._sole_holder(clean)
            if holder:
                return self.person(holder)
            called = self._called_after(clean, end)
            if called:  # "A newly formed super PAC called Future 45": named after all
                return self.person(called) if called in self.index.persons else Resolved(
                    called, res.source_type, False)
            later = self._named_in_next_sentence(clean, start, end)
            if later:  # "one of the former prosecutors ... said ... . James Melendres said"
                return self.person(later)
        return res

    def namesake_who_spoke(self, source, start: int, res: Resolved) -> Resolved:
        """``res`` for a bare surname ("Murphy said", "Mr. Bush questioned"),
        unless it names a namesake who has not spoken yet while one other, of
        the title's gender, has: then that one, the story's speaker of that
        name (Chris Murphy, not Anne Marie Murphy, the victim named since;
        Jeb Bush, not his brother named in passing). One named in full in the
        same paragraph keeps it ("Bill Clinton spoke with voters ... Clinton
        said"), a well-known politician too (Donald Trump speaks by it in a
        story about his brother), and one person written two ways is no
        namesake ("Sandy", "Sandra")."""
        surname = _SURNAME_SOURCE.fullmatch(source.strip(_STRIP)) if isinstance(source, str) else None
        if not (surname and res.person and res.speaker and res.speaker.split()[-1] == surname.group(2)):
            return res
        namesakes = self.index.namesakes(res.speaker)
        if len(namesakes) < 2:
            return res
        spoke = {r.speaker for *_, r in self.spoken}
        if (res.speaker in spoke or is_known_official(res.speaker)
                or self.index.named_in_full(res.speaker, _paragraph_start(self.text, start), start)):
            return res
        gender = {"Mr": "m", "Mrs": "f", "Ms": "f"}.get(surname.group(1) or "")
        others = [n for n in namesakes if n in spoke and n != res.speaker and _is_first_name(n.split()[0])
                  and n.split()[0][:3] != res.speaker.split()[0][:3]
                  and canonical_name(n) != canonical_name(res.speaker)
                  and (gender is None or self.index.persons[n].gender in (gender, None))]
        return self.person(others[0]) if len(others) == 1 else res


# A description and the name (or two) it is given, in one source span:
# "Another user, Roland Z", "One of them, UnitedHealth Group" (a name of two
# words at least: not a place, "a woman in Worcester, Massachusetts"; one
# description, not two joined by "and").
_DESCRIPTION_THEN_NAME = re.compile(
    r"(?P<desc>(?i:another|one|an?|the|two|three|four|five|both|some|several)\s(?:(?!\sand\s)[^,])+),\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)?)")
# Two people named in apposition after a description: "Two objectors[, Lawrence
# Joyce and William Graham,]".
_APPOSED_PAIR = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+and\s+"
                           r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),")


def resolve_sources(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """Add ``speaker``, ``source_type`` and ``anonymous`` to one article's attributions.

    ``found`` needs ``source``, ``source_start``, ``source_end``,
    ``content_start`` and ``content_end`` (offsets into ``text``), as returned
    by :func:`analysis.attribution.find_attributions`. Rows without a source
    get None in all three columns (``anonymous`` is a nullable boolean).
    Returns a copy of ``found``.
    """
    resolved = resolve_columns(text, found)
    return found.assign(speaker=resolved["speaker"], source_type=resolved["source_type"],
                        anonymous=pd.array(resolved["anonymous"], dtype="boolean"))


def resolve_columns(text: str, found, quotes: list[tuple[int, int]] | None = None) -> dict[str, list]:
    """The three columns of :func:`resolve_sources` as lists, for ``found``
    given as a DataFrame or as a dict of column lists
    (:func:`analysis.attribution.attribution_columns`); ``quotes`` are the
    finder's quote spans when the caller has them (``read_marks(text).quotes``)."""
    count = len(found["source"])
    if not count:  # (no attribution asks the index of anyone: not built)
        return {"speaker": [], "source_type": [], "anonymous": []}
    index = ArticleIndex(text, quotes)
    resolver = _Resolver(text, index)
    sources = list(found["source"])
    cues = list(found["cue"]) if "cue" in found else [None] * count
    src_spans = [_span(a, b) for a, b in zip(found["source_start"], found["source_end"])]
    content_spans = [_span(a, b) for a, b in zip(found["content_start"], found["content_end"])]
    done: list[tuple[int, int, Resolved]] = []
    results: dict[int, Resolved] = {}
    # Text order; "I"/"we" last, so that inside a quote they find the quoted speaker.
    first_person = []
    order = sorted(range(count), key=lambda i: src_spans[i][0] if src_spans[i][0] >= 0
                   else content_spans[i][0])
    by_source: dict[tuple[int, int], Resolved] = {}  # source span -> its resolution
    for i in order:
        src = sources[i]
        if isinstance(src, str) and src.strip(_STRIP).lower() in _FIRST_PERSON:
            first_person.append(i)
            continue
        if src_spans[i] in by_source:
            # one mention is one speaker, whichever cue it serves ("Mr Blair has
            # failed ..., he claimed, saying he has the wrong solution": the
            # "he" of both is the one who claims, found for the first)
            res = dataclasses.replace(by_source[src_spans[i]])
        else:
            resolver.content = content_spans[i]
            resolver.cue = cues[i] if isinstance(cues[i], str) else ""
            res = resolver.resolve(src, *src_spans[i], done)
            res = resolver.namesake_who_spoke(src, src_spans[i][0], res)
            if isinstance(src, str) and _PHRASE_OF_PLACE_OR_TIME.match(src.strip(_STRIP)):
                # "In Mr Peston's book Mr Brown is alleged to have told", "At that
                # point, says Dr Tuffy,": the person named after the opening phrase
                res = resolver.named_after_opening(src_spans[i][0], content_spans[i][0]) or res
            if _is_fragment(src, res):  # "amid", "season that has seen": not a speaker
                res = resolver.fallback(src, src_spans[i][0], done) or res
            res = _party_and_state_named(text, res, src_spans[i][0])
            if src_spans[i][0] >= 0:
                by_source[src_spans[i]] = res
        results[i] = res
        if res.speaker is not None:
            done.append((*content_spans[i], res))
            # (typed only where a document's word may make it one: most
            # sources hold none, and many are typed nowhere else)
            if (res.person and " and " not in res.speaker
                    and (src == res.speaker or not _may_be_document(src)
                         or type_phrase(src)[0] != "document")):
                # (not a person's book or ad speaking for them: "The book
                # accuses Bob ... He said" is no Mitchell Zuckoff, its author)
                resolver.spoken.append((*src_spans[i], *content_spans[i], res))
    done.sort(key=lambda d: d[0])
    for i in first_person:
        results[i] = resolver.resolve(sources[i], *src_spans[i], done)
    _name_title_roles(text, resolver, order, sources, src_spans, results)
    # One type per speaker per article: a person's type comes from the index
    # already; unnamed phrases repeated verbatim take their first type, and a
    # body's name its first type other than the default for a name nothing
    # describes ("Contrack said ... the firm denied": organization), with or
    # without its "the" ("MPs" taken up as the "Environmental Audit
    # Committee", official, then "the Environmental Audit Committee said").
    first_type: dict[str, str] = {}
    for i in order:
        res = results[i]
        if res.speaker and not res.person and res.source_type != DEFAULT_PERSON_TYPE:
            first_type.setdefault(_THE_KEY.sub("", res.speaker.lower()), res.source_type)
    for i in order:
        res = results[i]
        if res.speaker and not res.person:
            res.source_type = first_type.setdefault(_THE_KEY.sub("", res.speaker.lower()), res.source_type)
    # A person the article names without a role takes the role it refers to
    # them by as a source ("the former president said": Bill Clinton), in
    # every attribution (rule 2 of SOURCE_TYPES.md: one type per speaker).
    role_of: dict[str, str] = {}
    hosts = transcript_hosts(text)  # "WALLACE:" asking the questions: the host
    for res in results.values():
        if res.person and res.speaker and res.speaker.split()[-1].lower() in hosts:
            role_of[res.speaker] = "media"
    for res in results.values():
        if (res.person and res.speaker and res.speaker not in resolver.index.persons
                and res.source_type not in (None, DEFAULT_PERSON_TYPE, "unspecified", "document")):
            # someone the index does not hold, typed by a description once ("the
            # base chief known as Bob"): that type wherever the name speaks
            role_of.setdefault(res.speaker, res.source_type)
    for i in order:
        res, src = results[i], sources[i]
        if (res.person and res.source_type == DEFAULT_PERSON_TYPE and isinstance(cues[i], str)
                and _REPORTER_CUE.match(cues[i])):
            role_of.setdefault(res.speaker, "media")  # "Alicia Powe reported": a reporter
        if res.person and res.source_type == DEFAULT_PERSON_TYPE and isinstance(src, str):
            phrase = src.strip(_STRIP)
            if res.speaker.split()[-1].lower() not in phrase.lower():
                kind, _ = type_phrase(phrase)
                if kind not in (None, "document", "unspecified", DEFAULT_PERSON_TYPE):
                    role_of.setdefault(res.speaker, kind)
    # (the people it could still type: of the default type, and no role yet)
    untyped = {r.speaker for r in results.values()
               if r.person and r.source_type == DEFAULT_PERSON_TYPE and r.speaker not in role_of}
    if any(name in resolver.index.persons and resolver._given_no_role(name) for name in untyped):
        # ... or as the subject of a sentence ("Tony Blair has predicted ... The
        # prime minister was speaking"), a scan of the text asked only where it
        # can type one of them: it finds only people given no role (in the
        # index, described nowhere, no well-known politician), and a type found
        # for anyone else would be set for no row
        for name, kind in resolver.roles_opening_sentences().items():
            role_of.setdefault(name, kind)
    rows = [results[i] for i in range(count)]
    rows = [Resolved(r.speaker, role_of[r.speaker], r.anonymous, True)
            if r.person and r.speaker in role_of and r.source_type == DEFAULT_PERSON_TYPE else r
            for r in rows]
    rows = [Resolved(_TIMED_PARTICIPLE.sub("", r.speaker), r.source_type, r.anonymous, r.person)
            if r.speaker and r.source_type == "document" and not r.person else r for r in rows]
    return {"speaker": [_straight(r.speaker) for r in rows],
            "source_type": [r.source_type for r in rows],
            "anonymous": [r.anonymous for r in rows]}


# What stands between a name and the age set off after it: "Benjamin Green, [83],".
_AGE_GAP = re.compile(r",\s*")
# A count of people before a bare number in its sentence: "520 [superdelegates] have said".
_COUNTED_BEFORE = re.compile(r"\b\d[\d,]*\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\b(?!.*\b\d[\d,]*\s+[a-z-]+s\b)")

# Two people taken up together: "the two", "both men", "the pair".
_THE_TWO = re.compile(r"(?:the two|both)(?: (?:men|women|leaders|candidates|senators|nominees|contenders))?"
                      r"|the (?:pair|brothers|sisters|couple|twins)")

# A group, then members of it named as examples: "Clinton economic advisers
# like Gene Sperling", "Republican senators such as John McCain".
_GROUP_AND_EXAMPLES = re.compile(r"(.+?\w)\s+(?:like|such\s+as)\s+[A-Z].*")
# A description, then the name someone goes by: "the base chief known as Bob".
_KNOWN_AS = re.compile(rf"(.+?)\s+{KNOWN_AS}\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{0,3}})")

# A relative named by first name after the owner's name: "Clinton's husband, Bill",
# "Mr Eavis' daughter Emily" (a name ending in "s" may take the bare apostrophe).
# "Clinton's husband": a spouse by the owner's name.
_OWNER_SPOUSE = re.compile(rf"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*?)(?:['’]s|(?<=s)['’])\s+({'|'.join(_SPOUSE)})")
_OWNER_KIN_FIRST_NAME = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*?)(?:['’]s|(?<=s)['’])\s+(\w+),?\s+([A-Z][a-z]+)")


def _span(start, end) -> tuple[int, int]:
    try:
        return int(start), int(end)
    except (TypeError, ValueError):  # None or NaN: no such span
        return -1, -1

"""Unnamed sources: a source typed as written, and whether it is anonymous.

:func:`describe` types a source the article gives no name for, kept as
written ("a Kremlin-connected official", "63 percent", "the report"), and
decides whether it is anonymous, by the conventions of
``polnear/SOURCE_TYPES.md``; :class:`Resolved` is what every lookup of
:mod:`analysis.speakers` returns (speaker, type, anonymity), and
``DEFAULT_PERSON_TYPE`` the type of a person named without a role. The role
words of a phrase are typed by :func:`analysis.source_types.type_phrase`, on
which this module builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.employers import _GOVERNMENT_BODY, _NOT_GOVERNMENT, _REGULATOR
from analysis.names import _KNOWN_BODIES
from analysis.phrase_words import _is_plural, _tokens
from analysis.role_words import (
    _COMPANY_NAME_ENDINGS,
    _COUNTRIES,
    _FUNCTION,
    _GENERIC,
    _INDEFINITE,
    _INSTITUTIONS,
    _MEDIA_PEOPLE,
    _OUTLET,
    _PREPOSITIONS,
    _STATES,
    _UNSPECIFIED,
    _WEAK_OFFICIAL,
    _WORD_TYPE,
)
from analysis.source_types import _CONJUNCT, _PERCENT, _QUANTITIES, _may_hold_conjunct, _what_of, type_phrase

__all__ = ["describe", "Resolved", "RACE_FIELD"]

# A person the article names without any role ("Melanie said"): a member of
# the public, the commonest case outside politics (politicians of the PolNeAR
# era are handled by a short list in analysis.people).
DEFAULT_PERSON_TYPE = "public"

# A party or its caucus named as a body: "Democrats", "The Democrats", "House
# Republicans" (not "some Republicans", "many Democrats"); in the hand-typed
# train samples a bare "Democrats" or "Republicans" is the party six times in nine.
_PARTY_AS_BODY = re.compile(r"(?:[Tt]he\s+)?(?:(?:House|Senate)\s+)?(?:Democrats|Republicans)$"
                            r"|(?:[Tt]he\s+)?(?:Liberal\s+Democrats|Lib\s+Dems|Tories)$"
                            r"|[Tt]he\s+Conservatives$")  # (a party; not "conservatives")

# "the second official": one of several the article leaves unnamed.
_ORDINALS = {"first", "second", "third", "fourth", "fifth"}

_UNIQUE_EXCEPTIONS = {"narrator", "announcer"}  # "the announcer" of an ad: unnamed

# A quantifier or indefinite pronoun standing alone, capitalised only because it
# opens the sentence ("Several said", "Nobody asked", "Another tweeted"): no name.
_NOBODY_IN_PARTICULAR = _INDEFINITE | {"none", "nobody", "everyone", "everybody", "all", "each",
                                       "anyone", "anybody", "someone", "somebody", "others",
                                       "neither", "either"}
# A company's name ending in a plural: "Japan Airlines", "Nortel Networks" (not
# "Two of the largest airlines", nor "Senior Officials" in a title-case line).
_PLURAL_NAME = re.compile(r"(?:The\s+)?(?:[A-Z][\w&.'’-]*\s+)+(?:" + "|".join(
    sorted(w.capitalize() for w in _COMPANY_NAME_ENDINGS if w.endswith("s"))) + r")")
# ... and the pronouns among them, which name no organisation however long
# the phrase ("Everyone who listens to her show", "Anyone who has seen it").
_ANYONE = {"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody"}

# Person nouns that are no title: "the woman", "the official" the article
# refers back to is still someone it does not name (unlike "the FBI director";
# "officer" and "agent" are left out: "the chief financial officer").
_UNTITLED_PERSONS = frozenset("""
man woman person official source voter protester resident student worker mother father
girl boy veteran supporter donor activist witness victim neighbor employee staffer aide
insider delegate attendee caller viewer reader child kid friend classmate colleague organizer
""".split())
# Of these, the ones that someone has many of: "his childhood friend", "her
# neighbor" (not "his mother", "her aide" may be the one).
_ONE_OF_MANY = frozenset("friend classmate colleague neighbor supporter".split())
_POSSESSIVES = frozenset("his her their our my your".split())


@dataclass
class Resolved:
    """A resolved source: ``speaker`` (None without a source), its
    ``source_type`` and ``anonymous``; ``person`` tells a named person."""

    speaker: str | None
    source_type: str | None
    anonymous: bool | None
    person: bool = False


_GROUPS_OF_STATES = {"states", "governments", "countries", "nations"}
# Bodies, not people: "the departments", "the state legislatures" speak as institutions
# (SOURCE_TYPES.md: agencies speaking as themselves are not anonymous).
_BODIES = {"departments", "ministries", "legislatures", "commissions"}
# Groups of one persuasion, named by it rather than by a name.
_CAMPS = {"movement", "wing", "left", "right", "establishment", "faction"}


# Plural agent nouns the role lists do not know ("hackers", "reviewers",
# "applicants", "folks"): people, whom a bare plural leaves unnamed; not the
# things that end alike ("papers", "orders", "grants").
_PEOPLE_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ants|ians)|folks")
_THINGS_LIKE_PEOPLE = frozenset("""
papers letters numbers orders matters headquarters centers powers answers offers
others factors sectors errors grants lists quarters borders waters chapters
posters banners members
""".split())


# Of these endings, the ones no surname has: a capital opening the sentence
# before them ("Terrorists mock ...", "Migrants themselves understand") is no
# name, as it may be before "-ers" or "-ors" ("Summers", "Connors").
_NO_SURNAME_PLURAL = re.compile(r"[a-z]{3,}(?:ists|ants|ians)")


def _unknown_people_plural(phrase: str, words: list[str]) -> bool:
    """Whether ``words`` of ``phrase`` end, before any preposition, in a plural
    agent noun no role list knows, written in lower case or with an ending no
    surname has, alone: "State's reviewers", "Syrian hackers", "my own folks",
    "Terrorists" (people, none named; not a family's or a person's name, "the
    Sanders", "Summers", nor a body's, "Christians United for Israel")."""
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and i > 0), len(words))
    last = words[cut - 1] if cut else ""
    return (_PEOPLE_PLURAL.fullmatch(last) is not None and last not in _THINGS_LIKE_PEOPLE
            and last not in _WORD_TYPE and last[:-1] not in _WORD_TYPE
            and (re.search(r"\b" + last + r"\b", phrase) is not None
                 or len(words) == 1 and _NO_SURNAME_PLURAL.fullmatch(last) is not None))


# A race's field, bare or with "the" ("the candidates", "Presidential candidates
# in both parties", "The GOP contenders"): public figures the article names
# (SOURCE_TYPES.md: a group named elsewhere is not anonymous); not some,
# other, rival or a number of them, who are part of the field.
RACE_FIELD = frozenset("candidates contenders hopefuls".split())
_PART_OF_A_FIELD = frozenset("other others rival any all delegate".split())


def _names_a_races_field(words: list[str], head: str) -> bool:
    """Whether ``words`` name a race's whole field: "the top candidates of
    both political parties" (not "Other Republican candidates", "two
    Democratic presidential candidates", "Several delegate candidates")."""
    if head not in RACE_FIELD or head not in words:
        return False
    before = words[:words.index(head)]
    return not any(w in _INDEFINITE or w in _PART_OF_A_FIELD or w.isdigit() for w in before)


# Plural nouns of a kind of organisation, by kind (that of
# :meth:`analysis.bodies.BodyNamesMixin._kind_of_name`): "the companies"
# after "Allergan and Pfizer".
ORGANISATION_PLURAL_KINDS = {"companies": "company", "firms": "company", "groups": "group",
                             "organizations": "group", "organisations": "group"}
# Organisations taken up together by a definite plural ("the two firms",
# "Both companies", "The groups"): the ones the story has introduced, which for
# organisations is by name ("Mitsubishi ... Peugeot. The two firms signed"), so
# no group it leaves unnamed (SOURCE_TYPES.md: a group the article names
# elsewhere is not anonymous). Not with a word that makes them a kind ("the
# tobacco companies"), nor unions or banks, often a workforce's or a sector's.
# Campaigns and newspapers are taken up so too: "Both campaigns" after the
# Clinton and Trump campaigns, "both newspapers" after The Times and the Sun.
_BODIES_TAKEN_UP = frozenset(ORGANISATION_PLURAL_KINDS) | {"outlets", "clubs", "campaigns", "newspapers"}
_SET_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_RELATIVE = frozenset("who that which".split())


def _takes_up_named_bodies(words: list[str]) -> bool:
    """Whether ``words`` take up organisations the story named, as a definite
    set: "the firms", "both companies", "the three firms", "the groups who
    wrote to her" (not "some firms", "the tobacco companies", "firms")."""
    if not words or words[0] not in ("the", "both"):
        return False
    k = 1 + (words[0] == "both" and words[1:2] == ["the"])
    k += k < len(words) and words[k] in _SET_COUNTS
    return (k < len(words) and words[k] in _BODIES_TAKEN_UP
            and (k + 1 == len(words) or words[k + 1] in _RELATIVE))


def names_a_set_of_bodies(phrase: str) -> bool:
    """Whether ``phrase`` takes up named organisations as a set ("the two
    firms"): a group, though not anonymous, that no "it" refers back to."""
    return _takes_up_named_bodies(_tokens(phrase))


def _head_word(words: list[str]) -> str | None:
    """The last role word before the first preposition (else the last word there);
    after a quantity, the word counted ("the majority of lawmakers": lawmakers)."""
    words = _what_of(words, _QUANTITIES)
    # (one pass up to the preposition: the last role word, else the last word)
    head = last = None
    for i, w in enumerate(words):
        if i and w in _PREPOSITIONS:
            break
        last = w
        if w in _WORD_TYPE or w in _WEAK_OFFICIAL:
            head = w
    return last if head is None else head


def _opens_in_camel_case(phrase: str) -> bool:
    """Whether ``phrase`` opens with a name in camel case, lowercase first:
    "eBay UK", "iTunes" (a name, though it opens lowercase)."""
    return phrase[:1].islower() and not phrase.split(None, 1)[0].islower()


def _names_government_body(phrase: str) -> bool:
    """Whether a noun of government names ``phrase``'s body ("the Department
    of Justice", "the Home Office"), not a business's ("News Agency", "the
    Post Office")."""
    return _GOVERNMENT_BODY.search(phrase) is not None and _NOT_GOVERNMENT.search(phrase) is None


# "the Tax Foundation", "the fiscally conservative Club for Growth" (two or more
# capitalised words: one alone may be a family, "the Khans", or a person)
_NAMED_AFTER_THE = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,3}[A-Z][\w.&'’-]*"
                              r"(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&'’-]*)+$")
# A state named by its people, with "the", as news does for a government's
# moves ("The Saudis have warned they could sell off ...").
_STATE_BY_ITS_PEOPLE = re.compile(r"[Tt]he\s+(?:Saudis|Russians|Chinese|Iranians|Israelis|North\s+Koreans|"
                                  r"Turks|Egyptians)")
# A capitalised body's name "of" a state or country ("The Muslim Council of
# Britain", "Lloyds of London"; not "the state of Ohio", "The Republic of Turkey").
_BODY_OF_A_STATE = re.compile(r"\b(?!(?:State|Government|People|Republic|Kingdom|Commonwealth|"
                              r"Emirate|Sultanate|Principality|Duchy)\b)[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z]")
# A law or treaty by its name: a document.
_LAW_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:Act|Amendment|Treaty|Accords?|Constitution)"
                       r"(?:\s+of\s+\d{4})?$")
# "the FBI", "the F.A.A.": an agency (government acronyms are the commonest)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_AFTER_THE = re.compile(r"[Tt]he\s+(?:[A-Z]{2,6}|(?:[A-Z]\.){1,5}[A-Z]\.?)$")


# One word with a capital inside ("WikiLeaks", "EgyptAir", "DuPont") is a
# brand; not the surnames "McFadden", "MacNab", "DeSantis", "LaHood", "VanderSloot".
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z][a-z]\w*")
_WEBSITE = re.compile(r"[\w-]+\.(?:com|org|net)")


# People named by an adjective after "the": "the poor", "the very wealthy".
_PEOPLE_BY_ADJECTIVE = re.compile(r"[Tt]he\s+(?:very\s+|working\s+|super-?)?(?:poor|rich|wealthy|elderly|"
                                  r"young|unemployed|homeless|uninsured|needy|disabled|sick|faithful)")


def describe(phrase: str) -> Resolved:
    """Type and anonymity of a source the article gives no name for, kept as written.

    Anonymous (SOURCE_TYPES.md): unnamed people or groups - indefinite ("a
    Kremlin-connected official", "one source"), bare or possessive plurals
    ("analysts", "Obama's aides"), poll shares ("63 percent"). Not anonymous:
    documents, outlets, institutions speaking as themselves ("Police", "the
    Kremlin") and titles that pick out one person ("the FBI director").
    """
    if _PEOPLE_BY_ADJECTIVE.fullmatch(phrase.strip()):
        return Resolved(phrase, "public", True)  # "the poor": people, none of them named
    kind, _ = type_phrase(phrase)
    typed = kind
    # (the phrase's own words, read once: its first conjunct's are the same
    # where it has no other, as most have)
    tokens = _tokens(phrase)
    # (split only where a conjunct may end: each match holds ",", "and" or "&")
    conjunct = _CONJUNCT.split(phrase, maxsplit=1)[0] if _may_hold_conjunct(phrase) else phrase
    words = (_tokens(conjunct) if len(conjunct) < len(phrase) else tokens) or tokens
    if kind == "public" and _PARTY_AS_BODY.match(phrase):
        kind = "organization"  # "the Conservatives": the party (not "conservatives")
    if kind == "public" and _NAMED_AFTER_THE.match(phrase) and phrase.split()[-1][:1].isupper():
        kind = None  # "the Communications Workers": a union's name, not members of the public
    if kind is None and _STATE_BY_ITS_PEOPLE.fullmatch(phrase.strip()):
        return Resolved(phrase, "official", False)  # "The Saudis have warned": the kingdom
    if kind is None and _LAW_NAME.search(phrase):
        return Resolved(phrase, "document", False)  # "the Affordable Care Act", "Fourteenth Amendment"
    if kind is None:
        camel = _opens_in_camel_case(phrase)
        proper = (phrase[:1].isupper() or camel) and not (
            words and (words[0] in _FUNCTION or words[0] in _ANYONE
                       or len(words) == 1 and words[0] in _NOBODY_IN_PARTICULAR
                       # "Many of those who attended"
                       or words[0] in _NOBODY_IN_PARTICULAR and words[1:2] == ["of"]))
        # "The Tax Foundation", "the AFL-CIO": a name after "the" names an organisation
        named = _NAMED_AFTER_THE.match(phrase)
        # (a state or its government, not a body named for one: "The Muslim
        # Council of Britain" is no government)
        if (words and words[-1] in _STATES and not _BODY_OF_A_STATE.search(phrase)
                or phrase in ("US", "UK", "USA", "UAE")
                or " ".join(w for w in words if w != "the") in _COUNTRIES):
            kind = "official"
        elif proper:  # a named organisation or a lone name: not anonymous
            # an acronym ("HP", "IBM") names an organisation, a lone word may be a surname
            lone = DEFAULT_PERSON_TYPE if len(words) == 1 and not _ACRONYM.fullmatch(phrase) \
                and not camel else "organization"
            if len(words) > 1 and _names_government_body(phrase):
                lone = "official"  # "Office for National Statistics", "Department of Justice"
            elif _REGULATOR.fullmatch(phrase):
                lone = "official"
            elif _WEBSITE.fullmatch(phrase):
                lone = "media"  # "Factcheck.org", "Outsports.com": a site publishing
            elif words[0] in _KNOWN_BODIES or _CAMEL_CASE.fullmatch(phrase):
                lone = "organization"  # "Twitter", "WikiLeaks", "EgyptAir"
            # (a capital that only opens the sentence: "Syrian hackers", "Applicants"
            # are people it does not name; a name ends in a capital)
            unnamed = _unknown_people_plural(phrase, words)
            return Resolved(phrase, lone, unnamed)
        elif named:
            # "the Bureau of Labor Statistics", "the Florida Department of State":
            # a government body's name; other names after "the" name organisations
            return Resolved(phrase, "official" if _names_government_body(phrase) else "organization", False)
        elif _ACRONYM_AFTER_THE.match(phrase):
            # (a government's initials are the commonest, but not "the TUC", "the CBI")
            known = phrase.split()[-1].lower() in _KNOWN_BODIES
            return Resolved(phrase, "organization" if known else "official", False)
        else:
            kind = "unspecified"
    if kind == "document" or kind == "media" and _OUTLET.search(phrase) and not (
            _head_word(tokens) in _MEDIA_PEOPLE | _GENERIC | _UNSPECIFIED):
        # (an outlet, not someone at it: "a reporter for AFP", "a source at CNN")
        return Resolved(phrase, kind, False)
    # (a poll share is typed public by type_phrase, which asks _PERCENT first:
    # asked only then)
    if typed == "public" and _PERCENT.match(phrase):
        return Resolved(phrase, "public", True)
    first = words[0] if words else ""
    head = _head_word(tokens) or ""
    if (head in _UNIQUE_EXCEPTIONS or first in ("those", "you")
            or len(words) == 1 and first in _NOBODY_IN_PARTICULAR):
        anonymous = True
    elif first in _ANYONE:
        anonymous = True  # "Anyone who has met McConnell", "Someone close to him": no one named
    elif _takes_up_named_bodies(words):
        anonymous = False  # "The two firms signed": the companies the story named
    elif first in _INDEFINITE or first.isdigit():
        anonymous = True
    elif len(words) > 2 and words[0] == "the" and words[1] in _ORDINALS and head in _GENERIC:
        anonymous = True  # "the second official": one of several unnamed, no title
    elif words and words[0] in _POSSESSIVES and head in _ONE_OF_MANY:
        anonymous = True  # "his childhood friend", "her neighbor": one of many, unnamed
    elif words and words[0] == "the" and head in _UNTITLED_PERSONS and "charge" not in words:
        # "the woman", "the official": unnamed, however definite (not "the
        # official in charge of the inquiry": a post held by one)
        anonymous = True
    elif words and words[-1] == "media" and "Media" not in phrase:
        anonymous = True  # "the U.S. media": outlets the article does not name (not "Center for Media ...")
    elif (head in _CAMPS and first == "the" and phrase[1:].islower()
          and (len(words) > 2 or head in ("left", "right"))):
        # "the anti-abortion movement", "the left", "the cufflink wing of the
        # party": people of one persuasion, no body the article names (not
        # "the Tea Party movement"; "the movement" may take up a named one)
        anonymous = True
    elif _unknown_people_plural(phrase, words) and not _PLURAL_NAME.fullmatch(phrase):
        anonymous = True  # "State's reviewers", "Syrian hackers": people it does not name
    elif head in _INSTITUTIONS and not _is_plural(head) or head in _GROUPS_OF_STATES | _BODIES:
        anonymous = False
    elif _PARTY_AS_BODY.match(phrase):
        anonymous = False  # "The Democrats", "House Republicans": the party, its caucus
    elif _names_a_races_field(words, head):
        anonymous = False  # "the candidates": the field the article names
    elif _is_plural(head) and not _PLURAL_NAME.fullmatch(phrase):
        anonymous = True  # (not a name ending in a plural: "Japan Airlines", "Nortel Networks")
    else:
        anonymous = False  # "the FBI director": a title that picks out one person
    return Resolved(phrase, kind, anonymous)

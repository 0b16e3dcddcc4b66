"""Source types: what kind of source a phrase describes, from lexicons of role words.

The eight types and their conventions are those of
``polnear/SOURCE_TYPES.md``: ``official``, ``former_official``, ``expert``,
``media``, ``organization``, ``public``, ``document``, ``unspecified``.

:func:`type_phrase` types a descriptive phrase ("former Russian diplomat",
"director of the Carnegie Russia Eurasia Center", "Clinton campaign
chairman") from its head role word and the organisation around it;
:func:`is_group_name` tells an advocacy group's name. The employer a role
names is found in :mod:`analysis.employers`, and a phrase's words are read
with :mod:`analysis.phrase_words`. A source the article gives no name for
("a Kremlin-connected official", "63 percent", "the report") is typed as
written, and told anonymous or not, in :mod:`analysis.unnamed_sources`,
which builds on this module.
The role words they read are the lexicons of :mod:`analysis.role_words`.
Person names and article-level evidence are handled in :mod:`analysis.people`
and :mod:`analysis.speakers`, which share those lexicons.
"""

from __future__ import annotations

import functools
import re

from analysis.employers import (
    _GOVERNMENT_BODY_NAME,
    _GOVERNMENT_WORDS,
    _NATIONAL_COUNTERPART,
    _NOT_GOVERNMENT,
    _OUTLET_BEFORE_ROLE,
    works_for_organization,
    works_for_outlet,
)
from analysis.names import _KNOWN_BODIES, _ORG_NAME_WORDS
from analysis.phrase_words import _ALIAS, _POSSESSIVE, _TRAILING_POSSESSIVE, _is_plural, _tokens
from analysis.role_words import (
    _BARE_ACRONYM,
    _CANDIDATE_STAFF,
    _CHIEF_HIRED,
    _COUNTRIES,
    _CRITICS_FIELDS,
    _DOCUMENT,
    _EMPLOYER_WORDS,
    _FORMER,
    _GOVERNMENT_NAME,
    _GOVERNMENT_OWNED,
    _HIRED_EXPERTS,
    _INDEFINITE,
    _KIN,
    _OUTLET,
    _PARTIES,
    _PHRASE_TYPE,
    _PLACE_CENTRES,
    _PREPOSITIONS,
    _STANCE_ONLY,
    _STATES,
    _UNSPECIFIED,
    _WEAK_OFFICIAL,
    _WORD_TYPE,
)

__all__ = ["SOURCE_TYPES", "type_phrase"]

SOURCE_TYPES = (
    "official", "former_official", "expert", "media", "organization",
    "public", "document", "unspecified",
)

# Experts an outlet employs to speak on air or in print ("an ESPN analyst").
_ON_AIR_EXPERTS = {"analyst", "analysts", "commentator", "commentators", "pundit", "pundits"}
# An outlet that reports someone, not their employer: "an analyst quoted by Reuters".
_QUOTED_BY = re.compile(r"\b(?:quoted|cited|interviewed|polled|surveyed) by\b")
# Words of a journalist's work, with an outlet named as employer: "who
# covered the White House for 40 years for ABC News".
_JOURNALISM = re.compile(r"\b(?:covere?d?|covers|covering|report(?:s|ed|ing)?|wr(?:ote|ites|iting)|"
                         r"work(?:s|ed|ing)|anchor(?:s|ed|ing)?)\b")


# The spokesperson of a family (a victim's, a celebrity's), not of an office.
_FAMILY_SPOKESPERSON = re.compile(r"\b(?i:family(?:['’]s)?\s+spokes(?:man|woman|person)"
                                  r"|spokes(?:man|woman|person)\s+for\s+(?:the\s+)?"
                                  r"(?:[A-Z][\w'’-]*\s+)?family)\b")
# A university's head, whose office names a state's head elsewhere.
_UNIVERSITY_HEAD = re.compile(r"\b(?i:chancellor|provost|regents?)\s+(?:of|at)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w.&'’-]*\s+(?:of\s+)?){0,4}(?:University|College)\b")
# Universities and colleges by name: their staff speak as experts.
_ACADEMIC = re.compile(r"\b(?:University|College|Harvard|Yale|Stanford|Princeton|Georgetown|"
                       r"Berkeley|MIT|Dartmouth|Cornell)\b")

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# A number from 11 to 99 spelt out, as news style writes one opening a
# sentence: "Sixty-seven percent of Americans", "Fifty nine percent".
_SPELLED_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                   r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                   r"|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)")
_PERCENT = re.compile(r"^\s*(?:the |an? )?(?:(?:another|only|about|nearly|almost|some|just|roughly|approximately|"
                      r"mere|paltry|whopping|full|slim|narrow|large|small|solid|clear|barely|"
                      # a bound before the share: "Fewer than 10 percent", "Well over half"
                      r"(?:more|less|fewer) than|at (?:least|most)|upwards of|close to|well|over|under) )*"
                      rf"(?:(?:\d[\d.,]*|{_NUMBER}|{_SPELLED_NUMBER})\s*(?:%|percent|per cent)"
                      r"|half|a (?:third|quarter|majority)"
                      r"|majorities(?!\s+in\s+(?:Congress|the\s+(?:House|Senate)))"
                      rf"|{_NUMBER}[- ](?:in|out of)[- ]{_NUMBER}\b"
                      rf"|{_NUMBER}[- ](?:thirds|quarters|fifths)\b)",
                      re.I)
# Poll respondents and the like: "those surveyed", "most of us", "those who attended".
_PUBLIC_GROUP = re.compile(r"^(?:(?:most|many|some|several|few|all|half) of )?"
                           r"(?:the |those |people |voters |adults |americans )?"
                           r"(?:surveyed|polled|questioned|interviewed|asked|who (?:attended|voted))\b"
                           r"|^(?:most|many|all|some|few|none|each|both|several) of (?:us|you)$"
                           # people by their age: "(many of) those over 45", "those aged 18 to 29"
                           r"|^(?:(?:most|many|some|half|few) of )?those (?:over|under|aged|older|younger)\b",
                           re.I)
# The two in lower case, matched with case to the lower case of an ASCII
# phrase, where matching ignoring case is just that (no escape in them is upper
# case: \s, \d, \b): re tries each alternative's first letter in C, where
# ignoring case it entered every alternative at each word.
_PERCENT_LOWER = re.compile(_PERCENT.pattern.lower())
_PUBLIC_GROUP_LOWER = re.compile(_PUBLIC_GROUP.pattern.lower())


def _poll_public(phrase: str) -> bool:
    """Whether ``phrase`` is a poll share (:data:`_PERCENT`) or poll
    respondents and the like (:data:`_PUBLIC_GROUP`): the public."""
    if phrase.isascii():
        lower = phrase.lower()
        return _PERCENT_LOWER.match(lower) is not None or _PUBLIC_GROUP_LOWER.match(lower.strip()) is not None
    return _PERCENT.match(phrase) is not None or _PUBLIC_GROUP.match(phrase.strip()) is not None


# The "of" inside a maker's name before a document's word (written in lower
# case: the document, not a word of the name) is the name's, not the phrase's:
# "A University of New Hampshire poll", "a Bank of America survey" are polls
# (not a university, a bank), as "a Quinnipiac University poll" is; so is one
# made with a partner after a slash ("a University of Texas/Texas Tribune poll").
_NAME_OF_BEFORE_DOCUMENT = re.compile(
    r"\b([A-Z][\w.&'’-]*) of (?=(?:the )?(?:[A-Z][\w.&'’/-]*\s+){1,5}"
    r"(?:" + "|".join(sorted(_DOCUMENT, key=len, reverse=True)) + r")\b)")

_CONJUNCT = re.compile(r",\s|\sand\s|\s&\s")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*$")


def _may_hold_conjunct(phrase: str) -> bool:
    """Whether ``phrase`` holds what each match of :data:`_CONJUNCT` holds
    (a comma, "and" or "&"): most phrases hold none, and need no search."""
    return "," in phrase or "and" in phrase or "&" in phrase


def _first_conjunct(phrase: str) -> str:
    """``phrase`` up to its first comma or "and", but for an "and" inside a
    name ("the leader of the Public and Commercial Services Union")."""
    if not _may_hold_conjunct(phrase):
        return phrase
    for m in _CONJUNCT.finditer(phrase):
        if not (m.group() != ", " and phrase[m.end():m.end() + 1].isupper()
                and _CAPITALISED_BEFORE.search(phrase, 0, m.start())):
            return phrase[:m.start()]
    return phrase


_NEW_NOUN_PHRASE = re.compile(r"(?:,\s|\sand\s|\s&\s)\s*(?:and\s+)?(?:the|an?|his|her|their)\s", re.I)

_PHRASE_FIRST_WORDS = frozenset(phrase.split(" ", 1)[0] for phrase in _PHRASE_TYPE)


def _hits(words: list[str]) -> list[tuple[int, str]]:
    """(position, type) of every role word or two- or three-word role phrase."""
    hits: list[tuple[int, str]] = []
    n = len(words)
    skip_to = 0
    for i, w in enumerate(words):
        if i < skip_to:
            continue  # (inside a three-word role: "board of elections")
        triple = f"{w} {words[i + 1]} {words[i + 2]}" if i + 2 < n and w in _PHRASE_FIRST_WORDS else ""
        if triple in _PHRASE_TYPE:
            hits.append((i + 2, _PHRASE_TYPE[triple]))
            skip_to = i + 3
            continue
        # (a pair is built only where a two-word role can start)
        pair = f"{w} {words[i + 1]}" if i + 1 < n and w in _PHRASE_FIRST_WORDS else ""
        if (hits and hits[-1][0] == i and f"{words[i - 1]} {w}" in _PHRASE_TYPE
                and _WORD_TYPE.get(w) != "generic"):
            # a phrase's last word: "state attorney" is no lawyer (a staff role,
            # "press secretary", still depends on whom it works for)
            if pair in _PHRASE_TYPE:  # "chief executive officer": the phrases chain
                hits[-1] = (i + 1, _PHRASE_TYPE[pair])
            continue
        if pair in _PHRASE_TYPE:
            hits.append((i + 1, _PHRASE_TYPE[pair]))
        elif w in _WORD_TYPE:
            if i and w in ("center", "centre") and words[i - 1] in _PLACE_CENTRES:
                continue  # a place, no think tank: "the community center's program coordinator"
            if w == "average" and i + 1 < n and words[i + 1] != "of":
                continue  # an adjective, no average of polls: "the average American"
            if w in ("card", "cards") and i + 1 < n:
                continue  # a card's name for another thing: "LG card's creditors", "credit card firm"
            hits.append((i, _WORD_TYPE[w]))
        elif w in _WEAK_OFFICIAL:
            hits.append((i, "weak"))
        elif w.endswith(("ologist", "ologists")):
            hits.append((i, "expert"))  # a specialist: "an oncologist", "a climatologist"
    return hits


def _context_type(hits: list[tuple[int, str]]) -> str:
    """Type that the organisation around a staff role gives it."""
    kinds = {t for _, t in hits}
    for kind in ("media", "expert", "organization", "official"):
        if kind in kinds:
            return kind
    return "official"  # "officials", "an aide", "a spokesman": government by default


# An office in a past administration: "director in the Clinton administration",
# "an official during George W. Bush's administration", "a diplomat under
# President George W. Bush" (not "a Clinton administration").
_PAST_PRESIDENTS = r"Reagan|Bush|Clinton|Carter|Ford|Nixon"
_PAST_ADMINISTRATION = re.compile(
    r"\b(?:in|under|during|for|of)\s+(?:the\s+)?(?:(?:George\s+W\.|George\s+H\.\s?W\.|Bill|Ronald)\s+)?"
    rf"(?:{_PAST_PRESIDENTS})(?:['’]s)?\s+(?:administration|White\s+House)\b"
    r"|\bunder\s+(?:former\s+)?Presidents?\s+"
    r"(?:George\s+W\.\s+|George\s+H\.\s?W\.\s+|Bill\s+|Ronald\s+)?"
    rf"(?:{_PAST_PRESIDENTS})\b")

# The presidents a _PAST_ADMINISTRATION match names, one of which each holds:
# re skips ahead in C to their first letters.
_PAST_PRESIDENT = re.compile(_PAST_PRESIDENTS)

# Where social media users post: "some on Twitter" are members of the public.
_SOCIAL_MEDIA = re.compile(r"\b(?:on|via)\s+(?:Twitter|Facebook|Instagram|Reddit|YouTube|social\s+media)\b")

# A tenure with both its years gives a former office ("ambassador to the
# United States from 2007 to 2013").
_PAST_TENURE = re.compile(r"\bfrom\s+(?:19|20)\d\d\s+(?:to|until)\s+(?:19|20)\d\d\b")

# A campaign of the past: "on John McCain's presidential campaign in 2008",
# "for Mitt Romney's presidential campaign four years ago".
_PAST_CAMPAIGN = re.compile(r"\bcampaigns?\b.*?\b(?:in\s+(?:19|20)\d\d|years\s+ago)\b")

# Nouns that count what follows "of": "significant numbers of Republican
# voters", "the majority of lawmakers", "an average of 10 percent of
# registered voters" are voters and lawmakers (and "an average of polls", polls).
_QUANTITIES = {"number", "numbers", "majority", "majorities", "share", "plurality", "half",
               "third", "quarter", "fraction", "proportion", "bulk", "lot", "lots", "dozens",
               "hundreds", "thousands", "millions", "handful", "group", "groups", "minority",
               "average", "averages"}

# Nouns that hold what follows "of": the role is what they hold.
_CONTAINERS = {"batch", "copy", "copies", "series", "trove", "cache", "set", "collection",
               "excerpt", "excerpts", "version", "draft"}


_HOLDERS = _CONTAINERS | _QUANTITIES


def _what_of(words: list[str], holders: set[str]) -> list[str]:
    """The words after the first "of" when the word before it holds or counts
    them ("batch", "majority"), else ``words``."""
    if "of" in words[1:] and words[words.index("of", 1) - 1] in holders:
        return words[words.index("of", 1) + 1:]
    return words


_OF_AT_WITH = re.compile(r"(?:of|at|with)\s")
# A company's head or owner, then its name: an outlet's are the outlet's.
_HEAD_OF = re.compile(r"\b(?i:ceo|chief executive|founder|co-founder|publisher|owner|"
                      r"executive chairman)\s+(?:of|at)\s+(?:[Tt]he\s+)?")


# A person's body after "of" or "from": "[Richard Doherty,] from Panasonic's
# Hollywood Laboratories", "of Amnesty International" (not "of London").
_OF_BODY = re.compile(r"(?:of|from|at|with)\s+(?:the\s+)?"
                      r"([A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})")
_BODY_WORDS = _EMPLOYER_WORDS | {"laboratories", "labs", "company", "corporation", "bank",
                                 "confederation"}


def _names_a_body(name: str) -> bool:
    """Whether ``name`` is a non-government body's: an organisation word, or
    initials that are no government's ("CBI", not "FBI")."""
    words = [_TRAILING_POSSESSIVE.sub("", w.rstrip(".,")).lower() for w in name.split()]
    if set(words) & (_GOVERNMENT_WORDS | _COUNTRIES | {"us", "u.s"}):
        return False
    return bool(set(words) & _BODY_WORDS) or (
        len(words) == 1 and bool(_BARE_ACRONYM.fullmatch(name.rstrip(".,"))))


# Words of a legislature, whose committees are no organisations.
_LEGISLATURES = {"senate", "house", "commons", "lords", "congress", "congressional", "parliament",
                 "parliamentary", "assembly", "legislature", "legislative"}
# Words of a party's committee, even a legislature's party's.
_PARTY_COMMITTEE = {"campaign", "national", "steering", "caucus"}
# A vice president who works "at" a body, the phrase's head: a company's,
# not the country's.
_VICE_PRESIDENT_AT = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z-]+\s+){0,2}"
                                r"[Vv]ice[ -][Pp]resident\b[^,;]{0,60}?\bat\s+(?:the\s+)?"
                                r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})")
# An advocacy group named for the people it speaks for, in capitals:
# "Americans for Prosperity", "Citizens United", "Moms Demand Action".
_GROUP_PEOPLE = "Americans|Citizens|Moms|Mothers|Students|Parents|Families|Veterans|Women|" \
                "Taxpayers|Patriots|People"
_GROUP_WORD = re.compile(_GROUP_PEOPLE)
_GROUP_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)*(?:{_GROUP_PEOPLE})"
    r"(?:\s+(?:for|against|(?!Affairs\b|Administration\b|Day\b)[A-Z][\w'’.-]*)"
    r"(?:\s+(?:(?:the|of)\s+)?[A-Z][\w'’.-]*)*)+")


def is_group_name(phrase: str) -> bool:
    """Whether ``phrase`` is an advocacy group's name, made of the people it
    speaks for ("Americans for Prosperity", "Hispanic Patriots for Trump")."""
    return bool(_GROUP_WORD.search(phrase)) and _GROUP_NAME.fullmatch(phrase.strip()) is not None


# A company's or a non-profit's name by its last word: "General Motors", "British Airways".
_COMPANY_LAST = (
    r"Motors|Air\s?[Ll]ines|Airways|Industries|Technologies|"
    r"Holdings|Enterprises|Corp|Corporation|Inc|plc|PLC|Ltd|Pharmaceuticals|Electric|"
    # (a network of computers, not of stations: "Arbor Networks", "Cisco Systems")
    r"Networks|Systems|Software|Entertainment")
# and a non-profit's, though a country may open it: "the United States
# Elections Project", "the Sentencing Project", "the Climate Coalition"
_NONPROFIT_LAST = r"Project|Coalition"
_COMPANY_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?:[A-Z][\w&'’.-]*\s+)+(?:{_COMPANY_LAST})\.?"
    rf"|(?:[Tt]he\s+)?(?:[A-Z][\w&'’.-]*\s+)+(?:{_NONPROFIT_LAST})")
# What any _COMPANY_NAME match holds, its last word after white space: re
# skips ahead in C to the white space, where _COMPANY_NAME's search tried its
# words at every capital of a phrase (few phrases hold one).
_COMPANY_WORD = re.compile(rf"\s(?:{_COMPANY_LAST}|{_NONPROFIT_LAST})")


# "General" written out before a trade names a company, no general: "US
# behemoth General Electric", "a General Motors spokesman" (not "Gen. Mills";
# the people index reads it so too).
_GENERAL_COMPANY = re.compile(r"\bGeneral\s+(?:Electric|Motors|Mills|Dynamics|Foods|Atomics)\b")
# A preposition before an employer's name: "director [for ]Arbor Networks".
_EMPLOYER_NAMED_NEXT = re.compile(r"\s(?:at|for|of|with|from)\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")  # (a longer name goes on: "Fox Networks Group")


# _OUTLET after an optional "The ": its fullmatch of "The X" is _OUTLET's of
# "The X" or of "X" (it has no lookbehind), two forms in one call.
_OUTLET_AFTER_THE = re.compile(r"(?:The )?" + _OUTLET.pattern)


def _is_outlet_name(name: str) -> bool:
    """Whether ``name`` is an outlet's, with or without its article ("The
    Hill", "the Drudge Report", "the Federalist")."""
    bare = name[4:] if name[:4].lower() == "the " else name
    if bare == name and _WORD_TYPE.get(bare.lower()) == "expert":
        return False  # a trade before a name ("Economist Colen Garrow"), not The Economist
    # (the name as written, with "The" or without an article; the name is one
    # of the last two but for another article: "the Hill")
    if name != bare and name[:4] != "The " and _OUTLET.fullmatch(name):
        return True
    return _OUTLET_AFTER_THE.fullmatch(f"The {bare}") is not None


# A lawyer by the court pleaded before ("Supreme Court advocate"), not a campaigner.
_COURT_ADVOCATE = re.compile(r"\b(?:[Cc]ourt|[Aa]ppellate|[Tt]rial)\s+advocates?\b")


# A word written right before a person's name of two words or more: its title
# ("journalist Matei Rosca", "Gov. Mike Pence"; not "group Electronic
# Frontier Foundation", a body's name).
_TITLE_OF_NAME = re.compile(r"([a-z][\w-]*|[A-Z][a-z]{1,3}\.)\s+((?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]+)+)")


def _not_titles_of_names(phrase: str, words: list[str], hits: list[tuple[int, str]]):
    """The ``hits`` (role words of ``words``, from ``phrase``) that are no
    title of a name the phrase holds: with no role before its first
    preposition, a phrase's role words before a name are that person's, not
    the head's ("an in-prison interview with journalist Matei Rosca")."""
    if not any(c.isupper() for c in phrase[1:]):
        return hits
    titles = {_ALIAS.get(title, title) for m in _TITLE_OF_NAME.finditer(phrase)
              for title in [m.group(1).lower().rstrip(".")]
              if not {w.lower() for w in m.group(2).split()} & _ORG_NAME_WORDS}
    # (a body's epithet is no person's title: "the technology giant Cisco Systems")
    return [h for h in hits if words[h[0]] not in titles or h[1] == "organization"]


# The words type_phrase types a phrase "document" from: the document-kind
# words of _WORD_TYPE ("report", "poll") and those of its phrases ("Facebook
# post"), which its words (ASCII letter runs, lower-cased, possessives
# dropped) must hold for it to do so.
_DOCUMENT_WORDS = frozenset({w for w, kind in _WORD_TYPE.items() if kind == "document"}
                            | {w for phrase, kind in _PHRASE_TYPE.items() if kind == "document"
                               for w in phrase.split()})
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _may_be_document(phrase: str) -> bool:
    """Whether :func:`type_phrase` may type ``phrase`` "document": only if one
    of its words (its runs of ASCII letters, in lower case, after the
    possessives type_phrase drops, which may join the letters around an
    apostrophe) is a document's word, so a phrase with none needs no typing
    to tell it is no document (most appositions: "a former aide")."""
    if "'" in phrase or "’" in phrase:
        phrase = _POSSESSIVE.sub("", phrase)
    return not _DOCUMENT_WORDS.isdisjoint(map(str.lower, _ASCII_WORD.findall(phrase)))


@functools.lru_cache(maxsize=4096)
def type_phrase(phrase: str, describes_named: bool = False) -> tuple[str | None, int]:
    """Type a descriptive phrase ("former Russian diplomat") from its role words.

    With ``describes_named``, the phrase describes a person named apart from
    it, so a name inside it is someone else's, and so is its title
    (:func:`_not_titles_of_names`); a source phrase may end in its own
    speaker's name ("Essential Guide to British Quangos 2005 author Dan Lewis").

    Returns ``(source_type, strength)``; strength is 2 for a clear head word,
    1 for a staff role without context or a party label, 0 (type None) when
    the phrase has no role word.
    """
    typed = _phrase_type(phrase)
    return _type_phrase(phrase, describes_named) if typed is _NAMING_DECIDES else typed


# (what _type_phrase returns, asked for a phrase's type either way, where
# ``describes_named`` changes it)
_NAMING_DECIDES = object()


@functools.lru_cache(maxsize=4096)
def _phrase_type(phrase: str):
    """``phrase``'s type whether or not it describes a person named apart from
    it, or _NAMING_DECIDES: a person's descriptions are typed both ways in one
    article (as descriptions, then as phrases), and the flag only counts for
    a phrase with no role word before its first preposition, so each phrase
    is worked out once."""
    return _type_phrase(phrase, None)


def _type_phrase(phrase: str, describes_named: bool | None):
    """:func:`type_phrase`'s work; with ``describes_named`` None, the type
    for either value, or _NAMING_DECIDES where the two differ."""
    if _poll_public(phrase):
        return "public", 2  # poll shares, respondents: unnamed voters
    if " of " in phrase and _NAME_OF_BEFORE_DOCUMENT.search(phrase):
        phrase = _NAME_OF_BEFORE_DOCUMENT.sub(r"\1 ", phrase)  # (the name's "of" read as none)
    if "figure" in phrase:
        # people, not numbers: "the party's top figures" are its leaders
        phrase = _LEADING_FIGURES.sub(r"\1 leader\2", phrase)
    if "arty" in phrase:
        # "the party's top leaders" are party leaders, politicians
        phrase = _PARTY_TOP_LEADERS.sub(r"party \1", phrase)
    # (cheap tests before rare patterns: each match holds the word tested;
    # ignore-case matching takes only their two cases for f, a and m, every
    # code point checked)
    if "fam" in phrase.lower() and _FAMILY_SPOKESPERSON.search(phrase):
        return "public", 2  # "Family spokesman Bob Gunnell": the family speaks through him
    if ("University" in phrase or "College" in phrase) and _UNIVERSITY_HEAD.search(phrase):
        return "expert", 2  # "the chancellor of Baylor University": an academic, not a chancellor of state
    if "dvocate" in phrase and _COURT_ADVOCATE.search(phrase):
        return "expert", 2  # "a leading Supreme Court advocate": a lawyer who argues there
    if _MILITANT_GROUP.fullmatch(phrase.strip()):
        return "organization", 2  # "The Islamic State": a group, not a state
    if _is_outlet_name(phrase.strip()):
        return "media", 2  # "Business Insider" (not an insider), "The Hill", "the Drudge Report"
    if "ounterpart" in phrase and _NATIONAL_COUNTERPART.search(phrase):
        return "official", 2  # "his Spanish counterpart": a minister's, as the one he meets
    if _GOVERNMENT_BODY_NAME.fullmatch(phrase.strip()) and not _NOT_GOVERNMENT.search(phrase):
        return "official", 2  # "The National Audit Office" (no audit), "the Scottish Executive"
    if "General " in phrase and _GENERAL_COMPANY.search(phrase):
        return "organization", 2  # the company's, or its staff's: "General Electric"
    company_word = _COMPANY_WORD.search(phrase) is not None
    if company_word and _COMPANY_NAME.fullmatch(phrase.strip()) or is_group_name(phrase):
        # "General Motors" (no general), "Delta Air Lines"; "Americans for
        # Prosperity", "Citizens United" (a group's name, not the people)
        return "organization", 2
    company = _COMPANY_NAME.search(phrase, 1) if company_word else None
    if (company and _EMPLOYER_NAMED_NEXT.search(phrase, 0, company.start())
            and not _CAPITAL_NEXT.match(phrase, company.end())
            and not _GROUP_WORD.search(company.group())):
        # a role at a company named so is the company's, whatever its name
        # holds: "sales director for Arbor Networks" (no TV network)
        return type_phrase(f"{phrase[:company.start()]}the company{phrase[company.end():]}")
    at = _VICE_PRESIDENT_AT.match(phrase)
    if at and not ({w.lower() for w in at.group(1).split()}
                   & (_GOVERNMENT_NAME | _STATES | _COUNTRIES)):
        # "vice president of search properties at Ask Jeeves": a company's
        # (or a think tank's: "at the Cato Institute", an expert)
        body = type_phrase(phrase[at.start(1):])[0]  # ("at Third Way, a think tank")
        return (body if body in ("expert", "media") else "organization"), 2
    if (("cover" in phrase or "report" in phrase or "wr" in phrase or "work" in phrase
         or "anchor" in phrase) and _JOURNALISM.search(phrase) and works_for_outlet(phrase)):
        return "media", 2  # "who covered the White House for 40 years for ABC News"
    if _OF_AT_WITH.match(phrase) and _OUTLET.search(phrase):
        return "media", 2  # "[Amy Walter] of the Cook Political Report": of an outlet
    head = _HEAD_OF.search(phrase) if " of " in phrase or " at " in phrase else None
    if head and (_OUTLET.match(phrase, head.end())
                 or type_phrase(phrase[head.end():])[0] == "media"):
        return "media", 2  # "CEO of CNN", "publisher of the Des Moines Register": an outlet's
    # The first conjunct carries the head: "sources in X and people close to Y".
    first = _first_conjunct(phrase)
    if first[:1].islower() and " " not in first and first != phrase and not _is_plural(first):
        first = phrase  # a shared head: "campaign and corporate records", "state and local officials"
    words = first_words = _tokens(first)
    first_hits = _hits(words)
    if all(kind in ("generic", "weak") or words[i] in _PARTIES for i, kind in first_hits) or (
            first_hits[-1][1] == "generic" and not _NEW_NOUN_PHRASE.match(phrase, len(first))):
        # no role, or a staff role sharing its employer, in the first conjunct:
        # "president and chief executive of the Host Committee", "vice president
        # and general counsel for the Trump Organization" are typed as a whole
        # (not "a former NAACP leader and a Sanders supporter"); so is a party
        # label first: "a Republican and former Virginia governor"
        words = _tokens(phrase) if first != phrase else words
    while words and words[0] in ("even", "only", "at", "least", "perhaps"):
        words = words[1:]  # "even some of those hardliners", "at least some of ..."
    if len(words) > 2 and words[1] == "of" and (words[0] in _INDEFINITE or words[0] in _UNSPECIFIED
                                                or words[0] in ("all", "none", "each")):
        words = words[2:]  # "many of his supporters": the supporters are the role
        while len(words) > 1 and words[0] in ("the", "those", "these", "his", "her", "their", "its"):
            words = words[1:]
    words = _what_of(words, _HOLDERS)  # "a new batch of State Department emails"
    if "turned" in words:  # "staffer turned analyst": the current role counts
        words = words[len(words) - words[::-1].index("turned"):]
    former = (bool(_FORMER & set(words))
              or _PAST_PRESIDENT.search(phrase) is not None
              and _PAST_ADMINISTRATION.search(phrase) is not None
              or "from" in phrase and _PAST_TENURE.search(phrase) is not None)
    hits = first_hits if words is first_words else _hits(words)  # (the same words: the same hits)
    # (friends heading the first conjunct, after their owner's role too: "the
    # candidate's friends and political allies", "Friends, lobbyists and
    # former foes" are typed by the allies, the lobbyists, a staff role too)
    friends = bool(hits) and words[hits[-1][0]] in ("friends", "friend")
    if hits and (friends or all(words[i] in _KIN or kind == "public" and words[0] in ("a", "an")
                                for i, kind in hits)):
        # a relative, or one supporter, first, a role after: "German's brother
        # and fellow longtime television comedian", "a Clinton supporter and
        # president of the Center for American Progress" (two groups named in
        # turn, "teachers and union officials", are the first)
        for conjunct in _CONJUNCT.split(phrase)[1:]:
            kind, strength = type_phrase(conjunct)
            if kind not in (None, "public", "document", "unspecified") and (strength == 2 or friends):
                return kind, strength
    if words and words[-1] == "media" and all(kind == "weak" for _, kind in hits):
        return "media", 2  # "the U.S. media", "much of the media" (not "a media adviser")
    if not hits:
        if _OUTLET.search(phrase):
            return "media", 2
        if _ACADEMIC.search(phrase):  # "Harvard's", "of Georgetown University"
            return "expert", 2
        body = _OF_BODY.match(phrase.strip())
        if body and _names_a_body(body.group(1)):
            return "organization", 1  # "[Sarah Jones,] from the CBI", "of Amnesty International"
        return None, 0
    # The head is the last role word before the first preposition.
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and i > 0), len(words))
    head_hits = [h for h in hits if h[0] < cut]
    if not head_hits:
        head_hits = (_not_titles_of_names(phrase, words, hits) if describes_named is not False
                     else hits)[:1]
        if describes_named is None and head_hits != hits[:1]:
            return _NAMING_DECIDES  # (the head told by whether the phrase's names are its own)
    if not head_hits:
        return None, 0  # "an interview with journalist Matei Rosca": the journalist is another
    head = head_hits[-1][1]
    if (words[head_hits[-1][0]] in ("committee", "committees") and _LEGISLATURES & set(words[:cut])
            and not _PARTY_COMMITTEE & set(words)):
        # a legislature's committee is part of government: "the House Oversight
        # Committee", "Two Senate committees" (not a party's: "the Democratic
        # Congressional Campaign Committee", "the Republican National Committee")
        return "official", 2
    kinds = {t for _, t in hits}
    if "unspecified" in kinds and any(w in ("close", "familiar") for w in words):
        head = "unspecified"
    if head == "document":
        # (an outlet whose name ends in a document's word is no document:
        # "the UK-published China Review", "Harvard Business Review")
        outlet = _OUTLET.search(phrase) if head_hits[-1][0] == len(words) - 1 else None
        if outlet and outlet.end() == len(phrase.rstrip()):
            return "media", 2
        return "document", 2
    if (head == "expert" and not former and words[head_hits[-1][0]] in _HIRED_EXPERTS
            and (words and words[0] in ("his", "her", "their") or _BODY_OWNER.search(phrase))):
        # "His chief strategist": someone's campaign staff; "the group's chief
        # strategist": a body's staff, no expert from outside
        return "organization", 2
    if (head == "expert" and not former and words[head_hits[-1][0]] in _HIRED_EXPERTS
            and (_PAC.search(phrase) or _CHIEF_HIRED.search(phrase)
                 and not _ACADEMIC.search(phrase) and not _PAST_CAMPAIGN.search(phrase))):
        # "chief strategist for the super PAC Priorities USA": its staff, as
        # any chief strategist ("the Chamber's chief political strategist")
        return "organization", 2
    if (head == "expert" and not former and _CANDIDATE_STAFF.search(phrase)
            and not _ACADEMIC.search(phrase) and not _PAST_CAMPAIGN.search(phrase)):
        # "Sanders' chief strategist", "pollster for Mr. Trump": campaign staff,
        # an organisation (SOURCE_TYPES.md); a pollster speaking as such (or a
        # former or past campaign's strategist) is an expert
        return "organization", 2
    if head == "weak":
        strong = [t for _, t in hits if t != "weak"]
        if strong:
            head = strong[-1]
        else:
            return ("former_official" if former else "official"), 1
    role = words[head_hits[-1][0]]
    if (role in ("boss", "bosses") and not former
            and any(t == "official" and i < head_hits[-1][0] and words[i] not in _PARTIES
                    and words[i] != "party" for i, t in hits)):
        return "official", 2  # "Electoral Commission boss": a public body's head, no club's
    if role in ("veteran", "veterans") and _CANDIDATE_STAFF.search(phrase):
        return "organization", 2  # "a 2008 Clinton veteran": of her campaign, not of a war
    if role in ("member", "members") and _UNION.search(phrase) and not former:
        return "public", 2  # "a union member", "members of the Teamsters": no union staff
    if (role in ("speaker", "speakers") and not former and not _LEGISLATURES & set(words)
            and (words[0] in ("a", "an") or _EVENTS & set(words[:head_hits[-1][0]])
                 or role == "speakers" and _EVENTS & set(words))):
        # "a Christian speaker", "the conference speaker", "many speakers at the
        # service": one of many, no house's Speaker
        return "public", 2
    if head == "generic":
        context = [h for h in hits if h[1] not in ("generic", "weak") and words[h[0]] not in _PARTIES]
        if (role == "member" and not context and not former
                and not (_PARTIES | _LEGISLATURES | {"board"}) & set(words)
                and not any(w[:1].isupper() for w in phrase.split()[1:])
                and not _INITIALS_OPENING.match(phrase)):
            # one member of nothing an office, a party or a board holds, nor of
            # a body named ("a USDP member", "MPC member Paul Tucker"): "Founding
            # member Geoff Barrow" of a band, "a band member" (members, bare,
            # stay a house's)
            return "public", 1
        if _LEGISLATURES & set(words):
            # a legislature's committee is the legislature's: "chairman of the
            # Senate Judiciary Committee", "of the Commons public accounts committee"
            context = [h for h in context if words[h[0]] not in ("committee", "committees")]
        # a party's leader or spokesman is a politician: "Tory leader Michael Howard"
        kind = "official" if not context and _PARTIES & set(words) else _context_type(context)
        if _KNOWN_BODIES & set(words if not context else words[:cut]) \
                and not _GOVERNMENT_OWNED.search(phrase):
            # "Facebook officials", "a Google spokesman", "Facebook's global
            # politics and government outreach director": the company's staff
            kind = "organization"
        if kind != "media" and (works_for_outlet(phrase) or _OUTLET_BEFORE_ROLE.match(phrase)):
            # "the reviews director at Publishers Weekly", "a Fox News spokeswoman"
            return "media", 2
        staff = not context and _CANDIDATE_STAFF.search(first) is not None
        inferred = False  # the employer known only from a name after "of", "for", "with"
        if staff or (kind == "official" and not _PARTIES & set(words)
                     and works_for_organization(phrase)):
            inferred = not staff
            # "Trump senior adviser", "a Sanders spokesman": campaign staff;
            # "the president of Judicial Watch", "a vice president in the office
            # of John Burns Real Estate Consulting": the staff of a non-government body
            kind = "expert" if _ACADEMIC.search(phrase) else "organization"
            kinds = kinds | {kind}
        if former and (kind == "official" or kind == "organization" and (
                inferred or "committee" in words or "bank" in words)):
            # (a former head of a non-government body is no former official:
            # "former NAACP president Ben Jealous", "a former Trump aide"; one
            # whose employer is only inferred may be: "former officials who
            # spoke with The Huffington Post", a congressional committee's or
            # the World Bank's former staff)
            return "former_official", 2
        strength = 2 if len(kinds - {"generic", "weak"}) else 1
        if kind == "organization" and _THINK_TANK.search(phrase):
            return "expert", 2  # "president of the American Action Forum, a conservative think tank"
        return kind, strength
    if head == "unspecified":
        if "official" in kinds or "generic" in kinds:
            return "official", 2  # "sources in the government", "people close to the Kremlin"
        if _SOCIAL_MEDIA.search(phrase):
            return "public", 2  # "some on Twitter": social media users
        if "organization" in kinds and words[-1] in ("source", "sources"):
            return "organization", 2  # "one Trump campaign source"
        place = _WORKS_AT.search(phrase)
        if place:
            kind = type_phrase(place.group(1))[0]
            if kind in ("organization", "media", "expert"):
                return kind, 2  # "a source at the company", "a source at CNN": its staff
        return "unspecified", 2
    if head == "official" and former:
        return "former_official", 2
    # (not "one analyst quoted by the Agence France Presse news agency": an
    # expert; asked only of the two heads it changes, for most phrases neither)
    outlet = (head in ("public", "expert") and _OUTLET.search(phrase) is not None
              and _QUOTED_BY.search(phrase) is None)
    if head == "public" and outlet and len(kinds) == 1:
        return "media", 2
    if (head == "public" and len(kinds) == 1 and head_hits[-1][0] == len(words) - 1
            and words[-1] in _STANCE_ONLY and not _CRITICS_FIELDS & set(words)):
        return "unspecified", 2  # "Critics", "his critics": a stance, no role (not "movie critics")
    if head == "expert" and words[head_hits[-1][0]] in _ON_AIR_EXPERTS and outlet:
        return "media", 2  # "an ESPN analyst", "a CNN political analyst": on the outlet's staff
    return head, 2


# A body's initials opening a phrase: "[MPC] member".
_INITIALS_OPENING = re.compile(r"[A-Z]{2,}\b")

# Where an unnamed source works: "a source [at the company]".
_WORKS_AT = re.compile(r"\b(?:at|in|inside|within)\s+(.+)$")

# Events with speakers of their own, not a house's Speaker.
_EVENTS = {"conference", "convention", "rally", "event", "commencement", "graduation", "dinner",
           "service", "funeral", "memorial", "ceremony", "vigil"}

# Figures who are people: "top figures", "leading Republican figures".
_LEADING_FIGURES = re.compile(r"\b((?:top|leading|senior|prominent|party)(?:\s+[A-Z][\w-]*)?)\s+figure(s?)\b")

_PARTY_TOP_LEADERS = re.compile(r"\b[Pp]arty['’]s\s+(?:top|senior|leading|most\s+prominent)\s+(leaders?)\b")

# A think tank named in a phrase, whose staff are experts; a PAC, whose
# hired strategists are its staff.
# A body owning a role: "the group's chief strategist", "the PAC's pollster".
_BODY_OWNER = re.compile(r"\b(?i:group|organization|organisation|committee|pac|coalition|union|"
                         r"campaign|firm|company)['’]s\s")
_THINK_TANK = re.compile(r"\bthink[- ]tanks?\b")
_PAC = re.compile(r"\bPACs?\b")

# A union named as such ("union", "the United Auto Workers", "the Teamsters").
_UNION = re.compile(r"\b(?:[Uu]nions?|Teamsters|Machinists|Steelworkers|Brotherhood|AFL-CIO|AFSCME|"
                    r"SEIU|UAW|Workers\b|Federation of (?:Teachers|Labor))")

# Militant groups speaking as such ("The Islamic State asserted responsibility"),
# only as the whole phrase: "an ISIS-sympathetic cleric" is typed by "cleric".
_MILITANT_GROUP = re.compile(
    r"(?i:the\s+)?(?:(?:Pro-)?Islamic State(?:['’]s)?(?:\s+(?:group|militants|fighters|forums))?"
    r"|ISIS|ISIL|Daesh|Taliban|al[- ]Qaeda|Hezbollah|Hamas|Boko Haram)")

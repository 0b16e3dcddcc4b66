"""Employers of a role: whom a staff role's phrase says the person works for.

:func:`works_for_outlet` tells a news outlet named as the employer ("the
reviews director at Publishers Weekly"), :func:`works_for_organization` a
non-government body ("a Freedom Partners official", "spokesman for
Judicial Watch"), and :func:`staff_employer` names a company's staff
role's employer ("a Lufthansa spokesman" -> "Lufthansa"). Government
bodies are told by the words of their names (``_GOVERNMENT_BODY``,
``_REGULATOR``). :mod:`analysis.source_types` types a phrase with these.
"""

from __future__ import annotations

import re

from analysis.names import _ORG_NAME_WORDS, _TITLES, _US_STATES, census_gender
from analysis.phrase_words import _TRAILING_POSSESSIVE, _tokens
from analysis.role_words import (
    _BARE_ACRONYM,
    _COUNCIL_OF_STATE,
    _COUNTRIES,
    _EMPLOYER,
    _EMPLOYER_BEFORE,
    _EMPLOYER_WORDS,
    _GENERIC,
    _GOVERNMENT_ACRONYMS,
    _GOVERNMENT_NAME,
    _GOVERNMENT_OWNED,
    _INSTITUTIONS,
    _OFFICIAL,
    _OUTLET,
    _PARTIES,
    _STATES,
    _WORD_TYPE,
)

__all__ = ["staff_employer", "works_for_organization", "works_for_outlet"]

# A journalist's employer: "the reviews director at Publishers Weekly", "who
# covered the White House for 40 years for ABC News".
_FOR_OUTLET = re.compile(r"\b(?:(?:for|at|with)\s+(?:the\s+)?(?=[A-Z])"
                         r"|of\s+(?:the\s+)?(?=[A-Z][\w.]*\s+(?:Times|Post|Journal|News)\b)"
                         # "a member of USA TODAY's Board of Contributors"
                         r"|of\s+(?:the\s+)?(?=[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s))")


# An outlet named right before a staff role: "a Fox News spokeswoman" (not
# "Vicente Fox's spokesman": a first name before it).
_OUTLET_BEFORE_ROLE = re.compile(rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:{_OUTLET.pattern})\s+[a-z]")


def works_for_outlet(phrase: str) -> bool:
    """Whether ``phrase`` names a news outlet as the employer of a role."""
    return any(_OUTLET.match(phrase, m.end()) for m in _FOR_OUTLET.finditer(phrase))


# Words of a government's name, for :func:`works_for_organization` (both
# branches) and source_types' :func:`_names_a_body`, each adding its own: an employer's name
# is a government's by a few more words ("the SEC's Boston office", "Director
# of Public Prosecutions", "the Joint Chiefs of Staff"), and a country's name
# counts only in a body named after "of" or "from" ("from France"; a company's
# name may hold one: "Telekom Austria").
_GOVERNMENT_WORDS = _GOVERNMENT_NAME | _GOVERNMENT_ACRONYMS | _STATES | _US_STATES
_GOVERNMENT_EMPLOYER_WORDS = _GOVERNMENT_WORDS | {"joint", "chiefs", "staff", "public", "prosecutions"}


def works_for_organization(phrase: str) -> bool:
    """Whether a staff role's employer is named and is a non-government body:
    a name with an organisation word or an acronym ("Judicial Watch",
    "Massachusetts DFER", "the Clinton Foundation"), with no word of a
    government body. A person's name alone ("spokesman for Paul Ryan") is not."""
    if _GOVERNMENT_OWNED.search(phrase):
        return False  # "the president of the government's Federal Academy"
    employer = _EMPLOYER.search(phrase)
    if employer:
        words = employer.group(1).split()
        lower = {w.strip(".,’'").lower() for w in words}
        if lower == {"staff"}:
            return False  # "Chief of Staff": a title, no employer
        government = lower & _GOVERNMENT_NAME
        if government == {"council"} and not set(_tokens(phrase)) & _COUNCIL_OF_STATE:
            government = set()  # "the Jewish Community Relations Council", not "the City Council"
        if government or lower & _OFFICIAL:
            return False
        return bool(lower & _ORG_NAME_WORDS or lower & _EMPLOYER_WORDS
                    or any(len(w) > 1 and w.isupper() for w in words)
                    # a name of two words or more that opens with no first name
                    # and no title names a body ("Planned Parenthood"; not
                    # "Paul Ryan", "Mr. Pinchuk", "the Joint Chiefs of Staff")
                    or len(words) > 1 and not _GOVERNMENT_EMPLOYER_WORDS & {
                        _TRAILING_POSSESSIVE.sub("", w).strip(".,’'").lower() for w in words}
                    and _no_first_name_or_title(words[0]))
    # Named before the role: "AFT President", "a Freedom Partners official",
    # "L2 president" (not "S.C. Rep.", "FBI Director", "Obama spokesman")
    employer = _EMPLOYER_BEFORE.match(phrase)
    if not employer:
        return False
    words = employer.group(1).split()
    lower = {w.lower() for w in words}
    if lower & (_GOVERNMENT_WORDS | _PARTIES):
        return False
    return bool(lower & _EMPLOYER_WORDS or any(_BARE_ACRONYM.fullmatch(w) or any(
        c.isdigit() for c in w) for w in words)
        # a club's or a firm's chairman by one word, no place of government
        # ("Lions chairman", "Wigan chairman", "the Warriors chief")
        or len(words) == 1 and _club_head(phrase, employer.end(1))
        and not {_TRAILING_POSSESSIVE.sub("", w) for w in lower} & (
            _STATES | _COUNTRIES | _US_STATES | _GOVERNMENT_NAME | _OFFICIAL | _INSTITUTIONS
            | {"his", "her", "its", "their", "our", "my", "a", "an", "the", "assistant", "deputy",
               "acting", "vice", "senior"}))


_CLUB_HEAD = re.compile(r"(?i:chair(?:man|woman)|chief)\b(?:\s+(\S+))?")


def _club_head(phrase: str, pos: int) -> bool:
    """Whether a chairman or chief heads the phrase at ``pos``: nothing or a
    name after it ("Lions chairman", "Gazprom chief Alexei Miller"; not
    "Chief Constable", "chief economic adviser")."""
    head = _CLUB_HEAD.match(phrase, pos)
    after = head.group(1) if head else None
    return bool(head) and (after is None or after[0].isupper() and after.lower() not in _WORD_TYPE
                           and after.lower() not in ("constable", "superintendent", "inspector"))


# The employer a staff role names, before it or after "of", "for", "at": "a
# Lufthansa spokesman", "head of Preventon" (a name of one to four words).
# (roles a company has: not "member", "leader" or "official", which a foreign
# party the lexicons do not know has too: "a USDP member")
_STAFF = "|".join(sorted(_GENERIC - {"member", "members", "leader", "leaders", "official", "officials",
                                     "ally", "allies", "insider", "insiders", "representative"},
                         key=lambda w: (-len(w), w)))
_EMPLOYER_NAME = r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
# Before the role, only a spokesman's, a chairman's, a chief's or a head's
# ("French president", "Shadow foreign secretary", "Rings director" name no
# employer): "a Lufthansa spokesman", "Ladbrokes spokesman Warren Lush".
_STAFF_EMPLOYER = re.compile(
    rf"^(?:(?:[Aa]n?|[Tt]he)\s+)?{_EMPLOYER_NAME}(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,2}}"
    r"(?:spokes(?:man|woman|person|people|men)|chair(?:man|woman)?|chief|head)$"
    # (a description opening a sentence keeps its capital: "The head of Mercury")
    rf"|^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{_STAFF})\s+(?:of|for|at)\s+(?:the\s+)?"
    rf"{_EMPLOYER_NAME}$"
    # (and the owner of an office of a field: "Merck's head of research")
    rf"|^{_EMPLOYER_NAME}['’]s?\s+(?:[a-z-]+\s+){{0,2}}(?:{_STAFF})\s+of\s+[a-z][a-z\s-]*$")
# The endings of _STAFF_EMPLOYER's first form (a spokesman, spokeswoman,
# spokesperson, spokespeople, spokesmen, chair, chairman, chairwoman, chief,
# head) and what its others hold (a role "of", "for" or "at" an employer).
_STAFF_HEAD_ENDINGS = ("man", "men", "person", "people", "chair", "chief", "head")
_OF_FOR_AT = re.compile(r"\s(?:of|for|at)\s")
# A people's name, which names no employer: "Venezuelan", "Dutch", "Chinese", "Israeli".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ch|i)")
_NATIONAL_COUNTERPART = re.compile(rf"\b{_DEMONYM.pattern}\s+counterparts?\b")


# Governments by their seat or initials, beyond the government words already
# checked ("a Downing Street spokesman", "a US official"), and a politician's
# brief ("Health spokesman Paul Burstow").
_SEATS_OF_GOVERNMENT = {"downing", "elysee", "élysée", "us", "u.s", "shadow", "health", "education",
                        "foreign", "home", "defence", "defense", "transport", "environment", "culture",
                        "trade", "finance", "economic", "housing", "welfare", "pensions", "energy",
                        "agriculture", "interior", "immigration", "constitutional", "affairs"}


def staff_employer(phrase: str) -> str | None:
    """The name of a staff role's employer when it names no government, party,
    place or country, by its words ("a Lufthansa spokesman" -> "Lufthansa",
    "head of Preventon"; not "a Home Office spokesman", "a Labour spokesman"),
    else None. Whether the name is a person's is for the caller to say."""
    stripped = phrase.strip()
    # (tried only where one of its forms can match: most descriptions end in
    # no staff head and hold no "of", "for" or "at")
    match = (_STAFF_EMPLOYER.match(stripped)
             if stripped.endswith(_STAFF_HEAD_ENDINGS) or _OF_FOR_AT.search(stripped) else None)
    name = match and (match.group(1) or match.group(2) or match.group(3))
    if not name or name in ("A", "An", "The"):
        return None  # ("A spokesman": an article, no employer)
    words = {_TRAILING_POSSESSIVE.sub("", w).strip(".,").lower() for w in name.split()}
    if (set(_tokens(phrase)) - _GENERIC) & _OFFICIAL:
        return None  # an office's word anywhere ("minister", "senator"): a government's
    if words & (_GOVERNMENT_EMPLOYER_WORDS | _PARTIES | _COUNTRIES | _OFFICIAL | _INSTITUTIONS
                | _SEATS_OF_GOVERNMENT) or (
            _GOVERNMENT_BODY.search(name) or _REGULATOR.fullmatch(name)
            or census_gender(name.split()[0].lower()) is not None
            or any(_DEMONYM.fullmatch(w) for w in name.split())):
        return None
    return _TRAILING_POSSESSIVE.sub("", name)


def _no_first_name_or_title(word: str) -> bool:
    """Whether the word opening a name is neither a first name nor a title
    ("Planned", not "Paul" or "Mr.")."""
    low = word.strip(".,’'").lower()
    return low not in _TITLES and census_gender(low) is None


# A government body by a noun in its name ("the Bureau of Labor Statistics";
# British ones too: "the Home Office", "the Crown Prosecution Service", "the
# Treasury", "the Scottish Executive", "the Office for National Statistics").
_GOVERNMENT_BODY = re.compile(r"\b(?:Department|Ministry|Bureau|Agency|Office|Service|Treasury|Executive|"
                              r"Inspectorate)\b")
_NOT_GOVERNMENT = re.compile(r"\bBetter Business Bureau\b|\bNews Agency\b|\b(?:Post|Box) Office\b"
                             r"|\b(?:News|Wire|Parcel|Customer|Financial) Service\b|\bChief Executive\b"
                             # a body of its own named last: "National Korean American
                             # Service and Education Consortium"
                             r"|\b(?:Consortium|Coalition|Alliance|Association|Foundation|Institute|"
                             r"Society|League|Federation|Union|Project|Network)\s*$")
# A government body's whole name, by its last word or the "Office for ..." it opens with.
_GOVERNMENT_BODY_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*"
                                   r"(?:Office|Service|Treasury|Executive|Inspectorate)"
                                   r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*"
                                   r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?")


# Britain's regulators: "Ofcom", "Ofsted", "Ofwat", "Ofgem".
_REGULATOR = re.compile(r"Of(?:com|sted|wat|gem|tel|qual|reg)")

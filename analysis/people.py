"""The people an article names, and what it says about them.

:class:`ArticleIndex` makes one pass over an article's text and collects
person names (capitalised runs with titles and sentence words stripped:
"U.S. President Donald Trump" → "Donald Trump"), every later surname mention
("Bondarev said", "WALLACE:"), the words the article uses to describe each
person (pre-modifiers "former Russian diplomat", appositions ", director of
the Carnegie Russia Eurasia Center", party tags "(R-Texas)", "of the New York
Times") and a gender guess from titles, role nouns and nearby he/she. It
answers the questions :mod:`analysis.speakers` asks: which person a surname,
a pronoun or a title ("the mayor") refers to, and the person's source type.

Written by hand because no offline library does named-entity recognition or
coreference without downloaded models.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from analysis.names import (
    _FEMALE_FIRST,
    _KNOWN_FIRST_NAMES,
    _KNOWN_ORGANIZATIONS,
    _KNOWN_SURNAMES,
    _MALE_FIRST,
    _MONTHS_DAYS,
    _NOT_NAME,
    _ORG_NAME_WORDS,
    _PLACE_ENDINGS,
    _TITLES,
    _US_STATES,
    _name_keys,
    census_gender,
    in_race_throughout,
    is_known_official,
    known_profile,
    known_role,
)
from analysis.source_types import (
    DEFAULT_PERSON_TYPE,
    _FORMER,
    _FUNCTION,
    _INSTITUTIONS,
    _KIN,
    _OUTLET,
    _POSSESSIVE,
    _STATES,
    _TRAILING_POSSESSIVE,
    _WEAK_OFFICIAL,
    _WORD_TYPE,
    _is_plural,
    _tokens,
    type_phrase,
)

__all__ = ["ArticleIndex", "Person"]


# ----------------------------------------------------------- person index
# Capital and small letters, accented ones too ("José Martínez", "Peña
# Nieto", "Łukasz"): Python's re has no Unicode letter classes.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
# (also combining accents, and UTF-8 read as Latin-1, as in some PolNeAR
# texts: "PeÃ±a Nieto"; not \xa0, a no-break space)
_LOW = "a-zß-öø-ÿĀ-ſ\u0300-\u036f\x80-\x9f\xa1-\xbfÃÂ"
# (a token's first capital factored out of the alternatives)
_NAME_TOKEN_REST = rf"(?:[{_LOW}]*(?:[-'’][{_UP}][{_LOW}]+)+|[{_LOW}]{{1,3}}[{_UP}][{_LOW}]+|[{_LOW}]+|\.)"
# After the first token also a Korean given name: "Ban Ki-moon", "Moon Jae-in"
# (not "Pro-life")
_NAME_TOKEN = (rf"(?:(?!(?:Pro|Pre|Anti|Non|Post|Mid|Self|Semi|Multi|Well|Long|Half|All|Ex|Co|Re)-)"
               rf"[{_UP}][a-z]{{1,3}}-[a-z]{{2,4}}\b|[{_UP}]{_NAME_TOKEN_REST})")

# Speed: these whole-text patterns open with the character class they must
# start with and test the character before it by a lookbehind over two
# characters, (?<!\w.) for a \b: re then skips ahead to that class in C; a
# leading lookbehind or \b makes it try a match at every position.
# Runs of two or more capitalised tokens (a name needs two; "Obama, Jr." too):
# single words, the commonest match by far, are left to re to skip in C.
_NAME_RUN = re.compile(
    rf"[{_UP}](?<![\w.].){_NAME_TOKEN_REST}(?:(?:[ \t]+(?:(?:de|del|da|van|von|bin|al|la|le|di|du)[ \t]+)?"
    rf"{_NAME_TOKEN})+(?:,? (?:Jr|Sr)\.)?|,? (?:Jr|Sr)\.)"
)

_FEMALE_CUES = re.compile(r"\b(?:spokeswoman|congresswoman|chairwoman|"
                          r"businesswoman|mother|wife|daughter|widow|sister|first lady)\b", re.I)

_MALE_CUES = re.compile(r"\b(?:spokesman|congressman|businessman|father|husband|"
                        r"brother)\b", re.I)

# A dotted title and a lone surname: "Mr. Obama", "Pres. Obama" (not "Sen. Ted Cruz").
# (the titles spelled out: a generic "\b([A-Z][a-z]{1,3})\." tried every capital)
_DOTTED_TITLES = "|".join(rf"{t[0]}(?<!\w.){t[1:]}" for t in sorted(
    (t.capitalize() for t in _TITLES if 2 <= len(t) <= 4), key=lambda t: (-len(t), t)))
# (the \b after each title's first letter, as (?<!\w.): see _NAME_RUN)
_DOTTED_TITLE_SURNAME = re.compile(rf"({_DOTTED_TITLES})\.\s+([{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)*)"
                                   rf"(?:['’]s)?(?![-'’\w]|\s+[{_UP}])")

# A capitalised word not followed by another one ("Bondarev said", "WALLACE:").
_SURNAME = re.compile(r"[A-Z](?<![\w’'-].)[\w’'-]*[\w](?![\w’'-])(?!\s+[A-Z][a-z])")

_SUBJECT_PRONOUN = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
# A he/she word; group 1 (the letters after the h) when it is a man's. (The
# first letter leads, as in _NAME_RUN; a lookbehind picks its words.)
_GENDER_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?i:(e|im|is|imself))|(?<=[Hh])(?i:er|ers|erself)"
                             r"|(?<=[Ss])(?i:he))\b")

# Opening and closing marks may differ ("Trump doesn't understand,” said ...),
# and NYT texts write ''quotes'' with doubled apostrophes.
# (one class leads both alternatives, a lookbehind picks the branch: re then
# skips to a quote mark in C instead of trying every position)
_QUOTE = re.compile(r"[“\"'](?:(?<=[“\"])[^“”\"\n]*[”\"]|(?<=')'[^\n]*?'')")

# "at" left out: "Trump at the Tampa Convention Center" is a place, not an employer.
# A few lowercase words may describe the place first: "Phil Musser of digital
# consulting firm IMGE", "of the conservative Heritage Foundation".
_OF_PLACE = re.compile(r"^\s+((?:of|from) (?:the )?(?:(?!(?:of|and|in|on|at|for|to|who|is|was|said|says)\s)"
                       r"[a-z][a-z-]+ ){0,3}[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5})")

# A name whose campaign is mentioned: "Sanders' campaign", "the Kasich campaign said".
_HAS_CAMPAIGN = re.compile(r"(?:['’]s?)?\s+(?:presidential\s+|re-?election\s+|Senate\s+)?campaign\b")
# A name whose show or column is mentioned: "Limbaugh's radio show", "Kelly's program".
_HAS_SHOW = re.compile(r"['’]s?\s+(?:(?:radio|television|TV|talk|late-night|nightly|weekly|daily|"
                       r"popular|own)\s+)*(?:show|program|programme|podcast|column|blog)\b")
# A name then where the person writes: "Nate Cohn, writing in The New York
# Times", "Ilya Shapiro argues at The Federalist", "Liz Kreutz points out in a
# column on Yahoo News": a writer for that publication (not a date, not a
# social network: "wrote on Twitter" says nothing of a role).
_WRITES_IN = re.compile(r"^,?\s+(?:writing|writes|wrote|argues|argued|notes|noted|points out|pointed out)"
                        r"\s+(?:in|for|at|on)\s+(?:(?:a|an|his|her)\s+(?:[a-z-]+\s+){0,2}"
                        r"(?:column|op-ed|piece|post|essay|article)\s+(?:in|for|at|on)\s+)?"
                        r"(?:[Tt]he\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})")
_NOT_PUBLICATIONS = {"twitter", "facebook", "instagram", "reddit", "youtube", "tumblr", "snapchat"}

# A name then "is" and a role: "Amanda Renteria is the Clinton campaign's
# national political director", "Gaudiano is a Washington-based reporter".
_IS_ROLE = re.compile(r"^\s+is\s+(?:also\s+|now\s+)?((?:the |an? )?[^,.;:!?“”\"()\n]{3,80})")

# A name then "was elected" / "is running for": a politician, whatever the office.
_ELECTED = re.compile(r"(?:,[^,.;:\n]{1,40},)?\s+(?:who\s+)?(?:is|was|has been|had been|were)\s+"
                      r"(?:(?:first|narrowly|easily)\s+)?(?:elected|re-elected|running for|sworn in)\b")
_CLAUSE_VERBS = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "can",
                 "could", "should", "said", "says", "did", "does", "told", "added", "may", "might"}

_PARTY_TAG = re.compile(r"^\s*\((?:[RDI]|[RDI]-[A-Z][\w. ]{0,20})\)")

# USA Today's style: "Sen. Lindsey Graham, R-S.C., said".
_COMMA_PARTY_TAG = re.compile(r"^,\s*[RDI]-[A-Z][A-Za-z.]{0,8},")

# The apposition runs to the next punctuation, titles and initialisms aside:
# ", Mr. Obama's deputy national security adviser", ", a former C.I.A. analyst".
_APPOSITION = re.compile(
    r"^(?:\s+(?:II|III|IV)\b)?\s*(?:\([^)\n]{0,40}\)\s*)?"  # "I. Charles McCullough III, the ..."
    r"(?:,|\s[-—–](?=\s+(?:[Tt]he|[Aa]n?|former)\s))\s+(?:\d{1,3},\s+)?"  # "X - the senator"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\.\s|(?:[A-Z]\.){2,}\s?|[^,.;:“”\"()\n]){3,120})")

_WHO_CLAUSE = re.compile(r"^who (?:(?:has|have|is|now|also|still|currently|once|previously) )*"
                         r"(?:(served|was|had|had been|formerly|used to be) )?(?:(?:been|as|an?) )*")

# What a scholar does, as a role: "Lee Epstein, who teaches constitutional law".
_SCHOLARLY_VERBS = {"teaches": "professor", "studies": "researcher", "researches": "researcher"}

_RELATIVE_CUT = re.compile(r"\s(?:who|which|that|whose)\s")

_PRE_APPOSITION = re.compile(r"(?:^|[.;:!?“”\"]\s+|\n|,\s+|''\s+)((?:[Tt]he |[Aa]n? )?[^,.;:!?“”\"\n]{3,70}),\s*$")

# Words before the first article of a phrase that does not start with one.
_BEFORE_ARTICLE = re.compile(r"^(?![Tt]he\s|[Aa]n?\s).*?\s(?=(?:the|a|an)\s)")

_SUBORDINATORS = {"in", "on", "at", "as", "according", "after", "while", "when", "if", "because",
                  "although", "but", "and", "for", "with", "by", "from", "since", "before", "during",
                  "meanwhile", "still", "yet", "so", "then", "last", "this", "that", "today"}

_APPOSITION_BAD_START = set("""
he she it they we i you who which that said says told added according adds noted wrote asked
and but or as when while if where whose whom also had has have was is were are will would
along together like unlike including
""".split())  # ("Ms. Epstein, along with Judge Richard A. Posner": no apposition)

_PRE_OK = set("""
senior top chief deputy current longtime long-time veteran leading prominent political foreign
national local state federal press communications research policy presidential tax law
economic defense security military retired former ex one-time onetime independent conservative
liberal progressive civil rights human public health election legal party intelligence
turned republican democratic vice assistant associate executive general managing special
interim acting outgoing incoming fellow chief agent agents bureau
""".split())

@dataclass
class Person:
    """A person named in the article: full name, descriptors as ``(offset,
    phrase)``, gender votes, mention count, and whether a title ("Mr.",
    "Sen.") was seen."""

    name: str
    descriptors: list[tuple[int, str]] = field(default_factory=list)
    female: int = 0
    male: int = 0
    mentions: int = 0
    titled: bool = False

    @property
    def gender(self) -> str | None:
        first = (self.name.split()[0].lower() if " " in self.name
                 else _KNOWN_FIRST_NAMES.get(self.name.lower(), ""))  # "Obama": Barack
        if first in _FEMALE_FIRST:  # a first name outweighs a stray he/she vote
            return "f" if self.male < self.female + 4 else "m"
        if first in _MALE_FIRST:
            return "m" if self.female < self.male + 4 else "f"
        census = census_gender(first) if first else None
        if census is not None and abs(self.male - self.female) < 2:
            return census  # "Stacey Edwards", "Jay Carney": unless the article's he/she say otherwise
        if self.female > self.male:
            return "f"
        if self.male > self.female:
            return "m"
        return None


def _without_possessive(word: str) -> str:
    """``word`` without a trailing "'s", "’s" or apostrophe (the regex runs only
    on words holding an apostrophe: most do not, and this runs per token)."""
    return _TRAILING_POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


@functools.lru_cache(maxsize=4096)  # (asked for each mention of a name: names recur)
def _surname_key(name: str) -> str:
    tokens = name.split()
    key = tokens[-1] if tokens[-1].rstrip(".,") not in ("Jr", "Sr") or len(tokens) < 3 else tokens[-2]
    return _without_possessive(key.rstrip(",")).lower().replace("’", "'")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")


def _clean_run(tokens: list[str]) -> list[str]:
    """Drop titles and sentence words before the name proper."""
    cut = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(".")
        if i > cut and _INITIAL.fullmatch(tok):
            continue  # a middle initial, not the article: "Roberta A. Kaplan"
        if i == len(tokens) - 1 and i > cut and low in _MODAL_SURNAMES and _is_first_name(tokens[i - 1]):
            continue  # a surname that is also a modal verb: "George Will", "Theresa May"
        if (low in _NOT_NAME or low in _FUNCTION or tok.count(".") > 1 and _INITIALS.fullmatch(tok)
                or len(tokens) - i > 2 and any(_WORD_TYPE.get(part, "document") != "document"
                                               for part in low.split("-"))):
            # "Billionaire Donald Trump", "Washington Political Editor Matthew Boyle"
            cut = i + 1
        elif i < len(tokens) - 1 and ("’" in tok or "'" in tok) and _POSSESSIVE.search(tok):
            cut = i + 1  # "Center’s Len Burman"
    if len(tokens) - cut > 2 and tokens[-1] in ("Show", "Show’s", "Show's"):
        return tokens[cut:-1]  # "The Rachel Maddow Show" names its host
    if (len(tokens) - cut > 2 and tokens[cut].lower().endswith(("ing", "ed"))
            and not _is_first_name(tokens[cut]) and _is_first_name(tokens[cut + 1])):
        cut += 1  # a verb opening the sentence: "Entrusting Donald Trump with ...", "Crooked Hillary Clinton"
    return tokens[cut:]


# Modal verbs that are also surnames (only after a first name: "George Will").
_MODAL_SURNAMES = frozenset({"will", "may"})

_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _is_first_name(word: str) -> bool:
    low = word.lower()
    return low in _FEMALE_FIRST or low in _MALE_FIRST or census_gender(low) is not None


def _is_person(tokens: list[str]) -> bool:
    if not 2 <= len(tokens) <= 4 or len(tokens[-1]) < 2 or tokens[-1].endswith("."):
        return False
    lower = {_without_possessive(t).lower().rstrip(".") for t in tokens}
    last = _without_possessive(tokens[-1]).lower()
    first = tokens[0].lower()
    if len(tokens) > 2 and (first in _FEMALE_FIRST or first in _MALE_FIRST):
        # "Kathleen Hall Jamieson": after a first name, only the surname can
        # make the run an organisation's name ("John Hopkins University")
        lower = {last}
    dates = lower & _MONTHS_DAYS
    if dates and len(tokens) > 1:
        # month names are also names: "Theresa May", "April Ryan", "Jan Brewer",
        # "Ai Jun" (an abbreviation in a run of names is no date); never days
        dates -= _MONTH_ABBREVIATIONS
        if _is_first_name(first):
            dates -= _MONTHS
    return not (lower & _ORG_NAME_WORDS or dates or lower & _STATES or first in _KNOWN_ORGANIZATIONS
                or last in _PLACE_ENDINGS or _OUTLET.fullmatch(" ".join(tokens)))  # "Mother Jones"


# First names that are also common words ("Will", "May", "Bill"): never a
# mention on their own.
_WORDLIKE_FIRST = {"will", "may", "mark", "bill", "hope", "grace", "rich", "joy", "faith", "chase",
                   "page", "sandy", "frank", "guy", "art", "earl", "june", "april", "rush", "gene",
                   "dean", "major", "king", "john", "al", "cleveland"}


def _well_known_politician(name: str) -> bool:
    """A politician of the era named in full ("Donald J. Trump") or by surname alone ("Obama")."""
    return is_known_official(name) or (" " not in name and name.lower() in _KNOWN_SURNAMES)


_PAIRED_FIRST = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _first_names(persons: dict, surnames: dict) -> dict[str, str]:
    """First name -> full name, for the people named in full whom no one else
    shares a first name with: "Donald, then in college, did not approve" is
    Donald Trump in a story naming him in full (a surname's key wins)."""
    owners: dict[str, list[str]] = {}
    for name in persons:
        tokens = name.split()
        if (len(tokens) > 1 and _is_first_name(tokens[0]) and tokens[0].lower() not in _WORDLIKE_FIRST
                and tokens[0].lower() not in _US_STATES):
            owners.setdefault(tokens[0], []).append(name)
    return {first: names[0] for first, names in owners.items()
            if len(names) == 1 and first.lower() not in surnames}


class ArticleIndex:
    """Person names and their descriptors in one article, built in one pass.

    ``persons`` maps a full name to its :class:`Person`; ``mentions`` lists
    ``(start, end, name)`` of every full-name or surname mention, in order.
    """

    def __init__(self, text: str):
        self.text = text
        self.persons: dict[str, Person] = {}
        self.quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        self._quote_starts = [s for s, _ in self.quotes]
        surnames: dict[str, str] = {}
        full_mentions = []
        titled_singles: list[str] = []  # "Mr. Obama" in an article that never gives "Barack"
        headlines = _headline_spans(text)
        headline_starts = [s for s, _ in headlines]
        self._headlines, self._headline_starts = headlines, headline_starts
        headline_names: list[str] = []  # a fallback: "Cecile Richards: ‘I’m Sick Of ...’"
        self.title_names: list[str] = []  # people named in the article's title line
        title_end = text.find("\n")
        title_end = title_end if 0 < title_end <= 200 else 0
        for m in _NAME_RUN.finditer(text):
            raw = m.group().split()
            tokens = _clean_run(raw)
            if _inside(headlines, headline_starts, m.start()):
                if _is_person(tokens):
                    headline_names.append(" ".join(tokens))
                    if headlines[0][0] == 0 and m.start() < headlines[0][1]:
                        self.title_names.append(" ".join(tokens))
                continue
            titled = len(raw) > len(tokens) and raw[-len(tokens) - 1].lower().rstrip(".") in _TITLES
            if len(tokens) == 1 and titled and _is_person(["X", *tokens]):
                titled_singles.append(_TRAILING_POSSESSIVE.sub("", tokens[0].rstrip(",")))
                continue
            if not _is_person(tokens) or _FACILITY_AFTER.match(text, m.end()):
                continue  # (the "James S. Brady briefing room" is no one)
            name = " ".join(tokens)
            start = m.end() - len(name)
            if start < title_end:  # a title in sentence case: "Laura Bush sees 'Hope'"
                self.title_names.append(name)
            known = surnames.get(_surname_key(name))
            if (known and known.endswith(" " + name) and tokens[0].lower() not in _FEMALE_FIRST
                    and tokens[0].lower() not in _MALE_FIRST):
                name = known  # "Wasserman Schultz" after "Debbie Wasserman Schultz"
            person = self.persons.setdefault(name, Person(name))
            person.mentions += 1
            person.titled |= titled
            full_mentions.append((start, m.end(), name))
            key = _surname_key(name)
            # A shared surname goes to the well-known politician, else to the
            # person introduced first ("Obama" is Barack, not Michelle, Obama).
            previous = surnames.get(key)
            if previous is None or (is_known_official(name) and not is_known_official(previous)):
                surnames[key] = name
        for m in _DOTTED_TITLE_SURNAME.finditer(text):
            # "Mr. Obama", "Sen. Cruz": the dot ends the capitalised run above,
            # so a surname after a dotted title is found here
            if (m.group(1).lower() in _TITLES and _is_person(["X", m.group(2)])
                    and not _inside(headlines, headline_starts, m.start())):
                titled_singles.append(_TRAILING_POSSESSIVE.sub("", m.group(2)))
        for single in titled_singles:
            key = _surname_key(single)
            if key not in surnames:
                surnames[key] = single
                self.persons[single] = Person(single, titled=True)
        for name in headline_names:
            # the article gives this person's full name only in a title-case
            # line: it still names the "Richards" of the body
            key = _surname_key(name)
            if key not in surnames and name not in self.persons:
                surnames[key] = name
                self.persons[name] = Person(name)
        self.surnames = surnames
        self._full_at: dict[str, list[tuple[int, str]]] = {}  # surname -> (start, full name)
        # "Clinton and her husband, former President Bill Clinton, ...": news
        # style names a relative in full; a bare "Clinton" after it is still
        # the one the story is about, so such mentions do not count as recent
        self._kin_named = {start for start, _, _ in full_mentions
                           if _KIN_BEFORE.search(text, max(0, start - 60), start)}
        for start, _, name in full_mentions:
            self._full_at.setdefault(_surname_key(name), []).append((start, name))
        # (the namesakes of each surname, built once: asked for every mention)
        self._namesakes = {key: frozenset(n for _, n in named) for key, named in self._full_at.items()}
        mentions = list(full_mentions)
        # surname matches that are the last word of a full-name mention
        covered_ends = {(e - len(n.split()[-1]), e) for s, e, n in full_mentions}
        firsts = _first_names(self.persons, surnames)
        covered_starts = {s for s, _, _ in full_mentions}  # "Vladimir V. Putin"
        if surnames:
            for m in _SURNAME.finditer(text):
                word = m.group()
                if word[-1] in "s’'":
                    word = _TRAILING_POSSESSIVE.sub("", word)
                key = word.lower().replace("’", "'")
                if key not in surnames and word not in firsts:
                    continue
                if (m.start(), m.end()) in covered_ends or m.start() in covered_starts or _inside(
                        headlines, headline_starts, m.start()):
                    continue
                if key not in surnames and _PAIRED_FIRST.match(text, m.end()):
                    continue  # "David and Charles Koch": a first name of another pair
                name = self.surname_at(key, m.start()) if key in surnames else firsts[word]
                mentions.append((m.start(), m.start() + len(word), name))
                self.persons[name].mentions += 1
        mentions.sort()
        self.mentions = mentions
        self._mention_starts = [s for s, _, _ in mentions]
        self.roles: dict[str, list[tuple[int, str]]] = {}
        self.former_roles: dict[str, list[tuple[int, str]]] = {}  # "former president"
        self._president_title_picks_the_president()
        self._collect_descriptors()
        self._collect_gender()
        self._titles_pick_gender()
        self._types: dict[str, str] = {}

    # -- evidence -------------------------------------------------------
    def _collect_descriptors(self) -> None:
        text = self.text
        shared = (-1, "")  # a plural title before a list of names, and where the list is
        for start, end, name in self.mentions:
            person = self.persons[name]
            before = text[max(0, start - 150):start]
            pre = _premodifier(before)
            if not pre and shared[0] >= 0 and _NAME_LIST_GLUE.fullmatch(text, shared[0], start):
                pre = shared[1]  # "Sens. Ted Cruz of Texas and [Marco Rubio] of Florida"
            words = pre.split()
            plural = bool(words) and _is_plural(words[-1].lower().rstrip("."))
            shared = (end, pre) if plural else (-1, "")
            if pre and not any(w[:1].islower() or _POSSESSIVE.search(w) or w.lower().rstrip(".")
                               in _WORD_TYPE or w.lower().split("-")[0] in _WORD_TYPE
                               for w in pre.split()):  # ("Editor-in-Chief Martin Baron")
                pre = ""  # only capitalised words: a headline or a name run, not a role
            elif pre and pre.split()[-1].lower() in _BODIES:
                pre = ""  # "the kind of campaign Ayotte hoped to run": a body, no role
            owner = _OWNER_ONLY.fullmatch(pre)
            if owner and before.rstrip()[:-len(pre)].endswith(("the ", "The ")):
                pre = f"the {pre}"  # "The Post's Greg Sargent": the outlet's
            elif owner and owner.group(1).lower() in _LEADER_PLACES:
                # "Germany's Angela Merkel", "Illinois's Mark Kirk": news style
                # for a country's or a state's leader (a weak cue: "Florida's
                # Rick Wilson, a Republican strategist" stays an expert)
                pre = f"{pre} leader"
            if pre:
                person.descriptors.append((start, pre))
            premodified = bool(pre)  # (pre also gathers the apposition, for gender below)
            after = text[end:end + 160]
            if _PARTY_TAG.match(after) or _COMMA_PARTY_TAG.match(after):
                person.descriptors.append((start, "politician"))
            if (_HAS_CAMPAIGN.match(after) and not self.in_quote(start)
                    and (text[start:end] == name or len(self.namesakes(name)) < 2)):
                # "Trump's campaign": a candidate (a bare surname only when no
                # other person of that surname is named: not Melania Trump)
                person.descriptors.append((end, "candidate"))
            if _HAS_SHOW.match(after):  # "Hannity's show": a host
                person.descriptors.append((end, "host"))
            role = _IS_ROLE.match(after)
            if role:
                phrase = _RELATIVE_CUT.split(role.group(1), maxsplit=1)[0]
                first = phrase.split()[0]
                # a noun phrase: "the ...", "a ...", "president of ...", "Senior
                # Editor"; not "is donating", "is not known as", "is ''activating"
                if (first in ("the", "a", "an") or first[0].isupper() or first in _WORD_TYPE
                        or first in _PRE_OK) and type_phrase(phrase)[0] not in (
                            None, "document", "unspecified"):
                    person.descriptors.append((end, phrase))
            writes = _WRITES_IN.match(after)
            where = writes.group(1).split()[0].lower().strip(".’'") if writes else ""
            if writes and where not in _MONTHS_DAYS and where not in _NOT_PUBLICATIONS:
                person.descriptors.append((end, f"writer for {writes.group(1)}"))
            if _ELECTED.match(after):  # "Khan, a Muslim, was elected as mayor"
                person.descriptors.append((end, "politician"))
            place = _OF_PLACE.match(after)  # "Paul Krugman of the New York Times"
            if place:
                person.descriptors.append((end, place.group(1)))
            app = _APPOSITION.match(after)
            if app:
                phrase = " ".join(app.group(1).split()[:16])
                who = _WHO_CLAUSE.match(phrase)
                if who:  # "who served as labor secretary", "who hosts the show"
                    phrase = ("former " if who.group(1) else "") + phrase[who.end():]
                    verb = phrase.split(maxsplit=1)[0] if phrase.split() else ""
                    if verb in _SCHOLARLY_VERBS:  # "who teaches constitutional law at ..."
                        phrase = _SCHOLARLY_VERBS[verb]
                else:  # "a Democratic pollster who is working with ...": the noun phrase
                    phrase = _RELATIVE_CUT.split(phrase, maxsplit=1)[0]
                words = {w.lower() for w in phrase.split()}
                first = phrase.split()[0].lower().strip("’'") if words else "who"
                participle = not who and first.endswith(("ed", "ing")) and first not in _PRE_OK \
                    and first not in _WORD_TYPE  # "Clinton, pressed by moderator Dana Bash"
                if who and who.end() <= 4 and type_phrase(phrase)[0] == "public":
                    # "who relishes counter-punching at his opponents": what
                    # they do, not what they are (a role takes "is"/"served as")
                    participle = True
                if (first not in _APPOSITION_BAD_START and not participle
                        and (who or not words & _CLAUSE_VERBS)  # "X, the campaign has ...": a clause
                        and type_phrase(phrase)[0] != "document"):  # "Sanders, a new poll shows"
                    person.descriptors.append((end, phrase))
                    pre = f"{pre} {phrase}"  # for the gender cues below
            lead_np = (None if premodified or not before.rstrip().endswith(",")
                       else _PRE_APPOSITION.search(before))
            if lead_np and type_phrase(lead_np.group(1))[0] not in (None, "document",
                                                                    "unspecified"):
                # "Dow's chief executive, Andrew Liveris,"; "As the chairman of
                # Donald Trump’s campaign, Paul Manafort told"
                phrase = re.sub(r"^As (?=the )", "", lead_np.group(1))
                # "Police killed [the gunman], Omar Mateen,": the object of a clause
                noun = _BEFORE_ARTICLE.sub("", phrase)
                if (phrase.split()[0].lower() not in _SUBORDINATORS
                        and not {w.lower() for w in phrase.split()} & _CLAUSE_VERBS
                        and type_phrase(noun)[0] not in (None, "document", "unspecified")):
                    person.descriptors.append((start, noun))
                    pre = noun
            title = before[-6:].rstrip(" .")
            if text[start:end] != name and len(self.namesakes(name)) > 1:
                title = ""  # "Mr. Trump" may be another Trump: no evidence for this one
            if title.endswith(("Mrs", "Ms", "Miss")) or (pre and _FEMALE_CUES.search(pre)):
                person.female += 2
            elif title.endswith("Mr") or (pre and _MALE_CUES.search(pre)):
                person.male += 2
        for name, person in self.persons.items():
            profile = known_profile(name) if " " in name else None
            if profile:
                # after the article's own descriptors, which win ties: "the
                # Texas senator" is Ted Cruz even where the story never says so
                person.descriptors.extend((len(text), part) for part in _PROFILE_PARTS.split(profile))
        for name, person in self.persons.items():
            for pos, phrase in person.descriptors:
                words = _tokens(phrase)
                # "the chair" is the current one, not "a former chair"
                roles = self.former_roles if _FORMER & set(words) else self.roles
                for k, word in enumerate(words):
                    if word in _WORD_TYPE and not (k and words[k - 1] == "vice"):
                        # (a vice president is not "the president")
                        roles.setdefault(word, []).append((pos, name))

    def _collect_gender(self) -> None:
        # Each he/she votes for the nearest person mentioned before it in the
        # same stretch of text: a cheap, article-local stand-in for a name-gender list.
        # Only pronouns with a single person named in the 200 characters
        # before them vote, so that two people in one passage do not blur.
        for m in _GENDER_PRONOUN.finditer(self.text):
            i = bisect.bisect_left(self._mention_starts, m.start()) - 1
            if i < 0 or m.start() - self.mentions[i][1] > 200:
                continue
            if self.in_quote(self.mentions[i][0]) and not self.in_quote(m.start()):
                continue  # "“... President Reagan’s trip ...,” she wrote": she is not Reagan
            name = self.mentions[i][2]
            j = i - 1
            while j >= 0 and self.mentions[j][0] > m.start() - 200 and self.mentions[j][2] == name:
                j -= 1
            if j >= 0 and self.mentions[j][0] > m.start() - 200:
                continue  # another person in the window
            if len(self.namesakes(name)) > 1:
                continue  # "Trump" may be either Trump: the vote would be a guess
            person = self.persons[name]
            if m.group(1):
                person.male += 1
            else:
                person.female += 1

    def _president_title_picks_the_president(self) -> None:
        """"President Bush" in an article on Jeb Bush is George W. Bush: a
        surname after "President" goes to the namesake who held that office."""
        for k, (start, end, name) in enumerate(self.mentions):
            if " " in self.text[start:end] or not _PRESIDENT_BEFORE.search(
                    self.text, max(0, start - 20), start):
                continue
            held = [n for n in self.namesakes(name) if n != name and _name_keys(n)[-1] in _PRESIDENTS]
            if held and _name_keys(name)[-1] not in _PRESIDENTS:
                self.mentions[k] = (start, end, held[0])

    def _titles_pick_gender(self) -> None:
        """"Mrs. Trump" is not Donald Trump: a surname after a gendered title
        goes to a namesake of that gender (genders are known only now)."""
        for k, (start, end, name) in enumerate(self.mentions):
            title = _GENDERED_TITLE.search(self.text, max(0, start - 5), start)
            if not title or len(self.namesakes(name)) < 2:
                continue
            gender = "m" if title.group(1) == "Mr" else "f"
            if self.persons[name].gender not in (gender, None):
                self.mentions[k] = (start, end, self.surname_at(_surname_key(name), start, gender))

    # -- queries --------------------------------------------------------
    def surname_at(self, key: str, pos: int, gender: str | None = None) -> str:
        """The person a bare surname at ``pos`` refers to.

        With two people of one surname (Jeh and Gary Johnson), the one named
        in full within the last 1,000 characters (not as someone's relative:
        "her husband, Bill Clinton"); else the well-known
        politician; else the one introduced first. A ``gender`` from a title
        ("Mr. Trump") rules out the namesakes of the other gender.
        """
        default = self.surnames[key]
        named = self._full_at.get(key)
        if gender and named:
            named = [(p, n) for p, n in named if self.persons[n].gender in (gender, None)] or named
            if self.persons[default].gender not in (gender, None):
                default = named[0][1]
        if not named or len({n for _, n in named}) < 2:
            return default
        i = bisect.bisect_left(named, (pos, "")) - 1
        while i >= 0 and named[i][0] in self._kin_named:
            i -= 1
        if i >= 0 and pos - named[i][0] < 1000:
            return named[i][1]
        return default

    def namesakes(self, name: str) -> frozenset[str]:
        """The full names in the article sharing ``name``'s surname."""
        return self._namesakes.get(_surname_key(name), frozenset())

    def by_first_name(self, first: str) -> str | None:
        """The one full name starting with ``first`` ("Digby" -> "Digby Jones"), if unique."""
        matches = [n for n in self.persons if " " in n and n.split()[0] == first]
        return matches[0] if len(matches) == 1 else None

    def in_headline(self, pos: int) -> bool:
        """Whether ``pos`` is on a title-case line (a headline)."""
        return _inside(self._headlines, self._headline_starts, pos)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self._mention_starts, start)
        j = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[i:j]

    def could_be_subject(self, start: int, end: int, name: str) -> bool:
        """Whether the mention ``start:end`` of ``name`` can be what a pronoun
        refers to: outside quotes, a person the article says more of, and not a
        modifier ("Rand's speech", "the Trump release")."""
        person = self.persons[name]
        first = name.split()[0].lower()
        if self.in_quote(start) or not (person.mentions > 1 or person.titled or person.descriptors
                                        or first in _MALE_FIRST or first in _FEMALE_FIRST):
            return False  # a one-off capitalised run may be no person at all
        if self.text.startswith(("'s", "’s", "'", "’"), end):
            return False
        return not _MODIFIED_NAME.search(self.text, max(0, start - 5), start)

    def previous_person(self, pos: int, gender: str | None = None,
                        skip: tuple[int, int] = (-1, -1), depth: int = 0) -> str | None:
        """Nearest person mentioned before ``pos`` outside quotes, compatible in
        gender, and outside the ``skip`` span (the attribution's own content)."""
        # Prefer the subject: the first compatible person of the sentence
        # holding the pronoun, else of the nearest earlier sentence with one.
        i = bisect.bisect_left(self._mention_starts, pos) - 1
        sentence_start = _sentence_start(self.text, pos)
        found, sure, found_at = None, False, pos
        owner = None  # an owner of the right gender in the pronoun's own sentence
        own_sentence = True
        while i >= 0:
            start, end, name = self.mentions[i]
            if start < sentence_start:
                if found:
                    break
                if (own_sentence and owner and gender is not None and depth == 0
                        and not _SUBJECT_PRONOUN[gender].search(self.text, sentence_start, owner[0])):
                    # "Trump's beef was aimed at Megyn Kelly, who he claims ...":
                    # the owner in this sentence, before anyone in an earlier one
                    # (unless a "he" before the owner already names the subject:
                    # "When he took the stage after Mr. Vander Plaats's introduction")
                    return owner[1]
                own_sentence = False
                sentence_start = _sentence_start(self.text, start + 1)  # (+1: one opening there)
            g = self.persons[name].gender
            if (own_sentence and g == gender and not skip[0] <= start < skip[1]
                    and self.text.startswith(("'s", "’s"), end) and not self.in_quote(start)):
                owner = (start, name)
            if not skip[0] <= start < skip[1] and self.could_be_subject(start, end, name):
                # the earliest compatible person of the sentence, one of the
                # right gender before one of unknown gender ("Palo Alto")
                if g == gender or gender is None:
                    found, sure, found_at = name, True, start
                elif g is None and not (found and sure):
                    found, sure, found_at = name, False, start
            i -= 1
        if found and gender is not None and depth < 3:
            # "However, he held his fire on Ben Carson ... He": a "he" opening
            # the sentence of the name found, before any name, is the one this
            # pronoun continues (the sentence's subject); resolve from there.
            floor = _sentence_start(self.text, found_at)
            first = _SUBJECT_PRONOUN[gender].search(self.text, floor, found_at)
            if first and not self.in_quote(first.start()) and not self.mentions_in(floor, first.start()):
                return self.previous_person(first.start(), gender, skip, depth + 1) or found
        return found

    def person_by_role(self, word: str, pos: int, qualifiers: tuple[str, ...] = (),
                       profiles: bool = True, former: bool = False) -> str | None:
        """The person the article describes with role ``word``, nearest before
        ``pos``; among them, those described with all of ``qualifiers`` when any
        are ("the New Jersey governor": not the Ohio governor named last). A
        role known from :func:`~analysis.names.known_profile` stands at each
        mention of its holder (unless ``profiles`` is false). A ``former`` role
        is looked for among former roles first ("the former president": the one
        described as such, Bill Clinton's profile included), else among current
        ones, well-known office holders of the day aside (not Obama)."""
        end = len(self.text)
        candidates = [c for c in self.former_roles.get(word, ()) if former]
        # (a profile's former office answers too: "the former president", Bill Clinton)
        told = len(self.text) + 1 if candidates else end
        if not candidates:
            candidates = [c for c in self.roles.get(word, ()) if (profiles or c[0] < end) and not (
                former and _well_known_politician(c[1]))]
        if not candidates:
            return None
        fitting = [c for c in candidates if all(
            any(re.search(rf"\b(?:{_QUALIFIER_SYNONYMS.get(q, re.escape(q))})\b", phrase, re.I)
                for _, phrase in self.persons[c[1]].descriptors)
            for q in qualifiers)]
        # a profile answers only a qualified role ("the Texas senator"), not "the senator"
        candidates = [c for c in (fitting if qualifiers else candidates) if c[0] < told] or (
            fitting if qualifiers else []) or [c for c in candidates if c[0] < told]
        if not candidates:
            return None
        last_named = {name: start for start, _, name in self.mentions_in(0, pos)}
        # a profile stands where its holder was last named
        placed = [(last_named.get(name, end) if at >= end else at, name) for at, name in candidates]
        before = [c for c in placed if c[0] < pos]
        return (max(before) if before else min(placed))[1]

    def holds_office(self, name: str, office: str, former: bool = False) -> bool:
        """Whether the article gives ``name`` the ``office`` ("governor"), in a
        descriptor or in a title before a mention ("Gov. Chris Christie"); with
        ``former``, a known profile counts only for an office held formerly
        (Rick Perry is a former governor, Bobby Jindal a governor)."""
        titles = _OFFICE_TITLES.get(office, office)
        end = len(self.text)
        if any(re.search(rf"\b(?:{titles})(?!\w)", phrase, re.I)
               and not (former and at >= end and not _FORMER_WORD.search(phrase))
               for at, phrase in self.persons[name].descriptors):
            return True
        surname = re.escape(name.split()[-1])
        return any(any(n == name for _, _, n in self.mentions_in(m.start(), m.end()))
                   for m in re.finditer(rf"\b(?i:{titles})(?:\s+[A-Z][\w.]*){{0,2}}\s+{surname}\b",
                                        self.text))  # (not "President George W. Bush" for Jeb)

    def described_as_former(self, name: str) -> bool:
        """Whether the article calls ``name`` a former (ex-, retired) something."""
        return any(_FORMER_WORD.search(phrase) for _, phrase in self.persons[name].descriptors)

    def person_type(self, name: str) -> str:
        """Type from the article's strongest description of ``name`` (first one on ties)."""
        if name not in self._types:
            best, strength, seen = None, 0, set()
            known = _well_known_politician(name)
            for _, phrase in sorted(self.persons[name].descriptors):
                kind, s = type_phrase(phrase)
                if kind in ("document", "unspecified"):  # a person is neither
                    continue
                if phrase.rstrip(".").lower() in _MILITARY_TITLES:
                    s = 1  # retired officers keep the title: "Gen. Barry McCaffrey, the former ..."
                if kind == "official" and _CANDIDACY.search(phrase):
                    seen.add("candidate")
                if kind and s > strength:
                    best, strength = kind, s
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
                        _FORMER_WORD.search(p) and not _CANDIDACY.search(p)
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
            self._types[name] = best
        return self._types[name]


# A premodifier that is only an owner: "Germany's", "Post's".
_OWNER_ONLY = re.compile(r"([A-Z][\w.]*)['’]s?")
# Countries and US states whose possessive news style puts before a leader's name.
_LEADER_PLACES = _STATES | _US_STATES

# Between two names of a list that share the title before the first: "Sens.
# Johnny Isakson of Georgia and John Boozman", "Reps. Chris Collins (R-N.Y.),
# Duncan Hunter".
_NAME_LIST_GLUE = re.compile(r"\.?(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\s*\([^()\n]{1,20}\))?"
                             r"(?:,\s+and\s+|,\s+|\s+and\s+)")

# Bodies, not roles, when written before a name ("the campaign Manafort was
# running", "whatever real authority Manafort had"); "Secretary of State X" keeps "State".
_BODIES = _INSTITUTIONS - {"state"} | {"authority"}

_GENDERED_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")

# "the Trump campaign": a name modifying the noun after it.
_MODIFIED_NAME = re.compile(r"\b[Tt]he\s+$")

# An office and the titles that give it before a name.
_OFFICE_TITLES = {"governor": r"governor|gov\.", "senator": r"senator|sen\.",
                  "congressman": r"congressman|rep\.", "congresswoman": r"congresswoman|rep\.",
                  "president": r"(?<!vice )(?<!vice-)(?:president|pres\.)"}

# Words a qualifier stands for in a descriptor ("the GOP candidate": Republican).
_QUALIFIER_SYNONYMS = {"GOP": "GOP|Republican", "Dem": "Dem|Democratic"}

_PROFILE_PARTS = re.compile(r",\s+| and (?=former )")

_PRESIDENT_BEFORE = re.compile(r"(?<!Vice )(?<!Vice-)\bPresident\s+$")
# US presidents whom 2015-16 stories call "President <surname>".
_PRESIDENTS = {"barack obama", "george bush", "bill clinton", "jimmy carter", "ronald reagan",
               "george w. bush", "george h. w. bush", "george h.w. bush"}

_MILITARY_TITLES = {"gen", "general", "adm", "admiral", "col", "colonel", "lt", "capt", "captain",
                    "maj", "major", "sgt", "sergeant", "cmdr", "commander"}

_FORMER_WORD = re.compile(r"\b(?:former|ex|retired)\b", re.I)

_CANDIDACY = re.compile(r"nominee|candidate|hopeful|contender|challenger|presidential|running mate", re.I)

_LINE = re.compile(r"[^\n]+")

# A relative introduced by kinship: "her husband, former President [Bill Clinton]".
_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_KIN)) + r"),?\s+(?:(?:former|[A-Z][\w.-]*)\s+){0,3}$")

# A lower-case place noun after a name makes the name a place's: "the James S. Brady briefing room".
_FACILITY_AFTER = re.compile(r"\s+(?:briefing |press |conference |reading )?(?:room|building|airport|"
                             r"stadium|arena|library|memorial|bridge|highway|school|hospital|"
                             r"center|centre|hall|theater|theatre|auditorium|museum|plaza|tower)\b")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")

# (the capital first, then the lookbehind: see _NAME_RUN)
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-].)[A-Za-z'’-]{3,}")


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, "Related article" links): names there are unreliable."""
    spans = []
    for line in _LINE.finditer(text):
        if len(line.group()) > 250:  # body paragraphs: not headlines
            continue
        words = len(_WORD.findall(line.group()))
        # a lower bar for the article's title line; a body line needs nearly
        # every word capitalised ("Fox News Vice President and Washington
        # Managing Editor Bill Sammon expressed ..." is a sentence)
        share = 0.7 if line.start() == 0 else 0.85
        if words >= 3 and len(_CAPITALISED.findall(line.group())) >= share * words:
            spans.append(line.span())
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_INITIALS_OR_TITLE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.")


def _premodifier(before: str) -> str:
    """Role words written just before a name: "former Russian diplomat" Boris Bondarev."""
    words = before.rsplit(None, 10)[-10:]  # (the last ten words, without splitting all)
    taken: list[str] = []
    for word in reversed(words):
        if word[-1] in ",.;:!?”\")]" and not _INITIALS_OR_TITLE.fullmatch(word):
            break
        bare = word.strip("“\"(").lower().rstrip(".")
        bare_root = _POSSESSIVE.sub("", bare)
        if bare_root in _FUNCTION:
            break
        if word[0] in "-–—•" and word[1:2].isalpha():  # a list item: "-Pollster Ann Selzer"
            word, bare_root = word[1:], bare_root[1:]
            if word[0].isupper() or bare_root in _WORD_TYPE:
                taken.append(word)
            break
        if (word[0].isupper() or bare_root in _WORD_TYPE or bare_root in _PRE_OK
                or bare_root in _WEAK_OFFICIAL or "-" in bare_root):
            taken.append(word)
            if word[0] in "“\"(":
                break
        else:
            break
    taken.reverse()
    while taken and taken[0].lower().strip("“\"(") in ("the", "a", "an", "and", "in", "on", "but", "as"):
        taken.pop(0)
    return " ".join(taken)

# Not after an initial or a title: "Michelle F. Tanzer", "Mr. Trump", "U.S. officials".
# (the line break in the leading class: see _QUOTE)
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<![\s.][A-Z]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
                           r"(?<!\bMrs\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)"
                           r"(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)[\"”’)]*\s+(?=[\"“‘(]*[A-Z]))")


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding ``pos`` (a cheap, local search backwards)."""
    lo = max(0, pos - 400)
    last = lo if lo else 0
    for m in _SENTENCE_END.finditer(text, lo, pos):
        last = m.end()
    return last


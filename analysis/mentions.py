"""Where an article names people: runs of capitalised name tokens, lone and
titled surnames, title-case lines, sentence and paragraph starts.

The building blocks of :class:`analysis.people.ArticleIndex`: a name run has
its titles and sentence words stripped ("U.S. President Donald Trump" →
"Donald Trump") and is a person's name unless its words make it a place, an
organisation or a date. Written by hand: no offline library does named-entity
recognition without downloaded models.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Container

from analysis.names import (
    _FEMALE_FIRST,
    _KNOWN_BODIES,
    _MALE_FIRST,
    _MONTHS_DAYS,
    _NOT_AFTER_TITLE_DOT,
    _NOT_NAME,
    _ORG_NAME_WORDS,
    _PLACE_ENDINGS,
    _TITLES,
    _US_STATES,
    _census_first_names,
)
from analysis.phrase_words import _POSSESSIVE, _TRAILING_POSSESSIVE
from analysis.role_words import _FUNCTION, _KIN, _OUTLET, _PEOPLE_WORDS, _STATES

# Capital and small letters, accented ones too ("José Martínez", "Peña
# Nieto", "Łukasz"): Python's re has no Unicode letter classes.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
# (also combining accents, and UTF-8 read as Latin-1, as in some PolNeAR
# texts: "PeÃ±a Nieto"; not \xa0, a no-break space)
_LOW = "a-zß-öø-ÿĀ-ſ\u0300-\u036f\x80-\x9f\xa1-\xbfÃÂ"
# (a token's first capital factored out of the alternatives; a capital may
# follow up to five small letters: "McConnell", "DeSantis", "VanderSloot";
# two initials make one token: "J.J. Goldberg", "E.J. Dionne")
# (and such UTF-8 decomposed after it was misread, its "Ã" and "Â" split into
# "A" and a combining accent: "SarukhA\u0303\x83A\u0302¡n" is one word)
# (runs of small letters possessive, *+ and ++, where no small letter can
# follow them in a match: re gives none back to retry, word by word, what
# cannot match; not before a capital, as Ā-ſ are both)
_NAME_TOKEN_REST = (rf"(?:[{_LOW}]*+(?:[-'’][{_UP}][{_LOW}]++)+|[{_LOW}]{{1,5}}[{_UP}][{_LOW}]+|[{_LOW}]++"
                    rf"|\.(?:[{_UP}]\.)?)(?:A[\u0302\u0303][{_LOW}]*)*")
# After the first token also a Korean given name: "Ban Ki-moon", "Moon Jae-in"
# (not "Pro-life")
# (and a middle initial without its dot, as British outlets write: "George W Bush")
_NAME_TOKEN = (rf"(?:(?!(?:Pro|Pre|Anti|Non|Post|Mid|Self|Semi|Multi|Well|Long|Half|All|Ex|Co|Re)-)"
               rf"[{_UP}][a-z]{{1,3}}-[a-z]{{2,4}}\b|[{_UP}](?:{_NAME_TOKEN_REST}|(?=[ \t][{_UP}][{_LOW}])))")

# Lower-case particles inside a name: "Ludwig van Beethoven", "Luiz Inacio Lula da Silva".
_NAME_PARTICLES = ("de", "del", "da", "van", "von", "bin", "al", "la", "le", "di", "du")

# Speed: these whole-text patterns open with the character class they must
# start with and test the character before it by a lookbehind over two
# characters, (?<!\w.) for a \b: re then skips ahead to that class in C; a
# leading lookbehind or \b makes it try a match at every position.
# Runs of two or more capitalised tokens (a name needs two; "Obama, Jr." too):
# single words, the commonest match by far, are left to re to skip in C.
# (a lookahead after the first capital reads the characters a token can hold
# and asks for what every second token or suffix opens with, white space and
# a capital or a particle's first letter, or a comma: most capitals open a
# word followed by a word in lower case, "The president", which it rules out
# before the token's alternatives are tried; and the spaces before a token
# are possessive, as none of them can start one)
_PARTICLE_FIRSTS = "".join(sorted({p[0] for p in _NAME_PARTICLES}))
_NAME_RUN = re.compile(
    rf"[{_UP}](?<![\w.].)(?=[{_UP}{_LOW}'’.-]*+(?:[ \t]+[{_UP}{_PARTICLE_FIRSTS}]|,))"
    rf"{_NAME_TOKEN_REST}(?:(?:[ \t]++(?:(?:{'|'.join(_NAME_PARTICLES)})[ \t]++)?"
    rf"{_NAME_TOKEN})+(?:,? (?:Jr|Sr)\.| (?:II|III|IV)\b)?|,? (?:Jr|Sr)\.)"
)


# A dotted title and a lone surname: "Mr. Obama", "Pres. Obama" (not "Sen. Ted Cruz").
# (the titles spelled out: a generic "\b([A-Z][a-z]{1,3})\." tried every capital.
# The dot leads and the title is read behind it, a lookbehind and a group for
# each length of title, four letters, three and two, no word character before
# it, as \b: re skips ahead in C to a dot, where the titles' first letters
# stopped it at most capitals; see _dotted_title_surnames)
_DOTTED_TITLES = "|".join(rf"(?<=(?<!\w)({'|'.join(titles)})\.)" for _, titles in itertools.groupby(
    sorted((t.capitalize() for t in _TITLES if 2 <= len(t) <= 4), key=lambda t: (-len(t), t)), key=len))
_DOTTED_TITLE_SURNAME = re.compile(rf"\.(?:{_DOTTED_TITLES})\s+([{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)*)"
                                   rf"(?:['’]s)?(?![-'’\w]|\s+[{_UP}])")


def _dotted_title_surnames(text: str) -> list[tuple[int, str, str]]:
    """(start, title, surname) of each dotted title and lone surname in ``text``
    ("Mr. Obama"), as a scan from the titles finds them: a title inside the
    match before ("Mr. Dr. Smith", "Dr. Smith-Mr. Jones") is passed over."""
    found = []
    end = 0
    for m in _DOTTED_TITLE_SURNAME.finditer(text):
        *titles, surname = m.groups()
        title = next(filter(None, titles))
        start = m.start() - len(title)
        if start >= end:
            found.append((start, title, surname))
            end = m.end()
    return found


# A first name, a quoted nickname and a surname: 'John "Tig" Tiegen', 'Juan
# "Chico" Manriquez' (the first and last words make the name).
_NICKNAMED = re.compile(rf"\b([{_UP}][{_LOW}]+)\s+(?:[“\"]|'')(?P<nick>[{_UP}][{_LOW}]+)(?:[”\"]|'')\s+"
                        rf"([{_UP}][{_LOW}]+)\b")
# The quoted nickname alone, which every match of _NICKNAMED holds: tried
# first, as the quote mark leads and re skips ahead in C to the next one
# (_NICKNAMED tries every capitalised word, and few articles have a nickname).
# (one pattern for each opening mark, “, " and '', each led by it: re skips
# ahead in C to a literal first character, where it tested a class at every
# character of the text; an article has one if any of them matches)
_QUOTED_NICKNAME = tuple(re.compile(rf"{mark}[{_UP}][{_LOW}]+(?:[”\"]|'')\s")
                         for mark in ("“", '"', "''"))

# A capitalised word not followed by another one ("Bondarev said", "WALLACE:"),
# nor by a generation's numeral ("Elliott III").
# (the word's characters taken whole, possessive, as a match ends only where
# they stop, and the last one checked behind to be a letter or digit: re
# then gives none back, one by one, to retry a shorter word that cannot match)
_SURNAME = re.compile(r"[A-Z](?<![\w’'-].)[\w’'-]++(?<=\w)(?!\s+[A-Z][a-z]|\s+I[IV]I?\b)")
_ROMAN_SUFFIXES = ("II", "III", "IV")


def _without_possessive(word: str) -> str:
    """``word`` without a trailing "'s", "’s" or apostrophe (the regex runs only
    on words holding an apostrophe: most do not, and this runs per token)."""
    return _TRAILING_POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


@functools.lru_cache(maxsize=4096)  # (asked for each mention of a name: names recur)
def _surname_key(name: str) -> str:
    tokens = name.split()
    key = (tokens[-1] if tokens[-1].rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV") or len(tokens) < 3
           else tokens[-2])
    if len(tokens) == 2 and _KOREAN_GIVEN_NAME.fullmatch(tokens[1]):
        key = tokens[0]  # "Ban Ki-moon", "Moon Jae-in": the family name comes first ("Ban said")
    return _without_possessive(key.rstrip(",")).lower().replace("’", "'")


# A Korean given name after the family name, as _NAME_TOKEN reads it: "Ki-moon".
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Two initials as a given name ("J.J. Goldberg", "E.J. Dionne"), but for the
# places and bodies so written ("U.S. Sen. Ted Cruz", "D.C. Mayor Muriel Bowser").
_GIVEN_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
_PLACE_INITIALS = frozenset("U.S. U.N. U.K. E.U. D.C. L.A. N.Y. N.J. N.C. S.C. N.H. N.D. S.D. "
                            "N.M. W.Va. R.I. P.R.".split())
_INITIAL = re.compile(r"[A-Z]\.")


# How the nouns closing an office's name end ("Affairs", "Management", "Operations").
_OFFICE_NOUN_ENDINGS = ("affairs", "ment", "tion", "tions", "ence", "ance", "ity", "ics")
# A role, a nationality or an epithet opening a sentence before a first name:
# "Producer Jerry Bruckheimer", "Australian Cate Blanchett", "Defiant Matt Williams"
# (a word of five letters or more: "Lian Chia Liang" is a name whole).
_EPITHET_ENDINGS = ("er", "or", "ist", "ian", "an", "ese", "ish", "man", "woman", "ard", "ant", "ent",
                    "ive", "ic", "al")


def _clean_run(tokens: list[str], surnames: Container[str] = frozenset()) -> list[str]:
    """Drop titles and sentence words before the name proper (``surnames``:
    those the article gives people, see :func:`people_surnames` and
    :class:`PeopleSurnames`)."""
    cut = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(".")
        if i > cut and len(tok) == 2 and _INITIAL.fullmatch(tok):  # (its two characters first)
            continue  # a middle initial, not the article: "Roberta A. Kaplan"
        if i == len(tokens) - 1 and i > cut and low in _WORD_SURNAMES and _is_first_name(tokens[i - 1]):
            continue  # a surname that is also a modal verb or a title: "George Will", "Patty Judge"
        # (a given name that is also a nationality is a word of _NOT_NAME: the
        # cheap test first, as most runs open with a given name that is not)
        if i == cut and low in _NOT_NAME and _given_name_not_epithet(tokens, i, surnames):
            continue  # "said German Ortega": a given name, not a nationality
        if (low in _NOT_NAME or low in _FUNCTION or low in _WEEKDAYS  # "On Monday Tony Blair"
                or tok.count(".") > 1 and _INITIALS.fullmatch(tok) and not _GIVEN_INITIALS.fullmatch(
                    tok) or tok in _PLACE_INITIALS
                or len(tokens) - i > 2 and any(part in _PEOPLE_WORDS for part in low.split("-"))):
            # "Billionaire Donald Trump", "Washington Political Editor Matthew Boyle"
            cut = i + 1
        elif i < len(tokens) - 1 and ("’" in tok or "'" in tok) and _POSSESSIVE.search(tok):
            cut = i + 1  # "Center’s Len Burman"
    if len(tokens) - cut > 2 and tokens[-1] in ("Show", "Show’s", "Show's"):
        return tokens[cut:-1]  # "The Rachel Maddow Show" names its host
    office = None
    if len(tokens) - cut > 3:  # (room for an office's name and a name of two words: few runs)
        office = next((j for j in range(cut + 2, len(tokens) - 1)
                       if _is_first_name(tokens[j]) and not _is_first_name(tokens[cut])
                       and tokens[j - 1].lower().endswith(_OFFICE_NOUN_ENDINGS)), None)
    if office is not None:
        return tokens[office:]  # "Undersecretary for Political Affairs Wendy Sherman"
    if (len(tokens) - cut > 2 and not _is_first_name(tokens[cut]) and _is_first_name(tokens[cut + 1])
            and (tokens[cut].lower().endswith(("ing", "ed") + _OFFICE_NOUN_ENDINGS)
                 or len(tokens[cut]) > 4 and tokens[cut].lower().endswith(_EPITHET_ENDINGS)
                 or tokens[cut].endswith("s"))):
        # a verb opening the sentence: "Entrusting Donald Trump with ...",
        # "Crooked Hillary Clinton"; an epithet ("Producer Kevin Wallace"); the
        # plural or abstract noun closing an office's name: "Director of
        # Government Affairs Phil Smith", "Undersecretary for Management Patrick Kennedy"
        cut += 1
    elif (len(tokens) - cut == 2 and len(tokens[cut]) >= 6 and not _is_first_name(tokens[cut])
          and tokens[cut].endswith(("ted", "ued", "ded", "ked", "zed", "sed", "ly"))):
        # a verb, participle or adverb before a surname: "Continued Stone:",
        # "Understated Perez", "Interestingly Blocher" (not the names in -med,
        # -hed, -red: "Mohammed", "Murshed Zaheed")
        cut += 1
    return tokens[cut:]


def _given_name_not_epithet(tokens: list[str], i: int, surnames: Container[str]) -> bool:
    """Whether ``tokens[i]``, a nationality that is also a given name
    ("German"), is the given name of the lone surname after it: news puts a
    nationality before a full name ("German Chancellor Angela Merkel",
    "Australian Cate Blanchett"), seldom before a bare surname, so "said German
    Ortega" names German Ortega if the article gives that surname to people
    elsewhere ("Freddy Ortega", "Mr Gref"; not "the 4th German Reich", "German
    Boerse"); the word alone stays a nationality."""
    if len(tokens) - i != 2 or len(tokens[i]) < 5:
        return False
    # (the word's own tests before the surname's lookup: few nationalities are
    # given names, and the article's surnames are worked out on first need)
    word = tokens[i].lower()
    if not (word in _NOT_NAME and word.endswith(_EPITHET_ENDINGS) and _is_first_name(word)):
        return False
    if _without_possessive(tokens[i + 1]) not in surnames:
        return False
    surname = _without_possessive(tokens[i + 1]).lower()
    return surname not in _NOT_NAME and surname not in _FUNCTION and not _is_first_name(surname)


def people_surnames(runs: list[list[str]]) -> frozenset[str]:
    """The last words of the name runs ``runs`` that follow a title or a
    given name ("Mr Gref", "Freddy Ortega"): surnames the article gives people."""
    return frozenset(_without_possessive(raw[-1]) for raw in runs if len(raw) > 1 and (
        raw[-2].lower().rstrip(".") in _TITLES
        or raw[-2].lower() not in _NOT_NAME and _is_first_name(raw[-2])))


class PeopleSurnames:
    """:func:`people_surnames` of ``runs``, worked out on the first lookup
    (``word in ...``): only a run opening with a nationality that is also a
    given name asks ("said German Ortega"), in one article in a few hundred,
    where every article read all its runs for them."""

    __slots__ = ("_runs", "_words")

    def __init__(self, runs: list[list[str]]):
        self._runs, self._words = runs, None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = people_surnames(self._runs)
        return word in self._words


# Surnames that are also modal verbs or titles, names only after a first name
# ("George Will", "Theresa May", "Patty Judge"; "Judge Roy Moore" is a title).
_WORD_SURNAMES = frozenset({"will", "may", "judge", "bishop", "king", "dean", "major", "marshal",
                            "sheriff", "pope"})

# (days, never given names; months may be: "April Ryan", "June Carter")
_WEEKDAYS = frozenset(word for word in _MONTHS_DAYS if word.endswith("day"))
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


@functools.lru_cache(maxsize=1)
def _first_name_words() -> frozenset[str]:
    """The words :func:`_is_first_name` takes, in lower case: the lists' first
    names and those the census finds borne mostly by one sex (census_gender's
    "m" or "f"; "u" and a name it lacks give None there)."""
    return _FEMALE_FIRST | _MALE_FIRST | {name for name, sex in _census_first_names().items() if sex != "u"}


def _is_first_name(word: str) -> bool:
    # (one set, built on first use: this runs for every word of every name run)
    return word.lower() in _first_name_words()


# Words of places and buildings that are surnames too, after a first name.
_SURNAME_PLACES = frozenset("lake hill hall park beach bridge rivers tower west north south east "
                            "bay".split())


def _is_person(tokens: list[str]) -> bool:
    # (worked out once for each run of words: runs recur, in an article and
    # across articles, 2,430 calls over 150 PolNeAR train texts for 1,152 runs)
    return _is_person_words(tuple(tokens))


@functools.lru_cache(maxsize=8192)
def _is_person_words(tokens: tuple[str, ...]) -> bool:
    if len(tokens) > 2 and tokens[-1] in _ROMAN_SUFFIXES:
        # "Charles Elliott III" (not "World War II"): a name before the numeral
        return _is_person_words(tokens[:-1])
    words = len(tokens)
    if words > 2:  # (a particle stands between two words: most runs have two, and no middle)
        words -= sum(t in _NAME_PARTICLES for t in tokens[1:-1])  # ("Lula da Silva")
    if not 2 <= words <= 4 or len(tokens[-1]) < 2 or tokens[-1].endswith("."):
        return False
    if words == 2 and len(tokens[0]) >= 6 and tokens[0].endswith("ing") and not _is_first_name(tokens[0]):
        return False  # a title or a participle and a name: "Finding Neverland", "Outgoing Leeds"
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
    first_named = len(tokens) == 2 and (first in _FEMALE_FIRST or first in _MALE_FIRST)
    place = last in _PLACE_ENDINGS and not first_named
    # ("James York" is a person, "New York" a place)
    if len(tokens) == 2 and last in _SURNAME_PLACES and _is_first_name(tokens[0]):
        lower = lower - _SURNAME_PLACES  # "Mike Lake", "Anita Hill" (not "Capitol Hill")
    if first_named and last == "day":
        lower = lower - {"day"}  # "Kristen Day", "Wendy Day" (not "Election Day", "Boxing Day")
    return not (lower & _ORG_NAME_WORDS or dates or lower & _STATES or first in _KNOWN_BODIES
                or last in _KNOWN_BODIES and not first_named  # "Wilayat Twitter"
                or place or _OUTLET.fullmatch(" ".join(tokens)))  # "Mother Jones"


# First names that are also common words ("Will", "May", "Bill"): never a
# mention on their own.
_WORDLIKE_FIRST = {"will", "may", "mark", "bill", "hope", "grace", "rich", "joy", "faith", "chase",
                   "page", "sandy", "frank", "guy", "art", "earl", "june", "april", "rush", "gene",
                   "dean", "major", "king", "john", "al", "cleveland"}


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


_LINE = re.compile(r"[^\n]+")

# A relative introduced by kinship: "her husband, former President [Bill Clinton]".
# (each kin word's first letter leads, a lookbehind picks the rest: re then
# skips ahead in C; see _NAME_RUN)
_KIN_WORDS = "|".join(
    rf"(?<={first})(?:{'|'.join(sorted(w[1:] for w in _KIN if w[0] == first))})"
    for first in sorted({w[0] for w in _KIN}))
_KIN_BEFORE = re.compile(rf"[{''.join(sorted({w[0] for w in _KIN}))}](?<!\w.)(?:{_KIN_WORDS})"
                         r",?\s+(?:(?:former|[A-Z][\w.-]*)\s+){0,3}$")

# A person's noun just before a name: "hip-hop star [Kanye West]", "liberal
# firebrand [Cornel West]" (a place's word as surname, and no first name the
# census lists, makes a person only so).
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:star|firebrand|singer|rapper|actor|actress|producer|musician|"
                                 r"player|author|writer|director|artist|comedian|presenter|host|"
                                 r"striker|manager|coach|minister|senator|activist|preacher|ombudsman)\s+$")
# A noun of a business just before a name with no first name: "Film studio
# [Lions Gate]", "oil giant [Yukos]" name a company, no person (not "maker":
# "Film-maker Spike Lee").
_BUSINESS_BEFORE = re.compile(r"\b(?:studio|firm|company|giant|carmaker|automaker|retailer|airline|"
                              r"carrier|drugmaker|insurer|lender|conglomerate|manufacturer|chipmaker|"
                              r"broadcaster|publisher|label|bank|group)\s+$")
# A term the article quotes, or calls so-called, after "the", no one's name:
# 'the "Ferguson Effect"', "the so-called Ferguson Effect".
_QUOTED_TERM_BEFORE = re.compile(r"\b[Tt]he\s*(?:[\"“‘']|so-called\s+[\"“‘']?)$")
# A body's name goes on after "of", naming no one: "the White House's
# Office of [Political Strategy] and Outreach", "the National Institute of
# [Medical Research]" (a person needs a first name there: "Office of John
# Smith"; not a council's, which often names its members: "the Council of
# Mortgage Lenders").
_BODY_OF_BEFORE = re.compile(r"\b(?:Office|Department|Ministry|Bureau|Institute|Agency|Division)\s+of\s+$")
# A lower-case place noun after a name makes the name a place's: "the James S. Brady briefing room".
_FACILITY_AFTER = re.compile(r"\s+(?:briefing |press |conference |reading )?(?:room|building|airport|"
                             r"stadium|arena|library|memorial|bridge|highway|school|hospital|"
                             r"center|centre|hall|theater|theatre|auditorium|museum|plaza|tower)\b")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")

# (the capital first, then the lookbehind: see _NAME_RUN)
# (an empty group closing it: findall, which only counts the words here,
# then lists that group's empty string for each, not a copy of each word)
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-].)[A-Za-z'’-]{3,}()")


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, "Related article" links): names there are unreliable."""
    spans = []
    for line in _LINE.finditer(text):
        line_text = line.group()
        if len(line_text) > 250:  # body paragraphs: not headlines
            continue
        # (three words and a share of 0.7 at the least make three capitalised
        # words: counted first, as most lines have fewer, and words only then)
        capitalised = len(_CAPITALISED.findall(line_text))
        if capitalised < 3:
            continue
        # a lower bar for the article's title line; a body line needs nearly
        # every word capitalised ("Fox News Vice President and Washington
        # Managing Editor Bill Sammon expressed ..." is a sentence)
        share = 0.7 if line.start() == 0 else 0.85
        # (words counted only while the share can still hold: more words only
        # lower it, so a sentence is done with after its first few words)
        words = 0
        for _ in _WORD.finditer(line_text):
            words += 1
            if capitalised < share * words:
                break
        if words >= 3 and capitalised >= share * words:
            spans.append(line.span())
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# Not after an initial or a title: "Michelle F. Tanzer", "Mr. Trump", "U.S. officials".
# (the line break in the leading class, a lookbehind picking the branch: re
# then skips to a candidate character in C instead of trying every position)
# (the titles' dots, and "Dr.", "St.", "Jr.", "Sr.")
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?<![\s.][A-Z]\.)" + _NOT_AFTER_TITLE_DOT
                           + r"(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)[\"”’)]*\s+(?=[\"“‘(]*[A-Z]))")


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding ``pos`` (a cheap, local search backwards)."""
    # (the 120 characters before ``pos`` first, where most sentences start,
    # when a letter or digit stands before them, which no sentence end's
    # marks and spaces hold: from there re finds the ends it finds from
    # further back; the 400 are read only when the 120 hold none)
    near = max(0, pos - 120)
    if near and text[near - 1].isalnum():
        last = near
        for m in _SENTENCE_END.finditer(text, near, pos):
            last = m.end()
        if last > near:
            return last
    lo = max(0, pos - 400)
    last = lo if lo else 0
    for m in _SENTENCE_END.finditer(text, lo, pos):
        last = m.end()
    return last


def _previous_sentence_start(text: str, pos: int) -> int:
    """Start of the sentence before the one holding ``pos`` (-2: past the
    separator's last character, a space or the second of two line breaks,
    which would end a sentence of its own)."""
    return _sentence_start(text, max(0, _sentence_start(text, pos) - 2))


def _previous_paragraph_start(text: str, pos: int, back: int = 1) -> int:
    """Start of the paragraph ``back`` paragraphs before the one holding
    ``pos`` (the floor of the lookups that go back "in this paragraph or the
    one before")."""
    start = _paragraph_start(text, pos)
    for _ in range(back):
        start = _paragraph_start(text, start - 1)
    return start


def _paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph (line) holding ``pos``, blank lines skipped backwards."""
    pos = max(0, pos)
    while pos > 0 and text[pos - 1] == "\n" and text[pos:pos + 1] in ("\n", ""):
        pos -= 1
    return text.rfind("\n", 0, pos) + 1

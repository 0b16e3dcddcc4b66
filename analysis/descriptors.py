"""What an article says a person is: the descriptors of each name.

Pre-modifiers ("former Russian diplomat" Boris Bondarev), appositions
(", director of the Carnegie Russia Eurasia Center"), a role before the name
("Dow's chief executive, Andrew Liveris,"), party tags ("(R-Texas)"),
employers ("of the New York Times"), "X is the ...", "X, writing in ...",
and the profiles of well-known politicians; gendered role nouns vote for a
person's gender. :func:`collect_descriptors` gathers them for
:class:`analysis.people.ArticleIndex`, whose roles index answers "the mayor".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.attribution.verbs import _SPEECH_SET, _THOUGHT_SET
from analysis.names import _MONTHS_DAYS, _US_STATES, known_profile
from analysis.phrase_words import _POSSESSIVE, _ignorecase_letters, _is_plural, _tokens
from analysis.role_words import (
    _FORMER,
    _FUNCTION,
    _INSTITUTIONS,
    _KIN,
    _OFFICE_HEADS,
    _PARTIES,
    _PHRASE_TYPE,
    _STATES,
    _WEAK_OFFICIAL,
    _WORD_TYPE,
)
from analysis.source_types import _may_be_document, type_phrase

if TYPE_CHECKING:
    from analysis.people import ArticleIndex

__all__ = ["collect_descriptors", "roles_index"]


def _cue_words(words: list[str]) -> re.Pattern:
    """``\\b(?i:word|...)\\b`` for ``words``, led by their first letters as a
    class of what ignore-case matching takes for them, the \\b before it a
    lookbehind and each word's first letter checked behind: re skips ahead in
    C to such a letter, where an ignore-case pattern behind \\b was tried at
    every position of a phrase."""
    lead = sorted({c for w in words for c in _ignorecase_letters(w[0])})
    rest = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
    return re.compile(rf"[{''.join(lead)}](?<!\w.)(?i:{rest})\b")


_FEMALE_CUES = _cue_words(["spokeswoman", "congresswoman", "chairwoman", "businesswoman", "mother",
                           "wife", "daughter", "widow", "sister", "first lady"])

_MALE_CUES = _cue_words(["spokesman", "congressman", "businessman", "father", "husband", "brother"])

# "at" left out: "Trump at the Tampa Convention Center" is a place, not an employer.
# A few lowercase words may describe the place first: "Phil Musser of digital
# consulting firm IMGE", "of the conservative Heritage Foundation".
_OF_PLACE = re.compile(r"^\s+((?:of|from) (?:the )?(?:(?!(?:of|and|in|on|at|for|to|who|is|was|said|says)\s)"
                       r"[a-z][a-z-]+ ){0,3}[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5})")

# A name whose campaign is mentioned: "Sanders' campaign", "the Kasich campaign said".
_HAS_CAMPAIGN = re.compile(r"(?:['’]s?)?\s+(?:presidential\s+|re-?election\s+|Senate\s+)?campaign\b"
                           # (not a cause's: "her campaign experiment", "his campaign against ...")
                           r"(?!\s+(?:experiment|against|to\s))")
# A name whose show or column is mentioned: "Limbaugh's radio show", "Kelly's program".
_HAS_SHOW = re.compile(r"['’]s?\s+(?:(?:radio|television|TV|talk|late-night|nightly|weekly|daily|"
                       r"popular|own)\s+)*(?:show|program|programme|podcast|column|blog)\b")
# A name whose book is mentioned: "Thomas Frank's new book".
_HAS_BOOK = re.compile(r"['’]s?\s+(?:(?:new|latest|recent|forthcoming|own|first|best-selling|"
                       r"bestselling)\s+)*book\b")
# ... and a film: "Mike Leigh's film Vera Drake", "Directed by John Carpenter, it".
_HAS_FILM = re.compile(r"['’]s?\s+(?:(?:new|latest|recent|forthcoming|first|last|award-winning)\s+)*"
                       r"(?:film|movie|documentary)\b")
_DIRECTED_BY = re.compile(r"\b[Dd]irected\s+by\s+$")
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
# national political director", "Gaudiano is a Washington-based reporter",
# "Dahlys Hamilton is listed as the chairman of Hispanic Patriots for Trump".
_IS_ROLE = re.compile(r"^\s+(?:is\s+(?:also\s+|now\s+)?(?:(?:listed|described|identified)\s+as\s+)?"
                      r"|serves\s+as\s+)((?:the |an? )?[^,.;:!?“”\"()\n]{3,80})")

# A name then "was elected" / "is running for": a politician, whatever the office.
_ELECTED = re.compile(r"(?:,[^,.;:\n]{1,40},)?\s+(?:who\s+)?(?:is|was|has been|had been|were)\s+"
                      r"(?:(?:first|narrowly|easily)\s+)?(?:elected|re-elected|running for|sworn in)\b")
# The office one was elected to: "elected as mayor of London", "elected governor".
_ELECTED_AS = re.compile(r"\s+(?:as\s+)?((?:mayor|governor|senator|president|speaker|chairman|chairwoman)"
                         r"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?)\b")
# A description opening its clause and set before a name by a comma:
# "[Florida's Republican attorney general], Pam Bondi", "[His campaign
# manager], Jeff Weaver".
_ROLE_COMMA_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n|\b(?:[Aa]nd|[Bb]ut)\s+)"
    r"((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.&'’-]*['’]s)\s+[^,.;:!?\n“”\"]{2,60}),\s*$")
_PERSON_TYPES = {"official", "former_official", "expert", "media", "organization", "public"}
# A name then "won the primary", "was the winner of the nomination": a candidate.
_WON_RACE = re.compile(r"(?:,[^,.;:\n]{1,60},)?\s+(?:who\s+)?(?:won|wins|has won|was the winner of|"
                       r"is the winner of)\s+(?:[\w'’-]+\s+){0,5}?"
                       r"(?:primary|nomination|election|caucus(?:es)?|runoff)\b")
# A name, then the post it is left in or kept in: "Matt Williams insists he has
# no thoughts of quitting as national coach", "X will stay on as chairman".
_KEPT_AS = re.compile(r"[^.;:\n“”\"]{0,60}?(?<!\bto\s)\b(?:quit(?:ting|s)?|resign(?:ing|s|ed)?|"
                      r"step(?:ping|s|ped)?\s+down|remain(?:ing|s)?|stay(?:ing|s)?(?:\s+on)?|"
                      r"continu(?:e|es|ing)|serv(?:es|ing))"  # (not "to serve as president": a hope)
                      r"\s+as\s+((?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\b")
# A name then "used her final column", "wrote in his weekly column": a columnist.
_OWN_COLUMN = re.compile(r"(?:,[^,.;:\n]{1,80},)?\s+(?:who\s+)?(?:[a-z]+\s+){0,2}?"
                         r"(?:used|wrote|writes|argued|argues|penned|pens|said|says)\s+(?:in\s+)?"
                         r"(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:column|op-ed)\b")
_CLAUSE_VERBS = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "can",
                 "could", "should", "said", "says", "did", "does", "told", "added", "may", "might"}

_PARTY_TAG = re.compile(r"^\s*\((?:[RDI]|[RDI]-[A-Z][\w. ]{0,20})\)")
# A member of a parliament by the letters after the name, as British outlets
# write them: "Frank Field MP", "Tom McCabe MSP".
_MEMBER_AFTER = re.compile(r"\s+(MP|MEP|MSP)\b")

# The party a tag's letter names ("(R-Texas)": Republican; "I" names none).
_PARTY_LETTERS = {"R": "Republican", "D": "Democratic"}
# USA Today's style: "Sen. Lindsey Graham, R-S.C., said".
_COMMA_PARTY_TAG = re.compile(r"^,\s*[RDI]-[A-Z][A-Za-z.]{0,8},")

# The apposition runs to the next punctuation, titles, initialisms and initials aside:
# ", Mr. Obama's deputy national security adviser", ", a former C.I.A. analyst".
# (Any character but a capital is tried first, as the titles and initials all
# open with one, and a capital last: re tries the same alternatives for each
# character as with the class last, but no longer the three of a title at
# every small letter.)
_APPOSITION = re.compile(
    r"^(?:\s+(?:II|III|IV)\b)?\s*(?:\([^)\n]{0,40}\)\s*)?"  # "I. Charles McCullough III, the ..."
    r"(?:,|\s[-—–](?=\s+(?:[Tt]he|[Aa]n?|former)\s))\s+(?:\d{1,3},\s+)?"  # "X - the senator"
    r"((?:[^,.;:“”\"()\n—–A-Z]|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\.\s|(?:[A-Z]\.){2,}\s?"
    r"|\b[A-Z]\.\s(?=[A-Z])|[A-Z]){3,120})")  # ("George W. Bush")

# An apposition opened by a dash must close, with a dash or the sentence.
_DASH_OPENED = re.compile(r"^(?:\s+(?:II|III|IV)\b)?\s*(?:\([^)\n]{0,40}\)\s*)?\s[-—–]")
_DASH_CLOSED = re.compile(r"\s*(?:[-—–.;:]|$)")
_CLAUSE_CLOSING = re.compile(r"\s(?:[a-z]+ed|said|says)\s*$")

# Where an appositive left unclosed ends: "a former aide to Sen. Ted Cruz [was] one of".
_UNCLOSED_BEFORE_VERB = re.compile(r"\s(?:was|is|were|are|has|had|will|would)\s")
_UNCLOSED_BEFORE_SPEECH = re.compile(r"\s(?:told|tells|said|says|added|adds|explained|warned)\b")
_WHO_CLAUSE = re.compile(r"^who (?:(?:has|have|is|now|also|still|currently|once|previously) )*"
                         r"(?:(served|was|had|had been|formerly|used to be) )?(?:(?:been|as|an?) )*")

# Passives that give a role: "who was elected", "who was named ambassador".
_NAMED_TO = {"elected", "appointed", "named", "nominated", "confirmed", "reelected", "re-elected"}

# What a scholar does, as a role: "Lee Epstein, who teaches constitutional law".
_SCHOLARLY_VERBS = {"teaches": "professor", "studies": "researcher", "researches": "researcher"}
# What someone who runs something is: "who founded the Leadership Institute" is
# its founder, "who helms Clinton's digital efforts" their head.
_ROLE_VERBS = {"founded": "founder of", "co-founded": "co-founder of", "helms": "head of",
               "heads": "head of", "runs": "head of", "leads": "head of", "chairs": "chair of",
               "directs": "director of", "oversees": "head of", "manages": "manager of",
               "prosecutes": "prosecutor of",
               "hosts": "host of", "anchors": "anchor of", "edits": "editor of", "owns": "owner of",
               # (past: "who had headed East Germany's foreign intelligence division")
               "headed": "former head of", "chaired": "former chair of",
               "directed": "former director of", "prosecuted": "former prosecutor of"}

# A description, then the name someone goes by: "the base chief known as Bob"
# (the words between, for this pattern and the speakers' one).
KNOWN_AS = r"(?:known|identified)(?:\s+only)?\s+as"
_KNOWN_AS_BEFORE = re.compile(r"\b((?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
                              rf"{KNOWN_AS}\s+$")

# A body, then who founded or heads it: "a hedge fund founded by [John A. Paulson]".
_HEADED_BY = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|by|with|from|to|of|at|for)\s+)"
                        r"((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
                        r",?\s+(founded|co-founded|led|run|headed|owned|chaired)\s+by\s+$")
_BY_ROLE = {"founded": "founder of", "co-founded": "co-founder of", "led": "head of",
            "run": "head of", "headed": "head of", "owned": "owner of", "chaired": "chair of"}

# A "who" clause's second predicate: "who founded X in 1979 [and is a ...]".
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:is|was|has|had)\s")

# Where a place follows what someone runs: "a small bakery [in Ohio]".
_PLACE_AFTER = re.compile(r"\s(?:in|near|outside)\s")

# Verbs whose "who" clause tells what someone said, thought or where they live,
# which gives no role ("who acknowledged Trump was his fourth choice for
# nominee", "who lives in ... outside of the state capital"); a writer's or
# a reporter's verbs still do ("who writes for National Review").
_SAYING_OR_LIVING = (_SPEECH_SET | _THOUGHT_SET | {"lives", "lived", "moved", "grew", "resides",
                                                   # what one studied: "who graduated in 2009 with
                                                   # her master's in business administration"
                                                   "graduated", "studied", "attended"}) - {
    "write", "writes", "wrote", "report", "reports", "reported"}

# A verb taking on a post: "who took over as head of ...", "who stepped in as".
_TOOK_ON_AS = re.compile(r"(?:took|takes|stepped|steps|came|comes|signed|joined|serves)"
                         r"(?:\s+(?:over|on|in|up|back|aboard))?\s+as\s+")

_RELATIVE_CUT = re.compile(r"\s(?:who|which|that|whose)\s")

# (the phrase opening the text is matched apart, and the search elsewhere is
# led by a class of the marks the phrase may follow: re skips ahead in C to
# one, where the pattern opening with "^|" was tried at every character; the
# phrase's run of characters is taken whole, as a shorter one ends before
# another of them, never before the comma, and re no longer gives them back
# one by one)
_PRE_APPOSITION_PHRASE = r"((?:[Tt]he |[Aa]n? )?[^,.;:!?“”\"\n]{3,70}+),\s*$"
_PRE_APPOSITION_OPENING = re.compile(_PRE_APPOSITION_PHRASE)
_PRE_APPOSITION = re.compile(r"[.;:!?“”\"\n,'](?:(?<=[.;:!?“”\",])\s+|(?<=\n)|(?<=')'\s+)" + _PRE_APPOSITION_PHRASE)


def _pre_apposition(before: str) -> re.Match | None:
    """The description set before a name by a comma ("Dow's chief executive,"),
    at the opening of ``before`` or after a mark: the leftmost match, as one
    pattern opening with "(?:^|...)" found it."""
    return _PRE_APPOSITION_OPENING.match(before) or _PRE_APPOSITION.search(before)


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
sporting technical film movie documentary festival race artistic counterpart counterparts
""".split())

# A premodifier that is only an owner: "Germany's", "Post's".
_OWNER_ONLY = re.compile(r"([A-Z][\w.]*)['’]s?")
# Countries and US states whose possessive news style puts before a leader's name.
_LEADER_PLACES = _STATES | _US_STATES
# Words of sport reporting: in an article with three of them, "Britain's Jason
# Gardener" is an athlete, no country's leader.
_SPORT_WORDS = re.compile(r"\b(?:medals?|olympics?|championships?|metres|seconds|clocked|athletes?|"
                          r"athletics|sprinters?|hurdles|marathon|tournament|semi-finals?|"
                          r"quarter-finals?|striker|midfielder|goalkeeper|wimbledon|tennis|football|"
                          r"rugby|cricket|golf|innings|wickets?|referee|grand slam|seeded|tie-break|"
                          r"atp|wta|davis cup|premiership|half-time|scrum)\b")  # (in lower case)
# A runner for a title: in a story of sport, a "hopeful" or "contender" runs for no office.
_RACE_WORD = re.compile(r"\b(?:hopefuls?|contenders?)$")
# Words of a story of films, and a director named with no body or office of his
# own ("British director", "Rings director"; not "director of the FBI").
_SCREEN_WORDS = re.compile(r"\b(?:films?|movies?|oscars?|box office|cinemas?|actors?|actress(?:es)?|"
                           r"screenplay|hollywood|bafta|starring|premiere|sequel)\b")  # (in lower case)
_BARE_DIRECTOR = re.compile(r"(?:[\w'’-]+\s+){0,3}?[Dd]irector")


def _story_of(words: re.Pattern, text: str):
    """Whether ``text`` holds three of the (lower-case) ``words`` of a kind of
    story (sport, films), asked on first need and counted once."""
    # (a closure over a list, not functools.cache: its wrapper, made twice an
    # article, copies the function's attributes, ~10 µs an article on unseen
    # text, more than the counting it saves)
    answer: list[bool] = []

    def story() -> bool:
        if not answer:
            answer.append(len(set(words.findall(text.lower()))) >= 3)
        return answer[0]
    return story


def _bare_director(phrase: str) -> bool:
    """A director typed only by the default for the word (a government's):
    "British director", not "festival director" or "director of the FBI"."""
    # (the pattern first: few phrases end in "director"; and a substring test
    # before it, as the pattern backtracks over the first words of the rest)
    return ("irector" in phrase and bool(_BARE_DIRECTOR.fullmatch(phrase))
            and type_phrase(phrase) == ("official", 1)
            and not any(w in _PRE_OK or w in _WORD_TYPE
                        for w in phrase.lower().split()[:-1]))  # ("communications director")


# Between two names of a list that share the title before the first: "Sens.
# Johnny Isakson of Georgia and John Boozman", "Reps. Chris Collins (R-N.Y.),
# Duncan Hunter".
_NAME_LIST_GLUE = re.compile(r"\.?(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\s*\([^()\n]{1,20}\))?"
                             r"(?:,\s+and\s+|,\s+|\s+and\s+)")

# Bodies, not roles, when written before a name ("the campaign Manafort was
# running", "whatever real authority Manafort had"); "Secretary of State X" keeps "State".
_BODIES = _INSTITUTIONS - {"state"} | {"authority"}

_PROFILE_PARTS = re.compile(r",\s+| and (?=former )")


def collect_descriptors(index: ArticleIndex) -> None:
    """Add to each person of ``index`` the words the article describes them
    with, at the mention they come with (:func:`roles_index` indexes them by
    role word)."""
    text = index.text
    shared = (-1, "")  # a plural title before a list of names, and where the list is
    sporting = _story_of(_SPORT_WORDS, text)
    previous = (-1, -1, "")  # the mention before, for a pair's shared apposition
    for start, end, name in index.mentions:
        person = index.persons[name]
        paired, previous = previous, (start, end, name)
        before = text[max(0, start - 150):start]
        pre = _premodifier(before)
        if not pre and shared[0] >= 0 and _NAME_LIST_GLUE.fullmatch(text, shared[0], start):
            pre = shared[1]  # "Sens. Ted Cruz of Texas and [Marco Rubio] of Florida"
        words = pre.split()
        plural = bool(words) and _is_plural(words[-1].lower().rstrip("."))
        shared = (end, pre) if plural else (-1, "")
        # (an apostrophe makes a possessive, as _POSSESSIVE finds one: tested
        # without the regex, at each word of a name run, and on the words split above)
        if pre and not any(w[:1].islower() or "'" in w or "’" in w or w.lower().rstrip(".")
                           in _WORD_TYPE or w.lower().split("-")[0] in _WORD_TYPE
                           # ("Film-maker Spike Lee", "Co-founder ...")
                           or w.lower().split("-")[-1] in _WORD_TYPE
                           or w.lower().replace("-", " ") in _PHRASE_TYPE
                           for w in words):
            pre = ""  # only capitalised words: a headline or a name run, not a role
        elif pre and words[-1].lower() in _BODIES:
            pre = ""  # "the kind of campaign Ayotte hoped to run": a body, no role
        owner = _OWNER_ONLY.fullmatch(pre) if pre else None
        if owner and owner.group(1).lower() in _PARTIES:
            pre = f"{pre} politician"  # "The SNP's Nicola Sturgeon", "Labour's Gordon Brown"
        elif owner and before.rstrip()[:-len(pre)].endswith(("the ", "The ")):
            pre = f"the {pre}"  # "The Post's Greg Sargent": the outlet's
        elif owner and owner.group(1).lower() in _LEADER_PLACES and not sporting():
            # "Germany's Angela Merkel", "Illinois's Mark Kirk": news style
            # for a country's or a state's leader (a weak cue: "Florida's
            # Rick Wilson, a Republican strategist" stays an expert)
            pre = f"{pre} leader"
        by = None if pre or not before.endswith("by ") else _HEADED_BY.search(before)
        if by and type_phrase(by.group(1))[0] in ("organization", "expert", "media"):
            # "a hedge fund founded by John A. Paulson": its founder, of its type
            person.descriptors.append((start, f"{_BY_ROLE[by.group(2).lower()]} {by.group(1)}"))
        known_as = None if pre or not before.endswith("as ") else _KNOWN_AS_BEFORE.search(before)
        if known_as and type_phrase(known_as.group(1))[0] in _PERSON_TYPES - {"public"}:
            # "the base chief known as Bob": the base chief (not "A woman later
            # identified as ...": no role)
            pre = known_as.group(1)
        if pre:
            person.descriptors.append((start, pre))
            at = before.rfind(pre)
            # (searched only where a comma closes the text before: its match must end so)
            kin = (_ROLE_COMMA_BEFORE.search(before, max(0, at - 80), at)
                   if at > 0 and before[:at].rstrip().endswith(",") else None)
            if kin and _KIN & set(_tokens(kin.group(1))):
                # "Her husband, former President Bill Clinton": the kinship
                # set before the title too
                person.descriptors.append((start, kin.group(1)))
        elif before.endswith(", ") and not _PARENTHETICAL_VERB.match(text, end):
            # (not "Democrats, Frank notes, applaud ...": the name's own aside)
            lead = _ROLE_COMMA_BEFORE.search(before, max(0, len(before) - 80))
            if lead and type_phrase(lead.group(1))[0] in _PERSON_TYPES:
                # "Florida's Republican attorney general, Pam Bondi, vowed":
                # a description set before the name by a comma
                person.descriptors.append((start, lead.group(1)))
        premodified = bool(pre)  # (pre also gathers the apposition, for gender below)
        if text.startswith(".", end) and name.endswith((" Jr", " Sr")):
            end += 1  # "John Smith Jr., a senator from Ohio": the suffix's dot
        after = text[end:end + 160]
        # (each pattern below opens with white space, a comma, "(" or an
        # apostrophe, and is tried only after the ones it opens with: a third
        # of the names are followed by another, "Trump’s", "Trump.", "Trump:")
        spaced = after[:1].isspace()
        comma = after.startswith(",")
        owned = after.startswith(("'", "’"))
        tag = (_PARTY_TAG.match(after) if spaced or after.startswith("(")
               else _COMMA_PARTY_TAG.match(after) if comma else None)
        if tag:
            person.descriptors.append((start, "politician"))
            person.party = person.party or _PARTY_LETTERS.get(tag.group().strip(" (,")[0])
        member = _MEMBER_AFTER.match(after) if spaced else None
        if member:
            person.descriptors.append((start, member.group(1)))
        if ((spaced or owned) and "campaign" in after and _HAS_CAMPAIGN.match(after)
                and not index.in_quote(start)
                and (text[start:end] == name or len(index.namesakes(name)) < 2)):
            # "Trump's campaign": a candidate (a bare surname only when no
            # other person of that surname is named: not Melania Trump)
            person.descriptors.append((end, "candidate"))
        if owned and _HAS_SHOW.match(after):  # "Hannity's show": a host
            person.descriptors.append((end, "host"))
        if owned and _HAS_FILM.match(after) or before.endswith("by ") and _DIRECTED_BY.search(before):
            person.descriptors.append((end, "film director"))  # "Mike Leigh's film"
        if owned and _HAS_BOOK.match(after):  # "Thomas Frank's new book": an author
            person.descriptors.append((end, "author"))
        role = _IS_ROLE.match(after) if spaced else None
        if role:
            phrase = _RELATIVE_CUT.split(role.group(1), maxsplit=1)[0]
            first = phrase.split()[0]
            # a noun phrase: "the ...", "a ...", "president of ...", "Senior
            # Editor"; not "is donating", "is not known as", "is ''activating"
            if (first in ("the", "a", "an") or first[0].isupper() or first in _WORD_TYPE
                    or first in _PRE_OK) and type_phrase(phrase)[0] not in (
                        None, "document", "unspecified"):
                person.descriptors.append((end, phrase))
        writes = _WRITES_IN.match(after) if spaced or comma else None
        where = writes.group(1).split()[0].lower().strip(".’'") if writes else ""
        if writes and where not in _MONTHS_DAYS and where not in _NOT_PUBLICATIONS:
            person.descriptors.append((end, f"writer for {writes.group(1)}"))
        elected = _ELECTED.match(after) if spaced or comma else None
        if elected:  # "Khan, a Muslim, was elected as mayor"
            person.descriptors.append((end, "politician"))
            office = _ELECTED_AS.match(after, elected.end())
            if office:  # ... of London: the office too ("the British capital's new mayor")
                person.descriptors.append((end, office.group(1)))
        # (the pattern is slow: tried only where its noun follows the name)
        if ((spaced or comma) and ("column" in after or "op-ed" in after)
                and _OWN_COLUMN.match(after)):  # "Phyllis Schlafly, ..., used her final column"
            person.descriptors.append((end, "columnist"))
        if (spaced or comma) and _WON_RACE.match(after):
            # "Liz Cheney, ..., was the winner of Tuesday's primary"
            person.descriptors.append((end, "candidate"))
        # (the pattern is slow: tried only where " as " follows the name)
        kept = _KEPT_AS.match(after) if after.find(" as ", 0, 150) >= 0 else None
        if kept and type_phrase(kept.group(1))[0] not in (None, "document", "unspecified", "public"):
            # "Matt Williams insists he has no thoughts of quitting as national coach"
            person.descriptors.append((end, kept.group(1)))
        place = _OF_PLACE.match(after) if spaced else None  # "Paul Krugman of the New York Times"
        if place:
            person.descriptors.append((end, place.group(1)))
        # (the look-back is searched only where it ends in "To": most do not)
        opening_to = before.rstrip().endswith("To") and _OPENING_TO.search(before)
        app = (_APPOSITION.match(after) if (spaced or comma or after.startswith("(")) and not opening_to
               else None)
        if app and _DASH_OPENED.match(after) and (
                not _DASH_CLOSED.match(after, app.end(1))
                or _CLAUSE_CLOSING.search(app.group(1))):
            # "Channing D. Phillips - the Utah Republican asks ...", "the Scarborough
            # Shoal - the admiral chuckled.": a clause after a dash, no apposition
            app = None
        if app:
            phrase = " ".join(app.group(1).split()[:16])
            described = phrase.startswith(("a ", "an ", "the "))
            closing = _UNCLOSED_BEFORE_VERB.search(phrase) if described else None
            if closing is None and (described or phrase.split()[0].lower() in _WORD_TYPE):
                # ... or at the verb of speech after it, as British news writes:
                # "Michael Lamberty, a Lufthansa spokesman told the BBC", "Paul
                # Goosens, head of Preventon told"
                closing = _UNCLOSED_BEFORE_SPEECH.search(phrase)
            relative = _RELATIVE_CUT.search(phrase) if closing else None
            if closing and (relative is None or closing.start() < relative.start()):
                # an appositive left unclosed: "Amanda Carpenter, a former aide
                # to Sen. Ted Cruz was one of the first", "Gary Byrne, a former
                # Secret Service agent ... has written a book in which": it
                # ends at the verb (before any relative clause after it)
                phrase = phrase[:closing.start()]
            who = _WHO_CLAUSE.match(phrase)
            verb = ""  # the verb right after "who", when no copula and no role comes first
            if who:  # "who served as labor secretary", "who hosts the show"
                clause = phrase[who.end():]
                phrase = _relative_role(phrase, who)
                verb = clause.split(maxsplit=1)[0] if who.end() <= 4 and phrase == clause else ""
            else:  # "a Democratic pollster who is working with ...": the noun phrase
                cut = _RELATIVE_CUT.search(phrase)
                clause = phrase[cut.end() - 4:] if cut and cut.group().strip() == "who" else ""
                phrase = phrase[:cut.start()] if cut else phrase
                relative = _WHO_CLAUSE.match(clause) if clause else None
                if (relative and (relative.end() > 4 or _TOOK_ON_AS.match(clause, 4)
                                  or clause[4:].split(" ", 1)[0] in _ROLE_VERBS)
                        and type_phrase(phrase)[0] in (None, "public")):
                    # "a close friend of Mrs. Clinton's who was her White House chief
                    # of staff", "a Clinton supporter who is the Democratic chairman",
                    # "a one-time Cruz backer who serves as vice chairman of ...",
                    # "the conservative icon who founded the Leadership Institute":
                    # the role the clause gives, not the friendship (a "which" clause
                    # describes something else)
                    role = _SECOND_PREDICATE.split(_relative_role(clause, relative), 1)[0]
                    if type_phrase(role)[0] not in (None, "public", "document", "unspecified"):
                        phrase = role
            words = {w.lower() for w in phrase.split()}
            first = phrase.split()[0].lower().strip("’'") if words else "who"
            participle = not who and first.endswith(("ed", "ing")) and first not in _PRE_OK \
                and first not in _WORD_TYPE  # "Clinton, pressed by moderator Dana Bash"
            passive = (clause.split(maxsplit=1)[0] if who and clause.split()
                       and who.group().endswith(("was ", "is ")) else "")
            if passive.endswith("ed") and passive not in _WORD_TYPE and passive not in _NAMED_TO:
                participle = True  # "who was asked about ...": what was done to them, no role
            # (typed only where the answer counts: not for a phrase the test
            # below drops anyway, and after the verb, the cheaper test)
            if (who and who.end() <= 4 and not participle and first not in _APPOSITION_BAD_START
                    and (verb in _SAYING_OR_LIVING or type_phrase(phrase)[0] == "public")):
                # "who relishes counter-punching at his opponents", "who lives
                # in ... outside of the state capital", "who acknowledged Trump
                # was his fourth choice for nominee": what they do or say, not
                # what they are (a role takes "is"/"served as", or a verb of a job)
                participle = True
            if (first not in _APPOSITION_BAD_START and not participle
                    and (who or not words & _CLAUSE_VERBS)  # "X, the campaign has ...": a clause
                    # (typed only where a document's word may make it one: most are not)
                    and not (_may_be_document(phrase) and type_phrase(phrase)[0] == "document")):
                # ("Sanders, a new poll shows": a document, no role)
                person.descriptors.append((end, phrase))
                if (paired[2] and paired[2] != name and _AND_BETWEEN_NAMES.fullmatch(text, paired[1], start)
                        and _plural_head(phrase)):
                    # "Blair W. Effron and Robert A. Pruzan, the firm's
                    # co-founders": a plural apposition after a pair describes both
                    index.persons[paired[2]].descriptors.append((paired[1], phrase))
                pre = f"{pre} {phrase}"  # for the gender cues below
            elif who:  # no role, but someone the article tells of, and gender cues:
                person.told_of = True  # "who won the silver medal ... when he held"
                pre = f"{pre} {phrase}"
        lead_np = (None if premodified or not before.rstrip().endswith(",")
                   or _PARENTHETICAL_VERB.match(text, end)  # (as above)
                   else _pre_apposition(before))
        if lead_np:
            # "Dow's chief executive, Andrew Liveris,"; "As the chairman of
            # Donald Trump’s campaign, Paul Manafort told"
            # (and after an inverted cue: "said Rubio's deputy campaign manager, Rich Beeson")
            phrase = re.sub(r"^(?:As (?=the )|(?:said|says|added|adds) (?=\S))", "",
                            lead_np.group(1))
            words = phrase.split()
            first = words[0] if words else ""  # (a phrase of spaces alone types as no role)
            # (the phrase's own tests first, and typed only if it passes them:
            # most do not, "In a statement", "he said")
            if (first and first.lower() not in _SUBORDINATORS
                    and not (first.endswith(("ing", "ed")) and first.lower() not in _WORD_TYPE
                             and (first[0].isupper() or _VERB_PHRASE_NEXT.match(phrase, len(first))))
                    # ("Standing with activists,"; "..., that, standing on stage at the
                    # Wells Fargo Center in Philadelphia, Khizr Khan": where he stood)
                    and not {w.lower() for w in words} & _CLAUSE_VERBS
                    and type_phrase(lead_np.group(1))[0] not in (None, "document", "unspecified")):
                # "Police killed [the gunman], Omar Mateen,": the object of a clause
                noun = _BEFORE_ARTICLE.sub("", phrase)
                if type_phrase(noun)[0] not in (None, "document", "unspecified"):
                    person.descriptors.append((start, noun))
                    pre = noun
        title = before[-6:].rstrip(" .")
        # (the title read first: most names have none, and need no namesakes)
        if (title.endswith(("Mrs", "Ms", "Miss", "Mr")) and text[start:end] != name
                and len(index.namesakes(name)) > 1):
            title = ""  # "Mr. Trump" may be another Trump: no evidence for this one
        if title.endswith(("Mrs", "Ms", "Miss")) or (pre and _FEMALE_CUES.search(pre)):
            person.female += 2
        elif title.endswith("Mr") or (pre and _MALE_CUES.search(pre)):
            person.male += 2
    screen = _story_of(_SCREEN_WORDS, text)
    for person in index.persons.values():
        if not person.descriptors:
            continue  # (four people in ten have none: no phrase to clean)
        if any(_NEGATED.match(phrase) for _, phrase in person.descriptors):
            # what one is not or has not done is no role: "Sue Smith, who
            # hasn't decided which candidate she will caucus with" (a voter),
            # "Federer, who has not had a coach since ..." (a player)
            person.descriptors = [(pos, phrase) for pos, phrase in person.descriptors
                                  if not _NEGATED.match(phrase)]
        # (the pattern, searched at every word, only on a phrase holding its words)
        if any(_RACE_WORD.search(phrase) for _, phrase in person.descriptors
               if "hopeful" in phrase or "contender" in phrase) and sporting():
            # a "hopeful" or "contender" of sport runs for a title, no office
            person.descriptors = [(pos, phrase) for pos, phrase in person.descriptors
                                  if not _RACE_WORD.search(phrase)]
        if any(_bare_director(phrase) for _, phrase in person.descriptors) and screen():
            # in a story of films, a director of nothing named is a film's
            # ("Lord of the Rings director Peter Jackson"), no government's
            person.descriptors = [(pos, "film director" if _bare_director(phrase) else phrase)
                                  for pos, phrase in person.descriptors]
    for name, person in index.persons.items():
        profile = known_profile(name) if " " in name else None
        if profile:
            # after the article's own descriptors, which win ties: "the
            # Texas senator" is Ted Cruz even where the story never says so
            person.descriptors.extend((len(text), part) for part in _PROFILE_PARTS.split(profile))


def roles_index(persons: dict) -> tuple[dict[str, list], dict[str, list]]:
    """The roles index of ``persons`` (full name -> person, with the
    descriptors :func:`collect_descriptors` gave them): each role word of a
    descriptor -> ``(position, name)`` of its holders, the current roles and
    the former ones apart ("former president")."""
    roles: dict[str, list[tuple[int, str]]] = {}
    former_roles: dict[str, list[tuple[int, str]]] = {}
    for name, person in persons.items():
        for pos, phrase in person.descriptors:
            words = _tokens(phrase)
            # "the chair" is the current one, not "a former chair"
            held = former_roles if _FORMER & set(words) else roles
            for k, word in enumerate(words):
                if word in _WORD_TYPE and not (k and words[k - 1] == "vice"):
                    # (a vice president is not "the president")
                    held.setdefault(word, []).append((pos, name))
    return roles, former_roles


# Between the two names of a pair: "Anna Palmer [and] Jake Sherman".
_AND_BETWEEN_NAMES = re.compile(r"\s+and\s+")
# A count or "both" opening a plural apposition: "two of the most aggressive
# reporters", "both longtime aides".
_COUNT_OPENING = re.compile(r"(?:(?:two|both|all)\s+(?:of\s+)?)?(?:the\s+|their\s+)?", re.I)
_HEAD_CUT = re.compile(r"\s(?:of|for|at|in|with|to|from|on|who|which|that)\s")


def _plural_head(phrase: str) -> bool:
    """Whether an apposition's head noun, its last word before a preposition
    or a relative, is a plural role ("the firm's co-founders", "two of the
    most aggressive reporters in Washington"; not "a spokesman for the
    Democrats")."""
    rest = phrase[_COUNT_OPENING.match(phrase).end():]
    words = _HEAD_CUT.split(rest, 1)[0].split()
    return bool(words) and _is_plural(words[-1].lower().split("-")[-1].strip("’'"))


# A description that denies: "(who is) not affiliated with a candidate",
# "(who) hasn't decided which candidate ...", "(who has) never held office".
_NEGATED = re.compile(r"(?:not|never|[a-z]+n['’]t)\s", re.I)

# A preposition after a participle: "standing [on] stage", "speaking [at] ..."
# (not an object: "misstated [the] year Pershing Square's founder, ...").
_VERB_PHRASE_NEXT = re.compile(r"\s+(?:on|at|in|into|with|by|to|about|from|for|before|after|"
                               r"outside|inside|behind|near|among)\s")

# A name after an opening "To": "To Frank, issues of ... get attention" (no apposition).
_OPENING_TO = re.compile(r"(?:^|[.!?]\s+|\n)To\s+$")
# A name's own verb set off by commas: "Democrats, Frank notes, applaud ...".
_PARENTHETICAL_VERB = re.compile(r"\s+[a-z]+,")

_INITIALS_OR_TITLE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.")


def _relative_role(phrase: str, who: re.Match) -> str:
    """The role a "who" clause gives: "who served as labor secretary" ->
    "former labor secretary", "who teaches ..." -> "professor", "who heads a
    project ... for the Federation of American Scientists" -> "head of a
    project ..." (only for a named body: not "who runs a bakery")."""
    rest = phrase[who.end():]
    phrase = ("former " if who.group(1) else "") + rest
    took = _TOOK_ON_AS.match(phrase)
    if took:  # "who took over as head of Hispanic communications": the head
        return phrase[took.end():]
    verb = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    if verb in _SCHOLARLY_VERBS:
        return _SCHOLARLY_VERBS[verb]
    if verb == "former" and rest.split()[:1] and rest.split()[0] in _ROLE_VERBS:
        verb, phrase = rest.split()[0], rest  # "who had headed ...": its own "former"
    if verb in _ROLE_VERBS and re.search(r"\s[A-Z]", _PLACE_AFTER.split(phrase, 1)[0]):
        return f"{_ROLE_VERBS[verb]} {phrase.split(maxsplit=1)[1]}"
    return phrase


# Titles written after "the" before a name: "the Rev. Federico Lombardi".
_CLERICAL = {"rev", "reverend", "very rev", "rt rev"}
# A head's office of a field of work, in lower case ("Merck's head of
# research" Peter Kim), as a director's is; "deputy head of Swiss" Re is no
# office of a field (a head of a body by name is the apposition's to read).
_FIELD_HEADS = _OFFICE_HEADS | {"head"}


def _premodifier(before: str) -> str:
    """Role words written just before a name: "former Russian diplomat" Boris Bondarev."""
    before = before[before.rfind("\n") + 1:]  # a paragraph's end is no title ("the Fed.")
    words = before.rsplit(None, 10)[-10:]  # (the last ten words, without splitting all)
    taken: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word[-1] in ",.;:!?”\")]" and not _INITIALS_OR_TITLE.fullmatch(word):
            break
        bare = word.strip("“\"(").lower().rstrip(".")
        # (most words hold no apostrophe: no regex)
        bare_root = _POSSESSIVE.sub("", bare) if "'" in bare or "’" in bare else bare
        if (word == "and" and taken and k
                and words[k - 1].lower().strip(",").rstrip(".") in _WORD_TYPE):
            taken.append(word)  # two roles: "former CIA operative and Marine" John Tiegen
            continue
        if bare_root in _FUNCTION:
            if word == "the" and taken and k and taken[-1].lower().rstrip(".") in _CLERICAL:
                continue  # "Vatican spokesman the Rev." Federico Lombardi: the role before
            if (word in ("of", "for") and taken and k and words[k - 1][-1] not in ",.;:!?”\")]"
                    and (taken[-1][0].isupper() and words[k - 1][0].isupper()
                         or word == "of" and words[k - 1].lower() in _OFFICE_HEADS
                         or word == "of" and words[k - 1].lower() == "head" and taken[-1].islower())):
                # an office's title: "Former Secretary of State" Madeleine
                # Albright, "Former Reagan chief of staff" Don Regan
                taken.append(word)
                continue
            break
        if word[0] in "-–—•" and word[1:2].isalpha():  # a list item: "-Pollster Ann Selzer"
            word, bare_root = word[1:], bare_root[1:]
            if word[0].isupper() or bare_root in _WORD_TYPE:
                taken.append(word)
            break
        if (word[0].isupper() or bare_root in _WORD_TYPE or bare_root in _PRE_OK
                or bare_root in _WEAK_OFFICIAL or "-" in bare_root
                or bare_root.endswith(("ologist", "ologists"))  # "Forensic pathologist Dr"
                or taken and f"{bare_root} {taken[-1].lower()}" in _PHRASE_TYPE):
            # (the first word of a two-word role: "organizing director")
            taken.append(word)
            if word[0] in "“\"(":
                break
        elif (not taken and k >= 2 and words[k - 1] == "of" and word.isalpha()
              and words[k - 2].lower() in _FIELD_HEADS):
            taken.append(word)  # what an office is of: "director of rugby" Rob Andrew
        else:
            break
    taken.reverse()
    while taken and taken[0].lower().strip("“\"(") in ("the", "a", "an", "and", "in", "on", "but", "as"):
        taken.pop(0)
    return " ".join(taken)

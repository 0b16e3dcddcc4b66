"""Phrases around a cue other than the source before it (for that, see
:mod:`~analysis.attribution.source_before`): the source after an inverted cue,
the sentence's subject, and the spans' boundaries (trimmed sources and
contents, tails, quote lookups, sentence starts)."""

from __future__ import annotations

import bisect
import re

from analysis.attribution.lexicon import (
    _ABBREV,
    _AUX,
    _FUNCTION_WORDS,
    _NP_START,
    _OBJECT_CUES,
    _OBJECT_TAIL,
    _OPENING_ADVERBIAL,
    _OPENING_ADVERBIAL_ANYCASE,
    _OPENING_CONJUNCTION,
    _OPENER_CHUNK,
    _PLACE_CHUNK,
    _OPEN_QUOTE,
    _QUOTE_MARK,
    _SENT_END,
    _SHORT_TITLE,
    _SOURCE_STOP,
    _SUBJECT_PRONOUNS,
    _TAIL_START,
    _THAT,
    _TOKEN,
    _CRIES,
    _MODAL_BEFORE,
    _PRE_VERB_ADVERB,
    _VERBISH,
)
from analysis.names import _MONTH_NAME, _MONTHS_DAYS, _US_STATES, _WEEKDAY_NAME
from analysis.role_words import _OFFICE_HEADS, _WORD_TYPE
from analysis.text import _ABBREVIATIONS


def _last_inside(text: str, qs: int, qe: int) -> str:
    """The last character inside a quote, before its closing mark(s) and any
    space (for '“...,”', "''...,''" and '"... 'nested,' "')."""
    k = qe - 1
    while k > qs and text[k] in "\"”’' “":
        k -= 1
    return text[k]


# An adverb of time or sequence closing a source, whichever path found it:
# "Fact-checkers [soon] noted", "Priebus [later Thursday] told", "Obama [also] stating".
_TRAILING_WHEN = re.compile(
    r"(?:\s+(?:also|then|soon|now|again|recently|still|already|"
    rf"(?:later|earlier)(?:\s+(?:on\s+)?(?:{_WEEKDAY_NAME}|today|this\s+week)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?))+$")
# The last letters of every match of _TRAILING_WHEN (a weekday's and "today" in "day").
_WHEN_ENDINGS = ("also", "then", "soon", "now", "again", "recently", "still", "already", "later",
                 "earlier", "day", "week", "morning", "afternoon", "evening", "night")
# What such a source must open with to be trimmed: a name, a determiner or a
# pronoun (not a clause the finder mistook for one: "What [needs to happen now]").
_NOUN_PHRASE_OPENING = re.compile(r"[A-Z0-9]|(?:the|a|an|his|her|its|their|our|he|she|it|they|we)\b")


# A subordinate clause's own subject closing a source: "an issue on which
# [Trump]", "camps that [Mr. Obama]", "about how [the contenders]" (not a
# verb's object clause: "spokesman Lu Kang repeated that China").
_CLAUSE_SUBJECT = re.compile(
    r"(?<!ed)(?<!said)(?<!says)\s(?:that|which|whom|how)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?<!['’])(?<!['’]s)"
    r"|he|she|they|it|we|I|the\s+[a-z]+"
    # a plural of people, counted or not: "a tax that [economists] say", "the
    # issues that [most voters] say", "the plan that [many] said"
    r"|(?:(?:most|many|some|few|several|other|all)\s+)?(?:[a-z-]+\s+)?[a-z-]+(?:ers|ors|ists|ans|ials|ics|"
    r"ents|ants|ates|ees|ies|ves)|most|many|some)$")


def _trim_source(text: str, s: int, e: int) -> tuple[int, int]:
    """Source bounds without a closing adverb of time ("Trump earlier Tuesday"),
    and only the subject of a clause closing them ("standard that [the court]")."""
    # (the pattern is tried at every position: searched only where the span ends in its word)
    when = _TRAILING_WHEN.search(text, s, e) if text[s:e].rstrip("\n").endswith(_WHEN_ENDINGS) else None
    if when and when.start() > s and _NOUN_PHRASE_OPENING.match(text, s):
        e = when.start()
    clause = _clause_subject(text, s, e)
    if clause:
        return clause.span(1)
    return s, e


def _clause_subject(text: str, s: int, e: int) -> re.Match | None:
    """:data:`_CLAUSE_SUBJECT`'s match in ``text[s:e]``, or None."""
    # (its lookbehinds are tried at every position: searched only in a span
    # holding one of the words that open the clause)
    span = text[s:e]
    if "that" in span or "which" in span or "whom" in span or "how" in span:
        return _CLAUSE_SUBJECT.search(text, s, e)
    return None


def _trim_content(text: str, s: int, e: int) -> tuple[int, int]:
    """Content bounds without edge spaces and commas, nor the sentence's full
    stop (PolNeAR leaves it out of reported speech; quotes keep their marks)."""
    s, e = _strip_span(text, s, e, " \t\n,;:")
    if e - s > 1 and text[e - 1] == "." and text[e - 2] != ".":
        e -= 1
    return s, e


def _strip_span(text: str, s: int, e: int, chars: str = " \t\n,;:—–-") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


# Verbs that take the cue as an infinitive: "goes on to say", "went on to claim".
_CATENATIVES = {"goes", "go", "went", "continues", "continued", "proceeds", "proceeded"}

# Time words that follow a cue, never a source after it: "said Wednesday he agrees".
_WHEN_WORDS = set(
    "today yesterday tonight recently earlier later last monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our"}


# Capitalised heads of institutions' names that go on with "of": "Bureau of Labor Statistics".
_BODY_HEADS = {"Bureau", "Department", "University", "Institute", "Office", "Ministry",
               "Council", "Association", "Federation", "Board", "Chamber", "Bank", "League",
               "Society", "Academy", "College", "School", "Court", "Committee", "Commission",
               "Secretary", "Congress", "Conference", "Union", "Foundation", "Center", "Centre",
               "Division", "Authority", "Agency", "Organization", "Organisation", "Coalition",
               "Alliance", "Corporation", "Church", "Republic", "Museum", "Library", "Party"}
_CAPITALISED_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
# A body's name of purpose after its head's "to": two capitalised words, a
# verb and its object ("Committee [to] Protect Journalists", "Alliance [to]
# Reclaim Our Schools").
_PURPOSE_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z]")


# Words naming a part of the group after "of".
_PART_OF = {"one", "some", "many", "most", "each", "several", "two", "three", "none", "any"}
# Words counting the group after "of": "Hundreds of demonstrators".
_COUNTED = {"hundreds", "thousands", "dozens", "millions", "scores", "tens"}
# A share of the group after "of": "The share of Republicans saying".
_SHARE_NOUNS = {"share", "percentage", "proportion", "majority", "half"}
# Nouns of a body or a group of people, before "of" and its members (an
# inverted source runs on over them: "..., said a handful of Democrats",
# "..., says a panel of industry experts"; not a count of things, which may
# be a verb's object: "..., wrote a host of new songs", "a number of books").
_GROUP_OF = {"handful", "group", "panel", "team", "coalition", "board", "committee"}
_PART_OR_GROUP_OF = _PART_OF | _GROUP_OF
# Words that speak for a group on their own, as a sentence's subject: "Some",
# "Many", "Others" (their verb follows: "Some seek", "Many fear the worst").
_GROUP_PRONOUNS = {"some", "many", "most", "others", "few", "several", "both"}
# The words after such a pronoun, up to a person's or group's noun, a plural
# or a capitalised word that makes it a determiner ("Some young [voters]",
# "Many [Democrats]"), else the first is its verb ("Others want change").
_AFTER_GROUP_PRONOUN = re.compile(r"\s*([\w'’-]+)(?:\s+([\w'’-]+))?")


def _verb_after_pronoun(text: str, at: int, cs: int) -> bool:
    """Whether the word at ``at``, after a pronoun of :data:`_GROUP_PRONOUNS`
    opening the subject, is its verb: neither it nor the word after it is a
    person's or a group's noun, a plural or capitalised ("Some seek to",
    "Many fear the worst", "Others want change"; not "Some young voters",
    "Most Americans")."""
    m = _AFTER_GROUP_PRONOUN.match(text, at, cs)
    if m is None or not m.group(1).islower():
        return False
    for word in filter(None, m.groups()):
        if not word.islower() or word in _WORD_TYPE or word.endswith("s") or word in ("of", "in", "who"):
            return False
    return True
# Unnamed sources placed by where they work: "a source at the company".
_PLACED_HEADS = {"source", "sources", "official", "officials", "aide", "aides", "staffer",
                 "staffers", "employee", "employees", "insider", "insiders", "someone",
                 "spokesman", "spokeswoman", "spokesperson", "person", "people"}
# A workplace after "at" or "in", not an occasion or a time: "at the Tampa
# station", "in the governor's office" (not "at a news conference", "in May").
_WORKPLACE_NEXT = re.compile(
    r"\s+(?:the\s+)?(?!(?:(?:news|press)\s+)?(?:conference|rally|event|briefing|meeting|hearing|"
    r"debate|interview|speech|forum|statement|time|moment|past|end|wake|recent|last|early|late|"
    rf"{_MONTH_NAME}|{_WEEKDAY_NAME})\b)"
    r"(?:[A-Z][\w.&'’-]*|[a-z]+(?:['’]s)?\s+(?:office|campaign|company|firm|station|agency|"
    r"department|administration|ministry|embassy|government|house|senate|party|group|organization|"
    r"committee|team|paper|newspaper|network|union|bank|school|hospital|city|state|county|White House)"
    r"|(?:company|firm|station|agency|department|administration|ministry|embassy|government|"
    r"campaign|party|committee|organization|group|White House|network|newspaper)\b)")
# Words holding the content of a document named after "of".
_HOLDER_OF = {"results", "findings", "data", "analysis", "figures", "estimates", "numbers",
              "review", "tally", "count", "copy", "copies", "batch", "analyses", "average",
              "averages"}


# A second role and the name holding both, after "and": "[president and] chief
# executive John Smith", "[founder and] director Elliot Grove".
_SECOND_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+[A-Z]")


# A participle (and its subject) closing a source: "released", "he submitted".
_DANGLING_PARTICIPLE = re.compile(r"(?:\s(?:he|she|they|it|we|I))?\s[a-z]{2,}ed$")


# A name in apposition closing the sentence: "..., said the company's chief
# executive, John J. Ferriola."
_NAME_CLOSING = re.compile(r",\s+((?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+(?:,? (?:Jr|Sr)\.)?)"
                           r"(?:[.!?]?[\"”']?\s*$|,\s+(?:who|whose|a|an|the)\s)")


# A name, then a verb and its object: "[said] Washington needs a junkyard dog",
# "[said] Gates described the nonprofit's role" (a clause, not an inverted source).
_NAME_THEN_VERB = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+[a-z]+(?<!s)(?:s|ed)\s+"
                             r"(?:a|an|the|to|that|his|her|their|its|no|more)\b")


def _is_abbreviation(word: str) -> bool:
    """Whether the dot ending ``word`` is an abbreviation's ("Fla.", "Jr.", "F.",
    "U.S."), not the sentence's: a short surname ("said Jane Roe.") is no
    abbreviation."""
    return bool(_ABBREV.fullmatch(word)) and (
        len(word) == 2 or "." in word[:-1] or word[:-1].lower() in _ABBREVIATIONS)


def _second_role_then_name(text: str, pos: int) -> bool:
    """Whether a role word and a capitalised name follow ``pos`` (after "and"
    following a role word: "president and chief executive John Smith")."""
    m = _SECOND_ROLE_THEN_NAME.match(text, pos)
    return m is not None and m.group(1) in _WORD_TYPE


def _source_after(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue: '..., said Sen. Chris Murphy, who ...'"""
    end = None
    last = start
    first_low = previous = ""
    for n, m in enumerate(_TOKEN.finditer(text, start, hi)):
        word = m.group()
        if n == 0 and (word[0] in "\"“'‘"  # 'said "no."': a quoted word is no source
                       or word.lower() in _SOURCE_STOP or word.lower() in _FUNCTION_WORDS
                       and not _NP_START.match(word)):
            return None
        low = word.lower().strip(",.;:")
        if word.islower() and (low in _AUX or low.endswith(("n't", "n’t"))):
            return None  # "said Ali would attend ...": a clause, not a source
        if n == 1 and first_low in _SUBJECT_PRONOUNS:
            return None  # "said he voted against it": a clause
        if n == 0 and low in _WHEN_WORDS:
            return None  # "said Wednesday he agrees": a time, then the clause
        if n == 0:
            first_low = low
        if word in ("-", "--", "–", "—"):
            break  # "63 percent, according to the report - still believe": a dash ends it
        if n > 12 or low in _SOURCE_STOP and not (
                low == "as" and previous.lower() in ("known", "only", "identified")
                and _CAPITALISED_NEXT.match(text, m.end())  # "the base chief known as Bob"
                or low == "to" and previous in _BODY_HEADS and _PURPOSE_NAME_NEXT.match(text, m.end())
                or low == "of" and (previous in _BODY_HEADS and _CAPITALISED_NEXT.match(text, m.end())
                                 or previous.lower() in _OFFICE_HEADS
                                 or n > 0 and previous.lower() in _PART_OR_GROUP_OF
                                 or n > 0 and previous.lower() in _HOLDER_OF)
                or low in ("at", "in", "inside", "within") and previous.lower() in _PLACED_HEADS
                and _WORKPLACE_NEXT.match(text, m.end())
                or low == "and" and previous in _WORD_TYPE and _second_role_then_name(text, m.end())):
            # (an institution's name runs on: "the Bureau of Labor Statistics",
            # "the Committee to Protect Journalists",
            # and an office's: "the secretary of state's website"; so does
            # where an unnamed source works: "a source at the Tampa station",
            # "an aide in the governor's office" (not "at a news conference");
            # so does a part of a group: "a strategist for one of these
            # candidates", and what holds a document's content: "the results
            # of the latest Quinnipiac University poll"; and two roles of one
            # name: "said BIFA founder and director Elliot Grove")
            break
        previous = word
        last = m.end()
        if word[-1] in ",;:!?)—" or (word[-1] == "." and not _is_abbreviation(word)):
            break
    end = last
    s, e = _strip_span(text, start, end, " \t\n\"“”'’,;:.!?)—")
    if e <= s:
        return None
    if _NAME_THEN_VERB.match(text, s, e):
        return None  # "said Washington needs a junkyard dog": a clause, no source
    dangling = _DANGLING_PARTICIPLE.search(text, max(s, e - 40), e)
    if dangling and len(text[s:dangling.start()].split()) >= 2:
        # "a New York Times/CBS News survey [released]", "new financial
        # documents [he submitted]": a participle whose agent or time was cut off
        e = dangling.start()
    if text[e:e + 1] == "." and _is_abbreviation(text[s:e + 1].split()[-1]):
        e += 1  # keep "Jr." whole
    if text.count("(", s, e) > text.count(")", s, e) and ")" in text[e:e + 2]:
        e = text.index(")", e) + 1  # keep the party tag whole: "Rep. Jim Clyburn (D-S.C.)"
    named = (_NAME_CLOSING.match(text, e, hi)
             if text[s].islower() or text[s:e].rsplit(None, 1)[-1].islower() else None)
    if named:  # "said the company's chief executive, John J. Ferriola.": the name too
        # (and "said Rubio's deputy campaign manager, Rich Beeson, who ...")
        e = named.end(1)
    return s, e


def _quote_at(qstarts: list[int], quotes: list[tuple[int, int]], lo: int, hi: int):
    """Index of the first quote starting in [lo, hi), or None."""
    i = bisect.bisect_left(qstarts, lo)
    if i < len(quotes) and quotes[i][0] < hi:
        return i
    return None


def _quote_ending_at(qends: list[int], quotes, pos: int, slack: int = 3):
    """Index of a quote ending at most ``slack`` characters after ``pos``."""
    i = bisect.bisect_left(qends, pos - 1)
    while i < len(quotes) and quotes[i][1] <= pos + slack:
        if quotes[i][1] >= pos - 1:
            return i
        i += 1
    return None


def _is_tail(after: str, low: str) -> bool:
    """Is the rest of the sentence after a cue an adjunct ("said Tuesday.",
    "told reporters.") rather than the content?"""
    words = after.split(None, 12)  # (13 pieces: more than 12 words, no need to split on)
    if "that" in words and _THAT.search(after) or len(words) > 12 or _OPEN_QUOTE.search(after):
        return False  # "said this week that ...": a clause follows, not an adjunct
    if _TAIL_START.match(after):
        return True
    return low in _OBJECT_CUES and _OBJECT_TAIL.match(after) is not None


def _short_tail(after: str) -> bool:
    """A short adjunct closing the sentence after '“...,” X said': no clause, no quote."""
    after = _SHORT_TITLE.sub("T", after)  # 'told NBC’s “Today” on Monday'
    words = after.split(None, 30)  # (31 pieces: more than 30 words)
    return len(words) <= 30 and "that" not in words and not _QUOTE_MARK.search(after)


def _thought_ok(text: str, ce: int, c_lo: int) -> bool:
    """Thought verbs count only with a clause or infinitive after them
    ("believes that ...", "wants to ...", "thinks Trump will ...")."""
    nxt = text[c_lo:c_lo + 12].lower()
    return nxt.startswith(("that ", "to ", "“", "\"")) or c_lo - ce <= 1


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (searching back no further than ``lo``)."""
    best = lo
    for m in _SENT_END.finditer(text, max(lo, pos - 300), pos):
        best = m.end()
    return best


# A capitalised word next: "(Secretary of) State".
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


# A subordinator with no comma after its clause, before a pronoun: "When he
# returned he began by saying" (the pronoun is the subject); a phrase of
# time or place with no comma after it, before a pronoun, too: "At his weekly
# press conference on Tuesday he said ... and refused" (he, not "At his ...").
_SUBORDINATOR_NO_COMMA = re.compile(
    r"\s*(?:(?:When|While|After|Before|Once|As)\s+(?=(?:he|she|they|we|I)\s)"
    r"|(?:At|In|On|During|Later|Earlier)\s[^,;:.“”\"]{1,60}?\s"
    r"(?=(?:he|she|they|we|I)\s|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]))?")
# One of a group, named in apposition: "One of the men, Jessie Elkins, 70,".
_ONE_OF_NAMED = re.compile(r"\s*(?:One|Another|Each)\s+of\s+(?:the|them|those)\b[^,.;:]{0,30},\s+"
                           r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*,")
# Two titles joined before a name: "Former prosecutor and New York City Mayor
# Rudy Giuliani," (the subject runs on over "and" to the name).
_TITLES_AND_NAME = re.compile(r"\s*([A-Z][a-z]+(?:\s+[a-z]+){1,2}\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,6}"
                              r"[A-Z][\w'’-]+)\s*,")
# A name in apposition after a subject: ", Representative Lee Zeldin,".
_NAMED_AFTER = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\s*,")
# An opening adverbial longer than _OPENING_ADVERBIAL takes, and a verb that
# makes it a clause of its own.
# A one-word adverb opening a main clause with no comma after it, before its
# subject: "Then he", "And even Obama", "And now Mr. Manafort".
_BARE_ADVERB = re.compile(r"\s*(?i:then|now|even|still|also|again|instead|soon|often|sometimes|perhaps|"
                          r"maybe|already|eventually|[a-z]{3,}ly)\s+"
                          r"(?=[A-Z]|(?:he|she|they|we|I|the|an?|his|her|their)\s)")
_LONG_OPENING = re.compile(r"\s*(?:In|On|At|After|Before|Despite|Amid|Following|Given)\s[^,]{81,160},\s*")
_PAST_OR_PRESENT_VERB = re.compile(r"\b[a-z]{3,}ed\b|\b(?:is|was|are|were|has|have|had|says|said)\b")
# A participle's or an infinitive's phrase fronted before the subject, the
# participle followed by its object or a preposition (not a name and its
# verb: "Boreing said"): "Facing mounting criticism ..., Mr. Trump",
# "Arriving at the scene, police", "To nudge it along, one group", "Absent
# a strong defense ..., average voters"; then a subject after the comma,
# lowercase too, that is no participle of its own.
_FRONTED_VERB_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:ing|ed)\s+(?:[a-z]+ing|[a-z]+ly|the|an?|his|her|their|its|our|this|that|"
    r"these|those|some|many|up|out|on|in|at|to|for|from|with|about|after|before|into|upon|over|"
    r"under|by|off|back|down|it|him|them|us)|To\s+[a-z]+|Absent\s+[a-z]+)\b[^,;:“”\"]{0,80},\s*"
    r"(?=[A-Z]|(?![a-z]+(?:ing|ed)\b)[a-z])")


# An adverb before the subject's verb ("The league strongly denounced", "Trump
# further summed up").
_ADVERB_BEFORE_VERB = re.compile(_PRE_VERB_ADVERB + r"\s+"
                                 r"(?:[a-z]+ed|[a-z]+[^s\W]s|has|had|have|is|was|will|would|"
                                 # (or a past tense of _VERBISH: "Mitt Romney largely ran")
                                 + "|".join(sorted(_VERBISH)) + r")\b")


def _unspoken_cry(text: str, word: str, start: int, floor: int = 0) -> bool:
    """Whether ``word`` at ``start`` is a cry after a modal or "to", one no one
    gives ("you can't yell “fire” in a theater"), looking back no further than
    ``floor``."""
    return word in _CRIES and _MODAL_BEFORE.search(text, max(floor, start - 12), start) is not None


# A US state's name or abbreviation set off after a place: "in Ames, [Iowa,]",
# "in Manchester, [N.H.,]".
_STATE_CHUNK = re.compile(r"((?:[A-Z][a-z]+\s)?[A-Z][a-z]+|[A-Z][a-z]{0,4}\.(?:\s?[A-Z]\.)?),\s*")


def _subject(text: str, ss: int, cs: int):
    """The sentence's subject, for cues without one of their own (", saying ...",
    "She went on: ..."): the first noun phrase, after any opening adverbial
    ("In May, a judge sided ..." gives "a judge")."""
    lo = ss
    conj = _OPENING_CONJUNCTION.match(text, ss, cs)
    if conj:
        lo = conj.end()
    opener = (_OPENING_ADVERBIAL_ANYCASE if conj else _OPENING_ADVERBIAL).match(text, lo, cs)
    if opener is None:
        # a longer one with no verb of its own: "In response to Donald Trump's
        # proposal to bar Muslims from entering the United States, ..." (not
        # "On Thursday evening Hillary Clinton delivered her speech ..., seeking")
        opener = _LONG_OPENING.match(text, lo, cs)
        if opener and _PAST_OR_PRESENT_VERB.search(opener.group()):
            opener = None
    if opener and opener.end() >= cs:
        # the comma that seemed to close an opening adverbial is the cue's own:
        # the main clause opens after a bare adverb ("Then he cut into Bush,
        # calling him": he; "And now Mr. Manafort has taken on ..., seeking")
        # or after a time with no comma ("On Sunday Mr. Trump made ..., writing")
        bare = _BARE_ADVERB.match(text, lo, cs)
        timed = _SUBORDINATOR_NO_COMMA.match(text, lo, cs)
        if bare or timed.end() > timed.start():
            lo = bare.end() if bare else timed.end()
            opener = None
    if opener:
        lo = opener.end()
        state = _STATE_CHUNK.match(text, lo, cs)
        if state and (state.group(1).endswith(".") or state.group(1).split()[-1].lower() in _US_STATES):
            # "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton ...":
            # the place's state, then the occasion, before the subject
            place = _PLACE_CHUNK.match(text, state.end(), cs)
            lo = place.end() if place else state.end()
    else:
        # a subordinate clause with no comma: its subject ("When he returned
        # he began by saying": he)
        lo = _SUBORDINATOR_NO_COMMA.match(text, lo, cs).end()
    for _ in range(2):  # "Hours later, Trump returned ..., telling": "Trump"
        chunk = _OPENER_CHUNK.match(text, lo, cs) or _FRONTED_VERB_PHRASE.match(text, lo, cs)
        if not chunk:
            break
        lo = chunk.end()
        place = _PLACE_CHUNK.match(text, lo, cs)
        lo = place.end() if place else lo
    named = _ONE_OF_NAMED.match(text, lo, cs)
    if named:  # "One of the men, Jessie Elkins, 70, had served ... and said": the name
        return named.span(1)
    titles = _TITLES_AND_NAME.match(text, lo, cs)
    if titles:  # "Former prosecutor and New York City Mayor Rudy Giuliani, who ...": all of it
        return titles.span(1)
    end = None
    previous = ""
    for n, m in enumerate(_TOKEN.finditer(text, lo, cs)):
        word = m.group()
        low = word.lower().strip(",;:")
        if (word in ("of", "for") and previous[:1].isupper() and previous[-1].isalpha()
                and _CAPITAL_NEXT.match(text, m.end(), cs)):
            continue  # an office's title: "Former Secretary of State Madeleine Albright"
        if word == "of" and previous.lower() in _PART_OF | _COUNTED | _SHARE_NOUNS:
            previous = word
            continue  # "Hundreds of pro-Sanders demonstrators marched ..., chanting"
        if n == 1 and previous.lower() in _GROUP_PRONOUNS and _verb_after_pronoun(text, m.start(), cs):
            break  # "Some seek to be removed from the lists, fearing": "Some"
        # (after a determiner a word in -ed is an adjective: "The retired neurosurgeon")
        adjective = previous.lower() in _DETERMINERS
        previous = word
        if n >= 8 or (word[0].islower() and (low in _AUX or low in _SOURCE_STOP or low in _CATENATIVES
                                              or low in _VERBISH or low.endswith("ed") and not adjective
                                              or n and _ADVERB_BEFORE_VERB.match(text, m.start(), cs))):
            break
        end = m.end()
        pronoun = low.split("'", 1)[0].split("’", 1)[0] if n == 0 else ""  # (up to an apostrophe)
        if pronoun in _SUBJECT_PRONOUNS:
            end = m.start() + len(pronoun)  # "he’s spoken out ..., citing": "he"
            break
        if word[-1] in ",;:":
            break
    if end is None:
        return None
    s, e = _strip_span(text, lo, end, " \t\n,;:\"“”'’")
    if e <= s:
        return None
    named = _NAMED_AFTER.match(text, e, cs) if text[e - 1].islower() else None
    if named and named.group(1).split()[-1].lower() not in _MONTHS_DAYS:
        # "One early supporter, Representative Lee Zeldin, Republican of New
        # York, gave ...": the name in apposition belongs to the subject
        e = named.end(1)
    return s, e

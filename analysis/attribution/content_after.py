"""Step 2 of the rules for one cue (:mod:`~analysis.attribution.reported`):
the content after the cue, as reported speech ("Chesnakov said (that)
..."), a quote ('he said: “...”') or the paragraph after a colon. First the
cue's source before it, a participle's (", saying ...":
:func:`_participle_source`) or a verb's (:func:`_verb_source`); then the
content and the source's last repairs (:func:`_content_after_cue`)."""

from __future__ import annotations

import re

from analysis.attribution.content_before import _repair_source
from analysis.attribution.lexicon import (
    _AMBIGUOUS,
    _AND_BEFORE,
    _AUX,
    _CLAUSE_BREAK,
    _CLAUSE_NEXT,
    _CONTENT_LEAD,
    _CONTENT_STOP,
    _COORDINATED_CUE,
    _DAY_AFTER_CUE,
    _document_subject,
    _LAST_WHO,
    _NAME_AFTER_RELATIVE,
    _NEXT_CLAUSE_CUE,
    _NEXT_CLAUSE_VERB_ANYWHERE,
    _OBJECT_CUES,
    _OPENERS,
    _PRONOUNS,
    _PROPER_NAME,
    _RELATIVE_START,
    _TAIL_START,
    _THAT,
    _TO_QUOTE,
    _TOKEN,
    _TOLD_WHOM,
    _VERB_NEXT,
)
from analysis.attribution.phrases import (
    _clause_subject,
    _quote_at,
    _strip_span,
    _subject,
    _thought_ok,
    _trim_content,
)
from analysis.attribution.quotes import _inside_quote
from analysis.attribution.source_before import _source_before
from analysis.attribution.verbs import _PASSIVE_CUES, _SPEECH_SET, _THOUGHT_SET
from analysis.role_words import _FUNCTION, _PEOPLE_WORDS

# A past tense inside a noun cue's source: "She [issued] a detailed statement".
_PAST_VERB = re.compile(r"(?<=\s)(?<!ly\s)(?!(?:need|feed|speed|seed|bred|red|led|shed)\b)[a-z]{2,}ed"
                        r"(?=\s+(?:a|an|the|his|her|its|their|our|my)\b|$)")
# A main clause after the first: ", but Wallace brought ...", "; he ...".
_NEXT_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:but|and|yet)|;)\s+")
# Words opening an adverbial that a cue's "source" may wrongly start with.
_ADVERBIAL_SOURCE = {"when", "whenever", "in", "by", "after", "amid", "despite", "on", "whether",
                     "alongside", "during"}
# Words closing a "source" before a clause with no subject ("told MSNBC when [asked]").
_REDUCED_CLAUSE = {"when", "while", "after", "before", "if", "unless", "once", "until"}
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:[a-z]+ly|also|still|now|even|already|often|never|always))+$")
# What a threat goes on with: "threatened to sue", "threatened not to show up".
_THREAT_NEXT = ("to ", "not to ", "that ", "“", "\"")
# "with" and a subject of its own before a participle cue: "..., with [John
# McCain] telling reporters", "with [officials] saying" (no verb in between).
_WITH_ABSOLUTE = re.compile(
    r"(?:^|[\s,—–])with\s+("
    r"(?:(?!(?:is|was|are|were|has|had|have|and|who|that|which)\s)[\w.'’-]+\s+){0,6}?"
    r"(?!(?:it|him|her|them|this|that|after|before|by|in|on|at|for|to|of|from|while|as)\s+$)"
    r"[\w.'’-]*[\w'’])\s+$")
# An object relative set off by a comma, before its subject: ", which [officials]".
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?$")
# After a "who" clause set off by commas, the main clause's verb: "Donald Trump,
# ..., who has called warming a hoax, could be the next occupant".
_MAIN_CLAUSE_GOES_ON = re.compile(r",\s+(?:could|would|will|can|may|might|should|must|is|was|has|had|"
                                  r"are|were|did|does|said|says|told|tells|[a-z]{3,}ed)\s")
_ASIDE_START = re.compile(r"(?:in|at|on|during|after|before|for|with)\s")


# A clause of its own between a cue and "that": "tweeted after Clinton argued for ...".
_INNER_CLAUSE = re.compile(r"\b(?:after|before|when|as|while|because|since)\s+"
                           r"(?:[A-Z][\w.'’-]*\s+){1,3}([a-z]+)\b")

_SPEAKING_PRONOUNS = frozenset(("he", "she", "we", "i"))  # ("they" may be things)

# A preposition or conjunction of time or manner opening a participle's
# clause, right before it ("Mr. McConnell deflected questions about Mr. Trump
# [before] saying"; not "without": "without saying" says nothing), and the
# participles whose sense there is speech (not those that also tell what was
# done: "before calling time on his career", "after claiming his third
# crown", "by recalling nine players", "before seeking the presidency").
_ADJUNCT_BEFORE = re.compile(r"\s(?:before|after|by|while|when)\s+$")
_SPOKEN_AFTER_ADJUNCT = frozenset("""
saying telling arguing announcing suggesting insisting explaining asserting warning writing
tweeting noting declaring mentioning commenting hinting implying questioning accusing
criticizing denouncing slamming praising proposing urging asking emphasizing stressing
promising pledging vowing citing touting dismissing repeating referencing predicting
acknowledging conceding contending complaining joking quipping lamenting boasting
""".split())
_LOWER_WORD = re.compile(r"[a-z]*")

_TIME_ONLY = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight tomorrow""".split())


def _participle_source(text, ss, se, cs, after_comma, quotes, qstarts):
    """Step 2, the source of a participle cue, as ``(source, inherit)``:
    after "with", a subject of its own ("with John McCain telling
    reporters"; inherit False); after a comma, or a participle of speech
    after "before", "by", "after", "while" or "when", the subject of the
    last main clause before it (", saying that ...", "before saying that
    ..."; inherit True: the source of an earlier cue speaks on); None when
    the cue makes no attribution."""
    absolute = _WITH_ABSOLUTE.search(text, max(ss, cs - 100), cs) if not after_comma else None
    if absolute:
        # "..., with Republican Senator John McCain telling reporters ...": the
        # participle's own subject speaks (a new source, not the sentence's),
        # without an adverb before the participle ("with Tony Blair hastily adding")
        adverb = _TRAILING_ADVERB.search(text, *absolute.span(1))
        src = (absolute.start(1), adverb.start() if adverb and adverb.start() > absolute.start(1)
               else absolute.end(1))
        return src, False
    # ", saying that ..." / ", adding ...": the source is the clause's subject;
    # so it is of a participle of speech after "before", "by", "after" ...
    # ("Mr. McConnell deflected questions about Mr. Trump before saying":
    # McConnell, not Trump; the cue made no attribution), unless inside
    # brackets the subject is not in ("(... by declaring himself ...)").
    adjunct = (not after_comma and _ADJUNCT_BEFORE.search(text, max(ss, cs - 10), cs)
               and _LOWER_WORD.match(text, cs).group() in _SPOKEN_AFTER_ADJUNCT
               and text.rfind("(", ss, cs) <= text.rfind(")", ss, cs))
    if not (after_comma or adjunct):
        return None
    src = _subject(text, ss, cs)
    if adjunct and not (src and _VERB_NEXT.match(text, src[1])):
        # no main clause opens the sentence before it ("One month after
        # announcing his support for Donald Trump, Marco Rubio still
        # believes"): the subject of the one after its comma, or of one set
        # off before it ("Years after Bill Clinton claimed ..., Obama won his
        # party's nomination by promising": Obama, a source of its own, not
        # the earlier cue's)
        around = _subject_around_adjunct(text, ss, se, cs)
        if around:
            return around, False
    if adjunct:
        who = _WHO_CLAUSE_BEFORE.search(text, max(ss, cs - 120), cs)
        if who:
            # "House Speaker Paul Ryan, who just a week ago surprised Trump by
            # declaring": the "who" of the relative clause it belongs to
            return who.span(1), False
    # "Trump pivoted to trade, but Wallace brought him back ..., asking":
    # the subject of the last main clause before the participle
    for br in reversed(list(_NEXT_MAIN_CLAUSE.finditer(text, ss, cs))):
        sub = _subject(text, br.end(), cs)
        if (sub and _VERB_NEXT.match(text, sub[1])
                and not _inside_quote(br.start(), quotes, qstarts)):
            src = sub
            break
    if after_comma and src and src[0] > max(text.rfind(",", ss, cs), text.rfind("—", ss, cs),
                                            text.rfind("–", ss, cs)):
        # the adverb before the participle, after an opener: "However, [simply]
        # complaining about the media is not enough": no clause before it
        return None
    return _subordinate_speaker(text, src, cs, quotes, qstarts) or src, True


# A "who" opening the clause a participle's clause of time or manner closes,
# with no clause break between: "who just a week ago surprised Trump [by]".
_WHO_CLAUSE_BEFORE = re.compile(r"\b(who)\s[^,;:.!?“”\"()—–]+\s(?:before|after|by|while|when)\s+$")


def _subject_around_adjunct(text, ss, se, cs):
    """The subject of the main clause a participle's clause of time or manner
    belongs to when none opens the sentence before it: one after the last
    comma before the cue, else one after the first comma after it, each
    followed by its verb; None if neither."""
    before = text.rfind(", ", ss, cs)
    sub = _subject(text, before + 2, cs) if before >= 0 else None
    if sub and _VERB_NEXT.match(text, sub[1]):
        return sub
    after = text.find(", ", cs, se)
    sub = _subject(text, after + 2, se) if after >= 0 else None
    return sub if sub and _VERB_NEXT.match(text, sub[1]) else None


# A subordinate clause that a participle cue closes: "..., when [Sanders
# protesters] interrupted her speech, shouting", "after [the tycoon] entered
# the race, calling", "in which [he] continued his assault, mocking".
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|whom|which|that)\b")
_SUBORDINATE_OPENER = re.compile(r"\b(?:when|after|while|because|since|before|until|once|"
                                 r"(?:in|during|at)\s+which)\s+")


def _subordinate_speaker(text, src, cs, quotes, qstarts):
    """The subject of the subordinate clause right before a participle cue,
    when one who can speak stands there (a name, a pronoun, a word for
    people): a participle set off at the end of a sentence goes with the
    nearest clause, so "The fracas erupted two months after the real estate
    tycoon entered the race, calling them rapists" is the tycoon's; else None
    ("Clinton spoke after the debate ended, saying": Clinton's)."""
    if src is None or not _VERB_NEXT.match(text, src[1]) or _RELATIVE_WORD.search(text, *src):
        return None  # (the main clause's verb first: not "The hacker whose ... while she was")
    opener = None
    for opener in _SUBORDINATE_OPENER.finditer(text, src[1], cs):
        pass
    if opener is None or _inside_quote(opener.start(), quotes, qstarts):
        return None
    sub = _subject(text, opener.end(), cs)
    if sub is None or not _VERB_NEXT.match(text, sub[1]) or "," in text[sub[1]:cs - 2]:
        return None
    head = text[sub[0]:sub[1]].split()[-1]
    if not (head[0].isupper() or head.lower() in _SPEAKING_PRONOUNS or head.lower() in _PEOPLE_WORDS):
        return None
    return sub


# A verb that makes someone speak or think, its object, and "to" before the
# cue: "led [Republicans] to say", "leaving [many] to wonder", "prompted
# [Anderson Cooper] to accuse" (not "drove from Chicago to ask").
_CAUSED_TO = re.compile(
    r"\b(lead|leads|led|leading|leave|leaves|left|leaving|prompt|prompts|prompted|prompting|"
    r"cause|causes|caused|causing|force|forces|forced|forcing|spur|spurs|spurred|spurring|"
    r"drive|drives|drove|driving|compel|compels|compelled|push|pushes|pushed|pushing)"
    r"\s+((?!(?:from|to|in|on|at|by|with|for|into|up|out|off|away|back|down|over|of|and|"
    r"that|what|who|it)\b)[\w'’.-]+(?:\s+[\w'’.-]+){0,7}?)\s+to\s+$")
# A base form is a verb after a modal or "to" ("will almost certainly force
# Sen. Bernie Sanders to acknowledge") or a plural ("These developments lead
# some to suggest"), else as often a noun ("probable cause exists to
# charge", "the lead"); "compelling" is an adjective ("no compelling reason
# to maintain") and after a determiner so is "leading".
_BASE_FORMS = frozenset("lead leave prompt cause force spur drive compel push".split())
_PLURAL_SUBJECT = re.compile(r"[a-z]+[^s\W]s|they|we|you|i")
# (the word itself, where lexicon._MODAL_BEFORE is a look-back pattern of
# another list: its name stays that one's)
_MODAL_WORDS = frozenset("will would could can may might should must to not".split())
_DETERMINERS_BEFORE = frozenset("a an the no any his her its their our".split())
# Verbs that take a place or a thing and a purpose as often ("left the room
# to say"): the one made to speak is a person or a group there.
_LEAVE_DRIVE_PUSH = frozenset("leaves left leaving drives drove driving pushes pushed pushing".split())
_CAUSED_PEOPLE = _PEOPLE_WORDS | {"him", "her", "them", "us", "me", "most", "all", "both"}


def _caused_to_speak(text, ss, cs):
    """The object of a verb that makes someone speak, before "to" and the
    cue: "The delay led [Republicans] to say that ...", "leaving [the
    cufflink wing of the party] to wonder what went wrong": the one led to
    speak is the source, as PolNeAR marks it, not the sentence's subject;
    None when no such verb stands there."""
    if not text.endswith("to ", max(ss, cs - 3), cs):
        return None  # (most cues follow no "to")
    caused = _CAUSED_TO.search(text, max(ss, cs - 100), cs)
    if caused is None or any(c in caused.group(2) for c in ",;:“”\"") \
            or " to " in f" {caused.group(2)} ":
        return None
    verb = caused.group(1)
    before = text[max(ss, caused.start() - 30):caused.start()].split()
    previous = before[-1].lower() if before else ""
    if (previous in _DETERMINERS_BEFORE
            or verb in _BASE_FORMS and not (previous in _MODAL_WORDS or previous.endswith("ly")
                                            or _PLURAL_SUBJECT.fullmatch(previous))):
        return None
    if verb in _LEAVE_DRIVE_PUSH and not any(
            word[0].isupper() or word.lower().strip(".'’") in _CAUSED_PEOPLE
            for word in caused.group(2).split()):
        return None  # a purpose: "She left the stage to tell reporters": she tells
    return caused.span(2)


def _verb_source(text, low, ss, se, cs, ce):
    """Step 2, the source of a cue that is no participle, as ``(source,
    False)``: the noun phrase before the cue, or the subject it shares with
    a verb before it ("ignored the call and instead proposed"); the source
    is None in a clause with no subject of its own ("told MSNBC when
    asked"). None when the cue makes no attribution here: an adverbial
    with no one in it ("In a video posted"), or a noun ("a report")."""
    caused = _caused_to_speak(text, ss, cs)
    if caused:
        return caused, False
    src = _source_before(text, ss, cs)
    if low in _PASSIVE_CUES:
        # a passive in an absolute construction, as a participle is: "...,
        # with Mr Dixon quoted as saying that": Mr Dixon
        absolute = _WITH_ABSOLUTE.search(text, max(ss, cs - 100), cs)
        if absolute:
            return absolute.span(1), False
    near = text[max(ss, cs - 40):cs]
    coord = (_AND_BEFORE.search(text, max(ss, cs - 40), cs)
             if " and" in near or " but" in near or " And" in near or " But" in near else None)
    if coord:
        src = _subject_of_coordinated_verb(text, ss, cs, coord, src)
    if src is None:
        return None
    opener = text[src[0]:src[1]].split(None, 1)
    reduced = len(opener) > 1 and text[src[0]:src[1]].split()[-1] in _REDUCED_CLAUSE
    if reduced:
        # "..., Sarandon told MSNBC Monday when asked about ...": the cue of
        # a clause with no subject of its own, no source written
        src = None
    elif opener[0].lower() in _ADVERBIAL_SOURCE or opener[0] == "From":
        # "By the time those primaries concluded", "When asked", "In a video
        # posted", "From Bush's Facebook post": an adverbial, not who speaks;
        # a pronoun closing it speaks ("When he spoke"), else the cue
        # reports nothing here.
        last = text[src[0]:src[1]].split()[-1].lower()
        named = _NAME_AFTER_RELATIVE.search(text, src[0], src[1])
        if named:  # "..., in which Trump declared": the name
            src = named.span(1)
        elif len(opener) < 2 or last not in _PRONOUNS:
            return None
        else:
            src = (src[1] - len(last), src[1])
    if low in _AMBIGUOUS and not (_CLAUSE_NEXT.match(text, ce, se)
                                  or src and text[src[0]:src[1]].lower() in _PRONOUNS
                                  # "A Fox News poll shows Sanders with 47 percent" (not
                                  # a clause's object: "libraries that list numbers find")
                                  or src and _document_subject(text[src[0]:src[1]], low)
                                  and not text.endswith("that ", ss, src[0])
                                  # "Fox News reports:" closing its paragraph
                                  or src and text[ce:se].strip() == ":" and text[src[0]].isupper()):
        return None  # "a report" / "his comments", not "he reports that"
    return src, False


# A preposition right before a "who", which then opens an indirect question.
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|about|of|over|to|as|for)\s+$")


def _subject_of_coordinated_verb(text, ss, cs, coord, src):
    """The source of a cue that is a second verb, after ``coord`` ("and",
    "but"), sharing its subject with the first: a "who" opening the first
    verb's clause, else that clause's subject, else the sentence's, else
    ``src``."""
    # A second verb sharing its subject: "hours after the Russian
    # leader ignored the call and instead proposed ...": the subject of
    # the first verb's clause speaks ("the Russian leader"); with no
    # subject in that clause ("..., furrowed his brow and said"), the
    # sentence's subject does.
    starts = [br.end() for br in _CLAUSE_BREAK.finditer(text, ss, coord.start())
              if text[br.start()] not in "“”\"'"  # not 'called it “crazy” and said'
              and not _OPENING_QUOTE.match(text, br.end())]  # nor '“ridiculous” and “badly ...”'
    starts = _without_closed_subordinate(text, starts, coord.start())
    rel = _RELATIVE_START.match(text, starts[-1], coord.start()) if starts else None
    who = None if rel else _LAST_WHO.search(text, starts[-1] if starts else ss, coord.start())
    if who and _PREPOSITION_BEFORE.search(text, max(ss, who.start() - 8), who.start()):
        who = None  # a question's "who": "refused to answer questions on who Cameron ... but said"
    if rel:  # "Terris, who saw the incident and described it": "who"
        return rel.span(1)
    if who:  # "many who have made commitments but don't want to": "who"
        return who.span(1)
    # The nearest clause whose first noun phrase is followed by a
    # verb: "after the Russian leader ignored ...", not "both Trump
    # and Clinton “crazy”".
    for clause in reversed(starts):
        sub = _subject(text, clause, coord.start())
        if sub and _VERB_NEXT.match(text, sub[1]):
            return sub
        named = _name_and_appositive(text, clause, coord.start())
        if named:
            return named
    return _subject(text, ss, cs) or src


# A quotation opening right after a clause break: a quoted phrase ("and “badly
# thought out”"), not a clause with a subject of its own.
_OPENING_QUOTE = re.compile(r"“|\"(?=\w)")
# Words opening a subordinate clause, not a main one.
_SUBORDINATE_OPENERS = {"when", "where", "whether", "what", "if", "because", "since", "although",
                        "though", "while", "than", "whom", "whose"}


def _without_closed_subordinate(text, starts, coord_start):
    """No clause starts (the sentence's subject speaks) when a comma closes
    a clause a subordinator opens before the coordinator: the verb after ",
    but" shares the subject of the main clause ("Marsh did not say when the
    move would take place, but said": Marsh, not "the move"); else
    ``starts``."""
    comma = len(text[:coord_start].rstrip()) - 1
    if text[comma] != ",":
        return starts
    inside = [start for start in starts if start <= comma]  # (not the comma's own)
    if not inside:
        return starts
    opener = text[inside[-1]:comma].split(None, 1)
    before = text[max(0, inside[-1] - 9):inside[-1]].split()
    word = before[-1].lower() if before else ""
    if word in _SUBORDINATE_OPENERS or opener and opener[0].lower() in _SUBORDINATE_OPENERS:
        return []  # (the clauses before it may be its own: "an axis that ..., and a new
        # Syria where Assad is allowed ..., and admit": the sentence's subject)
    return starts


# A name, its appositive set off by commas, then the first verb: "while [Mike
# Huckabee, the former Arkansas governor,] proposed ... and said".
_NAME_THEN_APPOSITIVE = re.compile(
    r"\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*,\s+(?:the|a|an)\s[^,;:“”\"()]{1,60},)(?=\s)")


def _name_and_appositive(text, lo, hi):
    """The name with its appositive opening ``text[lo:hi]`` when the clause's
    verb follows them ("Mike Huckabee, the former Arkansas governor,
    proposed"), as PolNeAR marks such a source; else None."""
    named = _NAME_THEN_APPOSITIVE.match(text, lo, hi)
    if named is None or not _VERB_NEXT.match(text, named.end(1)):
        return None
    return named.start(1), named.end(1) - 1


def _content_after_cue(text, low, ss, se, cs, ce, src, inherit, participle, tail_stop,
                       si, sent_line, lines, quotes, qstarts):
    """Step 2: the record ("pre", or "pre_quote" when a quote opens it) of
    the content after the cue, with the source ``src`` found before the cue
    (or None) repaired; None when the cue makes no attribution."""
    start = _content_start(text, low, se, ce, quotes, qstarts)
    if start is None:
        return None
    c_lo, cue_end = start
    c_hi = _content_end(text, se, c_lo, tail_stop)
    c_hi = _before_coordinated_cue(text, low, cs, c_lo, c_hi)
    if c_lo >= c_hi:
        # "He said:" closing a paragraph: the content is the next paragraph.
        paragraph = _next_paragraph(text, se, ce, si, sent_line, lines, quotes, qstarts)
        if paragraph is None:
            return None
        c_lo, c_hi = paragraph
        cue_end = ce + 1
    else:
        # A quote opened inside the content may run on past the sentence end.
        c_hi = _through_quotes(c_lo, c_hi, quotes, qstarts)
    if src:
        c_hi = _relative_clause_end(text, ss, src, c_lo, c_hi, quotes, qstarts)
    if src and text[src[0]:src[1]] == "Having":
        # "Having announced that he would not send me to prison, Judge Berman
        # proceeded": the content ends at the comma; the main clause's subject speaks
        comma = text.find(",", c_lo, c_hi)
        subject = _subject(text, comma + 1, se) if comma > c_lo else None
        if subject is None:
            return None
        src, c_hi = subject, comma
    c_lo, c_hi = _trim_content(text, c_lo, c_hi)
    if _not_content(text, low, ce, c_lo, c_hi):
        return None
    rule = "pre_quote" if text.startswith(_OPENERS, c_lo) else "pre"
    if src:
        src = _repaired_source(text, low, src, participle)
        if src is None:
            return None
    return {"rule": rule, "spans": [(c_lo, c_hi)], "cue": (cs, cue_end), "source": src,
            "inherit": inherit}


def _content_start(text, low, se, ce, quotes, qstarts):
    """``(c_lo, cue_end)``: where the content after the cue starts, past a
    lead it leaves out, and where the cue ends: at "that" ("told reporters
    that": the cue takes the words before it), at a quote ("said: “...”"),
    after a day ("said Wednesday he agrees") or the one told ("told CNN he
    would win"); None when the "that" is another verb's ("tweeted after
    Clinton argued ... that")."""
    cue_end = ce
    c_lo = ce
    # "said Tuesday that", "told reporters that": content starts at "that".
    that = _THAT.search(text, ce, min(se, ce + 60))
    q = _quote_at(qstarts, quotes, ce, min(se, ce + 40))
    if (that and (q is None or that.start() < quotes[q][0])
            and "," not in text[ce:that.start()]
            and (that.start() - ce <= 1 or low in _OBJECT_CUES
                 or _TAIL_START.match(text, ce, that.start()))):
        inner = _INNER_CLAUSE.search(text, ce, that.start())
        if inner and inner.group(1) in _SPEECH_SET:
            return None  # "Axelrod tweeted after Clinton argued ... that": the "that" is hers
        c_lo = that.start()
        lead = _strip_span(text, ce, that.start())
        cue_end = lead[1] if lead[1] > lead[0] else ce  # (only spaces: a link's tail)
    elif (q is not None and _TO_QUOTE.fullmatch(text, ce, quotes[q][0])
          and not any(word.strip(",:") in _SPEECH_SET and not word.strip(",:").endswith("ing")
                      for word in text[ce:quotes[q][0]].split())):
        # (not "asked for a photo and Clinton said, “...”": Clinton's cue;
        # "responded to the headline by saying: “...”" shares its subject)
        c_lo = quotes[q][0]
        lead = _strip_span(text, ce, c_lo, " \t\n,;—–-")
        cue_end = lead[1] if lead[1] > lead[0] else ce  # "said:" keeps its colon
    elif day := _DAY_AFTER_CUE.match(text, ce, se):
        c_lo = cue_end = day.end()  # "said Wednesday he agrees"
    elif low in _OBJECT_CUES and (obj := _TOLD_WHOM.match(text, ce, se)):
        cue_end = obj.end(1)  # "told CNN he would win"
        c_lo = obj.start(2)
    c_lo = c_lo + _CONTENT_LEAD.match(text, c_lo, se).end() - c_lo
    return c_lo, cue_end


def _content_end(text, se, c_lo, tail_stop):
    """Where the content starting at ``c_lo`` ends: at the end of the
    sentence, or before an attribution of its own (", adding ...", "... and
    Clinton said, “...”"). ``tail_stop`` is the participle ending the cue's tail."""
    c_hi = se
    # (_TAIL_STOP holds _CONTENT_STOP's patterns: none matches before its match)
    stop = _CONTENT_STOP.search(text, max(c_lo, tail_stop.start()), se) if tail_stop else None
    if stop:
        c_hi = stop.start()  # ", adding ..." is an attribution of its own
    # (only content holding one of its verbs is searched)
    nxt = (_NEXT_CLAUSE_CUE.search(text, c_lo, c_hi)
           if _NEXT_CLAUSE_VERB_ANYWHERE.search(text, c_lo, c_hi) else None)
    if nxt and nxt.start() > c_lo + 10:
        c_hi = nxt.start()  # "... and Clinton said, “...”": the next attribution
    return c_hi


_IRREGULAR_PAST = frozenset("said told wrote thought knew felt found sought took made shot hit".split())
# Words before a base form that make it no present tense: "did not mention".
_NOT_PRESENT_BEFORE = frozenset("""did didn't didn’t will would could can may might should must to
""".split())


def _present_tense(text, low, cs):
    """Whether the cue ``low`` at ``cs`` is in the present tense ("says",
    "The Liberal Democrats say"; not "said", "did not mention", "will tell")."""
    first = low.split(None, 1)[0]
    if first.endswith(("ed", "ing")) or first in _IRREGULAR_PAST:
        return False
    return not any(w.lower() in _NOT_PRESENT_BEFORE for w in text[max(0, cs - 12):cs].split()[-2:])


def _before_coordinated_cue(text, low, cs, c_lo, c_hi):
    """Where the content after a cue ends before a second cue of the same
    subject in the past: "Spicer said the party was not in crisis and urged
    that everyone relax" (two attributions); after a present tense the past
    is the reported clause's own ("McConnell says he spoke to Trump and asked
    him to condemn violence": one)."""
    if not (" and " in text[c_lo:c_hi] or " but " in text[c_lo:c_hi]) or _present_tense(text, low, cs):
        return c_hi
    second = _COORDINATED_CUE.search(text, c_lo, c_hi)
    return second.start() if second and second.start() > c_lo + 10 else c_hi


def _next_paragraph(text, se, ce, si, sent_line, lines, quotes, qstarts):
    """After a cue and a colon closing the paragraph of the sentence ``si``
    ("He said:"), the next paragraph's span, or a quote's opening it (to its
    end, however many paragraphs on); None otherwise."""
    if text[ce:se].strip() == ":" and sent_line[si] + 1 < len(lines):
        nls, nle = lines[sent_line[si] + 1]
        qi = _quote_at(qstarts, quotes, nls, nls + 1)
        return nls, (quotes[qi][1] if qi is not None else nle)
    return None


def _through_quotes(c_lo, c_hi, quotes, qstarts):
    """``c_hi`` moved on to the end of the quotes opening inside the content
    ``c_lo:c_hi``, which may run on past the sentence's end."""
    qi = _quote_at(qstarts, quotes, c_lo, c_hi)
    while qi is not None and quotes[qi][0] < c_hi:
        c_hi = max(c_hi, quotes[qi][1])
        qi += 1
        if qi >= len(quotes):
            break
    return c_hi


def _relative_clause_end(text, ss, src, c_lo, c_hi, quotes, qstarts):
    """Where the content ends when its source ``src`` is the subject in a
    relative clause set off by commas: at the comma closing the clause;
    else ``c_hi``."""
    if (_SET_OFF_RELATIVE.search(text, max(ss, src[0] - 12), src[0])
            or text.startswith("who", src[0]) and src[1] - src[0] == 3
            and text.startswith(", ", src[0] - 2) and _MAIN_CLAUSE_GOES_ON.search(text, c_lo, c_hi)):
        # "The changes, which officials said will start soon, will not
        # apply": the content ends with the relative clause
        comma = text.find(",", c_lo, c_hi)
        while comma > 0 and _inside_quote(comma, quotes, qstarts):
            if text.startswith(("”", '"', "''"), comma + 1):
                break  # closing the quote: 'which officials called “an evil act,”'
            comma = text.find(",", comma + 1, c_hi)  # (not in “an evil, hateful act”)
        if comma > c_lo and not _ASIDE_START.match(text, c_lo):
            # (not after an aside: "whom she described, in her address, as ...")
            c_hi = comma + len(text[comma:c_hi]) - len(text[comma:c_hi].lstrip(",”\"'"))
    return c_hi


def _not_content(text, low, ce, c_lo, c_hi):
    """Whether the words ``text[c_lo:c_hi]`` after the cue are none of its
    content: fewer than two (one opening a quote), no clause after a verb of
    thought, no "to" or "that" after a threat, or an employer ("writes for")."""
    if len(text[c_lo:c_hi].split(None, 1)) < (1 if text.startswith(_OPENERS, c_lo) else 2):
        return True
    if low in _THOUGHT_SET and not _thought_ok(text, ce, c_lo):
        return True
    if low.startswith("threaten") and not text.startswith(_THREAT_NEXT, c_lo):
        return True  # a threat to do something, not "Islamaphobia threatens national security"
    if low.startswith(("writ", "wrote")) and text.startswith("for ", c_lo):
        return True  # "who writes (wrote) for FiveThirtyEight": an employer, no content
    return False


def _repaired_source(text, low, src, participle):
    """The source ``src`` of content after the cue, repaired
    (:func:`_repair_source`), cut before a verb of its own and, for a cue
    that may be a noun, to its owner or the verb's subject; None when it is
    no source and the cue makes no attribution."""
    if text[src[0]:src[1]].lower() in _TIME_ONLY and not participle:
        return None  # "Wednesday added one more development": a day does not speak
    src = _repair_source(text, src)
    if src is None:
        return None
    clause = _clause_subject(text, *src)
    if clause and clause.group(1)[:1].islower() and clause.group(1)[-1:] == "s":
        # "It is a tax that [economists] say": the clause's plural subject, not
        # "It" before a verb of its own
        return clause.span(1)
    src = _before_own_verb(text, src)
    if src is None:
        return None  # "[would see big stock price] declines": a noun, no cue
    if low in _AMBIGUOUS:
        src = _owner_of_noun_cue(text, src)
        verb = _PAST_VERB.search(text, src[0], src[1])
        if verb and verb.start() > src[0]:
            # "She issued a detailed [statement]", "Sanders’ campaign
            # reiterated [claims]": the noun is the verb's object, its
            # subject the source
            src = _strip_span(text, src[0], verb.start())
    return src


def _before_own_verb(text: str, src: tuple[int, int]) -> tuple[int, int] | None:
    """``src`` up to an auxiliary of its own ("[Zucker] didn't", "[Google]
    was famous for asking ... questions"), unless a relative clause comes
    first ("Sorens, who has"); None when the span opens with one."""
    for m in _TOKEN.finditer(text, *src):
        low = m.group().lower().strip(",;")
        if low in ("who", "which", "whose", "whom", "that"):
            return src
        if m.group().islower() and (low in _AUX or low.endswith(("n't", "n’t")) or (
                m.start() > src[0] and _VERB_THEN_OBJECT.match(text, m.start(), src[1]))):
            s0, s1 = _strip_span(text, src[0], m.start(), " \t\n,;:")
            adverb = _TRAILING_ADVERB.search(text, s0, s1)
            if adverb and adverb.start() > s0:
                s1 = adverb.start()  # "Jones regularly [promotes a variety]": Jones
            if s1 <= s0:
                return None
            last = text[s0:s1].split()[-1]
            if ((not last[:1].isupper() or last.lower() in _PRONOUNS or last.lower() in _FUNCTION)
                    and _PROPER_NAME.search(text, m.end(), src[1])):
                return src  # "Those are topics Clinton wants": the name after speaks
            return (s0, s1)
    return src


# A present-tense verb and the start of its object: "The Daily News [focuses its]
# attack on the NRA, saying", "Wealth-X [keeps its] own finances a secret".
_VERB_THEN_OBJECT = re.compile(r"[a-z]+[^s'’\W]s\s+(?:its|the|a|an|his|her|their|our)\s")


# A possessive closing a source: "Trump’s", "Sanders’".
_POSSESSIVE_END = re.compile(r"['’]s?$")
# An owner, then the adjectives of the noun cue after it: "Trump's by-now-familiar [claims]".
_POSSESSIVE_THEN_MODIFIERS = re.compile(
    r"(?<=[A-Z]\w)(\w*['’]s)(?:\s+(?:[a-z]+-[\w-]+|[a-z]+(?:ing|ed|al|ous|ful|ive|ic|ary|ent|ant|ble)"
    r"|false|new|latest))+$")  # (adjectives, not nouns: "Trump’s campaign [hopes]" is the campaign)
# The owner closing a source: a run of capitalized words, or a determiner's
# phrase ("the German leader").
_OWNER_END = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+(?:of|de|[A-Z][\w.'’-]*))*"
                        r"|(?:the|a|an|his|her|their|its|our)(?:\s+[\w-]+){1,3})$")


def _owner_of_noun_cue(text: str, src: tuple[int, int]) -> tuple[int, int]:
    """For a cue word that may be a noun ("plan", "comments"), with a
    possessive closing ``src``: in a clause of its own, its subject, who
    reports what the owner said ("Biden rubbished Trump's [claim] to ..." →
    Biden, as PolNeAR marks it); else the owner ("The only hitch in Clinton's
    [plans] to ..." → "Clinton's")."""
    phrase = text[src[0]:src[1]]
    mark = _POSSESSIVE_END.search(phrase)
    if not mark and " " in phrase and phrase[-1].islower():
        # an owner then the noun's modifiers: "a significant expansion of
        # Trump's by-now-familiar [claims]" (the modifiers are no source)
        mark = _POSSESSIVE_THEN_MODIFIERS.search(phrase)
        if mark:
            src, phrase = (src[0], src[0] + mark.end(1)), phrase[:mark.end(1)]
            mark = _POSSESSIVE_END.search(phrase)
    if not (mark or text.startswith(("'", "’"), src[1])):
        return src
    owner = _OWNER_END.search(phrase, 0, mark.start() if mark else len(phrase))
    if owner is None or owner.start() == 0:
        return src
    lo = src[0] + owner.start()
    if any(word in _SPEECH_SET for word in text[src[0]:lo].split()):
        # "Ryan told CNN that Ginsburg's [comments]": in another's content,
        # which drops it (``_drop_nested``)
        return src
    subject = _subject(text, src[0], lo)
    if (subject and _VERB_NEXT.match(text, subject[1])
            and not text[subject[0]:subject[1]].endswith("ly")  # (not "effectively destroyed")
            and text[subject[0]:subject[1]].lower() not in ("that", "this", "it", "there")):
        return subject  # (not "That was a significant expansion of Trump's [claims]")
    return (lo, src[1])

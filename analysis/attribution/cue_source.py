"""The source of a cue whose content follows it, found first in step 2 of
the rules for one cue (:mod:`~analysis.attribution.content_after`). A
participle's (:func:`_participle_source`) is the subject of the last main
clause before it (", saying ...", "before saying ..."; the source of an
earlier cue speaks on), of a subordinate clause it closes ("two months
after the real estate tycoon entered the race, calling them rapists": the
tycoon) or its own after "with" ("with John McCain telling reporters"). A
verb's (:func:`_verb_source`) is the noun phrase before it
(:mod:`~analysis.attribution.source_before`), the one another verb makes
speak ("The delay led [Republicans] to say") or the subject a second verb
shares with the first ("hours after the Russian leader ignored the call
and instead proposed"); none in a clause with no subject of its own ("told
MSNBC when asked"), and no attribution after an adverbial ("In a video
posted") or a noun ("a report"). The adverbs closing a source
(``_TRAILING_ADVERB``: "with Tony Blair hastily adding") are read here and
in the source's repairs after the content.
"""

from __future__ import annotations

import re

from analysis.attribution.lexicon import (
    _AMBIGUOUS,
    _AND_BEFORE,
    _AT_FIGURE,
    _CLAUSE_BREAK,
    _CLAUSE_NEXT,
    _DOCUMENT_BY_MAKER,
    _document_subject,
    _LAST_WHO,
    _NAME_AFTER_RELATIVE,
    _PRONOUNS,
    _RELATIVE_START,
    _VERB_NEXT,
)
from analysis.attribution.phrases import _subject
from analysis.attribution.quotes import _inside_quote
from analysis.attribution.source_before import _source_before
from analysis.attribution.verbs import _PASSIVE_CUES
from analysis.role_words import _PEOPLE_WORDS

# A main clause after the first: ", but Wallace brought ...", "; he ...".
_NEXT_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:but|and|yet)|;)\s+")
# Words opening an adverbial that a cue's "source" may wrongly start with.
_ADVERBIAL_SOURCE = {"when", "whenever", "in", "by", "after", "amid", "despite", "on", "whether",
                     "alongside", "during"}
# Words closing a "source" before a clause with no subject ("told MSNBC when [asked]").
_REDUCED_CLAUSE = {"when", "while", "after", "before", "if", "unless", "once", "until"}
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:[a-z]+ly|also|still|now|even|already|often|never|always))+$")
# "with" and a subject of its own before a participle cue: "..., with [John
# McCain] telling reporters", "with [officials] saying" (no verb in between).
_WITH_ABSOLUTE = re.compile(
    r"(?:^|[\s,—–])with\s+("
    r"(?:(?!(?:is|was|are|were|has|had|have|and|who|that|which)\s)[\w.'’-]+\s+){0,6}?"
    r"(?!(?:it|him|her|them|this|that|after|before|by|in|on|at|for|to|of|from|while|as)\s+$)"
    r"[\w.'’-]*[\w'’])\s+$")

_SPEAKING_PRONOUNS = frozenset(("he", "she", "we", "i"))  # ("they" may be things)

# A preposition or conjunction of time or manner opening a participle's
# clause, right before it ("Mr. McConnell deflected questions about Mr. Trump
# [before] saying"; not "without": "without saying" says nothing), and the
# participles whose sense there is speech (not those that also tell what was
# done: "before calling time on his career", "after claiming his third
# crown", "by recalling nine players", "before seeking the presidency").
# (with "also" between: "while also saying")
_ADJUNCT_BEFORE = re.compile(r"\s(?:before|after|by|while|when)\s+(?:also\s+)?$")
_SPOKEN_AFTER_ADJUNCT = frozenset("""
saying telling arguing announcing suggesting insisting explaining asserting warning writing
tweeting noting declaring mentioning commenting hinting implying questioning accusing
criticizing denouncing slamming praising proposing urging asking emphasizing stressing
promising pledging vowing citing touting dismissing repeating referencing predicting
acknowledging conceding contending complaining joking quipping lamenting boasting
""".split())
_LOWER_WORD = re.compile(r"[a-z]*")


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
    adjunct = (not after_comma and _ADJUNCT_BEFORE.search(text, max(ss, cs - 15), cs)
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
    if src and low in ("show", "shows") and (
            made := _DOCUMENT_BY_MAKER.search(text, max(ss, src[0] - 150), src[0])):
        src = (made.start(), src[1])  # "A poll released by X and [Y] shows": the poll
    if low in _AMBIGUOUS and not (_CLAUSE_NEXT.match(text, ce, se)
                                  # "Statista estimates its users at 100 million"
                                  or low.startswith("estimate") and _AT_FIGURE.match(text, ce, se)
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


# A recording of someone speaking: "the ad uses footage of Hillary Clinton
# asking, “...”", "a clip of McCain saying he will": the one recorded speaks,
# not the ad nor the clause before ("The ad uses footage", "The ad cuts").
_RECORDING_OF_NAME = re.compile(
    r"\b(?:footage|videos?|audio|clips?|recordings?|tapes?|images|sound)\s+of\s+"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+$")


def recorded_speakers(text: str, found: list[dict]) -> None:
    """Give a participle cue right after "footage of NAME" (a video, a clip
    ...) that name as its source, in place."""
    for f in found:
        cue = f["cue"]
        if cue and text[cue[0]:cue[1]].split(None, 1)[0].endswith("ing"):
            recorded = _RECORDING_OF_NAME.search(text, max(0, cue[0] - 80), cue[0])
            if recorded:
                f["source"] = recorded.span(1)

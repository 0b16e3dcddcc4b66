"""The rules for one cue: whether the word is a cue here at all, then the
content before it (a quote or a clause closed by "..., he said", an inverted
"..., said X": :mod:`~analysis.attribution.content_before`), else the
content after it (reported speech, a quote or a colon after the cue:
:mod:`~analysis.attribution.content_after`), or around "according to"."""

from __future__ import annotations

import re

from analysis.attribution.content_after import _content_after_cue
from analysis.attribution.content_before import _RULED_OUT, _content_before_cue, _post_content
from analysis.attribution.cue_source import _participle_source, _verb_source
from analysis.attribution.lexicon import (
    _ADVERBIAL_OPENERS,
    _AMBIGUOUS,
    _AT_FIGURE,
    _CALLED_NAME,
    _CLAUSE_OPENERS,
    _CONTINUE,
    _CRIES,
    _DET_OR_BE,
    _FIND,
    _FOUNDED_BY,
    _IDIOM_BEFORE,
    _MAINTAIN,
    _NEXT_WORD,
    _NOT_CUE_AFTER,
    _NOT_CUE_BEFORE,
    _NP_AFTER_THAT,
    _PREV_WORD,
    _QUOTE_MARK,
    _QUOTE_NEXT,
    _REFLEXIVES,
    _REPORT_VERB_AFTER,
    _TAIL_STOP,
    _THAT_SAID,
)
from analysis.attribution.phrases import (
    _quote_at,
    _source_after,
    _strip_span,
    _trim_content,
    _unspoken_cry,
)
from analysis.attribution.verbs import (
    _ACCORDING_TO,
    _PARTICIPLE_PHRASES,
    _PARTICIPLES,
    _PASSIVE_CUES,
    _PUT_AT,
    _PUT_IT,
    _SPEECH_SET,
    _THOUGHT_SET,
    _WEAK_POST_ONLY,
)


# "so politically charged that", "too widely reported to": a degree adverb
# before the cue word makes it an adjective.
_SO_BEFORE = re.compile(r"\b(?:so|too)\s+[a-z]+ly\s+$")


# What "declined" refuses, when it refuses something: "to comment", "for years to
# reveal", "comment", "a Department of Defense offer" (not "to 5%", "sharply").
_DECLINED_TO_SPEAK = re.compile(r"\s+(?:(?:[a-z]+\s+){0,3}to\s+[a-z]|(?:[\w-]+\s+){0,4}(?:comment|"
                                r"requests?|interviews?|invitations?|calls?|offers?|questions?)\b)")


# Someone "denied" something, withheld and not disputed: "denied him bail",
# "denied England a win", "denied Gerrard with a last-ditch tackle" (not
# "denied Russia had hacked", "denied the claims", "denied her claims").
_DENIED_SOMETHING = re.compile(r"\s+(?:him|them|us|me|(?:her|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
                               r"(?:the|a|an|any|his|her|their|its|our|with))\b")


_IRREGULAR_PARTICIPLES = frozenset("told said thought known seen shown written taught sought heard "
                                   "found held".split())
# A form of "be" and an adverb or two before a participle cue: the cue is a
# passive ("is widely expected", "was originally expected", "was once
# thought", "are not necessarily expected", "is typically reported").
_PASSIVE_ADVERBS = ("now", "also", "still", "widely", "generally", "often", "long", "largely",
                    "commonly", "previously", "already", "not", "never", "once", "originally",
                    "initially", "necessarily", "typically", "usually", "frequently", "briefly",
                    "heavily", "easily", "strongly", "repeatedly", "reportedly", "increasingly",
                    "roundly", "traditionally")
# Participles that say how the subject stands, no passive: "The parties are
# particularly worried that", "he was adamantly opposed to", "Economists are
# broadly agreed that" (the subject worries, opposes, agrees).
_STANCE_PARTICIPLES = frozenset(("worried", "opposed", "agreed"))
_BE_THEN_ADVERB = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:(?:"
                             + "|".join(_PASSIVE_ADVERBS) + r")\s+){1,2}$")


# "called" naming a thing: 'a group called Citizens for Trump', 'the resort,
# now called Trump National Doral,'. Read after a noun that "a", "an" or
# "another" opens (at most four words, the last in lower case: "a newly
# formed super PAC called Future 45", not "Trump called Haley"), or after a
# noun and a comma when the name closes with a comma (not "Beruff, a Scott
# ally, called Florida's standards “strong.”"); the name opens with a
# capital or a quote mark (not "a reporter called it").
_INDEFINITE_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?"
                                     r"[a-z][\w’'-]*\s+$")
_NOUN_COMMA_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*,\s+(?:(?:now|also|sometimes|often|"
                                r"officially|formerly|once|commonly|popularly|originally)\s+)?$")
_NAME_NEXT = re.compile(r"\s+(?:[A-Z“\"‘]|'')")
_NAME_WORD = r"(?:\(?[A-Z0-9][\w’'.?!&)-]*|of|the|and|for|de|in|on|at|to|a|an)"
_NAME_SET_OFF = re.compile(r"\s+(?:“[^”\n]{1,80}(?:,”|”,)|\"[^\"\n]{1,80}(?:,\"|\",)|"
                           r"''[^'\n]{1,80}(?:,''|'',)|"
                           rf"\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,7}}\s*,)")
# The name itself (quoted or in capitals), then what follows it: a relative
# clause, whose pronoun speaks for the thing ('a website called Real News
# Right Now, which posts fake news stories'); a close (_NAME_CLOSED: a
# comma and a new clause, a preposition, the sentence's end), the name said
# by no one, as PolNeAR marks it ('a celebratory event was held called
# Politics and Pies, at which'); else a verb or an object of its own, left
# as found ('A German news organization called “The Local” cited that',
# "A reporter called Smith a liar").
_NAME_GIVEN = re.compile(rf"\s+(?:''[^'\n]{{1,80}}''|\s*(?:{_CALLED_NAME}))")
_RELATIVE_VERB = re.compile(r",?\s+(?P<src>which|that|who)\s+(?P<verb>[a-z][\w’'-]*)\s+")
_NAME_CLOSED = re.compile(r",\s+(?:the|a|an|his|her|its|their|our|this|these|those)\b|,?\s+(?:on|in|"
                          r"at|for|by|from|with|and|or|but|of|to|as|after|before|since|into|over|"
                          r"during|near|last|next)\b|,?\s*(?:[.;:!?)]|$)")
_BE_HAVE = frozenset("is was are were be been has have had".split())


def _names_a_thing(text: str, ss: int, cs: int, ce: int) -> bool:
    """Whether "called" at ``text[cs:ce]`` names the thing before it, in
    the sentence opening at ``ss`` (:data:`_INDEFINITE_NOUN_BEFORE`)."""
    if not _NAME_NEXT.match(text, ce):
        return False
    lo = max(ss, cs - 60)
    return (_INDEFINITE_NOUN_BEFORE.search(text, lo, cs) is not None
            or _NOUN_COMMA_BEFORE.search(text, lo, cs) is not None
            and _NAME_SET_OFF.match(text, ce) is not None)


def _name_given(text: str, ss: int, cs: int, ce: int, rec: dict) -> dict:
    """``rec``, the attribution of "called" at ``text[cs:ce]``, read again
    when the word names a thing (:data:`_NAME_GIVEN`): the name's relative
    clause, with the pronoun as source and its verb as cue ("which has" or
    "that is" none: no source), or no source, or ``rec`` itself."""
    if len(rec["spans"]) != 1 or not _names_a_thing(text, ss, cs, ce):
        return rec
    lo, hi = rec["spans"][0]
    name = _NAME_GIVEN.match(text, ce, hi)
    if name is None:
        return rec
    rel = _RELATIVE_VERB.match(text, name.end(), hi)
    if rel is not None and rel.group("verb") not in _BE_HAVE:
        return {**rec, "spans": [(rel.end(), hi)], "cue": rel.span("verb"), "source": rel.span("src")}
    if rel is None and not _NAME_CLOSED.match(text, name.end(), hi):
        return rec  # 'called “The Local” cited that', "called Smith a liar"
    return {**rec, "source": None}


# "run counter to": an idiom, no reply.
_RUN_BEFORE = re.compile(r"\b(?i:run|runs|ran|running)\s+$")

# A comma (or dash) closing the text before a cue, inside a closing quote or not.
_COMMA_BEFORE = re.compile(r"[,—–](?:[”\"’]|'')?\s*$")
# The same with an adverb after it: ", later", ", eventually", ", also".
_COMMA_ADVERB_BEFORE = re.compile(r"[,—–](?:[”\"’]|'')?\s*(?:[a-z]{2,}ly|also|later|then|again|even|"
                                  r"once|still|further|instead|often|always|never|now|first|"
                                  r"just|only)\s+$")


# The cue words :func:`_reports_nothing` reads, but for those opening with
# "counter": it is not asked of the others (most cues).
_NOTHING_WORDS = (_CONTINUE | {"states"} | _MAINTAIN | _CRIES | {"deny", "denies", "denied", "denying"}
                  | {"declined", "declines", "declining"} | _FIND)


def _reports_nothing(text: str, low: str, ce: int) -> bool:
    """Whether the cue word ``low`` ending at ``ce`` is used here as no cue:
    "continue" before a word that is none ("continue to invest billions",
    "continue her momentum"), "states" as a noun ("primary states to help"),
    "find" before a reflexive, "found" as "establish", "maintain" before
    anything but a clause ("maintains a wide lead"), a cry before a time or
    a reason ("screamed when he arrived") or after a modal ("you can't yell")."""
    if low in _CONTINUE:
        nxt = _NEXT_WORD.match(text, ce)
        if nxt is None:
            return False  # 'Prager continues, “...”'
        word = nxt.group(1)
        if word == "to":
            verb = _NEXT_WORD.match(text, nxt.end())
            word = verb.group(1) if verb else ""
        # (a base form counts by its listed forms: "continue to express")
        return not any(form in _SPEECH_SET or form in _THOUGHT_SET
                       for form in (word, word + "s", word + "es", word + "d", word + "ed"))
    if low == "states":
        return not (_NP_AFTER_THAT.match(text, ce) or text[ce:ce + 3].lstrip()[:1] in (":", "“", '"'))
    if low in _MAINTAIN:
        # "Clinton maintains a wide lead", "maintains close ties": holds, says
        # nothing; "maintained that ...", "maintains they were not" report
        nxt = _NEXT_WORD.match(text, ce)
        return nxt is not None and nxt.group(1) not in _CLAUSE_OPENERS
    if low.startswith("counter") and _RUN_BEFORE.search(text, max(0, ce - 20), ce - len(low)):
        return True  # "Running counter to all that is ...": an idiom, nothing countered
    if low in _CRIES:
        nxt = _NEXT_WORD.match(text, ce)
        return (nxt is not None and nxt.group(1) in _ADVERBIAL_OPENERS
                or _unspoken_cry(text, low, ce - len(low)))
    if low in ("deny", "denies", "denied", "denying") and _DENIED_SOMETHING.match(text, ce):
        return True  # "denied him bail", "A hamstring injury denied Luscombe the chance": withheld
    if low in ("declined", "declines", "declining"):
        # "declined to comment", "declined comment" refuse to speak; "Sales
        # declined sharply", "Output declined 0.2%", "declined to $5bn" fell
        return _DECLINED_TO_SPEAK.match(text, ce) is None
    if low in _FIND:
        # "found himself in a muddy battle", "helped found Fox News": no finding reported
        nxt = _NEXT_WORD.match(text, ce)
        return (nxt is not None and nxt.group(1) in _REFLEXIVES
                or low == "found" and _FOUNDED_BY.search(text, max(0, ce - 20), ce) is not None)
    return False


def _no_cue_here(text, low, ss, se, cs, ce) -> bool:
    """Whether the cue word ``low`` at ``text[cs:ce]``, in the sentence
    ``text[ss:se]``, is no cue here, by the words around it: a passive ("a
    measure opposed by unions"), a connective ("That said,"), a word after
    it ("showed up") or before it ("the stated goal", "All told,", "so
    politically charged that"), an idiom of "know" ("as we know it", a
    filler "you know") or a use :func:`_reports_nothing` names."""
    if text.startswith(" by ", ce):
        return True  # passive: "a measure opposed by unions"
    if low == "said" and text.startswith(",", ce) and _THAT_SAID.fullmatch(text, ss, cs):
        return True  # "That said, Cruz cannot ...": a connective, no one speaks
    if low in _NOT_CUE_BEFORE:
        nxt = _NEXT_WORD.match(text, ce)
        if (nxt and nxt.group(1) in _NOT_CUE_BEFORE[low]
                and not (nxt.group(1) in ("to", "from") and _QUOTE_MARK.search(text, ss, se))):
            # "who showed up in Portland", "pledged delegates": no cue (but in a
            # sentence quoting someone, '"...," Trump added to People.' reports)
            return True
    if low in _AMBIGUOUS:
        nxt = _NEXT_WORD.match(text, ce)
        if nxt and nxt.group(1) in _REPORT_VERB_AFTER:
            return True  # "“...,” the congressional report said": "said" is the cue
    if (low in _NOTHING_WORDS or low.startswith("counter")) and _reports_nothing(text, low, ce):
        return True  # "will continue to invest billions", "Rust Belt states that have suffered"
    window = text[max(ss, cs - 20):cs]
    stripped = window.rstrip()
    # The word before the cue (_PREV_WORD's, once, for the three tests below).
    # (the word holds no space: searched from the last one before it; a word
    # of letters only there, followed by white space, as most are, is that
    # match, told by str's tests without the pattern)
    after_space = stripped.rfind(" ") + 1
    prev_word = stripped[after_space:]
    if not (prev_word.isalpha() and len(stripped) < len(window)):
        prev = _PREV_WORD.search(window, after_space)
        prev_word = prev.group(1) if prev else None
    prev_word = prev_word and prev_word.lower()
    if prev_word and prev_word in _DET_OR_BE and low not in _PASSIVE_CUES:
        # "the stated goal", "is considered", "his remarks" (not the passive
        # of British papers: "was quoted as saying")
        return True
    if prev_word and prev_word in _IDIOM_BEFORE.get(low, ()) and text.startswith(",", ce):
        return True  # "All told, up to 5 million people could be eligible"
    if prev_word and prev_word in _NOT_CUE_AFTER.get(low, ()):
        return True  # "The so called “Implementation Initiative”"
    if stripped.endswith("ly") and _SO_BEFORE.search(window):  # (the pattern's adverb ends it)
        return True  # "an attack so politically charged that": a result clause, no one speaks
    if low in ("know", "knew") and (_AS_WE_KNOW.search(window) and _IT_CLOSING.match(text, ce)
                                    or _YOU_BEFORE.search(window) and _FILLER_AFTER.match(text, ce)):
        return True  # "news as we know it", "(that could be, well, you know)": idioms
    return False


# Two idioms of "know" that report nothing: "as we know it" ("the party as
# we now know it"), and "you know" as a filler, set off ("could be, well,
# you know)", "It was, you know, a mess").
_AS_WE_KNOW = re.compile(r"\b[Aa]s\s+(?:we|you|they|I)\s+(?:now\s+|once\s+)?$")
_IT_CLOSING = re.compile(r"\s+it\b(?!['’])")
_YOU_BEFORE = re.compile(r"\b[Yy]ou\s+$")
_FILLER_AFTER = re.compile(r"\s*(?:[,)—–.?!]|-\s|$)")


def _analyse(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends):
    """One attribution for the cue match ``m`` (its group ``cue``) in the
    sentence ``text[ss:se]``, or None: a dict with ``rule`` (which rule fired,
    used to rank candidates), ``spans`` (content parts), ``cue`` and ``source``
    (``(start, end)`` or None).
    """
    rec = _analyse_cue(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends)
    cs = m.start("cue")
    low = m.group("cue").lower()
    if rec is None and low == "asked" and text.endswith("when ", max(ss, cs - 5), cs):
        # "..., who used the same words when asked in May if he would
        # endorse Trump", "he said when asked by a reporter if ...": the
        # question, where no other rule reads the cue
        return _question_asked(text, ss, se, cs, m.end("cue"), fronted=None)
    if (rec is not None and rec["source"] and rec["source"][1] <= cs
            and (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) and low not in _STANCE_PARTICIPLES
            # (searched only where one of its adverbs closes the text: its
            # leading \b is tried at every position)
            and text[max(ss, cs - 40):cs].rstrip().endswith(_PASSIVE_ADVERBS)
            and _BE_THEN_ADVERB.search(text, max(ss, cs - 40), cs)):
        # a passive: "Yellen is widely expected to lay the groundwork", "Cruz
        # was also endorsed": no one named expects or endorses (not "is now talking")
        rec["source"] = None
    elif rec is not None and rec["source"] and low == "called":
        rec = _name_given(text, ss, cs, m.end("cue"), rec)  # "a group called Citizens for Trump"
    return rec


def _analyse_cue(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends):
    """:func:`_analyse` but for passives. Past "according to" and a word that
    is no cue here, in two steps: 1) the content before the cue; 2) else the
    content after it, with the source before it. Step 1 gives None when it
    finds no content there, :data:`_RULED_OUT` when the cue makes none."""
    cs, ce = m.span("cue")
    word = m.group("cue")  # (read once: each group lookup by name costs)
    if word in _ACCORDING_TO:
        return _according_to(text, m, ss, se, quotes, qstarts, qends)
    low = word.lower()
    if low in _PUT_IT:
        return _as_put_it(text, ss, se, cs, ce, quotes, qstarts)
    if low in _PUT_AT and not _AT_FIGURE.match(text, ce, se):
        return None  # "put pressure on", not "put his net worth at $45 billion"
    if low == "reported" and text.startswith(" by ", ce) and _AS_OPENER.fullmatch(text, ss, cs):
        return _as_reported_by(text, ss, se, cs, ce, quotes, qstarts)
    if low == "asked" and _ASKED_OPENER.fullmatch(text, ss, cs):
        return _question_asked(text, ss, se, cs, ce, fronted=True)
    if low == "asked" and _BE_BEFORE.search(text, max(ss, cs - 8), cs):
        rec = _question_asked(text, ss, se, cs, ce, fronted=False)
        if rec is not None:
            return rec
    if word == "Asked":
        return None  # (a title's "Star Asked Actors To ...": read as before)
    if word[0].isupper() and not (_CAPITAL_BEFORE.search(text, max(ss, cs - 30), cs)
                                            and _TITLE_WORD_NEXT.match(text, ce, se)
                                            and _title_case(text, ss, se)):
        return None  # (a headline's cue only: "Trump Says He Will Win", not "You Said No, and")
    if _no_cue_here(text, low, ss, se, cs, ce):
        return None

    # 1) Content before the cue: "“...,” he said." / "..., said Bondarev."
    b0 = max(ss, cs - 200)  # bounded look-back keeps the '$'-anchored searches cheap
    before = text[b0:cs]
    tail_stop = _TAIL_STOP.search(text, ce, se)
    # (a comma inside a closing quote counts: 'on “Morning Joe,” calling')
    # (searched only where the look-back ends in the pattern's comma, dash or quote mark,
    # and only for a participle or a phrase opening like one: no other cue reads it)
    after_comma = (low in _PARTICIPLES or low in _PARTICIPLE_PHRASES) and (
        before.rstrip().endswith((",", "—", "–", "”", "\"", "’", "'"))
        and _COMMA_BEFORE.search(before) is not None
        # (or with an adverb between: "Trump, later alleging", "...,
        # eventually saying he would be a disaster")
        or low in _PARTICIPLES and _COMMA_ADVERB_BEFORE.search(before) is not None)
    participle = low in _PARTICIPLES or (low in _PARTICIPLE_PHRASES and after_comma)
    if not participle:
        rec = _content_before_cue(text, low, ss, se, cs, ce, b0, before, tail_stop, quotes, qends)
        if rec is not None:
            return None if rec is _RULED_OUT else rec
        # (none: the content after the cue is tried)

    # 2) Content after the cue: "Chesnakov said (that) ...", "he said: “...”".
    if low in _WEAK_POST_ONLY and not (_QUOTE_NEXT.match(text, ce, se) or (
            low.startswith("agree") and _AGREED_CLAUSE_NEXT.match(text, ce, se)
            and not _IT_IS.search(text, max(ss, cs - 30), cs))):
        # ("agreed that ...", "most Republicans agreed they had no recourse";
        # not "It was also agreed that ...": no one named agrees)
        return None
    found = (_participle_source(text, ss, se, cs, after_comma, quotes, qstarts) if participle
             else _verb_source(text, low, ss, se, cs, ce))
    if found is None:
        return None
    src, inherit = found
    return _content_after_cue(text, low, ss, se, cs, ce, src, inherit, participle, tail_stop,
                              si, sent_line, lines, quotes, qstarts)


# A clause after "agreed" (after a day, maybe), opened by "that" or by a
# subject and its verb: "agreed that", "agreed Saturday that", "agreed there are"
# (not "agreed with", "agreed on", "agreed a settlement").
_AGREED_CLAUSE_NEXT = re.compile(r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\s|(?:he|she|they|it|we|I"
                                 r"|there|the|most|many|some|all)\s+(?!to\b|with\b|on\b)[a-z’']+\s)")
# An impersonal "it" and "be" before a cue: "It was also agreed".
_IT_IS = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:[a-z]+\s+){0,2}$")


# "As" opening a sentence before "reported by": "As reported by Reuters, ...",
# "But as first reported by ...".
_AS_OPENER = re.compile(r"[\s(]*(?:(?:But|And)\s+)?[Aa]s\s+(?:(?:first|previously|originally|"
                        r"also|was|has been)\s+)?")


def _as_reported_by(text, ss, se, cs, ce, quotes, qstarts):
    """The record of a passive "As reported by SRC, CONTENT", read as
    "According to SRC, CONTENT" (the clause after the comma, the source the
    reporter after "by"); None when no comma closes the source or fewer than
    two words follow it."""
    comma = text.find(",", ce, se)
    if comma < 0:
        return None
    return _opening_record(text, comma + 1, se, (cs, ce), _strip_span(text, ce + 4, comma), quotes, qstarts)


def _opening_record(text, start, se, cue, src, quotes, qstarts):
    """The record of an attribution that opens its sentence ("According to
    SRC,", "As reported by SRC,", "As SRC put it,"): SRC's words from
    ``start`` to the sentence's end ``se``, or the whole quote opening
    there; None when fewer than two words follow or the source is empty."""
    lo, hi = _trim_content(text, start, se)
    qi = _quote_at(qstarts, quotes, lo, lo + 1)
    if qi is not None:
        hi = max(hi, quotes[qi][1])
    if len(text[lo:hi].split()) < 2 or src[1] <= src[0]:
        return None
    return {"rule": "according", "spans": [(lo, hi)], "cue": cue, "source": src}


# "As X put it, ...": "as" set off at the sentence's start (after a
# conjunction) or after a comma, a dash or a bracket, then its subject (the
# nearest "as": "Clinton won, as expected, and, as one aide put it, ...").
_AS_PUT_IT = re.compile(r"(?:^\W*|[,—–(]\s*|(?:^\W*|\s)(?:But|And|Or|So)\s+)[Aa]s\s+"
                        r"((?:(?![Aa]s\s)[^;:“”\"()]){1,100}?)\s+$")
# Words closing that subject that are none of it: "as he once put it", "as
# Trump likes to put it", "as she has put it".
_PUT_IT_TAIL = re.compile(r"(?:,?\s+(?:[a-z]+ly|once|later|also|then|so|has|have|had|would|"
                          r"might|could|will|(?:likes|liked|tried|wants|wanted)\s+to))+\s*,?$")
# After "put it", an occasion at most, then the comma or colon that opens
# the words: "put it in his memo to employees, ''...''", "put it: ''...''".
_PUT_IT_AFTER = re.compile(r"(?:\s+(?:in|on|at|during|to|last|this|earlier|recently|when|after|"
                           r"before|while)\b[^,:;.!?“”\"]{0,80})?\s*[,:]\s*")


def _as_put_it(text, ss, se, cs, ce, quotes, qstarts):
    """The record of "As SRC put it, CONTENT": the words after the comma or
    colon (the whole quote they open), their source the subject after "as"
    ("As one aide put it, the race is over": the aide, "the race is over";
    "Or, as Tom Ridge, a former secretary, put it: ''...''": Tom Ridge and his
    appositive); None without such an "as" (no cue: "put it into play"), or
    when no comma or colon follows ("..., as she put it.": the words are
    another cue's) or fewer than two words do."""
    lo = max(ss, cs - 120)
    sub = _AS_PUT_IT.search(text[lo:cs]) if lo == ss else _AS_PUT_IT.search(text, lo, cs)
    after = _PUT_IT_AFTER.match(text, ce, se)
    if sub is None or after is None:
        return None
    # (searched in the sentence's slice when it starts there, so that "^" is its start)
    start, end = (lo + sub.start(1), lo + sub.end(1)) if lo == ss else sub.span(1)
    tail = _PUT_IT_TAIL.search(text, start, end)
    src = _strip_span(text, start, tail.start() if tail else end)
    return _opening_record(text, after.end(), se, (cs, ce), src, quotes, qstarts)


# A headline's cue in title case, between capitalised words: "Bellwether
# County Says Trump Should Win", "Trevor Noah Says ..." (searched in the 30
# characters before a capitalised cue only, which are rare).
_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*\s+$")
_TITLE_WORD_NEXT = re.compile(r"\s+[A-Z‘“'\"]")


def _title_case(text, ss, se):
    """Whether the sentence ``text[ss:se]`` is a headline in title case: all
    but a few short words capitalised ("Bellwether County Says Trump Should
    Win GOP Nomination"; not a song's title in running text: "Their singles
    include What I Go To School For, ... You Said No")."""
    words = [w for w in text[ss:se].split() if w[0].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(not w[0].isupper() for w in words) <= len(words) // 8


# What opens a sentence before a fronted "asked": nothing ("Asked whether
# ..."), or "when" ("But when asked by a reporter if ...").
_ASKED_OPENER = re.compile(r"(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:(?:[Ww]hen|[Oo]nce|[Ii]f)\s+)?")
# The asker after a fronted "asked": "Asked by host John Dickerson whether",
# "When asked by Ingraham on Thursday about" (a few words, up to the question).
_ASKED_BY = re.compile(r"\s+by\s+([^,;:\s]+(?:\s+[^,;:\s]+){0,4}?)(?=\s+(?:whether|if|why|what|who|"
                       r"whom|which|how|where|about|to|for|on|at|in|during|after|last|this)\b|,)")
# The question asked, after at most a few words of time and place opening
# with a preposition or a day: "Asked on Monday whether", "Asked during a
# January debate why", "Asked Tuesday about" (not "Asked a direct question
# about this": the question is all of it).
_QUESTION_START = re.compile(
    r"(?:(?:on|in|at|during|after|before|last|this|earlier|later|recently|again|repeatedly|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?:\s+[^,;:\s]+){0,5}?\s+)?"
    r"((?:whether|if|why|what|who|whom|which|how|where|when|about|to)\b)")
# A passive's "was" before the cue: "Rubio was asked by ... whether".
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$")
# A comma before a main clause's pronoun subject, after a passive's question:
# "When Mook was asked if Clinton would ..., he laughed and said".
_COMMA_THEN_SUBJECT = re.compile(r",\s+(?:he|she|they|we|I|it)\b")
# The question words a passive "was asked" takes (not "was asked to leave", a request).
_PASSIVE_QUESTION = frozenset("whether if why what who whom which how about".split())
_CLOSING_QUOTE = re.compile(r"”|\"|''")
# A word, then an aside between dashes: "later - war or not ... -".
_DASHED_ASIDE = re.compile(r"\s*[a-z]+\s[-—–]{1,2}\s(?=[^—–]+\s[-—–]{1,2}\s)")
# A comma or a dash closing a fronted question.
_CLAUSE_END = re.compile(r",|\s[-—–]{1,2}\s|—")

# What a comma after a name opens inside a question, not ending it: an
# appositive and a relative clause ("whether Donald Trump, the presumptive
# nominee, who has called it a hoax, could be ...").
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;:]{1,60},(?:\s+(?:who|which)\s+[^,;:]{1,80},)?")


def _question_end(text, start, se):
    """Where a question asked ends: at its first comma or dash, past an
    appositive after a name (see :data:`_APPOSITIVE`); -1 when none. A word
    alone before a dash is no question, the aside is: "Asked later - war or
    not over the Scarborough Shoal - the admiral chuckled"."""
    end = _CLAUSE_END.search(text, start, se)
    while end and end.group() == ",":
        before = text[max(start, end.start() - 30):end.start()].split()
        aside = before and before[-1][0].isupper() and _APPOSITIVE.match(text, end.start())
        if not aside:
            break
        end = _CLAUSE_END.search(text, aside.end() - 1, se)
    return end.start() if end else -1


def _question_asked(text, ss, se, cs, ce, fronted):
    """A question put to someone, which PolNeAR marks as an attribution of its
    own: its content is the question, its source the asker when "by" names
    one, else none. ``fronted``: in a clause opening the sentence, which ends
    at its comma (a comma closing a quote keeps the quote mark): "Asked
    whether he would run, Reid said no": 'whether he would run', no source;
    "When asked by a reporter if ..., Trump said": 'a reporter'. Else after a
    passive, up to the sentence's end or a main clause's subject: "Rubio was
    asked by moderator Gerard Baker whether ...": 'moderator Gerard Baker'.
    ``fronted`` None: after "when" in mid-sentence, up to a comma or the
    sentence's end ("..., who used the same words when asked in May if he
    would endorse Trump"). None when there is no such clause."""
    src = None
    pos = ce
    by = _ASKED_BY.match(text, ce, se)
    if by:
        src, pos = by.span(1), by.end(1)
    question = _QUESTION_START.match(text, pos + 1, se)
    if not fronted and (question is None or question.group(1) not in _PASSIVE_QUESTION
                        or text.startswith("about to ", question.start(1))):
        return None  # (not "was asked to leave", a request, nor "about to respond")
    start = question.start(1) if question else pos
    aside = _DASHED_ASIDE.match(text, start, se)
    if fronted and aside:
        start = aside.end()
    if fronted is not False:
        # (or a dash: 'when asked how she would define the "establishment" -
        # the term used by Kingson - Deacon fought back')
        comma = _question_end(text, start, se)
        if fronted and (comma < 0 or not text[comma + 1:se].strip()
                        # (no comma before the answer: "Asked if she enjoys a
                        # game she confesses: “Yeah, ...”")
                        or text.find(":", start, comma) >= 0):
            return None
    else:
        # (a passive's question runs on over a comma: "whether his plan,
        # which costs $170 billion, would risk ...", not into an answer: "was
        # asked whether he was taking a risk he replied: “...”")
        subject = _COMMA_THEN_SUBJECT.search(text, start, se)
        comma = subject.start() if subject else -1
        if text.find(":", start, comma if subject else se) >= 0:
            return None
    if comma < 0:
        # (the sentence's end, before a quote opening the next one: 'was
        # asked by a caller why ... refugees. "So they can ...," he said')
        end = se
        while end > start and text[end - 1] in " “\"'":
            end -= 1
    else:
        closing = _CLOSING_QUOTE.match(text, comma + 1)
        end = closing.end() if closing else comma
    lo, hi = _trim_content(text, start, end)
    if hi <= lo:
        return None
    return {"rule": "question_asked", "spans": [(lo, hi)], "cue": (cs, ce), "source": src,
            "fronted": bool(fronted)}


# What may open a sentence before an interposed "according to" and is no
# content: "But, according to the poll, ...", "(According to ...".
_CONNECTIVE = re.compile(r"[\s(]*(?:(?:but|and|yet|so|still|however|also|in addition|moreover|meanwhile)"
                         r"[\s,]*)?", re.IGNORECASE)
# An appositive or a list's rest after the source, before the clause goes on:
# "according to Dennis B. Ross[, another former special envoy], was".
_SOURCE_APPOSITIVE = re.compile(r",\s+(?:another|the|a|an|his|her|its|their|and)(?:\s+[^\s,;:\d]+){1,5}(?=,)")
# A lead-in before an interposed "according to" that is no clause of its own:
# a few words ("At the heart of the trouble", "Fundraising"); a clause left
# open by its last word ("He crossed the border ... after, according to")
# is no content, the clause after the source is.
_LEAD_WORDS = 6
_OPEN_CLAUSE_WORDS = frozenset("after before because since when while and but that if so".split())
# Speech verbs whose own clause an "according to" may sit in ("The IMF said
# that, according to data ..., the GDP rose", "61% said", "Politico reported,
# according to sources, ..."): that attribution is read as before.
_SPEECH_BEFORE_CLAUSE = frozenset("said says say told reported reports added noted argued claimed "
                                  "stated warned believe believes believed think thinks thought".split())
# What a clause after "according to SRC," is not when it opens so: a
# relative clause, a participle or a cue of the source's, an aside
# ("although Carson keeps it competitive"), a new quote.
_NOT_THE_CLAUSE = re.compile(r"(?:which|who|whose|where|when|while|as|and|but|or|said|says|told|"
                             r"although|though|compared|despite|unlike|[a-z]+ing)\b|[“\"'‘]",
                             re.IGNORECASE)


def _interposed_according(text, ss, se, cs, src):
    """The content around an "according to SRC" set off by commas inside a
    sentence that goes on after it, as PolNeAR marks it: what comes before
    and the rest of the sentence ("At the heart of the trouble, according
    to Dennis B. Ross, was a decision by Mr. Obama": 'At the heart of the
    trouble' and 'was a decision by Mr. Obama'), or the rest alone after a
    connective ("But, according to the poll, 46 percent remain undecided").
    None when the sentence ends with the source, or goes on with no clause
    of the content (", according to the filing, which was released ...")."""
    if src is None:
        return None
    lead_start = _CONNECTIVE.match(text, ss, cs).end()
    lead = _strip_span(text, lead_start, cs, " \t\n,;:(")
    comma = text.find(",", src[1], se)
    if comma < 0 or text[src[1]:comma].strip() and lead[1] > lead[0]:
        return None  # (not right after the source: "according to the filing by ...")
    for _ in range(2):
        aside = _SOURCE_APPOSITIVE.match(text, comma)
        if not aside:
            break
        comma = aside.end()
    rest = _trim_content(text, comma + 1, se)
    if "(" in text[ss:cs] and text[rest[0]:rest[1] + 2].rstrip().endswith(")"):
        # "(According to the police, it keeps no statistics.)": not the parenthesis
        rest = _trim_content(text, rest[0], text.rindex(")", rest[0], rest[1] + 2))
    opening = text[rest[0]:rest[1]].split(None, 4)
    if (len(opening) < 3 or _NOT_THE_CLAUSE.match(text, rest[0])
            or any(w.lower() in _SPEECH_BEFORE_CLAUSE for w in opening[:4])):
        return None
    if lead[1] <= lead[0]:
        return [rest]
    if not text[lead[1]:cs].strip().startswith(","):
        return None  # (set off by a comma: not "the driver fired, according to")
    words = text[lead[0]:lead[1]].split()
    if words[-1].lower() in _SPEECH_BEFORE_CLAUSE or (
            words[-1].lower() == "that" and len(words) > 1 and words[-2].lower() in _SPEECH_BEFORE_CLAUSE):
        return None
    if words[-1].lower() in _OPEN_CLAUSE_WORDS:
        return [rest]  # ("after, according to him, the network censured ...": that clause)
    if len(words) > _LEAD_WORDS:
        # a clause whole before it: what follows the source is about the
        # source ("..., according to Andy Smith, director of the ...")
        return None
    return [lead, rest]


# A name closing "According to ..." with no comma, and the clause after it:
# "[Ofcom] there were", "[Pew Research] 44% of searchers", "[Microsoft] the messages".
_NAME_THEN_CLAUSE = re.compile(
    r"([A-Z][\w&.'’/-]*)\s+(?=(?:\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b)"
    r"|(?:there|it|the|he|she|they|we)\b))")


def _according_to(text, m, ss, se, quotes, qstarts, qends):
    cs, ce = m.span("cue")
    before = text[ss:cs]
    if not before.strip():
        # "According to SRC, CONTENT."
        comma = text.find(",", ce, se)
        # (or with no comma, as British papers write: "According to Ofcom there
        # were ...", "According to Pew Research 44% of searchers use ...")
        bare = _NAME_THEN_CLAUSE.search(text, ce, comma if comma >= 0 else se)
        # (not inside a title in quote marks: "According to ''The Trumps: ...
        # That Built an Empire,''")
        if bare and not _QUOTE_MARK.search(text, ce, bare.end(1)):
            return _opening_record(text, bare.end(), se, (cs, ce), _strip_span(text, ce, bare.end(1)),
                                   quotes, qstarts)
        if comma < 0:
            return None
        return _opening_record(text, comma + 1, se, (cs, ce), _strip_span(text, ce, comma), quotes, qstarts)
    # "CONTENT, according to SRC."
    src = _source_after(text, ce, se)
    interposed = _interposed_according(text, ss, se, cs, src)
    if interposed:
        if len(interposed) == 1:  # ("But according to reports emerging in the media, ...")
            src = _strip_span(text, ce, text.rfind(",", ce, interposed[0][0]))
        return {"rule": "according", "spans": interposed, "cue": (cs, ce), "source": src}
    sep = re.search(r"[,—–(]?\s*$", before)
    return _post_content(text, ss, ss + sep.start(), (cs, ce), src, quotes, qends)

"""Step 1 of the rules for one cue (:mod:`~analysis.attribution.reported`):
the content before the cue. A quote closing just before it ('“...,” he
said'), else a clause closed by the cue and its source after it ("..., said
Bondarev.") or by its source and the cue ("..., a Kremlin official said.").
With the helpers that build such a record (:func:`_post_content`, also for
"..., according to X") and repair a source found before a cue
(:func:`_repair_source`, also for the content after it:
:mod:`~analysis.attribution.content_after`)."""

from __future__ import annotations

import bisect
import re

from analysis.attribution.lexicon import (
    _ADVERBIAL_OPENER,
    _AMBIGUOUS,
    _AUX,
    _CLAUSE_WORDS,
    _CONTRACTED_PRONOUN,
    _COORDINATED,
    _DOCUMENT_BY,
    _document_subject,
    _GAP,
    _GAP_SOURCE,
    _GAP_STOP,
    _NAME_OR_PRONOUN,
    _NP_START,
    _OBJECT_ONLY,
    _OPENING_ADVERBIAL,
    _PARENTHETICAL_END,
    _PROPER_NAME,
    _QUOTE_NEXT,
    _REPORTING,
    _INVERTED_TOO,
    _SEP_END,
    _SEP_SOURCE,
    _SOURCE_END,
    _SPACES,
    _TOKEN,
    _WEEKDAY,
)
from analysis.attribution.phrases import (
    _is_tail,
    _last_inside,
    _quote_ending_at,
    _short_tail,
    _source_after,
    _strip_span,
    _trim_content,
)
from analysis.attribution.source_before import _np_before, _np_like, _verb_phrase
from analysis.attribution.verbs import _THOUGHT_SET

# What a step of the rules returns when the cue makes no attribution at all
# (None: the step found no content, and the next step is tried).
_RULED_OUT = object()

# Cues whose next noun phrase is the one addressed, never the speaker: "...,
# his top aide, Tad Devine, told The Huffington Post" (no inverted "..., told X").
_ADDRESSED = frozenset({"told", "tells"})
# Nothing after such a cue but the one addressed: "told The Huffington Post."
_ADDRESSEE_ONLY = re.compile(r"\s*(?:(?:the|The)\s+)?(?:reporters|him|her|me|us|them|"
                             r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
                             r"(?:\s+(?:on|in|last|this)\s+\w+)?\s*[.!]?\s*")


# The subject of a cue word that closes its sentence after a comma, if the word
# is a verb there: a name or a determiner's noun phrase, no owner's noun
# ("..., Deloitte believes.", "..., the firm claims."; not "... rejected
# Clinton's claims.", "... jumped on Kaine's remarks.").
_CLOSING_SUBJECT = re.compile(r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
                              r"|(?:the|The|many|Many|some|Some|most|Most)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")

# What may follow the separator that _SEP_END finds.
_QUOTES_AND_SPACES = "\"”'’" + _SPACES
# "said", "says", "told" outside a quote (no closing quote mark after it).
_SAID_CLAUSE = re.compile(r"\b(?:said|says|told)\b(?![^“”\"]*[”\"])")
# Cues of a report closing a sentence, which takes what it wraps, a
# speaker's cue and words included: "The campaign said the candidate will
# attend, CNN reported." (one attribution, CNN's, as PolNeAR marks it).
_REPORTS = frozenset({"reported", "reports"})
# A main clause of its own after the comma: its subject reports nothing before it.
_CONJUNCTION_FIRST = re.compile(r"(?:but|and|yet|so|or)\s")


def _content_before_cue(text, low, ss, se, cs, ce, b0, before, tail_stop, quotes, qends):
    """Step 1, for a cue that is no participle: the record of the content
    before it; None when there is none (the content after the cue is tried
    next); :data:`_RULED_OUT` when the cue makes no attribution. ``before``
    is ``text[b0:cs]``; ``tail_stop`` the participle ending the cue's tail."""
    after = text[ce:se]
    if tail_stop:
        after = text[ce:tail_stop.start()]  # "told CBS, saying that ...": the tail ends here
    # (whether ``after`` is the cue's tail, _is_tail, is asked by the two
    # steps that read it, only where they do: most cues reach neither test)
    # 1a) A quote closing just before the cue; its source, if any, between.
    rec = _quote_before_cue(text, low, ss, se, cs, ce, after, quotes, qends)
    if rec is not None:
        return rec
    # 1b) No quote: "..., said Bondarev." / "..., a Kremlin official said."
    rec = _clause_with_source_after_cue(text, low, ss, se, cs, ce, b0, before, quotes, qends)
    if rec is not None:
        return rec
    return _clause_with_source_before_cue(text, low, ss, se, cs, ce, b0, before, after,
                                          quotes, qends)


# A full stop ending a sentence between a quote and its cue, after four
# lowercase letters and before white space ("... instinctive preference.\n\nIn
# other words, if you"): _GAP_SOURCE's source takes a full stop only before a
# word character or comma, or after an initial or a short capitalised word
# ("Mr.", "Sept."), so no gap holding one matches. It is found at once, where
# _GAP_SOURCE's lazy repeat walked up to it a character at a time (most gaps
# that fail hold one).
_GAP_SENTENCE_END = re.compile(r"\.(?<=[a-z]{4}\.)\s")


def _quote_before_cue(text, low, ss, se, cs, ce, after, quotes, qends):
    """Step 1a: the ``post_quote`` record of a quote closing just before the
    cue, its source between them ('“...,” he said') or else after the cue
    ('“...,” said Bondarev'); None when no quote closing there is the cue's."""
    i = bisect.bisect_right(qends, cs) - 1
    if i >= 0 and cs - quotes[i][1] <= 120 and low not in _OBJECT_ONLY:
        qs, qe = quotes[i]
        gap = None if _GAP_SENTENCE_END.search(text, qe, cs) else _GAP_SOURCE.fullmatch(text, qe, cs)
        if gap and "\n" not in gap.group("lead") and (
                _last_inside(text, qs, qe) in ",?!—–-" or "," in gap.group("lead")) and (
                gap.start(2) == gap.end(2) or _NP_START.match(text, gap.start(2))
                or _gap_word_ok(text, gap.start(2))):
            s0, s1 = _strip_span(text, gap.start(2), gap.end(2), " \t\n,;:—–-")
            src = (s0, s1) if s1 > s0 else _source_after(text, ce, se)
            if s1 > s0 and (not _np_like(text[s0:s1]) or _verb_phrase(text[s0:s1].split())
                            or _clause_then_source(text, s0, s1)
                            or _PRONOUN_AFTER_APPOSITION.search(text, s0, s1)):
                # '“...,” he could not refuse ... Trump's calls for', '“terrible,”
                # denounced her record ... and said': no source
                return None
            tail_ok = _is_tail(after, low)
            # '“A,” he said, “B.”': the quote goes on after the cue (joined
            # later). (Asked only where the tail leaves it to decide.)
            split_quote = not tail_ok and (_QUOTE_NEXT.match(after)
                                           or _ADJUNCT_THEN_QUOTE.match(after)) is not None
            if (s1 > s0 and not tail_ok and not split_quote and low not in _AMBIGUOUS
                    and _SUBORDINATE_LEAD.match(text, ss, qs) and _CLAUSE_OF_ITS_OWN.search(after)):
                # "But even as Trump claimed that “...,” one of the
                # prosecutors said the two cases were different": the quote
                # is the subordinate clause's, the cue's content follows it
                # (not an inverted cue's: 'And if studios do focus on “...”,
                # thinks Mr Dean, ultimately it could mean')
                return None
            if tail_ok or split_quote or (s1 <= s0 and src) or _short_tail(after):
                lo = _quote_or_sentence_start(text, ss, qs)
                return {"rule": "post_quote", "spans": [_strip_span(text, lo, qe, " \t\n,;:")],
                        "cue": (cs, ce), "source": src}
    return None


# A clause a subordinator opens, up to a comma: "well before Steve Carell
# made that gag famous in ''The 40-Year-Old Virgin,''".
_SUBORDINATE_CHUNK = re.compile(r"(?:[a-z]+\s+)?(?:before|after|when|while|because|since|although|"
                                r"though|until|unless|if)\s[^,]+,")


# A short adjunct of the cue set off by a comma before the quote goes on:
# '“A,” he said of Smith, “B.”', '“A,” she told Hewitt, “B.”' (no sentence
# end, no quote mark: two apostrophes open one).
_ADJUNCT_THEN_QUOTE = re.compile(r"(?:[^.!?“”\"\n']|'(?!')){1,60}?,\s*(?:“|\"|''|``)")


# A pronoun closing the words between a quote and its cue, after a comma: the
# words before it describe the quoted term, the pronoun speaks, and the cue's
# content is what follows ('In his “battle plan,” a memo he drew up last
# year, he wrote, “We must ...”': not the term).
_PRONOUN_AFTER_APPOSITION = re.compile(r"\w,\s+(?:he|she|they|we|I)$")


def _clause_then_source(text: str, s0: int, s1: int) -> bool:
    """Whether the words between a quote and its cue open with a clause of
    their own set off by a comma, the source after it ('“...,” well before
    Carell made that gag famous in “The Virgin,” Mr. Oppenheim noted': the
    sentence up to the comma is the content, not the quote alone)."""
    return "," in text[s0:s1] and _SUBORDINATE_CHUNK.match(text, s0, s1) is not None


# A sentence opened by a subordinate clause, which a quote may close: "But
# even as Trump claimed ...", "While Clinton said ...", "And although ...".
_SUBORDINATE_LEAD = re.compile(r"[\s(]*(?:(?:But|And|Yet|So)\s+)?(?:(?:[Ee]ven\s+)?(?:[Aa]s|[Ww]hile|[Ww]hen)|"
                               r"[Aa]lthough|[Tt]hough|[Ww]hereas|[Ii]f|[Bb]ecause|[Ss]ince)\s")
# A clause after the cue, with a verb of its own: "said [the two cases were]
# quite different" (not "said Tuesday in Iowa").
_CLAUSE_OF_ITS_OWN = re.compile(r"\s(?:is|was|are|were|has|have|had|will|would|could|can|should|"
                                r"must|did|does|do|may|might)\s")


def _clause_with_source_after_cue(text, low, ss, se, cs, ce, b0, before, quotes, qends):
    """Step 1b, inverted: the record of a clause closed by a comma and the
    cue, its source after the cue and closing the sentence ("..., said
    Bondarev.") or set off ("The problem, said Bondarev, is ...": the
    content resumes after it); None when there is none."""
    if not (low in _REPORTING or low in _INVERTED_TOO) or low in _ADDRESSED:
        return None  # (asked before the search below: no other cue is read inverted)
    # (searched from where a match can start: its separator closes the
    # text but for quote marks and spaces)
    sep = _SEP_END.search(before, max(0, len(before.rstrip(_QUOTES_AND_SPACES)) - 3))
    lead = text[ss:b0 + sep.start()].strip() if sep else ""
    conjunction = lead in ("But", "And", "Yet", "So")  # (no name: "But, says X, ...")
    if sep and (conjunction or not _name_with_appositive(text, ss, b0 + sep.start())):
        src = _source_after(text, ce, se)
        if src and low not in _REPORTING and not _NAMED_OR_DETERMINED.match(text, src[0]):
            src = None  # "... — reported year-over-year revenue declines.": the verb's object
        if src and _GERUND_CLAUSE.match(text, src[0]):
            src = None  # "said following in the footsteps of Farrell would be": a clause
        # The source must close the sentence (or open an appositive):
        # "..., said Bondarev." / "..., said Bondarev, a former diplomat."
        if src and (_SOURCE_END.match(text, src[1], se) or _WHO_CLOSING.match(text, src[1], se)):
            # (an adverbial with "too" after it is one too: "Locally, too, say
            # analysts, recent developments have helped")
            if ((_OPENING_ADVERBIAL.fullmatch(lead.removesuffix(", too") + ", ") or conjunction)
                    and _CLAUSE_AFTER.match(text, src[1], se)):
                # "Instead, said Mr Doctorow, firms should filter links", "But,
                # says Nick Donofrio, ...": after an opening adverbial or a
                # conjunction a whole clause resumes after the source
                rec = {"rule": "post_clause", "spans": [_strip_span(text, ss, b0 + sep.start())],
                       "cue": (cs, ce), "source": _repair_source(text, src)}
                return _resume(text, rec, src[1], se, _CLAUSE_AFTER)
            resumes = _PARENTHETICAL_END.match(text, src[1], se) is not None
            rec = _post_content(text, ss, b0 + sep.start(), (cs, ce), src, quotes, qends,
                                min_words=1 if resumes else 4)
            if rec is not None:
                # "The problem, said Bondarev, is the deeper conflict": the
                # content resumes after the parenthetical.
                return _resume(text, rec, src[1], se)
    return None


# A gerund opening the clause after an inverted cue, not its source: "said
# [following in] the footsteps", "said [being on] the red carpet" (not "said
# leading economist John Smith").
_GERUND_CLAUSE = re.compile(r"[a-z]+ing\s+(?:in|on|at|to|up|out|with|for|from|about|the|an?|his|"
                            r"her|their|its|it|them|him|that)\s")


# A restrictive "who" clause closing the sentence after the source of an
# inverted cue, with one verb of its own: "..., said an American official
# [who was briefed on the details]." (not "said the people who voted for him
# were wrong": a clause, its subject's verb after the relative's).
_WHO_CLOSING = re.compile(r"\s+who\s+[a-z]+\b"
                          r"(?:(?!\s(?:is|was|are|were|has|have|had|will|would|could|can|should|"
                          r"must|did|does|do|may|might)\s)[^;:“”\"])*?[.!?]?\s*$")


# How the source after a verb of _INVERTED_TOO opens: a name or a determiner
# ("..., reports The New York Times.", "..., concludes a study").
_NAMED_OR_DETERMINED = re.compile(r"[A-Z]|(?:the|a|an)\s")


# A clause resuming after an inverted cue set off by commas: ", firms should ...".
_CLAUSE_AFTER = re.compile(r"\s*,\s+(?=\S+\s+\S+\s+\S)")


# A participle phrase opening the sentence before the subject, no clause of
# its own: "Weighing in on the debate, the mayor agreed, praising ..." (not
# content: the subject's manner; not a gerund subject, "Going to war was a
# mistake, he said", whose verb follows, nor one a parenthetical cue splits:
# "Pivoting to cuts too soon, economists say, hurt the recovery").
_FRONTED_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\s+(?:in|on|to|at|about|after|with|during|for|"
                                 r"from|into|out|up|back|over)\b"
                                 r"(?:(?!\b(?:is|was|are|were|will|would|has|have|had|can|could)\b)"
                                 r"[^,])*,\s*")


def _clause_with_source_before_cue(text, low, ss, se, cs, ce, b0, before, after,
                                   quotes, qends):
    """Step 1b, in order: the record of a clause closed by a comma, then the
    source and the cue, closing the sentence ("..., a Kremlin official
    said.") or set off ("The problem, he said, is ...": the content resumes
    after it); None when there is none (the content after the cue is tried
    next); :data:`_RULED_OUT` when the clause is an attribution of its own."""
    # (a match holds no comma but its first character: searched from the last)
    sep_src = _SEP_SOURCE.search(before, max(0, before.rfind(",")))
    if sep_src is None and low in _ADDRESSED and _ADDRESSEE_ONLY.fullmatch(after):
        # "..., his top aide, Tad Devine, told The Huffington Post": the
        # name set off by commas before "told" is its subject
        sep_src = _SEP_SOURCE.search(before.rstrip(" ,"))
    if sep_src is None:
        return None  # (no clause closed by a comma: the tests below read none)
    # (a document's maker after "by" lengthens its phrase: "..., a study by
    # the Council of the Great City Schools found.")
    limit = 16 if low in _REPORTING or _DOCUMENT_BY.match(sep_src.group(1)) else 9
    parenthetical = low in _REPORTING and _PARENTHETICAL_END.match(after)
    ends_sentence = not after.strip(" .!?\"”’'")  # (nothing but the full stop after the cue)
    # a cue closing its sentence is a verb, and a thought reported as
    # speech is: "..., Deloitte believes.", "..., the firm claims."
    closing = ends_sentence and _CLOSING_SUBJECT.fullmatch(sep_src.group(1)) is not None
    if ((parenthetical or _is_tail(after, low)) and len(sep_src.group(1).split()) <= limit
            and not _CONJUNCTION_FIRST.match(sep_src.group(1))  # ("..., but the campaign refused")
            and (low not in _AMBIGUOUS or closing or _document_subject(sep_src.group(1), low))
            and (low not in _THOUGHT_SET or closing)):
        src = _np_before(text, b0 + sep_src.start(1), cs)
        if src is not None:
            src = _with_coordinated_sources(text, ss, src)
            k = _clause_end_before(text, ss, src[0])
            if low not in _REPORTING and low not in _REPORTS and _SAID_CLAUSE.search(text, ss, k):
                # "people close to him said, the mere mention of her name":
                # what comes before is an attribution of its own (not one a
                # report wraps: "The campaign said ..., CNN reported")
                return _RULED_OUT
            # (a short clause when the cue closes the sentence: "It was
            # wrong, he said."; not "Through a spokeswoman, Trump declined",
            # nor an adverbial: "Then, last week, Eric Trump called.")
            short_ok = ends_sentence and not _OPENING_ADVERBIAL.match(text, ss, k)
            if ends_sentence and _FRONTED_PARTICIPLE.fullmatch(text, ss, src[0]):
                return None  # "Weighing in on the debate, the mayor agreed, praising ..."
            rec = _post_content(text, ss, k, (cs, ce), src, quotes, qends,
                                min_words=1 if parenthetical else 3 if short_ok else 4)
            if rec is not None:
                return _resume(text, rec, ce, se) if parenthetical else rec
            # no content before the cue after all: try the content after it
    return None


def _with_coordinated_sources(text: str, ss: int, src: tuple[int, int]) -> tuple[int, int]:
    """``src`` widened back over the sources joined to it by "and": "a
    government official, a current diplomat and a Kremlin insider told"."""
    lo = src[0]
    if " and " in text[src[0]:src[1]]:
        while True:
            chunk = _COORDINATED.search(text, max(ss, lo - 60), lo)
            if not chunk:
                break
            lo = chunk.start(1)
        src = (lo, src[1])
    return src


def _clause_end_before(text: str, ss: int, lo: int) -> int:
    """Where the clause before a source starting at ``lo`` ends: before the
    spaces, commas and dashes that set the source off, and before an "as"."""
    k = lo
    while k > ss and text[k - 1] in " ,—–-":
        k -= 1
    if text.startswith(" as", k - 3) and k - 3 > ss and text[k - 4] in ", ":
        # "..., as The New York Times reported": the "as" is no content
        k -= 3
        while k > ss and text[k - 1] in " ,—–-":
            k -= 1
    return k


def _name_with_appositive(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` a name with an appositive and no verb ("Sen. Marco
    Rubio, R-Fla." / "Alexander Gabuev, director of the Carnegie Center")? Then
    it is the source of the cue after it, not content of an inverted "..., said X"."""
    if _OPENING_ADVERBIAL.fullmatch(text[lo:hi].strip() + ", "):
        return False  # an adverbial alone ("Instead, said Mr Doctorow, firms ..."): no name
    opener = _OPENING_ADVERBIAL.match(text, lo, hi)
    if opener:
        # the name after an opening adverbial ("However, Chittabrata Majumdar,
        # general secretary of ..."), not the adverbial ("Currently, a project
        # can take up to three months, says Mr Dean")
        lo = opener.end()
    m = _PROPER_NAME.match(text, lo, hi)
    if not m or text[m.end():m.end() + 1] != ",":
        return False
    rest = text[m.end():hi]
    return not _CLAUSE_WORDS.search(rest) and not re.search(r"\b[a-z]+ed\b", rest)


def _gap_word_ok(text: str, pos: int) -> bool:
    """'“But why?” reporter Jackie Nespral asked': a lowercase noun may open the
    source between a quote and its cue; a conjunction or verb may not."""
    m = _TOKEN.match(text, pos)
    word = m.group().lower().strip(",;:") if m else ""
    return bool(word) and word not in _GAP_STOP and word not in _AUX and not word.endswith("ing")


# (not after a participle: "a report issued earlier this year", "emails
# released this week" are kept whole, as PolNeAR marks them; nor after
# "out": "A poll out this week shows")
_TRAILING_TIME = re.compile(
    r"(?<!ed)(?<!earlier)(?<!later)(?<!\sout)\s+"
    rf"(?:on\s+{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    r"|(?:(?:late|early)\s+)?(?:last|this)\s+(?:week|month|year|night)|yesterday|today)$")
# The last letters of every match of _TRAILING_TIME.
_TIME_ENDINGS = ("day", "night", "morning", "afternoon", "evening", "week", "month", "year")
# A prepositional opener at a source span's start: "At a press conference on
# Thursday [Intel]", "For its part [OptInRealBig]" (not a count: "At least").
_OPENER_NO_COMMA = re.compile(r"(?:In|On|At|During|After|Before|For|Under|Despite)\s+(?!least\b|most\b)")
# A weekday opening the name run after it: "on [Thursday] Intel".
_DAY_FIRST = re.compile(rf"{_WEEKDAY}\s+(?=\S)")
# A subordinating conjunction opening a source span: "Though executives ... say".
_SUBORDINATOR_LEAD = re.compile(r"(?:Though|Although|While|Whereas|Because|Unless)\s+")
# A subject pronoun closing a longer span, not after "and" or "of" ("A few
# minutes later they", "By Sunday afternoon she"; not "Trump and he").
_PRONOUN_CLOSING = re.compile(r"(?<!\band)(?<!\bor)(?<!\bof)(?<!\bthan)\s(he|she|they|we|I)$")
# An owner and a superlative of a noun cue: "The Cleveland police's biggest
# (worry)", "Trump's own (words)" (not "Clinton's campaign": a source of its own).
_OWNER_THEN_ADJECTIVES = re.compile(r"(.+?)['’]s?\s+(?:[a-z]+est|own)")
# An outer cue's verb opening a source found after it: "said Gates [described]".
_SAID_LEAD = re.compile(r"(?:said|says|told)\s+")


def _repair_source(text: str, src):
    """A source that does not start like a noun phrase ("when he", "as The
    Moscow Times") is cut to its last name or pronoun; with neither, and a
    preposition or conjunction first ("in a debate that"), there is none. A
    time closing it is no part of it ("The Trump campaign on Tuesday")."""
    # (these two patterns end in a time or a pronoun: searched only where the span does)
    time = (_TRAILING_TIME.search(text, src[0], src[1])
            if text[src[0]:src[1]].rstrip("\n").endswith(_TIME_ENDINGS) else None)
    if time and time.start() > src[0] and time.end() == src[1]:
        src = (src[0], time.start())
    lead = _SUBORDINATOR_LEAD.match(text, src[0], src[1])
    if lead and lead.end() < src[1]:
        return (lead.end(), src[1])  # "Though executives who ... say": the executives
    said = _SAID_LEAD.match(text, src[0], src[1])
    if said and said.end() < src[1] and (text[said.end()].isupper() or text.startswith("the ", said.end())):
        # an outer cue's verb taken into the source of a cue in its content
        # ("said Gates described ...", "said the woman, who ... did not want"):
        # the name or description after it (a pronoun stays nested in the
        # outer content: "said he doesn't believe")
        src = (said.end(), src[1])
    # (a contraction runs to seven characters at most: "they've")
    contracted = _CONTRACTED_PRONOUN.fullmatch(text, src[0], src[1]) if src[1] - src[0] <= 7 else None
    if contracted:
        return contracted.span(1)  # "he’s predicted big wins": he (not "’s", has)
    if text.startswith(("Let me", "Let us", "let me", "let us"), src[0]) and src[1] - src[0] == 6:
        return (src[0] + 4, src[1])  # "Let me just say that ...": "me" says it
    closing = (_PRONOUN_CLOSING.search(text, src[0], src[1])
               if text[src[0]:src[1]].rstrip("\n").endswith(("he", "they", "we", "I")) else None)
    if closing and closing.start(1) > src[0]:
        return closing.span(1)  # "A few minutes later they reversed": they
    owner = (_OWNER_THEN_ADJECTIVES.fullmatch(text, src[0], src[1])
             if text.endswith(("est", "own"), src[0], src[1]) else None)  # (its last letters)
    if owner:
        return owner.span(1)  # "The Cleveland police's biggest worry": the police
    opening = _OPENER_NO_COMMA.match(text, src[0], src[1])
    if opening and "," not in text[src[0]:src[1]]:
        # "At a press conference on Thursday Intel said", "For its part
        # OptInRealBig says" (no comma after the opener, as British papers
        # write): the name or pronoun closing it (not "At least four senators")
        closing = [m for m in _NAME_OR_PRONOUN.finditer(text, opening.end(), src[1]) if m.end() == src[1]]
        if closing:
            day = _DAY_FIRST.match(text, closing[0].start(), src[1])  # ("on Thursday Intel")
            return (day.end() if day else closing[0].start()), src[1]
    if _NP_START.match(text, src[0]) or _gap_word_ok(text, src[0]):
        return src
    names = list(_NAME_OR_PRONOUN.finditer(text, src[0], src[1]))
    if names:
        return names[-1].span()
    if text[src[0]:src[1]].split()[0].lower() in _GAP_STOP:
        return None
    return src


def _resume(text: str, rec, after_pos: int, se: int, resumption: re.Pattern = _PARENTHETICAL_END):
    """Add the rest of the sentence after a parenthetical cue as a second part
    (where ``resumption`` matches after it: by default a verb phrase)."""
    if rec is None:
        return None
    m = resumption.match(text, after_pos, se)
    if m:
        lo, hi = _trim_content(text, m.end(), se)
        if len(text[lo:hi].split()) >= 2:
            rec["spans"].append((lo, hi))
    return rec


# A participle of speech introducing the quote after it: ", telling Mic in an
# interview published on Monday, “".
_INTRODUCED_QUOTE = re.compile(r",\s+(?:telling|saying|adding|noting|writing|explaining|arguing)\b"
                               r"[^.;:!?“”\"]*,\s*$")


def _quote_or_sentence_start(text, ss, qs):
    """Where the content of a quote opening at ``qs`` before its cue starts:
    at the sentence start ``ss`` when words before the quote lead into it
    ('Instead, Grayson “is trying ...,” he wrote': mixed), else at the quote
    (after a colon, or a participle that introduced it: "Biden weighed in,
    telling Mic in an interview, “...,” he said")."""
    before = text[ss:qs]
    if (ss < qs and before.strip() and not before.rstrip().endswith(":")
            and not _INTRODUCED_QUOTE.search(text, ss, qs)):
        return ss
    return qs


def _post_content(text, ss, content_end, cue, src, quotes, qends, min_words=4):
    """Content that precedes its cue: the quote closing just before the cue
    (however many sentences back it opened), else the sentence up to the comma."""
    qi = _quote_ending_at(qends, quotes, content_end)
    if qi is None:
        # '“...,” the bespectacled, 75-year-old senator said': a quote closing
        # a few words before the cue, with no sentence end in between.
        i = bisect.bisect_right(qends, cue[0]) - 1
        if i >= 0 and quotes[i][1] > ss - 1 and _GAP.fullmatch(text, quotes[i][1], cue[0]):
            qi = i
            if _last_inside(text, *quotes[i]) in ",?!—–-" or content_end <= quotes[i][1]:
                content_end = quotes[i][1]
            # else: a partial quote in running text, '... an “expedited review”
            # of the system, she said': the content runs on to the comma.
    if src:
        src = _repair_source(text, src)
    if qi is not None and quotes[qi][0] < content_end:
        lo, hi = _quote_or_sentence_start(text, ss, quotes[qi][0]), max(quotes[qi][1], content_end)
        min_words = 1
    else:
        lo, hi = ss, content_end
        if src and text[src[0]:src[1]].lower() in ("who", "which", "that"):
            return None  # a relative clause: its content follows the cue
        if _ADVERBIAL_OPENER.match(text, lo, hi) and "," not in text[lo:hi]:
            return None  # "In an interview on Monday, Trump responded": no content
    lo, hi = _strip_span(text, lo, hi, " \t\n,;:")
    if len(text[lo:hi].split()) < min_words:
        return None
    return {"rule": "post_clause", "spans": [(lo, hi)], "cue": cue, "source": src}

"""The rules for one cue: content before it (quotes, inverted order), after it
(reported speech, colons), or around "according to"."""

from __future__ import annotations

import bisect
import re

from analysis.attribution.lexicon import (
    _CONTRACTED_PRONOUN,
    _DAY_AFTER_CUE,
    _TOLD_WHOM,
    _NAME_OR_PRONOUN,
    _AUX,
    _AND_BEFORE,
    _CLAUSE_BREAK,
    _CLAUSE_WORDS,
    _PROPER_NAME,
    _QUOTE_MARK,
    _RELATIVE_START,
    _LAST_WHO,
    _VERB_NEXT,
    _WEEKDAY,
    _GAP_STOP,
    _TOKEN,
    _ADVERBIAL_OPENER,
    _OPENING_ADVERBIAL,
    _AMBIGUOUS,
    _CLAUSE_NEXT,
    _CONTENT_LEAD,
    _CONTENT_STOP,
    _COORDINATED,
    _DET_OR_BE,
    _IDIOM_BEFORE,
    _GAP,
    _GAP_SOURCE,
    _NEXT_CLAUSE_CUE,
    _NEXT_CLAUSE_VERBS,
    _NP_START,
    _OBJECT_CUES,
    _OBJECT_ONLY,
    _OPENERS,
    _PARENTHETICAL_END,
    _NOT_CUE_AFTER,
    _PARTICIPLE_PHRASES,
    _PARTICIPLES,
    _PREV_WORD,
    _THAT_SAID,
    _CLAUSE_OPENERS,
    _CONTINUE,
    _CRIES,
    _ADVERBIAL_OPENERS,
    _FIND,
    _FOUNDED_BY,
    _MAINTAIN,
    _NAME_AFTER_RELATIVE,
    _NEXT_WORD,
    _NOT_CUE_BEFORE,
    _NP_AFTER_THAT,
    _PRONOUNS,
    _QUOTE_NEXT,
    _REFLEXIVES,
    _REPORTING,
    _SEP_END,
    _SEP_SOURCE,
    _SOURCE_END,
    _SPACES,
    _TAIL_START,
    _TAIL_STOP,
    _THAT,
    _SPEECH_SET,
    _THOUGHT_SET,
    _TO_QUOTE,
    _WEAK_POST_ONLY,
)
from analysis.attribution.phrases import (
    _is_tail,
    _last_inside,
    _quote_at,
    _quote_ending_at,
    _short_tail,
    _source_after,
    _strip_span,
    _subject,
    _thought_ok,
    _trim_content,
    _unspoken_cry,
)
from analysis.attribution.quotes import _inside_quote
from analysis.attribution.source_before import _np_before, _np_like, _source_before
from analysis.role_words import _FUNCTION


# Cues whose next noun phrase is the one addressed, never the speaker: "...,
# his top aide, Tad Devine, told The Huffington Post" (no inverted "..., told X").
_ADDRESSED = frozenset({"told", "tells"})
# Nothing after such a cue but the one addressed: "told The Huffington Post."
_ADDRESSEE_ONLY = re.compile(r"\s*(?:(?:the|The)\s+)?(?:reporters|him|her|me|us|them|"
                             r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
                             r"(?:\s+(?:on|in|last|this)\s+\w+)?\s*[.!]?\s*")


# A past tense inside a noun cue's source: "She [issued] a detailed statement".
_PAST_VERB = re.compile(r"(?<=\s)(?<!ly\s)(?!(?:need|feed|speed|seed|bred|red|led|shed)\b)[a-z]{2,}ed"
                        r"(?=\s+(?:a|an|the|his|her|its|their|our|my)\b|$)")

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


# The subject of a cue word that closes its sentence after a comma, if the word
# is a verb there: a name or a determiner's noun phrase, no owner's noun
# ("..., Deloitte believes.", "..., the firm claims."; not "... rejected
# Clinton's claims.", "... jumped on Kaine's remarks.").
_CLOSING_SUBJECT = re.compile(r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
                              r"|(?:the|The|many|Many|some|Some|most|Most)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


_IRREGULAR_PARTICIPLES = frozenset("told said thought known seen shown written taught sought heard "
                                   "found held".split())
# A form of "be" and an adverb before a participle cue: the cue is a passive.
_BE_THEN_ADVERB = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:now|also|still|widely|"
                             r"generally|often|long|largely|commonly|previously|already|"
                             r"not|never)\s+$")


# "run counter to": an idiom, no reply.
_RUN_BEFORE = re.compile(r"\b(?i:run|runs|ran|running)\s+$")


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


def _analyse(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends):
    """One attribution for the cue match ``m`` (its group ``cue``) in the
    sentence ``text[ss:se]``, or None: a dict with ``rule`` (which rule fired,
    used to rank candidates), ``spans`` (content parts), ``cue`` and ``source``
    (``(start, end)`` or None).
    """
    rec = _analyse_cue(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends)
    cs = m.start("cue")
    low = m.group("cue").lower()
    if (rec is not None and rec["source"] and rec["source"][1] <= cs
            and (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES)
            and _BE_THEN_ADVERB.search(text, max(ss, cs - 40), cs)):
        # a passive: "Yellen is widely expected to lay the groundwork", "Cruz
        # was also endorsed": no one named expects or endorses (not "is now talking")
        rec["source"] = None
    return rec


def _analyse_cue(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends):
    """:func:`_analyse` but for passives."""
    cs, ce = m.span("cue")
    word = m.group("cue")
    b0 = max(ss, cs - 200)  # bounded look-back keeps the '$'-anchored searches cheap
    before = text[b0:cs]
    after = text[ce:se]
    if m.group("acc"):
        return _according_to(text, m, ss, se, quotes, qends)
    low = word.lower()
    if text.startswith(" by ", ce):
        return None  # passive: "a measure opposed by unions"
    if low == "said" and text.startswith(",", ce) and _THAT_SAID.fullmatch(text, ss, cs):
        return None  # "That said, Cruz cannot ...": a connective, no one speaks
    if low in _NOT_CUE_BEFORE:
        nxt = _NEXT_WORD.match(text, ce)
        if (nxt and nxt.group(1) in _NOT_CUE_BEFORE[low]
                and not (nxt.group(1) in ("to", "from") and _QUOTE_MARK.search(text, ss, se))):
            # "who showed up in Portland", "pledged delegates": no cue (but in a
            # sentence quoting someone, '"...," Trump added to People.' reports)
            return None
    if _reports_nothing(text, low, ce):
        return None  # "will continue to invest billions", "Rust Belt states that have suffered"
    window = text[max(ss, cs - 20):cs]
    # (the word holds no space: searched from the last one before it)
    prev = _PREV_WORD.search(window, window.rfind(" ", 0, len(window.rstrip())) + 1)
    if prev and prev.group(1).lower() in _DET_OR_BE:
        return None  # "the stated goal", "is considered", "his remarks"
    if prev and prev.group(1).lower() in _IDIOM_BEFORE.get(low, ()) and text.startswith(",", ce):
        return None  # "All told, up to 5 million people could be eligible"
    if prev and prev.group(1).lower() in _NOT_CUE_AFTER.get(low, ()):
        return None  # "The so called “Implementation Initiative”"
    if _SO_BEFORE.search(window):
        return None  # "an attack so politically charged that": a result clause, no one speaks

    # 1) Content before the cue: "“...,” he said." / "..., said Bondarev."
    tail_stop = _TAIL_STOP.search(text, ce, se)
    if tail_stop:
        after = text[ce:tail_stop.start()]  # "told CBS, saying that ...": the tail ends here
    # '“A,” he said, “B.”': the quote goes on after the cue (joined below).
    tail_ok = _is_tail(after, low)
    split_quote = _QUOTE_NEXT.match(after) is not None
    # (a comma inside a closing quote counts: 'on “Morning Joe,” calling')
    after_comma = _COMMA_BEFORE.search(before) is not None
    participle = low in _PARTICIPLES or (low in _PARTICIPLE_PHRASES and after_comma)
    if not participle:
        # 1a) A quote closing just before the cue; its source, if any, between.
        i = bisect.bisect_right(qends, cs) - 1
        if i >= 0 and cs - quotes[i][1] <= 120 and low not in _OBJECT_ONLY:
            qs, qe = quotes[i]
            gap = _GAP_SOURCE.fullmatch(text, qe, cs)
            if gap and "\n" not in gap.group("lead") and (
                    _last_inside(text, qs, qe) in ",?!—–-" or "," in gap.group("lead")) and (
                    gap.start(2) == gap.end(2) or _NP_START.match(text, gap.start(2))
                    or _gap_word_ok(text, gap.start(2))):
                s0, s1 = _strip_span(text, gap.start(2), gap.end(2), " \t\n,;:—–-")
                src = (s0, s1) if s1 > s0 else _source_after(text, ce, se)
                if s1 > s0 and not _np_like(text[s0:s1]):
                    src = None  # '“...,” he could not refuse ... Trump's calls for'
                elif tail_ok or split_quote or (s1 <= s0 and src) or _short_tail(after):
                    lo = qs
                    if ss < qs and text[ss:qs].strip() and not text[ss:qs].rstrip().endswith(":"):
                        lo = ss  # 'Instead, Grayson “is trying ...,” he wrote': mixed
                    return {"rule": "post_quote", "spans": [_strip_span(text, lo, qe, " \t\n,;:")],
                            "cue": (cs, ce), "source": src}
        # 1b) No quote: "..., said Bondarev." / "..., a Kremlin official said."
        # (searched from where a match can start: its separator closes the
        # text but for quote marks and spaces)
        sep = _SEP_END.search(before, max(0, len(before.rstrip(_QUOTES_AND_SPACES)) - 3))
        if (sep and low in _REPORTING and low not in _ADDRESSED
                and not _name_with_appositive(text, ss, b0 + sep.start())):
            src = _source_after(text, ce, se)
            # The source must close the sentence (or open an appositive):
            # "..., said Bondarev." / "..., said Bondarev, a former diplomat."
            if src and _SOURCE_END.match(text, src[1], se):
                resumes = _PARENTHETICAL_END.match(text, src[1], se) is not None
                rec = _post_content(text, ss, b0 + sep.start(), (cs, ce), src, quotes, qends,
                                    min_words=1 if resumes else 4)
                if rec is not None:
                    # "The problem, said Bondarev, is the deeper conflict": the
                    # content resumes after the parenthetical.
                    return _resume(text, rec, src[1], se)
        # (a match holds no comma but its first character: searched from the last)
        sep_src = _SEP_SOURCE.search(before, max(0, before.rfind(",")))
        if sep_src is None and low in _ADDRESSED and _ADDRESSEE_ONLY.fullmatch(after):
            # "..., his top aide, Tad Devine, told The Huffington Post": the
            # name set off by commas before "told" is its subject
            sep_src = _SEP_SOURCE.search(before.rstrip(" ,"))
        limit = 16 if low in _REPORTING else 9
        parenthetical = low in _REPORTING and _PARENTHETICAL_END.match(after)
        ends_sentence = not after.strip(" .!?\"”’'")  # (nothing but the full stop after the cue)
        # a cue closing its sentence is a verb, and a thought reported as
        # speech is: "..., Deloitte believes.", "..., the firm claims."
        closing = (ends_sentence and sep_src is not None
                   and _CLOSING_SUBJECT.fullmatch(sep_src.group(1)) is not None)
        if (sep_src and (tail_ok or parenthetical) and len(sep_src.group(1).split()) <= limit
                and not _CONJUNCTION_FIRST.match(sep_src.group(1))  # ("..., but the campaign refused")
                and (low not in _AMBIGUOUS or closing or _DOCUMENT_SUBJECT.search(sep_src.group(1)))
                and (low not in _THOUGHT_SET or closing)):
            src = _np_before(text, b0 + sep_src.start(1), cs)
            if src is not None:
                lo = src[0]
                # "a government official, a current diplomat and a Kremlin insider told"
                if " and " in text[src[0]:src[1]]:
                    while True:
                        chunk = _COORDINATED.search(text, max(ss, lo - 60), lo)
                        if not chunk:
                            break
                        lo = chunk.start(1)
                    src = (lo, src[1])
                content_end = lo
                k = content_end
                while k > ss and text[k - 1] in " ,—–-":
                    k -= 1
                if text.startswith(" as", k - 3) and k - 3 > ss and text[k - 4] in ", ":
                    # "..., as The New York Times reported": the "as" is no content
                    k -= 3
                    while k > ss and text[k - 1] in " ,—–-":
                        k -= 1
                if low not in _REPORTING and _SAID_CLAUSE.search(text, ss, k):
                    # "people close to him said, the mere mention of her name":
                    # what comes before is an attribution of its own
                    return None
                # (a short clause when the cue closes the sentence: "It was
                # wrong, he said."; not "Through a spokeswoman, Trump declined",
                # nor an adverbial: "Then, last week, Eric Trump called.")
                short_ok = ends_sentence and not _OPENING_ADVERBIAL.match(text, ss, k)
                rec = _post_content(text, ss, k, (cs, ce), src, quotes, qends,
                                    min_words=1 if parenthetical else 3 if short_ok else 4)
                if rec is not None:
                    return _resume(text, rec, ce, se) if parenthetical else rec
                # no content before the cue after all: try the content after it

    # 2) Content after the cue: "Chesnakov said (that) ...", "he said: “...”".
    if low in _WEAK_POST_ONLY and not _QUOTE_NEXT.match(text, ce, se):
        return None
    inherit = False
    absolute = (_WITH_ABSOLUTE.search(text, max(ss, cs - 100), cs)
                if participle and not after_comma else None)
    if absolute:
        # "..., with Republican Senator John McCain telling reporters ...": the
        # participle's own subject speaks (a new source, not the sentence's),
        # without an adverb before the participle ("with Tony Blair hastily adding")
        adverb = _TRAILING_ADVERB.search(text, *absolute.span(1))
        src = (absolute.start(1), adverb.start() if adverb and adverb.start() > absolute.start(1)
               else absolute.end(1))
    elif participle:
        # ", saying that ..." / ", adding ...": the source is the clause's subject.
        if not after_comma:
            return None
        src = _subject(text, ss, cs)
        # "Trump pivoted to trade, but Wallace brought him back ..., asking":
        # the subject of the last main clause before the participle
        for br in reversed(list(_NEXT_MAIN_CLAUSE.finditer(text, ss, cs))):
            sub = _subject(text, br.end(), cs)
            if (sub and _VERB_NEXT.match(text, sub[1])
                    and not _inside_quote(br.start(), quotes, qstarts)):
                src = sub
                break
        inherit = True
    else:
        src = _source_before(text, ss, cs)
        near = text[max(ss, cs - 40):cs]
        coord = (_AND_BEFORE.search(text, max(ss, cs - 40), cs)
                 if " and" in near or " but" in near or " And" in near or " But" in near else None)
        if coord:
            # A second verb sharing its subject: "hours after the Russian
            # leader ignored the call and instead proposed ...": the subject of
            # the first verb's clause speaks ("the Russian leader"); with no
            # subject in that clause ("..., furrowed his brow and said"), the
            # sentence's subject does.
            starts = [br.end() for br in _CLAUSE_BREAK.finditer(text, ss, coord.start())
                      if text[br.start()] not in "“”\"'"]  # not 'called it “crazy” and said'
            rel = _RELATIVE_START.match(text, starts[-1], coord.start()) if starts else None
            who = None if rel else _LAST_WHO.search(text, starts[-1] if starts else ss, coord.start())
            if rel:  # "Terris, who saw the incident and described it": "who"
                src = rel.span(1)
            elif who:  # "many who have made commitments but don't want to": "who"
                src = who.span(1)
            else:
                # The nearest clause whose first noun phrase is followed by a
                # verb: "after the Russian leader ignored ...", not "both Trump
                # and Clinton “crazy”".
                for clause in reversed(starts):
                    sub = _subject(text, clause, coord.start())
                    if sub and _VERB_NEXT.match(text, sub[1]):
                        src = sub
                        break
                else:
                    src = _subject(text, ss, cs) or src
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
                                      # "Fox News reports:" closing its paragraph
                                      or src and text[ce:se].strip() == ":" and text[src[0]].isupper()):
            return None  # "a report" / "his comments", not "he reports that"
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
    c_hi = se
    # (_TAIL_STOP holds _CONTENT_STOP's patterns: none matches before its match)
    stop = _CONTENT_STOP.search(text, max(c_lo, tail_stop.start()), se) if tail_stop else None
    if stop:
        c_hi = stop.start()  # ", adding ..." is an attribution of its own
    content = text[c_lo:c_hi]
    # (only content holding one of its verbs is searched)
    nxt = (_NEXT_CLAUSE_CUE.search(text, c_lo, c_hi)
           if any(verb in content for verb in _NEXT_CLAUSE_VERBS) else None)
    if nxt and nxt.start() > c_lo + 10:
        c_hi = nxt.start()  # "... and Clinton said, “...”": the next attribution
    if c_lo >= c_hi:
        # "He said:" closing a paragraph: the content is the next paragraph.
        if text[ce:se].strip() == ":" and sent_line[si] + 1 < len(lines):
            nls, nle = lines[sent_line[si] + 1]
            qi = _quote_at(qstarts, quotes, nls, nls + 1)
            c_lo, c_hi = nls, (quotes[qi][1] if qi is not None else nle)
            cue_end = ce + 1
        else:
            return None
    else:
        # A quote opened inside the content may run on past the sentence end.
        qi = _quote_at(qstarts, quotes, c_lo, c_hi)
        while qi is not None and quotes[qi][0] < c_hi:
            c_hi = max(c_hi, quotes[qi][1])
            qi += 1
            if qi >= len(quotes):
                break
    if src and (_SET_OFF_RELATIVE.search(text, max(ss, src[0] - 12), src[0])
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
    if src and text[src[0]:src[1]] == "Having":
        # "Having announced that he would not send me to prison, Judge Berman
        # proceeded": the content ends at the comma; the main clause's subject speaks
        comma = text.find(",", c_lo, c_hi)
        subject = _subject(text, comma + 1, se) if comma > c_lo else None
        if subject is None:
            return None
        src, c_hi = subject, comma
    c_lo, c_hi = _trim_content(text, c_lo, c_hi)
    if len(text[c_lo:c_hi].split(None, 1)) < (1 if text.startswith(_OPENERS, c_lo) else 2):
        return None
    if low in _THOUGHT_SET and not _thought_ok(text, ce, c_lo):
        return None
    if low.startswith("threaten") and not text.startswith(_THREAT_NEXT, c_lo):
        return None  # a threat to do something, not "Islamaphobia threatens national security"
    if low.startswith(("writ", "wrote")) and text.startswith("for ", c_lo):
        return None  # "who writes (wrote) for FiveThirtyEight": an employer, no content
    rule = "pre_quote" if text.startswith(_OPENERS, c_lo) else "pre"
    if src:
        if text[src[0]:src[1]].lower() in _TIME_ONLY and not participle:
            return None  # "Wednesday added one more development": a day does not speak
        src = _repair_source(text, src)
        if src is None:
            return None
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
    return {"rule": rule, "spans": [(c_lo, c_hi)], "cue": (cs, cue_end), "source": src,
            "inherit": inherit}


# A comma (or dash) closing the text before a cue, inside a closing quote or not.
_COMMA_BEFORE = re.compile(r"[,—–](?:[”\"’]|'')?\s*$")
# (not after a participle: "a report issued earlier this year", "emails
# released this week" are kept whole, as PolNeAR marks them)
_TRAILING_TIME = re.compile(
    r"(?<!ed)(?<!earlier)(?<!later)\s+"
    rf"(?:on\s+{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    r"|(?:(?:late|early)\s+)?(?:last|this)\s+(?:week|month|year|night)|yesterday|today)$")
# A subordinating conjunction opening a source span: "Though executives ... say".
_SUBORDINATOR_LEAD = re.compile(r"(?:Though|Although|While|Whereas|Because|Unless)\s+")
# A subject pronoun closing a longer span, not after "and" or "of" ("A few
# minutes later they", "By Sunday afternoon she"; not "Trump and he").
_PRONOUN_CLOSING = re.compile(r"(?<!\band)(?<!\bor)(?<!\bof)(?<!\bthan)\s(he|she|they|we|I)$")
# An owner and a superlative of a noun cue: "The Cleveland police's biggest
# (worry)", "Trump's own (words)" (not "Clinton's campaign": a source of its own).
_OWNER_THEN_ADJECTIVES = re.compile(r"(.+?)['’]s?\s+(?:[a-z]+est|own)")
# A main clause after the first: ", but Wallace brought ...", "; he ...".
_NEXT_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:but|and|yet)|;)\s+")
# What may follow the separator that _SEP_END finds.
_QUOTES_AND_SPACES = "\"”'’" + _SPACES
# "said", "says", "told" outside a quote (no closing quote mark after it).
_SAID_CLAUSE = re.compile(r"\b(?:said|says|told)\b(?![^“”\"]*[”\"])")
# Words opening an adverbial that a cue's "source" may wrongly start with.
_ADVERBIAL_SOURCE = {"when", "whenever", "in", "by", "after", "amid", "despite", "on", "whether",
                     "alongside", "during"}
# Words closing a "source" before a clause with no subject ("told MSNBC when [asked]").
_REDUCED_CLAUSE = {"when", "while", "after", "before", "if", "unless", "once", "until"}


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
# A possessive closing a source: "Trump’s", "Sanders’".
_POSSESSIVE_END = re.compile(r"['’]s?$")
# An outer cue's verb opening a source found after it: "said Gates [described]".
_SAID_LEAD = re.compile(r"(?:said|says|told)\s+")
# A main clause of its own after the comma: its subject reports nothing before it.
_CONJUNCTION_FIRST = re.compile(r"(?:but|and|yet|so|or)\s")
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


def _name_with_appositive(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` a name with an appositive and no verb ("Sen. Marco
    Rubio, R-Fla." / "Alexander Gabuev, director of the Carnegie Center")? Then
    it is the source of the cue after it, not content of an inverted "..., said X"."""
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


# A document closing the sentence as the subject of "show", "estimate" ...:
# "..., records show.", "..., the latest polls show." (the verb, not the noun "show").
_DOCUMENT_SUBJECT = re.compile(r"\b(?:records|polls?|data|figures|documents|numbers|surveys?|studies|"
                               r"study|reports?|estimates|statistics|results|filings|emails|polling|"
                               r"research|analysis|census)$", re.I)


# A clause of its own between a cue and "that": "tweeted after Clinton argued for ...".
_INNER_CLAUSE = re.compile(r"\b(?:after|before|when|as|while|because|since)\s+"
                           r"(?:[A-Z][\w.'’-]*\s+){1,3}([a-z]+)\b")

_TIME_ONLY = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight tomorrow""".split())


def _repair_source(text: str, src):
    """A source that does not start like a noun phrase ("when he", "as The
    Moscow Times") is cut to its last name or pronoun; with neither, and a
    preposition or conjunction first ("in a debate that"), there is none. A
    time closing it is no part of it ("The Trump campaign on Tuesday")."""
    time = _TRAILING_TIME.search(text, src[0], src[1])
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
    contracted = _CONTRACTED_PRONOUN.fullmatch(text, src[0], src[1])
    if contracted:
        return contracted.span(1)  # "he’s predicted big wins": he (not "’s", has)
    if text.startswith(("Let me", "Let us", "let me", "let us"), src[0]) and src[1] - src[0] == 6:
        return (src[0] + 4, src[1])  # "Let me just say that ...": "me" says it
    closing = _PRONOUN_CLOSING.search(text, src[0], src[1])
    if closing and closing.start(1) > src[0]:
        return closing.span(1)  # "A few minutes later they reversed": they
    owner = _OWNER_THEN_ADJECTIVES.fullmatch(text, src[0], src[1])
    if owner:
        return owner.span(1)  # "The Cleveland police's biggest worry": the police
    if _NP_START.match(text, src[0]) or _gap_word_ok(text, src[0]):
        return src
    names = list(_NAME_OR_PRONOUN.finditer(text, src[0], src[1]))
    if names:
        return names[-1].span()
    if text[src[0]:src[1]].split()[0].lower() in _GAP_STOP:
        return None
    return src


def _resume(text: str, rec, after_pos: int, se: int):
    """Add the rest of the sentence after a parenthetical cue as a second part."""
    if rec is None:
        return None
    m = _PARENTHETICAL_END.match(text, after_pos, se)
    if m:
        lo, hi = _trim_content(text, m.end(), se)
        if len(text[lo:hi].split()) >= 2:
            rec["spans"].append((lo, hi))
    return rec


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
        lo, hi = quotes[qi][0], max(quotes[qi][1], content_end)
        # "Instead, Grayson “is trying ...,” he wrote": mixed, from the sentence start.
        if ss < lo and text[ss:lo].strip() and not text[ss:lo].rstrip().endswith(":"):
            lo = ss
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


def _according_to(text, m, ss, se, quotes, qends):
    cs, ce = m.span("cue")
    before = text[ss:cs]
    if not before.strip():
        # "According to SRC, CONTENT."
        comma = text.find(",", ce, se)
        if comma < 0:
            return None
        src = _strip_span(text, ce, comma)
        lo, hi = _trim_content(text, comma + 1, se)
        qi = _quote_at([q[0] for q in quotes], quotes, lo, lo + 1)
        if qi is not None:
            hi = max(hi, quotes[qi][1])
    else:
        # "CONTENT, according to SRC."
        src = _source_after(text, ce, se)
        sep = re.search(r"[,—–(]?\s*$", before)
        return _post_content(text, ss, ss + sep.start(), (cs, ce), src, quotes, qends)
    if len(text[lo:hi].split()) < 2 or src[1] <= src[0]:
        return None
    return {"rule": "according", "spans": [(lo, hi)], "cue": (cs, ce), "source": src}

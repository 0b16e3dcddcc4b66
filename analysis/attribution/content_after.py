"""Step 2 of the rules for one cue (:mod:`~analysis.attribution.reported`):
the content after the cue, as reported speech ("Chesnakov said (that)
..."), a quote ('he said: “...”') or the paragraph after a colon. First the
cue's source before it, a participle's (", saying ...") or a verb's
(:mod:`~analysis.attribution.cue_source`); then the content and the
source's last repairs (:func:`_content_after_cue`)."""

from __future__ import annotations

import re

from analysis.attribution.content_before import _repair_source
from analysis.attribution.cue_source import _TRAILING_ADVERB
from analysis.attribution.lexicon import (
    _AMBIGUOUS,
    _AUX,
    _CONTENT_LEAD,
    _CONTENT_STOP,
    _COORDINATED_CUE,
    _DAY_AFTER_CUE,
    _NEXT_CLAUSE_CUE,
    _NEXT_CLAUSE_VERB_ANYWHERE,
    _OBJECT_CUES,
    _OPENERS,
    _PRONOUNS,
    _PROPER_NAME,
    _SPOKEN_PARTICIPLE_WORDS,
    _TAIL_START,
    _THAT,
    _TO_QUOTE,
    _TOKEN,
    _TOLD_WHOM,
    _VERB_NEXT,
)
from analysis.attribution.phrases import (
    _clause_subject,
    _is_tail,
    _quote_at,
    _strip_span,
    _subject,
    _thought_ok,
    _trim_content,
)
from analysis.attribution.quotes import _inside_quote
from analysis.attribution.verbs import _SPEECH_SET, _THOUGHT_SET
from analysis.role_words import _FUNCTION

# A past tense inside a noun cue's source: "She [issued] a detailed statement".
_PAST_VERB = re.compile(r"(?<=\s)(?<!ly\s)(?!(?:need|feed|speed|seed|bred|red|led|shed)\b)[a-z]{2,}ed"
                        r"(?=\s+(?:a|an|the|his|her|its|their|our|my)\b|$)")
# What a threat goes on with: "threatened to sue", "threatened not to show up".
_THREAT_NEXT = ("to ", "not to ", "that ", "“", "\"")
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

_TIME_ONLY = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight tomorrow""".split())


def _content_after_cue(text, low, ss, se, cs, ce, src, inherit, participle, tail_stop,
                       si, sent_line, lines, quotes, qstarts):
    """Step 2: the record ("pre", or "pre_quote" when a quote opens it) of
    the content after the cue, with the source ``src`` found before the cue
    (or None) repaired; None when the cue makes no attribution."""
    start = _content_start(text, low, se, ce, quotes, qstarts)
    if start is None:
        return None
    c_lo, cue_end = start
    c_hi = _content_end(text, low, se, c_lo, tail_stop)
    # (a content a second cue of the same subject ends may be one word:
    # "Sanders claimed momentum and argued he is ...")
    words = 1 if (second := _before_coordinated_cue(text, low, cs, c_lo, c_hi)) < c_hi else 2
    c_hi = second
    acts = _speaker_acts(text, low, cs, src, c_lo, c_hi, quotes, qstarts) if src else None
    if acts:
        c_hi, acts_end = acts.start(), c_hi
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
    if _not_content(text, low, ce, c_lo, c_hi, words):
        return None
    rule = "pre_quote" if text.startswith(_OPENERS, c_lo) else "pre"
    if src:
        src = _repaired_source(text, low, src, participle)
        if src is None:
            return None
    rec = {"rule": rule, "spans": [(c_lo, c_hi)], "cue": (cs, cue_end), "source": src,
           "inherit": inherit}
    if acts:
        # the speaker's act, an attribution of its own: "he [renewed] that prediction"
        a_hi = _through_quotes(acts.end(), acts_end, quotes, qstarts)
        a_lo, a_hi = _trim_content(text, acts.end(), a_hi)
        if len(text[a_lo:a_hi].split(None, 1)) > 1 or text.startswith(_OPENERS, a_lo):
            rec["then"] = {"rule": "pre", "spans": [(a_lo, a_hi)], "cue": acts.span("verb"),
                           "source": acts.span("subject"), "inherit": False}
    return rec


# "to" before a verb, not before the one addressed: "refused to comment",
# not "wrote to Lynch", "said to reporters".
_INFINITIVE = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|reporters|voters)\b)[a-z]")


def _tail_only(text, low, c_lo, c_hi):
    """Whether the words ``text[c_lo:c_hi]`` after the cue are only its tail
    (at most four words: "to Lynch", "in a statement"), no infinitive
    ("to comment") and no clause ("on Monday the bill would pass")."""
    return (len(text[c_lo:c_hi].split(None, 4)) <= 4 and _is_tail(text[c_lo - 1:c_hi], low)
            and not _INFINITIVE.match(text, c_lo, c_hi))


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


def _content_end(text, low, se, c_lo, tail_stop):
    """Where the content starting at ``c_lo`` ends: at the end of the
    sentence, or before an attribution of its own (", adding ...", "... and
    Clinton said, “...”"). ``tail_stop`` is the participle ending the cue's tail."""
    c_hi = se
    # (_TAIL_STOP holds _CONTENT_STOP's patterns: none matches before its match)
    stop = _CONTENT_STOP.search(text, max(c_lo, tail_stop.start()), se) if tail_stop else None
    if stop and not (stop.group().lstrip(", \t\n").startswith(_SPOKEN_PARTICIPLE_WORDS)
                     and (_tail_only(text, low, c_lo, stop.start())
                          or len(text[stop.end():se].split(None, 2)) < 2)):
        # ", adding ..." is an attribution of its own (not one of the
        # participles that may go on the cue's: "wrote to Lynch, urging ...",
        # or with one word after it, no content of its own: "agreed, praising Rubio")
        c_hi = stop.start()
    # (only content holding one of its verbs is searched)
    nxt = (_NEXT_CLAUSE_CUE.search(text, c_lo, c_hi)
           if _NEXT_CLAUSE_VERB_ANYWHERE.search(text, c_lo, c_hi) else None)
    if nxt and nxt.start() > c_lo + 10:
        c_hi = nxt.start()  # "... and Clinton said, “...”": the next attribution
    return c_hi


_IRREGULAR_PAST = frozenset("said told wrote thought knew felt found sought took made shot hit".split())
# Simple pasts of acts without "-ed" ("he put $100 million into the fund").
_ACT_PAST = frozenset("""put made took gave sent kept held won lost ran spent met left brought led
paid sold bought built began went came saw got set cut hit told wrote""".split())
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
    if second is None:
        return c_hi
    # (a word before it will do: "endorsed Clinton, but told", "defended his
    # mother and refused to ...")
    return second.start() if second.start() > c_lo + 1 else c_hi


# A clause of the speaker's own after the content, ", and/but he" and a verb
# in the simple past: "Mr. Peck said a deal was likely, and he renewed that
# prediction last week" (his own act, told by the writer). (be, have and the
# modals, backshifted in reported speech, are not read: "said the server was
# open, and he had access to it" is all his claim.)
_SPEAKER_ACTS = re.compile(
    # (a comma or a dash after a space leads, one class: re skips ahead to it)
    r"[,—–-](?:(?<=,)|(?<=\s.)-?)\s+(?:and|but|while)\s+"
    r"(?P<subject>he|she|they|[A-Z][\w'’-]+)\s+"
    r"(?:(?:also|then|later|again|quickly|soon|once|even|never|first|eventually|finally)\s+)?"
    rf"(?P<verb>(?:[a-z]{{2,}}ed|{'|'.join(sorted(_ACT_PAST))})(?:\s+(?:out|up|off|back|down)\b)?)\b")


def _agrees(text, src, subject):
    """Whether ``subject`` ("he", "they", a name) after the content names the
    source ``src`` again: its own pronoun, its surname ("Forbes" for
    "Forbes"), "he"/"she" for a name (a title's gender must agree: "Mr. Lew"
    is no "she"), "they" for a plural noun phrase ("the analysts")."""
    phrase = text[src[0]:src[1]]
    words = phrase.split()
    if not words:
        return False
    last = words[-1].rstrip(",")
    if subject[:1].isupper():
        return subject == last and len(last) > 2
    if phrase.lower() == subject:
        return True
    if subject == "they":
        return last[:1].islower() and last.endswith("s") and not last.endswith(("'s", "’s"))
    if not last[:1].isupper() or last.lower() in _PRONOUNS:
        return False
    title = words[0].rstrip(".")
    if title in ("Mr", "Sir", "Lord"):
        return subject == "he"
    if title in ("Mrs", "Ms", "Miss", "Dame", "Lady"):
        return subject == "she"
    return True


def _speaker_acts(text, low, cs, src, c_lo, c_hi, quotes, qstarts):
    """After a cue in the past, the match of a clause closing the content
    ``c_lo:c_hi`` whose subject is the source again, with a verb in the
    simple past: "Mr. Lew stressed those worries in Beijing, and he raised
    them again at the talks" (the content ends at "Beijing"; "he raised
    them ..." is an attribution of its own), "Forbes said Hurun counted
    families, while Forbes counted only individuals"; None when there is none."""
    content = text[c_lo:c_hi]  # (the pattern is searched only where a conjunction is)
    if not (" and " in content or " but " in content or " while " in content):
        return None
    for m in _SPEAKER_ACTS.finditer(text, c_lo + 10, c_hi):
        if (_agrees(text, src, m.group("subject")) and not _inside_quote(m.start(), quotes, qstarts)
                and not _present_tense(text, low, cs)):
            return m
    return None


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


def _not_content(text, low, ce, c_lo, c_hi, words=2):
    """Whether the words ``text[c_lo:c_hi]`` after the cue are none of its
    content: fewer than ``words`` (one opening a quote), no clause after a
    verb of thought, no "to" or "that" after a threat, or an employer
    ("writes for")."""
    if len(text[c_lo:c_hi].split(None, 1)) < (1 if text.startswith(_OPENERS, c_lo) else words):
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

"""The source before a cue: the noun phrase closing the clause before it,
read back over asides, appositives and names joined by "and" ("Sen. Marco
Rubio, R-Fla., appearing on Fox News, said"; "Trump, speaking at a rally in
Wilmington, N.C., warned"), or the one filling a short span before it."""

from __future__ import annotations

import re

from analysis.attribution.lexicon import (
    _REPORTING,
    _DASH_ASIDE,
    _ADVERBIAL_CHUNK,
    _CLAUSE_WORDS,
    _ENDS_WITH_SUBJECT,
    _PAREN_END,
    _APPOSITIVE,
    _PROPER_NAME,
    _SUBORDINATORS,
    _VERBLESS_CLAUSE,
    _AUX,
    _CLAUSE_BREAK,
    _FUNCTION_WORDS,
    _LAST_TOKEN,
    _LEADING_JUNK,
    _LEADING_JUNK_NO_QUESTION,
    _LOWER_RUN,
    _LOWER_RUN_OR_COMMA,
    _NP_START,
    _OPENING_ADVERBIAL,
    _OPENING_ADVERBIAL_ANYCASE,
    _OPENING_CONJUNCTION,
    _OPENING_PARTICIPLE,
    _OPENER_CHUNK,
    _ASIDE_SEP,
    _NEW_CLAUSE,
    _REL_PRONOUN,
    _SOURCE_STOP,
    _SUBJECT_PRONOUNS,
    _TRAILING_AUX,
    _AUX_LAST,
    _AUX_LAST_ENDINGS,
    _LOWER_WORD,
    _SET_OFF_THEN_TIME,
    _VERBISH,
)
from analysis.attribution.phrases import (
    _CATENATIVES,
    _DETERMINERS,
    _is_abbreviation,
    _strip_span,
)
from analysis.attribution.subject_words import (
    _CLAUSE_STOP,
    _NOT_SUBJECT,
    _has_verb,
    _join_conjuncts,
    _led_by_person,
    _name_closing,
)
from analysis.attribution.verbs import _SPEECH_SET, _THOUGHT_SET
from analysis.names import US_STATE_NAMES
from analysis.role_words import PARENTHETICAL_CUE


def _last_token(text: str, s: int, e: int):
    """The word closing ``text[s:e]`` (a match of _LAST_TOKEN), or None."""
    # (a word holds no space: searched from the last one, not from s)
    return _LAST_TOKEN.search(text, max(s, text.rfind(" ", s, e) + 1), e)


# A relative clause whose own subject says the cue: "the Stonewall Inn, which
# [President Obama] on Friday declared", "clips ..., in which [Santilli]
# discusses": the source is that subject.
# ("which officials said": a plural of people closing the phrase, not "which helps")
_OBJECT_RELATIVE = re.compile(r"(?:(?:in|on|at|for|from|with|during)\s+)?(?:which|whom)\s+"
                              r"(?=(?:the|a|an|his|her|their|its)\s|[A-Z]"
                              r"|[a-z]+(?:ers|ors|ists|ans|ials|ics|ents|ants|ates|ees)$)")


# A person's town closing a phrase before its state: "a woman [in Worcester]".
_PLACE_CLOSING = re.compile(r"\S\s+(?:in|of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# A state closing a place named after a preposition ("in Ponte Vedra Beach,
# [Fla.]", "in California or Washington, [D.C.]", "in snowy Windham, [New
# Hampshire]"): the state's name, its abbreviation or D.C., and the place
# before it.
_STATE_ABBREVIATIONS = ("Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|"
                        "Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|"
                        "N\\.[HJMYCD]|[RSW]\\.(?:I|C|D|Va)|D\\.C")
_STATE_CLOSING = re.compile(rf"(?:{'|'.join(US_STATE_NAMES)}|(?:{_STATE_ABBREVIATIONS})\.)(?:,\s+|$)")
_PLACE_BEFORE_STATE = re.compile(r"\b(?:in|of|from|at|near|outside)\s+(?:[a-z]+\s+)?[A-Z][\w.'’-]*"
                                 r"(?:\s+(?:[A-Z][\w.'’-]*|or|and))*,\s+$")


def _dash_aside_start(body: str) -> int | None:
    """Where a dash aside closing ``body`` starts, with the white space before
    its dash (" — who is listed as an attorney —"), or None."""
    if not body.endswith(("—", "–", "-")):
        return None  # (the aside's closing dash ends every match: most bodies have none)
    m = _DASH_ASIDE.search(body)
    if m is None:
        return None
    start = m.start()
    while start and body[start - 1].isspace():  # (str.isspace is re's \s)
        start -= 1
    return start


_SET_OFF_REACH = 400  # characters from a sentence's start to its cue, for _set_off_subject


# A name, then a "who" clause set off by commas, right before the cue's verb
# (searched up to the end of the source found inside that clause).
_NAME_WHO_ASIDE = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    # (or an appositive holding it: "Parker Eaton, a nominal Republican who
    # voted for JFK and Bill Clinton, said")
    r",\s+(?:(?:an?|the)\s[a-z][^,;:—–()]{0,60}\s)?who\s[^,;:—–()]{1,160},\s*$")


# A "who" set off after its antecedent, then an adverbial phrase of time, of
# place or of means before the cue: "Curiel, who through his office declined
# to comment", "Cruz, who last year threatened to shut down the government",
# "Sanders, who for weeks had argued that": "who" speaks, as right before a
# cue (a phrase of one or two words, or two with "in", "of", "at" or "on"
# between; not "Obama, who in 2008 ran for president, said").
_WHO_THEN_ADVERBIAL = re.compile(
    r",\s+(who|which)\s+(?:(?:last|this|next|earlier)\s+(?:week|month|year|night|spring|summer|fall|"
    r"autumn|winter)|(?:on|in|at|for|through|during|like|with|over|via|by)\s+"
    r"(?:(?:the|a|an|his|her|their|its|our|many|some)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?"
    r"(?:\s+(?:in|of|at|on)\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?[\w’'.-]+)?)\s*$")


def _source_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a cue, within its clause; not one inside a
    "who" clause set off by commas after a name ("Mr Blair, who has described
    Africa as a “scar” on the world's conscience, has already said": Mr Blair)."""
    src = _noun_phrase_before(text, lo, cue_start)
    if src and " who " in text[max(lo, src[0] - 170):src[0]]:
        aside = _NAME_WHO_ASIDE.search(text, max(lo, cue_start - 200), src[1] + 2)
        if aside and aside.end(1) < src[0]:
            return aside.span(1)
    return _contact_relative_subject(text, _subject_after_that(text, src)) if src else src


# A noun phrase whose head, a thing, is followed with no "that" by a clause's
# own subject opened by a determiner or a possessive: "an arrangement [the
# Sanders campaign] has criticized", "a probe [the agency] said was ongoing",
# "the message [Clinton's forces] expect". (Lower-case words only up to that
# subject: not "the civil rights organization the Anti-Defamation League".)
_CONTACT_RELATIVE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w’'-]*\s+){0,3}([a-z][\w’'-]*)\s+"
    r"(?=(?:[Tt]he|these|those|his|her|their|its|our)\s+\S|[A-Z][\w.-]*['’]s\s+[a-z])")
# Words that cannot head the phrase before such a subject ("A walk through their").
_NOT_HEADS = frozenset("through across over into about against among between without "
                       "within under after before during like via toward towards upon".split())


def _contact_relative_subject(text: str, src: tuple[int, int]) -> tuple[int, int]:
    """``src`` cut to the subject of a relative clause without "that" inside
    it, which says the cue ("an arrangement the Sanders campaign has
    criticized": the Sanders campaign). Kept whole when the word before that
    subject is a preposition, a verb or a participle ("An early tweet
    quoted the president", "a doctor treating the Belgian feared"), or a
    verb follows it."""
    s, e = src
    m = _CONTACT_RELATIVE.match(text, s, e)
    head = m and m.group(1).lower()
    if (not m or head in _FUNCTION_WORDS or head in _NOT_HEADS or head.endswith(("ed", "ing"))
            or _has_verb(text[s:m.end()].split())):
        return src  # "An early tweet quoted the president", "a doctor treating the"
    words = text[m.end():e].split()
    if len(words) > 6 or _has_verb(words):
        return src
    return m.end(), e


# "that" opening the clause whose subject says the cue: then a determiner, a
# name or a plural noun ("a deadline that [several GOP insiders] said"; not
# the demonstrative of "that night", "that analysis", nor "that fund").
_THAT_THEN_SUBJECT = re.compile(
    r"\sthat\s+(?=(?:the|a|an|his|her|their|its|our|some|several|many|most|"
    r"few|about|more|significant)\b|[A-Z]|[a-z]+[^siu\W'’]s\b)")


# Participles of verbs of speech the lexicon lists in other forms only.
_SPOKEN_PARTICIPLES = frozenset("shown written known".split())


def _subject_after_that(text: str, src: tuple[int, int]) -> tuple[int, int]:
    """``src`` cut to the subject after a "that" inside it: the words before
    are the head of an object relative clause or the word a clause of result
    or comment follows, and the clause's own subject says the cue ("a
    deadline that [several GOP insiders] said went unnoticed", "so odd that
    [a spokesman for Sanders] could only quip"). Kept whole when a verb
    follows the "that" ("groups that have endorsed him say", "the chairs
    that POLITICO interviewed predicted": the group speaks), or when a verb
    of speech before it reports the clause ("Westmacott said that Obama")."""
    s, e = src
    if text.find(" that ", s, e) < 0:
        return src  # (most sources hold none)
    last = None
    for last in _THAT_THEN_SUBJECT.finditer(text, s, e):
        pass
    if last is None:
        return src
    if _reports_a_clause(text[s:last.start()].lower().split()):
        # "Westmacott also said that Obama shows", "Surveys have shown that
        # the majority expect": the clause is what the verb reports
        return src
    words = text[last.end():e].split()
    if not words or len(words) > 8 or _has_verb(words) or any(
            w in _AUX or w in _REPORTING or w in ("who", "which", "that")
            or n and w.endswith("ed") and w.islower() for n, w in enumerate(words)):
        return src
    return last.end(), e


def _reports_a_clause(words: list[str]) -> bool:
    """Whether lowercased ``words`` hold a verb of speech or thought (or a
    phrase of two words: "pointed out")."""
    return any(w in _SPEECH_SET or w in _THOUGHT_SET or w in _SPOKEN_PARTICIPLES
               for w in words) or any(f"{a} {b}" in _SPEECH_SET for a, b in zip(words, words[1:]))


# The words that close every match of _SET_OFF_THEN_TIME ("on Friday", "last
# week", "today") and of _REL_PRONOUN ("who", "that's").
_TIME_LAST = ("day", "week", "month", "year", "night")
_REL_LAST = tuple(pronoun + ending for pronoun in ("who", "which", "that")
                  for ending in ("", "'ve", "'d", "'s", "’ve", "’d", "’s"))


def _noun_phrase_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a cue, within its clause."""
    sentence_lo = lo
    lo = max(lo, cue_start - 200)
    seg = text[lo:cue_start]
    stripped = seg.rstrip()
    seg_end = len(stripped)
    # (searched from the run of lowercase letters and spaces closing the
    # segment, where their matches must start, not from its start; and only
    # where the last word is one a match can close with)
    last = stripped[len(stripped.rstrip(_LOWER_WORD)):]
    m = (_TRAILING_AUX.search(seg, len(seg.rstrip(_LOWER_RUN_OR_COMMA)), seg_end)
         if last in _AUX_LAST or last.endswith(_AUX_LAST_ENDINGS) else None)
    if m:
        seg_end = m.start()
    # (these two are searched only where the segment, which ends here in no
    # space, ends in a word their matches close with: a time, a pronoun)
    time = (_SET_OFF_THEN_TIME.search(seg, max(0, seg_end - 40), seg_end)
            if seg.endswith(_TIME_LAST, 0, seg_end) else None)
    if time:
        seg_end = time.start() + 1
    rel = (_REL_PRONOUN.search(seg, len(seg.rstrip(_LOWER_RUN)), seg_end)
           if seg.endswith(_REL_LAST, 0, seg_end) else None)
    if rel:
        return lo + rel.start(1), lo + rel.end(1)
    rel = ("who " in seg[-90:] or "which " in seg[-90:]) and _WHO_THEN_ADVERBIAL.search(
        seg, max(0, seg_end - 90), seg_end)
    if rel:  # "Curiel, who through his office declined"
        return lo + rel.start(1), lo + rel.end(1)
    # (the last character first: most cues follow no aside, and this runs for each)
    tail = seg[:seg_end].rstrip()[-1:]  # (a comma: set off, below)
    # (a sentence opening up to 400 characters back: asides run long, "Talk
    # show host Glenn Beck, who since the appointment of ... nominee, on
    # Friday declared")
    lead_subject = (_set_off_subject(text, sentence_lo, lo + seg_end)
                    if tail and tail in ",—–-t" and cue_start - sentence_lo <= _SET_OFF_REACH
                    and not _REL_WORD.search(seg, seg_end) else None)
    # An appositive right before the cue: "Fallon, Clinton's spokesman, said".
    body = seg[:seg_end].rstrip(" ,")
    # "Joyce — who is listed as an attorney — told": drop the parenthetical.
    aside = _dash_aside_start(body)
    if aside:  # (not at 0: an aside opening the text is kept)
        body = body[:aside]
    # "Sen. Elizabeth Warren (D-Mass.) said": the party label is no clause.
    label = _PAREN_END.search(body) if body.endswith(")") else None
    if label and label.start() > 0:
        body = body[:label.start()]
    members = _members_listed(body)
    if members is not None:
        body = body[:members]
    set_off = tail == ","
    appositive = False
    start = 0
    # (no break ending the body: matches are non-empty and in order, so only
    # the last can end there)
    breaks = list(_CLAUSE_BREAK.finditer(body))
    if breaks and breaks[-1].end() == len(body):
        breaks.pop()
    breaks = _join_conjuncts(body, breaks)
    if (len(breaks) > 1 and set_off and body[breaks[-2].start()] == ","
            and breaks[-2].end() == breaks[-1].start()
            and ((word := body[breaks[-1].start():breaks[-1].end()].strip().lower()) in ("whose", "whom")
                 or word in _SUBORDINATORS and _VERBLESS_CLAUSE.match(body, breaks[-1].end())
                 or word in ("after", "before", "since")
                 and not _CLAUSE_WORDS.search(body, breaks[-1].end()))):
        # "Powell's office, when contacted by Reuters, said", "Sexton, after
        # previous Trump rallies, wrote": a chunk with no subject of its own
        # between commas; the noun phrase stands before it.
        body = body[:breaks[-2].start()]
        breaks = breaks[:-2]
        while breaks and breaks[-1].end() >= len(body):
            breaks.pop()
    if breaks:
        start = breaks[-1].end()
        # "Sexton, after previous Trump rallies, wrote": skip an adverbial
        # chunk between commas and take the noun phrase before it.
        relative = None if set_off else _OBJECT_RELATIVE.match(body, start)
        if relative:
            start = relative.end()
        elif (body[breaks[-1].start()] == "," and _ADVERBIAL_CHUNK.match(body, start)
                and (set_off or not _ENDS_WITH_SUBJECT.search(body))):
            # (not "..., in which he says": there the pronoun is the source)
            start = breaks[-2].end() if len(breaks) > 1 else 0
            body = body[:breaks[-1].start()]
            breaks = breaks[:-1]
            if (len(breaks) > 1 and body[breaks[-1].start()] == ","
                    and _APPOSITIVE.match(body, start)):
                # "Sen. Marco Rubio, R-Fla., appearing on Fox News, said"
                lo_name = breaks[-2].end()
                name = body[lo_name:breaks[-1].start()].strip()
                if _PROPER_NAME.fullmatch(name) and not _OPENING_ADVERBIAL.match(name + ", "):
                    start = lo_name
            elif len(breaks) == 1 and _APPOSITIVE.match(body, start):
                name = body[:breaks[0].start()].strip()
                if _PROPER_NAME.fullmatch(name) and not _OPENING_ADVERBIAL.match(name + ", "):
                    start = 0
        elif (body[breaks[-1].start()] == "," and _APPOSITIVE.match(body, start)
              and (set_off or not PARENTHETICAL_CUE.match(text, cue_start))):
            # (not a cue set in its subject's clause: "Clinton, a top aide said,
            # “is very confident”": the aide speaks of Clinton)
            # "Brian Abernathy, the city's first deputy manager, said": PolNeAR's
            # source is the name with its appositive (the name alone is often
            # all that is annotated), so the span starts at the name.
            lo_name = breaks[-2].end() if len(breaks) > 1 else 0
            name = body[lo_name:breaks[-1].start()].strip()
            if _PROPER_NAME.fullmatch(name) and not _OPENING_ADVERBIAL.match(name + ", "):
                start = lo_name
                appositive = True
        elif (body[breaks[-1].start()] == "," and body[start:start + 1].islower()
              and not _NP_START.match(body, start)
              and body[start:].split()[0].lower() not in _SUBJECT_PRONOUNS | {"who", "which", "that"}):
            # "Tester, himself up for reelection in 2018, said" / "Clinton,
            # without naming him, accused": a chunk that cannot be a noun
            # phrase; the source is the name before it (not a place's state:
            # "in Douglas, Ariz., border officials say").
            lo_name = breaks[-2].end() if len(breaks) > 1 else 0
            name = body[lo_name:breaks[-1].start()].strip()
            if _is_abbreviation(name) and len(breaks) > 2 and body[breaks[-3].end()].isupper():
                # "Tom Emanuel of Laconia, N.H., stood ... to say": the name
                # before the place
                start = breaks[-3].end()
                body = body[:breaks[-2].start()]
            elif _PROPER_NAME.fullmatch(name) and not _OPENING_ADVERBIAL.match(name + ", ") \
                    and not _is_abbreviation(name):
                start = lo_name
                body = body[:breaks[-1].start()]
        elif body[breaks[-1].start()] == "," and body[start:].strip() in US_STATE_NAMES:
            # "after a woman in Worcester, Massachusetts, told him", "Stacy
            # Baker of Columbia, South Carolina says": a state closes the
            # place of the one who speaks, who stands before it
            lo_place = breaks[-2].end() if len(breaks) > 1 else 0
            if _PLACE_CLOSING.search(body, lo_place, breaks[-1].start()):
                start = lo_place
    # (its question's lead-in tried only where "why" or "whether" is: most bodies hold neither)
    rest = body[start:].lower()
    junk = _LEADING_JUNK if "why" in rest or "whether" in rest else _LEADING_JUNK_NO_QUESTION
    lead = junk.match(body, start)
    if lead:
        start = lead.end()
    s, e = _strip_span(text, lo + start, lo + len(body), " \t\n,;:—–-\"“”'’(")
    if lead_subject and not s <= lead_subject[0] < e:
        # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
        # 2012, said": the chunks between commas are asides; the subject
        # opening the sentence speaks (not "Colorado").
        return lead_subject
    # (every state's name and abbreviation opens with a capital: most sources do not)
    state = _STATE_CLOSING.match(text, s, e) if "A" <= text[s:s + 1] <= "Z" else None
    if state and _PLACE_BEFORE_STATE.search(text, max(0, s - 80), s):
        # "a private course ... in Ponte Vedra Beach, Fla., charged", "In U.S.
        # District Court in Alexandria, Va., Lazar ... said": a state closes the
        # place named before it, no one who speaks; the source is what follows
        # it, if anything
        s = state.end()
    if e <= s:
        return None
    words = text[s:e].split()
    # A name or subject set off by an appositive may run long ("Rudolph W.
    # Giuliani, the former mayor of New York City who has become a close Trump
    # adviser,"): PolNeAR marks it whole, and its head is the name that opens it.
    set_off = appositive or lead_subject is not None and lead_subject[0] == s
    # "A report about the integration of immigrants issued over the summer by
    # the OECD found": a determiner (or a share: "Some 20 percent of people in
    # a recent CNN/ORC poll") opens the phrase and no verb of its own follows,
    # so the head is its first noun ("A report"), kept whole.
    headed = (len(words) > 9 and words[0].lower() in _PHRASE_HEADS
              and (words[1][:1].islower() or words[-1][:1].islower())  # not "The X Director Y Z"
              and "," not in text[s:e] and not _has_verb(words))
    # (or a person or group heads it, its modifier holding a verb: see _led_by_person)
    headed = headed or (len(words) > 9 and (start > 0 or lo == sentence_lo)
                        and "," not in text[s:e] and _led_by_person(words))
    # "the" and a body's name up to eleven words is one name, kept whole ("[the
    # Science and Technology Directorate of the Department of Homeland Security]")
    named = (9 < len(words) <= 12 and words[0].lower() == "the"
             and len(_name_closing(words)) == len(words) - 1)
    if len(words) > (40 if set_off else 30 if headed else 9) and not named:
        # Too long for a source: keep the last words (the head noun phrase),
        # or the name closing it whole ("[the Center for Economic and Policy
        # Research]", not "Economic and Policy Research")
        name = _name_closing(words)
        if 4 < len(name) <= 8 and words[-len(name) - 1].lower() == "the":
            name = words[-len(name) - 1:]  # (with its article: "the Center for ...")
        keep = " ".join(name if 4 < len(name) <= 9 else words[-4:])
        s = e - len(keep)
    first = words[0].lower()
    if first in {"it's", "there", "this", "what", "how", "why", "to"}:
        return None
    if _verb_phrase(words):
        return None  # "discussed Trump’s [proposed]", "appeared on Sunday news [shows]"
    last = _last_token(text, s, e)
    if (last and last.start() > s and last.group().lower() in _CATENATIVES
            and _ON_TO.match(text, last.end())):
        # "The email goes on to say", "Trump went on to claim": the verb is no
        # part of the source
        e = text.rindex(last.group(), s, e)
        s, e = _strip_span(text, s, e)
        last = _last_token(text, s, e)
    if last and last.start() > s and last.group().lower() in ("said", "says"):
        # "“...,” Clinton said, referencing a super PAC called": the clause
        # before the participle is the subject and its "said"
        s, e = _strip_span(text, s, last.start())
        last = _last_token(text, s, e)
    if last and last.group().lower() in _SUBJECT_PRONOUNS:
        return last.span()  # "Although in September she said": the source is "she"
    if last and last.group().lower() in _FUNCTION_WORDS:
        return None  # "opposed it as a candidate, to say": not a noun phrase
    return s, e


# The members a subject lists after its head, up to the cue: ", including ...".
_INCLUDING = re.compile(r",\s+including\s(?!.*,\s+including\s)", re.S)


def _members_listed(body: str) -> int | None:
    """Where the members a group lists closing ``body`` start ("Several
    Republican leaders[, including Sens. John McCain (Ariz.) and Chuck
    Grassley (Iowa)] have since denounced": they belong to the group heading
    the subject), or None: not after a clause ("the challenges the island is
    facing, including ...") or an opening phrase ("And following the
    displays, including a rout of France, Woodward believes")."""
    members = _INCLUDING.search(body) if "including" in body else None
    if members is None:
        return None
    head, listed = body[:members.start()], body[members.end():]
    conjunction = _OPENING_CONJUNCTION.match(head)
    if (not _np_like(listed) or (_CLAUSE_STOP | _SUBJECT_PRONOUNS).intersection(listed.split())
            or _has_verb(head.split())
            or _OPENING_ADVERBIAL_ANYCASE.match(head + ", ", conjunction.end() if conjunction else 0)):
        return None
    return members.start()


# "On to" after a verb of _CATENATIVES: "goes on to say", "went on to claim".
_ON_TO = re.compile(r"\s+on\s+to\s")


_TRAILING_NEGATION = re.compile(r"\s+\w+n['’]t$")
# Words opening an aside that may hold a verb: "X, who has ..., said".
_ASIDE_OPENERS = {"who", "whose", "whom", "which", "as", "while", "when", "where", "after",
                  "before", "since", "though", "although", "if", "because"}
_REL_WORD = re.compile(r"\b(?:who|which|that)\b")


_HEAD_DETERMINERS = ("a", "an", "the", "this", "these", "one", "another")
# Shares that head a group in the same way: "Majorities of Democrats in five
# states going to the polls Tuesday say".
_SHARE_HEADS = ("majorities", "majority", "most", "many", "half", "some", "all")
_PHRASE_HEADS = frozenset(_HEAD_DETERMINERS + _SHARE_HEADS)


def _set_off_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject opening the sentence ``text[lo:hi]`` when the cue follows a
    chain of asides set off by commas or dashes ("Trump, speaking at a rally in
    Wilmington, N.C., warned"; "Mr. Slinker, whose start-up, Paradata, uses
    big data, said"), else None. ``hi`` is where the text before the cue ends
    (after any auxiliary); the subject is the first chunk, after opening
    adverbials ("In May, ..."), when it reads as a noun phrase."""
    end = len(text[lo:hi].rstrip())
    if text[lo + end - 1:lo + end] == "t":
        neg = _TRAILING_NEGATION.search(text, max(lo, lo + end - 40), lo + end)
        if neg:
            end = neg.start() - lo  # "..., wouldn’t say"
    if not text[lo:lo + end].endswith((",", "—", "–", " -", " --")):
        return None
    p = lo
    for _ in range(3):  # "In 2009, as governor of Virginia, X, ..., said"
        m = (_OPENING_ADVERBIAL.match(text, p, lo + end) or _OPENING_PARTICIPLE.match(text, p, lo + end)
             or _OPENER_CHUNK.match(text, p, lo + end))
        if not m:
            break
        p = m.end()
    sep = _ASIDE_SEP.search(text, p, lo + end)
    if sep is None or sep.end() >= lo + end:
        return None  # one chunk only: the ordinary rules handle it
    middle = text[sep.start():lo + end]
    if _NEW_CLAUSE.search(middle):
        return None  # "..., and Clinton, the nominee, said": a clause of its own
    s, e = _strip_span(text, p, sep.start(), " \t\n\"“”'’(")
    opener = _OPENING_CONJUNCTION.match(text, s, e)
    if opener:  # "And retired Gen. John Allen, who led ..., said"
        s = opener.end()
    words = text[s:e].split()
    if not words or len(words) > 10 or not _NP_START.match(text, s):
        return None
    first = words[0].lower().strip(",")
    if (first in _NOT_SUBJECT or first in _SOURCE_STOP or not text[s].isalpha()
            or first in _FUNCTION_WORDS and first not in _DETERMINERS
            or len(words) == 1 and (first.endswith("ly") or words[0].isupper() and len(first) > 2
                                    and re.search(r"\(|,\s*\d", middle))):
        return None  # "Moreover, ...", "Friday, ...", "PARIS, Aug 31 (Reuters) - ..."
    det = first in _DETERMINERS
    for n, word in enumerate(words):
        low = word.lower().strip(".,;:'’")
        if word[0].islower() and (low in _AUX or low in _VERBISH or low in _CLAUSE_STOP
                                  or low in _SUBORDINATORS  # "His comments come as X, ..."
                                  or low.endswith(("n't", "n’t"))
                                  or low.endswith("ed") and not (det and n < len(words) - 1)
                                  and not (n == 0 and low == "retired")):  # "retired Gen. X"
            return None  # "Trump visited Ohio, ..., said": a clause, not a subject
    aside_end = _ASIDE_SEP.search(text, sep.end(), lo + end)
    aside = text[sep.end():aside_end.start() if aside_end else lo + end].split()
    # (a verb after a relative word is the relative clause's: "X, a pollster
    # who is working with Y, said")
    relative = next((i for i, w in enumerate(aside) if w in ("who", "whose", "which")), len(aside))
    if aside and aside[0].lower() not in _ASIDE_OPENERS and any(
            w.islower() and w in _AUX for w in aside[:relative]):
        return None  # "Back in Indiana, bonuses are the last thing X, a Democrat, wants"
    name = _PROPER_NAME.match(text, sep.end(), lo + end)
    if name and not _OPENING_ADVERBIAL.match(text, sep.end()):
        # "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist
        # Church, said": a name in apposition, which PolNeAR marks; keep both.
        nxt = _ASIDE_SEP.search(text, name.end(), lo + end)
        return s, _strip_span(text, s, nxt.start() if nxt else lo + end)[1]
    return s, e


def _np_like(phrase: str) -> bool:
    """Could ``phrase`` be a source noun phrase (with an appositive or relative
    clause), rather than a clause of its own?"""
    words = phrase.split()
    if len(words) > 16:
        return False
    for word in words:
        low = word.lower().strip(",;")
        if low in ("who", "which", "whose", "whom", "that"):
            return True  # what follows is a relative clause: anything goes
        if word.islower() and (low in _AUX or low in _REPORTING or low.endswith(("n't", "n’t"))):
            return False  # "said he": a clause of its own
    return True


def _verb_phrase(words: list[str]) -> bool:
    """Do ``words`` open with a verb and its object or preposition ("appeared
    on Sunday news", "saying that the candidate's speech"), so no noun phrase?"""
    first = words[0]
    return (len(words) > 1 and first.islower() and first.endswith(("ed", "ing"))
            and (words[1].lower() in _VP_NEXT or words[1].endswith(("’s", "'s"))))


_VP_NEXT = {"on", "in", "at", "by", "about", "to", "that", "what", "out", "up", "the", "a", "an",
            "his", "her", "their", "its", "it", "them", "him", "new", "for", "with", "from"}


def _np_before(text: str, lo: int, hi: int):
    """A noun phrase filling ``text[lo:hi]`` before a cue, without trailing
    auxiliaries or leading conjunctions ("and officials have" -> "officials")."""
    seg = text[lo:hi]
    end = len(seg.rstrip())
    m = _TRAILING_AUX.search(seg, 0, end)
    if m:
        end = m.start()
    start = 0
    lead = _LEADING_JUNK.match(seg, 0, end)
    if lead:
        start = lead.end()
    s, e = _strip_span(text, lo + start, lo + end, " \t\n,;:—–-\"“”'’(")
    if e <= s or not _np_like(text[s:e]):
        return None
    last = _last_token(text, s, e)
    if last and last.group().lower() in _FUNCTION_WORDS:
        return None
    # "..., an arrangement [the Sanders campaign] has criticized"
    return _contact_relative_subject(text, (s, e))

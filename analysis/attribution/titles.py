"""Attributions in an article's title, its first line, which the body's
rules (wanting a sentence, a clause for content, a cue in lower case) pass
by: a report in the headline's present tense ("Obama slams GOP's 'doom and
despair' on economy") or future ("AFL-CIO to endorse Clinton"), the words
first and their source after a comma ("..., federal judge rules"), and a
colon after a name's phrase ("Clinton to Planned Parenthood: ..."). PolNeAR
marks titles as it marks the body; a bare name's colon ("Sanders: ...") is
read with the quotes, in :mod:`analysis.attribution.quotes`.
"""

from __future__ import annotations

import re

from analysis.attribution.lexicon import _EDITORIAL_LABELS, _TALLY
from analysis.attribution.phrases import _strip_span

__all__ = ["title_report"]


def title_report(text: str, found: list[dict]) -> None:
    """Add to ``found`` the first of the title's reports (a colon after a
    name's phrase, a report in the present or future, the words before
    their source) when no rule found content in the title, the text's first
    non-blank line, of at most 200 characters."""
    ls = len(text) - len(text.lstrip())
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    if le - ls > 200 or any(f["spans"][0][0] < le for f in found):
        return
    for rule in (_title_colon, _headline_report, _title_outro):
        record = rule(text, ls, le)
        if record is not None:
            found.append(record)
            return


# A title's report of speech in the headline's present tense, with a noun
# phrase for what is said, which the body's rules (wanting a clause) pass
# by: "Obama slams GOP's 'doom and despair' on economy", "Hillary Clinton
# Slams Donald Trump On Abortion", "Trump calls on Obama to resign". The
# subject before the verb speaks (after a subordinator, its clause's:
# "Voters skeptical as [Clinton] vows change"); the rest of the line is what
# it says, as PolNeAR marks titles. (Not "attacks", "questions", "hits",
# "champions", "targets", nouns as often there: "Paris attacks test ...",
# "Nomination questions are ...", "Immigration debate hits home",
# "European champions Wasps are ...".)
_HEADLINE_VERBS = (
    "slams|blasts|rips|knocks|mocks|chides|scolds|lambastes|assails|"
    "criticizes|denounces|condemns|accuses|rebukes|swipes at|takes aim at|"
    "lashes out at|hits back at|fires back at|praises|hails|lauds|touts|"
    "applauds|thanks|defends|backs|endorses|supports|urges|calls on|calls for|"
    "calls|demands|warns|vows|pledges|promises|threatens|claims|insists|"
    "admits|concedes|denies|rejects|dismisses|predicts|hints at|"
    "hints|suggests|announces|reveals|declares|blames|challenges|wants|seeks|"
    "asks|tells|shows|tweets|compares|reassures|lays out|plans|explains|"
    "rebuffs|pressures|pushes for|aims|whacks")
# The same verbs after a plural subject: "Republicans blast Obama after
# ...", "Right-wing parties threaten to jam EU's mainstream", "Sanders and
# Clinton see black votes as key".
_HEADLINE_PLURAL_VERBS = (
    "slam|blast|rip|knock|mock|chide|scold|lambaste|assail|"
    "criticize|denounce|condemn|accuse|rebuke|swipe at|take aim at|"
    "lash out at|hit back at|fire back at|praise|hail|laud|tout|"
    "applaud|thank|defend|back|endorse|support|urge|call on|call for|"
    "call|demand|warn|vow|pledge|promise|threaten|claim|insist|"
    "admit|concede|deny|reject|dismiss|predict|hint at|"
    "hint|suggest|announce|reveal|declare|blame|challenge|want|seek|"
    "ask|tell|see|say|show|tweet|compare|reassure|lay out|plan|explain|"
    "rebuff|pressure|push for|aim|whack")
_HEADLINE_REPORT = re.compile(
    r"[\"“‘']?(?P<src>[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,4}?)\s+"
    rf"(?P<cue>(?:(?P<to>[Tt]o)\s+)?(?i:{_HEADLINE_VERBS}|{_HEADLINE_PLURAL_VERBS}))\s+(?P<content>[\w\"“‘'$].*)")
# The headline's future, "to" and the base form ("AFL-CIO to endorse
# Clinton", "Rep. Welch to back Sanders for president", "Clinton to call
# for wider efforts ..."): its subject a name, each word capitalised, not
# an adjective or a noun that takes "to" ("Ready to back Clinton, Obama
# works ...", "Sanders ready to ...").
_TO_SUBJECT = re.compile(r"(?:[A-Z][\w’'.&-]*\s+)*(?!(?:Ready|Set|Poised|Due|Able|Likely|Unlikely|Expected|"
                         r"About|Willing|Eager|Free|Time|Chance|Plan|Bid|Push|Move|Effort|Way|Right|"
                         r"Need|Going|Has|Have|Had|Want|Wants)$)[A-Z][\w’'.&-]*")
# A plural subject's last word, or two subjects joined ("Gay Republicans", "Rubio and Cruz").
# (not a verb's or a pronoun's -s: "It was back to official duties")
_PLURAL_SUBJECT = re.compile(r".*(?:(?<![\w’'-])(?!(?:was|has|does|his|its|this|thus|us)$)[A-Za-z]"
                             r"[\w-]*[^\Ws’']s|\sand\s.+)$", re.S)
# A finite verb right after the would-be cue: the cue was a noun ("Sanders
# plan would raise taxes", "Trump claims are false"), no report.
_VERB_NEXT = re.compile(r"(?i:would|will|could|can|may|might|must|should|is|are|was|were|has|have|"
                        r"had|does|do|did)\b")
# A subordinator before the subject of the title's report ("Voters skeptical as").
_SUBORDINATE_BEFORE = re.compile(r"^(?:.*\s)?(?:[Aa]s|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ii]f|[Oo]nce)\s+")
# What no subject of one holds: a clause mark, a possessive determiner or a
# preposition, a participle, a verb in -s ("Republicans turning their",
# "Split on Supreme Court aids", "Cruz reboots his").
# (a word's, not a compound's part: "Right-wing parties")
_NO_SUBJECT = re.compile(r"[,:;()]|(?<![\w’'-])(?:his|her|their|its|on|in|at|for|with|over|to|by|"
                         r"from|[a-z]+ing|[a-z]+[^s\W’']s)\b")


def _headline_report(text: str, ls: int, le: int) -> dict | None:
    """The record of the title's report (:data:`_HEADLINE_REPORT`) in the
    line ``text[ls:le]``, or None."""
    m = _HEADLINE_REPORT.match(text, ls, le)
    if m is None or m.group("cue")[0].isupper() and m.group("content")[0].islower():
        return None  # (a capitalised verb in a sentence is a name's: "The 2005 Consumer Electronics Show in")
    if _VERB_NEXT.match(text, m.start("content")):
        return None
    src_lo, src_hi = m.span("src")
    lead = _SUBORDINATE_BEFORE.match(text, src_lo, src_hi)
    if lead:
        src_lo = lead.end()
    plural = not m.group("cue").split()[0].lower().endswith("s")
    if m.group("to"):
        if not _TO_SUBJECT.fullmatch(text, src_lo, src_hi):
            return None
    elif plural:
        # (its verb in the base form: a plural subject, whose last word may end in -s)
        if not _PLURAL_SUBJECT.match(text, src_lo, src_hi):
            return None
        last = text.rfind(" ", src_lo, src_hi)
        if last > src_lo and _NO_SUBJECT.search(text, src_lo, last):
            return None
    elif src_hi <= src_lo or _NO_SUBJECT.search(text, src_lo, src_hi):
        return None
    end = text.find(",", m.start("content"), le) if lead else -1  # (the subordinate clause's end)
    lo, hi = _strip_span(text, m.start("content"), le if end < 0 else end, " \t.;")
    if hi <= lo:
        return None
    return {"rule": "headline", "spans": [(lo, hi)], "cue": m.span("cue"), "source": (src_lo, src_hi)}


# A title that gives what is said first and its source last, after a comma:
# "Internal Trump University records must be released, federal judge
# rules", "'ISIS Truther' Donald Trump Is Like ..., Trevor Noah Says",
# "American dream survives among Millennials, poll finds;". The subject
# (at most four words, no clause word opening it: not ", as Trump says")
# speaks the words before the comma, its cue after "has" ("..., a court
# has ruled"). (The body's inverted reports want a cue in lower case and a
# sentence's end; a title's cue is capitalised or ends in ";", and "rules"
# or "finds" there is a verb.)
_TITLE_OUTRO = re.compile(
    r"(?P<content>.+),\s+(?!(?i:as|and|but|or|so|if|when|what|which|who|that|because|how)\s)"
    r"(?P<src>[\w’'.&-]+(?:\s+[\w’'.&-]+){0,3}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?P<cue>(?i:says|said|finds|found|rules|ruled|hints|warns|claims|argues|insists|writes|"
    r"predicts|admits|suggests|reports|concludes|contends|tells|believes|thinks))\s*[.;]?\s*")


def _title_outro(text: str, ls: int, le: int) -> dict | None:
    """The record of the title's inverted report (:data:`_TITLE_OUTRO`) in
    the line ``text[ls:le]``, or None."""
    m = _TITLE_OUTRO.fullmatch(text, ls, le)
    if m is None:
        return None
    lo, hi = _strip_span(text, m.start("content"), m.end("content"), " \t")
    if hi <= lo:
        return None
    return {"rule": "headline", "spans": [(lo, hi)], "cue": m.span("cue"), "source": m.span("src")}


# A title's colon after a name and whom it addresses, what it is on or where
# it speaks ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
# "Gillibrand on Hillary Releasing Her ... Transcripts: 'I Think She Will.'",
# "Former AG Mukasey at RNC: ..."), or after a name's document or reaction
# in sentence case ("IG report: State was inaccurate on Clinton", "WSJ
# editorial: 'Deport Nikki Haley.'", "Republicans' reaction: 'Is that all
# there is?'"): the name speaks the rest of the line, as after a bare name
# ("Sanders: Endorsements prove ...", quotes' :data:`_HEADLINE`), whose
# words such a phrase would break.
_TITLE_COLON = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*?)"
    r"(?P<cue>\s+(?i:to|on|at)\s[^:]{1,70}|(?:’s|'s|’|')?(?:\s[a-z]+)?\s(?:report|editorial|"
    r"warning|reaction|memo|statement|letter|study|survey|poll|verdict|message|response))"
    r":\s+(?=\S)")


def _title_colon(text: str, ls: int, le: int) -> dict | None:
    """The record of the title's words after :data:`_TITLE_COLON` in the
    line ``text[ls:le]`` (not after a newsroom label: "Update on flooding:
    ..."), or None."""
    m = _TITLE_COLON.match(text, ls, le)
    if m is None or m.group("name").lower().replace("’", "'") in _EDITORIAL_LABELS:
        return None
    lo, hi = _strip_span(text, m.end(), le, " \t.;")
    if hi <= lo or _TALLY.fullmatch(text, lo, hi):
        return None
    return {"rule": "headline", "spans": [(lo, hi)], "cue": (m.start("cue"), m.end()),
            "source": m.span("name")}

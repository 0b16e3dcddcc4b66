"""Find attributions (who said or thought what) in a news text, as character spans.

:func:`find_attributions` returns one row per attribution with the spans of
its *content* (what is attributed), its *cue* ("said", "according to",
"told reporters", ...) and its *source* as written ("Bondarev", "a Kremlin
official", "he"). Speaker resolution and source typing are layered on top in
:mod:`analysis.sources`.

The finder is a rule set written by hand, tuned on the PolNeAR train split
(Newell, Margolin & Ruths, LREC 2018) and measured by
``benchmarks/bench_attributions.py``. Rules rather than a parser because the
workbench must run offline without downloaded models, and at several MB of
text per second. It works line by line (a paragraph is a line) and sentence
by sentence with :func:`analysis.text.sentence_spans`, driven by one
precompiled regular expression of cue words, so text without cues costs
almost nothing.

The package: :mod:`~analysis.attribution.verbs` (the cue verbs and the cue
pattern), :mod:`~analysis.attribution.lexicon` (the words and patterns the
rules read), :mod:`~analysis.attribution.quotes` (quotation spans, split and
orphan quotes), :mod:`~analysis.attribution.reported` (the rules for one
cue, whose steps are :mod:`~analysis.attribution.content_before`, the
content before it, and :mod:`~analysis.attribution.content_after`, the
content after it, whose source :mod:`~analysis.attribution.cue_source`
finds first: a participle's or a verb's),
:mod:`~analysis.attribution.source_before` (the source noun phrase before a
cue, whose words :mod:`~analysis.attribution.subject_words` reads: names or
groups joined by "and", a verb among them), :mod:`~analysis.attribution.titles`
(a title line's reports) and :mod:`~analysis.attribution.phrases` (the source
after a cue, the sentence's subject, and the spans' boundaries).
Each cue yields at most one candidate per sentence; candidates are ranked
(a quote closed by "..., he said" first, a clause after a cue last) and a
word belongs to one attribution only, as in PolNeAR.

Conventions (close to PolNeAR's): content spans include their quote marks
and, for reported speech, a leading "that"; a quote split by its cue
(``"A," he said. "B."``) is one attribution whose ``content_spans`` are both
parts; quotes that run over several paragraphs are followed to their end;
reported speech leaves out the sentence's full stop. A source is the noun
phrase as written: a pronoun is the pronoun itself ("he", "who"), and a name
keeps its appositive ("Brian Abernathy, the city's first deputy manager",
"Sen. Marco Rubio, R-Fla."), as PolNeAR marks them. Quote marks are read in
every common convention (curly, also typed the wrong way round, straight,
'' and ``, „“, « », ‟), and the horizontal bar ― as a dash.
"""

from __future__ import annotations

import bisect
import re

import numpy as np
import pandas as pd
from pandas.api.internals import create_dataframe_from_blocks

from analysis.attribution.lexicon import (
    _ANTECEDENT_BEFORE,
    _CLAUSE_BEFORE,
    _CLAUSE_BEFORE_ADVERBIAL,
    _DATELINE,
    _PRIORITY,
    _SUBJECT_PRONOUNS,
)
from analysis.attribution.cue_source import recorded_speakers
from analysis.attribution.phrases import _trim_content, _trim_source
from analysis.attribution.quotes import (
    MarkedText,
    _attach_continuations,
    _inside_quote,
    _orphan_quotes,
    _quoted_share,
    read_marks,
    title_marks_kept,
    without_work_titles,
    work_titles,
)
from analysis.attribution.reported import _analyse
from analysis.attribution.titles import title_report
from analysis.attribution.verbs import _ACCORDING_TO, _CUE, _CUE_AT_START, _SPEECH_SET
from analysis.text import sentence_spans

__all__ = ["find_attributions", "attribution_columns", "attribution_frame", "ATTRIBUTION_COLUMNS"]

ATTRIBUTION_COLUMNS = [
    "kind", "content", "content_start", "content_end", "content_spans",
    "cue", "cue_start", "cue_end", "source", "source_start", "source_end",
]


def find_attributions(text: str) -> pd.DataFrame:
    """Find attributions in ``text``; one row per attribution, ordered by ``content_start``.

    Columns:

    * ``kind``: ``"direct"`` (verbatim quote), ``"indirect"`` (reported speech or
      thought, no quote marks) or ``"mixed"`` (paraphrase with a partial quote);
    * ``content``, ``content_start``, ``content_end``: what is attributed and its
      outer offsets into ``text`` (end exclusive); ``content_spans``: list of
      ``(start, end)`` pieces (several when a quote is split by its cue);
    * ``cue``, ``cue_start``, ``cue_end``: the cue ("said", "according to", ...);
    * ``source``, ``source_start``, ``source_end``: the source as written at this
      attribution ("Bondarev", "a Kremlin official", "he"); ``None`` / ``<NA>``
      where the text names none.

    Offsets are nullable ``Int64``; text columns hold ``None`` when absent.
    """
    return attribution_frame(attribution_columns(text))


def attribution_columns(text: str, marked: MarkedText | None = None) -> dict[str, list]:
    """The columns of :func:`find_attributions` as plain lists (no DataFrame):
    :func:`analysis.sources.attributions` joins many articles' lists and builds
    one frame, since a DataFrame per short article costs more than its rules.
    ``marked`` is ``read_marks(text)`` when the caller has it already."""
    original = text
    # The rules read one convention of quote marks and dashes; the returned
    # strings come from the original text (same offsets).
    marked = marked if marked is not None else read_marks(text)
    # (a work's or a show's title in quote marks is no one's words: "said on ABC's “This Week”")
    titles = work_titles(marked)
    text, lines, quotes = without_work_titles(marked, titles)
    qstarts = [q[0] for q in quotes]
    qends = [q[1] for q in quotes]

    # One scan for cues; only lines holding one are cut into sentences.
    cues = _cue_matches(text, quotes)
    line_starts = [ls for ls, _ in lines]
    sents: list[tuple[int, int]] = []
    sent_line: list[int] = []
    sent_cues: list[list] = []
    last_line = -1
    for m in cues:
        cs, ce = m.span("cue")
        # Cues inside a quotation are nested attributions, which PolNeAR
        # (and a reader counting who is quoted) folds into the outer quote.
        # (told before the line is cut into sentences: a line whose cues are
        # all quoted is not cut)
        if _inside_quote(cs, quotes, qstarts, ce):
            continue
        li = bisect.bisect_right(line_starts, cs) - 1
        if li < 0 or ce > lines[li][1]:
            continue  # in a skipped line (heading, "Related article:")
        if li != last_line:
            last_line = li
            ls, le = lines[li]
            first = len(sents)
            spans = sentence_spans(text[ls:le])
            dateline = _DATELINE.match(text, ls, le) if spans else None
            if dateline and dateline.end() - ls < spans[0][1]:
                # "WASHINGTON, Dec. 8 (UPI) — ...": a place and an agency, no subject
                spans[0] = (dateline.end() - ls, spans[0][1])
            line_sent_starts = [ls + s for s, _ in spans]  # (once per line, not per cue)
            for s, e in spans:
                sents.append((ls + s, ls + e))
                sent_line.append(li)
                sent_cues.append([])
        si = first + bisect.bisect_right(line_sent_starts, cs) - 1
        if si >= first and ce <= sents[si][1]:
            sent_cues[si].append(m)

    found: list[dict] = []
    # Content already claimed, as sorted disjoint intervals (PolNeAR is
    # univocal: a word belongs to at most one attribution).
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def claimed(s: int, e: int) -> bool:
        i = bisect.bisect_left(taken_starts, e) - 1
        return i >= 0 and taken_ends[i] > s

    for si, (ss, se) in enumerate(sents):
        if not sent_cues[si]:
            continue  # (a sentence of a cue's line holding none has no candidate)
        candidates = []
        # The speaker's own act after a content ("..., and he renewed that
        # prediction"), after the cues' candidates: a cue of its own there
        # ("he railed against") ranks first.
        acts = []
        for m in sent_cues[si]:
            rec = _analyse(text, m, ss, se, sents, si, sent_line, lines, quotes, qstarts, qends)
            if rec is not None:
                candidates.append(rec)
                if "then" in rec:
                    acts.append(rec.pop("then"))
        candidates += acts
        if not candidates:
            continue  # (the ranking below has nothing to do)
        if len(candidates) > 1:  # (these compare a candidate with the others; one is ranked alone)
            _split_clauses(text, candidates, quotes, qstarts)
            _drop_nested(text, candidates)
            _fold_into_according(text, candidates)
            # Within a sentence, an attribution closing it ("..., a Chinese
            # official said.") outranks a cue inside its content.
            candidates.sort(key=lambda r: (_PRIORITY[r["rule"]], r["cue"][0]))
        accepted = []
        for rec in candidates:
            spans = rec["spans"]
            cs, ce = rec["cue"]
            if claimed(spans[0][0], spans[-1][1]) or accepted and any(
                f["cue"][0] < ce and cs < f["cue"][1] for f in accepted
            ):
                continue
            # The cue and source must not fall inside the content, nor inside
            # content already claimed.
            if any(s <= cs < e for s, e in spans) or claimed(cs, ce):
                continue
            if rec.get("inherit"):
                # ", adding ..." after "she said": the same source speaks on
                # (whichever the ranking takes first: '“...,” Graham said on
                # “Morning Joe,” adding')
                earlier = [f for f in accepted if f["cue"][0] < cs] or [
                    f for f in candidates if f is not rec and f["cue"][0] < cs and f["source"]
                    and not f.get("inherit") and text[f["cue"][0]:f["cue"][1]] in _SPEECH_SET]
                if earlier:
                    rec["source"] = max(earlier, key=lambda f: f["cue"][0])["source"]
            accepted.append(rec)
            i = bisect.bisect_left(taken_starts, spans[0][0])
            taken_starts.insert(i, spans[0][0])
            taken_ends.insert(i, spans[-1][1])
        found.extend(accepted)

    _attach_continuations(text, found, quotes, lines)
    _orphan_quotes(text, found, quotes, lines)
    title_report(text, found)
    recorded_speakers(text, found)
    if titles:  # (a cue or content ending inside a title's marks takes them whole)
        for f in found:
            f["spans"] = [title_marks_kept(original, span, titles) for span in f["spans"]]
            if f["cue"]:
                f["cue"] = title_marks_kept(original, f["cue"], titles)
    return _columns(original, found, quotes, text)


# Quotes at least this long are passed over by the cue scan (a shorter one
# costs less to scan than a scan of its own for the text after it).
_SKIPPED_QUOTE = 20
_MARK_CHARS = frozenset("“”\"'`")


def _cue_matches(text: str, quotes: list[tuple[int, int]]) -> list[re.Match]:
    """The matches of the cue pattern (_CUE_AT_START, then _CUE) in ``text``
    that may lie outside ``quotes``: those inside a quote closed by a mark
    are not looked for, as the scan of the whole text would find and
    :func:`_inside_quote` then drop them (about a fifth of a text's characters).

    The same matches as that scan outside such quotes: no cue word holds a
    quote mark, so no match runs over the quote's opening or closing mark
    (nor starts at the opening one but inside the quote); the scan before a
    quote ends just after its opening mark, which the pattern's lookahead
    then sees as in the whole text, and the scan after it starts at its
    closing mark, where the whole text's scan stands too, whichever matches
    it found inside (matches of a pattern without ``^`` found from a position
    depend on the text before it only through lookbehinds, which read it)."""
    first_cue = _CUE_AT_START.match(text)
    cues = [first_cue] if first_cue else []
    pos = first_cue.end() if first_cue else 0
    for qs, qe in quotes:
        if qe - qs >= _SKIPPED_QUOTE and qs >= pos and text[qe - 1] in _MARK_CHARS:
            cues += _CUE.finditer(text, pos, qs + 1)
            pos = qe - 1
    cues += _CUE.finditer(text, pos)
    return cues


def _split_clauses(text: str, candidates: list[dict], quotes, qstarts) -> None:
    """Cut a reported clause short where a clause of its own, with its own
    subject and cue, follows ("he believes it was a mistake, although he
    supports keeping troops there": "he supports" is a second attribution),
    so that both are kept, as PolNeAR marks them. Changes ``candidates`` in place."""
    for outer in candidates:
        if outer["rule"] not in ("pre", "pre_quote") or len(outer["spans"]) != 1:
            continue
        s, e = outer["spans"][0]
        for inner in candidates:
            src = inner["source"]
            if (inner is outer or src is None or inner["rule"] not in ("pre", "pre_quote")
                    or not s + 3 < src[0] < inner["cue"][1] <= e):
                continue
            brk = (_CLAUSE_BEFORE.search(text, max(s, src[0] - 14), src[0])
                   or _CLAUSE_BEFORE_ADVERBIAL.search(text, max(s, src[0] - 40), src[0])
                   or _after_subordinate_quote(text, outer, src[0], s)
                   or _time_clause_in_participle(text, outer, src[0], s))
            if brk is None and (text[src[0]:src[1]].lower() in ("who", "which")
                                or _object_relative_subject(text, s, src)):
                # "..., radicals who wanted ...", "..., an event that Carson
                # says ...": the clause starts at its antecedent
                brk = _ANTECEDENT_BEFORE.search(text, max(s, src[0] - 50), src[0])
            if brk is None or _inside_quote(brk.start(), quotes, qstarts):
                continue
            if src[0] <= s + 10 and (text[brk.start()] not in ",;"
                                     or "," in text[outer["cue"][1]:s]):
                # a clause of a word or two before the break, only at a comma:
                # "While not everything Trump says is true, Jamieson said ...",
                # "He didn't say so, but the Tories believe"; not two subjects
                # ("said he and his staff were preparing") nor an aside set off
                # by commas ("said, by 2008, he wanted")
                continue
            if brk.re is _CLAUSE_BEFORE and brk.group("reason") and text[src[0]].islower() \
                    and text[src[0]:src[1]].lower() not in _SUBJECT_PRONOUNS:
                # "as he noted", "because she thought", "as Sotomayor described
                # herself"; not "as a response to ...", "twice as many ... as said"
                continue
            outer["spans"] = [_trim_content(text, s, brk.start())]
            break


def _object_relative_subject(text: str, lo: int, src: tuple[int, int]) -> bool:
    """Whether ``src`` is a noun phrase opening an object relative clause
    after "that" ("an event that [Carson] says led him to Christ"), not a
    pronoun nor a second clause after "and that" ("... and that he ...")."""
    if not text.endswith(" that ", max(lo, src[0] - 6), src[0]):
        return False
    before = text[max(lo, src[0] - 12):src[0] - 6].split()
    return (bool(before) and before[-1].lower() not in ("and", "but", "or")
            and text[src[0]:src[1]].lower() not in _SUBJECT_PRONOUNS)


# A subordinator before the outer cue's subject ("But even as [Trump]
# claimed"), and the quote closing its clause before the inner one's subject
# ('...,” [one of the prosecutors] said', '...?" - [Democrats] said').
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:as|while|when|although|though|whereas)\s+$", re.I)
_QUOTE_CLOSED_BEFORE = re.compile(r"(?<=[,?!][”\"])\s+(?:[-—–]{1,2}\s+)?$")


# A clause of time in a participle's content, with its own subject and cue:
# ", forcefully denouncing the Castro regime after [Trump] said ...".
_TIME_CLAUSE_BEFORE = re.compile(r"\s(?:after|before|when|until)\s+$")


def _time_clause_in_participle(text: str, outer: dict, src_start: int, s: int):
    """The break before a clause of time in a participle's content, with its
    own subject and cue (", forcefully denouncing the Castro regime after
    Trump said he is open to ...": two attributions); None elsewhere."""
    if not text[outer["cue"][0]:outer["cue"][1]].endswith("ing"):
        return None
    return _TIME_CLAUSE_BEFORE.search(text, max(s, src_start - 10), src_start)


def _after_subordinate_quote(text: str, outer: dict, src_start: int, s: int):
    """The break after a quote closing a subordinate clause, before a main
    clause with its own subject and cue: "But even as Trump claimed on
    Tuesday that “...,” one of the prosecutors said the cases were different"
    (two attributions, the quote Trump's); None elsewhere."""
    osrc = outer["source"]
    if osrc is None or not _SUBORDINATOR_BEFORE.search(text, max(0, osrc[0] - 20), osrc[0]):
        return None
    return _QUOTE_CLOSED_BEFORE.search(text, max(s, src_start - 14), src_start)


def _drop_nested(text: str, candidates: list[dict]) -> None:
    """Drop an attribution whose source is a pronoun or relative ("he", "whom")
    and which lies wholly inside the content of a reported clause: "Cross said
    he is left with two options: Clinton, whom he called 'divisive', or ..."
    is one attribution of Cross's, as PolNeAR marks it (a word belongs to one
    attribution); so is one whose source holds another's subject and cue,
    and a quote with its cue inside the clause an inverted "..., said X" closes.
    Changes ``candidates`` in place."""
    # (and a question opening the sentence: "Asked whether Trump, ..., who
    # has called it a hoax, could be ..., Ban demurred": the question's)
    outers = [r["spans"][0] for r in candidates
              if (r["rule"] == "pre" or r.get("fronted")) and len(r["spans"]) == 1]
    # (a question asked holds a cue of its own: "And when asked who they
    # thought was America's closest ally, ...": the question, not a thought)
    questions = [r["spans"][0] for r in candidates if r["rule"] == "question_asked"]
    keep = []
    for inner in candidates:
        src = inner["source"]
        lo = min(inner["cue"][0], inner["spans"][0][0], src[0] if src else inner["cue"][0])
        hi = max(inner["cue"][1], inner["spans"][-1][1])
        nested = any((s, e) != inner["spans"][0] and s <= lo and hi <= e + 2 for s, e in outers)
        if src and inner["rule"] != "question_asked" and any(
                s < src[0] <= s + 15 and inner["cue"][1] <= e for s, e in questions):
            continue  # (its subject and cue right after the question's word)
        if nested and (src is None or text[src[0]:src[1]].lower() in _NESTED_SOURCES):
            continue
        if src and inner["rule"] == "pre_quote" and any(
                outer["rule"] == "post_clause" and len(outer["spans"]) == 1
                and outer["spans"][0][0] <= src[0] and hi <= outer["spans"][0][1]
                and text[outer["cue"][0]:outer["cue"][1]] in ("said", "says")
                and outer["source"] and outer["source"][0] > outer["cue"][1]
                for outer in candidates if outer is not inner):
            # "The FBI ... did not find “ties of any consequence,” ..., said
            # the bureau's director": a quote reported whole, with its own
            # source and cue, inside what "said X" closes
            continue
        if nested and src and text[src[0]:src[1]].endswith(("'s", "’s")) and any(
                s == src[0] for s, _ in outers):
            # "The lawmaker ... said Trump's [remarks] “have had ...”": the
            # owner's noun opens the reported clause, as its subject
            continue
        holders = [other for other in candidates if other is not inner and other["source"]
                   and src and src[0] <= other["source"][0] and other["cue"][1] <= src[1]
                   and other["spans"][0][0] <= inner["spans"][0][0]
                   and inner["spans"][-1][1] <= other["spans"][-1][1] + 2]
        if holders and all(_relative_in_subject(text, other, src) for other in holders):
            # "[A woman who has accused the mayor of fraud] said Sunday that
            # ...": a restrictive "who" clause inside the subject ends with
            # it, and the main clause's cue is an attribution of its own; the
            # clause's cue keeps what it reports ("Voters who want [to ban
            # it] say ..."), but a deed done to someone or something only
            # tells who the subject is ("the mayor of fraud": no report)
            for other in holders:
                other["spans"] = [_trim_content(text, other["spans"][0][0], src[1])]
                if not _REPORT_OPENS.match(text, other["spans"][0][0]):
                    other["in_subject"] = True
        elif holders:
            # "[Westmacott also said that Obama] shows “great charm”": a source
            # holding another's subject and cue lies in that one's content
            continue
        keep.append(inner)
    candidates[:] = [r for r in keep if not r.get("in_subject")]


_NESTED_SOURCES = ("he", "she", "they", "who", "whom", "which")
# What opens a report after its cue: an infinitive, a "that" clause, a quote,
# an indirect question ("want to ban it", "said that", "asked whether").
# (not "to" before an object: "wrote [to her]", "spoke to the board")
_REPORT_OPENS = re.compile(r"(?:not\s+)?to\s(?![A-Z\d]|(?:her|him|them|me|us|you|it|the|a|an|his|its|their"
                           r"|our|my|this|these|those)\b)|that\s|[“\"‘]|(?:if|whether|how|why|what)\s")


def _relative_in_subject(text: str, other: dict, src: tuple[int, int]) -> bool:
    """Whether ``other``'s source is the "who" of a restrictive clause inside
    the subject ``src`` of another cue, after the noun it follows, with its
    content (one span) opening inside that subject: "A woman [who] has
    accused the mayor of fraud | said ..."."""
    osrc = other["source"]
    return (text[osrc[0]:osrc[1]] == "who" and src[0] < osrc[0] and len(other["spans"]) == 1
            and other["spans"][0][0] < src[1] < other["spans"][0][1]
            and text[osrc[0] - 1] == " " and text[osrc[0] - 2] not in ",;:—–-(")


def _fold_into_according(text: str, candidates: list[dict]) -> None:
    """Fold a speaker's words and cue into the "according to" that reports
    them: '“...?” O'Malley said at a press conference, according to the Las
    Vegas Sun.', "According to pool reports, Obama said “...”": one
    attribution, the report's, whose content holds the quote and the
    speaker's cue, as PolNeAR marks it (the report is what the article
    cites). The inner candidate, whose source and cue lie between the
    content's start and the "according to", is dropped and a quote of its
    before the content joins it. Changes ``candidates`` in place."""
    outers = [r for r in candidates if r["source"] and text[r["cue"][0]:r["cue"][1]] in _ACCORDING_TO]
    if not outers:
        return
    keep = []
    for inner in candidates:
        outer = next((o for o in outers if _reported_within(inner, o)), None)
        if outer is None:
            keep.append(inner)
            continue
        first = outer["spans"][0]
        before = [s for s, _ in inner["spans"] if s < first[0]]
        if before:
            outer["spans"][0] = (min(before), first[1])
    candidates[:] = keep


def _reported_within(inner: dict, outer: dict) -> bool:
    """Whether the source and cue of ``inner`` lie inside what the
    "according to" of ``outer`` reports (from its content's start up to its
    cue), and none of its content in the report's cue and source."""
    src = inner["source"]
    if inner is outer or not src:
        return False
    if not outer["spans"][0][0] <= src[0] or inner["cue"][1] > max(outer["spans"][-1][1], outer["cue"][0]):
        return False
    lo = min(outer["cue"][0], outer["source"][0])
    hi = max(outer["cue"][1], outer["source"][1])
    return all(e <= lo or s >= hi for s, e in inner["spans"])


def _columns(text: str, found: list[dict], quotes, normalized: str | None = None) -> dict[str, list]:
    qstarts = [q[0] for q in quotes]
    normalized = text if normalized is None else normalized
    columns = {name: [] for name in ATTRIBUTION_COLUMNS}
    for f in sorted(found, key=lambda f: f["spans"][0][0]):
        spans = sorted(f["spans"])
        share = _quoted_share(normalized, spans, quotes, qstarts)
        # The scorer's rule: direct when at least 90% of the letters are quoted.
        kind = "indirect" if share == 0 else ("direct" if share >= 0.9 else "mixed")
        columns["kind"].append(kind)
        columns["content"].append(text[spans[0][0]:spans[-1][1]])
        columns["content_start"].append(spans[0][0])
        columns["content_end"].append(spans[-1][1])
        columns["content_spans"].append([tuple(x) for x in spans])
        cue = f["cue"]
        columns["cue"].append(text[cue[0]:cue[1]] if cue else None)
        columns["cue_start"].append(cue[0] if cue else None)
        columns["cue_end"].append(cue[1] if cue else None)
        src = f["source"] and _trim_source(text, *f["source"])
        columns["source"].append(text[src[0]:src[1]] if src else None)
        columns["source_start"].append(src[0] if src else None)
        columns["source_end"].append(src[1] if src else None)
    return columns


def attribution_frame(columns: dict[str, list], extra: dict | None = None) -> pd.DataFrame:
    """A frame from the lists of :func:`attribution_columns`, in their order;
    offsets become nullable ``Int64``, any further column an object column.

    ``extra`` maps further column names to values pandas takes as they are
    (a list, whose dtype pandas infers, or an array); they come last.
    """
    n = len(columns["content"]) if "content" in columns else len(next(iter(columns.values()), []))
    index = pd.RangeIndex(n)
    # The frame is built from its blocks, one a column, as pandas would lay
    # them out (pandas.api.internals.create_dataframe_from_blocks): the
    # arrays are built here already, and pandas' constructor cost as much
    # again checking and wrapping them (an object Index per object column,
    # kept from its inference of str).
    blocks = []
    # Arrays built directly (IntegerArray from values and mask, object arrays
    # filled in place): pandas' inference on lists costs as much as the rules.
    for name, values in columns.items():
        place = np.array([len(blocks)])
        if name.endswith(("_start", "_end")):
            if None in values:
                mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
                ints = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=n)
            else:  # (most offset columns, the content's always: the list read in C)
                mask = np.zeros(n, dtype=bool)
                ints = np.array(values, dtype=np.int64)
            blocks.append((pd.arrays.IntegerArray(ints, mask), place))
        else:
            # (a block's array is 2-D, one row a column; object, never read as str)
            objects = np.empty((1, n), dtype=object)
            if set(map(type, values)) <= _STR_OR_NONE:
                objects[0] = values  # (strings and None, the list read in C)
            else:
                row = objects[0]
                for i, v in enumerate(values):  # element-wise: content_spans holds lists
                    row[i] = v
            blocks.append((objects, place))
    for name, values in (extra or {}).items():
        if not hasattr(values, "dtype"):
            values = _inferred(values, index)
        if isinstance(values, np.ndarray):
            values = values.reshape(1, n)
        blocks.append((values, np.array([len(blocks)])))
    return create_dataframe_from_blocks(blocks, index, pd.Index([*columns, *(extra or {})]))


_STR_OR_NONE = frozenset({str, type(None)})
_STR_DTYPE = pd.StringDtype(na_value=np.nan)  # (pandas' str dtype, its default since 3.0)


def _inferred(values: list, index: pd.RangeIndex):
    """The array pandas' frame constructor makes of the list ``values``, as
    a Series' (the same inference; an empty list an object column, where the
    constructor makes a float one). Strings with None (a speaker, a source
    type) make the str array pandas infers (its default since 3.0), built
    directly: a Series cost three times as much."""
    kinds = set(map(type, values))
    if str in kinds and kinds <= _STR_OR_NONE:
        # (the StringArray pd.array makes, built from its object array, None
        # as NaN, this dtype's missing value: pd.array's coercion cost twice as much)
        return pd.arrays.StringArray(np.array([np.nan if v is None else v for v in values], dtype=object),
                                     dtype=_STR_DTYPE)
    return pd.Series(values, index=index)._values

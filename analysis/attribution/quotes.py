"""Quotations: paragraph lines, quote spans over paragraphs, split and orphan quotes."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from analysis.attribution.lexicon import (
    _CAPITALS_LABEL,
    _CONTRACTED_PRONOUN,
    _DASH_SOURCE,
    _BRACKET_SOURCE,
    _HEADLINE,
    _EDITORIAL_LABELS,
    _TALLY,
    _INTRO,
    _INTRO_VERB,
    _NAME_AFTER,
    _NAME_BEFORE,
    _OPENERS,
    _OUTRO,
    _OUTRO_INVERTED,
    _QUOTE_MARK,
    _SENTENCE_MARKS,
)
from analysis.attribution.phrases import (
    _last_inside,
    _quote_at,
    _sentence_start,
    _strip_span,
    _subject,
    _unspoken_cry,
)
from analysis.attribution.source_before import _source_before
from analysis.attribution.verbs import _SPEECH_SET
from analysis.names import _MONTHS_DAYS
from analysis.text import sentence_spans


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), trimmed; skips 'Related article:' lines
    and headings (a line with no sentence punctuation or quote mark at all)."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and not text.startswith("Related article", s):
            # (str's search for each mark, in C, where a pattern's class of them
            # cost about 6 ns a character up to the first: most lines hold a full stop)
            for mark in _SENTENCE_MARKS:
                if text.find(mark, s, e) >= 0:
                    out.append((s, e))
                    break
        pos = end + 1
    return out


# One-to-one substitutions (offsets unchanged) so the rules see one
# convention: the horizontal bar some outlets type for a dash, and the rarer
# double quote marks (German „...“, guillemets, ‟, a double prime for ").
_NORMALIZE = str.maketrans({
    "\u2015": "—",  # ―
    "\u201e": "“",  # „
    "\u201f": "“",  # ‟
    "\u00ab": "“",  # «
    "\u00bb": "”",  # »
    "\u2033": "\"",  # ″
})
_RARE_MARKS = "\u2015\u201e\u201f\u00ab\u00bb\u2033"
# Invisible format characters that text pasted from social media keeps before
# a quote mark ("\u202a”Sorry Sarah, ...” posted ..."), and the no-break
# space ("―\u00a0Jorge Falcon"): read as spaces, by every rule.
_READ_AS_SPACE_CHARS = "".join(map(chr, [0x00a0, *range(0x200b, 0x2010), *range(0x202a, 0x202f),
                                            *range(0x2060, 0x2065), 0xfeff]))
_READ_AS_SPACE = re.compile(f"[{_READ_AS_SPACE_CHARS}]")
# A ” after a space and before a word can only open a quote; a “ after a word
# or punctuation and before a space, a punctuation mark or the line end can
# only close one. (The mark comes first in each pattern: re scans for it fast.)
_REVERSED_OPEN = re.compile(r"”(?<=\s”)(?=[^\s”“\"])")
_REVERSED_CLOSE = re.compile(r"“(?<=[^\s“(\[—–-]“)(?=[\s,.;:)]|$)", re.MULTILINE)


def _normalize_marks(text: str) -> str:
    """``text`` with dashes and double quote marks in one convention, each
    character replaced by one character so every offset stays valid:
    '„A“' and '«A»' become '“A”', '”A ...' opening a quote becomes '“A ...',
    '... review“ of' closing one becomes '... review” of', '―' becomes '—', an
    invisible format mark or a no-break space a space."""
    if any(mark in text for mark in _RARE_MARKS):  # (str's search beats re's class here)
        text = text.translate(_NORMALIZE)
    # (looked for by str's search first, each character in C at once: most
    # texts hold none, and re's class cost about 6 ns a character of the text)
    if any(char in text for char in _READ_AS_SPACE_CHARS):
        text = _READ_AS_SPACE.sub(" ", text)
    if "”" in text or "“" in text:
        text = _REVERSED_CLOSE.sub("”", _REVERSED_OPEN.sub("“", text))
        if text.startswith("”") and text[1:2].strip():
            text = "“" + text[1:]
    if "](" in text:  # a markdown link reads as its words: "[explained](#) Gabuev"
        text = _MARKDOWN_LINK.sub(_link_words, text)
    return text


# A markdown link, as pasted articles keep them: "[proposed](#)".
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,120})\]\([^()\s]*\)")


class MarkedText(NamedTuple):
    """An article as the rules read it: its quote marks and dashes of one
    convention (same offsets as the original), its paragraph lines and its
    quote spans (which may run over paragraphs)."""

    text: str
    lines: list[tuple[int, int]]
    quotes: list[tuple[int, int]]


def read_marks(text: str) -> MarkedText:
    """:class:`MarkedText` of ``text``, worked out once for the attribution
    finder and the speaker index alike."""
    normalized = _normalize_marks(text)
    lines = _lines(normalized)
    return MarkedText(normalized, lines, _quotes(normalized, lines))


def _link_words(m: re.Match) -> str:
    """The link's words padded with spaces to the link's length (offsets stay valid)."""
    return " " + m.group(1) + " " * (m.end() - m.start() - 1 - len(m.group(1)))


def _inside_quote(pos: int, quotes, qstarts, end: int | None = None) -> bool:
    """Whether ``text[pos:end]`` (``end`` defaults to ``pos``) lies inside a quote."""
    i = bisect.bisect_right(qstarts, pos) - 1
    return i >= 0 and quotes[i][1] > (pos if end is None else end)


# A straight mark after a sentence's end and a space, before a capital: it
# opens a quote ('him. "If'), it does not close one.
_REOPENED = re.compile(r'[.!?] "(?=[A-Z0-9‘(])')


def _quotes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotation spans (including the marks), following a quote over lines when
    a line ends inside it and the next line opens with a quote mark."""
    quotes = []
    open_at = None
    cont = False
    for i, (ls, le) in enumerate(lines):
        for m in _QUOTE_MARK.finditer(text, ls, le):
            mark = m.group()
            if cont and m.start() == ls:
                continue  # the opening mark of a continued quote's next paragraph
            if open_at is None:
                if mark != "”":
                    open_at = m.start()
            elif mark == '"' and _REOPENED.match(text, m.start() - 2):
                # '"I am happy with him. "If we lose ...': a quote's next
                # paragraph run into the same line (the BBC corpus joins them):
                # the open quote ends with its sentence, the mark opens the next
                quotes.append((open_at, m.start() - 1))
                open_at = m.start()
            elif (mark != "“" and mark != "``") or (
                    text[m.start() - 1] in ",.?!" and text[m.end():m.end() + 1] in (" ", "")):
                # (a “ after a comma and before a space is a typo for ”; the
                # other reversed marks are mended by _normalize_marks)
                quotes.append((open_at, m.end()))
                open_at = None
        if open_at is not None:
            nxt = lines[i + 1][0] if i + 1 < len(lines) else None
            # A quote runs on into the next paragraph when that one opens with a
            # quote mark and this one was opened where quotes start: at the
            # paragraph start or after "said:" / "said,". A stray mark
            # mid-sentence (a typo) must not shift every later pair.
            lead = text[max(ls, open_at - 2):open_at]
            starts_quote = open_at == ls or lead.endswith((": ", ", ", ":", "— ")) or cont
            if nxt is not None and starts_quote and text.startswith(_OPENERS, nxt):
                cont = True
                continue
            quotes.append((open_at, le))
            open_at = None
        elif cont and open_at is None:
            cont = False
    return quotes


def _quoted_share(text: str, spans, quotes, qstarts) -> float:
    """Share of the content's letters and digits that lie inside quotation marks."""
    inside = 0
    wholes = []  # per part: its count when one quote holds all of it, else None
    for s, e in spans:
        i = max(0, bisect.bisect_right(qstarts, s) - 1)
        whole = None
        while i < len(quotes) and quotes[i][0] < e:
            qs, qe = quotes[i]
            if qe > s:
                count = _alnum_count(text, max(s, qs), min(e, qe))
                inside += count
                if qs <= s and e <= qe:
                    whole = count
            i += 1
        wholes.append(whole)
    if not inside:
        return 0.0  # (whatever the total, which is then not counted)
    # (a part a quote holds whole is not counted twice)
    total = sum(_alnum_count(text, s, e) if whole is None else whole
                for (s, e), whole in zip(spans, wholes))
    return inside / total if total else 0.0


def _alnum_count(text: str, s: int, e: int) -> int:
    """Letters and digits in ``text[s:e]`` (as ``str.isalnum`` counts them)."""
    part = text[s:e]
    # (the ASCII ones counted in C, by deleting the other ASCII characters
    # from the bytes; the few others, quote marks and dashes mostly, by a
    # pattern that finds only those that are letters or digits, mostly none)
    ascii_part = part.encode("ascii", "ignore")
    count = len(ascii_part.translate(None, _ASCII_NOT_ALNUM))
    if len(ascii_part) < len(part):
        count += len(_NON_ASCII_ALNUM.findall(part))
    return count


_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
# (re's \w is str.isalnum and "_": a word character but "_" is a letter or digit)
_NON_ASCII_ALNUM = re.compile(r"[^\W_\x00-\x7f]")


_COUNT_BEFORE = re.compile(r"\d\s+$")


# An adverbial clause closing on the word before a quote: "where they [live]:".
_WHERE_CLAUSE = re.compile(r"\b(?:where|when|wherever|whenever)\s+(?:[a-z]+\s+){1,2}$")

# Verbs that never introduce a quote, and a speech verb earlier in the clause.
_NO_QUOTE_VERBS = frozenset({"occurred", "happened", "died", "arrived", "existed", "ended",
                             "began", "started", "lived", "worked"})
_SPEECH_BEFORE = re.compile(r"\b(?:saying|said|says|told|telling|added|adding|wrote|writing)\b"
                            r"[^.;:!?“”\"]*$")

# A determiner and up to three words in lower case before the word a colon
# closes: that word closes a noun phrase ("a hand-painted sign:", "her
# favourite line:", "his resolve stronger:"), no verb of speaking.
_NOUN_PHRASE_CLOSING = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your)\s+"
                                  r"(?:[a-z][\w’'-]*\s+){0,3}$")


def _subject_before_noun_phrase(text, start, cs, src):
    """The source of a colon's cue word ``text[cs:]`` that closes a noun
    phrase (:data:`_NOUN_PHRASE_CLOSING`) holding ``src`` or part of it: the
    subject of the clause before that phrase ("Lanterns along the pier
    glowed beside the boats and a hand-painted sign:" gives "Lanterns along
    the pier", not "a hand-painted"); else ``src``."""
    np = _NOUN_PHRASE_CLOSING.search(text, max(start, cs - 60), cs)
    if np is None or np.start() <= start or src[1] <= np.start():
        return src
    return _subject(text, start, np.start()) or src


def _orphan_quotes(text, found, quotes, lines):
    """Quotes no cue word claimed, introduced or closed by a verb outside the
    lexicon: 'She went on: “...”', '“...,” some protesters chanted.', and
    headlines 'Sanders: Endorsements prove ...'."""
    claimed = sorted((s, e) for f in found for s, e in f["spans"])
    starts = [s for s, _ in claimed]
    line_starts = [ls for ls, _ in lines]

    def free(s, e):
        i = bisect.bisect_left(starts, e) - 1
        return not (i >= 0 and claimed[i][1] > s)

    for qs, qe in quotes:
        if not free(qs, qe) or qe - qs < 4:
            continue
        li = bisect.bisect_right(line_starts, qs) - 1
        ls, le = lines[li]
        rec = None
        k = qs
        while k > ls and text[k - 1] in " \t\xa0":
            k -= 1
        if text[k - 1:k] in (":", ","):
            intro = _INTRO.search(text, max(ls, k - 40), k)
        else:
            # 'a man yelled “Stay there!”': a verb right before the quote
            intro = _INTRO_VERB.search(text, max(ls, k - 30), k)
            if intro and not (intro.group("cue").endswith("ed")
                              or intro.group("cue") in _SPEECH_SET):
                intro = None
            elif intro and intro.group("cue") not in _SPEECH_SET and (
                    intro.group("cue") in _NO_QUOTE_VERBS
                    or _SPEECH_BEFORE.search(text, max(ls, intro.start() - 120), intro.start())):
                # "saying the nightclub where the killing occurred “was a
                # place ...”": the quote is what the earlier cue reports
                intro = None
        if intro and _unspoken_cry(text, intro.group("cue"), intro.start("cue"), ls):
            intro = None  # "you can't yell “fire”": a cry no one gives
        if intro is None and qs == ls and li > 0 and text[lines[li - 1][1] - 1] == ":":
            # "Cruz called them on it:" closing the paragraph before the quote
            ls, k = lines[li - 1][0], lines[li - 1][1]
            intro = _INTRO.search(text, max(ls, k - 40), k)
        if intro:
            word = intro.group("cue")
            dated = intro.group("p") == ":" and word.lower() in _MONTHS_DAYS  # "on Tuesday:"
            cue = (intro.start("cue"), intro.end("cue") + (1 if intro.group("p") == ":" else 0))
            if dated:  # the colon alone: a date is no cue
                cue = (cue[1] - 1, cue[1])
            if word[0].isupper() and intro.group("p") == ":" and not dated:
                # "Republican pollster Daron Shaw: “...”": the name is the source.
                name = _NAME_BEFORE.search(text, max(ls, intro.start() - 60), intro.end("cue"))
                src = name.span() if name else intro.span("cue")
                pair = name and _NAME_AND_BEFORE.search(text, max(ls, src[0] - 40), src[0])
                if pair:  # "Mark Blumenthal and Jon Cohen: “...”": both names
                    src = (pair.start(), src[1])
                rec = {"rule": "orphan_intro", "spans": [(qs, qe)],
                       "cue": (intro.end("cue"), intro.end("cue") + 1), "source": src}
            elif word in _DOCUMENT_NOUNS and _DOCUMENT_LEAD.search(text, max(ls, intro.start() - 60),
                                                                   intro.start("cue")):
                # "From Bush's Facebook post: “...”", "In a statement: “...”": the
                # document before the colon speaks (not "From Bush's Facebook")
                lead = _DOCUMENT_LEAD.search(text, max(ls, intro.start() - 60), intro.start("cue"))
                rec = {"rule": "orphan_intro", "spans": [(qs, qe)],
                       "cue": (intro.end("cue"), intro.end("cue") + 1),
                       "source": (lead.start(1), intro.end("cue"))}
            elif (word[0].islower() or dated) and not (
                    intro.group("p") == ":" and word not in _SPEECH_SET
                    and _WHERE_CLAUSE.search(text, max(ls, intro.start("cue") - 30), intro.start("cue"))
            ) and (
                    intro.group("p") == ":" or word in _SPEECH_SET
                    or word.endswith(("ed", "s")) and not _COUNT_BEFORE.search(
                        text, max(ls, intro.start("cue") - 4), intro.start("cue"))):
                # (not a verb in a "where" clause: "hits liberals where they live: “...”")
                # 'She went on: “...”' -- the cue is the word before the colon
                # (after a count, "times" is a noun: "repeat, 10,000 times, “...”").
                start = _sentence_start(text, ls, intro.start())
                # ("... gave the technique a whirl on CNN on Tuesday:": the
                # clause's subject speaks, not the noun phrase before the date)
                src = None if dated else _source_before(text, start, intro.start("cue"))
                if src:  # "She went on:" -- the noun phrase, not "She went"
                    sub = _subject(text, src[0], src[1])
                    if (sub is None or text[sub[0]:sub[1]].lower() in ("it", "that", "this", "them")
                            or text.endswith(" to ", start, src[0])):
                        # "The campaign worded it even more carefully:", "Cruz
                        # called them on it:" -- the clause's subject speaks;
                        # so it does for an infinitive: "a paper from Brookings
                        # had this to say about his proposal:" (not "say").
                        sub = _subject(text, start, intro.start("cue")) or sub
                    src = sub or src
                else:
                    src = _subject(text, start, intro.start("cue"))
                # "... and a hand-painted sign:": the phrase the colon's word
                # closes is no source, the clause's subject is (a verb is no
                # such word: not "she added:", "a blackboard reading:")
                if (src and intro.group("p") == ":" and word not in _SPEECH_SET
                        and not word.endswith(("ed", "ing"))):
                    src = _subject_before_noun_phrase(text, start, intro.start("cue"), src)
                if src is not None:
                    rec = {"rule": "orphan_intro", "spans": [(qs, qe)], "cue": cue, "source": src}
        elif _DASH_SOURCE.match(text, qe):
            # a credit line: '“...” — Bernie Sanders' (same or next paragraph)
            m = _DASH_SOURCE.match(text, qe)
            rec = {"rule": "orphan_outro", "spans": [(qs, qe)], "cue": m.span("cue"),
                   "source": _strip_span(text, m.start("src"), m.end("src"), " ,.")}
        elif _BRACKET_SOURCE.match(text, qe, le):
            # newsletter style: 'HEADLINE “quote ...” [WaPo.]'
            m = _BRACKET_SOURCE.match(text, qe, le)
            rec = {"rule": "orphan_outro", "spans": [(qs, qe)], "cue": m.span("cue"),
                   "source": m.span("src")}
        elif _last_inside(text, qs, qe) in ",?!":
            m = _OUTRO.match(text, qe, le) or _OUTRO_INVERTED.match(text, qe, le)
            if m:
                src = _strip_span(text, m.start("src"), m.end("src"), " \t\n,")
                rec = {"rule": "orphan_outro", "spans": [(qs, qe)], "cue": m.span("cue"),
                       "source": src}
        if rec is None and qs == ls and len(text[qs:qe].split()) >= 2:
            # A quote opening its paragraph with no cue at all: the speaker of
            # the paragraph before speaks on (news prose's quote runs).
            after = _NAME_AFTER.match(text, qe, le)
            # (one with a source: not "when asked which candidate she would back")
            prev = [f for f in found if f["cue"] and f["source"]
                    and f["cue"][1] <= qs and qs - f["cue"][1] < 400]
            if after:
                # '“...” Grubbs said ...' in a form the rules above missed
                rec = {"rule": "orphan_run", "spans": [(qs, qe)], "cue": after.span("verb"),
                       "source": after.span("src")}
            elif prev:
                last = max(prev, key=lambda f: f["cue"][1])
                rec = {"rule": "orphan_run", "spans": [(qs, qe)], "cue": None,
                       "source": last["source"]}
        if rec:
            found.append(rec)
            i = bisect.bisect_left(starts, qs)
            starts.insert(i, qs)
            claimed.insert(i, (qs, qe))
    # Headlines and Q&A: "Sanders: Endorsements prove Clinton ..."
    transcript = None  # (whether two lines or more open with a label in capitals)
    for ls, le in lines:
        m = _HEADLINE.match(text, ls, le) if text.find(":", ls, le) >= 0 else None  # (most lines hold none)
        turn = False
        if m and not free(m.end(), le) and _CAPITALS_LABEL.fullmatch(m.group("name")):
            if transcript is None:
                transcript = sum(1 for ls2, le2 in lines if _CAPITALS_TURN.match(text, ls2, le2)) > 1
            # a transcript's turn holds the attributions inside it, as an
            # article's quote does not ("BENENSON: This is a man who said he'd
            # never run a negative ad"): the turn is the label's all the same
            turn = transcript
        if (m and len(m.group("name")) > 1 and not free(m.end(), le)
                and _first_person_only(text, found, m.end(), le)):
            # "Mark Cuban: I'd consider a future White House bid", "TAPPER: I
            # ...": the "I" is the name before the colon, whose words the whole
            # line gives (an interview's "A: I ..." is left as it is: PolNeAR's
            # annotators mark either the answer or each "I")
            found[:] = [f for f in found if not m.end() <= f["spans"][0][0] < le]
            claimed = sorted((s, e) for f in found for s, e in f["spans"])
            starts = [s for s, _ in claimed]
        if (m and (turn or free(m.end(), le))
                and m.group("name").lower().replace("’", "'") not in _EDITORIAL_LABELS):
            lo, hi = _strip_span(text, m.end(), le, " \t\n.")
            if hi > lo and not _TALLY.fullmatch(text, lo, hi):  # ("Hillary Clinton: 1,769." counts)
                found.append({"rule": "headline", "spans": [(lo, hi)],
                              "cue": (m.end("name"), m.end("name") + 1),
                              "source": m.span("name")})


# A name joined by "and" to the one before a colon and a quote: "[Mark
# Blumenthal and] Jon Cohen: “...”".
_NAME_AND_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w.'’-]*\s+){1,4}and\s+$")


# A document noun closing an opener before a colon and a quote, and the
# phrase it heads: "From Bush's Facebook post:", "In a statement:".
_DOCUMENT_NOUNS = frozenset({"post", "statement", "letter", "tweet", "memo", "release", "email",
                             "message", "report", "editorial", "column", "blog"})
_DOCUMENT_LEAD = re.compile(r"(?:^|[.!?]\s+|\n)(?:From|In|Per)\s+((?:an?\s|the\s|[A-Z][\w.'’-]*\s)"
                            r"[\w.'’ -]{0,40})$")


# A line opening with a transcript's turn: "BENENSON: ..." (not "Sanders: ...").
_CAPITALS_TURN = re.compile(rf"{_CAPITALS_LABEL.pattern}:\s")


def _first_person_only(text: str, found: list[dict], lo: int, hi: int) -> bool:
    """Whether every attribution in ``text[lo:hi]`` has "I" or "we" for source."""
    inside = [f for f in found if f["spans"][-1][1] > lo and f["spans"][0][0] < hi]
    return bool(inside) and all(
        f["source"] and lo <= f["source"][0] and f["spans"][-1][1] <= hi
        and _pronoun_alone(text[f["source"][0]:f["source"][1]]).lower() in ("i", "we")
        for f in inside)


def _pronoun_alone(source: str) -> str:
    """A contracted pronoun without its verb ("I'd" -> "I"); any other source as it is."""
    contracted = _CONTRACTED_PRONOUN.fullmatch(source)
    return contracted.group(1) if contracted else source


# From a cue to the quote that goes on after it: ', “B.”' or ' in a
# statement, ''B.''' -- no sentence end and no mark that opens a quote (two
# apostrophes open one as “ does; one may fall there: 'told the city's paper').
_TO_NEXT_QUOTE = re.compile(r"(?:[^.!?\n“\"']|'(?!')){0,60}[.!?,:]?\s+")


def _attach_continuations(text, found, quotes, lines):
    """A quote split by its cue: '“A,” he said. “B.”' -- the quote right after
    the cue's sentence that no other attribution claims joins the first part;
    so do the quotes that follow a quote straight on, after the cue too ('he
    said: "A. "B."', a quote's next paragraph run into its line)."""
    if not found:
        return
    claimed = [(s, e) for f in found for s, e in f["spans"]]
    qstarts = [q[0] for q in quotes]
    for f in sorted(found, key=lambda f: f["spans"][0][0]):
        last_end = f["spans"][-1][1]
        cue_end = f["cue"][1]
        if cue_end < last_end:
            # content after the cue: only the quotes that follow its quote
            # straight on in its own line ('he said: "A. "B."', as the BBC
            # corpus joins a quote's paragraphs; not the next paragraph's
            # quote, often another's). The content may leave out the full stop.
            qi = bisect.bisect_right(qstarts, last_end - 1) - 1
            if qi >= 0 and last_end <= quotes[qi][1] <= last_end + 1:
                qe = quotes[qi][1]
                gap = _SAME_LINE_GAP.match(text, qe)
                _follow_on(text, f, quotes, qstarts, gap.end(), claimed, _SAME_LINE_GAP)
            continue
        if text[f["spans"][-1][1] - 1] not in "”\"',":
            continue
        # next quote starting after the cue (and the source) within the paragraph
        anchor = max(cue_end, f["source"][1] if f["source"] else 0)
        m = _TO_NEXT_QUOTE.match(text, anchor, anchor + 80)
        parts = len(f["spans"])
        if m:
            opening = m.end()
            qi = _quote_at(qstarts, quotes, opening, opening + 1)
            if qi is None or not _quoted_term(text, *quotes[qi]):
                # (not '..., said former Rep. George Miller (D-Calif.), one of the
                # original “big four” negotiators')
                _follow_on(text, f, quotes, qstarts, opening, claimed)
        # (the next sentence is looked for only where a quote no one claims
        # opens within its reach, as the one joined must: most have none)
        if len(f["spans"]) == parts and _unclaimed_quote_in(quotes, qstarts, anchor, anchor + _NEXT_REACH,
                                                            claimed):
            # after a longer apposition: '..., said Josh Bivens, research and
            # policy director of the progressive Economic Policy Institute. “We ...'
            _follow_on(text, f, quotes, qstarts, _next_sentence(text, anchor, quotes, qstarts), claimed)


def _unclaimed_quote_in(quotes, qstarts, lo: int, hi: int, claimed) -> bool:
    """Whether a quote that overlaps none of the ``claimed`` spans opens in
    ``[lo, hi]`` (the only quotes :func:`_follow_on` may join there)."""
    qi = bisect.bisect_left(qstarts, lo)
    while qi < len(quotes) and quotes[qi][0] <= hi:
        if not _claimed(quotes[qi], claimed):
            return True
        qi += 1
    return False


def _claimed(quote: tuple[int, int], claimed) -> bool:
    """Whether ``quote`` overlaps one of the ``claimed`` spans."""
    qs, qe = quote
    return any(qs < e and s < qe for s, e in claimed)


_WORDS_RUN_ON = re.compile(r"\s+[a-z]")
_MARKS = "“”\"'‘’`"
_TITLE_WORD = re.compile(r"[A-Z0-9]|(?:and|of|the|a|an|in|on|for|to)$")


def _quoted_term(text: str, start: int, end: int) -> bool:
    """Whether the quote ``text[start:end]`` is a term or a title that the
    sentence runs on after ('the original “big four” negotiators', 'told
    NBC's “Today” on Monday'): words follow, and it is in title case or two
    words long, closed by no stop or comma."""
    inside = text[start:end].strip(_MARKS)  # (marks of one or two characters: “”, '')
    words = inside.split()
    return _WORDS_RUN_ON.match(text, end) is not None and (
        len(words) <= 2 and inside[-1:] not in ".,!?"
        or all(_TITLE_WORD.match(w) for w in words))  # (a title may hold the comma)


# What names a work or a show just before its title in quote marks: a
# preposition, "titled" or "told" (a show told something: 'told “Fox and
# Friends,”'), then at most a few words that end in an owner ("ABC's",
# "Sirius XM's"), a noun of a work ("his 2012 book,", "the MSNBC show") or
# "interview(s) with", or nothing ("in “An American Son”").
_WORK_NOUNS = ("book|memoir|novel|show|program|programme|podcast|column|essay|op-ed|film|movie|"
               "documentary|spot|ad|series|segment|broadcast|newsletter|speech|song|album|play")
_TITLE_LEAD = re.compile(
    r"\b(?:on|in|with|titled|called|dubbed|told)\s+"
    rf"(?:(?:[\w.'’-]+\s+){{0,5}}?(?:[\w.&-]+['’]s?|{_WORK_NOUNS}|interviews?\s+with),?\s+)?$")


def _work_title(text: str, start: int, end: int) -> bool:
    """Whether the quote ``text[start:end]`` is the title of a work or show
    named after the cue ('Cruz said on ABC's “This Week.”', 'wrote in her
    memoir, “Tough Choices.”', 'said in an interview with “Fox News
    Sunday.”'), not words of the speaker's: at most eight words, each in
    title case (or a small word), after :data:`_TITLE_LEAD` in the same line."""
    inside = text[start:end].strip(_MARKS + " ")
    words = inside.rstrip(".,!?").split(None, 8)  # (9 pieces: more than 8 words, no need to split on)
    if not 0 < len(words) <= 8 or not all(_TITLE_WORD.match(w) for w in words) or not words[0][:1].isupper():
        return False
    line = text.rfind("\n", max(0, start - 80), start) + 1
    return _TITLE_LEAD.search(text, max(line, start - 80), start) is not None


def work_titles(marked: MarkedText) -> list[tuple[int, int]]:
    """The quotes of ``marked`` that are titles of works or shows (:func:`_work_title`)."""
    return [q for q in marked.quotes if _work_title(marked.text, *q)]


def without_work_titles(marked: MarkedText, titles: list[tuple[int, int]]) -> MarkedText:
    """``marked`` with the ``titles`` dropped from its quotes and their marks
    made spaces in its text (same offsets), so that the rules read 'said on
    ABC's “This Week”' as a tail after the cue, as they read 'said on Sunday'."""
    if not titles:
        return marked
    chars = list(marked.text)
    for start, end in titles:
        for k in (start, start + 1, end - 2, end - 1):
            if chars[k] in _MARKS:
                chars[k] = " "
    return MarkedText("".join(chars), marked.lines, [q for q in marked.quotes if q not in titles])


def title_marks_kept(text: str, span: tuple[int, int], titles: list[tuple[int, int]]) -> tuple[int, int]:
    """``span`` widened to the marks of a title it holds only part of (a cue
    "said on CNN's “State of the Union”", which the spaces of
    :func:`without_work_titles` would have cut before its closing mark)."""
    lo, hi = span
    for start, end in titles:
        if lo < end <= hi + 2 and hi < end and start < hi and not text[hi:end].strip(_MARKS + " .,"):
            hi = end
        if start <= lo < start + 2 and not text[start:lo].strip(_MARKS):
            lo = start
    return lo, hi


_NEXT_REACH = 300  # characters :func:`_next_sentence` reads


def _next_sentence(text: str, start: int, quotes, qstarts, limit: int = _NEXT_REACH) -> int:
    """Where the sentence after the one running at ``start`` opens: -1 past
    ``limit`` characters or a line's end, or past a quote (another's words)
    other than a term or title."""
    window = text[start:start + limit]
    spans = sentence_spans(window)
    if len(spans) < 2 or "\n" in window[:spans[0][1]]:
        return -1
    end = start + spans[0][1]
    qi = bisect.bisect_left(qstarts, start)
    while qi < len(quotes) and quotes[qi][0] < end:
        if not _quoted_term(text, *quotes[qi]):
            return -1
        qi += 1
    return start + spans[1][0]


_ANY_GAP = re.compile(r"\s{0,4}")
_SAME_LINE_GAP = re.compile(r"[ \t]{0,4}")


def _follow_on(text, f, quotes, qstarts, start, claimed, gap_re=_ANY_GAP) -> None:
    """Join to ``f`` the unclaimed quote opening at ``start`` and those that
    follow it straight on ('“B.” “C.”'), across ``gap_re``."""
    qi = bisect.bisect_left(qstarts, start)
    while qi < len(quotes) and quotes[qi][0] == start:
        qs, qe = quotes[qi]
        if _claimed((qs, qe), claimed):
            break
        f["spans"].append((qs, qe))
        claimed.append((qs, qe))
        qi += 1
        start = gap_re.match(text, qe).end()

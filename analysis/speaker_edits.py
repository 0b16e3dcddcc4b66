"""Last edits to an article's speakers, once each source is resolved.

:func:`analysis.speakers.resolve_columns` resolves each source, then edits
what it found: "the party" and "the state's" in an unnamed description
become the party and the state the article names
(:func:`_party_and_state_named`: "the party's top figures" -> "the
Republican Party's top figures"); a role alone in the title line becomes
the person the story quotes first (:func:`_name_title_roles`: "SEIU chief
says Trump can win." -> "Mary Kay Henry"); a document loses the time it
came out (``_TIMED_PARTICIPLE``: "a CBS poll released Monday" -> "a CBS
poll"); and every speaker is spelt straight (:func:`_straight`: "O’Neill"
-> "O'Neill", "PeÃ±a" -> "Peña").
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from analysis.mentions import _SENTENCE_END, _previous_sentence_start, _sentence_start
from analysis.names import _MONTH_NAME, _WEEKDAY_NAME, US_STATE_NAMES
from analysis.role_words import _STRIP
from analysis.unnamed_sources import Resolved

if TYPE_CHECKING:
    from analysis.speakers import _Resolver


# "the party" in a description, and a party the article names ("the Republican Party").
_THE_PARTY = re.compile(r"\b[Tt]he [Pp]arty\b")
# (the GOP, the Grand Old Party, is the Republican Party)
_NAMED_PARTY = re.compile(r"\b((?:Republican|Democratic|Libertarian|Green|Reform|Labour|Conservative|"
                          r"Liberal Democrat|Independence) Party)\b|\bGOP\b")

# A party named by its members or its adjective: "the Democrats'", "Republican
# majorities" (not Britain's Liberal Democrats).
_MEMBERS_PARTY = re.compile(r"\b(?<!Liberal )(Democrat|Republican)(?:s|ic)?\b")

# "the state's" in a description, and a US state named in full (not
# Washington, the capital as often as the state).
_THE_STATE = re.compile(r"\b[Tt]he state['’]s\b")
_STATE_NAME = re.compile(r"\b(?:%s)\b" % "|".join(name for name in US_STATE_NAMES if name != "Washington"))


def _party_and_state_named(text: str, res: Resolved, start: int) -> Resolved:
    """``res`` with "the party" in an unnamed description named as the party
    the article names last before ``start`` ("the party's top figures" → "the
    Republican Party's top figures"; the GOP is the Republican Party), else
    as the one party whose members the sentence or the one before names, and
    "the state's" as the US state the sentence names ("In Georgia, ... the
    state's Republican governor" → "Georgia's Republican governor")."""
    if not res.speaker or res.person:
        return res
    speaker = res.speaker
    # (each pattern searched only where its word stands: most speakers hold
    # neither "party" nor "state", in either case of their first letter)
    party = _THE_PARTY.search(speaker) if "arty" in speaker else None
    parties = ([m.group(1) or "Republican Party" for m in _NAMED_PARTY.finditer(text, 0, start)]
               if party else [])
    if party and not parties:
        # no party named by name: the one whose members or adjective the
        # sentence or the one before names ("the Democrats' convention ...
        # the Party's platform"; "the party's top figures, who ... Republican
        # majorities"), if only one
        stop = _SENTENCE_END.search(text, start)
        around = _MEMBERS_PARTY.findall(text, _previous_sentence_start(text, start),
                                        stop.start() if stop else len(text))
        parties = ([f"{'Democratic' if around[0] == 'Democrat' else around[0]} Party"]
                   if len(set(around)) == 1 else [])
    if parties:
        speaker = f"{speaker[:party.start()]}the {parties[-1]}{speaker[party.end():]}"
    state = _THE_STATE.search(speaker) if "state" in speaker else None
    states = ([m.group() for m in _STATE_NAME.finditer(text, _sentence_start(text, start), start)]
              if state else [])
    if states:
        speaker = f"{speaker[:state.start()]}{states[-1]}'s{speaker[state.end():]}"
    return res if speaker == res.speaker else Resolved(speaker, res.source_type, res.anonymous, res.person)


def _name_title_roles(text: str, resolver: _Resolver, order: list[int], sources: list,
                      src_spans: list[tuple[int, int]], results: dict[int, Resolved]) -> None:
    """A role alone in the title line ("SEIU chief says Trump can win.") is the
    person the story quotes first ("... Mary Kay Henry said"), passing over
    people the title names ("Philippine lawmaker wants Trump banned": not
    Trump, quoted in the body before the lawmaker is named): set in ``results``."""
    title_end = text.find("\n")
    title_end = title_end if 0 < title_end <= 200 else 0  # (a title line, as the index reads one)
    for i in order:
        res = results[i]
        if not (0 <= src_spans[i][0] < title_end and res.speaker and not res.person
                and res.speaker == sources[i].strip(_STRIP) and _TITLE_ROLE.fullmatch(res.speaker)):
            continue
        quoted = [results[k].speaker for k in order if src_spans[k][0] > title_end
                  and results[k].person and results[k].speaker in resolver.index.persons
                  and not _named_in(results[k].speaker.split()[-1], text[:title_end])]
        if quoted:
            results[i] = resolver.person(quoted[0])


def _named_in(surname: str, line: str) -> bool:
    """Whether ``line`` names ``surname`` as a word ("Trump" in "wants Trump
    banned", "Trump's plan"; not "Ross" in "Across")."""
    return re.search(rf"\b{re.escape(surname)}\b", line) is not None


# A role in the title line, alone or after up to four words that place or
# own it, as titles write one: "SEIU chief", "former rival", "Top aide",
# "London's Muslim mayor", "Benghazi mom speechwriter", "Jeb Bush Super PAC
# Chief" (without the determiner or pronoun titles drop: not "a top aide").
_TITLE_ROLE = re.compile(r"(?!(?i:a|an|the|this|that|his|her|its|their|our|my|one)\s)"
                         r"(?:[\w'’.-]+\s+){0,4}?(?i:(?:former\s+|top\s+)?(?:chief|rival|aide|"
                         r"adviser|spokesman|spokeswoman|official|senator|governor|congressman|"
                         r"lawmaker|candidate|nominee|leader|head|boss|chairman|chair|president|"
                         r"mayor|ally|speechwriter|judge|strategist|pollster|donor|lawyer|"
                         r"attorney|ambassador|diplomat|minister|secretary|anchor|economist|"
                         r"analyst|activist|founder|executive|CEO|prosecutor|sheriff))")

# When a document came out, no part of what it is: "a CBS poll [released Monday]",
# "A news report [published Wednesday]" (its maker stays: "released by the agency").
_TIMED_PARTICIPLE = re.compile(
    r"(?:\s+(?:also|just|first|newly))?\s+(?:published|released|issued|filed|posted|unveiled|aired|"
    r"conducted|sent)\s+(?:on\s+)?"
    rf"(?:{_WEEKDAY_NAME}(?:\s+(?:night|morning|evening))?"
    r"|(?:earlier\s+|late\s+)?(?:last|this)\s+(?:week|month|year)|yesterday|today"
    rf"|in\s+(?:(?:late|early|mid)[\s-])?{_MONTH_NAME})$")


def _straight(speaker: str | None) -> str | None:
    """Typographic apostrophes made straight, so "O’Neill" and "O'Neill" group
    together, UTF-8 that was read as Latin-1 repaired ("PeÃ±a" -> "Peña") and
    "Jr" given its dot."""
    if not speaker:
        return speaker
    if not speaker.isascii():  # (most are ASCII, which NFC, the repair and the apostrophe leave as is)
        speaker = unicodedata.normalize("NFC", speaker)
        for _ in range(2):  # some texts went through the wrong decoding twice
            if "Ã" not in speaker and "Â" not in speaker:
                break
            try:
                speaker = speaker.encode("latin-1").decode("utf-8")
            except UnicodeError:
                break
        speaker = speaker.replace("’", "'")
    # (a name run stops before the dot of its suffix: "Harry B. Harris Jr.")
    # (the pattern is tried at every position: only where a suffix ends the name)
    if not speaker.endswith(("Jr", "Sr", "Jr\n", "Sr\n")):
        return speaker
    return _SUFFIX_WITHOUT_DOT.sub(r"\1.", speaker)


_SUFFIX_WITHOUT_DOT = re.compile(r"\b(Jr|Sr)$")

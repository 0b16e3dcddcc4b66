"""Coreference for source resolution: what a pronoun, a relative pronoun or a
clause fragment refers back to.

:class:`CoreferenceMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in): "he"/"she" to the person quoted
last or the subject of the nearest sentence naming a compatible person,
"they"/"it" to the group or institution quoted just before, "who" to the name
or noun phrase before it, and fragments ("amid", "And") to the speaker of the
quote being continued. The groups, pairs, bodies and documents named in the
text that "they", "both", "the two" and "it" may take up are looked up by
:mod:`analysis.group_reference`, "we" and "I" by :mod:`analysis.first_person`,
short names of bodies ("the IMF", "the fund") by :mod:`analysis.bodies`;
the antecedent of a relative pronoun by :mod:`analysis.relative_pronouns`,
and the people named before whom a role, an opening phrase or a fragment
stands for by :mod:`analysis.previous_subjects` (both mixed in here).
Written by hand: no coreference model can be downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.first_person import _LABEL
from analysis.mentions import _previous_paragraph_start, _previous_sentence_start, _sentence_start
from analysis.names import (
    _FEMALE_FIRST,
    _MALE_FIRST,
)
from analysis.phrase_words import _is_plural, _tokens
from analysis.previous_subjects import PreviousSubjectsMixin
from analysis.pronoun_antecedents import GENDERED_NOUNS as _GENDERED_NOUNS
from analysis.role_words import (
    _BODY_NOUNS,
    _FUNCTION,
    _INSTITUTIONS,
    _PREPOSITIONS,
    _STRIP,
    _WORD_TYPE,
)
from analysis.relative_antecedents import _VERBISH
from analysis.relative_pronouns import RelativePronounsMixin
from analysis.unnamed_sources import (
    DEFAULT_PERSON_TYPE,
    Resolved,
    _head_word,
    _opens_in_camel_case,
    names_a_set_of_bodies,
)

# An "it" opening a sentence or a clause after a semicolon.
_CLAUSE_OPENING_AT = re.compile(r"(?:^|[.!?;]\s*|\n)$")

# Cues of an outlet's work: what "it reported" or "wrote" is a newsroom's.
_REPORTING_CUE = re.compile(r"(?i:report|wr(?:ote|ites|iting)|publish|editorializ)")
# Cues of evidence, not speech: what a thing "shows", "suggests" or "means".
_EVIDENCE_CUE = re.compile(r"(?i:show|suggest|indicat|mean|reflect|signal|illustrat|demonstrat|prov)")
# The cue of a written text's words: what "reads" is a sign, a letter, a post.
_READING_CUE = re.compile(r"(?i:reads?)")
# Cues of what a plan, an event or a fact does, not a speaker: what "it
# assumes", "implies", "points to", "tells you" or how "it felt" ("But it
# assumes that a majority of delegates ...", "because it felt so universal").
_THING_CUE = re.compile(r"(?i:assum|impl|point(?:s|ed|ing)?\s+to\b|tell|feel|felt)")

# A definite role opening a sentence (after an opening chunk) with its verb:
# "Speaking to reporters Sunday, the president framed the shooting ...".
_ROLE_SUBJECT = re.compile(
    # (initials: "James S. Brady"; an aside in dashes: "Asked later - war or not - the admiral")
    r"(?:[A-Z](?:[^,.;:!?“”\"\n]|(?<=\b[A-Z])\.){0,120}(?:,|\s[-—–])\s+)?"
    r"([Tt]he\s+(?:[\w.'’-]+\s+){0,3}?(?:[a-z-]+|Republican|Democrat))"  # ("the Wisconsin Republican")
    r"(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|has|had|was|is|did|does|will|would|could)\b)")
# What _ROLE_SUBJECT and _UNNAMED_PERSON_SUBJECT hold where their phrase
# follows an opening chunk (", the ...", " - the ...", ", a ...").
_THE_AFTER_BREAK = re.compile(r"(?:,|\s[-—–])\s+[Tt]he\s")
_AN_AFTER_COMMA = re.compile(r",\s+[Aa]n?\s")

# An unnamed person of known gender opening a sentence (after an opening
# chunk), before a comma or a verb: "A 29-year-old Berlin woman, meanwhile,
# received five months' probation ... “Filth out!” she wrote".
_GENDERED_HEADS = {gender: frozenset(nouns.split("|")) for gender, nouns in _GENDERED_NOUNS.items()}
_UNNAMED_PERSON_SUBJECT = {
    gender: re.compile(
        r"(?:[A-Z](?:[^,.;:!?“”\"\n]|(?<=\b[A-Z])\.){0,120},\s+)?"
        rf"([Aa]n?\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{nouns}))"
        r"(?=,|\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|has|had|was|is|did|does|will|would|could)\b)")
    for gender, nouns in _GENDERED_NOUNS.items()}

# Pronouns, by what they can refer to.
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PLURAL_PRONOUN = {"they", "them", "their", "themselves"}
_THING_PRONOUN = {"it", "its", "this", "itself"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
# Indefinites no pronoun refers back to ("Nobody asked ... They": not nobody).
_NO_ONE_BACK = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
                "none", "each", "another", "one", "neither", "either"}
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "this"}
# Pronouns of one person speaking or spoken to (or of the speaker's group):
# what they stand for is no group or thing "they" or "it" takes up.
_ONE_SPEAKING = _MALE | _FEMALE | _FIRST_PERSON | {"you"}
# Every pronoun a source may be: a speaker still one of these was left unresolved.
PRONOUN_SOURCES = frozenset(_PRONOUNS | _RELATIVE | _FIRST_PERSON | _MALE | _FEMALE
                            | _PLURAL_PRONOUN | {"you"})

# Words a finder's source span may drag along: "It finally", "[added] the 30-year-old".
_ADVERBS = {"also", "then", "later", "still", "now", "too", "again", "once", "already", "himself",
            "herself", "itself", "themselves", "alone", "first", "last", "soon", "just", "even"}

# What follows a name used as a modifier or an owner: "Trump supporters",
# "Trump Tower", "Trump's".
_NAME_AS_MODIFIER = re.compile(r"['’]|\s+(?:[A-Z]|[a-z]+(?:ers|ors|ists|ians)\b"
                               r"|(?:campaign|camp|team|administration|era|rally|rallies|aides?|staff)\b)")
# A quote inside a quote: "‘Billie Jean King, you are the Queen,’".
_INNER_QUOTE = re.compile(r"(?:‘|(?<=[\s:,])')[^‘’“”\"]*?(?:’|'(?![A-Za-z]))")
# Cues that continue the speaker's previous quote: "he added".
_CONTINUING = {"added", "adds", "continued", "continues", "went on", "concluded"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# A phrase of place, time or circumstance opening a sentence, no one's name:
# "In his emotional seven-minute farewell", "Outside the sports arena",
# "Absent a strong defense", "Of course".
_PHRASE_OF_PLACE_OR_TIME = re.compile(
    r"(?:In|On|At(?! least| most)|Outside|Inside|Beyond|Absent|After|Before|During|Despite|Since|"
    r"Until|Amid|Among|Without|Of course|Here|There|Perhaps|Maybe)(?:\s|$)")
_NOUN_PHRASE_START = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
                      "this", "these", "those", "that", "some", "no", "every", "each", "any"}


# A sentence opening with a subordinate clause: "When asked whom she supported, ...".
_OPENING_SUBORDINATE = re.compile(
    r"\s*(?:When|After|Before|While|As|Although|Though|If|Since|Until|Once|Because|Asked|"
    r"In\s+what|Even\s+as|Even\s+though)\b")
# What may stand between that clause's comma and the name: a quote's closing
# mark ('In what he called a “rant,” President Obama'), spaces, a title.
_TITLE_OR_SPACE = re.compile(
    r"[”\"’']?\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+|(?:President|Senator|Governor)\s+)?")


class CoreferenceMixin(PreviousSubjectsMixin, RelativePronounsMixin):
    """Pronoun, relative and fragment lookups of the resolver.

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`),
    ``spoken``, ``content``, ``cue`` and the methods ``person``, ``resolve``,
    ``_apposition_of``, ``_surname_or_title``, ``_first_person``, ``_label``
    and ``_unnamed`` (:mod:`analysis.described_sources`) of the class it is
    mixed into, and the lookups of
    :class:`analysis.group_reference.GroupReferenceMixin` beside it. It
    mixes in the lookups of
    :class:`analysis.previous_subjects.PreviousSubjectsMixin` and
    :class:`analysis.relative_pronouns.RelativePronounsMixin`.
    """

    def _in_content(self, pos: int) -> bool:
        """Whether ``pos`` lies in the content of the attribution being resolved
        (what the source says is never who says it)."""
        return self.content[0] <= pos < self.content[1]

    def _pronoun(self, clean: str, start: int, done: list) -> Resolved:
        lower = clean.lower()
        if lower in _FIRST_PERSON:
            return self._first_person(start, done)
        if lower in _MALE or lower in _FEMALE:
            gender = "m" if lower in _MALE else "f"
            ahead = self._subject_ahead(start, gender)
            if ahead:  # "When asked whom she supported, Ms. Sherry smiled"
                return self.person(ahead)
            introduced = self.index.person_introduced_before(start, gender, self.content)
            if introduced:  # "the home of a 26-year-old Berlin man was raided ... after he had posted"
                return self._unnamed(self.text[introduced[0]:introduced[1]], introduced[0], [])
            recent = self._recent_unnamed(start, gender, done) or self._recent_speaker(start, gender)
            if recent:
                return recent
            role = self._role_subject(start, gender)
            if role:
                return role
            name = self.index.previous_person(start, gender, self.content)
            spoken_of = self._spoken_of()
            if name in spoken_of:
                # whom the quote speaks of is not who speaks it: the subject
                # before that person's, if named in this paragraph or the one
                # before ("Cruz is not only right ..., Viguerie argues. “Cruz
                # is our best debater,” he says": Viguerie)
                other = self.index.previous_person(start, gender, self.content, exclude=frozenset(spoken_of))
                floor = _previous_paragraph_start(self.text, start)
                if other and any(n == other for _, _, n in self.index.mentions_in(floor, start)):
                    name = other
            if name:
                return self.person(name)
            unnamed = self._unnamed_role_before(start, gender, done)
            if unnamed:
                return unnamed
            floor = _previous_paragraph_start(self.text, start)
            name = self.index.only_one_of_gender(start, gender, floor)
            if name:
                return self.person(name)
            first = self.index.lone_first_name(start, gender, floor)
            if first:  # "... a retired teacher named Margaret. / “...,” she said"
                # (in full, if the article names one so: "Kevin" for Kevin Marsh)
                return self.person(self.index.by_first_name(first) or first)
            # left unresolved, still a person: typed as one the article gives no role
            return Resolved(clean, DEFAULT_PERSON_TYPE, False)
        if lower in _PLURAL_PRONOUN and not _CLAUSE_OPENING_AT.search(self.text, max(0, start - 3), start):
            group = self._subject_group(start)
            if group:  # "the Democrats are acting as though they want to lose"
                return group
        body, body_at = self._body_as_subject(start) if lower == "it" else (None, 0)
        # "it", "they": the last unnamed or institutional source quoted just before
        # (for "it", unless a body opens a sentence since: "Delta has been hit
        # by rising fuel costs. It has said it needs to cut jobs")
        # (for "they", unless two people are named together since, in this
        # sentence or the one before: "Take Idaho Republican Sens. Mike Crapo
        # and Jim Risch. Last week, they endorsed")
        # (start + 1: a "they" opening its sentence is in it, not in the one before)
        pair_floor = _previous_sentence_start(self.text, start + 1) if lower in _PLURAL_PRONOUN else -1
        together = None  # (whether people are named together there: looked up once, on need)
        for other_start, other_end, res in reversed(done[-3:]):
            if body and other_start < body_at:
                break
            if other_start < pair_floor:
                if together is None:
                    together = self._people_named_together(start)
                if together:
                    break
            if (res.speaker and _noun_phrase(res.speaker)
                    # (not one left "she", "you": no group, no thing; "they" goes on)
                    and res.speaker.lower() not in _ONE_SPEAKING
                    and (not res.person or lower in _PLURAL_PRONOUN and _LED_GROUP.search(res.speaker))
                    and res.speaker.lower() not in _THING_PRONOUN
                    and res.speaker.lower() not in _NO_ONE_BACK
                    and (res.source_type != "unspecified" or res.anonymous)
                    and not (lower in _PLURAL_PRONOUN and res.source_type == "document")
                    and not (lower in _PLURAL_PRONOUN and _one_person(res.speaker))
                    and not (lower in _THING_PRONOUN  # "it": not a group, unnamed or a
                             # set ("The two firms signed ... Last month it said")
                             and (res.anonymous or names_a_set_of_bodies(res.speaker)))):
                if lower in _PLURAL_PRONOUN:
                    # a group named after that source spoke, in the sentence
                    # before, is nearer: "This angered Hispanics who viewed it
                    # as ... They also have criticized" (not the voters quoted before)
                    nearer = self._group_acting_since(start, other_end)
                    if nearer:
                        return nearer
                return res
        if lower in _PLURAL_PRONOUN:
            pair = self._named_pair(start, lists=True)
            if pair:  # "Wilcox and Beruff argued ... State departments can do that, they said"
                return pair
            # (a plural of texts only for a "they" that shows: "when the numbers
            # were updated, they showed"; not "respond to videos showing that they said")
            group = self._plural_group(start, documents=_EVIDENCE_CUE.match(self.cue or "") is not None)
            if group:  # "Other Republicans echoed those comments. They criticized ..."
                return group
        if lower == "it":
            if body:  # "The Fed does not want to stall growth. It plans to ..."
                return body
            document = self._document_it_takes_up(start)
            if document:  # "... cited a 2001 memorandum. It says foreign nationals ..."
                return document
        # left unresolved: an "it" that speaks still does so as a body (a
        # company, a group, an agency: "organization", the commonest; one that
        # reports or writes, an outlet); one that reads is a text ("“I am
        # still Sanders,” it read": a sign); one that shows or suggests is a
        # thing, no speaker ("it shows how much the party has changed"), as
        # is one that assumes, implies, points to, tells or feels; "they"
        # stays an unnamed group
        speaks = lower == "it" and not (_EVIDENCE_CUE.match(self.cue or "")
                                        or _THING_CUE.match(self.cue or ""))
        kind = ("media" if speaks and _REPORTING_CUE.match(self.cue or "")  # "It reported"
                else "document" if speaks and _READING_CUE.fullmatch(self.cue or "")
                else "organization" if speaks else "unspecified")
        return Resolved(clean, kind, lower in _PLURAL_PRONOUN)

    def _role_subject(self, start: int, gender: str) -> Resolved | None:
        """The person a definite role names ("the president", "the Vermont
        senator") when it is the subject of this sentence or of one of the two
        before, with no person of that gender named since: "Speaking to
        reporters Sunday, the president framed the shooting ... He did not
        mention" is the president, not the man named a paragraph earlier."""
        text, index = self.text, self.index
        lo = _sentence_start(text, start)
        for step in range(3):
            if step:
                lo = _sentence_start(text, max(0, lo - 2))
            if index.in_headline(lo):
                return None
            # (each pattern tried only where its phrase can open: at the
            # sentence's start or after the comma or dash closing an opening
            # chunk, "the ..." and "a ..." stand there)
            m = (_ROLE_SUBJECT.match(text, lo, start)
                 if text.startswith(("The", "the"), lo) or _THE_AFTER_BREAK.search(text, lo, start) else None)
            unnamed = (_UNNAMED_PERSON_SUBJECT[gender].match(text, lo, start)
                       if not m and (text.startswith(("A", "a"), lo) or _AN_AFTER_COMMA.search(text, lo, start))
                       else None)
            if unnamed and not index.in_quote(unnamed.start(1)):
                if any(index.persons[n].gender in (gender, None)
                       for _, _, n in index.mentions_in(unnamed.end(1), start)):
                    return None  # someone named since
                return self._unnamed(unnamed.group(1), unnamed.start(1), [])
            if m and not index.in_quote(m.start(1)):
                if not (step == 0 and _COORDINATED_BEFORE.search(text, max(lo, start - 8), start)) and any(
                        index.persons[n].gender in (gender, None)
                        for _, _, n in index.mentions_in(m.end(1), start)):
                    # someone named since (but for the subject of a main clause
                    # coordinated with the role's: "The Wisconsin Republican
                    # did give Trump some credit ..., but he suggested")
                    return None
                res = self._surname_or_title(m.group(1), m.start(1))
                if (res is not None and res.person
                        and index.persons.get(res.speaker) is not None
                        and index.persons[res.speaker].gender in (gender, None)):
                    return res
                return None
            if any(index.persons[n].gender in (gender, None)
                   for _, _, n in index.mentions_in(lo, start)):
                return None  # a person named in a sentence opened otherwise
            if lo == 0:
                return None
        return None

    def _subject_ahead(self, start: int, gender: str) -> str | None:
        """The person named right after the opening subordinate clause that
        holds the pronoun at ``start`` ("When asked whom [she] supported, Ms.
        Sherry smiled", "After [he] left office, Bush ..."): news style names
        the subject of the main clause there, and the pronoun points ahead."""
        text = self.text
        # (the comma after the pronoun asked first, then the sentence's start:
        # most pronouns have none before the line ends, "“...,” he said.")
        comma = text.find(",", start, start + 120)
        if comma < 0 or "\n" in text[start:comma] or self.index.in_quote(start):
            return None
        lo = _sentence_start(text, start)
        if not _OPENING_SUBORDINATE.match(text, lo, start):
            return None
        after = self.index.mentions_in(comma + 1, comma + 20)
        if not after or not _TITLE_OR_SPACE.fullmatch(text, comma + 1, after[0][0]):
            return None
        name = after[0][2]
        person = self.index.persons.get(name)
        return name if person is not None and person.gender in (gender, None) else None

    def _recent_speaker(self, start: int, gender: str | None) -> Resolved | None:
        """The person quoted last, in this paragraph or the one before, when no
        other person of that gender (of any, for None) is mentioned since as a
        possible subject ("Chesnakov said, ... Trump, he added, is willing": he
        is Chesnakov); a paragraph between opening with the same pronoun
        ("She appeared to imply ...") carries the chain one paragraph further."""
        index, text = self.index, self.text
        floor = near = _previous_paragraph_start(text, start)
        if gender and text.startswith(("She " if gender == "f" else "He "), floor):
            floor = _previous_paragraph_start(text, floor)
        # "he added": the speaker quoted last (not "he added trucks": no speech)
        continuing = self.cue.lower() in _CONTINUING and self._reports_speech()
        in_turn = any(c_start <= start < c_end and _LABEL.fullmatch(text, s_start, s_end)
                      for s_start, s_end, c_start, c_end, _ in self.spoken)
        spoken_of = None  # (read on first need: _spoken_of; no functools.cache, whose wrapper costs more)
        for s_start, s_end, c_start, c_end, res in reversed(self.spoken):
            if s_start >= start:
                continue
            if max(s_start, c_end) < floor:  # (a quote running into the floor's paragraph is recent)
                return None
            if (text[s_start:s_end].split()[0].lower().strip(_STRIP) in _FIRST_PERSON
                    and not index.in_quote(s_start)):
                continue  # the author writing "I": not whom a "he" refers to
            if in_turn and _LABEL.fullmatch(text, s_start, s_end):
                continue  # in a transcript's turn, "he" is no one talking: they say "I", "you"
            person = index.persons.get(res.speaker)
            g = person.gender if person else _first_name_gender(res.speaker)
            if g and gender and g != gender or s_start < near and g != gender:
                continue  # (further back, only someone known to be a he or a she)
            if continuing:
                return res
            for m_start, m_end, name in index.mentions_in(min(s_end, c_end) if c_end > 0 else s_end,
                                                          start):
                if (name == res.speaker or c_start <= m_start < c_end
                        or self._in_content(m_start)
                        or s_start <= m_start < s_end
                        or name in (spoken_of if spoken_of is not None
                                    else (spoken_of := self._spoken_of()))):
                    continue
                other = index.persons[name].gender
                if ((gender is None or other in (None, gender)) and not index.in_quote(m_start)
                        and not _AFTER_PREPOSITION.search(text, max(0, m_start - 16), m_start)
                        and not _ASKED_OPENER.match(text, _sentence_start(text, start), m_start)):
                    # someone else could be meant: leave it to the subject rule
                    # (not the object of a preposition: "more upheaval than
                    # Clinton, the former secretary of state")
                    return None
            return res
        return None

    def _spoken_of(self) -> set[str]:
        """The people the attribution's own quote speaks of by name, as
        someone else than its speaker ("“Cruz is our best debater,” he says":
        not Cruz); not as a modifier ("the peaceful Trump supporters", "Trump
        Tower"), as an owner, nor in a quote inside it, where another speaks
        ("“He always whispered in my ear, ‘Billie Jean King, you are the
        Queen,’” she said")."""
        c_start, c_end = self.content
        if c_start < 0 or self.text[c_start:c_start + 1] not in "“\"'‘":
            return set()
        inner = [m.span() for m in _INNER_QUOTE.finditer(self.text, c_start + 1, c_end)]
        return {name for m_start, m_end, name in self.index.mentions_in(c_start, c_end)
                if not _NAME_AS_MODIFIER.match(self.text, m_end)
                and not any(lo <= m_start < hi for lo, hi in inner)}

    def _reports_speech(self) -> bool:
        """Whether the attribution's content is speech or a clause: quoted,
        opened by "that", before its cue, or with a finite verb before any
        comma ("the plan would work"); not a bare object ("trucks")."""
        c_start, c_end = self.content
        if c_start < 0:
            return True
        content = self.text[c_start:c_end]
        return (content[:1] in "“\"'‘" or content.startswith("that ")
                or _FINITE_VERB.search(content.split(", ", 1)[0]) is not None)

    def _unnamed_role_before(self, start: int, gender: str, done: list) -> Resolved | None:
        """With no person named to take it up, "he" or "she" is the unnamed
        person quoted last, in this paragraph or the one before ("The official
        said ... “...,” he said"; "The Trafford Centre spokeswoman said ...
        she added"), if the description fits the gender."""
        for _, _, res in quoted_recently(self.text, start, done):
            if res.person or not res.speaker or not _one_person(res.speaker) or _left_a_pronoun(res):
                return None
            return res if _head_fits_gender(res.speaker.split()[-1].lower(), gender) else None
        return None

    def _recent_unnamed(self, start: int, gender: str, done: list) -> Resolved | None:
        """The unnamed woman or man quoted last ("said the woman, who did not want
        to be quoted by name. “Too much hate,” she said"), in this paragraph or
        the one before, with no one of that gender named since."""
        for c_start, c_end, res in quoted_recently(self.text, start, done):
            if res.person or _left_a_pronoun(res):
                # a named speaker came last: the other rules decide (so they
                # do after a pronoun left unresolved: "can you believe it, he
                # urged": not "you")
                return None
            head = (res.speaker or "").split()[-1:]
            if head and res.anonymous and (
                    head[0].lower() in _GENDERED_HEADS[gender]
                    or self._fits_gender(res.speaker, gender)
                    and _SUBJECT_PRONOUN.match(self.text, start)  # (not "his friend")
                    # (not one who asked: "A reporter asked Sanders how he's
                    # feeling. He replied": the one asked answers)
                    and not _ASKED_BEFORE.search(self.text, max(0, c_start - 60), c_start)):
                named = self.index.mentions_in(c_end, start)
                if any(self.index.persons[n].gender in (gender, None) for _, _, n in named):
                    return None
                return res
            return None
        return None

    @staticmethod
    def _fits_gender(phrase: str, gender: str) -> bool:
        """Whether a description of one person may be a he or a she: "a reporter
        for Agence France-Presse" either, "a spokeswoman" only a she."""
        # the noun before any preposition or aside: "reporter", not the word a
        # role lexicon finds first ("a four-nation EU visit" is no official)
        words = _tokens(phrase.split(",")[0])
        cut = next((k for k, word in enumerate(words) if word in _PREPOSITIONS), len(words))
        head = words[cut - 1] if cut else ""
        return _one_person(phrase) and _one_person(head) and _head_fits_gender(head, gender)


# A pronoun opening a clause coordinated with the sentence's main one: ", but [he]".
_COORDINATED_BEFORE = re.compile(r",\s+(?:but|and|yet)\s+$")

# "Asked about her vote in the event that Clinton faces Trump, she replied":
# whoever is named in the opener, the one asked is the subject to come.
_ASKED_OPENER = re.compile(r"\s*Asked\b[^,.;:!?]*$")
_SUBJECT_PRONOUN = re.compile(r"(?i:he|she)\b")
# A finite verb: what a clause has and an object ("trucks") has not.
_FINITE_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could|should|must|"
                          r"might|may|did|does|do|[a-z]{3,}ed|[a-z]+n['’]t)\b")
# A question's content follows: "a reporter asked if", "asked Trump whether".
_ASKED_BEFORE = re.compile(r"\b(?:asked|asks|questioned|wondered)\b[^.!?“”\"]{0,40}$")
# (not "As for Trump, he said": a topic, the subject to come)
_AFTER_PREPOSITION = re.compile(r"\b(?:than|with|against|(?<![Aa]s\s)for|from|about|over|to"
                                 # (or a gerund's object: "sold him on supporting Sanders")
                                 r"|(?!(?:morn|even|dur|noth|someth|everyth|anyth|spr)ing)"
                                 r"[a-z]{2,}[^aeiou\s]ing)\s+$")


def quoted_recently(text: str, start: int, done: list) -> Iterator[tuple[int, int, Resolved]]:
    """``(content_start, content_end, resolved source)`` of the attributions in ``done`` whose
    content opens before ``start``, last first, back to the start of the
    paragraph before the one holding ``start``."""
    floor = _previous_paragraph_start(text, start)
    for c_start, c_end, res in reversed(done):
        if c_start >= start:
            continue
        if c_end < floor:
            return
        yield c_start, c_end, res


def _head_fits_gender(head: str, gender: str) -> bool:
    """Whether a person noun may be a he ("m") or a she ("f"): not a noun of
    the other gender (a spokesman is a he, a chairwoman a she)."""
    other = "f" if gender == "m" else "m"
    said = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
    return head not in _GENDERED_HEADS[other] and said != other


def _left_a_pronoun(res: Resolved) -> bool:
    """Whether a source was left a pronoun ("you", "I", "they"): no description
    of anyone a "he" or "she" could take up."""
    return (res.speaker or "").lower() in PRONOUN_SOURCES


def _first_name_gender(name: str) -> str | None:
    """"m" or "f" for a first name used alone ("Bob said"), or with an
    appositive ("Michelle, a mother of twins, said"), else None."""
    appositive = _FIRST_NAME_APPOSITIVE.match(name)
    low = (appositive.group(1) if appositive else name).lower()
    return "m" if low in _MALE_FIRST else "f" if low in _FEMALE_FIRST else None


# A first name and an appositive, as British papers name members of the public:
# "Michelle, a mother of twins".
_FIRST_NAME_APPOSITIVE = re.compile(r"([A-Z][a-z]+),\s+(?:an?|the)\s")


def _one_person(phrase: str) -> bool:
    """A description of one person ("a Mexican official", "Rubio's campaign
    manager"), whom "they" does not take up (a body it may: "the newspaper")."""
    head = _head_word(_tokens(phrase))
    return (bool(head) and head in _WORD_TYPE and not _is_plural(head) and head not in _INSTITUTIONS
            and head not in _BODY_NOUNS and head not in _PARTIES_BY_NAME and " and " not in phrase)


# A party by its own name, no member of it: "The Tories say ... They claim"
# (not "the Republican", one person).
_PARTIES_BY_NAME = frozenset({"tories", "labour", "ukip", "snp", "plaid", "gop", "dems"})


# A person and a group the person leads: "Bernie Sanders and his aides" ("they" takes it up).
_LED_GROUP = re.compile(r"\s+and\s+(?:his|her)\s+[a-z]")


def _noun_phrase(phrase: str) -> bool:
    """A short phrase without a verb: "the company", "Republican leaders" (not
    "his campaign shelled out to broadcast a short film"), before any "who"
    clause saying which ("Friends of Mr. Clinton's who have seen him on the
    trail": the friends, whom a "they" takes up)."""
    head = _WHO_CLAUSE.split(phrase, 1)[0]
    return len(head.split()) <= 6 and not _VERBISH.search(head)


# A "who" clause after a noun phrase: "Friends of Mr. Clinton's[ who have seen him]".
_WHO_CLAUSE = re.compile(r",?\s+who\s")


def _is_fragment(source, res: Resolved) -> bool:
    """A source span the resolver could make nothing of: no name, no role, no
    pronoun, no "some"/"sources" ("amid", "And", "section of a congressional")."""
    if (not isinstance(source, str) or res.person or res.anonymous
            or res.source_type != "unspecified" or res.speaker != source.strip(_STRIP)):
        return False  # typed, or resolved to another phrase ("who" -> "a gunman")
    clean = source.strip(_STRIP)
    first = clean.split()[0]
    if " " in clean and (first[:1].isupper() or first.lower() in _NOUN_PHRASE_START
                         or _opens_in_camel_case(clean)):
        return False  # "The U.N.", "the National Urban League", "its defenders", "eBay UK"
    if " " not in clean and first[:1].isupper() and first.lower() not in _FUNCTION \
            and first.lower() not in _ADVERBS:
        return False  # "Husted": a name the index does not hold
    words = _tokens(source)
    if len(words) > 1 and words[0] not in _FUNCTION and _is_plural(words[-1]):
        return False  # "current employees": an unnamed group
    return not any(w in _WORD_TYPE or w in _PRONOUNS or w in _FIRST_PERSON or w in _PLURAL_PRONOUN
                   for w in words)

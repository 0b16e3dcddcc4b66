"""Who is speaking: resolve attribution sources to speakers and type them.

:func:`resolve_sources` takes the attributions found in one article (the
``source``/``source_start``/``source_end`` columns of
:func:`analysis.attribution.find_attributions`) and adds ``speaker``,
``source_type`` and ``anonymous``, following the conventions of
``polnear/SOURCE_TYPES.md``:

* ``speaker``: the full name when the article names the person anywhere
  ("Bondarev" → "Boris Bondarev", "he" → the nearest preceding compatible
  person, "the mayor" → the named mayor); otherwise the source as written.
  Typographic apostrophes are made straight ("O’Neill" → "O'Neill").
* ``source_type``: one of :data:`SOURCE_TYPES`, decided from what the article
  says about the speaker (titles, pre-modifiers and appositions anywhere in
  the article), so that a speaker keeps one type throughout.
* ``anonymous``: the source is a person or group the article does not name.

How: one pass over the article (:class:`ArticleIndex`) collects person
names (capitalised runs, titles stripped), their surname mentions, the words
the article uses to describe each person (pre-modifiers "former Russian
diplomat", appositions ", director of ...", "(R-Texas)", "of the New York
Times") and a gender guess from "Mr./Mrs.", role nouns and nearby he/she.
Each source is then resolved: "he"/"she" to the person quoted last when no
other person of that gender has been named since (always after "he added"),
else to the subject of the nearest sentence naming a compatible person (gender
from first names, titles, role nouns and he/she votes; never a name inside the
attribution's own content); "they" to the group quoted or named just before;
"we"/"I" in a quote to the quoted speaker, in a transcript turn ("FALLIN: I
think", "A: I think") to its speaker; surnames, transcript labels and titles
("the Florida senator") to full names; unnamed sources are typed from their
own words (:mod:`analysis.source_types`). Imperfect source spans fall back to
the person they belong to: an apposition cut from its name ("Graham, R-S.C.,
[a long-shot candidate]"), a name inside another's apposition, and clause
fragments ("amid", "And") to the speaker of the quote being continued or the
subject of the sentence.

Everything is rule based and written by hand: the libraries we have
(pandas, scikit-learn, textstat) offer no named-entity recognition or
coreference, and models for them (spaCy, NLTK data) cannot be downloaded at
run time.
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from analysis.people import _KNOWN_SURNAMES, _NOT_NAME, _PARTY_TAG, _PRE_OK, ArticleIndex, _surname_key
from analysis.source_types import (
    DEFAULT_PERSON_TYPE,
    SOURCE_TYPES,
    _FUNCTION,
    _INSTITUTIONS,
    _PREPOSITIONS,
    _STRIP,
    _TRAILING_POSSESSIVE,
    _WORD_TYPE,
    Resolved,
    _head_word,
    _is_plural,
    _tokens,
    describe,
    type_phrase,
)

__all__ = ["SOURCE_TYPES", "resolve_sources"]

# Pronouns, by what they can refer to.
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves"}
_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_PLURAL_PRONOUN = {"they", "them", "their", "themselves"}
_THING_PRONOUN = {"it", "its", "this", "itself"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "this"}

# Words a finder's source span may drag along: "It finally", "[added] the 30-year-old".
_ADVERBS = {"also", "then", "later", "still", "now", "too", "again", "once", "already", "himself",
            "herself", "itself", "themselves", "alone", "first", "last", "soon", "just", "even"}
_SPEECH_VERBS = {"said", "says", "added", "adds", "told", "tells", "according", "explained",
                 "argued", "insisted", "warned", "noted", "wrote"}
_DETERMINERS = {"a", "an", "the", "one", "another", "some", "several", "many", "two", "three"}

# A name's party tag or apposition just before a source: "Rep. Jim Jordan (R-Ohio), [...]".
_AFTER_NAME = re.compile(r"(?:\s*\([^)\n]{1,30}\))?(,\s*)?\s*\(?$")
# "John Bentel, a tech staffer at the State Department, [who] ..."
_APPOSITIVE_BEFORE = re.compile(r"(?:\s*\([^)\n]{1,30}\))?,\s+(?:an?|the)\s[^,.;:!?“”\"\n]{2,80},\s*$")
# A transcript's speaker label: "WALLACE", "PENCE" (at a turn's start, before ":").
_LABEL = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?|[AQ]")
_TURN = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?|[AQ]):\s")
# Between a name and its apposition: "Graham, R-S.C., ", "Rendell, a former governor and ".
_APPOSITION_GAP = re.compile(r"(?:\s*\([^)\n]{0,30}\))?(?:,\s*[A-Z]{1,2}-[A-Z][\w.]*)?,\s+"
                             r"(?:[^,.;:!?“”\"()\n]*\s(?:and|&)\s+)?")
_APPOSITION_OBJECT = re.compile(r",\s+(?:an?|the)\s[^,.;:!?“”\"()\n]*?"
                                r"\s(?:to|of|for|at|with|under|by)\s+(?:then-|ex-)?")
# What joins names listed together: "Mr. King and Mr. Schultz", "A, B and C".
_LIST_GLUE = re.compile(r"(?:\s*\([^)\n]{0,30}\))?(?:,\s*|\s+and\s+|,\s+and\s+)(?:[A-Z][a-z]{1,3}\.\s+)?")
# The author of a document: "a new ad from [Donald Trump's campaign]".
_FROM_BY = re.compile(r"^[^,]*?\b(?:from|by)\s+(?=(?:the\s+)?[A-Z])")
# "Those close to [him]"
_OBJECT_PRONOUN = re.compile(r"\b(?:to|of|for|with|around|near)\s+(him|her)$", re.I)

# Organisations named earlier: "the IMF", "the fund", "the Times".
_ACRONYM_ONLY = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})$")
_ACRONYM_DEFINED = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+(?:of|for|and|on|the|[A-Z][\w'’-]+)){1,8})\s+\(([A-Z]{2,6})\)")
_CAPITALISED_NAME = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’-]+){1,7}")
_CAPS_BEFORE = re.compile(r"((?:[A-Z][\w./&'’-]*\s+){1,6})$")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_DEFINITE_ONE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?([A-Za-z]+)$")

# "the 30-year-old", "the defender": a person the role lexicons leave untyped.
_AGED = re.compile(r"\b\d{1,3}-year-old$")
_PERSON_NOUNS = set("""
defender striker midfielder goalkeeper player captain champion coach manager winner star
actor actress singer musician rapper director writer novelist artist comedian athlete
runner driver rider boxer golfer skier swimmer batsman bowler legend icon
""".split())


class _Resolver:
    """Resolves the sources of one article, in text order (see :func:`resolve_sources`).

    ``done`` arguments list ``(content_start, content_end, Resolved)`` of the
    attributions resolved so far, in text order.
    """

    def __init__(self, text: str, index: ArticleIndex):
        self.text = text
        self.index = index
        self._acronym_map: dict[str, str] | None = None
        # (source_start, source_end, content_start, content_end, Resolved) of
        # the named people resolved so far, in text order (for "he said" after them)
        self.spoken: list[tuple[int, int, int, int, Resolved]] = []
        self.content: tuple[int, int] = (-1, -1)  # the content of the attribution being resolved
        self.cue: str = ""  # and its cue

    def person(self, name: str) -> Resolved:
        if name not in self.index.persons:  # a well-known surname the index did not hold
            return Resolved(name, "official" if name.lower() in _KNOWN_SURNAMES
                            else DEFAULT_PERSON_TYPE, False, True)
        return Resolved(name, self.index.person_type(name), False, True)

    def resolve(self, source, start: int, end: int, done: list) -> Resolved:
        if not isinstance(source, str) or not source.strip(_STRIP) or start < 0:
            return Resolved(None, None, None)
        clean = source.strip(_STRIP)
        words = clean.split()
        if len(words) > 1 and words[0].lower() in _SPEECH_VERBS:
            # the finder's span took the inverted cue: "[added] the 30-year-old"
            offset = clean.index(words[1])
            clean, start = clean[offset:], start + offset
            words = words[1:]
        if 1 < len(words) <= 3 and _TRAILING_POSSESSIVE.sub("", words[0]).lower() in _PRONOUNS:
            clean = words[0]  # "It finally", "I didn't": the source is the pronoun
        if (_LABEL.fullmatch(clean) and self.text.startswith(":", end)
                and _paragraph_start(self.text, start) == start):
            return self._label(clean, start)  # "WALLACE:" in a transcript
        lower = clean.lower()
        if lower in _FIRST_PERSON or lower in _MALE or lower in _FEMALE \
                or lower in _PLURAL_PRONOUN or lower in _THING_PRONOUN:
            return self._pronoun(clean, start, done)
        if lower in _RELATIVE:
            return self._relative(clean, start, done)
        appositive = self._apposition_of(clean, start) or self._apposition_holder(start, end)
        if appositive:
            return self.person(appositive)
        inside = self.index.mentions_in(start, end)
        if inside:
            return self._named(clean, start, end, inside)
        return (self._name_nearby(clean, start, end)
                or self._surname_or_title(clean, start)
                or self._unnamed(clean, start, done))

    def fallback(self, source: str, start: int, done: list) -> Resolved | None:
        """The speaker of an attribution whose source span is a clause fragment.

        A direct quote continues the speaker quoted just before it (in this
        paragraph or the previous one); otherwise the subject of the sentence
        (or the one before), if it names a person, in those paragraphs.
        """
        text = self.text
        appositive = self._apposition_of(source.strip(_STRIP), start, typed=False)
        if appositive:  # "Trump, the owner of ... and [star of the reality TV]"
            return self.person(appositive)
        floor = _paragraph_start(text, _paragraph_start(text, start) - 1)
        c_start = self.content[0]
        if 0 <= c_start < len(text) and text[c_start] in "\"“":
            for other_start, other_end, res in reversed(done):
                if other_end <= c_start and res.speaker and res.source_type != "unspecified":
                    return res if other_end >= floor else None
        name = self.index.previous_person(start, None, self.content)
        if name and any(n == name for _, _, n in self.index.mentions_in(floor, start)):
            return self.person(name)
        return None

    def _label(self, label: str, start: int) -> Resolved:
        """A transcript's speaker label ("WALLACE") as the person it names."""
        key = label.lower()
        if label == "A":  # an interview's answers: the person the article is about
            people = self.index.persons
            if people:
                name = max(people, key=lambda n: people[n].mentions)
                if people[name].mentions > 1:
                    return self.person(name)
            return Resolved(label, "unspecified", False)
        if label == "Q":  # the interviewer, unnamed
            return Resolved(label, "media", False)
        if key in self.index.surnames:
            return self.person(self.index.surname_at(key, start))
        # a name the index skipped (in a headline, or after "Sunday"): "Chris Wallace"
        full = re.search(rf"\b[A-Z][a-z]+(?: [A-Z]\.)? {re.escape(label.title())}\b", self.text)
        name = full.group() if full else label.title()
        return Resolved(name, "official" if key in _KNOWN_SURNAMES else DEFAULT_PERSON_TYPE,
                        False, True)

    def _apposition_of(self, clean: str, start: int, typed: bool = True) -> str | None:
        """The person a source span that is only their apposition describes:
        "Sen. Lindsey Graham, R-S.C., [a long-shot presidential candidate], said",
        "Ed Rendell, a former Pennsylvania governor and [two-term Philadelphia mayor]"."""
        first = clean.split()[0]
        if not (first[:1].islower() or first.lower() in ("a", "an", "the")):
            return None
        prior = self.index.mentions_in(start - 150, start)
        if not prior or typed and type_phrase(clean)[0] in (None, "document", "unspecified"):
            return None
        _, m_end, name = prior[-1]
        if _APPOSITION_GAP.fullmatch(self.text, m_end, start):
            return name
        return None

    def _previous_official(self, start: int, former: bool) -> str | None:
        """The (former) office holder named last in this paragraph or the one before."""
        index = self.index
        floor = _paragraph_start(self.text, _paragraph_start(self.text, start) - 1)
        wanted = "former_official" if former else "official"
        for m_start, m_end, name in reversed(index.mentions_in(floor, start)):
            if index.could_be_subject(m_start, m_end, name) and index.person_type(name) == wanted:
                return name
        return None

    def _apposition_holder(self, start: int, end: int) -> str | None:
        """The person whose apposition the source span ends: "Juan Zarate, a top
        adviser to then-[President George W. Bush], also questioned" is Zarate."""
        if not self.text.startswith(",", end):
            return None
        prior = self.index.mentions_in(start - 150, start)
        if prior and _APPOSITION_OBJECT.fullmatch(self.text, prior[-1][1], start):
            return prior[-1][2]
        return None

    def _pronoun(self, clean: str, start: int, done: list) -> Resolved:
        lower = clean.lower()
        if lower in _FIRST_PERSON:
            for other_start, other_end, res in reversed(done):
                if other_start <= start < other_end and res.speaker:
                    return res  # "we" inside a quote: the quoted speaker
            paragraph = self.text[self.text.rfind("\n", 0, start) + 1:start]
            if '"' in paragraph or "“" in paragraph:
                # a quote running over paragraphs: the speaker quoted last
                for other_start, other_end, res in reversed(done):
                    if other_start < start and start - other_end < 1500 and res.speaker:
                        return res
            label = _TURN.match(self.text, _paragraph_start(self.text, start))
            if label:  # "FALLIN: I think ...": the speaker of the transcript turn
                return self._label(label.group(1), label.start())
            return Resolved(clean, "unspecified", False)
        if lower in _MALE or lower in _FEMALE:
            gender = "m" if lower in _MALE else "f"
            recent = self._recent_speaker(start, gender)
            if recent:
                return recent
            name = self.index.previous_person(start, gender, self.content)
            return self.person(name) if name else Resolved(clean, "unspecified", False)
        # "it", "they": the last unnamed or institutional source quoted just before
        for _, _, res in reversed(done[-3:]):
            if (res.speaker and not res.person and _noun_phrase(res.speaker)
                    and res.speaker.lower() not in _THING_PRONOUN
                    and (res.source_type != "unspecified" or res.anonymous)
                    and not (lower in _PLURAL_PRONOUN and res.source_type == "document")
                    and not (lower in _THING_PRONOUN and res.anonymous)):  # "it": not a group
                return res
        if lower in _PLURAL_PRONOUN:
            group = self._plural_group(start)
            if group:  # "Other Republicans echoed those comments. They criticized ..."
                return group
        return Resolved(clean, "unspecified", lower in _PLURAL_PRONOUN)

    def _plural_group(self, start: int) -> Resolved | None:
        """The nearest plural role noun before ``start`` in this paragraph or the
        one before, outside quotes, with up to two words modifying it."""
        text, index = self.text, self.index
        floor = max(_paragraph_start(text, _paragraph_start(text, start) - 1), start - 400)
        words = list(_WORD.finditer(text, floor, start))
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            lower = word.group().lower()
            if (lower in _PLURAL_IRREGULAR_GROUPS or not _is_plural(lower)
                    or lower not in _WORD_TYPE or index.in_quote(word.start())):
                continue
            first = k
            while first > 0 and k - first < 2:  # up to two modifiers right before it
                before = words[first - 1]
                if (text[before.end():words[first].start()].strip()
                        or before.group().lower() in _FUNCTION
                        or before.group().lower() in _PREPOSITIONS):
                    break
                first -= 1
            phrase = text[words[first].start():word.end()]
            res = describe(phrase)
            return Resolved(phrase, res.source_type, True)
        return None

    def _recent_speaker(self, start: int, gender: str) -> Resolved | None:
        """The person quoted last, in this paragraph or the one before, when no
        other person of that gender is mentioned since as a possible subject
        ("Chesnakov said, ... Trump, he added, is willing": he is Chesnakov)."""
        index, text = self.index, self.text
        floor = _paragraph_start(text, _paragraph_start(text, start) - 1)
        continuing = self.cue.lower() in _CONTINUING  # "he added": the speaker quoted last
        for s_start, s_end, c_start, c_end, res in reversed(self.spoken):
            if s_start >= start:
                continue
            if s_start < floor:
                return None
            person = index.persons.get(res.speaker)
            g = person.gender if person else None
            if g and g != gender:
                continue
            if continuing:
                return res
            for m_start, m_end, name in index.mentions_in(min(s_end, c_end) if c_end > 0 else s_end,
                                                          start):
                if (name == res.speaker or c_start <= m_start < c_end
                        or self.content[0] <= m_start < self.content[1]
                        or s_start <= m_start < s_end):
                    continue
                other = index.persons[name].gender
                if (other is None or other == gender) and not index.in_quote(m_start):
                    return None  # someone else could be meant: leave it to the subject rule
            return res
        return None

    def _relative(self, clean: str, start: int, done: list) -> Resolved:
        """"Trump, who said ...": the name or noun phrase right before the pronoun."""
        index = self.index
        i = bisect.bisect_left(index._mention_starts, start) - 1
        if i >= 0 and 0 <= start - index.mentions[i][1] <= 3:
            return self.person(index.mentions[i][2])
        # "John Bentel, a tech staffer at the State Department, who ...": the name
        appositive = _APPOSITIVE_BEFORE.search(self.text, max(0, start - 120), start)
        if i >= 0 and appositive and index.mentions[i][1] == appositive.start():
            return self.person(index.mentions[i][2])
        before = self.text[max(0, start - 80):start].rstrip(" ,")
        words = re.split(r"[.;:!?,]\s", before)[-1].split()[-6:]
        cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _PREPOSITIONS
                   or w.lower() in _FUNCTION and w.lower() not in ("the", "a", "an")), default=0)
        phrase = " ".join(words[cut:]).strip(_STRIP)
        if not phrase:
            return Resolved(clean, "unspecified", False)
        p_start = start - len(before) + before.rfind(phrase)
        return self.resolve(phrase, p_start, p_start + len(phrase), done)

    def _named(self, clean: str, start: int, end: int, inside: list) -> Resolved:
        """A source that contains person names.

        The name is the speaker unless it only modifies the head ("Clinton
        supporters", "a new ad from Donald Trump's campaign"). A name closing
        the phrase is its head ("Clinton campaign chairman John Podesta");
        names listed together ("Mr. King and Mr. Schultz") are all speakers;
        a name in an apposition ("Bay Buchanan, treasurer for Ronald Reagan")
        is not.
        """
        text = self.text
        first = 0
        for k in range(len(inside) - 1, 0, -1):
            after = re.split(r"[,(]", text[inside[k][1]:end], maxsplit=1)[0]
            if not after.strip(_STRIP) and "," not in text[inside[0][1]:inside[k][0]] \
                    and not _LIST_GLUE.fullmatch(text[inside[k - 1][1]:inside[k][0]]):
                first = k
                break
        chain = [inside[first]]
        for mention in inside[first + 1:]:
            if not _LIST_GLUE.fullmatch(text[chain[-1][1]:mention[0]]):
                break
            chain.append(mention)
        lead = _tokens(text[start:chain[0][0]])
        tail = re.split(r"[,(]", text[chain[-1][1]:end], maxsplit=1)[0]
        tail_words = _tokens(tail)
        modified = (set(lead) & _PREPOSITIONS and any(w in _WORD_TYPE for w in lead)
                    or any(w in _WORD_TYPE for w in tail_words)
                    # "A Clinton ally": a common noun after the name heads the phrase
                    # (a determiner first, so that "Davenport paid tribute" stays hers)
                    or bool(tail_words) and tail.strip(" ’'s")[:1].islower()
                    and bool(set(lead) & _DETERMINERS))
        if not modified:
            names = list(dict.fromkeys(n for _, _, n in chain))
            res = self.person(names[0])
            if len(names) > 1:
                res = Resolved(" and ".join(names), res.source_type, False, True)
            return res
        res = describe(clean)
        by = _FROM_BY.search(clean)
        if by and res.source_type == "document":
            res.speaker = clean[by.end():]  # "a new ad from Donald Trump's campaign": its author
        elif set(lead) <= {"the"} and len(chain) == 1 and 1 <= len(tail_words) <= 2 \
                and tail.strip(" ’'s").islower():
            # "The Trump campaign", "Obama's aides": name the person in full
            noun = re.sub(r"^['’]s?\s*", "", " ".join(tail.split()))
            possessive = tail.lstrip()[:1] in "'’" or not _is_plural(tail_words[-1])
            res.speaker = f"{chain[0][2]}{chr(39) + 's' if possessive else ''} {noun}"
        return res

    def _name_nearby(self, clean: str, start: int, end: int) -> Resolved | None:
        """A source span that missed its name, just before or after it."""
        index = self.index
        # An apposition or party tag cut off its name: "Rep. Jim Jordan
        # (R-Ohio), [an oversight panel member]", "Sen. Ted Cruz [(R-Texas)]".
        before = self.text[max(0, start - 60):start]
        tag = _AFTER_NAME.search(before)
        if tag and (_PARTY_TAG.match(clean if clean.startswith("(") else f"({clean})")
                    or tag.group(1)):
            prior = index.mentions_in(start - 60, start - len(tag.group()) + 1)
            if prior and prior[-1][1] == start - len(tag.group()):
                return self.person(prior[-1][2])
        # A source cut short before the name it modifies: "Former Kremlin"
        # [staffer turned analyst Alexei Chesnakov].
        following = index.mentions_in(end, end + 60)
        if following:
            between = self.text[end:following[0][0]]
            if not between.strip() or not re.search(r"[,.;:!?“”\"()]", between) and all(
                    w in _WORD_TYPE or w in _PRE_OK or w == "turned" for w in _tokens(between)):
                return self.person(following[0][2])
        return None

    def _surname_or_title(self, clean: str, start: int) -> Resolved | None:
        """"WALLACE", "Mr. Obama" (no first name given), "the mayor" (named elsewhere)."""
        index = self.index
        words = clean.split()
        key = _surname_key(words[-1].strip(_STRIP))
        if key in index.surnames and (len(words) == 1 or words[0].rstrip(".").lower() in _NOT_NAME):
            return self.person(index.surname_at(key, start))
        if len(words) == 2 and words[0].rstrip(".").lower() in ("sir", "dame", "lord", "lady"):
            named = index.by_first_name(words[1])  # "Sir Digby" is Sir Digby Jones
            if named:
                return self.person(named)
        if (words[0].lower() in ("the", "this") and 1 < len(words) <= 6
                and (words[-1][:1].islower() or not any(w[:1].isupper() for w in words[1:3]))):
            # "the mayor", "the Pakistani president", "the chair of the DNC";
            # not a name such as "The Tax Policy Center"
            head = _head_word(_tokens(clean))
            if head and not _is_plural(head) and head not in _INSTITUTIONS:
                name = index.person_by_role(head, start)
                if name:
                    return self.person(name)
                tokens = _tokens(clean)
                if (_WORD_TYPE.get(head) in ("official", "generic") and len(tokens) >= 3
                        and tokens[-1] == head):
                    # "the Russian leader", "the Florida senator": the office
                    # holder named last in this paragraph or the one before
                    name = self._previous_official(start, "former" in tokens)
                    if name:
                        return self.person(name)
                if head not in _WORD_TYPE and (head in _PERSON_NOUNS or _AGED.search(clean)):
                    # "the 30-year-old", "the defender": the person the
                    # passage is about
                    name = index.previous_person(start)
                    if name:
                        return self.person(name)
        if len(words) == 1 and key in _KNOWN_SURNAMES:
            return self.person(_TRAILING_POSSESSIVE.sub("", clean))
        return None

    def _unnamed(self, clean: str, start: int, done: list) -> Resolved:
        res = describe(clean)
        pronoun = _OBJECT_PRONOUN.search(clean)
        if pronoun and res.anonymous:
            # "Those close to him": name him (the group stays unnamed)
            gender = "f" if pronoun.group(1).lower() == "her" else "m"
            name = self.index.previous_person(start, gender)
            if name:
                res.speaker = clean[:pronoun.start(1)] + name
        bare = _tokens(clean)
        if bare and bare[0] == "the":
            bare = bare[1:]
        if len(bare) == 1 and _is_plural(bare[0]):
            # "sources said" after "sources in the Russian government told us":
            # a bare plural takes the type of the fuller description before it.
            for _, _, other in reversed(done):
                if (not other.person and other.speaker and other.anonymous
                        and _head_word(_tokens(other.speaker)) == bare[0]):
                    res.source_type = other.source_type
                    break
        if res.anonymous is False and res.source_type != "unspecified" or _DEFINITE_ONE.match(clean):
            named = self._named_entity(clean, start)
            if named:  # "the fund" -> "International Monetary Fund"
                res.speaker = named
                if res.source_type == "unspecified":
                    res.source_type = describe(named).source_type
        return res

    def _named_entity(self, clean: str, start: int) -> str | None:
        """The name an organisation, outlet or poll has earlier in the article.

        "the IMF" when the article wrote "International Monetary Fund (IMF)";
        "the fund", "the Times", "the poll" when it named "the International
        Monetary Fund", "the Tampa Bay Times", "a Reuters/Ipsos poll".
        """
        acronym = _ACRONYM_ONLY.match(clean)  # "the IMF", not "the chair of the DNC"
        if acronym and acronym.group(1) in self._acronyms():
            return self._acronyms()[acronym.group(1)]
        definite = _DEFINITE_ONE.match(clean)
        if not definite:
            return None
        head = definite.group(1)
        # the last mention of the head word with capitalised words before it
        # (found word first, then checked backwards: one cheap scan)
        last = None
        for found in re.finditer(rf"\b(?i:{re.escape(head)})\b", self.text[:start]):
            caps = _CAPS_BEFORE.search(self.text, max(0, found.start() - 200), found.start())
            if caps:
                last = (caps, found)
        if last is None:
            return None
        caps, found = last
        if self.index.in_headline(caps.start()):
            return None
        words = caps.group(1).split()
        for k, word in enumerate(words):
            if word.endswith(".") and not _INITIALISM.fullmatch(word):
                words = words[k + 1:]  # a sentence ended there: "Clinton. A union"
                break
        while words and words[0].lower() in _FUNCTION:
            words.pop(0)  # "The Tampa Bay" -> "Tampa Bay"
        if not words or not all(w[:1].isupper() for w in words):
            return None
        name = " ".join(words + [found.group()])
        return name if name.lower() != clean.lower() else None

    def _acronyms(self) -> dict[str, str]:
        if self._acronym_map is None:
            # built on first use: "International Monetary Fund (IMF)", or a
            # capitalised name whose initials make the acronym
            found = {m.group(2): m.group(1) for m in _ACRONYM_DEFINED.finditer(self.text)}
            for m in _CAPITALISED_NAME.finditer(self.text):
                words = m.group().split()
                while words and words[0].lower() in _FUNCTION:
                    words.pop(0)  # "The International Monetary Fund"
                initials = "".join(w[0] for w in words if w[0].isupper())
                if len(initials) >= 2:
                    found.setdefault(initials, " ".join(words))
            self._acronym_map = found
        return self._acronym_map


def resolve_sources(text: str, found: pd.DataFrame) -> pd.DataFrame:
    """Add ``speaker``, ``source_type`` and ``anonymous`` to one article's attributions.

    ``found`` needs ``source``, ``source_start``, ``source_end``,
    ``content_start`` and ``content_end`` (offsets into ``text``), as returned
    by :func:`analysis.attribution.find_attributions`. Rows without a source
    get None in all three columns. Returns a copy of ``found``.
    """
    index = ArticleIndex(text)
    resolver = _Resolver(text, index)
    sources = list(found["source"])
    cues = list(found["cue"]) if "cue" in found.columns else [None] * len(found)
    src_spans = [_span(a, b) for a, b in zip(found["source_start"], found["source_end"])]
    content_spans = [_span(a, b) for a, b in zip(found["content_start"], found["content_end"])]
    done: list[tuple[int, int, Resolved]] = []
    results: dict[int, Resolved] = {}
    # Text order; "I"/"we" last, so that inside a quote they find the quoted speaker.
    first_person = []
    order = sorted(range(len(found)), key=lambda i: src_spans[i][0] if src_spans[i][0] >= 0
                   else content_spans[i][0])
    for i in order:
        src = sources[i]
        if isinstance(src, str) and src.strip(_STRIP).lower() in _FIRST_PERSON:
            first_person.append(i)
            continue
        resolver.content = content_spans[i]
        resolver.cue = cues[i] if isinstance(cues[i], str) else ""
        res = resolver.resolve(src, *src_spans[i], done)
        if _is_fragment(src, res):  # "amid", "season that has seen": not a speaker
            res = resolver.fallback(src, src_spans[i][0], done) or res
        results[i] = res
        if res.speaker is not None:
            done.append((*content_spans[i], res))
            if res.person and " and " not in res.speaker:
                resolver.spoken.append((*src_spans[i], *content_spans[i], res))
    done.sort(key=lambda d: d[0])
    for i in first_person:
        results[i] = resolver.resolve(sources[i], *src_spans[i], done)
    # One type per speaker per article: a person's type comes from the index
    # already; unnamed phrases repeated verbatim take their first type.
    first_type: dict[str, str] = {}
    for i in order:
        res = results[i]
        if res.speaker and not res.person:
            res.source_type = first_type.setdefault(res.speaker.lower(), res.source_type)
    # A person the article names without a role takes the role it refers to
    # them by as a source ("the former president said": Bill Clinton), in
    # every attribution (rule 2 of SOURCE_TYPES.md: one type per speaker).
    role_of: dict[str, str] = {}
    for i in order:
        res, src = results[i], sources[i]
        if res.person and res.source_type == DEFAULT_PERSON_TYPE and isinstance(src, str):
            phrase = src.strip(_STRIP)
            if res.speaker.split()[-1].lower() not in phrase.lower():
                kind, _ = type_phrase(phrase)
                if kind not in (None, "document", "unspecified", DEFAULT_PERSON_TYPE):
                    role_of.setdefault(res.speaker, kind)
    rows = [results[i] for i in range(len(found))]
    rows = [Resolved(r.speaker, role_of[r.speaker], r.anonymous, True)
            if r.person and r.speaker in role_of and r.source_type == DEFAULT_PERSON_TYPE else r
            for r in rows]
    out = found.assign(
        speaker=[_straight(r.speaker) for r in rows],
        source_type=[r.source_type for r in rows],
        anonymous=pd.array([r.anonymous for r in rows], dtype="boolean"),
    )
    return out


# Cues that continue the speaker's previous quote: "he added".
_CONTINUING = {"added", "adds", "continued", "continues", "went on", "concluded"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Plural words that rarely carry a "they" ("people" is too general, "some" no role)
_PLURAL_IRREGULAR_GROUPS = {"people", "some", "others", "many", "few", "men", "women"}

_NOUN_PHRASE_START = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
                      "this", "these", "those", "that", "some", "no", "every", "each", "any"}
_VERBISH = re.compile(r"\b(?:[a-z]\w*ed|has|have|had|is|was|are|were|will|would|could|said|says)\b")


def _noun_phrase(phrase: str) -> bool:
    """A short phrase without a verb: "the company", "Republican leaders" (not
    "his campaign shelled out to broadcast a short film")."""
    return len(phrase.split()) <= 6 and not _VERBISH.search(phrase)


def _is_fragment(source, res: Resolved) -> bool:
    """A source span the resolver could make nothing of: no name, no role, no
    pronoun, no "some"/"sources" ("amid", "And", "section of a congressional")."""
    if (not isinstance(source, str) or res.person or res.anonymous
            or res.source_type != "unspecified" or res.speaker != source.strip(_STRIP)):
        return False  # typed, or resolved to another phrase ("who" -> "a gunman")
    clean = source.strip(_STRIP)
    first = clean.split()[0]
    if " " in clean and (first[:1].isupper() or first.lower() in _NOUN_PHRASE_START):
        return False  # "The U.N.", "the National Urban League", "its defenders"
    if " " not in clean and first[:1].isupper() and first.lower() not in _FUNCTION \
            and first.lower() not in _ADVERBS:
        return False  # "Husted": a name the index does not hold
    words = _tokens(source)
    if len(words) > 1 and words[0] not in _FUNCTION and _is_plural(words[-1]):
        return False  # "current employees": an unnamed group
    return not any(w in _WORD_TYPE or w in _PRONOUNS or w in _FIRST_PERSON or w in _PLURAL_PRONOUN
                   for w in words)


def _paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph (line) holding ``pos``, blank lines skipped backwards."""
    pos = max(0, pos)
    while pos > 0 and text[pos - 1] == "\n" and text[pos:pos + 1] in ("\n", ""):
        pos -= 1
    return text.rfind("\n", 0, pos) + 1


def _straight(speaker: str | None) -> str | None:
    """Typographic apostrophes made straight, so "O’Neill" and "O'Neill" group together."""
    return speaker.replace("’", "'") if speaker else speaker


def _span(start, end) -> tuple[int, int]:
    try:
        return int(start), int(end)
    except (TypeError, ValueError):  # None or NaN: no such span
        return -1, -1

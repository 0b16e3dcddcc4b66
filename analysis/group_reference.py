"""Groups and things for source resolution: what "they", "the two" and "it"
refer back to when that is not one person.

:class:`GroupReferenceMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in, beside
:class:`analysis.coreference.CoreferenceMixin`, whose pronoun lookup calls
them): "they" to the plural group that is the subject of its sentence or
named just before ("the Democrats are acting as though they want to lose",
"Hispanics in Miami") or to the people named together just before ("Mike
Crapo and Jim Risch", or the list such a pair closes); "both" and "the two"
to such a pair or the two people named there; and "it" to the institution
opening the sentence ("The Fed does not want ... It plans") or the document
named in the sentence before ("a 2001 memorandum. It says"). Written by hand:
no coreference model can be downloaded at run time.
"""

from __future__ import annotations

import re

from analysis.bodies import _ANY_KIND
from analysis.coreference import _CLAUSE_OPENING_AT, _PRONOUNS, _READING_CUE, _WORD
from analysis.mentions import _previous_paragraph_start, _previous_sentence_start, _sentence_start
from analysis.names import _PLACE_ENDINGS, census_gender
from analysis.phrase_words import _is_plural
from analysis.role_words import _COUNTRIES, _FUNCTION, _PREPOSITIONS, _WORD_TYPE
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE, ORGANISATION_PLURAL_KINDS, Resolved, describe

# "A and B", "A and Senator B", "Mr. A and Mr. B": two people named together.
# (each name may keep its place or body: "Sen. Mike Lee of Utah and Sen. Ted
# Cruz", "David Autor at the Massachusetts Institute of Technology, David Dorn")
_NAMES_AFFILIATION = (r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w.&'’-]*"
                      r"(?:\s+(?:of|for|the|[A-Z][\w.&'’-]*)){0,8})?")
_PAIR_GLUE = re.compile(_NAMES_AFFILIATION + r"\s+and\s+(?:[A-Z][a-z]{1,9}\.?\s+)?")
_LIST_COMMA = re.compile(_NAMES_AFFILIATION + r",\s+")
# "the" before a group, not after "of" (a share of them: "a bare majority of the Republicans").
_THE_BEFORE = re.compile(r"(?<!\bof\s)\b[Tt]he\s$")
# What the plural noun of two people taken up together says of them (for
# :meth:`GroupReferenceMixin._two_of_kind`): what they are (candidates,
# people, a family's members of one surname) and their gender, if one.
_KIND_OF_PAIR = {"candidates": ("candidate", None), "nominees": ("candidate", None),
                 "contenders": ("candidate", None), "men": ("person", "m"), "women": ("person", "f"),
                 "brothers": ("family", "m"), "sisters": ("family", "f"), "couple": ("family", None),
                 "twins": ("family", None)}

# A proper name opening a sentence, with its verb after it: "The Fed does not",
# "The Department of Education has misled", "Tinder suspended", a past tense
# of its own too, a verb of what someone does ("Alitalia lost 330m euros",
# "Electrolux saw its shares rise"; not what prices do: "Shares fell").
_IRREGULAR_PAST = ("lost|won|saw|made|took|cut|sold|bought|gave|paid|kept|held|spent|found|"
                   "brought|built|sent|struck|sought|fought|met|told|said|wrote|knew|thought|felt")
_BODY_OPENING = re.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,5})"
    rf"(?=\s+(?:has|have|had|is|was|does|did|will|would|also|{_IRREGULAR_PAST}|[a-z]+ed|[a-z]+s)\b)")

# A description ending in a noun of a body's kind before the body's name as
# a sentence's subject: "[Dutch chip maker] Globex has cut ... It said",
# "[Swiss drug company] Medco has dropped"; up to four words before the noun,
# none a function word or a preposition (not "Shares in ...").
_DESCRIBED_BODY = re.compile(rf"((?:[\w'’-]+\s+){{0,4}}?)(?:{_ANY_KIND}|regulator|watchdog|operator"
                             r"|developer|agency)\s+(?=[A-Z])")
# The company whose shares a sentence opens with, moving, the body an "it"
# later in that sentence is: "Shares in [Globex], which makes chips, fell 9%
# after it said", "Shares in chip maker [Globex] slid after it warned" (with
# a list's dash: "- Shares in ...").
_SHARES_IN = re.compile(
    rf"(?:[-•]\s+)?[Ss]hares\s+in\s+(?:(?:[\w'’-]+\s+){{0,3}}?(?:{_ANY_KIND})\s+)?"
    r"((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&'’-]*){0,4})"
    r"(?=,\s+which\s|\s+(?:[a-z]+ly\s+)?(?:rose|fell|slid|slipped|sank|jumped|surged|closed|plunged"
    r"|tumbled|gained|lost|dropped|climbed|soared|dived|rallied|edged|were|have|had)\b)")
# A verb right after a body's name, no plural noun ("Granite Life is", not
# "Recent Rover games").
_BODY_VERB_AFTER = re.compile(rf"\s+(?:has|have|had|is|was|does|did|will|would|also|said|says"
                              rf"|{_IRREGULAR_PAST}|[a-z]+ed)\b")
# An adverbial chunk of up to nine words opening a sentence before its
# subject, and up to two lower-case ones after it: "So far, ", "In 2011, ",
# "All in all, ", "At the Court of Appeal on Wednesday, ", "But, like all
# software developers, ".
_OPENING_CHUNK = re.compile(r"(?:[A-Z][\w'’-]*|\d+)(?:\s+[\w'’-]+){0,8},\s+"
                            r"(?:[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+){0,2}(?=[Tt]he\s|[A-Z])")
# ... and a time opening it with no comma after it, before a capitalised
# subject: "Until now Acme has ...", "Last year the Fund had ...", "In
# August"; (_BARE_TIME_BEFORE) or before an "it": "In August it warned".
_BARE_TIME = (r"(?:(?:Before|Until|Till|Since)\s+now|(?:Last|This|Earlier\s+this)\s+(?:year|month|week)"
              r"|In\s+(?:19|20)\d\d|In\s+(?:January|February|March|April|May|June|July|August"
              r"|September|October|November|December)|So\s+far)\s+")
_BARE_TIME_OPENING = re.compile(_BARE_TIME + r"(?=[Tt]he\s|[A-Z])")
_BARE_TIME_BEFORE = re.compile(_BARE_TIME)

# A definite institution opening a clause with its verb: "the government will
# return ... more than it expects to collect".
_INSTITUTION_SUBJECT = re.compile(
    r"([Tt]he\s+(?:[A-Za-z][\w'’-]*\s+){0,2}(?:government|administration|company|committee|"
    r"campaign|agency|department|ministry|court|panel|board|commission|city|bank|fund|union|firm|"
    r"network|newspaper))(?=\s+(?:has|have|had|is|was|does|did|will|would|also|[a-z]+ed|[a-z]+s)\b)")

# A document named in a sentence, for an "it" opening the next one that says
# what a document does (:meth:`GroupReferenceMixin._document_it_takes_up`).
_DOCUMENT_PHRASE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:memo|memorandum|report|study|letter|statement|survey|poll|filing|lawsuit|complaint|"
    r"ruling|analysis|article|editorial|column|book|ad|video|email|e-mail|document|website|"
    r"press release|bill|order|brief|motion|audit|review|assessment|indictment|platform|"
    r"manifesto)\b")
# A written thing whose words "it read" gives, named before the quote: "lifted
# a placard of her own. “...,” it read" (as well as a document).
_WRITTEN_THING = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:sign|placard|banner|poster|headline|caption|note|message|card|inscription|plaque|"
    r"website|web page|page|tweet|post|text)\b")
# The last determiner inside such a phrase, where the text's noun phrase
# opens ("A coalition sent [a letter]").
_LAST_DETERMINER = re.compile(r".*\b((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s.*)$")
# A quote closed right before a pronoun: '“...,” it read', "''...,'' it said".
_QUOTE_CLOSED_BEFORE = re.compile(r"[,?!.](?:[”\"]|'')\s+$")
_DOCUMENT_CUE = re.compile(r"says|said|states|stated|reads|read|finds|found|shows|showed|"
                           r"concludes|concluded|notes|noted|argues|argued|adds|added|claims|"
                           r"claimed|warns|warned|recommends|recommended|accuses|accused|"
                           r"alleges|alleged|asserts|asserted|predicts|predicted|estimates|"
                           r"estimated|describes|described|calls|called")

_THE_OPENING = re.compile(r"[Tt]he\s")  # (a description, "The company", or a short name, "The FCA")
# Words opening a sentence that name no body: pronouns, adverbs, conjunctions,
# and words in -ly that are no country's name ("Tightly", not "Italy").
_NO_BODY_WORDS = _PRONOUNS | {"you", "that", "just", "only", "even", "still", "also", "now", "then",
                              "so", "yet", "but", "and", "or", "here", "there"}
_LY_WORD = re.compile(r"[A-Z][a-z]*ly")

# Plural words that rarely carry a "they" ("people" is too general, "some" no role)
_PLURAL_IRREGULAR_GROUPS = {"people", "some", "others", "many", "few", "men", "women"}

# Conjunctions that open a clause, not a group's name ("Though executives").
_SUBORDINATORS = {"though", "although", "while", "whereas", "because", "unless", "if", "when"}
# Subjects before a verb in -ed or -ing that takes a group as its object: "This [angered] Hispanics".
_VERB_SUBJECTS = {"this", "that", "it", "which", "who", "he", "she", "they", "we", "i"}
# ... of which the personal pronouns, whatever the verb after them: "I [want] Americans".
_PERSONAL_SUBJECTS = {"he", "she", "they", "we", "i"}
# A comma right before a word: the word opens a clause.
_COMMA_BEFORE = re.compile(r",\s*$")
# Words that say how many of a group speak, not who they are ("Many Hispanics").
_GROUP_QUANTIFIERS = {"many", "most", "some", "several", "few", "all", "both"}
# A noun whose "of" names a thing done to a group, not the group itself:
# "the drawdown of troops in Iraq, which they say" (they are not the troops);
# any other word before "of" counts ("dozens of protesters", "a group of").
_NOUN_OF = re.compile(r"\b(?:drawdown|withdrawal|deployment|treatment|deaths?|killings?|"
                      r"rights|safety|protection|deportation|use|needs)\s+of\s+(?:the\s+)?$")
# A named place or body after a group noun: "in Miami", "at Andrean High School".
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")  # ("United [States]")
_NAMES_OF_STATES = {"States", "Nations", "Emirates", "Kingdom"}
# A "who" clause after a group, whose verb says the group acts: "Hispanics [who viewed]".
_WHO_ACTS = re.compile(r",?\s+who\s+(?:also\s+|had\s+|have\s+)?[a-z]+(?:ed|s)\b")
# The agent of a passive, who acts as a subject does: "is expected to be
# opposed by [the Liberal Democrats]. They have said", "have been met with
# fierce opposition by [gay rights supporters]" (with its "be": not a
# participle's, "Heath, written off by the pundits, snatched victory").
_AGENT_BEFORE = re.compile(r"\b(?:be|been|is|are|was|were)\s+[a-z]+(?:\s+[a-z]+){0,4}\s+by\s+(?:the\s+)?$")
# What makes "people" a story's source: "familiar with the matter", "briefed
# on the reshuffling", "close to the campaign" (up to the verb after it).
_SOURCED_AFTER = re.compile(r"\s+(?:familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge\s+of)"
                            r"(?:\s+(?!(?:were|was|are|is|said|say|says|have|has|had|told|who|and)\b)"
                            r"(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.|[\w'’-]+)){1,5}")
# A conjunction opening a sentence before its pronoun: "And [they] insisted".
_CONJUNCTION_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:And|But|Yet|So)\s+$")
# ... or a subordinator: "While [it] predicts slower growth, ...".
_SUBORDINATOR_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)(?:While|Although|Though|Because|When|After"
                                   r"|Before|Since|If|As)\s+$")
# Phrases or clauses fronted before a sentence's subject, each closed by a
# comma (a title's dot inside): "Even after Mr. Hale's vote on Tuesday, and
# despite the rain, [they]".
_FRONTED_CHUNKS = re.compile(r"(?:(?:[^,.;:!?“”\"\n]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.){1,120}"
                             r",\s+){1,3}")
# Phrases set off by commas before a sentence's subject, up to three:
# "Meanwhile, on the home front today, [the Democrats]".
_CHUNKS_BEFORE_SUBJECT = r"(?:[^,.;:!?“”\"\n]{1,60},\s+){0,3}"
# Nationalities whose plural has no "s": "The Dutch want ...".
_NATIONALITY_WORDS = ("French", "Chinese", "British", "Dutch", "Swiss", "Japanese", "Irish",
                      "Welsh", "English", "Spanish")
_NATIONALITIES = frozenset(_NATIONALITY_WORDS)
# A definite plural opening a sentence or a clause after a semicolon (after
# chunks set off by commas) with its verb right after it, whatever its noun:
# "The display makers want buyers to pay more, they say", "The Dutch want the
# ban lifted because they hope ..." (a plural in -s, not -ss or -us, "The
# business", "The status"; a nationality's plural has none).
# A plural subject's verb, after an adverb or two maybe: "are", "said",
# "would", "warned" (_PLURAL_SUBJECT and _VERB_AFTER_SUBJECT read it).
_PLURAL_VERB = (r"(?:are|were|have|had|say|said|believe|believed|think|thought|want|wanted|do|did"
                r"|will|would|could|can|may|might|should|must|[a-z]{3,}ed)\b")
_PLURAL_SUBJECT = re.compile(
    r"\s*" + _CHUNKS_BEFORE_SUBJECT
    + r"([Tt]he\s+(?:[\w'’-]+\s+){0,3}?([A-Za-z][a-z]+[^\Wsu]s|" + "|".join(_NATIONALITY_WORDS) + "))"
    r"(?=\s+(?:(?:[a-z]+ly|also|still|now|all|both|have|had)\s+)?(?:(?:claim|argue|fear|hope)\b|"
    + _PLURAL_VERB + "))")
# What may open a sentence before its subject: chunks set off by commas, and a
# determiner ("Meanwhile, on the home front today, the [Democrats]").
_LEADS_TO_SUBJECT = re.compile(_CHUNKS_BEFORE_SUBJECT
                               + r"(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost)\s+)?")
# A clause inside a sentence opened by a group as its subject, with its verb
# after it: "he proved that [nonwhite voters] could be won over if they ...",
# "a buzz that [voters] would reject if they only understood it", "an
# industry where [many elite Democrats] can envision themselves operating.
# They want" (the word opening the clause, up to a determiner, before the
# group; the verb after the group's phrase).
_CLAUSE_SUBJECT_BEFORE = re.compile(
    r"\b(?:that|if|because|when|whether|although|though|while|since|unless|until|where)\s+"
    r"(?:(?:the|many|some|most|these|those)\s+)?$")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:(?:[a-z]+ly|also|still|now|all|both|not)\s+)?" + _PLURAL_VERB)


# A plural body noun taken up from two bodies named together, each holding
# its singular ("The State Department and the Department of Homeland Security
# have said ... The departments declined"): the plural nouns, by singular.
_BODY_PLURALS = {"departments": "department", "agencies": "agency", "committees": "committee",
                 "ministries": "ministry", "commissions": "commission", "councils": "council",
                 "courts": "court", "offices": "office", "bureaus": "bureau", "unions": "union",
                 "foundations": "foundation", "institutes": "institute", "universities": "university",
                 "parties": "party", "services": "service", "boards": "board", "banks": "bank"}
# ... and plural nouns of a kind of body whose names need not hold the noun
# ("Allergan and Pfizer ... the companies"): names the article makes of that
# kind (:data:`analysis.unnamed_sources.ORGANISATION_PLURAL_KINDS`).
_TAKEN_UP_BODIES = re.compile(r"[Tt]he\s+(?:two\s+)?("
                              + "|".join([*_BODY_PLURALS, *ORGANISATION_PLURAL_KINDS]) + r")")
# Two capitalised names joined by "and", each of one to six words (with "of",
# "for", "of the" inside): "the State Department and the Department of Homeland Security".
_BODY_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # (a full stop only inside: "U.S", no sentence's end)
_BODY_IN_PAIR = rf"{_BODY_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?{_BODY_WORD}){{0,5}}"
_TWO_BODIES = re.compile(rf"\b(?:[Tt]he\s+)?({_BODY_IN_PAIR})\s+and\s+(?:the\s+)?({_BODY_IN_PAIR})")

class GroupReferenceMixin:
    """Group, pair, body and document lookups of the resolver (see the module docstring).

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`),
    ``cue`` and the method ``person`` of the class it is mixed into, and
    ``_in_content`` of :class:`analysis.coreference.CoreferenceMixin` beside
    it.
    """

    def _document_it_takes_up(self, start: int) -> Resolved | None:
        """The document named last in the sentence before an "it" that opens
        its sentence and says, reads or finds what a document does ("Salceda
        cited a 2001 memorandum issued by the immigration agency. It says
        ..."), outside quotes; typed ``document``."""
        cue = self.cue.lower().split(" ")[0] if self.cue else ""
        if not _DOCUMENT_CUE.fullmatch(cue):
            return None
        if _CLAUSE_OPENING_AT.search(self.text, max(0, start - 3), start):
            floors = [_sentence_start(self.text, max(0, start - 2))]
        elif _QUOTE_CLOSED_BEFORE.search(self.text, max(0, start - 6), start):
            # '“...,” it read': the text named in the sentence before the
            # quote, or in the one before that ("The email, released by ...,
            # was sent at 7:19 p.m. ... “...,” it reads")
            quote = self.index.quote_opened_by(start - 2)
            if quote is None or quote[1] < start - 3:
                return None
            opened = quote[0]
            first = _sentence_start(self.text, max(0, opened - 2))
            floors = [first, _sentence_start(self.text, max(0, first - 2))]
            start = opened
        else:
            return None
        patterns = (_DOCUMENT_PHRASE, _WRITTEN_THING) if _READING_CUE.fullmatch(cue) else (_DOCUMENT_PHRASE,)
        for floor in floors:
            found = None
            for pattern in patterns:
                for m in pattern.finditer(self.text, floor, start):
                    if not self.index.in_quote(m.start()) and (found is None or m.start() > found.start()):
                        found = m
            if found:
                return Resolved(_LAST_DETERMINER.match(found.group()).group(1), "document", False)
            start = floor
        return None

    def _bodies_named_together(self, clean: str, start: int) -> Resolved | None:
        """The two bodies a plural body noun takes up, named together by "and"
        in this sentence or the one before, each a capitalised name holding
        the noun's singular: "The State Department and the Department of
        Homeland Security have said they followed all policies. The
        departments declined" -> both, as written, one source (a group the
        article names is not anonymous); None if no such pair is there."""
        noun = _TAKEN_UP_BODIES.fullmatch(clean)
        if noun is None:
            return None
        plural = noun.group(1).lower()
        floor = _previous_sentence_start(self.text, start)
        found = None
        for m in _TWO_BODIES.finditer(self.text, floor, start):
            if (all(self._body_of(name, plural) for name in m.groups())
                    and not self.index.mentions_in(m.start(), m.end())
                    and not self.index.in_quote(m.start())):
                found = m
        if found is None:
            return None
        # typed as a body of the kind ("companies": organization), else as
        # the first name is ("State Department": official)
        kind = ORGANISATION_PLURAL_KINDS.get(plural)
        kind_type = "organization" if kind else describe(found.group(1)).source_type
        return Resolved(self.text[found.start(1):found.end(2)], kind_type, False)

    def _body_of(self, name: str, plural: str) -> bool:
        """Whether ``name`` names a body that ``plural`` takes up: it holds the
        singular ("Department of Homeland Security" for "departments"), or, for
        a kind's plural ("companies"), it is a body's name the article makes
        of that kind."""
        if plural in _BODY_PLURALS:
            return _BODY_PLURALS[plural] in name.lower().split()
        body = self._body_name(name)
        if body is None or body.lower() in _COUNTRIES:
            return False
        if body not in self.name_kinds:
            self.name_kinds[body] = self._kind_of_name(body, weak=False)
        return self.name_kinds[body] == ORGANISATION_PLURAL_KINDS[plural]

    def _mentions_near(self, start: int) -> list[tuple[int, int, str]]:
        """The person mentions outside quotes in this sentence and the one before."""
        index = self.index
        return [m for m in index.mentions_in(_previous_sentence_start(self.text, start), start)
                if not index.in_quote(m[0])]

    def _shared_type(self, names: list[str]) -> str:
        """The type the article gives any of ``names`` ("public" is only the
        default for a person described nowhere)."""
        kinds = [self.person(n).source_type for n in names]
        return next((k for k in kinds if k != DEFAULT_PERSON_TYPE),
                    kinds[0] if kinds else DEFAULT_PERSON_TYPE)

    def _named_together(self, start: int, lists: bool = False) -> list[str] | None:
        """The names of two people named together ("Hillary Clinton and
        Senator Elizabeth Warren") in this sentence or the one before, outside
        quotes, the last such pair; with ``lists``, the whole list a pair
        closes ("Jason Gardener, Darren Campbell, Marlon Devonish and Mark
        Lewis-Francis"), else none."""
        text = self.text
        mentions = self._mentions_near(start)
        for k in range(len(mentions) - 2, -1, -1):
            (_, end1, first), (start2, _, second) = mentions[k], mentions[k + 1]
            if first != second and _PAIR_GLUE.fullmatch(text, end1, start2):
                names = [first, second]
                while k and _LIST_COMMA.fullmatch(text, mentions[k - 1][1], mentions[k][0]):
                    k -= 1
                    names.insert(0, mentions[k][2])
                if len(names) > 2 and not lists:
                    return None  # ("both" after a list of four: no pair)
                if any(_is_plural(w.group().lower()) and w.group().lower() in _WORD_TYPE
                       and not self._in_content(w.start())
                       for w in _WORD.finditer(text, start2, start)):
                    return None  # "... knock one of the governors out. Even as they": nearer
                return names
        return None

    def _named_pair(self, start: int, lists: bool = False) -> Resolved | None:
        """The people of :meth:`_named_together` as one source of all of them."""
        names = self._named_together(start, lists)
        if not names:
            return None
        return Resolved(f"{', '.join(names[:-1])} and {names[-1]}", self._shared_type(names),
                        False, True)

    def _people_named_together(self, start: int) -> bool:
        """Whether :meth:`_named_together` finds people, each with a first name
        ("Mike Crapo and Jim Risch"; not "Waste Electronic and Electrical
        Equipment", a directive's name)."""
        names = self._named_together(start, lists=True)
        return bool(names) and all(census_gender(name.split()[0].lower()) is not None
                                   for name in names)

    def _of_kind(self, names: list[str], kind: tuple[str, str | None] | None) -> list[str]:
        """Those of ``names`` of the ``kind`` of :data:`_KIND_OF_PAIR` (all for None)."""
        if kind is None:
            return names
        what, gender = kind
        if what == "candidate":
            return [n for n in names if self.index.is_candidate(n)]
        if what == "person":
            return [n for n in names if self.index.persons[n].gender == gender]
        # a family's: two of one surname, of no other gender
        names = [n for n in names if " " in n
                 and (gender is None or self.index.persons[n].gender in (gender, None))]
        surnames = [n.split()[-1] for n in names]
        return [n for n in names if surnames.count(n.split()[-1]) == 2]

    def _two_of_kind(self, start: int, noun: str) -> Resolved | None:
        """The two people, and no more, of the kind ``noun`` names (the plural
        of "the two candidates", "both men", "the brothers"; any kind for
        another noun, "the two"): the two named outside quotes in this sentence
        and the one before ("Mr. Obama's first encounter with Speaker Paul D.
        Ryan ... If the two spoke"), if of that kind, else the two of that kind
        named in this paragraph and the two before: candidates, people of one
        gender, or a family's two members sharing a surname ("Freddy Ortega ...
        German Ortega says ... the brothers noted"), else for a family the two
        of one surname named anywhere before (a surname shared by two only is
        no reading of a moment: "Freddy Ortega said" paragraphs before "the
        brothers noted"); one source of both."""
        kind = _KIND_OF_PAIR.get(noun)
        names = list(dict.fromkeys(name for _, _, name in self._mentions_near(start)))
        if len(names) != 2 or len(self._of_kind(names, kind)) != 2:
            if kind is None:
                return None
            index = self.index
            floor = _previous_paragraph_start(self.text, start, back=2)
            names = self._of_kind(list(dict.fromkeys(
                name for at, _, name in index.mentions_in(floor, start) if not index.in_quote(at))), kind)
            if len(names) != 2 and kind[0] == "family":
                names = self._of_kind(list(dict.fromkeys(
                    name for at, _, name in index.mentions_in(0, start) if not index.in_quote(at))), kind)
            if len(names) != 2:
                return None
        return Resolved(" and ".join(names), self._shared_type(names), False, True)

    def _body_as_subject(self, start: int) -> tuple[Resolved | None, int]:
        """The named institution opening the sentence before an "it" that opens
        its own sentence or clause ("The Department of Education has misled
        the public ... It has refused", "Tinder suspended her account; it did
        not explain"), or opening the sentence that holds an "it" inside a
        clause, after a short opening chunk ("So far, Cleveland has raised ...
        it pledged", "the government will return ... it expects"), if that is
        typed official, organization or media (a lone name: a place's
        government or a company); with where the name starts ((None, 0) if none)."""
        text = self.text
        lead = text[max(0, start - 3):start].rstrip()
        opening = _CLAUSE_OPENING_AT.search(text, max(0, start - 3), start)
        # (an "it" after phrases fronted before it and set off by commas opens
        # its clause too: "In a filing with regulators on Tuesday, it said";
        # so does one after a conjunction, a subordinator or a bare time
        # opening its sentence: "But it says", "While it predicts", "In
        # August it warned")
        own = _sentence_start(text, start)
        fronted = (not opening and own < start and (lead.endswith(",")
                   and _FRONTED_CHUNKS.fullmatch(text, own, start) is not None
                   or _CONJUNCTION_OPENING.search(text, max(0, start - 8), start) is not None
                   or _SUBORDINATOR_OPENING.search(text, max(0, start - 12), start) is not None
                   or _BARE_TIME_BEFORE.fullmatch(text, own, start) is not None))
        before = (_sentence_start(text, start - 2) if opening and lead.endswith((".", "!", "?"))
                  else _sentence_start(text, own - 2) if fronted else own)
        if self.index.in_headline(before):
            return None, 0
        chunk = (_OPENING_CHUNK.match(text, before, start)
                 or _BARE_TIME_OPENING.match(text, before, start))
        for at in (before, chunk.end()) if chunk else (before,):
            name = _BODY_OPENING.match(text, at, start)
            described = None if name else _DESCRIBED_BODY.match(text, at, start)
            if described and not any(w.lower() in _FUNCTION or w.lower() in _PREPOSITIONS
                                     for w in described.group(1).split()):
                name = _BODY_OPENING.match(text, described.end(), start)  # the name after it
            if name is None and not opening and at == own:
                name = _SHARES_IN.match(text, at, start)  # ("Shares in Globex fell after it said")
            if name and self.index.mentions_in(name.start(), name.end()) and not self._names_a_body(name):
                name = None  # a person's name
            elif name and (name.group(1).lower() in _NO_BODY_WORDS
                           or _LY_WORD.fullmatch(name.group(1))
                           and name.group(1).lower() not in _COUNTRIES):
                name = None  # "I guess that settles it", "Just ...": no name
            name = name or (None if opening else _INSTITUTION_SUBJECT.match(text, at, start))
            if name:
                break
        else:
            return None, 0
        res = describe(name.group(1))
        if res.source_type == DEFAULT_PERSON_TYPE and " " not in name.group(1):
            # a lone name "it" refers to is no person: a place's government
            # ("So far, Cleveland has raised ... it pledged") or a company ("Ford")
            res.source_type = "official" if name.group(1).lower() in _PLACE_ENDINGS else "organization"
        if res.source_type not in ("official", "organization", "media") or res.anonymous:
            return None, 0
        # (a body's description or short name, by the name the article gives
        # it before: "The FCA published ... It said" -> Financial Conduct
        # Authority, "The company" -> the company named so before)
        named = (self._named_entity(name.group(1), name.start(1))
                 if _THE_OPENING.match(name.group(1)) else None)
        return Resolved(named or name.group(1), res.source_type, False), name.start(1)

    def _names_a_body(self, name: re.Match) -> bool:
        """Whether the name of ``name`` (group 1), which the people index took
        for a person's, is a body's that "it" may take up: each person there
        has no title and no gender, no given name opens the name, and its
        words type it as a body ("Granite Life is the latest investor to
        question the bid. It said"; not "Mr Hale", "Bob Marsh")."""
        people = [self.index.persons[n] for _, _, n in self.index.mentions_in(name.start(1), name.end(1))]
        return (_BODY_VERB_AFTER.match(self.text, name.end(1)) is not None
                and all(not p.titled and p.gender is None for p in people)
                and census_gender(name.group(1).split()[0].lower()) is None
                and describe(name.group(1)).source_type in ("official", "organization", "media"))

    def _subject_group(self, start: int) -> Resolved | None:
        """The plural group that is the subject of the sentence holding a "they"
        inside it, after an opening chunk ("Meanwhile, on the home front today,
        the Democrats are acting as though they want to lose"), or of a clause
        inside it opened by "that", "if", "because" ... with its verb after
        the group ("he proved that nonwhite voters could be won over if they")."""
        floor = _sentence_start(self.text, start)
        group = self._plural_group(start, floor=floor)
        if group is None:
            return self._plural_subject(floor, start)
        at, end = self._group_at(group, floor, start)
        if at < 0:
            return None
        if not _LEADS_TO_SUBJECT.fullmatch(self.text, floor, at) and not (
                _CLAUSE_SUBJECT_BEFORE.search(self.text, max(floor, at - 20), at)
                and _VERB_AFTER_SUBJECT.match(self.text, end)):
            return None
        if not group.person:
            the = "the " if self.text.endswith(("the ", "The "), 0, at) else ""
            group.anonymous = describe(the + group.speaker).anonymous  # ("the Democrats": the party)
        return group

    def _plural_subject(self, floor: int, start: int) -> Resolved | None:
        """The definite plural of people or bodies opening the sentence from
        ``floor`` as its subject, before a "they" at ``start`` inside it, a
        noun no role list knows ("The display makers want ..., they say");
        not a text ("The results show") or an outlet, nor a thing ("The talks")."""
        floor = max(floor, self.text.rfind(";", floor, start) + 1)  # ("...; the Japanese want")
        m = _PLURAL_SUBJECT.match(self.text, floor, start)
        if m is None or self.index.in_quote(m.start(1)):
            return None
        head, words = m.group(2), m.group(1).split()
        if head.lower().endswith(("ics", "news")):
            return None  # ("The economics", "The news"): no plural
        if head[0].isupper() and len(words) > 2 and words[-2][0].isupper():
            return None  # a name ending in a plural: "The United States"
        res = describe(m.group(1))
        if res.source_type in ("document", "media") or not (
                res.source_type != "unspecified" or res.anonymous or head in _NATIONALITIES):
            return None
        return Resolved(m.group(1), res.source_type, res.anonymous)

    def _group_at(self, group: Resolved, floor: int, start: int) -> tuple[int, int]:
        """Where the phrase of a group of :meth:`_plural_group` opens (at the
        person who leads it: "[Trump] and other Republicans") and ends, after
        ``floor`` and before ``start``; (-1, -1) if not there."""
        written = group.speaker.split(" and ", 1)[1] if group.person else group.speaker
        at = self.text.rfind(written, floor, start)
        lead = self._named_lead(at) if at >= 0 and group.person else None
        if at < 0 or group.person and not lead:
            return -1, -1
        return (lead[1] if lead else at), at + len(written)

    def _named_lead(self, at: int) -> tuple[str, int] | None:
        """The person named right before "and" and a group opening at ``at``
        ("[Trump] and other Republicans"), with where the name opens."""
        named = self.index.mentions_in(max(0, at - 60), at)
        if named and self.text[named[-1][1]:at] == " and " and not self.index.in_quote(named[-1][0]):
            return named[-1][2], named[-1][0]
        return None

    def _group_acting_since(self, start: int, since: int) -> Resolved | None:
        """The plural group named after ``since`` in the sentence before a
        "they" that opens its own (or follows phrases fronted before it:
        :meth:`_subject_after_fronted`), as that sentence's subject, the subject
        of a clause inside it with its verb ("an industry where many elite
        Democrats can envision ... They want") or the subject of a "who"
        clause ("This angered Hispanics who viewed it as ... They also have
        criticized") or a passive's agent ("opposed by the Liberal
        Democrats. They have said"); None if none (a group only acted on:
        "rules to rein in big banks. They ...")."""
        floor = max(since, _previous_sentence_start(self.text, start))
        if floor >= start or not (_CLAUSE_OPENING_AT.search(self.text, max(0, start - 3), start)
                                  or _CONJUNCTION_OPENING.search(self.text, max(0, start - 8), start)
                                  or self._subject_after_fronted(start)):
            return None
        group = self._plural_group(start, floor=floor)
        # (each group is looked for before where the one after it opens: a
        # group written twice, "drugs companies are losing ... for the big
        # drugs companies", is met at each place in turn, and the walk ends)
        bound = start
        while group is not None and group.source_type != "document":
            # (a "they" that speaks is no document: "Rumours ... boosted Sina's shares. They")
            at, end = self._group_at(group, floor, bound)
            bound = at
            opening = _sentence_start(self.text, at + 1)
            subject = (_LEADS_TO_SUBJECT.fullmatch(self.text, opening, at)
                       or _CLAUSE_SUBJECT_BEFORE.search(self.text, max(opening, at - 20), at)
                       and _VERB_AFTER_SUBJECT.match(self.text, end))
            if subject or _WHO_ACTS.match(self.text, end) or _AGENT_BEFORE.search(
                    self.text, max(0, at - 80), at):
                return group
            # a group only acted on is passed over for the subject before it:
            # "People briefed on the move said ... would block a return by
            # Mr. Lewandowski's rivals. And they insisted": the people
            group = self._plural_group(at, floor=floor) if at > floor else None
        return None

    def _subject_after_fronted(self, start: int) -> bool:
        """Whether the "they" at ``start`` is its sentence's subject after
        phrases fronted before it, set off by commas and naming no group of
        their own ("Angry shop owners gathered outside City Hall. Even after
        the vote, and despite the rain, they said"): as good as opening the
        sentence."""
        opening = _sentence_start(self.text, start)
        return (opening < start and _FRONTED_CHUNKS.fullmatch(self.text, opening, start) is not None
                and self._plural_group(start, floor=opening) is None)

    def _plural_group(self, start: int, floor: int | None = None,
                      documents: bool = True) -> Resolved | None:
        """The nearest plural role noun before ``start`` in this paragraph or the
        one before (or after ``floor``), outside quotes, with up to two words
        modifying it (not a quantifier) and a named place or body after it
        ("Hispanics in Miami", "Students at Andrean High School"); with
        ``documents`` False, no plural of texts (for a "they" that speaks)."""
        text, index = self.text, self.index
        if floor is None:
            floor = max(_previous_paragraph_start(text, start), start - 400)
        words = list(_WORD.finditer(text, floor, start))
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            lower = word.group().lower()
            sourced = _SOURCED_AFTER.match(text, word.end(), start) if lower == "people" else None
            if sourced and not index.in_quote(word.start()) and not self._in_content(word.start()):
                # "people" too general to carry a "they", but for those a
                # story sources its news to: "People briefed on the reshuffling"
                phrase = text[word.start():sourced.end()]
                return Resolved(phrase, describe(phrase).source_type, True)
            if (lower in _PLURAL_IRREGULAR_GROUPS or not _is_plural(lower)
                    or lower not in _WORD_TYPE or index.in_quote(word.start())
                    or word.group() in _NAMES_OF_STATES
                    and _NAME_WORD_BEFORE.search(text, max(0, word.start() - 40), word.start())
                    or lower == "public" and not text.endswith("the ", 0, word.start())):
                continue  # (not a country's name, "the United States", nor "public opinion")
            first = k
            while first > 0 and k - first < 2:  # up to two modifiers right before it
                before = words[first - 1]
                lower_before = before.group().lower()
                if (text[before.end():words[first].start()].strip()
                        or lower_before in _FUNCTION or lower_before in _PREPOSITIONS
                        or lower_before in _GROUP_QUANTIFIERS  # "Many Hispanics": not who
                        or lower_before in _SUBORDINATORS  # "Though executives ... say"
                        or lower_before in _NO_BODY_WORDS  # "Yet Republicans have spent"
                        or lower_before.endswith(("ed", "ing")) and first - 2 >= 0
                        and words[first - 2].group().lower() in _VERB_SUBJECTS
                        # (any word right after a personal pronoun is its verb:
                        # "I want Americans to remember")
                        or first - 2 >= 0 and words[first - 2].group().lower() in _PERSONAL_SUBJECTS
                        # (an "-ing" verb opening a clause after a comma:
                        # "..., liberating banks like Citigroup to form what they called")
                        or lower_before.endswith("ing") and before.group().islower()
                        and _COMMA_BEFORE.search(text, max(0, before.start() - 3), before.start())):
                    break  # ("This angered Hispanics": a verb, no modifier)
                first -= 1
            if _NOUN_OF.search(text, max(0, words[first].start() - 30), words[first].start()):
                continue
            if self._in_content(word.start()):
                continue  # a group in what "they" said: "Wilcox and Beruff argued
                # ... State departments of education can do that, they said"
            place = _PLACE_AFTER.match(text, word.end(), start)
            phrase = text[words[first].start():place.end() if place else word.end()]
            lead = self._named_lead(words[first].start()) if words[first].group() == "other" else None
            if lead:
                # the person named and the others of their kind, one source
                # typed as the person, named: "Trump and other Republicans"
                return Resolved(f"{lead[0]} and {phrase}", self.person(lead[0]).source_type, False, True)
            res = describe(phrase)
            if not documents and res.source_type == "document":
                continue  # "respond to videos showing that they supported": people speak
            if _THE_BEFORE.search(text, max(0, words[first].start() - 12), words[first].start()):
                # written with "the", the group as a body or a known set: "opposed by
                # the Liberal Democrats. They have said", "the numbers ... they showed"
                return Resolved(phrase, res.source_type, describe("the " + phrase).anonymous)
            return Resolved(phrase, res.source_type, True)
        return None

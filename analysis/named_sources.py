"""Named sources for source resolution: the person a name, a surname, a
title or an apposition in a source span stands for.

:class:`NamedSourcesMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in): a span holding names ("Rep.
Gwen Graham slams Trump" → the first; "Amy Walter of the Cook Political
Report" → Amy Walter), an apposition cut from its name ("Graham, R-S.C., [a
long-shot candidate]"), a name just beside the span, and a bare surname or
title ("Bondarev", "the Florida senator", "the Supreme Court justice") to the
full name the article gives. Written by hand: no named-entity model can be
downloaded at run time.
"""

from __future__ import annotations

import re

from analysis.descriptors import _PARTY_TAG, _PRE_OK
from analysis.document_names import _POLL_HEADS
from analysis.mentions import _sentence_start, _surname_key
from analysis.names import (
    _KNOWN_SURNAMES,
    _NOT_NAME,
    _US_STATES,
    is_known_official,
    listed,
)
from analysis.people import particle_surname_of
from analysis.phrase_words import _TRAILING_POSSESSIVE, _is_plural, _tokens
from analysis.role_holders import _LEADERS, _TITLES_ONLY
from analysis.role_words import (
    PARENTHETICAL_CUE,
    _BODY_NOUNS,
    _INSTITUTIONS,
    _KIN,
    _OFFICE_CHANGING,
    _OFFICE_HEADS,
    _PARTY_NAMES,
    _PREPOSITIONS,
    _STRIP,
    _WORD_TYPE,
)
from analysis.source_types import is_group_name, type_phrase
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE, _ORDINALS, Resolved, _head_word, describe

# "for" or "against" right before a name: "Patriots for [Trump]".
_FOR_NAME = re.compile(r"\s(?:for|against)\s+$")

# A role owned by a title or a body: "the prime minister's spokesman", "the
# Pentagon's recent top adviser".
# (not "the head of the RNC’s powerful rules committee": the head of it)
_OWNED_ROLE = re.compile(r"((?:[Tt]he|[Tt]his)(?:\s+(?!of\s)[^\s'’]+){1,3})['’]s?\s+([a-z][\w -]*)")

_DETERMINERS = {"a", "an", "the", "one", "another", "some", "several", "many", "two", "three",
                "most", "all", "both", "few", "other", "these", "those"}


def _people_acting_on(lead: list[str]) -> bool:
    """Whether the words ``lead`` before a name open with people and a
    participle, so that the people head the phrase and the name is the one
    they act on: "Lawyers defending former WorldCom chief Bernie Ebbers said"
    is the lawyers, not Ebbers ("The aides travelling with Clinton"); not
    "including", whose name is one of them ("newspapers including El Watan")."""
    words = lead[1:] if lead[:1] and lead[0] in _DETERMINERS else lead
    return (len(words) > 1 and words[0] in _WORD_TYPE and _is_plural(words[0])
            and len(words[1]) > 4 and words[1].endswith("ing") and words[1] != "including")


# A post in a field of work, in lower case, before its holder's name: "[Merck's]
# head of research", "Professor of economics", "chief of emergency medicine".
_POST_IN_FIELD = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*(?:(?:deputy|assistant|associate|senior)\s+)?"
                            r"(?i:head|chief|director|professor|lecturer|editor|manager|dean|"
                            r"controller)\s+of\s+(?P<field>(?:[a-z][\w-]*\s+){1,3})")
# An office's title before a name is no preposition's object:
# "Secretary of State John Kerry", "former Director of National Intelligence
# James Clapper" (not "a spokesman for Sen. John Kerry").
_OFFICE_TITLE = re.compile(r"(?:former\s+)?(?:[A-Z][\w.'’-]*\s+)*[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?"
                           r"(?:(?!(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|President|Senator)\b)[A-Z][\w'’-]*\s+)+"
                           # (and the office held there: "Bank of England governor")
                           # ("Americans for Prosperity President Tim Phillips")
                           r"(?:(?i:(?:deputy\s+)?(?:governor|chairman|chairwoman|chair|chief|president|director|"
                           r"head|secretary|minister|spokesman|spokeswoman))\s+)?"
                           # (in lower case too, the office in any case: "former secretary of
                           # state Hillary Clinton", "Director of rugby Warren Gatland")
                           r"|(?:[Ff]ormer\s+)?(?:[A-Z][\w.'’-]*\s+)*(?i:" + "|".join(sorted(_OFFICE_HEADS)) + r")\s+of\s+"
                           r"(?:the\s+)?(?:state|defense|staff|homeland\s+security|labor|commerce|"
                           r"the\s+treasury|treasury|communications|finance|foreign\s+affairs|"
                           # (and a club's or a company's: "director of rugby Rob Andrew")
                           r"rugby|football|cricket|coaching|operations|marketing|sales|research|"
                           r"policy|strategy|development|elections)\s+")
# Those a person leads or owns, after the name: "Sanders [and his aides]",
# also with no possessive, as a headline drops it ("Sanders [and allies] aim"),
# or others of the kind: "Ward [and other security experts]", "[and others]".
_ENTOURAGE = re.compile(r"\s+(?:and|nor)\s+((?:his|her|their)\s+[a-z][\w -]*|(?:allies|aides|advis[eo]rs|"
                        r"supporters|backers|lawyers|attorneys|associates|surrogates|lieutenants)"
                        r"|other\s+\w[\w -]*|others)")
_ENTOURAGE_LEAD = re.compile(r"(?:[Bb]oth\s+|[Nn]either\s+)?" + _TITLES_ONLY.pattern)
# A name's affiliation after it: "Amy Walter [of the Cook Political Report]",
# and between two names ("Paul Sperry [of] Counter Jihad"; a peer's "Lord
# Roberts of Conwy" is one name).
_AFFILIATION = re.compile(r"\s+(?:of|from|at|with)\s")
_AFFILIATION_BETWEEN = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?")
_PEER_BEFORE = re.compile(r"\b(?:Lord|Lady|Baron|Baroness)\s+$")
# A name after "the": "the Post", "the Lord Chief Justice".
_THE_NAME = re.compile(r"[Tt]he\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")

# A person noun closing a description: "The other man", "a woman".
_PERSON_HEAD = re.compile(r"\b(?:man|woman|person|men|women|people)\b,?\s*$", re.I)
# A relative in apposition before a name: ", his cousin ", ", her husband, ".
_KIN_APPOSITION = re.compile(r",\s+(?:his|her|their)\s+(?:" + "|".join(sorted(_KIN)) + r"),?\s+")
# A description a name stands in apposition to: "One delegate not on the Cruz slate, [name]".
_APPOSED_NAME_LEAD = re.compile(r"(?:(?i:an?|one|another|the|its|his|her|their)\s(?![^,]*\sand\s)"
                                r"[^,;:()“”\"]+"
                                # (or with no determiner, a role noun closing it:
                                # "BA director of commercial planning, Robert Boyle")
                                r"|(?![^,]*\sand\s)[^,;:()“”\"]*\s[a-z]+),\s+"
                                # (the name's title: "Another Clinton ally, Agriculture
                                # Secretary Tom Vilsack")
                                r"(?:[A-Z][\w.’'-]*\s+){0,3}")
# One of a father and son of one name: "the younger Mr. Trump", "the elder Bush".
_GENERATION = re.compile(r"[Tt]he\s+(younger|elder|older)\s+(?:(?:Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’-]+")
_JUNIOR = re.compile(r"\b(?:Jr\.?|II|III)$")
_LEADING_SPACE = re.compile(r"\s*")

# A name of capitalised words only, no apposition: "Judicial Watch".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)+")
# A name's party tag or apposition just before a source: "Rep. Jim Jordan (R-Ohio), [...]".
_AFTER_NAME = re.compile(r"(?:\s*\([^)\n]{1,30}\))?(,\s*)?\s*\(?$")
# What can close an _AFTER_NAME match (spaces, a comma, an opening bracket),
# read back from a text's end with str tests (see _name_nearby).
_AFTER_NAME_CLOSING = ",("
# A phrase's part before its first comma or bracket (the split precompiled).
_COMMA_OR_BRACKET = re.compile(r"[,(]")
# The punctuation that keeps words between a source and a name from joining them.
_BREAKING_PUNCTUATION = re.compile(r"[,.;:!?“”\"()]")

# Between a name and its apposition: "Graham, R-S.C., ", "Rendell, a former governor and ".
_APPOSITION_GAP = re.compile(r"(?:\s*\([^)\n]{0,30}\))?(?:,\s*[A-Z]{1,2}-[A-Z][\w.]*)?,\s+"
                             r"(?:[^,.;:!?“”\"()\n]*\s(?:and|&)\s+)?")

_APPOSITION_OBJECT = re.compile(r",\s+(?:an?|the)\s[^,.;:!?“”\"()\n]*?"
                                r"\s(?:to|of|for|at|with|under|by)\s+(?:then-|ex-)?")

# A possessive after a name ("Sanders's spokesman"), and the words listing names.
_POSSESSIVE_AT = re.compile(r"['’]s?\s")
_AND_OR_NOR = re.compile(r"\b(?:and|nor)\b")
# Letters after a name, as British outlets write them: "Frank Field MP", "John Smith QC".
_POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "QC", "KC"})
# What joins names listed together: "Mr. King and Mr. Schultz", "A, B and C".
_LIST_GLUE = re.compile(r"(?:\s*\([^)\n]{0,30}\)|\s+of\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"  # "(R-Va.)", "of Texas"
                        r"(?:,\s*|\s+and\s+|,\s+and\s+|\s+nor\s+)(?:[A-Z][a-z]{1,3}\.\s+|(?:Mr|Mrs|Ms|Dr)\s+)?"
                        # "... and former Maryland Gov. Martin O'Malley": the second one's
                        # title (or role: "Michael Howard and frontbencher John Redwood")
                        r"(?:(?<=and\s)(?:former\s+|state\s+)?(?:(?:[A-Z][\w.’'-]*|[a-z]+(?:er|or|ist|man|woman))"
                        r"\s+(?:of\s+)?){1,4})?")

# A verb between two names: the first is the subject ("Rep. Gwen Graham slams Trump").
_VERB_BETWEEN = re.compile(r"^\s+(?:[a-z]+ly\s+)?(?:slams|blasts|hits|praises|attacks|backs|"
                           r"endorses|rips|mocks|defends|urges|calls|tells|asks|thanks|warns)\s+$")

# An owner's role before the name holding it: "[Merkel]'s spokesman, [Steffen Seibert]".
_OWNERS_ROLE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+")

# The author of a document: "a new ad from [Donald Trump's campaign]".
_FROM_BY = re.compile(r"^[^,]*?\b(?:from|by)\s+(?=(?:the\s+)?[A-Z])")

# A family by its surname: "the Khans", "The Clintons".
_FAMILY = re.compile(r"[Tt]he\s+([A-Z][a-z]+)s")

# "the 30-year-old", "the 68-year-old Oregon native": a person, whatever the lexicons say.
_AGED = re.compile(r"\b\d{1,3}-year-old\b")

_PERSON_NOUNS = set("""
defender striker midfielder goalkeeper player captain champion coach manager winner star
actor actress singer musician rapper director writer novelist artist comedian athlete
runner driver rider boxer golfer skier swimmer batsman bowler legend icon
neurosurgeon surgeon doctor physician scientist native veteran
researcher teacher professor lecturer academic student pensioner entrepreneur campaigner
""".split())

# Roles that are people, not offices nor bodies ("the campaign" is no person).
_PERSON_ROLES = set("""
businessman businesswoman mogul tycoon billionaire developer founder executive ceo owner banker
investor entrepreneur lobbyist activist advocate donor publisher host anchor reporter journalist
correspondent columnist commentator editor writer moderator analyst professor economist scholar
strategist pollster consultant expert historian lawyer attorney manager
""".split())

# Offices whose holder "the governor", "the candidate" names without more words;
# the person must be given the office (not a candidacy) somewhere in the article.
_OFFICES = {"governor", "senator", "congressman", "congresswoman", "mayor", "president"}

# Offices a person must be given by the article to be "the Supreme Court
# justice", "the ambassador" (a candidate named last is none of them).
_HELD_OFFICES = {"justice", "judge", "ambassador", "minister", "chancellor", "prosecutor", "sheriff",
                 "commissioner", "mayor"}

_ELECTED = _OFFICES | {"candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful"}


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*")


# A state and a party: how news names a senator or governor named before.
_STATE_AND_PARTY = re.compile(r"[Tt]he\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+(Republican|Democrat|Democratic)")


# Words that make a role of two words, which a holder must be described with:
# "the prime minister" is no welfare minister, "the home secretary" no foreign one.
_OFFICE_MODIFIERS = frozenset({"prime", "foreign", "home", "defence", "defense", "finance", "health",
                               "education", "culture", "trade", "transport", "environment",
                               "interior", "justice", "energy", "welfare"})


def _qualifiers(phrase: str) -> tuple[str, ...]:
    """The capitalised words of a role phrase that are no role words, which the
    holder must be described with: "the New Jersey governor" -> ("New Jersey",)."""
    return tuple(w for w in _CAPITALISED_RUN.findall(phrase) if w.lower() not in _WORD_TYPE)


def _group_of_people(phrase: str) -> bool:
    """Is ``phrase`` headed by a plural ("analysts", "party leaders"), so that it
    cannot be the apposition of one person named before it?"""
    head = _head_word(_tokens(phrase))
    return bool(head) and _is_plural(head)


# A description of one person: "a ...", "an ...", "one of ...", "his/her ...",
# "Elliott's ...".
_ONE_DESCRIBED = re.compile(r"(?:[Aa]n?|[Oo]ne\s+of|[Hh]is|[Hh]er|[A-Z][\w.-]*['’]s)\s+\S")
# Set off after it by commas (after a "who" clause, if any), at most eight
# words ending in a name: "[ who still backs Randolph], former Colorado Rep.
# Pat Schroeder,".
_APPOSED_ONE = re.compile(r"(?:\s+who\s+[^,.;:“”\"]{1,80})?,\s+((?:[^\s,;:()“”\"]+\s+){0,7}[^\s,;:()“”\"]+),")
# A sentence's end, not a title's dot ("the Rev. Charles Elliott Jr.", "Rep. Pat").
_STOP_NOT_AFTER_TITLE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})"
                                   r"\.\s+[A-Z]|[!?]\s")


class NamedSourcesMixin:
    """Name, surname, title and apposition lookups of the resolver.

    Expects ``text`` and ``index`` (:class:`analysis.people.ArticleIndex`), the
    method ``person`` of the class it is mixed into, the lookups of
    :class:`analysis.role_holders.RoleHoldersMixin`, ``_previous_official``
    and ``_previous_subject`` of
    :class:`analysis.previous_subjects.PreviousSubjectsMixin`,
    ``_recent_speaker`` of :class:`analysis.coreference.CoreferenceMixin` and
    ``_shared_type`` of :class:`analysis.group_reference.GroupReferenceMixin`
    beside it.
    """

    def _apposition_of(self, clean: str, start: int, typed: bool = True) -> str | None:
        """The person a source span that is only their apposition describes:
        "Sen. Lindsey Graham, R-S.C., [a long-shot presidential candidate], said",
        "Ed Rendell, a former Pennsylvania governor and [two-term Philadelphia mayor]"."""
        first = clean.split()[0]
        if not (first[:1].islower() or first.lower() in ("a", "an", "the")):
            return None
        prior = self.index.mentions_in(start - 150, start)
        # (the gap after the name asked first: most sources follow none)
        if not prior or not _APPOSITION_GAP.fullmatch(self.text, prior[-1][1], start):
            return None
        if typed and type_phrase(clean)[0] in (None, "document", "unspecified"):
            return None
        if _group_of_people(clean):
            return None  # "Mrs. Clinton, analysts said, has ...": a group, no apposition
        if _THE_NAME.fullmatch(clean) and not any(w.lower() in _WORD_TYPE for w in clean.split()[1:]):
            # "... soured on Lewandowski, the Post reported": a name, no role
            # (not "Woolf, the Lord Chief Justice")
            return None
        inside = self.index.mentions_in(start, start + len(clean))
        if inside and inside[-1][1] == start + len(clean) and not (
                set(_tokens(self.text[start:inside[-1][0]])) & _PREPOSITIONS):
            return None  # "Or maybe Jeb Bush, digital consultant Phil Musser says": named itself
        if self._parenthetical_cue_after(start + len(clean)):
            return None  # "Clinton, a top aide said, ...": the aide speaks of her
        return prior[-1][2]

    def _parenthetical_cue_after(self, end: int) -> bool:
        """Whether a speech verb and a comma follow the source ending at ``end``."""
        return PARENTHETICAL_CUE.match(self.text, _LEADING_SPACE.match(self.text, end).end()) is not None

    def _apposition_holder(self, start: int, end: int) -> str | None:
        """The person whose apposition the source span ends: "Juan Zarate, a top
        adviser to then-[President George W. Bush], also questioned" is Zarate."""
        if not self.text.startswith(",", end):
            return None
        prior = self.index.mentions_in(start - 150, start)
        if prior and _APPOSITION_OBJECT.fullmatch(self.text, prior[-1][1], start):
            return prior[-1][2]
        return None

    def _post_in_field(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a post in a field, no one's ("Merck's
        head of research", "Professor of economics"): the name after it is
        its holder's (not "The wife of former president", "Supporters of")."""
        post = _POST_IN_FIELD.fullmatch(self.text, start, end)
        return post is not None and all(_WORD_TYPE.get(w) in (None, "document")  # ("research")
                                        for w in _tokens(post.group("field")))

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
        if _FOR_NAME.search(text, start, inside[-1][0]) and is_group_name(clean):
            # "Hispanic Patriots for Trump": a group named for whom it backs
            # (not "Americans for Prosperity President Tim Phillips")
            return Resolved(clean, "organization", False)
        generation = _GENERATION.fullmatch(clean)
        if generation:
            # "the younger Mr. Trump": of a father and son, the one called Jr. (or the other)
            namesakes = self.index.namesakes(inside[-1][2])
            junior = [n for n in namesakes if _JUNIOR.search(n)]
            pick = junior if generation.group(1).lower() == "younger" else sorted(namesakes - set(junior))
            if len(pick) == 1 and len(namesakes) > 1:
                return self.person(pick[0])
        if len(inside) == 1 and inside[0][0] == start and inside[0][1] == end:
            # the source is the name and nothing else ("Donald Trump": seven in
            # ten): no lead or tail for the rules below to read, the person speaks
            return self.person(inside[0][2])
        if len(inside) > 1 and text.startswith(("’s", "'s"), inside[0][1]) and "," in text[
                inside[0][1]:inside[1][0]]:
            # "Trump's leading Republican rivals, Sens. Ted Cruz ... and Marco
            # Rubio ...": the owner of the role is none of the names it lists
            inside = inside[1:]
        entourage = _ENTOURAGE.fullmatch(text, inside[0][1], end)
        if len(inside) == 1 and entourage and _ENTOURAGE_LEAD.fullmatch(text, start, inside[0][0]):
            # "Sanders and his aides", "both Mrs. Clinton and her campaign",
            # "Neither Donald J. Trump nor his opponents": the person and a group
            # of theirs, named by the person in full and typed as the person, not
            # anonymous as a whole
            res = self.person(inside[0][2])
            return Resolved(f"{inside[0][2]} and {entourage.group(1)}", res.source_type,
                            False, True)
        lead = text[start:inside[-1][0]]
        if (_APPOSED_NAME_LEAD.fullmatch(lead) and (not text[inside[-1][1]:end].strip(_STRIP)
                                                    or _AFFILIATION.match(text, inside[-1][1], end))
                and (type_phrase(lead.rstrip(", "))[0] not in (None, "document", "unspecified")
                     or _PERSON_HEAD.search(lead))):  # ("The other man, James York")
            # "One delegate not on the Cruz slate, Kelly Schmdit": the name in
            # apposition to the description is the speaker, of the role it gives
            res = self.person(inside[-1][2])
            if res.source_type == DEFAULT_PERSON_TYPE:
                res.source_type = type_phrase(lead.rstrip(", "))[0]
            return res
        first = 0
        for k in range(len(inside) - 1, 0, -1):
            after = _COMMA_OR_BRACKET.split(text[inside[k][1]:end], maxsplit=1)[0]
            between = text[inside[k - 1][1]:inside[k][0]]
            if not after.strip(_STRIP) and ("," not in text[inside[0][1]:inside[k][0]]
                                            and not _LIST_GLUE.fullmatch(between)
                                            and not _VERB_BETWEEN.search(between)
                                            # (not "Paul Sperry of Counter Jihad"; but
                                            # "The Guinness Book of Records", "Lord
                                            # Roberts of Conwy" are names whole)
                                            and not (_AFFILIATION_BETWEEN.fullmatch(between)
                                                     and self._a_person(inside[k - 1][2])
                                                     and not _PEER_BEFORE.search(
                                                         text, max(0, inside[k - 1][0] - 8),
                                                         inside[k - 1][0]))
                                            or k == 1 and _OWNERS_ROLE.fullmatch(between)
                                            and any(w in _WORD_TYPE for w in _tokens(between))):
                # (or "Ms. Merkel's spokesman, Steffen Seibert": the name of the role)
                first = k
                break
        chain = [inside[first]]
        for mention in inside[first + 1:]:
            glue = text[chain[-1][1]:mention[0]]
            if not _LIST_GLUE.fullmatch(glue) or (_POSSESSIVE_AT.match(text, mention[1])
                                                  and not _AND_OR_NOR.search(glue)):
                # (not an owner in apposition: "Michael Briggs, Sanders's
                # spokesman", "Tina Tchen, Mrs. Obama's chief of staff")
                break
            chain.append(mention)
        lead = _tokens(text[start:chain[0][0]])
        tail = _COMMA_OR_BRACKET.split(text[chain[-1][1]:end], maxsplit=1)[0]
        tail_words = _tokens(tail)
        if _AFFILIATION.match(tail) or tail.strip() in _POST_NOMINALS and lead[-1:] not in (
                ["the"], ["a"], ["an"], ["one"]):
            # "Amy Walter of the Cook Political Report", "Frank Field MP": the
            # name heads (not "A Plaid Cymru MP", "The Glasgow Kelvin MP")
            tail_words = []
        modified = (set(lead) & _PREPOSITIONS and any(w in _WORD_TYPE for w in lead)
                    and not _OFFICE_TITLE.fullmatch(text, start, chain[0][0])
                    and not self._post_in_field(start, chain[0][0])
                    or any(w in _WORD_TYPE for w in tail_words)
                    # "A Clinton ally": a common noun after the name heads the phrase
                    # (a determiner first, so that "Davenport paid tribute" stays hers)
                    or bool(tail_words) and tail.strip(" ’'s")[:1].islower()
                    and bool(set(lead) & _DETERMINERS)
                    or _people_acting_on(lead))
        if not modified:
            names = list(dict.fromkeys(n for _, _, n in chain))
            res = self.person(names[0])
            if len(names) > 1:
                res = Resolved(listed(names), self._shared_type(names), False, True)
            return res
        res = describe(clean)
        if _people_acting_on(lead):
            res.anonymous = True  # (the lawyers are unnamed: the name is another's)
        by = _FROM_BY.search(clean)
        if by and res.source_type == "document":
            # "a new ad from Donald Trump's campaign": its author; a document
            # a body made, by its maker ("A report ... by the Organization for
            # Economic Cooperation and Development" -> "... report", when a
            # name inside it was taken for a person's); a poll, by its
            # conductor ("the exit poll conducted by Edison Research for the
            # Associated Press" -> "Edison Research exit poll")
            res.speaker = (self._poll_name(clean, start, end) or self._authored_document(clean)
                           or clean[by.end():])
        elif res.source_type == "document" and set(tail_words) & set(_POLL_HEADS):
            # "A new Latino Decisions poll": by its name, as "a CBS poll" is
            res.speaker = self._poll_name(clean, start, end) or res.speaker
        elif (set(lead) <= {"the", "mr", "mrs", "ms", "dr"} and len(chain) == 1
              and 1 <= len(tail_words) <= 2 and tail.strip(" ’'s").islower()
              and (tail.lstrip()[:1] in "'’" or _is_plural(tail_words[-1]))
              and "," not in text[chain[-1][1]:end]):  # (not "Mr. Taylor's group, March for Bernie")
            # "Obama's aides", "Clinton supporters": name the person in full
            # ("the Obama administration", a body named after its head, stays
            # as written, as a reader says it)
            noun = re.sub(r"^['’]s?\s*", "", " ".join(tail.split()))
            possessive = tail.lstrip()[:1] in "'’"
            res.speaker = f"{self._group_leader(chain[0])}{chr(39) + 's' if possessive else ''} {noun}"
        if (tail_words in (["campaigns"], ["camps"]) and len(chain) == 2
                and set(lead) <= {"the", "neither", "both"} and _AND_OR_NOR.search(
                    text, chain[0][1], chain[1][0])):
            # "Neither Alan Grayson nor Dena Grayson's campaigns", "The Clinton
            # and Sanders campaigns": the two candidates' campaigns, each named
            # in full, as "The Trump campaign" is (below): bodies the article
            # names, not anonymous
            first, second = (self._group_leader(mention) for mention in chain)
            return Resolved(f"{first}'s and {second}'s campaigns", "organization", False)
        if tail_words in (["camp"], ["campaign"], ["team"]) and len(chain) == 1 and set(lead) <= {"the"}:
            leader = self._group_leader(chain[0])
            if self.person(leader).source_type in ("official", "former_official"):
                # "the Clinton camp", "The Trump campaign", "the Trump team": a
                # politician's campaign, named by the candidate in full as "her
                # campaign" is (SOURCE_TYPES.md: the full name wherever the
                # article gives it); a camp is the campaign (a player's camp is not)
                noun = "team" if tail_words == ["team"] else "campaign"
                res.speaker, res.source_type = f"{leader}'s {noun}", "organization"
        return res

    def _group_leader(self, mention: tuple[int, int, str]) -> str:
        """The person a surname names as the head of a group ("Trump officials",
        "the Clinton campaign"): of several namesakes, the one candidate or
        well-known politician, whoever of them was named last (not Melania
        Trump, whose speech the sentence before was about); else the mention's
        own person."""
        start, end, name = mention
        if _TRAILING_POSSESSIVE.sub("", self.text[start:end].strip()) != name.split()[-1]:
            return name  # named in full, or by a first name ("Freddy's"): that one
        leaders = [n for n in sorted(self.index.namesakes(name))
                   if self.index.is_candidate(n) or is_known_official(n)]
        return leaders[0] if len(leaders) == 1 else name

    def _name_apposed(self, clean: str, start: int, end: int) -> str | None:
        """The person named in apposition right after a description of one
        person that names no one ("One of Grayson's former supporters, former
        Colorado Rep. Pat Schroeder, wrote", "a veteran diplomat, Wendy
        Sherman, said"): the apposition's last words are the name, in at most
        eight words set off by commas; None otherwise (a plural, "Critics,
        Bob Smith among them,"; a name in the description itself)."""
        if not _ONE_DESCRIBED.match(clean) or type_phrase(clean)[0] in (None, "document", "unspecified"):
            return None  # (no person's description: "an FBI summary of its investigation")
        if any(self.text[e:e + 2] not in ("'s", "’s") for _, e, _ in self.index.mentions_in(start, end)):
            return None  # a name, not an owner's, in it
        head = _head_word(_tokens(clean.split(" who ")[0]))
        if _is_plural(head) and not clean.lower().startswith("one of"):
            return None
        apposed = _APPOSED_ONE.match(self.text, end)
        named = apposed and self.index.mentions_in(*apposed.span(1))
        if (not named or self.text[named[-1][1]:apposed.end(1)] not in ("", ".")  # ("Jr.")
                or len({n for _, _, n in named}) > 1
                or _STOP_NOT_AFTER_TITLE.search(self.text, apposed.start(1), apposed.end(1))):
            return None  # (not "..., said Obama was wrong. Ed Rendell,")
        before = _tokens(self.text[apposed.start(1):named[-1][0]])
        if set(before) & _PREPOSITIONS or any(w.endswith("ing") for w in before):
            return None  # "parent company of Mercedes Benz", "speaking to ... Paul Adams": another's
        return named[-1][2]

    def _name_nearby(self, clean: str, start: int, end: int) -> Resolved | None:
        """A source span that missed its name, just before or after it."""
        index = self.index
        # An apposition or party tag cut off its name: "Rep. Jim Jordan
        # (R-Ohio), [an oversight panel member]", "Sen. Ted Cruz [(R-Texas)]".
        before = self.text[max(0, start - 60):start]
        # (its match opens where the closing run of spaces, commas and "("
        # does, or before it where a ")" ends the rest: re tries from there,
        # not at each of the 60 characters, where everything it holds is optional)
        k = len(before)
        while k and (before[k - 1].isspace() or before[k - 1] in _AFTER_NAME_CLOSING):
            k -= 1
        tag = _AFTER_NAME.search(before, 0 if before[k - 1:k] == ")" else k)
        if tag and self._parenthetical_cue_after(end):
            tag = None  # "Clinton, [a top aide] said, ...": the aide speaks of her
        if tag and (_PARTY_TAG.match(clean if clean.startswith("(") else f"({clean})")
                    or tag.group(1) and not _group_of_people(clean)
                    and type_phrase(clean)[0] != "document"  # (not "Sanders, [a new poll] shows")
                    # ("To depose Clinton, [Judicial Watch]"; "... on Lewandowski, [the Post] reported")
                    and not _CAPITALISED_NAME.fullmatch(clean) and not _THE_NAME.fullmatch(clean)):
            prior = index.mentions_in(start - 60, start - len(tag.group()) + 1)
            if prior and prior[-1][1] == start - len(tag.group()):
                return self.person(prior[-1][2])
        # A source cut short before the name it modifies: "Former Kremlin"
        # [staffer turned analyst Alexei Chesnakov].
        following = index.mentions_in(end, end + 60)
        if following:
            between = self.text[end:following[0][0]]
            if not between.strip() or not _BREAKING_PUNCTUATION.search(between) and all(
                    w in _WORD_TYPE or w in _PRE_OK or w == "turned" for w in _tokens(between)):
                return self.person(following[0][2])
            if _PERSON_HEAD.search(clean) and _KIN_APPOSITION.fullmatch(between):
                # "The other man, his cousin James York, 40, cited": the name in apposition
                return self.person(following[0][2])
        return None

    def _surname_or_title(self, clean: str, start: int) -> Resolved | None:
        """"WALLACE", "Mr. Obama" (no first name given), "the mayor" (named elsewhere)."""
        index = self.index
        words = clean.split()
        key = _surname_key(words[-1].strip(_STRIP))
        family = _FAMILY.fullmatch(clean)
        if family and _surname_key(family.group(1)) in index.surnames:
            # "the Khans", "the Clintons": the family of the people of that name
            namesakes = index.namesakes(index.surnames[_surname_key(family.group(1))])
            # (in the article's order of first names: "Khizr and Ghazala Khan, ...")
            named = sorted(namesakes, key=lambda n: (self.text.find(n.split()[0]), n))
            return Resolved(_family_names(named) if len(named) > 1 else clean,
                            self._shared_type(sorted(named)), False, len(named) > 1)
        if (clean in index.persons and index.in_headline(start)  # the index skips headlines
                and (index.persons[clean].gender or index.persons[clean].descriptors)):
            return self.person(clean)
        # (a surname is written capitalised: "a White House official who spoke
        # to discuss internal strategy" is no "Office of Political Strategy")
        if key in index.surnames and (len(words) == 1 or words[0].rstrip(".").lower() in _NOT_NAME
                                      and words[-1][:1].isupper()
                                      or particle_surname_of(clean, index.surnames[key])):
            return self.person(index.surname_at(key, start))  # (or "De Blasio": Bill de Blasio)
        if len(words) == 2 and words[0].rstrip(".").lower() in ("sir", "dame", "lord", "lady"):
            named = index.by_first_name(words[1])  # "Sir Digby" is Sir Digby Jones
            if named:
                return self.person(named)
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in _NOT_NAME:
            named = index.by_first_name(_TRAILING_POSSESSIVE.sub("", words[0]))
            if named:
                return self.person(named)  # "Hillary", "Bernie": the one person of that name
        epithet = _STATE_AND_PARTY.fullmatch(clean)
        if epithet and epithet.group(1).split()[-1].lower() in _US_STATES:
            # "the Kentucky Republican": the person of that state and party
            parties = ("democratic", "democrat") if epithet.group(2).startswith("Dem") else ("republican",)
            name = next(filter(None, (index.person_by_role(party, start, (epithet.group(1),))
                                      for party in parties)), None)
            if name:
                return self.person(name)
            quoted = self._recent_speaker(start, None)
            if (quoted is not None and quoted.person and quoted.speaker in index.persons
                    and index.party_of(quoted.speaker) in (None, _PARTY_NAMES[parties[0]])):
                return quoted  # "... said Gowdy. The South Carolina Republican admitted"
        if (words[0].lower() in ("the", "this") and 1 < len(words) <= 8
                and (words[-1][:1].islower() or words[-1].lower() in _LEADERS or not any(
                    w[:1].isupper() and not (w.isupper() and w.lower() in _WORD_TYPE
                                             and w is not words[-1])
                    for w in words[1:3]))):
            # "the mayor", "the Pakistani president", "the chair of the DNC",
            # "the former CEO of Hewlett-Packard"; not a name such as "The Tax
            # Policy Center"
            owned = _OWNED_ROLE.fullmatch(clean)
            if owned:
                # "the prime minister's spokesman" is not the prime minister: the
                # one the article calls a spokesman, if any ("The Pentagon's
                # recent top adviser" after "Jeff Davis, the Pentagon's ... adviser")
                head = _head_word(_tokens(owned.group(2)))
                name = head and index.person_by_role(head, start, _qualifiers(owned.group(1)))
                return self.person(name) if name else None
            tokens = _tokens(clean)
            if tokens[-2:] == ["front", "runner"]:  # "the GOP front-runner"
                tokens[-2:] = ["front-runner"]
            head = "front-runner" if tokens[-1] == "front-runner" else _head_word(tokens)
            if (head and not _is_plural(head) and head not in _INSTITUTIONS
                    and head not in _BODY_NOUNS  # ("the network": an outlet, not its anchor)
                    and tokens[1] not in _ORDINALS):  # ("the second official": no title)
                qualifiers = _qualifiers(clean[len(words[0]):])
                # (a profile gives offices of now: "the former Florida governor" is none)
                # the party a word of the phrase names: "the Republican front-runner"
                party = next((_PARTY_NAMES[t] for t in tokens if t in _PARTY_NAMES), None)
                if tokens[-2] in _OFFICE_CHANGING:
                    # "the vice president", "the deputy director": one the article
                    # calls so, else no one named (never the holder of the bare
                    # office, by any of the fallbacks below)
                    name = index.titled_before(f"{tokens[-2].rstrip('-')} {head}", start)
                    if name is None and head in _PERSON_ROLES:
                        # a role, no office: the subject just before, unless that
                        # one holds the bare role ("Liverpool legend Phil Thompson
                        # has pleaded ... The ex-Reds assistant boss also warned")
                        name = self._previous_subject(start)
                        if name and index.holds_office(name, head):
                            name = None
                    return self.person(name) if name else None
                else:
                    office = tokens[-2] if tokens[-1] == head and tokens[-2] in _OFFICE_MODIFIERS else None
                    name = index.person_by_role(head, start, qualifiers, profiles="former" not in tokens,
                                                former="former" in tokens, office=office)
                if name and (party is None or index.party_of(name) in (None, party)):
                    return self.person(name)  # (not "the Republican senator" for a Democrat)
                if head in _LEADERS and len(tokens) >= 3:
                    # (before the office holder named last: "the Lib Dem leader"
                    # just after Charles Kennedy is not the Home Secretary named first)
                    roleless = self._roleless_before(tokens, head, start)
                    if roleless:
                        return self.person(roleless)
                if ((_WORD_TYPE.get(head) in ("official", "generic") or head in _ELECTED)
                        and tokens[-1] == head
                        and (len(tokens) >= 3 or head in _ELECTED) and "and" not in tokens):
                    # "the Russian leader", "the governor", "the candidate": the
                    # office holder named last in this paragraph or the one before
                    # (not "the official", "the judge": often someone unnamed)
                    name = self._previous_official(
                        start, "former" in tokens, head if len(tokens) < 3 and head in _OFFICES
                        or head in _HELD_OFFICES else None, head if head in _OFFICES else None,
                        head in _ELECTED, party)
                    if name:
                        return self.person(name)
                roleless = self._roleless_before(tokens, head, start)
                if roleless:
                    return self.person(roleless)
                if ("former" in tokens and "of" in tokens[tokens.index(head):]
                        and "and" not in tokens):
                    # "comments Clinton made Tuesday ... The former secretary of
                    # state mocked": a past office of the one person just named
                    sentence = _sentence_start(self.text, start + 1)
                    named = {n for _, _, n in index.mentions_in(
                        _sentence_start(self.text, max(0, sentence - 1)), start)}
                    if len(named) == 1:
                        return self.person(named.pop())
                if head in _PERSON_ROLES and tokens[-1] == head and "and" not in tokens:
                    # "the businessman replied", "the billionaire real estate
                    # mogul": a definite role (not an office) names the person just before
                    # (but a politician is no "moderator" or "host" asking him
                    # questions; he may be "The Spectator editor", as Boris Johnson was)
                    name = self._previous_subject(start, lambda n: not (
                        head in ("moderator", "host", "anchor", "interviewer")
                        and self.person(n).source_type == "official"))
                    if name:
                        return self.person(name)
                if _AGED.search(clean) or head in _PERSON_NOUNS and (
                        head not in _WORD_TYPE or len(tokens) > 2 and tokens[-1] == head):
                    # ("the Air Force veteran": a modified role word too)
                    # "the 30-year-old", "the retired neurosurgeon": the person
                    # quoted just before, else the one the passage is about
                    recent = self._recent_speaker(start, None)
                    if recent and recent.person:
                        return recent
                    name = index.previous_person(start)
                    if name:
                        return self.person(name)
        if len(words) == 1 and key in _KNOWN_SURNAMES:
            return self.person(_TRAILING_POSSESSIVE.sub("", clean))
        return None


def _family_names(names: list[str]) -> str:
    """A family's members as English names them: "Khizr and Ghazala Khan",
    "Betsy, Tom and Ann Ebeling" (first names, then the shared surname);
    full names listed where the surnames differ."""
    surnames = {name.split()[-1] for name in names}
    if len(surnames) > 1 or any(len(name.split()) != 2 for name in names):
        return listed(names)
    firsts = [name.split()[0] for name in names]
    return f"{', '.join(firsts[:-1])} and {firsts[-1]} {surnames.pop()}"

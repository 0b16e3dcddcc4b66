"""Names of polls and documents for source resolution: who conducted the poll
or made the document that a short description ("the poll", "a new poll",
"the ad", "a press release from Judicial Watch") stands for in the article.

:class:`DocumentNamesMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in, beside
:class:`analysis.bodies.BodyNamesMixin`, whose ``_body_name`` it reads): a
poll to its conductor ("Latino Decisions poll"), a document to its maker as
the phrase or the clause after it gives it ("Judicial Watch press release",
"Politico article"), and "the ad" to the maker the article named before it
("Sanders campaign ad", or the person who released it). Written by hand: no
entity-linking model can be downloaded at run time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from analysis.coreference import PRONOUN_SOURCES, quoted_recently
from analysis.mentions import _previous_paragraph_start, _surname_key
from analysis.names import _FEMALE_FIRST, _MALE_FIRST, _MONTHS_DAYS, census_gender
from analysis.phrase_words import _TRAILING_POSSESSIVE, _tokens
from analysis.role_words import _FUNCTION, _OUTLET

# Who conducted a poll: "a poll of 400 voters released on Friday by Latino
# Decisions", "The survey, conducted by the Public Policy Institute of
# California", "a poll from Marquette Law School" (the conductor's name).
_POLL_HEADS = ("poll", "survey", "polls", "surveys")
# A kind of poll kept in its name: "the exit poll conducted by Edison Research"
# -> "Edison Research exit poll".
_POLL_KINDS = ("exit", "entrance")
# (the first letter leads and a lookbehind stands for the \b, as in
# _NAMED_POLL: re then skips ahead in C to a "p" or an "s")
_CONDUCTED_BY = re.compile(
    r"[ps](?<!\w.)(?:(?<=p)oll|(?<=s)urvey)s?(?:\s+of\s+[\w\s-]{0,50}?)?,?\s+(?:(?:was|were|is|has\s+been)\s+)?"
    r"(?:(?:released|conducted|published|commissioned|sponsored|taken|carried out)\b"
    r"[^.;:!?\n,]{0,60}?\s)?(?:by|from)\s+(?:the\s+)?"
    r"([A-Z][\w.&'’/-]*(?:\s+(?:(?:of|for|on|&)\s+)?[A-Z][\w&'’/-]*){0,6})")
# What makes a poll none in particular: "Every opinion poll", "another poll".
_NOT_ONE_POLL = frozenset("every each any no another most all some many several both other".split())
# The words opening a phrase before a conductor's name, none of it: the
# determiners, and those of _NOT_ONE_POLL ("Other" aside: "Other polls" are
# plural, which the pattern never reads).
_BEFORE_CONDUCTOR = "|".join(sorted(w.capitalize() for w in (_NOT_ONE_POLL - {"other"}) | {
    "the", "a", "an", "this", "that", "its", "their", "our", "one"}))
# A poll named by its conductor before the word: "a new CNN/ORC poll", "the
# USC Dornsife/Los Angeles Times Daybreak national tracking poll", "A
# University of New Hampshire poll" (a name's "of" kept; how it was
# taken, between, is no part of its name: group 2 is "poll" or "survey",
# after "exit" or "entrance", another kind of poll).
# (The first word's capital leads, a lookbehind standing for the \b and one
# per first letter for the words it may not open, as in mentions._KIN_BEFORE:
# re then skips ahead in C to the next capital instead of trying the pattern
# at every word boundary; the words after it follow white space.)
_NOT_CONDUCTOR_AFTER_CAPITAL = "|".join(
    rf"(?<={first})(?:{'|'.join(w[1:] for w in words)})"
    for first, words in itertools.groupby(_BEFORE_CONDUCTOR.split("|"), key=lambda w: w[0]))
_NAMED_POLL = re.compile(rf"([A-Z](?<!\w.)(?!(?:{_NOT_CONDUCTOR_AFTER_CAPITAL})\s)[\w.&'’/-]*\s+"
                         rf"(?:(?:of\s+(?:the\s+)?)?(?!(?:{_BEFORE_CONDUCTOR})\s)[A-Z][\w.&'’/-]*\s+){{0,4}})"
                         r"(?:(?:national|nationwide|statewide|state|tracking|daily|weekly|monthly|"
                         r"online|telephone|phone|opinion|presidential|primary)\s+){0,2}"
                         r"((?:(?:exit|entrance)\s+)?(?i:poll|survey))\b")


# A document and who made it, in the phrase itself: "a press release from
# Judicial Watch", "A 2014 examination by the nonpartisan Better Government
# Association", "Guidelines recently issued by the Obama administration", "A
# statement posted on the website GunBroker.com" (not "a memo seen by Reuters":
# who saw it did not write it).
_DOCUMENT_HEADS = (r"(?:press\s+)?releases?|statements?|reports?|study|studies|analys[ie]s|counts?|"
                   r"tall(?:y|ies)|examinations?|reviews?|audits?|memos?|letters?|guidelines|"
                   r"documents|estimates?|assessments?|projections?|ads?|videos?|filings?|"
                   r"rulings?|records|emails?|data|lawsuits?|complaints?|articles?|columns?|"
                   r"editorials?|books?|tweets?")
# A document's maker: a capitalised name of one word and up to ``more`` after
# it, and its administration, campaign or committee ("Judicial Watch", "the
# Obama administration", "the Sanders campaign"), for :data:`_AUTHORED` and
# :data:`_MADE_BY`.
_MAKER_NAME = (r"[A-Z][\w.&'’/-]*(?:\s+(?:(?:of|for|on|&{joins})\s+)?[A-Z][\w.&'’/-]*){{0,{more}}}"
               r"(?:\s+(?:administration|campaign|committee))?")
_AUTHORED = re.compile(
    # (a time's possessive among the words before: "Last April's report by")
    rf"^(?:(?i:the|an?|this|that|its|their|these|those)\s+)?(?:[\w,'’-]+\s+){{0,3}}?"
    rf"((?i:{_DOCUMENT_HEADS}))"
    # what it is about: "A study of wages published in May by Oxfam"
    r"(?:\s+(?:about|on|of|into)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
    r"(?:\s+(?:(?:recently|newly|also|first|just|publicly)\s+)?(?:released|conducted|published|issued|"
    r"compiled|posted|filed|made\s+public|commissioned|prepared|written|produced|put\s+out)"
    r"(?:\s+(?:on|in|last|this|over)\s+[\w.]+(?:\s+[\w.]+)?)?)?"
    r"\s+(?:by|from|on\s+the\s+(?:website|site|page)(?:\s+of)?)\s+(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}?"
    # (an "and" inside the name after a document's "by": "the Organization
    # for Economic Cooperation and Development")
    rf"({_MAKER_NAME.format(more=6, joins='|and')})"
    r"(?=$|,|\s+(?:released|published|on|in|last|this|about|based|that|which|said|says|shows?|"
    r"showed|finds?|found|reads?|stated|states|notes|noted)\b)")


# Where the clause after a source ends, and an outlet a document appeared in
# ("a new article in Politico").
_CLAUSE_END = re.compile(r"(?<![A-Z])\.(?=\s|$)|[;:!?“”\"\n]|,\s+(?:and|but|which|who)\s")
_IN_OUTLET = re.compile(r"\s+in\s+((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})(?=$|,|\s)")

# "The ad", "this letter": a definite description of a document, taken up
# from where the article says who made it (:meth:`BodyNamesMixin._document_before`).
_MADE_HEADS = (r"ad|video|letter|statement|report|memo|study|analysis|review|audit|filing|release|"
               r"email|tweet|message|op-ed|column|lawsuit|suit|affidavit|petition|complaint|motion")
# Heads that name one document two ways: "a lawsuit ... the suit", "an
# email ... the message".
_SAME_DOCUMENT = {"suit": "(?:law)?suit", "lawsuit": "(?:law)?suit",
                  "message": "(?:message|e-?mail)", "email": "(?:e-?mail|message)"}
_DEFINITE_DOCUMENT = re.compile(
    rf"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){{0,2}}({_MADE_HEADS})$")
# "The statement", "the release": what a body or a person issues when it
# speaks, taken up from who spoke just before
# (:meth:`DocumentNamesMixin._statement_of_speaker_before`).
_DEFINITE_STATEMENT = re.compile(r"[Tt]he\s+((?:press\s+)?(?:statement|release))")
_THE = re.compile(r"^[Tt]he\s+")
# Its maker: "the Sanders campaign released a new ad", "GunBroker.com posted a
# statement", "an ad from the Sanders campaign", "a new Clinton campaign video".
_TITLE_BEFORE = re.compile(r"\b(?:President|Sen|Rep|Gov|Secretary|Mayor|Mr|Mrs|Ms)\.?\s+$")
_MAKER_VERBS = (r"released|issued|sent|posted|published|put\s+out|unveiled|launched|aired|"
                r"ran|produced|filed|wrote|sent\s+out|releasing|issuing|posting|unveiling|"
                r"launching|airing|running")
_MAKER = f"({_MAKER_NAME.format(more=5, joins='')})"
# An appositive between the maker and the making: "Huma Abedin[, vice chairwoman ...,] sent".
_MAKER_ASIDE = r"(?:,[^,.;:“”\"]{3,100},)?"
# The verbs of saying before what the maker said it in: "said in a statement",
# "Exxon Mobil contended in its letter", "Judicial Watch stated in a release".
_SAID_IN = (r"said|says|wrote|writes|stated|states|argued|argues|contended|contends|claimed|claims|"
            r"noted|notes|asserted|asserts|alleged|alleges|insisted|insists|warned|warns|"
            r"explained|explains|maintained|maintains|acknowledged|acknowledges|complained|complains")
# Documents whose making has a verb of its own: "emailed", "live tweeted", and
# a letter's "wrote to" ("Trump wrote to the company's chief executive ... That letter").
_MADE_AS_VERB = {"email": r"e-?mailed", "tweet": r"(?:live[- ])?tweeted", "letter": r"wrote\s+to"}
_MADE_BY = {head: re.compile(
    # "the Sanders campaign released a new ad" (and "Huma Abedin, vice
    # chairwoman of the campaign, sent an email")
    rf"\b(?:{_MAKER}{_MAKER_ASIDE}\s+(?:(?:also|is|was|has|had|have|on\s+\w+)\s+)?"
    rf"(?:{_MAKER_VERBS})\s+"
    rf"(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,3}}?{words}s?\b"
    # "an ad from the Sanders campaign", "a lawsuit has been filed by Bradley Podliska",
    # "an affidavit written by Marc Bujnowski"
    rf"|\b{words}s?\s+(?:(?:has|had)\s+been\s+|was\s+)?"
    rf"(?:(?:released|issued|posted|published|produced|filed|written|signed|sent)\s+"
    # ("A report released in September by the National Academies")
    rf"(?:(?:on|in|last|this)\s+[\w.]+\s+(?:[\w.]+\s+)?)?)?"
    rf"(?:by|from)\s+(?:the\s+)?{_MAKER}"
    # "In a statement, Trump said"
    rf"|\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{words},\s+(?:the\s+)?{_MAKER}"
    # "a new Clinton campaign video"
    rf"|\b(?:an?|the|its|their)\s+(?:new\s+|latest\s+)?{_MAKER}\s+(?:[a-z-]+\s+)?{words}\b"
    # "The State Department said in a statement", "Powell's office said in a statement"
    # (a date before the noun with its comma: "Slaughter wrote in a June 10, 2009 email"),
    # or another verb of saying: "Exxon Mobil contended in its letter"
    rf"|\b{_MAKER}(?:['’]s?\s+office)?{_MAKER_ASIDE}\s+(?:also\s+)?(?:{_SAID_IN})\s+(?:\w+\s+)?in\s+"
    rf"(?:a|an|its|his|her|their)\s+(?:[\w-]+,?\s+){{0,3}}?{words}\b"
    # "Huma Abedin, vice chairwoman for Clinton's campaign, emailed supporters"
    + (rf"|\b{_MAKER}{_MAKER_ASIDE}\s+(?:(?:also|has|had)\s+)?{_MADE_AS_VERB[head]}\b"
       if head in _MADE_AS_VERB else "") + ")")
    for head in _MADE_HEADS.split("|") for words in [_SAME_DOCUMENT.get(head, head)]}


class DocumentNamesMixin:
    """Poll and document names behind short descriptions (see the module docstring).

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`) and
    ``_body_name`` (:class:`analysis.bodies.BodyNamesMixin`) on the instance.
    """

    def _poll_name(self, clean: str, start: int, end: int) -> str | None:
        """"the poll", "a new poll" -> "Latino Decisions poll": the poll named
        by its conductor in the phrase itself, else, for "the poll", the
        nearest named one before it (in this paragraph or the three before) and,
        for "a poll", the first one named after it (in this paragraph or the
        next), each falling back on the other; "the poll" with none named
        nearby before it is the one poll the article names earlier, if it
        names only one, and with none named anywhere before it, the first
        one the article names after it; a poll named in short, the one named
        in full before (:meth:`_poll_in_full`)."""
        tokens = _tokens(clean)
        at = next((k for k, w in enumerate(tokens) if w in _POLL_HEADS), None)
        if at is None:
            return None
        named = _NAMED_POLL.search(clean)
        if named:  # one named already ("a Reuters/Ipsos poll"), maybe in short
            return self._poll_in_full(named, start) or self._named_poll(named, "")
        if tokens[0] in _NOT_ONE_POLL:
            return None  # "Every opinion poll", "another poll": none named
        head = " ".join(tokens[at - 1:at + 1]) if at and tokens[at - 1] in _POLL_KINDS else tokens[at]
        own = _CONDUCTED_BY.search(clean)
        if own:
            return f"{own.group(1)} {head}"
        if head.endswith("s"):
            return None  # "polls show": several, none of them the one named nearby
        text = self.text
        floor = _previous_paragraph_start(text, start, back=3)
        before = list(self._polls_in(floor, start))
        ceiling = text.find("\n", text.find("\n", end) + 2)
        # (from the source's start: "[a poll] of 400 voters released by Latino Decisions")
        after = [m for pattern in (_CONDUCTED_BY, _NAMED_POLL)
                 for m in [pattern.search(text, start, len(text) if ceiling < 0 else ceiling)] if m]
        if before and (after == [] or clean.split()[0].lower() not in ("a", "an")):
            found = max(before, key=lambda m: m.start())  # "the poll": the one named before
        elif clean.split()[0].lower() in ("the", "this") and (earlier := self._polls_named(head, floor)):
            # "The poll showed", paragraphs after the one poll the article names
            # ("The poll, released ... by the Public Policy Institute of California")
            return earlier.pop() if len(earlier) == 1 else None
        elif after:
            found = min(after, key=lambda m: m.start())  # "a new poll": a new one, named next
        elif clean.split()[0].lower() in ("the", "this") and not any(self._polls_in(0, start)) and (
                later := min(self._polls_in(end, len(text)), key=lambda m: m.start(), default=None)):
            # "The new survey of commuters found ..." with no poll named before
            # it: the story's own poll, spoken of as known before the story
            # names it further down ("The Harbor Transit Institute poll shows")
            found = later
        else:
            return None
        return self._named_poll(found, head)

    def _polls_in(self, lo: int, hi: int) -> Iterator[re.Match]:
        """The polls named between ``lo`` and ``hi``, outside headlines: by
        their conductor (:data:`_CONDUCTED_BY`), then by name (:data:`_NAMED_POLL`)."""
        return (m for pattern in (_CONDUCTED_BY, _NAMED_POLL)
                for m in pattern.finditer(self.text, lo, hi) if not self.index.in_headline(m.start()))

    def _polls_named(self, head: str, end: int) -> set[str | None]:
        """The names of the polls named before ``end`` (outside headlines), as
        :meth:`_named_poll` gives them."""
        return {self._named_poll(m, head) for m in self._polls_in(0, end)}

    def _poll_in_full(self, named: re.Match, start: int) -> str | None:
        """"the Fox poll" -> "Fox News poll": the one poll named before it in
        the article whose name opens with the words of this short one and
        says more; None if no poll or several do."""
        short = named.group(1).split()
        fuller = {name for m in _NAMED_POLL.finditer(self.text, 0, start)
                  for name in [self._named_poll(m, "")] if name and not self.index.in_headline(m.start())
                  and name.split()[:len(short)] == short and len(name.split()) > len(short) + 1}
        return fuller.pop() if len(fuller) == 1 else None

    def _named_poll(self, found: re.Match, head: str) -> str | None:
        """The name of the poll ``found`` by :data:`_CONDUCTED_BY` or
        :data:`_NAMED_POLL`; None for a date ("Monday's poll")."""
        words = found.group(1).split()
        while words and (words[0].lower() in _FUNCTION or words[0] in ("new", "latest", "recent")):
            words.pop(0)  # "The Suffolk University" -> "Suffolk University"
        if not words or _TRAILING_POSSESSIVE.sub("", words[0]).lower().rstrip(".") in _MONTHS_DAYS:
            return None  # "Monday's poll", "a Feb. poll": a date, no conductor
        if found.re is _NAMED_POLL:  # the poll as the article names it ("American Community Survey")
            head = found.group(2)
        return " ".join(words + [head])  # else its conductor's ("Latino Decisions poll")

    def _authored_document(self, clean: str) -> str | None:
        """"a press release from Judicial Watch" -> "Judicial Watch press
        release": a document named by its maker as the phrase gives it (the
        way polls are, :meth:`_poll_name`); None without one, or when the maker
        is a person ("an analysis by Lily Batchelder": she speaks)."""
        found = _AUTHORED.match(clean)
        maker = self._body_name(found.group(2)) if found else None
        if maker is None or maker in self.index.persons or _surname_key(maker) in self.index.surnames:
            return None
        head = " ".join(found.group(1).split())
        return f"{maker} {head.lower() if head[1:].islower() else head}"  # "Guidelines ..." opens

    def _maker_after(self, clean: str, end: int) -> str | None:
        """The maker named right after a document's span, in the same clause:
        "[a new article] in Politico" -> "Politico article" (an outlet), "[A
        statement] posted on the website GunBroker.com" -> "GunBroker.com
        statement", "[a lawsuit] filed in Manhattan by Yulia V. Tymoshenko" ->
        the person, who speaks through it."""
        stop = _CLAUSE_END.search(self.text, end, end + 120)
        tail = self.text[end:stop.start() if stop else end + 120]
        outlet = _IN_OUTLET.match(tail)
        name = outlet and self._body_name(outlet.group(1))
        if name and _OUTLET.fullmatch(name):
            return f"{name} {clean.split()[-1].lower()}"
        found = _AUTHORED.match(clean + tail)
        if found is None or found.end(2) <= len(clean):
            return None  # (no maker, or one in the span: :meth:`_authored_document`'s)
        maker = found.group(2)
        maker_end = end + found.end(2) - len(clean)
        named = self.index.mentions_in(end + found.start(2) - len(clean), maker_end)
        if named and named[-1][1] == maker_end:  # (not "by the Obama administration")
            return named[-1][2]
        maker = self._body_name(maker)
        if maker is None or _surname_key(maker) in self.index.surnames:
            return None
        head = " ".join(found.group(1).split())
        return f"{maker} {head.lower() if head[1:].islower() else head}"

    def _document_before(self, clean: str, start: int) -> str | None:
        """"The ad" -> "Sanders campaign ad": a document named by its maker
        where the article says who made it, nearest before (in this paragraph
        or the three before); the person, when one made it ("Bernie Sanders
        is releasing a new ad" -> "Bernie Sanders")."""
        definite = _DEFINITE_DOCUMENT.match(clean)
        if definite is None:
            return None
        head = definite.group(1)
        floor = _previous_paragraph_start(self.text, start, back=3)
        found = None
        for m in _MADE_BY[head].finditer(self.text, floor, start):
            found = m
        group = next((k for k, g in enumerate(found.groups(), 1) if g), None) if found else None
        if group is None:
            return None
        people = self.index.mentions_in(*found.span(group))
        if people and people[-1][1] == found.end(group):
            # "Bernie Sanders is releasing a new 30-second ad", "President Obama
            # released a statement": the person speaks through it (a document
            # still); not "the Sanders campaign", "the Holocaust Museum"
            name = people[-1][2]
            first = name.split()[0].lower().split("-")[0]  # ("Anne-Marie": Anne)
            if (len(name.split()) > 1 and (first in _MALE_FIRST or first in _FEMALE_FIRST
                                           or census_gender(first) is not None)
                    or _TITLE_BEFORE.search(self.text, max(0, people[-1][0] - 12), people[-1][0])):
                return name
        maker = self._body_name(found.group(group))
        if maker is None or _surname_key(maker) in self.index.surnames:
            return None
        return f"{maker} {head}"

    def _statement_of_speaker_before(self, clean: str, start: int, done: list) -> str | None:
        """"the statement", "the release" where no maker is named with it: the
        statement of the source quoted last, in this paragraph or the one
        before ("Fox News confirmed that Kelly met with Trump. According to
        the statement, ..." -> "Fox News statement"; "The Trump campaign on
        Tuesday responded that ... “...,” the statement said"), or the person,
        when a person spoke ("In a statement, the business mogul announced
        ..." -> Donald Trump), as :meth:`_document_before` has it; None if that
        source is unnamed, a document or a pronoun left as written."""
        definite = _DEFINITE_STATEMENT.fullmatch(clean)
        last = next(quoted_recently(self.text, start, done), None) if definite else None
        res = last[2] if last else None
        if (res is None or res.anonymous or not res.speaker or res.speaker.lower() in PRONOUN_SOURCES
                or res.source_type in ("document", "unspecified")):
            return None
        if res.person:
            return res.speaker
        maker = _THE.sub("", res.speaker)  # "the Republican Party of Wyoming" -> "Republican Party ..."
        return f"{maker} {' '.join(definite.group(1).split())}"

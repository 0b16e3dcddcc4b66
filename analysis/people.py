"""The people an article names, and what it says about them.

:class:`ArticleIndex` makes one pass over an article's text and collects
person names (capitalised runs with titles and sentence words stripped:
"U.S. President Donald Trump" → "Donald Trump"; see :mod:`analysis.mentions`),
every later surname mention ("Bondarev said", "WALLACE:"), the words the
article uses to describe each person (pre-modifiers "former Russian
diplomat", appositions ", director of the Carnegie Russia Eurasia Center",
party tags "(R-Texas)", "of the New York Times"; see
:mod:`analysis.descriptors`) and a gender guess from titles, role nouns and
nearby he/she. It answers the questions :mod:`analysis.speakers` asks: which
person a surname, a pronoun or a title ("the mayor") refers to, and the
person's source type; the queries of roles and types are mixed in from
:mod:`analysis.person_roles`, the lookups of the person a "he" or "she"
refers to from :mod:`analysis.pronoun_antecedents`, those of the person a
surname, a name or a position stands for from :mod:`analysis.person_lookups`,
and the gender votes (and :class:`Person`, with its gender) from
:mod:`analysis.person_gender`.

Written by hand because no offline library does named-entity recognition or
coreference without downloaded models.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from analysis.attribution.quotes import read_marks
from analysis.descriptors import collect_descriptors, roles_index
from analysis.mentions import (
    PeopleSurnames,
    _BUSINESS_BEFORE,
    _NICKNAMED,
    _PERSON_NOUN_BEFORE,
    _SURNAME_PLACES,
    _FACILITY_AFTER,
    _QUOTED_TERM_BEFORE,
    _BODY_OF_BEFORE,
    _NAME_RUN,
    _PAIRED_FIRST,
    _QUOTED_NICKNAME,
    _SURNAME,
    _WORDLIKE_FIRST,
    _clean_run,
    _dotted_title_surnames,
    _first_names,
    _headline_spans,
    _inside,
    _is_first_name,
    _is_person,
    _surname_key,
)
from analysis.names import (
    _FEMALE_FIRST,
    _KNOWN_FIRST_NAMES,
    _KNOWN_SURNAMES,
    _MALE_FIRST,
    _TITLES,
    _US_STATES,
    _name_keys,
    is_known_official,
)
from analysis.person_gender import _FIRST_NAMES, _GENDERED_TITLE, Person, PersonGenderMixin
from analysis.person_lookups import PersonLookupsMixin
from analysis.person_roles import PersonRolesMixin
from analysis.phrase_words import _TRAILING_POSSESSIVE
from analysis.pronoun_antecedents import _FOLLOWING_NOUN_AFTER, PronounAntecedentsMixin
from analysis.role_words import _COUNTRIES, _KIN
from analysis.source_types import _GENERAL_COMPANY

__all__ = ["ArticleIndex", "Person"]

# The end of a quote that a run of capitalised words fills: a quoted title.
# (not a possessive: "“Hillary Rodham Clinton’s plan”")
_QUOTED_TITLE = re.compile(r"[,.!?]?(?:''|[”\"’'])(?![A-Za-z])")


# A capitalised word speaking: "Bob said" (found from the verb, the rarer).
_SPEAKS = re.compile(r" (?:said|says|told|added|asked)\b")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})$")


def _surname_place_person(text: str, tokens: list[str], start: int) -> bool:
    """A given name the census does not list and a place's word as surname,
    after a person's noun ("hip-hop star Kanye West"), or a given name it
    does list and any word as surname ("producer Michael London", "ombudsman
    Elizabeth France")."""
    return (len(tokens) == 2 and (tokens[1].lower() in _SURNAME_PLACES or _is_first_name(tokens[0]))
            and _PERSON_NOUN_BEFORE.search(text, max(0, start - 25), start) is not None
            and _is_person([tokens[0], "Smith"]))


# A well-known politician's surname as a word of its own, capitalised (not
# "Trump Tower", "Clinton Foundation": a capitalised word after it makes it a
# modifier), the rest in any case ("McCain", "O'Malley", "TRUMP").
# (each surname led by its capital, then the word boundary checked behind it:
# re then skips in C to the next such capital, instead of trying a pattern
# that opens with a boundary at every word)
_KNOWN_SURNAME_WORD = re.compile(r"(%s)\b(?![ \t]+[A-Z])" % "|".join(
    rf"{re.escape(first.upper())}(?<!\w.)(?i:{'|'.join(re.escape(name[1:]) for name in names)})"
    for first, names in itertools.groupby(sorted(_KNOWN_SURNAMES), key=lambda name: name[0])))


def _known_surnames_alone(text: str, surnames: dict, first_names: set[str],
                          headlines: list, headline_starts: list) -> list[str]:
    """The well-known politicians' surnames (:data:`analysis.names._KNOWN_SURNAMES`)
    that the body uses twice or more on their own while it names no one of
    that surname in full ("So is Trump lying about his signature issue? ...
    he talks about immigration at every single one of his rallies": Trump,
    in a column that never writes "Donald Trump"); not a word that is a
    first name ("Paul", of Paul Ryan), in use or not, and not where the
    surname only modifies a noun of a campaign ("Sanders aide Jeff Weaver")."""
    counts: dict[str, int] = {}
    # (a word's own tests first, once a word: most of these surnames are of
    # people named in full, and their mentions need no counting)
    wanted: dict[str, bool] = {}
    for m in _KNOWN_SURNAME_WORD.finditer(text):
        word = m.group(1)
        if word not in wanted:
            wanted[word] = (_surname_key(word) not in surnames and word not in first_names
                            and not _is_first_name(word))
        if (wanted[word] and not word.isupper()  # (not a label: "TRUMP:")
                and not _FOLLOWING_NOUN_AFTER.match(text, m.end())  # (nor "Sanders aide")
                and not _inside(headlines, headline_starts, m.start())):
            counts[word] = counts.get(word, 0) + 1
    return [word for word, count in counts.items() if count >= 2]


class ArticleIndex(PersonRolesMixin, PronounAntecedentsMixin, PersonLookupsMixin, PersonGenderMixin):
    """Person names and their descriptors in one article, built in one pass.

    ``persons`` maps a full name to its :class:`Person`; ``mentions`` lists
    ``(start, end, name)`` of every full-name or surname mention, in order.
    """

    def __init__(self, text: str, quotes: list[tuple[int, int]] | None = None):
        self.text = text
        self.persons: dict[str, Person] = {}
        # the quotes the attribution finder reads (over paragraphs, and reopened
        # where the BBC corpus runs a quote's paragraphs into one line): its
        # own, when the caller passes them, else read here
        self.quotes = quotes if quotes is not None else read_marks(text).quotes
        self._quote_starts = [s for s, _ in self.quotes]
        surnames: dict[str, str] = {}
        full_mentions = []
        titled_singles: list[str] = []  # "Mr. Obama" in an article that never gives "Barack"
        headlines = _headline_spans(text)
        headline_starts = [s for s, _ in headlines]
        self._headlines, self._headline_starts = headlines, headline_starts
        headline_names: list[str] = []  # a fallback: "Cecile Richards: ‘I’m Sick Of ...’"
        self.title_names: list[str] = []  # people named in the article's title line
        title_end = text.find("\n")
        title_end = title_end if 0 < title_end <= 200 else 0
        runs = list(_NAME_RUN.finditer(text))
        raws = [m.group().split() for m in runs]  # (split once, for both uses below)
        # names set after a noun of a business, with no first name: "Film
        # studio Lions Gate" (not "the company Bill Gates founded")
        businesses = {" ".join(words[:k]) for m, words in zip(runs, raws)
                      if len(words) > 1 and not _is_first_name(words[0])
                      and _BUSINESS_BEFORE.search(text, max(0, m.start() - 16), m.start())
                      for k in range(2, len(words) + 1)}
        given_surnames = PeopleSurnames(raws)  # (read on first need: few runs need them)
        read: dict[str, tuple[list[str], bool]] = {}  # each run's words and whether they name someone
        for m, raw in zip(runs, raws):
            # (the run's words and span read once: asked again and again below)
            run_text, (at, run_end) = m.group(), m.span()
            if run_text not in read:  # (names recur: each distinct run is read once)
                tokens = _clean_run(raw, given_surnames)
                read[run_text] = (tokens, _is_person(tokens))
            tokens, person_named = read[run_text]
            if _inside(headlines, headline_starts, at):
                if person_named:
                    headline_names.append(" ".join(tokens))
                    if headlines[0][0] == 0 and at < headlines[0][1]:
                        self.title_names.append(" ".join(tokens))
                continue
            titled = len(raw) > len(tokens) and raw[-len(tokens) - 1].lower().rstrip(".") in _TITLES
            if titled and raw[-len(tokens) - 1] == "General" and _GENERAL_COMPANY.match(
                    " ".join(raw[-len(tokens) - 1:])):
                continue  # "US behemoth General Electric": a company, no general named Electric
            if len(tokens) == 1 and titled and _is_person(["X", *tokens]):
                titled_singles.append(_TRAILING_POSSESSIVE.sub("", tokens[0].rstrip(",")))
                continue
            if not (person_named or _surname_place_person(text, tokens, at)) \
                    or _FACILITY_AFTER.match(text, run_end) \
                    or _QUOTED_TERM_BEFORE.search(text, max(0, at - 16), at) \
                    or len(tokens) == 2 and not _is_first_name(tokens[0]) \
                    and _BODY_OF_BEFORE.search(text, max(0, at - 16), at):
                continue  # (the "James S. Brady briefing room", the "Ferguson Effect" are no one)
            if (len(tokens) == 2 and tokens[0].lower() in _KNOWN_SURNAMES
                    and not _is_first_name(tokens[0]) and tokens[1] not in ("Jr.", "Sr.")):
                continue  # a politician's surname first names a thing: "Trump Train", "Cruz Crew"
            if " ".join(tokens) in businesses:
                continue  # "Film studio Lions Gate ... president of Lions Gate": a company
            if (len(raw) > 2 and raw[-1] != "Show" and _QUOTED_TITLE.match(text, run_end)
                    and at > 0 and text[at - 1] in "“\"'‘"):
                # a headline quoted whole: "''Francesco Excommunicates Trump,''
                # declared La Stampa" (a show names its host: "The Rachel Maddow Show")
                continue
            name = " ".join(tokens)
            start = run_end - len(name)
            if len(tokens) > 2:
                # "George W Bush", as British outlets write, is "George W. Bush"
                # where the article writes that too; else as written ("Bruce L Castor")
                dotted = " ".join(t + "." if len(t) == 1 and t.isupper() else t for t in tokens)
                if dotted != name and dotted in text:
                    name = dotted
            if start < title_end:  # a title in sentence case: "Laura Bush sees 'Hope'"
                self.title_names.append(name)
            known = surnames.get(_surname_key(name))
            if (known and known.lower().endswith(" " + name.lower())
                    and tokens[0].lower() not in _FEMALE_FIRST and tokens[0].lower() not in _MALE_FIRST):
                # "Wasserman Schultz" after "Debbie Wasserman Schultz", "De Blasio"
                # opening a sentence after "Bill de Blasio"
                name = known
            elif (known and len(tokens) == 2 and tokens[0].lower() in _TITLE_OR_FIRST_NAME
                    and known.split()[-1] == tokens[1] and known != name):
                name = known  # "Dean Amar" after "Vikram Amar, dean of the ... College of Law"
            person = self.persons.setdefault(name, Person(name))
            person.mentions += 1
            person.titled |= titled
            full_mentions.append((start, run_end, name))
            key = _surname_key(name)
            # A shared surname goes to the well-known politician, else to the
            # person introduced first ("Obama" is Barack, not Michelle, Obama).
            previous = surnames.get(key)
            if previous is None or (is_known_official(name) and not is_known_official(previous)) or (
                    _short_form_of(previous, name)) or particle_surname_of(previous, name):
                # ("Kenneth Starr" after a headline's "Ken Starr", "Bill de Blasio"
                # after "De Blasio": the full form)
                surnames[key] = name
        fuller = _fuller_with_initials(self.persons)
        if fuller:
            # "Blair Effron" (in a headline, say) and "Blair W. Effron" in one
            # article are one person, named in full with the initial
            for short, full in fuller.items():
                person = self.persons.pop(short)
                self.persons[full].mentions += person.mentions
                self.persons[full].titled |= person.titled
            full_mentions = [(s, e, fuller.get(n, n)) for s, e, n in full_mentions]
            surnames = {key: fuller.get(n, n) for key, n in surnames.items()}
            self.title_names = [fuller.get(n, n) for n in self.title_names]
        for m in _NICKNAMED.finditer(text) if any(p.search(text) for p in _QUOTED_NICKNAME) else ():
            # 'John "Tig" Tiegen': the quoted nickname breaks the run above
            tokens = [m.group(1), m.group(3)]
            if not _is_person(tokens) or _inside(headlines, headline_starts, m.start()):
                continue
            for k, (s0, e0, run) in enumerate(full_mentions):
                if e0 == m.end(1) and run != m.group(1):
                    # '... and Marine John "Tig" Tiegen': the run before the
                    # nickname ends in the first name, and is no one
                    del full_mentions[k]
                    person = self.persons[run]
                    person.mentions -= 1
                    if not person.mentions:
                        del self.persons[run]
                        if surnames.get(_surname_key(run)) == run:
                            del surnames[_surname_key(run)]
                    break
            name = " ".join(tokens)
            if name not in self.persons:  # (named so, the nickname is part of the name)
                name = f'{m.group(1)} "{m.group("nick")}" {m.group(3)}'
            self.persons.setdefault(name, Person(name)).mentions += 1
            bisect.insort(full_mentions, (m.start(), m.end(), name))
            surnames.setdefault(_surname_key(name), name)
        kin_only: set[str] = set()  # people named only so ("Schilling's son, Grant")
        kin_named = [m for pattern in _KIN_FIRST_NAME for m in pattern.finditer(text)]
        for m in sorted(kin_named, key=re.Match.start):
            # "Clinton's husband, Bill": a relative named by first name takes
            # the family's surname, and is someone the story can go on about
            # ("the former president", "he")
            run = _OWNER_BEFORE.search(text, max(0, m.start() - 60), m.start())
            owner = run and surnames.get(_surname_key(run.group()))
            if owner is None or _inside(headlines, headline_starts, m.start()):
                continue
            name = f"{m.group(2)} {owner.split()[-1]}"
            if name not in self.persons and _is_person(name.split()):
                self.persons[name] = Person(name)
                kin_only.add(name)
            self.persons[name].mentions += 1
            bisect.insort(full_mentions, (m.start(2), m.end(2), name))
        pairs: list[tuple[str, str]] = []  # ("Mark Smith", "Jane Smith")
        for start, _, second in list(full_mentions):
            # "Mark and Jane Smith": the first of two first names sharing the
            # surname is that family's too (not "of Georgia and John Boozman",
            # "Clinton and Bernie Sanders", "Brandy, Monica and Lauryn Hill")
            m = (_FIRST_AND.search(text, max(0, start - 25), start)
                 if text.startswith(" and ", start - 5) and second.count(" ") == 1 else None)
            first = m.group(1).lower() if m else ""
            if (not m or not (_is_first_name(first) or _PAIR_OF_KIN_BEFORE.search(
                    text, max(0, m.start() - 12), m.start())) or first in _KNOWN_SURNAMES
                    or _surname_key(m.group(1)) in surnames or first in _US_STATES or first in _COUNTRIES
                    or _NAME_GOES_ON_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue
            name = f"{m.group(1)} {second.split()[1]}"
            self.persons.setdefault(name, Person(name)).mentions += 1
            bisect.insort(full_mentions, (m.start(1), m.end(1), name))
            pairs.append((name, second))
        for at, title, surname in _dotted_title_surnames(text):
            # "Mr. Obama", "Sen. Cruz": the dot ends the capitalised run above,
            # so a surname after a dotted title is found here
            if (title.lower() in _TITLES and _is_person(["X", surname])
                    and not _inside(headlines, headline_starts, at)):
                titled_singles.append(_TRAILING_POSSESSIVE.sub("", surname))
        for single in titled_singles:
            key = _surname_key(single)
            # (the people named so looked for only for a surname not known yet:
            # most titled surnames, "Mr. Obama", are of people named in full)
            family_first = ([n for n in self.persons if len(n.split()) == 2 and n.split()[0] == single]
                            if key not in surnames else [])
            if len(family_first) == 1:
                # "Mr. Lou" after "Lou Jiwei", "President Xi" after "Xi Jinping":
                # the family name comes first (no one calls a person Mr. by a given name)
                surnames[key] = family_first[0]
            if key not in surnames:
                surnames[key] = single
                self.persons[single] = Person(single, titled=True)
        for name in headline_names:
            # the article gives this person's full name only in a title-case
            # line: it still names the "Richards" of the body
            key = _surname_key(name)
            if key not in surnames and name not in self.persons:
                surnames[key] = name
                self.persons[name] = Person(name)
        first_names_in_use = {n.split()[0] for n in self.persons if " " in n}
        for single in _known_surnames_alone(text, surnames, first_names_in_use, headlines, headline_starts):
            # "Trump" again and again in a column that never gives "Donald":
            # the well-known politician, known here by surname alone
            surnames[_surname_key(single)] = single
            self.persons[single] = Person(single)
        speakers = {word.group(1) for m in _SPEAKS.finditer(text)
                    for word in [_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())] if word}
        for first in speakers:
            # "Bob said ... He": someone the article names by first name alone,
            # again and again, and who speaks (a CIA officer whose surname is
            # withheld; not "Chelsea", a club, "the firm" of a story)
            key = _surname_key(first)
            if (first.lower() in _FIRST_NAMES and first.lower() not in _WORDLIKE_FIRST
                    and key not in surnames and first not in first_names_in_use
                    and len(re.findall(rf"\b{first}\b(?!['’]?\s+[A-Z])", text)) >= 3):
                surnames[key] = first
                self.persons[first] = Person(first)
        self.surnames = surnames
        self._pairs = pairs
        self._kin_only = frozenset(kin_only)
        self._full_at: dict[str, list[tuple[int, str]]] = {}  # surname -> (start, full name)
        self._kin_before: dict[int, bool] = {}  # full name's start -> kinship word before it?
        for start, _, name in full_mentions:
            self._full_at.setdefault(_surname_key(name), []).append((start, name))
        # (the namesakes of each surname, built once: asked for every mention)
        self._namesakes = {key: frozenset(n for _, n in named) for key, named in self._full_at.items()}
        # (the surnames two people named in full share: only there has a
        # surname mention a namesake to pick, by position or by title)
        self._shared_surnames = frozenset(key for key, named in self._namesakes.items() if len(named) > 1)
        mentions = list(full_mentions)
        # surname matches that are the last word of a full-name mention
        covered_ends = {(e - len(n.split()[-1]), e) for s, e, n in full_mentions}
        firsts = _first_names(self.persons, surnames)
        covered_starts = {s for s, _, _ in full_mentions}  # "Vladimir V. Putin"
        if surnames:
            # (surname_at has a choice to make only for a shared surname: any
            # other is its one person's)
            shared = self._shared_surnames
            for m in _SURNAME.finditer(text):
                word = m.group()
                # (every match ends in a word character, so a possessive's
                # "'s" is all _TRAILING_POSSESSIVE would drop; and few words
                # hold a curly apostrophe to replace in the key)
                if word.endswith(("'s", "’s")):
                    word = word[:-2]
                key = word.lower()
                if "’" in key:
                    key = key.replace("’", "'")
                if key not in surnames and word not in firsts:
                    continue
                span = m.span()  # (read once, for the tests below)
                at = span[0]
                if span in covered_ends or at in covered_starts or _inside(headlines, headline_starts, at):
                    continue
                if key not in surnames and _PAIRED_FIRST.match(text, span[1]):
                    continue  # "David and Charles Koch": a first name of another pair
                if key not in surnames:
                    name = firsts[word]
                else:
                    name = self.surname_at(key, at) if key in shared else surnames[key]
                if _title_contradicts(text, at, name, self.namesakes):
                    # "Mr. Obama" where the only Obama named in full is
                    # Michelle: he is someone else, known by surname alone
                    name = word
                    self.persons.setdefault(name, Person(name, titled=True))
                mentions.append((at, at + len(word), name))
                self.persons[name].mentions += 1
        mentions.sort()
        self.mentions = mentions
        self._mention_starts = [s for s, _, _ in mentions]
        self._president_title_picks_the_president()
        collect_descriptors(self)
        self._collect_gender()
        self._couple_by_titles()
        self._titles_pick_gender()
        self._types: dict[str, str] = {}

    # (built on first use, from the descriptors as collected: most articles
    # ask no role's holder, "the mayor", of the index)
    @functools.cached_property
    def _roles(self) -> tuple[dict, dict]:
        return roles_index(self.persons)

    @property
    def roles(self) -> dict[str, list[tuple[int, str]]]:
        """Each role word of the descriptors -> ``(position, name)`` of its holders."""
        return self._roles[0]

    @property
    def former_roles(self) -> dict[str, list[tuple[int, str]]]:
        """The same for the roles held formerly ("former president")."""
        return self._roles[1]

    # -- evidence -------------------------------------------------------
    def _president_title_picks_the_president(self) -> None:
        """"President Bush" in an article on Jeb Bush is George W. Bush: a
        surname after "President" goes to the namesake who held that office."""
        # (where each "President" and the white space after it end, found in
        # one pass: a mention starting there, within 20 characters of its
        # "P", follows the title; most articles have none, and most mentions
        # are at none, a set lookup each, where the title was searched for
        # before every mention)
        titled = {m.end() for m in _PRESIDENT_TITLE.finditer(self.text) if m.end() - m.start() <= 20}
        for k, (start, end, name) in enumerate(self.mentions if titled else ()):
            if start not in titled or " " in self.text[start:end]:
                continue
            held = [n for n in self.namesakes(name) if n != name and _name_keys(n)[-1] in _PRESIDENTS]
            if held and _name_keys(name)[-1] not in _PRESIDENTS:
                self.mentions[k] = (start, end, held[0])
            elif not held and " " in name and _name_keys(name)[-1] not in _PRESIDENTS:
                # "President Obama" where the only Obama named in full is
                # Michelle: the president, known here by surname alone
                surname = _TRAILING_POSSESSIVE.sub("", self.text[start:end])
                first = _KNOWN_FIRST_NAMES.get(surname.lower())
                if first and f"{first} {surname.lower()}" in _PRESIDENTS:
                    self.persons.setdefault(surname, Person(surname, titled=True))
                    self.mentions[k] = (start, end, surname)



# A relative named by first name after the owner's name: "Clinton's husband,
# Bill", "Mr Eavis' daughter Emily" (a name ending in "s" may take the bare
# apostrophe; searched from the possessive, the owner's name then read back from it).
# (one pattern for each apostrophe, led by it, their matches read in text
# order: re skips ahead in C to a literal first character, where it tested
# a class, ['’], at every character of the text; no match holds an apostrophe
# after its first character, so the two never overlap)
_KIN_NAMED = (rf"s?\s+({'|'.join(sorted(_KIN, key=lambda w: (-len(w), w)))})"
              r",?\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")
_KIN_FIRST_NAME = (re.compile("'" + _KIN_NAMED), re.compile("’" + _KIN_NAMED))
_OWNER_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")
# The first of two first names sharing a surname, before the other's full
# name: "[Mark] and Jane Smith"; and a name, a list of names or an "&" going
# on before it ("Marks & [Spencer]", "Brandy, [Monica] and Lauryn Hill").
_FIRST_AND = re.compile(r"\b([A-Z][a-z]+) and $")
_NAME_GOES_ON_BEFORE = re.compile(r"(?:&|\b[A-Z][\w'’-]*,?)\s+$")
# A word for two relatives set off before such a pair: "the parents, [Khizr]
# and Ghazala Khan", "the couple, ...": the first word is a given name even
# where the lists of first names lack it.
_PAIR_OF_KIN_BEFORE = re.compile(r"\b(?:parents|couple|brothers|sisters|twins|siblings|spouses),?\s+$")

# Titles that are also first names ("Dean Johnson"): a title only before the
# surname of someone the article has named in full ("Dean Amar" after "Vikram Amar").
_TITLE_OR_FIRST_NAME = {"dean", "coach", "pastor", "bishop", "rabbi", "father", "chief"}

_PARTICLES = {"de", "del", "della", "di", "da", "van", "von", "der", "du", "la", "le", "dos", "das"}


def opens_with_particle(name: str) -> bool:
    """Whether ``name`` is two words or more, the first a surname's particle
    ("De Blasio", "van Gogh"): the first test of :func:`particle_surname_of`."""
    words = name.split(None, 1)
    return len(words) == 2 and words[0].lower() in _PARTICLES


def particle_surname_of(short: str, full: str) -> bool:
    """Whether ``short`` is the surname of ``full`` with its particle capitalised
    because it opens a sentence or a headline ("De Blasio", "Bill de Blasio")."""
    return (opens_with_particle(short)
            and full.lower().endswith(" " + short.lower())
            and full.split()[-len(short.split())].islower())


# Middle initials, one or more run together: "J.", "H.W.".
_MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _fuller_with_initials(names) -> dict[str, str]:
    """Each two-word name that the article also gives with middle initials,
    mapped to that fuller form ("Donald Trump" -> "Donald J. Trump"), where it
    gives only one such form ("George Bush" stays beside "George W. Bush" and
    "George H.W. Bush")."""
    forms: dict[tuple[str, str], list[str]] = {}
    for name in names:
        tokens = name.split()
        if len(tokens) > 2 and all(_MIDDLE_INITIALS.fullmatch(t) for t in tokens[1:-1]):
            forms.setdefault((tokens[0], tokens[-1]), []).append(name)
    return {name: forms[key][0] for name in names
            for key in [tuple(name.split())] if len(key) == 2 and len(forms.get(key, ())) == 1}


def _short_form_of(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with a shortened first name ("Ken Starr",
    "Kenneth Starr"; "Chris Smith", "Christopher Smith")."""
    a, b = short.split(), full.split()
    return (len(a) == len(b) == 2 and a[1] == b[1] and len(a[0]) >= 3
            and len(b[0]) > len(a[0]) and b[0].startswith(a[0]))


def _title_contradicts(text: str, start: int, name: str, namesakes) -> bool:
    """Whether a gendered title before the surname at ``start`` ("Mr. Obama")
    names the well-known politician of that surname while every namesake the
    article gives in full is of the other gender ("Michelle Obama"). Only for
    such politicians: elsewhere the article's title outweighs a first-name
    list ("Ms. Epstein" is Lee Epstein). (``namesakes``: the index's lookup
    of a name's namesakes, asked only past the title: most surnames have none)"""
    title = _GENDERED_TITLE.search(text, max(0, start - 6), start)
    if title is None or " " not in name:
        return False
    known = _KNOWN_FIRST_NAMES.get(name.split()[-1].lower())
    same, other = ((_MALE_FIRST, _FEMALE_FIRST) if title.group(1) == "Mr"
                   else (_FEMALE_FIRST, _MALE_FIRST))
    return known in same and all(n.split()[0].lower() in other for n in namesakes(name) | {name})


# (its "P" leads and the lookbehinds follow it: re then skips ahead to a "P")
_PRESIDENT_TITLE = re.compile(r"P(?<!\w.)(?<!Vice .)(?<!Vice-.)resident\s+")
# US presidents whom 2015-16 stories call "President <surname>".
_PRESIDENTS = {"barack obama", "george bush", "bill clinton", "jimmy carter", "ronald reagan",
               "george w. bush", "george h. w. bush", "george h.w. bush"}

"""The words of a subject before a cue: whether a run of words reads as one
noun phrase, the source, or holds a clause of its own. :func:`_join_conjuncts`
keeps the names or groups that "and" joins in one subject ("Sens. John
McCain, Lindsey Graham and Marco Rubio", "Ward and other security experts
acknowledge", "Democratic candidates Hillary Clinton and Bernie Sanders did
respond"); :func:`_led_by_person` tells a long subject headed by a person or
a group ("The last man to mount a major third-party presidential race
says"), :func:`_has_verb` a finite verb after a phrase's first word ("A poll
shows 68%"; not "emails released this week") and :func:`_name_closing` the
capitalised name closing a run of words. The word lists the source rules
share (``_NOT_SUBJECT``, ``_CLAUSE_STOP``, ``_POST_NOUN``) are here too;
:mod:`~analysis.attribution.source_before` reads the source with these.
"""

from __future__ import annotations

import re

from analysis.attribution.lexicon import (
    _AUX,
    _FUNCTION_WORDS,
    _OPENING_ADVERBIAL,
    _SUBJECT_PRONOUNS,
    _VERBISH,
)
from analysis.attribution.phrases import _DETERMINERS, _WHEN_WORDS
from analysis.role_words import _PEOPLE_WORDS, _WORD_TYPE


# First words that open an adverbial, not a subject ("Moreover, X, ..., said").
_NOT_SUBJECT = set(
    """it it's there this that what how why just last next back moreover furthermore besides again
    overall likewise indeed yesterday today tonight monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december""".split()
)
# Words that end a subject chunk: "Trump, saying ..." is a clause; "Sen. X of
# New York and Y of Arkansas" is still a subject.
_CLAUSE_STOP = {"who", "which", "that", "when", "while", "said", "says", "told", "saying",
                "adding", "noting", "according", "to"}


# Words that may follow a noun in a noun phrase's post-modifier ("a report
# issued earlier this year", "emails released this week", "a poll conducted by").
_POST_NOUN = {"by", "in", "on", "at", "of", "for", "from", "with", "to", "about", "during", "over",
              "this", "last", "earlier", "since", "among", "under", "between", "into"}


# Words that may join the names of a coordinated noun phrase.
_NAME_GLUE = {"of", "for", "the", "in", "on", "at", "both", "de", "and", "&"}

# Head words closing the name of a government's or a group's body, whose
# name may hold "and" ("the House Ways and Means Committee", "the Parks and
# Recreation Department").
_BODY_HEADS = frozenset("""committee committees subcommittee department directorate administration
    agency commission bureau office service council board division authority institute""".split())


def _body_name_after_and(left: list[str], right: list[str]) -> bool:
    """Whether "and" stands inside one body's name: a capitalised word before
    it, and after it up to three capitalised words that a body's head word
    closes, then only capitalised or glue words ("the Science and [Technology
    Directorate of the Department of Homeland Security]"; not "Clinton and
    [Republicans on the Oversight Committee]", nor "Cruz and [the DNC]")."""
    if not (left and left[-1][:1].isupper() and right and right[0][:1].isupper()):
        return False
    k = next((k for k, w in enumerate(right) if not w[:1].isupper()), len(right))
    return (k <= 3 and right[k - 1].lower() in _BODY_HEADS
            and all(w[:1].isupper() or w in _NAME_GLUE for w in right[k:]))


def _name_closing(words: list[str]) -> list[str]:
    """The capitalised name closing ``words`` ("[the Organization for Economic
    Cooperation]"), its glue words included, opening with a capital."""
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] in _NAME_GLUE):
        k -= 1
    while k < len(words) and not words[k][:1].isupper():
        k += 1
    return words[k:]


def _join_conjuncts(body: str, breaks: list[re.Match]) -> list[re.Match]:
    """``breaks`` without an "and" that joins two names into one noun phrase
    ("Both Democrats and Republicans", "Officials in Ohio and Texas", "the
    Organization for Economic Cooperation and Development"), or a name and
    those it owns ("Sanders and his aides"; "She and her aides" opening the
    clause, not "They and their supporters"): capitalised words on both sides
    and nothing between the names that could be a verb (not "Trump won Ohio
    and Clinton")."""
    while breaks and body[breaks[-1].start():breaks[-1].end()].strip().lower() == "and":
        left = body[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()].split()
        right = body[breaks[-1].end():].split()
        if left[-2:-1] == ["between"] and right[:1] and right[0][:1].isdigit():
            breaks = breaks[:-1]  # "people aged between 18 and 34": one range
            continue
        if _body_name_after_and(left, right):
            breaks = breaks[:-1]  # "chairman of the House Ways and Means Committee": one name
            continue
        if len(right) > 2 and right[0] in _WORD_TYPE and right[1][:1].isupper():
            right = right[1:]  # a role before the second name: "and frontbencher John Redwood"
        name = _name_closing(left)
        if len(name) > len(left) - 2 or not all(w[:1].isupper() for w in right):
            name = []
        if name and any(w in ("of", "for") for w in name):
            # "... released by the Organization for Economic Cooperation and
            # Development": a body's name holding "and", closing a longer chunk
            left = name
        if not (left and right and len(left) + len(right) <= 8
                and (right[0][:1].isupper() or right[0] in ("his", "her", "their") and len(right) <= 3
                     and left[-1][:1].isupper()
                     and (left[-1].lower() not in _SUBJECT_PRONOUNS or left in (["He"], ["She"])))
                and (left[-1][:1].isupper() or left[0].lower() == "both")
                and all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in left)
                or _noun_phrases_joined(left, right)):
            opener = body[breaks[-2].start():breaks[-2].end()].strip() if len(breaks) > 1 else ""
            # (two conjuncts only, no list run back over: see _people_joined)
            return (breaks[:-1] if _people_joined(left, right, opener)
                    or _names_after_a_role(left, right, opener) else breaks)
        breaks = breaks[:-1]
        # A list of names after a preposition runs back over its commas:
        # "Most Republican voters in Alabama, Georgia and Virginia"; so does
        # one of names alone: "Sens. John McCain, Lindsey Graham and Marco
        # Rubio", "Ford, General Motors and Chrysler" (not after an opening
        # adverbial: "Yesterday, Clinton and Sanders", "After the debate in
        # Iowa, Clinton and Sanders").
        while (breaks and body[breaks[-1].start()] == ","
               and body[breaks[-1].end():breaks[-1].end() + 1].isupper()):
            lo = breaks[-2].end() if len(breaks) > 1 else 0
            before = body[lo:breaks[-1].start()].split()
            opening = (_OPENING_ADVERBIAL.match(body, lo, breaks[-1].end())
                       or len(breaks) > 1 and body[breaks[-2].start()].isalpha())  # ("After ...")
            places = len(before) >= 3 and before[-1][:1].isupper() and before[-2] in ("in", "of", "from")
            names = (0 < len(before) <= 4 and all(w[:1].isupper() for w in before)
                     and not (lo and body[breaks[-2].start()] == ","))
            if opening or not (places or names):
                break
            breaks = breaks[:-1]
    return breaks


# Words that open a noun phrase and no clause (after "and").
_NP_OPENERS = frozenset("the a an his her their its our my some many most all both other "
                        "several".split())
# A share of a group: "31% of Republicans", "40 percent of young voters" (not
# "39 percent blame his supporters").
_SHARE_OF = re.compile(r"\d[\d.,]*(?:%| percent| per cent) of(?: [\w'’-]+){1,3}")


def _noun_phrases_joined(left: list[str], right: list[str]) -> bool:
    """Whether "and" joins two noun phrases into one subject, both short, the
    first opened by an owner or a share of a group and neither holding a
    verb ("Clinton's team and her Democratic allies believe", "31% of
    Republicans and Republican-leaning voters said", as PolNeAR marks them;
    not "Trump's lead grew and her aides said", "39 percent blame his
    supporters and 22 percent")."""
    if not (0 < len(left) <= 5 and 0 < len(right) <= 4):
        return False
    first = left[0].lower()
    if not (first.endswith(("'s", "’s")) or _SHARE_OF.fullmatch(" ".join(left))):
        return False
    for word in left[1:] + right:
        low = word.lower()
        if (low in _AUX or low in _VERBISH or low in _CLAUSE_STOP or low.endswith(("ed", "ly"))
                or low in _SUBJECT_PRONOUNS):
            return False
    return right[0].lower() in _NP_OPENERS or right[0][:1].isupper() or len(right) <= 2


# Prepositions that may follow a group's head noun in a subject ("other
# Democrats on the stage", "officials in the FBI").
_HEAD_PREPOSITIONS = frozenset("of in at from for on".split())


def _people_joined(left: list[str], right: list[str], opener: str) -> bool:
    """Whether "and" joins two noun phrases of people into one subject, the
    second headed by a word for people and neither holding a verb ("Ward and
    other security experts acknowledge", "Mr. Xi and other leaders have
    said", "she and other Democrats on the stage refused", "attorneys and
    legal experts said", as PolNeAR marks them; not "Trump spoke to reporters
    and aides said"): the first a name, "he" or "she" alone, or a short
    phrase that a word for people closes; the second's head may take a
    preposition after it. Only opening the clause, after "but", or after a
    comma as a name or an appositive ("Erin Brockovich, the environmental
    activist and lawyer"; not a list: "Friends, lobbyists and former foes",
    nor after a subordinator: "after the agency and 14 other groups called")."""
    if (not (0 < len(left) <= 4 and 0 < len(right) <= 6) or opener.lower() not in ("", "but", ",")
            or left[0].lower() == "both"):  # ("Both Labour and the Tories": see the names above)
        return False
    if (opener == "," and left[0] not in ("a", "an", "the", "he", "she")
            and not left[0][:1].isupper()):
        return False
    head = next((k for k, w in enumerate(right) if k and w in _HEAD_PREPOSITIONS), len(right)) - 1
    if right[head].lower() not in _PEOPLE_WORDS:
        return False
    words = left + right[:head + 1]
    lows = [w.lower() for w in words]
    if any(low in _AUX or low in _VERBISH or low in _CLAUSE_STOP or low in _NOT_SUBJECT
           or w.islower() and low.endswith(("ed", "ly")) for w, low in zip(words, lows)):
        return False  # (a verb or an adverb; not a name: "Ted", "Reed")
    if left in (["he"], ["she"], ["He"], ["She"]):
        return True
    if any(low in _SUBJECT_PRONOUNS for low in lows):
        return False
    if all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in left):
        return left[-1][:1].isupper()
    return (lows[len(left) - 1] in _PEOPLE_WORDS
            and all(w.islower() and w not in _POST_NOUN or k == 0 and w.lower() in _NP_OPENERS
                    for k, w in enumerate(left[:-1])))


def _names_after_a_role(left: list[str], right: list[str], opener: str) -> bool:
    """Whether "and" joins a name set after its role to a second name, the two
    the role names ("Democratic candidates Hillary Clinton and Bernie Sanders
    did respond", "Trailing contenders Ted Cruz and John Kasich have agreed",
    "But former governor Jeb Bush and Gov. Rick Scott have both supported"),
    as PolNeAR marks them: opening the clause or after "but", the role up to
    three words closed by a word for a role, with no verb or preposition (not
    "Obama praised former governor Jeb Bush and Marco Rubio said")."""
    if opener.lower() not in ("", "but") or not (0 < len(right) <= 4
                                                 and all(w[:1].isupper() for w in right)):
        return False
    name = _name_closing(left)
    role = left[:len(left) - len(name)]
    if len(name) < 2 or not 0 < len(role) <= 3 or role[-1].lower() not in _WORD_TYPE:
        return False
    return not any(low in _AUX or low in _VERBISH or low in _POST_NOUN
                   or w.islower() and low.endswith(("ed", "ly"))
                   for w, low in ((w, w.lower()) for w in role))


# Words that open a person's or group's modifier right after its head noun:
# a relative clause, an infinitive, a preposition ("supporters who came to
# Philadelphia", "The last man to mount", "beneficiaries of the new rule").
_MODIFIER_OPENERS = frozenset("who that to of in at from for with on".split())
# Words that may stand before the head noun of such a subject: a share, a
# count, a determiner ("at least some of the likely [beneficiaries]").
_BEFORE_HEAD = frozenset("at least more than some many most all of the a an one another two three "
                         "four five several few last first".split())


def _led_by_person(words: list[str]) -> bool:
    """Whether ``words`` are one long subject headed by a person or a group,
    whose modifier after the head holds the verbs ("But many diehard Sanders
    supporters who came to Philadelphia to protest this week's convention
    say", "The last man to mount a major third-party presidential race
    says", "One organization campaigning for Britain to leave the EU in the
    June 23 referendum posted"): PolNeAR marks it whole, and its last words
    ("this week's convention") are no speaker. The head opens the phrase,
    after a share, a count or adjectives, and a relative word, "to", a
    preposition or a participle follows it."""
    for k, word in enumerate(words[:8]):
        low = word.lower()
        if low in _PEOPLE_WORDS and low not in _BEFORE_HEAD:
            after = words[k + 1].lower() if k + 1 < len(words) else ""
            return ((after in _MODIFIER_OPENERS or after.endswith("ing") and len(after) > 4)
                    and not _verb_of_its_own(words[k + 1:]))
        if (low in _AUX or low in _VERBISH or low in _CLAUSE_STOP or low in _SUBJECT_PRONOUNS
                or low in _FUNCTION_WORDS and low not in _BEFORE_HEAD
                or word.islower() and low.endswith("ed") and "-" not in low):
            return False  # a clause before any head: "Trump told supporters who"
    return False


_RELATIVE_WORDS = frozenset(("who", "that", "which", "whose", "whom"))


def _verb_of_its_own(words: list[str]) -> bool:
    """Whether ``words``, after a subject's head, hold a finite verb of a
    clause of their own: before any relative word ("the candidate holding the
    spotlight [was] Donald Trump"), or after a relative clause's verb
    ("Fans who buy tickets for the festival [will] be issued", "Democrats who
    won close races [were] the ones"); a relative clause's own verbs are no
    such ("men who had just dropped", "a woman who had been", "Voters who are
    angry about an economy that seems", "people who get into the mess he did")."""
    relative = verbs_over = False
    previous = ""
    for word in words:
        if word in _RELATIVE_WORDS:
            relative, verbs_over = True, False
            continue
        # (not a verb after a pronoun: a relative clause with no "that", "the mess he did")
        finite = (word in _AUX or word in _VERBISH) and previous not in _SUBJECT_PRONOUNS
        previous = word
        if not relative:
            if finite:
                return True
        elif finite or word.endswith("ly") or word in ("also", "just", "not", "never"):
            if finite and verbs_over:
                return True  # a second verb group: the relative clause has ended
        elif word.islower():
            verbs_over = True  # (the relative clause's verb group has ended)
    return False


def _has_verb(words: list[str]) -> bool:
    """Whether a finite verb or a clause seems to follow the first word: an
    auxiliary, a wh-word, an adverb in -ly, or a word in -s/-ed followed by
    neither a preposition nor a participle ("The attack sparked a debate",
    "A poll shows 68%"; not "emails released this week", "a report issued by",
    "voters in five states going to the polls")."""
    for k, word in enumerate(words[1:], 1):
        if not word.islower():
            continue
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if word == "to" and nxt in _DETERMINERS and words[k - 1].endswith("ing"):
            continue  # a preposition, not an infinitive: "going to the polls"
        if (word in _AUX or word in _VERBISH or word in _CLAUSE_STOP or word.endswith("ly")
                or word in ("how", "why", "what", "whether")):
            return True
        if word in _FUNCTION_WORDS or word in _POST_NOUN:
            continue  # "this", "his"
        verb_form = word.endswith("ed") or word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
        if verb_form and nxt and not (nxt in _POST_NOUN or nxt.endswith(("ed", "ing"))
                                      or nxt in _WHEN_WORDS):
            return True
    return False

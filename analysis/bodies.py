"""Names of bodies for source resolution: what a short description of an
organisation ("the fund", "the company", "the IMF") stands for in the article.

:class:`BodyNamesMixin` holds these lookups for the resolver of
:mod:`analysis.speakers` (which mixes it in, beside
:class:`analysis.coreference.CoreferenceMixin`): an acronym to the name it
abbreviates, a head noun to the last capitalised name ending in it ("the
fund" -> "Clinton Foundation"), a kind noun to a name given beside one
("the oil giant Exxon Mobil"), and a definite description to a fuller
mention before it ("the poll" -> "a Reuters/Ipsos poll"). Polls and documents
named by who made them ("Latino Decisions poll") are
:mod:`analysis.document_names`'. Written by hand: no entity-linking model can
be downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.attribution.lexicon import _OPENING_ADVERBIAL
from analysis.coreference import _WORD, quoted_recently
from analysis.mentions import _SENTENCE_END, _previous_paragraph_start
from analysis.names import (
    _FEMALE_FIRST,
    _KNOWN_ORGANIZATIONS,
    _MALE_FIRST,
    _MONTHS_DAYS,
    _ORG_NAME_WORDS,
    _PLACE_ENDINGS,
)
from analysis.phrase_words import _IGNORECASE_EXTRA, _TRAILING_POSSESSIVE, _ignorecase_letters, _is_word_char
from analysis.role_words import _COMPANY_NAME_ENDINGS, _COUNTRIES, _FUNCTION, _INDEFINITE, _OUTLET, _STATES, _WORD_TYPE
from analysis.unnamed_sources import _ORDINALS, describe


# Organisations named earlier: "the IMF", "the fund", "the Times".
_ACRONYM_ONLY = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})$")
# ("International Monetary Fund (IMF)", "the Swiss People’s Party, or SVP,")
_ACRONYM_DEFINED = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+(?:of|for|and|on|the|[A-Z][\w'’-]+)){1,8})"
    r"(?:\s+\(([A-Z]{2,6})\)|,\s+or\s+([A-Z]{2,6})\b)")
# What closes every _ACRONYM_DEFINED match, led by a literal: "(IMF)", ", or SVP".
_ACRONYM_GIVEN = re.compile(r"\([A-Z]{2,6}\)|,\s+or\s+[A-Z]{2,6}\b")
# A name with "New York" cut to "NY", as headlines write it: "NY Post", "N.Y. Daily News".
_NEW_YORK_CUT = re.compile(r"(?:[Tt]he\s+)?N\.?Y\.?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_CAPITALISED_NAME = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’-]+){1,7}")
# (the marks a capitalised word may hold besides word characters: read by
# _ends_in_capitalised_word too)
_CAPS_WORD_MARKS = "./&'’-"
_CAPS_BEFORE = re.compile(rf"((?:[A-Z][\w{_CAPS_WORD_MARKS}]*\s+){{1,6}})$")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
# Nouns that a definite description ("the company") and the name it stands
# for share, by kind of body.
_KIND_OF_NOUN = {
    **dict.fromkeys("company firm giant behemoth maker retailer manufacturer corporation "
                    "conglomerate automaker airline carrier drugmaker brewer insurer lender "
                    "supplier provider chain bank carmaker chipmaker broker publisher "
                    "label winemaker planemaker exchange consultancy studio".split(), "company"),
    **dict.fromkeys("group groups organization organizations organisation organisations nonprofit "
                    "coalition association institute foundation charity".split(), "group"),
    **dict.fromkeys("newspaper paper daily tabloid outlet publication magazine network "
                    "broadcaster".split(), "media")}
# A capitalised name of one to five words ("Exxon Mobil", "Judicial Watch").
_NAME = (r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
         r"(?:\s+(?:(?:of|for|on|&)\s+)?[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*){0,4}")
_NAME_RE = re.compile(_NAME)
# A name opening a sentence as its subject, its verb after it (and an aside in
# brackets): "Business Insider also commented", "Politifact (which ...) examined",
# a present tense of what a body wants, plans or holds too ("BT wants lighter
# regulation"; not any verb in -s: "the Association of British insurers warned"),
# and a form of "be" ("Delta has been hit by rising fuel costs", "Acme is").
_SUBJECT_NAME = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"’] ))({_NAME})(?:\s+\([^()\n]{{1,80}}\))?"
    r"\s+(?:(?:also|has|had|was|is|then|later|quickly)\s+)?(?:[a-z]+ed|said|says|told|wrote|did|does"
    r"|wants|plans|hopes|expects|intends|needs|aims|believes|insists|argues|warns|claims"
    r"|been|is|was)\b")
# The last words of a company's or a group's name ("United Technologies",
# "National Golf Foundation"), for "the company" and "the group" named before.
_NAME_ENDINGS = {
    "company": _COMPANY_NAME_ENDINGS,
    "group": frozenset("""group foundation institute association coalition alliance committee
                          council center project network union federation society club
                          organization fund pac action""".split())}
# The nouns of each kind, as one alternation.
_KIND_NOUNS = {kind: "|".join(n for n, v in _KIND_OF_NOUN.items() if v == kind)
               for kind in set(_KIND_OF_NOUN.values())}
# "the oil giant Exxon Mobil", "Alphabet, the parent company" (or "MTN - the
# South African firm"): a name and a noun of its kind side by side, by kind.
_DESCRIBED_NAME = {
    kind: re.compile(rf"\b(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\s+(?:called\s+)?"
                     rf"({_NAME})|({_NAME})(?:,|\s+[-–—])\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}(?:{nouns})\b")
    for kind, nouns in _KIND_NOUNS.items()}
# Such a noun just before a name ("oil giant [Yukos]"), in apposition after it
# ("[Barclays], the UK's third-biggest bank"), and a traded company's "shares in".
# The plural before an example of the kind: "employers such as [Monsanto]", "firms like".
_KIND_PLURALS = {kind: "|".join(sorted(
    {n if n[-1] == "s" else re.sub(r"y$", "ie", n) + "s" for n in nouns.split("|")}
    | ({"employers", "businesses"} if kind == "company" else set())))
    for kind, nouns in _KIND_NOUNS.items()}
# ... and the plural before a name or a list of names: "technology firms
# [Earthlink] and [Webroot]".
_KIND_BEFORE = {kind: re.compile(rf"\b(?:{nouns})\s+(?:called\s+)?$"
                                 rf"|\b(?:{_KIND_PLURALS[kind]})\s+(?:(?:such\s+as|like|including)\s+"
                                 r"|(?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*(?:,\s+|\s+and\s+))*)$")
                for kind, nouns in _KIND_NOUNS.items()}
_KIND_AFTER = {kind: re.compile(rf",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,5}}(?:{nouns})\b")
               for kind, nouns in _KIND_NOUNS.items()}
_SHARES_IN = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+$")
# A name of a business's part: "a new Access Services [division]".
_PART_OF_BUSINESS = re.compile(r"\s+(?:division|unit|arm|subsidiary|subsidiaries|brand|brands)\b")
# A preposition of place before a name: "[In ]Argentina, the firm sued".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Ff]rom)\s+$")
_PLACE_PREPOSITION_OPENING = re.compile(r"(?:In|Across|Throughout|Within|From)\s")
# A name modifying what only a business has: "Euronext chief Jean-Francois
# Theodore", "the Siemens plant", "Sony shares" (not "Blair's staff": no owner's "'s").
_BUSINESS_NOUN_AFTER = re.compile(r"\s+(?:shares|shareholders|chief|boss|bosses|executives?|staff|employees|"
                                  r"workers|customers|plant|factory|factories|headquarters|stores|"
                                  r"subscribers)\b")
# ... or owning it ("Turkcell's chief operating officer"; only what no person
# has: "Blair's staff" is no company's).
_BUSINESS_NOUN_OWNED = re.compile(r"['’]s?\s+(?:shares|shareholders|share\s+price|market\s+value|"
                                  r"subscribers|chief\s+(?:executive|operating\s+officer|"
                                  r"financial\s+officer))\b")
# A name that speaks of "its" own: "Icann said its early decision", "Uefa has
# said its own representative" (a person has no "its").
_SAYS_ITS = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|added|announced|confirmed|reported|stated|"
                       r"insisted|argued|warned)\s+(?:that\s+)?its\b")
# A source that is a name and such a description, and the name: "[Russian oil
# giant] Yukos", "[the civil rights organization the] Anti-Defamation League",
# "Barclays[, the UK's third-biggest bank]".
_BODY_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
# (a news agency or a wire service is such a kind of body too: "news agency
# [Reuters]", "[Xinhua], the official Chinese news agency")
_ANY_KIND = "|".join([*_KIND_OF_NOUN, r"news\s+agency", r"(?:news|wire)\s+service"])
_KIND_THEN_NAME = re.compile(
    rf"^(?:[\w'’-]+\s+){{0,6}}?(?:{_ANY_KIND})\s+(?:the\s+)?(?P<name>{_BODY_NAME})$"
    rf"|^(?P<first>{_BODY_NAME}),\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,4}}(?:{_ANY_KIND}),?$")
# Heads of a description that may take up a body quoted by name before it
# ("the organisation", "the agency"; not "the government", said as written),
# and the last words of bodies' names, by kind: a name of another kind is not
# what the head takes up ("the corporation" is no "Public Accounts Committee").
_GOVERNMENT_HEADS = {"agency", "department", "ministry", "bureau", "office", "service",
                     "commission", "authority", "executive", "committee", "council", "board",
                     "court"}
_HEAD_KIND = {**_KIND_OF_NOUN, **dict.fromkeys(("corporation", "exchange"), "company"),
              **dict.fromkeys(("union", "party", "fund"), "group"),
              **dict.fromkeys(_GOVERNMENT_HEADS, "government")}
_BODY_HEADS = set(_KIND_OF_NOUN) | {"agency", "department", "ministry", "commission",
                                    "committee", "union", "fund", "party", "bureau"}
# Descriptions of an outlet beyond the media nouns of _KIND_OF_NOUN: "the
# news service", "the fact-checker", "the wire service".
_OUTLET_DESCRIPTION = re.compile(r"[Tt]he\s+(?:(?:news|wire)\s+(?:service|agency)|fact[- ]checkers?)")
# A year modifying a noun, which says which one it is ("a 2013 video ... The
# video shows": the 2013 video).
_YEAR = re.compile(r"(?:19|20)\d\d")
# The type of a body of each kind.
KIND_TYPE = {"company": "organization", "group": "organization", "media": "media"}
# The determiner of an indefinite description ("a policy institute", "one of the groups").
_INDEFINITE_BODY = re.compile(r"^(?:[Aa]n?|[Oo]ne of the)\s+")
_NAME_COMMA_BEFORE = re.compile(rf"({_NAME}),\s+$")
_COMMA_NAME_AFTER = re.compile(rf"[^,.;:]{{0,80}}?,\s+({_NAME}),")
_CAPS_RUN_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*\s+)+$")
_CAPS_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w&'’-]*)*")
# A name opening a sentence, then its verb ("The Muslim Council of Britain
# has complained"), or then a title and the name of one who speaks for it
# ("The Council on American-Islamic Relations National Executive Director
# Nihad Awad says"): the run of capitalised words up to the verb.
_OPENING_CAPS = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|on|&)\s+)?[A-Z][\w&'’-]*){0,9}"
                           r"(?=\s+(?:(?:also|has|had|have|is|was)\s+)?(?:[a-z]+ed|said|says|told)\b)")
# Words that open a title before the name they hold ("National Executive Director").
_TITLE_OPENERS = frozenset("national vice senior".split())
# What follows a head noun and stays with it: "sources [familiar with the
# effort]", "a poll [from Suffolk University]".
_POST_MODIFIER = re.compile(r"\s+(?:(?:familiar with|close to)\s+the\s+[a-z]+"
                            r"|(?:from|by|at|to|of|for)\s+(?:the\s+)?[A-Z][\w.&'’/-]*"
                            # ("an advisory panel to the Ministry of the Environment")
                            r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w.&'’/-]*){0,5}"
                            # ("a source at the Tampa station", "in the governor's office")
                            r"(?:\s+(?:station|office|campaign|company|embassy|newspaper|network))?)"
                            r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)"
                            r"(?=\s*[,.;:!?)\"”]|\s+(?:said|says|told|who|and|that|to|in|on|has|have|"
                            r"had|is|was|will|would|[a-z]+ly)\b)")
# A clipped name: "the Fed".
_CLIPPED = re.compile(r"[Tt]he\s+([A-Z][a-z]{2,})")
# The word after a head: "Fed [governor]".
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
# Words that open a noun phrase, and an owner that does ("Cruz's lawyers").
_NP_START = {"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "multiple",
             "several", "some", "two", "three", "one", "another", "other"}
_OWNER = re.compile(r"[A-Z][\w.-]*['’]s")
# Heads that are no noun of their own ("the most", "the latter").
_QUANTIFIER_WORDS = {"most", "many", "few", "others", "rest", "latter", "former", "two", "three"}
# Premodifiers that say nothing of who the source is ("the last campaign").
_UNINFORMATIVE = {"last", "first", "next", "same", "other", "new", "latest", "previous",
                  "recent", "earlier", "later", "initial", "separate", "original", "second",
                  "third", "following", "whole", "entire", "full", "brief", "short", "long"}
# Counts that say how many, not which ("the two groups").
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}
# Modifiers that set a definite description apart from the one before it.
_ANOTHER_ONE = _ORDINALS | {"other", "next"}
_DEFINITE_ONE = re.compile(
    r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+|Super\s+|U\.?[KS]\.?\s+)?([A-Za-z]+)$")


# British and American spellings of a body's head word.
_SPELLINGS = {"center": "cent(?:er|re)", "centre": "cent(?:er|re)",
              "defense": "defen[cs]e", "defence": "defen[cs]e"}


# The characters besides an ASCII letter's two cases that re's ignore-case
# matching takes for it (İ and ı, the Kelvin sign, the long s): the only ones
# whose lower case is no single character or is an ASCII letter (every code
# point checked).
_IGNORECASE_EXTRA_CHARS = re.compile(f"[{''.join(_IGNORECASE_EXTRA.values())}]")


def _ends_in_capitalised_word(text: str, lo: int, at: int) -> bool:
    """Whether ``text[lo:at]`` ends in white space after a run of the word
    characters of :data:`_CAPS_BEFORE` that holds a capital (A-Z), as every
    match of it there does (its last word, white space after it): most head
    words follow none ("the fund"), where _CAPS_BEFORE's search tried its
    words from each capital in the 200 characters before."""
    end = at
    while end > lo and text[end - 1].isspace():  # (\s, every code point checked)
        end -= 1
    k = end
    while end < at and k > lo and (_is_word_char(text, k - 1) or text[k - 1] in _CAPS_WORD_MARKS):
        k -= 1
        if "A" <= text[k] <= "Z":
            return True
    return False


def _head_pattern(spelled: str) -> re.Pattern:
    """``\\b(?i:spelled)\\b`` for a head word's pattern, led by its first
    letter as a class of what ignore-case matching takes for it, the \\b
    before it a lookbehind: re skips ahead in C to such a letter, where an
    ignore-case letter behind \\b led it to try every position of the text."""
    first = spelled[:1].lower()
    if not "a" <= first <= "z":
        return re.compile(rf"\b(?i:{spelled})\b")
    return re.compile(rf"[{_ignorecase_letters(first)}](?<!\w.)"
                      rf"(?i:{spelled[1:]})\b")


def _word_spans(word: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(rf"\\b{re.escape(word)}\\b", text)``,
    found with str.find: re tries a pattern led by \\b at every position of
    the text, and compiles one for each word, most new to its cache on
    unseen text. A find counts where \\b holds on either side (a word
    character on just one); as re does, the next is looked for from the
    end of a match, or one character on from a find that is none."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (_is_word_char(text, at - 1) != _is_word_char(text, at)
                and _is_word_char(text, end - 1) != _is_word_char(text, end)):
            yield at, end
            at = text.find(word, max(end, at + 1))
        else:
            at = text.find(word, at + 1)


# The adjectives of places that describe a body ("German airline Lufthansa",
# "The Swedish firm": see analysis.place_epithets), and one alone, no body.
_PLACE_ADJECTIVES = (
    r"US|U\.S\.|UK|American|British|English|Scottish|Welsh|Irish|European|Asian|African|"
    r"German|French|Dutch|Belgian|Swiss|Austrian|Italian|Spanish|Portuguese|Swedish|Norwegian|"
    r"Danish|Finnish|Icelandic|Polish|Czech|Hungarian|Romanian|Bulgarian|Greek|Turkish|Russian|"
    r"Ukrainian|Israeli|Saudi|Iranian|Indian|Pakistani|Chinese|Japanese|Korean|Taiwanese|Thai|"
    r"Malaysian|Singaporean|Indonesian|Australian|Canadian|Mexican|Brazilian|Argentine|Chilean|"
    r"Colombian|Venezuelan|Egyptian|Nigerian|Kenyan")
_PLACE_ONLY = re.compile(_PLACE_ADJECTIVES)


# A name's "of" part after its head word: " of Elections", " of the Treasury".
_OF_CAPITALS = re.compile(r" of (?:the )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*")


class BodyNamesMixin:
    """Organisation names behind short descriptions (see the module docstring).

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`) and
    ``_acronym_map`` (None until first used) on the instance.
    """

    def _named_entity(self, clean: str, start: int) -> str | None:
        """The name an organisation, outlet or poll has earlier in the article.

        "the IMF" when the article wrote "International Monetary Fund (IMF)";
        "the fund", "the Times", "the poll" when it named "the International
        Monetary Fund", "the Tampa Bay Times", "a Reuters/Ipsos poll".
        """
        cut = _NEW_YORK_CUT.fullmatch(clean)
        if cut and f"New York {cut.group(1)}" in self.text:
            # "NY Daily News" in the title, "the New York Daily News" in the
            # story: the name written out
            return f"New York {cut.group(1)}"
        acronym = _ACRONYM_ONLY.match(clean)  # "the IMF", not "the chair of the DNC"
        if acronym and acronym.group(1) in self._acronyms():
            return self._acronyms()[acronym.group(1)]
        definite = _definite_one(clean)
        if not definite:
            return None
        head = definite.group(1)
        named = self._headed_name(clean, head, start)
        if named and _other_modifier(clean, named):
            named = None
        if not named and head.lower() == "bureau" and len(clean.split()) == 2 and _FBI.search(
                self.text, 0, start):
            # "the bureau" after "the FBI" (its name holds the word: Federal
            # Bureau of Investigation)
            named = "FBI"
        if not named and head.lower() == "administration" and len(clean.split()) == 2:
            # "the administration" where none is named: the one sitting
            # president's the article names ("President Obama" -> "Obama administration")
            presidents = {m.group(1).split()[-1] for m in _PRESIDENT_NAMED.finditer(self.text)}
            named = f"{presidents.pop()} administration" if len(presidents) == 1 else None
        return named or self._described_name(head.lower(), start) or self._clipped_name(clean)

    def _clipped_name(self, clean: str) -> str | None:
        """The body's name that "the Fed" clips, if the article writes it out
        ("Federal Reserve"): a name of two or more capitalised words opening
        with a longer form of the clipped word, and holding a body's word."""
        clipped = _CLIPPED.fullmatch(clean)
        if clipped is None:
            return None
        word = clipped.group(1)
        # (the word first, the boundary before it asked after it, as a look
        # back: re skips to each place the word stands, where a leading \b had
        # it try the pattern at every position of the text; the word is ASCII
        # letters, so \b before it is no word character before it)
        for m in re.finditer(rf"{word}(?<!\w{word})[a-z]{{2,}}(?: [A-Z][a-z]+)+", self.text):
            if {w.lower() for w in m.group().split()} & _ORG_NAME_WORDS:
                return m.group()
        return None

    def _fuller_mention(self, clean: str, start: int) -> tuple[str, bool] | None:
        """The fuller description that "the email", "the sources", "the police"
        take up: the last earlier noun phrase, in this paragraph or the three
        before, with the same head and words that say more ("a fundraising
        email", "multiple sources familiar with the effort", "the San
        Bernardino police", a year: "a 2013 video"), without its determiner; and whether that phrase
        was indefinite ("a senior law enforcement official": someone unnamed)."""
        definite = _definite_one(clean)
        if not definite:
            return None
        head = definite.group(1)
        if head.lower() in _FUNCTION or head.lower() in _QUANTIFIER_WORDS:
            return None  # "the most"
        floor = _previous_paragraph_start(self.text, start, back=3)
        if self.text.find(head, floor, start) < 0:
            return None  # (each span below holds the head as written)
        def opens(word: str) -> bool:  # a determiner or an owner opens the phrase
            return word.lower() in _NP_START or _OWNER.fullmatch(word) is not None

        found = None
        for m_start, m_end in _word_spans(head, self.text[floor:start]):
            at = floor + m_start
            role = _NEXT_WORD.match(self.text, floor + m_end)
            if role and role.group(1).lower() in _WORD_TYPE:
                continue  # "a former Fed governor": the head modifies a role there
            words = self.text[max(floor, at - 60):at].split()
            modifiers: list[str] = []
            while words and len(modifiers) < 4 and (
                    _WORD.fullmatch(words[-1]) or _YEAR.fullmatch(words[-1])) and not (
                    opens(words[-1]) or words[-1].lower() in _FUNCTION):
                modifiers.insert(0, words.pop())
            after = _POST_MODIFIER.match(self.text, floor + m_end)
            informative = [w for w in modifiers if w.lower() not in _UNINFORMATIVE]
            if (words and opens(words[-1]) and (informative or after)
                    and not self.index.in_headline(at)):
                owner = [words[-1]] if _OWNER.fullmatch(words[-1]) else []
                found = " ".join(owner + modifiers + [head]) + (
                    after.group().rstrip(".") if after else "")
                indefinite = words[-1].lower() in _INDEFINITE
        if found and _other_modifier(clean, found):
            return None
        return (found, indefinite) if found and found.lower() not in clean.lower() else None

    def _head_spans(self, head: str, start: int) -> list[tuple[int, int]]:
        """The spans of ``head`` (ASCII letters) before ``start`` as a whole
        word in any case, as ``_head_pattern`` finds it ("the center":
        "European Centre" too)."""
        text = self.text
        # (an ASCII text, as many are, holds none of those characters: not searched)
        if (head.lower() in _SPELLINGS
                or not text.isascii() and _IGNORECASE_EXTRA_CHARS.search(text, 0, start)):
            spelled = _SPELLINGS.get(head.lower(), re.escape(head))
            return [m.span() for m in _head_pattern(spelled).finditer(text, 0, start)]
        # Found in the text's lower case, with no compile of a pattern for each
        # head word (most are new to re's cache on unseen text): but for the
        # characters ruled out above, ignore-case matching takes a character
        # for an ASCII letter just where its lower case is that letter, and
        # each character's lower case is one character, at the same offset.
        word = head.lower()
        lower = text[:start].lower()
        spans = []
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            if not _is_word_char(text, at - 1) and (end == start or not _is_word_char(text, end)):
                spans.append((at, end))  # (a whole word: \b on either side)
            at = lower.find(word, at + 1)
        return spans

    def _headed_name(self, clean: str, head: str, start: int) -> str | None:
        """"the fund" -> the last name ending in "Fund" before ``start``."""
        # the last mention of the head word with capitalised words before it
        # (found word first, then checked backwards: one cheap scan)
        last = None
        for at, end in self._head_spans(head, start):
            caps = (_CAPS_BEFORE.search(self.text, max(0, at - 200), at)
                    if _ends_in_capitalised_word(self.text, max(0, at - 200), at) else None)
            if caps and not self.index.mentions_in(end, end + 2) and _names_something(caps.group(1)):
                # (not a title before a name: "Vice President Joe Biden"; not a
                # sentence's "The court", "ABSTRACT. The poll", "Monday's poll")
                last = (caps, at, end)
        if last is None:
            return None
        caps, at, end = last
        found = self.text[at:end]
        if self.index.in_headline(caps.start()):
            return None
        words = caps.group(1).split()
        for k, word in enumerate(words):
            if word.endswith(".") and not _INITIALISM.fullmatch(word):
                words = words[k + 1:]  # a sentence ended there: "Clinton. A union"
                break
        while words and words[0].lower() in _FUNCTION and words[0] != "Our":
            words.pop(0)  # "The Tampa Bay" -> "Tampa Bay" (not "Our Principles PAC")
        if not words or not all(w[:1].isupper() for w in words):
            return None
        if (found.islower() and found in _KIND_OF_NOUN
                and all(_PLACE_ONLY.fullmatch(part) for w in words for part in w.split("-"))):
            # "German airline Lufthansa": a place and a kind of body describe one, no name
            # (not "Israeli officials", "the French government": as written), which
            # analysis.place_epithets.PlaceEpithetsMixin finds
            return self._described_by_place(self.text.index(words[0], caps.start()), end)
        name = " ".join(words + [found])
        of = _OF_CAPITALS.match(self.text, end)
        if of:  # "the board" -> "Illinois Board of Elections", not "Illinois Board"
            name += of.group()
        return name if name.lower() != clean.lower() else None

    def _described_name(self, head: str, start: int) -> str | None:
        """"the company" -> the name described with a noun of that kind ("the
        oil giant Exxon Mobil", "Alphabet, the parent company"), "the
        newspaper" -> the outlet named, last in this paragraph or the one before."""
        kind = _KIND_OF_NOUN.get(head)
        if kind is None:
            return None
        floor = _previous_paragraph_start(self.text, start)
        window = self.text[floor:start]
        found = None
        for m in _DESCRIBED_NAME[kind].finditer(window):
            if m.group(2) and (_PLACE_PREPOSITION_BEFORE.search(window, 0, m.start(2))
                               or _PLACE_PREPOSITION_OPENING.match(m.group(2))):
                continue  # "In Argentina, the firm sued": a phrase of place, no apposition
            found = m.group(1) or m.group(2)
        if found is None and kind in _NAME_ENDINGS and not head.endswith("s"):
            # "United Technologies ... the company says", "the National Golf
            # Foundation ... the group says": the last name of that kind's shape
            for name, end in self._body_names(floor, start):
                if ((name.split()[-1].lower() in _NAME_ENDINGS[kind]
                     or name.split()[0].lower() in _KNOWN_ORGANIZATIONS)
                        and not _PART_OF_BUSINESS.match(self.text, end, start)):
                    found = name
        if found is None and kind == "company":
            # "Shares in Cairn Energy rose after the UK firm announced": the last
            # name the article makes a company (:meth:`_kind_of_name`)
            for name, _ in self._body_names(floor, start):
                if self._kind_of_name(name) == "company":
                    found = name
        if found is None and kind == "media":
            # (the outlet named last in this paragraph or the two before: a
            # quote's paragraph may come between the outlet's report and "the
            # newspaper": "..., the Orlando Sentinel reported. / “...,” said
            # Clinton. / The newspaper reported")
            lo = _previous_paragraph_start(self.text, start, back=2)
            outlets = list(_OUTLET.finditer(self.text, lo, start))
            if outlets:  # the whole name: "[New York] Daily [News]"
                left = _CAPS_RUN_BEFORE.search(self.text, lo, outlets[-1].start())
                right = _CAPS_RUN_AFTER.match(self.text, outlets[-1].end(), start)
                at = left.start() if left else outlets[-1].start()
                found = self.text[at:right.end()]
                clipped = _CLIPPED.fullmatch(found)
                # ("The Journal" -> "Wall Street Journal", as the article names it before)
                found = clipped and self._headed_name(found, clipped.group(1), at) or found
                if at < floor:
                    return None if self.index.in_headline(at) else self._body_name(found)
        if found is None and kind == "company" and start < self.text.find("\n") + 400:
            # "Twitter takes bigger steps ... The company said": in the lines
            # under the headline, the company the headline opens with
            headline = _NAME_RE.match(self.text)
            name = self._body_name(headline.group()) if headline else None
            return name if name and name.split()[0].lower() in _KNOWN_ORGANIZATIONS else None
        if found is None or self.index.in_headline(floor + window.rfind(found)):
            return None
        return self._body_name(found)

    def _subject_body_before(self, clean: str, start: int) -> str | None:
        """"the company", "the group" -> the body that opens a sentence as its
        subject, last in this paragraph or the one before ("Business Insider
        also commented ... the company said"; for "the newspaper", "the news
        service" or "the fact-checker", an outlet: "Politifact (which ...)
        examined the charge ... The news service pointed"), if it is no person, country or
        government, nor a body whose name says another kind ("the corporation"
        is no "Public Accounts Committee"), and a name (a lone word is one the
        article also writes capitalised inside a sentence: not "Revenues
        rose"); None if none."""
        definite = _definite_one(clean)
        kind = _KIND_OF_NOUN.get(definite.group(1).lower()) if definite else None
        if _OUTLET_DESCRIPTION.fullmatch(clean):
            kind = "media"  # ("Politifact (which ...) examined ... The news service pointed")
        if kind not in ("company", "group", "media"):
            return None
        floor = _previous_paragraph_start(self.text, start)
        found = None
        for m in _SUBJECT_NAME.finditer(self.text, floor, start):
            name = self._body_name(m.group(1))
            if (name and not self.index.mentions_in(m.start(1), m.end(1))
                    and _HEAD_KIND.get(name.split()[-1].lower(), kind) == kind  # (no "Committee")
                    and name.lower() not in _COUNTRIES and name.split()[0].lower() not in _FUNCTION
                    and describe(name).source_type in (("media",) if kind == "media" else
                                                       ("public", "organization", "media"))
                    and (" " in name or kind == "media"  # (an outlet the lexicon knows)
                         or re.search(rf"[a-z,] {re.escape(name)}\b", self.text))):
                found = name
        return found if found and not self.index.in_headline(self.text.rfind(found, floor, start)) else None

    def _body_names(self, lo: int, hi: int) -> Iterator[tuple[str, int]]:
        """Each name between ``lo`` and ``hi`` that can name a body
        (:meth:`_body_name`; a possessive dropped), outside any person's name,
        with the offset its match ends at."""
        for m in _NAME_RE.finditer(self.text, lo, hi):
            name = self._body_name(_TRAILING_POSSESSIVE.sub("", m.group()))
            if name and not self.index.mentions_in(m.start(), m.end()):
                yield name, m.end()

    def _business_named_before(self, clean: str, start: int) -> str | None:
        """"the company", "the firm" -> the last name before ``start``, outside
        any person's name, that has a company's ending ("Vanguard Logistics
        Services") or that the article makes a company or a group
        (:meth:`_kind_of_name`: "Parmalat, the Italian food group, ... the firm
        had been fined", paragraphs on); None if none."""
        definite = _definite_one(clean)
        if not definite or definite.group(1).lower() not in ("company", "firm"):
            return None
        found = None
        for name, end in self._body_names(0, start):
            if _PART_OF_BUSINESS.match(self.text, end):
                continue  # (nor "a new Access Services division": part of one)
            if name not in self.name_kinds:
                self.name_kinds[name] = self._kind_of_name(name, weak=False)
            if (self.name_kinds[name] in ("company", "group")
                    or name.split()[-1].lower() in _COMPANY_NAME_ENDINGS):
                found = name
        return found

    def _body_quoted_before(self, clean: str, start: int, source_type: str,
                            done: list) -> str | None:
        """"the organisation", "the agency" -> the body of that type quoted last,
        by name, in this paragraph or the one before ("The RAC welcomed the
        news ... But the organisation urged"; "the State Department also said
        ... said the agency"); None if there is none."""
        definite = _definite_one(clean)
        head = definite.group(1).lower() if definite else ""
        if head not in _BODY_HEADS:
            return None
        for _, _, res in quoted_recently(self.text, start, done):
            if res.person or res.source_type != source_type:
                continue
            # the last body of that type, if it is named ("Bank": no name) and
            # its name says no other kind
            last = res.speaker.split()[-1]
            named = not res.anonymous and last[:1].isupper() and res.speaker.lower() != head
            kind = _HEAD_KIND.get(last.lower(), _HEAD_KIND[head])
            return res.speaker if named and kind == _HEAD_KIND[head] else None
        return None

    def _kind_of_name(self, name: str, weak: bool = True) -> str | None:
        """The kind ("company", "group", "media") the article gives ``name``
        with a noun of that kind: just before it, with or without an article,
        as British outlets write ("Russian oil giant Yukos", "budget airline
        Ryanair"), or in apposition ("Barclays, the UK's third-biggest bank");
        a name "shares in" are traded in is a company ("Shares in Elan fell"); one
        that speaks of "its" own ("Icann said its ...") or modifies what only a
        business has ("Euronext chief ...") a group. That last is weak evidence,
        ignored unless ``weak``: "the company" takes up no name so found, as
        "Welsh workers" makes no "Welsh" a company, nor "Chief executive ..."
        "Chief". None if it gives none; of several, the first in alphabetical
        order."""
        text = self.text
        kinds = set()
        shares = owns = modifies = False
        # (each mention of the name, then the words beside it: one scan of the text)
        for start, end in _word_spans(name, text):
            before = max(0, start - 40)
            kinds.update(kind for kind, noun in _KIND_BEFORE.items()
                         if noun.search(text, before, start))
            if not _PLACE_PREPOSITION_BEFORE.search(text, before, start):
                kinds.update(kind for kind, noun in _KIND_AFTER.items() if noun.match(text, end))
            shares = shares or _SHARES_IN.search(text, before, start) is not None
            owns = (owns or _SAYS_ITS.match(text, end) is not None
                    or _BUSINESS_NOUN_OWNED.match(text, end) is not None)
            modifies = modifies or _BUSINESS_NOUN_AFTER.match(text, end) is not None
        if kinds:
            return min(kinds)
        return "company" if shares else "group" if owns or modifies and weak else None

    def _body_named_beside(self, clean: str, start: int, end: int) -> str | None:
        """The name of the body an indefinite description stands beside: "the
        Foundation for Defense of Democracies, [a policy institute]", "[one of
        the groups ...], Massachusetts Democrats for Education Reform,", "[a
        Baton Rouge newspaper] called ... The Advocate had" (an outlet in the
        next sentence)."""
        lead = _INDEFINITE_BODY.match(clean)
        words = clean[lead.end():].split()[:4] + [""] if lead else []
        kinds = [_KIND_OF_NOUN[w] for w, after in zip(words, words[1:])
                 if w in _KIND_OF_NOUN and after != "of"]  # not "a group of rabbis"
        if not kinds:
            return self._body_opening_next_sentence(clean, end) if lead else None
        before = _NAME_COMMA_BEFORE.search(self.text, max(0, start - 120), start)
        after = _COMMA_NAME_AFTER.match(self.text, end)
        found = self._body_name(before.group(1)) if before else None
        found = found or (self._body_name(after.group(1)) if after else None)
        if found is None and kinds[0] == "media":
            stop = self.text.find(". ", self.text.find(". ", end) + 2)
            outlet = _OUTLET.search(self.text, end, stop if stop > 0 else len(self.text))
            found = self._body_name(outlet.group()) if outlet else None
        return found or self._body_opening_next_sentence(clean, end)

    def _body_opening_next_sentence(self, clean: str, end: int) -> str | None:
        """The group or company an indefinite description headed by a noun of
        that kind stands for: the one the sentence after the one ending past
        ``end`` opens with, by a name of that kind, as news delays a body's
        name as it does a person's ("A British Muslim group has criticised
        ... . The Muslim Council of Britain has complained"; "A major Muslim
        civil rights group says ... . The Council on American-Islamic
        Relations National Executive Director Nihad Awad says": the body, not
        its director); None for a name of another kind ("A group ... . Sky
        said") or a person's."""
        kind = _KIND_OF_NOUN.get(clean.split()[-1].lower())
        if kind not in _NAME_ENDINGS:
            return None
        stop = _SENTENCE_END.search(self.text, end)
        run = _OPENING_CAPS.match(self.text, stop.end()) if stop else None
        if run is None:
            return None
        people = self.index.mentions_in(run.start(), run.end())
        if people and people[0][0] == run.start():
            return None  # (a person opens it: "Mary Glenn said")
        words = self.text[run.start():people[0][0] if people else run.end()].split()
        if people:  # (the body before its speaker's title: "... Relations National Executive Director")
            while words and (words[-1].lower() in _WORD_TYPE or words[-1].lower() in _TITLE_OPENERS):
                words.pop()
        while words and words[0].lower() in _FUNCTION:
            words.pop(0)  # "The Muslim Council of Britain" -> "Muslim Council of Britain"
        name = " ".join(words)
        if not name or not (set(name.lower().split()) & _NAME_ENDINGS[kind]
                            or self._kind_of_name(name) == kind):
            return None
        return name

    @staticmethod
    def _body_name(found: str) -> str | None:
        """``found`` without a leading "The", if it can name a body (not a date,
        a place or a person's first name)."""
        words = found.split()
        while words and words[0].lower() in _FUNCTION:
            words.pop(0)  # "The Orlando Sentinel" -> "Orlando Sentinel"
        lower = [w.lower() for w in words]
        if (not words or set(lower) & _MONTHS_DAYS or lower[-1] in _STATES
                or lower[-1] in _PLACE_ENDINGS or lower[0] in _MALE_FIRST
                or lower[0] in _FEMALE_FIRST  # (nor a sentence adverb: "Likewise, a paper")
                or len(words) == 1 and _OPENING_ADVERBIAL.fullmatch(words[0] + ", ")):
            return None
        return " ".join(words)

    def _acronyms(self) -> dict[str, str]:
        if self._acronym_map is None:
            # built on first use: "International Monetary Fund (IMF)", or a
            # capitalised name whose initials make the acronym
            # (the definitions searched only in an article holding the close
            # one needs, most hold none: _ACRONYM_DEFINED tries every capital)
            defined = _ACRONYM_DEFINED.finditer(self.text) if _ACRONYM_GIVEN.search(self.text) else ()
            found = {m.group(2) or m.group(3): re.sub(r"^The\s+", "", m.group(1)) for m in defined}
            for m in _CAPITALISED_NAME.finditer(self.text):
                words = m.group().split()
                while words and words[0].lower() in _FUNCTION:
                    words.pop(0)  # "The International Monetary Fund"
                initials = "".join(w[0] for w in words if w[0].isupper())
                if len(initials) >= 2:
                    found.setdefault(initials, " ".join(words))
            self._acronym_map = found
        return self._acronym_map


def _other_modifier(clean: str, found: str) -> bool:
    """Whether a definite description has a modifier of its own that the
    phrase it would take up lacks ("the [police] station" is no "TV station")."""
    own = clean.split()[1:-1]
    word = own[0].lower() if own else ""
    return bool(word) and word not in _UNINFORMATIVE and word not in _NUMBER_WORDS \
        and word != "super" and word not in found.lower()  # ("the Super PAC", "the two groups")


# The one agency that stories name by its initials and take up by a noun of
# its full name ("the bureau"); "the agency" is left to the body quoted last
# (many agencies are agencies: the FBI too).
_FBI = re.compile(r"\bFBI\b")


# A sitting president named by title: "President Obama", "President Barack
# Obama" (not "Vice President Joe Biden", "former President Bill Clinton").
_PRESIDENT_NAMED = re.compile(r"(?<!Vice )(?<!Vice-)(?<![Ff]ormer )\bPresident\s+((?:[A-Z][\w.-]*\s+){0,2}[A-Z][a-z]+)\b")


def _definite_one(clean: str) -> re.Match | None:
    """:data:`_DEFINITE_ONE`'s match for a description that can take up one
    named or described before it; None for another one ("the second
    official", "the other official": someone else)."""
    definite = _DEFINITE_ONE.match(clean)
    return None if not definite or clean.split()[1].lower() in _ANOTHER_ONE else definite


def _names_something(caps: str) -> bool:
    """Whether capitalised words before a head noun name it: a word after the
    last sentence end that is no function word, no date and no country's
    initials ("Supreme", not "The", "Monday's" or "UK")."""
    words = caps.split()
    ends = [k for k, w in enumerate(words) if w.endswith(".") and not _INITIALISM.fullmatch(w)]
    words = words[ends[-1] + 1:] if ends else words
    return any(w.lower() not in _FUNCTION
               and _TRAILING_POSSESSIVE.sub("", w).lower() not in _MONTHS_DAYS
               and w.replace(".", "") not in ("UK", "US") for w in words)  # ("the UK firm": no name)

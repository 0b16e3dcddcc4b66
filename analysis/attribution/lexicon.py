"""Word lists and precompiled patterns for :mod:`analysis.attribution`.

The small patterns the rules use to tell a source noun phrase, an adjunct or
a clause apart, and the words they read (the cue verbs themselves are in
:mod:`~analysis.attribution.verbs`). Kept apart from the rules so the lexicon
can be read (and extended) in one place.
"""

from __future__ import annotations

import re

from analysis.attribution.verbs import _SPEECH_EXTRA, _SPEECH_WORDS, _trie_pattern
from analysis.names import _NOT_AFTER_TITLE_DOT

# Quote marks: curly, straight, and the NYT's doubled apostrophes ''...''.
# A third apostrophe closes a nested quote at the same spot ("... 'old-school,'''").
_QUOTE_MARK = re.compile(r"“|”|\"|'''?|``")


# (a ” opening a paragraph, as in "” … in the case of", is a typo for “)
_OPENERS = ("“", "\"", "''", "``", "”")

# Where the source's clause starts, looking back from the cue.
# (The first character leads, as one class, and a lookbehind picks its
# alternatives, as in _CONTENT_STOP: re then skips ahead in C to the next
# candidate character instead of trying every alternative at every position.
# The words are read in any case; the class holds every character re's
# IGNORECASE takes for their first letters, "ı", "İ" and "ſ" included.
# One lookbehind first sends a letter to the words' alternatives at once,
# and a mark or space to the others: each letter inside a word, where no
# break starts, then fails at two tests instead of five; and " -- ", "''"
# and "``" open with their second character, which re rejects at once at a
# space before a word, without a lookbehind.)
_CLAUSE_BREAK = re.compile(
    r"[,;:—–(“\"\s'`aAbBiIıİoOsSſtTwW]"
    r"(?:(?<=[,;:—–(“\"\s'`])"
    r"(?:-(?<=\s-)-?\s|'(?<='')|`(?<=``)"  # (" - ", " -- ", "''", "``")
    r"|(?<=[,;:—–(“\"])(?!(?<=\d,)\d))"  # (not a thousands separator: "1,500 doctors")
    r"|(?<![\w-].)(?i:(?<=a)(?:nd|s|fter|lthough)"
    r"|(?<=b)(?:ut|ecause|efore)|(?<=o)r|(?<=s)(?:o|ince)|(?<=w)(?:hile|hen|here|hom|hose|hat)"
    r"|(?<=i)f|(?<=t)(?:hough|han|hen))\b)\s*"
)


# (the first letter leads and a lookbehind stands for the \b: see _TRAILING_AUX)
_REL_PRONOUN = re.compile(r"([wt](?<!\w.)(?:(?<=w)(?:ho|hich)|(?<=t)hat))(?:['’](?:ve|d|s))?\s*$")


_LEADING_WORDS = (
    r"and|but|so|yet|as|still|now|instead|meanwhile|however|also|then|indeed|even|"
    r"specifically|moreover|furthermore|additionally|similarly|likewise|notably|ultimately|"
    # sentence adverbs ("Firstly, the prime minister insisted", "Eventually someone")
    r"firstly|secondly|thirdly|lastly|eventually|recently|separately|interestingly|"
    r"importantly|significantly|crucially|unsurprisingly|predictably|ironically|typically|"
    r"in fact|in turn|at the time|later|earlier|previously|on \w+|in (?:\w+ )?\d{4}|last \w+|"
    # a fronted object ("That, the commission said") and an empty lead-in
    # ("it turns out that the bureau asked")
    r"that(?=,)|this(?=,)|it\s+(?:turns|turned)\s+out\s+that|it\s+(?:appears|seems)\s+that"
)


def _by_first_letter(alternation: str) -> str:
    """``alternation`` (alternatives each opening with a lowercase letter)
    grouped by first letter, in their order within each group: "as|also|but"
    -> "a(?:s|lso)|but". Under IGNORECASE re enters every alternative of a flat
    alternation in turn at a position, where it skips at once those whose
    first letter differs without the flag; grouped, only one group is
    entered. (Alternatives of different first letters never match at the same
    position, in any case, so the first that matches is the same.)"""
    alternatives, depth, start = [], 0, 0
    for i, ch in enumerate(alternation):  # (split at the "|" outside groups)
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alternatives.append(alternation[start:i])
            start = i + 1
    alternatives.append(alternation[start:])
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert "a" <= alternative[0] <= "z", alternative
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for first, rests in groups.items())


# an indirect question's lead-in ("That's why [Rubio's team]", "it's not
# clear whether [Trump]", "how and why [Mr. Trump]")
# (not "Asked why he thought ..., Lord Butler said": the rules for "Asked" read it)
_QUESTION_LEAD = r"(?!asked\s|(?-i:Why|Whether)\b)(?:[\w'’-]+\s+){0,4}?(?:why|whether)"
_LEADING_JUNK = re.compile(
    rf"(?:(?:{_by_first_letter(_LEADING_WORDS)}|{_QUESTION_LEAD})"
    # (not a possessive's owner: "[Last week's] poll showed")
    r"\b(?!['’]),?\s*)+",
    re.IGNORECASE,
)
# The same but for the question's lead-in, for a text holding no "why" nor
# "whether" (most): that alternative, tried at each lead-in word, fails there.
_LEADING_JUNK_NO_QUESTION = re.compile(rf"(?:(?:{_by_first_letter(_LEADING_WORDS)})\b(?!['’]),?\s*)+",
                                       re.IGNORECASE)


# A run of auxiliaries and adverbs closing a text (searched to its end).
_AUX_WORD = (
    r"(?:has|have|had|also|then|later|once|often|always|already|even|just|still|"
    r"too|again|afterwards?|would|will|could|should|might|may|must|can|did|does|do|not|never|"
    r"previously|recently|repeatedly|privately|publicly|reportedly|apparently|clearly|"
    r"simply|only|first|further|long|openly|frequently|has\s+also|is|was|are|were|been|"
    r"being|had\s+been|has\s+been|has\s+repeatedly|ha(?:s|ve|d)\s+since|n't|not\s+only|in\s+the\s+past|so\s+far|now|both|all|each|"
    # any adverb in -ly ("who formally endorsed", "Trump bluntly said"),
    # graded too ("Democrats most strongly opposed"), not the nouns in -ly
    # that head sources ("the family said")
    r"(?:(?:most|more|less|very)\s+)?"
    r"(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|homily|lily|belly)\b)"
    r"[a-z]+ly"
    # a statement's negative contracted: "he doesn't even believe", "she didn’t say"
    r"|(?:does|did|is|was|has|had)n['’]t)"
)  # case-sensitive: "While Will acknowledges" keeps "Will"
# (a word added here that can close a match goes into _AUX_LAST below too,
# unless it ends in -ly or -n't: only a segment closing with one is searched)
# (\s+WORD)+ written as \s\s*WORD(\s+WORD)*: the same matches, but a leading
# character class lets re skip to white space in C instead of trying every position.
# (adverbs may be set off from each other by a comma: "she repeatedly,
# implicitly criticized")
_TRAILING_AUX = re.compile(rf"\s\s*{_AUX_WORD}(?:,?\s+{_AUX_WORD})*\s*$")
# The last word of every match of _TRAILING_AUX (a word of _AUX_WORD, the
# last of its phrases: "has been", "so far"), else one in -ly or -n't: a
# text closing with none is not searched (most are not).
_AUX_LAST = frozenset("""has have had also then later once often always already even just still
    too again afterward afterwards would will could should might may must can did does do not never
    first further long is was are were been being since past far now both all each""".split())
_AUX_LAST_ENDINGS = ("ly", "n't", "n’t")
# Every character re's \s (and str.isspace) takes.
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
           "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# The characters of a text-final match of _TRAILING_AUX or _REL_PRONOUN: a
# match can start no earlier than the run of these closing the text.
_LOWER_RUN = "abcdefghijklmnopqrstuvwxyz'’" + _SPACES
_LOWER_RUN_OR_COMMA = _LOWER_RUN + ","
# The characters of _AUX_WORD's words: a text-final word of these is the
# word that a match of _TRAILING_AUX closes with.
_LOWER_WORD = "abcdefghijklmnopqrstuvwxyz'’"
# A clause after the cue that is an adjunct, not content: "said Tuesday.",
# "said in a statement.", "told reporters on Monday."
_TAIL_START = re.compile(
    r"\s*(?:,(?!\s*(?:“|\"|''|``))|[;.!?]|$|(?:on|in|at|to|during|last|this|earlier|later|"
    r"late|early|of|about|after|before|while|when|as|with|from|by|"
    r"recently|afterward|afterwards|again|also|too|then|yesterday|today|tonight|and|but|just|"
    r"shortly|outside|inside|because|repeatedly|simply|flatly|firmly|quietly|softly|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


_SEP_END = re.compile(r"(?:[,?!—–]|\s-{1,2})[\"”'’]*\s*$")


# (The source runs to its last character that is no white space, or is one
# white space character when nothing else follows: what the shortest run
# before the closing white space takes, written greedily, so that re does not
# try the end of the text after every character of it.)
_SEP_SOURCE = re.compile(r"(?:[,?!—–]|\s-{1,2})[\"”'’]*\s+([^,\"”“]{1,140}(?<!\s)|\s)\s*$")


_GAP = re.compile(r"[,?!—–\s]*[^.!?“”\"\n]{0,60}")
# Between a closing quote and its cue: an optional source, no sentence end.
_GAP_SOURCE = re.compile(
    r"(?P<lead>[\s,—–-]*)((?:[^“”\"\n.!?]|\.(?=[\w,])"
    r"|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)*?)\s*"
)


_NP_START = re.compile(
    r"(?:[A-Z0-9]|(?:a|an|the|he|she|they|we|i|it|one|some|another|many|several|his|her|"
    r"their|its|our|both|two|three|four|five|most|few|former|retired|other|others|top|senior|"
    r"campaign|party|state|local|federal|officials?|aides?|spokes\w+|sources?|experts?|"
    r"analysts?|critics?|supporters?|people|voters|residents|democrats|republicans)\b"
    # (a count opens one too: "at least a dozen members of Congress", "nearly half",
    # "at least some of the likely beneficiaries")
    r"|(?:at\s+(?:least|most)|more\s+than|fewer\s+than|nearly|roughly|almost|about|approximately|"
    r"as\s+many\s+as)\s+(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    r"hundreds|thousands|\d[\d,.]*)\b|at\s+least\s+some\b)"
)


_OBJECT_CUES = {"told", "tells", "tell", "telling", "asked", "asks", "wrote", "writes", "reminded",
                "emailed", "e-mailed", "quoted as telling"}
_OBJECT_TAIL = re.compile(
    r"\s*(?:me|him|her|us|them|reporters|[A-Z][\w.'’-]*|the|a|an|his|their)\b[^“”\"]{0,60}$"
)


_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*(?:“|\"|''|``)")


# (no bracket but a short one: not "stick to their guns (pun intended) and
# repeat, “...”", but "told the Associated Press (AP), “...”")
_TO_QUOTE = re.compile(r"(?:(?:[^.!?“”\"()]|\([A-Z]{1,6}\)){0,40}?[,:])?\s*")


# What an estimate puts "at": its object, then "at" and a figure, "put his
# net worth at $45 billion", "estimates LinkedIn's users at 100 million",
# "puts Obama's approval at a solid 50 percent", "estimates Mr. Kamprad's
# fortune at about $42 billion" (a title's point; not "put pressure on").
_AT_FIGURE = re.compile(r"\s+(?:[^.,;:!?“”\"]|\.(?=\s[A-Z])){2,70}?\s+at\s+"
                        r"(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|"
                        r"less\s+than|a\s+solid|an\s+estimated)\s+)?[$£€]?\d"
                        r"(?![\d:.,]*\s*(?:a\.?m\b|p\.?m\b|o['’]clock))")  # (not a time, "at 5 p.m.")


# (not "to" before a determiner: "Trump's claim to the nomination" is a right)
_CLAUSE_NEXT = re.compile(r"\s*(?:that\b|to\b(?!\s+(?:the|a|an|his|her|their|its)\b)"
                          r"|[,:]?\s*(?:“|\"|''|``))")


# Participles of speech that open a report of their own after a cue's comma:
# "“...,” Smith said, suggesting that the council should act", "she said on
# Monday, pointing out that ..." (two attributions, as PolNeAR marks them:
# the participle is the second's cue, not the first's content).
_SPOKEN_PARTICIPLES = (r"suggesting|claiming|recalling|remarking|repeating|citing|referring to|"
                       r"pointing out|acknowledging|asserting|declaring|predicting|urging|"
                       r"accusing|promising|vowing|contending|complaining|joking|"
                       r"quipping|boasting|lamenting|mentioning|hinting|stressing|emphasizing|"
                       r"touting|dismissing|announcing|implying|praising|criticizing")
_SPOKEN_PARTICIPLE_WORDS = tuple(_SPOKEN_PARTICIPLES.split("|"))


# The cues of a second verb after "and" that ends the content: ", and said", " and added".
_AND_CUES = r"(?:added|said|says|noted|continued|told|wrote)"
# What ends content at a comma: ", adding", ", calling" ("attacked Trump,
# calling him a loser": two attributions), ", he said", ", and said", ", said"
# ("Sanders, who endorsed Clinton, said": the main verb) ...
_STOP_AFTER_COMMA = (r"\s+(?:adding|saying|noting|arguing|explaining|insisting|warning|calling|"
                     r"according to|" + _SPOKEN_PARTICIPLES + r")\b"
                     r"|\s+(?:he|she|they|it|we)\s+(?:said|says|added|noted)\b"
                     rf"|\s+and\s+{_AND_CUES}\b"
                     r"|\s+(?:said|says|told|wrote)\s"
                     # the same subject's words set off by "while": ", while
                     # emphasizing it's not an endorsement"
                     r"|\s+while\s+(?:also\s+)?(?:adding|saying|noting|arguing|explaining|insisting|"
                     r"warning|" + _SPOKEN_PARTICIPLES + r")\b"
                     # another's words: ", with John McCain telling reporters ..."
                     r"|\s+with\s+(?:[\w.'’-]+\s+){1,6}?(?:saying|telling|adding|noting|arguing|warning)\s")
# ... or at a space: " according to", " and said" (_TAIL_STOP spells these
# out again, grouped by first letter, "according to" as written here).
_STOP_AFTER_SPACE = rf"\s*(?:according to|and\s+{_AND_CUES})\b"
# A second cue of the same subject in the past tense after "and" or "but":
# "Ginsburg said she didn't want to think about it and predicted that Clinton
# will win", "She said she had met him twice but said ...": two
# attributions, as PolNeAR marks them (not a verb of showing, "showed
# restraint", "indicated", which report evidence as often, one taking a
# thing, "supported", nor an adjective as often, "and alleged fraud").
_COORDINATED_CUES = _trie_pattern(sorted(
    w for w in _SPEECH_WORDS if " " not in w and (w.endswith("ed") or w in ("said", "told", "wrote"))
    and w not in ("continued", "supported", "opposed", "backed", "accepted", "posted", "charged",
                  "reported", "showed", "indicated", "revealed", "alleged")))
_COORDINATED_CUE = re.compile(
    rf"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:{_COORDINATED_CUES})\b")
# (Only where a match starts is used. The comma or space leads, as one class,
# and a lookbehind picks its alternatives: re then skips ahead in C to the
# next comma or space instead of trying every alternative at every position.)
_CONTENT_STOP = re.compile(rf"[,\s](?:(?<=,)(?:{_STOP_AFTER_COMMA})|(?<=\s){_STOP_AFTER_SPACE})")
# Verb forms that are as often nouns ("a report", "his comments", "the state").
_AMBIGUOUS = set(
    """note notes report reports claim claims plan plans show shows post posts
    state states comment comments estimate estimates charge charges voice voices
    doubt doubts fear fears hope hopes promise promises stress pledge pledges vow vows
    tweet tweets counter counters reply replies remark remarks joke jokes quip quips
    find finds view views concern concerns call calls want wants demand demands attack
    attacks question questions support supports back backs slams blasts cites""".split()
)


# A document's making by someone: "released Sunday by", "conducted by".
_MAKING = r"released|compiled|conducted|published|commissioned"
_DOCUMENT_MADE = r"(?:" + _MAKING + r")\s+(?:\w+\s+){0,2}?by"
# The nouns of documents that name their maker after "by" ("a poll by ...").
_MADE_DOCUMENTS = r"records|polls?|surveys?|study|studies|reports?|data|analysis|figures|results"
# A document as the subject of a cue that is as often a noun, which makes it
# the verb: "..., records show.", "A Fox News poll shows Sanders with 47
# percent" (not "the show", "his reports"); group 2, what follows the
# document's noun ("A video [of the episode] shows", "A poll [out this
# week] shows", "Polls [there] show"), is for "show" alone
# ("videos of the 1960s remark" is a noun's). "Data" or "Research" capitalised
# after a word is a name's: "Dimension Data calls" is a company's.
_DOCUMENT_SUBJECT = re.compile(r"\b(records|polls?|data|figures|documents|numbers|surveys?|studies|"
                               r"study|reports?|estimates|statistics|results|filings|emails|polling|"
                               r"research|analysis|census|reviews?|audits?|videos?|footage|average)"
                               r"(\s+(?:of|by|from|for|in|on|out|there|" + _DOCUMENT_MADE + r")\b[^,;:]*)?$",
                               re.I)
# A document, its maker after "by" and the maker's words, before the verb's
# source found at the maker's last words: "A national poll released Sunday by
# The Washington Post and [ABC News] shows", "exit polls conducted by Edison
# Research for ... and [television networks] show": the source is the
# document's phrase whole.
_DOCUMENT_BY_MAKER = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|the|a|an|new|recent|national|exit|early|latest|results\s+of)\s+){0,5}"
    r"(?:" + _MADE_DOCUMENTS + r")\s+" + _DOCUMENT_MADE + r"\s+[^,;:.!?]*$")

# A document with its maker after "by", opening a source phrase: the maker's
# name makes the phrase long, not a clause ("..., a study by the Council of
# the Great City Schools found.", "..., Federal Election Commission records
# compiled by the Center for Responsive Politics show.").
_DOCUMENT_BY = re.compile(
    r"(?:[\w'’.&-]+\s+){0,5}?(?:" + _MADE_DOCUMENTS + r"|estimates|audits?|reviews?)\s+"
    r"(?:(?:" + _MAKING + r"|kept)\s+(?:\w+\s+){0,2}?)?by\s")


def _document_subject(phrase: str, low: str) -> bool:
    """Whether ``phrase`` is a document, making the ambiguous cue ``low`` a
    verb that agrees with it: "A Fox News poll shows", "Some reports claim",
    "A video of the episode shows" (not "a research note", a noun)."""
    doc = _DOCUMENT_SUBJECT.search(phrase)
    if (doc is None or doc.group(2) is not None and low not in ("show", "shows")
            or doc.start(1) > 0 and doc.group(1) in ("Data", "Research")):
        return False
    noun = doc.group(1).lower()
    plural = noun.endswith("s") and noun not in ("analysis", "census")
    return noun == "data" or plural != low.endswith("s")


_DET_OR_BE = set(
    """a an the these those his her their its our my your some any no every
    each is was are were be been being so-called""".split()
)


_PREV_WORD = re.compile(r"([\w'’-]+)\s+$")
# Idioms holding a cue word, set off by a comma, that report nothing: "All
# told, the group ..." (in all; not "They all told reporters that ...").
_IDIOM_BEFORE = {"told": ("all",)}
# Cue words that the word before makes no cue, comma or not: "The so called
# “Implementation Initiative”" (an unhyphenated "so-called"), "(pun intended)",
# "assistant secretary of state", "head of state" (a noun after "of").
_NOT_CUE_AFTER = {"called": ("so",), "intended": ("pun", "no"), "state": ("of",), "states": ("of",)}
# A sentence opened by "That said," or "That being said,": up to the cue.
_THAT_SAID = re.compile(r"[(\s]*[Tt]hat\s+(?:being\s+)?")
# Cue words that the next word makes another verb, or no verb: "showed up in
# Portland", "reported from Los Angeles" (a dateline), "adding to his
# victories", "pledged delegate(s)", "charged with assault". (None of these is
# a cue in PolNeAR train; "did not respond to" is one.)
_NOT_CUE_BEFORE = {
    **dict.fromkeys(("show", "shows", "showed", "showing"), ("up",)),
    **dict.fromkeys(("report", "reports", "reported", "reporting"), ("from",)),
    **dict.fromkeys(("add", "adds", "added", "adding"), ("to",)),
    "pledged": ("delegates", "delegate"),
    **dict.fromkeys(("backed", "backs", "backing"), ("out", "down", "off")),
    "charged": ("with",),
    # nouns: "carried little mention of them", "talk of a deal"
    **dict.fromkeys(("mention", "mentions", "talk", "talks"), ("of",)),
}
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Verbs of report right after a word of _AMBIGUOUS make it a noun, their
# subject's head: "the congressional [report] said", "a new [report] finds",
# "his [comments] suggested" (a verb is followed by its object or clause,
# not by another verb of report).
_REPORT_VERB_AFTER = frozenset("""said says stated found finds concluded concludes showed shows
    noted notes added adds read reads warned warns argued argues suggested suggests
    claimed indicated indicates revealed reveals""".split())
# Cue words that report only before speech: "continue" before a word that is
# no cue ("continue to invest billions", "continue her momentum"; not
# "continue to warn", "Prager continues, “...”"), and "states" as a verb
# ("the ad states:", "It states that the court ..."; not "Rust Belt states
# that have suffered", "primary states to help").
_CONTINUE = frozenset({"continue", "continues", "continued", "continuing"})
_NP_AFTER_THAT = re.compile(r"\s+that\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|this|these|those|he|she|"
                            r"they|it|we|there|all|some|many|most|no|every|each|both|any|none)\b)")
# "find" before a reflexive ("found himself in a muddy battle") and "found" as
# "establish" ("helped found EDGE", "to found a party") report no finding;
# "maintain" reports only before a clause ("maintained that", "maintains they").
_FIND = frozenset({"find", "finds", "found", "finding"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "yourself",
                         "ourselves", "oneself"})
_FOUNDED_BY = re.compile(r"\b(?:help|helps|helped|helping|to)\s+found$")
_MAINTAIN = frozenset({"maintain", "maintains", "maintained", "maintaining"})
_CLAUSE_OPENERS = frozenset({"that", "he", "she", "they", "it", "we", "i", "there"})
# A cry before a time or a reason ("Fans screamed as the band walked on",
# "The crowd shouted when he arrived") reports no words, only noise.
_CRIES = frozenset("""shout shouts shouted shouting yell yells yelled yelling
screamed screaming chanted chanting""".split())
_ADVERBIAL_OPENERS = frozenset({"when", "whenever", "as", "while", "after", "before", "until", "once",
                                "because"})
# ... nor after a modal or "to": what may be done, not what was ("you can't yell").
_MODAL_BEFORE = re.compile(r"\b(?:can['’]t|cannot|can|could|couldn['’]t|would|will|won['’]t|"
                           r"should|shouldn['’]t|must|to)\s+$")


_TOKEN = re.compile(r"\S+")


_ABBREV = re.compile(r"(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.")


_SOURCE_STOP = {"who", "in", "on", "during", "at", "after", "before", "while", "when",
                "as", "of", "about", "to", "that", "and", "but", "adding", "saying", "which",
                "noting", "referring", "according", "speaking", "told", "said", "says"}
_LAST_TOKEN = re.compile(r"[\w'’-]+$")


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "you", "it"}
_FUNCTION_WORDS = set(
    """of to in on at for with by from the a an and or but than what whether if is was
    are were be been not it's its his her their our my your this these those also""".split()
)


_AUX = set(
    """would will can could should may might must did does do is was are were has have
    had be been""".split()
)


# "She went on:" / "He began by saying," right before a quote.
_INTRO = re.compile(
    r"(?<![\w’'-])(?P<cue>[A-Za-z’'-]+)(?P<p>:|,)$"
)
# A word of a source noun phrase (not a conjunction).
_SRC_WORD = r"(?!(?:that|and|but|or|when|if)\b)[\w.'’-]+"
# "“...,” some protesters chanted." / "“...,” read one." after a quote.
# The source may carry an appositive ("Murphy, the head of Right to Rise USA,
# Tweeted"), the cue may be capitalised as in a tweet, and an adjunct may
# follow it ("chanted, three days after ...").
_OUTRO = re.compile(
    r"\s+(?P<src>(?:[A-Z][\w.'’-]*|he|she|they|we|I|it|one)(?:,?\s+" + _SRC_WORD + r"){0,10}?"
    r"|(?:some|many|the|a|an|his|her|their)(?:,?\s+" + _SRC_WORD + r"){1,10}?),?"
    # (a passive's auxiliary is no part of the source: '“...,” he is quoted as saying')
    r"(?:\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been))?\s+"
    r"(?P<cue>(?:quoted|reported)\s+as\s+saying"
    r"|(?!(?:has|is|was|his|this|its|news|does|as|us|yes|less|boss)\b)[a-z]+(?:ed|s)|said|told"
    r"|Tweeted|wrote|read|put it|went on)\b"
    r"(?:,?\s+[\w.'’()-]+){0,12}?\s*[.!?]"
)
# "“...,” scoffed Arianna Gil, 22, who ...", "“...,” reads a Wednesday editorial"
_OUTRO_INVERTED = re.compile(
    r"\s+(?P<cue>[a-z]+ed|[a-z]+s|read)\s+(?P<src>(?:[A-Z][\w.'’-]*|(?:a|an|the|one)(?=\W))"
    r"(?:\s+(?!who\b|which\b|that\b)[\w'’-]+|\s+[A-Z][a-z]?\.){0,8})(?=\s*[,.;!?]|$)"
)


_NAME_AFTER = re.compile(
    r"[\s,]*(?P<src>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|he|she|they|we|I)\s+"
    r"(?P<verb>[a-z]+)\b"
)


# (not "so called": "The so called “Implementation Initiative”" names, no one speaks)
_INTRO_VERB = re.compile(r"(?<![\w’'-])(?<!\b[Ss]o )(?P<cue>[a-z]+)(?P<p>)$")


# A newsletter's credit after a quote: '“...” [HuffPost.]'
_BRACKET_SOURCE = re.compile(r"\s*(?P<cue>\[(?P<src>[A-Z][^\]\n]{0,40}?)\.?\])")
_GAP_STOP = set(
    """and but or so when as after before while if because then that which who what
    how why where is was are were to of in on at for with by from than not also""".split()
)
_NAME_OR_PRONOUN = re.compile(
    r"\b(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|they|we|I|it|who)\b"
)
# A dash aside closing a text, from its opening dash (source_before._dash_aside_start
# adds the white space before it: a leading \s* would make re try every position).
_DASH_ASIDE = re.compile(r"[—–\s](?:(?<=[—–])|(?<=\s)--?\s)[^—–]{3,120}(?:[—–]|\s--?)$")
# A credit line after a quote: '“...” — Bernie Sanders' or, on the next line,
# '- President Obama'.
_DASH_SOURCE = re.compile(
    r"[ \t]*\n?\s*(?P<cue>—|–|--?)[ \t]*"
    r"(?P<src>[A-Z][\w.'’-]*(?:[ \t]+[A-Z@(][\w.'’@)-]*){0,4})(?=[ \t]*(?:[,.;\n]|$))"
)
_HEADLINE = re.compile(r"(?P<name>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*"
                       # (a group named in sentence case: "Clinton camp: Trump's ...")
                       r"(?:\s(?:camp|campaign|aides|allies|officials|lawyers|spokes(?:man|woman)))?)"
                       r":\s+(?=\S)")
# A number after such a label is a tally, not words: "Hillary Clinton: 1,769.", "Pledged: 781.";
# so are a handle, an e-mail or web address ("Twitter: @Milbank", "EMAIL: fitcity@nytimes.com").
_TALLY = re.compile(r"[$€£]?[\d.,]+\s*(?:%|percent)?|@\w+|[\w.+-]+@[\w.-]+|https?://\S+|www\.\S+")
# Newsroom labels before a colon: no one speaks ("Contributing: Nicole Gaudiano",
# "BYLINE: Amber Phillips", "The Latest: Sanders wins Minnesota", "Breaking: ...",
# "UPDATE: 5/12 — ..."); compared in lower case, curly apostrophes straightened.
_EDITORIAL_LABELS = frozenset({
    "contributing", "contributors", "byline", "by", "email", "e-mail", "editor's note", "note",
    "correction", "corrections", "clarification", "update", "updated", "updates", "breaking",
    "breaking news", "developing", "just in", "exclusive", "revealed", "just leaked",
    "bombshell", "boom", "wow", "look", "watch", "busted", "video", "photos", "related",
    "read more", "see also", "the latest", "live", "so",
    # a feature's kind opening its title: "Profile: David Miliband", "DVD review: ..."
    "profile", "review", "dvd review", "preview", "obituary", "analysis", "q&a", "at a glance",
    "timeline", "factfile", "viewpoint", "in pictures",
    # a match report's team sheet: "Subs Not Used: Eboue, Taylor.", "Replacements: ..."
    "subs", "subs not used", "substitutes", "replacements", "backs", "forwards", "result",
    "results", "scorers", "scorer", "goals", "booked", "sent off", "referee", "attendance",
    "att", "ref", "team", "squad", "line-up", "lineup",
})


# A sentence's end: a title's dot ends none ("''For me,'' Mr. Bruner
# concluded, ''...''": the source of both parts is "Mr. Bruner", not
# "Bruner"; "Dr." is left out, as it also closes a street's name)
_SENT_END = re.compile(r"[.!?]" + _NOT_AFTER_TITLE_DOT + r"[\"”’']*\s+(?=[\"“‘']*[A-Z])")


# The marks of a line that is no heading: a sentence's end or a quote's
# (the full stop first, which most lines hold).
_SENTENCE_MARKS = (".", "?", "!", "\"", "“", "”", ":", "…", "''")
# A new clause with its own speaker inside a would-be content: "..., and
# Clinton said", "; the senator told".
_NEXT_CLAUSE_VERBS = ("said", "says", "say", "told", "added", "wrote", "asked", "replied", "responded",
                      "argued", "noted", "want", "wanted")
_NEXT_CLAUSE_CUE = re.compile(
    # (",", ";", " and", " but", " while": the mark or space leads, as in
    # _CONTENT_STOP; a mark may close a quote: 'shouted, “Cruz,” Beck said'.
    # A point inside a sentence is a title's or an initial's, no clause break:
    # "satisfied with Mr. Obama's presidency and 60 percent said" ends at "and")
    r"[,;\s](?:(?<=[,;])[”\"]?|(?<=\s)\s*(?:and|but|while|whereas|compared\s+(?:with|to)))\s+"
    r"(?:(?:the|a|an|other|some|many|most|several|both|all|few|his|her|their|its|our|two|three|"
    r"four|five|six|seven|eight|nine|ten|about|nearly|almost|roughly|only|just|\d[\d,.]*%?|"
    r"[A-Z][\w.'’-]*|he|she|they|we|I)(?:\s+|,\s+who\s+))"
    # ("..., and Sanders, who says it's ...": a relative clause of its own;
    # "compared with four in 10 who said": a poll's share of its own)
    r"(?:(?!that\b|who\b|which\b)[\w.'’-]+(?:\s+|,\s+who\s+)){0,4}(?:who\s+)?"
    r"(?:" + "|".join(_NEXT_CLAUSE_VERBS) + r")\b"
)
# Any of those verbs, after white space and before a word's end: only content
# holding one is searched for _NEXT_CLAUSE_CUE, each of whose matches holds
# one so (one scan in C, not a substring test per verb; the verbs factored by
# their first letters, which re otherwise tries one by one; the white space
# leads, so re skips ahead in C to the next one, not to every "s", "t", "a",
# "w", "r" and "n").
_NEXT_CLAUSE_VERB_ANYWHERE = re.compile(r"\s(?:" + _trie_pattern(list(_NEXT_CLAUSE_VERBS)) + r")\b")


_SHORT_TITLE = re.compile(r"(?:“|\"|'')[^“”\"\s]+(?:\s[^“”\"\s]+){0,4}(?:”|\"|'')")


_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:(?:In|On|At|During|After|Before|Since|Last|This|Earlier|Later|For|With|"
    r"When|While|As|Although|Though|If|Because|Speaking|Asked|Meanwhile|However|Still|Among|"
    r"Now|Then|Instead|Also|Once|Until|Despite|Amid|Following|Like|Unlike|"
    r"Under|Throughout|Without|By|From|Given|Even|Shortly|Recently|Finally|Previously|"
    r"Ultimately|Initially|Separately|Additionally|Currently|Eventually|Originally|"
    r"Subsequently|Similarly|Notably|Publicly|Privately|Immediately|Apparently|Clearly|"
    r"Ironically|Personally|Politically|Historically|Typically|Generally|Usually|Early|Late|"
    r"Nevertheless|Nonetheless|Moreover|Furthermore|Indeed|Otherwise|Therefore|Thus|Besides|"
    r"Elsewhere|Overall|Again|Yesterday|Today|Tonight|Tomorrow|Already|Afterward|Afterwards|"
    r"Likewise|Consequently|Accordingly|Specifically|Nationally|Nationwide|Statewide|Anyway|"
    r"Regardless|Hence|Often|Sometimes|Perhaps|Maybe|Soon|"
    # sentence adverbs by their endings ("Worryingly", "Locally"; not "Kelly", "Sally")
    r"[A-Z][a-z]{2,}(?:ingly|ally|ously|ately|edly|ively|ently|antly|fully|ably|ibly))\b"
    r"[^,]{0,80},\s*"
    r"|(?:But|And|So|Yet|Still|Now|Then)\s+)"
)
# A conjunction opening the sentence ("And he continued on, mocking ...":
# only "And" is skipped, then any adverbial after it).
_OPENING_CONJUNCTION = re.compile(r"\s*(?:But|And|So|Yet|Or|Nor)\s+")
_OPENING_ADVERBIAL_ANYCASE = re.compile(_OPENING_ADVERBIAL.pattern, re.IGNORECASE)
# A participial or adjectival opener: "Appearing before supporters, ...".
# (Not "Retired Gen. John Allen, who ..., said": a title, not a participle.)
_OPENING_PARTICIPLE = re.compile(r"\s*(?!Retired\b)[A-Z][a-z]+(?:ing|ed)\b[^,]{0,80},\s*")
# An opening chunk that is no subject, before the one that is: "Hours later,
# Trump ...", "Weighing in on the discussion, Huckabee ...", "Back in 1999, ...",
# "Here in Columbia, Sanders ...".
_OPENER_CHUNK = re.compile(
    r"\s*(?:(?:(?!Retired\b)[A-Z][a-z]{3,}(?:ing|ed)|To|Absent|Back|Again|Overall|Likewise|Moreover|Just|"
    r"(?:More|Most)\s+recently|That\s+said|(?:Here|There)(?=\s+(?:in|at|on)\b))\b[^,]{0,80}"
    r"|(?:[\w-]+\s+){0,3}(?:later|ago|earlier)"
    r"|(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:day|week|month|year|night|morning|evening)(?:\s+(?:before|after|earlier))?)"
    r",\s*(?=[A-Z]|(?:he|she|they|we|former|retired|the|an?|at|in|on|during)\b)"
)
# A place or an occasion after an opening chunk: "The day before, [at a rally
# in Beaumont, Tex.,] Mr. Trump was just as blunt" (a state's abbreviation kept).
_PLACE_CHUNK = re.compile(r"\s*(?:at|in|on|during)\s[^,]{0,60},\s*(?:[A-Z][a-z]{1,4}\.,\s*)?(?=[A-Z])")
# The end of a sentence's first chunk, before an aside ("X, who ..., said").
_ASIDE_SEP = re.compile(r"\s*(?:,|[—–]|\s--?\s|\()\s*")
# A new clause among the asides: "..., and Clinton, the nominee, said".
_NEW_CLAUSE = re.compile(r"[;:“”\"]|''|,\s+(?:and|but|or|so)\s")


_VERBISH = {"is", "are", "was", "were", "has", "have", "had", "says", "said", "told",
            "took", "made", "went", "came", "gave", "got", "held", "led", "ran", "won",
            "put", "set", "sent", "spent", "left", "kept", "became", "began", "sought",
            "brought", "thought", "felt", "found", "stood", "struck", "spoke", "wrote",
            "met", "saw", "lost", "paid", "sat", "fought", "built", "chose", "drew", "flew",
            "hit", "knew", "meant", "rose", "sold", "taught", "threw", "heard", "shook", "broke",
            "fell", "drove", "wore", "caught", "bought", "swore", "fled", "forgot", "froze", "grew",
            "hid", "rode", "sank", "shut", "sang", "stole", "stuck", "swam", "tore", "woke"}
_ADVERBIAL_CHUNK = re.compile(
    r"(?:after|before|in|on|at|during|for|with|like|unlike|speaking|asked|meanwhile|"
    r"however|though|too|also|in turn|for example|for instance|of course|once again|"
    r"again|later|earlier|then|now|still|moreover|separately|likewise|who|which|whose|"
    r"(?-i:[a-z]+ing)"
    # an adverb set off alone ("Mr. Trump, almost unilaterally, decided"; not
    # "early results", "nearly two-thirds of voters")
    r"|(?:almost\s+|nearly\s+)?(?-i:[a-z]{3,}ly)(?=\s*(?:,|$))"
    r"|(?:perhaps|often|sometimes)(?=\s*(?:,|$)))\b",
    re.IGNORECASE,
)
# "... and said", "... and instead proposed": a verb coordinated with an
# earlier one, sharing its subject.
_AND_BEFORE = re.compile(
    r"\s(?:and|but)(?:\s+(?:then|instead|later|also|finally|again|even|quickly|do|does|did|"
    r"don't|doesn't|didn't|don’t|doesn’t|didn’t|would|will|could|can|has|have|had|not|never|"
    r"(?-i:[a-z]+ly))){0,2}\s*\[?$", re.IGNORECASE)  # ("and has [hinted](#)": a link)
# The last "who" of a clause ("many who have made commitments but don't want").
_LAST_WHO = re.compile(r"\b(who)\b(?!.*\bwho\b)")
# Words that make a chunk a clause: a subject pronoun or an auxiliary.
_CLAUSE_WORDS = re.compile(
    r"\b(?:he|she|they|we|I|it|is|was|were|are|has|had|have|did|does|would|will|could)\b")
# A closing parenthetical after a name: a party label or a state, or an aside
# ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken
# for a junior staffer) says").
_PAREN_END = re.compile(r"\s*\([^()\n]{1,160}\)$")
# A chunk ending with a subject pronoun: "in which he", "after she".
# A name closing an adverbial relative clause: "in which [Trump]", "at which [Sen. Cruz]".
_NAME_AFTER_RELATIVE = re.compile(r"\b(?:which|whom|where|when)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)$")
# (or such a name: "..., in which Trump declared")
_ENDS_WITH_SUBJECT = re.compile(r"\b(?:he|she|they|we|I|it)$|" + _NAME_AFTER_RELATIVE.pattern)
# An adverb between a subject and its verb ("strongly", "later"), not a noun
# or an adjective in -ly ("a Clinton ally said", "the family said", "the
# deadly attacks", "early results show").
_PRE_VERB_ADVERB = (r"(?:(?!(?:ally|family|rally|assembly|supply|monopoly|bully|fly|homily|tally|"
                    r"folly|belly|deadly|early|only|likely|unlikely|daily|weekly|monthly|yearly|"
                    r"nightly|quarterly|elderly|friendly|costly|lonely|lovely|ugly|holy|silly|"
                    r"orderly|timely|lively|cowardly|scholarly|worldly)\b)[a-z]{3,}ly|also|"
                    r"further|then|later|often|never|always|still|already|even|just|once|again|soon)")
# A verb right after a subject, or after its adverb: "ignored", "has", "was",
# "says", "later referred".
_VERB_NEXT = re.compile(
    rf"\s+(?:{_PRE_VERB_ADVERB}\s+)?"
    r"(?:[a-z]+ed|[a-z]+[^s\W]s|has|had|have|is|was|are|were|will|would|could|can|did|does|"
    r"took|made|went|came|gave|got|held|led|ran|won|put|set|sent|spent|left|kept|became|"
    r"began|sought|brought|thought|felt|found|stood|struck|spoke|wrote|told|said)\b")
# A relative clause's pronoun at the start of a clause.
_RELATIVE_START = re.compile(r"\s*(who|which|that)\b")
# Subordinate clauses set off by commas between a source and its cue:
# "Powell's office, when contacted by Reuters, said".
_SUBORDINATORS = {"when", "while", "if", "although", "though", "because", "since", "as",
                  "after", "before"}
# ... when that clause has no subject: "when contacted", "while speaking", "if asked".
_VERBLESS_CLAUSE = re.compile(r"(?-i:[a-z]+(?:ed|ing)|asked|told|reached|contacted)\b")
# An appositive after a name: "X, the city's deputy manager," / "X, a lawyer," /
# "X, 32," / "X, R-Fla.," / "X, director of ...,": a determiner, a possessive,
# an age, a party label or a title.
_APPOSITIVE = re.compile(
    r"(?:the|a|an|\d{1,3}\b(?!%)|[A-Z][\w.-]*['’]s\b|(?-i:[RDI]-[A-Z])|(?-i:(?:former|director|"
    r"spokes\w+|president|chairman|chairwoman|chair|head|professor|founder|co-founder|leader|"
    r"member|editor|author|chief|secretary|adviser|advisor|aide|analyst|manager|executive|"
    r"senior|deputy|assistant|fellow)\b))\s*", re.IGNORECASE)
# A personal or organisation name: capitalised words (with initials, "Jr.",
# "of", "Rep.") -- no verb, no lowercase content word.
_PROPER_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:of|de|van|von|the|[A-Z][\w.'’-]*)){0,5}")
# Verbs that report speech in the inverted order "..., said X." (not verbs of
# thought or verbs taking an object).
_REPORTING = set(
    """said says say told tells added adds wrote writes noted notes argued argues explained
    explains asked asks insisted insists warned warns claimed claims recalled recalls
    continued continues replied replies responded responds acknowledged concluded declared
    predicted suggested observed stated countered conceded complained""".split()
)


# Other verbs that put their source after them, closing the sentence: "...,
# reports The New York Times.", "..., concludes a study by Harvard.", "...,
# admits the chief executive." (kept out of _REPORTING, which also marks a
# verb inside a would-be noun phrase: "news reports" is one).
_INVERTED_TOO = frozenset(
    """reports reported admits admitted suggests acknowledges declares predicts observes
    counters concedes complains stresses stressed confirms confirmed cautions cautioned
    emphasizes emphasised emphasises""".split()
)


_SOURCE_END = re.compile(r"\s*(?:[.!?;,]|$|\s(?:in|on|at)\s)")


_ADVERBIAL_OPENER = re.compile(
    r"(?:In|On|At|During|After|Before|When|While|Since|Asked|Speaking|For|With|From|As|"
    r"Throughout|Over|Under|Without|Despite|Like|Unlike|By)\b"
)


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$")


_ASKED = r"(?:asked|pressed|questioned)"
_TAIL_STOP = re.compile(
    # As _CONTENT_STOP, and a clause of time before a participle ("after
    # meeting", "by saying") or a question ("when asked", "if pressed").
    # (Only where a match starts is used. After a space, the words are
    # grouped by their first letters, _STOP_AFTER_SPACE's with them: at the
    # many spaces before other words each group fails at its first letter.)
    # (The lookahead rules out at once the comma or space a match cannot
    # start at: after a comma comes white space, after a space more white
    # space or the first letter of a group, a, b, i or w.)
    rf"[,\s](?=[\sabiw])(?:(?<=,)(?:{_STOP_AFTER_COMMA})|(?<=\s)\s*"
    rf"(?:a(?:ccording to|nd\s+{_AND_CUES}"
    rf"|fter\s+(?:[a-z]+ing|{_ASKED})|s\s+{_ASKED})"
    rf"|b(?:efore\s+(?:[a-z]+ing|{_ASKED})|y\s+[a-z]+ing)"
    rf"|wh(?:ile|en)\s+(?:[a-z]+ing|{_ASKED})|if\s+{_ASKED})\b)"
)


# Where a clause of its own begins, right before its subject: ", although ",
# "; ", ", and ", " but ".
_CLAUSE_BEFORE = re.compile(
    # (", which he said ...": a relative clause with a subject of its own, too)
    r"(?:[,;]\s*(?:and|but|while|although|though|whereas|yet|which|where|when|after|before)?"
    r"|\s(?:and|but|while|although|whereas|(?P<reason>as|because)))\s+$"
)
# The same with a time or linking adverbial before the subject: ", but late
# Saturday [he] announced", "; hours later, [she] issued", ", as [he] explained".
_WEEKDAY = r"(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day"
_CLAUSE_BEFORE_ADVERBIAL = re.compile(
    r"(?:[,;]\s*(?:and|but|yet|while|although|though|as)?|\s(?:and|but|as))\s+"
    rf"(?:{_WEEKDAY}|late|early|last|this|next|"
    r"on|hours|days|weeks|months|minutes|moments|later|earlier|then|now|also|instead|meanwhile|"
    r"night|morning|afternoon|evening|week|month|year)"
    rf"(?:,?\s+(?:{_WEEKDAY}|later|earlier|night|"
    r"morning|afternoon|evening|week|month|year|then)){0,2},?\s+$"
    r"|,\s+as\s+$"
)
# A relative clause's antecedent after a comma: ", radicals who ...", "; and many voters who ...".
_ANTECEDENT_BEFORE = re.compile(r"[,;]\s+(?:and\s+|but\s+)?(?:[\w'’-]+\s+){1,4}$")
_PRIORITY = {"post_quote": 0, "pre_quote": 1, "according": 2, "post_clause": 3, "pre": 4,
             "question_asked": 5}
# (one leading class, lookbehinds pick the branch: see _SENTENCE_MARK)
_OPEN_QUOTE = re.compile(r"[“\"'](?:(?<=“)|(?<=\")(?<!\w.)(?=\w)|(?<=')(?<!\w.)'(?=\w))")


_OBJECT_ONLY = set(_SPEECH_EXTRA.split("|")) - _REPORTING - {
    "insists", "insisting", "acknowledges", "contends", "contended", "conceded", "told",
    "reminded", "reminds", "assured", "reassured", "informed", "predicts", "emphasized",
    "vowing", "pointed out", "points out", "point out", "pointing out",
    "shot back", "shoots back", "fired back", "fires back", "hit back", "hits back"}
# After a parenthetical cue (", he added,"): the sentence's verb phrase resumes.
_PARENTHETICAL_END = re.compile(
    r"\s*,\s+(?=(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|"
    r"must|does|did|do|remains?|seems?|needs?|wants?|now|also|still|only|not|never)\b)"
)


_COORDINATED = re.compile(r"(?:^|,\s+)((?:a|an|the|one|two|three|some|several)\s+[^,]{1,40}?),\s*$")


# (the word leads, a lookbehind standing for the \b before it: re finds
# "that" in C instead of trying a \b at every position)
# "that" pointing at a time, no clause: "he said in his victory speech that
# night", "plans to meet him that day" (not "said that night fell").
_THAT = re.compile(r"that\b(?<!\wthat)(?!\s+(?:night|day|morning|evening|afternoon|week|weekend|"
                   r"month|year)\b(?!\s+(?:was|is|had|has|would|will|could)\b))")
_DAY_AFTER_CUE = re.compile(r" (?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                            r"(?: (?:morning|afternoon|evening|night))?(?=,? )")
# "told CNN('s Jake Tapper) (Sunday) he would": the addressee, then a clause.
_TOLD_WHOM = re.compile(r"( (?:reporters|journalists|(?:[Tt]he )?[A-Z][\w.&-]*(?:['’]s)?"
                        # (and the people of a name: "Labour members", "Trump supporters")
                        r"(?: [A-Z][\w.&-]*(?:['’]s)?)*(?: [a-z]+(?:ers|ors|ists|ans|bers))?)"
                        r"(?: (?:on )?[A-Z][a-z]+day)?),? "
                        r"((?:he|she|they|it|we|I|there)\b)")


_CONTENT_LEAD = re.compile(r"[\s,:—–-]*")


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
# A time between a subject set off by commas and its verb: "Glenn Beck, who
# ..., on Friday declared" (the comma stays: the subject is set off before it),
# or closed by a party label: "Dianne Feinstein (D-Calif.) last week said" (the
# label stays: the rules for labels drop it).
_SET_OFF_THEN_TIME = re.compile(rf"[,)]\s+(?:on\s+{_WEEKDAY}|(?:last|this)\s+(?:week|month|year|night)"
                              r"|yesterday|today)\s*$")

# A dateline opening a paragraph: "WASHINGTON, Dec. 8 (UPI) — ", "NEW YORK (AP) -- ".
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+(?:[A-Z][a-z]{1,8}\.?|[A-Z]\.[A-Z]\.)(?:\s+\d{1,2})?)?"
                       r"(?:\s+\([A-Za-z]+\))?\s*(?:[—–]|--?)\s+(?=\S)")

# A transcript's speaker label in capitals: "WALLACE", "KATE BOLDUAN" (before ":").
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?")
# A pronoun and its verb run together: "he’s", "they've", "I'd".
_CONTRACTED_PRONOUN = re.compile(r"((?i:he|she|it|they|we|you|I))['’](?:s|d|ll|ve|re|m)")

# A thing's name after "called", quoted or in capitals: 'a website called
# Real News Right Now', 'an event called “Politics and Pies”' (read by the
# finder after the cue, :mod:`analysis.attribution.reported`, and by the
# resolver before a relative pronoun, :mod:`analysis.relative_pronouns`).
_CALLED_NAME = (r"“[^”“\n]{1,80}[”“]|\"[^\"\n]{1,80}\"|"
                r"[A-Z0-9][\w’'.&-]*(?:\s+(?:(?:of|the|and|for|de|in|on|to|a)\s+)*[A-Z0-9][\w’'.&-]*)*")

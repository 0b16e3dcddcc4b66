"""Cue verbs for :mod:`analysis.attribution`: verbs of speech and thought,
written out in all their forms, and the one cue pattern built from them
(:data:`_CUE`). Kept apart from :mod:`~analysis.attribution.lexicon` so
the verbs can be read (and extended) in one place.
"""

from __future__ import annotations

import re

# Verbs of speech: (base, third person, past, participle -ing). Written out,
# not inflected by rule, because English spelling makes rules error-prone.
_SPEECH = """
say says said saying|tell tells told telling|add adds added adding|
write writes wrote writing|note notes noted noting|explain explains explained explaining|
argue argues argued arguing|warn warns warned warning|claim claims claimed claiming|
insist insists insisted insisting|announce announces announced announcing|
deny denies denied denying|acknowledge acknowledges acknowledged acknowledging|
conclude concludes concluded concluding|tweet tweets tweeted tweeting|
declare declares declared declaring|suggest suggests suggested suggesting|
report reports reported reporting|recall recalls recalled recalling|
predict predicts predicted predicting|promise promises promised promising|
vow vows vowed vowing|pledge pledges pledged pledging|reveal reveals revealed revealing|
admit admits admitted admitting|confirm confirms confirmed confirming|
complain complains complained complaining|observe observes observed observing|
assert asserts asserted asserting|contend contends contended contending|
emphasize emphasizes emphasized emphasizing|stress stresses stressed stressing|
joke jokes joked joking|quip quips quipped quipping|testify testifies testified testifying|
allege alleges alleged alleging|concede concedes conceded conceding|
boast boasts boasted boasting|lament laments lamented lamenting|
remark remarks remarked remarking|mention mentions mentioned mentioning|
comment comments commented commenting|respond responds responded responding|
reply replies replied replying|state states stated stating|
speculate speculates speculated speculating|counter counters countered countering|
retort retorts retorted retorting|estimate estimates estimated estimating|
charge charges charged charging|voice voices voiced voicing|
maintain maintains maintained maintaining|agree agrees agreed agreeing|
continue continues continued continuing|ask asks asked asking|
urge urges urged urging|wonder wonders wondered wondering|
exclaim exclaims exclaimed exclaiming|shout shouts shouted shouting|
post posts posted posting|indicate indicates indicated indicating|
caution cautions cautioned cautioning|hint hints hinted hinting|
show shows showed showing|find finds found finding|
reiterate reiterates reiterated reiterating|yell yells yelled yelling|
"""
# The passive of British papers, the cue of the one quoted: "he is quoted as
# saying", "Charles Clarke has been quoted as telling Labour members".
_PASSIVE_CUES = frozenset({"quoted as saying", "reported as saying", "quoted as telling"})
_SPEECH_EXTRA = (
    "pointed out|points out|point out|pointing out|referring to|referred to|refers to|"
    "called for|calls for|calling for|called on|calls on|calling on|spoke about|"
    "talked about|talking about|pointed to|points to|pointing to|accused|accuses|accusing|"
    "criticized|criticizes|criticizing|criticised|praised|praises|praising|"
    "blamed|blames|blaming|defended|defends|defending|endorsed|endorses|endorsing|"
    "supported|supports|supporting|opposed|opposes|opposing|rejected|rejects|rejecting|"
    "attacked|attacks|attacking|blasted|blasts|blasting|slammed|slams|slamming|"
    "mocked|mocks|mocking|questioned|questions|questioning|dismissed|dismisses|dismissing|"
    "described|describes|describing|characterized|characterizes|characterizing|"
    "characterised|called|calls|calling|cited|cites|citing|"
    "welcomed|welcomes|condemned|condemns|condemning|denounced|denounces|denouncing|"
    "backed|backs|backing|urged|urges|urging|applauded|touted|touts|touting|hailed|"
    "demanded|demands|demanding|sought|seeks|seeking|proposed|proposes|proposing|"
    "contends|contended|deems|deemed|assured|assures|reassured|conceded|"
    "recommended|recommends|lambasted|decried|ridiculed|thanked|accepted|"
    "signaled|signalled|signals|acknowledges|expressed|expresses|expressing|"
    "highlighted|highlights|emphasized|predicts|vowing|threatened|threatens|"
    "refused|refuses|declined|declines|agreed to|pushed for|pushes for|pushing for|"
    "told|informed|reminded|reminds|assured|insists|insisting|"
    "chanted|chanting|screamed|screaming|echoed|"  # (not the nouns "chant", "echo")
    # (nor "fumes", "whispers", "marvels": the nouns)
    "recounted|recounts|recounting|interjected|interjects|mused|muses|clarified|clarifies|"
    "opined|opines|elaborated|elaborates|chided|chides|bragged|brags|bragging|whispered|"
    "surmised|surmises|marveled|marvelled|thundered|sniped|gushed|groused|fumed|"
    "emailed|e-mailed|repeated|repeats|discussed|discusses|"
    "shot back|shoots back|fired back|fires back|hit back|hits back|"  # replies
    # making a view plain, hinting at it, charging at someone, passing a post on
    "made it clear|makes it clear|making it clear|made clear|makes clear|making clear|"
    "implied|implies|implying|assailed|assails|assailing|railed against|rails against|"
    "railing against|retweeted|retweets|retweeting|repeating|"
    # naming a thing, rebuking or disowning (not the nouns "rebukes" and
    # "references": "drew rebukes from the Pentagon"; nor "portrayed" and
    # "laid out", a film's or an actor's, a plan's "well laid out" as often)
    "referencing|referenced|"
    "lashed out at|lashes out at|lashing out at|took aim at|takes aim at|taking aim at|"
    "proclaimed|proclaims|proclaiming|excoriated|castigated|berated|derided|derides|"
    "rebuked|rebuking|disavowed|disavows|disavowing|decrying|decries|"
    # objecting to a claim, waving it away (not "brushed aside", a team beaten)
    "took issue with|takes issue with|taking issue with|brushed off|brushes off|brushing off|"
    + "|".join(sorted(_PASSIVE_CUES))
)
# Verbs of thought and intention: PolNeAR counts these as attributions too.
_THOUGHT = """
think thinks thought|believe believes believed|feel feels felt|hope hopes hoped|
fear fears feared|know knows knew|worry worries worried|doubt doubts doubted|
expect expects expected|realize realizes realized|assume assumes assumed|
suspect suspects suspected|understand understands understood|learn learns learned|
want wants wanted|plan plans planned|intend intends intended|
decide decides decided|consider considers considered|
hoping|fearing|expecting|believing|
"""
# Cues whose content may also stand before them without a source nearby:
# keep them from starting a clause-initial attribution of their own.
_WEAK_POST_ONLY = {"continued", "continues", "agreed", "agrees"}


def _words(block: str) -> list[str]:
    return [w for w in re.split(r"[\s|]+", block) if w]


_SPEECH_WORDS = _words(_SPEECH) + _SPEECH_EXTRA.split("|")


_THOUGHT_WORDS = _words(_THOUGHT)


# (not the passive "quoted as saying": a verb phrase of its own)
# (with the participles of thought: "..., hoping to deprive him of delegates")
_PARTICIPLES = {w for w in _SPEECH_WORDS + _THOUGHT_WORDS
                if w.endswith("ing") and w not in _PASSIVE_CUES}
# Phrases opening like a participle: after a comma, one (", calling for ...");
# else a verb of its own ("Sanders has been talking about ...").
_PARTICIPLE_PHRASES = {w for w in _SPEECH_WORDS if " " in w and w.split()[0].endswith("ing")}
_SPEECH_SET = set(_SPEECH_WORDS)


_THOUGHT_SET = set(_THOUGHT_WORDS)


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation factored by common prefixes ("sa(?:y|ys|id|ying)").

    Python's ``re`` tries a flat alternation of hundreds of words one by one at
    every position; the factored form is several times faster on long texts.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longer words first: an optional tail is greedy, so "said" beats "sai".
        return "(?:" + body + ")?" if ends else body

    return walk(trie)


_ACCORDING_TO = ("according to", "According to")
# (capitalised: "Asked" opening a sentence, "Asked whether he would run,
# ...", and a headline's cues in title case, "Trump Says He Will Win")
_CAPITALISED_CUES = ["Asked", "Says", "Said", "Tells", "Calls", "Endorses"]
# "As X put it, ...": a cue of its own words (not in _SPEECH_SET: "put it
# into play" says nothing), a cue only after "as" and its subject: _PUT_IT.
_PUT_IT = ("put it", "puts it")
# "Forbes put his net worth at $45 billion", "Bloomberg pegged him at $2.9
# billion": an estimate's verbs, a cue only before a figure "at" (_AT_FIGURE
# in lexicon; not in _SPEECH_SET: "put the bill to a vote" says nothing).
_PUT_AT = ("put", "puts", "pegs", "pegged")
# A cue word (group "cue"), not inside a word. ("According to" is told from
# the verbs by its words, _ACCORDING_TO: a group of its own, opened and
# closed at every word the scan tries, cost more than the test.)
# ("According to", the capitalised cues, "put it" and "put" go into the
# verbs' trie, not alternatives of their own, which re tried at every word
# the trie had ruled out by its first letter; the trie tries "put it" first.)
_CUE_WORD = (
    r"(?P<cue>"
    + _trie_pattern(sorted(set(_SPEECH_WORDS + _THOUGHT_WORDS + list(_ACCORDING_TO)
                               + _CAPITALISED_CUES + list(_PUT_IT) + list(_PUT_AT))))
    + r")(?![\w'’-])"
)
# (The character before the cue leads the match, as one class, rather than a
# lookbehind: re then skips ahead in C to the next space or mark instead of
# trying the pattern at every letter. _CUE_AT_START takes a cue opening the text.)
# (That character is not an ASCII letter or digit, the class re skips by in C,
# then not [\w'’-] either, as a lookbehind: re tested \w, a Unicode category,
# at every character, a tenth of the scan's time.)
_CUE = re.compile(r"[^a-zA-Z0-9](?<![\w'’-])" + _CUE_WORD)
_CUE_AT_START = re.compile(_CUE_WORD)

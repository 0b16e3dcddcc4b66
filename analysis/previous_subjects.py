"""Whom, named before, a role, an opening phrase or a fragment stands for.

:class:`PreviousSubjectsMixin` gives the resolver of :mod:`analysis.speakers`
(through :class:`analysis.coreference.CoreferenceMixin`, which mixes it in)
the lookups of a person named earlier: the (former) office holder named last
("the former Florida governor") or, for a prominent one, named most often
("the GOP front-runner" ten paragraphs on); the subject of the nearest
sentence naming a person, or the one a "he" before it speaks for ("Adelson
said ... he did say he found Trump 'very charming'": Adelson); the person
named between a source span opening with a phrase of place or time and its
content; and the speaker a clause fragment ("amid", "And") continues.
Written by hand.
"""

from __future__ import annotations

from collections import Counter

from analysis.mentions import _SENTENCE_END, _previous_paragraph_start, _sentence_start
from analysis.role_words import _STRIP
from analysis.unnamed_sources import Resolved

__all__ = ["PreviousSubjectsMixin"]


class PreviousSubjectsMixin:
    """Lookups of the resolver of a person named before.

    Expects ``text``, ``index`` (:class:`analysis.people.ArticleIndex`),
    ``spoken``, ``content`` and the methods ``person`` and ``_apposition_of``
    (:mod:`analysis.named_sources`) of the class it is mixed into.
    """

    def _previous_official(self, start: int, former: bool, office: str | None = None,
                           held: str | None = None, prominent: bool = False,
                           party: str | None = None) -> str | None:
        """The (former) office holder named last in this paragraph or the one
        before; holding ``office`` ("governor"), if given, by the article's
        account. Failing that, if ``prominent``, the one named most often
        before ``start`` ("the GOP front-runner" ten paragraphs on). A candidate
        who held the office ``held`` counts as a former holder ("the former
        Florida governor"). One of another ``party`` than the phrase's is none
        ("the Republican front-runner" is not Bernie Sanders, named last)."""
        index = self.index
        floor = _previous_paragraph_start(self.text, start)
        wanted = "former_official" if former else "official"

        def fits(name: str) -> bool:
            kind = index.person_type(name)
            if former and held and not index.holds_office(name, held, former=True):
                return False  # "the former president" is no former governor
            if former and kind == "official":  # a former governor running for president
                kind = "former_official" if held or index.described_as_former(name) else kind
            return kind == wanted and (office is None or index.holds_office(name, office)) and (
                party is None or index.party_of(name) in (None, party))

        for m_start, m_end, name in reversed(index.mentions_in(floor, start)):
            if index.could_be_subject(m_start, m_end, name) and fits(name):
                return name
        if not prominent:
            return None
        counts = Counter(name for _, _, name in index.mentions_in(0, floor))
        ranked = [name for name, _ in counts.most_common() if fits(name)]
        if ranked and (len(ranked) == 1 or counts[ranked[0]] > counts[ranked[1]]):
            return ranked[0]
        return None

    def _previous_subject(self, start: int, fits=lambda name: True) -> str | None:
        """The subject of the nearest sentence naming a person, if that is in this
        paragraph or the one before (and ``fits`` the role that asks)."""
        floor = _previous_paragraph_start(self.text, start)
        name = self.index.previous_person(start, None, self.content)
        if name and any(n == name for _, _, n in self.index.mentions_in(floor, start)):
            subject = self._pronoun_subject_before(floor, start)
            return next((n for n in (subject, name) if n and fits(n)), None)
        return None

    def _pronoun_subject_before(self, floor: int, start: int) -> str | None:
        """The person a "he" or "she" stands for that speaks before any name
        in the last sentence naming someone before ``start`` (from ``floor``):
        that sentence's subject, the names after it its objects ("Adelson said
        ... . While the mega donor didn't disclose ..., he did say he found
        Trump 'very charming.' '...,' the gambling tycoon told Reuters":
        Adelson, not Trump); None otherwise."""
        for s_start, s_end, _, _, res in reversed(self.spoken):
            if s_start < start:
                break
        else:
            return None
        if s_start < floor or self.text[s_start:s_end].lower() not in ("he", "she"):
            return None
        sentence = _sentence_start(self.text, s_start + 1)
        named = [at for at, _, _ in self.index.mentions_in(sentence, start)
                 if not self.index.in_quote(at) and not self.content[0] <= at < self.content[1]]
        if not named or named[0] < s_start or _SENTENCE_END.search(self.text, s_start, named[-1]):
            return None  # (a name before the pronoun, or a later sentence naming someone)
        return res.speaker

    def named_after_opening(self, start: int, content_start: int) -> Resolved | None:
        """The person named last, outside quotes and not as an owner ("Mr
        Peston's book"), between a source span that opens with a phrase of
        place or time and its content after it, in that sentence; None if none."""
        if content_start <= start or content_start - start > 200:
            return None
        names = [(s0, e0, n) for s0, e0, n in self.index.mentions_in(start, content_start)
                 if not self.index.in_quote(s0) and self.text[e0:e0 + 2] not in ("'s", "’s")]
        if not names or _SENTENCE_END.search(self.text, start, names[-1][0]):
            return None
        return self.person(names[-1][2])

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
        floor = _previous_paragraph_start(text, start)
        c_start = self.content[0]
        if 0 <= c_start < len(text) and text[c_start] in "\"“":
            for other_start, other_end, res in reversed(done):
                if other_end <= c_start and res.speaker and res.source_type != "unspecified":
                    return res if other_end >= floor else None
        name = self.index.previous_person(start, None, self.content)
        if name and any(n == name for _, _, n in self.index.mentions_in(floor, start)):
            return self.person(name)
        return None

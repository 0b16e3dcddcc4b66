"""Who is quoted: attributions with resolved speakers, source types and breakdowns.

* :func:`extract_attributions` - one article's attributions
  (:func:`analysis.attribution.find_attributions`) with ``speaker``,
  ``source_type`` and ``anonymous`` (see :mod:`analysis.speakers`).
* :func:`attributions` - the same for a whole articles DataFrame, with
  ``article_id`` (and ``outlet``) first and ``quoted_words``.
* :func:`source_breakdown` - counts, shares and quoted words by source type
  and by anonymous/named, per article, per outlet or for the corpus.
* :func:`speaker_table` - one row per speaker, most quoted first.

Source types (``polnear/SOURCE_TYPES.md``): ``official``, ``former_official``,
``expert``, ``media``, ``organization``, ``public``, ``document``,
``unspecified``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.attribution import ATTRIBUTION_COLUMNS, attribution_columns, attribution_frame
from analysis.attribution.quotes import read_marks
from analysis.coreference import PRONOUN_SOURCES
from analysis.names import canonical_name
from analysis.source_types import SOURCE_TYPES
from analysis.speakers import resolve_columns
from analysis.text import word_count
from analysis.unnamed_sources import DEFAULT_PERSON_TYPE

__all__ = [
    "SOURCE_TYPES",
    "extract_attributions",
    "attributions",
    "SourceBreakdown",
    "source_breakdown",
    "speaker_table",
]

RESOLVED_COLUMNS = ["speaker", "source_type", "anonymous"]
UNKNOWN_GROUP = "(unknown)"  # the group of attributions whose ``by`` value is missing


def extract_attributions(text: str) -> pd.DataFrame:
    """Attributions in ``text`` with their speakers resolved and typed.

    Columns: those of :func:`~analysis.attribution.find_attributions`
    (``kind``, ``content``, ``content_start``, ``content_end``,
    ``content_spans``, ``cue``, ``cue_start``, ``cue_end``, ``source``,
    ``source_start``, ``source_end``; offsets into ``text``, end exclusive),
    plus ``speaker`` (full name when the article names the person, else the
    source as written; None without a source), ``source_type`` (one of
    :data:`SOURCE_TYPES`, None without a source) and ``anonymous`` (boolean,
    NA without a source).
    """
    marked = read_marks(text)  # (read once for the finder and the resolver)
    found = attribution_columns(text, marked)
    found.update(resolve_columns(text, found, marked.quotes))
    return _attribution_table(found)


def _attribution_table(columns: dict[str, list]) -> pd.DataFrame:
    """One frame from the column lists of ``attribution_columns`` and
    ``resolve_columns``, built once (a frame per step costs more than the
    rules on a short article)."""
    return attribution_frame(
        {name: columns[name] for name in ATTRIBUTION_COLUMNS},
        {"speaker": columns["speaker"], "source_type": columns["source_type"],  # dtypes inferred
         "anonymous": _nullable_booleans(columns["anonymous"])})


def _nullable_booleans(values: list) -> pd.api.extensions.ExtensionArray:
    """``pd.array(values, dtype="boolean")``; for True/False/None built
    from its values and mask directly (pandas' coercion cost ~5x more)."""
    # (the values' types gathered in C, and lists read by np.array: cheaper
    # than a generator per value for all(), np.fromiter)
    if not set(map(type, values)) <= _BOOL_OR_NONE:
        return pd.array(values, dtype="boolean")
    return pd.arrays.BooleanArray(np.array([v is True for v in values], dtype=bool),
                                  np.array([v is None for v in values], dtype=bool))


_BOOL_OR_NONE = frozenset({bool, type(None)})


def quoted_words(frame: pd.DataFrame) -> pd.Series:
    """Words a source is quoted with: the content's words for ``direct`` and
    ``mixed`` attributions, 0 for ``indirect`` ones.

    Indirect speech is the journalist's paraphrase, so counting it would
    credit the source with the writer's words. For a quote split by its cue
    (``"A," he said. "B."``) only the ``content_spans`` are counted, not the
    cue between them.
    """
    counts = []
    missing = [None] * len(frame)
    for kind, content, start, spans in zip(frame["kind"], frame["content"],
                                           frame.get("content_start", missing),
                                           frame.get("content_spans", missing)):
        if kind not in ("direct", "mixed") or not isinstance(content, str):
            counts.append(0)
        elif isinstance(spans, (list, tuple)) and len(spans) > 1 and start is not None:
            offset = int(start)
            counts.append(sum(word_count(content[s - offset:e - offset]) for s, e in spans))
        else:
            counts.append(word_count(content))
    return pd.Series(counts, index=frame.index, dtype="int64")


def attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """:func:`extract_attributions` for every article, in one frame.

    ``articles`` needs ``article_id`` and ``text`` (``outlet`` is carried
    along when present). Columns: ``article_id``, [``outlet``], the columns
    of :func:`extract_attributions`, and ``quoted_words`` (see
    :func:`quoted_words`). Articles without attributions add no rows.
    """
    keys = ["article_id"] + (["outlet"] if "outlet" in articles.columns else [])
    columns = {name: [] for name in keys + ATTRIBUTION_COLUMNS + RESOLVED_COLUMNS}
    for row in articles[keys + ["text"]].itertuples(index=False):
        text = row.text if isinstance(row.text, str) else ""
        marked = read_marks(text)
        found = attribution_columns(text, marked)
        if not found["content"]:
            continue
        found.update(resolve_columns(text, found, marked.quotes))
        for key in keys:
            columns[key].extend([getattr(row, key)] * len(found["content"]))
        for name, values in found.items():
            columns[name].extend(values)
    # One frame for the corpus: a frame per article would cost more than the
    # rules on short articles.
    table = _attribution_table(columns)
    for position, key in enumerate(keys):  # the articles' own dtypes
        table.insert(position, key, pd.Series(columns[key], dtype=articles[key].dtype))
    table["quoted_words"] = quoted_words(table)
    return table


@dataclass(frozen=True)
class SourceBreakdown:
    """Result of :func:`source_breakdown`: two tidy frames.

    ``by_type``: [by column], ``source_type``, ``attributions``, ``share``,
    ``quoted_words`` - one row per group and source type (all eight types,
    zero counts included, in :data:`SOURCE_TYPES` order).
    ``by_anonymity``: [by column], ``anonymity`` ("anonymous" or "named"),
    ``attributions``, ``share``, ``quoted_words``.
    ``share`` is the fraction of the group's attributions (with a source).
    ``by`` is the grouping column (None for the whole corpus).
    """

    by_type: pd.DataFrame
    by_anonymity: pd.DataFrame
    by: str | None


def _breakdown(table: pd.DataFrame, by: str | None, column: str, categories) -> pd.DataFrame:
    keys = ([by] if by else []) + [column]
    values = table[keys + ["quoted_words"]].copy()
    values[column] = pd.Categorical(values[column], categories=categories)
    grouped = values.groupby(keys, observed=False, sort=True)
    counts = grouped.agg(attributions=(column, "size"), quoted_words=("quoted_words", "sum"))
    counts = counts.reset_index()
    totals = (counts.groupby(by, sort=False)["attributions"].transform("sum") if by
              else counts["attributions"].sum())
    counts["share"] = (counts["attributions"] / totals).fillna(0.0)
    counts["attributions"] = counts["attributions"].astype("int64")
    counts["quoted_words"] = counts["quoted_words"].astype("int64")
    counts[column] = counts[column].astype(str)
    if by:
        counts[by] = counts[by].astype(object)
    return counts[keys + ["attributions", "share", "quoted_words"]]


def source_breakdown(attributions: pd.DataFrame, by: str | None = "article_id") -> SourceBreakdown:
    """Counts, shares and quoted words by source type and by anonymous/named.

    ``attributions`` is the frame of :func:`attributions` (it needs
    ``source_type``, ``anonymous``, ``quoted_words`` and the ``by`` column).
    ``by`` is ``"article_id"``, ``"outlet"`` or None for the whole corpus;
    rows with a missing ``by`` value form the group ``"(unknown)"``.
    Attributions without a source (``source_type`` None) are left out: they
    say nothing about who is quoted. Groups with only such attributions get
    zero counts and shares. Returns a :class:`SourceBreakdown`.
    """
    if by is not None and by not in attributions.columns:
        raise KeyError(f"source_breakdown: no column {by!r} in the attributions frame")
    if "quoted_words" not in attributions.columns:
        attributions = attributions.assign(quoted_words=quoted_words(attributions))
    sourced = attributions[attributions["source_type"].notna()].copy()
    sourced["anonymity"] = sourced["anonymous"].map({True: "anonymous", False: "named"})
    if by is not None:
        # keep every group, even one whose attributions all lack a source;
        # a missing outlet is its own group, "(unknown)"
        every = attributions[by].astype("object").fillna(UNKNOWN_GROUP)
        sourced[by] = pd.Categorical(every[sourced.index], categories=sorted(every.unique(), key=str))
    by_type = _breakdown(sourced, by, "source_type", list(SOURCE_TYPES))
    by_anonymity = _breakdown(sourced, by, "anonymity", ["anonymous", "named"])
    return SourceBreakdown(by_type=by_type, by_anonymity=by_anonymity, by=by)


def _speaker_type(types: pd.Series) -> str | None:
    """The speaker's commonest type; a named person's "public" (the type given
    when an article says nothing of them) yields to a type some article gives."""
    counts = types.value_counts()
    if counts.empty:
        return None
    informed = counts.drop(DEFAULT_PERSON_TYPE, errors="ignore")
    return (informed if len(informed) else counts).index[0]


def _usual_names(speaker: str) -> str:
    """``speaker`` with each well-known politician in it named in the usual
    form, whatever the outlet's style ("Ben Carson, Donald J. Trump and Ted
    Cruz", "Donald J. Trump's campaign" -> "Ben Carson, Donald Trump and Ted
    Cruz", "Donald Trump's campaign"), so that a corpus counts each once."""
    def usual(part: str) -> str:
        name, *possessive = re.split(r"(?=['’]s )", part, maxsplit=1)
        return canonical_name(name) + "".join(possessive)
    parts = re.split(r"(, | and )", speaker)  # (names and the separators between them)
    return "".join(part if k % 2 else usual(part) for k, part in enumerate(parts))


def speaker_table(attributions: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """One row per speaker (per ``by`` group if given), most quoted first.

    Columns: [``by``], ``speaker``, ``source_type`` (the speaker's commonest
    type, where "public" - the default for a person an article gives no role -
    yields to any type an article does give), ``anonymous``, ``attributions``,
    ``quoted_words``. Sorted by
    ``quoted_words`` descending, then attributions descending, then speaker.
    Rows without a speaker are left out, and so are pronouns left unresolved
    ("he", "it"): they name no one, and would add up different people.
    """
    if "quoted_words" not in attributions.columns:
        attributions = attributions.assign(quoted_words=quoted_words(attributions))
    keys = ([by] if by else []) + ["speaker"]
    speakers = attributions["speaker"]
    rows = attributions[speakers.notna() & ~speakers.str.lower().isin(PRONOUN_SOURCES)]
    rows = rows.assign(speaker=rows["speaker"].map(_usual_names))
    columns = keys + ["source_type", "anonymous", "attributions", "quoted_words"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    table = rows.groupby(keys, sort=True).agg(
        source_type=("source_type", _speaker_type),
        anonymous=("anonymous", lambda s: bool(s.fillna(False).astype(bool).mean() >= 0.5)),
        attributions=("speaker", "size"),
        quoted_words=("quoted_words", "sum"),
    ).reset_index()
    table = table.sort_values(["quoted_words", "attributions", "speaker"],
                              ascending=[False, False, True], kind="stable")
    return table[columns].reset_index(drop=True)

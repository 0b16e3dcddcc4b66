"""One parser per article file format, all returning :class:`Article` records.

Each ``parse_*`` function takes the decoded text of one file and returns a
list whose items are :class:`Article` (a parsed article) or :class:`BadRecord`
(one record of a multi-record file that could not be used). A file that cannot
be used at all raises :class:`FormatError` with the reason. Reading, decoding
and turning the records into a DataFrame is :mod:`analysis.loading`'s job.
This module holds the shared clean-up and the plain-text parser; Markdown is
in :mod:`analysis.formats_markdown`, HTML in :mod:`analysis.formats_html`,
JSON, JSON Lines and CSV in :mod:`analysis.formats_records`.

The clean-up of plain and Markdown text (bylines, photo credits, section
headings, "Related article" lines, paragraphs broken mid-sentence) is written
by hand: it is specific to how news sites export articles and no installed
library does it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "Article",
    "BadRecord",
    "FormatError",
    "parse_text",
    "clean_inline",
    "split_paragraphs",
    "take_header",
    "finish_body",
    "normalise_newlines",
]


@dataclass
class Article:
    """Fields parsed from one article; ``None`` where the file does not say."""

    text: str
    title: str | None = None
    author: str | None = None
    published: object = None  # a date string or number; the loader converts it
    outlet: str | None = None
    url: str | None = None
    headings: list[str] = field(default_factory=list)
    record: str | None = None  # id or 1-based number within a multi-record file


@dataclass
class BadRecord:
    """One unusable record of a JSON, JSON Lines or CSV file."""

    record: int
    reason: str


class FormatError(ValueError):
    """The file cannot be parsed; the message is the reason reported to the user."""


# --- inline clean-up ---------------------------------------------------------

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_EMPHASIS = re.compile(r"(?<!\w)(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?!\w)")
_STRAY_MARKS = re.compile(r"(?<!\S)(?:\*{2,}|_{2,})(?!\S)")  # "**" left by empty emphasis
_CODE = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_SPACE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_inline(line: str) -> str:
    """Markdown-style links to their anchor text, emphasis stripped, spaces normalised."""
    if any(mark in line for mark in "[]<*_`\\"):
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _REF_LINK.sub(r"\1", line)
        line = _AUTOLINK.sub(r"\1", line)
        line = _CODE.sub(r"\1", line)
        previous = None
        while previous != line:  # nested emphasis: ***a*** or **_a_**
            previous, line = line, _EMPHASIS.sub(r"\2", line)
        line = _STRAY_MARKS.sub("", line)
        line = _ESCAPE.sub(r"\1", line)
    return _SPACE.sub(" ", line.translate(_INVISIBLE)).strip()


# --- paragraphs, header lines, headings ----------------------------------------

_BLANK_LINES = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_ATX_LINE = re.compile(r"^#{1,6}\s")
_BULLET = re.compile(r"^\s*(?:[-*+•·–]|\d{1,3}[.)])\s+")
_TERMINAL = tuple(".!?…:;\"'”’)]»")
_SENTENCE_END = tuple(".!?…\"'”’)]»")
_BYLINE = re.compile(r"^by\s+(.{2,100})$", re.IGNORECASE)
_DATE_PREFIX = re.compile(r"^(?:published|updated|posted|date)\s*(?:on|:)?\s*", re.IGNORECASE)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_DATE = re.compile(
    rf"^(?:\w+,?\s+)?(?:(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})[a-z]*\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ][\d:.+\-Z]*)?|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}.*)?$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"/|©|\b(?:photo|image|picture|credit|courtesy|getty|reuters|afp|ap|tass|epa|"
    r"shutterstock|unsplash|pixabay|pool|handout)\b",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:related(?: articles?| stor(?:y|ies)| content| reading)?|read more|read also|"
    r"also read|see also|more on this story|recommended)\s*:",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^\s:]+(?:\s[^\s:]+)?:\s")  # "Q: ...", "Clinton: ..." (interviews)
_URL_LABEL = re.compile(
    r"^(?:original|source|canonical)?\s*(?:url|link)\s*:\s*(<?https?://\S+?>?)?$", re.IGNORECASE
)
_BARE_URL = re.compile(r"^<?(https?://\S+?)>?$")


def split_paragraphs(text: str) -> list[tuple[str, str]]:
    """Cut raw text into ``(kind, line)`` blocks, kind "p" (paragraph) or "li" (list item).

    Blank lines separate paragraphs. Inside a block, the lines of a
    hard-wrapped paragraph (40 to 100 characters each but the last) are
    joined; otherwise each line is its own paragraph (a byline, a date, one
    paragraph per line), and a broken sentence is mended by :func:`finish_body`.
    """
    blocks = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        wrapped = all(40 <= len(line) <= 100 for line in lines[:-1]) and len(lines[-1]) <= 100
        current: list[str] = []
        for line in lines:
            if _ATX_LINE.match(line):  # a Markdown heading is a block of its own
                if current:
                    blocks.append(("p", " ".join(current)))
                    current = []
                blocks.append(("p", line))
            elif _BULLET.match(line):
                if current:
                    blocks.append(("p", " ".join(current)))
                    current = []
                blocks.append(("li", _BULLET.sub("", line, count=1)))
            elif wrapped and current:
                current.append(line)
            else:
                if current:
                    blocks.append(("p", " ".join(current)))
                current = [line]
        if current:
            blocks.append(("p", " ".join(current)))
    return blocks


def take_header(blocks: list[tuple[str, str]], article: Article) -> list[tuple[str, str]]:
    """Move a leading byline, date line and photo credit into ``article``; return the rest.

    The header is the run of short lines without sentence-final punctuation
    before the first body paragraph. It is used only when it holds a byline
    or a date, so that a plain text starting with a short line keeps it.
    """
    header = []
    for kind, line in blocks[:6]:
        if kind != "p" or len(line) > 120 or line.endswith((".", "!", '"', "”")):
            break
        header.append(line)
    author = published = None
    leftover = []
    for line in header:
        cleaned = clean_inline(line)
        byline = _BYLINE.match(cleaned)
        date_text = _DATE_PREFIX.sub("", cleaned)
        if byline and author is None:
            author = byline.group(1).strip()
        elif _DATE.match(date_text) and published is None:
            published = date_text
        else:
            leftover.append(line)
    if author is None and published is None:
        return blocks
    article.author = article.author or author
    article.published = article.published or published
    # Photo credits are dropped; anything else short stays in the body.
    kept = [("p", line) for line in leftover if not _CREDIT.search(line)]
    return kept + blocks[len(header):]


def _is_heading(line: str, before: str | None, after: str | None) -> bool:
    """A short, title-like line between two body paragraphs is a section heading."""
    words = line.split()
    if not 2 <= len(words) <= 12 or len(line) > 90 or before is None or after is None:
        return False
    if not line[0].isupper() or any(quote in line for quote in '"“”') or _LABEL.match(line):
        return False
    if line.endswith("?"):
        # "Why?" or "So, what now??" read as a paragraph; a heading asks briefly.
        if len(words) < 3 or len(words) > 10 or "," in line or line.endswith("??"):
            return False
    elif line.endswith(_TERMINAL) or line.endswith((",", "-", "–", "—")):
        return False
    # The heading follows a finished paragraph and introduces a longer one.
    return (
        before.endswith(_SENTENCE_END)
        and after.endswith(_SENTENCE_END)
        and (after[0].isupper() or after[0] in "\"“‘'")
        and len(after) > max(len(line) * 1.5, 60)
    )


def finish_body(blocks: list[tuple[str, str]], article: Article, detect_headings: bool) -> Article:
    """Turn blocks into ``article.text`` and ``article.headings``.

    Drops "Related article:" lines, moves an "Original url:" footer into
    ``article.url``, mends paragraphs broken mid-sentence and, when
    ``detect_headings``, recognises headings in plain text ("h" blocks are
    headings already).
    """
    kept: list[tuple[str, str]] = []
    index = 0
    while index < len(blocks):
        kind, line = blocks[index]
        label = _URL_LABEL.match(line)
        if label:
            url = label.group(1)
            if url is None and index + 1 < len(blocks) and _BARE_URL.match(blocks[index + 1][1]):
                index += 1
                url = blocks[index][1]
            if url:
                article.url = article.url or _BARE_URL.match(url).group(1)
            index += 1
            continue
        index += 1
        if _RELATED.match(line):
            continue
        line = clean_inline(line)
        if not line:
            continue
        # A paragraph that stops without punctuation and is followed by one
        # starting in lower case is the same paragraph cut in two.
        if (
            kind == "p" and kept and kept[-1][0] == "p"
            and line[0].islower() and not kept[-1][1].endswith(_TERMINAL)
        ):
            kept[-1] = ("p", kept[-1][1] + " " + line)
        else:
            kept.append((kind, line))
    if detect_headings:
        kept = [
            ("h" if kind == "p" and _is_heading(
                line,
                kept[i - 1][1] if i and kept[i - 1][0] != "h" else None,
                kept[i + 1][1] if i + 1 < len(kept) else None,
            ) else kind, line)
            for i, (kind, line) in enumerate(kept)
        ]
    article.headings = article.headings + [line for kind, line in kept if kind == "h"]
    article.text = "\n\n".join(line for kind, line in kept if kind != "h")
    return article


def normalise_newlines(text: str) -> str:
    """Windows and old-Mac line ends to "\\n", a leading byte-order mark removed."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


# --- plain text ------------------------------------------------------------


def parse_text(text: str) -> list[Article]:
    """Plain text: title on the first line, then the body (BBC and seed shapes)."""
    text = normalise_newlines(text).strip()
    if not text:
        raise FormatError("file contains only white space")
    first, _, rest = text.partition("\n")
    article = Article(text="")
    if len(first) <= 200 or not first.endswith(_SENTENCE_END):
        article.title = clean_inline(first.lstrip("#")) or None
    else:  # a long first sentence is body text, not a title
        rest = text
    blocks = take_header(split_paragraphs(rest), article)
    finish_body(blocks, article, detect_headings=True)
    if not article.text:
        raise FormatError("no body text after the title")
    return [article]

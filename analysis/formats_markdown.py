"""Markdown articles: front matter, ``# Title``, ``##`` headings, body.

Markdown is cleaned by hand (links to anchor text, emphasis stripped, see
:func:`analysis.formats.clean_inline`) rather than rendered with a Markdown
library: rendering gives HTML, which would still need cleaning, and news
exports use only a few constructs.
"""

from __future__ import annotations

import html
import re

from analysis.formats import (
    Article,
    FormatError,
    clean_inline,
    finish_body,
    normalise_newlines,
    split_paragraphs,
    take_header,
)

__all__ = ["parse_markdown", "markdown_blocks"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^=+\s*$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^```.*?^```[ \t]*$", re.DOTALL | re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_META_KEYS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "byline": "author",
    "date": "published", "published": "published", "pubdate": "published",
    "url": "url", "link": "url", "canonical_url": "url",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
}


def _front_matter(text: str, article: Article) -> str:
    """Read YAML-style ``key: value`` front matter into ``article``; return the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    for line in match.group(1).split("\n"):
        key, _, value = line.partition(":")
        name = _META_KEYS.get(key.strip().lower())
        value = value.strip().strip("'\"").strip()
        if value.startswith("[") and value.endswith("]"):  # authors: [A, B]
            value = ", ".join(item.strip().strip("'\"") for item in value[1:-1].split(","))
        if name and value:
            setattr(article, name, value)
    return text[match.end():]


def markdown_blocks(text: str) -> tuple[str | None, list[tuple[str, str]]]:
    """Markdown to ``(first "#" heading, blocks)``; "##" and deeper give "h" blocks."""
    text = _FENCE.sub("", _HTML_COMMENT.sub("", text))
    title = None
    blocks = []
    for kind, line in split_paragraphs(text):
        heading = _ATX_HEADING.match(line)
        if _RULE.match(line):
            continue
        if heading:
            if not heading.group(2):
                continue
            if len(heading.group(1)) == 1 and title is None and not blocks:
                title = clean_inline(heading.group(2))
            else:
                blocks.append(("h", heading.group(2)))
        elif _SETEXT.match(line) and blocks and blocks[-1][0] == "p":
            # "Title" underlined with "=====" (a "-----" line is taken as a rule).
            if title is None and len(blocks) == 1:
                title = clean_inline(blocks.pop()[1])
            else:
                blocks[-1] = ("h", blocks[-1][1])
        else:
            blocks.append((kind, line.lstrip("> ") if line.startswith(">") else line))
    return title, [(kind, html.unescape(line)) for kind, line in blocks]


def parse_markdown(text: str) -> list[Article]:
    """Markdown: optional front matter, ``# Title``, ``##`` headings, body."""
    article = Article(text="")
    body = _front_matter(normalise_newlines(text), article)
    title, blocks = markdown_blocks(body)
    article.title = article.title or title
    if article.title is None and blocks and blocks[0][0] == "p" and len(blocks[0][1]) <= 200:
        article.title, blocks = clean_inline(blocks[0][1]), blocks[1:]
    blocks = take_header(blocks, article)
    finish_body(blocks, article, detect_headings=False)
    article.headings = [clean_inline(h) for h in article.headings]
    if not article.text:
        raise FormatError("no body text in the Markdown file")
    return [article]


"""HTML articles: the body and metadata via ``trafilatura``, with a small lxml fallback.

``trafilatura`` drops menus, scripts, footers and comments and returns the
body as Markdown, so headings ("##") and paragraphs go through the same
clean-up as Markdown files (:func:`analysis.formats.markdown_blocks`).
"""

from __future__ import annotations

import lxml.html
import trafilatura

from analysis.formats import Article, FormatError, clean_inline, finish_body
from analysis.formats_markdown import markdown_blocks

__all__ = ["parse_html"]

# Parts of a page that are never the article body (used by the fallback only).
_NOISE = "//script|//style|//nav|//header|//footer|//aside|//form|//noscript|//template"


def _fallback(page: str) -> Article:
    """Paragraphs of ``<article>`` (else the whole page), for pages trafilatura rejects.

    trafilatura returns nothing for very short pages (it wants a minimum of
    text to tell a body from boilerplate); a short press note is still an article.
    """
    try:
        tree = lxml.html.document_fromstring(page)
    except Exception as error:  # lxml raises several types for broken markup
        raise FormatError(f"not readable as HTML ({error})") from None
    for node in tree.xpath(_NOISE):
        node.drop_tree()
    scope = (tree.xpath("//article") or tree.xpath("//main") or [tree])[0]
    blocks = []
    for node in scope.iter("h2", "h3", "p", "li"):
        text = node.text_content()
        if text.strip():
            blocks.append(("h" if node.tag in ("h2", "h3") else "p", text))
    titles = tree.xpath("//h1") or tree.xpath("//title")
    article = Article(text="", title=clean_inline(titles[0].text_content()) if titles else None)
    return finish_body(blocks, article, detect_headings=False)


def parse_html(page: str) -> list[Article]:
    """An HTML page: body text, headings (h2/h3), title, author, date, url and site name."""
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_formatting=True,  # keeps "##" headings in the Markdown it returns
    )
    if document is None or not (document.text or "").strip():
        article = _fallback(page)
    else:
        first_heading, blocks = markdown_blocks(document.text)
        article = Article(
            text="",
            title=document.title or first_heading,
            author=document.author,
            published=document.date,
            outlet=document.sitename,
            url=document.url,
        )
        finish_body(blocks, article, detect_headings=False)
        article.headings = [clean_inline(h) for h in article.headings if h != article.title]
    if not article.text:
        raise FormatError("no article text found in the HTML")
    return [article]

"""``index.html``: one self-contained page to read a report.

The page lists each stage as a section: its charts (PNG files beside the page,
so nothing is fetched from the network) with their one-line captions, a
preview of its main tables and links to every CSV.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

__all__ = ["render_page"]

SECTION_TITLES = {
    "corpus": "Corpus: what was loaded",
    "readability": "Readability: how hard is each article to read?",
    "terms": "Terms and keyness: which words dominate?",
    "themes": "Themes: what runs through the corpus?",
    "sources": "Sources: who is quoted, how often, and how openly?",
}

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { margin-bottom: .2rem; } .meta { color: #555; margin-top: 0; }
section { border-top: 2px solid #ddd; margin-top: 2rem; padding-top: .5rem; }
figure { display: inline-block; margin: .5rem 1rem 1rem 0; max-width: 100%; vertical-align: top; }
figure img { max-width: 100%; max-height: 520px; border: 1px solid #eee; }
figcaption { color: #444; font-size: .95rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ddd; padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } ul.files { columns: 2; font-size: .95rem; }
"""


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, border=0, na_rep="", float_format=lambda v: f"{v:.2f}", escape=True)


def render_page(result) -> str:
    """HTML of the report page for a :class:`analysis.report.ReportResult`."""
    out_dir = Path(result.out_dir)
    articles = len(result.articles)
    parts = [
        "<!DOCTYPE html>", "<html lang='en'><head><meta charset='utf-8'>",
        "<title>News analysis report</title>", f"<style>{_STYLE}</style></head><body>",
        "<h1>News analysis report</h1>",
        f"<p class='meta'>{articles} article{'s' * (articles != 1)} loaded, "
        f"{len(result.skipped)} file{'s' * (len(result.skipped) != 1)} skipped. "
        + html.escape(", ".join(f"{name} {seconds:.1f} s" for name, seconds in result.seconds.items()))
        + "</p>",
    ]
    for stage, outputs in result.sections.items():
        parts.append(f"<section id='{html.escape(stage)}'><h2>{html.escape(SECTION_TITLES.get(stage, stage))}</h2>")
        for output in outputs:
            name = output.path.relative_to(out_dir).as_posix()
            if output.kind == "chart":
                parts.append(f"<figure><img src='{html.escape(name)}' alt='{html.escape(output.caption)}'>"
                             f"<figcaption>{html.escape(output.caption)}</figcaption></figure>")
            elif output.preview is not None:
                parts.append(f"<h3><a href='{html.escape(name)}'>{html.escape(name)}</a></h3>"
                             f"<p>{html.escape(output.caption)}</p>{_table_html(output.preview)}")
        tables = [o for o in outputs if o.kind == "table"]
        if tables:
            parts.append("<h3>Tables</h3><ul class='files'>")
            parts += [f"<li><a href='{html.escape(o.path.relative_to(out_dir).as_posix())}'>"
                      f"{html.escape(o.path.name)}</a>: {html.escape(o.caption)}</li>" for o in tables]
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)

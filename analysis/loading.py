"""Load news articles from files into one DataFrame: :func:`load_articles`.

This module finds the files, decodes them, hands each to its format's parser
(:mod:`analysis.formats`, :mod:`analysis.formats_html`,
:mod:`analysis.formats_records`), reports the files it had to skip and flags
duplicate articles. A bad file never stops the others from loading.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
from charset_normalizer import from_bytes

from analysis.formats import Article, BadRecord, FormatError, parse_text
from analysis.formats_markdown import parse_markdown
from analysis.formats_html import parse_html
from analysis.formats_records import parse_csv, parse_json, parse_jsonl

__all__ = [
    "load_articles",
    "skipped_files",
    "decode_bytes",
    "outlet_from_url",
    "NoArticlesError",
    "SkippedFilesWarning",
    "COLUMNS",
    "FORMATS",
    "DEFAULT_MAX_BYTES",
]

COLUMNS = [
    "article_id", "title", "author", "published", "outlet", "url", "text",
    "path", "folder", "format", "headings", "duplicate_of",
]
# File suffix (lower case) → (format name, parser).
FORMATS = {
    ".txt": ("txt", parse_text),
    ".text": ("txt", parse_text),
    ".md": ("md", parse_markdown),
    ".markdown": ("md", parse_markdown),
    ".html": ("html", parse_html),
    ".htm": ("html", parse_html),
    ".json": ("json", parse_json),
    ".jsonl": ("jsonl", parse_jsonl),
    ".ndjson": ("jsonl", parse_jsonl),
    ".csv": ("csv", parse_csv),
}
_RECORD_FORMATS = {"json", "jsonl", "csv"}
DEFAULT_MAX_BYTES = 20_000_000
_HINT = "Put .txt, .md, .html, .json, .jsonl or .csv files there."

# Ignored silently when walking a folder (never when a file is named explicitly).
_IGNORED_DIRS = {"__pycache__", "__MACOSX", "node_modules"}
_IGNORED_FILES = {"thumbs.db", "desktop.ini"}
# A corpus's own documentation (e.g. the BBC corpus's README.TXT) is not an article.
_DOCUMENTATION = {"readme", "license", "licence", "copying", "changelog", "notice", "authors"}
# Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_DIGITS = re.compile(r"(\d+)")


class NoArticlesError(ValueError):
    """No article could be loaded; the message says why and what to do."""


class SkippedFilesWarning(UserWarning):
    """Some files or records were skipped; see ``articles.attrs["skipped"]``."""


class SkippedTable(pd.DataFrame):
    """The ``path``, ``reason`` table stored in ``articles.attrs["skipped"]``.

    Its ``==`` returns a single bool (same values). pandas compares the
    ``attrs`` of frames with ``==`` when it merges or concatenates them, and a
    plain DataFrame there raises "The truth value of a DataFrame is ambiguous".
    """

    @property
    def _constructor(self):
        return SkippedTable

    def __eq__(self, other):  # type: ignore[override]
        return isinstance(other, pd.DataFrame) and pd.DataFrame(self).equals(pd.DataFrame(other))

    def __ne__(self, other):  # type: ignore[override]
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]


def _size(n: float) -> str:
    """Human-readable size in decimal units: "25.3 MB", "120 bytes"."""
    if n < 1000:
        return f"{int(n)} bytes"
    for unit in ("kB", "MB", "GB"):
        n /= 1000
        if n < 1000:
            break
    return f"{n:.1f}".removesuffix(".0") + f" {unit}"


def decode_bytes(data: bytes) -> str:
    """Decode a text file: BOM, then strict UTF-8, then cp1252/Latin-1, then detection.

    Raises :class:`~analysis.formats.FormatError` for binary or undecodable data.
    """
    codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise FormatError(f"undecodable: starts with a {codec} byte-order mark but is not {codec}") from None
    elif b"\x00" in data[:8192]:
        raise FormatError("binary file (contains NUL bytes), not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # charset-normalizer first among the two Western encodings (its
            # "chaos" check rejects garbage), then among all it knows.
            best = from_bytes(data, cp_isolation=["cp1252", "latin_1"]).best() or from_bytes(data).best()
            if best is None:
                raise FormatError("undecodable: not UTF-8, and no known encoding gives readable text") from None
            text = str(best)
    if len(_CONTROL.findall(text[:100_000])) > 0.01 * min(len(text), 100_000):
        raise FormatError("binary file (mostly control characters), not text")
    return text


def outlet_from_url(url: str, text: str = "") -> str | None:
    """The outlet's name for ``url``: as written in ``text`` if found, else the domain.

    "https://www.themoscowtimes.com/..." with "The Moscow Times" in ``text``
    gives "The Moscow Times"; without it, "themoscowtimes.com".
    """
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|amp|edition)\.", "", host)
    if not host:
        return None
    stem = host.split(".")[0]
    # The letters of the domain's first label, with optional spaces between them.
    pattern = re.compile(r"\b" + r"\s?".join(map(re.escape, stem)) + r"\b", re.IGNORECASE)
    for match in pattern.finditer(text):
        name = match.group(0)
        if " " in name and all(word[0].isupper() for word in name.split()):
            # "The" belongs to names such as "The Harbour Post" (harbourpost.com).
            the = text[max(match.start() - 4, 0):match.start()]
            return ("The " + name) if the in ("The ", "the ") and not name.lower().startswith("the") else name
    return host


def _walk(root: Path) -> list[Path]:
    """Files under ``root``, sorted; hidden, system and documentation files left out."""
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _IGNORED_DIRS)
        for name in sorted(names):
            lower = name.lower()
            if (name.startswith((".", "~$")) or name.endswith("~") or lower in _IGNORED_FILES
                    or lower.split(".")[0] in _DOCUMENTATION):
                continue
            files.append(Path(folder, name))
    return files


def _parse_file(file: Path, max_bytes: int) -> tuple[str, list[Article | BadRecord]]:
    suffix = file.suffix.lower()
    if suffix not in FORMATS:
        raise FormatError(f"unsupported file type {suffix or '(no extension)'}")
    size = file.stat().st_size
    if size > max_bytes:
        raise FormatError(f"file is {_size(size)}, over the {_size(max_bytes)} limit")
    if size == 0:
        raise FormatError("file is empty")
    text = decode_bytes(file.read_bytes())
    if not text.strip():
        raise FormatError("file contains only white space")
    name, parser = FORMATS[suffix]
    return name, parser(text)


def _no_articles(shown: str, n_files: int, skipped: list[tuple[str, str]], missing: bool) -> NoArticlesError:
    if missing:
        if Path(shown).suffix:
            return NoArticlesError(f"No articles found in {shown}: the file does not exist.")
        return NoArticlesError(f"No articles found in {shown}: the folder does not exist. Create it and {_HINT[0].lower()}{_HINT[1:]}")
    if n_files == 0:
        return NoArticlesError(f"No articles found in {shown}: the folder is empty. {_HINT}")
    reasons = "; ".join(f"{path}: {reason}" for path, reason in skipped[:10])
    more = f" (and {len(skipped) - 10} more)" if len(skipped) > 10 else ""
    which = f"all {n_files} files were" if n_files > 1 else "the only file was"
    return NoArticlesError(f"No articles found in {shown}: {which} skipped: {reasons}{more}")


def load_articles(
    path: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> pd.DataFrame:
    """Load articles from a folder (recursively), a file or a list of them.

    Returns one row per article, sorted by ``article_id``, with columns
    ``article_id`` (relative path without suffix, "#<id or record number>"
    appended for JSON/JSONL/CSV records), ``title``, ``author``,
    ``published`` (datetime64[ns], UTC when the source gives a time zone, NaT
    if unknown), ``outlet``, ``url``, ``text`` (body paragraphs separated by
    "\\n\\n", one line each; no title or headings), ``path``, ``folder``
    (parent folder relative to the root, "" at top level), ``format``,
    ``headings`` (list of section headings) and ``duplicate_of`` (article_id
    of the first article with the same text, else None). Unknown values are None.

    Files that cannot be used (empty, binary, undecodable, malformed, over
    ``max_bytes``, unsupported type) are skipped: they are listed with the
    reason in ``articles.attrs["skipped"]`` (see :func:`skipped_files`) and
    summarised in one :class:`SkippedFilesWarning`. Raises
    :class:`NoArticlesError` when nothing could be loaded.
    """
    given = [path] if isinstance(path, (str, os.PathLike)) else list(path)
    shown = ", ".join(str(p) for p in given[:3]) + (" ..." if len(given) > 3 else "")
    jobs: list[tuple[Path, Path]] = []  # (file, root it is relative to)
    skipped: list[tuple[str, str]] = []
    for entry in map(Path, given):
        if entry.is_dir():
            jobs.extend((file, entry) for file in _walk(entry))
        elif entry.is_file():
            jobs.append((entry, entry.parent))
        elif len(given) == 1:
            raise _no_articles(shown, 0, [], missing=True)
        else:
            skipped.append((str(entry), "does not exist"))
    n_files = len(jobs) + len(skipped)

    rows, bad_records, failed = [], 0, len(skipped)
    for file, root in jobs:
        relative = file.relative_to(root)
        try:
            name, items = _parse_file(file, max_bytes)
        except (FormatError, OSError) as error:
            skipped.append((str(file), " ".join(str(error).split())))
            failed += 1
            continue
        except Exception as error:  # a parser bug must not stop the other files
            reason = " ".join(f"could not be parsed ({type(error).__name__}: {error})".split())
            skipped.append((str(file), reason))
            failed += 1
            continue
        base = relative.with_suffix("").as_posix()
        for item in items:
            if isinstance(item, BadRecord):
                skipped.append((str(file), item.reason))
                bad_records += 1
                continue
            rows.append({
                "article_id": f"{base}#{item.record}" if name in _RECORD_FORMATS else base,
                "title": item.title, "author": item.author, "published": item.published,
                "outlet": item.outlet or (outlet_from_url(item.url, item.text) if item.url else None),
                "url": item.url, "text": item.text, "path": str(file),
                "folder": "" if relative.parent == Path(".") else relative.parent.as_posix(),
                "format": name, "headings": item.headings,
            })
    if not rows:
        raise _no_articles(shown, n_files, skipped, missing=False)
    articles = _to_frame(rows)
    articles.attrs["skipped"] = SkippedTable(skipped, columns=["path", "reason"])
    if skipped:
        records = f" and {bad_records} bad records" if bad_records else ""
        warnings.warn(
            f"Skipped {failed} of {n_files} files{records} (first: {skipped[0][0]}: {skipped[0][1]}); "
            "see articles.attrs['skipped']",
            SkippedFilesWarning,
            stacklevel=2,
        )
    return articles


def _to_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows to the articles DataFrame: typed, sorted, ids made unique, duplicates flagged."""
    # Natural order, so "feed#2" comes before "feed#10".
    rows.sort(key=lambda row: [int(p) if p.isdigit() else p for p in _DIGITS.split(row["article_id"])])
    seen: dict[str, int] = {}
    for row in rows:  # "a.txt" and "a.md" in one folder would share the id "a"
        count = seen.get(row["article_id"], 0)
        seen[row["article_id"]] = count + 1
        if count:
            row["article_id"] += f"~{count + 1}"
    frame = pd.DataFrame(rows, columns=COLUMNS[:-1])
    for column in ("title", "author", "outlet", "url"):
        frame[column] = pd.Series([row[column] for row in rows], dtype=object)
    published = pd.to_datetime(frame["published"].astype(object), errors="coerce", utc=True, format="mixed")
    frame["published"] = published.dt.tz_convert(None).astype("datetime64[ns]")
    key = frame["text"].str.casefold().str.split().str.join(" ")
    first = frame.groupby(key, sort=False)["article_id"].transform("first")
    frame["duplicate_of"] = pd.Series(
        [f if f != a else None for f, a in zip(first, frame["article_id"])], dtype=object
    )
    return frame


def skipped_files(articles: pd.DataFrame) -> pd.DataFrame:
    """The files and records :func:`load_articles` skipped: columns ``path``, ``reason``."""
    table = articles.attrs.get("skipped")
    return pd.DataFrame(table if table is not None else [], columns=["path", "reason"])

"""JSON, JSON Lines and CSV files holding one article per record.

A record gives the body in ``text``, ``body`` or ``content`` and optionally
``title``, ``author``, ``published``/``date``, ``url``,
``outlet``/``source``/``publisher`` and ``id``. The body is cleaned like a
plain-text body (:func:`analysis.formats.finish_body`). A bad record becomes a
:class:`~analysis.formats.BadRecord` and the other records still load.
"""

from __future__ import annotations

import csv
import io
import json

from analysis.formats import Article, BadRecord, FormatError, finish_body, split_paragraphs, take_header

__all__ = ["parse_json", "parse_jsonl", "parse_csv", "record_to_article"]

_BODY_KEYS = ("text", "body", "content")
_FIELDS = {
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
    "published": ("published", "date", "pubdate", "published_at", "datetime"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "publisher", "site"),
}
_LIST_KEYS = ("articles", "items", "records", "data")


def _first(record: dict, keys: tuple[str, ...]) -> object:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # "authors": ["A", "B"]
        value = ", ".join(str(item) for item in value if item)
    if isinstance(value, dict):  # "source": {"name": "BBC"}
        value = value.get("name")
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def record_to_article(record: object, number: int) -> Article | BadRecord:
    """One record (a dict with string keys) to an :class:`Article`, or why it is unusable."""
    if not isinstance(record, dict):
        return BadRecord(number, f"record {number}: not an object but {type(record).__name__}")
    record = {str(key).strip().lower(): value for key, value in record.items()}
    body = _first(record, _BODY_KEYS)
    if body is None:
        return BadRecord(number, f"record {number}: no text, body or content field")
    if not isinstance(body, str):
        return BadRecord(number, f"record {number}: the body is {type(body).__name__}, not text")
    article = Article(text="")
    for name, keys in _FIELDS.items():
        value = _first(record, keys)
        setattr(article, name, value if name == "published" else _as_text(value))
    blocks = take_header(split_paragraphs(body.replace("\r\n", "\n")), article)
    finish_body(blocks, article, detect_headings=True)
    if not article.text:
        return BadRecord(number, f"record {number}: empty body")
    identifier = _as_text(record.get("id"))
    article.record = identifier if identifier else str(number)
    return article


def _unique_records(articles: list[Article | BadRecord]) -> list[Article | BadRecord]:
    """Fall back to record numbers when the ``id`` values are missing or repeated."""
    ids = [item.record for item in articles if isinstance(item, Article)]
    if len(set(ids)) < len(ids):
        number = 0
        for item in articles:
            number += 1
            if isinstance(item, Article):
                item.record = str(number)
    return articles


def parse_json(text: str) -> list[Article | BadRecord]:
    """A JSON object, a list of objects or ``{"articles": [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        truncated = error.msg.startswith("Unterminated") or error.pos >= len(text.rstrip()) - 1
        cut = " (the file looks cut short)" if truncated else ""
        raise FormatError(f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}{cut}") from None
    if isinstance(data, dict):
        lists = [data[key] for key in _LIST_KEYS if isinstance(data.get(key), list)]
        if lists:
            data = lists[0]
        elif _first({str(k).lower(): v for k, v in data.items()}, _BODY_KEYS) is not None:
            data = [data]
    if not isinstance(data, list):
        raise FormatError(
            'JSON holds no articles: expected an object with "text", "body" or "content", '
            'a list of such objects, or {"articles": [...]}'
        )
    return _unique_records([record_to_article(record, n) for n, record in enumerate(data, 1)])


def parse_jsonl(text: str) -> list[Article | BadRecord]:
    """JSON Lines: one JSON object per line; records are numbered by line."""
    items: list[Article | BadRecord] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            items.append(BadRecord(number, f"record {number}: invalid JSON ({error.msg})"))
            continue
        items.append(record_to_article(record, number))
    return _unique_records(items)


def parse_csv(text: str) -> list[Article | BadRecord]:
    """CSV with a header row; records are numbered from 1 after the header.

    Read with the standard ``csv`` module rather than ``pandas.read_csv``:
    pandas silently shifts rows with extra fields and swallows an unclosed
    quote, where ``csv`` in strict mode reports the row so only it is skipped.
    """
    sample = text[: text.find("\n") if "\n" in text else len(text)]
    delimiter = max(",;\t|", key=sample.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise FormatError(f"malformed CSV header ({error})") from None
    if not any(key in header for key in _BODY_KEYS):
        raise FormatError(f"CSV has no text, body or content column (columns: {', '.join(header)})")
    items: list[Article | BadRecord] = []
    number = 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            items.append(BadRecord(number, f"record {number} (line {reader.line_num}): malformed CSV ({error}); "
                                   "the rest of the file was not read"))
            break
        if not any(cell.strip() for cell in row):
            number -= 1
            continue
        if len(row) != len(header):
            items.append(BadRecord(number, f"record {number}: {len(row)} fields, the header has {len(header)}"))
            continue
        items.append(record_to_article(dict(zip(header, row)), number))
    if not items:
        raise FormatError("CSV has a header but no records")
    return _unique_records(items)

"""What a user sees when loading articles with ``load_articles``.

Expected values come from reading the files by hand (the seed, the BBC
corpus) or from the fixtures the tests write themselves into ``tmp_path``.
"""

from __future__ import annotations

import hashlib
import json
import random
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.loading import NoArticlesError, SkippedFilesWarning, load_articles, skipped_files
from analysis.text import paragraph_spans

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_fd859d918e3b7e8b.txt"


def load_quietly(path, **kwargs) -> tuple[pd.DataFrame, list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_articles(path, **kwargs)
    others = [str(w.message) for w in caught if not issubclass(w.category, SkippedFilesWarning)]
    assert others == []  # e.g. no pandas or trafilatura warnings leak to the user
    return articles, [w for w in caught if issubclass(w.category, SkippedFilesWarning)]


def paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_spans(text)]


# --- the seed article ------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> pd.Series:
    articles, caught = load_quietly(SEED)
    assert len(articles) == 1 and caught == []
    return articles.iloc[0]


def test_seed_metadata(seed):
    # Read from the file: title line, "By [Pyotr Kozlov](#)", "May 15, 2025",
    # and the footer "Original url:" / "<https://www.themoscowtimes.com/...>".
    assert seed["article_id"] == "000_fd859d918e3b7e8b"
    assert seed["title"] == "Behind the Diplomatic Curtain: Why Putin Refused to Meet Zelensky in Istanbul"
    assert seed["author"] == "Pyotr Kozlov"
    assert seed["published"] == pd.Timestamp("2025-05-15")
    assert seed["outlet"] == "The Moscow Times"
    assert seed["url"] == (
        "https://www.themoscowtimes.com/2025/05/15/"
        "behind-the-diplomatic-curtain-why-putin-refused-to-meet-zelensky-in-istanbul-a89085"
    )
    assert seed["format"] == "txt" and seed["folder"] == "" and seed["duplicate_of"] is None


def test_seed_headings_are_listed_and_not_in_text(seed):
    # The seed has 4 section headings (short lines between body paragraphs;
    # the brief said 5, but the file has these four and no other).
    headings = [
        "Why the Kremlin is keeping Putin's plans secret",
        "The Trump roadblock",
        "A game of nerves and optics",
        "What does Putin really want?",
    ]
    assert seed["headings"] == headings
    body = paragraphs(seed["text"])
    assert not set(headings) & set(body)
    assert not any(heading in seed["text"] for heading in headings)


def test_seed_body_is_clean(seed):
    text = seed["text"]
    # Counted by hand with `awk 'NF' seed`: 48 non-empty lines. Lines 1-4 are
    # title, byline, date and photo credit; 47-48 the "Original url" footer;
    # that leaves 42 lines (5-46). Minus 3 "Related article" lines, minus 4
    # headings, minus 1 because "...sensitivity of" / "the matter." are one
    # paragraph: 42 - 3 - 4 - 1 = 34 paragraphs.
    body = paragraphs(text)
    assert len(body) == 34
    assert text.split("\n\n") == body  # one line each, one blank line between
    assert "\n" not in "".join(body)
    assert any(p.endswith("due to the sensitivity of the matter.") for p in body)
    for leftover in ("Related article", "Mikhail Metzel", "kremlin.ru", "[", "](#)", "*",
                     "Original url", "By [", "May 15, 2025", seed["title"]):
        assert leftover not in text, leftover
    assert body[0].startswith("President Vladimir Putin never planned")
    assert body[0].endswith("have told The Moscow Times.")
    assert body[-1].endswith("retreat into a regional power.\"")


# --- one fixture per format -----------------------------------------------

SEED_SHAPE = """\
Harbour Bridge Reopens After Repairs

By [Jane Roe](#) and [Tom Poe](#)

March 3, 2024

Jane Roe, Reuters / example.org

The harbour bridge reopened on *Sunday* after two years of repairs, the city's transport office said, in a statement quoted by *The Harbour Post*.

Engineers replaced the deck and the cables, a job that ran over budget because of

the rising cost of steel.

What the repairs cost

The final bill came to $40 million, about a third more than planned, officials said.

Related article: [Why Bridges Age Faster Than We Think](#)

Drivers will pay a toll until the end of the year, the office added.

Original url:

<https://www.harbourpost.example/2024/03/03/bridge-reopens>
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html><head><title>Council approves new park | Riverside Gazette</title>
<meta name="author" content="Ana Lima">
<meta property="og:site_name" content="Riverside Gazette">
<meta property="og:url" content="https://gazette.example.com/2024/03/02/park">
<meta property="article:published_time" content="2024-03-02T09:30:00Z">
<script>var tracking = "SCRIPTNOISE";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">NAVNOISE News</a></li></ul></nav>
<article>
<h1>Council approves new park</h1>
<p>The city council voted on Tuesday to turn the old rail yard into a public park, ending a debate that lasted <em>three years</em>.</p>
<p>"This is a day for every family in Riverside," said Mayor Jo Park, who backed the plan from the start.</p>
<h2>What happens next</h2>
<p>Construction is expected to begin in the spring and to take about eighteen months, the council said.</p>
<p>Local shops welcomed the decision, saying the park would bring visitors to the area.</p>
</article>
<footer><p>FOOTERNOISE Copyright 2024 Riverside Gazette. All rights reserved.</p></footer>
</body></html>
"""

MARKDOWN = """\
---
author: Lena Park
date: 2024-06-01
url: https://news.example.org/solar
outlet: Example News
---

# Solar farm opens in the valley

The valley's first **solar farm** began supplying power on Friday, according to the [regional grid](https://grid.example).

## Who pays

Households will see a small *discount* on their bills from July, the operator said.
"""


def write(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def load_one(path: Path) -> pd.Series:
    articles, caught = load_quietly(path)
    assert caught == [] and len(articles) == 1
    return articles.iloc[0]


def test_seed_shaped_text(tmp_path):
    article = load_one(write(tmp_path, "bridge.txt", SEED_SHAPE))
    assert article["title"] == "Harbour Bridge Reopens After Repairs"
    assert article["author"] == "Jane Roe and Tom Poe"
    assert article["published"] == pd.Timestamp("2024-03-03")
    assert article["url"] == "https://www.harbourpost.example/2024/03/03/bridge-reopens"
    assert article["outlet"] == "The Harbour Post"  # named in the text, matches the domain
    assert article["headings"] == ["What the repairs cost"]
    # Paragraphs by hand: "The harbour bridge...", "Engineers ... the rising cost
    # of steel." (two pieces joined), "The final bill...", "Drivers will pay...".
    assert paragraphs(article["text"]) == [
        "The harbour bridge reopened on Sunday after two years of repairs, the city's transport "
        "office said, in a statement quoted by The Harbour Post.",
        "Engineers replaced the deck and the cables, a job that ran over budget because of "
        "the rising cost of steel.",
        "The final bill came to $40 million, about a third more than planned, officials said.",
        "Drivers will pay a toll until the end of the year, the office added.",
    ]


def test_header_lines_without_blank_lines_and_hard_wrapped_paragraphs(tmp_path):
    text = (
        "Park plan approved\n"
        "By Ana Lima\n"
        "2024-03-02\n"
        "The city council voted on Tuesday to turn the old\n"  # wrapped at ~50 columns
        "rail yard into a public park, ending a long debate.\n"
        "\n"
        "Building starts in spring.\n"
    )
    article = load_one(write(tmp_path, "park.txt", text))
    assert (article["title"], article["author"]) == ("Park plan approved", "Ana Lima")
    assert article["published"] == pd.Timestamp("2024-03-02")
    assert paragraphs(article["text"]) == [
        "The city council voted on Tuesday to turn the old rail yard into a public park, ending a long debate.",
        "Building starts in spring.",
    ]


def test_which_short_lines_are_headings(tmp_path):
    long = "The committee published its findings on Monday after a year of hearings with witnesses."
    text = "\n\n".join([
        "Title", long,
        "Where the money went",  # heading: short, no final period, before a longer paragraph
        long,
        "Why?",  # a one-word question is a paragraph
        long,
        "He declined to comment.",  # ends with a period: a paragraph
        long,
        "Is the plan affordable?",  # heading: a short question
        long,
    ])
    article = load_one(write(tmp_path, "report.txt", text))
    assert article["headings"] == ["Where the money went", "Is the plan affordable?"]
    assert paragraphs(article["text"]) == [long, long, "Why?", long, "He declined to comment.", long, long]


def test_outlet_falls_back_to_the_domain(tmp_path):
    text = SEED_SHAPE.replace(", in a statement quoted by *The Harbour Post*", "")
    article = load_one(write(tmp_path, "bridge.txt", text))
    assert article["outlet"] == "harbourpost.example"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("latin-1", b""), ("cp1252", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b""), ("utf-16", b"")],
)
def test_bbc_shaped_text_in_common_encodings(tmp_path, encoding, prefix):
    title = "Café owner wins £1m prize"
    body = "“It’s a dream,” said the owner — who opened the café in 1998." if encoding != "latin-1" \
        else "It's a dream, said the owner of the café, who won £1m."
    path = write(tmp_path, "story.txt", prefix + f"{title}\n\n{body}\n\nShe plans to retire.\n".encode(encoding))
    article = load_one(path)
    assert article["title"] == title
    assert paragraphs(article["text"]) == [body, "She plans to retire."]
    assert article["author"] is None and article["url"] is None and pd.isna(article["published"])


def test_markdown(tmp_path):
    article = load_one(write(tmp_path, "solar.md", MARKDOWN))
    assert article["format"] == "md"
    assert article["title"] == "Solar farm opens in the valley"
    assert (article["author"], article["outlet"], article["url"]) == (
        "Lena Park", "Example News", "https://news.example.org/solar")
    assert article["published"] == pd.Timestamp("2024-06-01")
    assert article["headings"] == ["Who pays"]
    assert paragraphs(article["text"]) == [
        "The valley's first solar farm began supplying power on Friday, according to the regional grid.",
        "Households will see a small discount on their bills from July, the operator said.",
    ]


def test_html_keeps_the_article_not_the_page_noise(tmp_path):
    article = load_one(write(tmp_path, "park.html", HTML_PAGE))
    assert article["format"] == "html"
    assert article["title"] == "Council approves new park"
    assert article["author"] == "Ana Lima"
    assert article["outlet"] == "Riverside Gazette"
    assert article["url"] == "https://gazette.example.com/2024/03/02/park"
    assert article["published"] == pd.Timestamp("2024-03-02")
    assert article["headings"] == ["What happens next"]
    body = paragraphs(article["text"])
    assert len(body) == 4
    assert body[0].endswith("ending a debate that lasted three years.")
    for noise in ("SCRIPTNOISE", "NAVNOISE", "FOOTERNOISE", "Home", "What happens next"):
        assert noise not in article["text"]


RECORDS = [
    {"id": "a1", "title": "Rates held", "author": "Kim Lee", "date": "2024-01-10",
     "url": "https://money.example.com/rates", "source": "Money Daily",
     "text": "The central bank kept rates unchanged on Wednesday.\n\nMarkets barely moved."},
    {"title": "Snow closes schools", "body": "Heavy snow closed 40 schools across the county."},
    {"headline": "Museum reopens", "content": "The city museum reopened after a two-year refit."},
]


def test_json_object_and_list(tmp_path):
    write(tmp_path, "one.json", json.dumps(RECORDS[0]))
    write(tmp_path, "many.json", json.dumps({"articles": RECORDS}))
    write(tmp_path, "list.json", json.dumps(RECORDS[1:]))
    articles, caught = load_quietly(tmp_path)
    assert caught == []
    # A record's "id" names it ("one#a1"); records without one are numbered from
    # 1 in their file. Ids sort naturally: numbers first, "many#2" < "many#a1".
    assert list(articles["article_id"]) == ["list#1", "list#2", "many#2", "many#3", "many#a1", "one#a1"]
    one = articles.set_index("article_id").loc["one#a1"]
    assert (one["title"], one["author"], one["outlet"], one["url"]) == (
        "Rates held", "Kim Lee", "Money Daily", "https://money.example.com/rates")
    assert one["published"] == pd.Timestamp("2024-01-10")
    assert one["text"] == "The central bank kept rates unchanged on Wednesday.\n\nMarkets barely moved."
    assert set(articles["format"]) == {"json"}
    # many.json repeats the records of one.json and list.json: flagged, not
    # dropped, pointing at the first copy in article_id order.
    assert articles.set_index("article_id")["duplicate_of"].to_dict() == {
        "list#1": None, "list#2": None, "many#2": "list#1", "many#3": "list#2",
        "many#a1": None, "one#a1": "many#a1",
    }


def test_jsonl_and_csv(tmp_path):
    write(tmp_path, "feed.jsonl", "\n".join(json.dumps(r) for r in RECORDS) + "\n")
    frame = pd.DataFrame([{"title": r.get("title", r.get("headline")), "text": next(
        r[k] for k in ("text", "body", "content") if k in r)} for r in RECORDS])
    frame.to_csv(tmp_path / "table.csv", index=False)
    articles, caught = load_quietly(tmp_path)
    assert caught == []
    assert list(articles["article_id"]) == ["feed#2", "feed#3", "feed#a1", "table#1", "table#2", "table#3"]
    titles = articles.set_index("article_id")["title"]
    assert list(titles[["feed#a1", "feed#2", "feed#3"]]) == ["Rates held", "Snow closes schools", "Museum reopens"]
    assert list(titles[["table#1", "table#2", "table#3"]]) == list(titles[["feed#a1", "feed#2", "feed#3"]])
    assert list(articles["format"]) == ["jsonl"] * 3 + ["csv"] * 3
    # The CSV's multi-line cell keeps its two paragraphs.
    texts = articles.set_index("article_id")["text"]
    assert texts["table#1"] == texts["feed#a1"] == RECORDS[0]["text"]


def test_csv_saved_by_excel(tmp_path):
    # Excel writes a UTF-8 byte-order mark before the header and CRLF line ends.
    write(tmp_path, "sheet.csv", b'\xef\xbb\xbfTitle;Text\r\nRates held;"Markets barely moved."\r\n')
    article = load_one(tmp_path / "sheet.csv")
    assert (article["article_id"], article["title"], article["text"]) == (
        "sheet#1", "Rates held", "Markets barely moved.")


# --- bad input ---------------------------------------------------------------


def write_bad_files(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return {file name: expected reason fragment}."""
    write(folder, "empty.txt", b"")
    write(folder, "blank.txt", "  \n\n\t \n")
    write(folder, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    rng = random.Random(7)  # high bytes only: no NUL, not UTF-8, gibberish in any code page
    write(folder, "garbage.txt", bytes(rng.randrange(128, 256) for _ in range(600)))
    write(folder, "cut.json", '[{"title": "A", "text": "Complete record."}, {"title": "B", "text": "Cut sh')
    write(folder, "nobody.csv", "title,author\nA,B\n")
    write(folder, "title_only.txt", "Just a headline\n\n")
    write(folder, "empty_page.html", "<html><head><title>Nothing here</title></head></html>")
    write(folder, "report.pdf", b"%PDF-1.4 not really")
    return {
        "empty.txt": "file is empty",
        "blank.txt": "only white space",
        "image.txt": "binary file",
        "garbage.txt": "undecodable",
        "cut.json": "invalid JSON",
        "nobody.csv": "no text, body or content column",
        "title_only.txt": "no body text after the title",
        "empty_page.html": "no article text found in the HTML",
        "report.pdf": "unsupported file type .pdf",
    }


def test_each_bad_file_is_skipped_with_its_reason(tmp_path):
    expected = write_bad_files(tmp_path / "bad")
    write(tmp_path / "bad", "good.txt", "A good title\n\nA good body paragraph.\n")
    articles, caught = load_quietly(tmp_path / "bad")
    assert list(articles["article_id"]) == ["good"]
    reasons = dict(zip(skipped_files(articles)["path"].map(lambda p: Path(p).name),
                       skipped_files(articles)["reason"]))
    assert set(reasons) == set(expected)
    for name, fragment in expected.items():
        assert fragment in reasons[name], (name, reasons[name])
    assert "cut short" in reasons["cut.json"]
    # One warning for all of them: 9 bad files out of 10.
    assert len(caught) == 1
    message = str(caught[0].message)
    assert message.startswith("Skipped 9 of 10 files (first: ")
    assert message.endswith("see articles.attrs['skipped']") and "\n" not in message


def test_oversized_file_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(25_300_000)  # a sparse file: 25,300,000 bytes = 25.3 MB
    write(tmp_path, "ok.txt", "Title\n\nBody text.\n")
    articles, caught = load_quietly(tmp_path)
    assert list(skipped_files(articles)["reason"]) == ["file is 25.3 MB, over the 20 MB limit"]
    # A small limit: "ok.txt" is 18 bytes ("Title\n\nBody text.\n"), over 10.
    with pytest.raises(NoArticlesError, match="file is 18 bytes, over the 10 bytes limit"):
        load_quietly(tmp_path / "ok.txt", max_bytes=10)


def test_bad_records_skip_only_themselves(tmp_path):
    lines = [json.dumps(RECORDS[0]), '{"title": "broken", "text": ', json.dumps({"title": "no body"}),
             json.dumps(RECORDS[2])]
    write(tmp_path, "feed.jsonl", "\n".join(lines))
    write(tmp_path, "rows.csv", 'title,text\nFine,"A full sentence."\nToo,many,fields\nAlso fine,"Another one."\n')
    write(tmp_path, "quote.csv", 'title,text\nFirst,"A full sentence."\nSecond,"never closed\n')
    articles, caught = load_quietly(tmp_path)
    assert list(articles["article_id"]) == ["feed#4", "feed#a1", "quote#1", "rows#1", "rows#3"]
    skipped = skipped_files(articles)
    assert list(skipped["path"].map(lambda p: Path(p).name)) == [
        "feed.jsonl", "feed.jsonl", "quote.csv", "rows.csv"]
    assert list(skipped["reason"].str.split(r"[:( ]").str[:2].str.join(" ")) == [
        "record 2", "record 3", "record 2", "record 2"]
    assert "invalid JSON" in skipped["reason"][0]
    assert "no text, body or content field" in skipped["reason"][1]
    assert "malformed CSV" in skipped["reason"][2]
    assert "3 fields, the header has 2" in skipped["reason"][3]
    assert str(caught[0].message).startswith("Skipped 0 of 3 files and 4 bad records (first: ")


def test_salted_folder_loads_every_good_file_and_reports_every_bad_one(tmp_path):
    root = tmp_path / "seeds"
    expected_bad = write_bad_files(root / "bad")
    write(root, "bridge.txt", SEED_SHAPE)
    write(root, "bbc/latin.txt", "Café owner wins £1m prize\n\nThe café opened in 1998.\n", "latin-1")
    write(root, "bbc/bom.txt", "\ufeffBOM title\n\nBody with a BOM.\n")
    write(root, "bbc/curly.txt", "Curly quotes\n\n“It’s done,” she said.\n", "cp1252")
    write(root, "solar.md", MARKDOWN)
    write(root, "park.html", HTML_PAGE)
    write(root, "one.json", json.dumps(RECORDS[0]))
    write(root, "list.json", json.dumps(RECORDS[1:]))
    write(root, "feed.jsonl", json.dumps(RECORDS[1]) + "\n")
    write(root, "rows.csv", 'title,text\nFine,"A full sentence."\n')
    write(root, "big.txt", "Big\n\n" + "word " * 500)  # 5 + 2,500 = 2,505 bytes = 2.5 kB
    expected_bad["big.txt"] = "file is 2.5 kB, over the 2 kB limit"
    # Ignored silently: hidden files, notebook checkpoints, the corpus's README.
    write(root, ".hidden.txt", "Hidden\n\nNot an article.\n")
    write(root, ".ipynb_checkpoints/bridge-checkpoint.txt", SEED_SHAPE)
    write(root, "README.md", "# About these files\n\nNot an article.\n")

    articles, caught = load_quietly(root, max_bytes=2000)
    assert list(articles["article_id"]) == [
        "bbc/bom", "bbc/curly", "bbc/latin", "bridge", "feed#1", "list#1", "list#2", "one#a1",
        "park", "rows#1", "solar",
    ]
    assert list(articles.columns) == [
        "article_id", "title", "author", "published", "outlet", "url", "text", "path", "folder",
        "format", "headings", "duplicate_of",
    ]
    assert articles["published"].dtype == "datetime64[ns]"
    assert dict(zip(articles["article_id"], articles["folder"]))["bbc/latin"] == "bbc"
    assert set(articles["folder"]) == {"", "bbc"}
    # feed.jsonl and list.json both hold RECORDS[1]; "feed#1" sorts first.
    duplicates = articles.set_index("article_id")["duplicate_of"]
    assert duplicates.dropna().to_dict() == {"list#1": "feed#1"}
    reasons = dict(zip(skipped_files(articles)["path"].map(lambda p: Path(p).name),
                       skipped_files(articles)["reason"]))
    assert set(reasons) == set(expected_bad)
    for name, fragment in expected_bad.items():
        assert fragment in reasons[name], (name, reasons[name])
    # 11 articles from 10 good files; 10 bad files; 20 files counted in all.
    assert len(caught) == 1 and str(caught[0].message).startswith("Skipped 10 of 20 files (first: ")
    assert articles.attrs["skipped"].equals(skipped_files(articles))


def test_articles_frames_can_still_be_combined(tmp_path):
    # pandas compares attrs when merging; a skipped table there must not break it.
    write_bad_files(tmp_path)
    write(tmp_path, "good.txt", "A good title\n\nA good body paragraph.\n")
    articles, _ = load_quietly(tmp_path)
    assert len(pd.concat([articles, articles.copy()])) == 2
    assert len(articles.merge(articles[["article_id"]].copy(), on="article_id")) == 1


def test_single_file_and_list_of_paths(tmp_path):
    a = write(tmp_path, "x/a.txt", "Title A\n\nBody A.\n")
    b = write(tmp_path, "y/b.md", "# Title B\n\nBody B.\n")
    articles, _ = load_quietly([str(a), b])
    assert list(articles["article_id"]) == ["a", "b"]
    assert list(articles["folder"]) == ["", ""]
    assert list(articles["path"]) == [str(a), str(b)]


def test_missing_and_empty_folders_give_one_clear_message(tmp_path):
    with pytest.raises(NoArticlesError) as error:
        load_articles(tmp_path / "nowhere")
    assert str(error.value) == (
        f"No articles found in {tmp_path / 'nowhere'}: the folder does not exist. "
        "Create it and put .txt, .md, .html, .json, .jsonl or .csv files there."
    )
    with pytest.raises(NoArticlesError, match="nowhere.txt: the file does not exist"):
        load_articles(str(tmp_path / "nowhere.txt"))
    (tmp_path / "seeds").mkdir()
    write(tmp_path / "seeds", ".DS_Store", b"\x00\x01")
    with pytest.raises(NoArticlesError) as error:
        load_articles(tmp_path / "seeds")
    assert str(error.value) == (
        f"No articles found in {tmp_path / 'seeds'}: the folder is empty. "
        "Put .txt, .md, .html, .json, .jsonl or .csv files there."
    )
    assert isinstance(error.value, ValueError)


def test_all_files_skipped_lists_the_reasons(tmp_path):
    write(tmp_path, "a.pdf", b"%PDF")
    write(tmp_path, "b.txt", b"")
    with pytest.raises(NoArticlesError) as error:
        load_articles(tmp_path)
    assert str(error.value) == (
        f"No articles found in {tmp_path}: all 2 files were skipped: "
        f"{tmp_path / 'a.pdf'}: unsupported file type .pdf; {tmp_path / 'b.txt'}: file is empty"
    )


# --- the BBC corpus ----------------------------------------------------------


@pytest.fixture(scope="module")
def bbc(bbc_dir) -> tuple[pd.DataFrame, list]:
    return load_quietly(bbc_dir)


def test_whole_bbc_corpus(bbc_dir, bbc):
    articles, caught = bbc
    assert caught == [] and skipped_files(articles).empty
    # `ls <topic> | wc -l`: 510 + 386 + 417 + 511 + 401 = 2,225 files (README.TXT is not an article).
    assert len(articles) == 2225
    assert articles["folder"].value_counts().to_dict() == {
        "sport": 511, "business": 510, "politics": 417, "tech": 401, "entertainment": 386}
    assert articles["article_id"].is_unique
    titles = articles.set_index("article_id")["title"]
    # First lines read with `head -1`.
    assert titles["business/001"] == "Ad sales boost Time Warner profit"
    assert titles["politics/001"] == "Labour plans maternity pay rise"
    assert titles["tech/001"] == "Ink helps drive democracy in Asia"
    assert titles["entertainment/001"] == "Gallery unveils interactive tree"
    assert titles["sport/001"] == "Claxton hunting first major medal"
    # business/237.txt is UTF-8 (bytes C2 A3 for "£"); sport/199.txt is Latin-1 (byte A3).
    assert titles["business/237"] == "Britannia members' £42m windfall"
    assert b"\xa315.8m" in (bbc_dir / "sport" / "199.txt").read_bytes()
    texts = articles.set_index("article_id")["text"]
    assert "a £15.8m signing" in texts["sport/199"]
    assert texts["business/001"].startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert not texts.str.contains("\n\n\n").any()


def test_bbc_copies_are_flagged_as_duplicates(bbc_dir, bbc):
    articles, _ = bbc
    by_id = articles.set_index("article_id")
    # Byte-identical files (98 extra copies, as `md5sum */*.txt` also shows)
    # must each point at an earlier article with the same text.
    groups: dict[str, list[str]] = {}
    for path in sorted(bbc_dir.glob("*/*.txt")):
        digest = hashlib.md5(path.read_bytes()).hexdigest()
        groups.setdefault(digest, []).append(f"{path.parent.name}/{path.stem}")
    copies = [article_id for ids in groups.values() for article_id in sorted(ids)[1:]]
    assert len(copies) == 98
    for article_id in copies:
        original = by_id.loc[article_id, "duplicate_of"]
        assert original is not None and original < article_id
        assert by_id.loc[original, "text"] == by_id.loc[article_id, "text"]
    # Originals are never flagged, and only copies are.
    flagged = by_id["duplicate_of"].dropna()
    assert not set(flagged) & set(flagged.index)

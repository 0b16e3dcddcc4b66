"""Paragraph and sentence spans, and corpus sizes, checked by hand."""

from __future__ import annotations

import pandas as pd

from analysis.corpus import article_stats, corpus_summary
from analysis.text import paragraph_spans, paragraph_table, sentence_spans, sentence_table


def cut(text, spans):
    return [text[s:e] for s, e in spans]


def test_paragraphs_are_separated_by_blank_lines_and_trimmed():
    text = "First paragraph.\n\n  Second one.  \n \n\nThird."
    assert cut(text, paragraph_spans(text)) == ["First paragraph.", "Second one.", "Third."]


def test_sentences_do_not_end_at_abbreviations_initials_or_decimals():
    text = ("Mr. Smith met U.S. President Donald J. Trump on Jan. 5. "
            "It cost 3.5 billion dollars! Did it work? \"Yes,\" he said. \"Of course.\" Then he left.")
    assert cut(text, sentence_spans(text)) == [
        "Mr. Smith met U.S. President Donald J. Trump on Jan. 5.",
        "It cost 3.5 billion dollars!",
        "Did it work?",
        "\"Yes,\" he said.",
        "\"Of course.\"",
        "Then he left.",
    ]
    # plural titles too (before: a sentence ended at "Sens.")
    text = "Several leaders, including Sens. John McCain and Reps. Paul Ryan, spoke. Then they left."
    assert cut(text, sentence_spans(text)) == [
        "Several leaders, including Sens. John McCain and Reps. Paul Ryan, spoke.", "Then they left."]


def test_words_that_are_also_abbreviations_end_sentences_in_lower_case():
    # "no." is "No. 1" only before a number; "ill." is Illinois only as "Ill."
    text = ("Kennedy said no. Gates said yes. He is the No. 1 seed. She was ill. "
            "Rooney said so. They met in Springfield, Ill. on Monday.")
    assert cut(text, sentence_spans(text)) == [
        "Kennedy said no.", "Gates said yes.", "He is the No. 1 seed.", "She was ill.",
        "Rooney said so.", "They met in Springfield, Ill. on Monday."]


def test_a_web_address_closing_a_sentence_ends_it():
    # (before: the dot in "Shopping.com" made the word an abbreviation, one sentence)
    text = ("He is chief revenue officer at Shopping.com. According to eBay UK sales rose. "
            "See amazon.co.uk now.")
    assert cut(text, sentence_spans(text)) == [
        "He is chief revenue officer at Shopping.com.", "According to eBay UK sales rose.",
        "See amazon.co.uk now."]


def test_a_heading_paragraph_is_a_sentence_of_its_own():
    text = "The Trump roadblock\n\nThe main obstacle appears to be Trump. He urged Moscow."
    assert cut(text, sentence_spans(text)) == [
        "The Trump roadblock", "The main obstacle appears to be Trump.", "He urged Moscow."]


def test_curly_quotes_close_a_sentence():
    text = "“Our leader doesn't like being pressured.” That is a fact."
    assert cut(text, sentence_spans(text)) == ["“Our leader doesn't like being pressured.”", "That is a fact."]


def test_tables_point_back_into_the_text():
    articles = pd.DataFrame({"article_id": ["a", "b"],
                             "text": ["One. Two three.\n\nFour five six.", "Alone"]})
    paragraphs = paragraph_table(articles)
    assert paragraphs[["article_id", "paragraph", "text"]].values.tolist() == [
        ["a", 0, "One. Two three."], ["a", 1, "Four five six."], ["b", 0, "Alone"]]
    sentences = sentence_table(articles)
    assert sentences[["article_id", "paragraph", "sentence", "text"]].values.tolist() == [
        ["a", 0, 0, "One."], ["a", 0, 1, "Two three."], ["a", 1, 2, "Four five six."], ["b", 0, 0, "Alone"]]
    texts = dict(zip(articles["article_id"], articles["text"]))
    for row in sentences.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_article_stats_count_words_paragraphs_and_sentences():
    articles = pd.DataFrame({"article_id": ["a", "empty"], "text": ["One. Two three.\n\nFour five six.", ""]})
    # "a": 6 words (One, Two, three, Four, five, six), 2 paragraphs, 3 sentences.
    assert article_stats(articles).values.tolist() == [["a", 6, 2, 3], ["empty", 0, 0, 0]]


def test_corpus_summary_reads_like_a_table():
    articles = pd.DataFrame({
        "article_id": ["x/1", "x/2", "y/1"],
        "text": ["One two.", "Three four five.", "One two."],
        "outlet": ["BBC", "BBC", None],
        "folder": ["x", "x", "y"],
        "format": ["txt", "txt", "md"],
        "published": pd.to_datetime(["2024-01-02", None, "2023-12-31"]),
        "duplicate_of": [None, None, "x/1"],
    })
    articles.attrs["skipped"] = pd.DataFrame({"path": ["bad.bin"], "reason": ["binary file"]})
    summary = dict(corpus_summary(articles).values.tolist())
    assert summary["articles"] == "3"
    assert summary["files skipped"] == "1"
    assert summary["exact duplicates"] == "1"
    assert summary["outlets"] == "BBC (2), (unknown) (1)"
    assert summary["folders"] == "x (2), y (1)"
    assert summary["first published"] == "2023-12-31"
    assert summary["last published"] == "2024-01-02"
    assert summary["words"] == "7"  # 2 + 3 + 2
    assert summary["median words per article"] == "2.0"


def test_a_sentence_can_end_with_an_abbreviation():
    text = "He moved to the U.S. He says it was hard. Mr. Smith agreed with Gen. Jones in Washington, D.C. The end."
    assert cut(text, sentence_spans(text)) == [
        "He moved to the U.S.", "He says it was hard.",
        "Mr. Smith agreed with Gen. Jones in Washington, D.C.", "The end."]


def test_corpus_summary_uses_given_stats_instead_of_recounting():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["One two three."], "outlet": ["X"], "folder": [""],
                             "format": ["txt"], "published": pd.to_datetime([None]), "duplicate_of": [None]})
    given = pd.DataFrame({"article_id": ["a"], "words": [99]})  # deliberately not the real count (3)
    assert dict(corpus_summary(articles, given).values.tolist())["words"] == "99"
    assert dict(corpus_summary(articles).values.tolist())["words"] == "3"

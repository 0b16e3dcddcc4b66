"""The main job as a user runs it: ``python -m analysis report SEEDS_DIR --out OUT_DIR``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import REPO, SEEDS


def run_report(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "report", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("report")
    return run_report(str(SEEDS), "--out", str(out)), out


def test_report_on_the_seeds_writes_the_tables_and_a_summary(seed_report):
    completed, out = seed_report
    assert completed.returncode == 0, completed.stderr
    assert "Loaded 1 article, skipped 0 files." in completed.stdout
    articles = pd.read_csv(out / "articles.csv")
    assert articles["title"].tolist() == [
        "Behind the Diplomatic Curtain: Why Putin Refused to Meet Zelensky in Istanbul"]
    assert pd.read_csv(out / "skipped.csv").empty
    # Every file the summary names exists.
    for line in completed.stdout.splitlines():
        name = line.strip().split(" ")[0]
        if name.endswith((".csv", ".png", ".html")):
            assert (out / name).is_file(), name


def test_report_defaults_to_seeds_and_report_folders(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("A title\n\nA body sentence that is long enough.\n", encoding="utf-8")
    completed = run_report(cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "report" / "articles.csv").is_file()


@pytest.mark.parametrize("make_folder, message", [
    (lambda p: p / "missing", "does not exist"),
    (lambda p: p, "empty"),
])
def test_missing_or_empty_folder_gives_one_clear_message(tmp_path, make_folder, message):
    completed = run_report(str(make_folder(tmp_path)), "--out", str(tmp_path / "out"))
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert completed.stderr.startswith("error: ")
    assert message in completed.stderr


def test_bad_files_are_reported_and_good_ones_loaded(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Good title\n\nThe body of a good article.\n", encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (seeds / "broken.json").write_text('{"title": "cut', encoding="utf-8")
    completed = run_report(str(seeds), "--out", str(tmp_path / "out"))
    assert completed.returncode == 0, completed.stderr
    assert "Loaded 1 article, skipped 3 files." in completed.stdout
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv")
    assert sorted(Path(p).name for p in skipped["path"]) == ["binary.txt", "broken.json", "empty.txt"]
    assert skipped["reason"].str.len().min() > 5


def test_bbc_corpus_loads_whole(bbc_dir, tmp_path):
    completed = run_report(str(bbc_dir), "--out", str(tmp_path / "bbc"))
    assert completed.returncode == 0, completed.stderr
    assert "Loaded 2225 articles, skipped 0 files." in completed.stdout

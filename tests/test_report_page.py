"""The report's index.html, opened in headless Chromium as a reader would.

Every image must load, no section may be empty, and every link must point at
a file the report wrote. The test also takes the screenshot shown in README
(the page's sources section, written to ``$ANALYSIS_SCREENSHOT`` when that
is set: ``ANALYSIS_SCREENSHOT=docs/report.png pytest tests/test_report_page.py``).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import matplotlib
import pytest

from conftest import SEEDS
from test_jupyterlab import CHROMIUM, CHROMIUM_ARGS, sync_api

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> Path:
    from analysis.report import build_report

    out = tmp_path_factory.mktemp("report")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the seed loads without a single warning
        build_report(SEEDS, out)
    return out


def test_report_page_shows_every_chart_and_section(seed_report: Path):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto((seed_report / "index.html").as_uri())
        page.wait_for_load_state("load")
        images = page.evaluate("() => [...document.images].map(i => [i.getAttribute('src'), i.complete && i.naturalWidth > 0])")
        sections = page.evaluate(
            "() => [...document.querySelectorAll('section')].map(s => [s.id, s.querySelectorAll('img, table').length])")
        links = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        screenshot = Path(os.environ.get("ANALYSIS_SCREENSHOT", seed_report.parent / "screenshot.png"))
        page.locator("#sources").screenshot(path=str(screenshot))
        browser.close()

    pngs = sorted(p.name for p in seed_report.glob("*.png"))
    assert sorted(src for src, _ in images) == pngs  # every chart the report wrote is on the page
    assert [src for src, ok in images if not ok] == []  # and every one of them loaded
    assert [name for name, _ in sections][:3] == ["corpus", "readability", "terms"]
    assert "sources" in [name for name, _ in sections]
    assert [name for name, count in sections if count == 0] == []
    csvs = sorted(p.name for p in seed_report.glob("*.csv"))
    assert sorted(set(link for link in links if link.endswith(".csv"))) == csvs
    assert all((seed_report / link).is_file() for link in links)

"""The notebooks in a real JupyterLab, driven by headless Chromium.

A user opens each notebook in JupyterLab and runs all cells. This test does
the same: it starts ``jupyter lab`` on a free local port with a temporary copy
of ``notebooks/`` and ``seeds/``, opens every notebook in Debian's Chromium
through Playwright (``executable_path``; no browser is downloaded), runs all
cells from the Run menu, saves, and checks that every cell finished without an
error output and that every chart rendered as a loaded image.

Skipped, with the reason, where Chromium or Playwright is not installed
(``.ci/run`` installs both).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
TOKEN = "analysis-test-token"
# No background traffic: the machines are offline and refuse it.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")
if not CHROMIUM.is_file():
    pytest.skip(f"Debian's chromium is not installed at {CHROMIUM}", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A running JupyterLab serving a copy of notebooks/ and seeds/; yields (url, root)."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(REPO / "notebooks", root / "notebooks")
    shutil.copytree(REPO / "seeds", root / "seeds")
    # Render every cell (JupyterLab 4 otherwise leaves off-screen cells out
    # of the page), so that every output can be checked.
    settings = tmp_path_factory.mktemp("lab-settings")
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}), encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         "--allow-root", f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={root}",
         f"--LabApp.user_settings_dir={settings}",
         "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("jupyter lab did not start within 60 s")
        yield url, root
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


KERNEL_IDLE = "() => (document.querySelector('#jp-main-statusbar')?.innerText || '').includes('| Idle')"


def run_all_cells(page, url: str, name: str) -> None:
    page.goto(f"{url}/lab/tree/notebooks/{name}?token={TOKEN}&reset")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_function(KERNEL_IDLE, timeout=120_000)
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
    # A code cell waiting or running shows "[*]"; wait until every one shows its number.
    page.wait_for_function(
        """() => { const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
                   return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent)); }""",
        timeout=600_000,
    )
    page.wait_for_function(KERNEL_IDLE, timeout=120_000)
    page.keyboard.press("Control+s")
    page.wait_for_timeout(1500)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_in_jupyterlab(lab, browser, notebook: Path):
    url, root = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        run_all_cells(page, url, notebook.name)
    except Exception:
        page.screenshot(path=str(root / f"{notebook.stem}-failure.png"))
        print(f"screenshot: {root / f'{notebook.stem}-failure.png'}")
        raise

    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert [errors.nth(i).inner_text()[:300] for i in range(errors.count())
            if "Traceback" in errors.nth(i).inner_text() or "Error" in errors.nth(i).inner_text()] == []
    loaded = page.evaluate(
        "() => [...document.querySelectorAll('.jp-OutputArea-output img')].map(i => i.complete && i.naturalWidth > 0)")
    page.close()

    saved = json.loads((root / "notebooks" / notebook.name).read_text(encoding="utf-8"))
    code_cells = [c for c in saved["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code_cells), "a cell did not run"
    assert [o for c in code_cells for o in c["outputs"] if o["output_type"] == "error"] == []
    charts = sum("image/png" in o.get("data", {}) for c in code_cells for o in c["outputs"])
    assert charts > 0 or not any("plt.show()" in "".join(c["source"]) for c in code_cells)
    assert len(loaded) == charts, "a chart in the notebook is not on the page"
    assert all(loaded), "an image did not render"

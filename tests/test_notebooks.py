"""Every notebook runs top to bottom on another folder than seeds/ (papermill).

nbval (in the test command) checks the stored outputs on the embedded seeds;
this test checks that the same notebooks also complete on a different corpus:
a sample of the BBC folder, with several topics and many articles.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import papermill
import pytest

from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.fixture(scope="module")
def bbc_sample(bbc_dir: Path, tmp_path_factory) -> Path:
    """Eight articles from each BBC topic, in topic folders."""
    root = tmp_path_factory.mktemp("bbc_sample")
    for topic in sorted(p for p in bbc_dir.iterdir() if p.is_dir()):
        (root / topic.name).mkdir()
        for path in sorted(topic.glob("*.txt"))[:8]:
            shutil.copy(path, root / topic.name / path.name)
    return root


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:1] == ["01_corpus_overview.ipynb"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_another_folder(notebook: Path, bbc_sample: Path, tmp_path: Path):
    out = tmp_path / notebook.name
    papermill.execute_notebook(
        str(notebook), str(out), parameters={"SEEDS_DIR": str(bbc_sample)},
        cwd=str(notebook.parent), kernel_name="python3", progress_bar=False,
    )
    executed = papermill.iorw.load_notebook_node(str(out))
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    # The injected parameters cell really pointed the notebook at the sample.
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in executed.cells)

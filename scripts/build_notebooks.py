"""Execute every notebook from its py:percent source and store it with outputs.

The ``notebooks/NN_name.py`` files (jupytext py:percent) are the reviewable
source; ``notebooks/NN_name.ipynb`` is written from them, executed top to
bottom in ``notebooks/``, with outputs stored (nbval checks them in CI),
deterministic cell ids and no volatile metadata, so diffs stay small.

    python scripts/build_notebooks.py              # all notebooks
    python scripts/build_notebooks.py 02_readability_and_terms
"""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
    "jupytext": {"formats": "ipynb,py:percent"},
}


def build(source: Path) -> Path:
    notebook = jupytext.read(source)
    notebook.metadata = dict(METADATA)
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index:02d}"
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    notebook.metadata = dict(METADATA)
    for cell in notebook.cells:
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
    target = source.with_suffix(".ipynb")
    nbformat.write(notebook, target)
    return target


def main(names: list[str]) -> None:
    sources = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.py"))
    if names:
        sources = [s for s in sources if s.stem in names]
    for source in sources:
        print(f"building {build(source).relative_to(NOTEBOOKS.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])

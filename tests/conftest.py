"""Shared test fixtures.

The corpora in ``../shared`` (BBC, PolNeAR) sit beside the checkout on the
developers' machines and in CI; they are never copied into the repo. Tests
that need them take the ``shared_dir`` fixture and are skipped, with the
reason, where it is absent. ``ANALYSIS_SHARED`` points elsewhere if needed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = Path(os.environ.get("ANALYSIS_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared`` folder beside the checkout; skips the test if it is absent."""
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {SHARED} (set ANALYSIS_SHARED to run this test)")
    return SHARED


@pytest.fixture(scope="session")
def bbc_dir(shared_dir: Path) -> Path:
    path = shared_dir / "corpora" / "bbc"
    if not path.is_dir():
        pytest.skip(f"BBC corpus not found at {path}")
    return path


@pytest.fixture(scope="session")
def polnear_dir(shared_dir: Path) -> Path:
    path = shared_dir / "corpora" / "polnear"
    if not path.is_dir():
        pytest.skip(f"PolNeAR corpus not found at {path}")
    return path

# Two commands do all the set-up on a fresh machine:
#   make report   # creates .venv if needed, then runs the main job on seeds/
#   make test     # creates .venv if needed, then runs the whole test suite
# Both need only Python 3.11+ and access to the package registry.

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
SEEDS  ?= seeds
OUT    ?= report

.PHONY: setup report test notebooks benchmarks

setup: $(VENV)/.installed

# pip is upgraded first: the machine's pip 23.2 has resolver bugs.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

report: setup
	$(PY) -m analysis report $(SEEDS) --out $(OUT)

test: setup
	$(PY) -m pytest

# Re-execute every notebook from its py:percent source and store the outputs.
notebooks: setup
	$(PY) scripts/build_notebooks.py

benchmarks: setup
	for script in benchmarks/bench_*.py; do $(PY) $$script || exit 1; done

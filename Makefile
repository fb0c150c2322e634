# advrate: two commands on a fresh clone, `make report` and `make test`.
# Each creates .venv and installs the project into it when missing or when
# pyproject.toml has changed since the last install.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.advrate-installed
REPORT_DIR ?= build/report

.PHONY: help install report test lint nbval notebooks bench lab clean

help:
	@echo "make report   build the report folder ($(REPORT_DIR)) from data and notebooks"
	@echo "make test     ruff, the unit tests, data validation and the notebooks under nbval"
	@echo "make bench    timing ratios against baselines measured in the same run"
	@echo "make lab      JupyterLab on notebooks/ with the project's environment"
	@echo "make notebooks  re-execute the notebooks in place (after a library change)"
	@echo "make clean    remove build/ and caches (keeps .venv)"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(BIN)/advrate report --out $(REPORT_DIR)

lint: $(STAMP)
	$(BIN)/ruff check advrate tests benchmarks
	$(BIN)/ruff format --check advrate tests benchmarks

test: $(STAMP)
	$(BIN)/ruff check advrate tests benchmarks
	$(BIN)/python -m pytest

nbval: $(STAMP)
	$(BIN)/python -m pytest notebooks

notebooks: $(STAMP)
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.record_timing=False notebooks/*.ipynb

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,compare]'
	$(BIN)/python benchmarks/run.py

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

clean:
	rm -rf build .pytest_cache .ruff_cache

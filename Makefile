# advrate: two commands on a fresh clone, `make report` and `make test`.
# Each creates .venv and installs the project into it when missing or when
# pyproject.toml has changed since the last install.
#
# With a conda environment active (other than base), the targets use it
# instead: create it with `conda env create -f environment.yml`, which
# installs every dependency, then `conda activate advrate`.

PYTHON ?= python3
EXTRAS := test,notebooks,docs,dask
REPORT_DIR ?= build/report

ifneq ($(and $(CONDA_PREFIX),$(filter-out base,$(CONDA_DEFAULT_ENV))),)
ENV_KIND := conda
VENV  := $(CONDA_PREFIX)
BIN   := $(CONDA_PREFIX)/bin
else
ENV_KIND := venv
VENV  := .venv
BIN   := $(VENV)/bin
endif
STAMP := $(VENV)/.advrate-installed

.PHONY: help install report test lint nbval notebooks bench lab docs clean

help:
	@echo "make report   build the report folder ($(REPORT_DIR)) from data and notebooks"
	@echo "make test     ruff, the unit tests, data validation and the notebooks under nbval"
	@echo "make bench    timing ratios against baselines measured in the same run"
	@echo "make lab      JupyterLab on notebooks/ with the project's environment"
	@echo "make notebooks  re-execute the notebooks in place (after a library change)"
	@echo "make docs     the documentation site, offline (build/docs/html/index.html)"
	@echo "make clean    remove build/ and caches (keeps .venv)"

$(STAMP): pyproject.toml setup.py
ifeq ($(ENV_KIND),conda)
	@echo "using the active conda environment $(CONDA_DEFAULT_ENV) ($(CONDA_PREFIX))"
	$(BIN)/python -m pip install --quiet --no-deps -e .
else
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
endif
	@touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(BIN)/advrate report --out $(REPORT_DIR)

lint: $(STAMP)
	$(BIN)/ruff check advrate tests benchmarks docs setup.py
	$(BIN)/ruff format --check advrate tests benchmarks docs setup.py

test: $(STAMP)
	$(BIN)/ruff check advrate tests benchmarks docs setup.py
	$(BIN)/python -m pytest

nbval: $(STAMP)
	$(BIN)/python -m pytest notebooks

# Stored outputs show the packaged data (never a local `advrate data update`),
# with each cell's printed lines merged, so an unchanged notebook re-executes
# without a diff.
notebooks: $(STAMP)
	ADVRATE_USER_DIR=$$(mktemp -d) $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False \
	  --NotebookExporter.preprocessors=nbconvert.preprocessors.CoalesceStreamsPreprocessor \
	  notebooks/*.ipynb

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS),compare]'
	$(BIN)/python benchmarks/run.py

docs: $(STAMP)
	$(BIN)/python docs/build.py --out build/docs

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

clean:
	rm -rf build .pytest_cache .ruff_cache

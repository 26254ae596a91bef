# claimgraph: the commands a new user types. Everything installs into .venv/ in this checkout.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
CORPUS ?= ../shared/corpus/seeds
DB ?= ledger.db
CG := $(VENV)/bin/claimgraph

.PHONY: demo test bench lint venv clean

$(VENV)/.installed: pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
	$(VENV)/bin/python -m pip install -q -e '.[dev]'
	@touch $@

venv: $(VENV)/.installed

## demo: install, ingest the sample corpus into ledger.db and show what was found
demo: $(VENV)/.installed
	@test -e "$(CORPUS)" || { echo "make demo: no corpus at $(CORPUS) (give one with CORPUS=path)" >&2; exit 2; }
	$(CG) --db $(DB) ingest $(CORPUS)
	$(CG) --db $(DB) docs
	$(CG) --db $(DB) groups --limit 8
	$(CG) --db $(DB) conflicts

## test: set up everything the tests need (venv, a throwaway PostgreSQL) and run them all
test:
	bash scripts/test.sh

## bench: print the benchmark figures (never asserts)
bench: $(VENV)/.installed
	ONLY=$(ONLY) bash scripts/bench.sh

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pgtest

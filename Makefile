# The two commands of the README: `make serve` (set up, then serve the site) and `make test`
# (set up, with Chromium, then run every check). Both work on a fresh Debian with Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup setup-test serve build check test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
setup-test: $(VENV)/.installed-test
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

serve: setup
	$(BIN)/mkdocs serve

# Into a fresh folder, swapped in only on success: a failed build leaves site/ as it was.
build: setup
	$(BIN)/explainer build site

check: setup
	$(BIN)/explainer check

lint: setup-test
	$(BIN)/ruff check hooks tests bench

test: setup-test lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/build_times.py

clean:
	rm -rf site .venv

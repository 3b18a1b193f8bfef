# The two commands of the README: `make serve` (set up, then serve the site) and `make test`
# (set up, with Chromium, then run every check). Both work on a fresh Debian with Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup setup-test serve build check check-publish test lint bench lighthouse clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# What Python and Jinja2 compile before they run the package, compiled once here rather than
# by the first `make check` (0.1 s for the modules, 0.2 s for the templates). pip does it for
# installed packages, not for this editable one, and where PYTHONDONTWRITEBYTECODE is set,
# Python would compile the modules again at every run. Done again when a source changes; a file
# compiled before a change is not used: Python and Jinja2 check it against the source.
$(VENV)/.compiled: $(shell find hooks -name '*.py' -o -name '*.j2') | $(VENV)/.installed
	$(BIN)/python -m compileall -q hooks
	$(BIN)/python -c "from explainer.render.environment import compile_templates; compile_templates()"
	touch $@

setup: $(VENV)/.installed $(VENV)/.compiled

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here); the
# Nu HTML Checker runs on Java. Each is installed from Debian only when missing.
setup-test: $(VENV)/.installed-test
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing; \
	fi

serve: setup
	$(BIN)/mkdocs serve

# Into a fresh folder, swapped in only on success: a failed build leaves site/ as it was.
build: setup
	$(BIN)/explainer build site

check: setup
	$(BIN)/explainer check

# Before the site goes public (the deploy workflow): also refuses the placeholders (the example
# address in site_url, a publisher not yet named).
check-publish: setup
	$(BIN)/explainer check --publish

lint: setup-test
	$(BIN)/ruff check hooks tests bench

# One pytest worker per CPU (pytest-xdist): each builds the site once for its own tests.
test: setup-test lint
	$(BIN)/pytest -n auto

bench: setup
	$(BIN)/python bench/build_times.py

# Lighthouse from npm, into bench/node_modules (pinned by bench/package-lock.json).
bench/node_modules/.bin/lighthouse: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund

lighthouse: setup-test bench/node_modules/.bin/lighthouse
	$(BIN)/python bench/lighthouse.py

clean:
	rm -rf site .venv

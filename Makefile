# Detach: executable documentation. `make run` to use the app, `make test` to check it.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := detach.settings

.PHONY: run test lint format deps migrate bench lighthouse clean

# Python packages go into .venv; re-installed only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# Bootstrap, its icons, axe-core and Lighthouse come from npm; re-installed when the lock changes.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.installed node_modules/.installed

migrate: deps
	$(PY) manage.py migrate --noinput

## run: install what is missing, migrate, and serve on http://127.0.0.1:$(PORT)
run: migrate
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## lint: ruff lint and format check
lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## test: lint, missing migrations, then every test (browser tests included)
test: lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) node_modules staticfiles .bench

## lighthouse: accessibility, best practices and SEO scores (>= 95) on phone and desktop
lighthouse: deps
	$(PY) scripts/lighthouse.py

## bench: page cost against history size, with budgets (PostgreSQL when DATABASE_URL is set)
bench: deps
	$(PY) scripts/bench.py

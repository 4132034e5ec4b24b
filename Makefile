# Quick start: `make run` (demo site at http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Test processes: one per core of the 2-core machines the project runs on (pytest-xdist).
TEST_WORKERS ?= 2
STAMP := $(VENV)/.installed

.PHONY: run test test-pg install migrate demo lint format messages check clean

# The development install: the runtime lock (what production installs) plus tests, linters and the demo factories.
$(STAMP): requirements.lock requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --no-input -v 0

demo: migrate
	$(BIN)/python manage.py load_demo

# Background tasks (e-mails, report refreshes, the bulk certificate issue) queue in the database, as in production:
# a worker runs beside the server and stops with it.
run: demo
	@echo "Serving http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/), with a background task worker"
	$(BIN)/python manage.py db_worker --no-startup-delay -v 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# The same suite on PostgreSQL (CI's second pass). Each test process makes its own test database beside this one.
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/safecampus
test-pg: install
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Needs GNU gettext (msgfmt); the compiled .mo files are committed so a fresh machine does not.
messages: install
	$(BIN)/python manage.py makemessages -l zh_Hans --ignore=.venv --ignore=tests --no-obsolete
	$(BIN)/python manage.py compilemessages -l zh_Hans --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 test-artifacts

# The national-scale benchmark (issue 9): needs PostgreSQL on 127.0.0.1:5432 (BENCH_DATABASE_URL), takes a few
# minutes, and is never part of `make test`. `make bench BENCH_ARGS="report --reuse"` keeps the generated data.
.PHONY: bench
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Accessibility and markup checks alone (tests/a11y; `make test` runs them too): installs the pinned npm checkers
# first (axe-core, vnu-jar). Needs npm, and java for the HTML checker.
.PHONY: a11y
a11y: install
	npm ci --ignore-scripts --no-audit --no-fund
	$(BIN)/python -m pytest -n 0 tests/a11y $(PYTEST_ARGS)

# The portal's commands. `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: install setup run test test-sqlite test-postgres lint bench load messages screenshots clean

$(BIN)/.installed: requirements/base.txt requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

install: $(BIN)/.installed

## Migrate the SQLite database, load the demo content and create the admin user.
setup: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_admin

## Serve the site with demo content at http://127.0.0.1:$(PORT)/
run: setup
	@echo "Portal: http://127.0.0.1:$(PORT)/   admin: http://127.0.0.1:$(PORT)/admin/"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## Lint, then the whole suite on SQLite and on PostgreSQL.
test: install lint test-sqlite test-postgres

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-sqlite: install
	$(BIN)/pytest -m "not postgres"

test-postgres: install
	@if $(BIN)/python -m tests.services postgres "$(TEST_DATABASE_URL)"; then \
		DATABASE_URL="$(TEST_DATABASE_URL)" $(BIN)/pytest -m "not browser"; \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is required under CI=true"; exit 1; \
	else \
		echo "Skipping the PostgreSQL pass: no server at $(TEST_DATABASE_URL)"; \
	fi

## Benchmarks: gunicorn, production settings, PostgreSQL and Redis on this machine.
bench: install
	$(BIN)/python -m bench.pages
	$(BIN)/python -m bench.surveys
	$(BIN)/python -m bench.analytics
	$(BIN)/python -m bench.analytics_scale
	$(BIN)/python -m bench.crm

## Load and faults at full length (docs/operations.md): a private PostgreSQL, Redis,
## gunicorn, Celery worker and beat on loopback, 64 clients; `make test` runs them short.
load: install
	$(BIN)/python -m bench.load

## Refresh the Russian translation (needs GNU gettext) and compile it.
messages: install
	$(BIN)/python manage.py makemessages --locale ru --no-obsolete \
		--ignore ".venv/*" --ignore "var/*" --ignore "staticfiles/*" --ignore "tests/*" --ignore "bench/*"
	$(BIN)/python manage.py compilemessages --locale ru --ignore ".venv/*"

## Take the guides' screenshots with the browser tests and copy them into docs/images/.
screenshots: install
	$(BIN)/pytest -m browser
	mkdir -p docs/images && cp var/screenshots/*.png docs/images/

clean:
	rm -rf $(VENV) var staticfiles

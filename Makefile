# The two commands a new user needs: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-postgres lint demo bench screenshots translations clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Start the app; on first start it creates and opens a demo workspace.
run: $(STAMP)
	$(PY) -m hybridhub.app $(ARGS)

## Lint, layer contracts, and the whole test suite offscreen.
test: $(STAMP)
	$(VENV)/bin/ruff check hybridhub tests benchmarks
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

## The whole suite again with every store a database on a PostgreSQL server (a local throwaway one
## unless HYBRIDHUB_TEST_POSTGRES_URL names a role that may create databases). CI runs both.
test-postgres: $(STAMP)
	url="$${HYBRIDHUB_TEST_POSTGRES_URL:-$$(bash scripts/postgres-test-db.sh)}"; \
	HYBRIDHUB_TEST_BACKEND=postgresql HYBRIDHUB_TEST_POSTGRES_URL="$$url" \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check hybridhub tests benchmarks
	$(VENV)/bin/ruff format --check hybridhub tests benchmarks

demo: $(STAMP)
	$(PY) -m hybridhub demo -o demo.hybridhub

## Ratio benchmarks (slow; not part of `make test`).
bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

## Qt translations: extract strings, then compile .qm files.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find hybridhub/ui -name '*.py') -ts resources/i18n/hybridhub_fr.ts resources/i18n/hybridhub_de.ts resources/i18n/hybridhub_es.ts
	for ts in resources/i18n/*.ts; do $(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

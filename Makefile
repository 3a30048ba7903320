# The two commands a new user needs: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint demo bench screenshots translations clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Start the app; on first start it creates and opens a demo workspace.
run: $(STAMP)
	$(PY) -m hybridhub.app $(ARGS)

## Lint (with complexity <= 20), layer contracts, types, and the whole test suite offscreen.
test: $(STAMP)
	$(VENV)/bin/ruff check hybridhub tests benchmarks
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) scripts/function_length.py --max 80
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

## Style and code health: formatting, complexity, function length, types, repeated blocks.
lint: $(STAMP)
	$(VENV)/bin/ruff check hybridhub tests benchmarks
	$(VENV)/bin/ruff format --check hybridhub tests benchmarks
	$(VENV)/bin/mypy
	$(PY) scripts/function_length.py --max 80
	$(VENV)/bin/pylint --disable=all --enable=duplicate-code --score=n hybridhub

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

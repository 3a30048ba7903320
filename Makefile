# The two commands a new user needs: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-postgres lint demo bench fuzz screenshots translations dist appimage flatpak clean

$(STAMP): pyproject.toml setup.py scripts/system-deps.sh
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

## The whole suite again with every store a database on a PostgreSQL server (a local throwaway one
## unless HYBRIDHUB_TEST_POSTGRES_URL names a role that may create databases). CI runs both.
test-postgres: $(STAMP)
	url="$${HYBRIDHUB_TEST_POSTGRES_URL:-$$(bash scripts/postgres-test-db.sh)}"; \
	HYBRIDHUB_TEST_BACKEND=postgresql HYBRIDHUB_TEST_POSTGRES_URL="$$url" \
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

## Mutation fuzzing of every importer through `hybridhub import` (slow; not part of `make test`).
FUZZ_INPUTS ?= 10000
FUZZ_SEED ?= 1
fuzz: $(STAMP)
	$(PY) -m tests.importers.fuzzing --inputs $(FUZZ_INPUTS) --seed $(FUZZ_SEED)

## Translations (docs/translating.md): the printed documents' gettext catalogues (.pot/.po -> .mo),
## then the app's Qt catalogues (.ts -> .qm).
translations: $(STAMP)
	$(PY) -m hybridhub.reports.catalogue
	$(PY) -m hybridhub.ui.qt_catalogues

## The installable app (docs/packaging.md): the PyInstaller one-folder build in dist/HybridHub, then a
## check that starts it offscreen and runs demo, report and forms print from it.
dist: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/hybridhub.spec
	HYBRIDHUB_DIST=dist/HybridHub QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/packaging/test_dist.py

## An AppImage from dist/ (packs it where appimagetool is on PATH; otherwise leaves the checked AppDir).
appimage: dist
	bash packaging/linux/build-appimage.sh dist/HybridHub

## A Flatpak of dist/ (needs flatpak-builder and the org.kde.Platform 6.8 runtime from Flathub).
flatpak: dist
	flatpak-builder --user --install --force-clean build/flatpak packaging/linux/org.hybridhub.HybridHub.yml

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

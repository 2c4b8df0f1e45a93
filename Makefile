# Two commands matter: `make run` and `make test`. Both build .venv from scratch when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint assets bench gallery guide-shots demo-large clean package bench-bundle

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/municipaless --demo

# Two workers, each test file on one of them (its module fixtures built once): 3.5 min
# instead of 8 on two cores. One test or folder: `.venv/bin/python -m pytest tests/core`.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check municipaless tests packaging
	$(BIN)/ruff format --check municipaless tests packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

# Compile forms/*.ui into municipaless/ui/forms and translations/*.ts into .qm (committed).
assets: $(STAMP)
	$(BIN)/python packaging/build_assets.py

# Benchmarks on the large demo file (not run by CI).
bench: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -o python_files='bench_*.py' -s tests/benchmarks

# Every document of the demo in every format, rendered to PDF/PNG when LibreOffice is here.
gallery: $(STAMP)
	$(BIN)/python packaging/gallery.py

# The user guide's screenshots (resources/guide/img/), taken offscreen from the demo territory.
guide-shots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/guide_shots.py

# The one-folder application in dist/MunicipalESS (PyInstaller, for the machine it runs on);
# pyinstaller comes with the `package` extra, so `make run`/`make test` never install it.
PACKAGE_STAMP := $(VENV)/.installed-package
PYINSTALLER := $(BIN)/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench,package]"
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(PYINSTALLER) packaging/municipaless.spec
	du -sh dist/MunicipalESS

# Cold start of the bundled app beside a bare PySide6 window bundled the same way.
bench-bundle: package
	MUNICIPALESS_BUNDLE=bare $(PYINSTALLER) --workpath build/pyinstaller-bare packaging/municipaless.spec
	$(BIN)/python -m pytest -q -p no:cacheprovider -o python_files='bench_*.py' -s \
		tests/benchmarks/bench_bundle.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist

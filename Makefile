# Saksi: `make run` starts the desktop app, `make test` runs the whole suite.
# Both set everything up first (system packages where missing, then a virtualenv).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# System packages: Khmer, Thai, Myanmar and Lao fonts (Saksi ships its own in app/fonts; fonts-noto-core is where the
# bundled Lao and Myanmar came from and serves the OS-fallback tests), poppler-utils for PDF checks,
# the libraries Qt needs even offscreen, and syncthing (offices exchange referral packages through a synced folder).
DEBS   := fonts-khmeros fonts-thai-tlwg fonts-noto-core poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 syncthing

.PHONY: run test lint typecheck bench deps venv clean screenshots translations case-schema

run: venv
	$(BIN)/python -m app

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/ruff check .
	$(BIN)/mypy

lint: venv
	$(BIN)/ruff check .

typecheck: venv
	$(BIN)/mypy

# make bench ONLY=large (or vault,cases,large,mixed,images,drafting,findings,text) re-runs those sections only.
bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(ONLY),--only $(ONLY))

# English at a laptop's size; Khmer at 1200x760 (prints any text that does not fit).
screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots/km --language km --size 1200x760

# Texts to translate: app_strings.py (texts of app/ and storage/), then lupdate and lrelease.
# ui/i18n/README.md says how to translate what is new.
translations: venv
	$(BIN)/python -m ui.i18n.extract && $(BIN)/ruff format -q ui/i18n/app_strings.py
	$(BIN)/python -m ui.i18n.catalog update km

case-schema: venv
	$(BIN)/python -c "import json; from app.case_model import Case; \
	open('docs/case-format.schema.json', 'w').write(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))"

deps:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing system packages:$$missing"; \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	  else echo "Please install:$$missing (or their equivalents on your system)"; fi; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml | deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info

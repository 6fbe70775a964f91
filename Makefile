# Saksi: `make run` starts the desktop app, `make test` runs the whole suite.
# Both set everything up first (system packages where missing, then a virtualenv).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# System packages: Khmer, Thai, Myanmar and Lao fonts (Saksi ships its own in app/fonts; fonts-noto-core is where the
# bundled Lao and Myanmar came from and serves the OS-fallback tests), poppler-utils for PDF checks,
# the libraries Qt needs even offscreen, and everything Qt's xcb plugin (a real X display) links to: the list is
# `objdump -p` of PySide6's plugins/platforms/libqxcb.so, lib/libQt6XcbQpa.so.6 and plugins/xcbglintegrations/*.so
# (tests/e2e/test_xcb_start.py checks it). xvfb lets that test start the app on a virtual X display.
QT_XCB := libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
          libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
          libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libglib2.0-0
# syncthing: offices exchange referral packages through a synced folder (docs/office-exchange.md).
# Tesseract with the languages of the evidence (OCR of screenshots and passports, app/evidence/imaging.py).
OCR    := tesseract-ocr tesseract-ocr-eng tesseract-ocr-khm tesseract-ocr-tha tesseract-ocr-mya tesseract-ocr-lao \
          tesseract-ocr-vie tesseract-ocr-chi-sim
# tests/artifact builds and installs the release: libwayland-* are the .deb's Depends beyond these (dpkg checks them;
# Qt's Wayland plugin), binutils has the strip the build runs.
DEBS   := fonts-khmeros fonts-thai-tlwg fonts-noto-core poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 \
          libdbus-1-3 $(QT_XCB) libwayland-cursor0 libwayland-egl1 binutils xvfb $(OCR) syncthing age

.PHONY: run test lint typecheck bench reliability deps venv clean screenshots translations case-schema dist dist-smoke test-fresh icons

run: venv
	$(BIN)/python -m app

# Four workers even on two cores: many tests wait on subprocesses (the CLI, Syncthing, the release build), and the
# whole suite measured 450 s with -n 4 against 541 s with -n 2 on this project's 2-core machine (all passing).
# loadfile keeps a file's tests on one worker; tests/scheduling.py hands out the longest files first.
# Byte code is cached in build/pycache (never beside the sources), even where PYTHONDONTWRITEBYTECODE is set: each
# worker and each `python -m app` of a test compiled Saksi and rewrote every test module anew (collection 14 s -> 7 s).
test: venv
	PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/build/pycache QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -q -p no:cacheprovider -n 4 --dist loadfile
	$(BIN)/ruff check .
	$(BIN)/mypy

lint: venv
	$(BIN)/ruff check .

typecheck: venv
	$(BIN)/mypy

# make bench ONLY=large (or vault,cases,large,mixed,images,drafting,findings,text) re-runs those sections only.
bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(ONLY),--only $(ONLY))

# Fault trials (kill -9 during import and edits, damaged vaults, hostile files) -> docs/reliability.md; a few
# minutes, so not part of `make test`. TRIALS=N scales every kind.
reliability: venv
	$(BIN)/python -m bench.reliability $(if $(TRIALS),--trials $(TRIALS))

# English and Khmer at a field laptop's 1200x760 (prints any text that does not fit).
screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots --size 1200x760
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots/km --language km --size 1200x760

# Texts to translate: app_strings.py (texts of app/ and storage/), then lupdate and lrelease.
# ui/i18n/README.md says how to translate what is new.
translations: venv
	$(BIN)/python -m ui.i18n.extract && $(BIN)/ruff format -q ui/i18n/app_strings.py
	$(BIN)/python -m ui.i18n.catalog update km

case-schema: venv
	$(BIN)/python -c "import json; from app.cases.model import Case; \
	open('docs/case-format.schema.json', 'w').write(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))"

# The release for this OS into dist/ (PyInstaller onedir; on Linux also a .deb), from a clean virtualenv of its
# own (build/dist-venv: runtime dependencies and PyInstaller, no dev tools). Prints sizes and the build time.
# `make test` builds a quick variant of it once (tests/artifact: same spec, the project's venv, .deb uncompressed) and
# installs, upgrades and smoke-tests that; release.yml builds the real releases on native runners (packaging/README.md).
dist:
	nice $(PYTHON) packaging/dist.py $(if $(REUSE),--reuse-venv)

# The smoke test on the built artifact: the .deb on Linux (its Depends installed first), else dist/saksi.
dist-smoke: deps
	@deb=$$(ls dist/saksi_*.deb 2>/dev/null | tail -1); \
	if [ -n "$$deb" ]; then \
	  need=$$(dpkg-deb -f "$$deb" Depends | tr -d ' ' | tr ',' ' '); missing=""; \
	  for p in $$need; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; fi; \
	  nice build/dist-venv/bin/python packaging/smoke.py "$$deb" $(if $(SHOTS),--shots $(SHOTS)); \
	else nice build/dist-venv/bin/python packaging/smoke.py dist/saksi $(if $(SHOTS),--shots $(SHOTS)); fi

# The .deb on a machine with nothing else: a minimal Debian 12 (debootstrap), the package installed in it with apt
# (only its Depends come along), the smoke test run inside it with chroot. As root; downloads about 150 MiB of
# Debian packages, so not part of `make test`. Takes dist/'s .deb (make dist), else make test's build/test-dist.
test-fresh: venv
	@deb=$$(ls dist/saksi_*.deb build/test-dist/saksi_*.deb 2>/dev/null | head -1); \
	if [ -z "$$deb" ]; then echo "No .deb: run make dist first"; exit 1; fi; \
	command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; \
	nice $(BIN)/python packaging/fresh_install.py "$$deb" --shots build/fresh-shots

icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

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
	rm -rf $(VENV) build dist *.egg-info

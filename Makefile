# The two commands in the README: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: run test lint typecheck test-unit test-keyring soak clean translations translations-update \
	screenshots bench package package-check
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

# The version lives in musette_desktop/__init__.py: a new one reinstalls the metadata.
$(INSTALLED): pyproject.toml musette_desktop/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(INSTALLED)

# The ESCO files (folder or portal ZIP) the taxonomy is built from.
ESCO ?= ../shared/data/esco
# France Travail's ROME 4.0 files (the job directory is built from them).
ROME ?= ../shared/data/rome-4.0

# System packages first: on Debian even `python3 -m venv` may need one.
run:
	@PYTHON=$(PYTHON) bash scripts/sysdeps.sh run
	@$(MAKE) --no-print-directory $(INSTALLED) translations
	@# The ESCO taxonomy, once, when its files are beside the checkout (else free-text skills).
	@if [ -d $(ESCO) ]; then $(VENV)/bin/musette taxonomy import $(ESCO) --if-missing; fi
	@if [ -d $(ROME) ]; then $(VENV)/bin/musette reference import $(ROME) --if-missing; fi
	@# Without a display the app says so in one line; make adds nothing after it.
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
		$(VENV)/bin/musette || true; \
	else \
		$(VENV)/bin/musette; \
	fi

test:
	@PYTHON=$(PYTHON) bash scripts/sysdeps.sh test
	@$(MAKE) --no-print-directory $(INSTALLED) translations
	@$(MAKE) --no-print-directory lint typecheck package-check test-unit test-keyring

# Compiled translations are build outputs; the .ts files are the sources.
resources/translations/%.qm: resources/translations/%.ts $(INSTALLED)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing interface text: refresh the .ts files, then translate what is new.
translations-update: $(INSTALLED)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui musette_desktop -name "*.py" | sort) -source-language fr_FR \
		-target-language en_GB -ts resources/translations/musette_en.ts

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(INSTALLED)
	$(VENV)/bin/mypy

test-unit: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not secret_service"
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --smoke

test-keyring: $(INSTALLED)
	bash scripts/run-keyring-tests.sh $(abspath $(PY))

# Long fault-injection runs, kept out of `make test`: 300 SIGKILLs instead of 30,
# 10 000 mutated files instead of 1 500.
soak: $(INSTALLED)
	MUSETTE_KILL_ROUNDS=300 MUSETTE_FUZZ_EXAMPLES=10000 $(PY) -m pytest -s \
		tests/vault/test_processes.py tests/vault/test_backup.py tests/vault/test_mutated_files.py

# The performance budget: ratios against plain SQLite measured in the same run.
bench: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# What can be proven about the package without Briefcase's template: Briefcase
# accepts the bridged configuration, and Debian's validators accept the
# desktop entry, the AppStream metadata and the MIME type.
package-check: $(INSTALLED) translations
	$(PY) scripts/briefcase_bridge.py build/briefcase --check
	desktop-file-validate resources/linux/org.musette.Musette.desktop
	appstreamcli validate --no-net resources/linux/org.musette.Musette.metainfo.xml
	xmllint --noout resources/linux/musette-mime.xml
	@# groff reports a malformed man page with warnings and exit status 0.
	@warnings=$$(groff -man -Tutf8 -ww -z resources/linux/musette.1 2>&1); \
		if [ -n "$$warnings" ]; then echo "musette.1: $$warnings"; exit 1; fi

# The Linux .deb, read back and started (see scripts/package.sh for BRIEFCASE_TEMPLATE).
package:
	@PYTHON=/usr/bin/python3 bash scripts/sysdeps.sh package
	@$(MAKE) --no-print-directory $(INSTALLED) translations
	ESCO=$(ESCO) ROME=$(ROME) bash scripts/package.sh

# Every screen on the demo career, in French and English, drawn by a real X server (Xvfb);
# again on a 1366×768 laptop screen, and with text at 200 % on a 1920×1080 one.
screenshots: $(INSTALLED) translations
	@PYTHON=$(PYTHON) bash scripts/sysdeps.sh screenshots
	for lang in fr en; do \
		xvfb-run -a -s "-screen 0 1400x1000x24" env QT_QPA_PLATFORM=xcb \
			$(PY) scripts/screenshots.py docs/screenshots --lang $$lang || exit 1; \
		xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
			$(PY) scripts/screenshots.py docs/screenshots/laptop --lang $$lang --size 1366x768 \
			|| exit 1; \
	done
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
		$(PY) scripts/screenshots.py docs/screenshots/large-text --scale 2 --size 1920x1080
	$(PY) scripts/render_exports.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

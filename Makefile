# zhpolicy — two entry points (see README "Quick start"):
#   make demo   set up .venv and run the main job on a sample speech
#   make test   set up .venv (with test extras) and run the whole suite
#   make serve  set up .venv (with the web extra) and start the staff page on http://127.0.0.1:8000/
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLE ?= corpora/samples/county_cadre_speech.txt
export ZHPOLICY_CACHE ?= $(CURDIR)/.cache/zhpolicy
HOST   ?= 127.0.0.1
PORT   ?= 8000
export MPLBACKEND ?= Agg

.PHONY: demo test lint serve setup setup-test setup-web setup-pkuseg bench clean fonts browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The package, once: editable, plain Python (nothing to compile). The first line removes what the
# Cython build this project used to make left beside the sources: extension modules would be
# imported instead of the .py files.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@find pipeline \( -name '*.so' -o -name '*.pyd' \) -delete; rm -f pipeline/_compiled.json
	$(BIN)/pip install -q -e .
	touch $@

# An extra (test, web, …) on top of the installed package: only its requirements
# (tools/extras.py), so that `make demo` then `make test` installs nothing twice.
$(VENV)/.installed-%: pyproject.toml tools/extras.py $(VENV)/.installed
	$(BIN)/python tools/extras.py $* > $(VENV)/requirements-$*.txt
	$(BIN)/pip install -q -r $(VENV)/requirements-$*.txt
	touch $@

setup-pkuseg: $(VENV)/.installed
	$(BIN)/pip install -q numpy cython setuptools wheel
	$(BIN)/pip install -q --no-build-isolation pkuseg

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test fonts browser
setup-web: $(VENV)/.installed-web

demo: setup
	$(BIN)/zhpolicy extract $(SAMPLE)

test: setup-test lint
	$(BIN)/python -m pytest

# ruff (configured in pyproject.toml); part of `make test`, so CI fails on a finding
lint: setup-test
	$(BIN)/ruff check pipeline tests benchmarks tools

# The staff page (zhpolicy serve); HOST=0.0.0.0 serves the network: then add TOKEN=…
serve: setup-web
	$(BIN)/zhpolicy serve --host $(HOST) --port $(PORT) $(if $(TOKEN),--token $(TOKEN))

bench: setup-test
	$(BIN)/python benchmarks/run_all.py

# A CJK font, so that the notebooks' plots render Chinese; never fails where apt-get is unavailable.
fonts:
	@fc-list :lang=zh 2>/dev/null | grep -q . || { command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei) >/dev/null 2>&1; } || \
	  echo "note: no CJK font installed; Chinese in notebook plots will show as boxes" >&2

# Debian's chromium for the browser tests (Playwright drives it; `playwright install` is never run);
# never fails where apt-get is unavailable: tests/test_web_browser.py then skips, saying why.
browser:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1; } || \
	  echo "note: no chromium installed; the browser tests will skip" >&2

clean:
	rm -rf $(VENV) .cache .pytest_cache

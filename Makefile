# zhpolicy — two entry points (see README "Quick start"):
#   make demo   set up .venv and run the main job on a sample speech
#   make test   set up .venv (with test extras) and run the whole suite
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLE ?= corpora/samples/county_cadre_speech.txt
export ZHPOLICY_CACHE ?= $(CURDIR)/.cache/zhpolicy
export MPLBACKEND ?= Agg

.PHONY: demo test setup setup-test setup-pkuseg bench clean fonts compile

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml hatch_build.py | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml hatch_build.py | $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

setup-pkuseg: $(VENV)/.installed
	$(BIN)/pip install -q numpy cython setuptools wheel
	$(BIN)/pip install -q --no-build-isolation pkuseg

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test fonts

demo: setup
	$(BIN)/zhpolicy extract $(SAMPLE)

test: setup-test
	$(BIN)/python -m pytest

# Recompile the hot modules after editing them (until then their .py files run: pipeline/_accel.py)
compile: | $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/zhpolicy --version

bench: setup-test
	$(BIN)/python benchmarks/run_all.py

# A CJK font, so that the notebooks' plots render Chinese; never fails where apt-get is unavailable.
fonts:
	@fc-list :lang=zh 2>/dev/null | grep -q . || { command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei) >/dev/null 2>&1; } || \
	  echo "note: no CJK font installed; Chinese in notebook plots will show as boxes" >&2

clean:
	rm -rf $(VENV) .cache .pytest_cache pipeline/_compiled.json
	find pipeline -name '*.so' -delete

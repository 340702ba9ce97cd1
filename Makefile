# Two commands on a fresh machine: `make run` (set up + launch) and `make test` (set up + test).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test screenshots bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# torch is optional: when its wheel is available the parity tests run against it.
	-$(BIN)/python -m pip install --quiet 'torch==2.13.0' 2>/dev/null || echo "torch not available: the torch parity tests will be skipped"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lstm-sim

test: $(STAMP)
	$(BIN)/python -m pytest -q

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/lstm-sim screenshot --out resources/screenshots

bench: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_model.py
	$(BIN)/python tests/benchmarks/bench_startup.py
	$(BIN)/python tests/benchmarks/bench_step.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# Two commands on a fresh machine: `make run` (set up + launch) and `make test` (set up + test).
# `make run` installs only what the app needs; `make test` adds the test tools and a
# CPU-only PyTorch for the parity tests (never the multi-GB CUDA build).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
TORCH := torch==2.13.0+cpu
TORCH_INDEX := https://download.pytorch.org/whl/cpu

.PHONY: run test screenshots translations bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# torch is optional: with it the parity tests compare our model with torch.nn.LSTM.
	@# The CPU wheel from the configured indexes first, else from PyTorch's CPU index.
	-$(BIN)/python -m pip install --quiet --retries 0 '$(TORCH)' 2>/dev/null \
		|| $(BIN)/python -m pip install --quiet --retries 1 --timeout 20 '$(TORCH)' --extra-index-url $(TORCH_INDEX) \
		|| echo "torch (CPU) not available here: the torch parity tests will be SKIPPED"
	touch $@

run: $(APP_STAMP)
	$(BIN)/lstm-sim

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

screenshots: $(APP_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/lstm-sim screenshot --out resources/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/lstm-sim screenshot --out resources/screenshots --lang zh-TW --only lessons
	QT_QPA_PLATFORM=offscreen $(BIN)/lstm-sim screenshot --out resources/screenshots --only sizes

# Refresh the translation source from every tr() in the code, then compile it for the app.
translations: $(APP_STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'lstm_sim/*.py') -ts resources/i18n/lstm_sim_zh_TW.ts -target-language zh_TW
	$(BIN)/pyside6-lrelease resources/i18n/lstm_sim_zh_TW.ts -qm resources/i18n/lstm_sim_zh_TW.qm

# Every benchmark, then one table of figures and their ratios to the floor of the same run.
bench: $(TEST_STAMP)
	$(BIN)/python tests/benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis

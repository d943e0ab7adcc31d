# PadFusion: `make serve` runs the daemon on the bundled presets; `make test` runs the whole suite, `make lint`
# checks the sources with ruff.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
NODE_MODULES := max_for_live/node_modules/.package-lock.json

.PHONY: install serve test lint install-check bench device clean

install: $(STAMP)

# The pinned torch is the CPU wheel; an unpinned one would pull several GB of CUDA packages.
# The reference implementation (a-unet, audio-diffusion-pytorch) is installed without its
# dependencies: the parity tests need its maths, not torchaudio.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -c "import torch" 2>/dev/null || $(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m pip install -q --no-deps a-unet==0.0.16 audio-diffusion-pytorch==0.1.3
	touch $(STAMP)

# acorn, for the device tests' ES5 check (a test dependency, so `make test` installs it, not `make install`);
# only where Node is installed (without Node those tests skip).
$(NODE_MODULES): max_for_live/package-lock.json
	if command -v npm >/dev/null; then cd max_for_live && npm ci --no-audit --no-fund; fi

serve: install
	HF_HUB_OFFLINE=1 $(VENV)/bin/padfusion serve

# The suite runs on one worker per core (at most four), a test file per worker at a time: a file's tests share
# its fixtures (a daemon, a model) as they do in one process.
test: install $(NODE_MODULES)
	$(PY) -m pytest -q -n auto --maxprocesses 4 --dist loadfile

lint: install
	$(VENV)/bin/ruff check core bridge model max_for_live benchmarks tests

# The wheel a producer installs, in a fresh virtual environment outside the checkout (CI runs it too).
install-check:
	bash .ci/install-check

# Every bench module (or BENCH=bench_NAME), its figures recorded in benchmarks/results/, then docs/benchmarks.md
# and the bundled model cards' score tables made from them (commit all three).
bench: install
	$(PY) -m benchmarks $(BENCH)

# The Max for Live device: padfusion.js's protocol table, PadFusion.maxpat and PadFusion.amxd from their
# sources (commit all three).
device: install
	$(PY) -m padfusion.max_for_live.build

clean:
	rm -rf $(VENV) build *.egg-info max_for_live/node_modules

# newsgraph: `make demo` builds and runs the main job on examples/; `make test` runs every test.
#
# Oxigraph bundles RocksDB (C++, ~25 min cold on 2 cores). It is compiled once, in one cargo
# profile shared by tests and demo, into a target directory outside the clone, with ccache for the
# C++ part when ccache is installed, so later builds in any clone reuse the objects.

SHELL := /bin/bash
CACHE_HOME ?= $(HOME)/.cache/newsgraph
export CARGO_TARGET_DIR ?= $(CACHE_HOME)/target
export CCACHE_DIR ?= $(HOME)/.cache/ccache
ifneq ($(shell command -v ccache 2>/dev/null),)
ifeq ($(origin CC),default)
export CC := ccache gcc
endif
ifeq ($(origin CXX),default)
export CXX := ccache g++
endif
endif
BIN := $(CARGO_TARGET_DIR)/debug/newsgraph
VENV ?= .venv
PYTHON := $(VENV)/bin/python
STORE ?= newsgraph.db

.PHONY: all build demo test check-deps venv lint clean-demo bench bench-criterion bench-deps

all: build

# What a fresh machine needs to build: libclang (bindgen for RocksDB), a C++ compiler.
check-deps:
	@missing=""; \
	ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || [ -n "$$LIBCLANG_PATH" ] || missing="$$missing libclang-dev"; \
	command -v g++ >/dev/null || missing="$$missing g++"; \
	command -v xmllint >/dev/null || missing="$$missing libxml2-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing ccache"; apt-get update -qq && apt-get install -y -qq $$missing ccache >/dev/null; \
	  else \
	    echo "missing system packages:$$missing (Debian/Ubuntu: sudo apt-get install$$missing ccache)"; exit 1; \
	  fi; \
	fi

build: check-deps
	cargo build

# The main job on the example articles shipped in the repo: store in ./$(STORE), exports in exports/.
demo: build
	rm -rf $(STORE)
	$(BIN) --store $(STORE) build examples/ --out exports

$(PYTHON): scripts/requirements-test.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q -r scripts/requirements-test.txt
	touch $(PYTHON)

venv: $(PYTHON)

test: check-deps venv
	NEWSGRAPH_PYTHON=$(abspath $(PYTHON)) cargo test --all-targets

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings

clean-demo:
	rm -rf $(STORE) exports/*.graphml exports/*.csv exports/*.nq exports/*.trig

# Benchmarks use the `perf` cargo profile (Cargo.toml): Rust code at opt-level 3, RocksDB's C++ with
# the dev profile's flags so ccache serves it (a `--release` build would recompile it, ~25 min).
# `make bench` prints the summary table (scripts/bench.sh; BENCH_ARTICLES=20000 for a quick run);
# `make bench-criterion` runs the per-stage criterion benches in benches/.
bench-deps:
	@[ -x /usr/bin/time ] || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing: time"; apt-get update -qq && apt-get install -y -qq time >/dev/null; \
	  else echo "missing system package: time (/usr/bin/time)"; exit 1; fi; }

bench: check-deps bench-deps venv
	PYTHON=$(abspath $(PYTHON)) bash scripts/bench.sh

bench-criterion: check-deps
	cargo bench --profile perf

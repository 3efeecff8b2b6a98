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

.PHONY: all build demo test check-deps venv lint clean-demo train-ner eval-ner fuzz bench bench-criterion bench-deps

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
	rm -rf $(STORE) exports/*.graphml exports/*.gexf exports/*.csv exports/*.nq exports/*.trig exports/*.ttl

# The Arabic name tagger: trained on ANERcorp's train file (CAMeL Lab split) minus its last tenth,
# which is held out as the dev split; writes ontology/ner/ar.model (rebuild to embed it) and
# prints dev precision/recall/F1. About 2 minutes in the debug build.
ANERCORP ?= ../shared/data/anercorp-camel/ANERCorp_CamelLab_train.txt
train-ner: build
	$(BIN) train-ner --train $(ANERCORP) --out ontology/ner/ar.model
	cargo build

eval-ner: build
	$(BIN) eval-ner $(ANERCORP) --split dev

# The tagger's word-frequency table (hashed keys only) from wordfreq: pip install -r scripts/requirements-ner.txt
.PHONY: ner-freq
ner-freq:
	python3 scripts/gen_ner_freq.py

# Fuzz targets in tests/fuzz (input parsing, text analysis, extraction), each run FUZZ_SECONDS.
# Stable toolchain: no sanitizer, RUSTC_BOOTSTRAP for cargo-fuzz's flags; the dev profile keeps
# RocksDB's C++ flags those of the main build so ccache serves it. Its own target dir, because
# coverage instrumentation would otherwise rebuild the main one. Crashes land in tests/fuzz/artifacts.
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= input text extract
FUZZ_TARGET_DIR ?= $(CACHE_HOME)/target-fuzz
fuzz: check-deps
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	for t in $(FUZZ_TARGETS); do \
	  CARGO_TARGET_DIR=$(FUZZ_TARGET_DIR) RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz --dev \
	    --sanitizer none $$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 || exit 1; \
	done

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

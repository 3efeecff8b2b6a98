//! Integration tests: every test runs the real `newsgraph` binary in a fresh temporary directory
//! (see `it/util.rs`), so what is checked is what a user or an outside tool sees.
//!
//! One test binary with modules, not one per file: each test binary links RocksDB.

#[path = "it/util.rs"]
mod util;

#[path = "it/bad_input.rs"]
mod bad_input;
#[path = "it/build_and_export.rs"]
mod build_and_export;
#[path = "it/cli.rs"]
mod cli;
#[path = "it/conformance.rs"]
mod conformance;
#[path = "it/crash.rs"]
mod crash;
#[path = "it/filters.rs"]
mod filters;
#[path = "it/hostile_queries.rs"]
mod hostile_queries;
#[path = "it/input.rs"]
mod input;
#[path = "it/kb_import.rs"]
mod kb_import;
#[path = "it/ner.rs"]
mod ner;
#[path = "it/properties.rs"]
mod properties;
#[path = "it/seed.rs"]
mod seed;
#[path = "it/seed_entities.rs"]
mod seed_entities;
#[path = "it/snapshots.rs"]
mod snapshots;
#[path = "it/store.rs"]
mod store;
#[path = "it/throughput.rs"]
mod throughput;

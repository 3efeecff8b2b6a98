//! Integration tests: every test runs the real `newsgraph` binary in a fresh temporary directory
//! (see `it/util.rs`), so what is checked is what a user or an outside tool sees.
//!
//! One test binary with modules, not one per file: each test binary links RocksDB.

#[path = "it/util.rs"]
mod util;

#[path = "it/build_and_export.rs"]
mod build_and_export;
#[path = "it/cli.rs"]
mod cli;
#[path = "it/input.rs"]
mod input;
#[path = "it/seed.rs"]
mod seed;
#[path = "it/store.rs"]
mod store;
#[path = "it/throughput.rs"]
mod throughput;

//! newsgraph: Arabic and English news articles to a knowledge graph of political actors and events.
//!
//! The pipeline, one module per stage:
//! [`input`] -> [`text`] -> [`extract`] -> [`store`] -> [`graph`] -> [`export`] / [`stats`];
//! [`eval`] scores extraction against annotated articles, [`cli`] wires the stages into commands.

pub mod cli;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod model;
pub mod stats;
pub mod store;
pub mod text;

// The store's bulk loader sorts and frees millions of small keys per batch, and extraction, dump
// and export allocate a string per term: glibc's malloc spent about a quarter of ingest's CPU in
// malloc/free (unlink_chunk, consolidation). mimalloc is a small C library built with the crate.
// Set here, not in main.rs, so the examples and benches measure what the binary runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

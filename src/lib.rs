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

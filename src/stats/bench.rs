//! Single measures timed one by one, for `make bench` (examples/bench_graph.rs) and its NetworkX
//! comparison (scripts/nx_stats.py). Not part of the command line: [`super::compute`] is the entry.

use std::time::Instant;

use crate::graph::KnowledgeGraph;

use super::{collapsed, components, pagerank, paths};

/// What [`measure`] computed, per node index of the graph, with the seconds each step took.
pub struct Measured {
    /// `(step, seconds)` in the order run: collapse, pagerank, pagerank-nx-tol, components,
    /// betweenness.
    pub seconds: Vec<(&'static str, f64)>,
    /// `stats`'s PageRank (to an L1 change below 1e-10).
    pub pagerank: Vec<f64>,
    /// The same iteration stopped by NetworkX's default rule (L1 change below n * 1e-6), the
    /// like-for-like counterpart of `networkx.pagerank(G)` with its default `tol`.
    pub pagerank_nx_tol: Vec<f64>,
    pub pagerank_iterations: usize,
    pub pagerank_nx_tol_iterations: usize,
    pub components: usize,
    /// Node indices the betweenness was accumulated from (the `stats --samples` choice).
    pub sources: Vec<usize>,
    pub betweenness: Vec<f64>,
}

/// PageRank, weak components and betweenness from `samples` sources, each timed: the measures
/// `make bench` compares with NetworkX on the same graph.
pub fn measure(graph: &KnowledgeGraph, samples: usize) -> Measured {
    let mut seconds = Vec::new();
    let mut t = Instant::now();
    let mut lap = |name, seconds: &mut Vec<(&'static str, f64)>| {
        seconds.push((name, t.elapsed().as_secs_f64()));
        t = Instant::now();
    };
    let csr = collapsed(graph);
    let n = csr.node_count();
    lap("collapse", &mut seconds);
    let pagerank = pagerank::pagerank(&csr);
    lap("pagerank", &mut seconds);
    let nx_tol = pagerank::pagerank_with(
        &csr,
        pagerank::DAMPING,
        n as f64 * 1e-6,
        pagerank::MAX_ITERATIONS,
    );
    lap("pagerank-nx-tol", &mut seconds);
    let components = components::weak_components(n, csr.arcs()).sizes.len();
    lap("components", &mut seconds);
    let sources = paths::sample_sources(n, samples);
    let betweenness = paths::sampled_betweenness(&csr, &sources);
    lap("betweenness", &mut seconds);
    Measured {
        seconds,
        pagerank: pagerank.scores,
        pagerank_nx_tol: nx_tol.scores,
        pagerank_iterations: pagerank.iterations,
        pagerank_nx_tol_iterations: nx_tol.iterations,
        components,
        sources,
        betweenness,
    }
}

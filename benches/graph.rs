//! Exports and statistics on a synthetic graph (default 100k nodes, 1M edges; override with
//! BENCH_NODES / BENCH_EDGES): time per export format and for `stats::compute` (degree,
//! components, PageRank). Peak memory is printed at the end.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use newsgraph::{export, stats};

fn size(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn graph(c: &mut Criterion) {
    let (nodes, edges) = if common::full_run() {
        (size("BENCH_NODES", 100_000), size("BENCH_EDGES", 1_000_000))
    } else {
        (1_000, 5_000)
    };
    let kg = common::synthetic_graph(nodes, edges);
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group(format!("graph-{}n-{}e", kg.node_count(), kg.edge_count()));
    group.sample_size(10);
    for format in export::Format::ALL {
        let out = match format {
            export::Format::Csv => dir.path().join("csv"),
            _ => dir.path().join(format!("{format}.graphml")),
        };
        group.bench_function(format!("export-{format}"), |b| {
            b.iter(|| export::write(&kg, format, &out, &[]).unwrap())
        });
    }
    group.bench_function("stats", |b| {
        b.iter(|| stats::compute(&kg, &stats::Options::default()))
    });
    group.finish();
    if let Some(mib) = common::peak_rss_mib() {
        eprintln!("graph bench peak RSS: {mib:.0} MiB");
    }
}

criterion_group!(benches, graph);
criterion_main!(benches);

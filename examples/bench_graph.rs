//! Export and statistics timings on a synthetic graph, for `make bench` (scripts/bench.sh):
//! builds a graph of `--nodes` nodes and `--edges` edges (the same as the criterion bench), writes
//! every export into `--out` and prints one `name<TAB>seconds` line per step, then peak RSS.
//! The measures NetworkX is compared on (PageRank, weak components, betweenness from `--samples`
//! sources) are also timed one by one (`measure-*` lines); their per-node values and the sampled
//! sources go to `--out/measures.tsv` and `--out/sources.txt` for scripts/nx_stats.py.
//!
//! ```sh
//! cargo run --profile perf --example bench_graph -- --nodes 100000 --edges 1000000 --out /tmp/g
//! ```

#[path = "../benches/common/synthetic.rs"]
mod synthetic;

use std::path::PathBuf;
use std::time::Instant;

use newsgraph::{export, stats};

fn main() {
    let (mut nodes, mut edges, mut out) = (100_000, 1_000_000, PathBuf::from("bench-graph"));
    let mut samples = 20;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().unwrap_or_default();
        match a.as_str() {
            "--nodes" => nodes = v.parse().expect("--nodes N"),
            "--edges" => edges = v.parse().expect("--edges N"),
            "--out" => out = PathBuf::from(v),
            "--samples" => samples = v.parse().expect("--samples K"),
            _ => {
                eprintln!("usage: bench_graph --nodes N --edges N --out DIR [--samples K]");
                std::process::exit(2);
            }
        }
    }
    let t = Instant::now();
    let kg = synthetic::synthetic_graph(nodes, edges);
    println!("build\t{:.3}", t.elapsed().as_secs_f64());
    println!("nodes\t{}", kg.node_count());
    println!("edges\t{}", kg.edge_count());
    for format in export::Format::ALL {
        let path = match format {
            export::Format::Csv => out.clone(),
            export::Format::Graphml => out.join("graph.graphml"),
            export::Format::GraphmlMixed => out.join("graph.gephi.graphml"),
            export::Format::Gexf => out.join("graph.gexf"),
        };
        let t = Instant::now();
        export::write(&kg, format, &path, &[]).expect("export");
        println!("export-{format}\t{:.3}", t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    let s = stats::compute(&kg, &stats::Options::default());
    println!("stats\t{:.3}", t.elapsed().as_secs_f64());
    println!("components\t{}", s.components);
    if let Some(top) = s.top_pagerank.first() {
        println!("top-pagerank\t{}\t{:.6}", top.id, top.value);
    }
    let m = stats::bench::measure(&kg, samples);
    for (name, secs) in &m.seconds {
        println!("measure-{name}\t{secs:.3}");
    }
    println!("measure-components-count\t{}", m.components);
    println!("pagerank-iterations\t{}", m.pagerank_iterations);
    println!(
        "pagerank-nx-tol-iterations\t{}",
        m.pagerank_nx_tol_iterations
    );
    println!("samples\t{}", m.sources.len());
    let g = &kg.graph;
    let id = |i: usize| g[petgraph::graph::NodeIndex::new(i)].id.as_str();
    let mut tsv = String::from("id\tpagerank\tbetweenness\tpagerank_nx_tol\n");
    for i in 0..g.node_count() {
        tsv += &format!(
            "{}\t{:e}\t{:e}\t{:e}\n",
            id(i),
            m.pagerank[i],
            m.betweenness[i],
            m.pagerank_nx_tol[i]
        );
    }
    std::fs::write(out.join("measures.tsv"), tsv).expect("write measures.tsv");
    let sources: String = m.sources.iter().map(|&s| format!("{}\n", id(s))).collect();
    std::fs::write(out.join("sources.txt"), sources).expect("write sources.txt");
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(kb) = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
    {
        println!("peak-rss-kib\t{kb}");
    }
}

//! `build` on the examples, then every export checked against the store, against each other and,
//! when a Python with NetworkX and rdflib is given (NEWSGRAPH_PYTHON), by the tools that read them.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::util::{repo, Dir, Failures, Result, COUNT_QUADS};

/// (file under --out, `export --format` value) of every export `build` writes.
const EXPORTS: [(&str, &str); 8] = [
    ("graph.graphml", "graphml"),
    ("graph.gephi.graphml", "gephi-graphml"),
    ("graph.gexf", "gexf"),
    ("nodes.csv", "csv"),
    ("edges.csv", "csv"),
    ("graph.nq", "nquads"),
    ("graph.trig", "trig"),
    ("graph.ttl", "turtle"),
];

fn csv_table(path: &Path) -> Result<(Vec<String>, Vec<csv::StringRecord>)> {
    let mut r = csv::Reader::from_path(path)?;
    let header = r.headers()?.iter().map(String::from).collect();
    let rows = r.records().collect::<std::result::Result<_, _>>()?;
    Ok((header, rows))
}

#[test]
fn build_and_export() -> Result {
    let dir = Dir::new("build");
    let examples = repo().join("examples");
    let build = dir
        .cmd([
            "build".as_ref(),
            examples.as_os_str(),
            "--out".as_ref(),
            "exports".as_ref(),
        ])
        .run()
        .ok();
    let out = dir.join("exports");
    let mut f = Failures::default();

    for (name, _) in EXPORTS {
        let p = out.join(name);
        f.check(p.is_file(), || {
            format!(
                "{name} is not a file (exists: {}, directory: {})",
                p.exists(),
                p.is_dir()
            )
        });
    }

    // Gephi's spreadsheet import: Id (and Label) for nodes; Source, Target, Type (and Label,
    // Weight) for edges.
    let (node_header, node_rows) = csv_table(&out.join("nodes.csv"))?;
    let (edge_header, edge_rows) = csv_table(&out.join("edges.csv"))?;
    f.check(
        node_header.starts_with(&["Id".into(), "Label".into(), "Type".into()]),
        || format!("nodes.csv header {node_header:?} does not start with Id,Label,Type"),
    );
    f.check(
        edge_header.starts_with(&["Source".into(), "Target".into(), "Type".into()]),
        || format!("edges.csv header {edge_header:?} does not start with Source,Target,Type"),
    );
    for col in ["Label", "Weight"] {
        f.check(edge_header.iter().any(|h| h == col), || {
            format!("edges.csv header {edge_header:?} has no {col}")
        });
    }
    let ids: std::collections::BTreeSet<&str> = node_rows.iter().filter_map(|r| r.get(0)).collect();
    f.check(ids.len() == node_rows.len(), || {
        "duplicate node ids in nodes.csv".into()
    });
    for r in &edge_rows {
        let (s, t, ty) = (
            r.get(0).unwrap_or(""),
            r.get(1).unwrap_or(""),
            r.get(2).unwrap_or(""),
        );
        f.check(ids.contains(s) && ids.contains(t), || {
            format!("edge {s} -> {t} names a node not in nodes.csv")
        });
        f.check(ty == "Directed" || ty == "Undirected", || {
            format!("edge {s} -> {t} has Type {ty:?}")
        });
    }

    // stats and GraphML agree on the graph.
    let stats = dir.cmd(["stats", "--format", "json"]).run().ok();
    let s = stats.json()?;
    let (nodes, edges) = (s["nodes"].as_u64(), s["edges"].as_u64());
    f.check(
        nodes.is_some_and(|n| n > 0) && edges.is_some_and(|e| e > 0),
        || format!("stats: nodes {nodes:?}, edges {edges:?}"),
    );
    for name in ["graph.graphml", "graph.gephi.graphml"] {
        let Ok(xml) = fs::read_to_string(out.join(name)) else {
            continue; // reported above
        };
        let (n, e) = (
            xml.matches("<node ").count() as u64,
            xml.matches("<edge ").count() as u64,
        );
        f.check(Some(n) == nodes && Some(e) == edges, || {
            format!("{name}: {n} nodes / {e} edges, stats: {nodes:?} / {edges:?}")
        });
    }
    f.check(Some(node_rows.len() as u64) == nodes, || {
        format!(
            "nodes.csv has {} rows, stats {nodes:?} nodes",
            node_rows.len()
        )
    });
    f.check(Some(edge_rows.len() as u64) == edges, || {
        format!(
            "edges.csv has {} rows, stats {edges:?} edges",
            edge_rows.len()
        )
    });
    if let Ok(gephi) = fs::read_to_string(out.join("graph.gephi.graphml")) {
        let met = edge_rows
            .iter()
            .filter(|r| r.get(2) == Some("Undirected"))
            .count();
        f.check(gephi.matches("directed=\"false\"").count() == met, || {
            format!("graph.gephi.graphml: not {met} undirected (met-with) edges")
        });
    }

    // Exporting again gives byte-identical files.
    let again = dir.join("again");
    for (name, format) in EXPORTS {
        let target = if format == "csv" {
            again.clone()
        } else {
            again.join(name)
        };
        let run = dir
            .cmd([
                "export".as_ref(),
                "--format".as_ref(),
                format.as_ref(),
                "--out".as_ref(),
                target.as_os_str(),
            ])
            .run();
        if run.code != Some(0) {
            f.check(false, || format!("export --format {format} failed{run}"));
            continue;
        }
        let (a, b) = (fs::read(out.join(name)), fs::read(again.join(name)));
        f.check(matches!((&a, &b), (Ok(a), Ok(b)) if a == b), || {
            match (&a, &b) {
                (Ok(_), Ok(_)) => {
                    format!("{name}: a second export is not byte-identical to build's")
                }
                _ => format!(
                    "{name}: cannot compare the two exports: {:?} / {:?}",
                    a.err(),
                    b.err()
                ),
            }
        });
    }

    let quads = dir.count(COUNT_QUADS);
    let nq = fs::read_to_string(out.join("graph.nq")).unwrap_or_default();
    let nq_lines = nq.lines().filter(|l| !l.trim().is_empty()).count();
    f.check(nq_lines == quads, || {
        format!("graph.nq has {nq_lines} lines, the store {quads} quads")
    });
    let python = python_readers(&out, quads, nodes.unwrap_or(0), edges.unwrap_or(0), &mut f)?;
    f.finish(&format!("{build}{python}"));
    Ok(())
}

const PY_CHECK: &str = r#"
import json, sys
import networkx as nx
from rdflib import Dataset

graphml, nq = sys.argv[1], sys.argv[2]
g = nx.read_graphml(graphml)
nodes = list(g.nodes(data=True))
edges = list(g.edges(data=True))
ds = Dataset()
ds.parse(nq, format="nquads")
print(json.dumps({
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "directed": g.is_directed(),
    "nodes_without_label": [n for n, d in nodes if not d.get("label")],
    "nodes_without_type": [n for n, d in nodes if not d.get("type")],
    "edges_without_relation": [[u, v] for u, v, d in edges if not d.get("relation")],
    "quads": sum(1 for _ in ds.quads((None, None, None, None))),
}))
"#;

/// Reads the exports with NetworkX and rdflib when NEWSGRAPH_PYTHON names a Python that has them;
/// returns what Python printed, for the failure report.
fn python_readers(
    out: &Path,
    quads: usize,
    nodes: u64,
    edges: u64,
    f: &mut Failures,
) -> Result<String> {
    let Some(python) = std::env::var_os("NEWSGRAPH_PYTHON").filter(|p| !p.is_empty()) else {
        eprintln!(
            "skipped: NetworkX/rdflib checks of the exports (set NEWSGRAPH_PYTHON to a Python with \
             scripts/requirements-test.txt installed)"
        );
        return Ok(String::new());
    };
    let output = Command::new(&python)
        .arg("-c")
        .arg(PY_CHECK)
        .arg(out.join("graph.graphml"))
        .arg(out.join("graph.nq"))
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown = format!("===== {} =====\n{stdout}{stderr}", python.to_string_lossy());
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&stdout) else {
        f.check(false, || {
            format!("Python could not read the exports ({})", output.status)
        });
        return Ok(shown);
    };
    f.check(v["nodes"] == nodes, || {
        format!("networkx: {} nodes, stats {nodes}", v["nodes"])
    });
    f.check(v["edges"] == edges, || {
        format!("networkx: {} edges, stats {edges}", v["edges"])
    });
    f.check(v["directed"] == true, || {
        "networkx: graph not directed".into()
    });
    for k in [
        "nodes_without_label",
        "nodes_without_type",
        "edges_without_relation",
    ] {
        f.check(v[k].as_array().is_some_and(|a| a.is_empty()), || {
            format!("networkx: {k}: {}", v[k])
        });
    }
    f.check(v["quads"] == quads, || {
        format!(
            "rdflib: {} quads in graph.nq, the store {quads}",
            v["quads"]
        )
    });
    Ok(shown)
}

/// Every saved analyst query in ontology/queries runs on the examples' store and finds something.
#[test]
fn saved_queries_run() -> Result {
    let dir = Dir::new("saved-queries");
    let examples = repo().join("examples");
    dir.cmd(["ingest".as_ref(), examples.as_os_str()])
        .run()
        .ok();
    let mut queries: Vec<_> = fs::read_dir(repo().join("ontology/queries"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    queries.sort();
    assert!(queries.len() >= 5, "saved queries missing: {queries:?}");
    let mut f = Failures::default();
    for q in &queries {
        let run = dir
            .cmd([
                "query".as_ref(),
                "--file".as_ref(),
                q.as_os_str(),
                "--format".as_ref(),
                "csv".as_ref(),
            ])
            .run()
            .ok();
        let rows = run.stdout.lines().count().saturating_sub(1);
        f.check(rows > 0, || format!("{} returned no row{run}", q.display()));
    }
    f.finish("saved queries");
    Ok(())
}

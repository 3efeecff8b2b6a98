//! Conformance of the exports and statistics with the tools analysts open them with, on the
//! examples and on a generated graph of 10,000 entities.
//!
//! For each graph: `export --format all --with-stats` writes GraphML, Gephi GraphML, GEXF and CSV
//! with the per-node statistics, plus N-Quads and TriG; `stats --format json` gives the global
//! measures. `tests/it/conformance.py`
//! (run with NEWSGRAPH_PYTHON: pinned networkx, igraph, rdflib) then checks
//!
//! - NetworkX reads GraphML and GEXF, igraph reads GraphML: node and edge counts, labels, types,
//!   directedness, edge attributes, the statistics attributes; the CSV tables agree; rdflib parses
//!   graph.nq and graph.trig to the store's quad count and graph.ttl (merged view) to its count
//!   of distinct triples;
//! - every measure against NetworkX (examples) or igraph (generated graph, where NetworkX's
//!   Python loops are too slow), parameters as stated in the script: density, weak and strong
//!   components, average clustering, PageRank, betweenness (exact), closeness, harmonic closeness,
//!   eigenvector centrality, eccentricity, diameter, radius, average path length within 1e-6, and
//!   the Louvain modularity within 0.02 of the reference tool's own Louvain run.
//!
//! `xmllint --noout` checks that the XML files are well-formed. On the examples, a second export of
//! each format on its own must be byte-identical to the first. The generated graph is one weak
//! component (a random tree inside planted communities plus extra relations), so eigenvector
//! centrality has a unique answer to compare with igraph's.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use newsgraph::model::EntityType;
use newsgraph::model::{
    Document, Entity, Extraction, Lang, Mention, Modality, Predicate, Relation,
};
use newsgraph::store::GraphStore;

use crate::util::{repo, Dir, Failures, Result, COUNT_QUADS};

/// (file under the export directory, `export --format`, takes `--with-stats`).
const EXPORTS: [(&str, &str, bool); 8] = [
    ("graph.graphml", "graphml", true),
    ("graph.gephi.graphml", "gephi-graphml", true),
    ("graph.gexf", "gexf", true),
    ("nodes.csv", "csv", true),
    ("edges.csv", "csv", true),
    ("graph.nq", "nquads", false),
    ("graph.trig", "trig", false),
    ("graph.ttl", "turtle", false),
];

/// Counts the distinct triples of all graphs: the merged view `graph.ttl` holds.
const COUNT_TRIPLES: &str = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE \
     { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } } }";

const CHECKER: &str = include_str!("conformance.py");

/// Exports every format into `exports/` with `export --format all --with-stats` and writes
/// `exports/stats.json`, then runs the checks of the module documentation. With `twice`, every
/// format is also exported on its own into `again/`, and each file must be byte-identical to the
/// first. `reference` is `networkx` or `igraph`.
fn check_exports(
    dir: &Dir,
    reference: &str,
    min_nodes: u64,
    twice: bool,
    f: &mut Failures,
) -> Result<String> {
    let mut log = String::new();
    let t = Instant::now();
    // `stats` runs beside the export (both only read the store).
    let stats = std::thread::scope(|scope| {
        let stats = scope.spawn(|| dir.cmd(["stats", "--format", "json"]).run().ok());
        dir.cmd([
            "export",
            "--format",
            "all",
            "--with-stats",
            "--out",
            "exports",
        ])
        .run()
        .ok();
        stats.join().expect("the stats thread panicked")
    });
    log += &format!(
        "export --format all and stats: {:.1} s\n",
        t.elapsed().as_secs_f64()
    );
    if twice {
        let again = dir.join("again");
        let mut done = std::collections::BTreeSet::new();
        for (name, format, with_stats) in EXPORTS {
            if !done.insert(format) {
                continue;
            }
            let path = if format == "csv" {
                again.clone()
            } else {
                again.join(name)
            };
            let mut cmd = dir.cmd([
                "export".as_ref(),
                "--format".as_ref(),
                format.as_ref(),
                "--out".as_ref(),
                path.as_os_str(),
            ]);
            if with_stats {
                cmd = cmd.arg("--with-stats");
            }
            cmd.run().ok();
        }
        for (name, _, _) in EXPORTS {
            let (a, b) = (
                fs::read(dir.join("exports").join(name)),
                fs::read(again.join(name)),
            );
            f.check(matches!((&a, &b), (Ok(a), Ok(b)) if a == b), || {
                format!("{name}: a second export is not byte-identical to the first")
            });
        }
    }
    fs::write(dir.join("exports/stats.json"), &stats.stdout)?;
    let s = stats.json()?;
    f.check(s["nodes"].as_u64().is_some_and(|n| n >= min_nodes), || {
        format!("stats: {} nodes, expected at least {min_nodes}", s["nodes"])
    });

    match Command::new("xmllint").arg("--version").output() {
        Ok(_) => {
            for name in ["graph.graphml", "graph.gephi.graphml", "graph.gexf"] {
                let out = Command::new("xmllint")
                    .arg("--noout")
                    .arg(dir.join("exports").join(name))
                    .output()?;
                f.check(out.status.success(), || {
                    format!(
                        "xmllint --noout {name}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    )
                });
            }
        }
        Err(_) => eprintln!("skipped: xmllint checks (install libxml2-utils; `make check-deps`)"),
    }

    let Some(python) = std::env::var_os("NEWSGRAPH_PYTHON").filter(|p| !p.is_empty()) else {
        eprintln!(
            "skipped: NetworkX/igraph/rdflib conformance checks (set NEWSGRAPH_PYTHON to a Python \
             with scripts/requirements-test.txt installed; `make test` does)"
        );
        return Ok(log);
    };
    let quads = dir.count(COUNT_QUADS);
    let triples = dir.count(COUNT_TRIPLES);
    let t = Instant::now();
    let output = Command::new(&python)
        .arg("-c")
        .arg(CHECKER)
        .arg(dir.join("exports"))
        .arg(quads.to_string())
        .arg(reference)
        .arg(triples.to_string())
        .output()?;
    log += &format!("python checks: {:.1} s\n", t.elapsed().as_secs_f64());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    log += &format!("===== {} =====\n{stdout}{stderr}", python.to_string_lossy());
    match serde_json::from_str::<serde_json::Value>(stdout.lines().last().unwrap_or("")) {
        Ok(v) => {
            for failure in v["failures"].as_array().into_iter().flatten() {
                f.check(false, || failure.as_str().unwrap_or_default().to_string());
            }
            f.check(v["checked"].as_u64().is_some_and(|n| n > 0), || {
                "the checker compared nothing".into()
            });
        }
        Err(_) => f.check(false, || {
            format!("the Python checker failed ({})", output.status)
        }),
    }
    Ok(log)
}

#[test]
fn examples_conform() -> Result {
    let dir = Dir::new("conformance-examples");
    let examples = repo().join("examples");
    dir.cmd(["ingest".as_ref(), examples.as_os_str()])
        .run()
        .ok();
    let mut f = Failures::default();
    let log = check_exports(&dir, "networkx", 10, true, &mut f)?;
    eprintln!("{log}");
    f.finish(&log);
    Ok(())
}

#[test]
fn generated_graph_conforms() -> Result {
    let dir = Dir::new("conformance-generated");
    let t = Instant::now();
    let nodes = generate(&dir.store())?;
    if let Some(keep) = std::env::var_os("NEWSGRAPH_KEEP_GENERATED") {
        // For profiling and debugging: a copy of the generated store.
        let status = Command::new("cp")
            .arg("-r")
            .arg(dir.store())
            .arg(&keep)
            .status()?;
        assert!(status.success());
        eprintln!(
            "generated store copied to {}; nothing checked",
            keep.to_string_lossy()
        );
        return Ok(());
    }
    let mut log = format!(
        "generated {nodes} entities in {:.1} s\n",
        t.elapsed().as_secs_f64()
    );
    let mut f = Failures::default();
    log += &check_exports(&dir, "igraph", 10_000, false, &mut f)?;
    eprintln!("{log}");
    f.finish(&log);
    Ok(())
}

/// Entities in the generated graph.
const GENERATED_NODES: usize = 10_000;
/// Size of the planted communities (Louvain should find them, roughly).
const COMMUNITY: usize = 100;
/// Relations beyond the spanning tree.
const EXTRA_RELATIONS: usize = 2_500;
/// Relations per synthetic document.
const PER_DOCUMENT: usize = 100;

/// A small deterministic generator (SplitMix64), so the graph is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn entity(i: usize) -> Entity {
    let (kind, prefix) = match i % 10 {
        0..=3 => (EntityType::Person, "person"),
        4..=6 => (EntityType::Organization, "org"),
        7 | 8 => (EntityType::Country, "country"),
        _ => (EntityType::Location, "location"),
    };
    // Every third label Arabic, some with a right-to-left mark: they must survive every export.
    let label = if i % 3 == 0 {
        let rtl = if i % 7 == 0 { "\u{200F}" } else { "" };
        format!("{rtl}كيان {i}")
    } else {
        format!("{} {i}", kind.as_str())
    };
    Entity {
        id: format!("{prefix}/g{i:05}"),
        label,
        kind,
        subtype: None,
        aliases: if i % 5 == 0 {
            vec![format!("Alias, \"{i}\"")]
        } else {
            vec![]
        },
        wikidata: (i % 11 == 0).then(|| format!("Q{}", 1000 + i)),
        mentions: vec![Mention {
            text: "x".into(),
            start: 0,
            end: 1,
        }],
    }
}

/// Ingests synthetic extractions through the store API: a random recursive tree inside planted
/// communities (so the graph is one weak component), extra relations mostly inside communities,
/// some towards a few hubs, parallel relations and repeated events. Returns the entity count.
fn generate(store: &Path) -> Result<usize> {
    let mut rng = Rng(20_240_101);
    let mut relations: Vec<(usize, Predicate, usize, Option<String>)> = Vec::new();
    let predicate = |rng: &mut Rng| match rng.below(8) {
        0 | 1 => Predicate::MetWith,
        2 | 3 => Predicate::Attacked,
        4 => Predicate::ClaimedAttackOn,
        5 => Predicate::Visited,
        _ => Predicate::Threatened,
    };
    let date = |rng: &mut Rng| {
        (rng.below(10) > 0)
            .then(|| format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28)))
    };
    for i in 1..GENERATED_NODES {
        let start = i - i % COMMUNITY;
        let j = if start == i {
            rng.below(i)
        } else {
            start + rng.below(i - start)
        };
        let p = predicate(&mut rng);
        let d = date(&mut rng);
        relations.push((i, p, j, d));
    }
    for _ in 0..EXTRA_RELATIONS {
        let u = rng.below(GENERATED_NODES);
        let v = if rng.below(10) < 6 {
            u - u % COMMUNITY + rng.below(COMMUNITY)
        } else {
            // Skewed towards low ids: a few hubs.
            (GENERATED_NODES as f64 * rng.unit().powi(3)) as usize
        };
        if u == v {
            continue;
        }
        let p = predicate(&mut rng);
        let d = date(&mut rng);
        relations.push((u, p, v, d));
    }
    // Repeated events (weight 2) and parallel relations between the same pair.
    let extra: Vec<_> = relations
        .iter()
        .enumerate()
        .filter(|(k, _)| k % 12 == 0)
        .map(|(k, r)| {
            let p = if k % 2 == 0 {
                r.1
            } else {
                Predicate::Threatened
            };
            (r.0, p, r.2, r.3.clone())
        })
        .collect();
    relations.extend(extra);

    let gs = GraphStore::open(store)?;
    for (k, chunk) in relations.chunks(PER_DOCUMENT).enumerate() {
        let mut ids: Vec<usize> = chunk.iter().flat_map(|r| [r.0, r.2]).collect();
        ids.sort_unstable();
        ids.dedup();
        let document = Document {
            id: format!("doc-generated-{k:05}"),
            lang: Lang::En,
            title: None,
            published: None,
            url: None,
            source: format!("generated:{k}"),
            key: format!("generated:{k}"),
            text: String::new(),
        };
        let relations = chunk
            .iter()
            .enumerate()
            .map(|(r, (s, p, o, d))| Relation {
                id: format!("event/generated-{k}-{r}"),
                subject: entity(*s).id,
                predicate: *p,
                object: entity(*o).id,
                evidence: "generated".into(),
                start: 0,
                end: 9,
                date: d.clone(),
                place: None,
                modality: Modality::Asserted,
                confidence: 0.9,
                trigger: "generated".into(),
            })
            .collect();
        gs.ingest(&Extraction {
            document,
            entities: ids.into_iter().map(entity).collect(),
            relations,
        })?;
    }
    // Write the memtables out: otherwise every later read-only open replays the whole write-ahead
    // log (~7 s per command in a debug build).
    gs.inner().flush()?;
    Ok(GENERATED_NODES)
}

//! Issue 7, crash safety: `ingest` killed with SIGKILL at random (seeded) moments, again and again,
//! leaves every document complete or absent; a rerun then ends with the store an uninterrupted run
//! gives.
//!
//! The corpus is the example articles copied under several URLs, in two editions (A and B) with
//! the same sources and different texts: the runs alternate editions, so most kills land while
//! documents of one edition replace those of the other, the path where a half-done write would show.
//! `NEWSGRAPH_KILL_SEED` picks other kill moments.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use newsgraph::store::{vocab, Dump, GraphStore};

use crate::util::{repo, Dir, Result, BIN};

const COPIES: usize = 3;
const INTERRUPTIONS: usize = 20;

/// Quads by graph name; the documents graph is split by document (its metadata).
#[derive(Debug, Default, Clone, PartialEq)]
struct Snapshot {
    graphs: BTreeMap<String, BTreeSet<String>>,
    documents: BTreeMap<String, BTreeSet<String>>,
}

impl Snapshot {
    /// Opens the store for writing, as the next `ingest` would (RocksDB recovers its log here).
    fn take(store: &Path) -> Result<Snapshot> {
        let store = GraphStore::open(store)?;
        let documents = vocab::graph_documents().to_string();
        let mut snap = Snapshot::default();
        for q in store.inner().iter() {
            let q = q?;
            let graph = q.graph_name.to_string();
            if graph == documents {
                snap.documents
                    .entry(q.subject.to_string())
                    .or_default()
                    .insert(q.to_string());
            } else {
                snap.graphs.entry(graph).or_default().insert(q.to_string());
            }
        }
        Ok(snap)
    }

    /// The graph a document's metadata points at.
    fn graph_of(meta: &BTreeSet<String>) -> Option<String> {
        let p = format!(" {} ", vocab::ng("graph"));
        meta.iter().find_map(|q| {
            let (_, rest) = q.split_once(&p)?;
            Some(rest.split(' ').next()?.to_string())
        })
    }

    fn source_keys(meta: &BTreeSet<String>) -> Vec<String> {
        let p = format!(" {} ", vocab::ng("sourceKey"));
        meta.iter()
            .filter_map(|q| Some(q.split_once(&p)?.1.to_string()))
            .collect()
    }
}

/// Every graph and every document's metadata is exactly as in one of the uninterrupted runs, a
/// document and its graph are there together, and no source is held by two documents.
fn check(snap: &Snapshot, refs: &[&Snapshot]) -> std::result::Result<(), String> {
    let mut problems = Vec::new();
    for (g, quads) in &snap.graphs {
        if !refs.iter().any(|r| r.graphs.get(g) == Some(quads)) {
            problems.push(format!(
                "graph {g}: {} quads, as in no complete run",
                quads.len()
            ));
        }
    }
    let mut keys: BTreeMap<String, &str> = BTreeMap::new();
    let mut pointed = BTreeSet::new();
    for (doc, meta) in &snap.documents {
        if !refs.iter().any(|r| r.documents.get(doc) == Some(meta)) {
            problems.push(format!(
                "document {doc}: metadata as in no complete run: {meta:#?}"
            ));
        }
        if let Some(g) = Snapshot::graph_of(meta) {
            let in_ref = refs.iter().any(|r| r.graphs.contains_key(&g));
            if in_ref && !snap.graphs.contains_key(&g) {
                problems.push(format!("document {doc} is stored without its graph {g}"));
            }
            pointed.insert(g);
        }
        for k in Snapshot::source_keys(meta) {
            if let Some(other) = keys.insert(k.clone(), doc) {
                problems.push(format!("source {k} held by {other} and {doc}"));
            }
        }
    }
    let meta_graphs = [
        vocab::graph_ontology().to_string(),
        vocab::graph_kb().to_string(),
    ];
    for g in snap.graphs.keys() {
        if !pointed.contains(g) && !meta_graphs.contains(g) {
            problems.push(format!("graph {g} has no document"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Each example article, `COPIES` times under its own URL, with an edition line that changes its text.
fn write_corpus(dir: &Path, edition: &str) -> Result {
    let mut examples: Vec<_> = fs::read_dir(repo().join("examples"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    examples.sort();
    fs::create_dir_all(dir)?;
    for path in examples {
        let text = fs::read_to_string(&path)?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("x");
        for i in 0..COPIES {
            let body: String = text
                .lines()
                .map(|l| match l.strip_prefix("url: ") {
                    Some(url) => format!("url: {url}/copy-{i}\n"),
                    None => format!("{l}\n"),
                })
                .collect();
            fs::write(
                dir.join(format!("{stem}-{i}.txt")),
                format!("{body}Edition {edition}, copy {i}.\n"),
            )?;
        }
    }
    Ok(())
}

fn ingest(store: &Path, corpus: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(["--quiet", "ingest"])
        .arg(corpus)
        .arg("--store")
        .arg(store)
        .env_remove("NEWSGRAPH_ONTOLOGY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// A complete run of one edition into a fresh store: its snapshot, its dump and how long it took.
fn reference(dir: &Dir, corpus: &Path, edition: &str) -> Result<(Snapshot, String, Duration)> {
    write_corpus(corpus, edition)?;
    let store = dir.join(format!("ref-{edition}.db"));
    let start = Instant::now();
    let status = ingest(&store, corpus).status()?;
    let took = start.elapsed();
    assert!(
        status.success(),
        "reference run of edition {edition}: {status}"
    );
    Ok((Snapshot::take(&store)?, dump(&store)?, took))
}

fn dump(store: &Path) -> Result<String> {
    let mut out = Vec::new();
    GraphStore::open(store)?.dump(Dump::NQuads, &mut out)?;
    Ok(String::from_utf8(out)?)
}

/// xorshift64*: a seeded sequence without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
    }
}

/// The store's RocksDB write-ahead logs (`*.log`) and their sizes. Opening the store starts a new,
/// empty one; every commit appends to it.
fn logs(store: &Path) -> BTreeMap<std::ffi::OsString, u64> {
    let Ok(entries) = fs::read_dir(store) else {
        return BTreeMap::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "log"))
        .filter_map(|e| Some((e.file_name(), e.metadata().ok()?.len())))
        .collect()
}

/// Waits until the child has committed to the store (a new log that is not empty) or exited;
/// returns how long that took.
fn first_write(child: &mut Child, store: &Path) -> Result<Duration> {
    let start = Instant::now();
    let before = logs(store);
    let written = || {
        logs(store)
            .iter()
            .any(|(name, &len)| len > 0 && !before.contains_key(name))
    };
    while !written() && child.try_wait()?.is_none() {
        std::thread::sleep(Duration::from_millis(1));
    }
    Ok(start.elapsed())
}

#[test]
fn sigkill_during_ingest_loses_nothing() -> Result {
    let dir = Dir::new("crash");
    let corpus = dir.join("corpus");
    let (ref_a, _, took_a) = reference(&dir, &corpus, "A")?;
    let (ref_b, dump_b, took_b) = reference(&dir, &corpus, "B")?;
    let span = took_a.max(took_b).as_millis() as u64;
    // The check catches a half-written document and a document without its graph.
    let refs = [&ref_a, &ref_b];
    check(&ref_a, &refs)?;
    let doc_graph = |s: &Snapshot| s.documents.values().find_map(Snapshot::graph_of);
    let g = doc_graph(&ref_a).ok_or("no document graph")?;
    let mut half = ref_a.clone();
    let quads = half.graphs.get_mut(&g).ok_or("no such graph")?;
    let first = quads.iter().next().cloned().ok_or("empty graph")?;
    quads.remove(&first);
    assert!(check(&half, &refs).is_err(), "a half-written graph passes");
    let mut orphan = ref_a.clone();
    orphan.graphs.remove(&g);
    assert!(
        check(&orphan, &refs).is_err(),
        "a document without graph passes"
    );
    // Complete runs of edition A then B into the store under test; the second, where B replaces
    // A as in the killed runs, measures when its writing starts and how long it lasts.
    let store = dir.join("killed.db");
    write_corpus(&corpus, "A")?;
    assert!(
        ingest(&store, &corpus).status()?.success(),
        "first run failed"
    );
    write_corpus(&corpus, "B")?;
    let start = Instant::now();
    let mut child = ingest(&store, &corpus).spawn()?;
    let until_write = first_write(&mut child, &store)?;
    assert!(child.wait()?.success(), "second run failed");
    let writing = (start.elapsed() - until_write).as_millis().max(50) as u64;
    let seed = std::env::var("NEWSGRAPH_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_7007_u64);
    eprintln!("kill test: seed {seed}; a run takes {span} ms, of which writing about {writing} ms");
    let mut rng = Rng(seed | 1);
    let (mut interrupted, mut changed, mut mixed, mut attempts) = (0, 0, 0, 0);
    let mut last = Snapshot::take(&store)?;
    while interrupted < INTERRUPTIONS {
        attempts += 1;
        assert!(
            attempts <= 3 * INTERRUPTIONS,
            "runs keep finishing before the kill"
        );
        let edition = if attempts % 2 == 1 { "A" } else { "B" };
        write_corpus(&corpus, edition)?;
        let started = Instant::now();
        let mut child = ingest(&store, &corpus).spawn()?;
        let delay = if attempts % 4 < 2 {
            first_write(&mut child, &store)? + Duration::from_millis(rng.below(writing))
        } else {
            Duration::from_millis(rng.below(span))
        };
        std::thread::sleep(delay.saturating_sub(started.elapsed()));
        let killed = child.try_wait()?.is_none();
        if killed {
            child.kill()?; // SIGKILL
            interrupted += 1;
        }
        child.wait()?;
        let snap = Snapshot::take(&store)?;
        if let Err(problems) = check(&snap, &refs) {
            panic!(
                "after run {attempts} (edition {edition}, killed after {} ms: {killed}):\n{problems}",
                delay.as_millis()
            );
        }
        if killed && snap != last {
            changed += 1;
            let from_a = snap
                .graphs
                .keys()
                .any(|g| ref_a.graphs.contains_key(g) && !ref_b.graphs.contains_key(g));
            let from_b = snap
                .graphs
                .keys()
                .any(|g| ref_b.graphs.contains_key(g) && !ref_a.graphs.contains_key(g));
            if from_a && from_b {
                mixed += 1;
            }
        }
        last = snap;
    }
    eprintln!(
        "kill test: {attempts} runs, {interrupted} killed, {changed} of them after writing part \
         of the batch, {mixed} leaving documents of both editions"
    );
    assert!(mixed > 0, "no kill landed between two document writes");
    // The rerun completes the rest: the store of an uninterrupted run of edition B.
    write_corpus(&corpus, "B")?;
    let status = ingest(&store, &corpus).status()?;
    assert!(status.success(), "rerun: {status}");
    let got = dump(&store)?;
    if got != dump_b {
        let (g, r): (BTreeSet<&str>, BTreeSet<&str>) =
            (got.lines().collect(), dump_b.lines().collect());
        let extra: Vec<_> = g.difference(&r).take(10).collect();
        let missing: Vec<_> = r.difference(&g).take(10).collect();
        panic!("after the rerun the store differs from an uninterrupted run\nextra: {extra:#?}\nmissing: {missing:#?}");
    }
    Ok(())
}

//! The harness: a fresh temporary directory per test, the real binary run inside it, and on a
//! failed expectation the command, its exit status, stdout and stderr in the panic message.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

/// Entity types, relations and modalities of the `extract` contract (DESIGN.md).
pub const ENTITY_TYPES: [&str; 5] = ["Person", "Organization", "Country", "Location", "Facility"];
pub const PREDICATES: [&str; 5] = [
    "met-with",
    "threatened",
    "claimed-attack-on",
    "attacked",
    "visited",
];
pub const MODALITIES: [&str; 5] = ["asserted", "negated", "planned", "hypothetical", "reported"];

/// Counts every quad: all named graphs plus the default graph.
pub const COUNT_QUADS: &str =
    "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }";

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `text[start..end]` in Unicode code points, as the `extract` contract defines spans;
/// `None` when the span is out of bounds or reversed.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<String> {
    if start > end || end > text.chars().count() {
        return None;
    }
    Some(text.chars().skip(start).take(end - start).collect())
}

/// A fresh temporary directory, removed at the end of the test; commands run inside it with
/// their own store (`./newsgraph.db`).
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new(name: &str) -> Dir {
        let tmp = tempfile::Builder::new()
            .prefix(&format!("newsgraph-it-{name}-"))
            .tempdir()
            .expect("cannot create a temporary directory");
        Dir { tmp }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    pub fn join(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.path().join(rel)
    }

    pub fn store(&self) -> PathBuf {
        self.join("newsgraph.db")
    }

    /// Writes `rel` (creating parent directories) and returns its absolute path.
    pub fn create(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("cannot create parent directory");
        }
        fs::write(&p, contents).expect("cannot write test file");
        p
    }

    /// `newsgraph ARGS...` run in this directory against this directory's store.
    pub fn cmd<I, S>(&self, args: I) -> TestCommand
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = Command::new(BIN);
        cmd.current_dir(self.path())
            .env("NEWSGRAPH_STORE", self.store())
            .env_remove("NEWSGRAPH_ONTOLOGY")
            .env("RUST_BACKTRACE", "1");
        let mut t = TestCommand { cmd, stdin: None };
        for a in args {
            t = t.arg(a);
        }
        t
    }

    /// Runs a SPARQL query (must succeed) and returns its rows as variable -> value (the lexical
    /// value of literals, the IRI of named nodes), read from the W3C JSON results format.
    #[track_caller]
    pub fn select(&self, sparql: &str) -> Vec<BTreeMap<String, String>> {
        let run = self.cmd(["query", sparql, "--format", "json"]).run().ok();
        match sparql_json_rows(&run.stdout) {
            Ok(rows) => rows,
            Err(e) => panic!("cannot read the JSON results: {e}\n{run}"),
        }
    }

    /// Runs a `SELECT (COUNT(...) AS ?n)` query through `--format csv` and returns ?n.
    #[track_caller]
    pub fn count(&self, sparql: &str) -> usize {
        let run = self.cmd(["query", sparql, "--format", "csv"]).run().ok();
        let mut lines = run.stdout.lines();
        let header = lines.next();
        let value = lines.next().and_then(|l| l.trim().parse::<usize>().ok());
        match (header, value) {
            (Some(_), Some(n)) => n,
            _ => panic!("expected a CSV header and one count\n{run}"),
        }
    }
}

/// Rows of a W3C SPARQL JSON results document.
pub fn sparql_json_rows(json: &str) -> Result<Vec<BTreeMap<String, String>>> {
    let v: Value = serde_json::from_str(json)?;
    let bindings = v["results"]["bindings"]
        .as_array()
        .ok_or("no results.bindings array")?;
    let mut rows = Vec::new();
    for b in bindings {
        let obj = b.as_object().ok_or("a binding is not an object")?;
        let mut row = BTreeMap::new();
        for (var, term) in obj {
            let value = term["value"].as_str().ok_or("a term without value")?;
            row.insert(var.clone(), value.to_string());
        }
        rows.push(row);
    }
    Ok(rows)
}

pub struct TestCommand {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl TestCommand {
    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Self {
        self.cmd.arg(a);
        self
    }

    pub fn env(mut self, k: &str, v: impl AsRef<OsStr>) -> Self {
        self.cmd.env(k, v);
        self
    }

    /// Feeds `bytes` on standard input (otherwise stdin is empty).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// Runs with the read end of stdout closed at once, as `newsgraph ... | head` does once
    /// `head` has read enough: every write to stdout fails with a broken pipe.
    pub fn run_with_closed_stdout(mut self) -> Run {
        let shown = format!("{} | (stdout closed)", shell_words(&self.cmd));
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {shown}: {e}"));
        drop(child.stdout.take());
        let out = child
            .wait_with_output()
            .unwrap_or_else(|e| panic!("cannot wait for {shown}: {e}"));
        Run {
            command: shown,
            code: out.status.code(),
            stdout_bytes: Vec::new(),
            stdout: String::new(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs to completion, whatever the exit status.
    pub fn run(mut self) -> Run {
        let shown = shell_words(&self.cmd);
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {shown}: {e}"));
        let writer = self.stdin.take().map(|bytes| {
            let mut pipe = child.stdin.take().expect("stdin is piped");
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            })
        });
        let out = child
            .wait_with_output()
            .unwrap_or_else(|e| panic!("cannot wait for {shown}: {e}"));
        if let Some(w) = writer {
            let _ = w.join();
        }
        Run {
            command: shown,
            code: out.status.code(),
            stdout_bytes: out.stdout.clone(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

fn shell_words(cmd: &Command) -> String {
    let quote = |s: &OsStr| {
        let s = s.to_string_lossy();
        if !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || "-_./=:,@".contains(c))
        {
            s.into_owned()
        } else {
            format!("'{}'", s.replace('\'', r"'\''"))
        }
    };
    let mut parts = vec![quote(cmd.get_program())];
    parts.extend(cmd.get_args().map(quote));
    let dir = cmd
        .get_current_dir()
        .map(|d| format!("(cd {} && ", d.display()))
        .unwrap_or_default();
    let close = if dir.is_empty() { "" } else { ")" };
    format!("{dir}{}{close}", parts.join(" "))
}

/// A finished command. `Display` shows everything needed to reproduce and diagnose it.
pub struct Run {
    pub command: String,
    /// `None` when killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
}

impl Run {
    /// Panics, showing the run, unless the exit status is `code`.
    #[track_caller]
    pub fn expect(self, code: i32) -> Run {
        if self.code != Some(code) {
            panic!("expected exit status {code}, got {:?}\n{self}", self.code);
        }
        self
    }

    /// Panics, showing the run, unless the exit status is 0.
    #[track_caller]
    pub fn ok(self) -> Run {
        self.expect(0)
    }

    /// Stdout as one JSON document.
    pub fn json(&self) -> Result<Value> {
        serde_json::from_str(&self.stdout)
            .map_err(|e| format!("stdout is not one JSON document: {e}\n{self}").into())
    }

    /// Stdout as JSON Lines (a stream of JSON documents, so pretty output works too).
    pub fn json_stream(&self) -> Result<Vec<Value>> {
        serde_json::Deserializer::from_str(&self.stdout)
            .into_iter::<Value>()
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| format!("stdout is not a JSON stream: {e}\n{self}").into())
    }
}

const SHOW_MAX: usize = 12_000;

fn clip(s: &str) -> String {
    if s.len() <= SHOW_MAX {
        return s.to_string();
    }
    let mut cut = SHOW_MAX;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}\n[... {} more bytes]", &s[..cut], s.len() - cut)
}

impl fmt::Display for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\n\n===== command =====\n{}\n===== exit status: {} =====\n===== stdout =====\n{}\n===== stderr =====\n{}\n===================\n",
            self.command,
            self.code.map_or_else(|| "killed by a signal".into(), |c| c.to_string()),
            clip(&self.stdout),
            clip(&self.stderr)
        )
    }
}

/// Collects failed checks so one test reports every broken property at once, then panics.
#[derive(Default)]
pub struct Failures(Vec<String>);

impl Failures {
    pub fn check(&mut self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.0.push(message());
        }
    }

    #[track_caller]
    pub fn finish(self, context: &str) {
        if !self.0.is_empty() {
            panic!(
                "{} check(s) failed:\n- {}\n{context}",
                self.0.len(),
                self.0.join("\n- ")
            );
        }
    }
}

/// Checks one `extract` JSON object against the contract: keys, vocabularies, relation arguments
/// that name listed entities, and evidence (and mention text) equal to the code-point slice of
/// `text`. Returns the number of relations.
pub fn check_extraction(x: &Value, text: &str, failures: &mut Failures) -> usize {
    for key in ["document", "entities", "relations"] {
        failures.check(x.get(key).is_some(), || format!("no {key:?} key in {x}"));
    }
    let empty = Vec::new();
    let entities = x["entities"].as_array().unwrap_or(&empty);
    let relations = x["relations"].as_array().unwrap_or(&empty);
    let ids: Vec<&str> = entities.iter().filter_map(|e| e["id"].as_str()).collect();
    for e in entities {
        let ty = e["type"].as_str().unwrap_or("<missing>");
        failures.check(ENTITY_TYPES.contains(&ty), || {
            format!(
                "entity {} has type {ty:?}, not one of {ENTITY_TYPES:?}",
                e["id"]
            )
        });
        for m in e["mentions"].as_array().unwrap_or(&empty) {
            let (s, t) = (m["start"].as_u64(), m["end"].as_u64());
            let slice = s
                .zip(t)
                .and_then(|(s, t)| char_slice(text, s as usize, t as usize));
            failures.check(slice.as_deref() == m["text"].as_str(), || {
                format!(
                    "mention {m} of {}: text[start..end] (code points) is {slice:?}",
                    e["id"]
                )
            });
        }
    }
    for r in relations {
        let p = r["predicate"].as_str().unwrap_or("<missing>");
        failures.check(PREDICATES.contains(&p), || {
            format!("relation predicate {p:?} is not one of {PREDICATES:?}")
        });
        let m = r["modality"].as_str().unwrap_or("<missing>");
        failures.check(MODALITIES.contains(&m), || {
            format!("relation modality {m:?} is not one of {MODALITIES:?}")
        });
        for arg in ["subject", "object"] {
            let id = r[arg].as_str().unwrap_or("<missing>");
            failures.check(ids.contains(&id), || {
                format!("relation {arg} {id:?} is not an entity of the document: {r}")
            });
        }
        if let Some(place) = r["place"].as_str() {
            failures.check(ids.contains(&place), || {
                format!("relation place {place:?} is not an entity of the document: {r}")
            });
        }
        let (s, t) = (r["start"].as_u64(), r["end"].as_u64());
        let slice = s
            .zip(t)
            .and_then(|(s, t)| char_slice(text, s as usize, t as usize));
        failures.check(slice.as_deref() == r["evidence"].as_str(), || {
            format!(
                "evidence {} is not text[{:?}..{:?}] (code points) = {slice:?}",
                r["evidence"], s, t
            )
        });
    }
    relations.len()
}

/// The contract checker itself must catch what it is meant to catch.
#[test]
fn check_extraction_catches_contract_breaks() {
    let text = "Aé B met C.";
    let good = serde_json::json!({
        "document": {"id": "doc-1"},
        "entities": [
            {"id": "b", "type": "Person", "mentions": [{"text": "B", "start": 3, "end": 4}]},
            {"id": "c", "type": "Person", "mentions": [{"text": "C", "start": 9, "end": 10}]},
        ],
        "relations": [{"subject": "b", "predicate": "met-with", "object": "c", "modality": "asserted",
                       "evidence": "B met C.", "start": 3, "end": 11, "place": null}],
    });
    let mut f = Failures::default();
    assert_eq!(check_extraction(&good, text, &mut f), 1);
    assert!(f.0.is_empty(), "{:?}", f.0);
    let breaks: [(&str, serde_json::Value); 6] = [
        ("/relations/0/start", 4.into()), // byte offsets instead of code points
        ("/relations/0/end", 99.into()),  // out of bounds
        ("/relations/0/predicate", "met".into()),
        ("/relations/0/object", "nobody".into()),
        ("/entities/0/type", "Human".into()),
        ("/entities/1/mentions/0/start", 10.into()),
    ];
    for (pointer, value) in breaks {
        let mut bad = good.clone();
        *bad.pointer_mut(pointer).expect("pointer exists") = value;
        let mut f = Failures::default();
        check_extraction(&bad, text, &mut f);
        assert!(!f.0.is_empty(), "{pointer} changed, nothing reported");
    }
}

//! Issue 7, hostile queries: `--timeout` stops a runaway query, results stream instead of being
//! collected, and no query reaches the network (`SERVICE` refused, `FROM` and `LOAD` fetch nothing).

use std::io::ErrorKind;
use std::net::TcpListener;
use std::time::Instant;

use crate::cli::{AR_ARTICLE, EN_ARTICLE};
use crate::util::{Dir, Result};

/// Every quad of the store (ontology and knowledge base included: about 13 000) paired with every
/// other: far more rows than a test waits for.
const CROSS: &str = "SELECT * WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } }";

fn store() -> Dir {
    let dir = Dir::new("hostile");
    dir.create("en.txt", EN_ARTICLE);
    dir.create("ar.txt", AR_ARTICLE);
    dir.cmd(["ingest", "en.txt", "ar.txt"]).run().ok();
    dir
}

#[test]
fn timeout_stops_a_runaway_query() {
    let dir = store();
    // An aggregate over three copies of the store: about 2e12 rows before the count is known.
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } \
                 GRAPH ?c { ?s3 ?p3 ?o3 } }";
    for query in [count, CROSS] {
        let start = Instant::now();
        let run = dir
            .cmd(["query", query, "--timeout", "1", "--format", "csv"])
            .run()
            .expect(2);
        let secs = start.elapsed().as_secs_f64();
        assert!(
            run.stderr
                .contains("query stopped after 1 s (--timeout); the output is incomplete"),
            "{run}"
        );
        assert!(secs < 20.0, "the query ran {secs:.1} s{run}");
    }
    // The environment sets it too; a bad value is a usage error.
    let run = dir
        .cmd(["query", count])
        .env("NEWSGRAPH_QUERY_TIMEOUT", "0.5")
        .run()
        .expect(2);
    assert!(run.stderr.contains("query stopped after 0.5 s"), "{run}");
    for bad in ["0", "abc", "-3"] {
        let run = dir
            .cmd(["query", "ASK {}", &format!("--timeout={bad}")])
            .run()
            .expect(2);
        assert!(run.stderr.contains("--timeout"), "{run}");
    }
    // A query within its time is untouched.
    let run = dir.cmd(["query", "ASK {}", "--timeout", "30"]).run().ok();
    assert_eq!(run.stdout.trim(), "true", "{run}");
}

/// Rows reach stdout while the query runs: a query stopped after 2 s has written thousands of them
/// in the W3C formats and in the table (which lines up on its first 1000 rows only).
#[test]
fn large_results_stream() {
    let dir = store();
    for format in ["tsv", "csv", "json", "table"] {
        let run = dir
            .cmd(["query", CROSS, "--timeout", "2", "--format", format])
            .run()
            .expect(2);
        let bytes = run.stdout.len();
        assert!(
            bytes > 200_000,
            "{format}: only {bytes} bytes written before the timeout: results are collected, not streamed{run}"
        );
    }
    // A complete table ends with its row count, past the 1000 rows it lines up on.
    let run = dir
        .cmd([
            "query",
            "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1500",
        ])
        .run()
        .ok();
    assert!(run.stdout.trim_end().ends_with("(1500 rows)"), "{run}");
    assert_eq!(run.stdout.lines().count(), 1500 + 3, "{run}");
}

/// A listener on loopback stands for the network: no query may connect to it.
#[test]
fn queries_never_reach_the_network() -> Result {
    let dir = store();
    let listener = TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let url = format!("http://{}/sparql", listener.local_addr()?);
    let run = dir
        .cmd([
            "query",
            &format!("SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"),
        ])
        .run()
        .expect(2);
    assert!(
        run.stderr.contains(&format!(
            "SERVICE <{url}> refused: queries never reach the network"
        )),
        "{run}"
    );
    // SERVICE SILENT: no error, no rows, no connection.
    dir.cmd([
        "query",
        &format!("SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}"),
    ])
    .run();
    // FROM names a graph of the store: nothing to fetch, no rows.
    let run = dir
        .cmd([
            "query",
            &format!("SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}"),
            "--format",
            "csv",
        ])
        .run()
        .ok();
    assert_eq!(run.stdout.lines().count(), 1, "{run}");
    let run = dir.cmd(["query", &format!("LOAD <{url}>")]).run().expect(2);
    assert!(run.stderr.contains("read-only"), "{run}");
    match listener.accept() {
        Err(e) if e.kind() == ErrorKind::WouldBlock => Ok(()),
        Ok((_, peer)) => panic!("a query connected to {url} from {peer}"),
        Err(e) => Err(e.into()),
    }
}

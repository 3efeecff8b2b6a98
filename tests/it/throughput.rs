//! Batch ingestion (bulk loader for new documents) gives the same store as one document at a time,
//! and the store does not depend on the number of threads.

use std::fs;

use crate::util::{Dir, Result};

/// JSONL articles that exercise every path of a batch: new documents, the same text under a second
/// source key, an edited text under a known key (replacement inside the batch), a repeated article.
fn articles() -> String {
    let a = "Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Ebrahim Raisi in Tehran on Monday.";
    let b = "Jordanian Foreign Minister Ayman Safadi visited Damascus on Sunday.";
    let b2 = "Jordanian Foreign Minister Ayman Safadi visited Beirut on Monday.";
    let c = "استقبل الرئيس السوري بشار الأسد وزير الخارجية الأردني أيمن الصفدي في دمشق يوم الأحد.";
    [
        (a, "k1"),
        (b, "k2"),
        (a, "k3"),
        (b2, "k2"),
        (c, "k4"),
        (a, "k1"),
    ]
    .iter()
    .map(|(text, id)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
    .collect()
}

/// The store as N-Quads, without `dcterms:source` (the file name and line differ between runs).
fn nquads(dir: &Dir) -> String {
    dir.cmd(["export", "--format", "nquads", "--out", "graph.nq"])
        .run()
        .ok();
    fs::read_to_string(dir.join("graph.nq"))
        .unwrap()
        .lines()
        .filter(|l| !l.contains("<http://purl.org/dc/terms/source>"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn batch_ingest_equals_one_at_a_time_and_ignores_threads() -> Result {
    let batch = Dir::new("batch");
    batch.create("all.jsonl", articles());
    let run = batch
        .cmd(["ingest", "all.jsonl"])
        .env("RAYON_NUM_THREADS", "2")
        .run()
        .ok();
    assert!(
        run.stderr.contains("3 new, 2 unchanged, 1 replaced"),
        "batch counts{run}"
    );
    assert!(
        run.stderr.contains("docs/s") && run.stderr.contains("MB/s"),
        "{run}"
    );

    let single = Dir::new("single");
    let lines: Vec<String> = articles().lines().map(|l| format!("{l}\n")).collect();
    for (i, line) in lines.iter().enumerate() {
        single.create(format!("{i}.jsonl"), line);
        single
            .cmd(["ingest".to_string(), format!("{i}.jsonl")])
            .env("RAYON_NUM_THREADS", "1")
            .run()
            .ok();
    }
    let (a, b) = (nquads(&batch), nquads(&single));
    assert!(a.lines().count() > 50, "store too small:\n{a}");
    assert!(
        a == b,
        "a batch and one-by-one ingestion must give the same store"
    );
    let one = Dir::new("one-thread");
    one.create("all.jsonl", articles());
    one.cmd(["ingest", "all.jsonl"])
        .env("RAYON_NUM_THREADS", "1")
        .run()
        .ok();
    assert!(
        nquads(&one) == a,
        "the store must not depend on the thread count"
    );
    Ok(())
}

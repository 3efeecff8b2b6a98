//! Golden snapshot of the entities extracted from the seed article (../shared/seed, outside the
//! repository; skipped when absent): one line per entity, id, type and number of mentions, so
//! that a change of recognition, linking or coreference shows up as a readable diff.
//!
//! After an intended change: `NEWSGRAPH_UPDATE_SNAPSHOTS=1 cargo test --test tests seed_entities`,
//! then read `git diff tests/data/seed-entities.tsv` before committing.

use crate::util::{repo, Dir, Result};

#[test]
fn seed_entities_match_the_reviewed_snapshot() -> Result {
    let seed = repo().join("../shared/seed/seed-gold.json");
    if !seed.is_file() {
        eprintln!(
            "skipped: {} is absent (it lives in ../shared)",
            seed.display()
        );
        return Ok(());
    }
    let dir = Dir::new("seed-entities");
    let run = dir
        .cmd(["extract", "--format", "jsonl"])
        .arg(&seed)
        .run()
        .ok();
    let docs = run.json_stream()?;
    let mut lines: Vec<String> = docs
        .iter()
        .flat_map(|d| d["entities"].as_array().cloned().unwrap_or_default())
        .map(|e| {
            format!(
                "{}\t{}\t{}",
                e["id"].as_str().unwrap_or(""),
                e["type"].as_str().unwrap_or(""),
                e["mentions"].as_array().map_or(0, Vec::len)
            )
        })
        .collect();
    lines.sort();
    let actual = lines.join("\n") + "\n";
    let path = repo().join("tests/data/seed-entities.tsv");
    if std::env::var_os("NEWSGRAPH_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual)?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "seed entities differ from {} (rerun with NEWSGRAPH_UPDATE_SNAPSHOTS=1 if intended):\n{actual}",
        path.display()
    );
    Ok(())
}

//! Golden snapshots: the relations extracted from every article written for the repository
//! (`examples/` and `tests/data/dev/`), one file per article under `tests/snapshots/`, reviewed
//! like code. A change of extraction shows up here as a diff of readable lines.
//!
//! After an intended change: `NEWSGRAPH_UPDATE_SNAPSHOTS=1 cargo test --test tests snapshots`,
//! then read `git diff tests/snapshots` before committing.

use std::collections::BTreeMap;
use std::path::Path;

use crate::util::{repo, Dir, Result};

/// One line per relation: subject, predicate, object, modality, trigger, evidence offsets.
fn lines(doc: &serde_json::Value) -> String {
    let mut out: Vec<String> = doc["relations"]
        .as_array()
        .map(|rs| {
            rs.iter()
                .map(|r| {
                    format!(
                        "{}\t{}\t{}\t{}\t{}\t{}-{}",
                        r["subject"].as_str().unwrap_or(""),
                        r["predicate"].as_str().unwrap_or(""),
                        r["object"].as_str().unwrap_or(""),
                        r["modality"].as_str().unwrap_or(""),
                        r["trigger"].as_str().unwrap_or(""),
                        r["start"],
                        r["end"],
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    let mut s = out.join("\n");
    s.push('\n');
    s
}

#[test]
fn extraction_matches_the_reviewed_snapshots() -> Result {
    let dir = Dir::new("snapshots");
    let root = repo();
    let snapshots = root.join("tests/snapshots");
    let update = std::env::var_os("NEWSGRAPH_UPDATE_SNAPSHOTS").is_some();
    let mut actual = BTreeMap::new();
    for folder in ["examples", "tests/data/dev"] {
        let run = dir
            .cmd(["extract", "--format", "jsonl"])
            .arg(root.join(folder))
            .run()
            .ok();
        for doc in run.json_stream()? {
            let source = doc["document"]["source"].as_str().unwrap_or("").to_string();
            let stem = Path::new(&source)
                .file_stem()
                .and_then(|s| s.to_str())
                .ok_or_else(|| format!("no source path in {doc}"))?
                .to_string();
            let prefix = folder.replace('/', "-");
            actual.insert(format!("{prefix}--{stem}.tsv"), lines(&doc));
        }
    }
    assert!(
        actual.len() >= 50,
        "expected every article, got {}",
        actual.len()
    );
    if update {
        std::fs::create_dir_all(&snapshots)?;
        for entry in std::fs::read_dir(&snapshots)? {
            std::fs::remove_file(entry?.path())?;
        }
        for (name, body) in &actual {
            std::fs::write(snapshots.join(name), body)?;
        }
        return Ok(());
    }
    let mut problems = Vec::new();
    for (name, body) in &actual {
        match std::fs::read_to_string(snapshots.join(name)) {
            Ok(expected) if &expected == body => {}
            Ok(expected) => {
                let (e, a): (Vec<&str>, Vec<&str>) =
                    (expected.lines().collect(), body.lines().collect());
                let gone: Vec<&&str> = e.iter().filter(|l| !a.contains(l)).collect();
                let new: Vec<&&str> = a.iter().filter(|l| !e.contains(l)).collect();
                problems.push(format!("{name}:\n  - {gone:?}\n  + {new:?}"));
            }
            Err(_) => problems.push(format!("{name}: no snapshot")),
        }
    }
    // A snapshot whose article is gone is stale.
    for entry in std::fs::read_dir(&snapshots)? {
        let name = entry?.file_name().to_string_lossy().to_string();
        if !actual.contains_key(&name) {
            problems.push(format!("{name}: orphaned snapshot"));
        }
    }
    assert!(
        problems.is_empty(),
        "extraction differs from tests/snapshots (rerun with NEWSGRAPH_UPDATE_SNAPSHOTS=1 if intended, then review the diff):\n{}",
        problems.join("\n")
    );
    Ok(())
}
